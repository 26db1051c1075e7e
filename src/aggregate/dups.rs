//! Duplicates and copy-paste campaigns.
//!
//! Every free-text answer gets a 64-bit hash of its normalised text (words as cut for matching,
//! lowercased, accents folded, in order: punctuation, case, accents and spacing do
//! not make two texts different). Identical answers share the hash. Memory holds the set of the
//! hashes seen (8 bytes per distinct text, 9 to 20 with the hash table's room: 6 million distinct
//! answers take 75 to 150 MB) and the set of those seen more than once. What
//! a duplicate group needs of a text's first occurrence (its question, theme set and day) goes to
//! a [`Spill`] on disk and is added to the group at the end ([`Duplicates::finish`]).
//!
//! Near-identical answers: texts of at least [`NEAR_MIN_WORDS`] words get a MinHash signature
//! ([`SIGNATURE`] 32-bit minima of word 3-shingles) computed in the worker threads; the first
//! text of each near-identical family is indexed by locality-sensitive hashing ([`BANDS`] bands
//! of [`ROWS`] minima) and a later text joins it when at least [`NEAR_AGREEMENT`] of the 64
//! minima agree (an estimated Jaccard similarity of the shingle sets of 0.7 or more: one word
//! changed in a 30-word text still joins). At most [`MAX_SIGNATURES`] texts are indexed (about
//! 430 bytes each with their band keys, 43 MB): past that, later texts are still compared with the
//! indexed ones but not indexed themselves, and the report says how many.
//!
//! A duplicate group (identical texts, plus the near-identical texts that joined them) is kept
//! for texts of at least [`CAMPAIGN_MIN_WORDS`] words ("oui", "non", "je ne sais pas" repeat
//! without being campaigns); a group of at least the campaign size (`--campaign-size`) is listed
//! as a campaign. Everything happens in input order on one thread, on values computed from each
//! text alone: the groups never depend on the thread count.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap, FxHashSet};

use super::spill::Spill;
use super::ThemeSets;
use crate::hash::mix;

pub const NEAR_MIN_WORDS: u32 = 15;
pub const CAMPAIGN_MIN_WORDS: u32 = 10;
pub const SIGNATURE: usize = 64;
pub const BANDS: usize = 16;
pub const ROWS: usize = 4;
pub const NEAR_AGREEMENT: usize = 45;
pub const MAX_SIGNATURES: usize = 100_000;
/// Campaigns the reports read by people (and run.json) list, largest first; campaigns.csv lists
/// them all. At national scale there are tens of thousands: listing them all would make those
/// reports (and the memory that builds them) grow with the corpus.
pub const CAMPAIGNS_SHOWN: usize = 100;
/// Record ids kept per duplicate group, for the reader to look them up.
pub const IDS_KEPT: usize = 5;
/// Characters of the sample text kept per group.
const SAMPLE_CHARS: usize = 1200;

/// A theme id standing for "matched at least one theme" in per-theme counts.
pub const CLASSIFIED: u32 = u32::MAX;

pub fn rule(campaign_size: u64) -> String {
    format!(
        "identical answers: same 64-bit hash of the text lowercased, accents folded, punctuation and spacing ignored; \
near-identical: answers of {NEAR_MIN_WORDS}+ words whose MinHash signatures ({SIGNATURE} minima of word 3-shingles, LSH with {BANDS} bands of {ROWS}) \
agree on {NEAR_AGREEMENT}/{SIGNATURE} minima or more (estimated Jaccard ≥ 0.7) join the first such answer (at most {MAX_SIGNATURES} answers indexed); \
groups of answers of {CAMPAIGN_MIN_WORDS}+ words are kept, and those of {campaign_size}+ submissions are campaigns"
    )
}

/// What the worker threads compute for each answer.
#[derive(Debug, Clone)]
pub struct Fingerprint {
    pub key: u64,
    pub words: u32,
    pub signature: Option<Box<[u32]>>,
}

/// The fingerprint of a text from the [`crate::text::word_hash`] of its words, in order.
pub fn fingerprint_of_words(word_hashes: &[u64]) -> Fingerprint {
    let key = word_hashes.iter().fold(0xcbf29ce484222325u64, |key, &h| mix(key.rotate_left(17) ^ h));
    let words = word_hashes.len() as u32;
    let signature = (words >= NEAR_MIN_WORDS).then(|| Box::new(min_hashes(word_hashes)) as Box<[u32]>);
    Fingerprint { key: mix(key), words, signature }
}

