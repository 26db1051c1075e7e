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

# Précision relue par l'équipe (lecture interne, pas un codage indépendant), 2026-12-06 (second passage pour les thèmes restés sous 0,8) : reviews/services-publics.md
#   Simplification administrative : 0.85 (17/20)
#   Démarches en ligne et numérique : 0.80 (16/20)
#   Fonctionnement et formation de l'administration : 0.80 (16/20)
#   Satisfaction et difficultés rencontrées : 0.95 (19/20)
#   Entreprises et employeurs : 0.85 (17/20)
#   Santé et hôpital : 1.00 (20/20)
#   Emploi et Pôle emploi : 0.80 (16/20)
#   Éducation et école : 0.85 (17/20)
#   Services publics de proximité et territoires : 0.85 (17/20)
#   Organisation de l'État et des collectivités : 0.90 (18/20)
#   Formation professionnelle : 0.90 (18/20)
#   Retraite : 0.80 (16/20)
#   Handicap et dépendance : 0.80 (16/20)
#   Transports et mobilité : 0.85 (17/20)
#   Sécurité, police et justice : 0.80 (16/20)
#   Aides sociales et CAF : 0.90 (18/20)
#   La Poste et services de proximité : 0.95 (19/20)
#   Petite enfance et familles : 1.00 (20/20)
#   Réseaux et couverture numérique : 0.80 (16/20)
#   Démocratie et participation des citoyens : 1.00 (20/20)
#   Culture, sport et loisirs : 0.90 (18/20)
#
@name: Organisation de l'État et des services publics
@topics: Organisation de l'État et des services publics | Services publics | Autres

Services publics de proximité et territoires:
    Fermetures et éloignement:
        fermeture
        fermer
        ferment
        disparition
        disparaissent
        désertification
        désert
        éloignement NOT NEAR/3 réalité
        éloigné* NOT NEAR/3 réalité
        loin
        "kilomètres"
        "kilomètre"
        km
        se déplacer
        regroupement des services
        centralisation des services
    Maisons de services au public et guichet unique:
        maison de services au public
        maisons de service
        MSAP
        guichet unique NOT NEAR/3 formation*
        bus itinérant
        itinérant*
        "permanence"
        "permanences"
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
        territoire NOT NEAR/6 fibre NOT NEAR/6 internet NOT NEAR/6 numérique
        territorial
        acteurs de terrain
        sur le terrain NOT NEAR/5 formation*
        du terrain NOT NEAR/5 formation*
        le terrain
        proximité
    Présence des services publics (questions 172, 188):
        @questions: 172 | 188
        service public
        plus de terrain
        présence* NEAR/3 terrain

Santé et hôpital:
    Hôpitaux et urgences:
        hôpital
        hospitalier
        hospitalière
        "urgences"
        service des urgences
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
        classe NOT NEAR/1 virtuelle* NOT NEAR/1 moyenne* NOT NEAR/1 politique*
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
        les élèves
        des élèves
        nos élèves
        leurs élèves
        ses élèves
        un élève
        chaque élève
        nombre d'élèves
    Enseignants et pédagogie:
        enseignant*
        professeur*
        instituteur*
        maîtres
        maître d'école
        remplacement des professeurs
        remplacement des enseignants
        professeur* NEAR/3 remplacé*
        enseignant* NEAR/3 remplacé*
        "remplacement" NEAR/5 absen*
        remplaçant*
        non remplacement
        absences
        enseignement
        pédagogie
        programmes
        niveau scolaire
        rythmes scolaires
    Scolarisation de ses enfants (question 192):
        @questions: 192
        @negation: 3
        mon enfant
        mes enfants
        son enfant
        ses enfants
        nos enfants
        notre enfant
        mon fils
        ma fille
        nos fils
        nos filles
        scolaris*
        parents d'élèves
        communication avec les parents
        privé
        les parents
        mairie
        rectorat
        inspection académique
        instruction à domicile
        instruction en famille
        orientation NEAR/4 enfants
    Orientation, inscription et études supérieures:
        orientation scolaire
        orientation NEAR/5 élèves
        orientation NEAR/5 lycée*
        orientation NEAR/5 collège*
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
    "emploi" NOT NEAR/2 domicile NOT NEAR/2 "service" NOT NEAR/3 assistante*
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
        candidature* NOT NEAR/4 atelier*
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
        âge NOT NEAR/5 retraite* NOT NEAR/5 départ NOT NEAR/5 pension*
        trop vieux
        reconversion
        surdiplômé*
        qualification*
        diplôme*

