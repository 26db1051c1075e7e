//! quanteda dictionaries in YAML (`quanteda::dictionary(file = "x.yml")`, `as.yaml(dict)`):
//! nested mappings of keys to lists of glob patterns. Import reads them with `saphyr-parser`
//! (YAML 1.2, with the line of every value for warnings); export writes the subset quanteda
//! writes itself.

use saphyr_parser::{Event, Parser, ScalarStyle, Span};

use super::{child_in, header, stem_name, summary, write_native, Context, ImportError, Node, Warning};
use crate::lexicon::{Accents, Entry, LexiconFile, LexiconSet, WEIGHT_ONE};
use crate::text::{self, Stemmer};

// ---------------------------------------------------------------------------------------------
// Import

/// A YAML node, with the line it starts on.
#[derive(Debug, Clone)]
enum Yaml {
    Scalar {
        value: String,
        plain: bool,
        line: usize,
    },
    Seq {
        items: Vec<Yaml>,
    },
    Map {
        entries: Vec<(Yaml, Yaml)>,
        line: usize,
    },
    /// An alias whose anchor is not a complete node before it (a recursive one).
    Alias {
        line: usize,
    },
}

impl Yaml {
    fn is_null(&self) -> bool {
        matches!(self, Yaml::Scalar { value, plain: true, .. } if value.is_empty() || value == "~" || value.eq_ignore_ascii_case("null"))
    }
}

/// Imports a quanteda YAML dictionary: keys become themes (nested keys, sub-themes), values
/// entries. The key `__` holds the values of a key that also has sub-keys, as `as.yaml()` writes.
pub fn import_quanteda(text: &str, source_name: &str) -> Result<(String, Vec<Warning>), ImportError> {
    let mut ctx = Context::new("quanteda");
    let root = read_yaml(text, &mut ctx)?;
    let entries = match root {
        Some(Yaml::Map { entries, .. }) => entries,
        Some(y) if y.is_null() => Vec::new(),
        Some(other) => {
            let line = match &other {
                Yaml::Scalar { line, .. } | Yaml::Map { line, .. } | Yaml::Alias { line } => *line,
                Yaml::Seq { items } => first_line(items),
            };
            return Err(ImportError {
                line,
                column: 1,
                message: "a quanteda dictionary is a mapping of keys to lists of values (`écologie:` then `- climat` lines); this file holds a list or a single value at its top".into(),
            });
        }
        None => Vec::new(),
    };
    if entries.is_empty() {
        return Err(ImportError {
            line: 0,
            column: 0,
            message: "no dictionary key in this file: a quanteda dictionary maps keys (`écologie:`) to lists of values"
                .into(),
        });
    }
    let mut roots = Vec::new();
    for (key, value) in &entries {
        let (name, line) = key_name(key)?;
        if name == "__" {
            ctx.warn(line, "`__` at the top holds the values of no parent key: imported as a theme named `__`".into());
        }
        read_key(&name, line, value, &mut roots, &mut ctx)?;
    }
    summary(&mut ctx);
    let head = header(
        "quanteda",
        source_name,
        &[
            "- the values of a key that also has sub-keys (written under `__` by quanteda's as.yaml())",
            "  are the entries of its theme.",
        ],
    );
    Ok((write_native(&head, &stem_name(source_name), &roots), ctx.warnings))
}

fn first_line(items: &[Yaml]) -> usize {
    items.first().map_or(1, |i| match i {
        Yaml::Scalar { line, .. } | Yaml::Map { line, .. } | Yaml::Alias { line } => *line,
        Yaml::Seq { items } => first_line(items),
    })
}

fn key_name(key: &Yaml) -> Result<(String, usize), ImportError> {
    match key {
        Yaml::Scalar { value, line, .. } => Ok((value.clone(), *line)),
        other => Err(ImportError {
            line: match other {
                Yaml::Map { line, .. } | Yaml::Alias { line } => *line,
                Yaml::Seq { items } => first_line(items),
                Yaml::Scalar { .. } => unreachable!(),
            },
            column: 1,
            message: "a dictionary key must be a plain name, not a list or a mapping".into(),
        }),
    }
}

