//! `synthese lexicon`: tools for the people who write lexicons: `check` finds what is wrong or
//! suspicious, `stats` shows what each entry does on a corpus (or, with `--reviewed`, on a
//! filled review sample), `diff` what an edit changes,
//! `import` and `export` convert from and to other tools' dictionary formats.

use std::path::PathBuf;

use super::Failure;
use synthese::lexicon::check::{self, Diagnostic, Severity};
use synthese::lexicon::LexiconSet;

/// Check, measure (on a corpus or a filled review sample), compare (diff) and convert lexicons.
#[derive(clap::Args, Debug)]
pub struct LexiconArgs {
    #[command(subcommand)]
    pub command: LexiconCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum LexiconCommand {
    Check(CheckArgs),
    Stats(super::stats::StatsArgs),
    Diff(super::diff::DiffArgs),
    Import(super::interop::ImportArgs),
    Export(super::interop::ExportArgs),
}

/// Check lexicons: syntax errors and suspicious entries, each with file:line:column.
///
/// Errors (exit status 1) stop a run: a line that cannot be read, an entry of stop words only, a
/// rule naming no theme. Warnings do not: the same entry twice, an entry in two themes, a
/// wildcard shorter than 4 letters, a theme with no entries; with --strict they count as errors.
///
/// Examples:
///   synthese lexicon check
///   synthese lexicon check lexicons/ecologie.lex --strict
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct CheckArgs {
    /// A .lex file or a folder of them.
    #[arg(default_value = "lexicons", value_name = "PATH")]
    pub lexicons: PathBuf,
    /// Warnings count as errors for the exit status.
    #[arg(long)]
    pub strict: bool,
}

pub fn run(args: LexiconArgs) -> Result<(), Failure> {
    match args.command {
        LexiconCommand::Check(a) => run_check(a),
        LexiconCommand::Stats(a) => super::stats::run(a),
        LexiconCommand::Diff(a) => super::diff::run(a),
        LexiconCommand::Import(a) => super::interop::run_import(a),
        LexiconCommand::Export(a) => super::interop::run_export(a),
    }
}

fn run_check(args: CheckArgs) -> Result<(), Failure> {
    let stemmer = synthese::text::Stemmer::french();
    let (diagnostics, files): (Vec<Diagnostic>, usize) = match LexiconSet::load(&args.lexicons, &stemmer) {
        Ok(set) => (check::check(&set), set.files.len()),
        Err(errors) => (errors.into_iter().map(Diagnostic::from).collect(), 0),
    };
    let mut out = String::new();
    for d in &diagnostics {
        outln!(out, "{d}");
    }
    super::print(&out)?;
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diagnostics.len() - errors;
    let shown = synthese::paths::display(&args.lexicons);
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    let summary = if files > 0 {
        format!("{shown}: {} read, {}, {}", plural(files, "file"), plural(errors, "error"), plural(warnings, "warning"))
    } else {
        format!("{shown}: {}", plural(errors, "error"))
    };
    if errors > 0 || (args.strict && warnings > 0) {
        return Err(summary.into());
    }
    eprintln!("{summary}");
    Ok(())
}
