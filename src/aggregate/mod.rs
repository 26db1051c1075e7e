//! Aggregation: the counts of a run, by input (read, analysed, skipped, rejected), by source and
//! question (answers, themes), by lexicon entry (hits), plus a few quotations per theme. Fed in
//! input order by one thread, so every figure is the same whatever the thread count; memory
//! holds counts and a bounded number of quotations, never the corpus.

mod quotes;

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::classify::Classification;
use crate::ingest::{Question, Record, Value};
pub use quotes::{Quote, QUOTES_PER_THEME};

/// The quotation rule, as written in reports.
pub fn quotes_rule() -> &'static str {
    quotes::RULE
}

/// Counts for one input file.
#[derive(Debug, Default)]
pub struct InputTally {
    pub shown: String,
    pub format: String,
    pub source: String,
    pub encoding: String,
    pub sha256: String,
    pub bytes: u64,
    pub analysed: u64,
    pub skipped: BTreeMap<String, u64>,
    pub rejected: u64,
    /// Records whose id an earlier record of the same input already had (they are analysed).
    pub duplicate_ids: u64,
    pub notes: Vec<String>,
}

impl InputTally {
    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }

    pub fn read(&self) -> u64 {
        self.analysed + self.skipped_total() + self.rejected
    }
}

/// Where answers are grouped: a source (platform) and a question (or topic).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct GroupKey {
    pub source: String,
    /// Numeric question ids sort as numbers, before other keys.
    pub order: (u64, String),
}

#[derive(Debug)]
pub struct Group {
    pub question: Arc<Question>,
    /// Free-text answers analysed.
    pub texts: u64,
    /// Of which matched at least one theme.
    pub classified: u64,
    pub themes: BTreeMap<u32, u64>,
    pub quotes: BTreeMap<u32, Vec<Quote>>,
    /// Closed (Oui/Non) and multiple-choice answers: value → count.
    pub choices: BTreeMap<String, u64>,
}

#[derive(Debug, Default)]
pub struct Tally {
    pub inputs: Vec<InputTally>,
    pub groups: BTreeMap<GroupKey, Group>,
    /// Matches per lexicon entry.
    pub entry_hits: Vec<u64>,
    /// Answers per lexicon entry (an answer matching an entry twice counts once here).
    pub entry_answers: Vec<u64>,
    /// What the report must say about the run as a whole (files left aside…).
    pub notes: Vec<String>,
}

impl Tally {
    pub fn new(entries: usize) -> Tally {
        Tally { entry_hits: vec![0; entries], entry_answers: vec![0; entries], ..Tally::default() }
    }

    fn group(&mut self, source: &str, question: &Arc<Question>) -> &mut Group {
        let order = (question.id.parse::<u64>().unwrap_or(u64::MAX), question.id.clone());
        self.groups.entry(GroupKey { source: source.to_owned(), order }).or_insert_with(|| Group {
            question: question.clone(),
            texts: 0,
            classified: 0,
            themes: BTreeMap::new(),
            quotes: BTreeMap::new(),
            choices: BTreeMap::new(),
        })
    }

    /// Counts one analysed record; `classified[i]` is the outcome of the record's i-th free-text
    /// answer.
    pub fn add_record(
        &mut self,
        source: &str,
        record: &Record,
        classified: &[Classification],
        lexicons: &crate::lexicon::LexiconSet,
    ) {
        let mut texts = classified.iter();
        for answer in &record.answers {
            match &answer.value {
                Value::Text(text) => {
                    let c = texts.next().expect("one classification per free-text answer");
                    let mut seen_entries: Vec<u32> = c.hits.iter().map(|h| h.entry).collect();
                    seen_entries.sort_unstable();
                    for h in &c.hits {
                        self.entry_hits[h.entry as usize] += 1;
                    }
                    seen_entries.dedup();
                    for e in seen_entries {
                        self.entry_answers[e as usize] += 1;
                    }
                    let group = self.group(source, &answer.question);
                    group.texts += 1;
                    if !c.themes.is_empty() {
                        group.classified += 1;
                    }
                    for &t in &c.themes {
                        *group.themes.entry(t).or_default() += 1;
                        quotes::offer(
                            group.quotes.entry(t).or_default(),
                            record,
                            &answer.question,
                            t,
                            text,
                            c,
                            lexicons,
                        );
                    }
                }
                Value::Closed(v) => *self.group(source, &answer.question).choices.entry(v.clone()).or_default() += 1,
                Value::Choice(labels) => {
                    let group = self.group(source, &answer.question);
                    for l in labels {
                        *group.choices.entry(l.clone()).or_default() += 1;
                    }
                }
            }
        }
    }

    pub fn totals(&self) -> (u64, u64, u64, u64) {
        self.inputs
            .iter()
            .fold((0, 0, 0, 0), |(r, a, s, j), i| (r + i.read(), a + i.analysed, s + i.skipped_total(), j + i.rejected))
    }
}
