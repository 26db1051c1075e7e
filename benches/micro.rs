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
use rustc_hash::FxHashMap;
use unicode_segmentation::UnicodeSegmentation;

use synthese::classify::{Classification, Matcher, Scope};
use synthese::lexicon::{parse_lexicon, LexiconSet};
use synthese::text::{self, elision, fold, normalize, Stemmer};

mod common;
use common::{answers, big_lexicon, bytes};

const DEBATE: &str = "Démocratie et citoyenneté";

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
        // One worker's classifier, as in a run; its word cache is warm after the first pass.
        let mut classifier = matcher.classifier();
        let in_scope = classifier.in_scope(scope);
        let mut out = Classification::default();
        g.bench_function(name, |b| {
            b.iter(|| {
                let mut n = 0usize;
                for t in &texts {
                    classifier.classify_into(black_box(t), &in_scope, &mut out, None);
                    n += out.hits.len();
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
