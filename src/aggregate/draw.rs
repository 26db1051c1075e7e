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
    strata: HashMap<Stratum, Kept>,
    /// Questions in the order first seen, which is the order of the file.
    questions: Vec<Arc<str>>,
    /// Answers kept by some stratum; those no stratum keeps any more are dropped by `compact`.
    answers: Vec<Drawn>,
    seed_bytes: [u8; 8],
}

/// The finished draw: rows in file order, and what each stratum held.
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

impl<'a> Draw<'a> {
    pub fn new(design: Design, lexicons: &'a LexiconSet) -> Draw<'a> {
        Draw {
            design,
            lexicons,
            strata: HashMap::new(),
            questions: Vec::new(),
            answers: Vec::new(),
            seed_bytes: design.seed.to_le_bytes(),
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
        let question = match self.questions.iter().rev().find(|q| &***q == question) {
            Some(q) => q.clone(),
            None => {
                let q: Arc<str> = Arc::from(question);
                self.questions.push(q.clone());
                q
            }
        };
        let own = fnv1a(&[&self.seed_bytes, record_id.as_bytes(), question.as_bytes()]);
        let mut slot = None;
        for stratum in self.strata_of(&question, c) {
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
        if self.answers.len() > 4096 && self.answers.len() > 4 * self.kept_count() {
            self.compact();
        }
    }

    /// The strata an answer with classification `c` belongs to.
    fn strata_of(&self, question: &Arc<str>, c: &Classification) -> Vec<Stratum> {
        let mut strata = vec![Stratum::All { question: question.clone() }];
        let theme_question = (!self.design.pool_questions).then(|| question.clone());
        strata.extend(
            c.themes
                .iter()
                .filter(|&&t| self.lexicons.themes[t as usize].depth == 0)
                .map(|&theme| Stratum::Theme { question: theme_question.clone(), theme }),
        );
        strata
    }

    fn sample_size(&self, stratum: &Stratum) -> usize {
        match stratum {
            Stratum::All { .. } => self.design.per_question,
            Stratum::Theme { .. } => self.design.per_theme,
        }
    }

    fn stratum_hash(&self, stratum: &Stratum) -> u64 {
        match stratum {
            Stratum::All { .. } => fnv1a(&[b"(all answers)"]),
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
        let missed: f64 = self
            .strata_of(&answer.question, &c)
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
