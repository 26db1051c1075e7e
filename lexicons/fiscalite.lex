# Lexique : Fiscalité et dépenses publiques
#
# Débat « Fiscalité et dépenses publiques » du Grand Débat National (2019), questions 162 à 167
# et 205, 206 : information sur l'utilisation des impôts, impôts à baisser, justice fiscale,
# dépenses publiques et économies, protection sociale, domaines où payer plus d'impôts,
# pouvoir d'achat. S'applique aussi au thème Politizr « Pouvoir d'achat et fiscalité ».
#
# Écrit à partir de la lecture des vraies réponses (../shared/corpus/answers, Q162, Q164,
# Q165, Q166) : des centaines de réponses lues par question, et les fréquences de mots et de
# paires de mots pour voir comment les gens disent les choses (« taxe d'habitation », « TVA
# sur les produits de première nécessité », « CSG des retraités », « personnes âgées »,
# « à quoi servent nos impôts », « nous payons déjà trop », …).

# Précision relue par l'équipe (lecture interne, pas un codage indépendant), 2026-12-06 : reviews/fiscalite.md
#   Information sur l'utilisation des impôts : 0.85 (17/20)
#   Impôts à baisser : 0.90 (18/20)
#   Solidarité et protection sociale : 0.90 (18/20)
#   Santé : 0.95 (19/20)
#   Priorités de dépenses publiques : 0.85 (17/20)
#   Personnes âgées et retraites : 0.90 (18/20)
#   Pouvoir d'achat et salaires : 0.80 (16/20)
#   Justice et simplicité de l'impôt : 0.85 (17/20)
#   Train de vie de l'État : 0.95 (19/20)
#   Dépenses publiques et économies : 0.90 (18/20)
#   Ras-le-bol fiscal : 0.95 (19/20)
#   Fiscalité des entreprises et du travail : 0.80 (16/20)
#   Contrôle et participation des citoyens : 0.95 (19/20)
#   Taxes sur l'énergie, successions et autres taxes : 0.80 (16/20)
#   Taxer les riches et le capital : 0.90 (18/20)
#   Fraude sociale et contreparties : 0.80 (16/20)
#   Évasion, fraude et niches fiscales : 0.80 (16/20)
#   Dette et déficit publics : 0.90 (18/20)
#   Europe et comparaisons internationales : 0.90 (18/20)
#
@name: Fiscalité et dépenses publiques
@topics: Fiscalité et dépenses publiques | Pouvoir d'achat et fiscalité | Autres

Information sur l'utilisation des impôts:
    utilisation des impôts
    utilisation de l'argent
    où va l'argent
    où vont nos impôts
    à quoi servent
    à quoi sert
    Transparence et détail des dépenses:
        transparence
        détail
        détaillé
        recettes
        postes de dépenses
        Dépenses (question 162):
            @questions: 162
            dépenses
        répartition des dépenses
        ventilation
        pourcentage*
        chiffres
        coût réel
        coût des services
        coût de chaque
        combien coûte
    Supports d'information:
        site internet
        site
        internet
        en ligne
        impots.gouv
        avis d'imposition
        feuille d'impôt
        déclaration
        courrier
        mail
        lettre
        brochure
        "appli"
        plaquette
        dépliant
        document
        livret
        médias
        télévision
        "télé"
        radio
        presse
        journaux
        affichage
        mairie
        réunion*
    Bilan annuel et pédagogie:
        bilan
        rapport annuel
        compte rendu
        comptes rendus
        rendre compte
        annuel
        chaque année
        une fois par an
        tableau
        graphique*
        camembert
        indicateur*
        pédagogie
        vulgarisation
        clair
        clarté
        compréhensible
        simple
        lisible
        expliquer
        explication*
        informer
        communiquer
    Éducation civique et budgétaire:
        éducation civique
        instruction civique
        apprendre à l'école
        enseigner à l'école
        expliquer à l'école
        économie à l'école
        cours d'économie

