//! The match policy of `lexicons/README.md`, on real answers from the Grand Débat.

use super::*;
use crate::lexicon::parse_lexicon;

fn matcher(files: &[(&str, &str)]) -> Matcher {
    let stemmer = Stemmer::french();
    let mut set = LexiconSet::default();
    for (path, src) in files {
        parse_lexicon(path, src.as_bytes(), std::path::Path::new("."), &stemmer, &mut set).unwrap();
    }
    Matcher::new(set, stemmer)
}

fn theme_paths(m: &Matcher, c: &Classification) -> Vec<String> {
    c.themes.iter().map(|&t| m.lexicons.themes[t as usize].path.clone()).collect()
}

fn matched_words<'a>(c: &Classification, text: &'a str) -> Vec<&'a str> {
    c.hits.iter().map(|h| &text[h.start as usize..h.end as usize]).collect()
}

const LAICITE: &str = "Laïcité:\n    laïcité\n    Signes religieux:\n        signe* religieux\n        voile\n    Écoles:\n        école\n";

#[test]
fn real_answer_lands_in_sub_theme_and_parent() {
    let m = matcher(&[("l.lex", LAICITE)]);
    // Q127, a real answer.
    let text = "Interdire les signes religieux ostentatoires dans les lieux publics (voile, kufi, etc...)";
    let c = m.classify(text, Scope::default());
    assert_eq!(theme_paths(&m, &c), ["Laïcité", "Laïcité > Signes religieux"]);
    assert_eq!(matched_words(&c, text), ["signes religieux", "voile"]);
}

#[test]
fn accents_and_typographic_apostrophes_do_not_matter() {
    let m = matcher(&[("l.lex", LAICITE)]);
    for text in ["respecter la laicite a l'ecole", "Respecter la LAÏCITÉ à l’École"] {
        let c = m.classify(text, Scope::default());
        assert_eq!(theme_paths(&m, &c), ["Laïcité", "Laïcité > Écoles"], "{text}");
    }
}

#[test]
fn longest_entry_wins_and_consumes_its_words() {
    let m = matcher(&[("f.lex", "Impôts:\n    impôt\nISF:\n    impôt sur la fortune\n")]);
    let text = "Rétablir l'impôt sur la fortune";
    let c = m.classify(text, Scope::default());
    assert_eq!(theme_paths(&m, &c), ["ISF"]);
    assert_eq!(matched_words(&c, text), ["l'impôt sur la fortune"]);
    let c = m.classify("Baisser les impôts", Scope::default());
    assert_eq!(theme_paths(&m, &c), ["Impôts"]);
}

#[test]
fn an_entry_in_two_themes_counts_for_both_and_files_are_independent() {
    let m = matcher(&[("a.lex", "A:\n    voiture\nB:\n    voitures\n"), ("b.lex", "C:\n    voiture électrique\n")]);
    let c = m.classify("la voiture électrique", Scope::default());
    assert_eq!(theme_paths(&m, &c), ["A", "B", "C"]);
    assert_eq!(c.hits.len(), 3);
}

#[test]
fn the_result_does_not_depend_on_entry_or_file_order() {
    let a = matcher(&[("a.lex", "A:\n    taxe\n    taxe carbone\nB:\n    carbone\n"), ("b.lex", "C:\n    fisc*\n")]);
    let b = matcher(&[("a.lex", "B:\n    carbone\nA:\n    taxe carbone\n    taxe\n"), ("b.lex", "C:\n    fisc*\n")]);
    let text = "Supprimer la taxe carbone, une fiscalité punitive pour le carbone";
    let label = |m: &Matcher| {
        let c = m.classify(text, Scope::default());
        let mut v: Vec<(String, String)> = c
            .hits
            .iter()
            .map(|h| {
                (m.lexicons.entries[h.entry as usize].text.clone(), text[h.start as usize..h.end as usize].to_string())
            })
            .collect();
        v.sort();
        (theme_paths(m, &c).into_iter().collect::<std::collections::BTreeSet<_>>(), v)
    };
    assert_eq!(label(&a), label(&b));
}

