# Codebook Q163 — « Que faudrait-il faire pour rendre la fiscalité plus juste et plus efficace ? »
# (Fiscalité et dépenses publiques)
#
# One theme per tag of La Grande Annotation's codebook for this question
# (../shared/corpus/codebooks/lga_tags.csv), the meta-tag « Idée marquée » aside.
#
# There is no Q163 answer file in ../shared/corpus/answers: this lexicon is written from the tag
# names, the question, and how people name taxes and tax proposals in the answers to the
# neighbouring questions of the same debate (Q162, Q164 « quels impôts baisser », Q165, Q166, and
# La Grande Annotation's exported answers to Q164 to Q166 and Q205 to Q207): « la TVA sur les
# produits de première nécessité », « rétablir l'ISF », « la CSG des retraités », « les niches
# fiscales », « taxer les GAFA ». It was then read and narrowed on Q163's own answers from the
# Entendre la France chatbot (../shared/corpus/platforms/entendre-la-france, question FI8), below.
#
# Several tags share a tax (TVA, CSG, CICE, ISF, impôt sur le revenu): the verb and the object
# near the tax decide (« supprimer », « baisser », « sur les produits de luxe »); a bare mention
# of the tax goes to the general tag (« Repenser la TVA ») only when no more precise one applies.

# Précision relue par l'équipe (lecture interne, pas un codage indépendant), 2026-12-06 : reviews/codebook-q163.md
# (read on the 1,365 real answers to this question collected by the Entendre la France chatbot, FI8)
#   Taxer les riches : 0.95 (18/19)
#   P + de tranches IR progressives : 0.80 (16/20)
#   Lutte évasion, fraude, optimisation : 1.00 (20/20)
#   Rétablir ISF : 0.90 (18/20)
#   Impôt symbolique pour tous : 0.95 (19/20)
#   Taxer la finance : 0.89 (17/19)
#   Taxer les multinationales, GAFAM : 1.00 (20/20)
#   Moins taxer le travail : 1.00 (8/8), all its answers
#   Revoir niches : 0.95 (19/20)
#   IR proportionnel aux revenus : 0.90 (18/20)
#   Réduction du train de vie des élus : 0.84 (16/19)
#   Limiter les dépenses publiques : 0.85 (17/20)
#   Simplifier : 0.90 (18/20)
#   aides sociales : 0.85 (17/20)
#   Efficacité de l'utilisation des impôts : 1.00 (8/8), all its answers
#   limiter ou supprimer optimisation fiscale : 0.90 (18/20)
#   Taxer le luxe, polluant, importé : 0.93 (13/14)
#   TVA réduite (1ère nécessité) : 0.90 (18/20)
#   Transparence : 1.00 (19/19)
#   Suppression CSG tous les retraités : 1.00 (8/8)
#   Baisser la fiscalité des PME et TPE : 0.80 (16/20)
#   Diminuer les charges sociales et patronales : 0.80 (12/15)
#   Harmonisation internationale : 0.94 (17/18)
#   Réduire la TVA : 1.00 (20/20)
#   Repenser la TVA : 1.00 (14/14)
#   Attribution des aides : 0.80 (16/20)
#   Taux IR égal pour tous : 0.80 (16/20)
#   Refonte fiscalité successions : 1.00 (20/20)
#   Mesurer l'impact : 1.00 (2/2)
#   Informer de l'utilisation : 0.87 (13/15), all its answers
#   supression taxes sur énergie (électricité, gaz,eau , carburants° : 1.00 (4/4), all its answers
#   Sans effet de seuil : 0.82 (9/11)
#   Impôt sur la nationalité : 0.88 (7/8), all its answers
#   Taxer toutes les ressources : 0.83 (10/12)
#   Supprimer le CICE : 0.93 (13/14)
#   Suppression TH : 1.00 (4/4)
#   Suppression ISF, IFI : 1.00 (2/2), all its answers
#   Baisser CSG : 1.00 (11/11), all its answers
#   Supprimer la TVA : 1.00 (4/4)
#   fusion CSG et IR : 0.80 (4/5)
#   TVA sur produits de luxe : 1.00 (10/10)
#   TVA réduite (bio, sain, local, français) : 1.00 (8/8)
#   Supprimer CICE multinationales,très grandes entreprises : 0.80 (4/5)
#   CICE pour TPE/PME : 1.00 (3/3)
#   Supression IR : 1.00 (2/2)
#   Impots oeuvre d'art : 1.00 (1/1)
#

@name: Codebook Q163 (La Grande Annotation)
@questions: 163