/// The MinHash signature of the word 3-shingles. The same arithmetic on every CPU; where the
/// CPU has AVX2, compiled for it: four lanes at a time instead of two (the products, of 64-bit
/// multipliers by 32-bit hashes, made of 32×32-bit multiplications). On 43 MB of answers, this
/// step went from 5.9% of a run's CPU time to 3.2%.
fn min_hashes(word_hashes: &[u64]) -> [u32; SIGNATURE] {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2, checked just above.
        return unsafe { min_hashes_avx2(word_hashes) };
    }
    min_hashes_portable(word_hashes)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn min_hashes_avx2(word_hashes: &[u64]) -> [u32; SIGNATURE] {
    min_hashes_portable(word_hashes)
}

#[inline(always)]
fn min_hashes_portable(word_hashes: &[u64]) -> [u32; SIGNATURE] {
    // Minimum i of ((a_i·x + b_i) mod 2^64) >> 32 over the 32-bit shingle hashes x: the
    // multiply-add-shift family (strongly universal), one multiplication per minimum.
    let mut sig = [u32::MAX; SIGNATURE];
    for w in word_hashes.windows(3) {
        let x = mix(mix(w[0] ^ w[1].rotate_left(21)) ^ w[2].rotate_left(42)) >> 32;
        for ((m, &a), &b) in sig.iter_mut().zip(&MULTIPLIERS).zip(&INCREMENTS) {
            *m = (*m).min((a.wrapping_mul(x).wrapping_add(b) >> 32) as u32);
        }
    }
    sig
}

/// Odd multipliers and increments of the signature's hash functions (from splitmix64).
const MULTIPLIERS: [u64; SIGNATURE] = seeds(0x9e3779b97f4a7c15, true);
const INCREMENTS: [u64; SIGNATURE] = seeds(0x6a09e667f3bcc909, false);

const fn seeds(start: u64, odd: bool) -> [u64; SIGNATURE] {
    let mut s = [0u64; SIGNATURE];
    let mut i = 0;
    let mut x: u64 = start;
    while i < SIGNATURE {
        x = x.wrapping_add(0x9e3779b97f4a7c15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^= z >> 31;
        s[i] = z | odd as u64;
        i += 1;
    }
    s
}

/// Day numbers (days since 1970-01-01) as stored: `NO_DAY` when unknown.
const NO_DAY: i32 = i32::MAX;

/// Identical and near-identical answers of at least [`CAMPAIGN_MIN_WORDS`] words. At national
/// scale there are some 250,000 (boxed: see [`Duplicates::groups`]), each with its texts in two
/// allocations.
#[derive(Debug, Clone, Default)]
pub struct DupGroup {
    /// Submissions (every copy counted).
    pub size: u64,
    /// Distinct texts (after normalisation) in it.
    pub variants: u64,
    pub words: u32,
    first_day: i32,
    /// A member's text (cut to about 1,200 characters).
    pub sample: Box<str>,
    /// Up to [`IDS_KEPT`] members' record ids, in input order, end to end (`ends[i]` is where
    /// the i-th ends); the first is the sample's. The first member's id is not kept: it was seen
    /// before anyone knew it would be copied.
    ids: String,
    ends: [u32; IDS_KEPT],
    kept: u8,
    /// The text whose first occurrence started the group (before anyone knew it would be
    /// copied): that occurrence is counted in at the end, from the spill.
    founder: u64,
    /// Submissions per (group (question), theme set), sorted: copies of one text mostly share
    /// both, so this holds a few entries where per-theme counts would hold dozens (at national
    /// scale, 0.8 million entries instead of 5.6 million). Per-theme counts are made from it.
    members: Vec<(u32, u32, u64)>,
}

impl DupGroup {
    fn new(founder: u64, sample: &str, sample_record: &str, words: u32) -> DupGroup {
        let mut group = DupGroup {
            variants: 1,
            words,
            first_day: NO_DAY,
            founder,
            sample: crate::ingest::truncate(sample, SAMPLE_CHARS).into(),
            ..Default::default()
        };
        group.push_id(sample_record);
        group
    }

    fn push_id(&mut self, id: &str) {
        self.ids.push_str(id);
        self.ends[self.kept as usize] = self.ids.len() as u32;
        self.kept += 1;
    }

    fn id(&self, i: usize) -> &str {
        crate::packed::span(&self.ends[..self.kept as usize], i).map_or("", |at| &self.ids[at])
    }

    pub fn first_day(&self) -> Option<i64> {
        (self.first_day != NO_DAY).then_some(self.first_day as i64)
    }

    /// The record id of the sample's text.
    pub fn sample_record(&self) -> &str {
        self.id(0)
    }

    /// Up to [`IDS_KEPT`] record ids of members, in input order.
    pub fn record_ids(&self) -> Vec<&str> {
        (0..self.kept as usize).map(|i| self.id(i)).collect()
    }

    /// Keeps a member's record id, unless [`IDS_KEPT`] are kept or it is one of them.
    fn keep_id(&mut self, id: &str) {
        if (self.kept as usize) < IDS_KEPT && !(0..self.kept as usize).any(|i| self.id(i) == id) {
            self.push_id(id);
        }
    }

    /// Submissions per group (question).
    pub fn questions(&self) -> BTreeMap<u32, u64> {
        let mut out = BTreeMap::new();
        for &(group, _, n) in &self.members {
            *out.entry(group).or_default() += n;
        }
        out
    }

    /// Submissions per (group (question), theme set), sorted.
    pub fn members(&self) -> &[(u32, u32, u64)] {
        &self.members
    }

    /// Submissions per theme, over every question.
    pub fn themes(&self, sets: &ThemeSets) -> BTreeMap<u32, u64> {
        let mut out = BTreeMap::new();
        for &(_, set, n) in &self.members {
            for &t in sets.get(set) {
                *out.entry(t).or_default() += n;
            }
        }
        out
    }

    fn add(&mut self, group: u32, theme_set: u32, day: i32) {
        self.size += 1;
        match self.members.binary_search_by_key(&(group, theme_set), |&(g, s, _)| (g, s)) {
            Ok(i) => self.members[i].2 += 1,
            Err(i) => self.members.insert(i, (group, theme_set, 1)),
        }
        self.first_day = self.first_day.min(day);
    }
}

/// One answer offered to [`Duplicates::add`].
pub struct Offered<'a> {
    pub fingerprint: &'a Fingerprint,
    pub text: &'a str,
    pub record_id: &'a str,
    pub group: u32,
    pub theme_set: u32,
    pub day: Option<i64>,
}

