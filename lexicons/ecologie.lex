# Lexique : Transition écologique
#
# Débat « Transition écologique » du Grand Débat National (2019), questions 146 à 161 et 207 :
# effets du changement climatique, gestes du quotidien, transports et mobilité, chauffage et
# logement, énergie, aides et taxes, déchets, consommation, agriculture, biodiversité,
# pollution, eau, éducation, rôle de l'État, entreprises, Europe et international.
#
# Écrit à partir de la lecture des vraies réponses (../shared/corpus/answers, Q147 à Q158 et
# un échantillon de Q161) : des centaines de réponses lues par question, et les fréquences de
# mots et de paires de mots pour voir comment les gens disent les choses (« transports en
# commun », « pistes cyclables », « tri des déchets », « circuits courts », « pompe à
# chaleur », « montrer l'exemple », « taxer le kérosène », …).
#
# Limites connues : « train » compte aussi « en train de » (environ une mention sur sept) ;
# « isolation » a la même racine que « isolé » ; « électrique » seul tombe sous l'électricité ;
# sans accents, « marche » et « marché » se confondent (le mot seul est rangé sous la marche, le
# marché par des expressions) ; « avions » au pluriel est un mot vide (forme de « avoir ») et ne
# compte jamais : seul « avion » au singulier peut faire une correspondance.
#
# Précision relue par l'équipe (lecture interne, pas un codage indépendant), 2026-12-06 : reviews/ecologie.md
#   Changement climatique et ses effets : 1.00 (20/20)
#   Transports et mobilité : 0.80 (16/20)
#   Voiture, avion et marchandises : 0.90 (18/20)
#   Énergie : 0.95 (19/20)
#   Chauffage et logement : 0.95 (19/20)
#   Aides financières et incitations : 0.85 (17/20)
#   Taxes et fiscalité écologique : 0.80 (16/20)
#   Déchets et recyclage : 0.80 (16/20)
#   Consommation responsable : 0.80 (16/20)
#   Agriculture : 0.95 (19/20)
#   Biodiversité et nature : 0.80 (16/20)
#   Pollution : 0.80 (16/20)
#   Eau : 0.80 (16/20)
#   Éducation, information et sensibilisation : 0.90 (18/20)
#   État, lois et contrôles : 0.80 (16/20)
#   Entreprises et modèle économique : 0.95 (19/20)
#   Mode de vie et comportements : 0.80 (16/20)
#   Europe et international : 0.85 (17/20)

@name: Transition écologique
@topics: Transition écologique | Autres

Changement climatique et ses effets:
    changement climatique
    réchauffement climatique
    dérèglement climatique
    climat
    Chaleur, canicules et sécheresse:
        canicule
        chaleur NOT NEAR/5 énergie NOT NEAR/3 pompe*
        chaud
        fortes chaleurs
        températures
        sécheresse
        manque d'eau
        restrictions d'eau
        hivers doux
        climatisation
    Tempêtes, inondations et catastrophes:
        tempête
        inondation
        inondé*
        crue
        orage
        grêle
        intempéries
        catastrophes naturelles
        phénomènes climatiques
        événements climatiques
        épisodes climatiques
        incendie*
        feux de forêt
    Dérèglement des saisons:
        saison NOT NEAR/4 produit* NOT NEAR/4 fruit* NOT NEAR/4 légume*
        dérèglement
        météo
        hiver
        printemps
        automne
        neige
        gel
        gelées
        glacier*
        fonte des glaces
        montée des eaux
        niveau de la mer
        érosion
    Santé:
        @questions: 147                # ailleurs « santé » parle des pesticides ou de la pollution
        santé
        allergie*
        asthme
        respiratoire*
        cancer*
        maladie*
        perturbateurs endocriniens
    Inquiétude pour l'avenir:
        @questions: 147
        angoisse
        inquiétude
        inquiet
        anxiété
        anxiogène
        peur
        stress
        tristesse
        avenir de nos enfants
        générations futures
        petits-enfants
    Récoltes et jardin:
        @questions: 147
        récolte*
        jardin
        potager
        arrosage
        arroser
        rendement*
        viticult*
        vigne
        vignoble*
    Gaz à effet de serre:
        effet de serre
        gaz à effet de serre
        "GES"
        CO2
        carbone
        décarboner
        émissions
        empreinte carbone
        bilan carbone
        neutralité carbone

