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
#
# Précision relue par l'équipe (lecture interne, pas un codage indépendant), 2026-12-06 (second passage pour les thèmes restés sous 0,8) : reviews/codebook-q150.md
#   Aides financières, fiscalité incitative, baisse prix : 0.90 (18/20)
#   Transports en commun meilleurs : 0.85 (17/20)
#   Y Rien, je fais déjà le max : 0.95 (19/20)
#   Education, infos fiables sur l'impact de chaque geste : 0.85 (17/20)
#   Recherche, innovation, rentabilité : 0.85 (17/20)
#   Pistes cyclables : 1.00 (20/20)
#   Qu'État et industries donnent l'exemple : 0.85 (17/20)
#   Transports en commun moins chers : 0.95 (19/20)
#   Imposer des contraintes : 0.85 (17/20)
#   Commerce de proximité, circuit-court : 0.85 (17/20)
#   Politique publique forte, long terme : 0.80 (16/20)
#   Taxer les gros pollueurs : 0.90 (18/20)
#   Tri sélectif plus facile : 0.85 (17/20)
#   Taxer les produits et services non écolo : 0.80 (16/20)
#   Pas de taxe punitive : 0.80 (16/20)
#   Réduire les emballages (favoriser vrac) : 0.80 (16/20)
#

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
    fiscal* NOT NEAR/3 punitiv* NOT NEAR/3 matraqu* NOT NEAR/3 racket* NOT NEAR/5 pollueur*
    incitation* NEAR/3 fiscale*
    incitation* NEAR/3 financière*
    incitation* NEAR/3 économique*
    déduct*
    défiscalis*
    argent
    moyens financiers
    coût* NEAR/3 pris en charge
    coût* NEAR/3 moins NOT NEAR/4 transport*
    coût* NEAR/3 réduire
    coûte rien
    prix NOT NEAR/4 transport* NOT NEAR/4 train* NOT NEAR/4 bus NOT NEAR/4 billet* NOT NEAR/3 augment* NOT NEAR/3 hausse* NOT NEAR/3 élevé* NOT NEAR/3 carburant* NOT NEAR/3 essence NOT NEAR/3 pollution NOT NEAR/3 taxe*
    baisse* NEAR/3 prix
    baisse* NEAR/3 taxes
    baisse* NEAR/3 coût*
    moins cher* NOT NEAR/4 transport* NOT NEAR/4 train* NOT NEAR/4 bus
    rembourse*
    tva
    financer
    budget
    pouvoir d'achat
    revenus
    salaire*
    porte monnaie
    portefeuille
    facture*
    payer moins
    carburant* NEAR/3 moins
    carburant* NEAR/3 baisse
    essence NEAR/3 moins
    essence NEAR/3 baisse
    chèque*
    zéro NEAR/2 taux
    prêt* NEAR/4 taux
    prêt* NEAR/4 banque*
    prêt* NEAR/4 bancaire*
    prêter
    avantage*

Commerce de proximité, circuit-court:
    @tag: Commerce de proximité, circuit-court
    proximité NEAR/4 service*
    épicerie*
    commerce*
    commerçant*
    magasin* NEAR/3 vrac
    magasin* NEAR/3 proximité
    magasin* NEAR/3 village*
    magasin* NEAR/3 quartier*
    circuit* court*
    produit* NEAR/3 "local"
    produit* NEAR/3 "locaux"
    produit* NEAR/3 locale*
    consomm* NEAR/3 "local"
    consomm* NEAR/3 locale*
    achat* NEAR/3 "local"
    achet* NEAR/3 "local"
    alimentation NEAR/3 locale
    services publics NEAR/4 proches
    services publics NEAR/4 proximité
    services publics NEAR/4 campagne
    services publics NEAR/4 rural*
    rapproch* NEAR/4 service*
    désertification
    vente directe
    producteur* NEAR/3 "locaux"
    producteur* NEAR/3 achet*
    producteur* NEAR/3 achat*
    directement NEAR/3 producteur*

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
    @negation: 2
    obligatoire* NOT NEAR/3 voiture NOT NEAR/3 véhicule
    "obliger"
    "obligation" NOT NEAR/3 agir
    "obligations"
    "obligent"
    contraindre
    contrainte* NEAR/3 loi
    contrainte* NEAR/3 fortes
    contrainte* NEAR/3 collective*
    contrainte* NEAR/3 réglementaire*
    imposer NOT NEAR/3 peut NOT NEAR/3 imposable* NOT NEAR/4 prêt*
    interdi* NOT NEAR/6 non des taxes NOT NEAR/4 "vue" NOT NEAR/3 plus que
    sanction* NOT NEAR/2 plutôt NOT NEAR/2 arrêter NOT NEAR/4 lieu
    amende*
    pénal*
    "loi"
    "lois"
    législation
    réglement* NOT NEAR/3 code
    contrôle*
    répress*
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
    trop taxé*
    déjà taxé*
    taxes NEAR/4 marre
    taxes NEAR/4 supprimer
    moins de taxes
    impôt* NEAR/4 trop
    impôt* NEAR/4 arrêter
    impôt* NEAR/4 stop
    impôt* NEAR/4 marre
    moins d'impôt*
    vache à lait
    pompe à fric
    prétexte NEAR/3 écolo*
    prétexte NEAR/3 environnement*
    prétexte NEAR/3 climat*
    tondre
    taxer NEAR/3 arrêter
    taxer NEAR/3 cesser
    taxer NEAR/3 stop

