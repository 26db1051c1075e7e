# Lexique : Démocratie et citoyenneté
#
# Débat « Démocratie et citoyenneté » du Grand Débat National (2019), questions 107 à 145 :
# représentation et confiance, lien entre élus et citoyens, mode de scrutin, vote blanc et
# participation, référendums (RIC, RIP), démocratie participative, argent public, Sénat et CESE,
# laïcité, valeurs de la République, engagement citoyen, civisme et incivilités,
# discriminations, immigration et intégration (questions 141 à 144).
#
# Écrit à partir de la lecture des vraies réponses (../shared/corpus/answers, Q107 à Q144) :
# des centaines de réponses lues par question, et les fréquences de mots et de paires de mots
# pour voir comment les gens disent les choses (« élus locaux », « dose de proportionnelle »,
# « tirage au sort », « montrer l'exemple », « travaux d'intérêt général », …).
#
# Attention au raciniseur (Snowball) : « élu » et « élus » n'ont pas la même racine (le -s
# après -u n'est pas retiré), d'où les deux entrées ; « parti » et « partis » tombent sur la
# racine de « part », d'où les formes exactes entre guillemets ; « pétition » et « petit »,
# « parlement » et « parler », « voile » et « voilà », « faciès » et « face » ont la même racine,
# d'où les formes exactes. Les négations (« pas », « sans », « ni ») sont des mots vides : une
# expression comme « pas de respect » se réduit à « respect ».

@name: Démocratie et citoyenneté
@topics: Démocratie et citoyenneté | Autres

Élus et représentants de confiance:
    Maires et élus locaux:
        maire
        élus locaux
        élu local
        élus de proximité
        conseiller* municipa*
        conseil municipal
        petites communes
        "commune"
        "communes"
        communal
        municipal
        municipalité
    Députés et parlementaires:
        député
        sénateur
        parlementaire
    Président et gouvernement:
        président de la République
        président
        gouvernement
        ministre
        premier ministre
    Élus en général:
        élu
        élus
        "représentant"
        "représentants"
        représentants élus
        suffrage universel
    Confiance et défiance envers les politiques:
        confiance
        plus personne
        confiance à personne
        aucun élu
        aucun politique
        défiance
        méfiance
        déconnecté*
        politicien*
        classe politique
        caste
        "oligarchie"

Corps intermédiaires et société civile:
    Associations et ONG:
        association
        ONG
        fondation
        monde associatif
        tissu associatif
    Syndicats et organisations professionnelles:
        syndicat
        syndical
        organisations professionnelles
        chambre* de commerce
        chambre d'agriculture
        ordre professionnel
        patronat
    Société civile et experts:
        société civile
        corps intermédiaires
        scientifique*
        expert
        médecin
        chercheur*
        militaire
        gilets jaunes

Exemplarité et moralisation de la vie politique:
    Honnêteté et exemplarité des élus:
        exemplaire
        exemplarité
        honnête
        honnêteté
        intégrité
        irréprochable
        probité
        éthique
        casier judiciaire
        casier vierge
        corruption
        corrompu
        malhonnête*
        mensonge
        menteur
    Privilèges et rémunération des élus:
        privilège
        avantages des élus
        indemnité*
        salaire des élus
        rémunération des élus
        train de vie
        frais de représentation
        notes de frais
        retraite des élus
        réserve parlementaire
        gaspillage
    Respect des promesses et du programme:
        promesse
        promesses électorales
        programme électoral
        tenir leurs engagements
        respecter leurs engagements
        tenir parole
    Lobbies et conflits d'intérêts:
        lobby
        lobbies
        lobbying
        conflit d'intérêts
        conflits d'intérêts
        clientélisme
        intérêts personnels
        intérêts particuliers
        copinage
        népotisme
    Révocation et sanction des élus:
        révocation
        révoquer
        révocatoire
        destituer
        inéligible
        inéligibilité
        démission
        démissionner

Lien entre élus et citoyens:
    Écoute et dialogue:
        écoute
        dialogue
        échange
        concertation
        considération
        mépris
        arrogance
    Réunions et rencontres:
        réunion
        réunions publiques
        rencontre
        permanence
        porte-à-porte
        assemblée* de quartier
        conseil* de quartier
        débats locaux
    Faire remonter les préoccupations:
        faire remonter
        remonter
        remontée
        relayer
        "relais"
        porte-parole
        préoccupations
        besoins des citoyens
        attentes des citoyens
        aspirations
        défendre les intérêts
    Proximité et présence sur le terrain:
        proximité
        terrain
        proche des citoyens
        proche des gens
        proche du peuple
        réalité du terrain
        quotidien des citoyens
        vie réelle
        accessible
        disponible
    Transparence et compte rendu:
        transparence
        rendre compte
        compte rendu
        comptes rendus
        bilan
        informer
        expliquer
        pédagogie

