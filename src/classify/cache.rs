//! The word cache: surface form → stop flag, pattern ids and the entries that may start at the
//! word.
//!
//! Two parts. The shared part ([`WordCache`]) maps a surface form to what the whole text chain
//! made of it (its pattern ids); it is sharded so that workers rarely wait on each other, and a
//! word is analysed only when no worker has seen it. Each worker has its own part ([`Local`]),
//! owned by its classifier (no thread-local look-up): a two-way table of recent words whose
//! slots hold the word's bytes and its keys inline (a look-up is one hash and one or two
//! comparisons of the word's bytes in a pair of cache lines, no pointer to follow: the few
//! thousand frequent words of a language make most look-ups), then a hash map of the worker's
//! frequent words. A classifier hashes an answer's words as it cuts them and asks for their
//! slots' lines ([`Local::prefetch`]) before it looks the first one up, so that the table's
//! cache misses overlap.
//!
//! A worker's keys are `Copy`: offsets into two flat arrays of its own, the word's pattern ids
//! and its candidates (every entry of the longest-match pass whose first pattern the word
//! satisfies, merged from its patterns' lists once, when the word's set of patterns is first
//! met). Words with the same set of patterns share one place in both arrays.
//!
//! Everything is bounded so that memory stays flat however large the corpus: past the bounds,
//! words are still looked up and analysed, just not stored (and a worker's arrays start again).

use std::hash::BuildHasher;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use rustc_hash::{FxBuildHasher, FxHashMap};

use super::Candidate;

const SHARDS: usize = 32;
/// About 1.5 million distinct surface words in all: more than the whole Grand Débat uses often.
const WORDS_PER_SHARD: usize = 48_000;
/// Per worker: words after the two-way table (about 3 MB at most).
const LOCAL_WORDS: usize = 1 << 15;
/// Per worker: slots of the two-way table (a power of two; 32,768 × 64 bytes = 2 MB), in pairs.
const RECENT_SLOTS: usize = 1 << 15;
/// Longest word, in bytes, the two-way table holds.
const RECENT_LEN: usize = 24;
/// Per worker: bounds of the flat arrays of pattern ids and candidates (4 and 20 bytes each).
const MAX_PATTERNS: usize = 1 << 21;
const MAX_CANDIDATES: usize = 1 << 20;

/// What the text chain made of a surface word: the same for every worker.
pub struct Resolved {
    /// [`crate::text::word_hash`] of the word.
    pub hash: u64,
    pub stop: bool,
    /// `pas`, `jamais`…: for `@negation`.
    pub negation: bool,
    /// Sorted, without repeats.
    pub patterns: Box<[u32]>,
}

/// A word's keys in one worker: offsets into its [`Local`]'s arrays.
#[derive(Clone, Copy, Default, Debug)]
pub struct WordKeys {
    /// [`crate::text::word_hash`] of the word.
    pub hash: u64,
    /// The word's pattern ids: `Local::patterns[patterns..patterns + patterns_len]`.
    pub patterns: u32,
    pub patterns_len: u32,
    /// The entries that may start at the word, by lexicon file, longest first:
    /// `Local::candidates[candidates..candidates + candidates_len]`.
    pub candidates: u32,
    pub candidates_len: u32,
    pub stop: bool,
    pub negation: bool,
    /// Some pattern of the word starts a rule phrase (`NOT`, `NEAR`/`BEFORE`, `@unless`).
    pub rules: bool,
}

pub struct WordCache {
    /// Tells this cache's workers apart from those of another matcher.
    id: u64,
    shards: Vec<Mutex<FxHashMap<Box<str>, Resolved>>>,
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

impl WordCache {
    /// Unique to this cache (and so to its matcher) among all made in the process.
    pub fn id(&self) -> u64 {
        self.id
    }

    pub fn new() -> WordCache {
        WordCache {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            shards: (0..SHARDS).map(|_| Mutex::new(FxHashMap::default())).collect(),
        }
    }

