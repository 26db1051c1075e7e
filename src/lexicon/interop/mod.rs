//! Interoperability with the dictionary formats of other content-analysis tools: import quanteda
//! YAML, LIWC `.dic` and WordStat `.cat` dictionaries into the native `.lex` language, and export
//! native lexicons to quanteda YAML.
//!
//! Every import is a pure function from the foreign text to native text plus warnings: each
//! construct that cannot be carried over exactly is reported (with its line) and marked in the
//! output with a `# import:` comment, never dropped silently. The mapping tables are documented
//! for annotators in `lexicons/README.md` ("Importing and exporting").
//!
//! The one decision that concerns every format: foreign tools match a plain word exactly (the
//! word itself, any case), whereas a bare native word matches every word with the same stem. A
//! foreign plain word is therefore imported as a native exact form (`"taxe"`), and a word ending
//! with `*` as a native prefix (`fisc*`); the header of the output says so.

mod liwc;
mod quanteda;
mod wordstat;

use std::fmt;
use std::path::Path;

use crate::text::{self, Stemmer};

pub use liwc::import_liwc;
pub use quanteda::{export_quanteda, import_quanteda, ExportWarning, Exported};
pub use wordstat::import_wordstat;

/// Something of the foreign dictionary that could not be carried over exactly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// 1-based line in the foreign file; 0 for the whole file.
    pub line: usize,
    pub message: String,
}

/// A foreign file that cannot be read at all (the import stops).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (0, _) => write!(f, "{}", self.message),
            (l, 0) => write!(f, "{l}: {}", self.message),
            (l, c) => write!(f, "{l}:{c}: {}", self.message),
        }
    }
}

impl std::error::Error for ImportError {}

/// The foreign formats that can be imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Quanteda,
    Liwc,
    Wordstat,
}

impl Format {
    /// From the file extension: `.yml`/`.yaml` quanteda, `.dic` LIWC, `.cat` WordStat.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_lowercase();
        match ext.as_str() {
            "yml" | "yaml" => Some(Format::Quanteda),
            "dic" => Some(Format::Liwc),
            "cat" => Some(Format::Wordstat),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Format::Quanteda => "quanteda YAML",
            Format::Liwc => "LIWC .dic",
            Format::Wordstat => "WordStat .cat",
        }
    }
}

/// Imports `text` in `format` and checks that the native text produced parses (a failure there
/// is a bug of the importer, reported as an error rather than written out).
pub fn import(format: Format, text: &str, source_name: &str) -> Result<(String, Vec<Warning>), ImportError> {
    let (native, warnings) = match format {
        Format::Quanteda => import_quanteda(text, source_name)?,
        Format::Liwc => import_liwc(text, source_name)?,
        Format::Wordstat => import_wordstat(text, source_name)?,
    };
    let mut set = crate::lexicon::LexiconSet::default();
    if let Err(errors) =
        crate::lexicon::parse_lexicon("import.lex", native.as_bytes(), Path::new("."), &Stemmer::french(), &mut set)
    {
        let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        return Err(ImportError {
            line: 0,
            column: 0,
            message: format!(
                "the lexicon written from this file does not parse (a bug of synthese, please report it): {}",
                list.join("; ")
            ),
        });
    }
    Ok((native, warnings))
}

/// Foreign dictionaries are often saved in Windows-1252 (Latin-1 with a few extra characters)
/// rather than UTF-8. Returns the text, without a byte-order mark, and whether it was decoded as
/// Windows-1252.
pub fn decode(bytes: &[u8]) -> (String, bool) {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), false),
        Err(_) => (bytes.iter().map(|&b| windows_1252(b)).collect(), true),
    }
}

fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

// ---------------------------------------------------------------------------------------------
// The tree every importer builds, and how it is written as native text.

/// A foreign category, becoming a native theme.
#[derive(Debug, Default)]
pub(crate) struct Node {
    pub name: String,
    pub line: usize,
    /// Comment lines written right under the theme line.
    pub notes: Vec<String>,
    pub items: Vec<Item>,
    pub children: Vec<Node>,
}

#[derive(Debug)]
pub(crate) enum Item {
    /// A native entry, as written.
    Entry(String),
    /// A comment line at this place (a dropped or approximated construct, a rule's origin).
    Comment(String),
}

impl Node {
    pub fn new(name: String, line: usize) -> Node {
        Node { name, line, ..Node::default() }
    }

    /// The child named `name` (merged with an existing one, as the foreign tools do), created if
    /// needed; returns its index.
    pub fn child(&mut self, name: &str, line: usize, ctx: &mut Context) -> usize {
        child_in(&mut self.children, name, line, ctx)
    }

