//! Aggregation: the counts of a run, by input (read, analysed, skipped, rejected), by source and
//! question (answers, respondents, themes), by lexicon entry (hits), by place, week and source,
//! plus per theme a few quotations and keyword-in-context lines, and the
//! duplicate answers and campaigns. The worker threads count what does not depend on the input
//! order ([`partial`]); the calling thread, in input order, numbers questions and theme sets,
//! keeps the samples and finds the duplicates, then adds the workers' counts in: every figure is
//! the same whatever the thread count.
//!
//! Memory holds counts and a bounded number of texts (quotations, contexts, samples), never the
//! corpus, with three exceptions that grow with it and are stated in the reports: one 16-byte
//! entry per distinct (contributor, question) pair for respondents and the 1/N weighting
//! ([`respondents`]), one 24-byte entry per distinct answer text for duplicates, and one record
//! per duplicate group (its counts per question and theme, a sample text, a few ids: [`dups`]).
//! Measured on the generated national-scale input (569,022 contributions, 5.69 million answers,
//! 256,860 duplicate groups): a peak of 1.03 GB for the whole run (benches/results/README.md).

pub mod breakdown;
pub mod dates;
pub mod draw;
pub mod dups;
pub mod geo;
pub mod partial;
mod quotes;
pub mod respondents;
pub mod spill;

use std::collections::BTreeMap;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::classify::Classification;
use crate::ingest::{Question, Record, Value};
use crate::lexicon::LexiconSet;
pub use breakdown::{Breakdowns, Slice, Specificity};
pub use dups::{DupGroup, Duplicates, Fingerprint, CLASSIFIED};
pub use partial::{AnswerFacts, Partial, RecordFacts};
pub use quotes::{Kwic, Quote, KWIC_PER_THEME, QUOTES_PER_THEME};

/// The quotation rule, as written in reports.
pub fn quotes_rule() -> &'static str {
    quotes::RULE
}

/// The keyword-in-context rule, as written in reports.
pub fn kwic_rule() -> &'static str {
    quotes::KWIC_RULE
}

/// Choices a run makes about what it counts and shows; every one is written in the reports.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Duplicate groups of at least this many submissions are campaigns.
    pub campaign_size: u64,
    /// La Grande Annotation's weighting: an author who answered a question N times weighs 1/N.
    pub weight_by_author: bool,
    /// Seed of the review draw ([`draw::Design`]).
    pub review_seed: u64,
    /// Review draw: answers per question, and more per question and top-level theme.
    pub review_per_question: usize,
    pub review_per_theme: usize,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            campaign_size: 5,
            weight_by_author: false,
            review_seed: 2019,
            review_per_question: 10,
            review_per_theme: 2,
        }
    }
}

impl Settings {
    /// The draw of the review sample these settings ask for.
    pub fn review_design(&self) -> draw::Design {
        draw::Design {
            seed: self.review_seed,
            per_question: self.review_per_question,
            per_theme: self.review_per_theme,
            pool_questions: false,
        }
    }
}

/// Counts for one input file.
#[derive(Debug, Default)]
pub struct InputTally {
    pub shown: String,
    pub format: String,
    pub source: String,
    pub encoding: String,
    pub sha256: String,
    pub bytes: u64,
    pub analysed: u64,
    pub skipped: BTreeMap<String, u64>,
    pub rejected: u64,
    /// Records whose id an earlier record of the same input already had (they are analysed).
    pub duplicate_ids: u64,
    pub notes: Vec<String>,
}

impl InputTally {
    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }

    pub fn read(&self) -> u64 {
        self.analysed + self.skipped_total() + self.rejected
    }
}

/// Where answers are grouped: a source (platform) and a question (or topic).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct GroupKey {
    pub source: String,
    /// Numeric question ids sort as numbers, before other keys.
    pub order: (u64, String),
}

