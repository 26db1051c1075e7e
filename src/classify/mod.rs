//! Classification: applies compiled lexicons to an answer and says which themes it belongs to,
//! which entries (at which offsets) put it there, and which matches rules blocked.
//!
//! Entries are compiled once into integer pattern ids. Each distinct surface word is analysed
//! once (the whole text chain, stemming included) and resolved to the pattern ids it satisfies;
//! the result is cached by surface form, so matching cost does not grow with the number of
//! entries. The match policy is the one written in `lexicons/README.md`.

mod cache;

use std::cell::Cell;
use std::hash::BuildHasher;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::lexicon::{LexiconSet, PatternKind, Phrase};
use crate::text::{self, Stemmer};
use cache::WordCache;

/// What a counted (or blocked) entry covered in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub entry: u32,
    /// Byte offsets of the matched words in the answer's text.
    pub start: u32,
    pub end: u32,
}

/// Why a match did not count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocked {
    /// A `NOT` of the entry: the index of the `NOT` in the entry.
    Not(usize),
    /// A negation word (`pas`, `jamais`…) stood within the theme's `@negation` window before it.
    Negation,
}

/// The outcome for one answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Classification {
    /// Matched themes and all their ancestors, in id order.
    pub themes: Vec<u32>,
    /// Every counted entry match, in text order.
    pub hits: Vec<Hit>,
    /// Matches that rules stopped from counting.
    pub blocked: Vec<(Hit, Blocked)>,
    /// Themes that reached their score but were excluded by `@unless` / `@unless-theme`.
    pub excluded_themes: Vec<u32>,
    /// Words in the answer (stop words included).
    pub words: u32,
}

/// Where an answer comes from, for lexicon scoping (`@topics`, `@questions`, `@sources`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Scope<'a> {
    pub topic: Option<&'a str>,
    pub question: Option<&'a str>,
    pub source: Option<&'a str>,
}

/// Which lexicon files apply to answers of one scope, which themes do not, and which phrases the
/// rules in scope look for.
#[derive(Debug)]
pub struct InScope {
    pub files: Box<[bool]>,
    /// Per theme: outside its own scope (or an ancestor's); `None` when no theme has one.
    themes_out: Option<Box<[bool]>>,
    /// The phrases of the `NOT`, `NEAR`/`BEFORE` and `@unless` rules of entries and themes in
    /// scope, as a bit set over phrase ids; `None` when there are none. A codebook's rules are
    /// often about common words (`moins`, `pays`, `trop`): outside its question, they are not
    /// looked for.
    rule_phrases: Option<Box<[u64]>>,
}

impl InScope {
    fn in_scope(&self, file: usize, theme: usize) -> bool {
        self.files[file] && !self.themes_out.as_ref().is_some_and(|out| out[theme])
    }

    fn needs_rule_phrase(&self, phrase: u32) -> bool {
        self.rule_phrases.as_ref().is_some_and(|bits| bits[phrase as usize / 64] & (1 << (phrase % 64)) != 0)
    }
}

/// Words that negate what follows them, for `@negation`.
pub const NEGATIONS: [&str; 8] = ["pas", "ni", "jamais", "aucun", "aucune", "non", "sans", "nul"];

/// The lexicons compiled for matching.
pub struct Matcher {
    pub lexicons: LexiconSet,
    stemmer: Stemmer,
    /// Pattern ids per (kind, folded) table: key → id.
    tables: FxHashMap<(PatternKind, bool), FxHashMap<String, u32>>,
    /// Longest prefix entry, in characters, per accent mode; bounds the prefix look-ups.
    longest_prefix: [usize; 2],
    /// Every phrase of every entry and rule, as pattern ids.
    phrases: Vec<Box<[u32]>>,
    /// Per entry: its main phrase id.
    entry_phrase: Vec<u32>,
    /// Entries matched by the longest-match pass (no NEAR/BEFORE), by first pattern; each list by
    /// lexicon file, longest first. Indexed by pattern id (ids are dense), as is the next one:
    /// they are looked up for every pattern of every word.
    by_first_pattern: Vec<Box<[Candidate]>>,
    /// Phrases whose every occurrence is needed (rules), by first pattern.
    rule_phrases_by_first: Vec<Box<[u32]>>,
    /// Per rule phrase: the phrase ids of NEAR/BEFORE entries starting with it.
    near_entries_of: FxHashMap<u32, Vec<u32>>,
    /// Phrase ids of each entry's NEAR part, NOT parts, and each theme's `@unless`.
    near_phrase: Vec<Option<u32>>,
    not_phrases: Vec<Vec<u32>>,
    unless_phrases: Vec<Vec<u32>>,
    /// Normalised scopes, per file and per theme.
    file_scope: Vec<ScopeFilter>,
    theme_scope: Vec<ScopeFilter>,
    scoped_themes: bool,
    /// What scoring needs of each entry and theme, kept apart from their (large) definitions.
    entry_score: Vec<(u32, i64)>,
    theme_rules: Vec<ThemeRule>,
    cache: WordCache,
}

