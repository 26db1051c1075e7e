# Codebook Q136 — « Quelles sont les discriminations les plus répandues dont vous êtes témoin ou
# victime ? » (Démocratie et citoyenneté)
#
# One theme per tag of La Grande Annotation's codebook for this question
# (../shared/corpus/codebooks/lga_tags.csv). Written from reading the answers of
# ../shared/corpus/answers/Q136.csv: mostly short lists (« racisme, sexisme, homophobie »), some
# longer testimonies. No human labels of this question are in ../shared: not measured here.
#
# Racism is coded from its names and from the colour of skin, « délit de faciès » and origins;
# hostility to foreigners and migrants goes to « Xénophobie, étrangers »; hostility to Muslims to
# « Islamophobie », to Jews to « Antisémitisme », to believers in general to « Religieux ». Age
# has no tag in this codebook.
#
# Précision relue par l'équipe (lecture interne, pas un codage indépendant), 2026-12-06 : reviews/codebook-q136.md
#   Anti-blanc, anti-Français : 1.00 (20/20)
#   Antisémitisme : 1.00 (20/20)
#   Classe sociale, richesse : 0.85 (17/20)
#   Handicap : 1.00 (20/20)
#   Homophobie, LGBT : 1.00 (20/20)
#   Islamophobie : 0.85 (17/20)
#   Physique, apparence : 0.95 (19/20)
#   Racisme (couleur de peau, ...) : 1.00 (20/20)
#   Religieux : 0.90 (18/20)
#   Sexisme : 1.00 (20/20)
#   Xénophobie, étrangers : 0.80 (16/20)

@name: Codebook Q136 (La Grande Annotation)
@questions: 136

Anti-blanc, anti-Français:
    @tag: Anti-blanc, anti-Français
    # « blanc » seul compte pour moitié : « mieux vaut être blanc que noir », « homme blanc
    # hétéro… je ne suis pas concerné », « les non-blancs » parlent du racisme envers les autres.
    blanc* (0.5)
    envers les blancs
    contre les blancs
    vis-à-vis des blancs
    racisme NEAR/5 blanc*
    discrimination* NEAR/3 blanc*
    insulte* NEAR/5 blanc*
    blanc et français
    "blanc" NEAR/4 cible
    antiblanc*
    anti blanc*
    anti français
    antifrançais
    français de souche
    souchien*
    # pas « français NEAR discrimin*/racisme » : « la discrimination en France », « la société
    # française est un exemple » ; la cible se dit avec « envers », « contre ».
    envers les français
    contre les français
    vis-à-vis des français
    racisme anti français
    racisme envers les français
    français NEAR/3 rejet
    français NEAR/3 haine
    français NEAR/3 insult*
    racisme inverse
    discrimination inverse
    discrimination positive
    chrétien* NEAR/4 discrimin*
    chrétien* NEAR/4 rejet
    chrétien* NEAR/4 insult*
    chrétien* NEAR/4 moqu*
    chrétien* NEAR/4 attaqu*

Antisémitisme:
    @tag: Antisémitisme
    antisémit*
    anti sémit*
    juif*
    juive*
    judaï*
    israél*

Classe sociale, richesse:
    @tag: Classe sociale, richesse
    # Poverty and wealth, social origin, degrees, jobs, where one lives.
    social*
    sociaux NOT NEAR/1 réseaux     # « réseaux sociaux »
    pauvre*
    pauvreté
    précarit*
    précaire*
    riche*
    richesse*
    argent
    économique*
    financi*
    pouvoir d'achat
    revenu*
    salaire* NOT NEAR/3 femme* NOT NEAR/3 homme*    # « salaires hommes/femmes » : sexisme
    classe*
    milieu* NEAR/2 modeste*        # pas « milieu » seul : « milieu hostile », « dans mon milieu »
    milieu* NEAR/2 défavoris*
    milieu* NEAR/2 populaire*
    milieu* NEAR/2 aisé*
    milieu* NEAR/2 ouvri*
    origine* NEAR/2 social*
    chômeur*
    chômage
    sdf
    sans abri
    diplôm*
    niveau d'étude*
    ruraux
    rural*
    campagne* (0.5)                # le lieu où l'on vit compte, le lieu où l'on est témoin pas seul
    banlieue* (0.5)
    quartier* (0.5)
    habitants NEAR/4 campagne*
    habitants NEAR/4 banlieue*
    habitants NEAR/4 quartier*
    jeunes NEAR/3 banlieue*
    jeunes des quartiers
    quartier de résidence
    lieu d'habitation
    adresse
    lieu de résidence
    code postal
    piston*
    privilég*
    élite*
    mépris NEAR/4 peuple
    mépris NEAR/4 petits
    mépris NEAR/4 gens
    mépris NEAR/4 pauvres
    mépris NEAR/4 classes
    smicard*
    assisté*

Handicap:
    @tag: Handicap
    handica*
    invalid*
    fauteuil*
    malad*
    malade*
    santé
    autis*
    aveugle*
    sourd*
    infirm*
    pmr
    mobilité réduite
    psychique*
    mental*

Homophobie, LGBT:
    @tag: Homophobie, LGBT
    homopho*
    homo
    homos
    homosex*
    lgbt*
    lgbtq*
    gay
    gai
    gais
    lesbien*
    transgenre*
    "trans"
    transphob*
    bisexu*
    orientation* sexuelle*
    orientation* NEAR/3 sexu*
    sexualité
    pédé*

