# Lexique : Retraites
#
# Thème « Retraites » de Politizr, et ce que les réponses du Grand Débat National (2019) disent
# des retraites dans les débats « Organisation de l'État et des services publics » (question 194 :
# préparer sa retraite, et les services publics à faire évoluer) et « Fiscalité et dépenses
# publiques » (CSG des retraités, indexation des pensions, protection sociale). Ce lexique
# s'applique à ces deux débats en entier : ses entrées restent propres aux retraites (la CSG,
# la taxe d'habitation ou la santé seules n'y sont pas).
#
# Écrit à partir de la lecture des vraies réponses (../shared/corpus/answers, Q194 surtout,
# et les réponses qui parlent de retraite ou de pension dans Q164, Q165, Q166, Q172, Q179,
# Q187) : « CARSAT », « relevé de carrière », « indexer les retraites sur le coût de la vie »,
# « CSG pour tous les retraités », « petites retraites », « régimes spéciaux », « mêmes
# documents plusieurs fois », …

@name: Retraites
@topics: Retraites | Organisation de l'État et des services publics | Fiscalité et dépenses publiques | Autres

Retraite et retraités:
    retraite
    retraitée
    pension
    pensionné*
    futurs retraités
    jeunes retraités

Montant des pensions et pouvoir d'achat:
    Petites retraites et minimum vieillesse:
        petites retraites
        petites pensions
        faibles retraites
        faibles pensions
        minimum vieillesse
        ASPA
        minimum contributif
        retraite minimum
        retraite minimale
        pension minimum
        retraités pauvres
        pauvreté des retraités
    Indexation et revalorisation:
        indexation
        indexées
        réindexer
        désindexation
        revaloriser les retraites
        revalorisation des pensions
        augmenter les retraites
        augmentation des pensions
        gel des pensions
        gel des retraites
        pouvoir d'achat des retraités
        baisse des pensions
        baisse des retraites

Fiscalité des retraités:
    CSG des retraités
    CSG sur les pensions
    hausse de la CSG
    augmentation de la CSG
    "CASA"
    retraités aisés
    impôts des retraités
    taxe d'habitation pour les retraités
    abattement de 10
    demi-part des veuves

Âge de départ et durée de cotisation:
    âge de départ
    âge légal
    âge de la retraite
    départ à la retraite
    partir à la retraite
    prendre sa retraite
    62 ans
    60 ans
    64 ans
    65 ans
    67 ans
    recul de l'âge
    repousser l'âge
    travailler plus longtemps
    trimestres
    annuités
    durée de cotisation
    années de cotisation
    carrières longues
    pénibilité
    métiers pénibles
    travaux pénibles
    retraite anticipée
    décote
    surcote
    taux plein
    cumul emploi-retraite
    retraite progressive
    emploi des seniors

Régimes spéciaux et équité public-privé:
    régimes spéciaux
    régimes particuliers
    six derniers mois
    6 derniers mois
    25 meilleures années
    meilleures années
    RATP
    cheminots
    retraite des élus
    retraite des parlementaires
    retraite des députés
    retraite des sénateurs

Réforme et système de retraite:
    réforme des retraites
    système universel
    régime universel
    retraite par points
    système par points
    régime unique
    caisse unique
    un seul régime
    une seule caisse
    fusion des régimes
    fusion des caisses
    simplifier les régimes
    multiplicité des régimes
    trop de régimes
    système par répartition
    capitalisation
    fonds de pension
    fonds de réserve
    épargne retraite
    PERP
    assurance vie
    financement des retraites
    équilibre des régimes
    déficit des caisses
    Delevoye

Démarches et caisses de retraite:
    Caisses et organismes:
        CARSAT
        CNAV
        CRAM
        assurance retraite
        caisse de retraite
        caisse de retraite complémentaire
        caisses complémentaires
        retraite complémentaire
        AGIRC
        ARRCO
        AGIRC-ARRCO
        MSA
        IRCANTEC
        CNRACL
        CIPAV
        service des retraites
        service des pensions
        SRE
        régime général
        régime de base
        régimes complémentaires
        polypensionné*
        poly-pensionnés
    Dossier, relevé de carrière et calcul:
        relevé de carrière
        liquidation de la retraite
        simulation de retraite
        estimation de la retraite
        montant de la retraite
        montant de la pension
        relevé de situation individuelle
        reconstitution de carrière
        historique de carrière
        régularisation de carrière
        dossier de retraite
        demande de retraite
        calcul de la retraite
        calcul de la pension
        calcul des droits
        droits à la retraite
        info-retraite
        lassuranceretraite
        points de retraite
        erreur de calcul
    Versement et suivi des pensions:
        premier versement
        versement de la retraite
        versement de la pension
        retard de versement
        retraite provisoire
        retraite définitive
        paiement de la pension
        retard de paiement
        conseiller retraite
        réunion d'information

Expérience des démarches de retraite:
    @questions: 194
    Satisfaction:
        satisfait
        satisfaite
        satisfaction
        satisfaisant*
        très bien
        bien passé
        bien fait
        fonctionne bien
        aucun problème
        aucune difficulté
        aucun souci
        rien à signaler
        efficace
        efficacité
        compétent
        rapide
        simple
        facile
        excellent*
        parfait*
        bon accueil
    Difficultés, délais et dossiers:
        difficulté
        difficile
        problème
        compliqué
        complexe
        complexité
        lenteur
        délai
        attente
        attendre
        long
        longue
        mois
        retard
        dossier
        documents
        justificatifs
        papiers
        plusieurs fois
        mêmes documents
        erreur
        perdu
        parcours du combattant
        manque d'information
        opacité
        incompréhensible
        changer les règles
    Contact, internet et accompagnement:
        accueil
        téléphone
        joindre
        injoignable*
        interlocuteur
        rendez-vous
        conseiller
        écoute
        internet
        en ligne
        site
        numérique
        courrier
        mail
        informations
        accompagnement
        organismes
        caisses
        interconnexion
        communication entre

Pension de réversion et veuvage:
    réversion
    pension de réversion
    veuve
    veuf
    veuvage
    conjoint survivant
    décès du conjoint

Femmes, enfants et carrières incomplètes:
    carrières hachées
    carrières incomplètes
    mères de famille
    majoration pour enfants
    trois enfants
    enfants élevés
    années d'études
    rachat de trimestres
    périodes de chômage
    travail à l'étranger

Personnes âgées et dépendance:
    maison de retraite
    EHPAD
    personnes âgées
    dépendance
    perte d'autonomie
    APA
    maintien à domicile
    aide à domicile
    grand âge
    vieillesse
    fin de vie
    "aidants"
    "aidant"

Générations et financement par les actifs:
    intergénérationnel*
    baby-boom*
    papy-boom
    vieillissement
    démographie
    espérance de vie
