//! `synthese run`: the whole pipeline on a set of exports: ingest → analyse and classify (in
//! parallel, by batches) → aggregate (in input order) → reports.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::Arc;

use rayon::prelude::*;

use super::Failure;
use synthese::aggregate::{InputTally, Tally};
use synthese::classify::{Classification, Matcher, Scope};
use synthese::ingest::{self, Item, Mapping, Value};
use synthese::report::{self, tables, Pending, RunSummary};

/// Synthesise exports: classify every answer with the lexicons and write the reports.
///
/// Reads granddebat.fr exports (CSV, JSON), Politizr exports (CSV, ODS) and, with --map or
/// --profile, any other CSV, JSON array, JSON Lines or spreadsheet export. Formats are recognised
/// from the content. Writes synthese.md, themes.csv, assignments.csv, rejects.csv and run.json.
///
/// Examples:
///   synthese run                                   # the shipped corpus/ with lexicons/ into reports/
///   synthese run export.csv --out out/
///   synthese run answers.csv --map 'id=customer_id,text=answer,question=question_name'
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct RunArgs {
    /// Files or folders to read; a folder is read whole, every data file inside in name order
    /// (.csv .tsv .json .jsonl .ndjson .ods .xlsx). Default: corpus/
    pub inputs: Vec<PathBuf>,
    /// A .lex file or a folder of them (see lexicons/README.md).
    #[arg(long, default_value = "lexicons", value_name = "DIR")]
    pub lexicons: PathBuf,
    /// Folder for the reports (created if missing; the report files in it are replaced).
    #[arg(long, default_value = "reports", value_name = "DIR")]
    pub out: PathBuf,
    /// Threads (default: one per core). With 1, one thread reads, analyses and counts in turn;
    /// with more, reading, analysis (on N threads) and counting run at the same time. The
    /// reports are identical whatever the number.
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Column mapping for other exports: `key=column` pairs separated by commas; keys are
    /// id, text (several with +), question, topic, author, date, zip, name.
    #[arg(long, value_name = "SPEC", conflicts_with = "profile")]
    pub map: Option<String>,
    /// A file holding a column mapping, one `key = column` per line (or `politizr`).
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    /// No progress bar and no closing summary on stderr.
    #[arg(long, short)]
    pub quiet: bool,
}

const DATA_EXTENSIONS: [&str; 7] = ["csv", "tsv", "json", "jsonl", "ndjson", "ods", "xlsx"];
/// Records per batch handed from the reading thread to the analysis.
const BATCH: usize = 1024;
/// Records per task of the analysis pool: large enough that a task outweighs its scheduling.
const CHUNK: usize = 64;