#[derive(Default)]
pub struct Duplicates {
    /// Every distinct text, in [`SEEN_SHARDS`] sets by the key's top bits: each grows on its own,
    /// so growing holds a spare copy of one shard, not of all of them (a single table of millions
    /// of texts held its old and new tables at once: 1.5 times its size).
    seen: Vec<FxHashSet<u64>>,
    /// Texts submitted more than once.
    repeated: FxHashSet<u64>,
    /// The first occurrence of each text of [`CAMPAIGN_MIN_WORDS`]+ words: its key, and its
    /// group (question), theme set and day, for the duplicate group it may start.
    firsts: Spill<[u32; 3]>,
    /// Indexed texts: their hash, and their signatures end to end ([`SIGNATURE`] minima each).
    indexed: Vec<u64>,
    signatures: Vec<u32>,
    /// Band key → the first indexed text with that band. Keys are 32 bits (8 bytes an entry, 1.6
    /// million entries at the cap): two bands that share a key by chance only add a candidate,
    /// which the agreement of the whole signatures then rejects.
    bands: FxHashMap<u32, u32>,
    /// Text hash → duplicate group, for texts in a group.
    grouped: FxHashMap<u64, u32>,
    /// Boxed: there are hundreds of thousands at national scale, and a vector of the groups
    /// themselves (112 bytes each) reserved up to twice what it held, and held both buffers while
    /// growing (29 MB reserved for 135,000 groups on 119 MB of input).
    pub groups: Vec<Box<DupGroup>>,
    /// Free-text answers seen.
    pub answers: u64,
    /// Answers whose normalised text was seen before (every copy after the first).
    pub exact_repeats: u64,
    /// Distinct texts that joined a near-identical earlier one.
    pub near_joins: u64,
    /// Texts long enough for the near-identical search that could not be indexed (cap reached).
    pub not_indexed: u64,
}

impl Duplicates {
    pub fn distinct_texts(&self) -> u64 {
        self.seen.iter().map(|s| s.len() as u64).sum()
    }

    /// Distinct texts submitted more than once.
    pub fn repeated_texts(&self) -> u64 {
        self.repeated.len() as u64
    }