Transports et mobilité:
    transport
    déplacement
    mobilité
    trajet
    Transports en commun:
        transport* en commun
        transports collectifs
        transports publics
        bus
        autobus
        tram
        tramway
        métro
        RER
        navette*
        desserte
        desservi*
        fréquence
        horaires
        ponctualité
        fiabilité
        correspondance*
        réseau de transport
        offre de transport
        parking* relais
    Gratuité et prix des transports:
        gratuité
        transports gratuits
        gratuité des transports
        prix des transports
        prix du billet
        tarif*
        abonnement
        billet*
    Train et ferroviaire:
        train
        ferroviaire
        SNCF
        gare
        TER
        TGV
        petites lignes
        lignes ferroviaires
        rail
        voies ferrées
        train de nuit
    Vélo et marche:
        vélo
        bicyclette
        vélo électrique
        pistes cyclables
        voies cyclables
        cyclable
        cyclistes
        pédaler
        trottinette*
        marche à pied
        à pied
        marcher
        mobilité douce
        modes doux
        piéton*
    Covoiturage et autopartage:
        covoiturage
        co-voiturage
        covoiturer
        autopartage
        auto-partage
        voiture partagée
        transport à la demande
        auto-stop
        autostop
    Rural, distances et télétravail:
        rural
        ruralité
        zones rurales
        milieu rural
        campagne
        village
        petites communes
        distance
        kilomètres
        km
        télétravail
        lieu de travail
        domicile-travail
        aménagement du territoire
        périphérie
        banlieue*
        centre-ville
        urbanisme
        villes moyennes
        revitaliser
        étalement urbain

Voiture, avion et marchandises:
    Voiture et carburants:
        voiture
        automobile
        véhicule
        voiture individuelle
        diesel
        gasoil
        essence
        carburant
        moteur
        moteurs thermiques
        conduite
        conduire
        écoconduite
        éco-conduite
        vitesse
        limitation de vitesse
        80 km/h
        110 km/h
        bouchons
        embouteillages
        circulation
        contrôle technique
        prime à la conversion
        vignette
        Crit'Air
    Véhicules électriques et propres:
        voiture électrique
        véhicule électrique
        véhicules propres
        hybride
        batterie*
        bornes de recharge
        recharge
        hydrogène
        GNV
        bioéthanol
        éthanol
        biocarburant*
    Avion et bateaux:
        avion
        vols intérieurs
        vols courts
        low cost
        aérien
        aviation
        aéroport*
        transport aérien
        bateau
        paquebot*
        croisière*
        porte-conteneurs
        cargo*
        maritime
        fioul lourd
    Poids lourds et marchandises:
        camion
        poids lourds
        transport routier
        transport de marchandises
        marchandises
        fret
        ferroutage
        fluvial
        livraison*
        routier

Énergie:
    énergie
    énergétique
    Énergies renouvelables:
        énergies renouvelables
        renouvelable
        énergies propres
        énergies vertes
        solaire
        panneaux solaires
        photovoltaïque*
        éolien
        éolienne*
        géothermie
        hydraulique
        hydroélectri*
        barrage*
        biomasse
        méthanisation
        méthaniseur*
        biogaz
        marémotrice
        autoconsommation
        négaWatt
        hydroliennes
    Nucléaire:
        nucléaire
        centrale nucléaire
        EPR
        réacteur*
        uranium
        radioacti*
        déchets nucléaires
        Fessenheim
        "centrales"
        fusion
        thorium
    Énergies fossiles:
        énergies fossiles
        fossile
        pétrole
        pétrolier*
        charbon
        centrales à charbon
        gaz
        gaz de schiste
    Économies d'énergie au quotidien:
        économies d'énergie
        économiser l'énergie
        consommation d'énergie
        consommation énergétique
        sobriété
        sobriété énergétique
        électricité
        EDF
        compteur*
        Linky
        éclairage
        éclairage public
        lumière
        éteindre
        ampoule*
        LED
        veille
        appareils
        électroménager
        enseignes lumineuses
        panneaux publicitaires
        publicités lumineuses
        pollution lumineuse

