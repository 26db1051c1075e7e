# Lexique : Organisation de l'État et des services publics
#
# Débat « Organisation de l'État et des services publics » du Grand Débat National (2019),
# questions 169 à 203 : services publics qui manquent dans les territoires, démarches en
# ligne, services qui ont évolué ou doivent évoluer, règles inutiles ou trop complexes,
# fonctionnement et formation de l'administration, territoires en difficulté, et les
# expériences vécues (formation, école, emploi, retraite, soins, handicap, entreprise,
# recrutement, paie, fin d'activité). S'applique aussi au thème Politizr « Services publics ».
#
# Écrit à partir de la lecture des vraies réponses (../shared/corpus/answers, Q172 à Q203) :
# des centaines de réponses lues par question, et les fréquences de mots et de paires de mots
# pour voir comment les gens disent les choses (« Pôle emploi », « carte grise », « maisons de
# services au public », « mille-feuille », « délais », « toujours les mêmes documents »,
# « pas d'interlocuteur », …).
#
# Attention : avec les accents ignorés, « poste » (La Poste) et « postes » (emplois) ont la
# même racine ; seule la forme exacte « poste » au singulier est rangée sous La Poste.
# « pas » et « sans » sont des mots vides : « pas de problème » se réduit à « problème », d'où
# seulement « aucun problème », « aucune difficulté » sous Satisfaction. « département » et
# « départ » ont la même racine, d'où le préfixe « département* ».

@name: Organisation de l'État et des services publics
@topics: Organisation de l'État et des services publics | Services publics | Autres

Services publics de proximité et territoires:
    service public
    Fermetures et éloignement:
        fermeture
        fermer
        ferment
        disparition
        disparaissent
        désertification
        désert
        éloignement
        éloigné*
        loin
        kilomètres
        km
        se déplacer
        regroupement des services
        centralisation des services
    Maisons de services au public et guichet unique:
        maison de services au public
        maisons de service
        MSAP
        guichet unique
        bus itinérant
        itinérant*
        permanence
        polyvalence
        polyvalent*
        mutualiser
    Zones rurales et petites villes:
        rural
        ruralité
        zones rurales
        milieu rural
        campagne
        village
        petites communes
        petites villes
        villes moyennes
    Quartiers et banlieues:
        quartiers
        banlieue*
        quartiers prioritaires
        cités
        zones urbaines sensibles
    Égalité des territoires:
        aménagement du territoire
        égalité des territoires
        égalité territoriale
        fracture territoriale
        territoires en difficulté
        territoires oubliés
        péréquation
        répartition des richesses
        solidarité entre les territoires
        territoire
        territorial
        acteurs de terrain
        terrain
        proximité

Santé et hôpital:
    Hôpitaux et urgences:
        hôpital
        hospitalier
        hospitalière
        urgences
        maternité*
        lits
        soignant*
        infirmi*
        personnel soignant
    Médecins et déserts médicaux:
        médecin
        médecins généralistes
        généraliste*
        spécialiste*
        déserts médicaux
        numerus clausus
        dentiste*
        kiné*
        pharmacie*
    Maisons de santé:
        maison de santé
        maisons médicales
        centres de santé
        télémédecine
        téléconsultation
    Assurance maladie et remboursements:
        santé
        soins
        CPAM
        assurance maladie
        caisse maladie
        sécurité sociale
        sécu
        "SS"
        CNAM
        carte vitale
        ameli
        remboursement
        mutuelle*
        complémentaire santé
        ALD
        tiers payant
        médecin traitant
        feuille de soins
        prise en charge
        dépassements d'honoraires
        lunettes
        soins dentaires
        appareils auditifs
        CMU
        AME

