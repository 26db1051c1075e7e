# Codebook Q141 — « Que pensez-vous de la situation de l'immigration en France aujourd'hui et de
# la politique migratoire ? Quelles sont, selon vous, les critères à mettre en place pour définir
# la politique migratoire ? » (Démocratie et citoyenneté)
#
# One theme per tag of La Grande Annotation's codebook for this question
# (../shared/corpus/codebooks/lga_tags.csv). Written from reading the answers of
# ../shared/corpus/answers/Q141.csv. No human labels of this question are in ../shared: not
# measured here.
#
# The « A », « B », « C » tags judge the present policy: « A Politique trop laxiste » is the
# judgement that there are too many migrants, too little control; « B Politique non
# satisfaisante » a negative judgement without that (incoherent, absent, inhumane);
# « B Politique satisfaisante » a positive one. The criteria people propose go to the other tags:
# selection on work, language, skills is « Immigration choisie, sélective ».

# Précision relue par l'équipe (lecture interne, pas un codage indépendant), 2026-12-06 (second passage pour les thèmes restés sous 0,8) : reviews/codebook-q141.md
#   Immigration choisie, sélective : 1.00 (20/20)
#   Rester un pays ouvert : 0.85 (17/20)
#   Accueillir mieux : 0.85 (17/20)
#   Aider les réfugiés, demandeurs d'asile : 0.90 (18/20)
#   Contrôler, renvoyer : 0.90 (18/20)
#   A Politique trop laxiste (trop de migrants) : 0.80 (16/20)
#   Instaurer des quotas : 0.95 (19/20)
#   C Politique européenne commune : 0.85 (17/20)
#   B Politique non satisfaisante : 0.80 (16/20)
#   Aider les pays d'origine : 0.85 (17/20)
#   Expliquer, clarifier, informer : 0.80 (16/20)
#   B Politique satisfaisante : 0.80 (16/20)
#   Priorité aux Français, SDF : 0.85 (17/20)
#
@name: Codebook Q141 (La Grande Annotation)
@questions: 141

A Politique trop laxiste (trop de migrants):
    @tag: A Politique trop laxiste (trop de migrants)
    laxis*
    laxiste*
    submer*
    invasion
    envahi*
    grand remplacement
    appel d'air
    trop NEAR/3 migrants
    trop NEAR/3 immigrés NOT NEAR/1 souvent
    trop NEAR/3 étrangers
    trop NEAR/3 nombreux
    trop NEAR/3 laxiste
    trop NEAR/3 aides
    trop NEAR/3 généreu*
    trop NEAR/3 accueil*
    stopp* NEAR/3 immigration
    arrêt* NEAR/3 immigration
    immigration NEAR/3 massive
    immigration NEAR/3 incontrôlée
    immigration NEAR/3 excessive
    immigration NEAR/3 sauvage
    immigration NEAR/3 importante
    immigration NEAR/3 trop NOT NEAR/1 souvent NOT NEAR/2 restrictif*
    incontrôlé*
    misère du monde
    pompe aspirante
    hors de contrôle
    beaucoup trop NOT NEAR/2 restrictif* NOT NEAR/1 souvent
    plus les moyens
    pas les moyens
    passoire
    stop NEAR/3 immigration
    moratoire
    non maîtrisée
    pas maîtrisée
    mal maîtrisée
    afflux
    telle immigration
    trop NEAR/2 importante
    accueillir NEAR/3 monde

B Politique non satisfaisante:
    @tag: B Politique non satisfaisante
    @unless-theme: A Politique trop laxiste (trop de migrants)
    incohéren*
    inexistant*
    inefficace*
    catastroph*
    lamentable
    désastr*
    échec
    honte*
    honteu*
    inhumain*
    hypocri*
    mauvaise*
    floue
    absence NEAR/3 politique
    politique NEAR/3 aucune NOT NEAR/2 idée
    politique NEAR/3 inexistante
    politique NEAR/3 absente
    politique NEAR/3 incohérente
    politique NEAR/3 mauvaise
    politique NEAR/3 floue
    politique NEAR/3 mal
    insatisf*
    gère* NEAR/2 mal
    mal gérée
    subie
    n'importe quoi
    indigne*
    anarchi*

