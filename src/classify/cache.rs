//! The word cache: surface form → stop flag and pattern ids, shared by all threads.
//!
//! Three levels, fastest first. Each thread has a small direct-mapped table of recent words whose
//! slots hold the word's bytes inline (a look-up is one hash and one comparison of the word's
//! bytes in a cache line, no pointer to follow: the few thousand frequent words of a language
//! make most look-ups), then its own hash map, then the shared map, sharded so that threads
//! rarely wait on each other; a word is analysed only when none has it. All are bounded so that
//! memory stays flat however large the corpus (past the bounds, words are still looked up and
//! analysed, just not stored).

use std::cell::RefCell;
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use rustc_hash::{FxBuildHasher, FxHashMap};

const SHARDS: usize = 32;
/// About 1.5 million distinct surface words in all: more than the whole Grand Débat uses often.
const WORDS_PER_SHARD: usize = 48_000;
/// Per thread: the most frequent words after the direct-mapped table (about 1.5 MB).
const LOCAL_WORDS: usize = 1 << 14;
/// Per thread: slots of the direct-mapped table (a power of two; 32,768 × 64 bytes = 2 MB).
/// On national-scale input, more than nine look-ups in ten end there.
const RECENT_SLOTS: usize = 1 << 15;
/// Longest word, in bytes, the direct-mapped table holds.
const RECENT_LEN: usize = 24;

#[derive(Clone)]
pub struct WordKeys {
    /// [`crate::text::word_hash`] of the word.
    pub hash: u64,
    pub stop: bool,
    /// `pas`, `jamais`…: for `@negation`.
    pub negation: bool,
    pub patterns: Box<[u32]>,
}

pub struct WordCache {
    /// Tells this cache's entries apart in the threads' own maps.
    id: u64,
    shards: Vec<Mutex<FxHashMap<Box<str>, WordKeys>>>,
}

/// A thread's own levels, for the cache `owner` (a thread serves one matcher at a time in
/// practice; another one empties them).
struct Local {
    owner: u64,
    recent: Vec<Slot>,
    words: FxHashMap<Box<str>, WordKeys>,
}

/// One word of the direct-mapped table: its bytes zero-padded, and its keys. One cache line: a
/// look-up reads nothing else (with the word's hash in it too, a slot took two lines, and the
/// table twice the memory).
#[derive(Clone)]
#[repr(align(64))]
struct Slot {
    len: usize,
    bytes: [u8; RECENT_LEN],
    keys: WordKeys,
}

fn empty() -> Slot {
    Slot {
        len: usize::MAX, // no word has this length: an empty slot never matches
        bytes: [0; RECENT_LEN],
        keys: WordKeys { hash: 0, stop: false, negation: false, patterns: Box::new([]) },
    }
}

thread_local! {
    static LOCAL: RefCell<Local> = const {
        RefCell::new(Local {
            owner: 0,
            recent: Vec::new(),
            words: FxHashMap::with_hasher(FxBuildHasher),
        })
    };
}

/// The word's bytes zero-padded, when it fits a slot.
#[inline]
fn padded(word: &str) -> Option<[u8; RECENT_LEN]> {
    let b = word.as_bytes();
    if b.len() > RECENT_LEN {
        return None;
    }
    let mut out = [0u8; RECENT_LEN];
    out[..b.len()].copy_from_slice(b);
    Some(out)
}

/// Whether `word` (at most [`RECENT_LEN`] bytes) is the start of `slot`. A byte loop: words
/// are short, and a call to `memcmp` costs more than the comparison.
#[inline]
fn same_prefix(slot: &[u8; RECENT_LEN], word: &[u8]) -> bool {
    debug_assert!(word.len() <= RECENT_LEN);
    slot.iter().zip(word).all(|(a, b)| a == b)
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

    /// Calls `each` with every word and its cached keys, in order, computing the keys of words
    /// never seen with `compute`. The thread's levels are borrowed once for all the words.
    pub fn for_each<W: AsRef<str>>(
        &self,
        words: impl Iterator<Item = W>,
        mut each: impl FnMut(W, &WordKeys),
        mut compute: impl FnMut(&str) -> WordKeys,
    ) {
        LOCAL.with(|local| {
            let Ok(mut local) = local.try_borrow_mut() else {
                // Re-entered from `compute` or `each` (not done today): skip this level.
                for word in words {
                    let keys = self.shared(word.as_ref(), &mut compute, WordKeys::clone);
                    each(word, &keys);
                }
                return;
            };
            let local = &mut *local;
            if local.owner != self.id {
                local.owner = self.id;
                local.recent = vec![empty(); RECENT_SLOTS];
                local.words = FxHashMap::default();
            }
            for word in words {
                let w = word.as_ref();
                let hash = FxBuildHasher.hash_one(w);
                // Fibonacci hashing spreads any hash over the slots.
                let index = hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - RECENT_SLOTS.ilog2());
                let slot = &mut local.recent[index as usize];
                // Equal lengths mean the word fits the slot (an empty slot's length fits none).
                // Compared in place: padding the word first cost a copy on every look-up.
                if slot.len == w.len() && same_prefix(&slot.bytes, w.as_bytes()) {
                    each(word, &slot.keys);
                    continue;
                }
                let bytes = padded(w);
                let keys = match local.words.get(w) {
                    Some(keys) => keys.clone(),
                    None => {
                        let keys = self.shared(w, &mut compute, WordKeys::clone);
                        if local.words.len() < LOCAL_WORDS {
                            local.words.insert(w.into(), keys.clone());
                        }
                        keys
                    }
                };
                if let Some(bytes) = bytes {
                    *slot = Slot { len: w.len(), bytes, keys };
                    each(word, &slot.keys);
                } else {
                    each(word, &keys);
                }
            }
        })
    }

    /// The shared level.
    fn shared<R>(
        &self,
        word: &str,
        compute: &mut impl FnMut(&str) -> WordKeys,
        use_keys: impl FnOnce(&WordKeys) -> R,
    ) -> R {
        let shard = &self.shards[shard_of(word)];
        {
            let map = shard.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(keys) = map.get(word) {
                return use_keys(keys);
            }
        }
        let keys = compute(word);
        let result = use_keys(&keys);
        let mut map = shard.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() < WORDS_PER_SHARD {
            map.insert(word.into(), keys);
        }
        result
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

    fn keys(n: u32) -> WordKeys {
        WordKeys { hash: n as u64, stop: n == 0, negation: false, patterns: vec![n].into_boxed_slice() }
    }

    #[test]
    fn computes_once_per_word_across_threads_and_keeps_caches_apart() {
        let a = WordCache::new();
        let b = WordCache::new();
        let computed = AtomicU64::new(0);
        let get = |cache: &WordCache, w: &str, n: u32| {
            let mut found = Vec::new();
            cache.for_each(
                [w, w].into_iter(),
                |_, k| found.push(k.patterns[0]),
                |_| {
                    computed.fetch_add(1, Ordering::Relaxed);
                    keys(n)
                },
            );
            assert_eq!(found[0], found[1]);
            found[0]
        };
        assert_eq!(get(&a, "impôt", 1), 1);
        assert_eq!(get(&a, "impôt", 9), 1);
        assert_eq!(get(&b, "impôt", 2), 2);
        assert_eq!(get(&a, "impôt", 9), 1);
        std::thread::scope(|s| {
            s.spawn(|| assert_eq!(get(&a, "impôt", 9), 1));
        });
        assert_eq!(computed.load(Ordering::Relaxed), 2);
    }
}