#[test]
fn stop_words_never_match_and_exact_forms_are_exact() {
    let m = matcher(&[("e.lex", "Vert:\n    \"vert\"\nRIC:\n    RIC\n")]);
    assert!(m.classify("une économie verte", Scope::default()).themes.is_empty());
    assert_eq!(theme_paths(&m, &m.classify("le parti vert", Scope::default())), ["Vert"]);
    assert_eq!(theme_paths(&m, &m.classify("Instaurer le R.I.C. ou le ric", Scope::default())), ["RIC"]);
}

#[test]
fn scope_limits_a_file_to_its_topics_and_questions() {
    let m = matcher(&[
        ("a.lex", "@topics: Transition écologique\nA:\n    voiture\n"),
        ("b.lex", "@questions: 161\nB:\n    voiture\n"),
    ]);
    let eco = Scope { topic: Some("transition ecologique"), question: Some("161"), source: None };
    assert_eq!(theme_paths(&m, &m.classify("voiture", eco)), ["A", "B"]);
    let other = Scope { topic: Some("Démocratie et citoyenneté"), question: Some("107"), source: None };
    assert!(m.classify("voiture", other).themes.is_empty());
}

#[test]
fn phrases_with_numbers_units_and_prefixes() {
    let m = matcher(&[("v.lex", "Vitesse:\n    80 km/h\nTransports:\n    transport* en commun\n")]);
    let text = "Revenir sur les 80 km/h et développer les transports en commun";
    let c = m.classify(text, Scope::default());
    assert_eq!(matched_words(&c, text), ["80 km/h", "transports en commun"]);
}

fn themes_for(m: &Matcher, text: &str) -> Vec<String> {
    themes_for_scope(m, text, Scope::default())
}

fn themes_for_scope(m: &Matcher, text: &str, scope: Scope) -> Vec<String> {
    theme_paths(m, &m.classify(text, scope))
}

#[test]
fn near_and_before_count_words_between_and_do_not_consume() {
    let m = matcher(&[(
        "t.lex",
        "Taxe carbone:\n    taxe NEAR/3 carbone\nOrdre:\n    prix BEFORE/2 carburant\nTaxe:\n    taxe\n",
    )]);
    // Real answers (Q162, Q161).
    assert_eq!(themes_for(&m, "Supprimer la taxe sur le carbone"), ["Taxe carbone", "Taxe"]);
    assert_eq!(
        themes_for(&m, "le carbone, et surtout la taxe"),
        ["Taxe carbone", "Taxe"],
        "NEAR works in either order"
    );
    assert_eq!(
        themes_for(&m, "une taxe qui frappe toujours les mêmes ménages modestes sur le carbone"),
        ["Taxe"],
        "too far apart"
    );
    assert_eq!(themes_for(&m, "baisser le prix du carburant"), ["Ordre"]);
    assert!(themes_for(&m, "le carburant a un prix").is_empty(), "BEFORE keeps the order");
    let text = "la taxe carbone";
    let c = m.classify(text, Scope::default());
    assert_eq!(matched_words(&c, text), ["taxe", "taxe carbone"]);
}

#[test]
fn not_and_not_near_block_an_entry_and_say_why() {
    let m = matcher(&[(
        "t.lex",
        "Impôt sur le revenu:\n    impôt NOT NEAR/3 fortune\nTravail:\n    travail NOT télétravail\n",
    )]);
    assert_eq!(themes_for(&m, "Rendre l'impôt sur le revenu plus progressif"), ["Impôt sur le revenu"]);
    let c = m.classify("Rétablir l'impôt sur la fortune", Scope::default());
    assert!(c.themes.is_empty());
    assert_eq!(c.blocked.len(), 1);
    assert_eq!(c.blocked[0].1, Blocked::Not(0));
    assert!(themes_for(&m, "le travail ? oui mais en télétravail").is_empty(), "NOT looks at the whole answer");
}

#[test]
fn negation_window_drops_negated_matches() {
    let m = matcher(&[
        ("t.lex", "@negation: 3\nNucléaire:\n    nucléaire\n"),
        ("u.lex", "Nucléaire sans règle:\n    nucléaire\n"),
    ]);
    let c = m.classify("Je ne veux pas de nucléaire", Scope::default());
    assert_eq!(theme_paths(&m, &c), ["Nucléaire sans règle"]);
    assert_eq!(c.blocked[0].1, Blocked::Negation);
    assert_eq!(themes_for(&m, "Développer le nucléaire, pas les éoliennes"), ["Nucléaire", "Nucléaire sans règle"]);
}

