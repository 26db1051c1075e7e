# Codebook Q127 — « Que proposez-vous pour renforcer les principes de la laïcité dans le rapport
# entre l'Etat et les religions de notre pays ? » (Démocratie et citoyenneté)
#
# One theme per tag of La Grande Annotation's codebook for this question
# (../shared/corpus/codebooks/lga_tags.csv), the meta-tag « Idée marquée » aside. Written from
# reading the answers of ../shared/corpus/answers/Q127.csv (random samples read whole, and every
# pattern below looked at in context for what it catches) and from the tag names. Measured on
# La Grande Annotation's human labels (tests/data/gold, `synthese eval`); that measure was used
# to drop entries that were wrong more often than right, never to add an answer's own wording.
#
# Traps met here:
# - « loi » and « lois », « religion » and « religions », « privé » and « privée » have different
#   stems: both forms are written, or a prefix (`relig*`, `privé*`).
# - Stop words are skipped inside entries (`toutes les religions` is the entry `religions`,
#   `sans distinction` is `distinction`): the entries below avoid resting on them.
# - « Y Rien » (nothing to propose, it works as it is) is given only when no proposal theme is
#   found: an answer that proposes something is not « rien », even when it starts with it.
#
# Précision relue par l'équipe (lecture interne, pas un codage indépendant), 2026-12-06 (second passage pour les thèmes restés sous 0,8) : reviews/codebook-q127.md
#   Application loi 1905 : 0.90 (18/20)
#   Aucun signe ostentatoire (croix, voile, kippa...) : 0.95 (19/20)
#   Plus d'éducation : 0.95 (19/20)
#   Redonner un aspect privé à la religion : 0.85 (17/20)
#   Séparation stricte Etat-religions : 0.80 (16/20)
#   Aucun financement par l'Etat : 0.85 (17/20)
#   Même traitement pour toutes les religions : 0.80 (16/20)
#   Y Rien : 0.95 (19/20)
#   Préserver les coutumes françaises : 0.90 (18/20)
#   Loi de la République avant celles de la religion : 0.90 (18/20)
#   Statut des écoles religieuses : 0.90 (18/20)
#   Lutte contre extrémismes : 0.95 (19/20)
#   Plus de tolérance : 0.85 (17/20)
#   Condamnation des atteintes à la laïcité : 0.95 (19/20)
#   Garantir la liberté de culte : 0.95 (19/20)
#   Fin du Concordat (Alsace-Moselle) : 0.85 (17/20)
#   Réduire financements étrangers : 0.90 (18/20)
#   Pas de menu religieux : 1.00 (20/20)
#   Stop prosélytisme : 0.95 (18/19)
#   Encadrer formation imams : 0.90 (18/20)
#   Pas d'imposition des valeurs : 0.90 (18/20)
#   Laïcisation du calendrier : 0.80 (16/20)
#   Lutte communautarisme : 1.00 (20/20)
#   Plus de dialogue : 0.85 (17/20)
#   Pas de laïcité extrême : 0.80 (16/20)
#   Moins de clientélisme : 0.80 (16/20)
#   Pas de prêche en langue étrangère : 0.80 (16/20)
#   Encadrer islam en France : 0.84 (16/19)
#

@name: Codebook Q127 (La Grande Annotation)
@questions: 127

Application loi 1905:
    @tag: Application loi 1905
    # The 1905 law; apply, enforce, respect the law and the rules of laïcité as they are.
    1905
    loi de séparation
    appliqu*
    application
    faire respect*
    respect* NEAR/4 loi
    respect* NEAR/4 lois
    respect* NEAR/4 règle*
    respect* NEAR/4 principe*
    respect* NEAR/4 législation
    respect* NEAR/4 textes
    respect* NEAR/2 laïcité
    législation
    lois existantes
    loi existante
    lois actuelles
    loi actuelle
    lois en vigueur
    loi en vigueur
    règles existantes
    règles en vigueur
    lois qui existent
    textes existants
    existant
    arsenal juridique
    cadre juridique
    cadre légal
    loi NEAR/3 claire
    loi NEAR/3 suffit
    loi NEAR/3 suffisante
    loi NEAR/3 bien faite
    loi NEAR/3 parfaite
    loi NEAR/3 bonne
    loi NEAR/3 laïcité
    lois NEAR/3 claires
    lois NEAR/3 suffisent
    lois NEAR/3 suffisantes
    lois NEAR/3 laïcité
    tenir NEAR/3 loi
    tenir NEAR/3 lois
    tenir NEAR/3 principes

