//! Coverage: per question, the share of the answers that no theme matched, with the non-answers
//! (`rien`, `nsp`, empty…, see [`crate::text::nonanswer`]) recognised and counted apart, and the
//! words most frequent among the answers left unmatched (what the lexicon is missing).
//!
//! Reads answer files in the layout of `../shared/corpus/answers` (`question_id,text`, one row
//! per answer); each answer is classified with its question's scope (its debate as topic,
//! granddebat.fr as source).

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use rayon::prelude::*;
use serde::Serialize;

use super::metrics::{self, Interval};
use super::report::scope_of;
use crate::classify::Matcher;
use crate::text::nonanswer::{non_answer_kind, NonAnswer};

/// How many of the most frequent words of the unmatched answers a row lists.
pub const FREQUENT_WORDS: usize = 15;

#[derive(Debug, Clone, Serialize)]
pub struct CoverageReport {
    pub inputs: Vec<String>,
    pub lexicons: String,
    pub lexicon_sha256: String,
    pub questions: Vec<CoverageRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CoverageRow {
    pub question_id: String,
    pub title: String,
    pub debate: String,
    /// `open`, `closed`, `choice`, or empty for an unknown question.
    pub kind: String,
    pub answers: u64,
    pub non_answers: u64,
    pub non_answer_kinds: BTreeMap<String, u64>,
    /// Answers that are not non-answers: the base of the unmatched share.
    pub substantive: u64,
    pub matched: u64,
    pub unmatched: u64,
    /// unmatched / substantive; `None` when no lexicon applies to the question.
    pub unmatched_share: Option<f64>,
    pub unmatched_share_ci: Option<Interval>,
    /// The lexicon files that apply to the question.
    pub lexicon_files: Vec<String>,
    /// Content words (accents folded) in most unmatched answers, with how many answers hold them.
    pub frequent_unmatched_words: Vec<(String, u64)>,
}

/// Reads every answer file and measures coverage per question.
pub fn coverage(
    inputs: &[PathBuf],
    matcher: &Matcher,
    lexicons: &str,
    pool: &rayon::ThreadPool,
) -> Result<CoverageReport, String> {
    let (files, _) = crate::pipeline::expand_inputs(inputs).map_err(|e| e.to_string())?;
    let mut rows: BTreeMap<(u64, String), CoverageRow> = BTreeMap::new();
    let mut words: HashMap<String, HashMap<String, u64>> = HashMap::new();
    for file in &files {
        let shown = crate::paths::display(file);
        let mut reader = csv::Reader::from_path(file).map_err(|e| format!("{shown}: {e}"))?;
        let header: Vec<String> =
            reader.headers().map_err(|e| format!("{shown}: {e}"))?.iter().map(|h| h.trim().to_lowercase()).collect();
        let find = |names: &[&str]| header.iter().position(|h| names.contains(&h.as_str()));
        let (Some(q), Some(t)) = (find(&["question_id", "question"]), find(&["text", "answer"])) else {
            return Err(format!(
                "{shown}: an answer file needs a question_id and a text column; the header is: {}",
                header.join(",")
            ));
        };
        let mut answers: Vec<(String, String)> = Vec::new();
        for row in reader.records() {
            let row = row.map_err(|e| format!("{shown}:{}: {e}", e.position().map_or(0, |p| p.line())))?;
            answers.push((row[q].trim().to_string(), row[t].to_string()));
        }
        let outcomes: Vec<(Option<NonAnswer>, bool)> = pool.install(|| {
            answers
                .par_iter()
                .map(|(q, text)| match non_answer_kind(text) {
                    Some(kind) => (Some(kind), false),
                    None => (None, !matcher.classify(text, scope_of(Some(q))).themes.is_empty()),
                })
                .collect()
        });
        for ((q, text), (kind, matched)) in answers.iter().zip(outcomes) {
            let row = rows.entry((q.parse().unwrap_or(u64::MAX), q.clone())).or_insert_with(|| new_row(q, matcher));
            row.answers += 1;
            match kind {
                Some(k) => {
                    row.non_answers += 1;
                    *row.non_answer_kinds.entry(k.label().to_string()).or_default() += 1;
                }
                None if matched => row.matched += 1,
                None => {
                    row.unmatched += 1;
                    let counts = words.entry(q.clone()).or_default();
                    let mut seen: Vec<String> = crate::text::words(text)
                        .filter_map(|w| crate::text::analyse_word(w.text, matcher.stemmer()))
                        .filter(|w| !w.stop && w.folded.chars().count() > 2)
                        .map(|w| w.folded)
                        .collect();
                    seen.sort();
                    seen.dedup();
                    for w in seen {
                        *counts.entry(w).or_default() += 1;
                    }
                }
            }
        }
    }
    let mut questions: Vec<CoverageRow> = rows.into_values().collect();
    for row in &mut questions {
        row.substantive = row.answers - row.non_answers;
        if !row.lexicon_files.is_empty() {
            row.unmatched_share = metrics::ratio(row.unmatched, row.substantive);
            row.unmatched_share_ci = metrics::wilson(row.unmatched, row.substantive);
        }
        let mut frequent: Vec<(String, u64)> = words.remove(&row.question_id).unwrap_or_default().into_iter().collect();
        frequent.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        frequent.truncate(FREQUENT_WORDS);
        row.frequent_unmatched_words = frequent;
    }
    Ok(CoverageReport {
        inputs: files.iter().map(|f| crate::paths::display(f)).collect(),
        lexicons: lexicons.to_string(),
        lexicon_sha256: matcher.lexicons.combined_sha256(),
        questions,
    })
}

fn new_row(question: &str, matcher: &Matcher) -> CoverageRow {
    let info = question.parse::<u32>().ok().and_then(|q| crate::ingest::questions::table().by_id.get(&q));
    let kind = info.map_or("", |i| match i.kind {
        crate::ingest::questions::QuestionKind::Open => "open",
        crate::ingest::questions::QuestionKind::Closed => "closed",
        crate::ingest::questions::QuestionKind::Choice => "choice",
    });
    let files = matcher
        .in_scope(scope_of(Some(question)))
        .files
        .iter()
        .zip(&matcher.lexicons.files)
        .filter(|(on, _)| **on)
        .map(|(_, f)| f.path.clone())
        .collect();
    CoverageRow {
        question_id: question.to_string(),
        title: info.map_or(String::new(), |i| i.title.clone()),
        debate: info.map_or(String::new(), |i| i.debate.clone()),
        kind: kind.to_string(),
        answers: 0,
        non_answers: 0,
        non_answer_kinds: BTreeMap::new(),
        substantive: 0,
        matched: 0,
        unmatched: 0,
        unmatched_share: None,
        unmatched_share_ci: None,
        lexicon_files: files,
        frequent_unmatched_words: Vec::new(),
    }
}

impl CoverageReport {
    pub fn to_markdown(&self) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        let w = &mut out;
        let _ = writeln!(w, "# Coverage: answers no theme matched\n");
        let _ =
            writeln!(w, "- answers: {}", self.inputs.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", "));
        let _ = writeln!(w, "- lexicons: `{}` (sha256 {})", self.lexicons, self.lexicon_sha256);
        let _ = writeln!(
            w,
            "- unmatched share = answers no theme matched / answers that are not non-answers (empty, rien, nsp, sans avis, \
             non concerné, a bare non, voir ci-dessus…); 95% Wilson interval\n"
        );
        let rows: Vec<Vec<String>> = self
            .questions
            .iter()
            .map(|r| {
                vec![
                    format!("Q{}", r.question_id),
                    r.debate.clone(),
                    r.kind.clone(),
                    r.answers.to_string(),
                    r.non_answers.to_string(),
                    r.substantive.to_string(),
                    r.unmatched.to_string(),
                    match (r.unmatched_share, r.unmatched_share_ci) {
                        (Some(s), Some(i)) => {
                            format!("{:.1}% [{:.1}, {:.1}]", 100.0 * s, 100.0 * i.low, 100.0 * i.high)
                        }
                        _ if r.lexicon_files.is_empty() => "no lexicon applies".into(),
                        _ => "–".into(),
                    },
                    r.frequent_unmatched_words
                        .iter()
                        .take(6)
                        .map(|(w, n)| format!("{w} {n}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                ]
            })
            .collect();
        w.push_str(&super::report::table(
            &[
                "question",
                "debate",
                "kind",
                "answers",
                "non-answers",
                "substantive",
                "unmatched",
                "unmatched share",
                "frequent words in the unmatched",
            ],
            &rows,
            &[false, false, false, true, true, true, true, false, false],
        ));
        out
    }

    pub fn write_csv(&self, w: impl std::io::Write) -> csv::Result<()> {
        let mut out = crate::report::tables::csv_writer(w);
        out.write_record([
            "question_id",
            "debate",
            "kind",
            "answers",
            "non_answers",
            "substantive",
            "matched",
            "unmatched",
            "unmatched_share",
            "unmatched_share_low",
            "unmatched_share_high",
            "lexicon_files",
            "frequent_unmatched_words",
        ])?;
        let f = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v:.4}"));
        for r in &self.questions {
            out.write_record([
                r.question_id.clone(),
                r.debate.clone(),
                r.kind.clone(),
                r.answers.to_string(),
                r.non_answers.to_string(),
                r.substantive.to_string(),
                r.matched.to_string(),
                r.unmatched.to_string(),
                f(r.unmatched_share),
                f(r.unmatched_share_ci.map(|i| i.low)),
                f(r.unmatched_share_ci.map(|i| i.high)),
                r.lexicon_files.join(" | "),
                r.frequent_unmatched_words.iter().map(|(w, n)| format!("{w} {n}")).collect::<Vec<_>>().join(" | "),
            ])?;
        }
        out.flush()?;
        Ok(())
    }
}
