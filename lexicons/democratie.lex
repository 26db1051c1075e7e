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
#
# Précision relue par l'équipe (lecture interne, pas un codage indépendant), 2026-12-06 : reviews/democratie.md
#   Élus et représentants de confiance : 0.90 (18/20)
#   Corps intermédiaires et société civile : 0.80 (16/20)
#   Exemplarité et moralisation de la vie politique : 0.85 (17/20)
#   Lien entre élus et citoyens : 0.95 (19/20)
#   Mandats et nombre d'élus : 0.80 (16/20)
#   Mode de scrutin et pluralisme : 0.85 (17/20)
#   Vote et participation électorale : 0.85 (17/20)
#   Référendums et initiative citoyenne : 1.00 (20/20)
#   Démocratie participative et consultations : 0.85 (17/20)
#   Argent public et budget : 0.85 (17/20)
#   Institutions et assemblées : 0.95 (19/20)
#   Laïcité et religions : 0.85 (17/20)
#   Valeurs de la République et éducation : 0.90 (18/20)
#   Engagement citoyen et bénévolat : 0.85 (17/20)
#   Civisme et comportements : 0.85 (17/20)
#   Incivilités et délinquance : 1.00 (20/20)
#   Réponses aux incivilités : 0.85 (17/20)
#   Discriminations : 0.80 (16/20)
#   Administration et services publics : 0.85 (17/20)
#   Inégalités et justice sociale : 0.90 (18/20)
#   Médias et information : 0.95 (19/20)
#   Travail, emploi et logement : 0.90 (18/20)
#   Immigration et intégration : 0.80 (16/20)

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
        # Audit 2026-12-06 : « exemplaire » seul visait aussi l'administration, soi-même, les fonctionnaires.
        exemplaire NEAR/8 élus
        exemplaire NEAR/8 élu
        exemplaire NEAR/8 politique*
        exemplaire NEAR/8 politicien*
        exemplaire NEAR/8 ministre*
        exemplaire NEAR/8 député*
        exemplaire NEAR/8 gouvern*
        exemplaire NEAR/8 président*
        exemplaire NEAR/8 dirigeant*
        exemplaire NEAR/8 pouvoir
        exemplaire NEAR/8 état
        exemplarité NEAR/8 élus
        exemplarité NEAR/8 élu
        exemplarité NEAR/8 politique*
        exemplarité NEAR/8 politicien*
        exemplarité NEAR/8 ministre*
        exemplarité NEAR/8 député*
        exemplarité NEAR/8 gouvern*
        exemplarité NEAR/8 président*
        exemplarité NEAR/8 dirigeant*
        exemplarité NEAR/8 pouvoir
        exemplarité NEAR/8 état
        irréprochable NEAR/8 élus
        irréprochable NEAR/8 élu
        irréprochable NEAR/8 politique*
        irréprochable NEAR/8 ministre*
        irréprochable NEAR/8 député*
        irréprochable NEAR/8 gouvern*
        irréprochable NEAR/8 président*
        irréprochable NEAR/8 dirigeant*
        honnête* NEAR/8 élus
        honnête* NEAR/8 élu
        honnête* NEAR/8 politique*
        honnête* NEAR/8 ministre*
        honnête* NEAR/8 député*
        honnête* NEAR/8 gouvern*
        honnête* NEAR/8 président*
        honnête* NEAR/8 dirigeant*
        montr* l'exemple NEAR/6 élus
        montr* l'exemple NEAR/6 élu
        montr* l'exemple NEAR/6 politique*
        montr* l'exemple NEAR/6 ministre*
        montr* l'exemple NEAR/6 député*
        montr* l'exemple NEAR/6 gouvern*
        montr* l'exemple NEAR/6 président*
        montr* l'exemple NEAR/6 dirigeant*
        montr* l'exemple NEAR/6 pouvoir
        montr* l'exemple NEAR/6 état
        donn* l'exemple NEAR/6 élus
        donn* l'exemple NEAR/6 élu
        donn* l'exemple NEAR/6 politique*
        donn* l'exemple NEAR/6 ministre*
        donn* l'exemple NEAR/6 député*
        donn* l'exemple NEAR/6 gouvern*
        donn* l'exemple NEAR/6 président*
        donn* l'exemple NEAR/6 dirigeant*
        donn* l'exemple NEAR/6 pouvoir
        donn* l'exemple NEAR/6 état
        Honnêteté (questions sur les élus):
            # Audit 2026-12-06 : ailleurs (civisme, immigration), « honnête », « corruption », « casier
            # judiciaire » parlent des citoyens, des immigrés ou d'autres pays, pas des élus.
            @questions: 107 | 110 | 113 | 119 | 122 | 123
            honnête
            honnêteté
            intégrité
            irréprochable
            probité
            éthique
            casier judiciaire NOT NEAR/5 immigr* NOT NEAR/5 étranger*
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
        gaspillage NOT NEAR/3 alimentaire NOT NEAR/3 énergétique
    Respect des promesses et du programme:
        promesse NOT NEAR/2 embauche
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
    # Audit 2026-12-06 : aux questions sur les civilités, la laïcité, l'immigration, « écoute », « mépris »,
    # « échange », « relais » ne parlent pas des élus ; le thème est limité aux questions sur la
    # représentation, la participation et l'engagement.
    @questions: 107 | 110 | 113 | 119 | 122 | 123 | 129 | 131 | 132
    Écoute et dialogue:
        # Audit 2026-12-06 : « écoute », « informer », « expliquer », « terrain » seuls parlaient d'autre chose
        # (l'écoute comme valeur, informer ses droits, céder du terrain) : ils demandent les citoyens à côté.
        écoute NEAR/6 citoyen*
        écoute NEAR/6 peuple
        écoute NEAR/6 "gens"
        écoute NEAR/6 population
        écoute NEAR/6 électeur*
        écoute NEAR/6 français
        écoute NEAR/6 administrés
        écoute NEAR/6 habitants
        à l'écoute
        dialogue
        échange
        concertation
        mépris
        arrogance
    Réunions et rencontres:
        réunion
        réunions publiques
        rencontre
        permanence NEAR/5 élus
        permanence NEAR/5 élu
        permanence NEAR/5 député*
        permanence NEAR/5 maire*
        permanence NEAR/5 sénateur*
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
        proximité NOT NEAR/3 police NOT NEAR/3 agents NOT NEAR/3 associations
        sur le terrain
        de terrain
        du terrain NOT NEAR/2 céder
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
        informer NEAR/5 citoyen*
        informer NEAR/5 population
        informer NEAR/5 habitants
        informer NEAR/5 "gens"
        informer NEAR/5 administrés
        informer NEAR/5 électeurs
        expliquer NEAR/6 décision*
        expliquer NEAR/6 choix
        expliquer NEAR/6 programme*
        expliquer NEAR/6 réforme*
        expliquer NEAR/6 loi
        expliquer NEAR/6 politique*
        expliquer NEAR/6 citoyen*
        pédagogie
    Écoute des citoyens (questions sur la représentation):
        # Audit 2026-12-06 : aux questions sur les élus, la représentation et l'engagement, « écoute »
        # et « informer » seuls visent les citoyens ; ailleurs (civilités) ils parlent d'autre chose.
        @questions: 107 | 110 | 113 | 119 | 122 | 123 | 129
        écoute
        informer

