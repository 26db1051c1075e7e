//! Quotations and keyword-in-context lines: per question and theme, a few answers a reader can
//! check the theme against.
//!
//! The quotation rule (written in every report): among answers of 6 to 80 words that matched the
//! theme, keep the ones with the smallest FNV-1a hash of (record id, question, theme), skipping
//! a text already quoted and, when authors are known, an author already quoted; once the run is
//! read, drop the texts that were submitted more than once (identical or near-identical, see
//! `dups`), and show the first three. The hash depends on nothing but the record, so the choice
//! is the same whatever the thread count or input order: a pseudo-random sample, so the
//! quotations are typical answers, not the longest or the most emphatic.
//!
//! Keyword-in-context lines follow the same rule with another hash (of the same values and the
//! word `kwic`), over answers of any length: the first matched words of the theme with 60
//! characters on each side.

use crate::classify::Classification;
use crate::ingest::{Question, Record};
use crate::lexicon::LexiconSet;

pub const QUOTES_PER_THEME: usize = 3;
/// Candidates kept while reading, so that dropping duplicates afterwards still leaves three.
const QUOTES_KEPT: usize = 6;
pub const KWIC_PER_THEME: usize = 3;
const MIN_WORDS: u32 = 6;
const MAX_WORDS: u32 = 80;
const CONTEXT_CHARS: usize = 60;

#[derive(Debug, Clone)]
pub struct Quote {
    pub rank: u64,
    pub record_id: String,
    /// Where the record is: the input as shown and its line.
    pub input: String,
    pub line: u64,
    pub author: Option<String>,
    pub text: String,
    /// The duplicate-detection hash of the text.
    pub text_key: u64,
    /// Byte spans of the words that matched this theme (or one of its sub-themes).
    pub spans: Vec<(u32, u32)>,
}

/// A keyword-in-context line.
#[derive(Debug, Clone)]
pub struct Kwic {
    pub rank: u64,
    pub record_id: String,
    pub left: String,
    pub keyword: String,
    pub right: String,
}

pub const RULE: &str = "per question and theme, up to 3 answers of 6 to 80 words that matched the theme, \
those with the smallest FNV-1a hash of (record id, question id, theme), one per distinct text and per author, \
leaving out texts submitted more than once (identical or near-identical); the choice depends on nothing but each record, \
never on the thread count or the input order";

pub const KWIC_RULE: &str = "per question and theme, up to 3 answers of any length that matched the theme, \
those with the smallest FNV-1a hash of (record id, question id, theme, \"kwic\"), one per distinct text: \
the theme's first matched words with 60 characters of context on each side";

/// One answer being counted.
pub struct Context<'a> {
    pub record: &'a Record,
    pub input: &'a str,
    pub question: &'a Question,
    pub text: &'a str,
    pub c: &'a Classification,
    pub lexicons: &'a LexiconSet,
}

impl Context<'_> {
    /// Byte spans of the hits that count for `theme` (its own entries or its sub-themes').
    pub fn spans(&self, theme: u32) -> impl Iterator<Item = (u32, u32)> + '_ {
        let lex = self.lexicons;
        self.c
            .hits
            .iter()
            .filter(move |h| lex.descends_from(lex.entries[h.entry as usize].theme, theme as usize))
            .map(|h| (h.start, h.end))
    }

    /// FNV-1a of (record id, question id, theme label[, salt]).
    fn rank(&self, theme: u32, salt: &[u8]) -> u64 {
        let label = self.lexicons.theme_label(theme as usize);
        let parts: [&[u8]; 4] = [self.record.id.as_bytes(), self.question.id.as_bytes(), label.as_bytes(), salt];
        fnv1a(if salt.is_empty() { &parts[..3] } else { &parts })
    }
}

pub fn offer(kept: &mut Vec<Quote>, ctx: &Context, theme: u32, text_key: u64) {
    if ctx.c.words < MIN_WORDS || ctx.c.words > MAX_WORDS {
        return;
    }
    let rank = ctx.rank(theme, b"");
    if kept.len() == QUOTES_KEPT && kept.last().is_some_and(|q| q.rank <= rank) {
        return;
    }
    let record = ctx.record;
    let twin =
        kept.iter().position(|q| q.text_key == text_key || (record.author.is_some() && q.author == record.author));
    if let Some(i) = twin {
        if kept[i].rank <= rank {
            return;
        }
        kept.remove(i);
    }
    let quote = Quote {
        rank,
        record_id: record.id.clone(),
        input: ctx.input.to_owned(),
        line: record.line,
        author: record.author.clone(),
        text: ctx.text.to_owned(),
        text_key,
        spans: ctx.spans(theme).collect(),
    };
    let at = kept.partition_point(|q| (q.rank, &q.record_id) < (rank, &quote.record_id));
    kept.insert(at, quote);
    kept.truncate(QUOTES_KEPT);
}

pub fn offer_kwic(kept: &mut Vec<Kwic>, ctx: &Context, theme: u32) {
    let rank = ctx.rank(theme, b"kwic");
    if kept.len() == KWIC_PER_THEME && kept.last().is_some_and(|k| k.rank <= rank) {
        return;
    }
    let Some((s, e)) = ctx.spans(theme).next() else { return };
    let text = ctx.text;
    let (s, e) = (s as usize, e as usize);
    let left: String = {
        let chars: Vec<char> = text[..s].chars().collect();
        let from = chars.len().saturating_sub(CONTEXT_CHARS);
        let cut: String = chars[from..].iter().collect();
        if from > 0 {
            format!("…{cut}")
        } else {
            cut
        }
    };
    let right: String = {
        let rest = &text[e..];
        let cut: String = rest.chars().take(CONTEXT_CHARS).collect();
        if cut.len() < rest.len() {
            format!("{cut}…")
        } else {
            cut
        }
    };
    let one_line = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let line = Kwic {
        rank,
        record_id: ctx.record.id.clone(),
        left: one_line(&left),
        keyword: one_line(&text[s..e]),
        right: one_line(&right),
    };
    if kept.iter().any(|k| k.left == line.left && k.keyword == line.keyword && k.right == line.right) {
        return;
    }
    let at = kept.partition_point(|k| (k.rank, &k.record_id) < (rank, &line.record_id));
    kept.insert(at, line);
    kept.truncate(KWIC_PER_THEME);
}

/// FNV-1a of the parts, each followed by a zero byte.
pub fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for part in parts {
        for &b in *part {
            h = (h ^ b as u64).wrapping_mul(0x100000001b3);
        }
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}
