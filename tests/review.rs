//! Reviews read back (issue 20, items 2 and 3): the filled review files built from the Q127 gold
//! by tests/data/review/make_reviews.py (no human needed), each reading error, κ on two
//! reviewers, the XLSX and ODS round trips, and `synthese eval --reviewed` end to end.

mod common;
use common::*;

use std::path::{Path, PathBuf};

use serde_json::Value;
use synthese::classify::Matcher;
use synthese::review::{ReadOptions, Reviews};

const ANNE: &str = "tests/data/review/q127_review_anne.csv";
const PAUL: &str = "tests/data/review/q127_review_paul.csv";
const ANNE_ODS: &str = "tests/data/review/q127_review_anne.ods";
const GOLD: &str = "tests/data/gold/lga_q127_laicite.csv";
/// A frozen copy of the codebook the reviews were drawn with (lexicon edits must not stale them).
const LEXICON: &str = "tests/data/review/q127.lex";
const MAP: &str = "id=id,text=text,question=question_id";

/// The population the reviews were drawn from: the gold's 760 answers coded at 2 votes, as
/// make_reviews.py writes it.
fn corpus(dir: &Path) -> PathBuf {
    let gold = synthese::eval::read(&root().join(GOLD), None, "|").unwrap();
    let path = dir.join("q127.csv");
    let mut w = csv::Writer::from_path(&path).unwrap();
    w.write_record(["id", "question_id", "text"]).unwrap();
    for a in gold.items.iter().filter(|a| synthese::eval::coded_tags(a, 2, |_| false).is_some()) {
        w.write_record([a.id.as_str(), "127", a.text.as_deref().unwrap()]).unwrap();
    }
    w.flush().unwrap();
    path
}

fn matcher() -> Matcher {
    let stemmer = synthese::text::Stemmer::french();
    let set = synthese::lexicon::LexiconSet::load(&root().join(LEXICON), &stemmer).unwrap();
    Matcher::new(set, stemmer)
}

fn reviewed(files: &[&str], more: &[&str]) -> (Value, String) {
    let dir = temp();
    let corpus = corpus(dir.path());
    let mut args = vec!["eval", "--json", "--lexicons", LEXICON, "--map", MAP, s(&corpus), "--reviewed"];
    args.extend_from_slice(files);
    args.extend_from_slice(more);
    let out = synthese_ok(&args);
    (serde_json::from_slice(&out.stdout).unwrap(), stderr(&out))
}

/// A copy of anne's file with `from` replaced by `to` on the row of `record`.
fn edited(dir: &Path, record: &str, from: &str, to: &str) -> PathBuf {
    let text = std::fs::read_to_string(root().join(ANNE)).unwrap();
    let mut done = false;
    let lines: Vec<String> = text
        .split_inclusive('\n')
        .map(|line| {
            if !done && line.contains(&format!(",{record},")) && line.contains(from) {
                done = true;
                line.replacen(from, to, 1)
            } else {
                line.to_owned()
            }
        })
        .collect();
    assert!(done, "{record} {from}");
    let path = dir.join("edited.csv");
    std::fs::write(&path, lines.concat()).unwrap();
    path
}

