//! The streaming pipeline shared by every command that reads a corpus: inputs are read one at a
//! time by a reading thread, in batches; the worker threads (rayon) analyse and classify batches
//! side by side, each batch by one worker, while the caller gets the results, in input order, on
//! its own thread.
//! Memory holds a few batches, whatever the size of the corpus, and what the caller sees never
//! depends on the number of threads.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::Arc;

use crate::classify::{Classification, Classifier, InScope, Matcher, Scope};
use crate::ingest::{self, Item, Options, Record, Value};

/// Records per batch handed to a worker thread (about 2,500 answers). Each worker holds its own
/// batch, so batches of 512 raised the peak memory of a national run by some 15 MB.
const BATCH: usize = 256;
/// Batches read but not yet handed to the caller, per worker thread, on top of two: what bounds
/// the memory of a run.
const IN_FLIGHT_PER_THREAD: usize = 1;

/// The file extensions read when a folder is given.
pub const DATA_EXTENSIONS: [&str; 7] = ["csv", "tsv", "json", "jsonl", "ndjson", "ods", "xlsx"];

/// What the caller sees, in input order.
pub enum Event<'a> {
    /// A file is about to be read.
    Input(&'a ingest::OpenedInput),
    /// An analysed record, with one classification per free-text answer (in answer order).
    Record(&'a Record, &'a [Classification]),
    Skipped {
        line: u64,
        id: &'a str,
        reason: &'static str,
    },
    Rejected {
        line: u64,
        reason: &'a str,
    },
    /// The file was read to its end: its sha256 and size.
    InputDone {
        sha256: String,
        bytes: u64,
    },
}

pub use crate::Failure;

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Called from the Ctrl-C handler: the pipeline stops after the batch in hand.
pub fn interrupt() {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// First Ctrl-C (or SIGTERM, or SIGHUP: the `termination` feature of `ctrlc`): stop after the
/// batch in hand, write nothing. Second: stop at once. Called by
/// [`stream_with`]; a command that creates files before streaming calls it first, so that a Ctrl-C
/// in between is caught too.
pub fn catch_ctrl_c() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            if interrupted() {
                std::process::exit(130);
            }
            interrupt();
            eprintln!("\nsynthese: stopping (Ctrl-C again to stop at once)…");
        });
    });
}

pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Reads `files` in order and calls `sink` with every event. Stops at the first error, from an
/// input (unreadable file, unknown format, I/O error) or from `sink`.
pub fn stream(
    files: &[PathBuf],
    options: &Options,
    matcher: &Matcher,
    pool: &rayon::ThreadPool,
    progress: &Arc<AtomicU64>,
    mut sink: impl FnMut(Event) -> Result<(), Failure>,
) -> Result<(), Failure> {
    stream_with(files, options, matcher, pool, progress, &NoWork, |event, _, _| sink(event)).map(drop)
}

/// One free-text answer as the parallel part sees it, for per-answer work done beside
/// classification (hashing, fingerprints, counts): it must depend on nothing but these.
pub struct Answered<'a> {
    pub source: &'a str,
    /// The input as shown to people.
    pub input: &'a str,
    pub record: &'a Record,
    pub question: &'a str,
    pub text: &'a str,
    pub classification: &'a Classification,
    /// Which lexicon files and themes applied to it.
    pub in_scope: &'a Arc<InScope>,
    /// [`crate::text::word_hash`] of each word of the text, in order.
    pub word_hashes: &'a [u64],
}

/// Work done in the worker threads beside classification: on each analysed record, then on each
/// of its free-text answers. What it hands back reaches the sink with the record, in input order;
/// what it keeps in a worker's [`Work::State`] must not depend on which worker saw which record
/// (counts whose sums are the same whatever the split), since batches go to whichever worker is
/// free.
pub trait Work: Sync {
    /// A worker's own state for the whole run, handed back by [`stream_with`] once every input
    /// is read.
    type State: Send;
    /// What is made of an analysed record, before its answers.
    type Record: Send;
    /// What is made of a free-text answer, after its classification.
    type Answer: Send;
    /// The state of worker number `worker` (0, 1, 2…).
    fn state(&self, worker: usize) -> Self::State;
    fn record(&self, state: &mut Self::State, source: &str, record: &Record) -> Self::Record;
    fn answer(&self, state: &mut Self::State, record: &mut Self::Record, answered: &Answered) -> Self::Answer;
}

