//! The review sample: per question, a few answers of each top-level theme (their sub-themes are
//! listed on each row, to be judged too) and a few answers no theme matched, for annotators to judge by hand (`review.csv`), so that the precision of each theme
//! (and what the lexicons miss) can be estimated.
//!
//! Stratified and random, yet reproducible: in each stratum (question × top-level theme, and question ×
//! "no theme") the answers kept are those with the smallest hash of (seed, record id,
//! question id, stratum), a uniform pseudo-random choice that depends only on the seed and each
//! record, never on the thread count or the input order. Memory: a few answers per stratum.

use std::collections::BTreeMap;

use super::quotes::{fnv1a, rank, Context};
use super::Settings;

/// The stratum of answers that matched no theme.
pub const UNCLASSIFIED: u32 = u32::MAX;

pub fn rule(settings: &Settings) -> String {
    format!(
        "per question, {} answers per top-level theme and {} answers that matched no theme, those with the smallest hash of \
(seed {}, record id, question id, stratum) (FNV-1a of the seed and ids, and of the stratum's label, mixed by splitmix64): a stratified pseudo-random sample that depends only on the seed; each row lists all the answer's themes (most specific ones) and matched entries",
        settings.review_per_theme, settings.review_unclassified, settings.review_seed
    )
}

#[derive(Debug, Clone)]
pub struct ReviewItem {
    pub rank: u64,
    pub record_id: String,
    pub input: String,
    pub line: u64,
    pub text: String,
    pub themes: Vec<u32>,
    /// Entries that matched, and the words they matched.
    pub entries: Vec<u32>,
    pub matched: Vec<String>,
}

/// The strata of an answer (its top-level themes, or "no theme") and its rank in each; none
/// whose sample size is 0.
pub fn strata<'a>(ctx: &'a Context, settings: &'a Settings) -> impl Iterator<Item = (u32, u64)> + 'a {
    let lex = ctx.lexicons;
    let own = ctx.hashes[2];
    let top_level = ctx.c.themes.iter().copied().filter(|&t| lex.themes[t as usize].depth == 0);
    let unclassified = ctx.c.themes.is_empty().then_some(UNCLASSIFIED);
    top_level.chain(unclassified).filter(|&s| size(s, settings) > 0).map(move |stratum| {
        let stratum_hash =
            if stratum == UNCLASSIFIED { fnv1a(&[b"(no theme)"]) } else { lex.theme_hash(stratum as usize) };
        (stratum, rank(own, stratum_hash))
    })
}

/// Answers kept in the sample of `stratum`.
fn size(stratum: u32, settings: &Settings) -> usize {
    if stratum == UNCLASSIFIED {
        settings.review_unclassified
    } else {
        settings.review_per_theme
    }
}

/// Offers the answer to the sample of `stratum` with its `rank`; returns the rank a later answer
/// must beat, once the sample is full.
pub fn offer(
    review: &mut BTreeMap<u32, Vec<ReviewItem>>,
    ctx: &Context,
    settings: &Settings,
    stratum: u32,
    rank: u64,
) -> Option<u64> {
    let k = size(stratum, settings);
    let kept = review.entry(stratum).or_default();
    let bar = |kept: &Vec<ReviewItem>| (kept.len() == k).then(|| kept[k - 1].rank);
    if kept.len() == k && kept.last().is_some_and(|r| r.rank <= rank) {
        return bar(kept);
    }
    let item = ReviewItem {
        rank,
        record_id: ctx.record.id.clone(),
        input: ctx.input.to_owned(),
        line: ctx.record.line,
        text: ctx.text.to_owned(),
        themes: ctx.c.themes.clone(),
        entries: ctx.c.hits.iter().map(|h| h.entry).collect(),
        matched: ctx.c.hits.iter().map(|h| ctx.text[h.start as usize..h.end as usize].to_owned()).collect(),
    };
    let at = kept.partition_point(|r| (r.rank, &r.record_id, r.line) < (rank, &item.record_id, item.line));
    kept.insert(at, item);
    kept.truncate(k);
    bar(kept)
}
