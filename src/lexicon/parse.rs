//! The `.lex` syntax: file settings (`@name:`), themes (lines ending with `:`, nested by
//! indentation), theme settings (`@` lines under a theme), entries (one per line, with the
//! operators `NEAR/n`, `BEFORE/n`, `NOT`, `NOT NEAR/n` and a weight `(2)`), and `@include`.
//! Every problem is reported with its file, line and column, all of them at once.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::{
    hex, Accents, Entry, LexiconError, LexiconFile, LexiconSet, Near, Not, Pattern, PatternKind, Phrase, Theme,
    ThemeSettings, WEIGHT_ONE,
};
use crate::text::{self, Stemmer};

/// One line to parse, with where it comes from (a file may include others).
struct Line {
    path: String,
    number: usize,
    text: String,
}

const MAX_INCLUDE_DEPTH: usize = 8;
/// The largest file `@include` reads: lexicons are text written by people (the shipped ones
/// total well under 1 MB); `/dev/zero` or a data file would otherwise be read until memory ends.
pub const MAX_INCLUDE_BYTES: u64 = 16 << 20;

/// Parses one file's bytes into `set` (appending its file, themes and entries). `base` is the
/// folder `@include` paths are relative to.
pub fn parse_lexicon(
    path: &str,
    bytes: &[u8],
    base: &Path,
    stemmer: &Stemmer,
    set: &mut LexiconSet,
) -> Result<(), Vec<LexiconError>> {
    parse_lexicon_within(path, bytes, base, base, stemmer, set)
}

