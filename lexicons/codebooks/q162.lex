# Codebook Q162 — « Quelles sont toutes les choses qui pourraient être faites pour améliorer
# l'information des citoyens sur l'utilisation des impôts ? » (Fiscalité et dépenses publiques)
#
# One theme per tag of La Grande Annotation's codebook for this question
# (../shared/corpus/codebooks/lga_tags.csv), the meta-tag « Idée marquée » aside. Written from
# reading the answers of ../shared/corpus/answers/Q162.csv. No human labels of this question are
# in ../shared: not measured against human coding (precision read by the team, below).
#
# The tags mix *what* to tell (detail of spending, share of each tax, debt, cost of a service,
# efficiency), *how* (mail, website, media, town hall, school, graphics) and *who* checks (Cour des
# comptes): an answer usually has one of each, and gets every tag it names.

# Précision relue par l'équipe (lecture interne, pas un codage indépendant), 2026-12-06 : reviews/codebook-q162.md
#   Détail des dépenses, comptes : 0.80 (16/20)
#   Transparence : 0.95 (19/20)
#   Pédagogie, visualisation : 0.95 (19/20)
#   Répartition dépenses, recettes : 0.80 (16/20)
#   Bilan régulier, fréquent : 0.85 (17/20)
#   Par site Internet : 0.95 (19/20)
#   Par médias : 0.95 (19/20)
#   Par l'école : 0.85 (17/20)
#   Exemples concrets d'usage : 0.80 (16/20)
#   collectivité territoriale : 0.90 (18/20)
#   Expliquer chaque impôt : 0.90 (18/20)
#   Cour des Comptes, organisme de contrôle : 0.80 (16/20)
#   Bilan individuel : 0.85 (17/20)
#   Par courrier, mail : 0.85 (17/20)
#   Échelle locale : 0.85 (17/20)
#   coût individuel d'une prestation : 0.95 (19/20)
#   Remise à plat, simplification : 0.80 (16/20)
#   Par affichage ou réunion en mairie : 0.90 (18/20)
#   Prévision, rétrospective : 0.80 (16/20)
#   Vote de validation : 0.80 (16/20)
#   Indicateurs d'efficacité : 0.80 (16/20)
#   Info déjà disponible : 1.00 (20/20)
#   Impôts fléchés : 0.80 (16/20)
#   Comparaisons internationales : 0.85 (17/20)
#   Répartition de la contribution : 0.85 (17/20)
#   Info sur la dette : 0.85 (17/20)
#

@name: Codebook Q162 (La Grande Annotation)
@questions: 162

Bilan individuel:
    @tag: Bilan individuel
    # A personal statement: what my own taxes paid for.
    # Audit 2026-12-06: `personnel*` (staff: « personnel de santé », « frais de personnel ») and
    # « chaque citoyen » near « impôts » (« que chaque citoyen paie l'impôt ») brought wrong answers;
    # round 2: « personnellement » stems to « personnel », « relevés bancaires de l'État ».
    individuel*
    personnalis*
    espace personnel
    compte personnel
    "personnelle"
    "personnellement"
    chaque contribuable
    chaque foyer
    à chaque citoyen
    avis d'imposition
    avis d'impôt*
    feuille* d'impôt*
    feuille* d'imposition
    déclaration* NEAR/4 impôt*
    déclaration* NEAR/4 revenus
    déclaration* NEAR/4 annuelle
    relevé* NOT NEAR/2 banc*


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
    # Audit 2026-12-06: a country named as a model (« comme en Suède », « comme dans les pays
    # nordiques ») is not a comparison asked for; `compar*` alone took budget-vs-actual comparisons.
    # Round 2: « à l'étranger » (expatriates' taxes) and « par rapport aux autres pays » (a
    # complaint) removed; « pays » written exact (« payés » stems like it).
    compar* NEAR/6 "pays"
    compar* NEAR/6 autres
    compar* NEAR/6 voisins
    compar* NEAR/6 étranger*
    compar* NEAR/6 europ*
    compar* NEAR/6 international*
    autres pays
    pays voisins
    pays européens
    benchmark*


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
    # Audit 2026-12-06: « exemple » alone is mostly « par exemple », « exemple : », « l'exemple des
    # pays scandinaves »; « hôpital » was a cost. Only « des exemples » stays. Round 3: « projet »
    # (referendums, crowd-funding), « route » (a cost), « réalisation » (budget outturn) removed.
    # Round 4: « concret » as a style (« de façon concrète », « clair, concret et réaliste »),
    # `illustr*` (« graphiques illustrant »: visualisation) and `financé*` (stems like « finance »:
    # « projet de loi de finance ») narrowed. Round 5: « financé(s) » is « finance(s) » once accents
    # are removed: phrases only; « des exemples » matched « de l'exemple » (exemplarity): plural.
    concret* NOT NEAR/2 façon NOT NEAR/2 manière NOT NEAR/3 clair* NOT NEAR/3 précis* NOT NEAR/3 simple* NOT NEAR/3 réaliste NOT NEAR/3 pédagog* NOT NEAR/3 lisible* NOT NEAR/2 information*
    des "exemples"
    cas concrets
    concret* NEAR/4 exemple*
    concret* NEAR/3 "ex"
    exemples NEAR/3 précis
    exemples NEAR/3 chiffrés
    "réalisations" NOT NEAR/3 budget* NOT NEAR/3 dépenses NOT NEAR/3 engagement* NOT NEAR/3 ministère
    projets BEFORE/5 "financés" NOT NEAR/4 loi
    projets réalisés
    réalisations financées
    financés grâce
    réalisés grâce
    construction*
    école NEAR/4 construite
    école NEAR/4 construction
    école NEAR/4 financé*
    financé* NEAR/4 grâce
    grâce NEAR/3 impôts
    panneau* NEAR/4 financé*
    panneau* NEAR/4 chantier*
    chantier*
    palpable*
    tangible*
    illustr* NEAR/3 exemple*