Chauffage et logement:
    Isolation et rénovation:
        isolation
        rénovation NOT NEAR/4 services publics
        rénovation énergétique
        passoires thermiques
        double vitrage
        fenêtre*
        combles
        toiture (0.5)
        toit (0.5)
        murs (0.5)
        thermique
        isolation thermique
        bâtiment
        construction (0.5)             # « construction de voitures » : compte avec un autre mot du logement
        maison passive
        BBC
        RT 2012
        diagnostic*
        DPE
        audit énergétique
        travaux (0.5)                  # « travaux d'intérêt général »
    Mode de chauffage:
        chauffage
        chauffer NOT NEAR/3 terre NOT NEAR/3 planète
        chaudière
        pompe à chaleur
        "PAC" NOT agricole NOT agriculture NOT agriculteurs
        poêle
        poêle à bois
        chauffage au bois
        granulés
        pellets NOT NEAR/5 forêt*
        fioul
        fuel NOT NEAR/4 navire* NOT NEAR/4 bateau* NOT NEAR/4 kérosène NOT NEAR/2 lourd
        chaudière à gaz
        chauffage au gaz
        radiateur*
        chauffage électrique
        thermostat*
        19 degrés
        climatisation réversible
        chauffe-eau
        chauffe-eau solaire
        chauffage solaire
        réseau de chaleur
        chauffage collectif
        chauffage urbain
    Locataires et propriétaires:
        locataire* NOT NEAR/4 planète
        propriétaire* NOT NEAR/5 éolien* NOT NEAR/4 champ* NOT NEAR/4 terrain* NOT NEAR/3 véhicule* NOT NEAR/3 piscine*
        bailleur*
        copropriété* NOT NEAR/4 prise*
        syndic
        logement
        logements sociaux
        appartement
        maison NOT NEAR/3 services NOT NEAR/3 panneaux NOT NEAR/2 entretien
        HLM
        immeuble*
    Artisans, conseils et arnaques:
        artisan*
        RGE
        démarchage
        démarcheurs
        arnaque*
        escroquerie*
        escrocs
        "devis"
        installateur*
        conseil*
        conseiller*
        accompagnement NEAR/5 travaux
        accompagnement NEAR/5 rénovation
        espace info énergie
        retour sur investissement
        rentabilité (0.5)
        rentable (0.5)

Aides financières et incitations:
    Aides et subventions:
        aide
        aides financières
        aides de l'État
        subvention*
        prime
        chèque énergie
        chèque*
        ANAH
        prêt à taux zéro
        taux zéro
        PTZ
        éco-PTZ
        éco-prêt
        financement*
        financer
        financièrement
        accompagnement financier
        accompagner financièrement
        reste à charge
        sans condition de ressources
    Crédits et réductions d'impôt:
        crédit d'impôt
        crédits d'impôt
        CITE
        réduction d'impôt
        défiscalisation
        déduction fiscale
        déductible*
        incitations fiscales
        avantages fiscaux
        TVA réduite
        baisse de la TVA
        TVA à 5,5
    Incitations et bonus-malus:
        incitation*
        inciter
        bonus
        malus
        bonus-malus
        récompense*
        récompenser
    Prix et pouvoir d'achat:
        prix
        coût
        coûteux
        cher
        moins cher
        trop cher
        pouvoir d'achat
        argent
        budget
        moyens financiers
        revenus
        revenu
        salaire*
        fins de mois
        modestes
        ménages modestes
        économies
        économiser
        euros
        facture*

Taxes et fiscalité écologique:
    taxe
    taxation
    fiscalité
    fiscalité écologique
    fiscalité verte
    TVA
    impôt
    Taxe carbone et carburants:
        taxe carbone
        prix du carbone
        contribution climat
        taxe sur les carburants
        taxe sur le diesel
        TICPE
        TIPP
        prix des carburants
        prix de l'essence
        prix du gasoil
    Taxer les pollueurs:
        pollueur-payeur
        gros pollueurs
        pollueurs
        taxer les pollueurs
        taxer les entreprises
        taxer les industriels
        écotaxe
        éco-taxe
        taxe poids lourds
    Kérosène et transport aérien:
        kérosène
        taxer le kérosène
        taxer l'avion
        billets d'avion
        taxer les bateaux
    Produits importés:
        produits importés
        importation*
        importé*
        taxe aux frontières
        taxe carbone aux frontières
        taxer les importations
        droits de douane
        dumping
    Refus de l'écologie punitive:
        écologie punitive
        punitive
        punir
        racket
        matraquage fiscal
        trop de taxes
        trop d'impôts
        assez de taxes
        pompe à fric
        vache à lait
        prétexte
        gilets jaunes
        taxes supplémentaires
        nouvelles taxes

