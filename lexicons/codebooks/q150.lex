# Codebook Q150 — « Qu'est-ce qui pourrait vous inciter à changer vos comportements comme par
# exemple mieux entretenir et régler votre chauffage, modifier votre manière de conduire ou
# renoncer à prendre votre véhicule pour de très petites distances ? » (Transition écologique)
#
# One theme per tag of La Grande Annotation's codebook for this question
# (../shared/corpus/codebooks/lga_tags.csv), except the residual « Sans réponse / Hors sujet /
# Inclassable », which no keyword can state (`synthese eval` treats it as « coded, no tag »;
# non-answers are recognised apart by synthese's non-answer test). Written from reading the
# answers of ../shared/corpus/answers/Q150.csv. No human labels of this question are in
# ../shared: not measured here.
#
# Transport: « moins cher », « gratuit » go to « Transports en commun moins chers », more lines,
# more frequent, closer, go to « Transports en commun meilleurs »; an answer can have both.

@name: Codebook Q150 (La Grande Annotation)
@questions: 150

Aides financières, fiscalité incitative, baisse prix:
    @tag: Aides financières, fiscalité incitative, baisse prix
    aide*
    prime*
    subvention*
    crédit* d'impôt*
    bonus*
    financi*
    fiscal*
    incitation* NEAR/3 fiscale*
    incitation* NEAR/3 financière*
    incitation* NEAR/3 économique*
    déduct*
    défiscalis*
    argent
    moyens
    coût*
    prix NOT NEAR/4 transport* NOT NEAR/4 train* NOT NEAR/4 bus NOT NEAR/4 billet*
    baisse* NEAR/3 prix
    baisse* NEAR/3 taxes
    baisse* NEAR/3 coût*
    moins cher* NOT NEAR/4 transport* NOT NEAR/4 train* NOT NEAR/4 bus
    rembourse*
    gratuit* NOT NEAR/4 transport* NOT NEAR/4 train* NOT NEAR/4 bus
    tva
    économies
    économiser
    financer
    budget
    pouvoir d'achat
    revenus
    salaire*
    porte monnaie
    portefeuille
    facture*
    payer moins
    carburant* NEAR/3 prix
    carburant* NEAR/3 moins
    carburant* NEAR/3 baisse
    essence NEAR/3 prix
    essence NEAR/3 moins
    essence NEAR/3 baisse
    chèque*
    zéro NEAR/2 taux
    prêt*
    avantage*

Commerce de proximité, circuit-court:
    @tag: Commerce de proximité, circuit-court
    proximité
    commerce*
    commerçant*
    magasin*
    circuit* court*
    "local"
    "locaux"
    locale*
    services publics NEAR/4 proches
    services publics NEAR/4 proximité
    services publics NEAR/4 campagne
    services publics NEAR/4 rural*
    rapprocher
    rapproch*
    désertification
    centre ville
    courses
    supermarché*
    hypermarché*
    producteur*

Education, infos fiables sur l'impact de chaque geste:
    @tag: Education, infos fiables sur l'impact de chaque geste
    inform*
    pédagog*
    sensibilis*
    éduc*
    communic*
    conseil*
    explic*
    expliqu*
    comprendre
    conscience
    preuve*
    prouv*
    chiffr*
    impact*
    fiable*
    vérité
    transparen*
    scientifique*
    diagnostic*
    bilan*
    campagne* NEAR/3 information
    campagne* NEAR/3 sensibilisation
    campagne* NEAR/3 publicit*
    campagne* NEAR/3 pub
    campagne* NEAR/3 télévis*
    formation*
    tutoriel*
    exemples concrets
    fiches
    concret*
    bonnes pratiques
    mesure* NEAR/3 efficacité
    mesure* NEAR/3 effet*
    mesure* NEAR/3 impact*
    efficacité

Imposer des contraintes:
    @tag: Imposer des contraintes
    oblig*
    contrain*
    imposer
    interdi*
    interdire
    sanction*
    amende*
    pénal*
    loi
    lois
    législation
    réglement*
    norme*
    contrôle*
    répress*
    forcer
    rationn*
    quotas

