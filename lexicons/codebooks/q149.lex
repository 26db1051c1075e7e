# Codebook Q149 — « Si oui, que faites-vous aujourd'hui pour protéger l'environnement et/ou que
# pourriez-vous faire ? » (Transition écologique)
#
# One theme per tag of La Grande Annotation's codebook for this question
# (../shared/corpus/codebooks/lga_tags.csv). Written from reading the answers of
# ../shared/corpus/answers/Q149.csv (most are lists of everyday gestures: « tri sélectif,
# compost, vélo, chauffage à 19° ») and from the tag names; measured with `synthese eval` on La
# Grande Annotation's labels (tests/data/gold), used only to drop entries that were mostly wrong.
#
# Where a gesture could go to two tags, the tag names decide: lowering the heating or the water
# use is « Réduction consommation énergie, eau », changing the heating or insulating is
# « Changement de chauffage, isolation », solar panels and green electricity are « Utilisation
# d'énergies renouvelables »; repairing and buying second-hand is consuming less
# (« Réduction consommation alimentaire, vestimentaire »); car-sharing is « Transports doux ou
# moins nombreux », a new electric car is not (no tag of the codebook stands for it).
#
# Précision relue par l'équipe (lecture interne, pas un codage indépendant), 2026-12-06 : reviews/codebook-q149.md
#   Tri sélectif, compost, moins de déchets : 1.00 (20/20)
#   Transports doux ou moins nombreux : 1.00 (19/19)
#   Consommation vertueuse (bio, circuit-court, local, éthique) : 1.00 (20/20)
#   Réduction consommation énergie, eau : 0.80 (16/20)
#   Réduction consommation alimentaire, vestimentaire : 0.85 (17/20)
#   Changement de chauffage, isolation : 0.90 (18/20)
#   Jardinage, potager (bio, sans pesticide) : 0.90 (18/20)
#   Régime alimentaire : 0.89 (16/18)
#   Utilisation d'énergies renouvelables : 0.94 (17/18)
#   Engagement ou dons à des associations : 0.90 (18/20)
#   Baisse de la reproduction : 0.95 (18/19)
#   Y Rien : 0.86 (6/7)
#

@name: Codebook Q149 (La Grande Annotation)
@questions: 149

Baisse de la reproduction:
    @tag: Baisse de la reproduction
    # Fewer children, population.
    natalité
    dénatalité
    démograph*
    surpopulation
    surpopulat*
    procré*
    reproduction NOT NEAR/5 espèce* NOT NEAR/5 poisson* NOT NEAR/5 halieutique*
    pas d'enfant
    seul enfant
    fait d'enfant
    faire d'enfant
    avoir d'enfant
    enfant* NEAR/2 3ème
    enfant* NEAR/2 troisième
    moins d'enfants
    nombre d'enfants
    naissance*

Changement de chauffage, isolation:
    @tag: Changement de chauffage, isolation
    # Insulating the home, changing the heating system.
    isol*
    pompe à chaleur
    pac
    chaudière*
    poêle*
    granulé*
    pellet*
    vitrage
    fenêtres
    huisserie*
    combles
    thermodynamique
    chang* NEAR/4 chauffage
    chang* NEAR/4 chaudière
    chang* NEAR/4 fenêtres
    remplac* NEAR/4 chauffage
    remplac* NEAR/4 chaudière
    remplac* NEAR/4 fioul
    remplac* NEAR/4 fuel
    remplac* NEAR/4 fenêtres
    mode de chauffage
    système de chauffage
    chauff* NEAR/3 bois
    chauff* NEAR/3 granulés
    chauff* NEAR/3 solaire
    chauff* NEAR/3 géothermie
    chauff* NEAR/3 thermodynamique
    fioul
    fuel
    rénov*
    travaux NEAR/4 maison
    travaux NEAR/4 logement
    travaux NEAR/4 énergétique*
    maison NEAR/3 passive
    maison NEAR/3 basse consommation
    maison NEAR/3 bbc
    bbc
    thermique

