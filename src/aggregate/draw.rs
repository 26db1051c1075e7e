//! The review draw: a sample of classified answers for people to read, designed so that what they
//! find can be turned into estimates (docs/review-format.md).
//!
//! Answers fall into strata: every answer of a question is in its question's `all` stratum, and a
//! rule-positive answer is also in the stratum of each top-level theme the rules gave it (per
//! question, or over all questions with `pool_questions`). Each stratum keeps the `n` answers
//! with the smallest rank, a hash of (seed, record id, question, stratum): a simple random sample
//! without replacement of the stratum, reproducible from the seed, whatever the thread count or
//! the input order. Since ranks of one answer in two strata are independent, the probability that
//! an answer is in the file is `1 − Π(1 − n_h / N_h)` over the strata it belongs to.
//! Memory: the answers kept, a few per stratum.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::classify::Classification;
use crate::hash::{fnv1a, mix};
use crate::lexicon::LexiconSet;

/// How many answers to draw, and how.
#[derive(Debug, Clone, Copy)]
pub struct Design {
    pub seed: u64,
    /// Answers per question, among all of its answers.
    pub per_question: usize,
    /// More answers per top-level theme, among the answers the rules put in it.
    pub per_theme: usize,
    /// Theme strata take all questions together rather than one question at a time.
    pub pool_questions: bool,
}

impl Design {
    /// The design in words, for the reports.
    pub fn rule(&self) -> String {
        let (themes, label) =
            if self.pool_questions { ("over all questions together", "*") } else { ("of the question", "question") };
        format!(
            "per question, {} answers among all its answers (stratum all:question) and {} more per top-level theme {themes} \
among the answers the rules put in it (stratum theme:{label}:theme); in each stratum, the answers with the smallest hash of \
(seed {}, record id, question, stratum) (FNV-1a, mixed by splitmix64): simple random samples without replacement that depend only on \
the seed and the records; each row gives the strata it was drawn in and its inclusion probability (docs/review-format.md)",
            self.per_question, self.per_theme, self.seed
        )
    }
}

/// Which answers a stratum holds: a question's, or the rule-positive answers of a top-level
/// theme (in a question, or in every question when `question` is `None`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stratum {
    All { question: Arc<str> },
    Theme { question: Option<Arc<str>>, theme: u32 },
}

impl Stratum {
    /// `all:127`, `theme:127:Family / Theme`, `theme:*:Family / Theme`.
    pub fn label(&self, lexicons: &LexiconSet) -> String {
        match self {
            Stratum::All { question } => format!("all:{question}"),
            Stratum::Theme { question, theme } => {
                format!("theme:{}:{}", question.as_deref().unwrap_or("*"), lexicons.theme_label(*theme as usize))
            }
        }
    }
}

/// A drawn answer.
#[derive(Debug, Clone)]
pub struct Drawn {
    pub input: Arc<str>,
    pub line: u64,
    pub record_id: String,
    pub question: Arc<str>,
    pub text: String,
    /// Every theme the rules gave, ancestors included, in id order.
    pub themes: Vec<u32>,
}

#[derive(Debug, Default)]
struct Kept {
    /// Answers in the stratum.
    size: u64,
    /// The drawn ones, by rank, at most the stratum's sample size.
    drawn: Vec<(u64, usize)>,
}

/// The sample being drawn, answer by answer.
pub struct Draw<'a> {
    design: Design,
    lexicons: &'a LexiconSet,
    strata: FxHashMap<Stratum, Kept>,
    /// Questions in the order first seen, which is the order of the file.
    questions: Vec<Arc<str>>,
    /// The position in `questions` of the last answer's question.
    last_question: usize,
    /// Answers kept by some stratum; those no stratum keeps any more are dropped by `compact`.
    answers: Vec<Drawn>,
    seed_bytes: [u8; 8],
    /// The strata of the answer being offered, kept from one answer to the next so that
    /// offering allocates only for the answers a stratum keeps.
    buffer: Vec<Stratum>,
    /// The hash of the `all` strata, the same for every question.
    all_hash: u64,
}

/// The finished draw: rows in file order, and what each stratum held.
#[derive(Default)]
pub struct Sample {
    pub rows: Vec<Row>,
    /// Every stratum, in file order, with its size and the answers drawn in it.
    pub strata: Vec<(String, u64, usize)>,
}

pub struct Row {
    pub answer: Drawn,
    /// The strata it was drawn in, in file order.
    pub drawn_in: Vec<String>,
    pub inclusion_probability: f64,
}

