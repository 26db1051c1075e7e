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
#
# Précision relue par l'équipe (lecture interne, pas un codage indépendant), 2026-12-06 : reviews/immigration.md
#   Maîtrise des flux migratoires : 0.95 (19/20)
#   Immigration choisie et besoins économiques : 0.90 (18/20)
#   Droit d'asile et réfugiés : 0.95 (19/20)
#   Accueil et humanité : 0.95 (19/20)
#   Immigration illégale et expulsions : 0.90 (18/20)
#   Intégration : 0.85 (17/20)
#   Nationalité, séjour et regroupement familial : 0.95 (19/20)
#   Coût de l'immigration et aides sociales : 0.90 (18/20)
#   Pays d'origine et aide au développement : 0.95 (19/20)
#   Europe et coopération internationale : 0.85 (17/20)
#   Identité et débat public : 0.95 (19/20)

@name: Immigration
@topics: Immigration | Démocratie et citoyenneté | Autres

Maîtrise des flux migratoires:
    politique migratoire
    Immigration en général (questions sur l'immigration):
        # Les mots généraux comptent pour moitié : nommer l'immigration ne dit pas encore qu'on
        # parle de la maîtrise des flux (il faut un second indice, ou une des expressions des
        # autres sous-thèmes). Ailleurs dans le débat (« financements étrangers », « descendants
        # d'immigrés » discriminés), ils ne comptent pas.
        @questions: 141 | 142 | 143 | 144
        immigration (0.5)
        immigrant* (0.5)
        migrant (0.5)
        migration* (0.5)
        migratoire (0.5)
        étranger (0.5)
        étrangers (0.5)
    Quotas et objectifs chiffrés:
        @questions: 141 | 142 | 143 | 144    # ailleurs, « quotas » de femmes, « objectifs » du service civique
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
        arrêtons l'immigration
        stoppons l'immigration
        moins d'immigration
        immigration NEAR/3 limiter
        immigration NEAR/3 réduire
        immigration NEAR/3 stopper
        immigration NEAR/3 contrôler
        immigration NEAR/3 maîtriser
        misère du monde
        toute la misère
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
        frontière NOT NEAR/3 reconduite NOT NEAR/3 reconduction NOT NEAR/3 reconduire
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
    sélectionner NEAR/5 immigr*
    sélectionner NEAR/5 migrant*
    besoins économiques
    besoins du pays
    selon nos besoins
    en fonction des besoins
    main d'oeuvre
    métiers en tension
    métiers pénuriques
    pénurie de main-d'oeuvre
    main d'oeuvre qualifiée
    immigration qualifiée
    personnes qualifiées
    qualifiés NEAR/5 immigr*
    qualifiés NEAR/5 étranger*
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
    guerre NEAR/5 fuient
    guerre NEAR/5 fuyant
    guerre NEAR/5 fuir
    guerre NEAR/5 fuit
    guerre NOT NEAR/3 mondiale NOT NEAR/4 armes (0.5)    # « la guerre de 39-45 », « vendre des armes »
    dictature* (0.5)                                     # « la dictature du tweet »
    danger de mort
    Méditerranée
    naufrage*
    noyade*
    mourir en mer
    Aquarius
    bateaux
    sauvetage

Accueil et humanité:
    @negation: 3                   # « nous ne pourrons pas accueillir tout le monde »
    accueil NOT NEAR/5 misère
    terre d'accueil
    pays d'accueil
    accueil digne
    dignement (0.5)                # « vivre dignement chez eux » : pays d'origine
    décemment (0.5)
    humanitaire NOT NEAR/2 organisation* NOT NEAR/2 organisations
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
    aide médicale d'État
    coût de l'immigration
    priorité aux Français
    Français d'abord
    préférence nationale
    fraude sociale
    Aides sociales (questions sur l'immigration):
        # Ailleurs dans le débat, « supprimer les aides sociales » est une sanction des incivilités.
        @questions: 141 | 142 | 143 | 144
        "AME" NOT NEAR/2 état      # « sans état d'âme », « en leur âme et conscience » : ailleurs
        CMU
        aides sociales
        prestations sociales

Pays d'origine et aide au développement:
    pays d'origine NOT NEAR/4 renvoyer NOT NEAR/4 reconduire NOT NEAR/4 reconduits NOT NEAR/4 reconduction NOT NEAR/4 expulser
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
    Afrique (0.5)
    africain* (0.5)
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
        @questions: 141 | 142 | 143 | 144    # « tabou », « amalgame », « fantasme » sont partout ailleurs
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