Attribution des aides:
    @tag: Attribution des aides
    # Audit 2026-12-06: « allocations » named in passing, « attribution des cotisations »: the
    # words now need a verb or object of granting.
    attribution* NEAR/4 aides
    attribution* NEAR/4 allocations
    attribution* NEAR/4 prestations
    allocation* NEAR/4 réduire
    allocation* NEAR/4 supprimer
    allocation* NEAR/4 revoir
    allocation* NEAR/4 limiter
    allocation* NEAR/4 baisser
    allocation* NEAR/4 diminuer
    allocation* NEAR/4 plafonn*
    allocation* NEAR/4 condition*
    allocation* NEAR/4 calcul
    prestations sociales
    condition* NEAR/4 ressources
    condition* NEAR/4 revenus
    condition* NEAR/4 aides
    condition* NEAR/4 allocations
    sous conditions
    critère* NEAR/4 aides
    critère* NEAR/4 attribution
    plafond* NEAR/4 aides
    plafond* NEAR/4 allocations
    plafond* NEAR/4 ressources
    quotient familial
    allocations familiales
    aides NEAR/4 revoir
    aides NEAR/4 contrôler
    aides NEAR/4 conditionner
    aides NEAR/4 mieux cibler
    aides NEAR/4 ciblées


Baisser CSG:
    @tag: Baisser CSG
    # Audit 2026-12-06 (second pass): « hausse / augmentation » near « CSG » were both sides (« la
    # hausse de la CSG est légitime », « on augmente la CSG »), « trop » a list of taxes: only
    # undoing the rise, abolishing the CSG, and « trop de CSG / CSG trop … » stay.
    csg NEAR/3 baisse*
    csg NEAR/3 baisser
    csg NEAR/3 réduire
    csg NEAR/3 diminuer
    csg NEAR/3 réduction
    csg NEAR/3 moins
    trop BEFORE/3 csg
    csg BEFORE/2 trop
    supprim* NEAR/3 augmentation de la csg
    supprim* NEAR/3 hausse de la csg
    annul* NEAR/3 augmentation de la csg
    annul* NEAR/3 hausse de la csg
    revenir NEAR/3 augmentation de la csg
    revenir NEAR/3 hausse de la csg
    supprimer la csg
    suppression de la csg
    suppression totale de la csg

Baisser la fiscalité des PME et TPE:
    @tag: Baisser la fiscalité des PME et TPE
    # Audit 2026-12-06: « entrepreneur » (any firm), « indépendant » (other senses), « l'artisanat »
    # brought wrong answers.
    pme NOT NEAR/5 cice
    tpe NOT NEAR/5 cice
    pmi
    petites entreprises
    petites et moyennes entreprises
    artisans
    commerçant*
    travailleurs indépendants
    auto entrepreneur*
    autoentrepreneur*
    micro entrepreneur*
    petits entrepreneurs


CICE pour TPE/PME:
    @tag: CICE pour TPE/PME
    cice NEAR/6 pme
    cice NEAR/6 tpe
    cice NEAR/6 petites
    cice NEAR/6 artisans
    cice NEAR/6 commerçants
    crédit d'impôt NEAR/6 pme
    crédit d'impôt NEAR/6 tpe
    crédit d'impôt NEAR/6 petites entreprises

Diminuer les charges sociales et patronales:
    @tag: Diminuer les charges sociales et patronales
    # Audit 2026-12-06: « charges » alone (« la charge de l'impôt ») and « cotisation » alone
    # (« 1 euro de cotisation », « rétablir les cotisations ») brought wrong answers.
    charges sociales
    charges patronales
    charges salariales
    charges NEAR/3 entreprises
    charges NEAR/3 employeurs
    charges NEAR/3 travail
    charges NEAR/3 sociétés
    charges NEAR/3 salaires
    cotisations NEAR/4 baisser
    cotisations NEAR/4 réduire
    cotisations NEAR/4 diminuer
    cotisations NEAR/4 moins
    cotisations patronales
    cotisations salariales
    coût du travail
    urssaf


Efficacité de l'utilisation des impôts:
    @tag: Efficacité de l'utilisation des impôts
    # Audit 2026-12-06: `efficac*` took the question's own words (« plus juste et plus efficace »)
    # and any « efficacement » (« lutter efficacement »): only efficiency of spending stays.
    # Round 2: « l'utilisation des impôts » is information on the use (Informer), removed.
    efficacité NEAR/4 dépense*
    efficacité NEAR/4 services
    efficacité NEAR/4 utilisation
    efficacité NEAR/4 administration*
    efficacité NEAR/4 fonction publique
    gaspill*
    bonne utilisation
    bien utilis*
    mal utilis*
    bonne gestion
    mauvaise gestion
    dépenses utiles
    dépenses inutiles
    rationalis*


