//! Lexicons: the codebooks annotators write. This module owns their in-memory form (files,
//! theme trees, entries analysed into word patterns) and loading them from disk; the syntax is
//! parsed in [`parse`] and specified for annotators in `lexicons/README.md`.

pub mod check;
pub mod interop;
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
    /// Theme labels and entry references, made once by [`LexiconSet::seal`] (they are written on
    /// every report row).
    labels: Vec<String>,
    label_hashes: Vec<u64>,
    references: Vec<String>,
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
    /// `@sources`: the file applies only to answers from these sources (platforms).
    pub sources: Vec<String>,
    /// `@negation: N`: a match preceded within N words by a negation word does not count.
    pub negation: Option<usize>,
    /// sha256 of the file's bytes followed by those of every file it includes.
    pub sha256: String,
    /// Files pulled in with `@include`, as shown to people.
    pub includes: Vec<String>,
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
    pub settings: ThemeSettings,
}

/// What the `@` lines under a theme say.
#[derive(Debug, Clone, Default)]
pub struct ThemeSettings {
    /// `@tag`: the codebook tags this theme stands for (for `synthese eval`).
    pub tags: Vec<String>,
    /// `@min`: the score (sum of entry weights) an answer needs for the theme; default one entry.
    pub min_score: i64,
    /// `@unless`: the theme does not count when one of these occurs in the answer.
    pub unless: Vec<Phrase>,
    /// `@unless-theme`: the theme does not count when one of these themes matched.
    pub unless_themes: Vec<usize>,
    /// `@negation`: overrides the file's.
    pub negation: Option<usize>,
    pub topics: Vec<String>,
    pub questions: Vec<String>,
    pub sources: Vec<String>,
}

/// A sequence of analysed words, matched one after the other, stop words included.
pub type Phrase = Vec<Pattern>;

/// Weights are kept in thousandths so that sums are exact and independent of order.
pub const WEIGHT_ONE: i64 = 1000;

/// `A NEAR/n B` (either order) or `A BEFORE/n B`.
#[derive(Debug, Clone)]
pub struct Near {
    pub words: Phrase,
    /// At most this many words between the two.
    pub window: usize,
    pub ordered: bool,
}

/// `NOT B` (anywhere in the answer) or `NOT NEAR/n B`.
#[derive(Debug, Clone)]
pub struct Not {
    pub words: Phrase,
    pub window: Option<usize>,
}

#[derive(Debug)]
pub struct Entry {
    pub file: usize,
    pub theme: usize,
    /// As the annotator wrote it.
    pub text: String,
    pub line: usize,
    pub column: usize,
    /// The analysed words, stop words included (at least one is not a stop word).
    pub words: Phrase,
    pub near: Option<Near>,
    pub not: Vec<Not>,
    /// In thousandths ([`WEIGHT_ONE`] by default).
    pub weight: i64,
    /// Columns of the phrases written with several words that match one word only (a written
    /// word that the analysis removes whole): `lexicon check` warns on them.
    pub reduced: Vec<usize>,
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
            write!(f, "{}:{}:{}: {}", self.path, self.line, self.column, self.message)
        }
    }
}

impl std::error::Error for LexiconError {}

impl LexiconFile {
    /// What the file applies to, as reports say it: `topics: A, B; questions: 161` or `all answers`.
    pub fn scope_description(&self) -> String {
        let parts: Vec<String> = [("topics", &self.topics), ("questions", &self.questions), ("sources", &self.sources)]
            .iter()
            .filter(|(_, values)| !values.is_empty())
            .map(|(name, values)| format!("{name}: {}", values.join(", ")))
            .collect();
        if parts.is_empty() {
            "all answers".to_owned()
        } else {
            parts.join("; ")
        }
    }
}