B Politique satisfaisante:
    @tag: B Politique satisfaisante
    @negation: 3
    satisfaisant* NOT NEAR/2 peu NOT NEAR/3 façon NOT NEAR/3 manière NOT NEAR/4 aucune
    satisfait*
    "correcte" NOT NEAR/3 vie NOT NEAR/3 intégration NOT NEAR/1 immigration
    "correct" NOT NEAR/3 vie
    "convenable" NOT NEAR/2 loyer* NOT NEAR/2 accueil
    équilibrée
    fonctionne bien
    bien gérée
    va bien NOT NEAR/1 falloir
    aucun problème
    faux problème
    fantasme*
    bien maîtrisée
    assez maîtrisée
    semble maîtrisée

C Politique européenne commune:
    @tag: C Politique européenne commune
    politique européenne
    politique commune
    niveau européen
    réponse européenne
    réponse europ*
    problème européen
    problématique européenne
    mais européenne
    voisins européens
    europ* NEAR/4 commun*
    europ* NEAR/4 ensemble
    europ* NEAR/4 coopération
    europ* NEAR/4 frontières
    europ* NEAR/4 répartition
    europ* NEAR/4 solidarité
    europ* NEAR/4 accord
    europ* NEAR/4 concert*
    europ* NEAR/3 relais
    europ* NEAR/4 solution
    europ* NEAR/4 chacun
    europ* NEAR/4 "part"
    ue
    schengen
    frontex
    bruxelles
    pays voisins
    répartition NEAR/4 pays
    répartition NEAR/4 réfugiés
    répartition NEAR/4 migrants
    harmonis*
    dublin

Accueillir mieux:
    @tag: Accueillir mieux
    # Welcome and integrate people decently: housing, language, work, care.
    accueil* NEAR/4 mieux
    accueil* NEAR/4 dignement NOT NEAR/8 refus* NOT NEAR/8 en mesure NOT NEAR/8 capable*
    accueil* NEAR/4 décemment NOT NEAR/8 refus* NOT NEAR/8 en mesure NOT NEAR/8 capable*
    accueil* NEAR/4 digne* NOT NEAR/8 refus* NOT NEAR/8 en mesure NOT NEAR/8 capable*
    accueil* NEAR/4 correctement NOT NEAR/8 refus* NOT NEAR/8 en mesure NOT NEAR/8 capable*
    accueil* NEAR/4 humain*
    accueil* NEAR/4 bien
    accueil* NEAR/4 conditions NOT NEAR/8 refus* NOT NEAR/8 en mesure NOT NEAR/8 capable*
    intégr* NEAR/6 économi*
    réelle intégration
    intégration réelle
    faciliter NEAR/3 intégr*
    accélérer NEAR/5 intégr*
    mieux NEAR/2 intégr*
    intégr* NEAR/4 formation*
    intégr* NEAR/3 aider NOT NEAR/4 veul*
    intégr* NEAR/3 dignement
    intégr* NEAR/3 accompagn*
    favoriser NEAR/3 intégr*
    insertion
    inclusion
    héberg* NEAR/4 migrant*
    héberg* NEAR/4 réfugié*
    héberg* NEAR/4 demandeurs
    héberg* NEAR/4 dign*
    héberg* NEAR/4 décent*
    cours de français
    apprentissage NEAR/3 langue
    apprentissage NEAR/3 "français"
    accompagnement* NOT NEAR/3 assimilation
    accompagner NOT NEAR/3 assimilation
    conditions NEAR/4 accueil NOT NEAR/8 refus* NOT NEAR/8 en mesure NOT NEAR/8 capable*
    conditions NEAR/4 inhumaines
    conditions NEAR/4 indignes
    "camps"
    loger NEAR/3 dignement
    centres de rétention
    rétention
    trait* NEAR/4 dign*
    dignité NEAR/5 migrant*
    dignité NEAR/5 réfugié*
    dignité NEAR/5 accueil*
    "humainement" NEAR/4 trait*
    "humainement" NEAR/4 intégr*

