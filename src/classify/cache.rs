//! The word cache: surface form → stop flag and pattern ids, shared by all threads.
//! Sharded so that threads rarely wait on each other, and bounded so that memory stays flat
//! however large the corpus (past the bound, new words are analysed without being stored).

use std::sync::Mutex;

use rustc_hash::FxHashMap;

const SHARDS: usize = 32;
/// About 1.5 million distinct surface words in all: more than the whole Grand Débat uses often.
const WORDS_PER_SHARD: usize = 48_000;

pub struct WordKeys {
    pub stop: bool,
    /// `pas`, `jamais`…: for `@negation`.
    pub negation: bool,
    pub patterns: Box<[u32]>,
}

pub struct WordCache {
    shards: Vec<Mutex<FxHashMap<Box<str>, WordKeys>>>,
}

impl WordCache {
    pub fn new() -> WordCache {
        WordCache { shards: (0..SHARDS).map(|_| Mutex::new(FxHashMap::default())).collect() }
    }

    /// Calls `use_keys` with the cached keys of `word`, computing them with `compute` first
    /// when the word was never seen.
    pub fn with<R>(
        &self,
        word: &str,
        compute: impl FnOnce(&str) -> WordKeys,
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