/// No work beside classification.
pub struct NoWork;

impl Work for NoWork {
    type State = ();
    type Record = ();
    type Answer = ();
    fn state(&self, _: usize) {}
    fn record(&self, _: &mut (), _: &str, _: &Record) {}
    fn answer(&self, _: &mut (), _: &mut (), _: &Answered) {}
}

/// [`stream`], with `work` done in the worker threads on every analysed record and free-text
/// answer (after its classification); what it makes of a record and of its answers reaches `sink`
/// with the record's event (`None` and empty for other events). Returns the workers' states.
///
/// With one thread in `pool`, everything happens on the calling thread, one batch after the
/// other. With more, three stages overlap: a thread reads batches ahead, each worker of the pool
/// analyses a batch of its own, and the calling thread hands the analysed ones to `sink` (in input
/// order: what `sink` sees never depends on the thread count). `sink` must not use `pool`: its
/// threads are busy until the input ends.
pub fn stream_with<W: Work>(
    files: &[PathBuf],
    options: &Options,
    matcher: &Matcher,
    pool: &rayon::ThreadPool,
    progress: &Arc<AtomicU64>,
    work: &W,
    mut sink: impl FnMut(Event, Option<&W::Record>, &[W::Answer]) -> Result<(), Failure>,
) -> Result<Vec<W::State>, Failure> {
    catch_ctrl_c();
    let parallel = pool.current_num_threads() > 1;
    // Each worker has a classifier of its own for the whole run (the calling thread's serves the
    // one-thread run).
    let workers: Vec<std::sync::Mutex<Worker<W::State>>> = (0..pool.current_num_threads().max(1))
        .map(|n| {
            std::sync::Mutex::new(Worker {
                classifier: matcher.classifier(),
                word_hashes: Vec::new(),
                state: work.state(n),
            })
        })
        .collect();
    for file in files {
        let opened = ingest::open(file, options, progress.clone())
            .map_err(|message| Failure::Input { file: crate::paths::display(file), message })?;
        sink(Event::Input(&opened), None, &[])?;
        let source = opened.source.clone();
        let analyser = Analyser { source: &source, input: &opened.shown, matcher, work };
        let mut deliver = |batch: &[Item], outcomes: &[Outcome<W>]| -> Result<(), Failure> {
            if interrupted() {
                return Err(Failure::Interrupted(String::new()));
            }
            for (item, (classified, record_work, answers_work)) in batch.iter().zip(outcomes) {
                match item {
                    Item::Record(record) => {
                        sink(Event::Record(record, classified), record_work.as_ref(), answers_work)?
                    }
                    Item::Skipped { line, id, reason } => sink(Event::Skipped { line: *line, id, reason }, None, &[])?,
                    Item::Rejected { line, reason } => sink(Event::Rejected { line: *line, reason }, None, &[])?,
                    Item::Fatal(message) => {
                        return Err(Failure::Input { file: opened.shown.clone(), message: message.clone() })
                    }
                }
            }
            Ok(())
        };
        let items = opened.items;
        if parallel {
            analyse_in_parallel(items, &analyser, &workers, pool, &opened.shown, &mut deliver)?;
        } else {
            let mut worker = workers[0].lock().unwrap_or_else(|e| e.into_inner());
            for batch in batches(items) {
                let outcomes: Vec<Outcome<W>> = batch.iter().map(|item| analyser.analyse(item, &mut worker)).collect();
                deliver(&batch, &outcomes)?;
            }
        }
        sink(
            Event::InputDone { sha256: opened.stats.sha256(), bytes: opened.stats.bytes.load(Ordering::Relaxed) },
            None,
            &[],
        )?;
    }
    Ok(workers.into_iter().map(|w| w.into_inner().unwrap_or_else(|e| e.into_inner()).state).collect())
}

/// The classifications of a record's free-text answers, and what `work` made of the record and
/// of each answer.
type Outcome<W> = (Vec<Classification>, Option<<W as Work>::Record>, Vec<<W as Work>::Answer>);

/// A batch and its outcomes (`None`: its analysis panicked, a bug), numbered in input order.
type Analysed<W> = (u64, Vec<Item>, Option<Vec<Outcome<W>>>);