Aucun financement par l'Etat:
    @tag: Aucun financement par l'Etat
    # No public money for worship, clergy, religious buildings or associations.
    financ* NOT NEAR/9 étranger* NOT NEAR/9 extérieur* NOT NEAR/9 pays NOT NEAR/6 contrôl* NOT NEAR/5 transparen* NOT NEAR/5 occulte* NOT NEAR/5 encadr* NOT NEAR/5 harmonis* NOT NEAR/6 traitement
    subvention* NOT NEAR/5 étranger* NOT NEAR/4 égalit*
    argent public
    deniers publics
    fonds publics
    argent du contribuable
    impôts NEAR/4 culte*
    entretien NEAR/4 édifices
    entretien NEAR/4 églises
    entretien NEAR/4 lieux de culte
    salari* NEAR/4 prêtres
    salari* NEAR/4 imams
    salari* NEAR/4 religieux
    salari* NEAR/4 ministres du culte

Aucun signe ostentatoire (croix, voile, kippa...):
    @tag: Aucun signe ostentatoire (croix, voile, kippa...)
    # Religious signs and clothes in public places, at school, in the civil service.
    signe* NEAR/3 religi*
    signe* NEAR/3 ostentatoire*
    signe* NEAR/3 ostensible*
    signe* NEAR/3 distinctif*
    signe* NEAR/3 extérieur*
    signe* NEAR/3 appartenance
    ostentatoire*
    ostensible*
    voile
    voilée*
    "voiles"
    foulard*
    burqa*
    burka*
    burkini*
    niqab*
    hijab*
    tchador*
    kippa*
    "kipa"
    soutane*
    visage* NEAR/3 caché*
    visage* NEAR/3 couvert*
    visage* NEAR/3 masqué*
    visage* NEAR/3 dissimul*
    tenue* NEAR/3 religi*
    vêtement* NEAR/3 religi*
    crucifix
    "croix"

Condamnation des atteintes à la laïcité:
    @tag: Condamnation des atteintes à la laïcité
    # Punish, sanction those who break the rules.
    sanction*
    punir
    punie*
    pénalis*
    pénalité*
    amende*
    répression
    tolérance zéro
    intraitable*
    sévère*
    sévérité
    poursuites
    expuls*
    laxisme
    laxiste*
    contrevenant*
    infraction*

Encadrer formation imams:
    @tag: Encadrer formation imams
    # Imams (and other clergy): where and how they are trained, vetted, in French.
    imam* NOT NEAR/6 sauf NOT NEAR/6 excepté NOT NEAR/6 exception NOT NEAR/4 tenue*
    iman* NOT NEAR/6 sauf NOT NEAR/6 excepté NOT NEAR/6 exception NOT NEAR/4 tenue*
    formation* NEAR/4 religieux
    "former" NEAR/2 religieux
    "formés" NEAR/2 religieux
    formation* NEAR/4 prêtres
    "former" NEAR/2 prêtres
    "formés" NEAR/2 prêtres
    formation* NEAR/4 rabbins
    "former" NEAR/2 rabbins
    "formés" NEAR/2 rabbins
    formation* NEAR/4 ministres du culte
    "former" NEAR/2 ministres du culte
    "formés" NEAR/2 ministres du culte
    formation* NEAR/4 responsables religieux
    "former" NEAR/2 responsables religieux
    "formés" NEAR/2 responsables religieux
    formation* NEAR/4 dirigeants religieux
    "former" NEAR/2 dirigeants religieux
    "formés" NEAR/2 dirigeants religieux