Mandats et nombre d'élus:
    Cumul et limitation des mandats:
        cumul
        non-cumul
        nombre de mandats
        limiter les mandats
        mandat unique
        mandats successifs
        deux mandats
        un seul mandat
        mandat
    Réduction du nombre d'élus et d'échelons:
        nombre d'élus
        nombre de députés
        nombre de sénateurs
        nombre de parlementaires
        réduire le nombre
        diminuer le nombre
        moins d'élus
        trop d'élus
        millefeuille
        mille-feuille
        échelon*
        strate
        conseillers départementaux
        conseillers régionaux
        intercommunalité*
        communauté* de communes
        fusion des communes
    Statut de l'élu et professionnalisation:
        statut de l'élu
        professionnel de la politique
        professionnalisation
        carrière politique
        politique professionnelle
        carriériste*

Mode de scrutin et pluralisme:
    Proportionnelle:
        proportionn*
        proportionel*
        dose de proportionnelle
    Partis politiques et opposition:
        "parti"
        "partis"
        partis politiques
        opposition
        majorité présidentielle
        "extrêmes"
        extrême droite
        extrême gauche
        extrémis*
        "droite"
        sensibilités politiques
        pluralisme
        pluralité
        RN
        FN
        LFI
        LREM
        "gauche"
    Scrutin et découpage électoral:
        scrutin
        "majoritaire"
        scrutin majoritaire
        uninominal
        jugement majoritaire
        circonscription
        découpage
        deux tours
        second tour
        premier tour
        liste
    Parité:
        parité
        paritaire
        binôme

Vote et participation électorale:
    Vote blanc:
        vote blanc
        reconnaissance du vote blanc
        reconnaître le vote blanc
        bulletin blanc
        blanc
        "nul"
        "nuls"
        votes nuls
    Vote obligatoire:
        vote obligatoire
        obligation de voter
        devoir de voter
    Abstention et participation:
        abstention
        abstentionniste*
        taux de participation
        participation électorale
        participation aux élections
        participer au vote
    Modalités de vote:
        vote électronique
        vote par internet
        vote en ligne
        "procuration"
        "procurations"
        vote à distance
        vote par correspondance
        dimanche
        jour férié
        semaine
        carte électorale
        inscription
        listes électorales
        machine* à voter
    Élections et voter:
        vote
        élection
        électeur
        électoral
        urne
        campagne électorale
        voix
        suffrage

Référendums et initiative citoyenne:
    Référendum d'initiative citoyenne (RIC):
        RIC
        référendum d'initiative citoyenne
        initiative citoyenne
        initiative populaire
        référendum d'initiative populaire
        "pétition"
        "pétitions"
        signature
    Référendum d'initiative partagée (RIP):
        RIP
        initiative partagée
        référendum d'initiative partagée
    Référendum et votation:
        référendum
        référendaire
        votation
        référendum local
        plébiscite
        Suisse
        démocratie directe

Démocratie participative et consultations:
    Consultations et questionnaires:
        consulter
        questionnaire
        sondage
        grand débat
        débat
        cahier* de doléances
        doléances
        avis des citoyens
        demander l'avis
        donner son avis
        enquête
        vote citoyen
    Consultations en ligne et numérique:
        internet
        en ligne
        numérique
        plateforme
        site
        site internet
        web
        mail
        courrier
        smartphone
        "appli"
        "applis"
        application mobile
    Tirage au sort et assemblées citoyennes:
        tirage au sort
        tirés au sort
        tirées au sort
        assemblée citoyenne
        jury citoyen
        conseil citoyen
        panel
        convention citoyenne
        chambre citoyenne
    Démocratie participative et locale:
        démocratie participative
        démocratie locale
        participatif
        co-construction
        coconstruction
        implication
        associer les citoyens
        participation citoyenne

Argent public et budget:
    Utilisation de l'argent public:
        argent public
        argent des contribuables
        dépense*
        budget
        budgétaire
        finances publiques
        impôt
        fiscal*
        contribuable*
        utilisation de l'argent
    Budget participatif:
        budget participatif
    Contrôle et évaluation:
        cour des comptes
        chambre régionale des comptes
        audit
        contrôle des dépenses
        contrôle citoyen
        contrôle budgétaire
        contrôle de l'utilisation
        évaluation
        efficacité
        comptes publics