/// An entry that may start at a word, with what the longest-match pass needs to judge it.
#[derive(Clone, Copy)]
struct Candidate {
    entry: u32,
    file: u32,
    theme: u32,
    phrase: u32,
    len: u32,
}

#[derive(Clone, Copy)]
struct ThemeRule {
    parent: Option<u32>,
    min_score: i64,
    /// Has `@unless` or `@unless-theme`.
    exclusions: bool,
}

/// An answer's working buffers, kept by each thread from one answer to the next;
/// [`Matcher::match_words`] empties them first.
#[derive(Default)]
struct Scratch {
    content: Vec<Content>,
    patterns: Vec<u32>,
    negation_words: Vec<u32>,
    rule_hits: Vec<(u32, Occurrence)>,
    found_hits: Vec<(u32, Occurrence)>,
    free_from: Vec<usize>,
    found: Vec<(usize, usize, u32)>,
    occurred: Vec<u32>,
    /// Content words with at least one pattern: the only ones a phrase can start at.
    starts: Vec<u32>,
    /// [`Matcher::themes_of`]'s scores per theme.
    scores: Vec<(u32, i64)>,
    /// [`Matcher::themes_of`]'s themes reached by the scores, with their ancestors.
    reached: Vec<u32>,
}

/// Scopes (topic, question, source) a thread remembers: there are a few hundred in a national run.
const SCOPES_REMEMBERED: usize = 4096;

thread_local! {
    static SCRATCH: Cell<Option<Box<Scratch>>> = const { Cell::new(None) };
}

#[derive(Default)]
struct ScopeFilter {
    topics: Vec<String>,
    questions: Vec<String>,
    sources: Vec<String>,
}

impl ScopeFilter {
    fn new(topics: &[String], questions: &[String], sources: &[String]) -> ScopeFilter {
        let norm = |v: &[String]| v.iter().map(|t| normalise_label(t)).collect();
        ScopeFilter { topics: norm(topics), questions: questions.to_vec(), sources: norm(sources) }
    }

    fn is_empty(&self) -> bool {
        self.topics.is_empty() && self.questions.is_empty() && self.sources.is_empty()
    }

    /// Answers without a topic (or source) get every lexicon: nothing says they are out of scope.
    fn admits(&self, topic: &Option<String>, question: Option<&str>, source: &Option<String>) -> bool {
        let open_or = |list: &Vec<String>, value: &Option<String>| {
            list.is_empty() || value.as_ref().is_none_or(|v| list.contains(v))
        };
        open_or(&self.topics, topic)
            && open_or(&self.sources, source)
            && (self.questions.is_empty() || question.is_some_and(|q| self.questions.iter().any(|x| x == q)))
    }
}

/// A word of the answer that can match: its place and its pattern ids.
#[derive(Clone, Copy)]
struct Content {
    start: u32,
    end: u32,
    /// Index among all the answer's words (stop words included): proximity is counted on it.
    word: u32,
    patterns: (u32, u32),
}

/// One occurrence of a phrase: content indices and word indices of its first and last words.
#[derive(Clone, Copy, Debug)]
struct Occurrence {
    first: usize,
    last: usize,
    first_word: u32,
    last_word: u32,
}