Encadrer islam en France:
    @tag: Encadrer islam en France
    @negation: 5
    # Organise Islam in France: a representative body, an « islam de France ».
    islam de france
    organis* NEAR/4 islam
    structur* NEAR/4 islam
    encadr* NEAR/4 islam
    encadr* NEAR/4 culte musulman
    cfcm
    conseil français du culte musulman
    représentant* NEAR/4 musulman*
    représentant* NEAR/4 islam

Fin du Concordat (Alsace-Moselle):
    @tag: Fin du Concordat (Alsace-Moselle)
    concordat* NOT NEAR/6 islam NOT NEAR/6 musulman* NOT NEAR/4 inspir* NOT NEAR/4 étendre NOT NEAR/4 élargi* NOT NEAR/4 généralis*
    alsace*
    moselle*
    régime* NEAR/3 concordataire
    régime* NEAR/3 local
    régime* NEAR/3 particulier
    concordataire*

Garantir la liberté de culte:
    @tag: Garantir la liberté de culte
    # Everyone free to believe and practise.
    liberté NEAR/3 culte*
    liberté NEAR/3 religi*
    liberté NEAR/3 croyance*
    liberté NEAR/3 croire
    liberté NEAR/3 conscience
    libre* NEAR/4 croire
    libre* NEAR/4 pratiquer
    libre* NEAR/4 religion
    libre* NEAR/4 culte
    libre* NEAR/4 croyances
    croire NEAR/4 veut
    croire NEAR/4 souhaite
    croire NEAR/4 voudra
    droit NEAR/3 croire
    droit NEAR/4 pratiquer

Laïcisation du calendrier:
    @tag: Laïcisation du calendrier
    # Religious public holidays, the calendar.
    férié*
    fériés
    calendrier*
    fête* NEAR/3 religi*
    fête* NEAR/3 chrétien*
    pentecôte
    ascension
    toussaint
    assomption

Loi de la République avant celles de la religion:
    @tag: Loi de la République avant celles de la religion
    # The law of the Republic above any religious rule.
    loi de la république
    lois de la république
    loi républicaine
    lois républicaines
    loi française
    lois françaises
    règles de la république
    lois NEAR/2 pays
    au dessus des lois
    au dessus de la loi
    au dessus de la république
    prime* NEAR/3 religi*
    primauté
    supérieur* NEAR/4 loi
    supérieur* NEAR/4 lois
    supérieur* NEAR/4 république
    supérieur* NEAR/4 religi*
    soum* NEAR/4 loi
    soum* NEAR/4 lois
    soum* NEAR/4 république
    soum* NEAR/4 règles
    relig* BEFORE/5 respecter NOT NEAR/3 autres NOT NEAR/3 chacun* NOT NEAR/3 autrui
    loi NEAR/3 dieu*
    loi NEAR/3 divine*
    loi NEAR/3 religieuse*
    loi NEAR/3 coran
    loi NEAR/3 bible
    lois NEAR/3 dieu*
    lois NEAR/3 divine*
    lois NEAR/3 religieuses
    lois NEAR/3 coran
    lois NEAR/3 bible
    charia
    code civil
    valeurs de la république
    valeurs républicaines
    principes de la république
    principes républicains
    pacte républicain
    charte NEAR/4 laïcité
    charte NEAR/4 république

Lutte communautarisme:
    @tag: Lutte communautarisme
    communautar*
    ghetto*
    repli* NEAR/3 communaut*
    repli identitaire
    séparatis*

