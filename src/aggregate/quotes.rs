//! Quotations: per question and theme, a few answers a reader can check the theme against.
//!
//! The rule (written in every report): among answers of 6 to 80 words that matched the theme,
//! keep the ones with the smallest FNV-1a hash of (record id, question, theme), skipping a text
//! already quoted and, when authors are known, an author already quoted. The hash depends on
//! nothing but the record, so the choice is the same whatever the thread count or input order.

use crate::classify::Classification;
use crate::ingest::{Question, Record};
use crate::lexicon::LexiconSet;

pub const QUOTES_PER_THEME: usize = 3;
const MIN_WORDS: u32 = 6;
const MAX_WORDS: u32 = 80;

#[derive(Debug, Clone)]
pub struct Quote {
    pub rank: u64,
    pub record_id: String,
    pub author: Option<String>,
    pub text: String,
    /// Byte spans of the words that matched this theme (or one of its sub-themes).
    pub spans: Vec<(u32, u32)>,
}

pub const RULE: &str = "per question and theme, up to 3 answers of 6 to 80 words that matched the theme, \
those with the smallest FNV-1a hash of (record id, question id, theme), one per distinct text and per author";

pub fn offer(
    kept: &mut Vec<Quote>,
    record: &Record,
    question: &Question,
    theme: u32,
    text: &str,
    c: &Classification,
    lexicons: &LexiconSet,
) {
    if c.words < MIN_WORDS || c.words > MAX_WORDS {
        return;
    }
    let rank = fnv1a(&[record.id.as_bytes(), question.id.as_bytes(), lexicons.theme_label(theme as usize).as_bytes()]);
    if kept.len() == QUOTES_PER_THEME && kept.last().is_some_and(|q| q.rank <= rank) {
        return;
    }
    let normal = |t: &str| crate::classify::normalise_label(t);
    let twin = kept
        .iter()
        .position(|q| normal(&q.text) == normal(text) || (record.author.is_some() && q.author == record.author));
    if let Some(i) = twin {
        if kept[i].rank <= rank {
            return;
        }
        kept.remove(i);
    }
    let spans = c
        .hits
        .iter()
        .filter(|h| lexicons.lineage(lexicons.entries[h.entry as usize].theme).contains(&(theme as usize)))
        .map(|h| (h.start, h.end))
        .collect();
    let quote =
        Quote { rank, record_id: record.id.clone(), author: record.author.clone(), text: text.to_owned(), spans };
    let at = kept.partition_point(|q| (q.rank, &q.record_id) < (rank, &quote.record_id));
    kept.insert(at, quote);
    kept.truncate(QUOTES_PER_THEME);
}

fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for part in parts {
        for &b in part.iter().chain(&[0u8]) {
            h = (h ^ b as u64).wrapping_mul(0x100000001b3);
        }
    }
    h
}
