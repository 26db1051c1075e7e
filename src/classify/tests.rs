//! The match policy of `lexicons/README.md`, on real answers from the Grand Débat.

use super::*;
use crate::lexicon::parse_lexicon;

fn matcher(files: &[(&str, &str)]) -> Matcher {
    let stemmer = Stemmer::french();
    let mut set = LexiconSet::default();
    for (path, src) in files {
        parse_lexicon(path, src.as_bytes(), &stemmer, &mut set).unwrap();
    }
    Matcher::new(set, stemmer)
}

fn theme_paths(m: &Matcher, c: &Classification) -> Vec<String> {
    c.themes
        .iter()
        .map(|&t| m.lexicons.themes[t as usize].path.clone())
        .collect()
}

fn matched_words<'a>(c: &Classification, text: &'a str) -> Vec<&'a str> {
    c.hits
        .iter()
        .map(|h| &text[h.start as usize..h.end as usize])
        .collect()
}

const LAICITE: &str = "Laïcité:\n    laïcité\n    Signes religieux:\n        signe* religieux\n        voile\n    Écoles:\n        école\n";

#[test]
fn real_answer_lands_in_sub_theme_and_parent() {
    let m = matcher(&[("l.lex", LAICITE)]);
    // Q127, a real answer.
    let text =
        "Interdire les signes religieux ostentatoires dans les lieux publics (voile, kufi, etc...)";
    let c = m.classify(text, Scope::default());
    assert_eq!(
        theme_paths(&m, &c),
        ["Laïcité", "Laïcité > Signes religieux"]
    );
    assert_eq!(matched_words(&c, text), ["signes religieux", "voile"]);
}

#[test]
fn accents_and_typographic_apostrophes_do_not_matter() {
    let m = matcher(&[("l.lex", LAICITE)]);
    for text in [
        "respecter la laicite a l'ecole",
        "Respecter la LAÏCITÉ à l’École",
    ] {
        let c = m.classify(text, Scope::default());
        assert_eq!(
            theme_paths(&m, &c),
            ["Laïcité", "Laïcité > Écoles"],
            "{text}"
        );
    }
}

#[test]
fn longest_entry_wins_and_consumes_its_words() {
    let m = matcher(&[(
        "f.lex",
        "Impôts:\n    impôt\nISF:\n    impôt sur la fortune\n",
    )]);
    let text = "Rétablir l'impôt sur la fortune";
    let c = m.classify(text, Scope::default());
    assert_eq!(theme_paths(&m, &c), ["ISF"]);
    assert_eq!(matched_words(&c, text), ["l'impôt sur la fortune"]);
    let c = m.classify("Baisser les impôts", Scope::default());
    assert_eq!(theme_paths(&m, &c), ["Impôts"]);
}

#[test]
fn an_entry_in_two_themes_counts_for_both_and_files_are_independent() {
    let m = matcher(&[
        ("a.lex", "A:\n    voiture\nB:\n    voitures\n"),
        ("b.lex", "C:\n    voiture électrique\n"),
    ]);
    let c = m.classify("la voiture électrique", Scope::default());
    assert_eq!(theme_paths(&m, &c), ["A", "B", "C"]);
    assert_eq!(c.hits.len(), 3);
}

#[test]
fn the_result_does_not_depend_on_entry_or_file_order() {
    let a = matcher(&[
        ("a.lex", "A:\n    taxe\n    taxe carbone\nB:\n    carbone\n"),
        ("b.lex", "C:\n    fisc*\n"),
    ]);
    let b = matcher(&[
        ("a.lex", "B:\n    carbone\nA:\n    taxe carbone\n    taxe\n"),
        ("b.lex", "C:\n    fisc*\n"),
    ]);
    let text = "Supprimer la taxe carbone, une fiscalité punitive pour le carbone";
    let label = |m: &Matcher| {
        let c = m.classify(text, Scope::default());
        let mut v: Vec<(String, String)> = c
            .hits
            .iter()
            .map(|h| {
                (
                    m.lexicons.entries[h.entry as usize].text.clone(),
                    text[h.start as usize..h.end as usize].to_string(),
                )
            })
            .collect();
        v.sort();
        (
            theme_paths(m, &c)
                .into_iter()
                .collect::<std::collections::BTreeSet<_>>(),
            v,
        )
    };
    assert_eq!(label(&a), label(&b));
}

#[test]
fn stop_words_never_match_and_exact_forms_are_exact() {
    let m = matcher(&[("e.lex", "Vert:\n    \"vert\"\nRIC:\n    RIC\n")]);
    assert!(m
        .classify("une économie verte", Scope::default())
        .themes
        .is_empty());
    assert_eq!(
        theme_paths(&m, &m.classify("le parti vert", Scope::default())),
        ["Vert"]
    );
    assert_eq!(
        theme_paths(
            &m,
            &m.classify("Instaurer le R.I.C. ou le ric", Scope::default())
        ),
        ["RIC"]
    );
}

#[test]
fn scope_limits_a_file_to_its_topics_and_questions() {
    let m = matcher(&[
        ("a.lex", "@topics: Transition écologique\nA:\n    voiture\n"),
        ("b.lex", "@questions: 161\nB:\n    voiture\n"),
    ]);
    let eco = Scope {
        topic: Some("transition ecologique"),
        question: Some("161"),
    };
    assert_eq!(theme_paths(&m, &m.classify("voiture", eco)), ["A", "B"]);
    let other = Scope {
        topic: Some("Démocratie et citoyenneté"),
        question: Some("107"),
    };
    assert!(m.classify("voiture", other).themes.is_empty());
}

#[test]
fn phrases_with_numbers_units_and_prefixes() {
    let m = matcher(&[(
        "v.lex",
        "Vitesse:\n    80 km/h\nTransports:\n    transport* en commun\n",
    )]);
    let text = "Revenir sur les 80 km/h et développer les transports en commun";
    let c = m.classify(text, Scope::default());
    assert_eq!(matched_words(&c, text), ["80 km/h", "transports en commun"]);
}
