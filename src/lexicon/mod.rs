//! Lexicons: the codebooks annotators write. This module owns their in-memory form (files,
//! theme trees, entries analysed into word patterns) and loading them from disk; the syntax is
//! parsed in [`parse`] and specified for annotators in `lexicons/README.md`.

mod parse;

use std::fmt;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::text::Stemmer;
pub use parse::parse_lexicon;

/// Every lexicon file of a run, with their themes and entries in global tables.
#[derive(Debug, Default)]
pub struct LexiconSet {
    pub files: Vec<LexiconFile>,
    pub themes: Vec<Theme>,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accents {
    /// Accents are removed before stemming, on texts and entries alike (the default).
    Ignore,
    Keep,
}

#[derive(Debug)]
pub struct LexiconFile {
    /// The path as shown to people (relative to the working folder when possible).
    pub path: String,
    pub name: String,
    /// `@topics`: the file applies only to answers with one of these topics (empty: all).
    pub topics: Vec<String>,
    /// `@questions`: the file applies only to answers to these questions (empty: all).
    pub questions: Vec<String>,
    pub accents: Accents,
    pub sha256: String,
}

#[derive(Debug)]
pub struct Theme {
    pub file: usize,
    pub name: String,
    pub parent: Option<usize>,
    /// `Transports > Voiture`: unique within its file.
    pub path: String,
    pub depth: usize,
    pub line: usize,
}

#[derive(Debug)]
pub struct Entry {
    pub file: usize,
    pub theme: usize,
    /// As the annotator wrote it.
    pub text: String,
    pub line: usize,
    pub column: usize,
    /// The analysed words, stop words removed; never empty.
    pub words: Vec<Pattern>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PatternKind {
    /// Same stem (`impôt` ~ `impôts`).
    Stem,
    /// Same normalised form (`"vert"`).
    Exact,
    /// Normalised form starting with these letters (`fisc*`).
    Prefix,
}

/// One analysed word of an entry. `key` is a stem for `Stem`, a form otherwise; folded when
/// `folded` (accent-insensitive).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pattern {
    pub kind: PatternKind,
    pub folded: bool,
    pub key: String,
}

/// A lexicon problem, located for the person who must fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.path, self.line, self.column, self.message
            )
        }
    }
}

impl std::error::Error for LexiconError {}

impl LexiconSet {
    /// Loads a `.lex` file, or every `.lex` file of a folder (in name order, so the result never
    /// depends on the order the file system lists them).
    pub fn load(path: &Path, stemmer: &Stemmer) -> Result<LexiconSet, Vec<LexiconError>> {
        let files = lexicon_files(path).map_err(|e| vec![e])?;
        let mut set = LexiconSet::default();
        let mut errors = Vec::new();
        for file in files {
            let shown = crate::paths::display(&file);
            match std::fs::read(&file) {
                Ok(bytes) => {
                    if let Err(mut errs) = parse_lexicon(&shown, &bytes, stemmer, &mut set) {
                        errors.append(&mut errs);
                    }
                }
                Err(e) => errors.push(LexiconError {
                    path: shown,
                    line: 0,
                    column: 0,
                    message: format!("cannot read the file: {e}"),
                }),
            }
        }
        if errors.is_empty() {
            Ok(set)
        } else {
            Err(errors)
        }
    }

    /// One hash over every file's name and bytes: the lexicon version a report was made with.
    pub fn combined_sha256(&self) -> String {
        let mut h = Sha256::new();
        for f in &self.files {
            h.update(f.path.as_bytes());
            h.update([0]);
            h.update(f.sha256.as_bytes());
            h.update([0]);
        }
        hex(&h.finalize())
    }

    /// The theme and its ancestors, root first.
    pub fn lineage(&self, theme: usize) -> Vec<usize> {
        let mut chain = vec![theme];
        let mut t = theme;
        while let Some(p) = self.themes[t].parent {
            chain.push(p);
            t = p;
        }
        chain.reverse();
        chain
    }

    /// `Family / Theme > Sub-theme`, the label a reader sees.
    pub fn theme_label(&self, theme: usize) -> String {
        let t = &self.themes[theme];
        format!("{} / {}", self.files[t.file].name, t.path)
    }
}

fn lexicon_files(path: &Path) -> Result<Vec<PathBuf>, LexiconError> {
    let shown = crate::paths::display(path);
    let meta = std::fs::metadata(path).map_err(|e| LexiconError {
        path: shown.clone(),
        line: 0,
        column: 0,
        message: format!("cannot read the lexicons: {e}"),
    })?;
    if meta.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|e| LexiconError {
            path: shown.clone(),
            line: 0,
            column: 0,
            message: format!("cannot list the folder: {e}"),
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "lex"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(LexiconError {
            path: shown,
            line: 0,
            column: 0,
            message: "no lexicon here: a lexicon folder holds files ending in .lex (see lexicons/README.md)".into(),
        });
    }
    Ok(files)
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