impl LexiconSet {
    /// Loads a `.lex` file, or every `.lex` file of a folder (in name order, so the result never
    /// depends on the order the file system lists them).
    pub fn load(path: &Path, stemmer: &Stemmer) -> Result<LexiconSet, Vec<LexiconError>> {
        let files = lexicon_files(path).map_err(|e| vec![e])?;
        // `@include` reads files below the lexicon folder only (or the file's folder).
        let root =
            if path.is_dir() { path.to_path_buf() } else { path.parent().map(Path::to_path_buf).unwrap_or_default() };
        let mut set = LexiconSet::default();
        let mut errors = Vec::new();
        for file in files {
            let shown = crate::paths::display(&file);
            match std::fs::read(&file) {
                Ok(bytes) => {
                    let base = file.parent().map(Path::to_path_buf).unwrap_or_default();
                    if let Err(mut errs) = parse::parse_lexicon_within(&shown, &bytes, &base, &root, stemmer, &mut set)
                    {
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
            set.seal();
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

    /// Makes what reports ask for on every row (theme labels, entry references) once; called
    /// when the set is complete. Those of themes and entries added later are still right, just
    /// made on each call.
    pub fn seal(&mut self) {
        self.labels = (0..self.themes.len()).map(|t| self.make_label(t)).collect();
        self.label_hashes = self.labels.iter().map(|l| label_hash(l)).collect();
        self.references = (0..self.entries.len()).map(|e| self.make_reference(e)).collect();
    }

    /// `lexicons/fiscalite.lex:12: impôt*`: where an entry is, and what it says.
    pub fn entry_reference(&self, entry: usize) -> std::borrow::Cow<'_, str> {
        match self.references.get(entry) {
            Some(reference) => std::borrow::Cow::Borrowed(reference),
            None => std::borrow::Cow::Owned(self.make_reference(entry)),
        }
    }

    fn make_reference(&self, entry: usize) -> String {
        let e = &self.entries[entry];
        format!("{}:{}: {}", self.files[e.file].path, e.line, e.text)
    }

    /// Whether `theme` is `ancestor` or one of its descendants.
    pub fn descends_from(&self, theme: usize, ancestor: usize) -> bool {
        let mut t = theme;
        loop {
            if t == ancestor {
                return true;
            }
            match self.themes[t].parent {
                Some(p) => t = p,
                None => return false,
            }
        }
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
    pub fn theme_label(&self, theme: usize) -> std::borrow::Cow<'_, str> {
        match self.labels.get(theme) {
            Some(label) => std::borrow::Cow::Borrowed(label),
            None => std::borrow::Cow::Owned(self.make_label(theme)),
        }
    }

    /// FNV-1a of the theme's label: what samples rank answers by, with the answer's own hash.
    pub fn theme_hash(&self, theme: usize) -> u64 {
        match self.label_hashes.get(theme) {
            Some(&h) => h,
            None => label_hash(&self.make_label(theme)),
        }
    }

    fn make_label(&self, theme: usize) -> String {
        let t = &self.themes[theme];
        format!("{} / {}", self.files[t.file].name, t.path)
    }
}

fn label_hash(label: &str) -> u64 {
    crate::hash::fnv1a(&[label.as_bytes()])
}

fn lexicon_files(path: &Path) -> Result<Vec<PathBuf>, LexiconError> {
    let shown = crate::paths::display(path);
    let meta = std::fs::metadata(path).map_err(|e| LexiconError {
        path: shown.clone(),
        line: 0,
        column: 0,
        message: format!(
            "cannot read the lexicons: {e} (give their folder with --lexicons, or run from the project folder)"
        ),
    })?;
    if meta.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    collect_lex(path, &mut files).map_err(|e| LexiconError {
        path: shown.clone(),
        line: 0,
        column: 0,
        message: format!("cannot list the folder: {e}"),
    })?;
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

/// Every `.lex` file below `dir` (files meant only for `@include` end in `.inc`).
fn collect_lex(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_lex(&path, out)?;
        } else if path.extension().is_some_and(|x| x == "lex") {
            out.push(path);
        }
    }
    Ok(())
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
