# Codebook Q162 — « Quelles sont toutes les choses qui pourraient être faites pour améliorer
# l'information des citoyens sur l'utilisation des impôts ? » (Fiscalité et dépenses publiques)
#
# One theme per tag of La Grande Annotation's codebook for this question
# (../shared/corpus/codebooks/lga_tags.csv), the meta-tag « Idée marquée » aside. Written from
# reading the answers of ../shared/corpus/answers/Q162.csv. No human labels of this question are
# in ../shared: not measured here.
#
# The tags mix *what* to tell (detail of spending, share of each tax, debt, cost of a service,
# efficiency), *how* (mail, website, media, town hall, school, graphics) and *who* checks (Cour des
# comptes): an answer usually has one of each, and gets every tag it names.

@name: Codebook Q162 (La Grande Annotation)
@questions: 162

Bilan individuel:
    @tag: Bilan individuel
    # A personal statement: what my own taxes paid for.
    individuel*
    personnalis*
    personnel*
    chaque contribuable
    chaque foyer
    chaque citoyen NEAR/5 impôts
    chaque citoyen NEAR/5 payé*
    chaque citoyen NEAR/5 contribution
    avis d'imposition
    avis d'impôt*
    feuille* d'impôt*
    feuille* d'imposition
    déclaration* NEAR/4 impôt*
    déclaration* NEAR/4 revenus
    déclaration* NEAR/4 annuelle
    relevé*

Bilan régulier, fréquent:
    @tag: Bilan régulier, fréquent
    chaque année
    annuel*
    annuellement
    mensuel*
    trimestriel*
    semestriel*
    régulièrement
    régulier*
    périodique*
    chaque mois
    fréquent*
    rapport NEAR/3 annuel
    rapport NEAR/3 régulier
    bilan*
    compte* rendu*
    rendre compte

Comparaisons internationales:
    @tag: Comparaisons internationales
    compar*
    autres pays
    pays voisins
    pays européens
    international*
    europ*
    allemagne
    suède
    nordique*
    scandinav*
    suisse
    benchmark*
    par rapport NEAR/4 pays
    par rapport NEAR/4 autres

Cour des Comptes, organisme de contrôle:
    @tag: Cour des Comptes, organisme de contrôle
    cour des comptes
    contrôl*
    audit*
    auditeur*
    indépendant*
    organisme*
    commission*
    observatoire*
    inspection*
    autorité* NEAR/3 indépendante*
    certifi*
    chambre* régionale* des comptes
    vérifi*
    sanction* NEAR/4 gaspillage
    sanction* NEAR/4 dépenses
    sanction* NEAR/4 mauvaise gestion
    sanction* NEAR/4 élus

Détail des dépenses, comptes:
    @tag: Détail des dépenses, comptes
    détail*
    dépenses
    dépense NOT NEAR/2 publique
    comptes NOT NEAR/1 cour
    compte NOT NEAR/1 rendu
    budget*
    budgétaire*
    poste* NEAR/3 dépense*
    poste* NEAR/3 budgétaire*
    ligne* NEAR/3 dépense*
    ligne* NEAR/3 budgétaire*
    ligne* NEAR/3 budget
    ministère*
    fonctionnement
    train de vie
    frais
    salaire* NEAR/4 élus
    salaire* NEAR/4 ministres
    salaire* NEAR/4 fonctionnaires
    salaire* NEAR/4 hauts
    gaspill*
    argent public
    fonds publics
    deniers publics
    utilisation NEAR/4 impôts
    utilisation NEAR/4 argent
    utilisation NEAR/4 fonds
    utilisé*
    servent
    sert

Exemples concrets d'usage:
    @tag: Exemples concrets d'usage
    concret*
    exemple*
    réalisation*
    projet*
    construction*
    école NEAR/4 construite
    école NEAR/4 construction
    école NEAR/4 financé*
    route*
    hôpita*
    financé* NEAR/4 grâce
    grâce NEAR/3 impôts
    panneau* NEAR/4 financé*
    panneau* NEAR/4 chantier*
    chantier*
    palpable*
    tangible*
    illustr*
    équivalent*