    /// Adds a native entry unless the theme already holds the same one. Accents are ignored
    /// in the lexicons written (the synthese default), so `"élu"` and `"elu"` are one entry:
    /// such twins are merged and counted for the summary, not warned one by one.
    /// Returns whether it was added.
    pub fn add_entry(&mut self, entry: String, line: usize, ctx: &mut Context) -> bool {
        if self.items.iter().any(|i| matches!(i, Item::Entry(e) if *e == entry)) {
            ctx.warn(line, format!("`{entry}` is already an entry of `{}`: kept once", self.name));
            return false;
        }
        let folded = text::fold::fold_accents(&entry).into_owned();
        if self.items.iter().any(|i| matches!(i, Item::Entry(e) if text::fold::fold_accents(e) == folded)) {
            ctx.accent_twins += 1;
            return false;
        }
        self.items.push(Item::Entry(entry));
        true
    }
}

/// Index of the node named `name` among `nodes`, created if needed. Names are made safe for a
/// theme line first.
pub(crate) fn child_in(nodes: &mut Vec<Node>, name: &str, line: usize, ctx: &mut Context) -> usize {
    let safe = theme_name(name, line, ctx);
    if let Some(i) = nodes.iter().position(|n| n.name == safe) {
        let first = nodes[i].line;
        if first != line {
            ctx.warn(
                line,
                format!(
                    "the category `{safe}` already appears on line {first}: their entries are merged into one theme"
                ),
            );
        }
        return i;
    }
    nodes.push(Node::new(safe, line));
    nodes.len() - 1
}

/// The node at `path` (indices from the roots).
pub(crate) fn node_at<'a>(roots: &'a mut [Node], path: &[usize]) -> &'a mut Node {
    let (first, rest) = path.split_first().expect("a path names at least one node");
    let mut node = &mut roots[*first];
    for &i in rest {
        node = &mut node.children[i];
    }
    node
}

/// A theme line is `name:`; a name must not start like a comment or a setting, nor hold a
/// comment marker, so such characters are removed (with a warning).
fn theme_name(name: &str, line: usize, ctx: &mut Context) -> String {
    let collapsed = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let safe = collapsed.trim_start_matches(['#', '@', ' ']).to_string();
    if safe.is_empty() {
        ctx.warn(
            line,
            format!("the category name `{name}` has no letters a theme can be named with: named `sans nom`"),
        );
        return "sans nom".into();
    }
    if safe != collapsed {
        ctx.warn(line, format!("the category `{collapsed}` is named `{safe}`: a theme line cannot start with `#` (a comment) or `@` (a setting)"));
    }
    safe
}

/// What every importer shares: the warnings so far and the counts the summary line reports.
pub(crate) struct Context {
    pub format: &'static str,
    pub stemmer: Stemmer,
    pub warnings: Vec<Warning>,
    /// Entries holding at least one foreign plain word, imported as an exact form.
    pub exact_entries: usize,
    /// Entries that only differ from another of their theme by accents, merged.
    pub accent_twins: usize,
}

impl Context {
    pub fn new(format: &'static str) -> Context {
        Context { format, stemmer: Stemmer::french(), warnings: Vec::new(), exact_entries: 0, accent_twins: 0 }
    }

    pub fn warn(&mut self, line: usize, message: String) {
        self.warnings.push(Warning { line, message });
    }

    /// Converts one foreign value and adds it (or, when it cannot be carried over, a comment
    /// saying why) to `node`. `weight` is the native weight text, if not 1.
    pub fn add_value(&mut self, node: &mut Node, value: &str, line: usize, weight: Option<&str>) {
        match self.convert(value, true) {
            Ok(converted) => {
                for note in &converted.notes {
                    node.items.push(Item::Comment(format!("import: line {line}: {note}")));
                    self.warn(line, note.clone());
                }
                if node.add_entry(with_weight(converted.text, weight), line, self) && converted.exact {
                    self.exact_entries += 1;
                }
            }
            Err(reason) => self.drop_value(node, value, line, &reason),
        }
    }

    pub fn drop_value(&mut self, node: &mut Node, value: &str, line: usize, reason: &str) {
        let message = format!("`{value}` not imported: {reason}");
        node.items.push(Item::Comment(format!("import: line {line}: {message}")));
        self.warn(line, message);
    }

    /// A foreign phrase (words separated by spaces, `*` and `?` wildcards) as native text.
    /// `gaps` allows a lone `*` between words (quanteda: any one word), written as `BEFORE/n`.
    pub fn convert(&self, value: &str, gaps: bool) -> Result<Converted, String> {
        convert_phrase(value, self.format, gaps, &self.stemmer)
    }
}

pub(crate) fn with_weight(entry: String, weight: Option<&str>) -> String {
    match weight {
        Some(w) => format!("{entry} ({w})"),
        None => entry,
    }
}

