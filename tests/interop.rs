//! `synthese lexicon import` and `export` end to end, on the small real-format dictionaries of
//! tests/data/dictionaries/: each import warns where it must (file:line), the lexicon it writes
//! passes `lexicon check` and classifies real answers; the default lexicons survive an export to
//! quanteda YAML and back, up to the documented losses.

mod common;
use common::*;

use std::collections::BTreeMap;
use std::path::Path;

use synthese::lexicon::LexiconSet;
use synthese::text::{self, Stemmer};

const DIR: &str = "tests/data/dictionaries";

/// Imports `file` into `out/<stem>.lex`; returns its path and the warnings printed.
fn import(file: &str, out: &Path) -> (String, Vec<String>) {
    let stem = Path::new(file).file_stem().unwrap().to_str().unwrap();
    let lex = out.join(format!("{stem}.lex"));
    let run = synthese_ok(&["lexicon", "import", &format!("{DIR}/{file}"), "-o", s(&lex)]);
    let err = stderr(&run);
    assert!(run.stdout.is_empty(), "with -o, nothing on stdout");
    let warnings = err.lines().filter(|l| l.contains(": warning: ")).map(str::to_owned).collect();
    assert!(err.lines().last().unwrap().contains(&format!("imported into {}", s(&lex))), "{err}");
    (s(&lex).to_owned(), warnings)
}

fn check_passes(lex: &str) {
    let out = synthese(&["lexicon", "check", lex]);
    assert!(out.status.success(), "lexicon check {lex}: {}", stderr(&out));
    assert!(stderr(&out).contains("0 errors"), "{}", stderr(&out));
}

/// The themes `synthese explain` gives a text.
fn themes(lex: &str, text: &str) -> Vec<String> {
    let out = synthese_ok(&["explain", "--lexicons", lex, text]);
    let shown = String::from_utf8(out.stdout).unwrap();
    shown.split("\nThemes:\n").nth(1).unwrap().lines().map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).collect()
}

fn located(warnings: &[String], file: &str) -> Vec<usize> {
    let prefix = format!("{DIR}/{file}:");
    warnings
        .iter()
        .map(|w| w.strip_prefix(&prefix).and_then(|r| r.split(':').next()).and_then(|n| n.parse().ok()).unwrap_or(0))
        .collect()
}

#[test]
fn a_quanteda_dictionary_imports_checks_and_classifies() {
    let dir = temp();
    let (lex, warnings) = import("ecologie_fiscalite.yml", dir.path());
    assert_eq!(located(&warnings, "ecologie_fiscalite.yml"), [21, 26, 32, 32, 33, 0], "{warnings:#?}");
    assert!(warnings[0].contains("`*climat*` matches words containing `climat` anywhere"));
    assert!(warnings[1].contains("written as BEFORE/1"));
    assert!(warnings[4].contains("`*fiscal` not imported"));
    assert!(warnings[5].contains("imported as exact forms"));
    let text = std::fs::read_to_string(&lex).unwrap();
    assert!(
        text.contains("    energie:\n        \"énergie\"\n        \"énergies\"\n        renouvelables:\n"),
        "{text}"
    );
    check_passes(&lex);
    // A real answer (granddebat.fr, question 164).
    let answer = "Par mesure de justice fiscale il faut supprimer la taxe d'habitation pour tous. Moins que baisser les impôts, il faut arrêter d'en créer sans cesse de nouveau";
    assert_eq!(
        themes(&lex, answer),
        [
            "ecologie_fiscalite / fiscalite",
            "ecologie_fiscalite / fiscalite > impots",
            "ecologie_fiscalite / fiscalite > justice fiscale"
        ]
    );
}