#[test]
fn eval_reviewed_gives_corrected_shares_that_hold_the_gold() {
    let (report, err) = reviewed(&[ANNE], &[]);
    assert!(!err.contains("warning"), "{err}");
    let q = &report["questions"][0];
    assert_eq!((q["question"].as_str(), q["answers"].as_u64()), (Some("127"), Some(760)));
    // Every row of anne's file is read; 100 of them are the question's simple random sample.
    let rows = csv_rows(&root().join(ANNE)).len() as u64;
    assert_eq!((q["read"].as_u64(), q["in_simple_sample"].as_u64()), (Some(rows), Some(100)));
    // The truth: the gold's own share of each theme over the 760 answers (a gold file reads
    // as a review of every answer).
    let all = Reviews::read(&[root().join(GOLD)], &matcher(), &ReadOptions::default()).unwrap();
    assert_eq!(all.readings.len(), 760);
    let themes = q["themes"].as_array().unwrap();
    assert_eq!(themes.len(), 28);
    let (mut held, mut closer) = (0, 0);
    for t in themes {
        let label = t["theme"].as_str().unwrap();
        let theme = all.readings.iter().flat_map(|r| r.added.iter().copied()).find(|&x| all.label(x) == label);
        let truth = theme.map_or(0.0, |x| all.readings.iter().filter(|r| r.added.contains(&x)).count() as f64 / 760.0);
        let e = &t["estimate"];
        let (low, high) = (e["corrected_ci"]["low"].as_f64().unwrap(), e["corrected_ci"]["high"].as_f64().unwrap());
        held += (low <= truth && truth <= high) as usize;
        let rule = t["rule_share"].as_f64().unwrap();
        closer += ((e["corrected_share"].as_f64().unwrap() - truth).abs() <= (rule - truth).abs() + 0.005) as usize;
        assert_eq!(e["review"]["both"].as_u64().unwrap() + e["review"]["rule_only"].as_u64().unwrap() > 0, rule > 0.0);
    }
    println!("corrected intervals holding the gold's share: {held} of {}; corrected no further than the rules (0.5 point): {closer}", themes.len());
    assert!(held as f64 >= 0.85 * themes.len() as f64, "{held} of {}", themes.len());
    // The audit: one stratum per theme the rules gave, 5 answers each (2 where the rules gave
    // the theme to 2 answers only).
    let audit = report["audit"].as_array().unwrap();
    assert_eq!(audit.len(), 28);
    assert!(audit.iter().all(|a| a["stratum"].as_str().unwrap().starts_with("theme:127:Codebook Q127")));
    assert!(report["agreement"].is_null());
}

#[test]
fn two_reviewers_give_kappa_and_their_disagreements() {
    let (report, err) = reviewed(&[ANNE, PAUL], &[]);
    assert!(!err.contains("warning"), "{err}");
    let a = &report["agreement"];
    assert_eq!(a["answers"], 60);
    let kappas: Vec<f64> = a["themes"].as_array().unwrap().iter().filter_map(|t| t["kappa"].as_f64()).collect();
    assert!(kappas.len() > 20 && kappas.iter().all(|k| (-1.0..=1.0).contains(k)), "{kappas:?}");
    let d = a["disagreements"].as_array().unwrap();
    // Paul reads with 1 vote what anne reads with 2: he only ever adds themes.
    assert!(
        !d.is_empty() && d.iter().all(|d| d["first"] == "anne" && d["second"] == "paul" && d["second_says"] == true)
    );
    assert!(d[0]["first_at"].as_str().unwrap().starts_with(ANNE));
    // Estimates use anne's readings: the same as anne alone; --agreed drops the disagreements.
    let (alone, _) = reviewed(&[ANNE], &[]);
    assert_eq!(report["questions"], alone["questions"]);
    let (agreed, _) = reviewed(&[ANNE, PAUL], &["--agreed"]);
    assert_ne!(agreed["questions"], alone["questions"]);
    // Markdown: κ and the disagreements with their places.
    let dir = temp();
    let corpus = corpus(dir.path());
    let out = synthese_ok(&["eval", "--lexicons", LEXICON, "--map", MAP, s(&corpus), "--reviewed", ANNE, PAUL]);
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("## Agreement of the reviewers (60 answers read twice"), "{md}");
    assert!(md.contains("anne says no (tests/data/review/q127_review_anne.csv:"), "{md}");
}

#[test]
fn an_unknown_theme_is_an_error_naming_the_closest() {
    let dir = temp();
    let bad = edited(dir.path(), "1-10100", "/ Plus d'éducation,right", "/ Plus d'educaton,right");
    let corpus = corpus(dir.path());
    let out = synthese(&["eval", "--lexicons", LEXICON, "--map", MAP, s(&corpus), "--reviewed", s(&bad)]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!(
            "{}:2: column theme_1 (L): unknown theme `Codebook Q127 (La Grande Annotation) / Plus d'educaton`; the closest is `Codebook Q127 (La Grande Annotation) / Plus d'éducation`",
            s(&bad)
        )),
        "{err}"
    );
}

#[test]
fn a_verdict_neither_right_nor_wrong_is_an_error_with_row_and_column() {
    let dir = temp();
    let bad = edited(dir.path(), "1-10112", "éducation,right,", "éducation,peut-être,");
    let corpus = corpus(dir.path());
    let out = synthese(&["eval", "--lexicons", LEXICON, "--map", MAP, s(&corpus), "--reviewed", s(&bad)]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!(
            "{}:3: column verdict_1 (M): the verdict `peut-être` is neither right nor wrong",
            s(&bad)
        )),
        "{err}"
    );
}