Éducation et école:
    éducation
    éducation nationale
    école
    scolaire
    Classes, effectifs et fermetures d'écoles:
        classe
        élèves par classe
        classes surchargées
        fermeture de classe
        écoles rurales
        dédoublement
        regroupement pédagogique
        RPI
        maternelle
        primaire
        collège
        lycée
        élève
    Enseignants et pédagogie:
        enseignant*
        professeur*
        instituteur*
        maîtres
        maître d'école
        remplacement
        remplaçant*
        non remplacement
        absences
        enseignement
        pédagogie
        programmes
        niveau scolaire
        rythmes scolaires
    Orientation, inscription et études supérieures:
        orientation
        Parcoursup
        APB
        carte scolaire
        inscription
        dérogation*
        études supérieures
        université*
        "fac"
        IUT
        BTS
        "facs"
        étudiant*
        bourse*
        CROUS
        concours
        grandes écoles
    Périscolaire, cantine et transport scolaire:
        périscolaire
        cantine*
        restauration scolaire
        transport scolaire
        ramassage scolaire
        garderie
        activités périscolaires
    Scolarisation des enfants handicapés:
        AVS
        AESH
        ULIS
        inclusion
        inclusion scolaire
        autiste*
        autisme
        éducation spécialisée

Emploi et Pôle emploi:
    Pôle emploi
    "ANPE"
    emploi
    emplois
    Recherche d'emploi et accompagnement:
        recherche d'emploi
        chercher un emploi
        trouver un emploi
        trouver du travail
        chômage
        chômeur*
        demandeur* d'emploi
        conseiller Pôle emploi
        conseillers Pôle emploi
        offres d'emploi
        annonces
        candidature*
        CV
        entretien d'embauche
        radiation
        indemnités
        allocation chômage
        intérim
        agences d'intérim
        APEC
        missions locales
    Âge, reconversion et discrimination à l'emploi:
        seniors
        "senior"
        50 ans
        plus de 50 ans
        âge
        trop vieux
        reconversion
        surdiplômé*
        qualification*
        diplôme*

Formation professionnelle:
    formation
    Financement et dispositifs de formation:
        formation professionnelle
        formation continue
        CPF
        compte personnel de formation
        DIF
        Fongecif
        OPCA
        OPCO
        bilan de compétences
        "VAE"
        validation des acquis
        AFPA
        CNFPT
        organisme* de formation
        centre* de formation
        plan de formation
        financement de la formation
        prise en charge de la formation
    Apprentissage et alternance:
        apprentissage
        apprenti*
        alternance
        CFA
        stage
        stagiaire*
        tutorat
    Orientation professionnelle:
        orientation professionnelle
        conseiller d'orientation
        conseillers d'orientation
        CIO
        métiers

Retraite:
    retraite
    retraité*
    Caisses de retraite:
        CARSAT
        CNAV
        CRAM
        assurance retraite
        caisse de retraite
        caisses complémentaires
        complémentaire*
        AGIRC
        ARRCO
        AGIRC-ARRCO
        MSA
        IRCANTEC
        CNRACL
        info-retraite
        régimes de retraite
        multiplicité des régimes
    Dossier de retraite et relevé de carrière:
        relevé de carrière
        reconstitution de carrière
        historique de carrière
        carrière
        trimestres
        calcul
        points de retraite
        simulation*
        simulateur*
        liquidation
        pension
        réversion
        départ à la retraite
        dossier de retraite
        erreur de calcul

Handicap et dépendance:
    handicap
    handicapé*
    Maison départementale des personnes handicapées (MDPH):
        MDPH
        maison départementale des personnes handicapées
        AAH
        RQTH
        reconnaissance de travailleur handicapé
        carte d'invalidité
        carte mobilité inclusion
        carte de stationnement
        PCH
        prestation de compensation
        taux d'incapacité
        invalidité
    Emploi des personnes handicapées:
        Cap emploi
        AGEFIPH
        FIPHFP
        ESAT
        travailleur handicapé
        emploi des personnes handicapées
        obligation d'emploi
        quota de 6
        aménagement de poste
        accessibilité
    Personnes âgées et dépendance:
        personnes âgées
        EHPAD
        maison de retraite
        dépendance
        APA
        maintien à domicile
        aide à domicile
        auxiliaire* de vie
        aidant*
        grand âge
        fin de vie