Pas de taxe punitive:
    @tag: Pas de taxe punitive
    punitiv*
    racket*
    matraqu*
    culpabilis*
    trop de taxes
    taxes NEAR/4 trop
    taxes NEAR/4 arrêter
    taxes NEAR/4 stop
    taxes NEAR/4 assez
    taxes NEAR/4 marre
    taxes NEAR/4 supprimer
    taxes NEAR/4 moins
    impôt* NEAR/4 trop
    impôt* NEAR/4 arrêter
    impôt* NEAR/4 stop
    impôt* NEAR/4 assez
    impôt* NEAR/4 marre
    impôt* NEAR/4 moins
    punir
    punition*
    vache à lait
    pompe à fric
    sous prétexte
    prétexte
    tondre
    taxer NEAR/3 arrêter
    taxer NEAR/3 cesser
    taxer NEAR/3 stop

Pistes cyclables:
    @tag: Pistes cyclables
    piste* cyclable*
    pistes
    cyclab*
    vélo*
    bicyclette*
    voies NEAR/3 vélo*
    voies NEAR/3 cyclistes
    voies NEAR/3 douces
    cyclist*
    sécuris* NEAR/4 vélo*
    sécuris* NEAR/4 piste*
    sécuris* NEAR/4 cyclistes
    sécuris* NEAR/4 piétons
    trottinette*
    mobilité* douce*
    piéton*

Politique publique forte, long terme:
    @tag: Politique publique forte, long terme
    politique NEAR/4 forte
    politique NEAR/4 cohérente
    politique NEAR/4 claire
    politique NEAR/4 ambitieuse
    politique NEAR/4 volontariste
    politique NEAR/4 globale
    politique NEAR/4 long terme
    politique NEAR/4 publique
    long terme
    vision
    "plan"
    "plans"
    planification
    stratégie*
    cohéren*
    volonté politique
    état NEAR/4 investir
    état NEAR/4 investisse*
    état NEAR/4 développ*
    état NEAR/4 organis*
    état NEAR/4 mettre en place
    pouvoirs publics
    aménagement* NEAR/3 territoire
    urbanisme
    investiss*
    infrastructure*
    grands travaux
    collectivités
    stabilité
    constance

Qu'État et industries donnent l'exemple:
    @tag: Qu'État et industries donnent l'exemple
    exemple
    exemplar*
    exemplaire*
    élus
    politiques NEAR/4 montr*
    politiques NEAR/4 donn*
    politiques NEAR/4 eux mêmes
    politiques NEAR/4 commencent
    gouvernement*
    gouvernants
    dirigeants
    ministre*
    président
    état NEAR/4 exemple
    état NEAR/4 montr*
    état NEAR/4 commence*
    état NEAR/4 voitures
    état NEAR/4 véhicules
    industri*
    entreprise*
    multinational*
    grandes surfaces
    autres pays
    chine
    usa
    états unis
    efforts NEAR/4 autres
    efforts NEAR/4 chacun
    riches
    privilégiés
    avion*
    bateau*
    paquebot*
    cargo*
    porte conteneurs
    camion*
    poids lourds
    transport routier

Recherche, innovation, rentabilité:
    @tag: Recherche, innovation, rentabilité
    recherche*
    innov*
    technolog*
    technique*
    progrès
    ingénieur*
    alternative*
    rentab*
    performant*
    électrique*
    hydrogène
    voiture* propre*
    véhicule* propre*
    batterie*
    autonomie
    bornes NEAR/3 recharge
    recharge
    énergie* NEAR/3 renouvelable*
    énergie* NEAR/3 propre*
    énergie* NEAR/3 verte*
    énergie* NEAR/3 nouvelle*
    solaire*
    éolien*
    nucléaire
    matériel*
    équipement*
    domotique
    thermostat*
    programmat*
    régulat*
    connecté*
    amortis*
    retour sur investissement

Réduire les emballages (favoriser vrac):
    @tag: Réduire les emballages (favoriser vrac)
    emballage*
    suremballage*
    vrac
    plastique*
    consigne*
    conditionnement*
    sacs
    bouteilles

Taxer les gros pollueurs:
    @tag: Taxer les gros pollueurs
    pollueur*
    gros pollueurs
    pollueur payeur
    taxe* NEAR/5 industri*
    taxe* NEAR/5 entreprise*
    taxe* NEAR/5 multinational*
    taxe* NEAR/5 avion*
    taxe* NEAR/5 kérosène
    taxe* NEAR/5 bateau*
    taxe* NEAR/5 paquebot*
    taxe* NEAR/5 camion*
    taxe* NEAR/5 transport routier
    taxe* NEAR/5 pollueur*
    taxe* NEAR/5 compagnies
    kérosène
    fioul lourd
    taxer les riches
    grandes entreprises