/// [`parse_lexicon`], with `@include` confined to regular files below `root` (the lexicon
/// folder), of at most [`MAX_INCLUDE_BYTES`].
pub fn parse_lexicon_within(
    path: &str,
    bytes: &[u8],
    base: &Path,
    root: &Path,
    stemmer: &Stemmer,
    set: &mut LexiconSet,
) -> Result<(), Vec<LexiconError>> {
    let mut errors = Vec::new();
    let mut hasher = Sha256::new();
    let mut includes = Vec::new();
    let root = if root.as_os_str().is_empty() { Path::new(".") } else { root };
    let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_owned());
    let mut context = Expansion {
        root: &root,
        stack: vec![path.to_owned()],
        hasher: &mut hasher,
        includes: &mut includes,
        errors: &mut errors,
    };
    let lines = expand(path, bytes, base, &mut context);
    let file_index = set.files.len();
    let theme_offset = set.themes.len();
    let default_name = Path::new(path).file_stem().map_or(path.to_string(), |s| s.to_string_lossy().into_owned());
    let mut file = LexiconFile {
        path: path.to_owned(),
        name: default_name,
        topics: Vec::new(),
        questions: Vec::new(),
        accents: Accents::Ignore,
        sources: Vec::new(),
        negation: None,
        sha256: hex(&hasher.finalize()),
        includes,
    };
    let mut themes: Vec<Theme> = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    // (indentation, index in `themes`) of the open themes, outermost first.
    let mut open: Vec<(usize, usize)> = Vec::new();
    // `@unless-theme` references, resolved once every theme of the file is known.
    let mut theme_refs: Vec<(usize, String, usize, usize, String)> = Vec::new();

    for line in &lines {
        let err = |column: usize, message: String| LexiconError {
            path: line.path.clone(),
            line: line.number,
            column,
            message,
        };
        let stripped = strip_comment(&line.text).trim_end();
        let body = stripped.trim_start();
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let indent_part = &stripped[..stripped.len() - body.len()];
        if let Some(pos) = indent_part.find(|c: char| c != ' ') {
            errors.push(err(
                pos + 1,
                "indent with spaces, not tabs or other blanks: they look alike but count differently".into(),
            ));
            continue;
        }
        let indent = indent_part.len();
        let column = indent + 1;

        if let Some(setting) = body.strip_prefix('@') {
            if indent == 0 {
                if !themes.is_empty() {
                    errors.push(err(column, "file settings (@… at the start of the line) go at the top of the file, before the first theme; to set a theme, indent the setting under it".into()));
                } else if let Err(message) = file_setting(&mut file, setting) {
                    errors.push(err(column, message));
                }
                continue;
            }
            while open.last().is_some_and(|&(i, _)| i >= indent) {
                open.pop();
            }
            let Some(&(_, theme)) = open.last() else {
                errors.push(err(column, "a theme setting must be indented under its theme".into()));
                continue;
            };
            let accents = file.accents;
            match theme_setting(&mut themes[theme].settings, setting, accents, stemmer) {
                Ok(Some(reference)) => theme_refs.push((theme, reference, line.number, column, line.path.clone())),
                Ok(None) => {}
                Err((offset, message)) => errors.push(err(column + char_count(body, offset), message)),
            }
            continue;
        }

        if let Some(name) = body.strip_suffix(':') {
            let name = name.trim();
            if name.is_empty() {
                errors.push(err(column, "a theme needs a name before the `:`".into()));
                continue;
            }
            while open.last().is_some_and(|&(i, _)| i >= indent) {
                open.pop();
            }
            let parent = open.last().map(|&(_, t)| t);
            let path = match parent {
                Some(p) => format!("{} > {}", themes[p].path, name),
                None => name.to_owned(),
            };
            if let Some(twin) = themes.iter().find(|t| t.path == path) {
                // Still opened below, so that its entries do not cascade into more errors.
                errors.push(err(
                    column,
                    format!(
                        "the theme `{path}` is already defined on line {}: give it another name or merge the two",
                        twin.line
                    ),
                ));
            }
            let settings = ThemeSettings { min_score: WEIGHT_ONE, ..ThemeSettings::default() };
            themes.push(Theme {
                file: file_index,
                name: name.to_owned(),
                parent: parent.map(|p| p + theme_offset),
                path,
                depth: open.len(),
                line: line.number,
                settings,
            });
            open.push((indent, themes.len() - 1));
            continue;
        }

        // An entry: it belongs to the innermost open theme written to its left.
        while open.last().is_some_and(|&(i, _)| i >= indent) {
            open.pop();
        }
        let Some(&(_, theme)) = open.last() else {
            let message = if themes.is_empty() {
                format!("`{body}` is an entry but no theme is open yet: write a theme line ending with `:` above it")
            } else {
                format!("`{body}` is not indented under a theme: indent it further than the theme it belongs to, or end the line with `:` to make it a theme")
            };
            errors.push(err(column, message));
            continue;
        };
        match parse_entry(body, file.accents, stemmer) {
            Ok(spec) => entries.push(Entry {
                file: file_index,
                theme: theme + theme_offset,
                text: body.to_owned(),
                line: line.number,
                column,
                words: spec.words,
                near: spec.near,
                not: spec.not,
                weight: spec.weight,
                reduced: spec.reduced.iter().map(|&o| column + char_count(body, o)).collect(),
            }),
            Err((offset, message)) => errors.push(err(column + char_count(body, offset), message)),
        }
    }

    for (theme, reference, line, column, path) in theme_refs {
        let found: Vec<usize> = themes
            .iter()
            .enumerate()
            .filter(|(_, t)| t.path == reference || t.name == reference)
            .map(|(i, _)| i)
            .collect();
        match found[..] {
            [one] if one != theme => themes[theme].settings.unless_themes.push(one + theme_offset),
            [_] => errors.push(LexiconError { path, line, column, message: "a theme cannot exclude itself".into() }),
            [] => errors.push(LexiconError { path, line, column, message: format!("`@unless-theme: {reference}` names no theme of this file: write the theme's name or its path (`Parent > Theme`)") }),
            _ => errors.push(LexiconError { path, line, column, message: format!("`{reference}` names several themes: write its path (`Parent > Theme`)") }),
        }
    }

    if !errors.is_empty() {
        return Err(errors);
    }
    set.files.push(file);
    set.themes.extend(themes);
    set.entries.extend(entries);
    Ok(())
}

/// What expanding `@include`s carries from file to file.
struct Expansion<'a> {
    /// The lexicon folder (its real path): included files must be below it.
    root: &'a Path,
    stack: Vec<String>,
    hasher: &'a mut Sha256,
    includes: &'a mut Vec<String>,
    errors: &'a mut Vec<LexiconError>,
}