#[derive(Debug)]
pub struct Group {
    /// Numbered in order of first appearance (for compact references).
    pub id: u32,
    pub question: Arc<Question>,
    /// Free-text answers analysed.
    pub texts: u64,
    /// Of which matched at least one theme.
    pub classified: u64,
    /// Free-text answers per theme (after [`Tally::finish`]; counted in `theme_texts` until then).
    pub themes: BTreeMap<u32, u64>,
    /// Free-text answers per theme id while answers come in: an index is cheaper than a map
    /// search for each theme of each answer.
    theme_texts: Vec<u64>,
    /// Distinct contributors who answered (an answer without an author is its own contributor).
    pub respondents: u64,
    /// Distinct contributors with at least one answer in the theme.
    pub theme_respondents: BTreeMap<u32, u64>,
    /// Distinct contributors with at least one classified answer.
    pub classified_respondents: u64,
    pub quotes: BTreeMap<u32, Vec<Quote>>,
    pub kwic: BTreeMap<u32, Vec<Kwic>>,
    /// Closed (Oui/Non) and multiple-choice answers: value → count.
    pub choices: BTreeMap<String, u64>,
    /// Free-text answers per lexicon file in scope (which families of lexicons read the question).
    pub scoped: Vec<u64>,
    /// The counts with each campaign counted once (after [`Tally::finish`]).
    pub once: Once,
    /// The counts weighted 1/N per author (after [`Tally::finish`], with the weighting on).
    pub weighted: Option<Weighted>,
}

/// A group's samples while answers come in (moved into the group by [`Tally::absorb`]).
#[derive(Debug, Default)]
struct Samples {
    quotes: BTreeMap<u32, Vec<Quote>>,
    kwic: BTreeMap<u32, Vec<Kwic>>,
    /// Per theme id: the rank an answer must beat to enter each
    /// sample, once it is full. Most answers do not; this dense table says so without reaching
    /// for the samples themselves.
    bars: Vec<Bars>,
}

/// The ranks to beat, `None` while a sample is not full.
#[derive(Debug, Clone, Copy, Default)]
struct Bars {
    quote: Option<u64>,
    kwic: Option<u64>,
}

fn admits(bar: Option<u64>, rank: u64) -> bool {
    bar.is_none_or(|b| rank < b)
}

impl Samples {
    /// Offers an answer (whose text's duplicate key is `text_key`) to the samples of its themes.
    fn offer(&mut self, ctx: &quotes::Context, text_key: u64) {
        let (c, lexicons) = (ctx.c, ctx.lexicons);
        if self.bars.is_empty() {
            self.bars = vec![Bars::default(); lexicons.themes.len()];
        }
        let quotable = quotes::quotable(ctx);
        for &t in &c.themes {
            let bars = self.bars[t as usize];
            let rank = ctx.quote_rank(t);
            if quotable && admits(bars.quote, rank) {
                self.bars[t as usize].quote = quotes::offer(self.quotes.entry(t).or_default(), ctx, t, rank, text_key);
            }
            let rank = ctx.kwic_rank(t);
            if admits(bars.kwic, rank) {
                self.bars[t as usize].kwic = quotes::offer_kwic(self.kwic.entry(t).or_default(), ctx, t, rank);
            }
        }
    }
}

/// A worker's number not met yet by the calling thread.
const NOT_YET: u32 = u32::MAX;

/// The entry of `worker`'s number `local` in a table of numbers per worker, made if missing.
fn slot(table: &mut Vec<Vec<u32>>, worker: usize, local: u32) -> &mut u32 {
    if table.len() <= worker {
        table.resize_with(worker + 1, Vec::new);
    }
    let numbers = &mut table[worker];
    if numbers.len() <= local as usize {
        numbers.resize(local as usize + 1, NOT_YET);
    }
    &mut numbers[local as usize]
}

/// Counts in which every campaign counts as one answer.
#[derive(Debug, Default, Clone)]
pub struct Once {
    pub texts: u64,
    pub classified: u64,
    pub themes: BTreeMap<u32, u64>,
}

