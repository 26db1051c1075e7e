# Lexique : Handicap
#
# Thème « Handicap » de Politizr, et ce que les réponses du Grand Débat National (2019) disent
# du handicap dans le débat « Organisation de l'État et des services publics » (question 196 :
# demande d'aide pour une situation de handicap ; question 203 : recruter une personne en
# situation de handicap ; et les mentions dans les autres questions). Ce lexique s'applique à
# tout ce débat : ses entrées restent propres au handicap et à la dépendance (pas de
# « délais » ou de « dossier » seuls, qui sont partout).
#
# Écrit à partir de la lecture des vraies réponses (../shared/corpus/answers, Q196 et Q203
# surtout, et les mentions dans Q165, Q172, Q192, Q195) : « dossier MDPH », « carte de
# stationnement », « RQTH », « AAH », « parcours du combattant », « refaire un dossier complet
# tous les 5 ans », « AVS », « AGEFIPH », « aidants », …
#
# Précision relue par l'équipe (lecture interne, pas un codage indépendant), 2026-12-06 : reviews/handicap.md
#   Handicap et personnes handicapées : 1.00 (20/20)
#   Maison départementale des personnes handicapées (MDPH) : 1.00 (20/20)
#   Expérience des demandes et du recrutement : 0.95 (19/20)
#   Allocations et prestations : 1.00 (20/20)
#   Cartes et stationnement : 1.00 (20/20)
#   Enfants handicapés et scolarisation : 0.95 (19/20)
#   Emploi et recrutement des travailleurs handicapés : 0.95 (19/20)
#   Accessibilité et vie quotidienne : 0.90 (18/20)
#   Aidants, dépendance et établissements : 0.90 (18/20)
#   Handicaps psychiques et maladies invalidantes : 0.80 (16/20)

@name: Handicap
@topics: Handicap | Organisation de l'État et des services publics | Autres

Handicap et personnes handicapées:
    handicap
    handicapé*
    situation de handicap
    personnes handicapées
    porteur de handicap
    porteuse de handicap
    "PH"
    "invalide"
    "invalides"
    invalidité

Maison départementale des personnes handicapées (MDPH):
    MDPH
    MDA
    maison départementale des personnes handicapées
    maison du handicap
    maison des personnes handicapées
    COTOREP
    CDAPH
    commission des droits
    Reconnaissance et taux d'incapacité:
        reconnaissance du handicap
        reconnu handicapé
        reconnue handicapée
        taux d'incapacité
        taux d'invalidité
        taux de handicap
        taux de 80
        RQTH
        reconnaissance de la qualité de travailleur handicapé
        reconnaissance de travailleur handicapé
        dossier MDPH
        certificat médical MDPH
        médecin de la MDPH
    Renouvellements et droits à vie:
        droits à vie
        attribution à vie
        handicap à vie
        handicap définitif
        handicap irréversible
        handicap permanent
        maladie incurable
        renouvellement de la reconnaissance
        renouvellement de l'AAH
        renouvellement de la RQTH
        refaire tout le dossier
        prouver son handicap
        justifier son handicap
        toujours handicapé

Expérience des demandes et du recrutement:
    @questions: 196 | 203
    Délais et lenteurs:
        délai
        attente
        attendre
        mois
        lenteur
        long
        longue
        retard
        temps de traitement
        traitement du dossier
    Dossiers, complexité et difficultés:
        difficulté
        difficile
        problème
        dossier
        documents
        justificatifs
        certificat*
        formulaire*
        Cerfa
        paperasse*
        complexe
        complexité
        compliqué
        lourd
        lourdeur
        parcours du combattant
        plusieurs fois
        refaire
        humiliant*
        prouver
        justifier
        refus
        refusé*
        recours
    Aides, accompagnement et interlocuteurs:
        "aide"
        "aides"
        aide financière
        accompagnement
        assistante sociale
        conseil départemental
        conseil général
        département*
        CAF
        sécurité sociale
        médecin
        interlocuteur
        guichet unique
        écoute
        information
    Recrutement et employeurs:
        @questions: 203
        embauche
        recruter
        candidat*
        employeur*
        entreprise
        poste
        subvention*
        prime
        charges
    Satisfaction:
        satisfait
        satisfaite
        satisfaction
        satisfaisant*
        très bien
        bien passé
        aucun problème
        aucune difficulté
        efficace
        rapide
        simple
        excellent*
        génial*

