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
use cache::{Local, Resolved, Resolver, WordCache};

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
    /// Every phrase of every entry and rule, as pattern ids: phrase `p` is
    /// `phrase_ids[phrase_at[p]..phrase_at[p + 1]]`.
    phrase_ids: Vec<u32>,
    phrase_at: Vec<u32>,
    /// Per entry: its main phrase id.
    entry_phrase: Vec<u32>,
    /// Entries matched by the longest-match pass (no NEAR/BEFORE), by first pattern (ids are
    /// dense). Read when a worker first meets a set of patterns: it merges their lists into the
    /// word's candidates.
    by_first_pattern: Vec<Box<[Candidate]>>,
    /// Phrases whose every occurrence is needed (rules), by first pattern: those of pattern `p`
    /// are `rule_first[rule_first_at[p]..rule_first_at[p + 1]]`.
    rule_first: Vec<u32>,
    rule_first_at: Vec<u32>,
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
    /// What the blocking rules need of each entry: its `NOT`s (a range of `not_rules`) and its
    /// `@negation` window, read for every match without the entry's (large) definition.
    entry_rules: Vec<EntryRules>,
    /// Every entry's `NOT`s, in entry order: phrase id and window.
    not_rules: Vec<(u32, Option<u32>)>,
    cache: WordCache,
}

/// An entry that may start at a word, with what the longest-match pass needs to judge it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Candidate {
    entry: u32,
    file: u32,
    theme: u32,
    phrase: u32,
    len: u32,
    /// In a word's merged list: the candidates of the same file from this one on (so the
    /// matching loop skips a file's candidates at once).
    rest_of_file: u32,
}

#[derive(Clone, Copy)]
struct EntryRules {
    nots: (u32, u32),
    negation: Option<u32>,
}

#[derive(Clone, Copy)]
struct ThemeRule {
    parent: Option<u32>,
    min_score: i64,
    /// Has `@unless` or `@unless-theme`.
    exclusions: bool,
}

/// An answer's working buffers, kept by each classifier from one answer to the next;
/// [`Classifier::classify_into`] empties them first.
#[derive(Default)]
struct Scratch {
    /// The answer's words: start, end and [`Local::hash`].
    cut: Vec<(u32, u32, u64)>,
    content: Vec<Content>,
    negation_words: Vec<u32>,
    rule_hits: Vec<(u32, Occurrence)>,
    found_hits: Vec<(u32, Occurrence)>,
    free_from: Vec<usize>,
    occurred: Vec<u32>,
    /// Content words with at least one pattern: the only ones a phrase can start at.
    starts: Vec<u32>,
    /// [`Matcher::themes_of`]'s scores per theme, in the order themes were first met, and each
    /// theme's place in it plus one (0: not met; all 0 between answers).
    scores: Vec<(u32, i64)>,
    score_slot: Vec<u32>,
    /// [`Matcher::themes_of`]'s themes reached by the scores, with their ancestors.
    reached: Vec<u32>,
}

/// Scopes (topic, question, source) a classifier remembers: there are a few hundred in a
/// national run.
const SCOPES_REMEMBERED: usize = 4096;

/// The scopes a classifier has met, by a hash of (topic, question, source).
type Scopes = FxHashMap<u64, ([Option<Box<str>>; 3], Arc<InScope>)>;

/// What a classifier keeps from one answer to the next: its levels of the word cache, its
/// working buffers, the scopes it has met, and an answer's outcome.
struct State {
    /// The [`WordCache::id`] of the matcher it serves.
    owner: u64,
    local: Local,
    scratch: Scratch,
    scopes: Scopes,
    out: Classification,
}

impl State {
    fn new(matcher: &Matcher) -> Box<State> {
        Box::new(State {
            owner: matcher.cache.id(),
            local: Local::new(),
            scratch: Scratch::default(),
            scopes: Scopes::default(),
            out: Classification::default(),
        })
    }
}

