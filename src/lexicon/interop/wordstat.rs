//! WordStat categorization dictionaries (`.cat`): one category or item per line, nested by tabs;
//! an item ends with its weight in parentheses (`TAXE CARBONE (1)`), a line without one is a
//! category (as WordStat writes them, and as quanteda reads them). Phrases are written with `_`
//! or spaces between words, wildcards with `*` and `?`.
//!
//! Rules are items with operators in capitals, as WordStat's rule editor shows them:
//! `TAXE NEAR CARBONE /3`, `IMPOT BEFORE REVENU /2`, `PRIX AFTER HAUSSE /S`, `IMPOT AND NOT
//! FORTUNE`, `#NEGATION BEFORE TAXE* /3` (`#NAME` stands for every item of that category).

use super::{
    child_in, header, node_at, stem_name, summary, with_weight, write_native, Context, ImportError, Item, Node, Warning,
};

/// Imports a WordStat `.cat` dictionary: categories become themes, items entries (with their
/// weight when it is not 1), rules entries with `NEAR/n`, `BEFORE/n` and `NOT` where synthese
/// has the same rule.
pub fn import_wordstat(text: &str, source_name: &str) -> Result<(String, Vec<Warning>), ImportError> {
    let mut ctx = Context::new("WordStat");
    let mut roots: Vec<Node> = Vec::new();
    let mut open: Vec<(usize, Vec<usize>)> = Vec::new();
    // Rules wait until every category is known (`#NAME` may name one further down).
    let mut rules: Vec<(Vec<usize>, usize, String, Option<String>)> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let n = n + 1;
        let line = raw.trim_end();
        if line.trim().is_empty() {
            continue;
        }
        let depth = line.chars().take_while(|&c| c == '\t').count();
        let body = &line[depth..];
        if body.starts_with(char::is_whitespace) {
            return Err(ImportError {
                line: n,
                column: depth + 1,
                message: "indent with tabs, one per level, as WordStat writes its dictionaries (spaces cannot tell the levels apart)".into(),
            });
        }
        while open.last().is_some_and(|(d, _)| *d >= depth) {
            open.pop();
        }
        match split_weight(body) {
            Some((item, weight)) => {
                let Some((_, path)) = open.last() else {
                    return Err(ImportError {
                        line: n,
                        column: depth + 1,
                        message: format!("the item `{item}` comes before any category: put it under a category line (a line without a weight)"),
                    });
                };
                let path = path.clone();
                let weight = weight_setting(weight, item, n, &mut ctx);
                let item = item.replace('_', " ");
                if is_rule(&item) {
                    rules.push((path, n, item, weight));
                } else {
                    ctx.add_value(node_at(&mut roots, &path), &item, n, weight.as_deref());
                }
            }
            None => {
                let path = match open.last() {
                    Some((_, parent)) => {
                        let parent = parent.clone();
                        let index = node_at(&mut roots, &parent).child(body, n, &mut ctx);
                        [parent, vec![index]].concat()
                    }
                    None => vec![child_in(&mut roots, body, n, &mut ctx)],
                };
                open.push((depth, path));
            }
        }
    }
    for (path, line, rule, weight) in rules {
        let entries = rule_entries(&rule, line, &roots, &mut ctx);
        let node = node_at(&mut roots, &path);
        node.items.push(Item::Comment(format!("WordStat rule, line {line}: {rule}")));
        match entries {
            Ok(list) => {
                for entry in list {
                    let exact = entry.contains('"');
                    if node.add_entry(with_weight(entry, weight.as_deref()), line, &mut ctx) && exact {
                        ctx.exact_entries += 1;
                    }
                }
            }
            Err(reason) => ctx.drop_value(node, &rule, line, &reason),
        }
    }
    summary(&mut ctx);
    let head = header(
        "WordStat",
        source_name,
        &[
            "- an item's weight, when it is not 1, is the entry's weight: `taxe (2)`.",
            "- a rule is written with NEAR/n, BEFORE/n and NOT where synthese has the same rule; each is",
            "  preceded by a `# WordStat rule` comment holding the original.",
        ],
    );
    Ok((write_native(&head, &stem_name(source_name), &roots), ctx.warnings))
}