Allocations et prestations:
    AAH
    allocation adulte handicapé
    PCH
    prestation de compensation
    prestation de compensation du handicap
    AEEH
    allocation d'éducation de l'enfant handicapé
    pension d'invalidité
    ACTP
    MTP
    majoration pour la vie autonome
    complément de ressources
    ressources du conjoint
    revenus du conjoint
    salaire du conjoint
    ressources du ménage
    revenus du couple
    déconjugalisation
    conjugalisation
    montant de l'AAH
    AAH à 900

Cartes et stationnement:
    carte d'invalidité
    carte de stationnement
    carte mobilité inclusion
    CMI
    carte handicapé
    carte handicapée
    carte de priorité
    carte européenne de stationnement
    macaron
    carte de parking
    aide au stationnement
    places handicapées
    places réservées
    stationnement handicapé

Enfants handicapés et scolarisation:
    enfant handicapé
    enfant en situation de handicap
    AVS
    assistante de vie scolaire
    AESH
    auxiliaire de vie scolaire
    accompagnant d'élèves
    ULIS
    CLIS
    IME
    SESSAD
    CAMSP
    CMPP
    école inclusive
    inclusion scolaire
    scolarisation des enfants handicapés
    autisme
    autiste*
    troubles autistiques
    TSA
    troubles dys
    dyslexie
    dyslexique*
    dyspraxi*
    TDAH
    hyperactivité
    pédopsychiatre*
    pédopsy*
    orthophoniste*
    psychomotricien*
    éducation spécialisée
    enseignant référent

Emploi et recrutement des travailleurs handicapés:
    travailleur handicapé
    travailleur en situation de handicap
    salarié handicapé
    AGEFIPH
    AGEFIP
    FIPHFP
    Cap emploi
    SAMETH
    ESAT
    CAT
    entreprise adaptée
    obligation d'emploi
    OETH
    quota de 6
    contribution AGEFIPH
    aménagement de poste
    poste adapté
    adapter le poste
    reclassement (0.5)             # « reclassement » des chômeurs à Pôle emploi : avec un second indice
    inaptitude (0.5)
    inapte (0.5)
    embaucher une personne handicapée
    recruter une personne handicapée
    emploi des personnes handicapées

Accessibilité et vie quotidienne:
    accessibilité (0.5)            # « l'accessibilité » des services publics, des soins, des formations
    accessibilité NEAR/5 handicap*
    accès aux bâtiments
    bâtiments accessibles
    lieux accessibles
    mise en accessibilité
    normes d'accessibilité
    fauteuil roulant
    chaise roulante
    fauteuil électrique
    fauteuil
    mobilité réduite
    PMR
    rampe*
    transports adaptés
    logement adapté
    aménagement du logement
    adaptation du logement
    travaux d'adaptation
    matériel adapté
    appareillage*
    aides techniques
    "sourds" NOT NEAR/2 dialogue   # « dialogue de sourds », « sourde aux attentes »
    personnes sourdes
    sourds-muets
    malentendant*
    langue des signes
    LSF
    "aveugles"                     # « tiers payant aveugle »
    personne aveugle
    malvoyant*
    non-voyant*
    braille

Aidants, dépendance et établissements:
    "aidants"                      # pas « aidant » seul : « en aidant », « très aidant »
    proche aidant
    statut d'aidant
    aidant familial
    "répit"
    CLIC NOT en un clic NOT en 1 clic NOT un simple clic
    auxiliaire de vie
    tierce personne
    aide humaine
    "dépendance"                   # le mot seul a la racine de « dépend », « aux dépens »
    "dépendances"
    personnes dépendantes
    "dépendantes"
    perte d'autonomie
    APA
    allocation personnalisée d'autonomie
    GIR
    personnes âgées dépendantes
    Alzheimer
    maintien à domicile
    aide à domicile
    SSIAD
    EHPAD
    MAS
    FAM
    foyer d'accueil médicalisé
    établissement spécialisé
    places en établissement
    curatelle
    mesure de tutelle
    juge des tutelles
    mandataire judiciaire

Handicaps psychiques et maladies invalidantes:
    handicap psychique
    handicap mental
    handicap moteur
    handicap sensoriel
    handicap invisible
    polyhandicap*
    trisomie
    trisomique*
    maladie mentale
    troubles psychiques
    schizophrén*
    bipolaire*
    sclérose en plaques
    fibromyalgie
    maladie rare
    maladie invalidante
    maladie chronique
    myopathie
    paralysie
    paraplégique*
    tétraplégique*
    hémiplégique*
    AVC
    amputé* NOT NEAR/4 retraite* NOT NEAR/4 budget*
    accident du travail
    maladie professionnelle
