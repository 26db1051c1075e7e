//! quanteda YAML: reading every YAML form quanteda and people write, and writing native
//! lexicons back, construct by construct.

use super::*;
use crate::lexicon::interop::tests::{parse_native, tree};
use std::path::Path;

fn import(yaml: &str) -> (LexiconSet, Vec<Warning>, String) {
    let (native, warnings) = import_quanteda(yaml, "dict.yml").unwrap();
    (parse_native(&native), warnings, native)
}

fn entries(set: &LexiconSet, theme: &str) -> Vec<String> {
    tree(set)
        .into_iter()
        .find(|(path, _)| path == theme)
        .unwrap_or_else(|| panic!("no theme {theme}: {:?}", tree(set)))
        .1
}

#[test]
fn nested_keys_become_nested_themes_and_values_entries() {
    let (set, warnings, native) = import(
        "# comment\necologie:\n  transports:\n    - voiture*\n    - transports en commun\n  energie:\n    __:\n      - énergie\n    renouvelables: [éolien*, 'solaire', \"panneaux solaires\"]\nservices: service public\nvide:\n",
    );
    let paths: Vec<String> = tree(&set).into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        paths,
        [
            "ecologie",
            "ecologie > transports",
            "ecologie > energie",
            "ecologie > energie > renouvelables",
            "services",
            "vide"
        ]
    );
    assert_eq!(entries(&set, "ecologie > transports"), ["voiture*", "\"transports en commun\""]);
    assert_eq!(entries(&set, "ecologie > energie"), ["\"énergie\""], "`__` holds the key's own values");
    assert_eq!(
        entries(&set, "ecologie > energie > renouvelables"),
        ["éolien*", "\"solaire\"", "\"panneaux solaires\""]
    );
    assert_eq!(entries(&set, "services"), ["\"service public\""], "a single value written as a scalar");
    assert!(entries(&set, "vide").is_empty());
    assert_eq!(set.files[0].name, "dict");
    assert_eq!(warnings.len(), 1, "only the summary: {warnings:?}");
    assert!(warnings[0].message.starts_with("5 entries with plain words"), "{warnings:?}");
    assert!(native.contains("written under `__` by quanteda's as.yaml()"));
}

#[test]
fn values_that_cannot_be_carried_over_are_reported_with_their_line() {
    let (set, warnings, native) = import(
        "fiscalite:\n  - &i impôt*\n  - '*fiscal'\n  - niche? fiscale?\n  - taxe * carburant*\n  - le\n  - *i\n  - ^tax(e|es)$\n  - ~\n",
    );
    let lines: Vec<usize> = warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [3, 4, 4, 5, 6, 7, 8, 9, 0], "{warnings:#?}");
    assert!(warnings[0].message.contains("`*fiscal` not imported"));
    assert!(warnings[1].message.contains("imported as `niche*`"));
    assert!(warnings[3].message.contains("BEFORE/1"));
    assert!(warnings[4].message.contains("only stop words"));
    assert!(warnings[5].message.contains("already an entry"));
    assert!(warnings[6].message.contains("regular expression"));
    assert!(warnings[5].message.contains("`impôt*` is already an entry"), "an alias is its anchor's value");
    assert!(warnings[7].message.contains("empty value"));
    assert_eq!(
        entries(&set, "fiscalite"),
        ["impôt*", "niche* fiscale*", "\"taxe\" BEFORE/1 carburant*", "\"tax e es\""],
        "{native}"
    );
    assert!(native.contains("    # import: line 3: `*fiscal` not imported"), "{native}");
}

#[test]
fn duplicate_keys_are_merged_as_quanteda_merges_them() {
    let (set, warnings, _) = import("a:\n  - vélo\nb: [train]\na:\n  - bus\n");
    assert_eq!(entries(&set, "a"), ["\"vélo\"", "\"bus\""]);
    assert_eq!(warnings[0].line, 4);
    assert!(warnings[0].message.contains("already appears on line 1"));
}

#[test]
fn lists_of_keys_and_nested_lists_are_read() {
    let (set, warnings, _) = import("a:\n  - vélo\n  - b:\n      - train\n  - [bus, tram]\n");
    assert_eq!(entries(&set, "a"), ["\"vélo\"", "\"bus\"", "\"tram\""]);
    assert_eq!(entries(&set, "a > b"), ["\"train\""]);
    assert_eq!(warnings[0].line, 5, "{warnings:?}");
}