Formation professionnelle:
    Formation (hors question 187, où elle est celle des agents):
        @questions: 169 | 171 | 172 | 174 | 177 | 178 | 179 | 182 | 183 | 185 | 188 | 189 | 191 | 192 | 193 | 194 | 195 | 196 | 198 | 199 | 200 | 201 | 202 | 203
        formation NOT NEAR/5 fonctionnaire* NOT NEAR/5 agents NOT NEAR/4 enseignant* NOT NEAR/4 professeur*
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
        "alternance"
        CFA
        stage
        stagiaire*
        tutorat
    Orientation professionnelle:
        orientation professionnelle
        conseiller d'orientation
        conseillers d'orientation
        CIO

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
        accessibilité NEAR/6 handicap*
        accessibilité NEAR/6 fauteuil*
        accessibilité des bâtiments
    Personnes âgées et dépendance:
        personnes âgées NOT NEAR/8 internet NOT NEAR/8 numérique NOT NEAR/8 dématérialis* NOT NEAR/8 papier NOT NEAR/8 informatique NOT NEAR/8 ordinateur*
        EHPAD
        maison de retraite
        "dépendance" NOT NEAR/3 automobile NOT NEAR/3 voiture
        personne* âgée* dépendante*
        personne* dépendante*
        APA
        maintien à domicile
        aide à domicile
        auxiliaire* de vie
        "aidants"
        aidant familial
        proche aidant
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
        "charges"
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
        "comptabilité"
        comptabilité
    Recrutement et embauche:
        recruter NOT NEAR/4 cadres NOT NEAR/4 fonctionnaire* NOT NEAR/4 professeur* NOT NEAR/4 enseignant*
        embauche NOT NEAR/4 cadres NOT NEAR/4 fonctionnaire* NOT NEAR/4 administration NOT NEAR/4 professeur*
        contrat de travail
        CDD
        CDI
        période d'essai
        code du travail
        prud'hommes
        licenciement NOT NEAR/4 agent* NOT NEAR/4 fonctionnaire*
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
        rémunération
        CESU
        chèque emploi
        chèque emploi service
        Pajemploi
        TESE
        prélèvement à la source
        heures supplémentaires
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
        internet NOT NEAR/3 partout NOT NEAR/4 débit NOT NEAR/4 fibre NOT NEAR/4 couverture NOT NEAR/4 zones blanches
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
        "finances"
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
        "humain"
        "humains"
        physique
        face à face
        interlocuteur
        vraie personne
        personne physique
        "téléphone"
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
        formulaire
        Cerfa
        imprimé*
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
        "attente"
        délai* d'attente
        temps d'attente
        liste* d'attente
        attendre
        file d'attente
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
        législation
        obligation
        "autorisation"
        "autorisations"
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
        pénalité*
        majoration*
        redressement
        trop perçu
        indu
        sanction