Consommation vertueuse (bio, circuit-court, local, éthique):
    @tag: Consommation vertueuse (bio, circuit-court, local, éthique)
    # Buying organic, local, seasonal, fair, from producers; choosing products for their impact.
    "bio"
    bios
    biologique*
    circuit* court*
    "local"
    "locale"
    "locales"
    "locaux"
    localement
    saison
    producteur*
    amap
    "marchés"
    marché NEAR/3 producteur*
    marché NEAR/3 "local"
    marché NEAR/3 "bio"
    éthique*
    équitable*
    label*
    made in france
    produits français
    français NEAR/3 produits
    français NEAR/3 acheter
    français NEAR/3 consommer
    consomm* NEAR/3 mieux
    consomm* NEAR/3 autrement
    consomm* NEAR/3 responsable*
    consomm* NEAR/3 intelligent*
    consomm* NEAR/3 raisonnée
    consomm* NEAR/3 locale*
    consommation responsable
    achat* NEAR/3 responsable*
    achat* NEAR/3 raisonné*
    achat* NEAR/3 réfléchi*
    achat* NEAR/3 local
    proximité
    produits ménagers
    produits naturels
    produits écologiques
    écolabel*
    boycott*
    agriculture raisonnée
    raisonnée

Engagement ou dons à des associations:
    @tag: Engagement ou dons à des associations
    association*
    "asso"
    bénévol*
    militant*
    milit*
    adhér* NOT NEAR/4 amap
    adhésion NOT NEAR/4 amap
    "dons"
    "don"
    ong
    greenpeace
    wwf
    lpo
    pétition*
    marche* NEAR/3 climat
    manifest* NEAR/4 climat
    manifest* NEAR/4 environnement
    cotis*
    campagne* NEAR/3 sensibilisation
    sensibilis* NEAR/3 public
    engag* NEAR/4 association*
    engag* NEAR/4 collectif*
    engag* NEAR/4 ong
    engag* NEAR/4 local*

Jardinage, potager (bio, sans pesticide):
    @tag: Jardinage, potager (bio, sans pesticide)
    jardin*
    potager*
    pesticide*
    désherb*
    herbicide*
    phytosanitaire*
    engrais
    permaculture
    poule*
    planter
    plantation*
    plante*
    arbre*
    haie*
    fleurs
    abeille*
    ruche*
    insecte*
    oiseau*
    "légumes" NEAR/4 cultiv*
    "légumes" NEAR/4 produi*
    "légumes" NEAR/4 jardin*
    cultiv*
    produits chimiques
    roundup
    glyphosate

Réduction consommation alimentaire, vestimentaire:
    @tag: Réduction consommation alimentaire, vestimentaire
    # Buying and consuming less: less stuff, less waste of food, repair, second hand.
    consomm* NEAR/3 moins NOT NEAR/3 eau NOT NEAR/3 énergie NOT NEAR/3 électricité NOT NEAR/3 viande NOT NEAR/3 chauffage NOT NEAR/3 carburant NOT NEAR/3 essence NOT NEAR/3 gaz
    consomm* NEAR/3 réduire NOT NEAR/3 eau NOT NEAR/3 énergie NOT NEAR/3 électricité NOT NEAR/3 viande NOT NEAR/3 chauffage NOT NEAR/3 carburant NOT NEAR/3 essence NOT NEAR/3 gaz
    consomm* NEAR/3 réduis NOT NEAR/3 eau NOT NEAR/3 énergie NOT NEAR/3 électricité NOT NEAR/3 viande NOT NEAR/3 chauffage NOT NEAR/3 carburant NOT NEAR/3 essence NOT NEAR/3 gaz
    consomm* NEAR/3 réduit NOT NEAR/3 eau NOT NEAR/3 énergie NOT NEAR/3 électricité NOT NEAR/3 viande NOT NEAR/3 chauffage NOT NEAR/3 carburant NOT NEAR/3 essence NOT NEAR/3 gaz
    consomm* NEAR/3 limit* NOT NEAR/3 eau NOT NEAR/3 énergie NOT NEAR/3 électricité NOT NEAR/3 viande NOT NEAR/3 chauffage NOT NEAR/3 carburant NOT NEAR/3 essence NOT NEAR/3 gaz
    consomm* NEAR/3 raisonnabl* NOT NEAR/3 eau NOT NEAR/3 énergie NOT NEAR/3 électricité NOT NEAR/3 viande NOT NEAR/3 chauffage NOT NEAR/3 carburant NOT NEAR/3 essence NOT NEAR/3 gaz
    consomm* NEAR/3 modér* NOT NEAR/3 eau NOT NEAR/3 énergie NOT NEAR/3 électricité NOT NEAR/3 viande NOT NEAR/3 chauffage NOT NEAR/3 carburant NOT NEAR/3 essence NOT NEAR/3 gaz
    consomm* NEAR/3 nécessaire NOT NEAR/3 eau NOT NEAR/3 énergie NOT NEAR/3 électricité NOT NEAR/3 viande NOT NEAR/3 chauffage NOT NEAR/3 carburant NOT NEAR/3 essence NOT NEAR/3 gaz
    consomm* NEAR/3 utile* NOT NEAR/3 eau NOT NEAR/3 énergie NOT NEAR/3 électricité NOT NEAR/3 viande NOT NEAR/3 chauffage NOT NEAR/3 carburant NOT NEAR/3 essence NOT NEAR/3 gaz
    achat* NEAR/3 moins
    achat* NEAR/3 inutile*
    achat* NEAR/3 superflu*
    achat* NEAR/3 limit*
    achat* NEAR/3 réduire
    achat* NEAR/3 réduis
    achat* NEAR/3 nécessaire*
    acheter NEAR/3 moins
    acheter NEAR/3 inutile*
    acheter NEAR/3 superflu*
    acheter NEAR/3 nécessaire*
    surconsomm*
    société de consommation
    consumérisme
    gaspillage alimentaire
    gaspill* NOT NEAR/3 eau NOT NEAR/3 énergie NOT NEAR/3 électricité NOT NEAR/3 chauffage
    vêtement*
    textile*
    "habits"
    "d'occasion"
    seconde main
    répar*
    recyclerie*
    ressourcerie*
    réutilis*
    emmaüs
    vide grenier*
    brocante*
    décroissan*
    sobriété
    sobre
    minimalis*
    obsolescence
    durable* NEAR/3 produits
    durable* NEAR/3 objets
    durable* NEAR/3 appareils
    durable* NEAR/3 achats
    garde* NEAR/3 longtemps
    strict nécessaire
    superflu*

