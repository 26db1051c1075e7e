# Codebook Q163 — « Que faudrait-il faire pour rendre la fiscalité plus juste et plus efficace ? »
# (Fiscalité et dépenses publiques)
#
# One theme per tag of La Grande Annotation's codebook for this question
# (../shared/corpus/codebooks/lga_tags.csv), the meta-tag « Idée marquée » aside.
#
# There is no Q163 answer file in ../shared/corpus/answers: this lexicon is written from the tag
# names, the question, and how people name taxes and tax proposals in the answers to the
# neighbouring questions of the same debate (Q162, Q164 « quels impôts baisser », Q165, Q166, and
# La Grande Annotation's exported answers to Q164 to Q166 and Q205 to Q207): « la TVA sur les
# produits de première nécessité », « rétablir l'ISF », « la CSG des retraités », « les niches
# fiscales », « taxer les GAFA ». It has not been checked on Q163's own answers nor measured.
#
# Several tags share a tax (TVA, CSG, CICE, ISF, impôt sur le revenu): the verb and the object
# near the tax decide (« supprimer », « baisser », « sur les produits de luxe »); a bare mention
# of the tax goes to the general tag (« Repenser la TVA ») only when no more precise one applies.

@name: Codebook Q163 (La Grande Annotation)
@questions: 163

Attribution des aides:
    @tag: Attribution des aides
    attribution*
    allocation*
    prestations sociales
    condition* NEAR/4 ressources
    condition* NEAR/4 revenus
    condition* NEAR/4 aides
    condition* NEAR/4 allocations
    sous conditions
    critère* NEAR/4 aides
    critère* NEAR/4 attribution
    plafond* NEAR/4 aides
    plafond* NEAR/4 allocations
    plafond* NEAR/4 ressources
    quotient familial
    allocations familiales
    aides NEAR/4 revoir
    aides NEAR/4 contrôler
    aides NEAR/4 conditionner
    aides NEAR/4 mieux cibler
    aides NEAR/4 ciblées

Baisser CSG:
    @tag: Baisser CSG
    csg NEAR/3 baisse*
    csg NEAR/3 baisser
    csg NEAR/3 réduire
    csg NEAR/3 diminuer
    csg NEAR/3 réduction
    csg NEAR/3 moins
    csg NEAR/3 trop
    csg NEAR/3 hausse
    csg NEAR/3 augmentation

Baisser la fiscalité des PME et TPE:
    @tag: Baisser la fiscalité des PME et TPE
    pme NOT NEAR/5 cice
    tpe NOT NEAR/5 cice
    pmi
    petites entreprises
    petites et moyennes entreprises
    artisan*
    commerçant*
    indépendant*
    auto entrepreneur*
    autoentrepreneur*
    entrepreneur*

CICE pour TPE/PME:
    @tag: CICE pour TPE/PME
    cice NEAR/6 pme
    cice NEAR/6 tpe
    cice NEAR/6 petites
    cice NEAR/6 artisans
    cice NEAR/6 commerçants
    crédit d'impôt NEAR/6 pme
    crédit d'impôt NEAR/6 tpe
    crédit d'impôt NEAR/6 petites entreprises

Diminuer les charges sociales et patronales:
    @tag: Diminuer les charges sociales et patronales
    charges
    cotisation*
    charges sociales
    charges patronales
    coût du travail
    urssaf

Efficacité de l'utilisation des impôts:
    @tag: Efficacité de l'utilisation des impôts
    efficac*
    efficien*
    gaspill*
    bonne utilisation
    bien utilis*
    mal utilis*
    bonne gestion
    mauvaise gestion
    utilisation NEAR/4 impôts
    utilisation NEAR/4 argent
    utilisation NEAR/4 fonds
    dépenses utiles
    dépenses inutiles
    rationalis*

Harmonisation internationale:
    @tag: Harmonisation internationale
    harmonis*
    europ*
    international*
    mondial*
    dumping
    concurrence fiscale
    pays voisins
    autres pays