Harmonisation internationale:
    @tag: Harmonisation internationale
    # Audit 2026-12-06: « l'Union européenne », « mondialisation », « fortunes mondiales »,
    # « comme dans d'autres pays européens » were no harmonisation asked.
    harmonis*
    uniformis* NEAR/5 europ*
    europ* NEAR/5 fiscalité
    europ* NEAR/5 fiscal*
    europ* NEAR/5 impôt*
    europ* NEAR/5 taxe*
    europ* NEAR/5 taxation
    europ* NEAR/5 échelle
    europ* NEAR/5 niveau
    europ* NEAR/5 coopération
    international* NEAR/5 coopération
    international* NEAR/5 fiscal*
    dumping
    concurrence fiscale
    pays voisins


IR proportionnel aux revenus:
    @tag: IR proportionnel aux revenus
    proportionnel*
    proportion NEAR/3 revenus
    fonction NEAR/3 revenus
    fonction NEAR/3 ressources
    fonction NEAR/3 moyens
    selon NEAR/3 revenus
    selon NEAR/3 ressources
    selon NEAR/3 moyens
    prorata
    capacité* contributive*
    chacun NEAR/4 moyens
    chacun NEAR/4 capacités
    pourcentage NEAR/4 revenus

Impots oeuvre d'art:
    @tag: Impots oeuvre d'art
    œuvre* d'art
    "art"
    tableaux
    antiquités
    collection*

Impôt sur la nationalité:
    @tag: Impôt sur la nationalité
    # Audit 2026-12-06: « exil fiscal » (fighting tax exile) and « les États-Unis » named as an
    # example were no nationality-based tax; only the nationality and the expatriates stay.
    # Round 2: « nationaux » (stems like « nationalité ») and « français … à l'étranger » removed.
    "nationalité"
    "nationalités"
    expatrié*
    imposition NEAR/4 nationalité
    imposition NEAR/4 citoyenneté
    citoyenneté NEAR/4 impôt*
    citoyenneté NEAR/4 fiscal*
    américain* NEAR/6 étranger
    comme les usa
    taxer NEAR/4 exilés
    français NEAR/5 expatriés
    français NEAR/5 résidant


Impôt symbolique pour tous:
    @tag: Impôt symbolique pour tous
    symbolique*
    monde NEAR/3 paye
    monde NEAR/3 paie
    monde NEAR/3 payent
    monde NEAR/3 paient
    monde NEAR/3 contribue
    monde NEAR/3 participe
    chacun NEAR/3 paye
    chacun NEAR/3 paie
    chacun NEAR/3 contribue
    chacun NEAR/3 participe
    même minime
    même modeste
    même faible
    1 euro
    10 euros
    minimum NEAR/3 impôt
    minimum NEAR/3 contribution
    impôt minimum
    contribution minimale
    moitié NEAR/4 paient
    moitié NEAR/4 payent
    moitié NEAR/4 foyers
    foyers NEAR/4 paient
    foyers NEAR/4 payent
    foyers NEAR/4 exonérés

Informer de l'utilisation:
    @tag: Informer de l'utilisation
    # Audit 2026-12-06: « informatisation », « comme expliqué ici », « informer des aides »,
    # « communiquer sur les résultats » of a test: the words now need the taxes or their use.
    # Round 2: « informatisation », « se rendre compte » removed.
    "expliquer"
    expliqu* NEAR/5 impôt*
    expliqu* NEAR/5 utilisation
    expliqu* NEAR/5 fiscalité
    expliqu* NEAR/5 taxe*
    expliqu* NEAR/5 sert
    expliqu* NEAR/5 servira
    expliqu* NEAR/5 calcul
    explication* NEAR/5 impôt*
    explication* NEAR/5 utilisation
    explication* NEAR/5 taxe*
    information* NEAR/5 utilisation
    informer NEAR/5 utilisation
    information* NEAR/5 impôt*
    informer NEAR/5 impôt*
    information* NEAR/5 dépense*
    informer NEAR/5 dépense*
    information* NEAR/5 fiscalité
    informer NEAR/5 fiscalité
    communi* NEAR/5 utilisation
    communi* NEAR/5 impôt*
    communi* NEAR/5 dépense*
    pédagog*
    savoir NEAR/4 utilis*
    savoir NEAR/4 sert
    savoir NEAR/4 servent
    savoir NEAR/4 argent
    savoir NEAR/4 impôts
    compte rendu
    rendre des comptes
    détail* NEAR/4 dépenses
    détail* NEAR/4 utilisation