#[test]
fn a_liwc_dictionary_imports_checks_and_classifies() {
    let dir = temp();
    let (lex, warnings) = import("emotions_debat.dic", dir.path());
    assert_eq!(located(&warnings, "emotions_debat.dic"), [18, 21, 22, 25, 26, 27, 0, 0], "{warnings:#?}");
    assert!(warnings[0].contains("`:(` not imported: no word in it"));
    assert!(warnings[1].contains("`nous` not imported: only stop words"));
    assert!(warnings[2].contains("conditional category `(5 6)2/1`"));
    assert!(warnings[5].contains("the category number 7 is not in the legend"));
    assert!(warnings[6].contains("taxe* is an entry of `negemo` but not of its parent `affect`"));
    check_passes(&lex);
    // A real answer (granddebat.fr, question 110).
    let answer = "Plus f écoute - quand 80 % des gens estiment qu une mesure est inefficace et injuste - on ne l impose pas - et on se tait";
    assert_eq!(
        themes(&lex, answer),
        ["emotions_debat / affect", "emotions_debat / affect > negemo", "emotions_debat / affect > negemo > colere"]
    );
}

#[test]
fn a_wordstat_dictionary_with_weights_and_rules_imports_checks_and_classifies() {
    let dir = temp();
    let (lex, warnings) = import("themes_consultation.cat", dir.path());
    assert_eq!(located(&warnings, "themes_consultation.cat"), [6, 15, 24, 24, 30, 0], "{warnings:#?}");
    assert!(warnings[0].contains("AFTER /S (same sentence)"));
    assert!(warnings[1].contains("parentheses"));
    assert!(warnings[4].contains("`PAS DE` not imported"));
    let text = std::fs::read_to_string(&lex).unwrap();
    for entry in [
        "\"taxe\" NEAR/3 carburant* (2)",
        "\"isf\" (2)",
        "impôt* NOT \"fortune\"",
        "\"supprimer\" BEFORE/2 taxe*",
        "\"nucléaire\" (0.5)",
    ] {
        assert!(text.contains(&format!("        {entry}\n")), "{entry} in:\n{text}");
    }
    check_passes(&lex);
    // A real answer (granddebat.fr, question 161).
    let answer = "Aller plus vers le transport en commun, s'assurer que les industries respectent déjà la réglementation, supprimer la taxe  carbone et exiger la marche en avant du plus propre.";
    assert_eq!(
        themes(&lex, answer),
        [
            "themes_consultation / FISCALITE",
            "themes_consultation / FISCALITE > TAXE CARBONE",
            "themes_consultation / FISCALITE > REFUS DES TAXES",
            "themes_consultation / ECOLOGIE",
            "themes_consultation / ECOLOGIE > TRANSPORTS",
            "themes_consultation / MARQUEURS",
            "themes_consultation / MARQUEURS > NEGATION",
        ]
    );
}

#[test]
fn import_writes_to_stdout_and_takes_the_format_from_the_option() {
    let dir = temp();
    let copy = dir.path().join("themes.txt");
    std::fs::copy(format!("{DIR}/themes_consultation.cat"), &copy).unwrap();
    let refused = synthese(&["lexicon", "import", s(&copy)]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("give --format"), "{}", stderr(&refused));
    let out = synthese_ok(&["lexicon", "import", s(&copy), "--format", "wordstat"]);
    let lexicon = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(lexicon.starts_with("# Imported from the WordStat dictionary `themes.txt`"), "{lexicon}");
    assert!(stderr(&out)
        .lines()
        .last()
        .unwrap()
        .ends_with("imported: 9 themes, 22 entries (WordStat .cat, 6 warnings)"));
    let broken = dir.path().join("broken.yml");
    std::fs::write(&broken, "a:\n  - x\n - y\n").unwrap();
    let failed = synthese(&["lexicon", "import", s(&broken)]);
    assert_eq!(failed.status.code(), Some(1));
    assert!(stderr(&failed).contains("broken.yml:3:"), "{}", stderr(&failed));
}

/// Lowercased words of an entry, quotes and stars aside: what survives a round trip.
fn words(entry: &str) -> String {
    text::words(&entry.to_lowercase()).map(|w| w.text.to_owned()).collect::<Vec<_>>().join(" ")
}