Lutte contre extrémismes:
    @tag: Lutte contre extrémismes
    # Radicalisation, fundamentalism, sects, terrorism.
    extrémis*
    radicalis*
    "radical"
    "radicaux"
    "radicale"
    "radicales"
    intégris*
    intégriste*
    fondamentalis*
    salafis*
    salafiste*
    islamis*
    wahhabis*
    fanati*
    djihad*
    jihad*
    terroris*
    obscurantis*
    dérive* NOT NEAR/3 laïcité
    sectes
    sectaire*
    frères musulmans

Moins de clientélisme:
    @tag: Moins de clientélisme
    # Politicians courting religious communities for votes.
    clientélis*
    électoralis*
    complaisan* NEAR/5 élus
    complaisan* NEAR/5 politique*
    complaisan* NEAR/5 état
    complaisan* NEAR/5 gouvernement*
    complaisan* NEAR/5 islam
    complaisan* NEAR/5 religi*
    complaisan* NEAR/5 communaut*
    complaisan* NEAR/5 musulman*
    compromission*
    accommodement*
    lâcheté
    courage politique
    céder NEAR/4 pression*
    céder NEAR/4 revendication*
    céder NEAR/4 communaut*
    vote* NEAR/4 communaut*

Même traitement pour toutes les religions:
    @tag: Même traitement pour toutes les religions
    # Every religion treated alike: no favourite, no exception, no discrimination.
    égalit* NEAR/4 relig*
    égalit* NEAR/4 culte*
    égalit* NEAR/4 croyance*
    égalit* NEAR/4 confession*
    égalitaire*
    équit*
    "traitement"
    "enseigne" NEAR/5 relig*
    "enseigne" NEAR/3 logé*
    exception BEFORE/3 relig*
    exception BEFORE/3 culte*
    "chacune"
    traité* NEAR/4 façon
    traité* NEAR/4 manière
    traité* NEAR/4 égal*
    pied d'égalité
    "distinction"
    discrimin* NEAR/4 relig*
    discrimin* NEAR/4 culte*
    discrimin* NEAR/4 islam
    discrimin* NEAR/4 musulman*
    discrimin* NEAR/4 chrétien*
    discrimin* NEAR/4 catholique*
    privilégi* BEFORE/2 relig*
    privilégi* BEFORE/2 culte*
    favoris* BEFORE/2 relig*
    favoris* BEFORE/2 culte*
    "mêmes" NEAR/2 règles
    "mêmes" NEAR/2 droits
    "mêmes" NEAR/2 devoirs
    "mêmes" NEAR/2 lois
    "identiques"
    impartial*
    "égales"
    "égaux" NEAR/4 relig*
    "égaux" NEAR/4 culte*
    religions confondues
    confessions confondues
    deux poids deux mesures
    indistinct*

Pas d'imposition des valeurs:
    @tag: Pas d'imposition des valeurs
    # No religion (nor anyone) imposing its beliefs and rules on others.
    impos* NEAR/4 croyance*
    impos* NEAR/4 valeur* NOT NEAR/1 imposer à NOT NEAR/1 imposer nos NOT NEAR/2 respect NOT NEAR/4 prêche* NOT NEAR/4 serment NOT NEAR/3 revenus NOT NEAR/3 fiscalis* NOT NEAR/3 communes NOT NEAR/3 communautés
    impos* NEAR/4 religion* NOT NEAR/5 république NOT NEAR/5 loi NOT NEAR/5 langue NOT NEAR/1 imposer à NOT NEAR/1 imposer nos NOT NEAR/2 respect NOT NEAR/4 prêche* NOT NEAR/4 serment NOT NEAR/3 revenus NOT NEAR/3 fiscalis* NOT NEAR/3 communes NOT NEAR/3 communautés
    impos* NEAR/4 dogme*
    impos* NEAR/4 mode de vie
    impos* NEAR/4 rites
    impos* NEAR/4 pratiques
    impos* NEAR/4 convictions
    relig* BEFORE/6 impos* NOT NEAR/5 république NOT NEAR/5 loi NOT NEAR/5 langue NOT NEAR/1 imposer à NOT NEAR/1 imposer nos NOT NEAR/2 respect NOT NEAR/4 prêche* NOT NEAR/4 serment NOT NEAR/3 revenus NOT NEAR/3 fiscalis* NOT NEAR/3 communes NOT NEAR/3 communautés
    dicter
    diktat*
    pression* NEAR/4 relig*
    imposer NEAR/3 autres