Aider les pays d'origine:
    @tag: Aider les pays d'origine
    pays d'origine NOT NEAR/4 retour* NOT NEAR/4 renvo* NOT NEAR/4 reconduit* NOT NEAR/4 danger
    aider BEFORE/3 pays
    développer BEFORE/2 leur pays
    pays d'émigration
    pays en développement
    développement NEAR/4 pays d'origine
    pays NEAR/4 pauvres
    pays NEAR/4 départ
    chez eux NEAR/4 aider NOT NEAR/3 retourn*
    chez eux NEAR/4 vivre
    chez eux NEAR/4 rester
    chez eux NEAR/4 développ*
    afrique NEAR/5 aider
    afrique NEAR/5 développ*
    afrique NEAR/5 pill*
    afrique NEAR/5 investi*
    afrique NEAR/5 dictat*
    plan marshall
    pillage
    piller
    exploit* NEAR/4 pays
    causes NEAR/4 migration*
    causes NEAR/4 départ*
    causes NEAR/4 immigration
    causes NEAR/4 fuite
    guerres NEAR/4 arrêter
    guerres NEAR/4 cesser
    guerres NEAR/4 provoquons
    guerres NEAR/4 vendre
    ventes d'armes
    co développement
    codéveloppement
    aide au développement
    investir NEAR/4 pays
    néocolonia*
    colonia*
    françafrique

Aider les réfugiés, demandeurs d'asile:
    @tag: Aider les réfugiés, demandeurs d'asile
    réfugié* NOT NEAR/1 économique*
    asile NOT NEAR/3 limit* NOT NEAR/3 strict* NOT NEAR/3 débout* NOT NEAR/3 restrei*
    demandeur* d'asile NOT NEAR/3 débouté*
    fuient
    fuyant
    fuir
    guerre* NOT NEAR/1 civile NOT NEAR/2 entre
    persécut*
    danger
    climatique* NEAR/5 accueil*
    humanitaire*
    noyé*
    méditerranée
    bateau*

Contrôler, renvoyer:
    @tag: Contrôler, renvoyer
    contrôl* NOT NEAR/1 incontrôlée NOT NEAR/3 tatillon* NOT NEAR/3 vexatoire*
    expuls*
    renvo* NOT NEAR/6 persécut* NOT NEAR/6 tués NOT NEAR/6 risquent NOT NEAR/3 attention
    reconduire
    reconduite*
    raccompagn*
    retour* NEAR/4 pays
    retour* NEAR/4 chez
    retour* NEAR/4 frontière
    frontière*
    clandestin*
    illégal*
    irrégul*
    sans papiers
    oqtf
    fermer NEAR/3 frontières
    fermeture NEAR/3 frontières
    limiter NEAR/4 immigration
    limiter NEAR/4 entrées
    limiter NEAR/4 nombre
    limiter NEAR/4 arrivées
    réduire NEAR/4 immigration
    réduire NEAR/4 entrées
    réduire NEAR/4 nombre
    réduire NEAR/4 arrivées
    regroupement familial
    droit du sol
    aide médicale d'état
    ame
    délinquan*
    fermeté
    strict*
    sévère*
    déchéance
    interdire NEAR/4 territoire
    interdire NEAR/4 entrée

Expliquer, clarifier, informer:
    @tag: Expliquer, clarifier, informer
    manque d'information*
    informer BEFORE/3 citoyens
    informer BEFORE/3 population
    informer BEFORE/3 "français"
    information* NEAR/4 fiable*
    pas d'information*
    mieux informer
    désinformation
    information* NEAR/3 médias
    toutes les informations
    informations NEAR/3 vraies
    expliqu* NEAR/4 citoyens
    expliqu* NEAR/4 population
    expliqu* NEAR/4 "français"
    expliqu* NEAR/4 opinion
    expliqu* NEAR/4 gens
    mal expliqu*
    peu expliqu*
    pas expliqu*
    mieux expliquer
    expliquer que
    peu lisible*
    pas lisible*
    lisibilité
    explication*
    transparen*
    "vérité"
    vrais chiffres
    chiffres NEAR/3 réel*
    chiffres NEAR/3 vérité
    pas de chiffre*
    chiffres officiels
    statistique*
    clarifi* NEAR/4 politique* NOT NEAR/3 frontières
    clarifi* NEAR/5 peuple
    clarifi* NEAR/5 citoyens
    clarifi* NEAR/5 population
    clarifi* NEAR/5 "français"
    clarifi* NEAR/5 opinion
    clarifi* NEAR/4 discours
    peu clair*
    pas clair*
    manque de clarté
    pas claire
    "claires" NOT NEAR/2 règles
    clarté
    faux débat*
    débat* NEAR/3 serein*
    pédagog*
    communiquer NEAR/4 citoyens
    communiquer NEAR/4 population
    communiquer NEAR/4 chiffres
    communication NEAR/4 gouvernement
    tabou*
    parler NEAR/3 vrai
    parler NEAR/3 franchement
    parler NEAR/3 ouvertement