Déchets et recyclage:
    déchet
    poubelle*
    Tri et recyclage:
        tri
        tri sélectif
        tri des déchets
        recycl*
        déchetterie*
        déchèterie*
        collecte
        ramassage
        containers
        conteneurs
        valorisation des déchets
        verre
        papier*
        carton*
        canette*
        piles
    Emballages et plastique:
        emballage
        suremballage
        plastique
        sacs plastiques
        pailles
        bouteilles en plastique
        bouteille*
        vrac
        consigne
        zéro déchet
        jetable*
        usage unique
        biodégradable*
        microplastique*
    Compost:
        compost
        composteur*
        compostage
        déchets verts
        biodéchets
        déchets organiques
        épluchures
        lombricompost*
        poules
    Réparation, réemploi et obsolescence:
        obsolescence programmée
        obsolescence
        réparer
        réparable*
        réemploi
        réutiliser
        réutilisable*
        seconde main
        occasion
        ressourcerie*
        durabilité
        durée de vie
        garantie
        pièces détachées
    Dépôts sauvages et propreté:
        dépôts sauvages
        décharge*
        incinération
        incinérateur*
        enfouissement
        mégot*
        détritus
        ordures
        nettoyage
        nettoyer
        ramasser

Consommation responsable:
    consommation
    surconsommation
    consommer local
    consommer moins
    consommer mieux
    gaspillage
    gaspiller
    achats inutiles
    superflu
    Circuits courts et produits locaux:
        circuits courts
        local
        produits locaux
        producteurs locaux
        produits de saison
        fruits et légumes de saison
        AMAP
        marchés locaux
        marchés de producteurs
        vente directe
        producteur*
        proximité
        commerces de proximité
        petits commerces
        commerce local
    Alimentation et viande:
        alimentation
        alimentaire
        viande
        moins de viande
        végétarien*
        végétalien*
        vegan*
        flexitarien*
        régime alimentaire
        manger
        nourriture
        fruits
        légumes
        protéines
        repas
        cantine*
        gaspillage alimentaire
        poisson*
    Grande distribution et publicité:
        grandes surfaces
        supermarché*
        hypermarché*
        grande distribution
        publicité
        pub
        prospectus
        "stop pub"
        marketing
        vêtements
        textile
        fast fashion
    Numérique:
        numérique
        internet
        mails
        smartphone*
        téléphone*
        ordinateur*
        écrans
        data center*
        streaming
        bitcoin

Agriculture:
    agriculture
    agricole
    agriculteur
    politique agricole commune
    paysan
    Pesticides et produits chimiques:
        pesticide
        glyphosate
        phytosanitaire*
        produits chimiques
        chimie
        chimique
        engrais
        herbicide*
        insecticide*
        fongicide*
        néonicotinoïde*
        Monsanto
        Bayer
        Roundup
        épandage*
        traitements chimiques
        traitements NEAR/3 cultures
        nitrates
        algues vertes
    Agriculture biologique et paysanne:
        bio
        biologique
        agriculture biologique
        agriculture bio
        agroécologie
        agro-écologie
        permaculture
        agriculture raisonnée
        agriculture paysanne
        petits agriculteurs
        petites exploitations
        agroforesterie
        maraîchage
        maraîcher*
        label
    Agriculture intensive et élevage:
        agriculture intensive
        intensif NEAR/3 culture*
        intensif NEAR/3 production agricole
        intensif NEAR/3 élevage*
        agriculture industrielle
        élevage
        élevages intensifs
        fermes usines
        agro-industrie
        agroalimentaire
        agro-alimentaire
        industrie agroalimentaire
        monoculture*
        huile de palme
        OGM
        soja
        irrigation
        productivisme
        FNSEA

