//! What every importer shares: foreign patterns written in the native language, one construct
//! at a time, and the native text they make always parses.

use super::*;
use crate::lexicon::{LexiconSet, PatternKind};

/// Parses native text as a lexicon, insisting that it parses.
pub(crate) fn parse_native(text: &str) -> LexiconSet {
    let mut set = LexiconSet::default();
    if let Err(errors) =
        crate::lexicon::parse_lexicon("t.lex", text.as_bytes(), Path::new("."), &Stemmer::french(), &mut set)
    {
        panic!("the native text does not parse: {errors:?}\n{text}");
    }
    set
}

/// The theme paths of a lexicon, and each theme's entries as written.
pub(crate) fn tree(set: &LexiconSet) -> Vec<(String, Vec<String>)> {
    set.themes
        .iter()
        .enumerate()
        .map(|(i, t)| (t.path.clone(), set.entries.iter().filter(|e| e.theme == i).map(|e| e.text.clone()).collect()))
        .collect()
}

fn conv(value: &str) -> Result<Converted, String> {
    convert_phrase(value, "quanteda", true, &Stemmer::french())
}

fn text(value: &str) -> String {
    conv(value).unwrap().text
}

/// Each converted value, as an entry of a theme, parses.
fn parses(values: &[&str]) {
    let mut native = String::from("T:\n");
    for v in values {
        native.push_str(&format!("    {}\n", conv(v).unwrap().text));
    }
    parse_native(&native);
}

#[test]
fn a_plain_word_becomes_an_exact_form_lowercased() {
    let c = conv("Taxe").unwrap();
    assert_eq!((c.text.as_str(), c.exact, c.notes.len()), ("\"taxe\"", true, 0));
    let set = parse_native(&format!("T:\n    {}\n", c.text));
    assert_eq!(set.entries[0].words[0].kind, PatternKind::Exact);
}

#[test]
fn a_trailing_star_is_a_prefix() {
    let c = conv("fisc*").unwrap();
    assert_eq!((c.text.as_str(), c.exact, c.notes.len()), ("fisc*", false, 0));
    assert_eq!(text("FISC**"), "fisc*");
}

#[test]
fn phrases_group_exact_words_between_quotes() {
    assert_eq!(text("taxe carbone"), "\"taxe carbone\"");
    assert_eq!(text("transport* en commun"), "transport* \"en commun\"");
    assert_eq!(text("centrale* nucléaire*"), "centrale* nucléaire*");
    parses(&["taxe carbone", "transport* en commun", "centrale* nucléaire*", "prix de l'essence"]);
}

#[test]
fn words_are_cut_as_synthese_cuts_them() {
    assert_eq!(text("c'est-à-dire"), "\"c'est à dire\"");
    assert_eq!(text("80 km/h"), "\"80 km h\"");
    assert_eq!(text("#MeToo"), "\"metoo\"", "a leading # would make the line a comment");
    assert_eq!(text("@taxe"), "\"taxe\"", "a leading @ would make it a setting");
    assert_eq!(text("NOT"), "\"not\"", "operators are capitals; imported words are not");
    parses(&["c'est-à-dire", "80 km/h", "#MeToo", "@taxe", "NOT", "taxe (2)", "re:", "x NEAR/3 y"]);
}

#[test]
fn wildcards_inside_or_before_a_word_are_approximated_or_dropped() {
    let c = conv("*climat*").unwrap();
    assert_eq!(c.text, "climat*");
    assert!(c.notes[0].contains("narrower"), "{:?}", c.notes);
    let c = conv("organi?ation").unwrap();
    assert_eq!(c.text, "organi*");
    assert!(c.notes[0].contains("broader"), "{:?}", c.notes);
    let c = conv("contribu*able*").unwrap();
    assert_eq!(c.text, "contribu*");
    assert!(conv("*isme").unwrap_err().contains("suffix"));
    assert!(conv("?axe").unwrap_err().contains("start of a word"));
    assert!(conv("*a?b*").unwrap_err().contains("start of a word"));
}