#[test]
fn weights_and_minimum_scores() {
    let m = matcher(&[(
        "t.lex",
        "Écologie:\n    @min: 2\n    écologie\n    climat\n    biodiversité (2)\n    pollution (0.5)\n",
    )]);
    assert!(themes_for(&m, "Le climat").is_empty(), "one entry of weight 1 is below @min: 2");
    assert_eq!(themes_for(&m, "Le climat et l'écologie"), ["Écologie"]);
    assert_eq!(themes_for(&m, "Protéger la biodiversité"), ["Écologie"]);
    assert!(themes_for(&m, "la pollution et la pollution et la pollution").is_empty(), "1.5 < 2");
    assert_eq!(themes_for(&m, "la pollution, la pollution, la pollution, la pollution"), ["Écologie"]);
}

#[test]
fn unless_and_unless_theme_exclude_a_theme_and_its_sub_themes() {
    let m = matcher(&[(
        "t.lex",
        "Impôts:\n    @unless: fortune\n    impôt\n    Revenu:\n        revenu\nISF:\n    ISF\nTaxes:\n    @unless-theme: ISF\n    taxe\n",
    )]);
    assert_eq!(themes_for(&m, "l'impôt sur le revenu"), ["Impôts", "Impôts > Revenu"]);
    let c = m.classify("l'impôt sur le revenu et la fortune", Scope::default());
    assert!(c.themes.is_empty());
    assert_eq!(c.excluded_themes, [0]);
    assert_eq!(themes_for(&m, "la taxe"), ["Taxes"]);
    assert_eq!(themes_for(&m, "la taxe, l'ISF"), ["ISF"]);
}

#[test]
fn theme_scopes_limit_a_theme_to_questions_or_sources() {
    let m = matcher(&[("t.lex", "Voiture:\n    voiture\nCodebook 161:\n    @questions: 161\n    voiture\n")]);
    let q = |id| m.classify("la voiture", Scope { question: Some(id), ..Scope::default() });
    assert_eq!(theme_paths(&m, &q("161")), ["Voiture", "Codebook 161"]);
    assert_eq!(theme_paths(&m, &q("107")), ["Voiture"]);
    let m = matcher(&[("t.lex", "@sources: Politizr\nT:\n    voiture\n")]);
    assert!(m.classify("voiture", Scope { source: Some("granddebat.fr"), ..Scope::default() }).themes.is_empty());
    assert_eq!(m.classify("voiture", Scope { source: Some("politizr"), ..Scope::default() }).themes, [0]);
}

#[test]
fn a_theme_out_of_its_scope_does_not_hide_other_entries() {
    // `transports en commun` is limited to Q155; on another question the shorter entry of the
    // other theme must still match, as if the scoped theme were not there.
    let m = matcher(&[(
        "t.lex",
        "Transports en commun:\n    @questions: 155\n    transports en commun\nTransports:\n    transport\n",
    )]);
    let q =
        |id| theme_paths(&m, &m.classify("les transports en commun", Scope { question: Some(id), ..Scope::default() }));
    assert_eq!(q("155"), ["Transports en commun"]);
    assert_eq!(q("161"), ["Transports"]);
}