IR proportionnel aux revenus:
    @tag: IR proportionnel aux revenus
    proportionnel*
    proportion NEAR/3 revenus
    fonction NEAR/3 revenus
    fonction NEAR/3 ressources
    fonction NEAR/3 moyens
    selon NEAR/3 revenus
    selon NEAR/3 ressources
    selon NEAR/3 moyens
    prorata
    capacité* contributive*
    chacun NEAR/4 moyens
    chacun NEAR/4 capacités
    pourcentage NEAR/4 revenus

Impots oeuvre d'art:
    @tag: Impots oeuvre d'art
    œuvre* d'art
    "art"
    tableaux
    antiquités
    collection*

Impôt sur la nationalité:
    @tag: Impôt sur la nationalité
    nationalité
    expatrié*
    exilé* NEAR/3 fiscal*
    imposition NEAR/4 nationalité
    imposition NEAR/4 citoyenneté
    citoyenneté NEAR/4 impôt*
    citoyenneté NEAR/4 fiscal*
    américain*
    états unis
    exil fiscal
    français NEAR/5 étranger
    français NEAR/5 expatriés
    français NEAR/5 résidant

Impôt symbolique pour tous:
    @tag: Impôt symbolique pour tous
    symbolique*
    monde NEAR/3 paye
    monde NEAR/3 paie
    monde NEAR/3 payent
    monde NEAR/3 paient
    monde NEAR/3 contribue
    monde NEAR/3 participe
    chacun NEAR/3 paye
    chacun NEAR/3 paie
    chacun NEAR/3 contribue
    chacun NEAR/3 participe
    même minime
    même modeste
    même faible
    1 euro
    10 euros
    minimum NEAR/3 impôt
    minimum NEAR/3 contribution
    impôt minimum
    contribution minimale
    moitié NEAR/4 paient
    moitié NEAR/4 payent
    moitié NEAR/4 foyers
    foyers NEAR/4 paient
    foyers NEAR/4 payent
    foyers NEAR/4 exonérés

Informer de l'utilisation:
    @tag: Informer de l'utilisation
    inform*
    expliqu*
    explication*
    pédagog*
    savoir NEAR/4 utilis*
    savoir NEAR/4 sert
    savoir NEAR/4 servent
    savoir NEAR/4 argent
    savoir NEAR/4 impôts
    compte NEAR/2 rendu
    rendre compte
    communi*
    détail* NEAR/4 dépenses
    détail* NEAR/4 utilisation

Limiter les dépenses publiques:
    @tag: Limiter les dépenses publiques
    dépenses publiques
    dépenses NEAR/3 réduire
    dépenses NEAR/3 baisser
    dépenses NEAR/3 limiter
    dépenses NEAR/3 diminuer
    dépenses NEAR/3 réduction
    dépenses NEAR/3 maîtriser
    dépenses NEAR/3 moins
    économies
    économiser
    train de vie NEAR/3 état
    train de vie NEAR/3 administration
    fonctionnaires
    fonction publique
    dette
    déficit*
    millefeuille
    mille feuille*
    doublons
    administrations

Lutte évasion, fraude, optimisation:
    @tag: Lutte évasion, fraude, optimisation
    évasion*
    fraude*
    fraudeur*
    paradis fiscaux
    exil* NEAR/3 fiscal*
    fuite* NEAR/3 capitaux
    fuite* NEAR/3 fiscale
    contrôle* fiscaux
    contrôle* NEAR/4 fraude
    contrôle* NEAR/4 fisc
    contrôle* NEAR/4 revenus
    travail au noir
    dissimul*
    verrou de bercy
    lutter NEAR/4 fraude
    lutter NEAR/4 évasion
    délinquance financière

