//! Micro-benchmarks of the text chain and the matcher, on real answers: the project's
//! `tests/data/answers_sample.csv` and the answer cells of `corpus/official-layout/*.csv`
//! (nothing outside the repository, so `cargo bench` works on a clean clone).
//!
//!   cargo bench --bench micro                 # everything (about two minutes)
//!   cargo bench --bench micro -- tokenize     # one group
//!
//! Groups: `tokenize` (synthese's word cutter, and plain UAX #29 for comparison), `normalize`
//! (NFC and apostrophes, lowercase, elision, accent folding, per word), `stem` (the whole word
//! analysis with Snowball, without and with a cache keyed by surface form), `classify` (the
//! matcher with the default lexicons, and with a 10,000-entry lexicon made from the corpus's own
//! vocabulary). Throughput is in bytes of answer text.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rustc_hash::{FxHashMap, FxHashSet};
use unicode_segmentation::UnicodeSegmentation;

use synthese::classify::{Matcher, Scope};
use synthese::lexicon::{parse_lexicon, LexiconSet};
use synthese::text::{self, elision, fold, normalize, stopwords, Stemmer};

const DEBATE: &str = "Démocratie et citoyenneté";

/// Every real answer text of the sample files.
fn answers() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let mut sample =
        csv::Reader::from_path(root.join("tests/data/answers_sample.csv")).expect("tests/data/answers_sample.csv");
    for row in sample.records() {
        out.push(row.expect("a CSV row")[1].to_owned());
    }
    let dir = root.join("corpus/official-layout");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/official-layout")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    files.sort();
    for file in files {
        let mut reader = csv::Reader::from_path(&file).expect("an official-layout CSV");
        for row in reader.records() {
            let row = row.expect("a CSV row");
            // Columns 0 to 10 are metadata; closed answers (Oui/Non) are not text.
            for cell in row.iter().skip(11) {
                if !cell.is_empty() && cell != "Oui" && cell != "Non" {
                    out.push(cell.to_owned());
                }
            }
        }
    }
    out
}

fn bytes(texts: &[String]) -> u64 {
    texts.iter().map(|t| t.len() as u64).sum()
}

/// A `.lex` text with `n` entries in 100 themes, from the corpus's own vocabulary: its distinct
/// content words (as stem entries, every fifth as a prefix `word*`, every seventh as an exact
/// `"word"`) and, once words run out, its distinct two-word phrases.
fn big_lexicon(texts: &[String], n: usize) -> String {
    let stemmer = Stemmer::french();
    let mut seen = FxHashSet::default();
    let mut words: Vec<String> = Vec::new();
    let mut pairs: Vec<String> = Vec::new();
    for t in texts {
        let mut previous: Option<String> = None;
        for w in text::words(t) {
            let lower = w.text.to_lowercase();
            let plain = lower.chars().all(char::is_alphabetic) && lower.chars().count() >= 3;
            let stop = text::analyse_word(&lower, &stemmer).is_none_or(|a| a.stop);
            if !plain || stop || stopwords::is_stop_word(&lower) {
                previous = None;
                continue;
            }
            if seen.insert(lower.clone()) {
                words.push(lower.clone());
            }
            if let Some(p) = previous.replace(lower.clone()) {
                let pair = format!("{p} {lower}");
                if seen.insert(pair.clone()) {
                    pairs.push(pair);
                }
            }
        }
    }
    let mut entries: Vec<String> = Vec::with_capacity(n);
    for (i, w) in words.iter().enumerate() {
        entries.push(match i % 35 {
            0 | 5 | 10 | 15 | 20 | 25 | 30 => format!("{}*", w.chars().take(5).collect::<String>()),
            7 | 14 | 21 | 28 => format!("\"{w}\""),
            _ => w.clone(),
        });
    }
    entries.extend(pairs);
    assert!(entries.len() >= n, "only {} candidate entries", entries.len());
    entries.truncate(n);
    let mut lex = String::from("@name: Bench 10k\n\n");
    for (t, chunk) in entries.chunks(n.div_ceil(100)).enumerate() {
        lex.push_str(&format!("Thème {t}:\n"));
        for e in chunk {
            lex.push_str("    ");
            lex.push_str(e);
            lex.push('\n');
        }
    }
    lex
}