Mandats et nombre d'élus:
    Cumul et limitation des mandats:
        cumul NOT NEAR/3 condamnation*
        non-cumul
        nombre de mandats
        limiter les mandats
        mandat unique
        mandats successifs
        deux mandats
        un seul mandat
        # Audit 2026-12-06 : « mandat » seul (pendant, durant, en cours, en fin de mandat, au cœur de leur
        # mandat) parlait surtout de l'activité des élus ; ne restent que la durée, le nombre, la limite.
        limitation des mandats
        limiter le nombre de mandats
        durée des mandats
        durée du mandat
        mandat impératif
        trois mandats
        2 mandats
        3 mandats
        mandat* NEAR/3 limit*
        mandat* NEAR/3 renouvel*
        mandat* NEAR/3 successifs
        mandat* NEAR/3 "court"
        mandat* NEAR/3 "courts"
        différents mandats
        plusieurs mandats
        double mandat
        mandats politiques
    Réduction du nombre d'élus et d'échelons:
        nombre d'élus
        nombre de députés
        nombre de sénateurs
        nombre de parlementaires
        réduire le nombre NEAR/4 élus
        réduire le nombre NEAR/4 représentants
        diminuer le nombre NEAR/4 représentants
        réduire le nombre NEAR/4 élu
        réduire le nombre NEAR/4 députés
        réduire le nombre NEAR/4 sénateurs
        réduire le nombre NEAR/4 parlementaires
        réduire le nombre NEAR/4 communes
        réduire le nombre NEAR/4 régions
        réduire le nombre NEAR/4 départements
        réduire le nombre NEAR/4 mandats
        réduire le nombre NEAR/4 ministres
        réduire le nombre NEAR/4 conseillers
        diminuer le nombre NEAR/4 élus
        diminuer le nombre NEAR/4 élu
        diminuer le nombre NEAR/4 députés
        diminuer le nombre NEAR/4 sénateurs
        diminuer le nombre NEAR/4 parlementaires
        diminuer le nombre NEAR/4 communes
        diminuer le nombre NEAR/4 régions
        diminuer le nombre NEAR/4 départements
        diminuer le nombre NEAR/4 mandats
        diminuer le nombre NEAR/4 ministres
        diminuer le nombre NEAR/4 conseillers
        moins d'élus
        trop d'élus
        millefeuille
        mille-feuille
        échelon* NEAR/5 supprim*
        échelon* NEAR/5 réduire
        échelon* NEAR/5 réduction
        échelon* NEAR/5 diminuer
        échelon* NEAR/5 fusion*
        échelon* NEAR/5 trop
        échelon* NEAR/5 nombre
        strate* NEAR/5 supprim*
        strate* NEAR/5 réduire
        strate* NEAR/5 réduction
        strate* NEAR/5 diminuer
        strate* NEAR/5 fusion*
        strate* NEAR/5 trop
        strate* NEAR/5 nombre
        conseillers départementaux NEAR/5 supprim*
        conseillers départementaux NEAR/5 réduire
        conseillers départementaux NEAR/5 réduction
        conseillers départementaux NEAR/5 diminuer
        conseillers départementaux NEAR/5 fusion*
        conseillers départementaux NEAR/5 trop
        conseillers départementaux NEAR/5 nombre
        conseillers régionaux NEAR/5 supprim*
        conseillers régionaux NEAR/5 réduire
        conseillers régionaux NEAR/5 réduction
        conseillers régionaux NEAR/5 diminuer
        conseillers régionaux NEAR/5 fusion*
        conseillers régionaux NEAR/5 trop
        conseillers régionaux NEAR/5 nombre
        intercommunalité* NEAR/5 supprim*
        intercommunalité* NEAR/5 réduire
        intercommunalité* NEAR/5 réduction
        intercommunalité* NEAR/5 diminuer
        intercommunalité* NEAR/5 fusion*
        intercommunalité* NEAR/5 trop
        intercommunalité* NEAR/5 nombre
        communauté* de communes NEAR/5 supprim*
        communauté* de communes NEAR/5 réduire
        communauté* de communes NEAR/5 réduction
        communauté* de communes NEAR/5 diminuer
        communauté* de communes NEAR/5 fusion*
        communauté* de communes NEAR/5 trop
        communauté* de communes NEAR/5 nombre
        fusion des communes
    Statut de l'élu et professionnalisation:
        statut de l'élu
        professionnel de la politique
        professionnalisation
        carrière politique
        vivre de la politique
        vivent de la politique
        politique NEAR/4 métier
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
        vote nul
        bulletin nul
        "nul" NEAR/3 blanc
        "nuls" NEAR/3 blancs
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
        dimanche NEAR/5 vote
        jour férié NEAR/5 vote
        semaine NEAR/5 vote
        carte électorale
        inscription
        listes électorales
        machine* à voter
    Élections et voter:
        # Audit 2026-12-06 : « vote » de la loi ou du budget (les élus), « électeurs » (la représentation),
        # « campagne électorale » (promesses, financement) n'étaient pas le vote des citoyens.
        Élections (hors consultations):
            # Audit 2026-12-06 : aux questions 119, 122 et 123 (participation, budget, assemblées), « vote »
            # et « voix » disent surtout des votes sur des projets ou des lois, pas les élections.
            @questions: 107 | 110 | 113 | 127 | 128 | 129 | 130 | 131 | 132 | 133 | 134 | 135 | 136 | 137 | 141 | 142 | 143 | 144
            vote NOT NEAR/4 loi NOT NEAR/4 lois NOT NEAR/4 budget NOT NEAR/4 amendement* NOT NEAR/3 députés NOT NEAR/3 élus NOT NEAR/3 parlement* NOT NEAR/3 panel
            élection
            urne
            voix NOT NEAR/3 porte*
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
        # Audit 2026-12-06 : « impôt », « fiscal » seuls parlaient de fiscalité, pas de l'usage de l'argent public.
        impôt NEAR/6 utilis*
        impôt NEAR/6 financ*
        impôt NEAR/6 dépens*
        impôt NEAR/6 gaspill*
        impôt NEAR/6 servir
        nos impôts
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
        institutions NOT NEAR/2 religieuses
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
        # Audit 2026-12-06 : « territoire », « région », « collectivités » seuls nommaient un lieu ou un échelon,
        # pas les institutions : les expressions qui en parlent comme institutions.
        collectivités territoriales
        conseil régional
        conseil départemental
        réforme territoriale
        supprimer les départements
        suppression des départements
        supprimer les régions
        grandes régions
        décentralisation
    Représentation des territoires (Q123):
        # Audit 2026-12-06 : à la question 123 (le rôle du Sénat et du CESE pour représenter les
        # territoires et la société civile), « territoires », « régions » disent bien les institutions.
        @questions: 123
        territoire
        territorial
        région
        régional
        département*
        collectivités

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
        # Audit 2026-12-06 : « jeunes », « enfants », « famille » seuls ne disent pas l'éducation (service civique
        # des jeunes, aides aux familles) ; l'éducation est prise par « éducation », « éduquer », « école ».
        parents
        parental
        jeunesse
        inculquer
        apprendre aux enfants
        apprendre à ses enfants
        apprendre à nos enfants
        transmettre NEAR/4 enfants
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
        histoire
        culture
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
        respecter la loi
        respecter les lois
        respecter les règles
        règles de vie
        règles de la République
        règles républicaines
        règles communes
        respect des règles

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
        # Audit 2026-12-06 : « respect » de la laïcité, des lois, des femmes n'est pas le civisme entre citoyens ;
        # « montrer l'exemple » des élus et de l'État est l'exemplarité politique.
        respect NOT NEAR/3 laïcité NOT NEAR/3 loi NOT NEAR/3 lois NOT NEAR/3 règles NOT NEAR/3 valeurs NOT NEAR/3 choix NOT NEAR/3 femmes NOT NEAR/3 institutions NOT NEAR/3 engagements NOT NEAR/3 république
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
        "tolérance" NOT NEAR/1 zéro
        "tolérant"
        "tolérante"
        "tolérants"
        "tolérantes"
        vivre ensemble
        bien vivre ensemble
        civisme
        civilité
    Montrer l'exemple:
        donn* l'exemple NOT NEAR/6 élus NOT NEAR/6 élu NOT NEAR/6 état NOT NEAR/6 président* NOT NEAR/6 politique* NOT NEAR/6 médias NOT NEAR/6 gouvern* NOT NEAR/6 pouvoir
        montr* l'exemple NOT NEAR/6 élus NOT NEAR/6 élu NOT NEAR/6 état NOT NEAR/6 président* NOT NEAR/6 politique* NOT NEAR/6 médias NOT NEAR/6 gouvern* NOT NEAR/6 pouvoir
        être exemplaire NOT NEAR/6 élus NOT NEAR/6 élu NOT NEAR/6 état NOT NEAR/6 président* NOT NEAR/6 politique* NOT NEAR/6 médias NOT NEAR/6 gouvern* NOT NEAR/6 pouvoir
        # Audit 2026-12-06 : « l'exemplarité », « être exemplaire » sans les élus ni l'État sont le civisme de
        # chacun (question 135 : ce que chacun peut faire) ; avec eux, l'exemplarité politique.
        exemplarité NOT NEAR/6 élus NOT NEAR/6 élu NOT NEAR/6 état NOT NEAR/6 président* NOT NEAR/6 politique* NOT NEAR/6 médias NOT NEAR/6 gouvern* NOT NEAR/6 pouvoir
        exemplaire NOT NEAR/6 élus NOT NEAR/6 élu NOT NEAR/6 état NOT NEAR/6 président* NOT NEAR/6 politique* NOT NEAR/6 médias NOT NEAR/6 gouvern* NOT NEAR/6 pouvoir
        irréprochable NOT NEAR/6 élus NOT NEAR/6 élu NOT NEAR/6 état NOT NEAR/6 président* NOT NEAR/6 politique* NOT NEAR/6 médias NOT NEAR/6 gouvern* NOT NEAR/6 pouvoir
        comportement civique
        sens civique
        esprit civique
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
        # Audit 2026-12-06 : se rencontrer, se parler entre citoyens (question 137 surtout) ; « échange »,
        # « rencontre » ne sont plus pris par le lien entre élus et citoyens hors des questions sur les élus.
        lieux de rencontre
        rencontre* NEAR/4 "gens"
        échange* NEAR/4 "gens"
        échanges entre
        se parler
        se connaître
        faire connaissance
        générosité
    Respect de l'environnement et du bien commun:
        respect de l'environnement
        respecter l'environnement
        planète
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
        "administration"
        "administrations"
        administratif*
        administrative*
        fonctionnaire NOT NEAR/4 maltrait* NOT NEAR/4 agress* NOT NEAR/4 insult* NOT NEAR/4 policiers
        agent public
        guichet
        accueil du public
        démarches administratives
        démarche* NEAR/3 administrati*
        procédure* NOT NEAR/4 débat*
        paperasse*
        bureaucratie
        simplifier NOT NEAR/3 lois
        simplification
        complexité NEAR/3 administrati*
    Services publics de proximité:
        service public
        maison* de services au public
        fermeture NOT NEAR/3 frontière* NOT NEAR/3 mosquée*
        désertification NEAR/6 service*