/// A foreign value written in the native language.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Converted {
    pub text: String,
    /// Approximations made on the way (each becomes a warning and a comment).
    pub notes: Vec<String>,
    /// Whether it holds a plain (exact) word.
    pub exact: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Exact,
    Prefix,
}

/// One native word of a converted phrase.
#[derive(Debug, Clone)]
struct Term {
    text: String,
    kind: Kind,
}

const GLOBS: [char; 2] = ['*', '?'];

fn convert_phrase(value: &str, format: &str, gaps: bool, stemmer: &Stemmer) -> Result<Converted, String> {
    let lower = value.to_lowercase();
    let mut notes = Vec::new();
    // `None` is a gap: a lone `*` or `?`, any one word in quanteda.
    let mut pieces: Vec<Option<Vec<Term>>> = Vec::new();
    for token in lower.split_whitespace() {
        if token.chars().all(|c| GLOBS.contains(&c)) {
            pieces.push(None);
        } else {
            pieces.push(Some(convert_token(token, &mut notes)?));
        }
    }
    // A gap at either end only asks for some word there: the entry matches without it.
    if pieces.first().is_some_and(Option::is_none) {
        notes.push(format!("`{value}`: the lone `*` or `?` at the start (any word before) is left out"));
        while pieces.first().is_some_and(Option::is_none) {
            pieces.remove(0);
        }
    }
    if pieces.last().is_some_and(Option::is_none) {
        notes.push(format!("`{value}`: the lone `*` or `?` at the end (any word after) is left out"));
        while pieces.last().is_some_and(Option::is_none) {
            pieces.pop();
        }
    }
    let mut segments: Vec<Vec<Term>> = vec![Vec::new()];
    let mut gap_sizes: Vec<usize> = Vec::new();
    let mut in_gap = false;
    for piece in pieces {
        match piece {
            None if in_gap => *gap_sizes.last_mut().expect("in a gap") += 1,
            None => {
                gap_sizes.push(1);
                segments.push(Vec::new());
                in_gap = true;
            }
            Some(terms) => {
                segments.last_mut().expect("at least one segment").extend(terms);
                in_gap = false;
            }
        }
    }
    let exact = segments.iter().flatten().any(|t| t.kind == Kind::Exact);
    let text = match (&segments[..], &gap_sizes[..]) {
        ([one], []) => render(one, stemmer)?,
        ([left, right], [n]) if gaps => {
            notes.push(format!("`{value}`: a lone `*` stands for exactly one word in {format}; written as BEFORE/{n}, which also accepts fewer words between"));
            format!("{} BEFORE/{n} {}", render(left, stemmer)?, render(right, stemmer)?)
        }
        _ if gaps => {
            return Err("several runs of lone `*` or `?` (any one word) between words: synthese can express one gap per entry (BEFORE/n)".into())
        }
        _ => return Err("a lone `*` or `?` (any one word) cannot be used inside a rule".into()),
    };
    Ok(Converted { text, notes, exact })
}

/// One whitespace-separated foreign token (lowercased) as native words.
fn convert_token(token: &str, notes: &mut Vec<String>) -> Result<Vec<Term>, String> {
    let (base, prefix) = match token.find(GLOBS) {
        None => (token, false),
        Some(g) => {
            let tail = &token[g..];
            if g == 0 {
                let rest = token.trim_start_matches('*');
                let middle = rest.trim_end_matches('*');
                if token.starts_with('?') || middle.contains(GLOBS) {
                    return Err(format!("`{token}`: a wildcard at the start of a word has no synthese equivalent (prefixes match the start of words only)"));
                }
                if middle.len() == rest.len() {
                    return Err(format!(
                        "`{token}` matches words ending with `{middle}`: synthese has no suffix matching"
                    ));
                }
                notes.push(format!("`{token}` matches words containing `{middle}` anywhere; synthese prefixes match the start of words only: imported as `{middle}*` (narrower)"));
                (middle, true)
            } else if tail.chars().all(|c| c == '*') {
                (&token[..g], true)
            } else {
                let base = &token[..g];
                let what = if tail.starts_with('?') { "`?` (any one letter)" } else { "a `*` inside a word" };
                notes.push(format!("`{token}`: {what} has no synthese equivalent: imported as `{base}*`, every word starting with `{base}` (broader)"));
                (&token[..g], true)
            }
        }
    };
    let words: Vec<&str> = text::words(base).map(|w| w.text).collect();
    let count = words.len();
    Ok(words
        .into_iter()
        .enumerate()
        .map(|(i, w)| Term {
            text: w.to_owned(),
            kind: if prefix && i + 1 == count { Kind::Prefix } else { Kind::Exact },
        })
        .collect())
}