Contrôle et participation des citoyens:
    Cour des comptes et contrôle:
        cour des comptes
        chambre régionale des comptes
        contrôle* NEAR/5 dépense*
        contrôle* NEAR/5 argent
        contrôle* NEAR/5 comptes
        contrôle citoyen
        contrôle* NEAR/5 budget*
        contrôle* NEAR/5 utilisation
        contrôle* NEAR/5 impôt*
        contrôle* NEAR/5 efficacité
        "audit"
        "audits"
        évaluation
        organisme indépendant
        commission indépendante
    Impôts fléchés et participation:
        flécher
        fléchage
        fléché*
        "affectation"
        choisir l'affectation
        budget participatif
        consulter
        référendum
        RIC
        vote du budget
        avis des citoyens

Dette et déficit publics:
    Dette publique:
        dette
        dette publique
        intérêts de la dette
        emprunt*
        endettement
        remboursement de la dette
    Déficit et équilibre budgétaire:
        déficit
        déficits

Impôts à baisser:
    baisser les impôts
    Taxe sur la valeur ajoutée (TVA):
        TVA
        taxe sur la valeur ajoutée
        première nécessité
        produits de première nécessité
        produits de base
        produits alimentaires
        alimentation
        taux réduit
        TVA sociale
        produits de luxe
        luxe
    CSG et prélèvements sociaux:
        CSG
        CRDS
        hausse de la CSG
        prélèvements sociaux
        contribution sociale généralisée
    Impôt sur le revenu:
        impôt sur le revenu
        impôts sur le revenus
        "IR"
        IRPP
        tranche*
        barème
        prélèvement à la source
        quotient familial
        demi-part
        part fiscale
        progressivité
        "progressif"
        Revenu, réponses à la question 164:
            @questions: 164
            "revenu"
            "revenus"
    Taxe d'habitation et impôts locaux:
        taxe d'habitation
        taxe foncière
        foncier
        foncière
        impôts locaux
        fiscalité locale
        taxe des ordures ménagères
        ordures ménagères
    Impôts indirects et toutes les taxes:
        impôts indirects NOT NEAR/4 expliqu* NOT NEAR/4 inform*
        taxes indirectes
        "indirect"
        "indirects"
        toutes les taxes
        impôts directs

Taxes sur l'énergie, successions et autres taxes:
    Taxes sur l'énergie et les carburants:
        carburant
        essence
        gasoil
        gazole
        diesel
        TICPE
        TIPP
        taxe carbone
        taxes sur l'énergie
        électricité
        gaz
        fioul
        énergie NOT NEAR/2 économe
        péage*
        carte grise
        automobilistes
    Droits de succession et donations:
        succession
        droits de succession
        héritage
        hériter
        donation*
        droits de mutation
        frais de notaire
        transmission
    Redevance et autres taxes:
        "redevance"
        redevance télé
        redevance audiovisuelle
        taxes diverses
        petites taxes
        taxe sur les assurances
        "assurances"
        timbre*

Fiscalité des entreprises et du travail:
    Charges sociales et cotisations:
        charges sociales
        charges patronales
        charges salariales
        "cotisations"
        cotisations sociales
        "charges" NOT NEAR/1 locatives
        coût du travail
        salaire brut
        salaire net
        charges sur les salaires
    Impôts des entreprises:
        impôt sur les sociétés
        impôts de production
        "IS"
        CICE
        CFE
        PME
        TPE
        artisan*
        auto-entrepreneur
        micro-entreprise
        "indépendants"
        professions libérales
        entreprise* NEAR/5 impôt*
        entreprise* NEAR/5 taxe*
        entreprise* NEAR/5 impos*
        entreprise* NEAR/5 "charges"
        entreprise* NEAR/5 fiscal*
        entreprise* NEAR/5 payer
        entreprise* NEAR/5 paient
        entreprise* NEAR/5 cotisations
        compétitivité

