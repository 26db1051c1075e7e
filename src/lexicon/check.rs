//! `lexicon check`'s findings on lexicons that parse: what is legal but probably not what the
//! annotator meant (duplicates, an entry in two themes, wildcards that catch too much, empty
//! themes). Syntax errors are found by the parser; both come out as located diagnostics.

use std::collections::BTreeMap;
use std::fmt;

use super::{LexiconError, LexiconSet, PatternKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if self.line == 0 {
            write!(f, "{}: {level}: {}", self.path, self.message)
        } else {
            write!(f, "{}:{}:{}: {level}: {}", self.path, self.line, self.column, self.message)
        }
    }
}

impl From<LexiconError> for Diagnostic {
    fn from(e: LexiconError) -> Diagnostic {
        Diagnostic { severity: Severity::Error, path: e.path, line: e.line, column: e.column, message: e.message }
    }
}

/// A prefix shorter than this matches too many words to mean one thing.
pub const MIN_PREFIX_CHARS: usize = 4;

pub fn check(set: &LexiconSet) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let warn = |path: &str, line, column, message: String| Diagnostic {
        severity: Severity::Warning,
        path: path.to_owned(),
        line,
        column,
        message,
    };
    // Entries that mean the same thing: same words, rules and accent mode.
    let mut same: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, e) in set.entries.iter().enumerate() {
        let key = format!(
            "{:?}|{:?}|{:?}",
            e.words,
            e.near.as_ref().map(|n| (&n.words, n.window, n.ordered)),
            e.not.iter().map(|n| (&n.words, n.window)).collect::<Vec<_>>()
        );
        for &column in &e.reduced {
            out.push(warn(
                &set.files[e.file].path,
                e.line,
                column,
                "this phrase is written with several words but matches a single word (the analysis removes the others): write that word alone, or the words it must come with".to_owned(),
            ));
        }
        // Files are separate codebooks: an entry shared by two files is normal.
        same.entry(format!("{}|{key}", e.file)).or_default().push(i);
        for p in e.words.iter().chain(e.near.iter().flat_map(|n| &n.words)) {
            if p.kind == PatternKind::Prefix && p.key.chars().count() < MIN_PREFIX_CHARS {
                out.push(warn(
                    &set.files[e.file].path,
                    e.line,
                    e.column,
                    format!("`{}*` matches every word starting with `{}`, thousands of forms: make it at least {MIN_PREFIX_CHARS} letters long, or list the words", p.key, p.key),
                ));
            }
        }
    }
    for group in same.values().filter(|g| g.len() > 1) {
        let first = &set.entries[group[0]];
        for &i in &group[1..] {
            let e = &set.entries[i];
            let place = format!("{}:{}", set.files[first.file].path, first.line);
            let message = if e.theme == first.theme {
                format!("`{}` repeats the entry `{}` of {place} in the same theme: delete one", e.text, first.text)
            } else {
                format!(
                    "`{}` is also an entry of `{}` ({place}, `{}`): an answer with it counts for both themes; keep it in one unless that is meant",
                    e.text,
                    set.theme_label(first.theme),
                    first.text
                )
            };
            out.push(warn(&set.files[e.file].path, e.line, e.column, message));
        }
    }
    for (t, theme) in set.themes.iter().enumerate() {
        let has_entries = set.entries.iter().any(|e| e.theme == t);
        let has_children = set.themes.iter().any(|c| c.parent == Some(t));
        if !has_entries && !has_children {
            out.push(warn(
                &set.files[theme.file].path,
                theme.line,
                1,
                format!("the theme `{}` has no entries: it can never match", theme.path),
            ));
        }
    }
    out.sort_by(|a, b| (&a.path, a.line, a.column, &a.message).cmp(&(&b.path, b.line, b.column, &b.message)));
    out
}