thread_local! {
    /// The state of [`Matcher::classify`] and [`Matcher::in_scope`], for callers without a
    /// classifier of their own (the pipeline's workers each have one).
    static STATE: Cell<Option<Box<State>>> = const { Cell::new(None) };
}

/// A worker's classifier: applies a [`Matcher`] answer after answer with buffers and word-cache
/// levels of its own (see `cache`), so that a warm classifier allocates nothing per word or per
/// answer ([`Classifier::classify_into`]).
pub struct Classifier<'m> {
    matcher: &'m Matcher,
    state: Box<State>,
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

/// A word of the answer (stop words included): its place and its keys (offsets into the classifier's
/// arrays of pattern ids and candidates).
#[derive(Clone, Copy)]
struct Content {
    start: u32,
    end: u32,
    /// Index among all the answer's words (stop words included): proximity is counted on it.
    word: u32,
    keys: cache::WordKeys,
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
            phrase_ids: Vec::new(),
            phrase_at: vec![0],
            entry_phrase: Vec::new(),
            by_first_pattern: Vec::new(),
            rule_first: Vec::new(),
            rule_first_at: Vec::new(),
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
            entry_rules: Vec::new(),
            not_rules: Vec::new(),
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
            let from = m.not_rules.len() as u32;
            m.not_rules.extend(nots.iter().zip(&entry.not).map(|(&p, n)| (p, n.window.map(|w| w as u32))));
            let negation = lexicons.themes[entry.theme].settings.negation.or(lexicons.files[entry.file].negation);
            m.entry_rules
                .push(EntryRules { nots: (from, m.not_rules.len() as u32), negation: negation.map(|w| w as u32) });
            m.not_phrases.push(nots);
            match near {
                Some(other) => {
                    rule_phrases.extend([main, other]);
                    m.near_entries_of.entry(main).or_default().push(e as u32);
                }
                None => {
                    let first = m.phrase(main)[0];
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
            let first = m.phrase(p)[0];
            rule_phrases_by_first[first as usize].push(p);
        }
        m.rule_first_at.push(0);
        for list in rule_phrases_by_first {
            m.rule_first.extend(list);
            m.rule_first_at.push(m.rule_first.len() as u32);
        }
        m.by_first_pattern = vec![Box::default(); patterns];
        for (first, mut list) in by_first_pattern {
            let candidate = |e: u32| {
                let entry = &lexicons.entries[e as usize];
                let phrase = m.entry_phrase[e as usize];
                let len = m.phrase(phrase).len() as u32;
                Candidate { entry: e, file: entry.file as u32, theme: entry.theme as u32, phrase, len, rest_of_file: 0 }
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
        let ids: Vec<u32> = phrase
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
        self.phrase_ids.extend(ids);
        self.phrase_at.push(self.phrase_ids.len() as u32);
        (self.phrase_at.len() - 2) as u32
    }

    /// The pattern ids of a phrase.
    #[inline]
    fn phrase(&self, phrase: u32) -> &[u32] {
        &self.phrase_ids[self.phrase_at[phrase as usize] as usize..self.phrase_at[phrase as usize + 1] as usize]
    }

    /// The rule phrases that start with `pattern`.
    #[inline]
    fn rule_phrases_from(&self, pattern: u32) -> &[u32] {
        &self.rule_first
            [self.rule_first_at[pattern as usize] as usize..self.rule_first_at[pattern as usize + 1] as usize]
    }

    /// The number of phrases.
    fn phrase_count(&self) -> usize {
        self.phrase_at.len() - 1
    }

    /// A classifier for one worker: its own buffers and word-cache levels (see [`Classifier`]).
    pub fn classifier(&self) -> Classifier<'_> {
        Classifier { matcher: self, state: State::new(self) }
    }

    /// Runs `f` with this thread's classifier of this matcher, made on first use (a thread serves
    /// one matcher at a time in practice; another one starts again).
    fn with_thread_classifier<R>(&self, f: impl FnOnce(&mut Classifier) -> R) -> R {
        let state = STATE.with(Cell::take).filter(|s| s.owner == self.cache.id()).unwrap_or_else(|| State::new(self));
        let mut classifier = Classifier { matcher: self, state };
        let result = f(&mut classifier);
        STATE.with(|s| s.set(Some(classifier.state)));
        result
    }

    /// Which lexicon files and themes apply to an answer from `scope` (see
    /// [`Classifier::in_scope`]; this one uses the thread's classifier).
    pub fn in_scope(&self, scope: Scope) -> Arc<InScope> {
        self.with_thread_classifier(|c| c.in_scope(scope))
    }

    /// Classifies one answer with the thread's classifier (for callers without one of their own).
    pub fn classify(&self, text: &str, scope: Scope) -> Classification {
        self.with_thread_classifier(|c| {
            let in_scope = c.in_scope(scope);
            c.classify(text, &in_scope)
        })
    }

    /// Which lexicon files and themes apply to an answer from `scope`, computed.
    fn scope_of(&self, scope: Scope) -> InScope {
        let (topic, source) = (scope.topic.map(normalise_label), scope.source.map(normalise_label));
        let mut computed = InScope {
            files: self.file_scope.iter().map(|f| f.admits(&topic, scope.question, &source)).collect(),
            themes_out: self.themes_out_of_scope(scope).map(Into::into),
            rule_phrases: None,
        };
        computed.rule_phrases = self.rule_phrases_in(&computed);
        computed
    }

    /// The phrases the rules of the entries and themes in `scope` look for (see [`InScope`]).
    fn rule_phrases_in(&self, scope: &InScope) -> Option<Box<[u64]>> {
        let mut bits = vec![0u64; self.phrase_count().div_ceil(64)];
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
    /// `scores` (with each theme's place in it) and `reached` are working buffers; the themes and
    /// the excluded themes are written to `themes` and `excluded` (empty on entry).
    fn themes_of(
        &self,
        hits: &[Hit],
        occurs: impl Fn(u32) -> bool,
        (scores, slot): (&mut Vec<(u32, i64)>, &mut [u32]),
        reached: &mut Vec<u32>,
        (themes, excluded): (&mut Vec<u32>, &mut Vec<u32>),
    ) {
        if hits.is_empty() {
            return;
        }
        let rules = &self.theme_rules;
        scores.clear();
        for h in hits {
            let (theme, weight) = self.entry_score[h.entry as usize];
            match slot[theme as usize] {
                0 => {
                    scores.push((theme, weight));
                    slot[theme as usize] = scores.len() as u32;
                }
                k => scores[k as usize - 1].1 += weight,
            }
        }
        for &(t, _) in scores.iter() {
            slot[t as usize] = 0;
        }
        scores.retain(|&(t, s)| s >= rules[t as usize].min_score);
        let direct = &*scores;
        if direct.is_empty() {
            return;
        }
        // The theme and its ancestors.
        let lineage = |t: u32| std::iter::successors(Some(t), |&t| rules[t as usize].parent);
        reached.clear();
        reached.extend(direct.iter().flat_map(|&(t, _)| lineage(t)));
        reached.sort_unstable();
        reached.dedup();
        let reached = &*reached;
        excluded.extend(reached.iter().copied().filter(|&t| {
            rules[t as usize].exclusions && {
                let s = &self.lexicons.themes[t as usize].settings;
                self.unless_phrases[t as usize].iter().any(|&p| occurs(p))
                    || s.unless_themes.iter().any(|&u| reached.binary_search(&(u as u32)).is_ok())
            }
        }));
        if excluded.is_empty() {
            // Every matched theme with its ancestors: what was reached.
            themes.extend_from_slice(reached);
            return;
        }
        for &(t, _) in direct {
            if !lineage(t).any(|a| excluded.contains(&a)) {
                themes.extend(lineage(t));
            }
        }
        themes.sort_unstable();
        themes.dedup();
    }

    /// The analysis of one surface word, and the pattern ids it satisfies.
    fn resolve(&self, surface: &str) -> Resolved {
        let hash = text::word_hash(surface);
        let Some(w) = text::analyse_word(surface, &self.stemmer) else {
            return Resolved { hash, stop: true, negation: false, patterns: Box::new([]) };
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
        Resolved { hash, stop: w.stop, negation, patterns: ids.into_boxed_slice() }
    }

    pub fn stemmer(&self) -> &Stemmer {
        &self.stemmer
    }
}

impl Resolver for Matcher {
    fn cache(&self) -> &WordCache {
        &self.cache
    }

    fn resolve(&self, surface: &str) -> Resolved {
        Matcher::resolve(self, surface)
    }

    fn candidates(&self, patterns: &[u32], out: &mut Vec<Candidate>) -> bool {
        let from = out.len();
        for &p in patterns {
            out.extend_from_slice(&self.by_first_pattern[p as usize]);
        }
        // By file, longest first: the matching loop stops at the first shorter candidate of a
        // file once one has matched. An entry sits in the list of its first pattern only, so the
        // merged list has no repeats.
        let list = &mut out[from..];
        list.sort_unstable_by_key(|c| (c.file, std::cmp::Reverse(c.len), c.entry));
        let mut rest = 0;
        for k in (0..list.len()).rev() {
            rest = if k + 1 < list.len() && list[k + 1].file == list[k].file { rest + 1 } else { 1 };
            list[k].rest_of_file = rest;
        }
        patterns.iter().any(|&p| !self.rule_phrases_from(p).is_empty())
    }
}

impl<'m> Classifier<'m> {
    pub fn matcher(&self) -> &'m Matcher {
        self.matcher
    }

    /// Which lexicon files and themes apply to an answer from `scope`. Scopes repeat on every
    /// answer: the classifier remembers the ones it met, by a hash of the scope (a few hundred
    /// at most in practice; past [`SCOPES_REMEMBERED`] it starts again).
    pub fn in_scope(&mut self, scope: Scope) -> Arc<InScope> {
        let key = [scope.topic, scope.question, scope.source];
        let hash = rustc_hash::FxBuildHasher.hash_one(key);
        let scopes = &mut self.state.scopes;
        if let Some((k, in_scope)) = scopes.get(&hash) {
            if k.iter().zip(key).all(|(a, b)| a.as_deref() == b) {
                return in_scope.clone();
            }
        }
        let computed = Arc::new(self.matcher.scope_of(scope));
        if scopes.len() >= SCOPES_REMEMBERED {
            scopes.clear();
        }
        scopes.insert(hash, (key.map(|k| k.map(Into::into)), computed.clone()));
        computed
    }

    /// Classifies one answer whose scope is resolved.
    pub fn classify(&mut self, text: &str, scope: &InScope) -> Classification {
        self.classify_owned(text, scope, None)
    }

    /// [`Classifier::classify`], which also fills `word_hashes` with the [`text::word_hash`] of
    /// every word (for duplicate detection, at no extra cost: they are cached with each word).
    pub fn classify_hashing(&mut self, text: &str, scope: &InScope, word_hashes: &mut Vec<u64>) -> Classification {
        word_hashes.clear();
        self.classify_owned(text, scope, Some(word_hashes))
    }

    /// The outcome is made in the classifier's own buffers, then copied out: one allocation for
    /// each of its lists that is not empty.
    fn classify_owned(&mut self, text: &str, scope: &InScope, word_hashes: Option<&mut Vec<u64>>) -> Classification {
        let mut out = std::mem::take(&mut self.state.out);
        self.classify_into(text, scope, &mut out, word_hashes);
        let owned = out.clone();
        self.state.out = out;
        owned
    }

    /// Classifies one answer into `out` (emptied first), and appends the [`text::word_hash`] of
    /// every word to `word_hashes` when given. Once the classifier is warm (its words seen, its
    /// buffers grown), this allocates nothing.
    pub fn classify_into(
        &mut self,
        text: &str,
        scope: &InScope,
        out: &mut Classification,
        mut word_hashes: Option<&mut Vec<u64>>,
    ) {
        let m = self.matcher;
        let State { local, scratch, .. } = &mut *self.state;
        local.bound();
        let Scratch {
            cut,
            content,
            negation_words,
            rule_hits,
            found_hits,
            free_from,
            occurred,
            starts,
            scores,
            score_slot,
            reached,
        } = scratch;
        // Every buffer starts empty. The pattern above must name each one, so a new buffer shows up
        // here, beside the others being emptied.
        cut.clear();
        content.clear();
        negation_words.clear();
        rule_hits.clear();
        found_hits.clear();
        occurred.clear();
        starts.clear();
        scores.clear();
        reached.clear();
        free_from.clear();
        free_from.resize(m.lexicons.files.len(), 0);
        let Classification { themes, hits, blocked, excluded_themes, words } = out;
        themes.clear();
        hits.clear();
        blocked.clear();
        excluded_themes.clear();
        // Themes limited by their own @topics/@questions/@sources: their entries take no part in
        // matching an answer outside their scope (they cannot hide other entries' words).
        let in_scope = |file: u32, theme: u32| scope.in_scope(file as usize, theme as usize);
        let entry_in_scope = |e: u32| {
            let entry = &m.lexicons.entries[e as usize];
            in_scope(entry.file as u32, entry.theme as u32)
        };
        // The words cut and hashed, their slots asked for; then looked up.
        for word in text::words(text) {
            let hash = Local::hash(word.text);
            local.prefetch(hash);
            cut.push((word.start as u32, word.end() as u32, hash));
        }
        let mut n = 0u32;
        for &(start, end, hash) in cut.iter() {
            let word = &text[start as usize..end as usize];
            let keys = local.get_hashed(word, hash, m);
            if let Some(hashes) = word_hashes.as_deref_mut() {
                hashes.push(keys.hash);
            }
            if keys.negation {
                negation_words.push(n);
            }
            // Every word, stop words included: a phrase matches its words in order (`en ligne` is
            // not `ligne`). A stop word starts only phrases of several words (see `may_start`).
            if keys.patterns_len > 0 {
                starts.push(content.len() as u32);
            }
            content.push(Content { start, end, word: n, keys });
            n += 1;
        }
        *words = n;
        let (local, content) = (&*local, &*content);
        let pats = |i: usize| {
            let k = &content[i].keys;
            &local.patterns[k.patterns as usize..(k.patterns + k.patterns_len) as usize]
        };
        // A stop word never makes a match on its own (a one-word entry whose stem or prefix is
        // also a stop word's does not match that stop word).
        let may_start = |len: usize, i: usize| len > 1 || !content[i].keys.stop;
        let matches_at = |phrase: &[u32], i: usize| {
            may_start(phrase.len(), i)
                && i + phrase.len() <= content.len()
                && phrase.iter().enumerate().all(|(k, id)| pats(i + k).contains(id))
        };
        let occurrence = |first: usize, len: usize| Occurrence {
            first,
            last: first + len - 1,
            first_word: content[first].word,
            last_word: content[first + len - 1].word,
        };

        // Every occurrence of the phrases the rules in scope need, sorted by phrase id.
        if scope.rule_phrases.is_some() {
            for i in starts.iter().map(|&i| i as usize).filter(|&i| content[i].keys.rules) {
                for &p in pats(i) {
                    for &phrase in m.rule_phrases_from(p) {
                        let seq = m.phrase(phrase);
                        if scope.needs_rule_phrase(phrase) && matches_at(seq, i) {
                            rule_hits.push((phrase, occurrence(i, seq.len())));
                        }
                    }
                }
            }
        }
        // Sorted by (phrase, first, last). A phrase occurs at most once per position (it sits in
        // the list of its first pattern only, and its length fixes the rest), so (phrase, first)
        // determines the whole element: an unstable sort, which needs no buffer, gives the order
        // of a stable one.
        rule_hits.sort_unstable_by_key(|(p, o)| (*p, o.first));
        debug_assert!(rule_hits.is_sorted_by_key(|(p, o)| (*p, o.first, o.last)));
        let rule_hits = &*rule_hits;
        let occurrences = |phrase: u32| {
            let from = rule_hits.partition_point(|(p, _)| *p < phrase);
            let to = rule_hits.partition_point(|(p, _)| *p <= phrase);
            rule_hits[from..to].iter().map(|(_, o)| *o)
        };

        // Longest match per file, left to right; ties all count. A word's candidates are its
        // entries by file, longest first: per file, those of the longest length that matches.
        for i in starts.iter().map(|&i| i as usize) {
            let k = &content[i].keys;
            let list = &local.candidates[k.candidates as usize..(k.candidates + k.candidates_len) as usize];
            let mut next = 0;
            while next < list.len() {
                let same_file = &list[next..next + list[next].rest_of_file as usize];
                next += same_file.len();
                let file = same_file[0].file as usize;
                if free_from[file] > i || !scope.files[file] {
                    continue;
                }
                let mut longest = 0;
                for c in same_file {
                    if c.len < longest {
                        break;
                    }
                    // A candidate's first word is this one: one-word entries match already.
                    // The file is in scope (checked above): only the theme's own scope is left.
                    let theme_in_scope = scope.themes_out.as_deref().is_none_or(|out| !out[c.theme as usize]);
                    if theme_in_scope && (if c.len == 1 { may_start(1, i) } else { matches_at(m.phrase(c.phrase), i) })
                    {
                        found_hits.push((c.entry, occurrence(i, c.len as usize)));
                        longest = c.len;
                    }
                }
                if longest > 0 {
                    free_from[file] = i + longest as usize;
                }
            }
        }
        // NEAR / BEFORE entries: each occurrence of the first part with the nearest second part.
        // Only the phrases that occur in this answer: the cost does not grow with the lexicons.
        occurred.extend(rule_hits.iter().map(|(p, _)| *p));
        occurred.dedup();
        for &phrase in occurred.iter() {
            let Some(entries) = m.near_entries_of.get(&phrase) else { continue };
            for &e in entries {
                let entry = &m.lexicons.entries[e as usize];
                let near = entry.near.as_ref().expect("near entries have a NEAR part");
                if !entry_in_scope(e) {
                    continue;
                }
                let other = m.near_phrase[e as usize].expect("compiled");
                for a in occurrences(phrase) {
                    let best = occurrences(other)
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
        for &(e, o) in found_hits.iter() {
            let hit = Hit { entry: e, start: content[o.first].start, end: content[o.last].end };
            let rules = m.entry_rules[e as usize];
            let nots = &m.not_rules[rules.nots.0 as usize..rules.nots.1 as usize];
            let not_blocking = nots.iter().position(|&(phrase, window)| {
                occurrences(phrase).any(|n| match window {
                    None => true,
                    Some(w) => n.last_word + w >= o.first_word && n.first_word <= o.last_word + w,
                })
            });
            if let Some(k) = not_blocking {
                blocked.push((hit, Blocked::Not(k)));
                continue;
            }
            if let Some(w) = rules.negation {
                if negation_words.iter().any(|&n| n < o.first_word && n + w >= o.first_word) {
                    blocked.push((hit, Blocked::Negation));
                    continue;
                }
            }
            hits.push(hit);
        }
        score_slot.resize(m.theme_rules.len(), 0);
        let occurs = |phrase| occurrences(phrase).next().is_some();
        m.themes_of(hits, occurs, (scores, score_slot), reached, (themes, excluded_themes));
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