Immigration choisie, sélective:
    @tag: Immigration choisie, sélective
    # Selecting who comes: on work, skills, the needs of the country, the language, the will to
    # integrate.
    choisie*
    "choisir"
    sélecti*
    sélection*
    critère*
    besoin* NEAR/4 pays
    besoin* NEAR/4 économie
    besoin* NEAR/4 main d'œuvre
    besoin* NEAR/4 emploi*
    besoin* NEAR/4 métiers
    besoin* NEAR/4 secteurs
    besoin* NEAR/4 entreprises
    métier* NEAR/3 tension
    compétence*
    qualifi*
    diplôm*
    travail
    "travailler"
    emploi*
    main d'œuvre
    langue
    apprendre NEAR/3 français
    obligation NEAR/3 français
    obligation NEAR/3 langue
    parler français
    maîtrise NEAR/3 langue
    maîtrise NEAR/3 français
    canada*
    australie
    modèle canadien
    volonté NEAR/3 intégr*
    contrat NEAR/3 intégration
    casier judiciaire
    ressources
    utile*
    apport* NOT NEAR/3 solution*
    contribu*

Instaurer des quotas:
    @tag: Instaurer des quotas
    quota*
    objectif* NEAR/3 chiffré*
    objectif* NEAR/3 annuel*
    objectif* NEAR/3 accueil
    chiffr* NEAR/3 accueil
    chiffr* NEAR/3 nombre
    chiffr* NEAR/3 annuel
    plafond*
    nombre NEAR/4 limité
    nombre NEAR/4 maximum
    nombre NEAR/4 annuel
    nombre NEAR/4 défini
    nombre NEAR/4 fixé
    limit* NEAR/3 nombre
    annuel*
    capacité* NEAR/3 accueil
    capacité* NEAR/3 pays
    capacité* NEAR/3 absorber

Priorité aux Français, SDF:
    @tag: Priorité aux Français, SDF
    sdf NOT comme les sdf NOT NEAR/4 autant NOT NEAR/5 chose NOT tous pays NOT sdf aussi NOT aussi des sdf NOT aussi les sdf NOT aussi aux sdf NOT NEAR/5 également NOT comme on devrait aider
    sans abri NOT NEAR/3 humains NOT comme les sans abri NOT NEAR/4 autant NOT NEAR/5 chose
    sans domicile NOT NEAR/4 autant NOT NEAR/5 chose
    français d'abord
    priorité NEAR/4 "français" NOT NEAR/3 parlant NOT NEAR/3 parler NOT NEAR/3 enseignement NOT NEAR/3 langue NOT NEAR/3 apprentissage
    priorité NEAR/4 citoyens
    priorité NEAR/4 compatriotes
    "abord" BEFORE/3 "français"
    dorm* NEAR/4 "français"
    occuper NEAR/4 "français"
    occuper NEAR/4 nôtres
    avant BEFORE/4 "accueillir" NOT NEAR/3 "pouvoir" NOT NEAR/6 form*
    avant NEAR/3 étrangers
    pauvres NEAR/4 "français"
    "pauvres" BEFORE/4 "France" NOT NEAR/2 pays NOT NEAR/1 gens
    "pauvre" BEFORE/4 "France" NOT NEAR/2 pays NOT NEAR/1 gens
    "pauvreté" BEFORE/3 "France" NOT NEAR/4 grossir
    seuil de pauvreté
    misère en France
    notre propre misère
    nos propres pauvres
    nos pauvres
    pauvres NEAR/4 chez nous
    "retraités" NEAR/4 migrants
    "retraités" NEAR/4 étrangers
    "retraités" NEAR/4 aides
    préférence nationale
    rue NEAR/3 meurent
    rue NEAR/3 mourir

Rester un pays ouvert:
    @tag: Rester un pays ouvert
    @negation: 3
    ouvert* NOT NEAR/2 trop
    ouverture
    terre d'accueil
    tradition d'accueil
    droits de l'homme
    chance
    richesse*
    enrichi*
    humanit*
    solidarit* NOT NEAR/3 pays
    fraternit*
    générosité
    généreu*
    accueillir davantage
    accueillir plus
    continuer à accueillir
    continuer d'accueillir
    doit accueillir
    devons accueillir
    accueillant*
    accueillir tous
    accueillir les réfugiés
    accueillir les migrants
    être accueilli*
    accueillir ces gens
    accueillir ceux qui
    faut accueillir
    bienvenu*
    diversité
    métissage
    pays d'immigration
