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
/// 130 interrupted (Ctrl-C or SIGTERM; the report folder is left as it was).
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
    Review(cmd::review::ReviewArgs),
}

/// How long mimalloc keeps freed memory before giving it back to the system. Its default, a
/// second, held the peak of a run on 4x the national input at 394–405 MB; 100 ms at 388 MB, for
/// no measurable time (benches/results/README.md). `MIMALLOC_PURGE_DELAY` still wins.
const PURGE_DELAY_MS: std::ffi::c_long = 100;
/// mimalloc's `mi_option_purge_delay` (v3), which its Rust bindings do not name.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
/// Its default in mimalloc v3. The delay is set only when option 15 holds this value, so that
/// another version's numbering cannot make this set another option.
const MI_V3_PURGE_DELAY_MS: std::ffi::c_long = 1000;

fn main() {
    // SAFETY: `mi_option_set` is an unsynchronised store to one of mimalloc's global options,
    // made before any other thread exists (the Ctrl-C handler and the pools start later).
    unsafe {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none()
            && libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) == MI_V3_PURGE_DELAY_MS
        {
            libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS);
        }
    }
    let cli = Cli::parse();

    let result = match cli.command {
        Command::Run(args) => cmd::run::run(args),
        Command::Explain(args) => cmd::explain::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Lexicon(args) => cmd::lexicon::run(args),
        Command::Review(args) => cmd::review::run(args),
    };
    if let Err(failure) = result {
        eprintln!("synthese: error: {failure}");
        std::process::exit(failure.exit_code());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_purge_delay_option_is_the_one_mimalloc_numbers_15() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
            return;
        }
        // SAFETY: reads one of mimalloc's options.
        let delay = unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
        assert_eq!(delay, MI_V3_PURGE_DELAY_MS, "mimalloc's numbering or default changed: see main()");
    }
}
