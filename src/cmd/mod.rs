//! The subcommands, one file each, each starting with what it does.

pub mod explain;
pub mod run;

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