#[test]
fn unknown_record_ids_blank_verdicts_and_unsigned_rows_are_counted_warnings() {
    let dir = temp();
    let bad = edited(dir.path(), "1-10100", ",1-10100,", ",9-99999,");
    let text = std::fs::read_to_string(&bad).unwrap();
    // Row 3: a blank verdict; row 4: verdicts without a reviewer.
    let text = text.replacen("éducation,right,", "éducation,,", 2).replacen("éducation,,", "éducation,right,", 1);
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let unsigned = lines[3].replacen(",anne,", ",,", 1);
    let text = [lines[..3].concat(), unsigned, lines[4..].concat()].concat();
    std::fs::write(&bad, text).unwrap();
    let corpus = corpus(dir.path());
    let out = synthese_ok(&["eval", "--json", "--lexicons", LEXICON, "--map", MAP, s(&corpus), "--reviewed", s(&bad)]);
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "1 read rows name records the inputs do not hold (left out): {}:2 (record 9-99999, question 127)",
            s(&bad)
        )),
        "{err}"
    );
    assert!(err.contains("1 verdicts left blank on read rows"), "{err}");
    assert!(err.contains(&format!("{}: 1 rows have verdicts or missed themes but no reviewer", s(&bad))), "{err}");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    // Two rows fewer than the file: the unknown record and the unsigned row.
    assert_eq!(report["questions"][0]["read"], csv_rows(&root().join(ANNE)).len() as u64 - 2);
    assert_eq!(report["warnings"].as_array().unwrap().len(), 3);
}

#[test]
fn an_xlsx_written_by_write_xlsx_reads_back_like_the_csv() {
    let dir = temp();
    let sheet = synthese::review::sheet::read(&root().join(ANNE), ANNE).unwrap();
    let header: Vec<&str> = sheet.header.iter().map(String::as_str).collect();
    let rows: Vec<Vec<String>> = sheet.rows.iter().map(|(_, cells)| cells.clone()).collect();
    let xlsx = dir.path().join("anne.xlsx");
    synthese::review::write_xlsx(&xlsx, &header, &rows).unwrap();
    let m = matcher();
    let from_csv = Reviews::read(&[root().join(ANNE)], &m, &ReadOptions::default()).unwrap();
    let from_xlsx = Reviews::read(std::slice::from_ref(&xlsx), &m, &ReadOptions::default()).unwrap();
    assert_eq!(from_xlsx.files[0].format, "review XLSX");
    assert_eq!(from_csv.readings.len(), from_xlsx.readings.len());
    for (a, b) in from_csv.readings.iter().zip(&from_xlsx.readings) {
        assert_eq!(
            (a.row, &a.record_id, &a.judged, &a.added, a.probability),
            (b.row, &b.record_id, &b.judged, &b.added, b.probability)
        );
        assert_eq!((&a.strata, &a.reviewer), (&b.strata, &b.reviewer));
    }
    // The header is frozen and the verdict columns offer right and wrong.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&xlsx).unwrap()).unwrap();
    let mut sheet_xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(), &mut sheet_xml).unwrap();
    assert!(sheet_xml.contains("state=\"frozen\""), "{sheet_xml}");
    assert!(sheet_xml.contains("<formula1>\"right,wrong\"</formula1>"), "{sheet_xml}");
}

#[test]
fn an_ods_reads_like_the_csv() {
    let m = matcher();
    let ods = Reviews::read(&[root().join(ANNE_ODS)], &m, &ReadOptions::default()).unwrap();
    let csv = Reviews::read(&[root().join(ANNE)], &m, &ReadOptions::default()).unwrap();
    assert_eq!(ods.files[0].format, "review ODS");
    assert_eq!(ods.readings.len(), 12);
    for (a, b) in ods.readings.iter().zip(&csv.readings) {
        assert_eq!(
            (a.row, &a.record_id, &a.judged, &a.added, a.probability),
            (b.row, &b.record_id, &b.judged, &b.added, b.probability)
        );
    }
}