Institutions et assemblées:
    Sénat:
        sénat
        sénatorial
    Conseil économique, social et environnemental (CESE):
        CESE
        conseil économique
        conseil économique social et environnemental
    Assemblée nationale et Parlement:
        assemblée nationale
        "parlement"
        "parlements"
        assemblée
        chambre
        législatif
        "amendement"
        "amendements"
        49.3
        ordonnance*
        légiférer
        proposition de loi
        projet de loi
    Suppression ou réforme des institutions:
        supprimer le sénat
        suppression du sénat
        supprimer le CESE
        suppression du CESE
        fusionner
    Constitution et République:
        constitution
        constitutionnel
        VIe République
        6e République
        6ème République
        sixième République
        institutions
        contre-pouvoir
        séparation des pouvoirs
    Europe:
        Europe
        européen
        Union européenne
        Schengen
        Frontex
        Bruxelles
    Territoires et collectivités:
        territoire
        territorial
        région
        régional
        département*
        collectivités
        décentralisation
        ruralité

Laïcité et religions:
    Loi de 1905 et séparation:
        laïcité
        laïque
        laïc
        1905
        loi de 1905
        séparation
        neutralité
        neutre
        sphère privée
        domaine privé
        cadre privé
        affaire privée
        espace public
    Signes religieux et voile:
        signes religieux
        signes ostentatoires
        ostentatoire*
        "voile"
        "voiles"
        voilée
        burqa
        burka
        burkini
        foulard
        kippa
        croix
        tenue vestimentaire
        tenues religieuses
    Islam et radicalisation:
        islam
        islamiste*
        musulman
        mosquée
        imam
        charia
        salafis*
        radical
        radicalisation
        fondamentalis*
        intégris*
        prosélytisme
        communautarisme
        communautariste*
        halal
    Religions et cultes:
        religion
        religieux
        culte
        croyance
        catholique*
        chrétien*
        église
        juif
        juive
        judaïsme
        protestant*
        spiritualité
        prêche*
    Financement des cultes et Concordat:
        financement des cultes
        financement des religions
        financements étrangers
        financement étranger
        concordat
        Alsace-Moselle
        Alsace
    Écoles confessionnelles:
        écoles confessionnelles
        confessionnel*
        écoles privées
        enseignement privé
        écoles religieuses

Valeurs de la République et éducation:
    Éducation civique et école:
        éducation civique
        instruction civique
        enseignement civique
        cours de civisme
        cours d'éducation civique
        morale civique
        école
        scolaire
        scolarité
        collège
        lycée
        maternelle
        primaire
        éducation nationale
        enseignement
        professeur*
        instituteur*
        programme scolaire
        dès le plus jeune âge
    Éducation et rôle des parents:
        éducation
        éduquer
        parents
        parental
        famille
        familial
        enfants
        jeunes
        jeunesse
    Valeurs républicaines et histoire:
        valeurs de la République
        valeurs républicaines
        valeur*
        liberté
        égalité
        fraternité
        devise
        Marseillaise
        drapeau
        patriotisme
        patrie
        nation
        histoire
        culture
        culturel
        identité
        racines
        traditions
        coutumes
        fierté
        "fier"
        "fière"
        "fiers"
    Application de la loi et autorité:
        appliquer la loi
        appliquer les lois
        faire appliquer
        faire respecter
        respect des lois
        respect de la loi
        autorité
        fermeté
        laxisme
        laxiste
        règle

Engagement citoyen et bénévolat:
    Bénévolat et vie associative:
        bénévolat
        bénévole
        volontariat
        volontaire*
        engagement associatif
        vie associative
        engagement citoyen
        engagement
        action citoyenne
        projets citoyens
    Service civique et service national:
        service civique
        service civil
        service national
        service militaire
        service national universel
        SNU
        service citoyen
        service obligatoire
        armée
        conscription
    Valorisation et reconnaissance de l'engagement:
        valoriser
        reconnaissance
        retraite
        légion d'honneur
        reconnaissance de l'engagement
        reconnaître l'engagement
        récompense*
        récompenser
        gratification
        crédit d'impôt
        réduction d'impôt
        trimestres
        points de retraite
        validation des acquis
        "VAE"
        CV
        curriculum
        diplôme
        médaille
        distinction*
        mettre à l'honneur
        mise en valeur
    Responsabilisation, droits et devoirs:
        droits et devoirs
        devoirs
        devoir civique
        devoir de citoyen
        responsabiliser
        responsabilité
        contrepartie*
        assistanat
        "assisté"
        "assistés"
        allocations
        RSA