/// Counts weighted 1/N, N the answers of the same author to the question; they add up to the
/// respondents.
#[derive(Debug, Default, Clone)]
pub struct Weighted {
    pub classified: f64,
    pub themes: BTreeMap<u32, f64>,
}

/// The groups, indexed by their id (ids are their order of creation: 0, 1, 2…).
fn groups_by_id(groups: &mut BTreeMap<GroupKey, Group>) -> Vec<&mut Group> {
    let mut by_id: Vec<&mut Group> = groups.values_mut().collect();
    by_id.sort_unstable_by_key(|g| g.id);
    by_id
}

/// Sets of theme ids, each stored once (4 bytes per reference), found by a 64-bit hash of the set.
#[derive(Debug, Default)]
pub struct ThemeSets {
    ids: FxHashMap<u64, u32>,
    /// Every set's themes, end to end: set `i` ends at `ends[i]` and starts where set `i - 1`
    /// ends. One block rather than an allocation per set: the end of a run looks up a set for
    /// each of millions of answers, and a dense block misses the cache less.
    themes: Vec<u32>,
    ends: Vec<u32>,
}

impl ThemeSets {
    pub fn intern(&mut self, themes: &[u32]) -> u32 {
        let mut key = themes.iter().fold(0x9e37_79b9_7f4a_7c15, |h, &t| crate::hash::mix(h ^ t as u64));
        loop {
            match self.ids.get(&key) {
                Some(&id) if self.get(id) == themes => return id,
                // Another set with the same hash (never seen in practice): the next key.
                Some(_) => key = key.wrapping_add(1),
                None => break,
            }
        }
        let id = self.ends.len() as u32;
        self.themes.extend_from_slice(themes);
        self.ends.push(self.themes.len() as u32);
        self.ids.insert(key, id);
        id
    }

    pub fn get(&self, id: u32) -> &[u32] {
        &self.themes[crate::packed::span(&self.ends, id as usize).expect("a set interned here")]
    }
}

#[derive(Default)]
pub struct Tally {
    pub settings: Settings,
    pub inputs: Vec<InputTally>,
    pub groups: BTreeMap<GroupKey, Group>,
    /// Group keys by group id.
    pub group_keys: Vec<GroupKey>,
    /// Group ids by question id and source, to find a group without making its key.
    group_ids: FxHashMap<String, Vec<(String, u32)>>,
    /// Per worker, the group id of each of its question numbers ([`NOT_YET`]: not met yet).
    worker_groups: Vec<Vec<u32>>,
    /// Per worker, the theme set of each of its theme set numbers.
    worker_sets: Vec<Vec<u32>>,
    /// Samples by group id, until [`Tally::absorb`].
    samples: Vec<Samples>,
    /// Matches per lexicon entry.
    pub entry_hits: Vec<u64>,
    /// Answers per lexicon entry (an answer matching an entry twice counts once here).
    pub entry_answers: Vec<u64>,
    /// Free-text answers per theme, every question together.
    pub theme_answers: Vec<u64>,
    /// What the report must say about the run as a whole (files left aside…).
    pub notes: Vec<String>,
    pub sets: ThemeSets,
    pub respondents: respondents::Respondents,
    pub dups: Duplicates,
    pub breakdowns: Breakdowns,
    /// The review sample, drawn by the caller beside the counts (`synthese run`'s sink).
    pub review: draw::Sample,
    /// Duplicate groups that are campaigns, largest first (after [`Tally::finish`]).
    pub campaigns: Vec<usize>,
    /// Over- and under-represented themes per place, week and source (after [`Tally::finish`]).
    pub specificities: Vec<Specificity>,
}

impl Tally {
    pub fn new(entries: usize) -> Tally {
        Tally { entry_hits: vec![0; entries], entry_answers: vec![0; entries], ..Tally::default() }
    }

