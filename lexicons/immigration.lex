# Lexique : Immigration
#
# Thème « Immigration » de Politizr, et questions 141 à 144 du débat « Démocratie et
# citoyenneté » du Grand Débat National (2019) : situation de l'immigration et politique
# migratoire, objectifs annuels, réponses au « défi qui va durer », modalités d'intégration.
# Ce lexique s'applique à tout le débat Démocratie et citoyenneté : ses entrées restent
# propres à l'immigration (pas de « travail » ou de « logement » seuls).
#
# Écrit à partir de la lecture des vraies réponses (../shared/corpus/answers, Q141 à Q144) :
# des centaines de réponses lues par question, et les fréquences de mots et de paires de mots
# pour voir comment les gens disent les choses (« immigration choisie », « regroupement
# familial », « apprentissage de la langue », « aider les pays d'origine », « capacité
# d'accueil », « droit d'asile », « reconduite à la frontière », …).
#
# Note : « intégrisme » a la même racine que « intégration » (integr) ; les formes de
# l'intégration sont donc écrites par préfixe et en formes exactes.

@name: Immigration
@topics: Immigration | Démocratie et citoyenneté | Autres

Maîtrise des flux migratoires:
    immigration
    immigrant*
    migrant
    migration*
    migratoire
    étranger
    étrangers
    politique migratoire
    Quotas et objectifs chiffrés:
        quota
        quotas annuels
        objectifs annuels
        objectif
        fixer des objectifs
        objectifs chiffrés
        plafond
        plafonner
        nombre d'immigrés
        nombre de migrants
        capacité d'accueil
        capacité d'intégration
        selon nos capacités
    Limiter ou arrêter l'immigration:
        limiter l'immigration
        réduire l'immigration
        stopper l'immigration
        arrêter l'immigration
        stop à l'immigration
        immigration zéro
        trop d'immigrés
        trop de migrants
        immigration massive
        immigration subie
        immigration incontrôlée
        immigration galopante
        invasion
        envahi*
        submersion
        submergé*
        appel d'air
        fermer les frontières
        fermeture des frontières
        moratoire
    Objectifs votés par le Parlement:
        @questions: 142
        Parlement
        parlementaires
        députés
        chiffres
        nombre
        référendum
        débat
        définir
    Contrôle des frontières:
        frontière
        contrôle des frontières
        contrôle des flux
        flux migratoire*
        flux
        maîtrise de l'immigration
        immigration maîtrisée
        immigration contrôlée
        Schengen
        Frontex
        garde-côtes

Immigration choisie et besoins économiques:
    immigration choisie
    immigration sélective
    immigration économique
    immigration de travail
    migrants économiques
    sélective
    sélectionner
    besoins économiques
    besoins du pays
    selon nos besoins
    en fonction des besoins
    main d'oeuvre
    métiers en tension
    métiers pénuriques
    pénurie de main-d'oeuvre
    qualifiés
    qualification*
    fuite des cerveaux
    talents
    étudiants étrangers
    travailleurs étrangers
    travailleurs détachés
    Canada
    canadien*
    Australie
    australien*
    Québec
    modèle canadien
    système à points

Droit d'asile et réfugiés:
    asile
    droit d'asile
    demandeur* d'asile
    demande d'asile
    obligations d'asile
    réfugié
    réfugiés politiques
    réfugiés climatiques
    réfugiés économiques
    statut de réfugié
    OFPRA
    CNDA
    déboutés
    persécut*
    pays en guerre
    fuient la guerre
    fuir la guerre
    guerre
    dictature*
    danger de mort
    Méditerranée
    naufrage*
    noyade*
    mourir en mer
    Aquarius
    bateaux
    sauvetage

Accueil et humanité:
    accueil
    terre d'accueil
    pays d'accueil
    accueil digne
    dignement
    décemment
    humanitaire
    droits humains
    hospitalité
    pays ouvert
    tradition d'accueil
    centres d'accueil
    hébergement d'urgence
    camps
    conditions d'accueil
    mineurs isolés
    mineurs non accompagnés
    MNA
    inhumain*

Immigration illégale et expulsions:
    clandestin
    clandestinité
    illégal
    immigration illégale
    immigration clandestine
    irrégulier*
    situation irrégulière
    expulser
    reconduite à la frontière
    reconduite
    reconduire
    renvoyer
    raccompagner
    OQTF
    obligation de quitter le territoire
    centres de rétention
    rétention
    passeurs
    réseaux de passeurs
    trafic d'êtres humains
    régularisation
    délinquants étrangers
    étrangers délinquants
    double peine