Limiter les dépenses publiques:
    @tag: Limiter les dépenses publiques
    # Audit 2026-12-06: « dette », « déficit », « dépenses publiques » named without a cut, and
    # « fonctionnaires » alone brought wrong answers. Round 2: « économies » stems like « économie,
    # économiques, économistes »: written exact.
    dépenses NEAR/3 réduire
    dépenses NEAR/3 baisser
    dépenses NEAR/3 limiter
    dépenses NEAR/3 diminuer
    dépenses NEAR/3 réduction
    dépenses NEAR/3 maîtriser
    dépenses NEAR/3 moins
    dépenses NEAR/3 inutiles
    "économies"
    faire des économies
    économiser
    train de vie NEAR/3 état
    train de vie NEAR/3 administration
    fonctionnaires NEAR/4 réduire
    fonctionnaires NEAR/4 nombre
    fonctionnaires NEAR/4 moins
    fonctionnaires NEAR/4 diminuer
    fonction publique NEAR/4 réduire
    fonction publique NEAR/4 réorganiser
    millefeuille
    mille feuille*
    doublons
    rationalis* NEAR/4 dépenses


Lutte évasion, fraude, optimisation:
    @tag: Lutte évasion, fraude, optimisation
    évasion*
    fraude*
    fraudeur*
    paradis fiscaux
    exil* NEAR/3 fiscal*
    fuite* NEAR/3 capitaux
    fuite* NEAR/3 fiscale
    contrôle* fiscaux
    contrôle* NEAR/4 fraude
    contrôle* NEAR/4 fisc
    contrôle* NEAR/4 revenus
    travail au noir
    dissimul*
    verrou de bercy
    lutter NEAR/4 fraude
    lutter NEAR/4 évasion
    délinquance financière

Mesurer l'impact:
    @tag: Mesurer l'impact
    # Audit 2026-12-06: `impact*` (« impacter la classe moyenne », « impact environnemental ») and
    # `mesure` (« dans la mesure du possible ») took 18 of 20 answers read: only measuring effects stays.
    mesurer NEAR/4 efficacité
    mesurer NEAR/4 efficience
    mesurer NEAR/4 effets
    mesurer NEAR/4 impact*
    mesurer NEAR/4 résultats
    mesure NEAR/3 effets
    mesure NEAR/3 résultats
    évaluer NEAR/4 mesures
    évaluer NEAR/4 politiques
    évaluer NEAR/4 réformes
    évaluer NEAR/4 effets
    évaluation*
    étude* NEAR/3 impact
    étude* NEAR/3 préalable*
    effets NEAR/3 mesures
    effets NEAR/3 réformes
    effets NEAR/3 impôts
    résultats NEAR/3 mesures
    résultats NEAR/3 réformes
    indicateur*
    bilan* NEAR/3 mesures
    bilan* NEAR/3 réformes
    bilan* NEAR/3 cice
    bilan* NEAR/3 suppression
    tester NEAR/4 mesures


Moins taxer le travail:
    @tag: Moins taxer le travail
    # Audit 2026-12-06: « classes moyennes », « travailleurs », « smic » and « salaires » near
    # « impôts » (« taxer davantage les gros salaires ») were other ideas; labour itself stays.
    # Round 2: « marché du travail », « écart de salaire », « revenus du travail très élevés »:
    # only a lighter tax on labour stays.
    # Second pass: « le travail au noir qui pénalise », « Polonais qui travaillent … taxes »,
    # « pénalisez les abus … le travail »: the verb now comes before « travail » (« taxer / imposer
    # moins le travail », « pénaliser le travail »).
    "taxer" BEFORE/3 travail
    travail BEFORE/3 "taxé"
    "imposer" BEFORE/3 travail
    travail BEFORE/3 "imposé"
    travail NEAR/3 fiscalité
    pénaliser le travail
    fruit de leur travail
    fruit de son travail
    fruit de notre travail
    travail NEAR/3 prélèvement*
    moins taxer le travail
    moins imposer le travail
    revenus du travail NOT NEAR/4 élevés
    salaires NEAR/4 paient moins
    salaires NEAR/4 charges
    qui travaillent NEAR/3 moins
    heures supplémentaires


P + de tranches IR progressives:
    @tag: P + de tranches IR progressives
    tranche*
    progressi*
    barème*
    taux marginal
    paliers

Refonte fiscalité successions:
    @tag: Refonte fiscalité successions
    succession*
    héritage*
    hérit*
    donation*
    transmission*
    droits de mutation

