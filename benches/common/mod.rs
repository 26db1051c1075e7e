//! What the benchmarks share: real answer texts and a 10,000-entry lexicon made from them.
#![allow(dead_code)]

use std::path::Path;

use rustc_hash::FxHashSet;

use synthese::text::{self, stopwords, Stemmer};

/// Every real answer text of the sample files.
pub fn answers() -> Vec<String> {
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

pub fn bytes(texts: &[String]) -> u64 {
    texts.iter().map(|t| t.len() as u64).sum()
}

/// A `.lex` text with `n` entries in 100 themes, from the corpus's own vocabulary: its distinct
/// content words (as stem entries, every fifth as a prefix `word*`, every seventh as an exact
/// `"word"`) and, once words run out, its distinct two-word phrases.
pub fn big_lexicon(texts: &[String], n: usize) -> String {
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

/// The answers of a CSV with `question_id` and `text` columns (such as the one
/// benches/real_answers.py writes): (question id, text).
pub fn answers_of_csv(path: &Path) -> Vec<(String, String)> {
    let mut reader = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let header = reader.headers().expect("a header").clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no {name} column"));
    let (q, t) = (column("question_id"), column("text"));
    reader.records().map(|r| r.expect("a CSV row")).map(|r| (r[q].to_owned(), r[t].to_owned())).collect()
}