Mesurer l'impact:
    @tag: Mesurer l'impact
    impact*
    mesurer
    mesure NEAR/3 effets
    mesure NEAR/3 résultats
    mesure NEAR/3 impact*
    évalu*
    étude* NEAR/3 impact
    étude* NEAR/3 préalable*
    effets NEAR/3 mesures
    effets NEAR/3 réformes
    effets NEAR/3 impôts
    résultats NEAR/3 mesures
    résultats NEAR/3 réformes
    indicateur*
    bilan* NEAR/3 mesures
    bilan* NEAR/3 réformes
    bilan* NEAR/3 cice
    bilan* NEAR/3 suppression

Moins taxer le travail:
    @tag: Moins taxer le travail
    travail NEAR/4 taxer
    travail NEAR/4 taxe*
    travail NEAR/4 impôts
    travail NEAR/4 imposition
    travail NEAR/4 fiscalité
    travail NEAR/4 moins
    travail NEAR/4 prélèvement*
    revenus du travail
    salaires NEAR/4 taxer
    salaires NEAR/4 impôts
    salaires NEAR/4 imposition
    salaires NEAR/4 moins
    salaires NEAR/4 charges
    qui travaillent NEAR/3 moins
    qui travaillent NEAR/3 payent
    qui travaillent NEAR/3 paient
    travailleurs
    classe* moyenne*
    smic
    heures supplémentaires

P + de tranches IR progressives:
    @tag: P + de tranches IR progressives
    tranche*
    progressi*
    barème*
    taux marginal
    paliers

Refonte fiscalité successions:
    @tag: Refonte fiscalité successions
    succession*
    héritage*
    hérit*
    donation*
    transmission*
    droits de mutation

Repenser la TVA:
    @tag: Repenser la TVA
    @unless-theme: Réduire la TVA
    @unless-theme: Supprimer la TVA
    @unless-theme: TVA réduite (1ère nécessité)
    @unless-theme: TVA réduite (bio, sain, local, français)
    @unless-theme: TVA sur produits de luxe
    tva
    taxe sur la valeur ajoutée
    tva NEAR/4 modul*
    tva NEAR/4 revoir
    tva NEAR/4 repenser
    tva NEAR/4 réform*
    tva NEAR/4 différenci*
    tva NEAR/4 taux
    tva NEAR/4 progressive
    tva NEAR/4 sociale
    tva NEAR/4 injuste

Réduction du train de vie des élus:
    @tag: Réduction du train de vie des élus
    élus
    "élu"
    train de vie
    privilège*
    avantage* NEAR/4 élus
    avantage* NEAR/4 ministres
    avantage* NEAR/4 députés
    avantage* NEAR/4 sénateurs
    avantage* NEAR/4 anciens présidents
    salaire* NEAR/4 élus
    salaire* NEAR/4 ministres
    salaire* NEAR/4 députés
    salaire* NEAR/4 sénateurs
    salaire* NEAR/4 président
    indemnités
    retraite* NEAR/4 élus
    retraite* NEAR/4 députés
    retraite* NEAR/4 sénateurs
    retraite* NEAR/4 présidents
    députés
    sénateur*
    sénat
    ministre*
    anciens présidents
    hauts fonctionnaires
    cumul*

Réduire la TVA:
    @tag: Réduire la TVA
    tva NEAR/3 baisse*
    tva NEAR/3 baisser
    tva NEAR/3 réduire
    tva NEAR/3 diminuer
    tva NEAR/3 réduction
    tva NEAR/3 moins
    tva NEAR/3 trop

Rétablir ISF:
    @tag: Rétablir ISF
    @unless-theme: Suppression ISF, IFI
    isf
    impôt sur la fortune
    impôt sur les grandes fortunes
    rétabl* NEAR/4 isf
    rétabl* NEAR/4 fortune
    remettre NEAR/3 isf
    réinstaurer
    grandes fortunes

Revoir niches:
    @tag: Revoir niches
    niche*
    exonération*
    exonérer
    dérogation*
    défiscalis*
    crédit* d'impôt NOT NEAR/4 cice
    réduction* d'impôt*
    abattement*
    déductions
    avantages fiscaux
    dispositifs fiscaux