Repenser la TVA:
    @tag: Repenser la TVA
    @unless-theme: Réduire la TVA
    @unless-theme: Supprimer la TVA
    @unless-theme: TVA réduite (1ère nécessité)
    @unless-theme: TVA réduite (bio, sain, local, français)
    @unless-theme: TVA sur produits de luxe
    # Audit 2026-12-06: a bare « TVA » (named in a list, « fraude à la TVA ») was no proposal on
    # VAT: the entries now need a verb or a judgement.
    tva NEAR/4 modul*
    tva NEAR/4 revoir
    tva NEAR/4 repenser
    tva NEAR/4 réform*
    tva NEAR/4 différenci*
    tva NEAR/4 taux
    tva NEAR/4 progressive
    tva NEAR/4 sociale
    tva NEAR/4 injuste
    tva NEAR/4 juste
    tva NEAR/4 augment*
    tva NEAR/4 ajust*
    tva NEAR/4 recentrer
    tva NEAR/4 revue*
    tva NEAR/4 flexible


Réduction du train de vie des élus:
    @tag: Réduction du train de vie des élus
    élus
    "élu"
    train de vie
    privilège*
    avantage* NEAR/4 élus
    avantage* NEAR/4 ministres
    avantage* NEAR/4 députés
    avantage* NEAR/4 sénateurs
    avantage* NEAR/4 anciens présidents
    salaire* NEAR/4 élus
    salaire* NEAR/4 ministres
    salaire* NEAR/4 députés
    salaire* NEAR/4 sénateurs
    salaire* NEAR/4 président
    indemnités
    retraite* NEAR/4 élus
    retraite* NEAR/4 députés
    retraite* NEAR/4 sénateurs
    retraite* NEAR/4 présidents
    députés
    sénateur*
    sénat
    ministre*
    anciens présidents
    hauts fonctionnaires
    cumul*

Réduire la TVA:
    @tag: Réduire la TVA
    tva NEAR/3 baisse*
    tva NEAR/3 baisser
    tva NEAR/3 réduire
    tva NEAR/3 diminuer
    tva NEAR/3 réduction
    tva NEAR/3 moins
    tva NEAR/3 trop

Rétablir ISF:
    @tag: Rétablir ISF
    @unless-theme: Suppression ISF, IFI
    isf
    impôt sur la fortune
    impôt sur les grandes fortunes
    rétabl* NEAR/4 isf
    rétabl* NEAR/4 fortune
    remettre NEAR/3 isf
    réinstaurer
    grandes fortunes

Revoir niches:
    @tag: Revoir niches
    niche*
    exonération*
    exonérer
    dérogation*
    défiscalis*
    crédit* d'impôt NOT NEAR/4 cice
    réduction* d'impôt*
    abattement*
    déductions
    avantages fiscaux
    dispositifs fiscaux

Sans effet de seuil:
    @tag: Sans effet de seuil
    # Audit 2026-12-06: `seuil*` alone (« seuil de pauvreté », « au-delà d'un certain seuil »)
    # brought most wrong answers; the threshold effect itself stays.
    effet* NEAR/2 seuil*
    "seuils" NOT NEAR/4 pauvreté
    lissage
    lisser
    linéaire*
    sans palier*
    progressivité continue
    modèle continu


Simplifier:
    @tag: Simplifier
    @negation: 2
    # Audit 2026-12-06: « augmenter le nombre de tranches », « prélèvement à la source »,
    # « simplement » were no simplification asked.
    # Second pass: « payer trop d'impôts » (the level), « c'est pas compliqué » (@negation), « c'est plus
    # compliqué en réalité », « même si cela semble compliqué », « remettre à plat les niches »
    # (Revoir niches) removed.
    simplifi*
    "simple"
    "simples"
    complexité
    complexe* NOT NEAR/2 semble NOT NEAR/3 réalité
    compliqué* NOT NEAR/2 semble NOT NEAR/3 réalité
    lisib*
    illisible*
    nombre NEAR/3 impôts NOT NEAR/3 tranche* NOT NEAR/3 palier*
    nombre NEAR/3 taxes NOT NEAR/3 tranche* NOT NEAR/3 palier*
    trop d'impôts NOT NEAR/3 pay* NOT NEAR/3 paie*
    trop de taxes
    usine à gaz
    remise à plat NOT NEAR/4 niches
    remettre à plat NOT NEAR/4 niches
    clarifi*


Suppression CSG tous les retraités:
    @tag: Suppression CSG tous les retraités
    # Audit 2026-12-06: « retraités » alone (pensions, officials' pensions) removed.
    csg NEAR/6 retraite*
    csg NEAR/6 pension*
    csg NEAR/6 retraités
    retraités NEAR/6 csg
    pension* NEAR/4 taxer
    pension* NEAR/4 imposer
    pension* NEAR/4 baisse