Fonctionnement et formation de l'administration:
    Administration, hors question 172:
        # À la question 172 (services qui manquent), « administration » seul est un service
        # absent du territoire (proximité), pas son fonctionnement.
        @questions: 174 | 178 | 179 | 183 | 187 | 188 | 189 | 191 | 192 | 193 | 194 | 195 | 196 | 198 | 199 | 200 | 201 | 202 | 203
        "administration" NOT NEAR/1 fiscale
        "administrations" NOT NEAR/1 fiscale*
    Fonctionnaires et statut:
        fonctionnaire
        fonction publique
        statut de fonctionnaire
        statut* NEAR/3 fonctionnaire*
        statut* NEAR/3 agents
        statut de la fonction publique
        statut NEAR/2 vie
        emploi à vie
        sécurité de l'emploi
        secteur privé
        mérite
        évaluation des agents
        évaluation des fonctionnaires
        évaluation du personnel
        entretien* d'évaluation
        entretien* annuel*
        absentéisme
        arrêts maladie
        primes au mérite
        salaire au mérite
        avancement
        motivation
        motivé*
        démotivé*
    Agents et fonctionnement, réponses à la question 187:
        @questions: 187
        @negation: 3
        formation
        former
        compétent*
        compétence*
        "statut"
        "statuts"
        objectif*
        ressources humaines
        "personnel"
        "cadres"
        sens du service public
        terrain
        évaluation*
        rendement
        productivité
        "moyens"
    Formation et compétences des agents:
        formation des agents
        formation des fonctionnaires
        former les agents
        compétence* NEAR/4 agent*
        compétence* NEAR/4 fonctionnaire*
        compétence* NEAR/4 personnel*
        incompétent*
        incompétence
        ENA
        énarques
        haute fonction publique
        hauts fonctionnaires
    Management, hiérarchie et autonomie:
        hiérarchie
        hiérarchique*
        management
        manager*
        encadrement
        chefs
        niveaux hiérarchiques
        responsabilisation
        autonomie
        initiative
        fonctionnaires de terrain
        agents de terrain
        confiance
        souplesse
        rigidité
        cloisonnement
        silos
        culture du résultat
        inefficacité
        inefficace
    Accueil et relation avec les usagers:
        accueil
        accueillant*
        "usager"
        "usagers"
        client
        écoute
        amabilité
        aimable
        politesse
        courtoisie
        mépris
        arrogance
        "horaires" NOT NEAR/4 travail* NOT NEAR/4 scolaire* NOT NEAR/4 cours NOT NEAR/4 salarié*
        horaires d'ouverture
        ouverture le samedi
        samedi
        le soir
        guichet
        interlocuteur unique
        un seul interlocuteur
        qualité de service
        agents
    Information des usagers:
        # À la question 183 (règles jugées inutiles), « informations » est ce que l'usager doit
        # fournir (toujours les mêmes), pas l'information qu'on lui donne.
        @questions: 172 | 174 | 178 | 179 | 187 | 188 | 189 | 191 | 192 | 193 | 194 | 195 | 196 | 198 | 199 | 200 | 201 | 202 | 203
        information NOT NEAR/4 fourni* NOT NEAR/4 déjà NOT NEAR/3 mêmes NOT NEAR/4 redonner
        renseignement
        accès aux droits
        connaître ses droits
        leurs droits
        ses droits
        explication*
        expliquer
        transparence
    Efficacité et réactivité (questions 187, 188):
        @questions: 187 | 188
        efficace
        efficacité
        réactif*
    Moyens et effectifs:
        # Aux questions 193 (chercher un emploi), 199 à 203 (recruter, former, rémunérer du
        # personnel, cesser son activité, embaucher une personne handicapée), « du personnel »
        # est celui de l'employeur qui répond ; à la question 192 (scolariser son enfant), les
        # moyens et personnels sont ceux de l'école (Éducation).
        @questions: 172 | 174 | 178 | 179 | 183 | 187 | 188 | 189 | 191 | 194 | 195 | 196 | 198
        plus de moyens
        davantage de moyens
        moyens financiers
        donner des moyens
        manque de moyens
        manque de personnel
        le personnel
        du personnel
        des personnels
        personnel administratif
        personnel d'accueil
        sous-effectif
        suppression de postes
        "postes"
        "effectifs"
        manque d'effectifs