/// Reads a file `@include` names: a regular file below `root`, of at most [`MAX_INCLUDE_BYTES`].
/// Errors never quote the file's content.
fn read_include(target: &Path, root: &Path) -> Result<Vec<u8>, String> {
    use std::io::Read as _;
    let real = std::fs::canonicalize(target).map_err(|e| e.to_string())?;
    if !real.starts_with(root) {
        return Err(format!(
            "it is outside the lexicon folder {}: only files inside it can be included",
            crate::paths::display(root)
        ));
    }
    let meta = std::fs::metadata(&real).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file".into());
    }
    if meta.len() > MAX_INCLUDE_BYTES {
        return Err(format!("{} bytes, over the {MAX_INCLUDE_BYTES} bytes a lexicon file may hold", meta.len()));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(&real)
        .and_then(|f| f.take(MAX_INCLUDE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > MAX_INCLUDE_BYTES {
        return Err(format!("over the {MAX_INCLUDE_BYTES} bytes a lexicon file may hold"));
    }
    Ok(bytes)
}

/// The lines of a file with its `@include`s expanded in place; feeds every byte to the hasher.
fn expand(path: &str, bytes: &[u8], base: &Path, cx: &mut Expansion) -> Vec<Line> {
    cx.hasher.update(bytes);
    let content = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = good.len() - good.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
            cx.errors.push(LexiconError {
                path: path.to_owned(),
                line,
                column,
                message: "this is not UTF-8 text: save the file as UTF-8 (most editors offer it under \"Save as\" or \"Encoding\")".into(),
            });
            return Vec::new();
        }
    };
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    let mut lines = Vec::new();
    for (n, text) in content.lines().enumerate() {
        let number = n + 1;
        let Some(target) = text.strip_prefix("@include:").map(|t| strip_comment(t).trim()) else {
            lines.push(Line { path: path.to_owned(), number, text: text.to_owned() });
            continue;
        };
        let err = |message: String| LexiconError { path: path.to_owned(), line: number, column: 1, message };
        let target_path: PathBuf = base.join(target);
        let shown = crate::paths::display(&target_path);
        if cx.stack.contains(&shown) {
            cx.errors.push(err(format!(
                "`{target}` includes itself, directly or through other files: {} → {shown}",
                cx.stack.join(" → ")
            )));
            continue;
        }
        if cx.stack.len() > MAX_INCLUDE_DEPTH {
            cx.errors.push(err(format!("includes nested more than {MAX_INCLUDE_DEPTH} deep")));
            continue;
        }
        match read_include(&target_path, cx.root) {
            Ok(included) => {
                cx.includes.push(shown.clone());
                cx.stack.push(shown.clone());
                let next_base = target_path.parent().map(Path::to_path_buf).unwrap_or_default();
                let expanded = expand(&shown, &included, &next_base, cx);
                lines.extend(expanded);
                cx.stack.pop();
            }
            Err(e) => cx.errors.push(err(format!("cannot include `{target}` ({shown}): {e}"))),
        }
    }
    lines
}

/// Columns are counted in characters, as editors show them: the characters before `offset`.
fn char_count(text: &str, offset: usize) -> usize {
    text.get(..offset).map_or(offset, |t| t.chars().count())
}

/// A `#` starts a comment at the start of a line (handled by the caller) or after two spaces or
/// a tab, so that `#MeToo` can still be an entry.
fn strip_comment(line: &str) -> &str {
    for pattern in ["  #", "\t#"] {
        if let Some(pos) = line.find(pattern) {
            return &line[..pos];
        }
    }
    line
}

fn split_setting(setting: &str) -> Result<(&str, &str), String> {
    let (key, value) = setting.split_once(':').ok_or_else(|| {
        format!("`@{setting}` needs a `:` between the setting and its value, e.g. `@name: Transition écologique`")
    })?;
    Ok((key.trim(), value.trim()))
}

fn list(value: &str) -> Vec<String> {
    value.split('|').map(|v| v.trim().to_owned()).filter(|v| !v.is_empty()).collect()
}

fn words_count(key: &str, value: &str) -> Result<usize, String> {
    value
        .parse::<usize>()
        .ok()
        .filter(|n| *n > 0 && *n <= 100)
        .ok_or_else(|| format!("`@{key}` takes a number of words from 1 to 100, not `{value}`"))
}

fn file_setting(file: &mut LexiconFile, setting: &str) -> Result<(), String> {
    let (key, value) = split_setting(setting)?;
    match key {
        "name" if !value.is_empty() => file.name = value.to_owned(),
        "topics" => file.topics = list(value),
        "questions" => file.questions = list(value),
        "sources" => file.sources = list(value),
        "negation" => file.negation = Some(words_count(key, value)?),
        "accents" => {
            file.accents = match value {
                "ignore" => Accents::Ignore,
                "keep" => Accents::Keep,
                other => return Err(format!("`@accents` is `ignore` or `keep`, not `{other}`")),
            }
        }
        other => return Err(format!("unknown file setting `@{other}`: they are @name, @topics, @questions, @sources, @accents, @negation and @include")),
    }
    Ok(())
}

