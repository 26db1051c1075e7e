//! A warm classifier allocates nothing per word or per answer: every real answer of the project
//! (tests/data/answers_sample.csv and the answer cells of corpus/official-layout/*.csv, plus the
//! real answers of ../shared/corpus/answers/Q161.csv when that folder is there) is classified
//! twice by one classifier, in the scope of its question and with its word hashes, as the
//! pipeline's workers do; a counting allocator measures the second pass.

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use synthese::classify::{Classification, Matcher, Scope};
use synthese::lexicon::LexiconSet;
use synthese::text::Stemmer;

/// The system allocator, counting allocations (and reallocations) while `COUNTING` is set. This
/// file holds one test, so no other test's allocations are counted.
struct Counting;

static COUNTING: AtomicBool = AtomicBool::new(false);
static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        }
        // SAFETY: the caller's contract is System's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is System's.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        }
        // SAFETY: the caller's contract is System's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Allocations made by `f`.
fn allocations(f: impl FnOnce()) -> u64 {
    ALLOCATIONS.store(0, Ordering::SeqCst);
    COUNTING.store(true, Ordering::SeqCst);
    f();
    COUNTING.store(false, Ordering::SeqCst);
    ALLOCATIONS.load(Ordering::SeqCst)
}

/// (question id, text) of every real answer at hand.
fn real_answers() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let mut csv_answers = |path: &Path, limit: usize| {
        let mut reader = csv::Reader::from_path(path).unwrap();
        for row in reader.records().take(limit) {
            let row = row.unwrap();
            out.push((row[0].to_owned(), row[1].to_owned()));
        }
    };
    csv_answers(&root.join("tests/data/answers_sample.csv"), usize::MAX);
    let shared = root.join("../shared/corpus/answers/Q161.csv");
    if shared.exists() {
        csv_answers(&shared, 20_000);
    }
    let mut files: Vec<_> = std::fs::read_dir(root.join("corpus/official-layout"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    files.sort();
    for file in files {
        let mut reader = csv::Reader::from_path(&file).unwrap();
        let header = reader.headers().unwrap().clone();
        for row in reader.records() {
            let row = row.unwrap();
            // Columns 0 to 10 are metadata; the question's id is not needed here.
            for (h, cell) in header.iter().zip(row.iter()).skip(11) {
                if !cell.is_empty() && cell != "Oui" && cell != "Non" {
                    out.push((h.chars().take(20).collect(), cell.to_owned()));
                }
            }
        }
    }
    out
}

#[test]
fn a_warm_classifier_allocates_nothing_per_answer() {
    let answers = real_answers();
    assert!(answers.len() > 5_000, "{} answers", answers.len());
    let stemmer = Stemmer::french();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let matcher = Matcher::new(LexiconSet::load(&root.join("lexicons"), &stemmer).unwrap(), stemmer);
    let mut classifier = matcher.classifier();
    let (mut out, mut hashes) = (Classification::default(), Vec::new());
    let mut pass = |classifier: &mut synthese::classify::Classifier, hits: &mut u64| {
        for (question, text) in &answers {
            let scope = classifier.in_scope(Scope { topic: None, question: Some(question), source: Some("test") });
            hashes.clear();
            classifier.classify_into(text, &scope, &mut out, Some(&mut hashes));
            *hits += out.hits.len() as u64;
        }
    };
    let (mut cold_hits, mut warm_hits) = (0, 0);
    let cold = allocations(|| pass(&mut classifier, &mut cold_hits));
    let warm = allocations(|| pass(&mut classifier, &mut warm_hits));
    assert_eq!(cold_hits, warm_hits);
    assert!(warm_hits > 1_000, "the lexicons match: {warm_hits} hits");
    eprintln!("{} answers, {warm_hits} hits: cold pass {cold} allocations, warm pass {warm}", answers.len());
    assert_eq!(warm, 0, "a warm classifier allocated {warm} times over {} answers", answers.len());

    // The owned outcome (what the pipeline hands on): one allocation per list that is not empty,
    // once the classifier's own outcome buffers have grown (the first pass).
    let mut lists = 0;
    let mut owned_pass = |lists: &mut u64| {
        for (question, text) in &answers {
            let scope = classifier.in_scope(Scope { topic: None, question: Some(question), source: Some("test") });
            let c = classifier.classify_hashing(text, &scope, &mut hashes);
            *lists += [c.themes.is_empty(), c.hits.is_empty(), c.blocked.is_empty(), c.excluded_themes.is_empty()]
                .iter()
                .filter(|empty| !**empty)
                .count() as u64;
        }
    };
    owned_pass(&mut 0);
    let owned = allocations(|| owned_pass(&mut lists));
    eprintln!("owned outcomes: {owned} allocations, {:.2} per answer", owned as f64 / answers.len() as f64);
    assert_eq!(owned, lists);
}
