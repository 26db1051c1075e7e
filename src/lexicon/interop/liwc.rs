//! LIWC dictionaries (`.dic`): a category legend between two `%` lines (`id<TAB>name`, one per
//! line; a category indented with tabs is a sub-category of the one above, as LIWC2015's
//! hierarchical files and quanteda read them), then one line per word: `word<TAB>id id …`.
//! A word listed under several categories becomes an entry of each theme.

use std::collections::HashMap;

use super::{child_in, header, node_at, stem_name, summary, write_native, Context, ImportError, Item, Node, Warning};

/// Imports a LIWC `.dic` dictionary: categories become themes, words entries of their themes.
pub fn import_liwc(text: &str, source_name: &str) -> Result<(String, Vec<Warning>), ImportError> {
    let mut ctx = Context::new("LIWC");
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(n, l)| (n + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let legend_error = |line: usize, message: &str| {
        ImportError {
        line,
        column: 1,
        message: format!("{message}: a LIWC dictionary starts with a `%` line, then one `number<TAB>name` line per category, then a `%` line, then the words (`word<TAB>numbers`)"),
    }
    };
    let Some(&(first, opening)) = lines.first() else {
        return Err(legend_error(0, "the file is empty"));
    };
    if opening.trim() != "%" {
        return Err(legend_error(first, "no `%` line at the start"));
    }
    let Some(close) = lines.iter().skip(1).position(|(_, l)| l.trim() == "%").map(|p| p + 1) else {
        return Err(legend_error(first, "the category legend is never closed by a second `%` line"));
    };

    // The legend: category number → path of its theme.
    let mut roots: Vec<Node> = Vec::new();
    let mut ids: HashMap<u64, Vec<usize>> = HashMap::new();
    // (depth, path) of the categories above, for tab-indented sub-categories.
    let mut open: Vec<(usize, Vec<usize>)> = Vec::new();
    for &(n, line) in &lines[1..close] {
        let depth = line.chars().take_while(|&c| c == '\t').count();
        let body = line.trim();
        let (id_text, rest) = body.split_once(char::is_whitespace).unwrap_or((body, ""));
        let Ok(id) = id_text.parse::<u64>() else {
            return Err(ImportError {
                line: n,
                column: depth + 1,
                message: format!(
                    "`{body}` is not a category line: write the category number, a tab, then its name (`31\tposemo`)"
                ),
            });
        };
        let mut fields = rest.split('\t').map(str::trim).filter(|f| !f.is_empty());
        let Some(name) = fields.next() else {
            return Err(ImportError { line: n, column: depth + 1, message: format!("the category {id} has no name") });
        };
        let extra: Vec<&str> = fields.collect();
        if ids.contains_key(&id) {
            ctx.warn(n, format!("the category number {id} is defined twice: this line (`{name}`) is ignored"));
            continue;
        }
        while open.last().is_some_and(|(d, _)| *d >= depth) {
            open.pop();
        }
        let path = match open.last() {
            Some((_, parent)) => {
                let parent = parent.clone();
                let index = node_at(&mut roots, &parent).child(name, n, &mut ctx);
                [parent, vec![index]].concat()
            }
            None => vec![child_in(&mut roots, name, n, &mut ctx)],
        };
        if !extra.is_empty() {
            node_at(&mut roots, &path).notes.push(format!("LIWC: {}", extra.join(" | ")));
        }
        open.push((depth, path.clone()));
        ids.insert(id, path);
    }

    // The words.
    for &(n, line) in &lines[close + 1..] {
        let (word, codes) = split_word(line.trim());
        let mut targets: Vec<&Vec<usize>> = Vec::new();
        let mut lost = Vec::new();
        for code in codes {
            match code {
                Code::Id(id) => match ids.get(&id) {
                    Some(path) if !targets.contains(&path) => targets.push(path),
                    Some(_) => {}
                    None => lost.push(format!("`{word}`: the category number {id} is not in the legend: ignored")),
                },
                Code::Conditional(c) => lost.push(format!("`{word}`: the conditional category `{c}` (the category depends on the neighbouring word) has no synthese equivalent: not imported")),
                Code::Other(c) => lost.push(format!("`{word}`: `{c}` is not a category number: ignored")),
            }
        }
        for message in &lost {
            ctx.warn(n, message.clone());
        }
        if targets.is_empty() {
            ctx.warn(n, format!("`{word}` belongs to no category of the legend: not imported"));
            continue;
        }
        // Said where the word is imported, too.
        for message in lost {
            node_at(&mut roots, targets[0]).items.push(Item::Comment(format!("import: line {n}: {message}")));
        }
        // Converted once; the warnings of a word shared by several themes are given once.
        let converted = ctx.convert(word, true);
        for (k, path) in targets.into_iter().enumerate() {
            let node = node_at(&mut roots, path);
            match &converted {
                Ok(c) if k == 0 => {
                    for note in &c.notes {
                        node.items.push(Item::Comment(format!("import: line {n}: {note}")));
                        ctx.warn(n, note.clone());
                    }
                    if node.add_entry(c.text.clone(), n, &mut ctx) && c.exact {
                        ctx.exact_entries += 1;
                    }
                }
                Ok(c) => {
                    node.add_entry(c.text.clone(), n, &mut ctx);
                }
                Err(reason) if k == 0 => ctx.drop_value(node, word, n, reason),
                Err(_) => {
                    node.items.push(Item::Comment(format!("import: line {n}: `{word}` not imported (see above)")))
                }
            }
        }
    }
    let mut outside = Vec::new();
    for root in &mut roots {
        nest(root, &mut outside);
    }
    for (word, child, parent) in outside {
        ctx.warn(0, format!("{word} is an entry of `{child}` but not of its parent `{parent}`: synthese counts the answers of a sub-theme for its parent too, so `{parent}` will also count it"));
    }
    summary(&mut ctx);
    let head = header(
        "LIWC",
        source_name,
        &[
            "- a word listed under several categories is an entry of each of their themes; under a",
            "  category and its sub-category, of the sub-theme only (synthese counts the answers of a",
            "  sub-theme for its parent).",
        ],
    );
    Ok((write_native(&head, &stem_name(source_name), &roots), ctx.warnings))
}

/// Removes from `node` the entries a sub-theme also has (the parent gets its sub-themes' answers
/// anyway, and `lexicon check` would flag each twin). Collects (entry, sub-theme, theme) for the
/// entries of a sub-theme that its parent, which lists words of its own, does not have.
fn nest(node: &mut Node, outside: &mut Vec<(String, String, String)>) {
    for child in &mut node.children {
        nest(child, outside);
    }
    let own: Vec<String> =
        node.items.iter().filter_map(|i| if let Item::Entry(e) = i { Some(e.clone()) } else { None }).collect();
    let mut below = Vec::new();
    for child in &node.children {
        let mut of_child = Vec::new();
        all_entries(child, &mut of_child);
        if !own.is_empty() {
            for e in of_child.iter().filter(|e| !own.contains(e)) {
                outside.push((e.clone(), child.name.clone(), node.name.clone()));
            }
        }
        below.extend(of_child);
    }
    node.items.retain(|i| !matches!(i, Item::Entry(e) if below.contains(e)));
}

fn all_entries(node: &Node, out: &mut Vec<String>) {
    for item in &node.items {
        if let Item::Entry(e) = item {
            if !out.contains(e) {
                out.push(e.clone());
            }
        }
    }
    for child in &node.children {
        all_entries(child, out);
    }
}

#[derive(Debug, PartialEq)]
enum Code<'a> {
    Id(u64),
    /// `(02 134)125/464` or `<of>131/125`: LIWC2007's categories that depend on the word before
    /// or after.
    Conditional(&'a str),
    Other(&'a str),
}

/// The word (which may hold spaces: `kind of`) and its category codes. The word ends at the
/// first tab, or, in files written with spaces, before the first code.
fn split_word(line: &str) -> (&str, Vec<Code<'_>>) {
    let (word, rest) = match line.find('\t') {
        Some(p) => (line[..p].trim(), &line[p + 1..]),
        None => {
            let starts_code = |t: &str| t.starts_with(|c: char| c.is_ascii_digit() || c == '(' || c == '<');
            let mut first_code = None;
            let mut seen_word = false;
            for (i, token) in line.split_whitespace().map(|t| (t.as_ptr() as usize - line.as_ptr() as usize, t)) {
                if seen_word && starts_code(token) {
                    first_code = Some(i);
                    break;
                }
                seen_word = true;
            }
            match first_code {
                Some(p) => (line[..p].trim(), &line[p..]),
                None => (line, ""),
            }
        }
    };
    (word, codes(rest))
}

fn codes(rest: &str) -> Vec<Code<'_>> {
    let mut out = Vec::new();
    let mut i = 0;
    let bytes = rest.as_bytes();
    while i < rest.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        // A parenthesised or bracketed condition runs to its closing mark, spaces included.
        let close = match bytes[i] {
            b'(' => Some(b')'),
            b'<' => Some(b'>'),
            _ => None,
        };
        if let Some(close) = close {
            i = rest[i..].bytes().position(|b| b == close).map_or(rest.len(), |p| i + p + 1);
        }
        while i < rest.len() && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let token = &rest[start..i];
        out.push(match token.parse::<u64>() {
            Ok(id) => Code::Id(id),
            Err(_) if close.is_some() || token.contains(['/', ')', '>']) => Code::Conditional(token),
            Err(_) => Code::Other(token),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::interop::tests::{parse_native, tree};

    fn import(dic: &str) -> (Vec<(String, Vec<String>)>, Vec<Warning>) {
        let (native, warnings) = import_liwc(dic, "e.dic").unwrap();
        (tree(&parse_native(&native)), warnings)
    }

    fn lines(warnings: &[Warning]) -> Vec<usize> {
        warnings.iter().map(|w| w.line).collect()
    }

    #[test]
    fn a_flat_dictionary_puts_each_word_under_each_of_its_categories() {
        let (tree, warnings) =
            import("%\n1\tposemo\n2\tnegemo\n3\tfiscal\n%\nespoir*\t1\ntaxe*\t2\t3\nras le bol\t2\n");
        assert_eq!(
            tree,
            [
                ("posemo".to_string(), vec!["espoir*".to_string()]),
                ("negemo".to_string(), vec!["taxe*".to_string(), "\"ras le bol\"".to_string()]),
                ("fiscal".to_string(), vec!["taxe*".to_string()]),
            ]
        );
        assert_eq!(lines(&warnings), [0], "the exact-forms summary only: {warnings:?}");
    }

    #[test]
    fn tab_indented_categories_are_sub_themes_holding_the_shared_words() {
        let (tree, warnings) = import(
            "%\n1\taffect\n\t2\tposemo\n\t3\tnegemo\n\t\t4\tcolere\n5\tsocial\n%\nmerci\t1\t2\ncolère\t1\t3\t4\npeur\t1\t3\ntaxe*\t3\nensemble\t5\n",
        );
        let paths: Vec<&str> = tree.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["affect", "affect > posemo", "affect > negemo", "affect > negemo > colere", "social"]);
        assert!(tree[0].1.is_empty(), "every word of affect is in a sub-theme: {tree:?}");
        assert_eq!(tree[2].1, ["\"peur\"", "taxe*"]);
        assert_eq!(tree[3].1, ["\"colère\""]);
        assert_eq!(lines(&warnings), [0, 0]);
        assert!(
            warnings[0].message.starts_with("taxe* is an entry of `negemo` but not of its parent `affect`"),
            "{warnings:?}"
        );
    }

    #[test]
    fn what_synthese_cannot_carry_over_is_warned_on_its_line() {
        let (tree, warnings) = import(
            "%\n1\tfunct\n2\tposemo\tÉmotions positives\n2\tdouble\n%\nle\t1\n:)\t2\nbien\t(1 2)2/1\t2\nkind\t<of>1/2\nx*y\t2\t9\tabc\n",
        );
        assert_eq!(lines(&warnings), [4, 6, 7, 8, 9, 9, 10, 10, 10, 0], "{warnings:#?}");
        assert!(warnings[0].message.contains("defined twice"));
        assert!(warnings[1].message.contains("only stop words"));
        assert!(warnings[2].message.contains("no word in it"));
        assert!(warnings[3].message.contains("conditional category `(1 2)2/1`"));
        assert!(warnings[4].message.contains("conditional category `<of>1/2`"));
        assert!(warnings[5].message.contains("belongs to no category"));
        assert!(warnings[6].message.contains("category number 9 is not in the legend"));
        assert!(warnings[7].message.contains("`abc` is not a category number"));
        assert!(warnings[8].message.contains("imported as `x*`"));
        assert_eq!(tree[1].1, ["\"bien\"", "x*"]);
        let (native, _) = import_liwc("%\n2\tposemo\tÉmotions positives\n%\nmerci\t2\n", "e.dic").unwrap();
        assert!(native.contains("posemo:\n    # LIWC: Émotions positives\n    \"merci\"\n"), "{native}");
    }

    #[test]
    fn a_file_without_its_legend_is_an_error() {
        let e = import_liwc("1\tposemo\n%\nmerci\t1\n", "e.dic").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.message.starts_with("no `%` line at the start"));
        assert!(import_liwc("%\n1\tposemo\nmerci\t1\n", "e.dic").unwrap_err().message.contains("never closed"));
        let e = import_liwc("%\nposemo\n%\n", "e.dic").unwrap_err();
        assert_eq!((e.line, e.message.contains("not a category line")), (2, true));
        assert!(import_liwc("", "e.dic").is_err());
    }

    #[test]
    fn words_split_from_codes_with_tabs_or_spaces() {
        assert_eq!(split_word("taxe*\t1\t2"), ("taxe*", vec![Code::Id(1), Code::Id(2)]));
        assert_eq!(split_word("prix de l'essence\t3"), ("prix de l'essence", vec![Code::Id(3)]));
        assert_eq!(split_word("prix du gazole 3 04"), ("prix du gazole", vec![Code::Id(3), Code::Id(4)]));
        assert_eq!(
            split_word("like\t(02 134)125/464\t253"),
            ("like", vec![Code::Conditional("(02 134)125/464"), Code::Id(253)])
        );
        assert_eq!(
            split_word("kind\t<of>131/125 x"),
            ("kind", vec![Code::Conditional("<of>131/125"), Code::Other("x")])
        );
        assert_eq!(split_word("2 1"), ("2", vec![Code::Id(1)]), "a number can be a word: the first token is");
    }
}