impl Matcher {
    pub fn new(mut lexicons: LexiconSet, stemmer: Stemmer) -> Matcher {
        lexicons.seal();
        let mut m = Matcher {
            stemmer,
            tables: FxHashMap::default(),
            longest_prefix: [0; 2],
            phrases: Vec::new(),
            entry_phrase: Vec::new(),
            by_first_pattern: Vec::new(),
            rule_phrases_by_first: Vec::new(),
            near_entries_of: FxHashMap::default(),
            near_phrase: Vec::new(),
            not_phrases: Vec::new(),
            unless_phrases: Vec::new(),
            file_scope: lexicons.files.iter().map(|f| ScopeFilter::new(&f.topics, &f.questions, &f.sources)).collect(),
            theme_scope: lexicons
                .themes
                .iter()
                .map(|t| ScopeFilter::new(&t.settings.topics, &t.settings.questions, &t.settings.sources))
                .collect(),
            scoped_themes: false,
            entry_score: lexicons.entries.iter().map(|e| (e.theme as u32, e.weight)).collect(),
            theme_rules: lexicons
                .themes
                .iter()
                .map(|t| ThemeRule {
                    parent: t.parent.map(|p| p as u32),
                    min_score: t.settings.min_score,
                    exclusions: !t.settings.unless.is_empty() || !t.settings.unless_themes.is_empty(),
                })
                .collect(),
            cache: WordCache::new(),
            lexicons: LexiconSet::default(),
        };
        let mut by_first_pattern: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        m.scoped_themes = m.theme_scope.iter().any(|s| !s.is_empty());
        let mut rule_phrases: Vec<u32> = Vec::new();
        for (e, entry) in lexicons.entries.iter().enumerate() {
            let main = m.add_phrase(&entry.words);
            m.entry_phrase.push(main);
            let near = entry.near.as_ref().map(|n| m.add_phrase(&n.words));
            m.near_phrase.push(near);
            let nots: Vec<u32> = entry.not.iter().map(|n| m.add_phrase(&n.words)).collect();
            rule_phrases.extend(&nots);
            m.not_phrases.push(nots);
            match near {
                Some(other) => {
                    rule_phrases.extend([main, other]);
                    m.near_entries_of.entry(main).or_default().push(e as u32);
                }
                None => {
                    let first = m.phrases[main as usize][0];
                    by_first_pattern.entry(first).or_default().push(e as u32);
                }
            }
        }
        for theme in &lexicons.themes {
            let ids: Vec<u32> = theme.settings.unless.iter().map(|p| m.add_phrase(p)).collect();
            rule_phrases.extend(&ids);
            m.unless_phrases.push(ids);
        }
        rule_phrases.sort_unstable();
        rule_phrases.dedup();
        let patterns = m.tables.values().map(|t| t.len()).sum::<usize>();
        let mut rule_phrases_by_first = vec![Vec::new(); patterns];
        for p in rule_phrases {
            let first = m.phrases[p as usize][0];
            rule_phrases_by_first[first as usize].push(p);
        }
        m.rule_phrases_by_first = rule_phrases_by_first.into_iter().map(Vec::into_boxed_slice).collect();
        m.by_first_pattern = vec![Box::default(); patterns];
        for (first, mut list) in by_first_pattern {
            let candidate = |e: u32| {
                let entry = &lexicons.entries[e as usize];
                let phrase = m.entry_phrase[e as usize];
                let len = m.phrases[phrase as usize].len() as u32;
                Candidate { entry: e, file: entry.file as u32, theme: entry.theme as u32, phrase, len }
            };
            // By file, longest first: the matching loop stops at the first shorter candidate of a
            // file once one has matched.
            list.sort_by_key(|&e| (candidate(e).file, std::cmp::Reverse(candidate(e).len), e));
            m.by_first_pattern[first as usize] = list.into_iter().map(candidate).collect();
        }
        m.lexicons = lexicons;
        m
    }

    fn add_phrase(&mut self, phrase: &Phrase) -> u32 {
        let ids: Box<[u32]> = phrase
            .iter()
            .map(|p| {
                if p.kind == PatternKind::Prefix {
                    let n = &mut self.longest_prefix[p.folded as usize];
                    *n = (*n).max(p.key.chars().count());
                }
                let next = self.tables.values().map(|t| t.len() as u32).sum::<u32>();
                *self.tables.entry((p.kind.clone(), p.folded)).or_default().entry(p.key.clone()).or_insert(next)
            })
            .collect();
        self.phrases.push(ids);
        (self.phrases.len() - 1) as u32
    }