Biodiversité et nature:
    biodiversité
    nature
    écosystème*
    planète
    milieux naturels
    espaces naturels
    zones protégées
    aires protégées
    réserves naturelles
    parcs naturels
    environnement naturel
    Espèces, faune et flore:
        espèce
        espèces menacées
        disparition des espèces
        faune
        flore
        faune et flore
        abeille
        insecte
        oiseau
        animal
        animaux sauvages
        pollinisateur*
        papillon*
        hérisson*
    Forêts et arbres:
        forêt
        arbre
        déforestation
        reboisement
        planter des arbres
        haies
        bocage
        sylviculture
        Amazonie
    Artificialisation et béton:
        artificialisation
        bétonisation
        bétonner
        terres agricoles
        zones commerciales
        centres commerciaux
        friches
        sols
        lotissement*
        urbanisation
        imperméabilisation
        grands projets inutiles
    Chasse et bien-être animal:
        chasse
        chasseur*
        bien-être animal
        condition animale
        maltraitance animale
        souffrance animale
        corrida*
        abattoir*
        cause animale
    Océans, mers et rivières:
        océan*
        "mer"
        "mers"
        rivière*
        cours d'eau
        fleuve*
        littoral
        pêche
        pêcheur*
        surpêche
        chalut*
        zones humides
        récifs
    Espaces verts et nature en ville:
        espaces verts
        végétalisation
        jardins partagés
        nature en ville
        verdure
        toits végétalisés
        murs végétaux

Pollution:
    pollution
    polluer
    Pollution de l'air:
        pollution de l'air
        qualité de l'air
        particules fines
        particules
        pics de pollution
        smog
        ozone
        gaz d'échappement
        pot d'échappement
        fumée*
        respirer
    Pollution de l'eau et des sols:
        pollution de l'eau
        pollution des sols
        pollution des océans
        pollution des mers
        pollution des rivières
        nappes phréatiques
        eaux usées
        assainissement
        stations d'épuration
        continent de plastique
    Pollution industrielle:
        pollution industrielle
        industries polluantes
        usine
        industriel
        industrie
        rejets
        toxique*
        SEVESO
    Bruit:
        pollution sonore
        bruit
        nuisances sonores

Eau:
    eau NOT NEAR/4 "air" NOT NEAR/4 sol NOT NEAR/4 terre NOT NEAR/1 chaud NOT NEAR/3 épée NOT NEAR/1 internationales
    eau potable
    ressource en eau
    eau de pluie
    récupération d'eau
    récupérateur*
    consommation d'eau
    économiser l'eau
    économie d'eau
    douche*
    bain*
    robinet*
    chasse d'eau
    bouteilles d'eau
    gaspillage de l'eau
    réserves d'eau
    retenues d'eau
    bassines

Éducation, information et sensibilisation:
    Éducation à l'environnement:
        éducation NOT NEAR/2 ministère*
        éduquer
        école NOT NEAR/3 cantine*
        scolaire NOT NEAR/2 cantine* NOT NEAR/2 restaurant* NOT NEAR/2 établissement*
        dès le plus jeune âge
        "enseignement"
        pédagogie
        formation
        éducation des enfants
        sensibiliser les enfants
        apprendre aux enfants
    Information et sensibilisation:
        information NOT NEAR/2 échange*
        sensibilisation
        campagne d'information
        campagne de sensibilisation
        prise de conscience
        prendre conscience
        conscience
        communiquer
        médias
        télévision
        explication*
        expliquer
        "vérité"
        pédagogues
    Étiquetage et information des consommateurs:
        étiquetage
        étiquette*
        affichage
        traçabilité
        Nutri-Score
        score
        indice de réparabilité
        origine des produits
        provenance des produits
        indiquer la provenance
        afficher la provenance