#[test]
fn a_lone_star_between_words_is_a_gap() {
    let c = conv("taxe * carburant*").unwrap();
    assert_eq!(c.text, "\"taxe\" BEFORE/1 carburant*");
    assert!(c.notes[0].contains("exactly one word"), "{:?}", c.notes);
    assert_eq!(text("taxe * ? carbone"), "\"taxe\" BEFORE/2 \"carbone\"");
    let c = conv("* taxe *").unwrap();
    assert_eq!((c.text.as_str(), c.notes.len()), ("\"taxe\"", 2));
    assert!(conv("a * b * c").unwrap_err().contains("one gap per entry"));
    assert!(convert_phrase("taxe * carbone", "WordStat", false, &Stemmer::french()).is_err());
    parses(&["taxe * carburant*", "taxe * ? carbone", "* taxe *"]);
}

#[test]
fn what_never_matches_is_refused_with_the_reason() {
    assert!(conv(":)").unwrap_err().contains("no word"));
    assert!(conv("le").unwrap_err().contains("only stop words"));
    assert!(conv("de la").unwrap_err().contains("only stop words"));
    assert!(conv("l'").unwrap_err().contains("only stop words"));
    assert_eq!(text("le*"), "le*", "a prefix of a stop word still matches other words");
}

#[test]
fn names_that_would_break_a_theme_line_are_cleaned_with_a_warning() {
    let mut ctx = Context::new("quanteda");
    let mut roots = Vec::new();
    let a = child_in(&mut roots, "#hashtags", 3, &mut ctx);
    let b = child_in(&mut roots, "  taxe   carbone ", 4, &mut ctx);
    let c = child_in(&mut roots, "taxe carbone", 9, &mut ctx);
    let d = child_in(&mut roots, "@@", 10, &mut ctx);
    assert_eq!((a, b, c, d), (0, 1, 1, 2));
    let names: Vec<&str> = roots.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, ["hashtags", "taxe carbone", "sans nom"]);
    let lines: Vec<usize> = ctx.warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [3, 9, 10], "{:?}", ctx.warnings);
    assert!(ctx.warnings[1].message.contains("merged"));
}

#[test]
fn the_written_lexicon_keeps_the_tree_and_parses() {
    let mut ctx = Context::new("quanteda");
    let mut roots = vec![Node::new("Écologie".into(), 1)];
    let t = roots[0].child("Transports", 2, &mut ctx);
    ctx.add_value(&mut roots[0].children[t], "voiture*", 3, None);
    ctx.add_value(&mut roots[0].children[t], "voiture*", 4, None);
    ctx.add_value(&mut roots[0].children[t], "train", 5, Some("2"));
    ctx.add_value(&mut roots[0], ":(", 6, None);
    ctx.add_value(&mut roots[0], "climat", 7, None);
    summary(&mut ctx);
    let native = write_native(&header("quanteda", "d.yml", &[]), "d", &roots);
    let set = parse_native(&native);
    assert_eq!(set.files[0].name, "d");
    assert_eq!(
        tree(&set),
        [
            ("Écologie".to_string(), vec!["\"climat\"".to_string()]),
            ("Écologie > Transports".to_string(), vec!["voiture*".to_string(), "\"train\" (2)".to_string()]),
        ]
    );
    assert_eq!(set.entries.iter().find(|e| e.text.starts_with("\"train")).unwrap().weight, 2000);
    assert!(native.contains("# import: line 6: `:(` not imported: no word in it"), "{native}");
    let lines: Vec<usize> = ctx.warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [4, 6, 0], "repeated entry, dropped entry, summary: {:?}", ctx.warnings);
    assert!(ctx.warnings[2].message.starts_with("2 entries with plain words were imported as exact forms"));
    assert!(native.starts_with("# Imported from the quanteda dictionary `d.yml`"));
    assert!(native.contains("exact form (\"taxe\")"));
}

#[test]
fn windows_1252_files_are_decoded() {
    assert_eq!(decode(b"\xe9cologie \x9cuvre \x80"), ("écologie œuvre €".to_string(), true));
    assert_eq!(decode("\u{feff}écologie".as_bytes()), ("écologie".to_string(), false));
}

#[test]
fn the_format_comes_from_the_extension() {
    assert_eq!(Format::from_path(Path::new("a/dict.YML")), Some(Format::Quanteda));
    assert_eq!(Format::from_path(Path::new("dict.yaml")), Some(Format::Quanteda));
    assert_eq!(Format::from_path(Path::new("LIWC2015.dic")), Some(Format::Liwc));
    assert_eq!(Format::from_path(Path::new("themes.cat")), Some(Format::Wordstat));
    assert_eq!(Format::from_path(Path::new("themes.txt")), None);
}