Suppression ISF, IFI:
    @tag: Suppression ISF, IFI
    # Audit 2026-12-06: « remettre l'ISF, supprimer la CSG » put the restoring answers here:
    # a suppression near a restoring verb does not count; « IFI » alone removed.
    # Second pass: « il supprime l'ISF », « les riches à qui on enlève l'ISF » were complaints
    # about the abolition: the verbs are now written as the proposal (« supprimer », « enlever »).
    "supprimer" NEAR/3 isf NOT NEAR/8 remettre NOT NEAR/8 rétabl* NOT NEAR/8 retour NOT NEAR/8 remise NOT NEAR/8 réintrodu*
    "supprimer" NEAR/3 ifi NOT NEAR/8 remettre NOT NEAR/8 rétabl* NOT NEAR/8 retour NOT NEAR/8 remise
    "supprimez" NEAR/3 isf NOT NEAR/8 remettre NOT NEAR/8 rétabl*
    "enlever" NEAR/3 isf NOT NEAR/8 remettre NOT NEAR/8 rétabl*
    pas rétablir l'isf
    ne pas rétablir l'isf


Suppression TH:
    @tag: Suppression TH
    # Audit 2026-12-06: the taxe d'habitation named (« rétablir », « baisser », in a list) was
    # no suppression: a suppressing verb is now needed.
    supprim* NEAR/4 taxe d'habitation
    suppression NEAR/4 taxe d'habitation
    stop NEAR/3 taxe d'habitation
    supprim* NEAR/4 "th"
    exonér* NEAR/5 taxe d'habitation


Supprimer CICE multinationales,très grandes entreprises:
    @tag: Supprimer CICE multinationales,très grandes entreprises
    cice NEAR/6 multinationales
    cice NEAR/6 grandes entreprises
    cice NEAR/6 grands groupes
    cice NEAR/6 cac
    cice NEAR/6 actionnaires
    cice NEAR/6 dividendes
    aides NEAR/5 grandes entreprises
    aides NEAR/5 multinationales
    aides NEAR/5 grands groupes
    cadeaux NEAR/4 entreprises
    cadeaux NEAR/4 patronat
    cadeaux NEAR/4 grands groupes

Supprimer la TVA:
    @tag: Supprimer la TVA
    # Audit 2026-12-06: « supprimer la TVA sur les produits de première nécessité » is a reduced VAT
    # on some goods, not the abolition of VAT.
    supprim* NEAR/3 tva NOT NEAR/6 nécessité NOT NEAR/6 produits NOT NEAR/6 alimentaire* NOT NEAR/6 biens
    suppression NEAR/3 tva NOT NEAR/6 nécessité NOT NEAR/6 produits NOT NEAR/6 alimentaire* NOT NEAR/6 biens
    tva NEAR/3 supprimée NOT NEAR/6 nécessité NOT NEAR/6 produits


Supprimer le CICE:
    @tag: Supprimer le CICE
    cice NOT NEAR/6 pme NOT NEAR/6 tpe NOT NEAR/6 petites NOT NEAR/6 artisans NOT NEAR/6 commerçants
    cir
    crédit d'impôt recherche
    crédit d'impôt compétitivité

Supression IR:
    @tag: Supression IR
    supprim* NEAR/4 impôt sur le revenu
    supprim* NEAR/4 ir
    suppression NEAR/4 impôt sur le revenu
    suppression NEAR/4 ir

TVA réduite (1ère nécessité):
    @tag: TVA réduite (1ère nécessité)
    # Audit 2026-12-06: `nécessité` stems like « nécessiteux »: written exact.
    "nécessité"
    première nécessité
    produits de base
    produits NEAR/3 essentiels
    produits NEAR/3 vitaux
    produits NEAR/3 base
    produits NEAR/3 courants
    produits NEAR/3 alimentaires
    tva NEAR/6 alimentaire*
    tva NEAR/6 alimentation
    tva NEAR/6 nourriture
    tva NEAR/6 base
    tva NEAR/6 essentiel*
    tva NEAR/6 vitaux
    tva NEAR/6 hygiène
    tva NEAR/6 couches

TVA réduite (bio, sain, local, français):
    @tag: TVA réduite (bio, sain, local, français)
    tva NEAR/6 bio
    tva NEAR/6 biologique*
    tva NEAR/6 sain*
    tva NEAR/6 local*
    tva NEAR/6 locaux
    tva NEAR/6 français*
    tva NEAR/6 écolo*
    tva NEAR/6 circuit*
    tva NEAR/6 vertueux
    tva NEAR/6 recyclé*
    tva NEAR/6 environnement*
    produits NEAR/3 bio
    produits NEAR/3 biologiques
    produits NEAR/3 sains
    produits NEAR/3 locaux
    produits NEAR/3 écologiques

TVA sur produits de luxe:
    @tag: TVA sur produits de luxe
    tva NEAR/6 luxe
    produits de luxe NEAR/6 tva