État, lois et contrôles:
    Lois, normes et interdictions:
        interdire
        interdiction
        interdit
        obliger
        obligatoire
        imposer
        contraindre
        contrainte*
        norme*
        réglementation
        législation
        légiférer
        loi
        lois
        règle
        encadrer
        quota*
        moratoire
    Contrôles et sanctions:
        sanction
        amende*
        contrôle
        pénaliser
        pénalité*
        verbaliser
        répression
        police de l'environnement
        délit*
        crime* écologique*
        écocide
    Politique publique et planification:
        politique écologique
        politique environnementale
        volonté politique
        courage politique
        planification
        long terme
        cohérence
        ministère
        ministre
        Nicolas Hulot
        Hulot
        gouvernement
        pouvoirs publics
        collectivités
        collectivités locales
        région*
        commune*
        mairie*
        élus
        investissement public
        investir
        grands travaux
        cause nationale
        priorité nationale
        urgence climatique
        urgence
        service public
    Associations et initiatives citoyennes:
        association
        ONG
        bénévol*
        initiatives citoyennes
        collectifs citoyens
        démocratie participative
        référendum
        RIC
        consultation*
        citoyens tirés au sort
    Lobbies et conflits d'intérêts:
        lobby
        lobbies
        lobbying
        conflits d'intérêts
        intérêts financiers
        pression des lobbies

Entreprises et modèle économique:
    Responsabilité des entreprises:
        entreprise
        multinationale*
        grands groupes
        grandes entreprises
        grosses entreprises
        fabricant*
        constructeur*
        actionnaire*
        RSE
        profit
        profits
        dividendes
        bénéfices
    Croissance, capitalisme et décroissance:
        croissance
        décroissance
        capitalisme
        capitaliste*
        libéralisme
        néolibéral*
        modèle économique
        système économique
        mondialisation
        développement durable
        croissance économique
        économie de marché
        monde de la finance
        finance verte
        spéculation
        consumérisme
        société de consommation
        économie circulaire
        économie sociale et solidaire
        PIB
        productivité
    Relocalisation et production française:
        relocaliser
        produire en France
        fabriqué en France
        made in France
        production française
        production locale
        produits français
        souveraineté
        autonomie
        autosuffisance
    Recherche et innovation:
        recherche
        innovation
        innovant*
        technologie*
        technique
        scientifique*
        science*
        chercheur*
        ingénieur*
        start-up
        startups
        progrès
        brevets
    Justice sociale et emplois:
        emplois
        emploi
        emplois verts
        reconversion
        transition juste
        justice sociale
        inégalités
        riches
        plus riches
        pauvres
        plus modestes
        classes moyennes
        équité

Mode de vie et comportements:
    mode de vie
    comportement*
    habitude*
    gestes
    petits gestes
    écogestes
    éco-gestes
    écoresponsable*
    éco-responsable
    bon sens
    responsabilité individuelle
    efforts individuels
    chacun à son niveau
    changer nos habitudes
    Déjà engagé au quotidien:
        fais déjà
        faisons déjà
        fait déjà
        déjà fait
        utilise déjà
        utilisons déjà
        déjà convaincu
        déjà convaincus
        fais le maximum
        fais ma part
    Démographie:
        démographie
        surpopulation
        natalité
        naissances
        population mondiale
        nombre d'enfants
        allocations familiales

Europe et international:
    Union européenne:
        Europe
        européen
        Union européenne
        UE
        Parlement européen
        Commission européenne
        Bruxelles
        directive*
        niveau européen
        échelle européenne
    Accords et négociations climatiques:
        accord de Paris
        COP
        COP21
        COP 21
        GIEC
        ONU
        diplomatie
        traités internationaux
        négociation*
        sommet*
        international
        mondial
        planétaire
        niveau mondial
        engagements NEAR/5 internationa*
        engagements NEAR/5 climat*
        engagements NEAR/3 Paris
    Commerce international:
        CETA
        Mercosur
        TAFTA
        libre-échange
        traités commerciaux
        accords commerciaux
        accords de libre-échange
        OMC
        commerce international
        commerce mondial
    Autres pays:
        Chine
        chinois
        États-Unis
        USA
        américains
        Inde
        Trump
        Brésil
        Allemagne
        allemand*
        Suède
        Danemark
        Norvège
        Pays-Bas
        Suisse
        pays nordiques
        pays émergents
        pays en développement
        pays pauvres
        Afrique
    Exemplarité de la France:
        @questions: 158                # ailleurs « montrer l'exemple » parle de l'État ou des entreprises en France
        être un exemple
        leçons
        donner des leçons
        montrer l'exemple
        donner l'exemple
        montr* l'exemple
        donn* l'exemple
        exemplaire
        exemplarité
        pionnier*
        leader
        locomotive
        être crédible
        crédibilité