/// The parallel run of one input: a thread reads numbered batches; each worker of `pool` takes
/// the next batch and analyses it whole, alone; the calling thread puts the analysed batches back
/// in input order and hands them to `deliver`.
///
/// Each batch goes to one worker, rather than its records being shared among all: on two cores
/// the calling thread pre-empts a worker now and then, and a batch shared by all would wait at its
/// end for the pre-empted worker's last record, leaving the other core idle. At most
/// `IN_FLIGHT_PER_THREAD × workers + 2` batches are in memory at once: the reader waits for a
/// token before each batch, and the calling thread gives one back with each batch it delivers.
fn analyse_in_parallel<W: Work>(
    items: impl Iterator<Item = Item> + Send,
    analyser: &Analyser<'_, W>,
    worker_states: &[std::sync::Mutex<Worker<W::State>>],
    pool: &rayon::ThreadPool,
    shown: &str,
    deliver: &mut impl FnMut(&[Item], &[Outcome<W>]) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let workers = pool.current_num_threads();
    let in_flight = IN_FLIGHT_PER_THREAD * workers + 2;
    let (token_tx, token_rx) = sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        token_tx.send(()).expect("the channel has room for every token");
    }
    let (read_tx, read_rx) = sync_channel::<(u64, Vec<Item>)>(in_flight);
    let (done_tx, done_rx) = sync_channel::<Analysed<W>>(in_flight);
    let read_rx = std::sync::Mutex::new(read_rx);
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            let mut batches = batches(items);
            for number in 0u64.. {
                // A token before each batch is read; none: the caller stopped.
                if token_rx.recv().is_err() {
                    return;
                }
                let Some(batch) = batches.next() else { return };
                if read_tx.send((number, batch)).is_err() {
                    return;
                }
            }
        });
        let read_rx = &read_rx;
        let analysts = scope.spawn(move || {
            pool.scope(|workers_scope| {
                for state in worker_states.iter().take(workers) {
                    let done_tx = done_tx.clone();
                    workers_scope.spawn(move |_| {
                        let mut worker = state.lock().unwrap_or_else(|e| e.into_inner());
                        loop {
                            let next = read_rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                            let Ok((number, batch)) = next else { return };
                            // A panic (a bug) must reach the calling thread as an error: a batch that
                            // never came back would leave it waiting for ever.
                            let analyse = || batch.iter().map(|item| analyser.analyse(item, &mut worker)).collect();
                            let outcomes = std::panic::catch_unwind(std::panic::AssertUnwindSafe(analyse)).ok();
                            let failed = outcomes.is_none();
                            if done_tx.send((number, batch, outcomes)).is_err() || failed {
                                return;
                            }
                        }
                    });
                }
            });
        });
        // Owned here, so that any return lets the reader stop, and with it the workers. No send
        // below can block: a batch holds a token from its reading to its delivery, and every
        // channel has room for all the tokens.
        let token_tx = token_tx;
        let mut waiting: std::collections::BTreeMap<u64, Analysed<W>> = Default::default();
        let mut next = 0u64;
        for analysed in done_rx {
            waiting.insert(analysed.0, analysed);
            while let Some((_, batch, outcomes)) = waiting.remove(&next) {
                let Some(outcomes) = outcomes else {
                    return Err(Failure::Other(format!(
                        "{shown}: analysing records failed (a bug: the message above says where; please report it)"
                    )));
                };
                deliver(&batch, &outcomes)?;
                next += 1;
                let _ = token_tx.send(());
            }
        }
        drop(token_tx);
        let (analysed, read) = (analysts.join(), reader.join());
        if analysed.is_err() || read.is_err() || !waiting.is_empty() {
            return Err(format!("{shown}: a reading or analysing thread failed (a bug: please report it)").into());
        }
        Ok(())
    })
}

/// Items in batches of [`BATCH`].
fn batches(items: impl Iterator<Item = Item>) -> impl Iterator<Item = Vec<Item>> {
    let mut items = items.peekable();
    std::iter::from_fn(move || {
        items.peek()?;
        Some(items.by_ref().take(BATCH).collect())
    })
}

/// A worker's own means: its classifier, a buffer for word hashes and its state.
struct Worker<'m, S> {
    classifier: Classifier<'m>,
    word_hashes: Vec<u64>,
    state: S,
}

/// What analysing one record needs: the same on every thread.
struct Analyser<'a, W> {
    source: &'a str,
    input: &'a str,
    matcher: &'a Matcher,
    work: &'a W,
}