#[test]
fn a_gold_file_reads_as_a_simple_random_sample_of_its_question() {
    let (report, err) = reviewed(&[GOLD], &[]);
    assert!(err.contains("760 answers come from gold files: they are taken as a simple random sample"), "{err}");
    assert!(err.contains("118 answers left out: no tag reached 2 votes"), "{err}");
    let q = &report["questions"][0];
    assert_eq!((q["read"].as_u64(), q["in_simple_sample"].as_u64()), (Some(760), Some(760)));
    // Every answer read: the corrected share is the gold's share, to the interval's width.
    for t in q["themes"].as_array().unwrap() {
        let e = &t["estimate"];
        assert!((e["corrected_share"].as_f64().unwrap() - e["reviewed_share"].as_f64().unwrap()).abs() < 1e-9, "{t}");
    }
}

/// `run --reviewed` puts the figures `eval --reviewed` computes beside the rules' shares, the same
/// in reviewed.csv, run.json, the question page and the summary; without reviews nothing changes.
#[test]
fn run_reviewed_reports_the_corrected_shares_eval_computes() {
    let (eval, _) = reviewed(&[ANNE, PAUL], &[]);
    let dir = temp();
    let corpus = corpus(dir.path());
    let out = dir.path().join("out");
    let run = synthese_ok(&[
        "run",
        s(&corpus),
        "--map",
        MAP,
        "--lexicons",
        LEXICON,
        "--out",
        s(&out),
        "-q",
        "--reviewed",
        ANNE,
        PAUL,
    ]);
    assert!(stderr(&run).contains("to look at after the review"), "{}", stderr(&run));
    let by_theme: std::collections::HashMap<String, Value> = eval["questions"][0]["themes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| !t["estimate"].is_null())
        .map(|t| (t["theme"].as_str().unwrap().rsplit(" / ").next().unwrap().to_owned(), t["estimate"].clone()))
        .collect();
    let rows = csv_rows(&out.join("reviewed.csv"));
    assert!(rows.len() >= 20, "{} rows", rows.len());
    for row in &rows {
        let e = &by_theme[&row["theme"]];
        let close = |csv: &str, json: &Value| (csv.parse::<f64>().unwrap() - json.as_f64().unwrap()).abs() < 1e-4;
        assert!(close(&row["corrected_share"], &e["corrected_share"]), "{row:?} {e}");
        assert!(close(&row["corrected_ci95_low"], &e["corrected_ci"]["low"]), "{row:?} {e}");
        assert!(close(&row["corrected_ci95_high"], &e["corrected_ci"]["high"]), "{row:?} {e}");
        let cells = ["both", "rule_only", "human_only", "neither"];
        let read: u64 = cells.iter().map(|c| e["review"][c].as_u64().unwrap()).sum();
        assert_eq!(row["read"], read.to_string(), "{row:?}");
    }
    let report = run_json(&out);
    let q = &questions(&report)[0];
    let reviewed_rows: Vec<&Value> =
        q["views"][0]["themes"].as_array().unwrap().iter().filter(|t| !t["reviewed"].is_null()).collect();
    assert_eq!(reviewed_rows.len(), rows.len());
    assert_eq!(report["reading"]["reviewers"], serde_json::json!(["anne", "paul"]));
    assert!(q["summary"][0]["themes"][0]["corrected"]["value"].is_f64());
    let page = std::fs::read_to_string(out.join(q["page"].as_str().unwrap())).unwrap();
    let first = &rows[0];
    let shown = format!("{:.1} %", first["corrected_share"].parse::<f64>().unwrap() * 100.0);
    assert!(page.contains("Checked by reading") && page.contains(&shown), "{shown} not on the page");
    let index = std::fs::read_to_string(out.join("synthese.html")).unwrap();
    assert!(index.contains("corrected by reading"));
    let method = std::fs::read_to_string(out.join("pages/method.html")).unwrap();
    assert!(method.contains("Hájek difference estimator") && method.contains(ANNE));
    // Without reviews: no reviewed.csv, no reading in run.json.
    let plain = dir.path().join("plain");
    synthese_ok(&["run", s(&corpus), "--map", MAP, "--lexicons", LEXICON, "--out", s(&plain), "-q"]);
    assert!(!plain.join("reviewed.csv").exists());
    assert!(run_json(&plain).get("reading").is_none());
}

/// `synthese review` draws the same sample whatever the thread count, in the layout the reader
/// takes back (as CSV and as XLSX): every drawn row is found again, unread until signed.
#[test]
fn the_draw_is_reproducible_and_reads_back() {
    let dir = temp();
    let corpus = corpus(dir.path());
    let draw = |threads: &str, name: &str| {
        let csv = dir.path().join(format!("{name}.csv"));
        let xlsx = dir.path().join(format!("{name}.xlsx"));
        synthese_ok(&[
            "review",
            s(&corpus),
            "--map",
            MAP,
            "--lexicons",
            LEXICON,
            "--per-question",
            "40",
            "--per-theme",
            "3",
            "--seed",
            "7",
            "--threads",
            threads,
            "-q",
            "-o",
            s(&csv),
            "--xlsx",
            s(&xlsx),
        ]);
        (std::fs::read(&csv).unwrap(), xlsx)
    };
    let (one, _) = draw("1", "one");
    let (two, xlsx) = draw("2", "two");
    assert_eq!(one, two, "the draw depends on the thread count");
    let rows = csv_rows(&dir.path().join("one.csv"));
    let random = rows.iter().filter(|r| r["strata"].split(" | ").any(|s| s == "all:127")).count();
    assert_eq!(random, 40);
    assert!(rows.len() > 40 && rows.iter().all(|r| r["reviewer"].is_empty()));
    // Unsigned rows are not read: the reader says so, for both formats.
    for file in [dir.path().join("one.csv"), xlsx] {
        let reviews = Reviews::read(std::slice::from_ref(&file), &matcher(), &ReadOptions::default()).unwrap();
        assert_eq!(reviews.files[0].rows, rows.len(), "{}", file.display());
        assert_eq!(reviews.files[0].read, 0);
    }
}

/// The top-level theme of an entry's theme label (`Family / Theme > Sub` → `Family / Theme`).
fn top_label(label: &str) -> &str {
    label.split(" > ").next().unwrap()
}

#[test]
fn lexicon_stats_reviewed_lists_the_entries_explain_shows_on_the_wrong_rows() {
    let out = synthese_ok(&["lexicon", "stats", "--json", "--lexicons", LEXICON, "--reviewed", ANNE]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["note"].as_str().unwrap().contains("never edits"), "{}", v["note"]);
    let rows: Vec<_> = csv_rows(&root().join(ANNE)).into_iter().filter(|r| !r["reviewer"].is_empty()).collect();
    assert_eq!(v["answers_read"], rows.len());
    // Per theme, the rows the reader marked wrong and the rows where they added it.
    let mut wrong: std::collections::HashMap<String, Vec<&std::collections::HashMap<String, String>>> =
        Default::default();
    let mut missed: std::collections::HashMap<String, Vec<&std::collections::HashMap<String, String>>> =
        Default::default();
    for r in &rows {
        for k in 1.. {
            let Some(theme) = r.get(&format!("theme_{k}")) else { break };
            if r[&format!("verdict_{k}")] == "wrong" {
                wrong.entry(theme.clone()).or_default().push(r);
            }
        }
        for t in r["missed_themes"].split('|').map(str::trim).filter(|t| !t.is_empty()) {
            missed.entry(t.to_owned()).or_default().push(r);
        }
    }
    let themes = v["themes"].as_array().unwrap();
    let count = |key: &str| themes.iter().map(|t| t[key].as_u64().unwrap()).sum::<u64>();
    assert_eq!(count("wrong"), wrong.values().map(Vec::len).sum::<usize>() as u64);
    assert_eq!(count("missed"), missed.values().map(Vec::len).sum::<usize>() as u64);
    assert_eq!(count("wrong_not_shown"), 0, "the frozen lexicon gives the themes the file shows");
    let theme = |label: &str| themes.iter().find(|t| t["theme"] == label).unwrap();

    // The entries listed for a theme's false positives are exactly those explain shows matching
    // in its wrong rows, with the theme or a sub-theme; checked on the two themes with most.
    let mut worst: Vec<(&String, usize)> = wrong.iter().map(|(t, r)| (t, r.len())).collect();
    worst.sort_by_key(|&(t, n)| (std::cmp::Reverse(n), t.clone()));
    for &(label, n) in &worst[..2] {
        let t = theme(label);
        assert_eq!(t["wrong"], n, "{label}");
        let listed: Vec<&Value> = t["false_positive_entries"].as_array().unwrap().iter().collect();
        let mut expected: std::collections::BTreeMap<String, u64> = Default::default();
        for r in &wrong[label] {
            let explained =
                synthese_ok(&["explain", "--json", "--lexicons", LEXICON, "--question", "127", "--", &r["text"]]);
            let e: Value = serde_json::from_slice(&explained.stdout).unwrap();
            let mut places: Vec<String> = e["matches"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|m| top_label(m["theme"].as_str().unwrap()) == label)
                .map(|m| format!("{}:{}", m["file"].as_str().unwrap(), m["line"]))
                .collect();
            places.sort();
            places.dedup();
            assert!(!places.is_empty(), "{label}: row {} has no entry of the theme", r["sample_id"]);
            for p in places {
                *expected.entry(p.clone()).or_default() += 1;
                let entry = listed.iter().find(|e| {
                    e["place"].as_str().unwrap().ends_with(&format!("q127.lex:{}", p.rsplit(':').next().unwrap()))
                });
                let entry =
                    entry.unwrap_or_else(|| panic!("{label}: {p} matched in row {} but is not listed", r["sample_id"]));
                assert!(
                    entry["answers"].as_array().unwrap().iter().any(|a| a["record_id"] == r["record_id"].as_str()),
                    "{label}: {p} does not list record {}",
                    r["record_id"]
                );
            }
        }
        let got: std::collections::BTreeMap<String, u64> = listed
            .iter()
            .map(|e| {
                let line = e["place"].as_str().unwrap().rsplit(':').next().unwrap().to_owned();
                (line, e["false_positives"].as_u64().unwrap())
            })
            .collect();
        let expected: std::collections::BTreeMap<String, u64> =
            expected.into_iter().map(|(p, n)| (p.rsplit(':').next().unwrap().to_owned(), n)).collect();
        assert_eq!(got, expected, "{label}");
        // Worst first.
        let order: Vec<u64> = listed.iter().map(|e| e["false_positives"].as_u64().unwrap()).collect();
        assert!(order.windows(2).all(|w| w[0] >= w[1]), "{label}: {order:?}");
    }

    // The missed words of the theme with most misses: some, each found in its missed answers.
    let (label, answers) = missed.iter().max_by_key(|(t, r)| (r.len(), std::cmp::Reverse((*t).clone()))).unwrap();
    let t = theme(label);
    assert_eq!(t["missed"], answers.len());
    let words = t["missed_words"].as_array().unwrap();
    assert!(!words.is_empty(), "{label}: no missed word");
    let stemmer = synthese::text::Stemmer::french();
    for w in words {
        let word = w["word"].as_str().unwrap();
        let holding = answers
            .iter()
            .filter(|r| {
                synthese::text::words(&r["text"])
                    .filter_map(|x| synthese::text::analyse_word(x.text, &stemmer))
                    .any(|a| a.folded_stem == word)
            })
            .count() as u64;
        assert_eq!(w["missed_answers"].as_u64(), Some(holding), "{label}: {word}");
        assert!(holding >= 2 && w["g2"].as_f64().unwrap() > 0.0, "{w}");
    }

    // The text says what the lists are.
    let text = synthese_ok(&["lexicon", "stats", "--lexicons", LEXICON, "--reviewed", ANNE]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("never edits") && text.contains("G²"), "{text}");
}

#[test]
fn lexicon_stats_reviewed_on_the_inputs_matches_the_texts_of_the_file() {
    let from_text = synthese_ok(&["lexicon", "stats", "--json", "--lexicons", LEXICON, "--reviewed", ANNE]);
    let from_text: Value = serde_json::from_slice(&from_text.stdout).unwrap();
    let dir = temp();
    let corpus = corpus(dir.path());
    let from_inputs = synthese_ok(&[
        "lexicon",
        "stats",
        "--json",
        "--lexicons",
        LEXICON,
        "--map",
        MAP,
        s(&corpus),
        "--reviewed",
        ANNE,
    ]);
    let from_inputs: Value = serde_json::from_slice(&from_inputs.stdout).unwrap();
    assert!(
        from_inputs["classified_from"].as_str().unwrap().contains("q127.csv"),
        "{}",
        from_inputs["classified_from"]
    );
    assert_eq!(from_text["themes"], from_inputs["themes"]);
    assert_eq!(from_text["answers_read"], from_inputs["answers_read"]);

    // No text and no inputs: an error naming the file, not a panic.
    let bare = dir.path().join("bare.csv");
    let mut w = csv::Writer::from_path(&bare).unwrap();
    w.write_record(["record_id", "question", "theme_1", "verdict_1", "missed_themes", "reviewer"]).unwrap();
    w.write_record(["1-10100", "127", "Plus d'éducation", "wrong", "", "anne"]).unwrap();
    w.flush().unwrap();
    let out = synthese(&["lexicon", "stats", "--lexicons", LEXICON, "--reviewed", s(&bare)]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("bare.csv") && err.contains("INPUTS") && !err.contains("panicked"), "{err}");
}

/// `synthese run`'s review.csv is the file `synthese review` draws with the same design, and once
/// filled (here by a script that signs every row and finds the rules right) it reads back.
#[test]
fn run_review_csv_is_the_review_file_and_reads_back() {
    let dir = temp();
    let corpus = corpus(dir.path());
    let out = dir.path().join("out");
    let design = ["--review-per-question", "40", "--review-per-theme", "3", "--review-seed", "11"];
    let mut args = vec!["run", s(&corpus), "--map", MAP, "--lexicons", LEXICON, "--out", s(&out), "-q"];
    args.extend_from_slice(&design);
    synthese_ok(&args);
    let drawn = dir.path().join("drawn.csv");
    synthese_ok(&[
        "review",
        s(&corpus),
        "--map",
        MAP,
        "--lexicons",
        LEXICON,
        "--per-question",
        "40",
        "--per-theme",
        "3",
        "--seed",
        "11",
        "-q",
        "--out",
        s(&drawn),
    ]);
    let sample = std::fs::read(out.join("review.csv")).unwrap();
    assert_eq!(sample, std::fs::read(&drawn).unwrap(), "one draw, one layout");

    let mut reader = csv::Reader::from_reader(&sample[3..]);
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(header[..3], ["sample_id", "seed", "lexicon_hash"]);
    assert_eq!(header[header.len() - 4..], ["missed_themes", "reviewer", "reviewed_on", "comment"]);
    let filled = dir.path().join("filled.csv");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::Writer::from_writer(&mut bytes);
        w.write_record(&header).unwrap();
        let mut rows = 0;
        for record in reader.records() {
            let mut row: Vec<String> = record.unwrap().iter().map(str::to_owned).collect();
            for (i, name) in header.iter().enumerate() {
                if let Some(k) = name.strip_prefix("verdict_") {
                    if !row[header.iter().position(|h| *h == format!("theme_{k}")).unwrap()].is_empty() {
                        row[i] = "right".into();
                    }
                }
            }
            let at = |name: &str| header.iter().position(|h| h == name).unwrap();
            row[at("reviewer")] = "script".into();
            row[at("reviewed_on")] = "2026-12-06".into();
            assert_eq!(row[at("seed")], "11");
            w.write_record(&row).unwrap();
            rows += 1;
        }
        assert!(rows >= 40, "{rows} rows");
    }
    std::fs::write(&filled, &bytes).unwrap();
    let rows = csv_rows(&filled).len() as u64;
    Reviews::read(std::slice::from_ref(&filled), &matcher(), &ReadOptions::default()).unwrap();
    let out =
        synthese_ok(&["eval", "--json", "--lexicons", LEXICON, "--map", MAP, s(&corpus), "--reviewed", s(&filled)]);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let q = &report["questions"][0];
    assert_eq!((q["read"].as_u64(), q["in_simple_sample"].as_u64()), (Some(rows), Some(40)));
    // Every verdict right and nothing missed: the rules are perfect on what was read.
    for t in q["themes"].as_array().unwrap() {
        assert_eq!(t["estimate"]["review"]["rule_only"].as_u64().unwrap_or(0), 0, "{t}");
        assert_eq!(t["estimate"]["review"]["human_only"].as_u64().unwrap_or(0), 0, "{t}");
    }
}