Expliquer chaque impôt:
    @tag: Expliquer chaque impôt
    chaque impôt
    chaque taxe
    impôt par impôt
    expliqu* NEAR/4 impôt*
    expliqu* NEAR/4 taxe*
    expliqu* NEAR/4 prélèvement*
    expliqu* NEAR/4 csg
    expliqu* NEAR/4 tva
    expliqu* NEAR/4 fiscalité
    explication* NEAR/4 impôt*
    explication* NEAR/4 taxe*
    explication* NEAR/4 prélèvement*
    explication* NEAR/4 fiscalité
    à quoi sert
    à quoi servent
    utilité NEAR/4 impôt*
    utilité NEAR/4 taxe*
    tva
    csg
    taxe d'habitation
    taxe foncière
    impôt sur le revenu
    fiscalité NEAR/3 compréhensible
    fiscalité NEAR/3 expliquée
    fiscalité NEAR/3 lisible

Impôts fléchés:
    @tag: Impôts fléchés
    fléch*
    affect* NEAR/4 impôt*
    affect* NEAR/4 taxe*
    affect* NEAR/4 recettes
    affect* NEAR/4 directement
    choisir NEAR/5 impôt*
    choisir NEAR/5 affectation
    choisir NEAR/5 utilisation
    choisir NEAR/5 destination
    choisir NEAR/5 domaine*
    choisir NEAR/5 secteur*
    choix NEAR/4 affectation
    choix NEAR/4 utilisation
    choix NEAR/4 destination
    choix NEAR/4 domaine*
    choix NEAR/4 secteur*
    décider NEAR/5 impôt*
    décider NEAR/5 affectation
    décider NEAR/5 utilisation
    destination
    dédié* NEAR/3 impôt*
    dédié* NEAR/3 taxe*
    taxe* NEAR/4 financer
    taxe* NEAR/4 dédiée*
    taxe* NEAR/4 servir
    vignette
    pourcentage NEAR/4 choisir
    pourcentage NEAR/4 affecter
    pourcentage NEAR/4 décider

Indicateurs d'efficacité:
    @tag: Indicateurs d'efficacité
    efficac*
    efficien*
    indicateur*
    résultat*
    performance*
    objectif*
    évaluat*
    évaluer
    impact*
    retour* sur investissement
    rentab*
    bien utilisé*
    mal utilisé*
    bonne gestion
    mauvaise gestion
    gestion NEAR/3 saine
    gestion NEAR/3 rigoureuse
    bénéfice*

Info déjà disponible:
    @tag: Info déjà disponible
    déjà NEAR/4 disponible*
    déjà NEAR/4 existe
    déjà NEAR/4 existent
    déjà NEAR/4 accessible*
    déjà NEAR/4 fait
    déjà NEAR/4 informé*
    déjà NEAR/4 suffisant*
    existe déjà
    disponible*
    suffisant*
    suffit
    il suffit de chercher
    chercher
    accessible* NEAR/3 déjà
    publié* NEAR/3 déjà
    bien informé*
    rien à améliorer
    savent très bien

Info sur la dette:
    @tag: Info sur la dette
    dette*
    déficit*
    endett*
    désendett*
    emprunt*
    remboursement* NEAR/3 dette
    remboursement* NEAR/3 intérêts
    intérêts NEAR/4 dette
    intérêts NEAR/4 emprunt*
    équilibre budgétaire
    équilibre des comptes

Par affichage ou réunion en mairie:
    @tag: Par affichage ou réunion en mairie
    mairie*
    affich*
    réunion*
    conseil municipal
    panneau*
    tableau* d'affichage
    assemblée*
    débat* NEAR/4 public*
    débat* NEAR/4 local*
    débat* NEAR/4 citoyens
    débat* NEAR/4 mairie
    rencontre*
    permanence*
    bulletin* municipa*
    journal NEAR/3 municipal
    journal NEAR/3 commune
    maire*