fn read_key(
    name: &str,
    line: usize,
    value: &Yaml,
    siblings: &mut Vec<Node>,
    ctx: &mut Context,
) -> Result<(), ImportError> {
    let index = child_in(siblings, name, line, ctx);
    read_values(value, &mut siblings[index], ctx)
}

/// The values (and sub-keys) of one key into its theme.
fn read_values(value: &Yaml, node: &mut Node, ctx: &mut Context) -> Result<(), ImportError> {
    match value {
        _ if value.is_null() => {}
        Yaml::Scalar { value, line, .. } => add(node, value, *line, ctx),
        Yaml::Seq { items } => {
            for item in items {
                match item {
                    Yaml::Scalar { line, .. } if item.is_null() => {
                        ctx.warn(*line, format!("an empty value in `{}` is skipped", node.name))
                    }
                    Yaml::Scalar { value, line, .. } => add(node, value, *line, ctx),
                    Yaml::Seq { items } => {
                        ctx.warn(
                            first_line(items),
                            format!(
                                "a list inside the list of `{}`: its values are entries of `{}`",
                                node.name, node.name
                            ),
                        );
                        read_values(item, node, ctx)?;
                    }
                    Yaml::Map { .. } => read_values(item, node, ctx)?,
                    Yaml::Alias { line } => alias(*line, ctx),
                }
            }
        }
        Yaml::Map { entries, .. } => {
            for (key, value) in entries {
                let (name, line) = key_name(key)?;
                if name == "__" {
                    read_values(value, node, ctx)?;
                } else {
                    read_key(&name, line, value, &mut node.children, ctx)?;
                }
            }
        }
        Yaml::Alias { line } => alias(*line, ctx),
    }
    Ok(())
}

fn alias(line: usize, ctx: &mut Context) {
    ctx.warn(line, "a YAML alias (`*name`) that refers to a node holding it is not read: write the values out".into());
}

fn add(node: &mut Node, value: &str, line: usize, ctx: &mut Context) {
    if value.contains(['^', '$', '\\', '|', '[', ']', '(', ')', '{', '}']) {
        ctx.warn(line, format!("`{value}` looks like a regular expression: it was read as a glob, quanteda's default (valuetype = \"glob\"); if the dictionary is applied with valuetype = \"regex\", rewrite this entry by hand"));
    }
    ctx.add_value(node, value, line, None);
}

/// Reads the first YAML document into a tree.
fn read_yaml(text: &str, ctx: &mut Context) -> Result<Option<Yaml>, ImportError> {
    let mut reader = Reader { parser: Parser::new_from_str(text), anchors: Default::default() };
    let mut root = None;
    loop {
        let (event, span) = reader.next()?;
        match event {
            Event::StreamStart | Event::DocumentEnd | Event::Nothing => {}
            Event::StreamEnd => return Ok(root),
            Event::DocumentStart(_) if root.is_some() => {
                ctx.warn(
                    line_of(&span),
                    "only the first YAML document of the file is read (quanteda reads one)".into(),
                );
                return Ok(root);
            }
            Event::DocumentStart(_) => {
                let (event, span) = reader.next()?;
                root = Some(reader.node(event, span)?);
            }
            other => {
                return Err(ImportError {
                    line: line_of(&span),
                    column: 1,
                    message: format!("unexpected YAML {other:?}"),
                })
            }
        }
    }
}

fn line_of(span: &Span) -> usize {
    span.start.line().max(1)
}

struct Reader<'a> {
    parser: Parser<'a, saphyr_parser::StrInput<'a>>,
    /// Anchored nodes (`&name`), for the aliases (`*name`) that repeat them.
    anchors: std::collections::HashMap<usize, Yaml>,
}