Pistes cyclables:
    @tag: Pistes cyclables
    piste* cyclable*
    pistes
    cyclab*
    vélo* NEAR/4 voie*
    vélo* NEAR/4 sécuris*
    vélo* NEAR/4 parking*
    vélo* NEAR/4 garage*
    vélo* NEAR/4 stationnement
    vélo* NEAR/4 aménag*
    vélo* NEAR/4 infrastructure*
    vélo* NEAR/4 route*
    vélo* NEAR/4 circul*
    vélo* NEAR/4 réseau*
    vélo* NEAR/4 priorité
    vélo* NEAR/4 "libre service"
    vélo* NEAR/4 dangereu*
    vélo* NEAR/4 volé*
    vélo* NEAR/4 vols
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
    piéton* NEAR/4 zone*
    piéton* NEAR/4 centre*
    piéton* NEAR/4 voie*
    piéton* NEAR/4 trottoir*
    piéton* NEAR/4 sécuris*
    piéton* NEAR/4 chemin*
    piétonn*

Politique publique forte, long terme:
    @tag: Politique publique forte, long terme
    politique NEAR/4 forte
    politique NEAR/4 cohérente
    politique NEAR/4 claire
    politique NEAR/4 ambitieuse
    politique NEAR/4 volontariste
    politique NEAR/4 globale
    politique NEAR/4 long terme
    politique* publique*
    vision NEAR/3 long terme
    plan NEAR/3 long terme
    planification
    stratégie*
    cohéren* NEAR/4 politique*
    cohéren* NEAR/4 mesures
    cohéren* NEAR/4 "action"
    volonté politique
    état NEAR/4 investir
    état NEAR/4 investisse*
    état NEAR/4 organis*
    état NEAR/4 mettre en place
    aménagement* NEAR/3 territoire
    urbanisme
    grands travaux
    stabilité
    constance

Qu'État et industries donnent l'exemple:
    @tag: Qu'État et industries donnent l'exemple
    exemple NEAR/3 montr*
    exemple NEAR/3 donn*
    valeur d'exemple
    exemplar*
    exemplaire*
    élus
    politiques NEAR/4 montr*
    politiques NEAR/4 donn*
    politiques NEAR/4 eux mêmes
    politiques NEAR/4 commencent
    "gouvernement" NOT NEAR/4 aide* NOT NEAR/4 prise en charge
    "gouvernements"
    gouvernants
    dirigeants
    ministre*
    président
    état NEAR/4 montr*
    état NEAR/4 commence*
    industri* NEAR/5 pollu*
    industri* NEAR/5 effort*
    industri* NEAR/5 fassent
    industri* NEAR/5 fasse
    entreprise* NEAR/5 pollu*
    entreprise* NEAR/5 effort*
    entreprise* NEAR/4 fassent
    gros pollueurs NOT NEAR/5 taxe* NOT NEAR/5 sanction*
    grandes entreprises
    multinational*
    grandes surfaces
    autres pays
    chine
    usa
    états unis
    efforts NEAR/4 chacun
    "privilégiés"
    bateau*
    paquebot*
    cargo*
    porte conteneurs
    transport routier