Entreprises et employeurs:
    entreprise
    Création d'entreprise:
        création d'entreprise
        créer une entreprise
        SARL
        SAS
        EURL
        SASU
        auto-entrepreneur
        micro-entreprise
        micro entrepreneur
        chambre de commerce
        CCI
        chambre des métiers
        CMA
        centre de formalités
        CFE
        greffe
        tribunal de commerce
        Kbis
        immatriculation
        formalités
        business plan
        ACCRE
        BPI
    URSSAF, RSI et charges:
        URSSAF
        RSI
        sécurité sociale des indépendants
        SSI
        charges
        charges sociales
        charges patronales
        cotisations
        cotisations sociales
        DSN
        déclaration sociale nominative
        indépendant*
        artisan*
        commerçant*
        TPE
        PME
        professions libérales
        expert-comptable
        comptable
        comptabilité
    Recrutement et embauche:
        recruter
        embauche
        contrat de travail
        CDD
        CDI
        période d'essai
        code du travail
        prud'hommes
        licenciement
        DIRECCTE
        inspection du travail
        médecine du travail
        candidats
        main d'oeuvre
    Paie et rémunération:
        fiche de paie
        fiche de paye
        bulletin de salaire
        bulletin de paie
        salaire
        rémunération
        CESU
        chèque emploi
        chèque emploi service
        Pajemploi
        TESE
        prélèvement à la source
        heures supplémentaires
        primes
        gratification*
        logiciel*
    Fin d'activité et transmission:
        cessation d'activité
        cessation
        fin d'activité
        liquidation judiciaire
        dépôt de bilan
        faillite
        transmission
        cession
        fermeture de l'entreprise
        annonces légales
        journal d'annonces légales

Démarches en ligne et numérique:
    Démarches en ligne:
        internet
        en ligne
        site
        site internet
        dématérialisation
        dématérialisé*
        numérique
        numériser
        digital
        informatique
        informatisation
        démarches en ligne
        télédéclaration
        télé-déclaration
        formulaire en ligne
        espace personnel
        compte en ligne
        FranceConnect
        France Connect
        identifiant*
        mot de passe
        "appli"
        smartphone
        mail
        email
        courriel*
        prise de rendez-vous
        rendez-vous en ligne
        paiement en ligne
        signature électronique
        visioconférence
        chat
    Papiers d'identité, permis et carte grise:
        carte d'identité
        carte nationale d'identité
        CNI
        passeport
        permis de conduire
        permis
        carte grise
        certificat d'immatriculation
        ANTS
        état civil
        acte de naissance
        extrait
        préfecture
        sous-préfecture
        titre de séjour
        papiers d'identité
        papiers
    Impôts et services fiscaux:
        impôts
        impot.gouv
        déclaration de revenus
        déclaration d'impôt
        services fiscaux
        service des impôts
        centre des impôts
        DGFIP
        trésor public
        finances publiques
        finances
        trésorerie
        fisc
        fiscal
        taxe
        timbre* fiscal*
        timbres fiscaux
        amendes
    Fracture numérique et contact humain:
        fracture numérique
        illectronisme
        illettrisme
        pas d'ordinateur
        accès à internet
        contact humain
        humain
        physique
        face à face
        interlocuteur
        vraie personne
        personne physique
        téléphone
        joindre
        injoignable*
        plateforme téléphonique
        numéro surtaxé
        numéros surtaxés
        standard
        répondeur
        serveur vocal
    Vote électronique:
        vote électronique
        vote par internet
        vote en ligne
        vote