Expliquer chaque impôt:
    @tag: Expliquer chaque impôt
    # Audit 2026-12-06: a bare tax name (« supprimer la CSG », « l'impôt sur le revenu pour tous »)
    # is not a request to explain the tax: the names alone were removed.
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
    fiscalité NEAR/3 compréhensible
    fiscalité NEAR/3 expliquée
    fiscalité NEAR/3 lisible


Impôts fléchés:
    @tag: Impôts fléchés
    # Audit 2026-12-06: « la destination / l'affectation des impôts » is information on where the
    # money goes (Détail des dépenses), not earmarking; only the verbs (« affecter un impôt à »,
    # written exact: « affectation » stems like « affecter »,
    # « flécher ») and the citizen's choice stay.
    @negation: 3
    fléch*
    "affecter" NEAR/4 impôt*
    "affecter" NEAR/4 taxe*
    "affecter" NEAR/4 recettes
    "affecter" NEAR/4 directement
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
    taxe* NEAR/4 dédiée*
    soient affectés
    soit affecté
    affectation directe
    vignette
    pourcentage NEAR/4 choisir
    pourcentage NEAR/4 affecter
    pourcentage NEAR/4 décider


Indicateurs d'efficacité:
    @tag: Indicateurs d'efficacité
    # Audit 2026-12-06: « une lutte efficace », « l'impôt est efficace », « diffuser plus
    # efficacement », « l'objectif recherché » of a tax, « la rentabilité » of rentals, « évaluer le
    # coût » and sanctions for « mauvaise gestion » brought wrong answers; round 2: « bien / mal
    # utilisé » (complaints, « bien utiliser les médias ») and « gestion rigoureuse » removed.
    efficacité
    inefficac*
    efficien*
    indicateur*
    résultat* NOT NEAR/2 financier
    performance*
    objectif* NEAR/6 atteint*
    objectif* NEAR/6 résultat*
    objectif* NEAR/6 dépense*
    objectif* attendu*
    objectif* NEAR/4 fixé*
    objectif* NEAR/4 chiffré*
    évaluat*
    évaluer NOT NEAR/3 coût*
    impact* NEAR/4 mesure*
    impact* NEAR/4 politique*
    impact* NEAR/4 dépense*
    retour* sur investissement
    rentab* NOT NEAR/6 locati*
    bonne gestion
    gestion NEAR/3 saine
    bénéfice*


Info déjà disponible:
    @tag: Info déjà disponible
    # Audit 2026-12-06: `disponible*`, `suffit` and `chercher` alone took proposals (« rendre
    # disponible », « il suffit de rendre public », « moyens suffisants »).
    @negation: 2
    déjà NEAR/4 disponible*
    déjà NEAR/4 existe
    déjà NEAR/4 existent
    déjà NEAR/4 accessible*
    déjà NEAR/4 fait
    déjà NEAR/4 informé*
    déjà NEAR/4 suffisant*
    existe déjà
    est disponible
    sont disponibles
    suffisant* NOT NEAR/3 moyens NOT NEAR/3 transparence NOT NEAR/3 niveau
    il suffit de chercher
    en cherchant
    accessible* NEAR/3 déjà
    publié* NEAR/3 déjà
    bien informé*
    rien à améliorer
    savent très bien