Taxer les riches et le capital:
    ISF et IFI:
        @questions: 162 | 163 | 165 | 166 | 167 | 205 | 206
        ISF NOT NEAR/4 supprim* NOT NEAR/4 élimin* NOT NEAR/4 baiss* NOT NEAR/4 oubli*
        IFI NOT NEAR/4 supprim* NOT NEAR/4 élimin* NOT NEAR/4 baiss* NOT NEAR/4 oubli*
        impôt sur la fortune
    Hauts revenus et grandes fortunes:
        richesse* NEAR/8 partag*
        rétablir l'ISF
        rétablissement de l'ISF
        remettre l'ISF
        fortune
        grandes fortunes
        "riches" NEAR/5 payer
        "riches" NEAR/5 paient
        "riches" NEAR/5 paye*
        "riches" NEAR/5 taxe*
        "riches" NEAR/5 impos*
        "riches" NEAR/5 impôt*
        "riches" NEAR/5 contribu*
        "aisés" NEAR/5 payer
        "aisés" NEAR/5 paient
        "aisés" NEAR/5 taxe*
        "aisés" NEAR/5 impos*
        "aisés" NEAR/5 impôt*
        "aisés" NEAR/5 contribu*
        hauts revenus NEAR/5 payer
        hauts revenus NEAR/5 paient
        hauts revenus NEAR/5 taxe*
        hauts revenus NEAR/5 impos*
        hauts revenus NEAR/5 impôt*
        hauts revenus NEAR/5 tranche*
        hauts revenus NEAR/5 contribu*
        gros revenus NEAR/5 payer
        gros revenus NEAR/5 taxe*
        gros revenus NEAR/5 impos*
        gros revenus NEAR/5 impôt*
        patrimoine NEAR/5 taxe*
        patrimoine NEAR/5 impos*
        patrimoine NEAR/5 impôt*
        patrimoine NEAR/15 fiscalité
    Capital et finance:
        @questions: 162 | 163 | 165 | 166 | 167 | 205 | 206
        flat tax
        PFU
        "capital"
        revenus du capital
        dividendes
        actionnaires
        "spéculation"
        taxe Tobin
        transactions financières
        monde de la finance
        financiarisation

Évasion, fraude et niches fiscales:
    Évasion et fraude fiscales:
        évasion fiscale
        évasion
        fraude fiscale
        fraudeurs NOT NEAR/3 sociaux
        optimisation fiscale
        paradis fiscaux
        exil fiscal
        Lutte contre la fraude, hors protection sociale (questions 165, 205):
            @questions: 162 | 163 | 164 | 166 | 167 | 206
            lutte contre la fraude NOT NEAR/4 sociale NOT NEAR/4 aides
    Multinationales et GAFA:
        GAFA
        GAFAM
        Google
        Amazon
        multinationales
        grandes entreprises
        grands groupes
    Niches et exonérations:
        niches fiscales
        niches
        exonération* NOT NEAR/4 habitation
        exonérer NOT NEAR/4 habitation
        dérogation*
        défiscalisation
        crédits d'impôt
        crédit d'impôt
        réductions d'impôt
        avantages fiscaux

Justice et simplicité de l'impôt:
    justice fiscale
    équité fiscale
    plus juste
    injuste
    injustice
    équitable
    Un impôt pour tous et progressif:
        tout le monde paie
        tout le monde paye
        tous les citoyens NEAR/4 payer
        tous les citoyens NEAR/4 paient
        tous les citoyens NEAR/4 impôt*
        chaque citoyen NEAR/4 payer
        chaque citoyen NEAR/4 impôt*
        même symbolique
        selon ses moyens
        selon ses revenus
        en fonction des revenus
        proportionnel
        classes moyennes
        ceux qui gagnent
        ceux qui ne paient pas
        ne paient pas d'impôt
        non imposables
        redistribution
        "contribuer"
        chacun doit payer
    Simplification de la fiscalité:
        simplifier
        simplification
        simplicité
        complexité
        complexe
        compliqué
        remise à plat
        mettre à plat
        refonte
        impôt unique
        fusionner
        moins d'impôts
        nombre d'impôts
        millefeuille
        mille-feuille
        prélèvement unique

Ras-le-bol fiscal:
    Trop d'impôts et pression fiscale:
        trop d'impôts
        trop taxés
        trop imposés
        déjà trop
        déjà beaucoup
        déjà assez
        assez d'impôts
        payons déjà
        paye déjà
        paie déjà
        pression fiscale
        matraquage
        ras le bol
        overdose
        "étouffés"
        assommés
        pays le plus taxé
        champion des impôts
        prélèvements obligatoires
    Pas de nouvel impôt:
        augmentation des impôts
        hausse des impôts
        plus d'impôts
        aucun impôt supplémentaire

