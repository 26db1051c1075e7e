//! Quotations and keyword-in-context lines: per question and theme, a few answers a reader can
//! check the theme against.
//!
//! The quotation rule (written in every report): among answers of 6 to 80 words that matched the
//! theme, keep the ones with the smallest hash of (record id, question, theme), skipping
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
pub use crate::hash::fnv1a;
use crate::hash::mix;
use crate::ingest::Record;
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
those with the smallest hash of (record id, question id, theme) (FNV-1a of the ids and of the theme's label, mixed by splitmix64), one per distinct text and per author, \
leaving out texts submitted more than once (identical or near-identical); the choice depends on nothing but each record, \
never on the thread count or the input order";

pub const KWIC_RULE: &str = "per question and theme, up to 3 answers of any length that matched the theme, \
those with the smallest hash of (record id, question id, \"kwic\", theme) made the same way, one per distinct text: \
the theme's first matched words with 60 characters of context on each side";

/// One answer being counted.
pub struct Context<'a> {
    /// The answer's hashes: see [`Context::hashes`].
    pub hashes: [u64; 3],
    pub record: &'a Record,
    pub input: &'a str,
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

    /// The hashes of an answer to `question` in `record` that rank it: FNV-1a of (record id,
    /// question id) for quotations, of (record id, question id, "kwic") for context lines, and of
    /// (review seed, record id, question id) for the review sample.
    pub fn hashes(record: &Record, question: &str, review_seed: u64) -> [u64; 3] {
        let (id, q) = (record.id.as_bytes(), question.as_bytes());
        [fnv1a(&[id, q]), fnv1a(&[id, q, b"kwic"]), fnv1a(&[&review_seed.to_le_bytes(), id, q])]
    }

    /// The rank of this answer among a theme's quotation candidates.
    pub fn quote_rank(&self, theme: u32) -> u64 {
        rank(self.hashes[0], self.lexicons.theme_hash(theme as usize))
    }

    /// The rank of this answer among a theme's context lines.
    pub fn kwic_rank(&self, theme: u32) -> u64 {
        rank(self.hashes[1], self.lexicons.theme_hash(theme as usize))
    }
}

/// Combines an answer's hash with a theme's (FNV-1a of its label) into a pseudo-random rank:
/// one multiplication per theme, however long the label.
pub fn rank(answer: u64, theme: u64) -> u64 {
    mix(answer ^ theme.rotate_left(32))
}

/// Whether the answer's length lets it be quoted.
pub fn quotable(ctx: &Context) -> bool {
    (MIN_WORDS..=MAX_WORDS).contains(&ctx.c.words)
}

/// Offers a [`quotable`] answer with its `rank` in `theme` to the theme's candidates; returns the
/// rank a later answer must beat, once the candidates are full.
pub fn offer(kept: &mut Vec<Quote>, ctx: &Context, theme: u32, rank: u64, text_key: u64) -> Option<u64> {
    let bar = |kept: &Vec<Quote>| (kept.len() == QUOTES_KEPT).then(|| kept[QUOTES_KEPT - 1].rank);
    if kept.len() == QUOTES_KEPT && kept.last().is_some_and(|q| q.rank <= rank) {
        return bar(kept);
    }
    let record = ctx.record;
    let twin =
        kept.iter().position(|q| q.text_key == text_key || (record.author.is_some() && q.author == record.author));
    if let Some(i) = twin {
        if kept[i].rank <= rank {
            return bar(kept);
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
    bar(kept)
}

/// Offers the answer's context line in `theme`, with its `rank`; returns the rank a later answer
/// must beat, once the lines are full.
pub fn offer_kwic(kept: &mut Vec<Kwic>, ctx: &Context, theme: u32, rank: u64) -> Option<u64> {
    let bar = |kept: &Vec<Kwic>| (kept.len() == KWIC_PER_THEME).then(|| kept[KWIC_PER_THEME - 1].rank);
    if kept.len() == KWIC_PER_THEME && kept.last().is_some_and(|k| k.rank <= rank) {
        return bar(kept);
    }
    let Some((s, e)) = ctx.spans(theme).next() else { return bar(kept) };
    let text = ctx.text;
    let (s, e) = (s as usize, e as usize);
    // CONTEXT_CHARS characters on each side, an ellipsis where the text goes on.
    let from = text[..s].char_indices().rev().nth(CONTEXT_CHARS - 1).map_or(0, |(i, _)| i);
    let to = text[e..].char_indices().nth(CONTEXT_CHARS).map_or(text.len(), |(i, _)| e + i);
    let mut left = String::with_capacity(s - from + 3);
    if from > 0 {
        left.push('…');
    }
    push_words(&mut left, &text[from..s]);
    let mut right = String::with_capacity(to - e + 3);
    push_words(&mut right, &text[e..to]);
    if to < text.len() {
        right.push('…');
    }
    let mut keyword = String::with_capacity(e - s);
    push_words(&mut keyword, &text[s..e]);
    if kept.iter().any(|k| k.left == left && k.keyword == keyword && k.right == right) {
        return bar(kept);
    }
    let line = Kwic { rank, record_id: ctx.record.id.clone(), left, keyword, right };
    let at = kept.partition_point(|k| (k.rank, &k.record_id) < (rank, &line.record_id));
    kept.insert(at, line);
    kept.truncate(KWIC_PER_THEME);
    bar(kept)
}

/// Appends the words of `t` joined by one space. The sides of a keyword mostly start or end
/// with a space, so they are rebuilt in one pass rather than checked first.
fn push_words(out: &mut String, t: &str) {
    for (i, word) in t.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
}