Taux IR égal pour tous:
    @tag: Taux IR égal pour tous
    # Audit 2026-12-06: « supprimer la flat tax », « un taux unique de TVA », « les mêmes taux »
    # for firms and « un taux max » (« fixé ») were no flat income tax.
    flat tax NOT NEAR/4 supprim* NOT NEAR/4 fin NOT NEAR/4 annuler
    "flat" NOT NEAR/4 supprim* NOT NEAR/4 fin NOT NEAR/4 annuler
    taux unique NOT NEAR/6 tva
    taux NEAR/3 identique
    taux fixe
    taux NEAR/3 forfaitaire
    prélèvement forfaitaire
    impôt proportionnel

Taxer la finance:
    @tag: Taxer la finance
    # Audit 2026-12-06: « finance », « financière » stem like « financement » (« le financement de
    # l'État », « participation financière »), « bourse » took « bourse Crous », « banques » a
    # complaint: the financial objects stay.
    transaction* financière*
    taxe* NEAR/4 financière*
    spéculat*
    tobin
    dividende*
    actionnaire*
    impôt* NEAR/4 capital
    taxer NEAR/4 capital
    capitaux
    plus value*
    taxer NEAR/4 banques
    boursi*
    rente*
    revenus du capital
    produits financiers
    placements financiers


Taxer le luxe, polluant, importé:
    @tag: Taxer le luxe, polluant, importé
    luxe NOT NEAR/6 tva
    polluant*
    pollueur*
    pollution
    importé*
    importation*
    kérosène
    yacht*
    jets
    voitures NEAR/3 luxe
    voitures NEAR/3 puissantes
    voitures NEAR/3 grosses
    grosses cylindrées
    taxe* NEAR/4 polluants
    taxe* NEAR/4 pollution
    taxe* NEAR/4 importés

Taxer les multinationales, GAFAM:
    @tag: Taxer les multinationales, GAFAM
    gafa*
    multinationale*
    grandes entreprises
    grands groupes
    grosses entreprises
    google
    amazon
    facebook
    apple
    entreprises du cac
    cac 40
    numérique NEAR/3 géants
    numérique NEAR/3 taxe*
    bénéfices NEAR/4 entreprises
    bénéfices NEAR/4 réalisés
    bénéfices NEAR/4 france

Taxer les riches:
    @tag: Taxer les riches
    riche*
    fortuné*
    hauts revenus
    gros revenus
    plus aisés
    aisés
    patrimoine*
    millionnaire*
    milliardaire*
    nantis

Taxer toutes les ressources:
    @tag: Taxer toutes les ressources
    # Audit 2026-12-06: « ressources » alone (natural resources, « en fonction des ressources »)
    # and « loyers » removed.
    toutes les ressources
    tous les revenus
    tous ses revenus
    revenus NEAR/3 confondus
    revenus NEAR/3 nature
    revenus confondus
    nature NEAR/3 revenus
    revenus fonciers
    aides NEAR/4 calcul
    aides NEAR/4 imposables
    revenus NEAR/3 patrimoine


Transparence:
    @tag: Transparence
    # Audit 2026-12-06: `vérité` stems like « véritable »: written exact.
    transparen*
    opacité
    opaque*
    cacher
    "vérité"
    honnête*


aides sociales:
    @tag: aides sociales
    # Audit 2026-12-06: « même ceux qui touchent des aides sociales » paying a symbolic tax is not
    # about aid: aid named near paying tax does not count.
    # Second pass: « solidarité » (« impôt de solidarité sur la fortune », « plus de solidarité »)
    # removed; « RSA » in a tax-for-all sentence (« 1 euro », « impôt pour les bénéficiaires du
    # RSA ») does not count.
    aides sociales NOT NEAR/8 payer NOT NEAR/8 paye* NOT NEAR/8 paie* NOT NEAR/8 impôt* NOT NEAR/4 riches NOT NEAR/6 imposable
    assistanat
    assisté*
    minima sociaux NOT NEAR/12 payer NOT NEAR/12 paye NOT NEAR/8 réglé NOT NEAR/8 impôt* NOT NEAR/8 symbolique
    minimas sociaux NOT NEAR/12 payer NOT NEAR/12 paye NOT NEAR/8 impôt* NOT NEAR/8 symbolique
    rsa NOT NEAR/12 impôt* NOT NEAR/8 payer NOT NEAR/8 paye* NOT NEAR/8 symbolique NOT NEAR/6 euro*
    apl
    allocations NEAR/4 chômage
    allocations NEAR/4 familiales
    allocations NEAR/4 sociales
    profiteur*
    abus NOT NEAR/3 niches
    fraude sociale