    /// Which lexicon files and themes apply to an answer from `scope`. Scopes repeat on every
    /// answer: each thread remembers the ones it saw, by a hash of the scope (a few hundred at
    /// most in practice; past [`SCOPES_REMEMBERED`] the thread starts again).
    pub fn in_scope(&self, scope: Scope) -> Arc<InScope> {
        type Known = FxHashMap<u64, (u64, [Option<Box<str>>; 3], Arc<InScope>)>;
        thread_local! {
            static KNOWN: std::cell::RefCell<Known> = std::cell::RefCell::new(FxHashMap::default());
        }
        let key = [scope.topic, scope.question, scope.source];
        let hash = rustc_hash::FxBuildHasher.hash_one((self.cache.id(), key));
        let same = |k: &[Option<Box<str>>; 3]| k.iter().zip(key).all(|(a, b)| a.as_deref() == b);
        let found = KNOWN.with(|known| match known.borrow().get(&hash) {
            Some((owner, k, in_scope)) if *owner == self.cache.id() && same(k) => Some(in_scope.clone()),
            _ => None,
        });
        if let Some(in_scope) = found {
            return in_scope;
        }
        let (topic, source) = (scope.topic.map(normalise_label), scope.source.map(normalise_label));
        let mut computed = InScope {
            files: self.file_scope.iter().map(|f| f.admits(&topic, scope.question, &source)).collect(),
            themes_out: self.themes_out_of_scope(scope).map(Into::into),
            rule_phrases: None,
        };
        computed.rule_phrases = self.rule_phrases_in(&computed);
        let computed = Arc::new(computed);
        KNOWN.with(|known| {
            let mut known = known.borrow_mut();
            if known.len() >= SCOPES_REMEMBERED {
                known.clear();
            }
            known.insert(hash, (self.cache.id(), key.map(|k| k.map(Into::into)), computed.clone()));
        });
        computed
    }

    pub fn classify(&self, text: &str, scope: Scope) -> Classification {
        self.classify_with(text, &self.in_scope(scope), None)
    }

    /// [`Matcher::classify`] for an answer whose scope is already resolved, which also fills
    /// `word_hashes` with the [`text::word_hash`] of every word (for duplicate detection, at no
    /// extra cost: they are cached with each word).
    pub fn classify_hashing(&self, text: &str, scope: &InScope, word_hashes: &mut Vec<u64>) -> Classification {
        word_hashes.clear();
        self.classify_with(text, scope, Some(word_hashes))
    }

    fn classify_with(&self, text: &str, scope: &InScope, word_hashes: Option<&mut Vec<u64>>) -> Classification {
        let mut scratch = SCRATCH.with(Cell::take).unwrap_or_default();
        let classification = self.match_words(text, scope, &mut scratch, word_hashes);
        SCRATCH.with(|s| s.set(Some(scratch)));
        classification
    }

