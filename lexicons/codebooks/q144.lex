# Codebook Q144 — « Quelles sont, selon vous, les modalités d'intégration les plus efficaces et les
# plus justes à mettre en place aujourd'hui dans la société ? » (Démocratie et citoyenneté)
#
# One theme per tag of La Grande Annotation's codebook for this question
# (../shared/corpus/codebooks/lga_tags.csv). Written from reading the answers of
# ../shared/corpus/answers/Q144.csv (short lists: « la langue, le travail, l'école »). No human
# labels of this question are in ../shared: not measured here.
#
# « la langue » alone means French here (« la maîtrise de la langue »); « l'éducation » alone is
# taken as « Par l'école » unless it is civic education (values, institutions, laïcité), which is
# « Education civique (culture, valeurs) ».
#
# Précision relue par l'équipe (lecture interne, pas un codage indépendant), 2026-12-06 : reviews/codebook-q144.md
#   Accueillir décemment (logement, soins) : 0.85 (17/20)
#   Aide, suivi dans l'intégration, les démarches : 0.80 (16/20)
#   Apprentissage du français : 1.00 (20/20)
#   Education civique (culture, valeurs) : 0.95 (19/20)
#   Formation professionnelle : 0.90 (18/20)
#   Mixité sociale logement (pas de ghetto) : 0.90 (18/20)
#   Par l'école : 0.95 (19/20)
#   Par la vie associative, de quartier : 0.85 (17/20)
#   Par le travail : 0.95 (19/20)
#   Service civique : 0.95 (19/20)

@name: Codebook Q144 (La Grande Annotation)
@questions: 144

Accueillir décemment (logement, soins):
    @tag: Accueillir décemment (logement, soins)
    # Audit 2026-12-06 : « décent* » prenait « décentralisé » ; « loger »/« logements » pour mélanger
    # les populations dans les quartiers est la mixité, pas l'accueil décent.
    logement* NOT NEAR/6 mélang* NOT NEAR/6 quartier* NOT NEAR/6 répartir NOT NEAR/6 éparpill* NOT NEAR/6 dispers*
    loger NOT NEAR/6 mélang* NOT NEAR/6 quartier* NOT NEAR/6 répartir NOT NEAR/6 éparpill* NOT NEAR/6 dispers*
    héberg*
    toit
    soins
    santé
    médical*
    accueil* NEAR/4 décemment
    accueil* NEAR/4 dignement
    accueil* NEAR/4 digne*
    accueil* NEAR/4 correct*
    accueil* NEAR/4 conditions
    accueil* NEAR/4 humain*
    conditions de vie
    dignité
    décemment
    nourri*
    alimentation
    hygiène
    vivre dignement

Aide, suivi dans l'intégration, les démarches:
    @tag: Aide, suivi dans l'intégration, les démarches
    accompagn*
    suivi*
    parcours NOT NEAR/3 réussi*
    tuteur*
    tutorat
    parrain*
    référent*
    démarche*
    administrati*
    # Audit 2026-12-06 : « sans-papiers » n'est pas l'aide aux démarches ; « rapidement » seul (un
    # emploi rapidement, s'intégrer rapidement) ; « droits et devoirs » est l'éducation civique.
    papiers
    sans papiers (0)
    aide* NEAR/4 intégration
    aide* NEAR/4 démarches
    aide* NEAR/4 installer
    aide* NEAR/4 insertion
    aide* NEAR/4 recherche
    aider NEAR/4 intégrer
    aider NEAR/4 trouver
    aider NEAR/4 installer
    guichet*
    contrat d'intégration
    contrat NEAR/3 intégration
    contrat NEAR/3 accueil
    contrat NEAR/3 républicain
    ofii
    droits NEAR/3 accès
    droits NEAR/3 obligations
    titre de séjour
    régularis*
    formalités
    rapid* NEAR/4 dossier*
    rapid* NEAR/4 demande*
    rapid* NEAR/4 décision*
    rapid* NEAR/4 régularis*
    rapid* NEAR/4 instruction
    accélérer
    délais NEAR/4 traitement
    délais NEAR/4 réponse
    délais NEAR/4 attente
    délais NEAR/4 demande*
    délais NEAR/4 administrati*
    délais NEAR/4 procédure*
    réduire les délais

Apprentissage du français:
    @tag: Apprentissage du français
    langue*
    français NEAR/4 parler
    français NEAR/4 apprendre
    français NEAR/4 apprentissage
    français NEAR/4 maîtrise*
    français NEAR/4 maîtriser
    français NEAR/4 cours
    français NEAR/4 connaissance
    français NEAR/4 obligation
    français NEAR/4 lire
    français NEAR/4 écrire
    français NEAR/4 pratiquer
    français NEAR/4 niveau
    francophon*
    parler NEAR/3 français
    parler NEAR/3 langue
    "parlent" NEAR/3 français
    cours de français
    alphabétis*
    illettris*
    lecture
    écriture
    fle