#[test]
fn files_that_are_not_dictionaries_are_errors_with_line_and_column() {
    let e = import_quanteda("a:\n  - x\n - y\n", "d.yml").unwrap_err();
    assert_eq!((e.line, e.column > 0), (3, true), "{e}");
    assert!(e.message.starts_with("this is not valid YAML"), "{e}");
    let e = import_quanteda("- x\n- y\n", "d.yml").unwrap_err();
    assert_eq!(e.line, 1);
    assert!(e.message.contains("mapping of keys"));
    assert!(import_quanteda("# nothing\n", "d.yml").unwrap_err().message.contains("no dictionary key"));
    assert!(import_quanteda("a: [\n", "d.yml").is_err());
}

#[test]
fn only_the_first_document_is_read() {
    let (set, warnings, _) = import("a: [vélo]\n---\nb: [train]\n");
    assert_eq!(tree(&set).len(), 1);
    assert_eq!(warnings[0].line, 2);
}

// -- export ------------------------------------------------------------------------------------

fn lexicon(files: &[(&str, &str)]) -> LexiconSet {
    let mut set = LexiconSet::default();
    for (path, text) in files {
        crate::lexicon::parse_lexicon(path, text.as_bytes(), Path::new("."), &Stemmer::french(), &mut set).unwrap();
    }
    set
}

fn export(files: &[(&str, &str)]) -> Exported {
    export_quanteda(&lexicon(files), &Stemmer::french())
}

#[test]
fn each_kind_of_entry_is_written_as_documented() {
    let ex = export(&[(
        "e.lex",
        "Fiscalité:\n    impôt\n    \"vert\"\n    fisc*\n    taxe carbone\n    impôt sur la fortune\n    Crit'Air\n",
    )]);
    let yaml = &ex.text;
    assert!(yaml.contains("Fiscalité:\n  - impôt\n  - impôts\n  - impot\n  - impots\n  - vert\n  - fisc*\n"), "{yaml}");
    assert!(yaml.contains("  - taxe carbone\n  - taxes carbones\n"), "{yaml}");
    assert!(
        yaml.contains("  - impôt sur la fortune\n  - impôts sur la fortune\n  - impot sur la fortune\n  - impots sur la fortune\n"),
        "the words before the first stop word take the other number: {yaml}"
    );
    assert!(yaml.contains("  - crit'air\n"), "{yaml}");
    assert_eq!(ex.keys, 1);
    let summaries: Vec<&str> = ex.warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(summaries.len(), 2, "{summaries:?}");
    assert!(summaries[0].starts_with("4 entries matched by stem"), "{summaries:?}");
    assert!(summaries[1].starts_with("1 phrase holds stop words"), "{summaries:?}");
}

#[test]
fn plurals_are_added_only_when_they_share_the_stem() {
    let stemmer = Stemmer::french();
    let forms = |w: &str| plural_forms(w, Accents::Keep, &stemmer);
    assert_eq!(forms("voiture"), ["voiture", "voitures"]);
    assert_eq!(forms("taxes"), ["taxes", "taxe"]);
    assert_eq!(forms("journal"), ["journal", "journaux"]);
    assert_eq!(forms("bateau"), ["bateau", "bateaux"]);
    assert_eq!(forms("prix"), ["prix"]);
}

#[test]
fn rules_quanteda_cannot_express_are_warned_and_commented() {
    let ex = export(&[(
        "r.lex",
        "@topics: Transition écologique\nImpôts:\n    @tag: IMPOT\n    @min: 2\n    @unless: fortune\n    prix BEFORE/1 \"gazole\"\n    taxe NEAR/10 carbone\n    impôt NOT NEAR/3 fortune (2)\n    \"ras\" (-1)\n    Revenu:\n        \"revenu\"\n",
    )]);
    let yaml = &ex.text;
    assert!(yaml.contains("# synthese: @topics: Transition écologique (not expressible in quanteda)"), "{yaml}");
    assert!(yaml.contains("Impôts:\n  # synthese: @tag: IMPOT"), "{yaml}");
    assert!(yaml.contains("  # synthese: @min: 2 (not expressible in quanteda)"), "{yaml}");
    assert!(yaml.contains("  # synthese: @unless: fortun (as analysed)"), "{yaml}");
    assert!(
        yaml.contains(
            "  __:\n    # synthese: `prix BEFORE/1 \"gazole\"`: quanteda has no proximity rule; written as 2 phrases"
        ),
        "{yaml}"
    );
    assert!(yaml.contains("    - prix gazole\n    - prix * gazole\n"), "{yaml}");
    assert!(
        yaml.contains("# synthese: `taxe NEAR/10 carbone`: quanteda has no proximity rule, and NEAR/10 is too wide"),
        "{yaml}"
    );
    assert!(!yaml.contains("- taxe carbone"), "{yaml}");
    assert!(yaml.contains("cannot exclude (NOT NEAR/3 fortune)"), "{yaml}");
    assert!(yaml.contains("the weight 2 is lost"), "{yaml}");
    assert!(yaml.contains("    - impôt\n"), "exported without its exclusion: {yaml}");
    assert!(yaml.contains("a weight of -1"), "{yaml}");
    assert!(!yaml.contains("- ras"), "{yaml}");
    assert!(yaml.contains("  Revenu:\n    - revenu\n"), "{yaml}");
    let located: Vec<(usize, &str)> =
        ex.warnings.iter().filter(|w| !w.path.is_empty()).map(|w| (w.line, w.message.as_str())).collect();
    let lines: Vec<usize> = located.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, [0, 2, 2, 2, 6, 7, 8, 8, 9], "{located:#?}");
    assert!(ex.warnings[0].to_string().starts_with("r.lex: warning: `@topics: Transition écologique`"));
    assert!(ex.warnings[4].to_string().starts_with("r.lex:6: warning: `prix BEFORE/1"));
}

