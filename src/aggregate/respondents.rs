//! Respondents: distinct contributors per question and per theme, and La Grande Annotation's
//! weighting (an author who answered the same question N times weighs 1/N per answer).
//!
//! A contributor is the record's author within its source; a record without an author is its
//! own contributor. Counting is exact, and its memory does not grow with the corpus: every
//! record's contributor and every answer's (contributor, question) pair, as 64-bit hashes, go
//! to a [`Spill`] (16 bytes each, on disk past a few MB), and are counted at the end, part by
//! part, in key order. A 64-bit hash collision (odds about 1 in 10^6 at national scale) would
//! merge two contributors.

use std::collections::BTreeMap;

use super::spill::Spill;
use super::{Group, GroupKey, ThemeSets, Weighted};
use crate::hash::{fnv1a, mix};
use crate::ingest::Record;

pub const RULE: &str = "a respondent is a distinct contributor (the record's author within its source; a record without an author counts as its own contributor); \
% of respondents = contributors with at least one answer in the theme / contributors who answered the question; counted exactly, \
from a 16-byte record per answer sorted by (contributor, question) at the end of the run";

pub const WEIGHT_RULE: &str =
    "La Grande Annotation's weighting: an author who answered the same question N times weighs 1/N for each answer, \
so that every respondent weighs 1 per question; weighted shares are of the respondents";

#[derive(Default)]
pub struct Respondents {
    /// Contributor keys, one per record.
    records: Spill,
    /// Pair keys, with the answer's group and theme set (`group << 32 | set`), one per answer.
    answers: Spill,
    /// Set by [`Respondents::count`].
    contributors: u64,
    repeated_pairs: u64,
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
        self.records.push(key, 0);
    }

    /// Distinct contributors (after [`Respondents::count`]).
    pub fn contributors(&self) -> u64 {
        self.contributors
    }

    /// Pairs of (contributor, question) answered more than once (after [`Respondents::count`]).
    pub fn repeated_pairs(&self) -> u64 {
        self.repeated_pairs
    }

    /// Keeps one answer of the pair `pair` (whose key includes the source and question, so the
    /// group is implied), in group `gid` with the theme set `set`.
    pub fn add_answer(&mut self, pair: u64, gid: u32, set: u32) {
        self.answers.push(pair, (gid as u64) << 32 | set as u64);
    }

    /// Once every answer is in: the respondents of every group and theme, and with `weigh` the
    /// 1/N-weighted counts (an answer weighs 1 unless its pair repeats). Pairs are taken in key
    /// order, so the sums are the same whatever order the answers came in.
    pub fn count(
        &mut self,
        groups: &mut BTreeMap<GroupKey, Group>,
        sets: &ThemeSets,
        weigh: bool,
    ) -> std::io::Result<()> {
        // The contributors and the pairs are counted side by side (in the current rayon pool).
        let Respondents { records, answers, .. } = self;
        let (contributors, repeated) = rayon::join(
            || {
                let mut contributors = 0;
                records.parts(|records| contributors += records.chunk_by(|a, b| a.0 == b.0).count() as u64)?;
                Ok::<u64, std::io::Error>(contributors)
            },
            || count_pairs(answers, groups, sets, weigh),
        );
        self.contributors = contributors?;
        self.repeated_pairs = repeated?;
        Ok(())
    }
}

