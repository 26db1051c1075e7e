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

@name: Codebook Q136 (La Grande Annotation)
@questions: 136

Anti-blanc, anti-Français:
    @tag: Anti-blanc, anti-Français
    blanc*
    antiblanc*
    anti blanc*
    anti français
    antifrançais
    français de souche
    souchien*
    français NEAR/3 discrimin*
    français NEAR/3 racisme
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
    sociaux
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
    salaire*
    classe*
    milieu*
    origine* NEAR/2 social*
    chômeur*
    chômage
    sdf
    sans abri
    diplôm*
    niveau d'étude*
    ruraux
    rural*
    campagne*
    banlieue*
    quartier*
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
    musulman*
    islam
    antimusulman*
    anti musulman*
    voilée*
    voile
    foulard*
    hijab*
    arabe*
    maghréb*
    beur*
    nord africain*

Physique, apparence:
    @tag: Physique, apparence
    physique NOT NEAR/2 violence* NOT NEAR/2 verbale* NOT NEAR/2 agression*
    apparence*
    obèse*
    obésité
    grossophob*
    poids
    surpoids
    gros
    grosse*
    taille
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
    faciès
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