Dépenses publiques et économies:
    @questions: 163 | 164 | 165 | 166 | 167 | 205 | 206
    dépense publique
    argent public
    argent des contribuables
    Réduire les dépenses et le gaspillage:
        réduire les dépenses
        baisser les dépenses
        diminuer les dépenses
        réduction des dépenses
        dépenses inutiles
        gaspillage
        gaspiller
        gabegie
        "économies"
        faire des économies
        mauvaise gestion
    Mieux utiliser l'argent public:
        bonne gestion
        gestion
        gérer
        bon père de famille
        efficacité
        rationaliser
        mieux utiliser
        meilleure utilisation
        bien utiliser
        bon usage
        optimiser

Train de vie de l'État:
    Train de vie de l'État et des élus:
        train de vie
        train de vie de l'État
        élus NEAR/5 salaire*
        élus NEAR/5 indemnit*
        élus NEAR/5 avantage*
        élus NEAR/5 privilège*
        élus NEAR/5 frais
        élus NEAR/5 train
        élus NEAR/5 rémunération*
        élus NEAR/5 revenus
        élus NEAR/5 coût*
        élus NEAR/5 nombre
        élus NEAR/5 payés
        élus NEAR/5 retraite*
        élus NEAR/5 voiture*
        élus NEAR/5 moins
        députés
        sénateurs
        "parlementaires"
        ministres NEAR/5 salaire*
        ministres NEAR/5 avantages
        ministres NEAR/5 frais
        ministres NEAR/5 voiture*
        ministres NEAR/5 train
        anciens présidents
        ex-présidents
        privilèges
        indemnités NEAR/4 élus
        indemnités NEAR/4 députés
        indemnités NEAR/4 sénateurs
        indemnités NEAR/4 parlementaires
        indemnités NEAR/4 ministres
        salaires des élus
        rémunération des élus
        avantages NEAR/4 élus
        avantages NEAR/4 politiques
        avantages NEAR/4 ministres
        avantages NEAR/4 fonctionnaires
        avantages en nature
        voitures de fonction
        frais de bouche
        "réceptions"
        cabinets ministériels
        Élysée
        CESE
        nombre de députés
        nombre d'élus
    Hauts fonctionnaires:
        hauts fonctionnaires
        grands corps
        ENA
        énarques
    Administration et collectivités:
        trop de fonctionnaires
        nombre de fonctionnaires
        fonction publique
        agents
        "bureaucratie"
        comités Théodule
        hautes autorités

Fraude sociale et contreparties:
    Fraude sociale et assistanat:
        fraude sociale
        fraude aux prestations
        fraude* NOT NEAR/3 fiscal* NOT NEAR/3 évasion
        "abus"
        "abuser"
        "abusé"
        "abusent"
        profiteurs
        assistanat
        "assistés"
        en contrepartie
        contrepartie* NEAR/4 aide*
        contrepartie* NEAR/4 RSA
        contrepartie* NEAR/4 allocation*
    Aides aux étrangers:
        AME
        coût de l'immigration
        coût NEAR/5 immigr*
        immigration massive
        pas aux étrangers
        étrangers NEAR/5 fraud*
        étrangers NEAR/5 abus*
        étrangers NEAR/5 profit*
        étrangers NEAR/6 soigner
        clandestins

Santé:
    Santé et hôpital:
        santé
        hôpital
        hospitalier
        hospitalière
        médecin
        médical
        soins
        maladie
        infirmi*
        psychiatrie
        prévention
    Soins dentaires, optique et audition:
        soins dentaires
        dentaire*
        dentiste*
        lunettes
        dents
        yeux
        optique
        appareils auditifs
        prothèse*
    Remboursements et mutuelles:
        remboursement
        mutuelle*
        assurance maladie
        médicament*
        reste à charge
        CMU
        pharmacie*
    Déserts médicaux et accès aux soins:
        accès aux soins
        déserts médicaux
        "urgences"

Personnes âgées et retraites:
    Dépendance et personnes âgées:
        dépendance
        personnes âgées
        âgées
        EHPAD
        maison de retraite
        maintien à domicile
        aide à domicile
        vieillesse
        grand âge
        vieillissement
        fin de vie
        perte d'autonomie
        APA
        "aidants"
        "aidant"
    Retraites et retraités:
        retraite
        pension
        petites retraites
        indexation
        réindexation
        minimum vieillesse
        pension de réversion
        réversion
        ASPA