Taxer les produits et services non écolo:
    @tag: Taxer les produits et services non écolo
    taxe* NEAR/4 produits
    taxe* NEAR/4 polluant*
    taxe* NEAR/4 plastique*
    taxe* NEAR/4 importé*
    taxe* NEAR/4 emballage*
    taxe* NEAR/4 non écolo*
    taxe* NEAR/4 gaspill*
    malus
    bonus malus
    prix NEAR/4 produits polluants
    prix NEAR/4 pollution
    prix NEAR/4 carbone
    prix NEAR/4 réel
    coût NEAR/3 écologique
    coût NEAR/3 environnemental
    coût NEAR/3 carbone
    taxe carbone
    contribution climat
    surtax*
    éco participation
    écotaxe*

Transports en commun meilleurs:
    @tag: Transports en commun meilleurs
    transport* en commun NOT NEAR/4 cher* NOT NEAR/4 prix NOT NEAR/4 gratuit* NOT NEAR/4 coût* NOT NEAR/4 tarif*
    transports collectifs
    transports publics
    bus
    navette*
    train*
    tram*
    métro*
    rer
    "ter"
    ligne* NEAR/3 bus
    ligne* NEAR/3 train
    ligne* NEAR/3 ferroviaire*
    ligne* NEAR/3 desserte
    ligne* NEAR/3 supprim*
    ligne* NEAR/3 rouvrir
    ligne* NEAR/3 petites
    desserte*
    fréquen*
    horaire*
    réseau*
    offre NEAR/3 transport*
    ferroviaire*
    rail*
    gare*
    covoitur*
    autopartage
    auto partage
    parking* NEAR/4 relais
    parking* NEAR/4 gare
    parking* NEAR/4 périphérie
    parking* NEAR/4 gratuit*
    rural* NEAR/5 transport*
    rural* NEAR/5 alternative*
    rural* NEAR/5 bus
    rural* NEAR/5 train*
    campagne NEAR/5 transport*
    campagne NEAR/5 alternative*
    campagne NEAR/5 bus
    campagne NEAR/5 train*
    alternative* NEAR/4 voiture
    alternative* NEAR/4 véhicule
    alternative* NEAR/4 transport*

Transports en commun moins chers:
    @tag: Transports en commun moins chers
    transport* NEAR/5 gratuit*
    transport* NEAR/5 moins cher*
    transport* NEAR/5 prix
    transport* NEAR/5 coût*
    transport* NEAR/5 tarif*
    transport* NEAR/5 abordable*
    train* NEAR/5 gratuit*
    train* NEAR/5 moins cher*
    train* NEAR/5 prix
    train* NEAR/5 coût*
    train* NEAR/5 tarif*
    train* NEAR/5 abordable*
    bus NEAR/5 gratuit*
    bus NEAR/5 moins cher*
    bus NEAR/5 prix
    bus NEAR/5 coût*
    bus NEAR/5 tarif*
    billet*
    abonnement*
    gratuité

Tri sélectif plus facile:
    @tag: Tri sélectif plus facile
    tri
    sélectif*
    recycl*
    déchet*
    déchèterie*
    déchetterie*
    poubelle*
    compost*
    ordures
    collecte*
    conteneur*
    containers

Y Rien, je fais déjà le max:
    @tag: Y Rien, je fais déjà le max
    @unless-theme: Aides financières, fiscalité incitative, baisse prix
    @unless-theme: Commerce de proximité, circuit-court
    @unless-theme: Education, infos fiables sur l'impact de chaque geste
    @unless-theme: Imposer des contraintes
    @unless-theme: Pas de taxe punitive
    @unless-theme: Pistes cyclables
    @unless-theme: Politique publique forte, long terme
    @unless-theme: Qu'État et industries donnent l'exemple
    @unless-theme: Recherche, innovation, rentabilité
    @unless-theme: Réduire les emballages (favoriser vrac)
    @unless-theme: Taxer les gros pollueurs
    @unless-theme: Taxer les produits et services non écolo
    @unless-theme: Transports en commun meilleurs
    @unless-theme: Transports en commun moins chers
    @unless-theme: Tri sélectif plus facile
    "rien"
    "ras"
    déjà
    maximum
    max
    fais NEAR/3 déjà
    fais NEAR/3 mieux
    fais NEAR/3 possible
    fait NEAR/3 déjà
    convaincu*
    "fais"
    depuis longtemps
    besoin
    "nsp"
    "sais"
    aucune idée
    impossible
    obligé*
    besoin NEAR/3 voiture
    choix
    indispensable
    incontournable
