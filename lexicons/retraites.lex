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
#
# Précision relue par l'équipe (lecture interne, pas un codage indépendant), 2026-12-06 : reviews/retraites.md
#   Retraite et retraités : 0.85 (17/20)
#   Montant des pensions et pouvoir d'achat : 1.00 (20/20)
#   Fiscalité des retraités : 0.90 (18/20)
#   Âge de départ et durée de cotisation : 0.80 (16/20)
#   Régimes spéciaux et équité public-privé : 0.90 (18/20)
#   Réforme et système de retraite : 0.80 (16/20)
#   Démarches et caisses de retraite : 0.85 (17/20)
#   Expérience des démarches de retraite : 1.00 (20/20)
#   Pension de réversion et veuvage : 0.95 (19/20)
#   Femmes, enfants et carrières incomplètes : 1.00 (20/20)
#   Personnes âgées et dépendance : 0.95 (19/20)
#   Générations et financement par les actifs : 0.80 (16/20)

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
    # Audit 2026-12-06 : « départ à la retraite », « prendre sa retraite », « trimestres » seuls et
    # « 60 ans » seuls donnaient surtout le récit des démarches (Q194) ou un âge sans rapport.
    âge de départ
    âge légal
    âge de la retraite
    départ à la retraite NEAR/4 "âge"
    partir à la retraite NEAR/4 "âge"
    partir à la retraite NEAR/3 "tôt"
    partir à la retraite NEAR/3 "tard"
    départ anticipé
    date de départ NEAR/6 retraite
    choix de la date de départ
    62 ans NEAR/6 retraite
    60 ans NEAR/6 retraite
    64 ans NEAR/6 retraite
    65 ans NEAR/6 retraite
    67 ans NEAR/6 retraite
    70 ans NEAR/6 retraite
    recul de l'âge
    repousser l'âge
    travailler plus longtemps
    trimestres requis
    trimestres nécessaires
    trimestres cotisés
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
    # Audit 2026-12-06 : « RATP » seule (transport, entreprise), « régime spécial » (régime
    # alimentaire), « 6 derniers mois » (délai) et « régime particulier » étudiant donnaient du bruit.
    "régimes spéciaux"
    "régime spécial" NEAR/10 retraite
    "régime spécial" NEAR/10 fonctionnaire*
    régimes particuliers NOT étudiant*
    six derniers mois NEAR/10 calcul*
    6 derniers mois NEAR/10 calcul*
    six derniers mois NEAR/10 retraite
    6 derniers mois NEAR/10 retraite
    25 meilleures années
    meilleures années
    RATP NEAR/10 retraite
    RATP NEAR/10 "régime"
    RATP NEAR/10 "régimes"
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
    # Audit 2026-12-06 : « régime unique », « une seule caisse », « fusion des caisses » et
    # « capitalisation » parlaient aussi de TVA, de paie, d'assurance maladie, d'information.
    régime unique NOT tva NOT NEAR/10 maladie NOT NEAR/10 mutuelle*
    caisse unique NOT NEAR/8 charges NOT NEAR/8 patronal* NOT NEAR/10 maladie
    un seul régime NOT NEAR/10 maladie NOT NEAR/10 mutuelle* NOT NEAR/6 obligatoire
    une seule caisse NOT NEAR/8 charges NOT NEAR/8 patronal* NOT NEAR/10 maladie
    fusion des régimes
    fusion des caisses NOT NEAR/4 maladie
    simplifier les régimes NEAR/8 retraite
    multiplicité des régimes NEAR/8 retraite
    trop de régimes NEAR/8 retraite
    système par répartition
    capitalis* NEAR/10 retraite
    capitalis* NEAR/10 pension
    capitalis* NEAR/10 répartition
    fonds de pension NOT maison de retraite NOT ehpad
    fonds de réserve
    épargne retraite
    PERP
    assurance vie NEAR/10 retraite
    financement des retraites
    équilibre des régimes
    déficit des caisses
    Delevoye
    Trop de régimes (Q194):
        # Audit 2026-12-06 : hors de la question 194 (préparer sa retraite), « trop de régimes »
        # parle aussi de santé et de mutuelles.
        @questions: 194
        simplifier les régimes
        multiplicité des régimes
        trop de régimes

Démarches et caisses de retraite:
    Caisses et organismes:
        CARSAT
        CNAV
        CRAM
        assurance retraite
        caisse de retraite NOT NEAR/10 urssaf NOT NEAR/10 ursaf
        caisse de retraite complémentaire
        caisses complémentaires
        retraite complémentaire
        AGIRC
        ARRCO
        AGIRC-ARRCO
        MSA NEAR/8 retraite
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
        retard de paiement NEAR/6 pension
        retard de paiement NEAR/6 retraite
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
    # Audit 2026-12-06 : la racine de « réversion » prend « reverser », « reversement » : forme exacte.
    "réversion"
    pension de réversion
    veuve
    veuf
    veuvage
    conjoint survivant
    décès du conjoint

Femmes, enfants et carrières incomplètes:
    # Audit 2026-12-06 : « périodes de chômage », « mères de famille », « trois enfants » seuls
    # parlaient surtout de chômage et de formation (Q191, Q193) : ils demandent la retraite à côté.
    carrières hachées
    carrières incomplètes
    majoration pour enfants
    trimestres pour enfants
    rachat de trimestres
    rachat NEAR/4 trimestre*
    mères de famille NEAR/10 retraite
    mères de famille NEAR/10 pension
    trois enfants NEAR/10 retraite
    trois enfants NEAR/10 pension
    enfants élevés NEAR/10 retraite
    années d'études NEAR/10 retraite
    années d'études NEAR/10 trimestre*
    périodes de chômage NEAR/10 retraite
    périodes de chômage NEAR/10 trimestre*
    travail à l'étranger NEAR/10 retraite

Personnes âgées et dépendance:
    maison de retraite
    EHPAD
    personnes âgées
    "dépendance"
    perte d'autonomie
    APA
    maintien à domicile
    aide à domicile
    grand âge
    vieillesse NOT NEAR/2 assurance
    fin de vie
    "aidants"
    "aidant"

Générations et financement par les actifs:
    # Audit 2026-12-06 : « intergénérationnel » seul (binôme, échanges, logements) et « démographie »
    # des territoires donnaient du bruit : la solidarité entre générations, la démographie du grand âge.
    intergénérationnel* NEAR/3 solidarit*
    intergénérationnel* NEAR/3 entraide
    intergénérationnel* NEAR/3 équit*
    intergénérationnel* NEAR/3 pacte
    solidarité entre les générations
    solidarité entre générations
    baby-boom*
    papy-boom
    # Audit 2026-12-06 : la racine de « vieillissement » prend « vieille », « vieillir » ; celle de
    # « démographie », « démographique » (l'essor d'une zone) : le vieillissement de la population.
    "vieillissement"
    population vieillissante
    société vieillissante
    France vieillit
    "démographie" NEAR/10 vieill*
    "démographie" NEAR/10 retraite
    "démographie" NEAR/10 "âge"
    "démographie" NEAR/10 âgées
    démographique NEAR/4 vieill*
    choc démographique
    évolution démographique
    pyramide des âges
    espérance de vie NOT NEAR/5 écart* NOT NEAR/5 inégal*