    pub fn add(&mut self, a: Offered) {
        self.answers += 1;
        let fp = a.fingerprint;
        let day = a.day.map_or(NO_DAY, |d| d as i32);
        let long = fp.words >= CAMPAIGN_MIN_WORDS;
        if self.seen.is_empty() {
            self.seen = vec![FxHashSet::default(); SEEN_SHARDS];
        }
        if !self.seen[shard_of(fp.key)].insert(fp.key) {
            self.repeated.insert(fp.key);
            self.exact_repeats += 1;
            if long {
                let g = self.group_of(fp.key, &a);
                self.groups[g].add(a.group, a.theme_set, day);
                self.groups[g].keep_id(a.record_id);
            }
            return;
        }
        if long {
            self.firsts.push(fp.key, [a.group, a.theme_set, day as u32]);
        }
        let Some(sig) = &fp.signature else { return };
        let band_keys: [u32; BANDS] = std::array::from_fn(|b| band_key(b, &sig[b * ROWS..(b + 1) * ROWS]));
        // The indexed texts that share a band, each once, on the stack (this runs for every new
        // long text). Their order does not matter: the best is the one with the highest
        // agreement, then the lowest id.
        let (mut candidates, mut n) = ([0u32; BANDS], 0);
        for k in &band_keys {
            if let Some(&c) = self.bands.get(k) {
                if !candidates[..n].contains(&c) {
                    candidates[n] = c;
                    n += 1;
                }
            }
        }
        let candidates = &candidates[..n];
        let best = candidates
            .iter()
            .map(|&c| (agreement(self.signature(c), sig), c))
            .filter(|&(n, _)| n >= NEAR_AGREEMENT)
            .max_by_key(|&(n, c)| (n, std::cmp::Reverse(c)));
        if let Some((_, c)) = best {
            let rep = self.indexed[c as usize];
            let g = self.group_of(rep, &a);
            self.grouped.insert(fp.key, g as u32);
            self.groups[g].variants += 1;
            self.groups[g].add(a.group, a.theme_set, day);
            self.groups[g].keep_id(a.record_id);
            self.near_joins += 1;
        } else if self.indexed.len() < MAX_SIGNATURES {
            let id = self.indexed.len() as u32;
            if self.signatures.len() == self.signatures.capacity() {
                // Doubling would overshoot the cap by up to 8 MB that can never be used.
                let room = (self.signatures.capacity() * 2).clamp(SIGNATURE, MAX_SIGNATURES * SIGNATURE);
                self.signatures.reserve_exact(room - self.signatures.len());
            }
            self.indexed.push(fp.key);
            self.signatures.extend_from_slice(sig);
            for k in band_keys {
                self.bands.entry(k).or_insert(id);
            }
        } else {
            self.not_indexed += 1;
        }
    }

    /// The duplicate group of a text seen before, made with `a` as its sample if needed (the
    /// text's first occurrence is counted in by [`Duplicates::finish`]).
    fn group_of(&mut self, key: u64, a: &Offered) -> usize {
        if let Some(&g) = self.grouped.get(&key) {
            return g as usize;
        }
        let group = DupGroup::new(key, a.text, a.record_id, a.fingerprint.words);
        self.groups.push(Box::new(group));
        let g = self.groups.len() - 1;
        self.grouped.insert(key, g as u32);
        g
    }

    /// Once every answer is in: each group gets the first occurrence of the text that started
    /// it. Fails only when the spill's temporary file cannot be written or read back.
    pub fn finish(&mut self) -> std::io::Result<()> {
        let (grouped, groups) = (&self.grouped, &mut self.groups);
        self.firsts.parts(|firsts| {
            for &(key, [group, themes, day]) in firsts {
                if let Some(&g) = grouped.get(&key) {
                    let g = &mut groups[g as usize];
                    if g.founder == key {
                        g.add(group, themes, day as i32);
                    }
                }
            }
        })
    }

    fn signature(&self, indexed: u32) -> &[u32] {
        let start = indexed as usize * SIGNATURE;
        &self.signatures[start..start + SIGNATURE]
    }

    /// Whether a text (by its fingerprint key) belongs to a duplicate group, and which.
    pub fn group_of_text(&self, key: u64) -> Option<usize> {
        self.grouped.get(&key).map(|&g| g as usize)
    }

    /// Whether a text (by key) was submitted more than once, identical after normalisation.
    pub fn is_repeated(&self, key: u64) -> bool {
        self.repeated.contains(&key)
    }
}

const SEEN_SHARDS: usize = 64;

/// Keys are hashes: their top bits spread texts evenly over the shards.
fn shard_of(key: u64) -> usize {
    (key >> (64 - SEEN_SHARDS.trailing_zeros())) as usize
}

fn band_key(band: usize, rows: &[u32]) -> u32 {
    let mut h = mix(band as u64 + 1);
    for &r in rows {
        h = mix(h ^ r as u64);
    }
    (h >> 32) as u32
}