Simplification administrative:
    simplifier
    simplification
    simplicité
    simple
    Complexité et paperasse:
        complexité
        complexe
        compliqué
        compliquée
        paperasse*
        lourdeur
        lourd
        formulaire
        Cerfa
        imprimé*
        dossier
        justificatif*
        pièces justificatives
        pièces
        justificatif de domicile
        documents
        photocopie*
        exemplaires
        plusieurs fois
        mêmes documents
        mêmes informations
        mêmes papiers
        redemander
        redemandé*
        remplir
        bureaucratie
        démarches administratives
        procédure*
        incompréhensible*
        illisible
        jargon
    Délais et lenteurs:
        délai
        lenteur
        lent
        attente
        attendre
        file d'attente
        temps d'attente
        mois
        semaines
        rapidité
        rapide
        retard
        réactivité
    Urbanisme et permis de construire:
        permis de construire
        urbanisme
        déclaration préalable
        déclaration de travaux
        PLU
        cadastre
        architecte des bâtiments de France
        ABF
        construire
        construction
        travaux
        assainissement
        lotissement
        garage
        clôture
    Normes et réglementation:
        norme
        mise aux normes
        réglementation
        réglementaire*
        règle
        trop de lois
        lois
        loi
        législation
        obligation
        contrôle
        autorisation
        agrément
        limitation de vitesse
        80 km/h
    Partage des données entre administrations:
        dites-le nous une fois
        partage des données
        échange d'informations
        échange de données
        croisement des fichiers
        fichier
        fichier central
        base de données
        identifiant unique
        numéro unique
        dossier unique
        déjà connues
        déjà en possession
        communiquer entre elles
        entre administrations
        entre services
    Droit à l'erreur:
        droit à l'erreur
        bonne foi
        erreur
        pénalité*
        majoration*
        redressement
        trop perçu
        indu
        sanction

Fonctionnement et formation de l'administration:
    administration
    Fonctionnaires et statut:
        fonctionnaire
        fonction publique
        statut de fonctionnaire
        statut
        emploi à vie
        sécurité de l'emploi
        privé
        secteur privé
        mérite
        évaluation
        absentéisme
        arrêts maladie
        primes au mérite
        salaire au mérite
        avancement
        motivation
        motivé*
        démotivé*
    Formation et compétences des agents:
        formation des agents
        formation des fonctionnaires
        former les agents
        compétences
        incompétence
        incompétent*
        ENA
        énarques
        haute fonction publique
        hauts fonctionnaires
        connaissances
    Management, hiérarchie et autonomie:
        hiérarchie
        hiérarchique*
        management
        manager*
        encadrement
        chefs
        cadres
        niveaux hiérarchiques
        responsabilisation
        autonomie
        initiative
        fonctionnaires de terrain
        agents de terrain
        confiance
        bon sens
        souplesse
        rigidité
        cloisonnement
        silos
        culture du résultat
        objectifs
        efficacité
        efficace
        inefficacité
        inefficace
    Accueil et relation avec les usagers:
        accueil
        accueillant*
        usager
        usagers
        client
        écoute
        amabilité
        aimable
        politesse
        courtoisie
        mépris
        arrogance
        horaires
        horaires d'ouverture
        ouverture le samedi
        samedi
        le soir
        guichet
        interlocuteur unique
        un seul interlocuteur
        qualité de service
        service rendu
        agents
    Information des usagers:
        information
        renseignement
        accès aux droits
        connaître ses droits
        droits
        explication*
        expliquer
        transparence
    Moyens et effectifs:
        moyens
        manque de moyens
        manque de personnel
        personnel
        sous-effectif
        suppression de postes
        "postes"
        "effectifs"
        manque d'effectifs
        budget

Organisation de l'État et des collectivités:
    Mille-feuille et échelons:
        mille-feuille
        millefeuille
        millefeuille administratif
        doublon*
        échelon*
        strate
        trop d'échelons
        fusion
        regroupement*
        intercommunalité*
        communauté de communes
        communauté d'agglomération
        métropole*
        département*
        région
        régional
        grandes régions
        supprimer les départements
        suppression des départements
        communal
        "commune"
        "communes"
        mairie
        canton*
    Décentralisation et compétences:
        décentralisation
        déconcentration
        déconcentré*
        transfert de compétences
        répartition des compétences
        clarifier les compétences
        subsidiarité
        collectivités
        collectivités territoriales
        collectivités locales
        préfet
        État central
        centralisation
        centralisé*
        jacobin*
        Paris
        parisien*
        régalien*
        missions
    Agences, organismes et coût de l'État:
        agences
        organismes
        comités
        comités Théodule
        hautes autorités
        autorités administratives
        commission
        trop de fonctionnaires
        nombre de fonctionnaires
        coût
        dépenses
        gaspillage
        économies
        train de vie
        élus
        sénat
        députés
        parlementaires
        ministères
        ministres
    Privatisation et logique de rentabilité:
        privatisation
        privatisé*
        rentabilité
        rentable
        logique comptable
        concurrence
        marchandisation