Par courrier, mail:
    @tag: Par courrier, mail
    courrier*
    mail*
    e mail*
    courriel*
    lettre*
    envoi*
    envoy*
    newsletter*
    plaquette*
    dépliant*
    brochure*
    livret*
    document* NEAR/3 joint
    document* NEAR/3 envoyé
    document* NEAR/3 papier
    papier
    boîte* aux lettres
    joint* NEAR/4 avis
    joint* NEAR/4 feuille
    joint* NEAR/4 déclaration
    sms

Par l'école:
    @tag: Par l'école
    école*
    scolaire*
    élève*
    collège*
    lycée*
    enseign*
    éducation
    instruction civique
    éducation civique
    cours NEAR/3 civique
    cours NEAR/3 économie
    cours NEAR/3 école
    jeunes
    enfants
    dès le plus jeune âge

Par médias:
    @tag: Par médias
    média*
    télé*
    tv
    radio*
    presse
    journa*
    émission*
    spot*
    campagne* NEAR/3 information
    campagne* NEAR/3 publicit*
    campagne* NEAR/3 communication
    publicit*
    réseaux sociaux
    facebook
    twitter
    youtube
    vidéo*
    reportage*
    documentaire*
    audiovisuel*
    chaîne*

Par site Internet:
    @tag: Par site Internet
    site*
    internet
    en ligne
    web
    application*
    appli*
    numérique*
    plateforme*
    portail*
    open data
    données ouvertes
    consultable*
    accessible NEAR/4 ligne
    accessible NEAR/4 internet
    gouv

Prévision, rétrospective:
    @tag: Prévision, rétrospective
    prévision*
    prévisionnel*
    prévu*
    prévoir
    rétrospective*
    évolution*
    historique*
    années précédentes
    avant après
    projet de budget
    budget NEAR/3 prévu
    budget NEAR/3 voté
    budget NEAR/3 réalisé
    budget NEAR/3 exécut*
    exécution
    engagement* NEAR/3 pris
    engagement* NEAR/3 promesses
    suivi
    suivre
    tenu*
    promesse*

Pédagogie, visualisation:
    @tag: Pédagogie, visualisation
    pédagog*
    graphique*
    graphe*
    camembert*
    schéma*
    visuel*
    visualis*
    diagramme*
    infographi*
    tableau*
    simple*
    simplement
    clair*
    clarté
    lisib*
    compréhens*
    comprendre
    vulgaris*
    accessible*
    synthétique*
    synthèse*
    résumé*
    langage
    termes NEAR/3 simples
    termes NEAR/3 clairs

Remise à plat, simplification:
    @tag: Remise à plat, simplification
    simplifi*
    remise à plat
    remettre à plat
    réform*
    refonte
    complexité
    complexe*
    compliqué*
    moins d'impôts
    moins de taxes
    trop d'impôts
    trop de taxes
    niches*
    supprimer NEAR/4 impôt*
    supprimer NEAR/4 taxe*
    supprimer NEAR/4 niches
    nombre NEAR/3 impôts
    nombre NEAR/3 taxes
    millefeuille
    mille feuille*
    usine à gaz

Répartition de la contribution:
    @tag: Répartition de la contribution
    # Who pays what: the share of each group, of each tax in the receipts.
    part NEAR/4 contribuables
    part NEAR/4 foyers
    part NEAR/4 ménages
    part NEAR/4 entreprises
    part NEAR/4 riches
    part NEAR/4 français
    contribuable* NEAR/4 nombre
    contribuable* NEAR/4 pourcentage
    contribuable* NEAR/4 part
    contribuable* NEAR/4 payent
    contribuable* NEAR/4 paient
    foyers NEAR/4 imposables
    foyers NEAR/4 paient
    foyers NEAR/4 payent
    foyers NEAR/4 pourcentage
    répartition NEAR/4 contribution*
    répartition NEAR/4 prélèvements
    répartition NEAR/4 charge
    proportion NEAR/4 contribuables
    proportion NEAR/4 foyers
    proportion NEAR/4 payent
    proportion NEAR/4 paient
    niches fiscales
    évasion
    fraude*
    entreprises NEAR/4 paient
    entreprises NEAR/4 payent
    entreprises NEAR/4 impôts
    riches NEAR/4 paient
    riches NEAR/4 payent
    riches NEAR/4 impôts
    justice fiscale
    équité