    fn match_words(
        &self,
        text: &str,
        scope: &InScope,
        scratch: &mut Scratch,
        mut word_hashes: Option<&mut Vec<u64>>,
    ) -> Classification {
        let Scratch {
            content,
            patterns,
            negation_words,
            rule_hits,
            found_hits,
            free_from,
            found,
            occurred,
            starts,
            scores,
            reached,
        } = scratch;
        // Every buffer starts empty. The pattern above must name each one, so a new buffer shows up
        // here, beside the others being emptied.
        content.clear();
        patterns.clear();
        negation_words.clear();
        rule_hits.clear();
        found_hits.clear();
        found.clear();
        occurred.clear();
        starts.clear();
        scores.clear();
        reached.clear();
        free_from.clear();
        free_from.resize(self.lexicons.files.len(), 0);
        // Themes limited by their own @topics/@questions/@sources: their entries take no part in
        // matching an answer outside their scope (they cannot hide other entries' words).
        let in_scope = |file: u32, theme: u32| scope.in_scope(file as usize, theme as usize);
        let entry_in_scope = |e: u32| {
            let entry = &self.lexicons.entries[e as usize];
            in_scope(entry.file as u32, entry.theme as u32)
        };
        let mut words = 0u32;
        self.cache.for_each(
            text::words(text),
            |word: text::Word, keys| {
                let from = patterns.len() as u32;
                if let Some(hashes) = word_hashes.as_deref_mut() {
                    hashes.push(keys.hash);
                }
                // One by one: a word has a few patterns at most, and `extend_from_slice` calls
                // `memcpy` for each word (4% of a run).
                for &p in keys.patterns.iter() {
                    patterns.push(p);
                }
                if keys.negation {
                    negation_words.push(words);
                }
                if !keys.stop {
                    if !keys.patterns.is_empty() {
                        starts.push(content.len() as u32);
                    }
                    content.push(Content {
                        start: word.start as u32,
                        end: word.end() as u32,
                        word: words,
                        patterns: (from, patterns.len() as u32),
                    });
                }
                words += 1;
            },
            |w| self.resolve(w),
        );
        let (content, patterns) = (&*content, &*patterns);
        let pats = |i: usize| &patterns[content[i].patterns.0 as usize..content[i].patterns.1 as usize];
        let matches_at = |phrase: &[u32], i: usize| {
            i + phrase.len() <= content.len() && phrase.iter().enumerate().all(|(k, id)| pats(i + k).contains(id))
        };
        let occurrence = |first: usize, len: usize| Occurrence {
            first,
            last: first + len - 1,
            first_word: content[first].word,
            last_word: content[first + len - 1].word,
        };

        // Every occurrence of the phrases the rules in scope need, sorted by phrase id.
        for i in starts.iter().map(|&i| i as usize).filter(|_| scope.rule_phrases.is_some()) {
            for &p in pats(i) {
                for &phrase in self.rule_phrases_by_first[p as usize].iter() {
                    let seq = &self.phrases[phrase as usize];
                    if scope.needs_rule_phrase(phrase) && matches_at(seq, i) {
                        rule_hits.push((phrase, occurrence(i, seq.len())));
                    }
                }
            }
        }
        // Sorted by (phrase, first, last): they were found left to right, each phrase at most once
        // per position (it sits in the list of its first pattern only), so a stable sort by phrase
        // is enough, and cheaper.
        rule_hits.sort_by_key(|(p, _)| *p);
        debug_assert!(rule_hits.is_sorted_by_key(|(p, o)| (*p, o.first, o.last)));
        let rule_hits = &*rule_hits;
        let occurrences = |phrase: u32| {
            let from = rule_hits.partition_point(|(p, _)| *p < phrase);
            let to = rule_hits.partition_point(|(p, _)| *p <= phrase);
            rule_hits[from..to].iter().map(|(_, o)| *o)
        };

        // Longest match per file, left to right; ties all count.
        for i in starts.iter().map(|&i| i as usize) {
            found.clear();
            for p in pats(i) {
                let list = &self.by_first_pattern[*p as usize];
                for same_file in list.chunk_by(|a, b| a.file == b.file) {
                    let file = same_file[0].file;
                    if free_from[file as usize] > i || !scope.files[file as usize] {
                        continue;
                    }
                    let mut longest = 0;
                    for c in same_file {
                        if c.len < longest {
                            break;
                        }
                        // A candidate's first word is `p`: one-word entries match already.
                        if in_scope(file, c.theme) && (c.len == 1 || matches_at(&self.phrases[c.phrase as usize], i)) {
                            found.push((file as usize, c.len as usize, c.entry));
                            longest = c.len;
                        }
                    }
                }
            }
            found.sort_unstable_by_key(|&(file, len, e)| (file, std::cmp::Reverse(len), e));
            let mut k = 0;
            while k < found.len() {
                let (file, len, _) = found[k];
                while k < found.len() && found[k].0 == file {
                    if found[k].1 == len {
                        found_hits.push((found[k].2, occurrence(i, len)));
                    }
                    k += 1;
                }
                free_from[file] = i + len;
            }
        }
        // NEAR / BEFORE entries: each occurrence of the first part with the nearest second part.
        // Only the phrases that occur in this answer: the cost does not grow with the lexicons.
        occurred.extend(rule_hits.iter().map(|(p, _)| *p));
        occurred.dedup();
        for &phrase in occurred.iter() {
            let Some(entries) = self.near_entries_of.get(&phrase) else { continue };
            for &e in entries {
                let entry = &self.lexicons.entries[e as usize];
                let near = entry.near.as_ref().expect("near entries have a NEAR part");
                if !entry_in_scope(e) {
                    continue;
                }
                let others: Vec<Occurrence> = occurrences(self.near_phrase[e as usize].expect("compiled")).collect();
                for a in occurrences(phrase) {
                    let best = others
                        .iter()
                        .filter_map(|b| {
                            let gap = if b.first_word > a.last_word {
                                b.first_word - a.last_word - 1
                            } else if !near.ordered && a.first_word > b.last_word {
                                a.first_word - b.last_word - 1
                            } else {
                                return None;
                            };
                            (gap as usize <= near.window).then_some((gap, b))
                        })
                        .min_by_key(|(gap, b)| (*gap, b.first));
                    if let Some((_, b)) = best {
                        let span = Occurrence {
                            first: a.first.min(b.first),
                            last: a.last.max(b.last),
                            first_word: a.first_word.min(b.first_word),
                            last_word: a.last_word.max(b.last_word),
                        };
                        found_hits.push((e, span));
                    }
                }
            }
        }
        // The key determines the whole element: an unstable sort gives the same order.
        found_hits.sort_unstable_by_key(|(e, o)| (o.first, o.last, *e));

        // Rules that stop a match from counting.
        let mut hits = Vec::with_capacity(found_hits.len());
        let mut blocked = Vec::new();
        for &(e, o) in found_hits.iter() {
            let hit = Hit { entry: e, start: content[o.first].start, end: content[o.last].end };
            let entry = &self.lexicons.entries[e as usize];
            let not_blocking = entry.not.iter().zip(&self.not_phrases[e as usize]).position(|(not, &phrase)| {
                occurrences(phrase).any(|n| match not.window {
                    None => true,
                    Some(w) => {
                        let w = w as u32;
                        n.last_word + w >= o.first_word && n.first_word <= o.last_word + w
                    }
                })
            });
            if let Some(k) = not_blocking {
                blocked.push((hit, Blocked::Not(k)));
                continue;
            }
            let theme = &self.lexicons.themes[entry.theme];
            let window = theme.settings.negation.or(self.lexicons.files[entry.file].negation);
            if let Some(w) = window {
                if negation_words.iter().any(|&n| n < o.first_word && n + w as u32 >= o.first_word) {
                    blocked.push((hit, Blocked::Negation));
                    continue;
                }
            }
            hits.push(hit);
        }
        let (themes, excluded_themes) =
            self.themes_of(&hits, |phrase| occurrences(phrase).next().is_some(), scores, reached);
        Classification { themes, hits, blocked, excluded_themes, words }
    }