/// Native text for a run of words: exact words grouped between double quotes, prefixes bare.
/// Fails when nothing in it can ever match (no word, or stop words only).
fn render(terms: &[Term], stemmer: &Stemmer) -> Result<String, String> {
    let matches = terms.iter().any(|t| match text::analyse_word(&t.text, stemmer) {
        None => false,
        Some(a) => t.kind == Kind::Prefix || !a.stop,
    });
    if !matches {
        return Err(if terms.is_empty() {
            "no word in it (only punctuation or symbols): synthese matches words only".into()
        } else {
            "only stop words (le, de, pour…), which synthese never matches on their own".into()
        });
    }
    let mut out = String::new();
    let mut open = false;
    for t in terms {
        match t.kind {
            Kind::Exact if open => {
                out.push(' ');
                out.push_str(&t.text);
            }
            Kind::Exact => {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push('"');
                out.push_str(&t.text);
                open = true;
            }
            Kind::Prefix => {
                if open {
                    out.push('"');
                    open = false;
                }
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&t.text);
                out.push('*');
            }
        }
    }
    if open {
        out.push('"');
    }
    Ok(out)
}

/// The header every import writes: where the lexicon comes from and how its entries were read.
pub(crate) fn header(format: &str, source_name: &str, extra: &[&str]) -> Vec<String> {
    let mut lines = vec![
        format!("Imported from the {format} dictionary `{source_name}` by `synthese lexicon import`."),
        String::new(),
        "How its entries were written here (lexicons/README.md, \"Importing and exporting\"):".into(),
        format!("- a plain word matches that word only in {format}: it is written as an exact form (\"taxe\")."),
        "  A bare word would match every word with the same stem (taxe, taxes, taxer): remove the".into(),
        "  quotes where that is what you mean.".into(),
        "- a word ending with `*` is a prefix (fisc*), as in the original.".into(),
        "- several words are a phrase, matched word after word, stop words included.".into(),
        "- accents are ignored, the synthese default: \"écologie\" also matches \"ecologie\".".into(),
    ];
    lines.extend(extra.iter().map(|s| s.to_string()));
    lines.push("- what could not be carried over exactly is marked `# import:` below, and was reported".into());
    lines.push("  as a warning by the import.".into());
    lines
}

/// Writes the tree as a native lexicon.
pub(crate) fn write_native(header: &[String], name: &str, roots: &[Node]) -> String {
    let mut out = String::new();
    for line in header {
        if line.is_empty() {
            out.push_str("#\n");
        } else {
            out.push_str("# ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out.push('\n');
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if !name.is_empty() {
        out.push_str(&format!("@name: {name}\n\n"));
    }
    for root in roots {
        write_node(&mut out, root, 0);
    }
    out
}

fn write_node(out: &mut String, node: &Node, depth: usize) {
    let pad = "    ".repeat(depth);
    out.push_str(&format!("{pad}{}:\n", node.name));
    for note in &node.notes {
        out.push_str(&format!("{pad}    # {note}\n"));
    }
    for item in &node.items {
        match item {
            Item::Entry(e) => out.push_str(&format!("{pad}    {e}\n")),
            Item::Comment(c) => out.push_str(&format!("{pad}    # {c}\n")),
        }
    }
    for child in &node.children {
        write_node(out, child, depth + 1);
    }
    if depth == 0 {
        out.push('\n');
    }
}

/// The closing warning every import adds (plain words became exact forms), and the warnings put
/// in file order (rules are resolved after the categories), remarks on the whole file last.
pub(crate) fn summary(ctx: &mut Context) {
    ctx.warnings.sort_by_key(|w| (w.line == 0, w.line));
    if ctx.accent_twins > 0 {
        let n = ctx.accent_twins;
        ctx.warn(
            0,
            format!(
                "{n} entr{} differed from another of their theme only by accents (élu, elu): accents are ignored in the lexicon written (the synthese default), so each pair is one entry, kept once; add `@accents: keep` and the dropped forms to match accents exactly",
                if n == 1 { "y" } else { "ies" }
            ),
        );
    }
    if ctx.exact_entries > 0 {
        let n = ctx.exact_entries;
        let format = ctx.format;
        ctx.warn(
            0,
            format!(
                "{n} entr{} with plain words were imported as exact forms (\"taxe\"), which match those words only, as {format} does; a bare word in synthese would also match the other words with the same stem (taxes, taxer)",
                if n == 1 { "y" } else { "ies" }
            ),
        );
    }
}

/// The file name without its folder and extension, for `@name`.
pub(crate) fn stem_name(source_name: &str) -> String {
    Path::new(source_name).file_stem().map_or_else(|| source_name.to_owned(), |s| s.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests;
