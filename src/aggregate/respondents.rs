//! Respondents: distinct contributors per question and per theme, and La Grande Annotation's
//! weighting (an author who answered the same question N times weighs 1/N per answer).
//!
//! A contributor is the record's author within its source; a record without an author is its
//! own contributor. Counting is exact: one hash-table entry per distinct (contributor, question)
//! pair, a 64-bit hash of the pair and 8 bytes of state (the number of answers and the themes of
//! the first one, as a reference to a shared theme set): 16 bytes per pair, 20 to 40 with the
//! table's overhead; pairs are about as many as answers (some 4–5 million at national scale:
//! roughly 90 to 180 MB). Pairs answered more than once (rare: the same author sending several
//! contributions) also keep their answer counts per theme set. Contributors themselves are a set of
//! 64-bit hashes (8 bytes each). A 64-bit hash collision (odds about 1 in 10^6 at national scale)
//! would merge two contributors.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap, FxHashSet};

use super::{Group, GroupKey, ThemeSets, Weighted};
use crate::hash::{fnv1a, mix};
use crate::ingest::Record;

pub const RULE: &str = "a respondent is a distinct contributor (the record's author within its source; a record without an author counts as its own contributor); \
% of respondents = contributors with at least one answer in the theme / contributors who answered the question; counted exactly, \
with one 16-byte entry per (contributor, question) pair";

pub const WEIGHT_RULE: &str =
    "La Grande Annotation's weighting: an author who answered the same question N times weighs 1/N for each answer, \
so that every respondent weighs 1 per question; weighted shares are of the respondents";

#[derive(Debug, Clone, Copy)]
struct Pair {
    answers: u32,
    first: u32,
}

#[derive(Debug, Clone)]
struct Repeat {
    group: u32,
    answers: u32,
    /// (theme set, answers of the pair with it), by set: an author's answers to one question
    /// mostly share their themes, so this stays short; per-theme counts are made from it.
    sets: Vec<(u32, u32)>,
}

impl Repeat {
    /// Answers of the pair in `theme` ([`super::CLASSIFIED`]: in any theme).
    fn answers_in(&self, theme: u32, sets: &ThemeSets) -> u32 {
        let has = |s: &[u32]| if theme == super::CLASSIFIED { !s.is_empty() } else { s.binary_search(&theme).is_ok() };
        self.sets.iter().filter(|&&(s, _)| has(sets.get(s))).map(|&(_, n)| n).sum()
    }
}

#[derive(Default)]
pub struct Respondents {
    pairs: FxHashMap<u64, Pair>,
    repeats: FxHashMap<u64, Repeat>,
    contributors: FxHashSet<u64>,
}

fn hash(parts: &[&[u8]]) -> u64 {
    mix(fnv1a(parts))
}

/// The contributor of a record: its author in its source, or the record itself.
pub fn contributor_key(source: &str, record: &Record) -> u64 {
    match &record.author {
        Some(a) => hash(&[b"author", source.as_bytes(), a.as_bytes()]),
        None => hash(&[b"record", source.as_bytes(), record.id.as_bytes(), &record.line.to_le_bytes()]),
    }
}

pub fn pair_key(contributor: u64, question: &str) -> u64 {
    hash(&[&contributor.to_le_bytes(), question.as_bytes()])
}

impl Respondents {
    pub fn add_contributor(&mut self, key: u64) {
        self.contributors.insert(key);
    }

    pub fn contributors(&self) -> u64 {
        self.contributors.len() as u64
    }

    /// Pairs of (contributor, question) answered more than once.
    pub fn repeated_pairs(&self) -> u64 {
        self.repeats.len() as u64
    }

    /// Counts one answer of the pair `pair` (whose key includes the source and question, so the
    /// group is implied) in `group`.
    pub fn add_answer(&mut self, pair: u64, gid: u32, themes: &[u32], set: u32, sets: &ThemeSets, group: &mut Group) {
        let Some(p) = self.pairs.get_mut(&pair) else {
            self.pairs.insert(pair, Pair { answers: 1, first: set });
            group.respondents += 1;
            for &t in themes {
                *group.theme_respondents.entry(t).or_default() += 1;
            }
            if !themes.is_empty() {
                group.classified_respondents += 1;
            }
            return;
        };
        p.answers += 1;
        let first = p.first;
        let answers = p.answers;
        let repeat =
            self.repeats.entry(pair).or_insert_with(|| Repeat { group: gid, answers: 1, sets: vec![(first, 1)] });
        repeat.answers = answers;
        // A theme (or "any theme") none of the pair's earlier answers had: one more respondent.
        let classified = (!themes.is_empty()).then_some(super::CLASSIFIED);
        for t in themes.iter().copied().chain(classified) {
            if repeat.answers_in(t, sets) == 0 {
                if t == super::CLASSIFIED {
                    group.classified_respondents += 1;
                } else {
                    *group.theme_respondents.entry(t).or_default() += 1;
                }
            }
        }
        match repeat.sets.binary_search_by_key(&set, |&(s, _)| s) {
            Ok(i) => repeat.sets[i].1 += 1,
            Err(i) => repeat.sets.insert(i, (set, 1)),
        }
    }

    /// The 1/N-weighted counts of every group: an answer weighs 1 unless its pair repeats.
    pub fn weigh(&self, groups: &mut BTreeMap<GroupKey, Group>, keys: &[GroupKey], sets: &ThemeSets) {
        for g in groups.values_mut() {
            g.weighted = Some(Weighted {
                classified: g.classified as f64,
                themes: g.themes.iter().map(|(&t, &n)| (t, n as f64)).collect(),
            });
        }
        let mut repeats: Vec<(&u64, &Repeat)> = self.repeats.iter().collect();
        repeats.sort_unstable_by_key(|(k, _)| **k);
        for (_, r) in repeats {
            let g = groups.get_mut(&keys[r.group as usize]).expect("the group exists");
            let w = g.weighted.as_mut().expect("set above");
            let loss = 1.0 - 1.0 / r.answers as f64;
            let mut themes: Vec<u32> = r.sets.iter().flat_map(|&(s, _)| sets.get(s).iter().copied()).collect();
            themes.sort_unstable();
            themes.dedup();
            let any = r.sets.iter().any(|&(s, _)| !sets.get(s).is_empty()).then_some(super::CLASSIFIED);
            for t in themes.into_iter().chain(any) {
                let k = r.answers_in(t, sets);
                let target =
                    if t == super::CLASSIFIED { &mut w.classified } else { w.themes.get_mut(&t).expect("counted") };
                *target -= k as f64 * loss;
            }
        }
    }
}
