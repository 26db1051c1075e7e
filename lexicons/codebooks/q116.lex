# Codebook Q116 — « Que pensez-vous de la participation des citoyens aux élections et comment les
# inciter à y participer davantage ? » (Démocratie et citoyenneté)
#
# One theme per tag of La Grande Annotation's codebook for this question
# (../shared/corpus/codebooks/lga_tags.csv).
#
# There is no Q116 answer file in ../shared/corpus/answers: this lexicon is written from the tag
# names, the question, and how people say the same things in the answers to the neighbouring
# questions of the same debate (Q110 renouer le lien avec les élus, Q113 représenter les
# sensibilités, Q119 démocratie participative, and the Q118 « vote blanc » answers of La Grande
# Annotation's export), where compulsory voting, the blank vote, e-voting, the RIC, proportional
# representation and promises kept come up in the same words. It has not been checked on Q116's
# own answers nor measured.
#
# Précision relue par l'équipe (lecture interne, pas un codage indépendant), 2026-12-06 : reviews/codebook-q116.md
# (faute de réponses Q116, lue sur 963 réponses d'Entendre la France à la question voisine DC11)
#   Expliquer l'importance de voter et comment : 0.85 (17/20)
#   Vote obligatoire (sanction) : 0.95 (19/20)
#   Proximité, écoute, rencontres : 0.85 (17/20)
#   Exemplarité des élus : 0.80 (16/20)
#   Favoriser référendums questions concrètes : 0.90 (18/20)
#   Compter le vote blanc : 0.95 (19/20)
#   Instaurer le RIC : 0.95 (19/20)
#   Respect programme, engagements : 1.00 (20/20)
#   Mieux formuler enjeux, projets : 0.85 (17/20)
#   Vote par Internet, SMS : 0.85 (17/20)
#   Inciter à se présenter : 0.83 (10/12)
#   Changer mode scrutin (proportionnelle, ...) : 0.85 (17/20)
#   Créer assemblée citoyenne : 0.95 (19/20)
#   Respect résultat référendum : 0.88 (7/8)
#   Vote en semaine : 0.80 (8/10)
#

@name: Codebook Q116 (La Grande Annotation)
@questions: 116

Changer mode scrutin (proportionnelle, ...):
    @tag: Changer mode scrutin (proportionnelle, ...)
    proportionnel*
    proportionel*
    mode de scrutin
    mode d'élection
    scrutin NEAR/3 majoritaire
    scrutin NEAR/3 uninominal
    scrutin NEAR/3 liste*
    scrutin NEAR/3 changer
    scrutin NEAR/3 réformer
    scrutin NEAR/3 jugement
    dose NEAR/2 proportionnelle
    jugement majoritaire
    vote préférentiel
    vote par classement
    système électoral
    loi électorale
    représentativité
    sensibilités

Compter le vote blanc:
    @tag: Compter le vote blanc
    vote* blanc*
    bulletin* blanc*
    "blanc"
    "blancs"
    votes nuls

Créer assemblée citoyenne:
    @tag: Créer assemblée citoyenne
    assemblée* NEAR/3 citoyenne*
    assemblée* NEAR/3 citoyens
    assemblée* NEAR/3 tirée*
    assemblée* NEAR/3 populaire*
    tirage au sort
    tiré* au sort
    convention citoyenne
    jury* citoyen*
    conseil* NEAR/3 citoyen*
    conseil* NEAR/3 quartier*
    chambre NEAR/3 citoyenne
    panel* NEAR/3 citoyen*
    sénat NEAR/4 citoyen*
    sénat NEAR/4 tiré*
    sénat NEAR/4 remplacer

Exemplarité des élus:
    @tag: Exemplarité des élus
    exemplar*
    exemplaire*
    exemple NEAR/3 montr*
    exemple NEAR/3 donn*
    honnête*
    honnêteté
    probité
    intégrité
    corrompu*
    corruption
    privilège*
    avantage* NEAR/4 élus
    avantage* NEAR/4 politique*
    avantage* NEAR/4 députés
    avantage* NEAR/4 sénateurs
    avantage* NEAR/4 ministres
    casier judiciaire
    affaires
    scandale*
    moralis*
    éthique
    train de vie
    salaire* NEAR/4 élus
    salaire* NEAR/4 députés
    salaire* NEAR/4 ministres
    indemnités
    confiance NEAR/4 élus
    confiance NEAR/4 politique*
    confiance NEAR/4 politiciens
    confiance NEAR/4 représentants
    confiance NEAR/4 candidats
    défiance
    discrédit*
    déconnecté*
    cumul* NEAR/3 mandat*
    non cumul
    professionnels de la politique

Expliquer l'importance de voter et comment:
    @tag: Expliquer l'importance de voter et comment
    expliqu*
    explication*
    éduqu*
    éducation
    civique*
    civisme
    école*
    enseign*
    pédagog*
    sensibilis*
    inform*
    devoir*
    droit* NEAR/3 vote
    droit* NEAR/3 acquis
    droit* NEAR/3 chance
    importance NEAR/4 vote
    se sont battus
    morts pour
    chance NEAR/3 voter
    jeunes
    responsabilis*
    conscience
    campagne* NEAR/3 information
    campagne* NEAR/3 sensibilisation

Favoriser référendums questions concrètes:
    @tag: Favoriser référendums questions concrètes
    référendum* NOT NEAR/3 initiative*
    consult*
    votations
    question* NEAR/3 concrète*
    question* NEAR/3 précise*
    question* NEAR/3 simples
    question* NEAR/3 locales
    question* NEAR/3 quotidien
    sujets NEAR/3 concrets
    sujets NEAR/3 locaux
    sujets NEAR/3 précis
    démocratie directe
    démocratie participative
    suisse
    plus souvent NEAR/3 voter
    plus souvent NEAR/3 consult*
    avis NEAR/3 citoyens
    avis NEAR/3 peuple