Organisation de l'État et des collectivités:
    Mille-feuille et échelons:
        mille-feuille
        millefeuille
        millefeuille administratif
        doublon* NOT NEAR/4 papier* NOT NEAR/4 internet
        échelon*
        strate
        trop d'échelons
        fusion
        regroupement* NOT NEAR/3 école* NOT NEAR/3 classe* NOT NEAR/3 aide*
        intercommunalité*
        communauté de communes
        communauté d'agglomération
        métropole*
        département*
        "régions"
        conseil régional
        échelon régional
        niveau régional
        regroupements régionaux
        grandes régions
        supprimer les départements
        suppression des départements
        fusion des communes
        regroupement des communes
        communes nouvelles
        trop de communes
        36000 communes
        36 000 communes
    Collectivités, réponses aux questions 178, 179 et 188:
        @questions: 178 | 179 | 188
        maire*
        "région"
        "commune"
        "communes"
        compétence* NEAR/6 collectivit*
        compétence* NEAR/6 "État"
        compétence* NEAR/6 commune*
        compétence* NEAR/6 département*
        compétence* NEAR/6 région*
        compétence* NEAR/6 structures
        compétence* NEAR/6 maire*
        budget*
        coûts
    Décentralisation et compétences:
        décentralisation
        déconcentration
        déconcentré*
        transfert de compétences
        répartition des compétences
        clarifier les compétences
        clarification des compétences
        domaines de compétences
        subsidiarité
        collectivités
        collectivités territoriales
        collectivités locales
        préfet
        État central
        centralisation
        centralisé* NOT NEAR/3 site*
        jacobin*
        parisien*
        régalien*
        missions
    Agences, organismes et coût de l'État:
        agences
        trop d'organismes
        multiplication des organismes
        comités
        comités Théodule
        hautes autorités
        autorités administratives
        commission
        trop de fonctionnaires
        nombre de fonctionnaires
        coût de l'État
        coût de fonctionnement de l'État
        dépenses
        gaspillage
        "économies" NOT NEAR/5 isol*
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
    consult* NEAR/4 citoyen* NOT médic* NOT médecin*
    consult* NEAR/4 habitant* NOT médic* NOT médecin*
    consult* NEAR/4 usager* NOT médic* NOT médecin*
    consult* NEAR/4 administré* NOT médic* NOT médecin*
    consult* NEAR/4 population NOT médic* NOT médecin*
    consult* NEAR/4 peuple NOT médic* NOT médecin*
    consult* NEAR/4 gens NOT médic* NOT médecin*
    sondage*
    votation*
    consultation* citoyenne*
    consultation locale
    consultation publique
    consultation par le net
    consultation par internet
    consulter les citoyens
    participation des citoyens
    ce débat
    débat public
    débat citoyen
    grand débat
    vote* NEAR/5 élections
    élections NEAR/5 citoyen*
    élections NEAR/5 internet
    élections NEAR/5 électronique*
    élections NEAR/5 référendum*
    dématérialisation des élections
    citoyens tirés au sort

Transports et mobilité:
    transport
    transports en commun
    transports publics
    bus
    cars
    train
    "gare"
    "gares"
    SNCF
    petites lignes
    TER
    "routes"
    entretien des routes
    état des routes
    mobilité NOT NEAR/1 professionnelle
    covoiturage
    transport à la demande
    permis à points

La Poste et services de proximité:
    la poste
    "poste" NOT emploi* NOT travail* NOT formation* NOT recrut* NOT candidat* NOT profil NOT boulot NOT fonctionnaire* NOT postul* NOT carrière NOT statut NOT chômage NOT infirmière*
    bureau de poste
    agence postale
    le facteur
    la factrice
    "facteurs" NEAR/5 poste
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
        sécurité NOT NEAR/1 sociale NOT NEAR/1 routière
        insécurité
        dépôt de plainte
        plainte
        délinquance
    Justice:
        justice
        tribunal
        le juge
        un juge
        des juges
        "juges"
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
    allocation* NOT NEAR/2 chômage
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
    accès au logement
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
    garde d'enfant*
    garde des enfants
    faire garder
    jeunes enfants
    accueil des enfants
    congé parental

Culture, sport et loisirs:
    accès à la culture
    ministère de la culture
    culture NEAR/4 sport*
    culture NEAR/4 loisir*
    culture NEAR/4 bibliothèque*
    culture NEAR/4 musée*
    culture NEAR/4 cinéma*
    culture NEAR/4 musique*
    culture NEAR/4 spectacle*
    culture NEAR/4 rural*
    culture NEAR/3 patrimoine
    activités culturelles
    projets culturels
    offre culturelle
    équipements culturels
    lieux culturels
    centre culturel
    vie culturelle
    sorties culturelles
    artistiques et culturels
    bibliothèque*
    médiathèque*
    musée*
    "cinéma"
    "cinémas"
    théâtre*
    piscine municipale
    "piscines"
    sport
    sportif*
    équipements sportifs
    loisirs

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
    connexion internet
    connexion NEAR/4 internet
    connexion NEAR/4 débit
    connexion NEAR/4 réseau
    bonne connexion
    connexion NEAR/4 zone*
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
        "facilité"
        facile
        fluide
        bonne assistance
        "remarquable"
        pas de pb
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
        perdus