/// The columns of the review file before the theme and verdict pairs (docs/review-format.md).
pub const LEADING: [&str; 11] = [
    "sample_id",
    "seed",
    "lexicon_hash",
    "question",
    "strata",
    "inclusion_probability",
    "input",
    "line",
    "record_id",
    "text",
    "rule_themes",
];
/// The longest text of a row, in characters: readers judge the whole answer, so real answers are
/// never cut, but a spreadsheet cell holds at most 32,767 characters and one huge answer must
/// not make the file huge.
pub const TEXT_KEPT: usize = 30_000;
/// The columns after them, for the readers.
pub const TRAILING: [&str; 4] = ["missed_themes", "reviewer", "reviewed_on", "comment"];

impl Sample {
    /// The header and rows of the review file (docs/review-format.md), the same whatever it is
    /// written as and whichever command drew it.
    pub fn table(&self, lex: &LexiconSet, seed: u64) -> (Vec<String>, Vec<Vec<String>>) {
        let top_level = |themes: &[u32]| -> Vec<u32> {
            themes.iter().copied().filter(|&t| lex.themes[t as usize].depth == 0).collect()
        };
        let pairs = self.rows.iter().map(|r| top_level(&r.answer.themes).len()).max().unwrap_or(0);
        let mut header: Vec<String> = LEADING.iter().map(|s| s.to_string()).collect();
        for i in 1..=pairs {
            header.push(format!("theme_{i}"));
            header.push(format!("verdict_{i}"));
        }
        header.extend(TRAILING.iter().map(|s| s.to_string()));
        let hash = lex.combined_sha256()[..16].to_owned();
        let rows = self
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let a = &r.answer;
                // The most specific themes: those none of the answer's other themes descends from.
                let specific: Vec<String> = a
                    .themes
                    .iter()
                    .filter(|&&t| {
                        !a.themes.iter().any(|&o| o != t && lex.themes[o as usize].parent == Some(t as usize))
                    })
                    .map(|&t| lex.theme_label(t as usize).into_owned())
                    .collect();
                let mut row = vec![
                    format!("R{:05}", i + 1),
                    seed.to_string(),
                    hash.clone(),
                    a.question.to_string(),
                    r.drawn_in.join(" | "),
                    r.inclusion_probability.to_string(),
                    a.input.to_string(),
                    a.line.to_string(),
                    a.record_id.clone(),
                    crate::report::model::cut(&a.text, TEXT_KEPT, &a.record_id),
                    specific.join(" | "),
                ];
                let tops = top_level(&a.themes);
                for k in 0..pairs {
                    row.push(tops.get(k).map(|&t| lex.theme_label(t as usize).into_owned()).unwrap_or_default());
                    row.push(String::new());
                }
                row.extend(TRAILING.iter().map(|_| String::new()));
                row
            })
            .collect();
        (header, rows)
    }
}