#[test]
fn rules_of_a_codebook_apply_to_its_question_only_and_are_looked_for_there_only() {
    // A codebook for Q163 with rules on common words, beside a file for every question.
    let m = matcher(&[
        (
            "q163.lex",
            "@questions: 163\nImpôt:\n    @unless: fortune\n    impôt NOT NEAR/3 riches\n    Tranches:\n        tranche* NEAR/3 impôt\n",
        ),
        ("all.lex", "Fiscalité:\n    impôt\n"),
    ]);
    let q = |question| Scope { question: Some(question), ..Scope::default() };
    // Words of real answers (../shared/corpus/answers/Q161.csv and Q164.csv, and the Politizr
    // reactions of the shipped corpus).
    let text = "il faut beaucoup plus de tranches d'impôts";
    assert_eq!(themes_for_scope(&m, text, q("163")), ["Impôt", "Impôt > Tranches", "Fiscalité"]);
    assert_eq!(themes_for_scope(&m, text, q("162")), ["Fiscalité"]);
    let blocked = m.classify("Il faut augmenter les impôts des plus riches.", q("163"));
    assert_eq!(blocked.blocked.len(), 1, "NOT NEAR applies to Q163");
    let fortune = "Remettre en place l'impôt sur la fortune";
    assert_eq!(m.classify(fortune, q("163")).excluded_themes.len(), 1, "@unless applies to Q163");
    assert_eq!(themes_for_scope(&m, fortune, q("162")), ["Fiscalité"]);

    // Outside Q163 no rule applies, so no phrase is looked for; in Q163, only its rules' phrases.
    assert!(m.in_scope(q("162")).rule_phrases.is_none());
    let in_163 = m.in_scope(q("163"));
    let looked_for: Vec<u32> = (0..m.phrase_count() as u32).filter(|&p| in_163.needs_rule_phrase(p)).collect();
    let words: Vec<String> = looked_for.iter().map(|&p| format!("{:?}", m.phrase(p))).collect();
    assert_eq!(looked_for.len(), 4, "fortune, riches, tranche*, impôt: {words:?}");
}

/// The default lexicons of `lexicons/`, as shipped.
fn default_matcher(file: &str) -> Matcher {
    let stemmer = Stemmer::french();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons").join(file);
    let set = LexiconSet::load(&path, &stemmer).unwrap();
    Matcher::new(set, stemmer)
}

#[test]
fn a_phrase_matches_its_stop_words_too() {
    // Issue 22: `en ligne` was `ligne`, so the SNCF's small lines were online consultations.
    let m = default_matcher("democratie.lex");
    let online = "Consultations en ligne et numérique";
    // Real answers (corpus/official-layout, Transition écologique and Démocratie et citoyenneté).
    let trains =
        "Développer les transports en commun . remettre en service les petites lignes SNCF . Développer le ferroutage";
    let c = m.classify(trains, Scope::default());
    assert!(!theme_paths(&m, &c).iter().any(|t| t.ends_with(online)), "{:?}", theme_paths(&m, &c));
    let consult = "Créer des plates-formes internet avec consultations en ligne - Eventuellement des questionnaires";
    let c = m.classify(consult, Scope::default());
    assert!(theme_paths(&m, &c).iter().any(|t| t.ends_with(online)), "{:?}", theme_paths(&m, &c));
    assert!(matched_words(&c, consult).contains(&"en ligne"));

    // `pas d'ordinateur` needs its `pas`; `d'` is an elision, removed as in the answers.
    let m = default_matcher("services-publics.lex");
    let has_gap = |text: &str| {
        let c = m.classify(text, Scope::default());
        theme_paths(&m, &c).iter().any(|t| t.ends_with("Fracture numérique et contact humain"))
    };
    assert!(has_gap("Beaucoup de personnes âgées n'ont pas d'ordinateur"));
    assert!(has_gap("pas d’ordinateur à la maison"));
    // A real answer: an ordinateur, but no `pas` before it.
    assert!(!has_gap(
        "que chaque citoyen ait la possibilité d'accéder à un ordinateur public et gratuit à moins de 2 km de chez lui"
    ));
}

#[test]
fn a_phrase_no_longer_skips_the_stop_words_of_the_answer_or_its_own() {
    let m = matcher(&[("f.lex", "ISF:\n    impôt sur la fortune\nLigne:\n    en ligne\n")]);
    assert_eq!(theme_paths(&m, &m.classify("Rétablir l'impôt sur la fortune", Scope::default())), ["ISF"]);
    // The words must come in order, with the entry's stop words between them.
    assert!(m.classify("un impôt fortune", Scope::default()).themes.is_empty());
    assert!(m.classify("l'impôt pour la fortune", Scope::default()).themes.is_empty());
    assert!(m.classify("les petites lignes de train", Scope::default()).themes.is_empty());
    // A stop word of the answer does not break the count of the other words: distances and
    // negation still count every word.
    let c = m.classify("payer en ligne", Scope::default());
    assert_eq!(theme_paths(&m, &c), ["Ligne"]);
    assert_eq!(matched_words(&c, "payer en ligne"), ["en ligne"]);
}