impl<'a> Reader<'a> {
    fn next(&mut self) -> Result<(Event<'a>, Span), ImportError> {
        match self.parser.next_event() {
            Some(Ok(pair)) => Ok(pair),
            Some(Err(e)) => Err(ImportError {
                line: e.marker().line().max(1),
                column: e.marker().col() + 1,
                message: format!("this is not valid YAML: {}", e.info()),
            }),
            None => Err(ImportError { line: 0, column: 0, message: "the YAML ends unexpectedly".into() }),
        }
    }

    fn node(&mut self, event: Event<'a>, span: Span) -> Result<Yaml, ImportError> {
        let line = line_of(&span);
        let (node, anchor) = match event {
            Event::Scalar(value, style, anchor, _) => {
                (Yaml::Scalar { value: value.into_owned(), plain: style == ScalarStyle::Plain, line }, anchor)
            }
            Event::Alias(id) => {
                return Ok(match self.anchors.get(&id).cloned() {
                    // Warnings about a repeated value name the line of the repetition.
                    Some(Yaml::Scalar { value, plain, .. }) => Yaml::Scalar { value, plain, line },
                    Some(node) => node,
                    None => Yaml::Alias { line },
                });
            }
            Event::SequenceStart(anchor, _) => {
                let mut items = Vec::new();
                loop {
                    let (event, span) = self.next()?;
                    if event == Event::SequenceEnd {
                        break (Yaml::Seq { items }, anchor);
                    }
                    items.push(self.node(event, span)?);
                }
            }
            Event::MappingStart(anchor, _) => {
                let mut entries = Vec::new();
                loop {
                    let (event, span) = self.next()?;
                    if event == Event::MappingEnd {
                        break (Yaml::Map { entries, line }, anchor);
                    }
                    let key = self.node(event, span)?;
                    let (event, span) = self.next()?;
                    let value = self.node(event, span)?;
                    entries.push((key, value));
                }
            }
            other => return Err(ImportError { line, column: 1, message: format!("unexpected YAML {other:?}") }),
        };
        if anchor > 0 {
            self.anchors.insert(anchor, node.clone());
        }
        Ok(node)
    }
}

// ---------------------------------------------------------------------------------------------
// Export

/// A quanteda YAML dictionary written from native lexicons, with what could not be expressed.
#[derive(Debug)]
pub struct Exported {
    pub text: String,
    pub warnings: Vec<ExportWarning>,
    /// Keys and values written.
    pub keys: usize,
    pub values: usize,
}

/// A native construct quanteda cannot express, located in its lexicon file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportWarning {
    /// The lexicon file; empty for a remark on the whole export.
    pub path: String,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ExportWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.path.as_str(), self.line) {
            ("", _) => write!(f, "warning: {}", self.message),
            (p, 0) => write!(f, "{p}: warning: {}", self.message),
            (p, l) => write!(f, "{p}:{l}: warning: {}", self.message),
        }
    }
}

/// One YAML key to write.
#[derive(Debug, Default)]
struct Key {
    name: String,
    comments: Vec<String>,
    values: Vec<Line>,
    children: Vec<Key>,
}

#[derive(Debug)]
enum Line {
    Value(String),
    Comment(String),
}

/// The quanteda values of a phrase, and what they say about the entry.
struct Forms {
    values: Vec<String>,
    /// A word matched by its stem in synthese.
    stem: bool,
    /// Stop words inside a phrase.
    stop_inside: bool,
}

/// NEAR/BEFORE windows up to this are written as gap phrases (`prix * carburant`).
const MAX_GAP: usize = 5;
const MAX_GAP_VALUES: usize = 48;

struct Exporter<'a> {
    set: &'a LexiconSet,
    stemmer: &'a Stemmer,
    warnings: Vec<ExportWarning>,
    stem_entries: usize,
    stop_phrases: usize,
    values: usize,
    keys: usize,
}