fusion CSG et IR:
    @tag: fusion CSG et IR
    # Audit 2026-12-06: `fusion*` alone (« fusionne les aides ») and a progressive CSG were no fusion.
    fusion* NEAR/5 csg
    fusion* NEAR/5 impôt sur le revenu
    fusion* NEAR/5 ir
    fusionner NEAR/5 csg
    regroup* NEAR/4 csg
    regroup* NEAR/4 impôt sur le revenu
    refondre NEAR/5 csg
    csg NEAR/5 impôt sur le revenu
    csg NEAR/5 ir
    impôt unique


limiter ou supprimer optimisation fiscale:
    @tag: limiter ou supprimer optimisation fiscale
    optimis*
    optimisation fiscale
    montages
    "légal" NEAR/4 évasion
    "légal" NEAR/4 optimisation

supression taxes sur énergie (électricité, gaz,eau , carburants°:
    @tag: supression taxes sur énergie (électricité, gaz,eau , carburants°
    # Audit 2026-12-06: an energy word alone (« taxer le kérosène », « taxe carbone », officials'
    # « essence ») was no cut of energy taxes: the energy word now needs a tax word near it,
    # and taxing planes or ships is not this idea.
    # Round 3 (second pass): a tax word near an energy word is both sides of the stance (« taxer
    # l'essence », « les taxes sur le carburant » of the middle class, a progressive energy tax):
    # now a cutting verb near the energy word (« supprimer les taxes sur les carburants », « baisser
    # les taxes sur l'électricité », « l'arrêt de l'augmentation des taxes sur les carburants »).
    supprim* NEAR/8 carburant*
    supprim* NEAR/8 essence NOT NEAR/6 avantages NOT NEAR/6 voiture*
    supprim* NEAR/8 gasoil
    supprim* NEAR/8 gazole
    supprim* NEAR/8 électricité
    supprim* NEAR/8 énergie*
    supprim* NEAR/8 "gaz"
    supprim* NEAR/8 fioul
    baiss* NEAR/8 carburant*
    baiss* NEAR/8 essence NOT NEAR/6 avantages NOT NEAR/6 voiture*
    baiss* NEAR/8 gasoil
    baiss* NEAR/8 gazole
    baiss* NEAR/8 électricité
    baiss* NEAR/8 énergie*
    baiss* NEAR/8 "gaz"
    baiss* NEAR/8 fioul
    réduire NEAR/8 carburant*
    réduire NEAR/8 essence NOT NEAR/6 avantages NOT NEAR/6 voiture*
    réduire NEAR/8 gasoil
    réduire NEAR/8 gazole
    réduire NEAR/8 électricité
    réduire NEAR/8 énergie*
    réduire NEAR/8 "gaz"
    réduire NEAR/8 fioul
    réduction* NEAR/8 carburant*
    réduction* NEAR/8 essence NOT NEAR/6 avantages NOT NEAR/6 voiture*
    réduction* NEAR/8 gasoil
    réduction* NEAR/8 gazole
    réduction* NEAR/8 électricité
    réduction* NEAR/8 énergie*
    réduction* NEAR/8 "gaz"
    réduction* NEAR/8 fioul
    diminu* NEAR/8 carburant*
    diminu* NEAR/8 essence NOT NEAR/6 avantages NOT NEAR/6 voiture*
    diminu* NEAR/8 gasoil
    diminu* NEAR/8 gazole
    diminu* NEAR/8 électricité
    diminu* NEAR/8 énergie*
    diminu* NEAR/8 "gaz"
    diminu* NEAR/8 fioul
    allég* NEAR/8 carburant*
    allég* NEAR/8 essence NOT NEAR/6 avantages NOT NEAR/6 voiture*
    allég* NEAR/8 gasoil
    allég* NEAR/8 gazole
    allég* NEAR/8 électricité
    allég* NEAR/8 énergie*
    allég* NEAR/8 "gaz"
    allég* NEAR/8 fioul
    "arrêt" NEAR/8 carburant*
    "arrêt" NEAR/8 essence NOT NEAR/6 avantages NOT NEAR/6 voiture*
    "arrêt" NEAR/8 gasoil
    "arrêt" NEAR/8 gazole
    "arrêt" NEAR/8 électricité
    "arrêt" NEAR/8 énergie*
    "arrêt" NEAR/8 "gaz"
    "arrêt" NEAR/8 fioul
    réduit* NEAR/8 carburant*
    réduit* NEAR/8 essence NOT NEAR/6 avantages NOT NEAR/6 voiture*
    réduit* NEAR/8 gasoil
    réduit* NEAR/8 gazole
    réduit* NEAR/8 électricité
    réduit* NEAR/8 énergie*
    réduit* NEAR/8 "gaz"
    réduit* NEAR/8 fioul
    ticpe NOT NEAR/6 augment*
    tipp NOT NEAR/6 augment*