    /// The phrases the rules of the entries and themes in `scope` look for (see [`InScope`]).
    fn rule_phrases_in(&self, scope: &InScope) -> Option<Box<[u64]>> {
        let mut bits = vec![0u64; self.phrases.len().div_ceil(64)];
        let mut any = false;
        let mut add = |phrase: u32| {
            bits[phrase as usize / 64] |= 1 << (phrase % 64);
            any = true;
        };
        for (e, entry) in self.lexicons.entries.iter().enumerate() {
            if !scope.in_scope(entry.file, entry.theme) {
                continue;
            }
            self.not_phrases[e].iter().for_each(|&p| add(p));
            if let Some(other) = self.near_phrase[e] {
                add(self.entry_phrase[e]);
                add(other);
            }
        }
        for (t, theme) in self.lexicons.themes.iter().enumerate() {
            if scope.in_scope(theme.file, t) {
                self.unless_phrases[t].iter().for_each(|&p| add(p));
            }
        }
        any.then(|| bits.into())
    }

    /// Per theme: is it (or an ancestor) outside its own scope for this answer? `None` when no
    /// theme has a scope of its own (the common case costs nothing).
    fn themes_out_of_scope(&self, scope: Scope) -> Option<Vec<bool>> {
        if !self.scoped_themes {
            return None;
        }
        let (topic, source) = (scope.topic.map(normalise_label), scope.source.map(normalise_label));
        let mut out = vec![false; self.lexicons.themes.len()];
        for (t, theme) in self.lexicons.themes.iter().enumerate() {
            // Parents come before their children, so a parent's verdict is known.
            let own = !self.theme_scope[t].admits(&topic, scope.question, &source);
            out[t] = own || theme.parent.is_some_and(|p| out[p]);
        }
        Some(out)
    }