/// `TAXE CARBONE (2)` → (`TAXE CARBONE`, `2`); a line without a weight is a category.
fn split_weight(body: &str) -> Option<(&str, &str)> {
    let open = body.strip_suffix(')')?.rfind('(')?;
    let weight = body[open + 1..body.len() - 1].trim();
    weight.replace(',', ".").parse::<f64>().ok().filter(|w| w.is_finite())?;
    let item = body[..open].trim();
    (!item.is_empty()).then_some((item, weight))
}

/// The native weight text, or `None` for weight 1.
fn weight_setting(weight: &str, item: &str, line: usize, ctx: &mut Context) -> Option<String> {
    let value: f64 = weight.replace(',', ".").parse().expect("checked by split_weight");
    if value == 1.0 {
        return None;
    }
    if value.abs() > 1e6 {
        ctx.warn(
            line,
            format!("`{item}`: the weight {weight} is beyond what synthese takes (±1,000,000): weight 1 used"),
        );
        return None;
    }
    Some(weight.replace(',', "."))
}

const OPERATORS: [&str; 6] = ["NEAR", "BEFORE", "AFTER", "AND", "OR", "NOT"];

/// An item is a rule when an operator (in capitals) stands between two words, or when it refers
/// to a category (`#NAME`).
fn is_rule(item: &str) -> bool {
    let tokens: Vec<&str> = item.split_whitespace().collect();
    tokens.iter().any(|t| t.starts_with('#') && t.len() > 1)
        || tokens.iter().enumerate().any(|(i, t)| i > 0 && i + 1 < tokens.len() && operator(t).is_some())
}

/// `NEAR`, `NEAR/3` → (`NEAR`, Some(`3`)).
fn operator(token: &str) -> Option<(&'static str, Option<&str>)> {
    let (name, distance) = match token.split_once('/') {
        Some((n, d)) => (n, Some(d)),
        None => (token, None),
    };
    OPERATORS.iter().find(|&&o| o == name).map(|&o| (o, distance))
}

