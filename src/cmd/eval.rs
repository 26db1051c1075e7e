//! `synthese eval`: measures lexicons against human coding (precision, recall, F1 per tag with
//! 95% intervals, micro and macro averages, shares, the false positives and negatives to
//! review), the agreement between two annotation files (Cohen's κ per tag, Krippendorff's α),
//! the share of answers no theme matched per question (coverage), and review-corrected shares
//! from filled review files (`--reviewed`).

use std::io::Write;
use std::path::{Path, PathBuf};

use super::Failure;
use synthese::eval::report::{self, Predictions};
use synthese::eval::{self, Format};
use synthese::report::Pending;

/// Measure lexicons against human coding, compare two codings, or measure coverage.
///
/// With --gold, the lexicons classify the texts of the gold file (each answer with its
/// question's scope), the themes become tags through their `@tag` setting, and every tag is
/// scored: support, predictions, precision, recall, F1 (95% intervals), micro and macro
/// averages, human and lexicon shares, κ and α. With --assignments, a run's assignments.csv
/// is scored instead, matched to the gold by answer id. --agreement compares two annotation
/// files; --coverage measures the answers no theme matched, per question.
///
/// With --reviewed, filled review files (docs/review-format.md; CSV, XLSX or ODS) or gold
/// files are read against the rules' themes of INPUTS (classified with --lexicons) or of a
/// run's --assignments: per question and theme, the rules' share, the answers read, precision
/// and recall, the review-corrected share with its 95% interval and the interval of the read
/// answers alone, flags; the precision per theme stratum; κ and the disagreements when two
/// reviewers read the same answers.
///
/// A gold tag counts when at least --min-votes annotators applied it (long format); answers
/// where no tag does are left out. `Idée marquée` is ignored; `Z Autres` and `Sans réponse /
/// Hors sujet / Inclassable` code an answer with no tag, unless a theme names them.
///
/// Examples:
///   synthese eval --gold tests/data/gold/lga_q127_laicite.csv
///   synthese eval --gold gold.csv --question 149 --min-votes 1 --out reports/eval/q149
///   synthese eval --gold gold.csv --assignments reports/assignments.csv
///   synthese eval --gold gold.csv --simulate-review 100
///   synthese eval --agreement review_anne.csv review_paul.csv
///   synthese eval --coverage ../shared/corpus/answers --out reports/eval/coverage
///   synthese eval corpus/ --reviewed review_anne.xlsx review_paul.csv   # inputs first
///   synthese eval --reviewed review.csv --assignments reports/assignments.csv
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
#[command(group(clap::ArgGroup::new("mode").required(true).args(["gold", "agreement", "coverage", "reviewed"])))]
pub struct EvalArgs {
    /// Human labels: long format `reference,question_id,tag,votes,text` or wide `id,tags`
    /// (optionally `question_id` and `text`).
    #[arg(long, value_name = "FILE")]
    pub gold: Option<PathBuf>,
    /// The gold's layout (default: recognised from its header).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub gold_format: Option<Format>,
    /// Score this run's assignments.csv (or a file of tags) instead of classifying the gold texts;
    /// with --reviewed, the rules' themes of the answers instead of classifying INPUTS.
    #[arg(long, value_name = "FILE")]
    pub assignments: Option<PathBuf>,
    /// Filled review files (CSV, XLSX, ODS; docs/review-format.md) or gold files (long or wide),
    /// one per reviewer or several: review-corrected shares of the rules' themes.
    #[arg(long, num_args = 1.., value_name = "FILE")]
    pub reviewed: Vec<PathBuf>,
    /// With --reviewed: estimates use only the themes on which every reviewer of an answer agrees
    /// (otherwise the first reviewer's reading, in file order).
    #[arg(long, requires = "reviewed")]
    pub agreed: bool,
    /// With --reviewed: the inputs the reviews were drawn from (files or folders), classified with
    /// the lexicons.
    #[arg(value_name = "INPUTS", requires = "reviewed")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub input: super::InputArgs,
    /// Compare two annotation files (long, wide or assignments).
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    pub agreement: Vec<PathBuf>,
    /// Answer files (`question_id,text`) or folders of them: per question, the share of answers
    /// no theme matched, non-answers apart.
    #[arg(long, num_args = 1.., value_name = "PATH")]
    pub coverage: Vec<PathBuf>,
    /// In long files, a tag counts when at least this many annotators applied it.
    #[arg(long, default_value_t = 2, value_name = "N")]
    pub min_votes: u32,
    /// Separator of the tags in wide files.
    #[arg(long, default_value = "|", value_name = "TEXT")]
    pub separator: String,
    /// A .lex file or a folder of them.
    #[arg(long, default_value = "lexicons", value_name = "DIR")]
    pub lexicons: PathBuf,
    /// Only these questions (repeat the option for several).
    #[arg(long, value_name = "N")]
    pub question: Vec<String>,
    /// Also write the figures here (created if missing): eval.md, eval.csv, eval.json and
    /// review.csv (agreement.* and coverage.* for the other modes).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Print JSON instead of the tables.
    #[arg(long)]
    pub json: bool,
    /// With --gold: simulate a review of N randomly drawn coded answers, the gold's labels
    /// standing for the readers, and print per tag the rules' share, the review-corrected share
    /// with its 95% interval, the interval of the read answers alone, precision and recall on
    /// them, and the coverage of the intervals over 200 draws (instead of the usual tables).
    #[arg(long, value_name = "N", requires = "gold", conflicts_with_all = ["json", "out"])]
    pub simulate_review: Option<usize>,
    /// Seed of --simulate-review's draws.
    #[arg(long, default_value_t = synthese::eval::metrics::BOOTSTRAP_SEED, value_name = "N", requires = "simulate_review")]
    pub seed: u64,
    /// Threads for --coverage (default: one per core; with 1, everything happens on one thread).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
}

