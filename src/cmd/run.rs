//! `synthese run`: the whole pipeline on a set of exports: ingest → analyse and classify (in
//! parallel, by batches) → aggregate (in input order) → reports.

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use super::Failure;
use synthese::aggregate::{self, InputTally, Settings, Tally};
use synthese::ingest::Record;
use synthese::pipeline::{self, Event};
use synthese::report::assignments::AssignmentRows;
use synthese::report::output::Output;
use synthese::report::{self, tables, Pending, RunSummary};

/// Synthesise exports: classify every answer with the lexicons and write the reports.
///
/// Reads granddebat.fr exports (CSV, JSON), Politizr exports (CSV, ODS) and, with --map or
/// --profile, any other CSV, JSON array, JSON Lines or spreadsheet export. Formats are recognised
/// from the content. Writes the synthesis (synthese.html with one page per question in pages/,
/// synthese.md, lexicon.md), its figures for machines (run.json, documented by
/// docs/run.schema.json) and lean tables: themes.csv, entries.csv, assignments.csv (the theme and
/// entry ids of every answer), rejects.csv, geography.csv, weeks.csv, specificities.csv,
/// campaigns.csv and review.csv (a sample of answers to read, in the layout of `synthese review`,
/// docs/review-format.md: once filled, give it back with --reviewed); trace.csv with --trace. Respondents and duplicates are counted from temporary files in TMPDIR (16 bytes per
/// answer and per record, 20 per distinct text of 10+ words: about 100 MB for the national scale,
/// 5.7 million answers, up to some 220 MB if they were all distinct), removed when the run ends.
///
/// Examples:
///   synthese run                                   # the shipped corpus/ with lexicons/ into reports/
///   synthese run export.csv --out out/
///   synthese run answers.csv --map 'id=customer_id,text=answer,question=question_name'
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct RunArgs {
    /// Files or folders to read; a folder is read whole, every data file inside in name order
    /// (.csv .tsv .json .jsonl .ndjson .ods .xlsx), each once; `-` is standard input (pipes are
    /// read like files). Default: corpus/
    pub inputs: Vec<PathBuf>,
    /// A .lex file or a folder of them (see lexicons/README.md).
    #[arg(long, default_value = "lexicons", value_name = "DIR")]
    pub lexicons: PathBuf,
    /// Folder for the reports (created if missing; the report files in it are replaced all at
    /// once, when every new one is written; one run at a time).
    #[arg(long, default_value = "reports", value_name = "DIR")]
    pub out: PathBuf,
    /// Threads for analysis (default: one per core). With 1, the whole run happens on one thread;
    /// with more, reading and counting overlap the analysis. The reports are identical whatever
    /// the number.
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    #[command(flatten)]
    pub input: super::InputArgs,
    /// Replace what the output folder holds even when it is not the report of this same command.
    #[arg(long)]
    pub force: bool,
    /// Duplicate groups (identical or near-identical answers of 10 words or more) of at least
    /// this many submissions are listed as copy-paste campaigns.
    #[arg(long, default_value_t = 5, value_name = "N")]
    pub campaign_size: u64,
    /// Weigh each answer 1/N when its author answered the same question N times (La Grande
    /// Annotation's weighting); the reports then show weighted counts beside the raw ones.
    #[arg(long)]
    pub weight_by_author: bool,
    /// Seed of the review sample (review.csv); recorded in the reports and on every row.
    #[arg(long, default_value_t = 2019, value_name = "N")]
    pub review_seed: u64,
    /// Answers drawn per question among all of its answers for review.csv: what corrects the
    /// shares once read (`synthese review --per-question`).
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub review_per_question: usize,
    /// More answers drawn per question and top-level theme among those the rules put in it:
    /// what measures the theme's precision (`synthese review --per-theme`).
    #[arg(long, default_value_t = 2, value_name = "N")]
    pub review_per_theme: usize,
    /// Also write trace.csv: every answer with its input and line, its theme labels, the
    /// entries that matched (file:line: text) and the words they matched. Large (several times
    /// the input); `synthese explain --record ID` gives the same trace for one record.
    #[arg(long)]
    pub trace: bool,
    /// Review files filled by people (drawn by `synthese review`; CSV, XLSX or ODS, see
    /// docs/review-format.md; gold files are read too): every report then gives, beside each
    /// top-level theme's share by the rules, the answers read, the rules' precision and recall
    /// on them, and the review-corrected share with its 95% interval (also in reviewed.csv);
    /// themes whose precision is below 0.7 or whose corrected share differs are flagged. Give
    /// the inputs before this option.
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub reviewed: Vec<PathBuf>,
    /// No progress bar and no closing summary on stderr.
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(args: RunArgs) -> Result<(), Failure> {
    pipeline::catch_ctrl_c();
    let matcher = super::load_lexicons(&args.lexicons)?;
    let options = args.input.options()?;
    let inputs = if args.inputs.is_empty() { vec![PathBuf::from("corpus")] } else { args.inputs.clone() };
    let (files, mut notes) = pipeline::expand_inputs(&inputs)?;
    let pool = pipeline::thread_pool(args.threads.unwrap_or(0))?;
    let out_shown = synthese::paths::display(&args.out);
    let command = command_line(&args);
    // Locked for the run; every report is written into a staging folder and switched at the end.
    let output = Output::open(&args.out, || report::guard_output(&args.out, &command, args.force))?;
    let staged = output.staging().to_owned();

    let progress = Arc::new(AtomicU64::new(0));
    let bar = pipeline::progress_bar(pipeline::total_bytes(&files), args.quiet);
    let settings = Settings {
        campaign_size: args.campaign_size.max(2),
        weight_by_author: args.weight_by_author,
        review_seed: args.review_seed,
        review_per_question: args.review_per_question,
        review_per_theme: args.review_per_theme,
    };
    let mut draw = aggregate::draw::Draw::new(settings.review_design(), &matcher.lexicons);
    let settings_seed = settings.review_seed;
    let mut reviews = if args.reviewed.is_empty() {
        None
    } else {
        Some(synthese::review::Reviews::read(&args.reviewed, &matcher, &Default::default())?)
    };
    // The records read by people: the rules' top-level themes of their answers are kept.
    let wanted: std::collections::HashSet<String> =
        reviews.iter().flat_map(|r| r.wanted().map(|(_, id)| id.clone())).collect();
    let mut rules = synthese::review::RuleThemes::new();
    let mut tally = Tally::with_settings(&matcher.lexicons, settings);
    let mut assignments = Pending::create(&staged, "assignments.csv")?;
    let mut rejects = Pending::create(&staged, "rejects.csv")?;
    let mut trace = if args.trace { Some(Pending::create(&staged, "trace.csv")?) } else { None };
    let write_failed = |e: csv::Error| Failure::Output(format!("{out_shown}: cannot write the reports: {e}"));
    for p in [Some(&mut assignments), Some(&mut rejects), trace.as_mut()].into_iter().flatten() {
        std::io::Write::write_all(&mut p.writer, tables::BOM).map_err(|e| write_failed(e.into()))?;
    }
    // The rows of assignments.csv (and trace.csv) come as CSV bytes from the worker threads.
    tables::csv_writer(&mut assignments.writer).write_record(tables::ASSIGNMENTS_HEADER).map_err(write_failed)?;
    if let Some(t) = trace.as_mut() {
        tables::csv_writer(&mut t.writer).write_record(tables::TRACE_HEADER).map_err(write_failed)?;
    }
    let mut rejects_csv = tables::csv_writer(&mut rejects.writer);
    rejects_csv.write_record(tables::REJECTS_HEADER).map_err(write_failed)?;
    let mut records_seen = 0u64;
    let mut input = InputTally::default();
    let mut input_cell = String::new();
    // The input's name as the review sample keeps it, shared by its drawn answers.
    let mut input_name: Arc<str> = Arc::from("");
    // 64-bit hashes of the record ids seen in the current input (8 bytes a record).
    let mut ids_seen: rustc_hash::FxHashSet<u64> = Default::default();

    let work = Counting {
        lexicons: &matcher.lexicons,
        review_seed: settings_seed,
        rows: AssignmentRows::new(&matcher.lexicons),
        trace: args.trace,
    };
    let streamed =
        pipeline::stream_with(&files, &options, &matcher, &pool, &progress, &work, |event, facts, worked| {
            match event {
                Event::Input(opened) => {
                    input = InputTally {
                        shown: opened.shown.clone(),
                        format: opened.format.clone(),
                        source: opened.source.clone(),
                        encoding: opened.encoding.clone(),
                        notes: opened.notes.clone(),
                        ..Default::default()
                    };
                    ids_seen.clear();
                    // The input's number in run.json's inputs, which starts its rows of assignments.csv.
                    input_cell = format!("{},", tally.inputs.len() + 1);
                    input_name = Arc::from(input.shown.as_str());
                    bar.set_message(input.shown.clone());
                }
                Event::Record(record, classified) => {
                    records_seen += 1;
                    input.analysed += 1;
                    let facts = facts.expect("an analysed record's facts");
                    if !ids_seen.insert(facts.id_hash) {
                        input.duplicate_ids += 1;
                        if input.duplicate_ids == 1 {
                            let first = format!(
                                "record id `{}` at line {} was already used by an earlier record",
                                record.id, record.line
                            );
                            input.notes.push(first);
                        }
                    }
                    tally.add(&input.shown, &input.source, record, classified, &facts.facts, worked, &matcher.lexicons);
                    for ((question, text), c) in pipeline::free_texts(record).zip(classified) {
                        draw.offer(&input_name, record.line, &record.id, question, text, c);
                    }
                    if wanted.contains(record.id.as_str()) {
                        let lex = &matcher.lexicons;
                        for ((question, _), c) in pipeline::free_texts(record).zip(classified) {
                            let top =
                                || synthese::review::themes::rules_top_level(lex, c.themes.iter().map(|&t| t as usize));
                            rules.entry((question.to_owned(), record.id.clone())).or_insert_with(top);
                        }
                    }
                    for w in worked {
                        assignments.writer.write_all(input_cell.as_bytes()).map_err(|e| write_failed(e.into()))?;
                        assignments.writer.write_all(&w.row).map_err(|e| write_failed(e.into()))?;
                        if let (Some(t), Some(row)) = (trace.as_mut(), &w.trace) {
                            t.writer.write_all(row).map_err(|e| write_failed(e.into()))?;
                        }
                    }
                }
                Event::Skipped { line, id, reason } => {
                    records_seen += 1;
                    *input.skipped.entry(reason.to_string()).or_default() += 1;
                    let row = [
                        "skipped",
                        &tables::safe_cell(&input.shown),
                        &line.to_string(),
                        &tables::safe_cell(id),
                        reason,
                    ];
                    rejects_csv.write_record(row).map_err(write_failed)?;
                }
                Event::Rejected { line, reason } => {
                    records_seen += 1;
                    input.rejected += 1;
                    let row = [
                        "rejected",
                        &tables::safe_cell(&input.shown),
                        &line.to_string(),
                        "",
                        &tables::safe_cell(reason),
                    ];
                    rejects_csv.write_record(row).map_err(write_failed)?;
                }
                Event::InputDone { sha256, bytes } => {
                    if input.duplicate_ids > 1 {
                        input.notes.push(format!(
                            "{} records in all reuse an earlier record's id (all are analysed)",
                            input.duplicate_ids
                        ));
                    }
                    input.sha256 = sha256;
                    input.bytes = bytes;
                    tally.inputs.push(std::mem::take(&mut input));
                }
            }
            bar.set_position(progress.load(Ordering::Relaxed));
            Ok(())
        });
    bar.finish_and_clear();
    let partials = streamed.map_err(|failure| failure.with_note(&output.unchanged()))?;
    tally.absorb(partials);
    tally.review = draw.finish();

    let (read, analysed, skipped, rejected) = tally.totals();
    if read != records_seen || read != analysed + skipped + rejected {
        return Err(Failure::Other(format!(
            "internal error: {records_seen} records seen but read {read} = {analysed} + {skipped} + {rejected} (please report this bug)\n{}",
            output.unchanged()
        )));
    }
    notes.sort();
    tally.notes = notes;
    pool.install(|| tally.finish(&matcher.lexicons)).map_err(|e| {
        let dir = std::env::temp_dir();
        Failure::Other(format!("cannot keep the respondents' and duplicates' counts in a temporary file in {}: {e} (set TMPDIR to a writable folder with free space)\n{}", dir.display(), output.unchanged()))
    })?;
    drop(rejects_csv);
    let readings = match reviews.take() {
        Some(mut reviews) => {
            reviews.keep_known(|question, id| rules.contains_key(&(question.to_owned(), id.to_owned())));
            // Its warnings are the reports' too, printed with theirs at the end.
            let sha256 = args.reviewed.iter().map(|p| file_sha256(p)).collect();
            Some(report::reviewed::Readings { reviews, rules: std::mem::take(&mut rules), sha256 })
        }
        None => None,
    };
    let summary = RunSummary { tally: &tally, matcher: &matcher, command, readings: readings.as_ref() };
    let not_written = |message: String| Failure::Output(format!("{message}\n{}", output.unchanged()));
    let (mut pending, warnings) = pool.install(|| report::write_summaries(&staged, &summary)).map_err(not_written)?;
    pending.push(assignments);
    pending.push(rejects);
    pending.extend(trace);
    for p in pending {
        p.commit().map_err(not_written)?;
    }
    if pipeline::interrupted() {
        return Err(Failure::Interrupted(output.unchanged()));
    }
    output.commit()?;
    if analysed == 0 || tally.answers().0 == 0 {
        eprintln!(
            "synthese: warning: no answer was analysed ({read} records read: {skipped} skipped, {rejected} rejected); {out_shown}/rejects.csv says why"
        );
    }
    // What the reports open with is also said here, where a run in a script is watched.
    for w in &warnings {
        eprintln!("synthese: warning: {w}");
    }
    if !args.quiet {
        let n = tally.inputs.len();
        eprintln!(
            "synthese: {read} records read from {n} input{}: {analysed} analysed, {skipped} skipped, {rejected} rejected; reports in {out_shown}",
            if n == 1 { "" } else { "s" }
        );
    }
    Ok(())
}

/// What the worker threads do beside classifying: count what does not depend on the input order
/// and prepare what the calling thread needs (facts on integer ids, the rows of assignments.csv).
struct Counting<'a> {
    lexicons: &'a synthese::lexicon::LexiconSet,
    review_seed: u64,
    rows: AssignmentRows,
    trace: bool,
}