/// How far apart, in words, the two sides may be.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Distance {
    Words(usize),
    Unit(char),
    Unset,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Positive {
    Near,
    Before,
    After,
    And,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Negative {
    Anywhere,
    Near,
    Before,
    After,
}

/// The native entries for one WordStat rule, or why it cannot be carried over.
fn rule_entries(rule: &str, line: usize, roots: &[Node], ctx: &mut Context) -> Result<Vec<String>, String> {
    if rule.contains(['(', ')']) {
        return Err("parentheses group operators in ways synthese entries cannot (one NEAR or BEFORE, then NOTs): split the rule into items".into());
    }
    let tokens: Vec<&str> = rule.split_whitespace().collect();
    // Operands (runs of words) and the operators between them, with their distances.
    let mut operands: Vec<Vec<&str>> = vec![Vec::new()];
    let mut ops: Vec<(String, Distance)> = Vec::new();
    let mut trailing_distance = None;
    for (i, token) in tokens.iter().enumerate() {
        if let Some(d) = token.strip_prefix('/') {
            let distance = parse_distance(d)
                .ok_or_else(|| format!("`{token}` is not a distance (a number of words, or /S, /P, /C)"))?;
            match ops.last_mut() {
                Some((_, slot @ Distance::Unset)) if operands.last().is_some_and(Vec::is_empty) => *slot = distance,
                _ if i + 1 == tokens.len() => trailing_distance = Some(distance),
                _ => return Err(format!("`{token}` does not follow an operator")),
            }
            continue;
        }
        match operator(token) {
            Some((name, distance)) if i > 0 => {
                let distance = match distance {
                    Some(d) => parse_distance(d).ok_or_else(|| format!("`{token}`: `{d}` is not a distance"))?,
                    None => Distance::Unset,
                };
                // `AND NOT`, `NOT NEAR`: one operator written in two words.
                if let Some((prev, prev_distance)) = ops.last_mut() {
                    if operands.last().is_some_and(Vec::is_empty) {
                        if prev.ends_with("NOT") || (prev == "AND" && name == "NOT") {
                            *prev = format!("{prev} {name}");
                            if distance != Distance::Unset {
                                *prev_distance = distance;
                            }
                            continue;
                        }
                        return Err(format!("`{prev} {name}`: two operators in a row"));
                    }
                }
                ops.push((name.to_owned(), distance));
                operands.push(Vec::new());
            }
            _ => operands.last_mut().expect("one operand at least").push(token),
        }
    }
    if operands.iter().any(Vec::is_empty) {
        return Err("an operator needs words on both sides".into());
    }
    if let Some(d) = trailing_distance {
        match ops.iter_mut().rev().find(|(_, d)| *d == Distance::Unset) {
            Some((_, slot)) => *slot = d,
            None => return Err("the distance at the end applies to no operator".into()),
        }
    }

    // `A OR B OR C`: one entry each.
    if ops.iter().any(|(o, _)| o == "OR") {
        if ops.iter().any(|(o, _)| o != "OR") {
            return Err("OR mixed with other operators: WordStat's order of operations cannot be told from the line; write one item per alternative".into());
        }
        let mut out = Vec::new();
        for operand in &operands {
            for phrase in expand(operand, roots, ctx)? {
                for note in phrase.notes {
                    ctx.warn(line, format!("rule `{rule}`: {note}"));
                }
                out.push(phrase.text);
            }
        }
        return Ok(out);
    }

    let mut positive: Option<(Positive, Distance)> = None;
    let mut negatives: Vec<(Negative, Distance)> = Vec::new();
    for (op, distance) in &ops {
        let (kind, negative) = match op.as_str() {
            "NEAR" => (Positive::Near, None),
            "BEFORE" => (Positive::Before, None),
            "AFTER" => (Positive::After, None),
            "AND" => (Positive::And, None),
            "NOT" | "AND NOT" => (Positive::And, Some(Negative::Anywhere)),
            "NOT NEAR" | "AND NOT NEAR" => (Positive::And, Some(Negative::Near)),
            "NOT BEFORE" | "AND NOT BEFORE" => (Positive::And, Some(Negative::Before)),
            "NOT AFTER" | "AND NOT AFTER" => (Positive::And, Some(Negative::After)),
            other => return Err(format!("`{other}` is not an operator synthese can carry over")),
        };
        match negative {
            Some(n) => negatives.push((n, *distance)),
            None if positive.is_none() && negatives.is_empty() => positive = Some((kind, *distance)),
            None if positive.is_some() => {
                return Err("two NEAR/BEFORE/AFTER/AND in one rule: a synthese entry has one; split the rule".into())
            }
            None => {
                return Err(
                    "NEAR/BEFORE/AFTER/AND after a NOT: synthese needs it before the NOTs; reorder the rule".into()
                )
            }
        }
    }

    let mut notes = Vec::new();
    let mut near = String::new();
    let mut head = 0;
    let mut other = None;
    if let Some((kind, distance)) = positive {
        let (name, n) = match kind {
            Positive::And => {
                notes.push("AND (both anywhere in the text): synthese has no such rule: written as NEAR/100 (within 100 words), which misses pairs further apart".into());
                ("NEAR", 100)
            }
            Positive::Near => ("NEAR", window(distance, "NEAR", &mut notes)),
            Positive::Before => ("BEFORE", window(distance, "BEFORE", &mut notes)),
            Positive::After => {
                // `A AFTER B` is `B BEFORE A`.
                head = 1;
                ("BEFORE", window(distance, "AFTER", &mut notes))
            }
        };
        near = format!("{name}/{n}");
        other = Some(1 - head);
    }
    let first_not = usize::from(positive.is_some()) + 1;
    let mut not_parts: Vec<(String, Vec<String>)> = Vec::new();
    for (k, (kind, distance)) in negatives.iter().enumerate() {
        let operand = &operands[first_not + k];
        let prefix = match kind {
            Negative::Anywhere => "NOT".to_string(),
            Negative::Near => format!("NOT NEAR/{}", window(*distance, "NOT NEAR", &mut notes)),
            Negative::Before | Negative::After => {
                let n = window(*distance, "NOT BEFORE/AFTER", &mut notes);
                notes.push(format!(
                    "NOT {}: synthese excludes on either side (NOT NEAR/{n}), which excludes more",
                    if *kind == Negative::Before { "BEFORE" } else { "AFTER" }
                ));
                format!("NOT NEAR/{n}")
            }
        };
        let texts = expand(operand, roots, ctx)?.into_iter().map(|p| p.text).collect();
        not_parts.push((prefix, texts));
    }

    let heads = expand(&operands[head], roots, ctx)?;
    let others = match other {
        Some(o) => expand(&operands[o], roots, ctx)?,
        None => Vec::new(),
    };
    let nots: String = not_parts.iter().flat_map(|(p, texts)| texts.iter().map(move |t| format!(" {p} {t}"))).collect();
    let mut out = Vec::new();
    for h in &heads {
        if other.is_some() {
            for o in &others {
                out.push(format!("{} {near} {}{nots}", h.text, o.text));
            }
        } else {
            out.push(format!("{}{nots}", h.text));
        }
    }
    if out.len() > MAX_RULE_ENTRIES {
        return Err(format!("its categories expand into {} entries (more than {MAX_RULE_ENTRIES}): write it with fewer or smaller categories", out.len()));
    }
    notes.extend(heads.iter().chain(&others).flat_map(|p| p.notes.iter().cloned()));
    notes.dedup();
    for note in notes {
        ctx.warn(line, format!("rule `{rule}`: {note}"));
    }
    Ok(out)
}

/// A distance in words, with a note when it is an approximation.
fn window(distance: Distance, what: &str, notes: &mut Vec<String>) -> usize {
    match distance {
        Distance::Words(0) => {
            notes.push(format!("{what} /0: synthese distances start at 1 word between: written as /1"));
            1
        }
        Distance::Words(n) if n > 100 => {
            notes.push(format!("{what} /{n}: synthese allows at most 100 words: written as /100"));
            100
        }
        Distance::Words(n) => n,
        Distance::Unit(u) => {
            let (name, n) = match u {
                'C' => ("clause", 5),
                'S' => ("sentence", 20),
                _ => ("paragraph", 100),
            };
            notes.push(format!("{what} /{u} (same {name}): synthese counts words, not {name}s: written as within {n} words, which may cross a {name} or miss a long one"));
            n
        }
        Distance::Unset => {
            notes.push(format!("{what} without a distance: written as within 10 words; write the distance you mean"));
            10
        }
    }
}

/// A category reference expands into at most this many entries.
const MAX_RULE_ENTRIES: usize = 200;

fn parse_distance(d: &str) -> Option<Distance> {
    match d.to_uppercase().as_str() {
        "" => Some(Distance::Unset),
        "S" => Some(Distance::Unit('S')),
        "P" => Some(Distance::Unit('P')),
        "C" => Some(Distance::Unit('C')),
        n => n.parse().ok().map(Distance::Words),
    }
}

/// One operand of a rule as native phrases: its words, or every item of the category it names
/// (`#NAME`).
fn expand(operand: &[&str], roots: &[Node], ctx: &Context) -> Result<Vec<Phrase>, String> {
    if let [reference] = operand {
        if let Some(name) = reference.strip_prefix('#') {
            let wanted = name.replace('_', " ");
            let node = find(roots, &wanted).ok_or_else(|| format!("`#{name}` names no category of this dictionary"))?;
            let mut items = Vec::new();
            collect(node, &mut items);
            if items.is_empty() {
                return Err(format!("the category `{}` holds no item synthese could import", node.name));
            }
            return Ok(items.into_iter().map(|text| Phrase { text, notes: Vec::new() }).collect());
        }
    }
    if operand.iter().any(|t| t.starts_with('#')) {
        return Err("a category reference (`#NAME`) must stand alone on its side of an operator".into());
    }
    let converted = ctx.convert(&operand.join(" "), false)?;
    Ok(vec![Phrase { text: converted.text, notes: converted.notes }])
}

struct Phrase {
    text: String,
    notes: Vec<String>,
}

fn find<'a>(nodes: &'a [Node], name: &str) -> Option<&'a Node> {
    for node in nodes {
        if node.name.to_lowercase() == name.to_lowercase() {
            return Some(node);
        }
        if let Some(found) = find(&node.children, name) {
            return Some(found);
        }
    }
    None
}