pub fn run(args: RunArgs) -> Result<(), Failure> {
    let matcher = super::load_lexicons(&args.lexicons)?;
    let options = ingest::Options {
        mapping: mapping(&args)?,
    };
    let inputs = if args.inputs.is_empty() {
        vec![PathBuf::from("corpus")]
    } else {
        args.inputs.clone()
    };
    let (files, mut notes) = expand(&inputs)?;
    let threads = args.threads.unwrap_or(0);
    let workers = match threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| format!("cannot start {threads} threads: {e}"))?;
    std::fs::create_dir_all(&args.out).map_err(|e| {
        format!(
            "{}: cannot create the report folder: {e}",
            synthese::paths::display(&args.out)
        )
    })?;

    let total_bytes: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let progress = Arc::new(AtomicU64::new(0));
    let bar = progress_bar(total_bytes, args.quiet);
    let mut tally = Tally::new(matcher.lexicons.entries.len());
    let mut assignments = Pending::create(&args.out, "assignments.csv")?;
    let mut rejects = Pending::create(&args.out, "rejects.csv")?;
    let mut rejects_csv = tables::csv_writer(&mut rejects.writer);
    let write_failed = |e: csv::Error| {
        format!(
            "{}: cannot write the reports: {e}",
            synthese::paths::display(&args.out)
        )
    };
    let io_failed = |e: std::io::Error| write_failed(e.into());
    // assignments.csv is written as bytes: its rows are serialised by the analysis threads.
    let mut header = tables::csv_writer(Vec::new());
    header
        .write_record(tables::ASSIGNMENTS_HEADER)
        .map_err(write_failed)?;
    assignments
        .writer
        .write_all(&header.into_inner().map_err(|e| io_failed(e.into_error()))?)
        .map_err(io_failed)?;
    rejects_csv
        .write_record(tables::REJECTS_HEADER)
        .map_err(write_failed)?;
    let mut records_seen = 0u64;

    for file in &files {
        let opened = ingest::open(file, &options, progress.clone())?;
        let mut input = InputTally {
            shown: opened.shown.clone(),
            format: opened.format.clone(),
            source: opened.source.clone(),
            notes: opened.notes.clone(),
            ..Default::default()
        };
        bar.set_message(input.shown.clone());
        let stats = opened.stats.clone();
        let labels = Labels {
            source: &input.source,
            shown: &input.shown,
        };
        let mut aggregate = |batch: Analysed| -> Result<(), Failure> {
            let mut items = batch.items.iter();
            for chunk in &batch.chunks {
                let mut from = 0;
                for (classified, &to) in chunk.classified.iter().zip(&chunk.row_ends) {
                    let item = items.next().expect("one outcome per item");
                    records_seen += 1;
                    match item {
                        Item::Record(record) => {
                            input.analysed += 1;
                            tally.add_record(&input.source, record, classified, &matcher.lexicons);
                            assignments
                                .writer
                                .write_all(&chunk.rows[from..to])
                                .map_err(io_failed)?;
                        }
                        Item::Skipped { line, id, reason } => {
                            *input.skipped.entry(reason.to_string()).or_default() += 1;
                            rejects_csv
                                .write_record([
                                    "skipped",
                                    &input.shown,
                                    &line.to_string(),
                                    &tables::safe_cell(id),
                                    reason,
                                ])
                                .map_err(write_failed)?;
                        }
                        Item::Rejected { line, reason } => {
                            input.rejected += 1;
                            rejects_csv
                                .write_record([
                                    "rejected",
                                    &input.shown,
                                    &line.to_string(),
                                    "",
                                    &tables::safe_cell(reason),
                                ])
                                .map_err(write_failed)?;
                        }
                        Item::Fatal(message) => {
                            bar.finish_and_clear();
                            return Err(format!("{message}\nNo report was written: the files in {} are those of the previous run.", synthese::paths::display(&args.out)));
                        }
                    }
                    from = to;
                }
            }
            bar.set_position(progress.load(Ordering::Relaxed));
            Ok(())
        };
        if workers == 1 {
            // One thread does everything, in order: read a batch, analyse it, count it.
            let mut items = opened.items;
            loop {
                let batch: Vec<Item> = items.by_ref().take(BATCH).collect();
                if batch.is_empty() {
                    break;
                }
                let chunk = analyse(&matcher, labels, &batch);
                aggregate(Analysed {
                    items: batch,
                    chunks: vec![chunk],
                })?;
            }
        } else {
            // A pipeline: the reading thread parses batches of records; the analysis thread has
            // the pool classify them and serialise their rows, chunk by chunk; this thread
            // counts them in input order while the next batches are read and analysed.
            let (to_analyse, batches) = sync_channel::<Vec<Item>>(4);
            let (to_count, analysed) = sync_channel::<Analysed>(4);
            let items = opened.items;
            let reader = std::thread::spawn(move || {
                let mut batch = Vec::with_capacity(BATCH);
                for item in items {
                    batch.push(item);
                    if batch.len() == BATCH
                        && to_analyse
                            .send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)))
                            .is_err()
                    {
                        return;
                    }
                }
                let _ = to_analyse.send(batch);
            });
            std::thread::scope(|scope| -> Result<(), Failure> {
                let (matcher, pool) = (&matcher, &pool);
                scope.spawn(move || {
                    for batch in batches {
                        let chunks = pool.install(|| {
                            batch
                                .par_chunks(CHUNK)
                                .map(|chunk| analyse(matcher, labels, chunk))
                                .collect()
                        });
                        if to_count
                            .send(Analysed {
                                items: batch,
                                chunks,
                            })
                            .is_err()
                        {
                            return;
                        }
                    }
                });
                let mut outcome = Ok(());
                for batch in analysed {
                    outcome = aggregate(batch);
                    if outcome.is_err() {
                        break; // dropping `analysed` stops the analysis thread, then the reader
                    }
                }
                outcome
            })?;
            reader.join().map_err(|_| {
                format!(
                    "{}: the reading thread failed (a bug: please report it)",
                    input.shown
                )
            })?;
        }
        input.sha256 = stats.sha256();
        input.bytes = stats.bytes.load(Ordering::Relaxed);
        tally.inputs.push(input);
    }
    bar.finish_and_clear();

    let (read, analysed, skipped, rejected) = tally.totals();
    if read != records_seen || read != analysed + skipped + rejected {
        return Err(format!("internal error: {records_seen} records seen but read {read} = {analysed} + {skipped} + {rejected} (please report this bug)"));
    }
    notes.sort();
    tally.notes = notes;
    drop(rejects_csv);
    let summary = RunSummary {
        tally: &tally,
        matcher: &matcher,
        command: command_line(&args),
    };
    let mut pending = report::write_summaries(&args.out, &summary)?;
    pending.push(assignments);
    pending.push(rejects);
    for p in pending {
        p.commit()?;
    }
    if !args.quiet {
        eprintln!(
            "synthese: {read} records read from {} input{}: {analysed} analysed, {skipped} skipped, {rejected} rejected; reports in {}",
            tally.inputs.len(),
            if tally.inputs.len() == 1 { "" } else { "s" },
            synthese::paths::display(&args.out)
        );
    }
    Ok(())
}

/// The input's names, as written in assignments.csv.
#[derive(Clone, Copy)]
struct Labels<'a> {
    source: &'a str,
    shown: &'a str,
}

/// A batch of items and what the analysis made of them, chunk by chunk.
struct Analysed {
    items: Vec<Item>,
    chunks: Vec<Chunk>,
}