Répartition dépenses, recettes:
    @tag: Répartition dépenses, recettes
    répartition*
    répartir
    réparti*
    recettes
    ressources
    pourcentage*
    proportion*
    part*
    secteur*
    domaine*
    postes
    ventilation
    1000 euros
    100 euros
    euro NEAR/4 dépensé
    euro NEAR/4 impôt
    combien NEAR/4 consacré
    combien NEAR/4 éducation
    combien NEAR/4 santé
    combien NEAR/4 défense

Transparence:
    @tag: Transparence
    transparen*
    vérité
    honnête*
    honnêteté
    mensonge*
    cacher
    caché*
    opacité
    opaque*
    publi*
    rendre public*
    diffus*
    informer NEAR/4 vraiment
    informer NEAR/4 honnêtement
    informer NEAR/4 clairement
    sincèr*
    accès NEAR/3 comptes
    accès NEAR/3 informations
    accès NEAR/3 données

Vote de validation:
    @tag: Vote de validation
    vote*
    voter
    référendum*
    ric
    consult*
    valid*
    approuv*
    approbation
    citoyens NEAR/5 décider
    citoyens NEAR/5 participer
    citoyens NEAR/5 associer
    citoyens NEAR/5 avis
    participat*
    budget participatif
    démocratie participative
    jury*
    tirage au sort
    tirés au sort

collectivité territoriale:
    @tag: collectivité territoriale
    collectivité*
    région*
    régional*
    département*
    départemental*
    commune*
    communal*
    intercommunal*
    communauté de communes
    agglomération*
    métropole*
    territori*
    impôts locaux
    taxes locales
    fiscalité locale

coût individuel d'une prestation:
    @tag: coût individuel d'une prestation
    # The cost of a service when one uses it: a hospital stay, a pupil, an operation.
    coût NEAR/4 prestation*
    coût NEAR/4 service*
    coût NEAR/4 soins
    coût NEAR/4 hospitalisation
    coût NEAR/4 consultation*
    coût NEAR/4 élève
    coût NEAR/4 opération*
    coût NEAR/4 intervention*
    combien coûte*
    prix NEAR/4 prestation*
    prix NEAR/4 service*
    prix NEAR/4 soins
    prix NEAR/4 hospitalisation
    prix NEAR/4 consultation*
    prix NEAR/4 élève
    prix NEAR/4 opération*
    facture* NEAR/4 soins
    facture* NEAR/4 hôpital
    facture* NEAR/4 hospitalisation
    facture* NEAR/4 service*
    facture* NEAR/4 prestation*
    facture* NEAR/4 fictive*
    montant NEAR/4 prestation*
    montant NEAR/4 soins
    montant NEAR/4 remboursé*
    montant NEAR/4 pris en charge
    ticket
    carte vitale
    sécurité sociale
    soins
    hospitalisation*
    remboursement* NEAR/3 soins
    remboursement* NEAR/3 sécu
    remboursement* NEAR/3 médicaments
    pris en charge

Échelle locale:
    @tag: Échelle locale
    local*
    locale*
    proximité
    quartier*
    village*
    ville*
    commune NEAR/4 utilisation
    commune NEAR/4 dépenses
    commune NEAR/4 budget
    commune NEAR/4 impôts
    niveau NEAR/3 local
    niveau NEAR/3 commune
    niveau NEAR/3 communal
    maire
    élus locaux