/// Writes the lexicons as one quanteda YAML dictionary: themes become keys (one top key per file
/// when there are several files), entries values. What quanteda cannot express is written as a
/// YAML comment and reported as a warning.
pub fn export_quanteda(set: &LexiconSet, stemmer: &Stemmer) -> Exported {
    let mut ex = Exporter { set, stemmer, warnings: Vec::new(), stem_entries: 0, stop_phrases: 0, values: 0, keys: 0 };
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); set.themes.len()];
    let mut roots: Vec<Vec<usize>> = vec![Vec::new(); set.files.len()];
    for (i, t) in set.themes.iter().enumerate() {
        match t.parent {
            Some(p) => children[p].push(i),
            None => roots[t.file].push(i),
        }
    }
    let mut entries: Vec<Vec<usize>> = vec![Vec::new(); set.themes.len()];
    for (i, e) in set.entries.iter().enumerate() {
        entries[e.theme].push(i);
    }
    let mut files = Vec::new();
    for (f, file) in set.files.iter().enumerate() {
        let comments = ex.file_settings(file);
        let keys: Vec<Key> = roots[f].iter().map(|&t| ex.theme(t, &children, &entries)).collect();
        files.push((file, comments, keys));
    }
    ex.summaries();

    let mut out = String::new();
    let paths: Vec<&str> = set.files.iter().map(|f| f.path.as_str()).collect();
    for line in export_header(&paths) {
        out.push_str(if line.is_empty() { "#" } else { "# " });
        out.push_str(&line);
        out.push('\n');
    }
    let wrap = set.files.len() > 1;
    let mut used_names: Vec<String> = Vec::new();
    for (file, comments, keys) in files {
        out.push('\n');
        out.push_str(&format!("# {} ({})\n", file.name, file.path));
        if wrap {
            let mut name = file.name.clone();
            if used_names.contains(&name) {
                name = format!("{} ({})", file.name, file.path);
            }
            used_names.push(name.clone());
            ex.keys += 1;
            emit(&mut out, &Key { name, comments, values: Vec::new(), children: keys }, 0);
        } else {
            for c in comments {
                out.push_str(&format!("# {c}\n"));
            }
            for key in &keys {
                emit(&mut out, key, 0);
            }
        }
    }
    Exported { text: out, warnings: ex.warnings, keys: ex.keys, values: ex.values }
}

fn export_header(paths: &[&str]) -> Vec<String> {
    let mut lines = vec![
        format!("quanteda dictionary written by `synthese lexicon export` from {}.", paths.join(", ")),
        "Read it in R with: quanteda::dictionary(file = \"this-file.yml\")".into(),
        String::new(),
        "How the synthese entries are written (lexicons/README.md, \"Importing and exporting\"):".into(),
        "- a word (`impôt`, matched by its stem in synthese): the word and its plural or singular".into(),
        "  when it has the same stem (impôt, impôts). A glob would catch unrelated words (vert* also".into(),
        "  matches vertu), so the other forms with that stem (écologique for écologie) are not matched.".into(),
        "- an exact form (`\"vert\"`): the word; a prefix (`fisc*`): the same glob.".into(),
        "- a phrase: its words in sequence, and again with the words before its first stop word in".into(),
        "  the other number (élus locaux, élu local). Both match stop words inside phrases as written.".into(),
        "- with accents ignored (the synthese default) each value is also written without accents.".into(),
        "- NEAR/n and BEFORE/n (n up to 5): one phrase per distance, a lone `*` standing for one word".into(),
        "  (`prix * carburant`); quanteda also counts punctuation as words unless".into(),
        "  tokens(remove_punct = TRUE).".into(),
        "- what quanteda cannot express (NOT, weights, @min, @unless, @negation, scopes, @tag) is".into(),
        "  left as a `# synthese:` comment where it was, and reported as a warning by the export.".into(),
        "- a theme with both entries and sub-themes keeps its own entries under the key `__`, as".into(),
        "  quanteda's as.yaml() writes them.".into(),
    ];
    if paths.len() > 1 {
        lines.push("- each lexicon file is a top key, named after its @name.".into());
    }
    lines
}