    pub fn with_settings(lexicons: &LexiconSet, settings: Settings) -> Tally {
        Tally {
            settings,
            theme_answers: vec![0; lexicons.themes.len()],
            breakdowns: Breakdowns::new(lexicons.files.len(), lexicons.themes.len()),
            ..Tally::new(lexicons.entries.len())
        }
    }

    fn group(&mut self, source: &str, question: &Arc<Question>) -> &mut Group {
        let gid = self.group_id(source, question);
        self.groups.get_mut(&self.group_keys[gid as usize]).expect("the group exists")
    }

    /// The id of the group of `source` and `question`, made if new.
    fn group_id(&mut self, source: &str, question: &Arc<Question>) -> u32 {
        let known = self.group_ids.get(question.id.as_str()).and_then(|v| v.iter().find(|(s, _)| s == source));
        if let Some(&(_, gid)) = known {
            return gid;
        }
        self.group_ids.entry(question.id.clone()).or_default().push((source.to_owned(), self.group_keys.len() as u32));
        let order = (question.id.parse::<u64>().unwrap_or(u64::MAX), question.id.clone());
        let key = GroupKey { source: source.to_owned(), order };
        let next = self.group_keys.len() as u32;
        let keys = &mut self.group_keys;
        let group = self.groups.entry(key.clone()).or_insert_with(|| {
            keys.push(key);
            Group {
                id: next,
                question: question.clone(),
                texts: 0,
                classified: 0,
                themes: BTreeMap::new(),
                theme_texts: Vec::new(),
                respondents: 0,
                theme_respondents: BTreeMap::new(),
                classified_respondents: 0,
                quotes: BTreeMap::new(),
                kwic: BTreeMap::new(),
                choices: BTreeMap::new(),
                scoped: Vec::new(),
                once: Once::default(),
                weighted: None,
            }
        });
        if self.samples.len() <= group.id as usize {
            self.samples.resize_with(group.id as usize + 1, Samples::default);
        }
        group.id
    }

    /// The group id of question number `local` of `worker`, which is the question `question` of
    /// `source`.
    fn worker_group(&mut self, worker: usize, local: u32, source: &str, question: &Arc<Question>) -> u32 {
        let known = slot(&mut self.worker_groups, worker, local);
        if *known != NOT_YET {
            return *known;
        }
        let gid = self.group_id(source, question);
        *slot(&mut self.worker_groups, worker, local) = gid;
        gid
    }

    /// The theme set of theme set number `local` of `worker`, which holds `themes`.
    fn worker_set(&mut self, worker: usize, local: u32, themes: &[u32]) -> u32 {
        let known = slot(&mut self.worker_sets, worker, local);
        if *known == NOT_YET {
            *known = self.sets.intern(themes);
        }
        *known
    }

    /// Counts one analysed record of the input shown as `input`, in input order, with what a
    /// worker made of it: `facts`, and `classified[i]` and `answers[i]` for the record's i-th
    /// free-text answer.
    #[allow(clippy::too_many_arguments)]
    pub fn add(
        &mut self,
        input: &str,
        source: &str,
        record: &Record,
        classified: &[Classification],
        facts: &RecordFacts,
        answers: &[impl AsRef<AnswerFacts>],
        lexicons: &LexiconSet,
    ) {
        self.respondents.add_contributor(facts.contributor);
        self.breakdowns.note_zip(facts.zip, record.zip.as_deref());
        let mut texts = classified.iter().zip(answers);
        for answer in &record.answers {
            match &answer.value {
                Value::Text(text) => {
                    let (c, f) = texts.next().expect("one classification per free-text answer");
                    let f = f.as_ref();
                    let gid = self.worker_group(facts.worker, f.group, source, &answer.question);
                    let theme_set = self.worker_set(facts.worker, f.theme_set, &c.themes);
                    self.respondents.add_answer(f.pair, gid, theme_set);
                    let ctx = quotes::Context { hashes: f.hashes, record, input, text, c, lexicons };
                    self.samples[gid as usize].offer(&ctx, f.fingerprint.key);
                    self.dups.add(dups::Offered {
                        fingerprint: &f.fingerprint,
                        text,
                        record_id: &record.id,
                        group: gid,
                        theme_set,
                        day: facts.day,
                    });
                }
                Value::Closed(v) => *self.group(source, &answer.question).choices.entry(v.clone()).or_default() += 1,
                Value::Choice(labels) => {
                    let group = self.group(source, &answer.question);
                    for l in labels {
                        *group.choices.entry(l.clone()).or_default() += 1;
                    }
                }
            }
        }
    }