/// Applies a theme setting; returns an `@unless-theme` reference to resolve later.
fn theme_setting(
    settings: &mut ThemeSettings,
    setting: &str,
    accents: Accents,
    stemmer: &Stemmer,
) -> Result<Option<String>, (usize, String)> {
    let (key, value) = split_setting(setting).map_err(|m| (0, m))?;
    let colon = setting.find(':').map_or(0, |p| p + 1);
    // Offsets count from the `@` that precedes `setting`.
    let value_at = 1 + colon + (setting[colon..].len() - setting[colon..].trim_start().len());
    match key {
        "tag" | "tags" => settings.tags = list(value),
        "min" => {
            settings.min_score = parse_weight(value)
                .ok_or((value_at, format!("`@min` takes a number (the score an answer needs), not `{value}`")))?
        }
        "negation" => settings.negation = Some(words_count(key, value).map_err(|m| (value_at, m))?),
        "topics" => settings.topics = list(value),
        "questions" => settings.questions = list(value),
        "sources" => settings.sources = list(value),
        "unless" => {
            for part in value.split('|') {
                let offset = value_at + (part.as_ptr() as usize - value.as_ptr() as usize);
                settings.unless.push(analyse_phrase(part, accents, stemmer).map_err(|(o, m)| (offset + o, m))?);
            }
        }
        "unless-theme" => return Ok(Some(value.to_owned())),
        "include" => {
            return Err((
                0,
                "`@include` goes at the very start of a line (not indented): it reads another file in place".into(),
            ))
        }
        other => {
            return Err((0, format!("unknown theme setting `@{other}`: they are @tag, @min, @unless, @unless-theme, @negation, @topics, @questions and @sources")));
        }
    }
    Ok(None)
}

fn parse_weight(value: &str) -> Option<i64> {
    let w: f64 = value.trim().replace(',', ".").parse().ok()?;
    (w.is_finite() && w.abs() <= 1e6).then(|| (w * WEIGHT_ONE as f64).round() as i64)
}

struct EntrySpec {
    words: Phrase,
    near: Option<Near>,
    not: Vec<Not>,
    weight: i64,
    /// Byte offsets of the phrases written with several words that match one word only.
    reduced: Vec<usize>,
}

#[derive(Debug, PartialEq)]
enum Operator {
    Near(usize),
    Before(usize),
    Not,
    NotNear(usize),
}

/// An entry: `phrase [NEAR/n|BEFORE/n phrase] {NOT [NEAR/n] phrase} [(weight)]`.
/// Errors carry a byte offset into `entry`.
fn parse_entry(entry: &str, accents: Accents, stemmer: &Stemmer) -> Result<EntrySpec, (usize, String)> {
    let mut body = entry;
    let mut weight = WEIGHT_ONE;
    if let Some(open) = body.strip_suffix(')').and_then(|b| b.rfind('(')) {
        if let Some(w) = parse_weight(&body[open + 1..body.len() - 1]) {
            weight = w;
            body = body[..open].trim_end();
        }
    }
    // Cut at the operators, outside double quotes.
    let mut parts: Vec<(usize, &str)> = Vec::new(); // (offset, text) of the phrases
    let mut operators: Vec<(usize, Operator)> = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    let mut tokens = Vec::new(); // (offset, token) of whitespace-separated tokens outside quotes
    let mut token_start = None;
    for (i, c) in body.char_indices().chain(std::iter::once((body.len(), ' '))) {
        if c == '"' {
            quoted = !quoted;
        }
        if c.is_whitespace() && !quoted {
            if let Some(s) = token_start.take() {
                tokens.push((s, &body[s..i]));
            }
        } else if token_start.is_none() {
            token_start = Some(i);
        }
    }
    let mut k = 0;
    while k < tokens.len() {
        let (at, token) = tokens[k];
        let operator = match token {
            "NOT" => match tokens.get(k + 1).and_then(|(_, t)| window(t, "NEAR/")) {
                Some(n) => {
                    k += 1;
                    Some(Operator::NotNear(n.map_err(|m| (tokens[k].0, m))?))
                }
                None if tokens.get(k + 1).is_some_and(|(_, t)| t.starts_with("BEFORE/")) => {
                    return Err((at, "`NOT BEFORE/n` is not offered: write `NOT NEAR/n` (either side)".into()));
                }
                None => Some(Operator::Not),
            },
            t => match (window(t, "NEAR/"), window(t, "BEFORE/")) {
                (Some(n), _) => Some(Operator::Near(n.map_err(|m| (at, m))?)),
                (_, Some(n)) => Some(Operator::Before(n.map_err(|m| (at, m))?)),
                _ => None,
            },
        };
        if let Some(op) = operator {
            parts.push((start, &body[start..at]));
            operators.push((at, op));
            start = tokens.get(k + 1).map_or(body.len(), |(s, _)| *s);
        }
        k += 1;
    }
    parts.push((start, &body[start..]));

    let mut phrases = Vec::new();
    let mut reduced = Vec::new();
    for (i, (offset, text)) in parts.iter().enumerate() {
        if text.trim().is_empty() {
            let at = operators.get(i).or(operators.get(i.wrapping_sub(1))).map_or(*offset, |o| o.0);
            return Err((at, "an operator needs words on both sides, like `taxe NEAR/3 carbone`".into()));
        }
        let phrase = analyse_phrase(text, accents, stemmer).map_err(|(o, m)| (offset + o, m))?;
        if phrase.len() == 1 && text::words(text).nth(1).is_some() {
            reduced.push(offset + (text.len() - text.trim_start().len()));
        }
        phrases.push(phrase);
    }
    let mut phrases = phrases.into_iter();
    let words = phrases.next().expect("at least one part");
    let mut near = None;
    let mut not = Vec::new();
    for ((at, op), phrase) in operators.into_iter().zip(phrases) {
        match op {
            Operator::Near(n) | Operator::Before(n) if near.is_none() && not.is_empty() => {
                near = Some(Near { words: phrase, window: n, ordered: matches!(op, Operator::Before(_)) })
            }
            Operator::Near(_) | Operator::Before(_) => {
                return Err((
                    at,
                    "one NEAR or BEFORE per entry, before any NOT: split the rule into two entries".into(),
                ));
            }
            Operator::Not => not.push(Not { words: phrase, window: None }),
            Operator::NotNear(n) => not.push(Not { words: phrase, window: Some(n) }),
        }
    }
    Ok(EntrySpec { words, near, not, weight, reduced })
}