fn agreement(a: &[u32], b: &[u32]) -> usize {
    a.iter().zip(b).filter(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fingerprint of a text, its words hashed as the matcher's word cache hashes them.
    fn fingerprint(text: &str) -> Fingerprint {
        let hashes: Vec<u64> = crate::text::words(text).map(|w| crate::text::word_hash(w.text)).collect();
        fingerprint_of_words(&hashes)
    }

    /// Offers `text` as the answer of `record` to question group `group` on `day`.
    fn offer(dups: &mut Duplicates, text: &str, record: &str, group: u32, day: i64) {
        let fingerprint = fingerprint(text);
        dups.add(Offered { fingerprint: &fingerprint, text, record_id: record, group, theme_set: 0, day: Some(day) });
    }

    #[test]
    fn a_group_counts_the_first_occurrence_of_its_text_once_finished() {
        let copied = "je demande le retour aux 90 km/h sur les routes départementales sans plus attendre";
        let mut dups = Duplicates::default();
        // The first occurrence: question group 7, the earliest day. Nobody knows yet that it
        // will be copied; the group is made at the second occurrence.
        offer(&mut dups, copied, "r1", 7, 100);
        offer(&mut dups, "un texte qui ne sera jamais copié par personne dans tout le débat national", "r2", 1, 50);
        offer(&mut dups, copied, "r3", 8, 120);
        offer(&mut dups, &copied.to_uppercase(), "r4", 8, 110);
        assert_eq!(dups.groups.len(), 1);
        assert_eq!(dups.groups[0].size, 2, "the first occurrence is not in yet");
        dups.finish().unwrap();
        let group = &dups.groups[0];
        assert_eq!(group.size, 3);
        assert_eq!(group.first_day(), Some(100));
        assert_eq!(group.questions(), BTreeMap::from([(7, 1), (8, 2)]));
        assert_eq!(group.record_ids(), vec!["r3", "r4"]);
        assert_eq!((dups.answers, dups.distinct_texts(), dups.repeated_texts(), dups.exact_repeats), (4, 2, 1, 2));
        assert!(dups.is_repeated(fingerprint(copied).key));
        assert!(!dups.is_repeated(fingerprint("un texte qui ne sera jamais copié").key));
    }

    #[test]
    fn the_signature_is_the_same_with_or_without_avx2() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/official-layout/LA_TRANSITION_ECOLOGIQUE.csv");
        let mut reader = csv::Reader::from_path(path).unwrap();
        let mut long_texts = 0;
        for record in reader.records() {
            for text in record.unwrap().iter() {
                let hashes: Vec<u64> = crate::text::words(text).map(|w| crate::text::word_hash(w.text)).collect();
                if hashes.len() >= NEAR_MIN_WORDS as usize {
                    long_texts += 1;
                    assert_eq!(min_hashes(&hashes), min_hashes_portable(&hashes), "{text}");
                }
            }
        }
        assert!(long_texts > 300, "{long_texts} texts of {NEAR_MIN_WORDS}+ words");
    }

    #[test]
    fn case_accents_punctuation_and_spacing_do_not_make_texts_different() {
        let a = fingerprint("Pour la limitation à 80 km/h : NON !");
        let b = fingerprint("pour  la Limitation a 80 km/h, non.");
        assert_eq!(a.key, b.key);
        assert_ne!(a.key, fingerprint("Pour la limitation à 90 km/h : NON !").key);
        assert_eq!(a.words, 8);
        assert!(a.signature.is_none());
    }

    #[test]
    fn one_changed_word_in_a_long_text_keeps_most_minima() {
        let base = "je demande le retour aux 90 km/h sur les routes départementales car la mesure des 80 km/h \
                    a été décidée sans concertation avec les élus locaux et les usagers de la route";
        let edited = base.replace("usagers", "habitants");
        let other = "il faut taxer le kérosène des avions et développer le train partout sur le territoire \
                     pour que chacun puisse se déplacer sans voiture individuelle et sans polluer";
        let (a, b, c) = (fingerprint(base), fingerprint(&edited), fingerprint(other));
        let (sa, sb, sc) = (a.signature.unwrap(), b.signature.unwrap(), c.signature.unwrap());
        assert!(agreement(&sa, &sb) >= NEAR_AGREEMENT, "{}", agreement(&sa, &sb));
        assert!(agreement(&sa, &sc) < 10, "{}", agreement(&sa, &sc));
    }
}