/// The plain entries of a category and its sub-categories, without their weights.
fn collect(node: &Node, out: &mut Vec<String>) {
    for item in &node.items {
        // Rules (with their operators in capitals) cannot be nested in another rule.
        let Item::Entry(e) = item else { continue };
        if !(e.contains("NEAR/") || e.contains("BEFORE/") || e.contains(" NOT ")) {
            let plain = split_weight(e).map_or(e.as_str(), |(text, _)| text).to_owned();
            if !out.contains(&plain) {
                out.push(plain);
            }
        }
    }
    for child in &node.children {
        collect(child, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::interop::tests::{parse_native, tree};

    fn import(cat: &str) -> (Vec<(String, Vec<String>)>, Vec<Warning>) {
        let (native, warnings) = import_wordstat(cat, "t.cat").unwrap();
        (tree(&parse_native(&native)), warnings)
    }

    fn entries(cat: &str) -> (Vec<String>, Vec<Warning>) {
        let (tree, warnings) = import(&format!("T\n{cat}"));
        (tree.into_iter().next().unwrap().1, warnings)
    }

    #[test]
    fn categories_nest_by_tabs_items_carry_their_weights() {
        let (tree, warnings) = import(
            "FISCALITE\n\tTAXE CARBONE\n\t\tTAXE_CARBONE (1)\n\t\tTICPE (2)\n\t\tECOTAXE* (0,5)\n\tIMPOTS\n\t\tIMPÔT* (1)\nECOLOGIE\n\tVELO (1)\n",
        );
        assert_eq!(
            tree,
            [
                ("FISCALITE".to_string(), vec![]),
                (
                    "FISCALITE > TAXE CARBONE".to_string(),
                    vec!["\"taxe carbone\"".to_string(), "\"ticpe\" (2)".to_string(), "ecotaxe* (0.5)".to_string()]
                ),
                ("FISCALITE > IMPOTS".to_string(), vec!["impôt*".to_string()]),
                ("ECOLOGIE".to_string(), vec!["\"velo\"".to_string()]),
            ]
        );
        assert_eq!(warnings.len(), 1, "{warnings:?}");
    }

    #[test]
    fn rules_become_near_before_and_not_entries() {
        let (list, warnings) = entries(
            "\tTAXE NEAR CARBURANT* /3 (2)\n\tPRIX BEFORE/2 GAZOLE (1)\n\tPRIX AFTER HAUSSE /4 (1)\n\tIMPÔT* AND NOT FORTUNE (1)\n\tIMPÔT* NOT NEAR FORTUNE /3 (1)\n\tVELO OR BICYCLETTE (1)\n",
        );
        assert_eq!(
            list,
            [
                "\"taxe\" NEAR/3 carburant* (2)",
                "\"prix\" BEFORE/2 \"gazole\"",
                "\"hausse\" BEFORE/4 \"prix\"",
                "impôt* NOT \"fortune\"",
                "impôt* NOT NEAR/3 \"fortune\"",
                "\"velo\"",
                "\"bicyclette\"",
            ]
        );
        assert_eq!(warnings.len(), 1, "exact rules need no warning: {warnings:?}");
    }

    #[test]
    fn rules_synthese_only_approximates_are_warned() {
        let (list, warnings) = entries(
            "\tTAXE NEAR CARBONE /S (1)\n\tTAXE NEAR CARBONE (1)\n\tTAXE AND CARBONE (1)\n\tIMPOT NOT BEFORE FORTUNE /2 (1)\n\tTAXE NEAR CARBONE /500 (1)\n",
        );
        assert_eq!(
            list,
            [
                "\"taxe\" NEAR/20 \"carbone\"",
                "\"taxe\" NEAR/10 \"carbone\"",
                "\"taxe\" NEAR/100 \"carbone\"",
                "\"impot\" NOT NEAR/2 \"fortune\"",
            ]
        );
        let lines: Vec<usize> = warnings.iter().map(|w| w.line).collect();
        assert_eq!(lines, [2, 3, 4, 5, 6, 6, 0], "{warnings:#?}");
        assert!(warnings[0].message.contains("/S (same sentence)"));
        assert!(warnings[1].message.contains("without a distance"));
        assert!(warnings[2].message.contains("AND (both anywhere in the text)"));
        assert!(warnings[3].message.contains("excludes on either side"));
        assert!(warnings[4].message.contains("at most 100 words"));
        assert!(warnings[5].message.contains("already an entry"), "/500 became NEAR/100, as AND did");
    }

    #[test]
    fn rules_synthese_cannot_express_are_dropped_with_the_reason() {
        let (list, warnings) = entries(
            "\t(TAXE OR IMPOT) NEAR ASSEZ (1)\n\tA NEAR B NEAR C (1)\n\tTAXE OR IMPOT NEAR ASSEZ (1)\n\tTAXE NOT FORTUNE NEAR IMPOT (1)\n\t#INCONNUE NEAR TAXE (1)\n\tTAXE NEAR /X CARBONE (1)\n",
        );
        assert!(list.is_empty(), "{list:?}");
        let messages: Vec<&str> = warnings.iter().map(|w| w.message.as_str()).collect();
        for (m, reason) in messages.iter().zip([
            "parentheses",
            "two NEAR/BEFORE/AFTER/AND",
            "OR mixed with other operators",
            "after a NOT",
            "names no category",
            "is not a distance",
        ]) {
            assert!(m.contains(reason), "{m} / {reason}");
        }
    }

    #[test]
    fn a_category_reference_expands_into_its_items() {
        let (tree, warnings) = import(
            "REFUS\n\t#NEGATION BEFORE TAXE* /2 (1)\n\tIMPOT NOT #NEGATION (1)\nMARQUEURS\n\tNEGATION\n\t\tSUPPRIMER (1)\n\t\tARRÊT* (1)\n\t\tPAS (1)\n",
        );
        assert_eq!(
            tree[0].1,
            ["\"supprimer\" BEFORE/2 taxe*", "arrêt* BEFORE/2 taxe*", "\"impot\" NOT \"supprimer\" NOT arrêt*",]
        );
        assert!(warnings[0].message.contains("`PAS` not imported"), "{warnings:?}");
    }

    #[test]
    fn files_that_are_not_wordstat_dictionaries_are_errors() {
        let e = import_wordstat("T\n    TAXE (1)\n", "t.cat").unwrap_err();
        assert_eq!((e.line, e.column), (2, 1));
        let e = import_wordstat("TAXE (1)\n", "t.cat").unwrap_err();
        assert!(e.message.contains("before any category"), "{e}");
    }

    #[test]
    fn weights_and_categories() {
        assert_eq!(split_weight("TAXE CARBONE (1)"), Some(("TAXE CARBONE", "1")));
        assert_eq!(split_weight("ECOTAXE (0,5)"), Some(("ECOTAXE", "0,5")));
        assert_eq!(split_weight("FISCALITE"), None);
        assert_eq!(split_weight("IMPOTS (LOCAUX)"), None, "not a number: part of a category name");
    }

    #[test]
    fn rules_are_told_from_phrases() {
        assert!(is_rule("TAXE NEAR CARBONE /3"));
        assert!(is_rule("#NEGATION BEFORE TAXE"));
        assert!(is_rule("TAXE NEAR/3 CARBONE"));
        assert!(!is_rule("OR NOIR"), "an operator at the edge is a word");
        assert!(!is_rule("TAXE CARBONE"));
    }
}