/// `NEAR/5` → Some(Ok(5)); `NEAR/x` → Some(Err); anything else → None.
fn window(token: &str, prefix: &str) -> Option<Result<usize, String>> {
    let n = token.strip_prefix(prefix)?;
    let name = prefix.trim_end_matches('/');
    Some(
        n.parse::<usize>()
            .ok()
            .filter(|n| (1..=100).contains(n))
            .ok_or(format!("`{name}/` needs a number of words from 1 to 100, like {name}/5")),
    )
}

/// A phrase's words as patterns. Errors carry a byte offset into `phrase` and a message.
fn analyse_phrase(phrase: &str, accents: Accents, stemmer: &Stemmer) -> Result<Phrase, (usize, String)> {
    let quotes: Vec<usize> = phrase.match_indices('"').map(|(i, _)| i).collect();
    if quotes.len() % 2 == 1 {
        return Err((
            *quotes.last().unwrap(),
            "this double quote is never closed: exact forms are written between two double quotes, like \"vert\""
                .into(),
        ));
    }
    let quoted = |pos: usize| quotes.chunks(2).any(|q| q[0] < pos && pos < q[1]);
    for (pos, _) in phrase.match_indices('*') {
        let after_word = phrase[..pos].chars().last().is_some_and(char::is_alphanumeric);
        let ends_word = phrase[pos + 1..].chars().next().is_none_or(|c| c.is_whitespace() || c == '"');
        if !after_word || !ends_word {
            return Err((pos, "`*` goes at the end of a word, to match every word starting with it (`fisc*`)".into()));
        }
    }
    let folded = accents == Accents::Ignore;
    let mut words = Vec::new();
    let mut content = false;
    for word in text::words(phrase) {
        let Some(analysed) = text::analyse_word(word.text, stemmer) else { continue };
        let prefix = phrase[word.end()..].starts_with('*');
        let exact = quoted(word.start);
        if prefix && exact {
            return Err((word.start, "a word cannot be both exact (in quotes) and a prefix (`*`)".into()));
        }
        // Stop words stay: a phrase matches its words in order, `en ligne` is not `ligne`.
        content |= !analysed.stop || prefix;
        let (kind, key) = match (prefix, exact, folded) {
            (true, _, true) => (PatternKind::Prefix, analysed.folded),
            (true, _, false) => (PatternKind::Prefix, analysed.form),
            (false, true, true) => (PatternKind::Exact, analysed.folded),
            (false, true, false) => (PatternKind::Exact, analysed.form),
            (false, false, true) => (PatternKind::Stem, analysed.folded_stem),
            (false, false, false) => (PatternKind::Stem, analysed.stem),
        };
        words.push(Pattern { kind, folded, key });
    }
    if !content {
        let message = if text::words(phrase).next().is_some() {
            "this holds only stop words (le, de, pour…), which never make a match: add a word that carries the theme"
        } else {
            "this has no word in it (only punctuation or symbols)"
        };
        return Err((0, message.into()));
    }
    Ok(words)
}

#[cfg(test)]
mod tests;