Réduction consommation énergie, eau:
    @tag: Réduction consommation énergie, eau
    # Using less energy and water: heating lower, lights off, appliances, showers.
    chauff* NEAR/4 moins
    chauff* NEAR/4 baiss*
    chauff* NEAR/4 réduit*
    chauff* NEAR/4 réduire
    chauff* NEAR/4 réduis
    chauff* NEAR/4 limit*
    chauff* NEAR/4 modér*
    chauff* NEAR/4 raisonn*
    chauff* NEAR/4 peu
    chauff* NEAR/4 19
    chauff* NEAR/4 18
    chauff* NEAR/4 17
    chauff* NEAR/4 20
    chauff* NEAR/4 16
    chauff* NEAR/4 degrés
    chauff* NEAR/4 minimum
    température*
    pull
    économ* NEAR/3 énergie*
    économ* NEAR/3 électricité
    économ* NEAR/3 eau
    économ* NEAR/3 chauffage
    économies d'énergie
    consomm* NEAR/3 énergie*
    consomm* NEAR/3 électricité
    consomm* NEAR/3 eau
    consomm* NEAR/3 chauffage
    consomm* NEAR/3 électrique*
    étein*
    lumière*
    ampoule*
    led
    veille
    douche*
    bain*
    robinet*
    eau de pluie
    récupér* NEAR/3 eau
    "eau"
    gaspill* NEAR/3 eau
    gaspill* NEAR/3 énergie
    gaspill* NEAR/3 électricité
    gaspill* NEAR/3 chauffage
    électricité NOT NEAR/2 verte
    énergie NOT NEAR/2 renouvelable* NOT NEAR/2 verte
    clim*
    appareil* NEAR/3 électri*
    électroménager

Régime alimentaire:
    @tag: Régime alimentaire
    # Eating less meat, vegetarian, vegan.
    viande*
    végéta*
    végan*
    flexitarien*
    poisson*
    produits animaux
    origine animale
    produits laitiers
    protéines NEAR/3 animales
    protéines NEAR/3 végétales
    alimentation NEAR/3 végétale
    alimentation NEAR/3 saine
    alimentation NEAR/3 végétarienne
    régime