Pas de laïcité extrême:
    @tag: Pas de laïcité extrême
    # Laïcité is not the rejection of religions; do not go too far.
    laïcité NEAR/3 extrême
    laïcité NEAR/3 excessive
    laïcité NEAR/3 radicale
    laïcité NEAR/3 agressive
    laïcité NEAR/3 intégriste
    laïcité NEAR/3 dogmatique
    laïcité NEAR/3 revanchard*
    laïcité NEAR/3 apaisée
    laïcité NEAR/3 ouverte
    laïcité NEAR/3 bienveillante
    laïcard*
    laïcisme
    intégrisme laïque
    anti religi*
    antireligi*
    rejet NEAR/3 relig*
    contre les religions
    confondre NEAR/3 laïcité
    trop loin NEAR/6 laïcité
    excès NEAR/3 laïcité

Pas de menu religieux:
    @tag: Pas de menu religieux
    cantine*
    menu*
    halal
    hallal
    casher
    kasher
    porc
    repas NEAR/4 spécifique*
    repas NEAR/4 adapté*
    repas NEAR/4 particulier*
    repas NEAR/4 cantine*
    repas NEAR/4 confessionnel*
    abattage*
    abattoir*
    viande* NEAR/3 halal
    viande* NEAR/3 rituel*

Pas de prêche en langue étrangère:
    @tag: Pas de prêche en langue étrangère
    prêche* NEAR/6 français
    prêche* NEAR/6 langue
    sermon* NEAR/6 français
    sermon* NEAR/6 langue
    office* NEAR/4 français
    messe* NEAR/4 français
    messe* NEAR/4 langue
    en langue française
    langue étrangère
    "arabe"

Plus d'éducation:
    @tag: Plus d'éducation
    # Teach laïcité, the values, the history of religions; explain, inform.
    éduqu*
    éducation NOT NEAR/1 nationale
    éducatif
    enseign* NEAR/4 laïcité
    enseign* NEAR/4 principes
    enseign* NEAR/4 valeurs
    enseign* NEAR/4 religions
    enseign* NEAR/4 fait religieux
    enseign* NEAR/4 histoire
    enseign* NEAR/4 civique
    enseign* NEAR/4 morale
    enseign* NEAR/4 respect
    enseigner
    apprendre NEAR/5 laïcité
    apprendre NEAR/5 principes
    apprendre NEAR/5 valeurs
    apprendre NEAR/5 religions
    apprendre NEAR/5 respect
    apprendre NEAR/5 enfants
    apprendre NEAR/5 jeunes
    apprendre NEAR/5 école
    apprentissage
    instruction civique
    éducation civique
    cours NEAR/4 laïcité
    cours NEAR/4 religions
    cours NEAR/4 civique
    cours NEAR/4 morale
    cours NEAR/4 histoire
    école NEAR/4 apprendre
    école NEAR/4 enseigner
    école NEAR/4 expliquer
    école NEAR/4 cours
    école NEAR/4 former
    école NEAR/4 laïcité
    école NEAR/4 civisme
    école NEAR/4 valeurs
    histoire des religions
    expliqu*
    explication*
    pédagog*
    sensibilis*
    inform*
    plus jeune âge
    primaire
    former NEAR/3 jeunes
    former NEAR/3 enfants
    former NEAR/3 citoyens
    former NEAR/3 élèves
    former NEAR/3 enseignants
    formation NEAR/4 citoyen*
    formation NEAR/4 jeunes
    formation NEAR/4 enfants
    formation NEAR/4 enseignants

