//! The `.lex` syntax, and its error messages, one construct at a time.

use super::*;

fn parse(src: &str) -> Result<LexiconSet, Vec<LexiconError>> {
    let mut set = LexiconSet::default();
    parse_lexicon("t.lex", src.as_bytes(), Path::new("."), &Stemmer::french(), &mut set).map(|_| set)
}

fn messages(src: &str) -> Vec<String> {
    parse(src).unwrap_err().iter().map(|e| e.to_string()).collect()
}

#[test]
fn a_tree_with_settings_and_every_entry_kind() {
    let set = parse(
        "# comment\n@name: Test\n@topics: A | B\nTransports:\n    voiture   # comment\n    Commun:\n        transport* en commun\n        \"bus\"\n    automobile\nÉnergie:\n    éolien*\n",
    )
    .unwrap();
    let f = &set.files[0];
    assert_eq!((f.name.as_str(), f.topics.clone()), ("Test", vec!["A".to_string(), "B".to_string()]));
    let paths: Vec<_> = set.themes.iter().map(|t| t.path.as_str()).collect();
    assert_eq!(paths, ["Transports", "Transports > Commun", "Énergie"]);
    assert_eq!(set.themes[1].parent, Some(0));
    let owner = |text: &str| set.themes[set.entries.iter().find(|e| e.text == text).unwrap().theme].path.clone();
    assert_eq!(owner("automobile"), "Transports");
    assert_eq!(owner("\"bus\""), "Transports > Commun");
    let phrase = &set.entries.iter().find(|e| e.text.starts_with("transport*")).unwrap().words;
    assert_eq!(phrase.len(), 3, "the stop word `en` is kept, matched in its place: {phrase:?}");
    assert_eq!((phrase[1].kind.clone(), phrase[1].key.as_str()), (PatternKind::Stem, "en"));
    assert_eq!((phrase[0].kind.clone(), phrase[0].key.as_str()), (PatternKind::Prefix, "transport"));
    assert_eq!(set.entries.iter().find(|e| e.text == "\"bus\"").unwrap().words[0].kind, PatternKind::Exact);
}

#[test]
fn errors_name_line_and_column() {
    let shown = messages("voiture\nT:\n\tbus\nT:\n    \"vert\n    le de\n@name: x\n");
    assert!(shown[0].starts_with("t.lex:1:1: `voiture` is an entry but no theme is open yet"), "{shown:?}");
    assert!(shown[1].starts_with("t.lex:3:1: indent with spaces"), "{shown:?}");
    assert!(shown[2].starts_with("t.lex:4:1: the theme `T` is already defined on line 2"), "{shown:?}");
    assert!(shown[3].starts_with("t.lex:5:5: this double quote is never closed"), "{shown:?}");
    assert!(shown[4].starts_with("t.lex:6:5: this holds only stop words"), "{shown:?}");
    assert!(shown[5].starts_with("t.lex:7:1: file settings (@… at the start of the line) go at the top"), "{shown:?}");
}

#[test]
fn invalid_utf8_is_located() {
    let mut set = LexiconSet::default();
    let errors =
        parse_lexicon("bad.lex", b"T:\n    ab\xffc\n", Path::new("."), &Stemmer::french(), &mut set).unwrap_err();
    assert_eq!(errors[0].to_string().split(": this").next().unwrap(), "bad.lex:2:7");
}

#[test]
fn entries_are_analysed_like_texts() {
    let set = parse("T:\n    Impôts\n    l’écologie\n    \"Vert\"\n").unwrap();
    let keys: Vec<_> = set.entries.iter().map(|e| e.words[0].key.as_str()).collect();
    let stemmer = Stemmer::french();
    assert_eq!(keys, [stemmer.stem("impots").as_ref(), stemmer.stem("ecologie").as_ref(), "vert"]);
}

#[test]
fn operators_weights_and_theme_settings() {
    let set = parse(
        "Impôt sur le revenu:\n    @tag: Impôt revenu | IR\n    @min: 2\n    @unless: fortune\n    @negation: 3\n    impôt NOT NEAR/3 fortune NOT ISF (1.5)\n    taxe NEAR/5 revenu\n    revenu BEFORE/2 imposable\nAutre:\n    @unless-theme: Impôt sur le revenu\n    taxe\n",
    )
    .unwrap();
    let t = &set.themes[0].settings;
    assert_eq!(t.tags, ["Impôt revenu", "IR"]);
    assert_eq!((t.min_score, t.negation, t.unless.len()), (2000, Some(3), 1));
    assert_eq!(set.themes[1].settings.unless_themes, [0]);
    let e = &set.entries[0];
    assert_eq!(
        (e.weight, e.not.len(), e.not[0].window, e.not[1].window, e.near.is_none()),
        (1500, 2, Some(3), None, true)
    );
    let near = set.entries[1].near.as_ref().unwrap();
    assert_eq!((near.window, near.ordered), (5, false));
    assert!(set.entries[2].near.as_ref().unwrap().ordered);
}

#[test]
fn operator_errors_are_located() {
    let shown = messages("T:\n    taxe NEAR/x carbone\n    NEAR/3 carbone\n    taxe BEFORE/2 carbone NEAR/2 essence\n    impôt NOT BEFORE/2 fortune\n    @unless-theme: Nothing\n    @min: beaucoup\n    @colour: red\n");
    assert!(shown[0].starts_with("t.lex:2:10: `NEAR/` needs a number of words"), "{shown:?}");
    assert!(shown[1].starts_with("t.lex:3:5: an operator needs words on both sides"), "{shown:?}");
    assert!(shown[2].starts_with("t.lex:4:27: one NEAR or BEFORE per entry"), "{shown:?}");
    assert!(shown[3].starts_with("t.lex:5:11: `NOT BEFORE/n` is not offered"), "{shown:?}");
    assert!(shown[4].starts_with("t.lex:7:11: `@min` takes a number"), "{shown:?}");
    assert!(shown[5].starts_with("t.lex:8:5: unknown theme setting `@colour`"), "{shown:?}");
    assert!(shown[6].starts_with("t.lex:6:5: `@unless-theme: Nothing` names no theme"), "{shown:?}");
}

#[test]
fn includes_are_expanded_in_place_and_cycles_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("common.inc"), "Commun:\n    voiture\n").unwrap();
    std::fs::write(dir.path().join("loop.inc"), "@include: loop.inc\n").unwrap();
    let mut set = LexiconSet::default();
    parse_lexicon(
        "main.lex",
        "@include: common.inc\nAutre:\n    vélo\n".as_bytes(),
        dir.path(),
        &Stemmer::french(),
        &mut set,
    )
    .unwrap();
    assert_eq!(set.themes.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["Commun", "Autre"]);
    assert_eq!(set.files[0].includes.len(), 1);
    let mut set = LexiconSet::default();
    let errors =
        parse_lexicon("main.lex", b"@include: loop.inc\n", dir.path(), &Stemmer::french(), &mut set).unwrap_err();
    assert!(errors[0].message.contains("includes itself"), "{errors:?}");
}
