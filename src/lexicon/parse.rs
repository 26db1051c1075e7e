//! The `.lex` syntax: settings (`@name:`), themes (lines ending with `:`, nested by
//! indentation), entries (one per line). Every problem is reported with its line and column,
//! and all of a file's problems are reported at once, not just the first.

use sha2::{Digest, Sha256};

use super::{
    hex, Accents, Entry, LexiconError, LexiconFile, LexiconSet, Pattern, PatternKind, Theme,
};
use crate::text::{self, Stemmer};

/// Parses one file's bytes into `set` (appending its file, themes and entries).
pub fn parse_lexicon(
    path: &str,
    bytes: &[u8],
    stemmer: &Stemmer,
    set: &mut LexiconSet,
) -> Result<(), Vec<LexiconError>> {
    let err = |line: usize, column: usize, message: String| LexiconError {
        path: path.to_owned(),
        line,
        column,
        message,
    };
    let content = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let column =
                good.len() - good.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
            return Err(vec![err(line, column, "this is not UTF-8 text: save the file as UTF-8 (most editors offer it under \"Save as\" or \"Encoding\")".into())]);
        }
    };
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    let file_index = set.files.len();
    let default_name = std::path::Path::new(path)
        .file_stem()
        .map_or(path.to_string(), |s| s.to_string_lossy().into_owned());
    let mut file = LexiconFile {
        path: path.to_owned(),
        name: default_name,
        topics: Vec::new(),
        questions: Vec::new(),
        accents: Accents::Ignore,
        sha256: hex(&Sha256::digest(bytes)),
    };
    let mut errors = Vec::new();
    let mut themes: Vec<Theme> = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    // (indentation, index in `themes`) of the open themes, outermost first.
    let mut open: Vec<(usize, usize)> = Vec::new();

    for (number, raw) in content.lines().enumerate() {
        let line_no = number + 1;
        let line = strip_comment(raw).trim_end();
        let body = line.trim_start();
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let indent_part = &line[..line.len() - body.len()];
        if let Some(pos) = indent_part.find(|c: char| c != ' ') {
            errors.push(err(line_no, pos + 1, "indent with spaces, not tabs or other blanks: they look alike but count differently".into()));
            continue;
        }
        let indent = indent_part.len();
        let column = indent + 1;

        if let Some(setting) = body.strip_prefix('@') {
            if !themes.is_empty() {
                errors.push(err(
                    line_no,
                    column,
                    "settings (@…) go at the top of the file, before the first theme".into(),
                ));
                continue;
            }
            if let Err(message) = apply_setting(&mut file, setting) {
                errors.push(err(line_no, column, message));
            }
            continue;
        }

        if let Some(name) = body.strip_suffix(':') {
            let name = name.trim();
            if name.is_empty() {
                errors.push(err(
                    line_no,
                    column,
                    "a theme needs a name before the `:`".into(),
                ));
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
                errors.push(err(line_no, column, format!("the theme `{path}` is already defined on line {}: give it another name or merge the two", twin.line)));
            }
            themes.push(Theme {
                file: file_index,
                name: name.to_owned(),
                parent: parent.map(|p| p + set.themes.len()),
                path,
                depth: open.len(),
                line: line_no,
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
            errors.push(err(line_no, column, message));
            continue;
        };
        match analyse_entry(body, file.accents, stemmer) {
            Ok(words) => entries.push(Entry {
                file: file_index,
                theme: theme + set.themes.len(),
                text: body.to_owned(),
                line: line_no,
                column,
                words,
            }),
            Err((offset, message)) => errors.push(err(line_no, column + offset, message)),
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

fn apply_setting(file: &mut LexiconFile, setting: &str) -> Result<(), String> {
    let Some((key, value)) = setting.split_once(':') else {
        return Err(format!("`@{setting}` needs a `:` between the setting and its value, e.g. `@name: Transition écologique`"));
    };
    let value = value.trim();
    let list = || {
        value
            .split('|')
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
            .collect::<Vec<_>>()
    };
    match key.trim() {
        "name" if !value.is_empty() => file.name = value.to_owned(),
        "topics" => file.topics = list(),
        "questions" => file.questions = list(),
        "accents" => {
            file.accents = match value {
                "ignore" => Accents::Ignore,
                "keep" => Accents::Keep,
                other => return Err(format!("`@accents` is `ignore` or `keep`, not `{other}`")),
            }
        }
        other => {
            return Err(format!(
            "unknown setting `@{other}`: the settings are @name, @topics, @questions and @accents"
        ))
        }
    }
    Ok(())
}

/// The entry's words as patterns. Errors carry a byte offset into `entry` and a message.
fn analyse_entry(
    entry: &str,
    accents: Accents,
    stemmer: &Stemmer,
) -> Result<Vec<Pattern>, (usize, String)> {
    let quotes: Vec<usize> = entry.match_indices('"').map(|(i, _)| i).collect();
    if quotes.len() % 2 == 1 {
        return Err((*quotes.last().unwrap(), "this double quote is never closed: exact forms are written between two double quotes, like \"vert\"".into()));
    }
    let quoted = |pos: usize| quotes.chunks(2).any(|q| q[0] < pos && pos < q[1]);
    for (pos, _) in entry.match_indices('*') {
        let after_word = entry[..pos]
            .chars()
            .last()
            .is_some_and(char::is_alphanumeric);
        let ends_word = entry[pos + 1..]
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || c == '"');
        if !after_word || !ends_word {
            return Err((
                pos,
                "`*` goes at the end of a word, to match every word starting with it (`fisc*`)"
                    .into(),
            ));
        }
    }
    let folded = accents == Accents::Ignore;
    let mut words = Vec::new();
    let mut only_stop_words = true;
    for word in text::words(entry) {
        let Some(analysed) = text::analyse_word(word.text, stemmer) else {
            continue;
        };
        let prefix = entry[word.end()..].starts_with('*');
        let exact = quoted(word.start);
        if prefix && exact {
            return Err((
                word.start,
                "a word cannot be both exact (in quotes) and a prefix (`*`)".into(),
            ));
        }
        if analysed.stop && !prefix {
            continue;
        }
        only_stop_words = false;
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
    if words.is_empty() {
        let message = if only_stop_words && text::words(entry).next().is_some() {
            "this entry holds only stop words (le, de, pour…), which never make a match: add a word that carries the theme"
        } else {
            "this entry has no word in it (only punctuation or symbols)"
        };
        return Err((0, message.into()));
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> Result<LexiconSet, Vec<LexiconError>> {
        let mut set = LexiconSet::default();
        parse_lexicon("t.lex", src.as_bytes(), &Stemmer::french(), &mut set).map(|_| set)
    }

    #[test]
    fn a_tree_with_settings_and_every_entry_kind() {
        let set = parse(
            "# comment\n@name: Test\n@topics: A | B\nTransports:\n    voiture   # comment\n    Commun:\n        transport* en commun\n        \"bus\"\n    automobile\nÉnergie:\n    éolien*\n",
        )
        .unwrap();
        let f = &set.files[0];
        assert_eq!(
            (f.name.as_str(), f.topics.clone()),
            ("Test", vec!["A".to_string(), "B".to_string()])
        );
        let paths: Vec<_> = set.themes.iter().map(|t| t.path.as_str()).collect();
        assert_eq!(paths, ["Transports", "Transports > Commun", "Énergie"]);
        assert_eq!(set.themes[1].parent, Some(0));
        let owner = |text: &str| {
            set.themes[set.entries.iter().find(|e| e.text == text).unwrap().theme]
                .path
                .clone()
        };
        assert_eq!(owner("automobile"), "Transports");
        assert_eq!(owner("\"bus\""), "Transports > Commun");
        let phrase = &set
            .entries
            .iter()
            .find(|e| e.text.starts_with("transport*"))
            .unwrap()
            .words;
        assert_eq!(phrase.len(), 2, "the stop word `en` is skipped: {phrase:?}");
        assert_eq!(
            (phrase[0].kind.clone(), phrase[0].key.as_str()),
            (PatternKind::Prefix, "transport")
        );
        assert_eq!(
            set.entries
                .iter()
                .find(|e| e.text == "\"bus\"")
                .unwrap()
                .words[0]
                .kind,
            PatternKind::Exact
        );
    }

    #[test]
    fn errors_name_line_and_column() {
        let errors =
            parse("voiture\nT:\n\tbus\nT:\n    \"vert\n    le de\n@name: x\n").unwrap_err();
        let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert!(
            shown[0].starts_with("t.lex:1:1: `voiture` is an entry but no theme is open yet"),
            "{shown:?}"
        );
        assert!(
            shown[1].starts_with("t.lex:3:1: indent with spaces"),
            "{shown:?}"
        );
        assert!(
            shown[2].starts_with("t.lex:4:1: the theme `T` is already defined on line 2"),
            "{shown:?}"
        );
        assert!(
            shown[3].starts_with("t.lex:5:5: this double quote is never closed"),
            "{shown:?}"
        );
        assert!(
            shown[4].starts_with("t.lex:6:5: this entry holds only stop words"),
            "{shown:?}"
        );
        assert!(
            shown[5].starts_with("t.lex:7:1: settings (@…) go at the top"),
            "{shown:?}"
        );
    }

    #[test]
    fn invalid_utf8_is_located() {
        let mut set = LexiconSet::default();
        let errors = parse_lexicon(
            "bad.lex",
            b"T:\n    ab\xffc\n",
            &Stemmer::french(),
            &mut set,
        )
        .unwrap_err();
        assert_eq!(
            errors[0].to_string().split(": this").next().unwrap(),
            "bad.lex:2:7"
        );
    }

    #[test]
    fn entries_are_analysed_like_texts() {
        let set = parse("T:\n    Impôts\n    l’écologie\n    \"Vert\"\n").unwrap();
        let keys: Vec<_> = set
            .entries
            .iter()
            .map(|e| e.words[0].key.as_str())
            .collect();
        let stemmer = Stemmer::french();
        assert_eq!(
            keys,
            [
                stemmer.stem("impots").as_ref(),
                stemmer.stem("ecologie").as_ref(),
                "vert"
            ]
        );
    }
}