impl Exporter<'_> {
    fn warn(&mut self, path: &str, line: usize, message: String) {
        self.warnings.push(ExportWarning { path: path.to_owned(), line, message });
    }

    fn file_settings(&mut self, file: &LexiconFile) -> Vec<String> {
        let mut lost = Vec::new();
        if !file.topics.is_empty() {
            lost.push(format!("@topics: {}", file.topics.join(" | ")));
        }
        if !file.questions.is_empty() {
            lost.push(format!("@questions: {}", file.questions.join(" | ")));
        }
        if !file.sources.is_empty() {
            lost.push(format!("@sources: {}", file.sources.join(" | ")));
        }
        if let Some(n) = file.negation {
            lost.push(format!("@negation: {n}"));
        }
        let mut comments = Vec::new();
        for setting in lost {
            self.warn(&file.path, 0, format!("`{setting}` cannot be expressed in a quanteda dictionary: kept as a comment only, apply it when you select the texts"));
            comments.push(format!("synthese: {setting} (not expressible in quanteda)"));
        }
        if file.accents == Accents::Keep {
            comments.push("synthese: @accents: keep (forms are written with their accents only)".into());
        }
        comments
    }

    fn theme(&mut self, t: usize, children: &[Vec<usize>], entries: &[Vec<usize>]) -> Key {
        let set = self.set;
        let theme = &set.themes[t];
        let path = set.files[theme.file].path.clone();
        let mut key = Key { name: theme.name.clone(), ..Key::default() };
        self.keys += 1;
        let s = &theme.settings;
        let mut lost = Vec::new();
        if !s.tags.is_empty() {
            lost.push(format!("@tag: {}", s.tags.join(" | ")));
        }
        if s.min_score != WEIGHT_ONE {
            lost.push(format!("@min: {}", weight_text(s.min_score)));
        }
        if !s.unless.is_empty() {
            let shown: Vec<String> =
                s.unless.iter().map(|p| p.iter().map(|w| w.key.as_str()).collect::<Vec<_>>().join(" ")).collect();
            lost.push(format!("@unless: {} (as analysed)", shown.join(" | ")));
        }
        if !s.unless_themes.is_empty() {
            let shown: Vec<&str> = s.unless_themes.iter().map(|&u| set.themes[u].path.as_str()).collect();
            lost.push(format!("@unless-theme: {}", shown.join(" | ")));
        }
        if let Some(n) = s.negation {
            lost.push(format!("@negation: {n}"));
        }
        for (name, list) in [("topics", &s.topics), ("questions", &s.questions), ("sources", &s.sources)] {
            if !list.is_empty() {
                lost.push(format!("@{name}: {}", list.join(" | ")));
            }
        }
        for setting in lost {
            self.warn(&path, theme.line, format!("`{setting}` of the theme `{}` cannot be expressed in a quanteda dictionary: kept as a comment only", theme.path));
            key.comments.push(format!("synthese: {setting} (not expressible in quanteda)"));
        }
        for &e in &entries[t] {
            let entry = &set.entries[e];
            let values = self.entry(entry, &set.files[entry.file]);
            key.values.extend(values);
        }
        key.children = children[t].iter().map(|&c| self.theme(c, children, entries)).collect();
        key
    }

    /// One entry as quanteda values, with comments for what is lost.
    fn entry(&mut self, e: &Entry, file: &LexiconFile) -> Vec<Line> {
        let mut out = Vec::new();
        let parts = written_parts(&e.text);
        let accents = file.accents;
        let head = self.forms(&parts[0], accents);
        let right = e.near.as_ref().map(|_| self.forms(&parts[1], accents));
        if head.stem || right.as_ref().is_some_and(|r| r.stem) {
            self.stem_entries += 1;
        }
        if head.stop_inside || right.as_ref().is_some_and(|r| r.stop_inside) {
            self.stop_phrases += 1;
        }
        let mut values = head.values.clone();
        if let Some(near) = &e.near {
            let operator = if near.ordered { "BEFORE" } else { "NEAR" };
            let n = near.window;
            if n > MAX_GAP {
                let message = format!("`{}`: quanteda has no proximity rule, and {operator}/{n} is too wide to write as phrases (up to {operator}/{MAX_GAP}): not exported", e.text);
                self.warn(&file.path, e.line, message.clone());
                out.push(Line::Comment(format!("synthese: {message}")));
                return out;
            }
            let mut right_values = right.as_ref().expect("forms of the NEAR side").values.clone();
            let orders = if near.ordered { 1 } else { 2 };
            if values.len() * right_values.len() * (n + 1) * orders > MAX_GAP_VALUES {
                values.truncate(1);
                right_values.truncate(1);
            }
            let mut gapped = Vec::new();
            for k in 0..=n {
                let gap = " *".repeat(k);
                for a in &values {
                    for b in &right_values {
                        gapped.push(format!("{a}{gap} {b}"));
                        if !near.ordered {
                            gapped.push(format!("{b}{gap} {a}"));
                        }
                    }
                }
            }
            let message = format!("`{}`: quanteda has no proximity rule; written as {} phrases with a lone `*` for each word between (quanteda counts punctuation as words unless tokens(remove_punct = TRUE))", e.text, gapped.len());
            self.warn(&file.path, e.line, message.clone());
            out.push(Line::Comment(format!("synthese: {message}")));
            values = gapped;
        }
        let nots = &parts[1 + usize::from(e.near.is_some())..];
        if !e.not.is_empty() {
            let shown: Vec<String> = e
                .not
                .iter()
                .zip(nots)
                .map(|(n, text)| match n.window {
                    Some(w) => format!("NOT NEAR/{w} {text}"),
                    None => format!("NOT {text}"),
                })
                .collect();
            let message = format!(
                "`{}`: a quanteda dictionary cannot exclude ({}): exported without the exclusion, so it matches more",
                e.text,
                shown.join(" ")
            );
            self.warn(&file.path, e.line, message.clone());
            out.push(Line::Comment(format!("synthese: {message}")));
        }
        if e.weight != WEIGHT_ONE {
            if e.weight <= 0 {
                let message = format!("`{}`: quanteda counts every match as 1, so a weight of {} (which lowers or leaves the score) cannot be kept: not exported", e.text, weight_text(e.weight));
                self.warn(&file.path, e.line, message.clone());
                out.push(Line::Comment(format!("synthese: {message}")));
                return out;
            }
            let message =
                format!("`{}`: quanteda counts every match as 1: the weight {} is lost", e.text, weight_text(e.weight));
            self.warn(&file.path, e.line, message.clone());
            out.push(Line::Comment(format!("synthese: {message}")));
        }
        self.values += values.len();
        out.extend(values.into_iter().map(Line::Value));
        out
    }

    /// The quanteda values of a written phrase: as written, with its leading words in the
    /// other number when they have the same stem (`élus locaux`, `élu local`), and each of
    /// these without accents when accents are ignored.
    fn forms(&self, part: &str, accents: Accents) -> Forms {
        let mut quoted = false;
        let mut stem = false;
        let mut stop_inside = false;
        let tokens: Vec<&str> = part.split_whitespace().collect();
        // (written, the other forms with its stem) of each word.
        let mut words: Vec<(String, Vec<String>)> = Vec::new();
        for token in &tokens {
            let exact = quoted || token.starts_with('"');
            if token.matches('"').count() % 2 == 1 {
                quoted = !quoted;
            }
            let bare = text::lowercase(&token.replace('"', "")).into_owned();
            if bare.is_empty() {
                continue;
            }
            let prefix = !exact && bare.ends_with('*');
            let single: Vec<&str> = text::words(&bare).map(|w| w.text).collect();
            let analysed =
                (single.len() == 1 && single[0] == bare).then(|| text::analyse_word(&bare, self.stemmer)).flatten();
            let others = match &analysed {
                _ if prefix || exact => Vec::new(),
                Some(a) if !a.stop => {
                    stem = true;
                    plural_forms(&bare, accents, self.stemmer).into_iter().skip(1).collect()
                }
                Some(_) => {
                    stop_inside = tokens.len() > 1;
                    Vec::new()
                }
                None => {
                    stem |= !single.is_empty();
                    Vec::new()
                }
            };
            words.push((bare, others));
        }
        let written: Vec<&str> = words.iter().map(|(w, _)| w.as_str()).collect();
        let mut values = vec![written.join(" ")];
        if let [(_, others)] = &words[..] {
            values.extend(others.iter().cloned());
        } else {
            // The leading words that have another number, all of them in it.
            let run = words.iter().take_while(|(_, others)| !others.is_empty()).count();
            if run > 0 {
                let flipped: Vec<&str> = words
                    .iter()
                    .enumerate()
                    .map(|(i, (w, others))| if i < run { others[0].as_str() } else { w.as_str() })
                    .collect();
                values.push(flipped.join(" "));
            }
        }
        if accents == Accents::Ignore {
            for v in values.clone() {
                let folded = text::fold::fold_accents(&v).into_owned();
                if !values.contains(&folded) {
                    values.push(folded);
                }
            }
        }
        Forms { values, stem, stop_inside }
    }

    fn summaries(&mut self) {
        if self.stem_entries > 0 {
            let n = self.stem_entries;
            self.warn("", 0, format!("{n} {} matched by stem in synthese {} written as the word and its plural: quanteda will not match the other forms with the same stem (écologique for écologie)", if n == 1 { "entry" } else { "entries" }, if n == 1 { "was" } else { "were" }));
        }
        if self.stop_phrases > 0 {
            let n = self.stop_phrases;
            self.warn("", 0, format!("{n} phrase{} stop words (impôt sur la fortune): synthese skips them, quanteda matches them as written", if n == 1 { " holds" } else { "s hold" }));
        }
    }
}

