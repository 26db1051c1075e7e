//! Classification alone, one worker's classifier on one core, over a whole file of real answers:
//! a warm-up pass (every word met once), then timed passes. Prints the best pass's CPU time of the
//! thread and its throughput in MiB/s of answer text. Quieter than wall time on a shared machine;
//! under `valgrind --tool=callgrind --toggle-collect='*timed_pass*' ... --passes 1` it counts
//! the instructions of one warm pass.
//!
//!   cargo bench --bench classify_pass                       # the answers of the micro-benchmarks
//!   cargo bench --bench classify_pass -- --input target/bench-data/real/answers.csv --lexicon 10k
//!
//! `--input` takes a CSV with `question_id` and `text` columns (benches/real_answers.py writes
//! the real answers of ../shared/corpus/answers so); each answer is classified in the scope of its
//! question. `--lexicon default` (the default lexicons, the default) or `10k` (the micro-benchmarks'
//! 10,000-entry lexicon); `--passes N` timed passes (5).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use synthese::classify::{Classification, Classifier, InScope, Matcher, Scope};
use synthese::lexicon::{parse_lexicon, LexiconSet};
use synthese::text::Stemmer;

mod common;

/// CPU time of this thread, in seconds (the scheduler's own count, in nanoseconds).
fn thread_cpu() -> f64 {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    s.split_whitespace().next().and_then(|n| n.parse::<f64>().ok()).map_or(f64::NAN, |ns| ns / 1e9)
}

/// The first pass, which meets every word (apart, so that callgrind can leave it out).
#[inline(never)]
fn cold_pass(classifier: &mut Classifier, answers: &[(usize, &str)], scopes: &[Arc<InScope>]) -> usize {
    // Not the same code as timed_pass's, or the two may be merged into one function.
    black_box("cold");
    pass(classifier, answers, scopes)
}

#[inline(never)]
fn timed_pass(classifier: &mut Classifier, answers: &[(usize, &str)], scopes: &[Arc<InScope>]) -> usize {
    pass(classifier, answers, scopes)
}

#[inline(always)]
fn pass(classifier: &mut Classifier, answers: &[(usize, &str)], scopes: &[Arc<InScope>]) -> usize {
    let mut out = Classification::default();
    let mut hits = 0;
    for &(scope, text) in answers {
        classifier.classify_into(black_box(text), &scopes[scope], &mut out, None);
        hits += out.hits.len();
    }
    hits
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut input, mut lexicon, mut passes): (Option<PathBuf>, String, usize) = (None, "default".into(), 5);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--input" => input = args.next().map(PathBuf::from),
            "--lexicon" => lexicon = args.next().expect("--lexicon default|10k"),
            "--passes" => passes = args.next().and_then(|n| n.parse().ok()).expect("--passes N"),
            _ => {} // `cargo bench` passes --bench
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let texts: Vec<(Option<String>, String)> = match &input {
        Some(path) => common::answers_of_csv(path).into_iter().map(|(q, t)| (Some(q), t)).collect(),
        None => common::answers().into_iter().map(|t| (None, t)).collect(),
    };
    let stemmer = Stemmer::french();
    let matcher = match lexicon.as_str() {
        "default" => Matcher::new(LexiconSet::load(&root.join("lexicons"), &stemmer).expect("the lexicons"), stemmer),
        "10k" => {
            let plain: Vec<String> = common::answers();
            let lex = common::big_lexicon(&plain, 10_000);
            let mut set = LexiconSet::default();
            parse_lexicon("bench-10k.lex", lex.as_bytes(), Path::new("."), &stemmer, &mut set).expect("parses");
            Matcher::new(set, stemmer)
        }
        other => panic!("--lexicon default|10k, not {other}"),
    };
    let mut classifier = matcher.classifier();
    let mut questions: Vec<Option<&str>> = Vec::new();
    let mut scopes = Vec::new();
    let answers: Vec<(usize, &str)> = texts
        .iter()
        .map(|(q, t)| {
            let q = q.as_deref();
            let k = questions.iter().position(|x| *x == q).unwrap_or_else(|| {
                questions.push(q);
                scopes.push(classifier.in_scope(Scope { topic: None, question: q, source: None }));
                questions.len() - 1
            });
            (k, t.as_str())
        })
        .collect();
    let bytes: usize = answers.iter().map(|(_, t)| t.len()).sum();
    let mib = bytes as f64 / (1 << 20) as f64;
    let (c0, w0) = (thread_cpu(), std::time::Instant::now());
    let hits = cold_pass(&mut classifier, &answers, &scopes);
    let (cold_cpu, cold_wall) = (thread_cpu() - c0, w0.elapsed().as_secs_f64());
    let mut best = f64::INFINITY;
    let mut all = Vec::new();
    for _ in 0..passes {
        let c0 = thread_cpu();
        assert_eq!(timed_pass(&mut classifier, &answers, &scopes), hits);
        let cpu = thread_cpu() - c0;
        all.push(format!("{cpu:.3}"));
        best = best.min(cpu);
    }
    println!(
        "classify_pass: {} answers, {:.1} MiB, lexicon {lexicon}: cold pass {cold_cpu:.3} s CPU ({cold_wall:.3} s wall), \
         warm passes {} s CPU; best {:.1} MiB/s ({:.2} ns a byte, {} hits)",
        answers.len(),
        mib,
        all.join(", "),
        mib / best,
        best * 1e9 / bytes as f64,
        hits
    );
}