Education civique (culture, valeurs):
    @tag: Education civique (culture, valeurs)
    valeur*
    civique*
    civisme
    citoyenneté
    institutions
    culture*
    coutume*
    mœurs
    traditions
    histoire
    laïcité
    règles NEAR/4 république
    règles NEAR/4 pays
    règles NEAR/4 vie
    règles NEAR/4 républicaines
    lois NEAR/4 république
    lois NEAR/4 pays
    lois NEAR/4 françaises
    lois NEAR/4 respect*
    respect* NEAR/4 lois
    respect* NEAR/4 loi
    respect* NEAR/4 règles
    respect* NEAR/4 valeurs
    respect* NEAR/4 république
    respect* NEAR/4 institutions
    respect* NEAR/4 principes
    principes NEAR/3 république
    principes NEAR/3 républicains
    droits et devoirs
    devoirs
    mode de vie
    assimil*
    charte
    constitution
    égalité NEAR/3 femmes
    égalité NEAR/3 hommes
    égalité NEAR/3 sexes
    république*

Formation professionnelle:
    @tag: Formation professionnelle
    # Audit 2026-12-06 : « formation » à la langue, à la citoyenneté, à la culture n'est pas la
    # formation professionnelle.
    formation* NOT NEAR/6 langue* NOT NEAR/6 français NOT NEAR/6 linguisti* NOT NEAR/6 citoyen* NOT NEAR/6 civique* NOT NEAR/6 culture* NOT NEAR/6 valeur* NOT NEAR/6 lois NOT NEAR/6 règles NOT NEAR/6 institutions
    "former" NOT NEAR/6 langue* NOT NEAR/6 français NOT NEAR/6 citoyen* NOT NEAR/6 culture* NOT NEAR/6 valeur* NOT NEAR/6 lois NOT NEAR/6 règles
    qualifi*
    apprentissage NEAR/3 métier*
    apprentissage NEAR/3 professionnel*
    en apprentissage
    métier* NOT NEAR/3 exercer
    compétences NEAR/4 valider
    compétences NEAR/4 acquérir
    diplôme*
    équivalence*
    reconnaissance NEAR/3 diplômes
    reconnaissance NEAR/3 compétences
    reconnaissance NEAR/3 qualifications
    professionnel*

Mixité sociale logement (pas de ghetto):
    @tag: Mixité sociale logement (pas de ghetto)
    mixité*
    ghetto*
    répartition
    répartir
    réparti*
    disperser
    dissémin*
    concentration*
    # Audit 2026-12-06 : « regroupement familial » et « communautarisme » seul ne disent rien du
    # logement.
    regroupement* NOT NEAR/2 familia*
    quartier* NEAR/4 mélang*
    quartier* NEAR/4 mixité
    quartier* NEAR/4 répartir
    quartier* NEAR/4 éviter
    quartier* NEAR/4 concentr*
    quartier* NEAR/4 populaires
    quartier* NEAR/4 sensibles
    banlieue*
    cité*
    campagne*
    territoire NEAR/3 répartir
    territoire NEAR/3 réparti*
    territoire NEAR/3 ensemble
    villages
    mélang*
    brassage

Par l'école:
    @tag: Par l'école
    école*
    scolar*
    scolaire*
    enfants
    éducation NOT NEAR/2 civique
    éduquer
    enseignement*
    enseignant*
    instruction
    collège*
    lycée*
    classe*
    crèche*
    maternelle
    jeunes

Par la vie associative, de quartier:
    @tag: Par la vie associative, de quartier
    associati*
    asso
    bénévol*
    # Audit 2026-12-06 : « communes », « local », « échange », « quartier par quartier » parlaient
    # surtout de répartition (mixité) ou d'autre chose (« valeurs communes », « en échange »).
    vie de quartier
    vie du quartier
    fêtes de quartier
    associations de quartier
    comités de quartier
    maisons de quartier
    centres sociaux
    sport*
    club*
    activités culturelles
    associations culturelles
    sorties culturelles
    "activités"
    loisirs
    fêtes
    rencontre*
    lien social
    créer des liens
    tisser des liens
    mairie*
    vie de la commune
    vie locale
    associations locales
    citoyens NEAR/4 participer
    citoyens NEAR/4 impliquer
    citoyens NEAR/4 accueillir
    participation NEAR/3 vie
    participation NEAR/3 société
    participation NEAR/3 locale
    participer NEAR/4 vie
    participer NEAR/4 société
    participer NEAR/4 activités
    familles d'accueil
    parrainage

Par le travail:
    @tag: Par le travail
    travail*
    emploi*
    embauch*
    job
    salari*
    entreprise*
    activité professionnelle
    insertion professionnelle
    marché du travail
    gagner NEAR/3 vie
    autonom*
    économique*

Service civique:
    @tag: Service civique
    service civique
    service militaire
    service national
    service NEAR/3 civil
    service NEAR/3 civique
    service NEAR/3 obligatoire
    service NEAR/3 national
    service NEAR/3 militaire
    snu
    armée
    engagement NEAR/3 citoyen
    engagement NEAR/3 civique
    travaux d'intérêt général
    intérêt général
    bénévolat NEAR/3 obligatoire