    /// Once every record is in: adds the workers' counts and puts the samples in their groups.
    /// Called once, before [`Tally::finish`].
    pub fn absorb(&mut self, partials: Vec<Partial>) {
        for p in partials {
            for (mine, theirs) in [
                (&mut self.entry_hits, &p.entry_hits),
                (&mut self.entry_answers, &p.entry_answers),
                (&mut self.theme_answers, &p.theme_answers),
            ] {
                if mine.len() < theirs.len() {
                    mine.resize(theirs.len(), 0);
                }
                for (a, b) in mine.iter_mut().zip(theirs) {
                    *a += b;
                }
            }
            self.breakdowns.merge(&p.breakdowns);
            let gids = self.worker_groups.get(p.worker).map_or(&[][..], |g| &g[..]);
            let mut by_id = groups_by_id(&mut self.groups);
            for (local, counts) in p.groups.iter().enumerate() {
                let gid = *gids.get(local).expect("every question a worker counted was delivered");
                let group = &mut *by_id[gid as usize];
                group.texts += counts.texts;
                group.classified += counts.classified;
                for (mine, theirs) in
                    [(&mut group.theme_texts, &counts.theme_texts), (&mut group.scoped, &counts.scoped)]
                {
                    if mine.len() < theirs.len() {
                        mine.resize(theirs.len(), 0);
                    }
                    for (a, b) in mine.iter_mut().zip(theirs) {
                        *a += b;
                    }
                }
            }
        }
        let mut by_id = groups_by_id(&mut self.groups);
        for (group, samples) in by_id.iter_mut().zip(std::mem::take(&mut self.samples)) {
            group.quotes = samples.quotes;
            group.kwic = samples.kwic;
        }
    }

