//! The `synthese` command line. The data path is visible here: each subcommand in `cmd/` runs
//! ingest → text → lexicon → classify → aggregate → report (or part of it).

mod cmd;

use clap::{Parser, Subcommand};

/// Answers are read on one thread, analysed on others and counted on a third: mimalloc frees
/// memory across threads far more cheaply than the system allocator (a measured gain; see
/// benches/results/README.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Synthesise the contributions of a public consultation, without AI.
///
/// Annotators write lexicons (a tree of themes, and under each theme the words that put an
/// answer in it); synthese applies them to every answer the same way and writes reports in
/// which every figure can be traced to the answers and lexicon entries behind it.
///
/// Start with `synthese run` (the shipped corpus/ with lexicons/, into reports/), then read
/// reports/synthese.md. `synthese explain "some text"` shows why a text gets its themes.
///
/// Exit status: 0 success, 1 an error (named with its file and line on stderr), 2 a usage error,
/// 130 interrupted (Ctrl-C; no report is written).
#[derive(Parser, Debug)]
#[command(name = "synthese", version, about, long_about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    Run(cmd::run::RunArgs),
    Explain(cmd::explain::ExplainArgs),
    Eval(cmd::eval::EvalArgs),
    Lexicon(cmd::lexicon::LexiconArgs),
}

fn main() {
    let cli = Cli::parse();

    let result = match cli.command {
        Command::Run(args) => cmd::run::run(args),
        Command::Explain(args) => cmd::explain::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Lexicon(args) => cmd::lexicon::run(args),
    };
    if let Err(message) = result {
        eprintln!("synthese: error: {message}");
        std::process::exit(if synthese::pipeline::interrupted() { 130 } else { 1 });
    }
}