#[test]
fn the_default_lexicons_survive_an_export_to_quanteda_and_back() {
    // The four debate lexicons. quanteda has no settings, exclusions, weights or proximity: those
    // are warned about (NEAR up to 5 written as phrases with lone `*`s, wider ones left out);
    // every plain entry (a word or phrase, weight 1) must come back in its theme.
    let dir = temp();
    let subset = dir.path().join("debates");
    std::fs::create_dir(&subset).unwrap();
    for f in ["democratie", "ecologie", "fiscalite", "services-publics"] {
        std::fs::copy(root().join(format!("lexicons/{f}.lex")), subset.join(format!("{f}.lex"))).unwrap();
    }
    let yml = dir.path().join("lexicons.yml");
    let out = synthese_ok(&["lexicon", "export", s(&subset), "--format", "quanteda", "-o", s(&yml)]);
    let err = stderr(&out);
    let warnings: Vec<&str> = err.lines().filter(|l| l.contains("warning: ")).collect();
    let known = [
        "`@topics:",
        "`@questions:",
        "quanteda has no proximity rule",
        "quanteda counts every match as 1",
        "a quanteda dictionary cannot exclude",
        "cannot be expressed in a quanteda dictionary",
    ];
    let explained = warnings.iter().filter(|w| known.iter().any(|k| w.contains(k))).count();
    assert_eq!(explained + 2, warnings.len(), "rules, settings and the two summaries only: {err}");
    assert!(warnings[0].contains("democratie.lex: warning: `@topics: Démocratie et citoyenneté | Autres`"), "{err}");
    let summary = err.lines().last().unwrap();
    let values: usize = summary.split(" keys, ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
    let yaml = std::fs::read_to_string(&yml).unwrap();
    assert_eq!(yaml.lines().filter(|l| l.trim_start().starts_with("- ")).count(), values);

    let (lex, back_warnings) = {
        let lex = dir.path().join("back.lex");
        let run = synthese_ok(&["lexicon", "import", s(&yml), "-o", s(&lex)]);
        (lex, stderr(&run).lines().filter(|l| l.contains("warning: ")).map(str::to_owned).collect::<Vec<_>>())
    };
    // Values exported twice in a theme (a stem entry written with its plural, beside an entry
    // that is that plural) come back once; then the summaries of accent twins and exact forms.
    let repeated = back_warnings.iter().filter(|w| w.ends_with(": kept once")).count();
    // A lone `*` (a word between, from an exported NEAR) comes back as BEFORE/1, with a warning.
    let summaries: Vec<&String> =
        back_warnings.iter().filter(|w| !w.ends_with(": kept once") && !w.contains("a lone `*`")).collect();
    assert_eq!(summaries.len(), 2, "accent twins and exact forms only: {back_warnings:#?}");
    let twins: usize = summaries[0].split("warning: ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
    check_passes(s(&lex));

    let stemmer = Stemmer::french();
    let original = LexiconSet::load(&subset, &stemmer).unwrap();
    let back = LexiconSet::load(&lex, &stemmer).unwrap();
    // The same tree, each file under a key named after it.
    let mut expected: Vec<String> = original.files.iter().map(|f| f.name.clone()).collect();
    expected.extend(original.themes.iter().map(|t| format!("{} > {}", original.files[t.file].name, t.path)));
    let mut got: Vec<String> = back.themes.iter().map(|t| t.path.clone()).collect();
    expected.sort();
    got.sort();
    assert_eq!(got, expected);
    // Every value came back as an entry, but for accent twins merged.
    assert_eq!(back.entries.len() + twins + repeated, values);
    // Every original entry is in its theme, as written (stems now as exact forms and plurals).
    let mut by_theme: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for e in &back.entries {
        by_theme.entry(back.themes[e.theme].path.clone()).or_default().push(words(&e.text));
    }
    let mut missing = Vec::new();
    let plain = |e: &&synthese::lexicon::Entry| {
        e.near.is_none() && e.not.is_empty() && e.weight == synthese::lexicon::WEIGHT_ONE
    };
    for e in original.entries.iter().filter(plain) {
        let path = format!("{} > {}", original.files[e.file].name, original.themes[e.theme].path);
        let folded = |s: &str| text::fold::fold_accents(s).into_owned();
        let found = by_theme.get(&path).is_some_and(|list| list.iter().any(|w| folded(w) == folded(&words(&e.text))));
        if !found {
            missing.push(format!("{path}: {}", e.text));
        }
    }
    assert!(missing.is_empty(), "{} entries lost: {missing:#?}", missing.len());
}