/// Counts the respondents of every group and theme from the answers' pairs, and with `weigh`
/// the weighted counts; returns the pairs answered more than once.
fn count_pairs(
    answers: &mut Spill,
    groups: &mut BTreeMap<GroupKey, Group>,
    sets: &ThemeSets,
    weigh: bool,
) -> std::io::Result<u64> {
    if weigh {
        for g in groups.values_mut() {
            g.weighted = Some(Weighted {
                classified: g.classified as f64,
                themes: g.themes.iter().map(|(&t, &n)| (t, n as f64)).collect(),
            });
        }
    }
    let mut repeated = 0;
    let mut themes: Vec<u32> = Vec::new();
    let mut by_id = super::groups_by_id(groups);
    // Respondents per group and theme, counted in a table indexed by theme rather than in the
    // group's map: there are millions of pairs at national scale, each with a few themes.
    let mut theme_respondents: Vec<Vec<u64>> = vec![Vec::new(); by_id.len()];
    answers.parts(|answers| {
        for pair in answers.chunk_by(|a, b| a.0 == b.0) {
            let gid = (pair[0].1 >> 32) as usize;
            let set_of = |&(_, value): &(u64, u64)| sets.get(value as u32);
            let g = &mut *by_id[gid];
            themes.clear();
            for answer in pair {
                themes.extend_from_slice(set_of(answer));
            }
            themes.sort_unstable();
            themes.dedup();
            g.respondents += 1;
            let counts = &mut theme_respondents[gid];
            for &t in &themes {
                if counts.len() <= t as usize {
                    counts.resize(t as usize + 1, 0);
                }
                counts[t as usize] += 1;
            }
            if !themes.is_empty() {
                g.classified_respondents += 1;
            }
            if pair.len() == 1 {
                continue;
            }
            repeated += 1;
            let Some(w) = g.weighted.as_mut() else { continue };
            let loss = 1.0 - 1.0 / pair.len() as f64;
            let any = (!themes.is_empty()).then_some(super::CLASSIFIED);
            for &t in themes.iter().chain(&any) {
                let has = |s: &[u32]| if t == super::CLASSIFIED { !s.is_empty() } else { s.binary_search(&t).is_ok() };
                let k = pair.iter().filter(|a| has(set_of(a))).count();
                let target =
                    if t == super::CLASSIFIED { &mut w.classified } else { w.themes.get_mut(&t).expect("counted") };
                *target -= k as f64 * loss;
            }
        }
    })?;
    for (g, counts) in by_id.iter_mut().zip(theme_respondents) {
        g.theme_respondents.extend(counts.into_iter().enumerate().filter(|&(_, n)| n > 0).map(|(t, n)| (t as u32, n)));
    }
    Ok(repeated)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::sync::Arc;

    use super::*;
    use crate::aggregate::{spill, Tally, CLASSIFIED};
    use crate::ingest::Question;

    /// Enough answers for the spill to go to disk, with authors answering the same question up to
    /// four times with varying themes: the counts must be those of a plain count over every pair.
    #[test]
    fn counts_from_the_spill_are_those_of_a_plain_count() {
        let mut tally = Tally::default();
        let gids: Vec<u32> = ["101", "102", "103"]
            .iter()
            .map(|id| tally.group("src", &Arc::new(Question { id: id.to_string(), title: String::new() })).id)
            .collect();
        let set_ids: Vec<u32> = [&[][..], &[1], &[1, 2], &[3]].iter().map(|s| tally.sets.intern(s)).collect();
        let answers = spill::PARTS * spill::BUFFERED * 3;
        // Pair → (group, theme sets of its answers).
        let mut plain: HashMap<u64, (u32, Vec<u32>)> = HashMap::new();
        for i in 0..answers as u64 {
            let contributor = crate::hash::mix(i % 150_000);
            let gid = gids[(i % 3) as usize];
            let set = set_ids[(crate::hash::mix(i) % 4) as usize];
            let pair = pair_key(contributor, &gid.to_string());
            let group = tally.groups.get_mut(&tally.group_keys[gid as usize]).unwrap();
            group.texts += 1;
            if !tally.sets.get(set).is_empty() {
                group.classified += 1;
            }
            for &t in tally.sets.get(set) {
                *group.themes.entry(t).or_default() += 1;
            }
            tally.respondents.add_contributor(contributor);
            tally.respondents.add_answer(pair, gid, set);
            plain.entry(pair).or_insert((gid, Vec::new())).1.push(set);
        }
        let mut expected: HashMap<(u32, u32), u64> = HashMap::new();
        let mut respondents: HashMap<u32, u64> = HashMap::new();
        // Each answer weighs 1/N, N the answers of its pair.
        let mut weighted_classified: HashMap<u32, f64> = HashMap::new();
        for (gid, sets) in plain.values() {
            *respondents.entry(*gid).or_default() += 1;
            let classified = sets.iter().filter(|&&s| !tally.sets.get(s).is_empty()).count();
            *weighted_classified.entry(*gid).or_default() += classified as f64 / sets.len() as f64;
            let mut themes: Vec<u32> = sets.iter().flat_map(|&s| tally.sets.get(s).to_vec()).collect();
            themes.sort_unstable();
            themes.dedup();
            let any = (!themes.is_empty()).then_some(CLASSIFIED);
            for t in themes.into_iter().chain(any) {
                *expected.entry((*gid, t)).or_default() += 1;
            }
        }
        let (sets, groups) = (&tally.sets, &mut tally.groups);
        tally.respondents.count(groups, sets, true).unwrap();
        assert!(tally.respondents.answers.is_empty());
        assert_eq!(tally.respondents.contributors(), 150_000);
        assert_eq!(tally.respondents.repeated_pairs(), plain.values().filter(|(_, s)| s.len() > 1).count() as u64);
        for g in tally.groups.values() {
            assert_eq!(g.respondents, respondents[&g.id]);
            assert_eq!(g.classified_respondents, expected[&(g.id, CLASSIFIED)]);
            for (&t, &n) in &g.theme_respondents {
                assert_eq!(n, expected[&(g.id, t)]);
            }
            let w = g.weighted.as_ref().unwrap().classified;
            assert!((w - weighted_classified[&g.id]).abs() < 1e-6, "{w} {}", weighted_classified[&g.id]);
        }
    }
}