Civisme et comportements:
    Respect d'autrui et politesse:
        respect
        respectueux
        "poli"
        "polie"
        "polis"
        respect d'autrui
        respect des autres
        autrui
        politesse
        courtoisie
        savoir-vivre
        bonjour
        merci
        bienveillance
        gentillesse
        empathie
        altruisme
        tolérance
        vivre ensemble
        bien vivre ensemble
        civisme
        civique
        civilité
        citoyenneté
    Montrer l'exemple:
        montrer l'exemple
        donner l'exemple
        donn* l'exemple
        montr* l'exemple
        être exemplaire
    Entraide et solidarité:
        entraide
        aider les autres
        aider son prochain
        aide aux personnes
        solidarité
        solidaire
        voisin
        voisinage
        personnes âgées
        démunis
        sans-abri
        SDF
        fraternel
        générosité
    Respect de l'environnement et du bien commun:
        environnement
        écologie
        planète
        nature
        bien commun
        biens publics
        espace collectif
        gaspiller
        tri
        propreté
    Sécurité routière et conduite:
        code de la route
        sécurité routière
        conduite
        conducteur*
        automobiliste*
        vitesse
        excès de vitesse
        route
        routière
        stationnement
        feux rouges
        feu rouge
        téléphone au volant
        piéton*
        cycliste*
        trottoir*
        80 km/h

Incivilités et délinquance:
    incivilité
    Manque de respect et impolitesse:
        impolitesse
        grossièreté*
        vulgarité
        irrespect
        manque de respect
        non respect
        égoïsme
        individualisme
    Dégradations, déchets et saleté:
        dégradation
        vandalisme
        casse
        tag
        graffiti*
        déchets
        détritus
        ordures
        papiers par terre
        papiers gras
        mégot*
        crachat*
        cracher
        uriner
        crottes
        déjections
        dépôts sauvages
        décharge* sauvage*
        poubelle*
        jeter
        saleté
        sale
    Violences, insultes et agressions:
        violence
        violent
        violences physiques
        violences verbales
        insulte
        injure
        agression
        agressivité
        menace
        harcèlement
        bagarre*
    Bruit et nuisances:
        bruit
        bruyant*
        nuisance*
        tapage
        musique
        aboiement*
    Délinquance, vols et drogue:
        délinquance
        vol
        voleur*
        cambriolage*
        drogue
        trafic
        dealer*
        deal
        casseur*
        émeute*
        voyou*
        racaille*
        fraude
        fraudeur*
        terrorisme
        zones de non-droit
        non-droit

Réponses aux incivilités:
    Sanctions et répression:
        sanction
        "amende"
        "amendes"
        verbaliser
        contravention*
        punir
        punition
        répression
        réprimer
        prison
        incarcération
        peine
        condamner
        travaux d'intérêt général
        TIG
        tolérance zéro
        impunité
        justice
        juge
        tribunal
        sévérité
        sévère
        rappel à la loi
    Police et forces de l'ordre:
        police
        policier
        gendarmerie
        gendarme
        forces de l'ordre
        police de proximité
        police municipale
        vidéosurveillance
        vidéo-surveillance
        caméra*
        surveillance
        sécurité
        présence policière
        îlotier*
    Réagir, signaler et intervenir:
        dénoncer
        dénonciation
        signaler
        intervenir
        intervention
        réagir
        réaction
        porter plainte
        plainte
        témoin
        témoigner
        "taire"
        se taire
        fermer les yeux
        rappeler à l'ordre
        faire remarquer
        remarque
        indifférence
        vigilance
        délation
        courage
    Prévention et sensibilisation:
        prévention
        prévenir
        sensibilisation
        campagne
        "affiches"
        affichage
        publicité
        spots
        médiation
        médiateur*