Plus de dialogue:
    @tag: Plus de dialogue
    dialogu*
    débat* NEAR/4 ouvert*
    échange* NEAR/4 religi*
    échange* NEAR/4 cultes
    échange* NEAR/4 communaut*
    concertation*
    interreligi*
    inter religi*
    œcumén*
    connaissance NEAR/3 autres

Plus de tolérance:
    @tag: Plus de tolérance
    # Be more tolerant, respect the others' beliefs.
    "tolérance" NOT NEAR/1 zéro NOT NEAR/2 moins NOT NEAR/2 aucune NOT NEAR/2 aucun
    intoléran*
    respect* NEAR/3 chacun
    respect* NEAR/3 autres
    respect* NEAR/3 autrui
    respect* NEAR/3 croyants
    respect* NEAR/3 croyances
    respect* NEAR/3 convictions
    respect* NEAR/3 différence*
    respectueu*
    ouverture d'esprit
    bienveillan*
    accept* NEAR/3 autres
    accept* NEAR/3 différence*

Préserver les coutumes françaises:
    @tag: Préserver les coutumes françaises
    # Christian roots, traditions, crèches, the way of life of the country.
    racine*
    judéo*
    coutume*
    crèche*
    clocher*
    patrimoine
    héritage
    chrétienté
    traditions NEAR/3 françaises
    traditions NEAR/3 pays
    traditions NEAR/3 france
    traditions NEAR/3 chrétiennes
    pays NEAR/3 chrétien
    pays NEAR/3 catholique
    pays NEAR/3 judéo*
    culture NEAR/3 française
    culture NEAR/3 chrétienne
    culture NEAR/3 occidentale
    culture NEAR/3 judéo*
    histoire NEAR/3 chrétienne
    histoire NEAR/3 catholique
    histoire NEAR/3 france
    identité
    "noël"

Redonner un aspect privé à la religion:
    @tag: Redonner un aspect privé à la religion
    # Religion belongs to private life and places of worship, not to the public space.
    privé* NOT NEAR/3 école* NOT NEAR/3 enseignement NOT NEAR/3 établissement*
    intime
    intimité
    personnelle
    maison
    foyer
    domicile
    lieux de culte NEAR/4 uniquement
    lieux de culte NEAR/4 seulement
    lieux de culte NEAR/4 rester
    lieux de culte NEAR/4 réservé*
    lieux de culte NEAR/4 dédiés
    espace public NEAR/5 relig*
    espace public NEAR/5 neutre*
    sphère
    discrétion
    discret*
    cantonn*

Réduire financements étrangers:
    @tag: Réduire financements étrangers
    financ* NEAR/5 étranger*
    financ* NEAR/5 extérieur*
    financ* NEAR/5 pays
    financ* NEAR/5 occulte*
    financ* NEAR/5 transparen*
    financ* NEAR/5 origine
    financ* NEAR/5 provenance
    argent NEAR/4 étranger*
    argent NEAR/4 extérieur*
    fonds NEAR/4 étranger*
    fonds NEAR/4 extérieur*
    subvention* NEAR/4 étranger*
    dons NEAR/4 étranger*
    ingérence* NEAR/4 étrang*
    ingérence* NEAR/4 pays
    pilot* NEAR/3 extérieur
    pilot* NEAR/3 étranger
    qatar*
    "arabie"
    saoudi*
    turquie
    pays du golfe
    puissances étrangères
    états étrangers

Statut des écoles religieuses:
    @tag: Statut des écoles religieuses
    école* NEAR/2 privée*
    école* NEAR/2 confessionnel*
    école* NEAR/2 religieuse*
    école* NEAR/2 coranique*
    école* NEAR/2 libre*
    école* NEAR/2 catholique*
    école* NEAR/2 juive*
    école* NEAR/2 musulmane*
    enseignement NEAR/2 privé*
    enseignement NEAR/2 confessionnel*
    enseignement NEAR/2 catholique*
    enseignement NEAR/2 religieux
    établissement* NEAR/2 privé*
    établissement* NEAR/2 confessionnel*
    sous contrat
    hors contrat
    aumôneri*
    aumônier*
    école publique