Inciter à se présenter:
    @tag: Inciter à se présenter
    se présenter NEAR/4 tout le monde
    se présenter NEAR/4 chacun
    se présenter NEAR/8 citoyen*
    se présenter NEAR/3 puisse*
    se présenter NEAR/3 pouvoir
    présenter NEAR/4 liste*
    candidat* NEAR/4 société civile
    candidat* NEAR/4 faciliter
    candidat* NEAR/4 jeunes
    candidature*
    statut de l'élu
    statut NEAR/3 "élu"
    renouvellement NEAR/3 classe politique
    renouvellement NEAR/3 élus
    nouvelles têtes
    simples citoyens
    parrainage*
    mandat NEAR/3 citoyen
    peut être élu

Instaurer le RIC:
    @tag: Instaurer le RIC
    ric
    référendum* d'initiative citoyenne
    initiative citoyenne
    initiative populaire
    rip
    révocatoire*
    révoquer
    destitu*

Mieux formuler enjeux, projets:
    @tag: Mieux formuler enjeux, projets
    enjeu*
    projet* NEAR/4 débat*
    projet* NEAR/4 candidat*
    programme* NEAR/4 clair*
    programme* NEAR/4 détaillé*
    programme* NEAR/4 lisible*
    programme* NEAR/4 compréhensible*
    programme* NEAR/4 chiffré*
    débat* NEAR/4 fond
    débat* NEAR/4 vrais
    débat* NEAR/4 projets
    débat* NEAR/4 programmes
    vision
    propositions NEAR/3 claires
    propositions NEAR/3 concrètes
    propositions NEAR/3 programmes
    langue de bois
    clair*
    clarté
    lisib*
    offre politique
    choix NEAR/3 réel
    choix NEAR/3 vrai
    choix NEAR/3 candidats
    candidats NEAR/4 intéressant*
    candidats NEAR/4 valables
    candidats NEAR/4 crédibles
    campagne* NEAR/4 électorale*
    campagne* NEAR/4 débat*
    campagne* NEAR/4 fond
    médias NEAR/4 débat*
    médias NEAR/4 temps de parole

Proximité, écoute, rencontres:
    @tag: Proximité, écoute, rencontres
    proximité
    proche*
    écout*
    rencontr*
    terrain
    contact*
    dialogu*
    échange*
    réunion*
    permanence*
    mairie*
    maire*
    local*
    quartier*
    entendre
    entendu*
    prendre en compte NEAR/4 avis
    prendre en compte NEAR/4 citoyens
    prendre en compte NEAR/4 peuple
    prendre en compte NEAR/4 attentes
    considér*
    mépris*
    compte rendu*
    rendre compte

Respect programme, engagements:
    @tag: Respect programme, engagements
    promesse*
    engagements NEAR/4 élus
    engagements NEAR/4 pris
    engagements NEAR/4 électora*
    appliqu* NEAR/4 programme*
    application NEAR/4 programme*
    tenir NEAR/4 promesses
    tenir NEAR/4 engagements
    tenir NEAR/4 parole
    tiennent
    respect* NEAR/4 programme*
    respect* NEAR/4 promesses
    respect* NEAR/4 engagements
    respect* NEAR/4 parole
    parole donnée
    trahi*
    trahison
    mensonge*
    menteur*
    bilan* NEAR/4 mandat
    bilan* NEAR/4 élus

Respect résultat référendum:
    @tag: Respect résultat référendum
    2005
    traité constitutionnel
    traité de lisbonne
    lisbonne
    respect* NEAR/4 résultat*
    respect* BEFORE/3 vote*
    maastricht
    respect* NEAR/4 choix
    respect* NEAR/4 référendum*
    résultat* NEAR/4 référendum*
    résultat* NEAR/4 respecté*
    résultat* NEAR/4 ignoré*
    résultat* NEAR/4 bafoué*
    bafou*
    ignor* NEAR/4 vote*
    ignor* NEAR/4 référendum*
    ignor* NEAR/4 résultat*
    pas tenu compte
    tenir compte NEAR/4 référendum*

Vote en semaine:
    @tag: Vote en semaine
    en semaine
    vote* NEAR/3 semaine
    jour* ouvr*
    jour* férié*
    dimanche*
    samedi*
    plusieurs jours
    deux jours
    horaires NEAR/3 bureaux
    horaires NEAR/3 vote
    horaires NEAR/3 ouverture
    week end
    weekend

Vote obligatoire (sanction):
    @tag: Vote obligatoire (sanction)
    vote* obligatoire*
    oblig* NEAR/4 vote*
    oblig* NEAR/4 voter
    obligatoire
    obligation*
    amende*
    sanction*
    pénalit*
    belgique
    australie
    abstention* NEAR/4 sanctionn*
    abstention* NEAR/4 pénalis*
    abstention* NEAR/4 amende*
    rendre NEAR/3 obligatoire

Vote par Internet, SMS:
    @tag: Vote par Internet, SMS
    internet NEAR/4 vote*
    internet NEAR/4 voter
    internet NEAR/4 référendum*
    internet NEAR/4 consult*
    internet NEAR/4 scrutin*
    en ligne
    électronique*
    numérique*
    sms
    smartphone*
    téléphone*
    portable*
    application* NEAR/6 vote*
    application* NEAR/6 voter
    application* NEAR/6 avis
    à distance
    par correspondance
    procuration*
    machine* NEAR/3 voter
    vote* NEAR/3 électronique
    vote* NEAR/3 distance
    vote* NEAR/3 internet
    vote* NEAR/3 ligne
    france connect
    franceconnect
