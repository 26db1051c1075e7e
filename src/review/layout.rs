//! The rows of a review file in the layout of `docs/review-format.md` (`record_id`, `question`,
//! `strata`, `inclusion_probability`, `theme_K`/`verdict_K` pairs, `missed_themes`, `reviewer`…)
//! turned into readings, every theme name and verdict checked.

use super::sheet::{letter, Sheet};
use super::themes::ThemeNames;
use super::Reading;

/// What reading one file found besides its readings, for the warnings.
#[derive(Debug, Default)]
pub struct Found {
    pub rows: usize,
    /// Theme cells whose verdict was left blank on a read row: `file:row column`.
    pub blank_verdicts: Vec<String>,
    /// Rows with a verdict or a missed theme but no reviewer (not counted as read).
    pub unsigned: Vec<u64>,
    pub lexicon_hashes: Vec<String>,
    /// Read rows without strata (taken as drawn in the question's simple random sample).
    pub without_strata: usize,
}

/// Whether the header is the review layout's.
pub fn is_review(header: &[String]) -> bool {
    header.iter().any(|h| h == "verdict_1")
        || (header.iter().any(|h| h == "reviewer") && header.iter().any(|h| h == "missed_themes"))
}

/// A verdict as readers write it; `Ok(None)` when blank.
pub fn verdict(cell: &str) -> Result<Option<bool>, ()> {
    let v = cell.trim().to_lowercase();
    match v.as_str() {
        "" => Ok(None),
        "right" | "r" | "oui" | "juste" | "1" | "✓" | "✔" | "true" | "vrai" => Ok(Some(true)),
        "wrong" | "w" | "non" | "faux" | "0" | "✗" | "✘" | "false" => Ok(Some(false)),
        _ => Err(()),
    }
}

