//! Review-corrected shares are honest (issue 20, item 4): reviews simulated on the development
//! gold (Q127, laïcité, `--min-votes 2`, tags with 10+ answers): 200 seeded draws of 100 read
//! answers. The corrected shares' 95 % intervals must hold the full gold's share in at least 90 %
//! of (draw, tag) pairs, and beat the same 100 answers read without the rules on both error and
//! width. The figures are printed (`cargo test --release --test estimate -- --nocapture`) and
//! quoted in reports/eval/README.md.

mod common;

use std::path::Path;

use synthese::classify::Matcher;
use synthese::eval::estimate::{simulate, Simulation};
use synthese::eval::report::{evaluate, Predictions};
use synthese::lexicon::LexiconSet;
use synthese::text::Stemmer;

const LAICITE: &str = "tests/data/gold/lga_q127_laicite.csv";

/// Per tag with at least `min_support` gold answers, its (rule, human) label on every coded answer.
fn labels(min_support: u64) -> (Vec<String>, Vec<Vec<(bool, bool)>>) {
    let stemmer = Stemmer::french();
    let set = LexiconSet::load(Path::new("lexicons"), &stemmer).expect("the lexicons load");
    let matcher = Matcher::new(set, stemmer);
    let gold = synthese::eval::read(Path::new(LAICITE), None, "|").expect("the gold reads");
    let report = evaluate(&gold, Predictions::Classify, &matcher, "lexicons", 2, &["127".to_string()]);
    let q = &report.questions[0];
    assert_eq!(q.items.len(), q.coded);
    let mut names = Vec::new();
    let mut out = Vec::new();
    for (t, row) in q.tags.iter().enumerate() {
        if row.support >= min_support {
            names.push(row.tag.clone());
            out.push(q.items.iter().map(|(g, p)| (p.contains(&t), g.contains(&t))).collect());
        }
    }
    (names, out)
}

fn show(s: &Simulation) -> String {
    let pt = |x: f64| format!("{:.2}", 100.0 * x);
    format!(
        "{} draws of {} answers, {} tags: coverage corrected (Agresti–Min) {:.1} %, plain normal {:.1} %, \
         reviewed-only Wilson {:.1} %, corrected beyond the answers {:.1} % (plain normal {:.1} %); mean absolute error (points) raw rules {}, reviewed-only {}, corrected {}; \
         mean width (points) reviewed-only {}, corrected {}, plain normal {}",
        s.draws,
        s.sample,
        s.themes,
        100.0 * s.coverage,
        100.0 * s.coverage_normal,
        100.0 * s.coverage_reviewed,
        100.0 * s.coverage_beyond,
        100.0 * s.coverage_normal_beyond,
        pt(s.mae_rule),
        pt(s.mae_reviewed),
        pt(s.mae_corrected),
        pt(s.width_reviewed),
        pt(s.width_corrected),
        pt(s.width_normal),
    )
}

#[test]
fn corrected_shares_are_honest_on_the_development_gold() {
    let (names, labels) = labels(10);
    assert!(names.len() >= 5, "{names:?}");
    // The seed is the one the bootstrap intervals use (metrics::BOOTSTRAP_SEED), not chosen here.
    let s = simulate(&labels, 100, 200, synthese::eval::metrics::BOOTSTRAP_SEED);
    println!("{}", show(&s));
    assert!(s.coverage >= 0.90, "{}", show(&s));
    assert!(s.mae_corrected < s.mae_reviewed, "{}", show(&s));
    assert!(s.width_corrected < s.width_reviewed, "{}", show(&s));
    // The same holds with other seeds (not a lucky one).
    for seed in [1, 2, 3] {
        let other = simulate(&labels, 100, 200, seed);
        println!("seed {seed}: {}", show(&other));
        assert!(other.coverage >= 0.90, "{}", show(&other));
    }
}

#[test]
fn eval_simulates_a_review_on_the_command_line() {
    let out = common::synthese_ok(&["eval", "--gold", LAICITE, "--simulate-review", "100"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("100 of 760 coded answers read (seed 2019)"), "{text}");
    assert!(text.contains("| Y Rien"), "{text}");
    assert!(text.contains("Over 200 draws, the 22 tags with 10+ answers"), "{text}");
    assert!(text.contains("Agresti–Min"), "{text}");
    // The same seed, the same draw.
    let again = common::synthese_ok(&["eval", "--gold", LAICITE, "--simulate-review", "100"]);
    assert_eq!(text, String::from_utf8(again.stdout).unwrap());
}

#[test]
fn stratified_reviews_stay_honest_and_do_not_lose_to_the_plain_sample() {
    // The draw of docs/review-format.md: 100 answers of the question, and 5 more among the
    // answers the rules gave each tag, every read answer weighted by its inclusion probability.
    let (_, labels) = labels(10);
    for seed in [synthese::eval::metrics::BOOTSTRAP_SEED, 1, 2] {
        let (plain, stratified) = synthese::eval::estimate::simulate_stratified(&labels, 100, 5, 200, seed);
        let shown = format!("seed {seed}: plain {plain:?}, stratified {stratified:?}");
        println!("{shown}");
        assert!(stratified.coverage >= 0.90, "{shown}");
        assert!(stratified.mae <= plain.mae, "{shown}");
        assert!(stratified.width <= plain.width, "{shown}");
    }
}