    /// Calls `with` on the word's resolution, computing it with `compute` when no worker has.
    fn shared<R>(&self, word: &str, compute: impl FnOnce(&str) -> Resolved, with: impl FnOnce(&Resolved) -> R) -> R {
        let shard = &self.shards[shard_of(word)];
        {
            let map = shard.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(keys) = map.get(word) {
                return with(keys);
            }
        }
        let keys = compute(word);
        let result = with(&keys);
        let mut map = shard.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() < WORDS_PER_SHARD {
            map.insert(word.into(), keys);
        }
        result
    }
}

/// One word of the two-way table: its bytes zero-padded, and its keys. One cache line: a look-up
/// reads nothing else.
#[derive(Clone, Copy)]
#[repr(align(64))]
struct Slot {
    len: u32,
    bytes: [u8; RECENT_LEN],
    keys: WordKeys,
}

const EMPTY: Slot = Slot {
    len: u32::MAX, // no word has this length: an empty slot never matches
    bytes: [0; RECENT_LEN],
    keys: WordKeys {
        hash: 0,
        patterns: 0,
        patterns_len: 0,
        candidates: 0,
        candidates_len: 0,
        stop: false,
        negation: false,
        rules: false,
    },
};

/// Whether `word` (at most [`RECENT_LEN`] bytes) is the start of `slot`. A byte loop: words
/// are short, and a call to `memcmp` costs more than the comparison.
#[inline]
fn same_prefix(slot: &[u8; RECENT_LEN], word: &[u8]) -> bool {
    debug_assert!(word.len() <= RECENT_LEN);
    slot.iter().zip(word).all(|(a, b)| a == b)
}

/// A worker's own levels of the cache, and the flat arrays its keys point into.
pub struct Local {
    recent: Box<[Slot]>,
    words: FxHashMap<Box<str>, WordKeys>,
    /// Each distinct set of pattern ids met, with its place in the arrays.
    sets: FxHashMap<Box<[u32]>, WordKeys>,
    pub patterns: Vec<u32>,
    pub candidates: Vec<Candidate>,
    /// A word's pattern ids, copied out of the shared level.
    found: Vec<u32>,
}

/// What the worker's levels need of the matcher when a word misses them.
pub trait Resolver {
    fn cache(&self) -> &WordCache;
    /// The whole text chain on a word never seen.
    fn resolve(&self, surface: &str) -> Resolved;
    /// Appends the candidates of a word with these `patterns` (by file, longest first); whether
    /// one of them starts a rule phrase.
    fn candidates(&self, patterns: &[u32], out: &mut Vec<Candidate>) -> bool;
}

impl Local {
    pub fn new() -> Local {
        Local {
            recent: vec![EMPTY; RECENT_SLOTS].into_boxed_slice(),
            words: FxHashMap::default(),
            sets: FxHashMap::default(),
            patterns: Vec::new(),
            candidates: Vec::new(),
            found: Vec::new(),
        }
    }

    /// Empties the levels when the arrays have outgrown their bounds. Call it between answers
    /// only: keys taken before it point nowhere after.
    pub fn bound(&mut self) {
        if self.patterns.len() > MAX_PATTERNS || self.candidates.len() > MAX_CANDIDATES {
            self.recent.fill(EMPTY);
            self.words.clear();
            self.sets.clear();
            self.patterns.clear();
            self.candidates.clear();
        }
    }

    /// The hash of a word, for [`Local::prefetch`] and [`Local::get_hashed`].
    #[inline]
    pub fn hash(word: &str) -> u64 {
        FxBuildHasher.hash_one(word)
    }

    /// The first slot of the word's pair. Fibonacci hashing spreads any hash over the pairs.
    #[inline]
    fn pair(hash: u64) -> usize {
        ((hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - (RECENT_SLOTS / 2).ilog2())) as usize) * 2
    }