fn benches(c: &mut Criterion) {
    let texts = answers();
    let total = bytes(&texts);
    let words: Vec<&str> = texts.iter().flat_map(|t| text::words(t).map(|w| w.text)).collect();
    let word_bytes: u64 = words.iter().map(|w| w.len() as u64).sum();
    eprintln!("micro: {} answers, {} bytes, {} words", texts.len(), total, words.len());

    let mut g = c.benchmark_group("tokenize");
    g.throughput(Throughput::Bytes(total));
    g.bench_function("words", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for t in &texts {
                n += text::words(black_box(t)).count();
            }
            n
        })
    });
    g.bench_function("uax29_library", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for t in &texts {
                n += black_box(t)
                    .split_word_bound_indices()
                    .filter(|(_, s)| s.chars().any(char::is_alphanumeric))
                    .count();
            }
            n
        })
    });
    g.finish();

    let mut g = c.benchmark_group("normalize");
    g.throughput(Throughput::Bytes(word_bytes));
    g.bench_function("nfc_apostrophes", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for w in &words {
                n += normalize::normalize(black_box(w)).len();
            }
            n
        })
    });
    g.bench_function("fold_accents", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for w in &words {
                n += fold::fold_accents(black_box(w)).len();
            }
            n
        })
    });
    g.bench_function("chain_without_stemming", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for w in &words {
                let normal = normalize::normalize(black_box(w));
                let lower = text::lowercase(&normal);
                let form = elision::strip(&lower);
                n += fold::fold_accents(form).len();
            }
            n
        })
    });
    g.finish();

    let stemmer = Stemmer::french();
    let mut g = c.benchmark_group("stem");
    g.throughput(Throughput::Bytes(word_bytes));
    g.bench_function("analyse_word_uncached", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for w in &words {
                n += text::analyse_word(black_box(w), &stemmer).map_or(0, |a| a.stem.len());
            }
            n
        })
    });
    g.bench_function("analyse_word_cached_by_surface", |b| {
        let mut cache: FxHashMap<&str, Option<text::AnalysedWord>> = FxHashMap::default();
        b.iter(|| {
            let mut n = 0usize;
            for w in &words {
                let a = cache.entry(black_box(w)).or_insert_with(|| text::analyse_word(w, &stemmer));
                n += a.as_ref().map_or(0, |a| a.stem.len());
            }
            n
        })
    });
    g.finish();

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let default = {
        let stemmer = Stemmer::french();
        let set = LexiconSet::load(&root.join("lexicons"), &stemmer).expect("the default lexicons");
        Matcher::new(set, stemmer)
    };
    let lex = big_lexicon(&texts, 10_000);
    let big = {
        let stemmer = Stemmer::french();
        let mut set = LexiconSet::default();
        parse_lexicon("bench-10k.lex", lex.as_bytes(), std::path::Path::new("."), &stemmer, &mut set)
            .expect("the generated 10,000-entry lexicon parses");
        assert_eq!(set.entries.len(), 10_000);
        Matcher::new(set, stemmer)
    };
    let mut g = c.benchmark_group("classify");
    g.throughput(Throughput::Bytes(total));
    for (name, matcher, topic) in [("default_lexicons", &default, Some(DEBATE)), ("lexicon_10000_entries", &big, None)]
    {
        let scope = Scope { topic, question: None, source: None };
        // The word cache is warm after the first pass, as in a real run.
        g.bench_function(name, |b| {
            b.iter(|| {
                let mut n = 0usize;
                for t in &texts {
                    n += matcher.classify(black_box(t), scope).hits.len();
                }
                n
            })
        });
    }
    g.finish();
}

criterion_group! {
    name = micro;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = benches
}
criterion_main!(micro);