/// What the worker threads make of each analysed record.
struct RecordWork {
    facts: aggregate::RecordFacts,
    /// A 64-bit hash of the record id, to find ids used twice.
    id_hash: u64,
}

/// What the worker threads make of each free-text answer besides its classification.
struct Worked {
    facts: aggregate::AnswerFacts,
    /// Its row of assignments.csv.
    row: Vec<u8>,
    /// Its row of trace.csv, with --trace.
    trace: Option<Vec<u8>>,
}

impl AsRef<aggregate::AnswerFacts> for Worked {
    fn as_ref(&self) -> &aggregate::AnswerFacts {
        &self.facts
    }
}

impl pipeline::Work for Counting<'_> {
    type State = aggregate::Partial;
    type Record = RecordWork;
    type Answer = Worked;

    fn state(&self, worker: usize) -> aggregate::Partial {
        aggregate::Partial::new(worker, self.lexicons, self.review_seed)
    }

    fn record(&self, partial: &mut aggregate::Partial, source: &str, record: &Record) -> RecordWork {
        RecordWork { facts: partial.record(source, record), id_hash: id_hash(&record.id) }
    }

    fn answer(&self, partial: &mut aggregate::Partial, record: &mut RecordWork, a: &pipeline::Answered) -> Worked {
        let mut row = Vec::with_capacity(64);
        self.rows.lean_row(a.record, a.question, a.classification, &mut row);
        Worked {
            facts: partial.answer(&record.facts, a),
            row,
            trace: self.trace.then(|| self.rows.row(a.source, a.input, a.record, a.question, a.text, a.classification)),
        }
    }
}

/// The command that reproduces this run, as relative paths.
/// The sha256 of a file the run has already read (empty if it cannot be read again).
fn file_sha256(path: &std::path::Path) -> String {
    use sha2::Digest;
    std::fs::read(path).map(|bytes| synthese::lexicon::hex(&sha2::Sha256::digest(&bytes))).unwrap_or_default()
}

fn command_line(args: &RunArgs) -> String {
    let mut parts = vec!["synthese run".to_string()];
    let inputs: Vec<String> = if args.inputs.is_empty() {
        vec!["corpus".into()]
    } else {
        args.inputs.iter().map(|p| synthese::paths::display(p)).collect()
    };
    parts.extend(inputs);
    parts.push(format!("--lexicons {}", synthese::paths::display(&args.lexicons)));
    parts.extend(args.input.describe());
    if args.trace {
        parts.push("--trace".into());
    }
    if !args.reviewed.is_empty() {
        parts.push("--reviewed".into());
        parts.extend(args.reviewed.iter().map(|p| synthese::paths::display(p)));
    }
    parts.join(" ")
}

fn id_hash(id: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    id.hash(&mut h);
    h.finish()
}
