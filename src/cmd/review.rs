//! `synthese review`: draws a sample of classified answers for people to read, in the layout of
//! docs/review-format.md, so that what they find corrects the rules' shares (`run --reviewed`,
//! `eval --reviewed`) and measures each theme's precision.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use super::Failure;
use synthese::aggregate::draw::{Design, Draw, Sample};
use synthese::lexicon::LexiconSet;
use synthese::pipeline::{self, Event};
use synthese::report::tables;

/// Draw a sample of answers for people to read, to measure and correct the lexicons.
///
/// The inputs are classified as `synthese run` would; then, per question, a simple random sample
/// of --per-question answers is drawn among all its answers, and --per-theme more among the
/// answers the rules put in each top-level theme (rule-positive). Every row carries the strata it
/// was drawn in and its inclusion probability, so that the estimates weigh it right. The draw
/// depends only on --seed and the records: run it again and the same answers come out.
///
/// The file (CSV in UTF-8 with a byte-order mark) opens in any spreadsheet. Readers write
/// `right` or `wrong` beside each theme the rules gave, add the themes the rules missed in
/// `missed_themes`, and put their name in `reviewer` on every row they read. Its columns are
/// described in docs/review-format.md.
///
/// Examples:
///   synthese review --out review.csv --xlsx review.xlsx
///   synthese review answers.csv --map id=id,question=question_id,text=text --per-question 200
///   synthese review answers.csv --map … --lexicons lexicons/fiscalite.lex \
///       --per-question 0 --per-theme 20 --pool-questions --out reviews/fiscalite.csv
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct ReviewArgs {
    /// Exports to draw from: files or folders (default: corpus/).
    pub inputs: Vec<PathBuf>,
    /// A .lex file or a folder of them.
    #[arg(long, default_value = "lexicons", value_name = "DIR")]
    pub lexicons: PathBuf,
    /// Write the sample here (CSV); default: standard output.
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Also write it as a spreadsheet (XLSX: header frozen, right/wrong lists in the verdict
    /// columns).
    #[arg(long, value_name = "FILE")]
    pub xlsx: Option<PathBuf>,
    /// Answers drawn per question among all of its answers: what corrects the shares.
    #[arg(long, default_value_t = 100, value_name = "N")]
    pub per_question: usize,
    /// More answers drawn per top-level theme among those the rules put in it: what measures
    /// the theme's precision.
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub per_theme: usize,
    /// Draw each theme's answers over all questions together rather than per question (the
    /// precision audit of a lexicon).
    #[arg(long)]
    pub pool_questions: bool,
    /// Only these questions (ids or topics; repeat the option for several).
    #[arg(long, value_name = "ID")]
    pub question: Vec<String>,
    /// The seed of the draw, written on every row.
    #[arg(long, default_value_t = 2019, value_name = "N")]
    pub seed: u64,
    #[command(flatten)]
    pub input: super::InputArgs,
    /// Threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(args: ReviewArgs) -> Result<(), Failure> {
    let matcher = super::load_lexicons(&args.lexicons)?;
    let options = args.input.options()?;
    let inputs = if args.inputs.is_empty() { vec![PathBuf::from("corpus")] } else { args.inputs.clone() };
    let (files, notes) = pipeline::expand_inputs(&inputs)?;
    for note in notes {
        eprintln!("synthese: note: {note}");
    }
    let pool = pipeline::thread_pool(args.threads.unwrap_or(0))?;
    let design = Design {
        seed: args.seed,
        per_question: args.per_question,
        per_theme: args.per_theme,
        pool_questions: args.pool_questions,
    };
    if design.per_question == 0 && design.per_theme == 0 {
        return Err("nothing to draw: --per-question and --per-theme are both 0".into());
    }
    let progress = Arc::new(AtomicU64::new(0));
    let bar = pipeline::progress_bar(pipeline::total_bytes(&files), args.quiet);
    let mut draw = Draw::new(design, &matcher.lexicons);
    let mut input: Arc<str> = Arc::from("");
    let (mut answers, mut rejected) = (0u64, 0u64);
    pipeline::stream(&files, &options, &matcher, &pool, &progress, |event| {
        match event {
            Event::Input(opened) => {
                input = Arc::from(opened.shown.as_str());
                bar.set_message(opened.shown.clone());
            }
            Event::Record(record, classified) => {
                for ((question, text), c) in pipeline::free_texts(record).zip(classified) {
                    if args.question.is_empty() || args.question.iter().any(|q| q == question) {
                        answers += 1;
                        draw.offer(&input, record.line, &record.id, question, text, c);
                    }
                }
            }
            Event::Rejected { .. } => rejected += 1,
            Event::Skipped { .. } | Event::InputDone { .. } => {}
        }
        bar.set_position(progress.load(Ordering::Relaxed));
        Ok(())
    })?;
    bar.finish_and_clear();
    let sample = draw.finish();
    let bytes = write_csv(&sample, &matcher.lexicons, args.seed, args.out.is_some())
        .map_err(|e| Failure::Output(format!("cannot write the sample: {e}")))?;
    match &args.out {
        Some(path) => std::fs::write(path, bytes)
            .map_err(|e| Failure::Output(format!("{}: cannot write: {e}", synthese::paths::display(path))))?,
        None => super::print(&String::from_utf8_lossy(&bytes))?,
    }
    if let Some(path) = &args.xlsx {
        let (header, rows) = sample.table(&matcher.lexicons, args.seed);
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        synthese::review::write_xlsx(path, &header, &rows).map_err(Failure::Output)?;
    }
    if !args.quiet {
        let drawn: usize = sample.strata.iter().map(|s| s.2).sum();
        eprintln!(
            "synthese: {} answers to read (drawn {drawn} times in {} strata) out of {answers} answers{}{}",
            sample.rows.len(),
            sample.strata.iter().filter(|s| s.2 > 0).count(),
            if rejected > 0 { format!("; {rejected} records rejected (see `synthese run`)") } else { String::new() },
            args.out.as_ref().map(|p| format!("; written to {}", synthese::paths::display(p))).unwrap_or_default(),
        );
    }
    if sample.rows.is_empty() {
        eprintln!("synthese: warning: no answer was drawn: the inputs hold no free-text answer in scope");
    }
    Ok(())
}

/// The sample as CSV: a byte-order mark when `bom`, then one row per drawn answer.
fn write_csv(sample: &Sample, lex: &LexiconSet, seed: u64, bom: bool) -> Result<Vec<u8>, csv::Error> {
    let mut bytes = if bom { tables::BOM.to_vec() } else { Vec::new() };
    tables::write_review_sample(&mut bytes, sample, lex, seed)?;
    Ok(bytes)
}
