//! `synthese lexicon import` and `synthese lexicon export`: bring a quanteda, LIWC or WordStat
//! dictionary in as a lexicon, and write lexicons out as a quanteda dictionary. What cannot be
//! carried over is reported on stderr (file:line) and marked in the file written.

use std::path::{Path, PathBuf};

use super::Failure;
use synthese::lexicon::interop::{self, Format};
use synthese::lexicon::LexiconSet;

/// Import a quanteda YAML, LIWC .dic or WordStat .cat dictionary as a synthese lexicon.
///
/// Writes the lexicon (.lex) to standard output, or to OUT with -o. Every construct that cannot
/// be carried over exactly (a wildcard in the middle of a word, a conditional LIWC category, a
/// WordStat rule synthese has no equivalent for…) is reported on standard error as
/// FILE:LINE: warning, and marked with an `# import:` comment in the lexicon.
///
/// Plain words become exact forms ("taxe"): they match that word only, as in the original tool.
/// Remove the quotes where you want every word with the same stem (taxe, taxes, taxer).
/// The mapping of each format is in lexicons/README.md, "Importing and exporting".
///
/// Examples:
///   synthese lexicon import dictionnaire.yml -o lexicons/dictionnaire.lex
///   synthese lexicon import emotions.dic > emotions.lex
///   synthese lexicon import themes.txt --format wordstat -o lexicons/themes.lex
///   synthese lexicon import dictionnaire.yml -o x.lex && synthese lexicon check x.lex
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct ImportArgs {
    /// The dictionary to import.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Its format [default: from the extension: .yml/.yaml quanteda, .dic liwc, .cat wordstat].
    #[arg(long, value_enum)]
    pub format: Option<ImportFormat>,
    /// Write the lexicon here instead of standard output.
    #[arg(short, long, value_name = "OUT.lex")]
    pub output: Option<PathBuf>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum ImportFormat {
    Quanteda,
    Liwc,
    Wordstat,
}

/// Export lexicons as a quanteda YAML dictionary (read it in R with quanteda::dictionary).
///
/// Themes become keys (one top key per file when there are several), entries values. quanteda
/// has no stemming: a word matched by its stem is written as the word and its plural (impôt,
/// impôts), and without accents when accents are ignored. What a
/// quanteda dictionary cannot express (NEAR wider than 5 words, NOT, weights, @min, @unless,
/// @negation, @topics…) is reported on standard error as FILE:LINE: warning, and kept as a
/// `# synthese:` comment in the YAML. The mapping is in lexicons/README.md, "Importing and
/// exporting".
///
/// Examples:
///   synthese lexicon export --format quanteda -o lexicons.yml
///   synthese lexicon export lexicons/ecologie.lex > ecologie.yml
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct ExportArgs {
    /// A .lex file or a folder of them.
    #[arg(default_value = "lexicons", value_name = "LEXICONS")]
    pub lexicons: PathBuf,
    /// The format to write.
    #[arg(long, value_enum, default_value = "quanteda")]
    pub format: ExportFormat,
    /// Write the dictionary here instead of standard output.
    #[arg(short, long, value_name = "OUT.yml")]
    pub output: Option<PathBuf>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum ExportFormat {
    Quanteda,
}

pub fn run_import(args: ImportArgs) -> Result<(), Failure> {
    let shown = synthese::paths::display(&args.file);
    let format = match args.format {
        Some(ImportFormat::Quanteda) => Format::Quanteda,
        Some(ImportFormat::Liwc) => Format::Liwc,
        Some(ImportFormat::Wordstat) => Format::Wordstat,
        None => Format::from_path(&args.file).ok_or_else(|| {
            format!("{shown}: cannot tell the format from the extension (.yml/.yaml quanteda, .dic LIWC, .cat WordStat): give --format")
        })?,
    };
    let bytes = std::fs::read(&args.file).map_err(|e| format!("{shown}: cannot read the file: {e}"))?;
    let (text, latin) = interop::decode(&bytes);
    if latin {
        eprintln!("{shown}: warning: not UTF-8 text: read as Windows-1252 (Latin-1), the usual encoding of older dictionaries");
    }
    let name = args.file.file_name().map_or(shown.clone(), |n| n.to_string_lossy().into_owned());
    let (lexicon, warnings) = interop::import(format, &text, &name).map_err(|e| match e.line {
        0 => format!("{shown}: {}", e.message),
        _ => format!("{shown}:{e}"),
    })?;
    for w in &warnings {
        match w.line {
            0 => eprintln!("{shown}: warning: {}", w.message),
            l => eprintln!("{shown}:{l}: warning: {}", w.message),
        }
    }
    let (themes, entries) = counts(&lexicon);
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    let what = format!(
        "{}, {} {} ({}, {})",
        plural(themes, "theme"),
        entries,
        if entries == 1 { "entry" } else { "entries" },
        format.label(),
        plural(warnings.len(), "warning")
    );
    match &args.output {
        Some(out) => {
            write(out, &lexicon)?;
            eprintln!("{shown}: imported into {}: {what}", synthese::paths::display(out));
        }
        None => {
            super::print(&lexicon)?;
            eprintln!("{shown}: imported: {what}");
        }
    }
    Ok(())
}

/// Themes and entries of a lexicon text that parses.
fn counts(lexicon: &str) -> (usize, usize) {
    let mut set = LexiconSet::default();
    let stemmer = synthese::text::Stemmer::french();
    match synthese::lexicon::parse_lexicon("import.lex", lexicon.as_bytes(), Path::new("."), &stemmer, &mut set) {
        Ok(()) => (set.themes.len(), set.entries.len()),
        Err(_) => (0, 0),
    }
}

pub fn run_export(args: ExportArgs) -> Result<(), Failure> {
    let ExportFormat::Quanteda = args.format;
    let stemmer = synthese::text::Stemmer::french();
    let set = LexiconSet::load(&args.lexicons, &stemmer).map_err(|errors| {
        let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        format!("{} lexicon problem{}:\n{}", list.len(), if list.len() == 1 { "" } else { "s" }, list.join("\n"))
    })?;
    let exported = interop::export_quanteda(&set, &stemmer);
    for w in &exported.warnings {
        eprintln!("{w}");
    }
    let shown = synthese::paths::display(&args.lexicons);
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    let what = format!(
        "{}, {} (quanteda YAML, {})",
        plural(exported.keys, "key"),
        plural(exported.values, "value"),
        plural(exported.warnings.len(), "warning")
    );
    match &args.output {
        Some(out) => {
            write(out, &exported.text)?;
            eprintln!("{shown}: exported into {}: {what}", synthese::paths::display(out));
        }
        None => {
            super::print(&exported.text)?;
            eprintln!("{shown}: exported: {what}");
        }
    }
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<(), Failure> {
    std::fs::write(path, text)
        .map_err(|e| Failure::Output(format!("{}: cannot write: {e}", synthese::paths::display(path))))
}