Islamophobie:
    @tag: Islamophobie
    islamopho*
    # « musulman » seul compte pour moitié : dans les réponses à Q136, les musulmans sont souvent
    # nommés comme auteurs (« par les musulmans », « la domination exercée par les musulmans sur
    # les femmes ») ; l'islamophobie se dit avec une cible (« envers », « contre », « racisme »…).
    musulman* NOT NEAR/2 population (0.5)
    vis-à-vis des musulmans
    envers NEAR/5 musulman* NOT par les musulmans NOT de certains musulmans NOT des musulmans envers
    contre NEAR/5 musulman* NOT par les musulmans NOT de certains musulmans NOT des musulmans contre
    discrimin* NEAR/15 musulman* NOT par les musulmans NOT musulmans radicaux NOT des musulmans envers NOT NEAR/3 population NOT NEAR/4 quartiers NOT NEAR/6 cités
    raci* NEAR/5 musulman* NOT par les musulmans NOT de certains musulmans
    # Les listes de groupes discriminés (« les noirs, les musulmans, les juifs ») :
    musulman* NEAR/6 juif* NOT par les musulmans NOT de certains musulmans NOT des musulmans envers NOT des musulmans contre
    musulman* NEAR/6 arabe* NOT par les musulmans NOT de certains musulmans NOT des musulmans envers NOT des musulmans contre
    musulman* NEAR/6 noirs NOT par les musulmans NOT de certains musulmans NOT des musulmans envers NOT des musulmans contre
    musulman* NEAR/6 homosexuel* NOT par les musulmans NOT de certains musulmans NOT des musulmans envers NOT des musulmans contre
    musulman* NEAR/6 immigr* NOT par les musulmans NOT de certains musulmans NOT des musulmans envers NOT des musulmans contre
    musulman* NEAR/6 SDF NOT par les musulmans NOT de certains musulmans NOT des musulmans envers NOT des musulmans contre
    haine NEAR/4 musulman*
    peur NEAR/3 musulman*
    mépris NEAR/4 musulman*
    rejet NEAR/4 musulman*
    méfian* NEAR/8 musulman*
    stigmatis* NEAR/6 musulman*
    consonance* NEAR/3 musulman*
    origine musulmane
    religion musulmane
    "islam"                        # pas « islamisme », « islamistes »
    anti islam*
    antimusulman*
    anti musulman*
    voilée*
    "voile" (0.5)                  # pas « voilà » ; « l'obligation de porter le voile » n'est pas de l'islamophobie
    foulard* (0.5)
    hijab* (0.5)
    interdiction NEAR/4 "voile"
    # « arabe », « maghrébin », « beur », « nord-africain » nomment une origine, pas une
    # religion : ils sont sous Racisme.

Physique, apparence:
    @tag: Physique, apparence
    physique NOT NEAR/2 violence* NOT NEAR/2 verbale* NOT NEAR/2 agression* NOT NEAR/1 handicap*
    apparence*
    obèse*
    obésité
    grossophob*
    poids
    surpoids
    gros
    grosse*
    taille NOT NEAR/2 grandes NOT NEAR/2 grande    # « entreprises de grandes tailles »
    petits NEAR/2 taille
    look
    tenue* NEAR/3 vestimentaire*
    tenue* NEAR/3 discrimin*
    tenue* NEAR/3 jugement*
    vestimentaire*
    tatou*
    laideur
    beauté
    allure
    roux

Racisme (couleur de peau, ...):
    @tag: Racisme (couleur de peau, ...)
    raci*
    racial*
    race*
    couleur*
    peau
    noir*
    black*
    "faciès"                       # pas « face » (même racine sans accents)
    délit de faciès
    contrôle* au faciès
    origine* NOT NEAR/2 social* NOT NEAR/2 géographique*
    ethni*
    minorité* visible*
    nom NEAR/3 consonance*
    nom NEAR/3 famille
    nom NEAR/3 étranger*
    consonance*
    patronyme*
    asiati*
    chinois
    roms
    gens du voyage
    tziganes
    gitan*
    métis*
    arabe*
    maghréb*
    beur*
    nord africain*
    discrimination* NEAR/2 embauche

Religieux:
    @tag: Religieux
    religi*
    croyant*
    croyance*
    catholi*
    chrétien*
    culte*
    confession*
    laïc*
    foi
    athée*

Sexisme:
    @tag: Sexisme
    sexis*
    sexist*
    femme*
    féminin*
    misogyn*
    machis*
    macho*
    patriarca*
    homme* NEAR/3 femme*
    hommes/femmes
    genre
    sexe NOT NEAR/2 orientation
    sexuel* NOT NEAR/2 orientation* NOT NEAR/2 identité
    harcèlement* NEAR/3 rue
    harcèlement* NEAR/3 sexuel*
    harcèlement* NEAR/3 femmes
    égalité salariale
    inégalité* salariale*
    écart* NEAR/3 salaire*
    plafond de verre
    féminis*
    filles
    maternité
    enceinte*
    mères
    violence* conjugale*
    violences faites aux femmes

Xénophobie, étrangers:
    @tag: Xénophobie, étrangers
    xénopho*
    étranger*
    étrangère*
    immigr*
    migrant*
    émigr*
    réfugié*
    nationalité*
    accent*
    sans papiers
    demandeurs d'asile
    exilé*
    africain*
    afrique
    noms étrangers
    origine étrangère
    issu* de l'immigration