/// The analysis of consecutive items: per item its classifications (one per free-text answer
/// of a record) and its rows of assignments.csv, serialised into `rows` (item `i` ends at
/// `row_ends[i]`).
struct Chunk {
    classified: Vec<Vec<Classification>>,
    rows: Vec<u8>,
    row_ends: Vec<usize>,
}

/// Classifies the answers of `items` and serialises their assignment rows exactly as one CSV
/// writer over the whole file would (rows never depend on each other).
fn analyse(matcher: &Matcher, labels: Labels, items: &[Item]) -> Chunk {
    let mut rows = tables::csv_writer(Vec::with_capacity(items.len() * 160));
    let mut classified = Vec::with_capacity(items.len());
    let mut row_ends = Vec::with_capacity(items.len());
    for item in items {
        let outcome = classify_item(matcher, item);
        if let Item::Record(record) = item {
            let texts = record.answers.iter().filter_map(|a| match &a.value {
                Value::Text(t) => Some((a, t)),
                _ => None,
            });
            for ((answer, text), c) in texts.zip(&outcome) {
                let row = tables::assignment_row(
                    matcher,
                    labels.source,
                    labels.shown,
                    record,
                    &answer.question.id,
                    text,
                    c,
                );
                rows.write_record(&row)
                    .expect("writing to memory cannot fail");
            }
        }
        rows.flush().expect("writing to memory cannot fail");
        row_ends.push(rows.get_ref().len());
        classified.push(outcome);
    }
    Chunk {
        classified,
        rows: rows.into_inner().expect("writing to memory cannot fail"),
        row_ends,
    }
}

/// One classification per free-text answer of a record; nothing for other items.
fn classify_item(matcher: &Matcher, item: &Item) -> Vec<Classification> {
    let Item::Record(record) = item else {
        return Vec::new();
    };
    record
        .answers
        .iter()
        .filter_map(|a| match &a.value {
            Value::Text(text) => Some(matcher.classify(
                text,
                Scope {
                    topic: record.topic.as_deref(),
                    question: Some(&a.question.id),
                },
            )),
            _ => None,
        })
        .collect()
}

fn mapping(args: &RunArgs) -> Result<Option<Mapping>, Failure> {
    if let Some(spec) = &args.map {
        return Mapping::parse(spec, "mapped")
            .map(Some)
            .map_err(|e| format!("--map: {e}"));
    }
    if let Some(path) = &args.profile {
        let shown = synthese::paths::display(path);
        if path.as_os_str() == "politizr" {
            return Ok(Some(Mapping::politizr()));
        }
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("{shown}: cannot read the profile: {e}"))?;
        let name = path
            .file_stem()
            .map_or("mapped".into(), |s| s.to_string_lossy().into_owned());
        return Mapping::parse(&text, &name)
            .map(Some)
            .map_err(|e| format!("{shown}: {e}"));
    }
    Ok(None)
}

/// The files to read, in order, and notes on what was left aside in folders.
fn expand(inputs: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<String>), Failure> {
    let mut files = Vec::new();
    let mut notes = Vec::new();
    for input in inputs {
        let shown = synthese::paths::display(input);
        let meta = std::fs::metadata(input).map_err(|e| format!("{shown}: {e}"))?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(input, &mut found).map_err(|e| format!("{shown}: cannot list the folder: {e}"))?;
            found.sort();
            for f in found {
                let data = f
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| DATA_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
                if data {
                    files.push(f);
                } else {
                    notes.push(format!(
                        "not a data file, not read: {}",
                        synthese::paths::display(&f)
                    ));
                }
            }
        } else {
            files.push(input.clone());
        }
    }
    if files.is_empty() {
        return Err(format!(
            "no data file to read in {} (data files end in .{})",
            inputs
                .iter()
                .map(|p| synthese::paths::display(p))
                .collect::<Vec<_>>()
                .join(", "),
            DATA_EXTENSIONS.join(", .")
        ));
    }
    Ok((files, notes))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().starts_with('.'))
            .unwrap_or(false);
        if name {
            continue;
        }
        if path.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn progress_bar(total: u64, quiet: bool) -> indicatif::ProgressBar {
    if quiet {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(total),
        indicatif::ProgressDrawTarget::stderr(),
    );
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {elapsed_precise} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} {wide_msg}")
            .expect("a valid template")
            .progress_chars("=> "),
    );
    bar
}

/// The command that reproduces this run, as relative paths.
fn command_line(args: &RunArgs) -> String {
    let mut parts = vec!["synthese run".to_string()];
    let inputs: Vec<String> = if args.inputs.is_empty() {
        vec!["corpus".into()]
    } else {
        args.inputs
            .iter()
            .map(|p| synthese::paths::display(p))
            .collect()
    };
    parts.extend(inputs);
    parts.push(format!(
        "--lexicons {}",
        synthese::paths::display(&args.lexicons)
    ));
    if let Some(m) = &args.map {
        parts.push(format!("--map '{m}'"));
    }
    if let Some(p) = &args.profile {
        parts.push(format!("--profile {}", synthese::paths::display(p)));
    }
    parts.join(" ")
}