Sans effet de seuil:
    @tag: Sans effet de seuil
    seuil*
    effet de seuil
    lissage
    lisser
    linéaire*
    sans palier*
    progressivité continue

Simplifier:
    @tag: Simplifier
    simplifi*
    simple*
    complexité
    complexe*
    compliqué*
    lisib*
    illisible*
    nombre NEAR/3 impôts
    nombre NEAR/3 taxes
    trop NEAR/3 impôts
    trop NEAR/3 taxes
    usine à gaz
    remise à plat
    remettre à plat
    clarifi*
    prélèvement à la source

Suppression CSG tous les retraités:
    @tag: Suppression CSG tous les retraités
    csg NEAR/6 retraite*
    csg NEAR/6 pension*
    csg NEAR/6 retraités
    retraités NEAR/6 csg
    pension* NEAR/4 taxer
    pension* NEAR/4 imposer
    pension* NEAR/4 baisse
    retraités

Suppression ISF, IFI:
    @tag: Suppression ISF, IFI
    ifi
    supprim* NEAR/3 isf
    supprim* NEAR/3 ifi
    suppression NEAR/3 isf
    suppression NEAR/3 ifi
    impôt sur la fortune immobilière

Suppression TH:
    @tag: Suppression TH
    taxe d'habitation
    "th"

Supprimer CICE multinationales,très grandes entreprises:
    @tag: Supprimer CICE multinationales,très grandes entreprises
    cice NEAR/6 multinationales
    cice NEAR/6 grandes entreprises
    cice NEAR/6 grands groupes
    cice NEAR/6 cac
    cice NEAR/6 actionnaires
    cice NEAR/6 dividendes
    aides NEAR/5 grandes entreprises
    aides NEAR/5 multinationales
    aides NEAR/5 grands groupes
    cadeaux NEAR/4 entreprises
    cadeaux NEAR/4 patronat
    cadeaux NEAR/4 grands groupes

Supprimer la TVA:
    @tag: Supprimer la TVA
    supprim* NEAR/3 tva
    suppression NEAR/3 tva
    tva NEAR/3 zéro
    tva NEAR/3 0
    tva NEAR/3 supprimée

Supprimer le CICE:
    @tag: Supprimer le CICE
    cice NOT NEAR/6 pme NOT NEAR/6 tpe NOT NEAR/6 petites NOT NEAR/6 artisans NOT NEAR/6 commerçants
    cir
    crédit d'impôt recherche
    crédit d'impôt compétitivité

Supression IR:
    @tag: Supression IR
    supprim* NEAR/4 impôt sur le revenu
    supprim* NEAR/4 ir
    suppression NEAR/4 impôt sur le revenu
    suppression NEAR/4 ir

TVA réduite (1ère nécessité):
    @tag: TVA réduite (1ère nécessité)
    nécessité
    première nécessité
    produits de base
    produits NEAR/3 essentiels
    produits NEAR/3 vitaux
    produits NEAR/3 base
    produits NEAR/3 courants
    produits NEAR/3 alimentaires
    tva NEAR/6 alimentaire*
    tva NEAR/6 alimentation
    tva NEAR/6 nourriture
    tva NEAR/6 base
    tva NEAR/6 essentiel*
    tva NEAR/6 vitaux
    tva NEAR/6 hygiène
    tva NEAR/6 couches

TVA réduite (bio, sain, local, français):
    @tag: TVA réduite (bio, sain, local, français)
    tva NEAR/6 bio
    tva NEAR/6 biologique*
    tva NEAR/6 sain*
    tva NEAR/6 local*
    tva NEAR/6 locaux
    tva NEAR/6 français*
    tva NEAR/6 écolo*
    tva NEAR/6 circuit*
    tva NEAR/6 vertueux
    tva NEAR/6 recyclé*
    tva NEAR/6 environnement*
    produits NEAR/3 bio
    produits NEAR/3 biologiques
    produits NEAR/3 sains
    produits NEAR/3 locaux
    produits NEAR/3 écologiques