Stop prosélytisme:
    @tag: Stop prosélytisme
    prosélyt*
    propagande
    convertir
    conversion*
    démarchage
    recrut* NEAR/4 religi*
    recrut* NEAR/4 jeunes
    recrut* NEAR/4 fidèles
    prêch* NEAR/3 rue
    prêch* NEAR/3 public
    prêch* NEAR/3 publique

Séparation stricte Etat-religions:
    @tag: Séparation stricte Etat-religions
    # State and religions apart: no link, no interference, neutrality.
    sépar*
    neutralité
    neutre*
    indépendan* NEAR/4 état
    indépendan* NEAR/4 religi*
    ingérence NOT NEAR/4 étrang*
    interfér*
    immisc*
    mêler
    couper
    connivence
    lien* NEAR/4 état
    lien* NEAR/4 religi*
    lien* NEAR/4 cultes
    rapport* NEAR/3 aucun
    rapport* NEAR/3 particulier*
    rapport* NEAR/3 privilégié*
    aucune relation
    cérémonie* NEAR/5 élus
    cérémonie* NEAR/5 président
    cérémonie* NEAR/5 ministre*
    cérémonie* NEAR/5 représentants
    cérémonie* NEAR/5 état
    ministère des cultes
    politique NEAR/4 relig* NOT NEAR/3 communaut*
    laïcité stricte
    laïcité NEAR/2 absolue
    laïcité NEAR/2 totale
    laïcité NEAR/2 dure
    désolidaris*
    influenc* NEAR/3 relig*
    strictement laïque

Y Rien:
    @tag: Y Rien
    # Nothing to propose or to change: it works, it is enough as it is.
    @unless-theme: Application loi 1905
    @unless-theme: Aucun financement par l'Etat
    @unless-theme: Aucun signe ostentatoire (croix, voile, kippa...)
    @unless-theme: Condamnation des atteintes à la laïcité
    @unless-theme: Encadrer formation imams
    @unless-theme: Encadrer islam en France
    @unless-theme: Fin du Concordat (Alsace-Moselle)
    @unless-theme: Garantir la liberté de culte
    @unless-theme: Laïcisation du calendrier
    @unless-theme: Loi de la République avant celles de la religion
    @unless-theme: Lutte communautarisme
    @unless-theme: Lutte contre extrémismes
    @unless-theme: Moins de clientélisme
    @unless-theme: Même traitement pour toutes les religions
    @unless-theme: Pas d'imposition des valeurs
    @unless-theme: Pas de laïcité extrême
    @unless-theme: Pas de menu religieux
    @unless-theme: Pas de prêche en langue étrangère
    @unless-theme: Plus d'éducation
    @unless-theme: Plus de dialogue
    @unless-theme: Plus de tolérance
    @unless-theme: Préserver les coutumes françaises
    @unless-theme: Redonner un aspect privé à la religion
    @unless-theme: Réduire financements étrangers
    @unless-theme: Statut des écoles religieuses
    @unless-theme: Stop prosélytisme
    @unless-theme: Séparation stricte Etat-religions
    "rien" NOT NEAR/1 voir NOT NEAR/1 justifi*
    "ras"
    "nsp"
    "sais"
    aucune idée
    statu quo
    convient
    conviennent
    satisf*
    bon équilibre
    bon compromis
    fonctionne
    déjà cas
    déjà NEAR/3 défini*
    déjà NEAR/3 clair*
    déjà NEAR/3 acquis
    déjà NEAR/3 solide*
    déjà NEAR/3 respecté*
    déjà NEAR/3 suffisant*
    déjà NEAR/3 place
    déjà NEAR/3 existant*
    suffisant*
    suffi*
    suffit
    inutile
    besoin NEAR/3 renforcer
    nécessaire NEAR/3 renforcer
    faux débat
    faux problème
    préoccupe
    intéresse
    va bien