    /// Scores themes from counted hits, applies `@min` and exclusions, rolls up to ancestors.
    /// `scores` and `reached` are working buffers (this runs for every answer: only the themes
    /// returned are allocated).
    fn themes_of(
        &self,
        hits: &[Hit],
        occurs: impl Fn(u32) -> bool,
        scores: &mut Vec<(u32, i64)>,
        reached: &mut Vec<u32>,
    ) -> (Vec<u32>, Vec<u32>) {
        if hits.is_empty() {
            return (Vec::new(), Vec::new());
        }
        let rules = &self.theme_rules;
        scores.clear();
        for h in hits {
            let (theme, weight) = self.entry_score[h.entry as usize];
            match scores.iter_mut().find(|(t, _)| *t == theme) {
                Some(s) => s.1 += weight,
                None => scores.push((theme, weight)),
            }
        }
        scores.retain(|&(t, s)| s >= rules[t as usize].min_score);
        let direct = &*scores;
        if direct.is_empty() {
            return (Vec::new(), Vec::new());
        }
        // The theme and its ancestors.
        let lineage = |t: u32| std::iter::successors(Some(t), |&t| rules[t as usize].parent);
        reached.clear();
        reached.extend(direct.iter().flat_map(|&(t, _)| lineage(t)));
        reached.sort_unstable();
        reached.dedup();
        let reached = &*reached;
        let excluded: Vec<u32> = reached
            .iter()
            .copied()
            .filter(|&t| {
                rules[t as usize].exclusions && {
                    let s = &self.lexicons.themes[t as usize].settings;
                    self.unless_phrases[t as usize].iter().any(|&p| occurs(p))
                        || s.unless_themes.iter().any(|&u| reached.binary_search(&(u as u32)).is_ok())
                }
            })
            .collect();
        if excluded.is_empty() {
            // Every matched theme with its ancestors: what was reached.
            return (reached.to_vec(), excluded);
        }
        let mut themes: Vec<u32> = Vec::with_capacity(reached.len());
        for &(t, _) in direct {
            if !lineage(t).any(|a| excluded.contains(&a)) {
                themes.extend(lineage(t));
            }
        }
        themes.sort_unstable();
        themes.dedup();
        (themes, excluded)
    }

    /// The analysis of one surface word, and the pattern ids it satisfies.
    fn resolve(&self, surface: &str) -> cache::WordKeys {
        let hash = text::word_hash(surface);
        let Some(w) = text::analyse_word(surface, &self.stemmer) else {
            return cache::WordKeys { hash, stop: true, negation: false, patterns: Box::new([]) };
        };
        let mut ids = Vec::new();
        for folded in [false, true] {
            let (form, stem) = if folded { (&w.folded, &w.folded_stem) } else { (&w.form, &w.stem) };
            for (kind, key) in [(PatternKind::Stem, stem), (PatternKind::Exact, form)] {
                if let Some(id) = self.tables.get(&(kind, folded)).and_then(|t| t.get(key.as_str())) {
                    ids.push(*id);
                }
            }
            if let Some(table) = self.tables.get(&(PatternKind::Prefix, folded)) {
                for (n, (end, c)) in form.char_indices().enumerate() {
                    if n >= self.longest_prefix[folded as usize] {
                        break;
                    }
                    if let Some(id) = table.get(&form[..end + c.len_utf8()]) {
                        ids.push(*id);
                    }
                }
            }
        }
        ids.sort_unstable();
        ids.dedup();
        let negation = NEGATIONS.contains(&w.folded.as_str());
        cache::WordKeys { hash, stop: w.stop, negation, patterns: ids.into_boxed_slice() }
    }

    pub fn stemmer(&self) -> &Stemmer {
        &self.stemmer
    }
}

/// Topics are compared without case, accents or apostrophe variants: `Organisation de l'Etat`
/// and `Organisation de l’État` are the same topic.
pub fn normalise_label(label: &str) -> String {
    // Topics and sources repeat on every answer: remember the last few, per thread.
    thread_local! {
        static RECENT: std::cell::RefCell<Vec<(String, String)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    if let Some(hit) = RECENT.with(|r| r.borrow().iter().find(|(k, _)| k == label).map(|(_, v)| v.clone())) {
        return hit;
    }
    let normal = normalise_label_uncached(label);
    RECENT.with(|r| {
        let mut r = r.borrow_mut();
        if r.len() >= 16 {
            r.remove(0);
        }
        r.push((label.to_owned(), normal.clone()));
    });
    normal
}

fn normalise_label_uncached(label: &str) -> String {
    let lower = text::lowercase(&text::normalize::normalize(label)).into_owned();
    text::fold::fold_accents(&lower).split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