pub fn run(args: EvalArgs) -> Result<(), Failure> {
    if args.min_votes == 0 {
        return Err("--min-votes must be at least 1".into());
    }
    if args.assignments.is_some() && args.gold.is_none() && args.reviewed.is_empty() {
        return Err(Failure::Usage("--assignments goes with --gold or --reviewed".into()));
    }
    let matcher = super::load_lexicons(&args.lexicons)?;
    let lexicons = synthese::paths::display(&args.lexicons);
    if !args.reviewed.is_empty() {
        return reviewed(&args, &matcher);
    }
    if !args.coverage.is_empty() {
        let pool = synthese::pipeline::thread_pool(args.threads.unwrap_or(0))?;
        let figures = eval::coverage::coverage(&args.coverage, &matcher, &lexicons, &pool)?;
        let mut csv = Vec::new();
        figures.write_csv(&mut csv).map_err(|e| e.to_string())?;
        return emit(&args, "coverage", &to_json(&figures), &figures.to_markdown(), &csv);
    }
    if let [first, second] = args.agreement.as_slice() {
        let a = eval::read(first, None, &args.separator)?;
        let b = eval::read(second, None, &args.separator)?;
        let figures = report::agreement(&a, &b, args.min_votes, Some(&matcher.lexicons));
        if figures.common == 0 {
            return Err(format!(
                "{} and {} have no answer in common (answers are matched by id, and by question when both files have one)",
                a.path, b.path
            ).into());
        }
        let mut csv = Vec::new();
        figures.write_csv(&mut csv).map_err(|e| e.to_string())?;
        return emit(&args, "agreement", &to_json(&figures), &figures.to_markdown(), &csv);
    }
    let gold_path = args.gold.as_ref().expect("clap requires one mode");
    let gold = eval::read(gold_path, args.gold_format, &args.separator)?;
    if gold.format == Format::Assignments {
        return Err(format!(
            "{}: this is a run's assignments file; give it with --assignments and the human labels with --gold",
            gold.path
        )
        .into());
    }
    let assignments = match &args.assignments {
        Some(p) => Some(eval::read(p, None, &args.separator)?),
        None => None,
    };
    let predictions = match &assignments {
        Some(a) => Predictions::File(a),
        None => {
            if gold.items.iter().any(|a| a.text.is_none()) {
                return Err(format!(
                    "{}: the gold has no text column, so the lexicons cannot classify it; give a run's assignments with --assignments",
                    gold.path
                ).into());
            }
            Predictions::Classify
        }
    };
    let figures = report::evaluate(&gold, predictions, &matcher, &lexicons, args.min_votes, &args.question);
    if figures.questions.is_empty() {
        let why: Vec<String> =
            figures.not_evaluated.iter().map(|n| format!("Q{}: {}", n.question_id, n.reason)).collect();
        return Err(format!(
            "nothing to evaluate in {}{}{}",
            gold.path,
            if args.question.is_empty() {
                String::new()
            } else {
                format!(" for question(s) {}", args.question.join(", "))
            },
            if why.is_empty() { String::new() } else { format!(":\n{}", why.join("\n")) }
        )
        .into());
    }
    if let Some(n) = args.simulate_review {
        if n == 0 {
            return Err("--simulate-review needs at least 1 answer".into());
        }
        return super::print(&eval::estimate::simulated_review(&figures, n, args.seed));
    }
    let json = to_json(&figures);
    let md = figures.to_markdown();
    if let Some(out) = &args.out {
        let (mut csv, mut review) = (Vec::new(), Vec::new());
        figures.write_csv(&mut csv).map_err(|e| e.to_string())?;
        figures.write_review_csv(&mut review).map_err(|e| e.to_string())?;
        write_files(
            out,
            &[("eval.md", md.as_bytes()), ("eval.csv", &csv), ("eval.json", json.as_bytes()), ("review.csv", &review)],
        )?;
    }
    super::print(if args.json { &json } else { &md })
}