Info sur la dette:
    @tag: Info sur la dette
    # Audit 2026-12-06: a budget rule (« interdire un budget en déficit », « déficit zéro ») or
    # a stance on austerity is not information on the debt.
    dette* NOT NEAR/8 austérité
    déficit* NOT NEAR/6 interdi* NOT NEAR/6 permettre NOT NEAR/3 zéro NOT NEAR/3 zero
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
    # Audit 2026-12-06: « affiché » (shown on a site, « tout doit être affiché »), « les maires »,
    # « l'Assemblée nationale » and « réunionite » brought wrong answers.
    mairie*
    affichage*
    affiches
    afficher NOT NEAR/6 site*
    réunion
    conseil municipal
    panneau*
    tableau* d'affichage
    assemblée* NOT NEAR/1 nationale
    débat* NEAR/4 public*
    débat* NEAR/4 local*
    débat* NEAR/4 citoyens
    débat* NEAR/4 mairie
    rencontre*
    permanence*
    bulletin* municipa*
    journal NEAR/3 municipal
    journal NEAR/3 commune


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
    # Audit 2026-12-06: « école », « élève », « enfants » named as a public service or its cost
    # (« le coût d'un élève », « l'école, les hôpitaux ») are not teaching; teaching words stay.
    # Round 2: « éducation », « enseignement » as a spending item (« 5 % à l'éducation »): only
    # with a teaching context.
    # Round 4: « collège, lycée », « éducation des enfants » in an answer about what a pupil or a
    # service costs (« une année de collège par enfant », « éducation enfant, santé »): removed.
    à l'école NOT NEAR/8 coût* NOT NEAR/8 prix NOT NEAR/8 euros
    dès l'école
    dans les écoles
    en classe
    école* NEAR/4 apprendre
    école* NEAR/4 enseign*
    école* NEAR/4 cours
    école* NEAR/4 former
    école* NEAR/4 formation
    programme* scolaire*
    programme* NEAR/3 collège*
    programme* NEAR/3 lycée*
    collège* NOT coût* NOT cout* NOT coûte* NOT coute* NOT NEAR/4 "par élève" NOT NEAR/4 "par enfant" NOT NEAR/4 scolarité
    lycée* NOT coût* NOT cout* NOT coûte* NOT coute* NOT NEAR/4 "par élève" NOT NEAR/4 "par enfant" NOT NEAR/4 scolarité
    dès le collège
    dès le lycée
    apprendre NEAR/5 collège*
    apprendre NEAR/5 lycée*
    "instruire"
    "enseigner"
    "enseigné"
    "enseignée"
    enseignement NEAR/3 civique
    enseignement NEAR/3 économi*
    éducation NEAR/3 citoyen*
    éducation NEAR/3 jeunes
    éducation NEAR/3 enfants NOT coût* NOT cout* NOT coûte* NOT coute* NOT prix NOT NEAR/8 santé NOT NEAR/8 service*
    éducation NEAR/3 économi*
    éducation NEAR/3 fiscal*
    éducation NEAR/3 budget*
    "éduquer"
    instruction civique
    éducation civique
    cours NEAR/3 civique
    cours NEAR/3 économie
    cours NEAR/3 école
    élève* NEAR/4 apprendre
    jeunes NEAR/4 apprendre
    jeunes NEAR/4 former
    jeunes NEAR/4 éduquer
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
    # Audit 2026-12-06: `suivi`, `suivre`, `prévu*`, `prévoir` and `tenu*` meant follow-up,
    # « to provide » or earmarking, not forecast and outturn.
    prévision*
    prévisionnel*
    rétrospective*
    évolution*
    historique*
    "années" précédentes
    avant après
    projet de budget
    budget NEAR/3 prévu
    budget NEAR/3 réalisé
    budget NEAR/3 exécut*
    prévu BEFORE/4 réalisé
    écart* NEAR/5 budget
    écart* NEAR/5 prévision*
    exécution
    engagement* NEAR/3 pris
    engagement* NEAR/3 promesses
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
    # Audit 2026-12-06: `simplifi*` took the simplified information (« un récapitulatif simplifié »,
    # « simplifier la communication »); here it must be the taxes that are simplified.
    simplifi* NEAR/4 impôt*
    simplifi* NEAR/4 fiscal*
    simplifi* NEAR/4 taxe*
    simplifi* NEAR/4 code
    simplifi* NEAR/4 système
    simplifi* NEAR/4 prélèvement*
    les simplifier
    remise à plat
    remettre à plat
    réform* NEAR/4 fiscal*
    réform* NEAR/4 impôt*
    refonte
    complexité
    complexe* NEAR/5 impôt*
    complexe* NEAR/5 fiscal*
    complexe* NEAR/5 système
    compliqué* NEAR/5 impôt*
    compliqué* NEAR/5 fiscal*
    compliqué* NEAR/5 déclaration*
    niches*
    supprimer NEAR/4 impôt*
    supprimer NEAR/4 taxe*
    supprimer NEAR/4 niches
    nombre NEAR/3 impôts
    nombre NEAR/3 taxes
    mille feuille* NEAR/3 fiscal*
    millefeuille NEAR/3 fiscal*
    usine à gaz