TVA sur produits de luxe:
    @tag: TVA sur produits de luxe
    tva NEAR/6 luxe
    produits de luxe NEAR/6 tva

Taux IR égal pour tous:
    @tag: Taux IR égal pour tous
    flat tax
    "flat"
    taux unique
    taux NEAR/3 unique
    taux NEAR/3 égal
    taux NEAR/3 identique
    taux NEAR/3 fixe
    taux NEAR/3 forfaitaire
    "mêmes" NEAR/2 taux
    prélèvement forfaitaire
    impôt proportionnel

Taxer la finance:
    @tag: Taxer la finance
    finance
    financière*
    transaction* financière*
    spéculat*
    tobin
    dividende*
    actionnaire*
    capital
    plus value*
    banque*
    bourse*
    boursi*
    rente*
    revenus du capital
    produits financiers
    placements

Taxer le luxe, polluant, importé:
    @tag: Taxer le luxe, polluant, importé
    luxe NOT NEAR/6 tva
    polluant*
    pollueur*
    pollution
    import*
    kérosène
    yacht*
    jets
    voitures NEAR/3 luxe
    voitures NEAR/3 puissantes
    voitures NEAR/3 grosses
    grosses cylindrées
    taxe* NEAR/4 polluants
    taxe* NEAR/4 pollution
    taxe* NEAR/4 importés

Taxer les multinationales, GAFAM:
    @tag: Taxer les multinationales, GAFAM
    gafa*
    multinationale*
    grandes entreprises
    grands groupes
    grosses entreprises
    google
    amazon
    facebook
    apple
    entreprises du cac
    cac 40
    numérique NEAR/3 géants
    numérique NEAR/3 taxe*
    bénéfices NEAR/4 entreprises
    bénéfices NEAR/4 réalisés
    bénéfices NEAR/4 france

Taxer les riches:
    @tag: Taxer les riches
    riche*
    fortuné*
    hauts revenus
    gros revenus
    plus aisés
    aisés
    patrimoine*
    millionnaire*
    milliardaire*
    nantis

Taxer toutes les ressources:
    @tag: Taxer toutes les ressources
    ressources
    revenus NEAR/3 confondus
    revenus NEAR/3 nature
    revenus confondus
    nature NEAR/3 revenus
    revenus fonciers
    loyers
    revenus NEAR/3 capital
    revenus NEAR/3 patrimoine

Transparence:
    @tag: Transparence
    transparen*
    opacité
    opaque*
    cacher
    vérité
    honnête*

aides sociales:
    @tag: aides sociales
    aides sociales
    assistanat
    assisté*
    minima sociaux
    rsa
    apl
    allocations NEAR/4 chômage
    allocations NEAR/4 familiales
    allocations NEAR/4 sociales
    profiteur*
    abus
    fraude sociale
    solidarité

fusion CSG et IR:
    @tag: fusion CSG et IR
    fusion*
    fusionner
    regroup* NEAR/4 csg
    regroup* NEAR/4 impôt sur le revenu
    regroup* NEAR/4 impôts
    csg NEAR/5 impôt sur le revenu
    csg NEAR/5 ir
    csg NEAR/5 progressive
    impôt unique

limiter ou supprimer optimisation fiscale:
    @tag: limiter ou supprimer optimisation fiscale
    optimis*
    optimisation fiscale
    montages
    "légal" NEAR/4 évasion
    "légal" NEAR/4 optimisation

supression taxes sur énergie (électricité, gaz,eau , carburants°:
    @tag: supression taxes sur énergie (électricité, gaz,eau , carburants°
    carburant*
    essence
    gasoil
    gazole
    diesel
    électricité
    "gaz"
    énergie*
    ticpe
    tipp
    taxe carbone
    fioul
    fuel
    "eau"
    taxes NEAR/4 énergie
    taxes NEAR/4 carburants
    taxes NEAR/4 essence
