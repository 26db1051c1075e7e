//! The subcommands, one file each, each starting with what it does.

/// `writeln!` into the `String` a command prints at the end (see [`print`]).
macro_rules! outln {
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($out, $($arg)*);
    }};
}

pub mod diff;
pub mod eval;
pub mod explain;
mod feedback;
pub mod interop;
pub mod lexicon;
pub mod review;
pub mod run;
pub mod stats;

/// A failure the user must act on; printed as `synthese: error: …`, its kind gives the exit status.
pub use synthese::Failure;

/// Loads the lexicons, printing every problem (all of them, not only the first).
pub fn load_lexicons(path: &std::path::Path) -> Result<synthese::classify::Matcher, Failure> {
    let stemmer = synthese::text::Stemmer::french();
    match synthese::lexicon::LexiconSet::load(path, &stemmer) {
        Ok(set) => Ok(synthese::classify::Matcher::new(set, stemmer)),
        Err(errors) => {
            let n = errors.len();
            let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            Err(format!("{} lexicon problem{}:\n{}", n, if n == 1 { "" } else { "s" }, list.join("\n")).into())
        }
    }
}

/// Writes a command's output to stdout. A reader that stops early (`| head`) is not an error.
pub fn print(text: &str) -> Result<(), Failure> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure::Output(format!("cannot write to standard output: {e}")))
        }
        _ => Ok(()),
    }
}

/// How to read the inputs: shared by every command that reads a corpus.
#[derive(clap::Args, Debug, Default)]
pub struct InputArgs {
    /// Column mapping for exports that are neither granddebat.fr nor Politizr: `key=column` pairs
    /// separated by commas; keys are id, text (several with +), question, topic, author, date,
    /// zip, name, separator (plain-text files), records (JSON documents). See profiles/.
    /// The topic decides which lexicons read an answer (their @topics); without one, an official
    /// granddebat.fr question id gives its debate, and otherwise every lexicon applies.
    #[arg(long, value_name = "SPEC", conflicts_with = "profile")]
    pub map: Option<String>,
    /// A file holding a column mapping, one `key = column` per line (profiles/ has one per real
    /// platform), or `politizr`.
    #[arg(long, value_name = "FILE")]
    pub profile: Option<std::path::PathBuf>,
    /// The inputs' character encoding (utf-8, windows-1252, latin1, utf-16le…), instead of
    /// guessing it from their first bytes.
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,
    /// The longest field (an answer, an id…) read, in bytes; a record with a longer one is
    /// rejected, with its line, in rejects.csv.
    #[arg(long, value_name = "BYTES", default_value_t = synthese::ingest::limits::FIELD_BYTES)]
    pub max_field_bytes: usize,
    /// The most cells the sheet of a spreadsheet may spread over (repeated rows and columns
    /// counted); a larger one is not read.
    #[arg(long, value_name = "N", default_value_t = synthese::ingest::limits::CELLS)]
    pub max_cells: u64,
    /// The most bytes a spreadsheet (ODS, XLSX: zip archives) may unpack to; a larger one is not
    /// read.
    #[arg(long, value_name = "BYTES", default_value_t = synthese::ingest::limits::UNPACKED_BYTES)]
    pub max_unpacked_bytes: u64,
}

impl InputArgs {
    pub fn options(&self) -> Result<synthese::ingest::Options, Failure> {
        let encoding = match &self.encoding {
            Some(label) => Some(
                synthese::ingest::encoding::by_label(label).map_err(|e| Failure::Usage(format!("--encoding: {e}")))?,
            ),
            None => None,
        };
        let limits = synthese::ingest::limits::Limits {
            field_bytes: self.max_field_bytes,
            cells: self.max_cells,
            unpacked_bytes: self.max_unpacked_bytes,
        };
        Ok(synthese::ingest::Options { mapping: self.mapping()?, encoding, limits })
    }

    fn mapping(&self) -> Result<Option<synthese::ingest::Mapping>, Failure> {
        use synthese::ingest::Mapping;
        if let Some(spec) = &self.map {
            return Mapping::parse(spec, "mapped").map(Some).map_err(|e| Failure::Usage(format!("--map: {e}")));
        }
        if let Some(path) = &self.profile {
            if path.as_os_str() == "politizr" {
                return Ok(Some(Mapping::politizr()));
            }
            let shown = synthese::paths::display(path);
            let text = std::fs::read_to_string(path).map_err(|e| format!("{shown}: cannot read the profile: {e}"))?;
            let name = path.file_stem().map_or("mapped".into(), |s| s.to_string_lossy().into_owned());
            return Mapping::parse(&text, &name).map(Some).map_err(|e| Failure::Usage(format!("{shown}: {e}")));
        }
        Ok(None)
    }

    /// The options as they would be typed again, for the report's "to reproduce" line.
    pub fn describe(&self) -> Vec<String> {
        let mut parts = Vec::new();
        if let Some(m) = &self.map {
            parts.push(format!("--map '{m}'"));
        }
        if let Some(p) = &self.profile {
            parts.push(format!("--profile {}", synthese::paths::display(p)));
        }
        if let Some(e) = &self.encoding {
            parts.push(format!("--encoding {e}"));
        }
        parts
    }
}
