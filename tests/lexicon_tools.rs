//! The annotators' tools, run as a user runs them: `lexicon check` on broken and suspicious
//! lexicons (every message asserted), `explain` (text and JSON), `lexicon stats`, and the
//! independence of results from the order of entries and files.

mod common;
use common::*;
use std::collections::{BTreeMap, BTreeSet};

#[test]
fn check_reports_every_error_with_file_line_column_and_a_fix() {
    let out = synthese(&["lexicon", "check", "tests/data/lexicons/broken"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    let d = "tests/data/lexicons/broken";
    let expected = [
        format!("{d}/include.lex:1:1: error: cannot include `nowhere.inc` ({d}/nowhere.inc): No such file or directory (os error 2)"),
        format!("{d}/latin1.lex:1:9: error: this is not UTF-8 text: save the file as UTF-8 (most editors offer it under \"Save as\" or \"Encoding\")"),
        format!("{d}/near.lex:2:10: error: `NEAR/` needs a number of words from 1 to 100, like NEAR/5"),
        format!("{d}/orphan.lex:1:1: error: `impôt` is an entry but no theme is open yet: write a theme line ending with `:` above it"),
        format!("{d}/quote.lex:2:5: error: this double quote is never closed: exact forms are written between two double quotes, like \"vert\""),
        format!("{d}/setting.lex:1:1: error: unknown file setting `@colour`: they are @name, @topics, @questions, @sources, @accents, @negation and @include"),
        format!("{d}/stopwords.lex:2:5: error: this holds only stop words (le, de, pour…), which never make a match: add a word that carries the theme"),
        format!("{d}/tab.lex:3:1: error: indent with spaces, not tabs or other blanks: they look alike but count differently"),
        format!("{d}/unknown_theme.lex:2:5: error: `@unless-theme: Écologie` names no theme of this file: write the theme's name or its path (`Parent > Theme`)"),
        format!("{d}/wildcard.lex:2:9: error: `*` goes at the end of a word, to match every word starting with it (`fisc*`)"),
    ];
    assert_eq!(lines, expected.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(stderr(&out).contains("10 errors"));
}

#[test]
fn check_warns_of_what_is_legal_but_suspicious_and_strict_makes_it_fail() {
    let d = "tests/data/lexicons/warnings/warnings.lex";
    let out = synthese_ok(&["lexicon", "check", "tests/data/lexicons/warnings"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let expected = [
        format!("{d}:4:5: warning: `impôts` repeats the entry `impôt` of {d}:3 in the same theme: delete one"),
        format!("{d}:5:5: warning: `co*` matches every word starting with `co`, thousands of forms: make it at least 4 letters long, or list the words"),
        format!("{d}:7:5: warning: `impôt` is also an entry of `warnings / Impôts` ({d}:3, `impôt`): an answer with it counts for both themes; keep it in one unless that is meant"),
        format!("{d}:8:1: warning: the theme `Taxes > Vide` has no entries: it can never match"),
    ];
    assert_eq!(stdout.lines().collect::<Vec<_>>(), expected.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(synthese(&["lexicon", "check", "tests/data/lexicons/warnings", "--strict"]).status.code(), Some(1));
}

#[test]
fn the_default_lexicons_are_clean() {
    let out = synthese(&["lexicon", "check", "lexicons", "--strict"]);
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
}

#[test]
fn explain_json_shows_words_matches_rules_and_themes_of_a_real_answer() {
    let dir = temp();
    let lex = dir.path().join("f.lex");
    std::fs::write(&lex, "@negation: 3\nFiscalité:\n    Impôt sur le revenu:\n        impôt NOT NEAR/3 fortune\n    ISF:\n        ISF\n        impôt sur la fortune\n    Taxe carbone:\n        taxe carbone\n").unwrap();
    // A real answer to Q162.
    let text = "Rétablir l’ISF et ne pas augmenter la taxe carbone";
    let out = synthese_ok(&["explain", "--json", "--lexicons", s(&lex), text]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["themes"], serde_json::json!(["f / Fiscalité", "f / Fiscalité > ISF"]));
    let isf = &v["matches"][0];
    assert_eq!((isf["matched"].as_str(), isf["line"].as_u64()), (Some("l’ISF"), Some(6)));
    assert_eq!(&text[isf["start"].as_u64().unwrap() as usize..isf["end"].as_u64().unwrap() as usize], "l’ISF");
    assert_eq!(v["blocked"][0]["matched"], "taxe carbone");
    assert_eq!(v["blocked"][0]["blocked_by"], "a negation word before it (@negation)");
    let w = v["words"].as_array().unwrap().iter().find(|w| w["word"] == "l’ISF").unwrap();
    assert_eq!((w["form"].as_str(), w["stop_word"].as_bool()), (Some("isf"), Some(false)));

    let plain = synthese_ok(&["explain", "--lexicons", s(&lex), text]);
    let shown = String::from_utf8_lossy(&plain.stdout);
    assert!(shown.starts_with("Rétablir [l’ISF] et ne pas augmenter la taxe carbone"), "{shown}");
    assert!(shown.contains("dropped: a negation word before it (@negation)"), "{shown}");
}

#[test]
fn explain_a_record_of_the_corpus() {
    let out = synthese_ok(&["explain", "--json", "--record", "3-1"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let all = v.as_array().cloned().unwrap_or_else(|| vec![v.clone()]);
    assert!(all.iter().all(|e| e["record"]["id"] == "3-1"));
    assert!(all
        .iter()
        .any(|e| e["record"]["input"] == "corpus/official-layout/LA_FISCALITE_ET_LES_DEPENSES_PUBLIQUES.csv"));
    let missing = synthese(&["explain", "--record", "no-such-record"]);
    assert!(stderr(&missing).contains("no record `no-such-record`"));
}

/// Per (input, line, question): the set of theme labels; per theme label: the count.
type Outcome = (BTreeMap<(String, String, String), BTreeSet<String>>, BTreeMap<String, u64>);

fn outcome(dir: &std::path::Path) -> Outcome {
    let mut per_answer = BTreeMap::new();
    let mut rows = csv::Reader::from_path(dir.join("trace.csv")).unwrap();
    for r in rows.records() {
        let r = r.unwrap();
        let themes: BTreeSet<String> = r[5].split(" | ").filter(|t| !t.is_empty()).map(str::to_owned).collect();
        per_answer.insert((r[1].to_owned(), r[2].to_owned(), r[4].to_owned()), themes);
    }
    let mut counts = BTreeMap::new();
    for t in per_answer.values().flatten() {
        *counts.entry(t.clone()).or_default() += 1;
    }
    (per_answer, counts)
}

#[test]
fn results_do_not_depend_on_the_order_of_entries_or_files() {
    // The default lexicons, with every theme's entries reversed and the files renamed so that
    // they are read in the opposite order.
    let dir = temp();
    let shuffled = dir.path().join("lex");
    std::fs::create_dir(&shuffled).unwrap();
    fn lex_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                lex_files(&p, out);
            } else if p.extension().is_some_and(|x| x == "lex") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    lex_files(&root().join("lexicons"), &mut files);
    files.sort();
    for (i, f) in files.iter().enumerate() {
        let text = std::fs::read_to_string(f).unwrap();
        let mut out: Vec<String> = Vec::new();
        let mut block: Vec<String> = Vec::new(); // consecutive entry lines of one theme
        let flush = |out: &mut Vec<String>, block: &mut Vec<String>| {
            block.reverse();
            out.append(block);
        };
        for line in text.lines() {
            let body = line.trim();
            let is_entry = !body.is_empty() && !body.starts_with('#') && !body.starts_with('@') && !body.ends_with(':');
            let indent = |l: &str| l.len() - l.trim_start().len();
            if is_entry {
                // A dedent ends the block: the entries after a sub-theme belong to its parent.
                if block.first().is_some_and(|b| indent(b) != indent(line)) {
                    flush(&mut out, &mut block);
                }
                block.push(line.to_owned());
            } else {
                flush(&mut out, &mut block);
                out.push(line.to_owned());
            }
        }
        flush(&mut out, &mut block);
        let name = format!("{:02}_{}", files.len() - i, f.file_name().unwrap().to_string_lossy());
        // `@name` keeps the family names (and so the theme labels) as they were.
        let named = if text.contains("\n@name:") || text.starts_with("@name:") {
            out.join("\n")
        } else {
            format!("@name: {}\n{}", f.file_stem().unwrap().to_string_lossy(), out.join("\n"))
        };
        std::fs::write(shuffled.join(name), named).unwrap();
    }
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    synthese_ok(&["run", "-q", "--trace", "--out", s(&a)]);
    synthese_ok(&["run", "-q", "--trace", "--lexicons", s(&shuffled), "--out", s(&b)]);
    let (oa, ob) = (outcome(&a), outcome(&b));
    assert!(!oa.1.is_empty());
    let differ: Vec<String> =
        oa.1.keys()
            .chain(ob.1.keys())
            .filter(|k| oa.1.get(*k) != ob.1.get(*k))
            .map(|k| format!("{k}: {:?} vs {:?}", oa.1.get(k), ob.1.get(k)))
            .take(5)
            .collect();
    assert!(differ.is_empty(), "theme counts differ: {differ:#?}");
    assert!(oa.0 == ob.0, "themes of every answer");
}

#[test]
fn stats_shows_what_entries_bring_alone_and_where_they_overlap_as_a_run_traces_them() {
    let dir = temp();
    let lex = dir.path().join("s.lex");
    // `transport*` in two sibling themes: the same words of the same answers in both.
    std::fs::write(
        &lex,
        "@name: s\nTransports:\n    Vélo:\n        vélo\n        transport*\n    Train:\n        train\n        transport*\n        zeppelin\n",
    )
    .unwrap();
    let out = synthese_ok(&["lexicon", "stats", "--lexicons", s(&lex), "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();

    // The same figures from a run's trace: per theme, the answers each entry line matched in,
    // and those where it was the only entry of the theme (or its sub-themes) that matched.
    let run = dir.path().join("run");
    synthese_ok(&["run", "-q", "--trace", "--lexicons", s(&lex), "--out", s(&run)]);
    let subtree = |theme: &str| -> Vec<u64> {
        match theme {
            "s / Transports" => vec![4, 5, 7, 8, 9],
            "s / Transports > Vélo" => vec![4, 5],
            _ => vec![7, 8, 9],
        }
    };
    let mut expected: BTreeMap<(String, u64), (u64, u64)> = BTreeMap::new();
    let mut both_transport = 0u64;
    let mut rows = csv::Reader::from_path(run.join("trace.csv")).unwrap();
    for r in rows.records() {
        let r = r.unwrap();
        let lines: BTreeSet<u64> =
            r[6].split(" | ").filter_map(|e| e.rsplit_once(".lex:")?.1.split(':').next()?.parse().ok()).collect();
        both_transport += u64::from(lines.contains(&5) && lines.contains(&8));
        for theme in r[5].split(" | ").filter(|t| !t.is_empty()) {
            let mine: Vec<u64> = subtree(theme).into_iter().filter(|l| lines.contains(l)).collect();
            for &l in &mine {
                let e = expected.entry((theme.to_owned(), l)).or_default();
                e.0 += 1;
                e.1 += u64::from(mine.len() == 1);
            }
        }
    }
    let mut got = BTreeMap::new();
    for t in v["themes"].as_array().unwrap() {
        for e in t["entries"].as_array().unwrap() {
            let line: u64 = e["place"].as_str().unwrap().rsplit(':').next().unwrap().parse().unwrap();
            let figures = (e["answers"].as_u64().unwrap(), e["alone"].as_u64().unwrap());
            got.insert((t["theme"].as_str().unwrap().to_owned(), line), figures);
        }
    }
    assert!(both_transport > 0 && expected.values().any(|e| e.1 > 0), "{expected:?}");
    assert_eq!(got, expected);
    let overlaps = v["overlaps"].as_array().unwrap();
    assert_eq!(overlaps.len(), 1, "{overlaps:?}");
    assert_eq!(overlaps[0]["answers"].as_u64(), Some(both_transport));
    let places: Vec<&str> =
        overlaps[0]["entries"].as_array().unwrap().iter().map(|e| e["place"].as_str().unwrap()).collect();
    assert_eq!(places, [format!("{}:5", s(&lex)), format!("{}:8", s(&lex))]);

    // Never matched: counted per file, listed whole in JSON and with --unmatched.
    assert_eq!(v["never_matched"][0]["entry"], "zeppelin");
    assert_eq!(v["never_matched_per_file"][0]["never_matched"].as_u64(), Some(1));
    let prefix = v["entries"].as_array().unwrap().iter().find(|e| e["entry"] == "transport*").unwrap();
    let forms: Vec<&str> = prefix["forms"].as_array().unwrap().iter().map(|f| f[0].as_str().unwrap()).collect();
    assert!(forms.contains(&"transports") && forms.contains(&"transport"), "{forms:?}");
    let leftovers = v["leftovers"].as_array().unwrap();
    assert!(leftovers.iter().any(|q| q["question"] == "161" && !q["words"].as_array().unwrap().is_empty()));
    let text = synthese_ok(&["lexicon", "stats", "--lexicons", s(&lex), "--unmatched"]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains(&format!("{}:9  zeppelin  → s / Transports > Train", s(&lex))), "{text}");
}

#[test]
fn stats_on_the_default_lexicons_starts_with_what_to_act_on_and_stays_short() {
    let out = synthese_ok(&["lexicon", "stats"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.len() < 16_000, "{} bytes", text.len());
    let sections = [
        "Themes, most answers first",
        "Entries that put the same words in two themes",
        "Entries that never matched, per file",
        "Leftover words of answers no theme matched",
    ];
    let at: Vec<usize> = sections.iter().map(|h| text.find(h).unwrap_or_else(|| panic!("{h}\n{text}"))).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
    // The never-matched entries are counted per file by default, listed with --unmatched.
    let counted = text.split("Entries that never matched, per file (").nth(1).unwrap();
    let never: usize = counted.split(' ').next().unwrap().parse().unwrap();
    let per_file: usize = counted
        .lines()
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .map(|l| l.split_whitespace().next().unwrap().parse::<usize>().unwrap())
        .sum();
    assert_eq!(per_file, never);
    let all = synthese_ok(&["lexicon", "stats", "--unmatched"]);
    let all = String::from_utf8_lossy(&all.stdout);
    let list = all.split("Entries that never matched (").nth(1).unwrap();
    assert_eq!(list.lines().skip(1).take_while(|l| l.starts_with("  ")).count(), never);
}

/// Copies a folder, sub-folders included.
fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let target = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_tree(&p, &target);
        } else {
            std::fs::copy(&p, &target).unwrap();
        }
    }
}

/// Per (question, theme label): the record ids of a run's trace.csv that have the theme.
fn answers_per_theme(dir: &std::path::Path) -> BTreeMap<(String, String), BTreeSet<String>> {
    let mut out: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    let mut rows = csv::Reader::from_path(dir.join("trace.csv")).unwrap();
    for r in rows.records() {
        let r = r.unwrap();
        for theme in r[5].split(" | ").filter(|t| !t.is_empty()) {
            out.entry((r[4].to_owned(), theme.to_owned())).or_default().insert(r[3].to_owned());
        }
    }
    out
}

const SAMPLE: &str = "tests/data/answers_sample.csv";
const SAMPLE_MAP: &str = "question=question_id,text=text";

#[test]
fn diff_of_an_edit_gives_the_answers_that_independent_runs_gain_and_lose() {
    let dir = temp();
    let (old, new) = (dir.path().join("old"), dir.path().join("new"));
    copy_tree(&root().join("lexicons"), &old);
    copy_tree(&root().join("lexicons"), &new);
    // The edit: `1905` removed from one theme, `religi*` added to another.
    let q127 = new.join("codebooks/q127.lex");
    let text = std::fs::read_to_string(&q127).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let removed = lines.iter().position(|l| *l == "    1905").unwrap() + 1;
    let mut edited: Vec<&str> = lines.iter().copied().filter(|l| *l != "    1905").collect();
    let after = edited.iter().position(|l| *l == "    calendrier*").unwrap();
    edited.insert(after + 1, "    religi*");
    let added = after + 2;
    std::fs::write(&q127, edited.join("\n") + "\n").unwrap();

    let out = synthese_ok(&[
        "lexicon",
        "diff",
        s(&old),
        s(&new),
        SAMPLE,
        "--map",
        SAMPLE_MAP,
        "--format",
        "json",
        "--examples",
        "1000",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();

    // What independent runs with each set say.
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    for (lex, to) in [(&old, &a), (&new, &b)] {
        synthese_ok(&["run", "-q", "--trace", "--map", SAMPLE_MAP, "--lexicons", s(lex), "--out", s(to), SAMPLE]);
    }
    let (before, after_) = (answers_per_theme(&a), answers_per_theme(&b));
    let empty = BTreeSet::new();
    let mut expected = BTreeMap::new();
    for key in before.keys().chain(after_.keys()) {
        let (x, y) = (before.get(key).unwrap_or(&empty), after_.get(key).unwrap_or(&empty));
        let gained: BTreeSet<String> = y.difference(x).cloned().collect();
        let lost: BTreeSet<String> = x.difference(y).cloned().collect();
        if !gained.is_empty() || !lost.is_empty() {
            expected.insert(key.clone(), (x.len() as u64, y.len() as u64, gained, lost));
        }
    }
    assert!(expected.values().any(|e| !e.2.is_empty()) && expected.values().any(|e| !e.3.is_empty()), "{expected:?}");
    let ids = |list: &serde_json::Value| -> BTreeSet<String> {
        list.as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap().to_owned()).collect()
    };
    let mut got = BTreeMap::new();
    for c in v["changes"].as_array().unwrap() {
        let key = (c["question"].as_str().unwrap().to_owned(), c["theme"].as_str().unwrap().to_owned());
        let (gained, lost) = (ids(&c["gained_examples"]), ids(&c["lost_examples"]));
        assert_eq!((c["gained"].as_u64(), c["lost"].as_u64()), (Some(gained.len() as u64), Some(lost.len() as u64)));
        got.insert(key, (c["before"].as_u64().unwrap(), c["after"].as_u64().unwrap(), gained, lost));
        // The entries shown are those of the side that has the theme: the edited lines here.
        for e in c["gained_examples"].as_array().unwrap() {
            let entries: Vec<&str> = e["entries"].as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect();
            assert!(entries.iter().any(|x| x.ends_with(&format!("codebooks/q127.lex:{added}: religi*"))), "{e}");
        }
        for e in c["lost_examples"].as_array().unwrap() {
            let entries: Vec<&str> = e["entries"].as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect();
            assert!(entries.iter().any(|x| x.ends_with(&format!("codebooks/q127.lex:{removed}: 1905"))), "{e}");
            assert!(entries.iter().all(|x| x.starts_with(s(&old))), "{e}");
        }
    }
    assert_eq!(got, expected);
    let changed: BTreeSet<&String> = expected.values().flat_map(|e| e.2.iter().chain(&e.3)).collect();
    assert_eq!(v["changed_answers"].as_u64(), Some(changed.len() as u64));
    assert_eq!(v["lexicons"]["entries_added"][0]["entry"].as_str().unwrap(), format!("{}:{added}: religi*", s(&q127)));
    let removed_entry = v["lexicons"]["entries_removed"][0]["entry"].as_str().unwrap();
    assert!(removed_entry.ends_with(&format!("codebooks/q127.lex:{removed}: 1905")), "{removed_entry}");

    // The text for people says the same, largest change first.
    let text = synthese_ok(&["lexicon", "diff", s(&old), s(&new), SAMPLE, "--map", SAMPLE_MAP]);
    let text = String::from_utf8_lossy(&text.stdout);
    let mut rows: Vec<_> = expected.iter().collect();
    rows.sort_by_key(|(_, e)| std::cmp::Reverse(e.2.len() + e.3.len()));
    let ((question, theme), (x, y, gained, lost)) = rows[0];
    let header = format!("Q{question} · {theme}: {x} → {y} answers");
    assert!(text.contains(&header), "{header}\n{text}");
    assert!(text.contains(&format!("+{} gained, −{} lost", gained.len(), lost.len())), "{text}");
    assert!(text.contains(&format!("Answers: {} of 300 changed themes", changed.len())), "{text}");
}

/// Runs git in `dir`, with an identity of its own and no access to repositories above it.
fn git(dir: &std::path::Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .env("GIT_CEILING_DIRECTORIES", dir.parent().unwrap())
        .stdout(std::process::Stdio::null())
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

#[test]
fn diff_of_a_folder_against_its_last_commit() {
    let dir = temp();
    let repo = dir.path().join("repo");
    let lex = repo.join("lex");
    std::fs::create_dir_all(&lex).unwrap();
    let committed = "@name: Laïcité\nLaïcité:\n    laïcité\nReligions:\n    religion\n";
    std::fs::write(lex.join("laicite.lex"), committed).unwrap();
    git(&repo, &["init", "-q"]);
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "lexicons"]);
    std::fs::write(lex.join("laicite.lex"), "@name: Laïcité\nLaïcité:\n    laïcité\nReligions:\n    religi*\n")
        .unwrap();

    let head = synthese_ok(&["lexicon", "diff", s(&lex), SAMPLE, "--map", SAMPLE_MAP, "--format", "json"]);
    let head: serde_json::Value = serde_json::from_slice(&head.stdout).unwrap();
    // The same as against a copy of the committed folder.
    let old = dir.path().join("old");
    std::fs::create_dir(&old).unwrap();
    std::fs::write(old.join("laicite.lex"), committed).unwrap();
    let copy = synthese_ok(&["lexicon", "diff", s(&old), s(&lex), SAMPLE, "--map", SAMPLE_MAP, "--format", "json"]);
    let copy: serde_json::Value = serde_json::from_slice(&copy.stdout).unwrap();
    assert!(head["changes"].as_array().unwrap().iter().any(|c| c["gained"].as_u64() > Some(0)), "{head}");
    assert_eq!(head["changes"], copy["changes"]);
    assert_eq!(head["old"].as_str().unwrap(), format!("HEAD:{}", s(&lex)));
    let removed = head["lexicons"]["entries_removed"][0]["entry"].as_str().unwrap();
    assert_eq!(removed, format!("HEAD:{}/laicite.lex:5: religion", s(&lex)));

    // A broken committed file is named as the commit holds it.
    std::fs::write(lex.join("laicite.lex"), "Laïcité:\n\tlaïcité\n").unwrap();
    git(&repo, &["commit", "-q", "-am", "broken"]);
    std::fs::write(lex.join("laicite.lex"), committed).unwrap();
    let broken = synthese(&["lexicon", "diff", s(&lex), SAMPLE, "--map", SAMPLE_MAP]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(
        stderr(&broken).contains(&format!("HEAD:{}/laicite.lex:2:1: indent with spaces", s(&lex))),
        "{}",
        stderr(&broken)
    );

    // Outside a repository, it says so.
    let outside = synthese(&["lexicon", "diff", s(&old), SAMPLE, "--map", SAMPLE_MAP]);
    assert_eq!(outside.status.code(), Some(1));
    assert!(stderr(&outside).contains(&format!("{}: it is not in a git repository", s(&old))), "{}", stderr(&outside));
}

#[test]
fn diff_errors_name_the_file_and_line() {
    let dir = temp();
    let missing = dir.path().join("nowhere");
    let out = synthese(&["lexicon", "diff", s(&missing), "lexicons", SAMPLE]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(&format!("{}: no such lexicon folder or file", s(&missing))), "{}", stderr(&out));

    let new = dir.path().join("new");
    std::fs::create_dir(&new).unwrap();
    std::fs::write(new.join("a.lex"), "Laïcité:\n    laïcité\n    \"religion\n").unwrap();
    let out = synthese(&["lexicon", "diff", "lexicons", s(&new), SAMPLE, "--map", SAMPLE_MAP]);
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(message.contains(&format!("{}/a.lex:3:5: this double quote is never closed", s(&new))), "{message}");
}

#[test]
fn diff_watch_runs_again_when_a_lexicon_file_is_saved() {
    use std::io::BufRead;
    let dir = temp();
    let (old, new) = (dir.path().join("old"), dir.path().join("new"));
    for d in [&old, &new] {
        std::fs::create_dir(d).unwrap();
        std::fs::write(d.join("a.lex"), "Laïcité:\n    laïcité\n").unwrap();
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_synthese"))
        .args(["lexicon", "diff", s(&old), s(&new), SAMPLE, "--map", SAMPLE_MAP, "--watch"])
        .current_dir(root())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                return;
            }
        }
    });
    let wait_for = |what: &str| loop {
        let line = rx.recv_timeout(std::time::Duration::from_secs(60)).expect("the watch printed in time");
        if line.contains(what) {
            return line;
        }
    };
    wait_for("No answer changed themes.");
    std::fs::write(new.join("a.lex"), "Laïcité:\n    laïcité\n    religi*\n").unwrap();
    let line = wait_for("Answers:");
    let _ = child.kill();
    let _ = child.wait();
    assert!(!line.starts_with("Answers: 0 of"), "{line}");
}