impl<W: Work> Analyser<'_, W> {
    fn analyse(&self, item: &Item, worker: &mut Worker<W::State>) -> Outcome<W> {
        let Item::Record(record) = item else { return (Vec::new(), None, Vec::new()) };
        let Worker { classifier, word_hashes, state } = worker;
        debug_assert!(std::ptr::eq(classifier.matcher(), self.matcher));
        let mut record_work = self.work.record(state, self.source, record);
        let (classified, answers_work) = free_texts(record)
            .map(|(question, text)| {
                // An official question id names its debate, whatever the layout.
                let topic = record.topic.as_deref().or_else(|| crate::ingest::questions::debate_of(question));
                let scope = Scope { topic, question: Some(question), source: Some(self.source) };
                let in_scope = classifier.in_scope(scope);
                let classification = classifier.classify_hashing(text, &in_scope, word_hashes);
                let answered = Answered {
                    in_scope: &in_scope,
                    source: self.source,
                    input: self.input,
                    record,
                    question,
                    text,
                    classification: &classification,
                    word_hashes,
                };
                let answer_work = self.work.answer(state, &mut record_work, &answered);
                (classification, answer_work)
            })
            .unzip();
        (classified, Some(record_work), answers_work)
    }
}

/// The free-text answers of a record: (question id, text), in answer order.
pub fn free_texts(record: &Record) -> impl Iterator<Item = (&str, &str)> {
    record.answers.iter().filter_map(|a| match &a.value {
        Value::Text(t) => Some((a.question.id.as_str(), t.as_str())),
        _ => None,
    })
}

/// The files to read, in order, and notes on what was left aside in folders. `-` (standard
/// input) and other non-folders are read as given. Each file is read once, by its real path: a
/// folder reached again through a link (a link to itself, or a second name for a folder already
/// read) is not walked again, and a file reached under two names is read under the first; the
/// notes say what was left out.
pub fn expand_inputs(inputs: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<String>), Failure> {
    let mut files = Vec::new();
    let mut notes = Vec::new();
    let mut seen_dirs: std::collections::HashMap<PathBuf, PathBuf> = std::collections::HashMap::new();
    for input in inputs {
        let shown = crate::paths::display(input);
        if input.as_os_str() == "-" {
            files.push(input.clone());
            continue;
        }
        let meta = std::fs::metadata(input)
            .map_err(|e| Failure::Input { file: shown.clone(), message: format!("{shown}: {e}") })?;
        if meta.is_dir() {
            let mut found = Vec::new();
            let walked = std::fs::canonicalize(input).and_then(|real| {
                if let Some(first) = seen_dirs.get(&real) {
                    notes.push(format!("the same folder as {}, not read again: {shown}", crate::paths::display(first)));
                    Ok(())
                } else {
                    seen_dirs.insert(real, input.clone());
                    walk(input, &mut seen_dirs, &mut found, &mut notes)
                }
            });
            walked.map_err(|e| Failure::Input {
                file: shown.clone(),
                message: format!("{shown}: cannot list the folder: {e}"),
            })?;
            found.sort();
            for f in found {
                let ext = f.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
                if ext.is_some_and(|e| DATA_EXTENSIONS.contains(&e.as_str())) {
                    files.push(f);
                } else {
                    notes.push(format!("not a data file, not read: {}", crate::paths::display(&f)));
                }
            }
        } else {
            files.push(input.clone());
        }
    }
    // The same file under two names (links, or given twice): read under the first.
    let mut real_files: std::collections::HashMap<PathBuf, PathBuf> = Default::default();
    files.retain(|f| {
        let Ok(real) = std::fs::canonicalize(f) else { return true };
        if f.as_os_str() == "-" {
            return true;
        }
        match real_files.get(&real) {
            Some(first) => {
                notes.push(format!(
                    "the same file as {}, read once: {}",
                    crate::paths::display(first),
                    crate::paths::display(f)
                ));
                false
            }
            None => {
                real_files.insert(real, f.clone());
                true
            }
        }
    });
    if files.is_empty() {
        let shown: Vec<String> = inputs.iter().map(|p| crate::paths::display(p)).collect();
        return Err(Failure::Input {
            file: shown.join(", "),
            message: format!(
                "no data file to read in {} (data files end in .{})",
                shown.join(", "),
                DATA_EXTENSIONS.join(", .")
            ),
        });
    }
    Ok((files, notes))
}