#[test]
fn near_is_written_in_both_orders_and_the_yaml_reads_back() {
    let ex = export(&[("n.lex", "T:\n    \"taxe\" NEAR/1 \"gazole\"\n")]);
    let values: Vec<&str> = ex.text.lines().filter_map(|l| l.strip_prefix("  - ")).collect();
    assert_eq!(values, ["taxe gazole", "gazole taxe", "taxe * gazole", "gazole * taxe"]);
    let (set, warnings, _) = import(&ex.text);
    assert_eq!(entries(&set, "T")[2], "\"taxe\" BEFORE/1 \"gazole\"");
    assert_eq!(warnings.len(), 3, "two gaps and the summary: {warnings:?}");
}

#[test]
fn several_files_are_one_top_key_each_and_the_tree_survives_a_round_trip() {
    let ex = export(&[
        ("a.lex", "@name: Écologie\nTransports:\n    voiture\n    Vélo:\n        vélo\nÉnergie:\n    éolien*\n"),
        ("b.lex", "@name: Fiscalité\nImpôts:\n    impôt\n"),
    ]);
    assert!(ex.text.contains("Écologie:\n  Transports:\n    __:\n      - voiture\n"), "{}", ex.text);
    assert_eq!(ex.keys, 6);
    let (set, warnings, _) = import(&ex.text);
    let paths: Vec<String> = tree(&set).into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        paths,
        [
            "Écologie",
            "Écologie > Transports",
            "Écologie > Transports > Vélo",
            "Écologie > Énergie",
            "Fiscalité",
            "Fiscalité > Impôts"
        ]
    );
    assert_eq!(entries(&set, "Écologie > Énergie"), ["éolien*"], "`eolien*` is the same entry, accents ignored");
    assert_eq!(entries(&set, "Fiscalité > Impôts"), ["\"impôt\"", "\"impôts\""]);
    assert!(
        warnings[0].message.starts_with("4 entries differed from another of their theme only by accents"),
        "{warnings:?}"
    );
    assert_eq!(set.entries.len() + 4, ex.values);
}

#[test]
fn entry_texts_are_cut_at_their_operators() {
    assert_eq!(
        written_parts("taxe NEAR/3 \"carbone NOT x\" NOT NEAR/2 fortune NOT isf (2)"),
        ["taxe", "\"carbone NOT x\"", "fortune", "isf"]
    );
    assert_eq!(written_parts("biodiversité (0,5)"), ["biodiversité"]);
    assert_eq!(written_parts("impôts (locaux)"), ["impôts (locaux)"]);
}

#[test]
fn scalars_are_quoted_only_when_yaml_would_misread_them() {
    for plain in ["fisc*", "l'eau", "Transports en commun", "taxe carbone", "crit'air"] {
        assert_eq!(yaml_str(plain), plain);
    }
    for (s, quoted) in [
        ("yes", "\"yes\""),
        ("on", "\"on\""),
        ("80", "\"80\""),
        ("1_000", "\"1_000\""),
        ("*x", "\"*x\""),
        ("a: b", "\"a: b\""),
        ("Chaleur, canicules", "\"Chaleur, canicules\""),
        ("dit \"non\"", "\"dit \\\"non\\\"\""),
        ("- tiret", "\"- tiret\""),
        ("", "\"\""),
    ] {
        assert_eq!(yaml_str(s), quoted);
    }
}
