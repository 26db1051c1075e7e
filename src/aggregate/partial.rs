//! What a worker thread counts on its own while it classifies: the counts whose sums do not
//! depend on which worker saw which answer (answers, themes and files in scope per question,
//! entry hits, places, weeks and sources), on integer ids of the worker's own numbering, and
//! the per-record and per-answer facts the calling thread needs to do, in input order, what
//! depends on that order (numbering questions and theme sets, samples, duplicates, respondents).
//!
//! A worker numbers its questions (a source and a question id) and theme sets as it meets them;
//! the calling thread maps each worker's numbers to the run's once per number, when it first
//! meets them in input order ([`super::Tally::add`]), and the workers' counts are added into the
//! run's at the end ([`super::Tally::absorb`]).

use rustc_hash::FxHashMap;

use super::breakdown::Breakdowns;
use super::dups::{self, Fingerprint};
use super::geo::{self, ZipStatus};
use super::{dates, quotes, respondents, ThemeSets};
use crate::ingest::Record;
use crate::lexicon::LexiconSet;
use crate::pipeline::Answered;

/// A worker's counts.
pub struct Partial {
    /// The worker's number, which names its numbering.
    pub(super) worker: usize,
    review_seed: u64,
    /// Question numbers by question id and source.
    group_ids: FxHashMap<String, Vec<(String, u32)>>,
    pub(super) groups: Vec<GroupCounts>,
    pub(super) sets: ThemeSets,
    pub(super) entry_hits: Vec<u64>,
    pub(super) entry_answers: Vec<u64>,
    pub(super) theme_answers: Vec<u64>,
    pub(super) breakdowns: Breakdowns,
    themes: usize,
}

/// A question's counts in one worker.
#[derive(Default)]
pub(super) struct GroupCounts {
    pub texts: u64,
    pub classified: u64,
    /// Free-text answers per theme id.
    pub theme_texts: Vec<u64>,
    /// Free-text answers per lexicon file in scope.
    pub scoped: Vec<u64>,
}

/// What the calling thread needs of an analysed record.
#[derive(Debug, Clone)]
pub struct RecordFacts {
    /// The worker that numbered the record's questions and theme sets.
    pub worker: usize,
    pub contributor: u64,
    pub zip: ZipStatus,
    departement: Option<usize>,
    pub day: Option<i64>,
}

/// What the calling thread needs of a free-text answer.
#[derive(Debug, Clone)]
pub struct AnswerFacts {
    /// Its question and theme set, in the worker's numbering.
    pub group: u32,
    pub theme_set: u32,
    /// Its (contributor, question) pair.
    pub pair: u64,
    pub fingerprint: Fingerprint,
    /// See [`quotes::Context::hashes`].
    pub hashes: [u64; 3],
}

impl Partial {
    pub fn new(worker: usize, lexicons: &LexiconSet, review_seed: u64) -> Partial {
        Partial {
            worker,
            review_seed,
            group_ids: FxHashMap::default(),
            groups: Vec::new(),
            sets: ThemeSets::default(),
            entry_hits: vec![0; lexicons.entries.len()],
            entry_answers: vec![0; lexicons.entries.len()],
            theme_answers: vec![0; lexicons.themes.len()],
            breakdowns: Breakdowns::new(lexicons.files.len(), lexicons.themes.len()),
            themes: lexicons.themes.len(),
        }
    }

    /// Counts an analysed record of `source`.
    pub fn record(&mut self, source: &str, record: &Record) -> RecordFacts {
        let day = record.date.as_deref().and_then(dates::day_number);
        let (departement, zip) = geo::locate(record.zip.as_deref());
        self.breakdowns.add_record(source, departement, zip, day);
        RecordFacts {
            worker: self.worker,
            contributor: respondents::contributor_key(source, record),
            zip,
            departement,
            day,
        }
    }

    /// Counts a free-text answer of the record of `facts`.
    pub fn answer(&mut self, facts: &RecordFacts, a: &Answered) -> AnswerFacts {
        let c = a.classification;
        for h in &c.hits {
            self.entry_hits[h.entry as usize] += 1;
        }
        if c.hits.len() <= 16 {
            for (i, h) in c.hits.iter().enumerate() {
                if !c.hits[..i].iter().any(|earlier| earlier.entry == h.entry) {
                    self.entry_answers[h.entry as usize] += 1;
                }
            }
        } else {
            let mut entries: Vec<u32> = c.hits.iter().map(|h| h.entry).collect();
            entries.sort_unstable();
            entries.dedup();
            for e in entries {
                self.entry_answers[e as usize] += 1;
            }
        }
        for &t in &c.themes {
            self.theme_answers[t as usize] += 1;
        }
        let files = &a.in_scope.files;
        self.breakdowns.add_answer(a.source, facts.departement, facts.day, &c.themes, files);
        let theme_set = self.sets.intern(&c.themes);
        let gid = self.group_id(a.source, a.question);
        let themes = self.themes;
        let group = &mut self.groups[gid as usize];
        group.texts += 1;
        if !c.themes.is_empty() {
            group.classified += 1;
        }
        if group.scoped.len() < files.len() {
            group.scoped.resize(files.len(), 0);
        }
        for (n, &applies) in group.scoped.iter_mut().zip(files.iter()) {
            *n += applies as u64;
        }
        if group.theme_texts.is_empty() {
            group.theme_texts = vec![0; themes];
        }
        for &t in &c.themes {
            group.theme_texts[t as usize] += 1;
        }
        AnswerFacts {
            group: gid,
            theme_set,
            pair: respondents::pair_key(facts.contributor, a.question),
            fingerprint: dups::fingerprint_of_words(a.word_hashes),
            hashes: quotes::Context::hashes(a.record, a.question, self.review_seed),
        }
    }

    /// The worker's number of the question `question` of `source`, made if new.
    fn group_id(&mut self, source: &str, question: &str) -> u32 {
        let known = self.group_ids.get(question).and_then(|v| v.iter().find(|(s, _)| s == source));
        if let Some(&(_, gid)) = known {
            return gid;
        }
        let gid = self.groups.len() as u32;
        self.group_ids.entry(question.to_owned()).or_default().push((source.to_owned(), gid));
        self.groups.push(GroupCounts::default());
        gid
    }
}

impl AsRef<AnswerFacts> for AnswerFacts {
    fn as_ref(&self) -> &AnswerFacts {
        self
    }
}