    /// Asks the processor to bring the slots of the word of this hash into its cache.
    #[inline]
    pub fn prefetch(&self, hash: u64) {
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            let slots = &self.recent[Self::pair(hash)..][..2];
            // SAFETY: a prefetch is a hint; the addresses are those of two slots of the table.
            unsafe {
                _mm_prefetch::<_MM_HINT_T0>((&slots[0] as *const Slot).cast());
                _mm_prefetch::<_MM_HINT_T0>((&slots[1] as *const Slot).cast());
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = hash;
    }

    /// The keys of `word`.
    #[cfg(test)]
    pub fn get(&mut self, word: &str, resolver: &impl Resolver) -> WordKeys {
        self.get_hashed(word, Self::hash(word), resolver)
    }

    /// The keys of `word`, whose [`Local::hash`] is `hash`.
    #[inline]
    pub fn get_hashed(&mut self, word: &str, hash: u64, resolver: &impl Resolver) -> WordKeys {
        let pair = Self::pair(hash);
        // Equal lengths mean the word fits the slot (an empty slot's length fits none). Compared
        // in place: padding the word first cost a copy on every look-up.
        let fits = |slot: &Slot| slot.len as usize == word.len() && same_prefix(&slot.bytes, word.as_bytes());
        if fits(&self.recent[pair]) {
            return self.recent[pair].keys;
        }
        if fits(&self.recent[pair + 1]) {
            // Met again: it takes the first slot, the word there the second.
            self.recent.swap(pair, pair + 1);
            return self.recent[pair].keys;
        }
        self.miss(word, pair, resolver)
    }

    /// A word not in its pair: from the worker's map, the shared level or the text chain. It
    /// takes the pair's second slot: a word met once does not push out the first slot's word,
    /// which was met at least twice (the frequent words stay, rare ones come and go).
    #[cold]
    #[inline(never)]
    fn miss(&mut self, word: &str, pair: usize, resolver: &impl Resolver) -> WordKeys {
        let keys = match self.words.get(word) {
            Some(keys) => *keys,
            None => {
                let mut found = std::mem::take(&mut self.found);
                found.clear();
                let (hash, stop, negation) = resolver.cache().shared(
                    word,
                    |w| resolver.resolve(w),
                    |r| {
                        found.extend_from_slice(&r.patterns);
                        (r.hash, r.stop, r.negation)
                    },
                );
                let mut keys = self.set_of(&found, resolver);
                self.found = found;
                keys.hash = hash;
                keys.stop = stop;
                keys.negation = negation;
                if self.words.len() < LOCAL_WORDS {
                    self.words.insert(word.into(), keys);
                }
                keys
            }
        };
        if word.len() <= RECENT_LEN {
            let mut bytes = [0u8; RECENT_LEN];
            bytes[..word.len()].copy_from_slice(word.as_bytes());
            self.recent[pair + 1] = Slot { len: word.len() as u32, bytes, keys };
        }
        keys
    }

    /// The place of a set of pattern ids in the arrays (hash, stop and negation left unset).
    fn set_of(&mut self, patterns: &[u32], resolver: &impl Resolver) -> WordKeys {
        if patterns.is_empty() {
            return WordKeys::default();
        }
        if let Some(keys) = self.sets.get(patterns) {
            return *keys;
        }
        let from = self.candidates.len();
        let rules = resolver.candidates(patterns, &mut self.candidates);
        let keys = WordKeys {
            patterns: self.patterns.len() as u32,
            patterns_len: patterns.len() as u32,
            candidates: from as u32,
            candidates_len: (self.candidates.len() - from) as u32,
            rules,
            ..WordKeys::default()
        };
        self.patterns.extend_from_slice(patterns);
        self.sets.insert(patterns.into(), keys);
        keys
    }
}

fn shard_of(word: &str) -> usize {
    // FNV-1a on at most the first 8 bytes: cheap, and spreads words well enough.
    let mut h: u32 = 0x811c9dc5;
    for &b in word.as_bytes().iter().take(8) {
        h = (h ^ b as u32).wrapping_mul(0x0100_0193);
    }
    (h as usize ^ word.len()) % SHARDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slot_is_one_cache_line() {
        assert_eq!(std::mem::size_of::<Slot>(), 64);
    }

    struct Counting<'a> {
        cache: &'a WordCache,
        id: u32,
        computed: &'a AtomicU64,
    }

    impl Resolver for Counting<'_> {
        fn cache(&self) -> &WordCache {
            self.cache
        }
        fn resolve(&self, _: &str) -> Resolved {
            self.computed.fetch_add(1, Ordering::Relaxed);
            Resolved { hash: self.id as u64, stop: false, negation: false, patterns: vec![self.id].into() }
        }
        fn candidates(&self, patterns: &[u32], out: &mut Vec<Candidate>) -> bool {
            out.extend(patterns.iter().map(|&p| Candidate {
                entry: p,
                file: 0,
                theme: 0,
                phrase: p,
                len: 1,
                rest_of_file: 1,
            }));
            false
        }
    }

    #[test]
    fn computes_once_per_word_across_workers_and_keeps_caches_apart() {
        let a = WordCache::new();
        let b = WordCache::new();
        let computed = AtomicU64::new(0);
        let get = |local: &mut Local, cache: &WordCache, w: &str, id: u32| {
            let resolver = Counting { cache, id, computed: &computed };
            let (k1, k2) = (local.get(w, &resolver), local.get(w, &resolver));
            assert_eq!((k1.patterns, k1.hash), (k2.patterns, k2.hash));
            assert_eq!(local.candidates[k1.candidates as usize].entry, k1.hash as u32);
            local.patterns[k1.patterns as usize]
        };
        let (mut la, mut lb) = (Local::new(), Local::new());
        assert_eq!(get(&mut la, &a, "impôt", 1), 1);
        assert_eq!(get(&mut la, &a, "impôt", 9), 1);
        assert_eq!(get(&mut lb, &b, "impôt", 2), 2);
        // A second worker of the first cache finds the word in the shared level.
        let mut other = Local::new();
        assert_eq!(get(&mut other, &a, "impôt", 9), 1);
        std::thread::scope(|s| {
            s.spawn(|| assert_eq!(get(&mut Local::new(), &a, "impôt", 9), 1));
        });
        assert_eq!(computed.load(Ordering::Relaxed), 2);
        // Two words with the same patterns share their place in the arrays.
        let one = Counting { cache: &a, id: 1, computed: &computed };
        let (x, y) = (la.get("impôts", &one), la.get("impot", &one));
        assert_eq!((x.patterns, x.candidates), (y.patterns, y.candidates));
    }
}