    /// Once every record is in: campaigns, counts with each campaign once, respondents and
    /// weights, quotations without duplicates, specificities. Fails only when the temporary file
    /// of the respondents or of the duplicates cannot be written or read back. Called once, after
    /// the last [`Tally::add`].
    pub fn finish(&mut self, lexicons: &LexiconSet) -> std::io::Result<()> {
        for group in self.groups.values_mut() {
            for (t, &n) in group.theme_texts.iter().enumerate().filter(|(_, &n)| n > 0) {
                *group.themes.entry(t as u32).or_default() += n;
            }
            group.theme_texts = Vec::new();
            group.once = Once { texts: group.texts, classified: group.classified, themes: group.themes.clone() };
        }
        // The duplicates' first occurrences and the respondents are read back from their
        // temporary files side by side (in the current rayon pool): neither touches what the
        // other counts, and the end of a run is otherwise on one thread.
        let weigh = self.settings.weight_by_author;
        let Tally { dups, respondents, groups, sets, .. } = self;
        let (dups_done, respondents_done) = rayon::join(|| dups.finish(), || respondents.count(groups, sets, weigh));
        dups_done?;
        respondents_done?;
        let size = self.settings.campaign_size;
        // Largest first, then earliest (undated first), then by sample text (and by group, should
        // two samples be the same). Hundreds of thousands at national scale: the sort compares
        // small keys read once, with the sample's first bytes, and reads a sample only on a tie.
        let groups = &self.dups.groups;
        let mut campaigns: Vec<(std::cmp::Reverse<u64>, i64, u64, u32)> = groups
            .iter()
            .enumerate()
            .filter(|(_, d)| d.size >= size)
            .map(|(c, d)| {
                let mut prefix = [0u8; 8];
                let n = d.sample.len().min(8);
                prefix[..n].copy_from_slice(&d.sample.as_bytes()[..n]);
                (std::cmp::Reverse(d.size), d.first_day().unwrap_or(i64::MIN), u64::from_be_bytes(prefix), c as u32)
            })
            .collect();
        campaigns.sort_unstable_by(|a, b| {
            let sample = |c: u32| &groups[c as usize].sample;
            (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2)).then_with(|| sample(a.3).cmp(sample(b.3))).then(a.3.cmp(&b.3))
        });
        self.campaigns = campaigns.into_iter().map(|(.., c)| c as usize).collect();
        // Each campaign counts once per question: its members, sorted by question, are summed
        // question by question (hundreds of thousands of campaigns at national scale: no map per
        // campaign, groups found by id rather than by key, campaigns in memory order: the sums do
        // not depend on the order).
        let mut by_id = groups_by_id(&mut self.groups);
        let mut themes: Vec<(u32, u64)> = Vec::new();
        for campaign in self.dups.groups.iter().filter(|d| d.size >= size) {
            for same_question in campaign.members().chunk_by(|a, b| a.0 == b.0) {
                let once = &mut by_id[same_question[0].0 as usize].once;
                once.texts -= same_question.iter().map(|&(_, _, n)| n).sum::<u64>() - 1;
                themes.clear();
                let mut classified = 0;
                for &(_, set, n) in same_question {
                    let set = self.sets.get(set);
                    if !set.is_empty() {
                        classified += n;
                    }
                    themes.extend(set.iter().map(|&t| (t, n)));
                }
                if classified > 0 {
                    once.classified -= classified - 1;
                }
                themes.sort_unstable();
                for same_theme in themes.chunk_by(|a, b| a.0 == b.0) {
                    let n: u64 = same_theme.iter().map(|&(_, n)| n).sum();
                    *once.themes.get_mut(&same_theme[0].0).expect("counted") -= n - 1;
                }
            }
        }
        let dups = &self.dups;
        for group in self.groups.values_mut() {
            for quotes in group.quotes.values_mut() {
                quotes.retain(|q| !dups.is_repeated(q.text_key) && dups.group_of_text(q.text_key).is_none());
                quotes.truncate(QUOTES_PER_THEME);
            }
        }
        self.specificities = self.breakdowns.specificities(lexicons);
        Ok(())
    }

    pub fn totals(&self) -> (u64, u64, u64, u64) {
        self.inputs
            .iter()
            .fold((0, 0, 0, 0), |(r, a, s, j), i| (r + i.read(), a + i.analysed, s + i.skipped_total(), j + i.rejected))
    }

    /// Free-text answers, every question together: (answers, with each campaign once).
    pub fn answers(&self) -> (u64, u64) {
        self.groups.values().fold((0, 0), |(a, o), g| (a + g.texts, o + g.once.texts))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use super::*;
    use crate::classify::{Matcher, Scope};
    use crate::pipeline::{self, Answered, Event, Work};

    /// The counting part of `synthese run`, without the rows of its tables.
    struct Counting<'a>(&'a LexiconSet);

    impl Work for Counting<'_> {
        type State = Partial;
        type Record = RecordFacts;
        type Answer = AnswerFacts;
        fn state(&self, worker: usize) -> Partial {
            Partial::new(worker, self.0, Settings::default().review_seed)
        }
        fn record(&self, partial: &mut Partial, source: &str, record: &Record) -> RecordFacts {
            partial.record(source, record)
        }
        fn answer(&self, partial: &mut Partial, record: &mut RecordFacts, answered: &Answered) -> AnswerFacts {
            partial.answer(record, answered)
        }
    }

    /// Everything a run counts of `files`, with `threads` workers, as text.
    fn counted(files: &[std::path::PathBuf], matcher: &Matcher, threads: usize) -> String {
        let lexicons = &matcher.lexicons;
        let mut tally = Tally::with_settings(lexicons, Settings::default());
        let pool = pipeline::thread_pool(threads).unwrap();
        let progress = Default::default();
        let mut source = String::new();
        let options = Default::default();
        let partials = pipeline::stream_with(
            files,
            &options,
            matcher,
            &pool,
            &progress,
            &Counting(lexicons),
            |event, facts, answers| {
                match event {
                    Event::Input(opened) => source = opened.source.clone(),
                    Event::Record(record, classified) => {
                        tally.add("input", &source, record, classified, facts.unwrap(), answers, lexicons)
                    }
                    _ => {}
                }
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(partials.len(), threads);
        tally.absorb(partials);
        pool.install(|| tally.finish(lexicons)).unwrap();
        let sets: Vec<&[u32]> = (0..tally.sets.ends.len() as u32).map(|s| tally.sets.get(s)).collect();
        format!(
            "{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}",
            tally.groups,
            tally.group_keys,
            sets,
            tally.entry_hits,
            tally.entry_answers,
            tally.theme_answers,
            tally.breakdowns,
            tally.dups.groups,
            tally.campaigns,
        )
    }

    #[test]
    fn counts_split_between_workers_are_the_counts_of_one() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let stemmer = crate::text::Stemmer::french();
        let matcher = Matcher::new(LexiconSet::load(&root.join("lexicons"), &stemmer).unwrap(), stemmer);
        // Enough batches for every worker to count some, and the same texts again and again
        // (duplicate groups, campaigns), with the closed answers that number questions too.
        let real = std::fs::read_to_string(root.join("corpus/official-layout/LA_TRANSITION_ECOLOGIQUE.csv")).unwrap();
        let (header, records) = real.split_once('\n').unwrap();
        let mut export = tempfile::Builder::new().suffix(".csv").tempfile().unwrap();
        use std::io::Write;
        writeln!(export, "{header}").unwrap();
        for _ in 0..25 {
            export.write_all(records.as_bytes()).unwrap();
        }
        let files = [export.path().to_path_buf(), root.join("corpus/politizr-layout/politizr-subjects.csv")];
        let one = counted(&files, &matcher, 1);
        assert!(one.contains("quotes: {") && one.len() > 100_000, "{}", &one[..one.len().min(300)]);
        assert_eq!(one, counted(&files, &matcher, 3));
    }

    #[test]
    fn every_theme_set_of_a_shipped_export_is_stored_once_and_read_back_whole() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let stemmer = crate::text::Stemmer::french();
        let lexicons = LexiconSet::load(&root.join("lexicons"), &stemmer).unwrap();
        let matcher = Matcher::new(lexicons, stemmer);
        let export = root.join("corpus/official-layout/LA_TRANSITION_ECOLOGIQUE.csv");
        let mut found = BTreeSet::new();
        for record in csv::Reader::from_path(export).unwrap().records() {
            for text in record.unwrap().iter() {
                found.insert(matcher.classify(text, Scope::default()).themes);
            }
        }
        assert!(found.len() > 100 && found.contains(&Vec::new()), "{} sets", found.len());
        // In reverse order, so that the empty set comes last; twice, the second time to find them.
        let mut sets = ThemeSets::default();
        let ids: Vec<u32> = found.iter().rev().map(|themes| sets.intern(themes)).collect();
        let again: Vec<u32> = found.iter().rev().map(|themes| sets.intern(themes)).collect();
        assert_eq!(ids, again);
        assert_eq!(ids, (0..found.len() as u32).collect::<Vec<_>>());
        for (themes, id) in found.iter().rev().zip(ids) {
            assert_eq!(sets.get(id), &themes[..]);
        }
    }
}