Inégalités et justice sociale:
    Inégalités et écarts de revenus:
        inégalité
        inégalitaire
        justice sociale
        injustice
        les riches
        "plus riches"
        riches NEAR/3 pauvres
        répartition des richesses
        partage des richesses
        ultra-riches
        écart de salaires
        écarts de revenus
        pouvoir d'achat
        # Audit 2026-12-06 : « salaire » seul (des élus, des hauts fonctionnaires), « aides sociales » à supprimer
        # aux étrangers ou comme sanction ne parlaient pas de justice sociale.
        fins de mois
        bas salaires
        petits salaires
        augmenter les salaires
        augmentation des salaires
    Aides sociales:
        # Audit 2026-12-06 : aux questions sur l'immigration, l'engagement et les incivilités, les aides
        # sociales sont celles qu'on veut retirer aux étrangers, conditionner ou suspendre en sanction.
        @questions: 107 | 110 | 113 | 122 | 123 | 136 | 137
        aides sociales NOT NEAR/8 étranger* NOT NEAR/8 immigr* NOT NEAR/8 migr* NOT NEAR/8 sanction* NOT NEAR/8 ponction NOT NEAR/8 supprim* NOT NEAR/8 profiter NOT NEAR/8 retenue* NOT NEAR/8 suspen* NOT NEAR/8 conditionn* NOT NEAR/8 amende*
        minima sociaux
        prestations sociales NOT NEAR/8 étranger* NOT NEAR/8 immigr* NOT NEAR/8 migr* NOT NEAR/8 sanction* NOT NEAR/8 ponction NOT NEAR/8 supprim* NOT NEAR/8 profiter NOT NEAR/8 retenue* NOT NEAR/8 suspen* NOT NEAR/8 conditionn* NOT NEAR/8 amende*
        allocations familiales NOT NEAR/8 étranger* NOT NEAR/8 immigr* NOT NEAR/8 migr* NOT NEAR/8 sanction* NOT NEAR/8 ponction NOT NEAR/8 supprim* NOT NEAR/8 profiter NOT NEAR/8 retenue* NOT NEAR/8 suspen* NOT NEAR/8 conditionn* NOT NEAR/8 amende*
        "CAF" NOT NEAR/8 étranger* NOT NEAR/8 immigr* NOT NEAR/8 migr* NOT NEAR/8 sanction* NOT NEAR/8 ponction NOT NEAR/8 supprim* NOT NEAR/8 profiter NOT NEAR/8 retenue* NOT NEAR/8 suspen* NOT NEAR/8 conditionn* NOT NEAR/8 amende*

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
        # Audit 2026-12-06 : « travail » seul (travail d'intérêt général, le travail des élus ou des associations),
        # « entreprise », « chômage » des élus donnaient surtout du bruit ; « travail » seul reste pour
        # l'immigration et l'intégration (questions 141 à 144), où il veut dire l'emploi.
        emploi
        emplois
        chômeurs
        taux de chômage
        demandeurs d'emploi
        embauche NOT NEAR/2 promesse*
        activité professionnelle
        monde du travail
        marché du travail
        conditions de travail
        temps de travail
        accès au travail
        droit au travail
        trouver BEFORE/3 travail
        trouver BEFORE/3 emploi
        recherche d'emploi
        recherche d'un emploi
        travail pour tous
        mettre au travail
        remettre au travail
        valeur travail
        faire travailler NOT NEAR/2 ensemble
        Travail des immigrés (Q141 à Q144):
            @questions: 141 | 142 | 143 | 144
            travail NOT NEAR/3 intérêt NOT NEAR/2 formidable NOT NEAR/2 remarquable NOT NEAR/2 énorme
            travailler NOT NEAR/3 pays
        Travail et discriminations (Q137):
            # « travail » seul, à la question 137 (lutter contre les discriminations), veut dire
            # l'emploi ou le lieu de travail (« donner du travail à tous », « l'égalité au travail »).
            @questions: 137
            travail NOT NEAR/3 intérêt NOT NEAR/2 formidable NOT NEAR/2 remarquable NOT NEAR/2 énorme NOT NEAR/2 beau
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