/// `eval --reviewed`: the reviews read and checked, the rules' themes of the inputs (or of a
/// run's assignments) counted per question, then the estimates.
fn reviewed(args: &EvalArgs, matcher: &synthese::classify::Matcher) -> Result<(), Failure> {
    use std::collections::{HashMap, HashSet};
    use synthese::review::{ReadOptions, Reviews, RuleThemes};
    let options = ReadOptions { min_votes: args.min_votes, separator: args.separator.clone(), agreed: args.agreed };
    let mut reviews = Reviews::read(&args.reviewed, matcher, &options)?;
    let wanted: HashSet<(String, String)> = reviews.wanted().cloned().collect();
    let lex = &matcher.lexicons;
    let mut counts: synthese::eval::reviewed::RuleCounts = HashMap::new();
    let mut rules: RuleThemes = HashMap::new();
    let mut count = |question: &str, id: &str, themes: &mut dyn Iterator<Item = usize>| {
        let top = synthese::review::themes::rules_top_level(lex, themes);
        let (n, per_theme) = counts.entry(question.to_owned()).or_default();
        *n += 1;
        for &t in &top {
            *per_theme.entry(t).or_default() += 1;
        }
        let key = (question.to_owned(), id.to_owned());
        if wanted.contains(&key) {
            rules.entry(key).or_insert(top);
        }
    };
    let rules_from = match (&args.assignments, args.inputs.is_empty()) {
        (Some(_), false) => return Err(Failure::Usage("give INPUTS or --assignments, not both".into())),
        (None, true) => {
            return Err(Failure::Usage(
                "--reviewed needs the inputs the reviews were drawn from (INPUTS), or a run's assignments.csv (--assignments)".into(),
            ))
        }
        (Some(path), true) => {
            let a = eval::read(path, Some(Format::Assignments), &args.separator)?;
            let by_label: HashMap<String, usize> =
                (0..lex.themes.len()).map(|t| (lex.theme_label(t).into_owned(), t)).collect();
            for item in &a.items {
                let question = item.question.clone().unwrap_or_default();
                let mut themes = item.tags.iter().filter_map(|(label, _)| by_label.get(label).map(|&t| lex.lineage(t)[0]));
                count(&question, &item.id, &mut themes);
            }
            a.path
        }
        (None, false) => {
            let (files, notes) = synthese::pipeline::expand_inputs(&args.inputs)?;
            for note in notes {
                eprintln!("synthese: {note}");
            }
            let pool = synthese::pipeline::thread_pool(args.threads.unwrap_or(0))?;
            let progress = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
            synthese::pipeline::stream(&files, &args.input.options()?, matcher, &pool, &progress, |event| {
                if let synthese::pipeline::Event::Record(record, classifications) = event {
                    for ((question, _), c) in synthese::pipeline::free_texts(record).zip(classifications) {
                        count(question, &record.id, &mut c.themes.iter().map(|&t| t as usize));
                    }
                }
                Ok(())
            })?;
            format!("the lexicons applied to {}", files.iter().map(|f| synthese::paths::display(f)).collect::<Vec<_>>().join(", "))
        }
    };
    reviews.keep_known(|question, id| rules.contains_key(&(question.to_owned(), id.to_owned())));
    for warning in &reviews.warnings {
        eprintln!("synthese: warning: {warning}");
    }
    let figures = synthese::eval::reviewed::build(&reviews, &counts, &rules, &rules_from, &lex.combined_sha256());
    let mut csv = Vec::new();
    figures.write_csv(&mut csv).map_err(|e| e.to_string())?;
    emit(args, "reviewed", &to_json(&figures), &figures.to_markdown(), &csv)
}

fn to_json(value: &impl serde::Serialize) -> String {
    let mut s = serde_json::to_string_pretty(value).expect("the figures serialise");
    s.push('\n');
    s
}

/// Writes each file under a temporary name, then renames them all.
fn write_files(dir: &Path, files: &[(&str, &[u8])]) -> Result<(), Failure> {
    let shown = synthese::paths::display(dir);
    std::fs::create_dir_all(dir).map_err(|e| format!("{shown}: cannot create the folder: {e}"))?;
    let mut pending = Vec::new();
    for (name, bytes) in files {
        let mut p = Pending::create(dir, name)?;
        p.writer.write_all(bytes).map_err(|e| format!("{shown}/{name}: cannot write: {e}"))?;
        pending.push(p);
    }
    for p in pending {
        p.commit()?;
    }
    Ok(())
}

/// Writes `<stem>.md`, `.csv` and `.json` into --out when given, and prints the Markdown (or the
/// JSON with --json): the same outputs for every mode of `eval`.
fn emit(args: &EvalArgs, stem: &str, json: &str, md: &str, csv: &[u8]) -> Result<(), Failure> {
    if let Some(out) = &args.out {
        let names = [format!("{stem}.md"), format!("{stem}.csv"), format!("{stem}.json")];
        write_files(out, &[(&names[0], md.as_bytes()), (&names[1], csv), (&names[2], json.as_bytes())])?;
    }
    super::print(if args.json { json } else { md })
}