Intégration:
    intégrat*
    "intégrer"
    "intègrent"
    "intégré"
    "intégrés"
    "intégrée"
    "intégrées"
    Langue française:
        langue française
        langue
        apprentissage de la langue
        apprentissage du français
        apprendre le français
        apprendre la langue
        parler français
        maîtrise du français
        maîtrise de la langue
        cours de français
        cours de langue
        niveau de langue
        examen de langue
        FLE
        alphabétisation
    Valeurs, lois et culture:
        us et coutumes
        coutumes
        formation civique
        contrat d'intégration
        contrat républicain
        parcours d'intégration
        assimilation
        volonté d'intégration
    Travail, logement et formation des arrivants:
        droit de travailler
        autorisation de travail
        permis de travail
        accès au travail
        accès à l'emploi
        intégration par le travail
        trouver un travail
        trouver un emploi
        insertion professionnelle
        formation professionnelle
        accès au logement
        logement décent
        nouveaux arrivants
        primo-arrivants
        "arrivants"
        travail et logement
        logement et travail
        emploi et logement
        logement et emploi
    Intégration par le travail, l'école et la vie sociale:
        @questions: 144
        travail
        travailler
        emploi
        formation
        éducation
        école
        enseignement
        scolarisation
        logement
        mixité
        mixité sociale
        service civique
        service militaire
        service national
        associations
        vie associative
        bénévolat
        laïcité
        valeurs de la République
        valeurs
        respect
        éducation civique
        instruction civique
        culture
        droits et devoirs
        accompagnement
        quartiers
        sport
    Répartition sur le territoire:
        dispersion
        répartir les migrants
        répartition des migrants
        répartir les immigrés
        répartition sur le territoire
        ghetto
        ghettos
        ghettoïsation

Nationalité, séjour et regroupement familial:
    nationalité
    nationalité française
    naturalisation
    naturalisé*
    droit du sol
    droit du sang
    double nationalité
    déchéance de nationalité
    regroupement familial
    "visa"
    "visas"
    titre de séjour
    carte de séjour
    mariages blancs
    mariages gris

Coût de l'immigration et aides sociales:
    AME
    aide médicale d'État
    CMU
    aides sociales
    prestations sociales
    coût de l'immigration
    priorité aux Français
    Français d'abord
    préférence nationale
    fraude sociale

Pays d'origine et aide au développement:
    pays d'origine
    pays de départ
    aide au développement
    aider les pays
    aider sur place
    aider les populations
    aider les pays d'origine
    développement des pays
    pays en développement
    pays pauvres
    pays africains
    co-développement
    codéveloppement
    aider chez eux
    rester chez eux
    vivre chez eux
    vivre dans leur pays
    rester dans leur pays
    retour dans leur pays
    aide au retour
    Afrique
    africain*
    misère du monde
    toute la misère
    causes de l'immigration
    causes des migrations
    pillage
    Françafrique
    néocolonial*
    colonisation
    investir en Afrique

Europe et coopération internationale:
    Politique européenne et internationale:
        niveau européen
        échelle européenne
        politique européenne
        pays européens
        répartition européenne
        solidarité européenne
        solution européenne
        réponse européenne
        gestion européenne
        coordination européenne
        échelon européen
        frontières européennes
        frontières de l'Europe
        frontières extérieures
        politique commune
        Dublin
        accords de Dublin
        règlement de Dublin
        Italie
        Grèce
        Espagne
        Hongrie
        ONU
        pacte de Marrakech
        Libye
        Turquie
    Europe (questions sur l'immigration):
        @questions: 141 | 142 | 143 | 144
        Europe
        européen
        Union européenne
        international

Identité et débat public:
    Identité et culture:
        identité nationale
        identité française
        choc des cultures
        choc des civilisations
        grand remplacement
        islamisation
        culture différente
        racines chrétiennes
    Débat public et chiffres:
        vrais chiffres
        chiffres de l'immigration
        statistiques ethniques
        référendum sur l'immigration
        débat sur l'immigration
        parler de l'immigration
        tabou
        fantasme*
        amalgame*
        instrumentalis*