Répartition de la contribution:
    @tag: Répartition de la contribution
    # Who pays what: the share of each group, of each tax in the receipts.
    # Audit 2026-12-06: loopholes, fraud and evasion are other matters (Remise à plat; fraud is
    # not who pays what); « la répartition de la contribution de chacun » meant the spending split.
    # Round 2: « répartition des prélèvements / charges » (receipts), « justice fiscale », and
    # « part » (stems like « partir ») written exact.
    "part" NEAR/4 contribuables
    "part" NEAR/4 foyers
    "part" NEAR/4 ménages
    "part" NEAR/4 entreprises
    "part" NEAR/4 riches
    "part" NEAR/4 français
    contribuable* NEAR/4 nombre
    contribuable* NEAR/4 pourcentage
    contribuable* NEAR/4 part
    contribuable* NEAR/4 payent
    contribuable* NEAR/4 paient
    foyers NEAR/4 imposables
    foyers NEAR/4 paient
    foyers NEAR/4 payent
    foyers NEAR/4 pourcentage
    proportion NEAR/4 contribuables
    proportion NEAR/4 foyers
    proportion NEAR/4 payent
    proportion NEAR/4 paient
    entreprises NEAR/4 paient
    entreprises NEAR/4 payent
    riches NEAR/4 paient
    riches NEAR/4 payent
    qui paie quoi
    qui paye quoi
    combien NEAR/4 paient
    combien NEAR/4 payent


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
    # Audit 2026-12-06: `publi*` matched « public, publiques » (a third of all answers) and
    # « publier un bilan » (a channel); publishing counts here when it is the pay and perks.
    transparen*
    vérité
    honnête*
    honnêteté
    mensonge*
    cacher
    caché*
    opacité
    opaque*
    rendre public*
    rendus publics
    publi* NEAR/4 salaire*
    publi* NEAR/4 rémunération*
    publi* NEAR/4 frais
    publi* NEAR/4 privilège*
    publi* NEAR/4 avantages
    publi* NEAR/4 indemnités
    informer NEAR/4 vraiment
    informer NEAR/4 honnêtement
    informer NEAR/4 clairement
    sincèr*
    accès NEAR/3 comptes
    accès NEAR/3 informations
    accès NEAR/3 données


Vote de validation:
    @tag: Vote de validation
    # Audit 2026-12-06: « consultable » (readable), « le vote du budget » (by Parliament),
    # « validé » and « participation fiscale » were no citizens' vote.
    vote* NEAR/3 citoyen*
    vote* NEAR/3 populaire*
    vote* NEAR/3 peuple
    votation*
    citoyens NEAR/5 voter
    soumettre NEAR/4 vote
    référendum*
    ric
    consultation* NEAR/2 citoyenne*
    consultation* NEAR/2 populaire*
    approuv* NEAR/5 citoyens
    approbation NEAR/5 citoyens
    citoyens NEAR/5 décider
    citoyens NEAR/5 "participer"
    citoyens NEAR/5 associer
    avis des citoyens
    participatif*
    démocratie participative
    jury*
    tirage au sort
    tirés au sort


collectivité territoriale:
    @tag: collectivité territoriale
    # Audit 2026-12-06: « la collectivité » (society: « ce qu'il coûte à la collectivité ») and
    # « fonction publique territoriale » are not local authorities.
    "collectivités"
    collectivité* BEFORE/1 locale*
    collectivité* BEFORE/1 territoriale*
    région*
    régional* NOT NEAR/1 presse
    département*
    départemental*
    commune*
    communal*
    intercommunal*
    communauté de communes
    agglomération*
    métropole*
    territori* NOT NEAR/3 fonction NOT NEAR/3 feuille* NOT NEAR/2 pôle
    impôts locaux
    taxes locales
    fiscalité locale


coût individuel d'une prestation:
    @tag: coût individuel d'une prestation
    # The cost of a service when one uses it: a hospital stay, a pupil, an operation.
    # Audit 2026-12-06: « sécurité sociale » and « pris en charge » alone were spending totals.
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
    ticket
    carte vitale
    soins
    hospitalisation*
    remboursement* NEAR/3 soins
    remboursement* NEAR/3 sécu
    remboursement* NEAR/3 médicaments

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