impl<'a> Draw<'a> {
    pub fn new(design: Design, lexicons: &'a LexiconSet) -> Draw<'a> {
        Draw {
            design,
            lexicons,
            strata: FxHashMap::default(),
            questions: Vec::new(),
            last_question: 0,
            answers: Vec::new(),
            seed_bytes: design.seed.to_le_bytes(),
            buffer: Vec::new(),
            all_hash: fnv1a(&[b"(all answers)"]),
        }
    }

    /// Offers one classified answer to every stratum it belongs to.
    pub fn offer(
        &mut self,
        input: &Arc<str>,
        line: u64,
        record_id: &str,
        question: &str,
        text: &str,
        c: &Classification,
    ) {
        // A record answers its questions in the same order as the one before it, and an export
        // may hold one question only: the last answer's question and the next one are tried first.
        let (last, n) = (self.last_question, self.questions.len());
        let at = [last, last + 1]
            .into_iter()
            .filter(|&i| i < n)
            .chain(0..n)
            .find(|&i| &*self.questions[i] == question)
            .unwrap_or_else(|| {
                self.questions.push(Arc::from(question));
                n
            });
        self.last_question = at;
        let question = self.questions[at].clone();
        let own = fnv1a(&[&self.seed_bytes, record_id.as_bytes(), question.as_bytes()]);
        let mut slot = None;
        let mut strata = std::mem::take(&mut self.buffer);
        self.strata_of(&question, c, &mut strata);
        for stratum in strata.drain(..) {
            let sample_size = self.sample_size(&stratum);
            let rank = mix(own ^ self.stratum_hash(&stratum).rotate_left(32));
            let kept = self.strata.entry(stratum).or_default();
            kept.size += 1;
            if sample_size == 0 || (kept.drawn.len() == sample_size && kept.drawn[sample_size - 1].0 <= rank) {
                continue;
            }
            let index = *slot.get_or_insert_with(|| {
                self.answers.push(Drawn {
                    input: input.clone(),
                    line,
                    record_id: record_id.to_owned(),
                    question: question.clone(),
                    text: text.to_owned(),
                    themes: c.themes.clone(),
                });
                self.answers.len() - 1
            });
            let at = kept.drawn.partition_point(|&(r, i)| (r, i) < (rank, index));
            kept.drawn.insert(at, (rank, index));
            kept.drawn.truncate(sample_size);
        }
        self.buffer = strata;
        if self.answers.len() > 4096 && self.answers.len() > 4 * self.kept_count() {
            self.compact();
        }
    }

    /// The strata an answer with classification `c` belongs to, into `strata`.
    fn strata_of(&self, question: &Arc<str>, c: &Classification, strata: &mut Vec<Stratum>) {
        strata.clear();
        strata.push(Stratum::All { question: question.clone() });
        let theme_question = (!self.design.pool_questions).then(|| question.clone());
        strata.extend(
            c.themes
                .iter()
                .filter(|&&t| self.lexicons.themes[t as usize].depth == 0)
                .map(|&theme| Stratum::Theme { question: theme_question.clone(), theme }),
        );
    }

    fn sample_size(&self, stratum: &Stratum) -> usize {
        match stratum {
            Stratum::All { .. } => self.design.per_question,
            Stratum::Theme { .. } => self.design.per_theme,
        }
    }

    fn stratum_hash(&self, stratum: &Stratum) -> u64 {
        match stratum {
            Stratum::All { .. } => self.all_hash,
            Stratum::Theme { theme, .. } => self.lexicons.theme_hash(*theme as usize),
        }
    }

    fn kept_count(&self) -> usize {
        self.strata.values().map(|k| k.drawn.len()).sum()
    }

    /// Drops the answers no stratum keeps any more, so memory holds the sample, not the corpus.
    fn compact(&mut self) {
        let mut used = vec![false; self.answers.len()];
        for kept in self.strata.values() {
            for &(_, i) in &kept.drawn {
                used[i] = true;
            }
        }
        let mut new_index = vec![usize::MAX; self.answers.len()];
        let mut next = 0;
        for (i, &u) in used.iter().enumerate() {
            if u {
                new_index[i] = next;
                next += 1;
            }
        }
        let mut i = 0;
        self.answers.retain(|_| {
            i += 1;
            used[i - 1]
        });
        for kept in self.strata.values_mut() {
            for d in &mut kept.drawn {
                d.1 = new_index[d.1];
            }
        }
    }

    /// The rows of the review file: per question (in file order), the answers of its `all`
    /// stratum by rank, then those of its theme strata (theme id order) not already written;
    /// pooled theme strata come last.
    pub fn finish(mut self) -> Sample {
        self.compact();
        let lex = self.lexicons;
        let mut order: Vec<(&Stratum, &Kept)> = self.strata.iter().collect();
        let position: HashMap<&str, usize> = self.questions.iter().enumerate().map(|(i, q)| (&**q, i)).collect();
        let key = |s: &Stratum| match s {
            Stratum::All { question } => (0, position[&**question], 0),
            Stratum::Theme { question: Some(q), theme } => (0, position[&**q], 1 + *theme as usize),
            Stratum::Theme { question: None, theme } => (1, 0, *theme as usize),
        };
        order.sort_by_key(|(s, _)| key(s));
        let mut drawn_in: BTreeMap<usize, Vec<String>> = BTreeMap::new();
        let mut row_order = Vec::new();
        let mut strata = Vec::new();
        for (stratum, kept) in &order {
            let label = stratum.label(lex);
            for &(_, i) in &kept.drawn {
                let strata_of_answer = drawn_in.entry(i).or_default();
                if strata_of_answer.is_empty() {
                    row_order.push(i);
                }
                strata_of_answer.push(label.clone());
            }
            strata.push((label, kept.size, kept.drawn.len()));
        }
        let rows = row_order
            .into_iter()
            .map(|i| {
                let answer = self.answers[i].clone();
                let inclusion_probability = self.inclusion_probability(&answer);
                Row { drawn_in: drawn_in.remove(&i).unwrap_or_default(), answer, inclusion_probability }
            })
            .collect();
        Sample { rows, strata }
    }

    fn inclusion_probability(&self, answer: &Drawn) -> f64 {
        let c = Classification { themes: answer.themes.clone(), ..Default::default() };
        let mut strata = Vec::new();
        self.strata_of(&answer.question, &c, &mut strata);
        let missed: f64 = strata
            .iter()
            .filter_map(|s| self.strata.get(s))
            .map(|kept| 1.0 - kept.drawn.len() as f64 / kept.size.max(1) as f64)
            .product();
        1.0 - missed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::LexiconSet;

    fn lexicons() -> LexiconSet {
        // One folder per call: the tests run side by side in one process.
        static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("synthese-draw-{}-{call}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("test.lex");
        std::fs::write(&file, "@name: Test\nTransports:\n    train\nSanté:\n    hôpital\n").unwrap();
        let set = LexiconSet::load(&file, &crate::text::Stemmer::french()).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        set
    }

    fn classified(themes: &[u32]) -> Classification {
        Classification { themes: themes.to_vec(), ..Default::default() }
    }

    fn draw(design: Design, lex: &LexiconSet, order: &[usize]) -> Vec<(String, Vec<String>, String)> {
        let mut d = Draw::new(design, lex);
        let input: Arc<str> = Arc::from("in.csv");
        for &i in order {
            let themes: &[u32] = match i % 3 {
                0 => &[0],
                1 => &[1],
                _ => &[],
            };
            d.offer(&input, i as u64, &format!("r{i}"), "127", "texte", &classified(themes));
        }
        let sample = d.finish();
        sample
            .rows
            .iter()
            .map(|r| (r.answer.record_id.clone(), r.drawn_in.clone(), format!("{:.6}", r.inclusion_probability)))
            .collect()
    }

    #[test]
    fn the_sample_depends_on_the_seed_not_the_input_order() {
        let lex = lexicons();
        let design = Design { seed: 7, per_question: 10, per_theme: 5, pool_questions: false };
        let forward: Vec<usize> = (0..3000).collect();
        let backward: Vec<usize> = (0..3000).rev().collect();
        let mut a = draw(design, &lex, &forward);
        let mut b = draw(design, &lex, &backward);
        // Rows are in stratum and rank order, which does not depend on the input order.
        assert_eq!(a, b);
        let other = draw(Design { seed: 8, ..design }, &lex, &forward);
        assert_ne!(a, other);
        a.sort();
        b.sort();
        assert_eq!(a, b);
    }

    #[test]
    fn strata_hold_their_sample_size_and_probabilities_follow() {
        let lex = lexicons();
        let design = Design { seed: 1, per_question: 30, per_theme: 20, pool_questions: false };
        let mut d = Draw::new(design, &lex);
        let input: Arc<str> = Arc::from("in.csv");
        for i in 0..3000u64 {
            let themes: &[u32] = if i % 3 == 0 { &[0] } else { &[] };
            d.offer(&input, i, &format!("r{i}"), "127", "t", &classified(themes));
        }
        let sample = d.finish();
        assert_eq!(sample.strata.len(), 2);
        assert_eq!(sample.strata[0], ("all:127".to_owned(), 3000, 30));
        assert_eq!(sample.strata[1], ("theme:127:Test / Transports".to_owned(), 1000, 20));
        let in_theme: Vec<&Row> = sample.rows.iter().filter(|r| r.answer.themes == [0]).collect();
        let others: Vec<&Row> = sample.rows.iter().filter(|r| r.answer.themes.is_empty()).collect();
        assert_eq!(
            others.len(),
            30 - sample.rows.iter().filter(|r| r.drawn_in[0] == "all:127" && !r.answer.themes.is_empty()).count()
        );
        let p_theme = 1.0 - (1.0 - 30.0 / 3000.0) * (1.0 - 20.0 / 1000.0);
        assert!(in_theme.iter().all(|r| (r.inclusion_probability - p_theme).abs() < 1e-12));
        assert!(others.iter().all(|r| (r.inclusion_probability - 0.01).abs() < 1e-12));
        assert!(in_theme.len() >= 20);
    }

    #[test]
    fn pooled_theme_strata_take_every_question() {
        let lex = lexicons();
        let design = Design { seed: 1, per_question: 0, per_theme: 4, pool_questions: true };
        let mut d = Draw::new(design, &lex);
        let input: Arc<str> = Arc::from("in.csv");
        for i in 0..100u64 {
            let q = if i % 2 == 0 { "127" } else { "128" };
            d.offer(&input, i, &format!("r{i}"), q, "t", &classified(&[1]));
        }
        let sample = d.finish();
        assert_eq!(sample.rows.len(), 4);
        assert!(sample.strata.contains(&("theme:*:Test / Santé".to_owned(), 100, 4)));
        assert!(sample.rows.iter().all(|r| r.drawn_in == ["theme:*:Test / Santé"]));
    }
}