Transports doux ou moins nombreux:
    @tag: Transports doux ou moins nombreux
    # Walking, cycling, public transport, car-sharing, fewer trips, less car and plane.
    vélo*
    bicyclette*
    pied
    "marche" NOT NEAR/3 climat NOT NEAR/2 producteur* NOT NEAR/2 "local" NOT NEAR/2 "bio"
    "marcher"
    "marchant"
    transport* en commun
    transports publics
    bus
    tram*
    métro
    train*
    covoitur*
    co voiturage
    voiture NEAR/4 moins
    voiture NEAR/4 limit*
    voiture NEAR/4 réduire
    voiture NEAR/4 réduis
    voiture NEAR/4 évite*
    voiture NEAR/4 rarement
    voiture NEAR/4 peu
    voiture NEAR/4 abandon*
    voiture NEAR/4 partag*
    voiture NEAR/4 utilise
    véhicule NEAR/4 moins
    véhicule NEAR/4 limit*
    véhicule NEAR/4 réduire
    véhicule NEAR/4 évite*
    véhicule NEAR/4 rarement
    véhicule NEAR/4 peu
    déplacement* NEAR/4 moins
    déplacement* NEAR/4 limit*
    déplacement* NEAR/4 réduire
    déplacement* NEAR/4 réduis
    déplacement* NEAR/4 évite*
    déplacement* NEAR/4 inutile*
    déplacement* NEAR/4 regroup*
    déplacement* NEAR/4 doux
    déplacement* NEAR/4 pied
    déplacement* NEAR/4 vélo
    trajet* NEAR/4 moins
    trajet* NEAR/4 limit*
    trajet* NEAR/4 réduire
    trajet* NEAR/4 réduis
    trajet* NEAR/4 évite*
    trajet* NEAR/4 inutile*
    trajet* NEAR/4 courts
    trajet* NEAR/4 pied
    trajet* NEAR/4 vélo
    avion*
    aérien
    télétravail
    mobilité* douce*
    trottinette*
    conduite NEAR/3 souple
    conduite NEAR/3 écolo*
    conduite NEAR/3 douce
    éco conduite
    écoconduite
    vitesse NEAR/4 réduire
    vitesse NEAR/4 moins
    vitesse NEAR/4 limit*
    vitesse NEAR/4 baisse*
    vitesse NEAR/4 roule*

Tri sélectif, compost, moins de déchets:
    @tag: Tri sélectif, compost, moins de déchets
    # Sorting, composting, recycling, less waste and packaging, no litter.
    tri
    "trie"
    "tris"
    sélectif*
    compost*
    recycl*
    déchet*
    déchèterie*
    déchetterie*
    poubelle*
    ordures
    emballage*
    plastique*
    vrac
    zéro déchet
    jeter
    ramass*
    "verre"
    papier*
    carton*
    sacs
    sac NEAR/3 plastique
    sac NEAR/3 tissu
    sac NEAR/3 réutilisable*
    sac NEAR/3 course*
    gourde*
    suremballage*

Utilisation d'énergies renouvelables:
    @tag: Utilisation d'énergies renouvelables
    solaire*
    photovolta*
    panneau*
    renouvelable*
    éolien*
    électricité verte
    énergie verte
    fournisseur NEAR/4 vert*
    fournisseur NEAR/4 énergie
    fournisseur NEAR/4 électricité
    enercoop
    géotherm*
    bois NEAR/3 chauff*
    hydrogène
    biomasse

Y Rien:
    @tag: Y Rien
    # Nothing (done or possible).
    @unless-theme: Baisse de la reproduction
    @unless-theme: Changement de chauffage, isolation
    @unless-theme: Consommation vertueuse (bio, circuit-court, local, éthique)
    @unless-theme: Engagement ou dons à des associations
    @unless-theme: Jardinage, potager (bio, sans pesticide)
    @unless-theme: Réduction consommation alimentaire, vestimentaire
    @unless-theme: Réduction consommation énergie, eau
    @unless-theme: Régime alimentaire
    @unless-theme: Transports doux ou moins nombreux
    @unless-theme: Tri sélectif, compost, moins de déchets
    @unless-theme: Utilisation d'énergies renouvelables
    "rien" NOT NEAR/3 serviront NOT NEAR/3 servir NOT NEAR/3 sert NOT NEAR/3 changera
    "ras"
    "nsp"
    ne sais pas
    aucune idée
    grand chose
    impuissant*