Discriminations:
    Racisme et origines:
        racisme
        raciste
        racial
        race
        couleur de peau
        origine
        origine ethnique
        ethnique
        ethnie
        "faciès"
        xénophobie
        antisémitisme
        islamophobie
        anti-blanc
        racisme anti-blanc
        envers les blancs
        contre les blancs
        noirs
        arabes
        maghrébin*
    Sexisme et égalité femmes-hommes:
        sexisme
        sexiste
        femme
        misogynie
        machisme
        macho
        égalité femmes-hommes
        égalité hommes-femmes
        égalité salariale
        harcèlement de rue
        féminicide*
        patriarca*
    Homophobie et LGBT:
        homophobie
        homosexuel*
        homosexualité
        LGBT
        LGBTQ
        transphobie
        orientation sexuelle
        gay
        lesbienne*
    Handicap:
        handicap
        handicapée*
        invalide*
        PMR
        mobilité réduite
        fauteuil
    Âge, apparence et condition sociale:
        âge
        âgisme
        seniors
        vieux
        physique
        apparence
        obésité
        obèse*
        poids
        pauvreté
        pauvres
        précarité
        précaire*
        classe sociale
        condition sociale
        niveau social
        milieu social
        banlieue*
        lieu de résidence
        adresse
        ruraux
    Discriminations à l'emploi et au logement:
        discrimination à l'embauche
        CV anonyme
        testing
    Lutte contre les discriminations:
        discrimination
        mixité
        mixité sociale
        diversité
        différence
        ouverture d'esprit
        préjugé*
        mentalité
        changer les mentalités
        stéréotype*
        stigmatis*

Administration et services publics:
    Relations avec l'administration:
        administration
        fonctionnaire
        agent public
        guichet
        accueil du public
        démarche*
        procédure*
        paperasse*
        bureaucratie
        simplifier
        simplification
        complexité
    Services publics de proximité:
        service public
        maison* de services au public
        fermeture
        désertification

Inégalités et justice sociale:
    Inégalités et écarts de revenus:
        inégalité
        inégalitaire
        justice sociale
        injustice
        riche
        richesse
        ultra-riches
        écart de salaires
        écarts de revenus
        pouvoir d'achat
        fins de mois
        salaire
    Aides sociales:
        aides sociales
        minima sociaux
        prestations sociales
        allocations familiales
        CAF

Médias et information:
    Médias et presse:
        médias
        presse
        journaliste
        télévision
        radio
        chaînes
        audiovisuel
    Désinformation et réseaux sociaux:
        fake news
        réseaux sociaux
        fausses informations
        fausses nouvelles
        désinformation
        manipulation
        propagande
        complotis*
        anonymat

Travail, emploi et logement:
    Travail et emploi:
        travail
        travailler
        emploi
        emplois
        chômage
        chômeurs
        embauche
        activité professionnelle
        monde du travail
        entreprise
        salarié
        métiers
    Logement:
        logement
        HLM
        logement social
        ghetto
        ghettos
        hébergement

Immigration et intégration:
    Maîtrise des flux et quotas:
        immigration
        immigrant*
        migrant
        migration*
        migratoire
        flux migratoire*
        quota
        immigration subie
        immigration zéro
        contrôle des frontières
        contrôle des flux
        contrôle de l'immigration
        frontière
        limiter l'immigration
        étranger
        étrangers
        stopper l'immigration
        appel d'air
    Immigration choisie et besoins du pays:
        immigration choisie
        sélectif
        sélectionner
        selon nos besoins
        en fonction des besoins
        besoins du pays
        besoins économiques
        besoins de main d'oeuvre
        main d'oeuvre
        qualifiés
        métiers en tension
        capacité d'accueil
        capacité d'intégration
        objectifs annuels
        fixer des objectifs
        objectifs chiffrés
        chiffres
        plafond
        Canada
        canadien*
        Australie
        libre circulation
    Asile et réfugiés:
        asile
        droit d'asile
        demandeur* d'asile
        réfugié
        accueil
        terre d'accueil
        humanitaire
        Méditerranée
        Aquarius
        guerre
        persécut*
    Immigration illégale et expulsions:
        clandestin
        illégal
        irrégulier*
        expulser
        reconduite à la frontière
        reconduite
        reconduire
        renvoyer
        OQTF
        passeurs
    Intégration et langue:
        intégrat*
        "intégrer"
        "intègre"
        "intègrent"
        "intégrés"
        "intégrée"
        "intégrées"
        "intégrant"
        assimilation
        langue française
        apprentissage du français
        apprendre le français
        parler français
        cours de français
        langue
        maîtrise de la langue
        insertion
        naturalisation
        nationalité
        regroupement familial
        droit du sol
        double nationalité
    Pays d'origine et aide au développement:
        pays d'origine
        aide au développement
        pays en développement
        co-développement
        codéveloppement
        pays pauvres
        pays en guerre
        vivre dans leur pays
        rester dans leur pays
        rester chez eux
        aider chez eux
        aider les pays
        Afrique
        africain*
