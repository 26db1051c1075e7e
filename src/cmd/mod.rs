//! The subcommands, one file each, each starting with what it does.

/// `writeln!` into the `String` a command prints at the end (see [`print`]).
macro_rules! outln {
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($out, $($arg)*);
    }};
}

pub mod eval;
pub mod explain;
pub mod lexicon;
pub mod run;
pub mod stats;

/// A failure the user must act on; printed as `synthese: error: …`, exit status 1.
pub type Failure = String;

/// Loads the lexicons, printing every problem (all of them, not only the first).
pub fn load_lexicons(path: &std::path::Path) -> Result<synthese::classify::Matcher, Failure> {
    let stemmer = synthese::text::Stemmer::french();
    match synthese::lexicon::LexiconSet::load(path, &stemmer) {
        Ok(set) => Ok(synthese::classify::Matcher::new(set, stemmer)),
        Err(errors) => {
            let n = errors.len();
            let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            Err(format!("{} lexicon problem{}:\n{}", n, if n == 1 { "" } else { "s" }, list.join("\n")))
        }
    }
}

/// Writes a command's output to stdout. A reader that stops early (`| head`) is not an error.
pub fn print(text: &str) -> Result<(), Failure> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("cannot write to standard output: {e}")),
        _ => Ok(()),
    }
}