Recherche, innovation, rentabilité:
    @tag: Recherche, innovation, rentabilité
    recherche NEAR/4 développement
    recherche NEAR/4 scientifique*
    recherche NEAR/4 innov*
    recherche NEAR/4 technolog*
    recherche NEAR/4 investi*
    recherche NEAR/4 financ*
    chercheurs
    innov*
    technolog*
    progrès NEAR/3 technique*
    progrès NEAR/3 technologique*
    progrès NEAR/3 scientifique*
    ingénieur*
    alternative* NEAR/3 viable*
    alternative* NEAR/3 crédible*
    alternative* NEAR/3 accessible*
    alternative* NEAR/3 existe*
    alternative* NEAR/3 efficace*
    alternative* NEAR/3 abordable*
    rentab*
    appareil* NEAR/3 performant*
    véhicule* NEAR/3 performant*
    non performant*
    hydrogène NOT NEAR/8 aide* NOT NEAR/8 subvention* NOT NEAR/8 crédit* NOT NEAR/8 financ* NOT NEAR/8 prime* NOT NEAR/8 prix NOT NEAR/8 coût* NOT NEAR/8 incitation*
    véhicule* propre* NOT NEAR/6 prix NOT NEAR/6 coût* NOT NEAR/6 aide* NOT NEAR/6 achat* NOT NEAR/6 subvention* NOT NEAR/6 prime* NOT NEAR/6 bonus NOT NEAR/6 accessible* NOT NEAR/6 baisse*
    batterie*
    autonomie
    bornes NEAR/3 recharge
    recharge
    énergie* NEAR/3 renouvelable*
    énergie* NEAR/3 propre* NOT NEAR/5 subvention* NOT NEAR/4 coût* NOT NEAR/4 prix
    énergie* NEAR/3 verte*
    énergie* NEAR/3 nouvelle*
    solaire* NOT NEAR/8 aide* NOT NEAR/8 subvention* NOT NEAR/8 crédit* NOT NEAR/8 financ* NOT NEAR/8 prime* NOT NEAR/8 prix NOT NEAR/8 coût* NOT NEAR/8 incitation*
    éolien* NOT NEAR/8 aide* NOT NEAR/8 subvention* NOT NEAR/8 crédit* NOT NEAR/8 financ* NOT NEAR/8 prime* NOT NEAR/8 prix NOT NEAR/8 coût* NOT NEAR/8 incitation*
    domotique
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
    bouteilles

Taxer les gros pollueurs:
    @tag: Taxer les gros pollueurs
    pollueur* NEAR/5 payer
    pollueur* NEAR/5 payent
    pollueur* NEAR/5 paient
    pollueur* NEAR/5 paye
    pollueur* NEAR/5 punis
    pollueur* NEAR/5 fiscal*
    pollueur* NEAR/5 sanction*
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
    prix NEAR/4 carbone
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
    transport* NEAR/5 prix NOT NEAR/3 carburant* NOT NEAR/3 augment* NOT NEAR/3 énergie*
    transport* NEAR/5 coût*
    transport* NEAR/5 tarif*
    transport* NEAR/5 abordable*
    train* NEAR/5 gratuit*
    train* NEAR/5 moins cher*
    train* NEAR/5 prix NOT NEAR/3 augment* NOT NEAR/3 produits
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
    "gratuité" NOT NEAR/3 parking* NOT NEAR/3 conseil* NOT NEAR/3 expertise NOT NEAR/3 diagnostic* NOT NEAR/3 audit*

Tri sélectif plus facile:
    @tag: Tri sélectif plus facile
    # What the person already does (« je trie », « je le fais déjà », « faire du compost ») is
    # not a request: the noun « tri », « recyclage », composters and collection, not the verbs.
    @unless: fais déjà | faisons déjà | je trie | nous trions | je composte | je recycle | participe activement | participe au tri | applique depuis
    # « tri » named as a model for something else (« l'exemple du tri », « comme pour le tri en son
    # temps », « à l'instar du tri sélectif ») is not asking for easier sorting.
    "tri" NOT NEAR/4 exemple NOT NEAR/12 instar NOT NEAR/3 son temps
    sélectif* NOT NEAR/12 instar
    "recyclage" NOT batterie* NOT NEAR/4 éolienne* NOT NEAR/10 voiture* NOT NEAR/10 véhicule* NOT NEAR/20 électrique* NOT NEAR/2 eau NOT NEAR/1 "non"
    déchet* NEAR/4 tri
    déchet* NEAR/4 collecte*
    déchet* NEAR/4 ramass* NOT NEAR/3 nucléaire*
    déchet* NEAR/4 recycl*
    déchet* NEAR/4 valoris*
    déchet* NEAR/4 compost*
    déchet* NEAR/4 "verts"
    déchet* NEAR/4 point*
    déchèterie*
    déchetterie*
    poubelle* NEAR/4 tri
    poubelle* NEAR/4 jaune*
    poubelle* NEAR/4 compost*
    poubelle* NEAR/4 recycl*
    composteur*
    compost* NEAR/3 collecti*
    compost* NEAR/3 quartier*
    compost* NEAR/3 obligatoire*
    compost* NEAR/3 "bac"
    compost* NEAR/3 "bacs"
    compost* NEAR/3 boîte*
    compost* NEAR/3 poubelle*
    compost* NEAR/3 point*
    ordures NEAR/4 tri NOT NEAR/6 exemple
    ordures NEAR/4 collecte*
    ordures NEAR/4 recycl*
    collecte*
    conteneur* NOT NEAR/1 porte
    containers NOT NEAR/1 porte

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