Démocratie et participation des citoyens:
    RIC
    référendum
    démocratie participative
    démocratie directe
    consultation
    consulter les citoyens
    participation des citoyens
    débat
    grand débat
    élections
    citoyens tirés au sort

Transports et mobilité:
    transport
    transports en commun
    transports publics
    bus
    cars
    train
    gare
    SNCF
    petites lignes
    TER
    routes
    état des routes
    mobilité
    covoiturage
    transport à la demande
    permis à points

La Poste et services de proximité:
    "poste"
    bureau de poste
    agence postale
    facteur
    courrier
    colis
    lettre recommandée
    banque postale
    distributeur
    commerce de proximité

Sécurité, police et justice:
    Police et gendarmerie:
        police
        policier*
        gendarmerie
        gendarme*
        forces de l'ordre
        commissariat*
        police de proximité
        police municipale
        sécurité
        insécurité
        dépôt de plainte
        plainte
        délinquance
    Justice:
        justice
        tribunal
        juge
        JAF
        magistrat*
        avocat*
        aide juridictionnelle
        procès
        délais de justice
        prison*

Aides sociales et CAF:
    CAF
    caisse d'allocations familiales
    allocations familiales
    allocation*
    APL
    aide au logement
    RSA
    prime d'activité
    aides sociales
    prestations sociales
    minima sociaux
    assistante sociale
    travailleurs sociaux
    services sociaux
    CCAS
    action sociale
    logement social
    HLM
    logement
    SDF
    précarité
    pauvreté

Petite enfance et familles:
    crèche*
    garde d'enfants
    mode de garde
    assistante* maternelle*
    nounou*
    halte-garderie
    PMI
    protection de l'enfance
    ASE
    aide sociale à l'enfance
    famille
    parents
    enfant
    congé parental

Culture, sport et loisirs:
    culture
    culturel*
    bibliothèque*
    médiathèque*
    musée*
    cinéma*
    théâtre*
    piscine*
    sport
    sportif*
    équipements sportifs
    associations
    loisirs
    jeunesse

Réseaux et couverture numérique:
    zones blanches
    couverture mobile
    réseau mobile
    réseau téléphonique
    haut débit
    fibre
    fibre optique
    ADSL
    couverture réseau
    couverture internet
    4G
    débit
    connexion
    électricité
    EDF
    Enedis
    eau
    assainissement collectif

Satisfaction et difficultés rencontrées:
    Satisfaction:
        satisfait
        satisfaite
        satisfaction
        satisfaisant*
        très bien
        bien passé
        ça marche bien
        fonctionne bien
        bien fait
        bien fonctionné
        efficacité du service
        aucun problème
        aucune difficulté
        aucun souci
        rien à signaler
        bon accueil
        excellent*
        parfait*
        impeccable
        progrès
        amélioration
        amélioré*
        positif
        facilité
        facile
        fluide
    Difficultés et mécontentement:
        difficulté
        difficile
        problème
        insatisfaction
        insatisfait*
        mécontent*
        galère
        débrouill*
        livré à moi-même
        aucun accompagnement
        parcours du combattant
        kafkaïen
        ubuesque
        catastrophe
        scandale
        honte
        inadmissible
        aucune réponse
        aucune aide
        aucun suivi
        manque d'information
        mal informé*
        dégradé*
        dégradation
        pire
        négatif
        refus
        refusé*
        perdu
        perdus
