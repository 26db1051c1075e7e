//! `synthese eval` end to end on La Grande Annotation's human labels (tests/data/gold): the gold
//! readers on the real files, the three ways of comparing (lexicons on the gold texts, a run's
//! assignments, two annotation files), coverage, and a regression guard on the codebook
//! lexicons' F1.

mod common;
use common::*;

use serde_json::Value;

const LAICITE: &str = "tests/data/gold/lga_q127_laicite.csv";
const IDEES: &str = "tests/data/gold/lga_idees_marquantes_codebooks.csv";

fn eval_json(args: &[&str]) -> Value {
    let mut all = vec!["eval", "--json"];
    all.extend_from_slice(args);
    let out = synthese_ok(&all);
    serde_json::from_slice(&out.stdout).expect("eval --json prints JSON")
}

fn question<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["questions"].as_array().unwrap().iter().find(|q| q["question_id"] == id).unwrap()
}

fn f(v: &Value) -> f64 {
    v.as_f64().unwrap()
}

#[test]
fn the_gold_readers_on_the_real_files() {
    // Q127: 878 answers, 1883 rows; 760 have a tag with at least 2 votes, every one has a tag
    // with at least 1 vote.
    let two = eval_json(&["--gold", LAICITE]);
    let q = question(&two, "127");
    assert_eq!(two["gold_format"], "long");
    assert_eq!(
        (q["answers"].as_u64(), q["coded"].as_u64(), q["not_coded"].as_u64()),
        (Some(878), Some(760), Some(118))
    );
    let one = eval_json(&["--gold", LAICITE, "--min-votes", "1"]);
    assert_eq!(question(&one, "127")["coded"], 878);
    // The support of a tag is the number of answers where at least 2 annotators gave it.
    let support = |report: &Value, tag: &str| {
        question(report, "127")["tags"].as_array().unwrap().iter().find(|t| t["tag"] == tag).unwrap()["support"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(support(&two, "Y Rien"), 335);
    assert_eq!(support(&two, "Application loi 1905"), 185);
    assert_eq!(support(&one, "Application loi 1905"), 237);
    // « Idée marquée » is never a scored tag.
    for report in [&two, &one] {
        assert!(question(report, "127")["tags"].as_array().unwrap().iter().all(|t| t["tag"] != "Idée marquée"));
    }

    // The « idées marquantes » extract: Q127 and Q149, repeated rows read once.
    let idees = eval_json(&["--gold", IDEES]);
    assert_eq!(question(&idees, "127")["answers"], 21);
    assert_eq!(question(&idees, "149")["answers"], 76);
    // Answers tagged only « Z Autres » / « Sans réponse » are coded, with no tag.
    assert!(question(&idees, "149")["coded_without_tag"].as_u64().unwrap() > 0);
    // Gold tags that no theme stands for are still scored (all missed), and named as such.
    let q149 = question(&idees, "149");
    let orphan = q149["tags"].as_array().unwrap().iter().find(|t| t["tag"] == "Construction écologique").unwrap();
    assert_eq!((orphan["themes"].as_array().unwrap().len(), orphan["predicted"].as_u64()), (0, Some(0)));
    assert!(idees["overall"]["micro_f1"].is_number());
}

/// The development figures the codebook lexicons reached when they were written
/// (reports/eval/). A lexicon edit that loses more than 0.02 of F1 fails here; one that gains
/// should raise these.
const BASELINE: [(&str, &str, f64, f64); 3] = [
    // (gold file, question, micro F1, macro F1) at --min-votes 2
    (LAICITE, "127", 0.780, 0.618),
    (IDEES, "127", 0.585, 0.466),
    (IDEES, "149", 0.798, 0.564),
];

#[test]
fn the_codebook_lexicons_do_not_lose_f1_on_the_development_gold() {
    for (gold, id, micro, macro_) in BASELINE {
        let report = eval_json(&["--gold", gold, "--question", id]);
        let a = &question(&report, id)["averages"];
        let (m, n) = (f(&a["micro_f1"]), f(&a["macro_f1"]));
        assert!(m >= micro - 0.02, "{gold} Q{id}: micro F1 {m:.3} fell more than 0.02 below {micro:.3}");
        assert!(n >= macro_ - 0.02, "{gold} Q{id}: macro F1 {n:.3} fell more than 0.02 below {macro_:.3}");
    }
}

#[test]
fn eval_writes_tables_json_and_the_answers_to_review() {
    let out = temp();
    let run = synthese_ok(&["eval", "--gold", LAICITE, "--out", s(out.path())]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(stdout.contains("| Application loi 1905"), "{stdout}");
    assert!(stdout.contains("micro F1") && stdout.contains("Spearman"));
    for name in ["eval.md", "eval.csv", "eval.json", "review.csv"] {
        assert!(out.path().join(name).is_file(), "{name}");
    }
    assert_eq!(std::fs::read_to_string(out.path().join("eval.md")).unwrap(), stdout);
    let mut csv = csv::Reader::from_path(out.path().join("eval.csv")).unwrap();
    let rows: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
    assert!(rows.iter().any(|r| &r[1] == "(micro average)") && rows.iter().any(|r| &r[1] == "(macro average)"));
    // Every false positive names the lexicon line that produced it.
    let mut review = csv::Reader::from_path(out.path().join("review.csv")).unwrap();
    let rows: Vec<csv::StringRecord> = review.records().map(Result::unwrap).collect();
    let fps: Vec<&csv::StringRecord> = rows.iter().filter(|r| &r[2] == "false positive").collect();
    assert!(!fps.is_empty() && rows.iter().any(|r| &r[2] == "false negative"));
    assert!(fps.iter().all(|r| r[6].contains("lexicons/codebooks/q127.lex:")), "{:?}", fps[0]);
    // The counts of review.csv are those of the table.
    let report: Value = serde_json::from_slice(&std::fs::read(out.path().join("eval.json")).unwrap()).unwrap();
    let micro = &question(&report, "127")["averages"]["micro"];
    assert_eq!(fps.len() as u64, micro["fp"].as_u64().unwrap());
    assert_eq!(rows.len() as u64 - fps.len() as u64, micro["fn"].as_u64().unwrap());
}

#[test]
fn a_runs_assignments_score_like_the_lexicons_on_the_gold_texts() {
    // A run over the gold texts themselves, record id = the official reference.
    let dir = temp();
    let input = dir.path().join("gold_texts.csv");
    let mut w = csv::Writer::from_path(&input).unwrap();
    w.write_record(["reference", "question_id", "text"]).unwrap();
    let mut seen = std::collections::HashSet::new();
    let mut r = csv::Reader::from_path(root().join(LAICITE)).unwrap();
    for row in r.records() {
        let row = row.unwrap();
        if seen.insert(row[0].to_string()) {
            w.write_record([&row[0], &row[1], &row[4]]).unwrap();
        }
    }
    w.flush().unwrap();
    let run_dir = dir.path().join("run");
    synthese_ok(&[
        "run",
        "-q",
        s(&input),
        "--map",
        "id=reference,text=text,question=question_id",
        "--out",
        s(&run_dir),
    ]);
    let assignments = run_dir.join("assignments.csv");
    let scored = eval_json(&["--gold", LAICITE, "--assignments", s(&assignments)]);
    let direct = eval_json(&["--gold", LAICITE]);
    let (a, b) = (&question(&scored, "127")["averages"], &question(&direct, "127")["averages"]);
    assert_eq!(a["micro"], b["micro"]);
    assert_eq!(question(&scored, "127")["without_prediction"], 0);
}

#[test]
fn agreement_between_two_wide_files_by_hand() {
    let dir = temp();
    let a = dir.path().join("anne.csv");
    let b = dir.path().join("paul.csv");
    // Four answers. Tag X: Anne yes on 1, 2; Paul yes on 1, 3. Tag Y: both yes on 4 only.
    std::fs::write(&a, "id,tags\n1,X\n2,X\n3,\n4,Y\n9,X\n").unwrap();
    std::fs::write(&b, "id,tags\n1,X\n2,\n3,X\n4,Y\n").unwrap();
    let report = eval_json(&["--agreement", s(&a), s(&b)]);
    assert_eq!((report["common"].as_u64(), report["only_first"].as_u64()), (Some(4), Some(1)));
    let tag = |name: &str| report["tags"].as_array().unwrap().iter().find(|t| t["tag"] == name).unwrap().clone();
    // X: both 1, first only 1, second only 1, neither 1 → pₒ = 0.5, pₑ = 0.5, κ = 0;
    // α = 1 − 7·2/(4·4) = 0.125.
    let x = tag("X");
    assert!((f(&x["kappa"]) - 0.0).abs() < 1e-9 && (f(&x["alpha"]) - 0.125).abs() < 1e-9, "{x}");
    let y = tag("Y");
    assert_eq!((f(&y["kappa"]), f(&y["alpha"])), (1.0, 1.0));
    // Pooled over the 8 (answer, tag) units: both 2, one-sided 2, neither 4;
    // α = 1 − 15·2/(6·10) = 0.5.
    assert!((f(&report["alpha"]) - 0.5).abs() < 1e-9, "{report}");
    // A gold file agrees perfectly with itself.
    let same = eval_json(&["--agreement", LAICITE, LAICITE]);
    assert_eq!((f(&same["alpha"]), same["common"].as_u64()), (1.0, Some(760)));
}

#[test]
fn a_wide_gold_with_texts_is_classified_and_scored() {
    let dir = temp();
    let gold = dir.path().join("review.csv");
    std::fs::write(
        &gold,
        "id;question_id;tags;text\n\
         a;127;Application loi 1905;Appliquer la loi de 1905, rien de plus.\n\
         b;127;Pas de menu religieux|Aucun signe ostentatoire (croix, voile, kippa...);Pas de menus halal à la cantine, pas de voile.\n\
         c;127;;La laïcité, c'est la paix.\n",
    )
    .unwrap();
    let report = eval_json(&["--gold", s(&gold), "--gold-format", "wide"]);
    assert_eq!(report["gold_format"], "wide");
    let q = question(&report, "127");
    assert_eq!(q["coded"], 3);
    let micro = &q["averages"]["micro"];
    assert_eq!((micro["tp"].as_u64(), micro["fn"].as_u64()), (Some(3), Some(0)), "{q}");
}

#[test]
fn coverage_counts_non_answers_apart_per_question() {
    let out = temp();
    let report = eval_json(&["--coverage", "tests/data/answers_sample.csv", "--out", s(out.path())]);
    let rows = report["questions"].as_array().unwrap();
    let total: u64 = rows.iter().map(|r| r["answers"].as_u64().unwrap()).sum();
    assert_eq!(total, 300);
    for r in rows {
        let (a, n, s) =
            (r["answers"].as_u64().unwrap(), r["non_answers"].as_u64().unwrap(), r["substantive"].as_u64().unwrap());
        assert_eq!(a, n + s);
        assert_eq!(s, r["matched"].as_u64().unwrap() + r["unmatched"].as_u64().unwrap());
    }
    assert!(rows.iter().map(|r| r["non_answers"].as_u64().unwrap()).sum::<u64>() > 0);
    // A question no lexicon applies to has no share, rather than 100%: Q172 (Organisation de
    // l'État) with the Transition écologique lexicon alone.
    let only_ecology =
        eval_json(&["--coverage", "tests/data/answers_sample.csv", "--lexicons", "lexicons/ecologie.lex"]);
    let q172 = only_ecology["questions"].as_array().unwrap().iter().find(|r| r["question_id"] == "172").unwrap();
    assert!(q172["unmatched_share"].is_null() && q172["lexicon_files"].as_array().unwrap().is_empty());
    for name in ["coverage.md", "coverage.csv", "coverage.json"] {
        assert!(out.path().join(name).is_file(), "{name}");
    }
}

#[test]
fn eval_refuses_what_it_cannot_do() {
    // No mode: a usage error.
    assert_eq!(synthese(&["eval"]).status.code(), Some(2));
    // A gold without texts needs a run's assignments.
    let dir = temp();
    let gold = dir.path().join("tags_only.csv");
    std::fs::write(&gold, "id,tags\n1-1,Y Rien\n").unwrap();
    let out = synthese(&["eval", "--gold", s(&gold)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--assignments"), "{}", stderr(&out));
    // A question the lexicons have no tag for.
    let out = synthese(&["eval", "--gold", IDEES, "--question", "107"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("nothing to evaluate"), "{}", stderr(&out));
    // A broken votes cell is named with its line.
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "reference,question_id,tag,votes,text\n1-1,127,Y Rien,three,rien\n").unwrap();
    let out = synthese(&["eval", "--gold", s(&bad)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("bad.csv:2:") && stderr(&out).contains("votes"), "{}", stderr(&out));
}