/// The files below `dir`, in name order (so that which of two names of a folder is read does not
/// depend on the order the system lists them in); `seen_dirs` holds the real paths of the folders
/// already walked, with the name each was walked under.
fn walk(
    dir: &Path,
    seen_dirs: &mut std::collections::HashMap<PathBuf, PathBuf>,
    out: &mut Vec<PathBuf>,
    notes: &mut Vec<String>,
) -> std::io::Result<()> {
    let mut entries = std::fs::read_dir(dir)?.map(|e| e.map(|e| e.path())).collect::<std::io::Result<Vec<_>>>()?;
    entries.sort();
    for path in entries {
        if path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')) {
            continue;
        }
        if path.is_dir() {
            let real = std::fs::canonicalize(&path)?;
            if let Some(first) = seen_dirs.get(&real) {
                notes.push(format!(
                    "the same folder as {} (a link), not read again: {}",
                    crate::paths::display(first),
                    crate::paths::display(&path)
                ));
            } else {
                seen_dirs.insert(real, path.clone());
                walk(&path, seen_dirs, out, notes)?;
            }
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// The most threads `--threads` accepts: far more than any machine this runs on has cores.
pub const MAX_THREADS: usize = 256;

/// A pool of `threads` workers (0: one per core).
pub fn thread_pool(threads: usize) -> Result<rayon::ThreadPool, Failure> {
    if threads > MAX_THREADS {
        return Err(Failure::Usage(format!(
            "--threads {threads}: at most {MAX_THREADS} (a thread per core is the fastest; the default)"
        )));
    }
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Failure::Other(format!("cannot start {threads} threads: {e}")))
}

/// A progress bar on stderr, drawn only when stderr is a terminal.
pub fn progress_bar(total: u64, quiet: bool) -> indicatif::ProgressBar {
    if quiet {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(Some(total), indicatif::ProgressDrawTarget::stderr());
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} {elapsed_precise} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} {wide_msg}",
        )
        .expect("a valid template")
        .progress_chars("=> "),
    );
    bar
}

/// Total size of the files, for the progress bar.
pub fn total_bytes(files: &[PathBuf]) -> u64 {
    files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{parse_lexicon, LexiconSet};

    /// A real export's records, repeated to make `copies` times as many.
    fn repeated_export(copies: usize) -> tempfile::NamedTempFile {
        let real = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/official-layout/LA_TRANSITION_ECOLOGIQUE.csv"),
        )
        .unwrap();
        let (header, records) = real.split_once('\n').unwrap();
        let mut file = tempfile::Builder::new().suffix(".csv").tempfile().unwrap();
        use std::io::Write;
        writeln!(file, "{header}").unwrap();
        for _ in 0..copies {
            file.write_all(records.as_bytes()).unwrap();
        }
        file
    }

    #[test]
    fn a_panic_while_analysing_is_an_error_not_a_hang() {
        let export = repeated_export(30);
        let stemmer = crate::text::Stemmer::french();
        let mut set = LexiconSet::default();
        parse_lexicon("e.lex", "Énergie:\n    énergie\n".as_bytes(), Path::new("."), &stemmer, &mut set).unwrap();
        let matcher = Matcher::new(set, stemmer);
        let pool = thread_pool(2).unwrap();
        let files = [export.path().to_path_buf()];
        let (tx, rx) = std::sync::mpsc::channel();
        // Not a scoped thread: if the run hangs, the test fails instead of hanging with it.
        std::thread::spawn(move || {
            // A bug in the first batch: every later batch is read and analysed before the calling
            // thread could deliver it, so every token is held.
            struct Buggy;
            impl Work for Buggy {
                type State = ();
                type Record = ();
                type Answer = ();
                fn state(&self, _: usize) {}
                fn record(&self, _: &mut (), _: &str, _: &Record) {}
                fn answer(&self, _: &mut (), _: &mut (), a: &Answered) {
                    assert!(a.record.line > 20, "a bug on line {}", a.record.line)
                }
            }
            let progress = Arc::new(AtomicU64::new(0));
            let result = stream_with(&files, &Options::default(), &matcher, &pool, &progress, &Buggy, |_, _, _| Ok(()));
            tx.send(result.map(drop)).unwrap();
        });
        let result = rx.recv_timeout(std::time::Duration::from_secs(60)).expect("the run ended");
        let message = result.expect_err("a panic is an error").to_string();
        assert!(message.contains("analysing records failed"), "{message}");
    }
}