Solidarité et protection sociale:
    @questions: 163 | 164 | 165 | 166 | 167 | 205 | 206
    protection sociale
    sécurité sociale
    sécu
    solidarité
    aides sociales
    prestations sociales
    minima sociaux
    Handicap:
        handicap
        handicapées
        personnes handicapées
        AAH
        invalidité
        invalides
        MDPH
        autisme
        autistes
    Famille et enfance:
        famille
        familial
        familles monoparentales
        monoparental*
        mères seules
        femmes seules
        parents isolés
        allocations familiales
        enfance
        petite enfance
        enfant NOT NEAR/2 charge
        crèche*
        garde d'enfants
        protection de l'enfance
        maternité
        natalité
    Pauvreté et exclusion:
        pauvreté
        pauvres
        précarité
        précaire*
        exclusion
        démunis
        plus démunis
        SDF
        sans-abri
        sans domicile
        seuil de pauvreté
        RSA
        revenu universel
        revenu de base
        faibles revenus
        bas revenus
        modestes
    Logement:
        logement
        logement social
        HLM
        APL
        aide au logement
        hébergement
    Chômage et emploi:
        chômage
        chômeur*
        emploi
        demandeurs d'emploi
        Pôle emploi
        assurance chômage
        retour à l'emploi
        insertion
        formation professionnelle
        formation
    Jeunes et étudiants:
        jeunes
        jeunesse
        étudiant*
        bourse*
        apprenti*
    Protection déjà suffisante:
        généreux
        déjà suffisante
        largement suffisante
        assez protégés
        suffisamment protégés
        "suffisante"
        bien protégés
        protecteur
        trop généreux

Priorités de dépenses publiques:
    @questions: 163 | 164 | 165 | 166 | 167 | 205 | 206
    services publics
    Éducation et recherche:
        éducation
        éducation nationale
        école
        enseignement
        enseignement supérieur
        professeurs
        instituteur*
        université*
        recherche
        chercheurs
        science*
        innovation
    Sécurité, justice et défense:
        sécurité
        police
        policiers
        gendarmerie
        gendarmes
        forces de l'ordre
        justice
        juges
        tribunaux
        prison*
        pénitentiaire
        défense
        armée
        militaire*
        pompiers
    Écologie et transition:
        "écologie"
        transition écologique
        transition énergétique
        environnement
        environnemental*
        climat
        planète
        biodiversité
        énergies renouvelables
        pollution
        agriculture
        agriculture biologique
    Transports et infrastructures:
        transports
        transports en commun
        infrastructures
        routes
        train
        SNCF
        ferroviaire
        ponts
        numérique
        fibre
        aménagement du territoire
        ruralité
        zones rurales
    Culture, sport et patrimoine:
        culture
        culturel
        patrimoine culturel
        monuments
        musées
        sport
        arts
        spectacle*
        associations
        bénévolat
    Aide au développement et international:
        aide au développement
        aide internationale
        Afrique
        humanitaire

Pouvoir d'achat et salaires:
    pouvoir d'achat
    Salaires et revenus:
        augmenter les salaires NOT NEAR/3 professeur* NOT NEAR/3 enseignant* NOT NEAR/3 fonctionnaire*
        hausse des salaires NOT NEAR/3 professeur* NOT NEAR/3 enseignant* NOT NEAR/3 fonctionnaire*
        salaire* NEAR/3 augment* NOT NEAR/3 professeur* NOT NEAR/3 enseignant* NOT NEAR/3 fonctionnaire*
        bas salaires
        salaires trop bas
        petits salaires
        SMIC
        augmentation des salaires NOT NEAR/3 professeur* NOT NEAR/3 enseignant* NOT NEAR/3 fonctionnaire*
        revaloriser
        rémunération
        prime d'activité
        heures supplémentaires
    Coût de la vie:
        coût de la vie
        vie chère
        fins de mois
        hausse des prix
        inflation NEAR/5 retraite*
        inflation NEAR/5 salaire*
        inflation NEAR/5 pension*
        dépenses contraintes

Europe et comparaisons internationales:
    Harmonisation européenne:
        Europe
        Union européenne
        harmonisation
        harmonisation fiscale
        dumping fiscal
    Comparaisons avec les autres pays:
        moyenne européenne
        pays européens
        autres pays
        comparaison* NEAR/5 pays
        comparaison* NEAR/5 europ*
        comparer NEAR/5 pays
        comparer NEAR/5 europ*
        Allemagne
        pays voisins
        Suède
        Danemark
        pays nordiques
        Suisse