/// The written phrases of an entry: the words before any operator, then after each operator
/// (`NEAR/n`, `BEFORE/n`, `NOT`, `NOT NEAR/n`), without the weight. The entry parsed, so its
/// quotes are balanced and its operators well formed.
fn written_parts(entry: &str) -> Vec<String> {
    let mut body = entry.trim();
    if let Some(open) = body.strip_suffix(')').and_then(|b| b.rfind('(')) {
        if body[open + 1..body.len() - 1].trim().replace(',', ".").parse::<f64>().is_ok_and(f64::is_finite) {
            body = body[..open].trim_end();
        }
    }
    let mut tokens = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in body.chars() {
        if c == '"' {
            quoted = !quoted;
        }
        if c.is_whitespace() && !quoted {
            if !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    let is_window = |t: &str, p: &str| t.strip_prefix(p).is_some_and(|n| n.parse::<usize>().is_ok());
    let mut parts = vec![String::new()];
    let mut after_not = false;
    for token in tokens {
        if token == "NOT" {
            parts.push(String::new());
            after_not = true;
            continue;
        }
        if is_window(&token, "NEAR/") || is_window(&token, "BEFORE/") {
            if !(after_not && parts.last().is_some_and(String::is_empty)) {
                parts.push(String::new());
            }
            after_not = false;
            continue;
        }
        after_not = false;
        let last = parts.last_mut().expect("one part at least");
        if !last.is_empty() {
            last.push(' ');
        }
        last.push_str(&token);
    }
    parts
}

/// The word and its plural or singular when it has the same stem (as synthese analyses it)
/// and is not a stop word.
fn plural_forms(word: &str, accents: Accents, stemmer: &Stemmer) -> Vec<String> {
    // A stop word is never matched by synthese (`avions` for `avion`): not one of its forms.
    let key = |w: &str| {
        text::analyse_word(w, stemmer).filter(|a| !a.stop).map(|a| {
            if accents == Accents::Ignore {
                a.folded_stem
            } else {
                a.stem
            }
        })
    };
    let target = key(word);
    let mut candidates = vec![word.to_owned()];
    let ends = |s: &str| word.ends_with(s);
    let cut = |n: usize| word[..word.len() - n].to_owned();
    if ends("al") {
        candidates.push(format!("{}aux", cut(2)));
    } else if ends("au") || ends("eu") {
        candidates.push(format!("{word}x"));
    } else if !(ends("s") || ends("x") || ends("z")) {
        candidates.push(format!("{word}s"));
    }
    if ends("aux") {
        candidates.push(format!("{}al", cut(3)));
    }
    if (ends("s") || ends("eaux") || ends("eux")) && word.chars().count() > 3 {
        candidates.push(cut(1));
    }
    let mut out: Vec<String> = Vec::new();
    for c in candidates {
        if (c == word || key(&c) == target) && !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

fn weight_text(thousandths: i64) -> String {
    let w = thousandths as f64 / WEIGHT_ONE as f64;
    let s = format!("{w:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn emit(out: &mut String, key: &Key, depth: usize) {
    let pad = "  ".repeat(depth);
    let name = yaml_str(&key.name);
    let has_values = key.values.iter().any(|v| matches!(v, Line::Value(_)));
    let items = |out: &mut String, pad: &str| {
        for v in &key.values {
            match v {
                Line::Value(s) => out.push_str(&format!("{pad}- {}\n", yaml_str(s))),
                Line::Comment(c) => out.push_str(&format!("{pad}# {c}\n")),
            }
        }
    };
    if key.children.is_empty() && !has_values {
        out.push_str(&format!("{pad}{name}: []\n"));
        for c in &key.comments {
            out.push_str(&format!("{pad}  # {c}\n"));
        }
        items(out, &format!("{pad}  "));
        return;
    }
    out.push_str(&format!("{pad}{name}:\n"));
    for c in &key.comments {
        out.push_str(&format!("{pad}  # {c}\n"));
    }
    if key.children.is_empty() {
        items(out, &format!("{pad}  "));
        return;
    }
    if has_values {
        out.push_str(&format!("{pad}  __:\n"));
        items(out, &format!("{pad}    "));
    } else {
        items(out, &format!("{pad}  "));
    }
    for child in &key.children {
        emit(out, child, depth + 1);
    }
}

/// A YAML scalar: plain when that reads back as the same string (in YAML 1.1, which R's yaml
/// package reads, as in 1.2), double-quoted otherwise.
fn yaml_str(s: &str) -> String {
    let lower = s.to_lowercase();
    let special = matches!(lower.as_str(), "y" | "n" | "yes" | "no" | "on" | "off" | "true" | "false" | "null" | "~")
        || s.replace('_', "").parse::<f64>().is_ok()
        || lower.starts_with("0x")
        || lower.starts_with("0o")
        || lower.starts_with('.');
    let plain = !s.is_empty()
        && !special
        && s.trim() == s
        && !s.starts_with([
            '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`',
        ])
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.ends_with(':')
        && !s.contains(['[', ']', '{', '}', ',', '"', '\\'])
        && !s.chars().any(char::is_control);
    if plain {
        s.to_owned()
    } else {
        let mut q = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => q.push_str("\\\""),
                '\\' => q.push_str("\\\\"),
                '\t' => q.push_str("\\t"),
                '\n' => q.push_str("\\n"),
                c if c.is_control() => q.push_str(&format!("\\u{:04x}", c as u32)),
                c => q.push(c),
            }
        }
        q.push('"');
        q
    }
}

#[cfg(test)]
mod tests;