/// The readings of a review sheet; every problem of the file (each with its row and column),
/// when there are any.
pub fn readings(
    sheet: &Sheet,
    file: usize,
    shown: &str,
    names: &ThemeNames,
) -> Result<(Vec<Reading>, Found), Vec<String>> {
    let mut errors = Vec::new();
    let column = |name: &str| sheet.column(name);
    let required = |name: &str, errors: &mut Vec<String>| {
        let c = column(name);
        if c.is_none() {
            errors.push(format!("{shown}:1: no `{name}` column (a review file's columns are described in docs/review-format.md); the header is: {}", sheet.header.join(",")));
        }
        c
    };
    let (record, question, reviewer) =
        (required("record_id", &mut errors), required("question", &mut errors), required("reviewer", &mut errors));
    let (strata, probability, missed, hash) =
        (column("strata"), column("inclusion_probability"), column("missed_themes"), column("lexicon_hash"));
    let text = column("text");
    let pairs: Vec<(usize, usize, usize)> =
        (1..).map_while(|k| Some((k, column(&format!("theme_{k}"))?, column(&format!("verdict_{k}"))?))).collect();
    let (Some(record), Some(question), Some(reviewer)) = (record, question, reviewer) else { return Err(errors) };
    let at = |row: u64, c: usize| format!("{shown}:{row}: column {} ({})", sheet.header[c], letter(c));
    let mut found = Found { rows: sheet.rows.len(), ..Found::default() };
    let mut out = Vec::new();
    for (row, cells) in &sheet.rows {
        let row = *row;
        let cell = |c: usize| crate::eval::unquote(cells[c].trim());
        let themes = |c: usize, errors: &mut Vec<String>| -> Vec<usize> {
            let mut list = Vec::new();
            for name in cell(c).split('|').map(str::trim).filter(|n| !n.is_empty()) {
                match names.resolve(name) {
                    Ok(t) if !list.contains(&t) => list.push(t),
                    Ok(_) => {}
                    Err(e) => errors.push(format!("{}: {e}", at(row, c))),
                }
            }
            list
        };
        let signed = !cell(reviewer).is_empty();
        if !signed {
            let marked =
                pairs.iter().any(|(_, _, v)| !cell(*v).is_empty()) || missed.is_some_and(|m| !cell(m).is_empty());
            if marked {
                found.unsigned.push(row);
            }
            continue;
        }
        let mut judged = Vec::new();
        for &(_, theme, verdict_column) in &pairs {
            if cell(theme).is_empty() {
                continue;
            }
            let Some(&t) = themes(theme, &mut errors).first() else { continue };
            match verdict(cell(verdict_column)) {
                Ok(v) => {
                    if v.is_none() {
                        found.blank_verdicts.push(at(row, verdict_column));
                    }
                    judged.push((t, v));
                }
                Err(()) => errors.push(format!(
                    "{}: the verdict `{}` is neither right nor wrong (write right or wrong; also read: r/w, oui/non, juste/faux, 1/0, ✓/✗)",
                    at(row, verdict_column),
                    cell(verdict_column)
                )),
            }
        }
        let added = missed.map_or_else(Vec::new, |m| themes(m, &mut errors));
        let record_id = cell(record).to_owned();
        if record_id.is_empty() {
            errors.push(format!("{}: the record id is empty", at(row, record)));
        }
        let strata_list: Vec<String> = strata.map_or_else(Vec::new, |s| {
            cell(s).split(" | ").map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
        });
        let q = cell(question);
        let (mut in_all, mut theme_strata) = (strata_list.is_empty(), Vec::new());
        if strata_list.is_empty() {
            found.without_strata += 1;
        }
        for stratum in &strata_list {
            if stratum.strip_prefix("all:").is_some() {
                in_all = true;
            } else if let Some(rest) = stratum.strip_prefix("theme:") {
                let (pooled, name) = match rest.strip_prefix("*:") {
                    Some(name) => (true, Some(name)),
                    None => (false, rest.strip_prefix(q).and_then(|r| r.strip_prefix(':'))),
                };
                match name.map(|n| names.resolve(n)) {
                    Some(Ok(t)) => theme_strata.push((t, pooled)),
                    Some(Err(e)) => errors.push(format!("{}: {e}", at(row, strata.expect("read from it")))),
                    None => errors.push(format!(
                        "{}: the stratum `{stratum}` is not of this row's question `{q}` (theme:{q}:<theme> or theme:*:<theme>)",
                        at(row, strata.expect("read from it"))
                    )),
                }
            } else {
                errors.push(format!(
                    "{}: unknown stratum `{stratum}` (all:<question>, theme:<question>:<theme> or theme:*:<theme>)",
                    at(row, strata.expect("read from it"))
                ));
            }
        }
        let probability = match probability.map(|p| (p, cell(p))) {
            None | Some((_, "")) => None,
            Some((p, text)) => match text.replace(',', ".").parse::<f64>() {
                Ok(v) if v > 0.0 && v <= 1.0 => Some(v),
                _ => {
                    errors.push(format!("{}: `{text}` is not a probability in (0, 1]", at(row, p)));
                    None
                }
            },
        };
        if let Some(h) = hash.map(cell).filter(|h| !h.is_empty()) {
            if !found.lexicon_hashes.iter().any(|x| x == h) {
                found.lexicon_hashes.push(h.to_owned());
            }
        }
        out.push(Reading {
            file,
            row,
            question: cell(question).to_owned(),
            record_id,
            text: text.map(|c| cells[c].trim().to_owned()).unwrap_or_default(),
            strata: strata_list,
            in_all,
            theme_strata,
            probability,
            reviewer: cell(reviewer).to_owned(),
            judged,
            added,
        });
    }
    if errors.is_empty() {
        Ok((out, found))
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts_in_every_accepted_spelling() {
        for right in ["right", "R", "Oui", "JUSTE", "1", "✓", " true "] {
            assert_eq!(verdict(right), Ok(Some(true)), "{right}");
        }
        for wrong in ["wrong", "w", "NON", "faux", "0", "✗"] {
            assert_eq!(verdict(wrong), Ok(Some(false)), "{wrong}");
        }
        assert_eq!(verdict("  "), Ok(None));
        assert_eq!(verdict("maybe"), Err(()));
    }
}
