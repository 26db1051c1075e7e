//! The CSV tables: `themes.csv` (one row per question and theme), `assignments.csv` (one row
//! per free-text answer) and `rejects.csv` (one row per record not analysed). UTF-8 with a
//! header row; cells that a spreadsheet would run as a formula are neutralised.

use std::io::Write;

use super::RunSummary;
use crate::classify::{Classification, Matcher};
use crate::ingest::Record;

pub const ASSIGNMENTS_HEADER: [&str; 8] =
    ["source", "input", "line", "record_id", "question_id", "themes", "entries", "matched_text"];
pub const REJECTS_HEADER: [&str; 5] = ["status", "input", "line", "record_id", "reason"];

/// A cell starting with `=`, `+`, `-` or `@` would be run as a formula by spreadsheets: it gets a
/// leading `'`, which they show as text.
pub fn safe_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

pub fn csv_writer<W: Write>(w: W) -> csv::Writer<W> {
    csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(w)
}

pub fn write_themes(w: &mut dyn Write, run: &RunSummary) -> std::io::Result<()> {
    let lex = &run.matcher.lexicons;
    let mut out = csv_writer(w);
    out.write_record([
        "source",
        "question_id",
        "question",
        "family",
        "theme",
        "level",
        "answers",
        "share_of_answers",
        "question_answers",
    ])?;
    for (key, group) in &run.tally.groups {
        if group.texts == 0 {
            continue;
        }
        let total = group.texts.to_string();
        for (&theme, &count) in &group.themes {
            let t = &lex.themes[theme as usize];
            let share = format!("{:.4}", count as f64 / group.texts as f64);
            out.write_record([
                safe_cell(&key.source).as_ref(),
                safe_cell(&group.question.id).as_ref(),
                safe_cell(&group.question.title).as_ref(),
                safe_cell(&lex.files[t.file].name).as_ref(),
                safe_cell(&t.path).as_ref(),
                &(t.depth + 1).to_string(),
                &count.to_string(),
                &share,
                &total,
            ])?;
        }
        let none = group.texts - group.classified;
        let share = format!("{:.4}", none as f64 / group.texts as f64);
        out.write_record([
            safe_cell(&key.source).as_ref(),
            safe_cell(&group.question.id).as_ref(),
            safe_cell(&group.question.title).as_ref(),
            "",
            "(no theme)",
            "0",
            &none.to_string(),
            &share,
            &total,
        ])?;
    }
    out.flush()
}

/// One row of `assignments.csv`.
pub fn assignment_row(
    matcher: &Matcher,
    source: &str,
    input: &str,
    record: &Record,
    question_id: &str,
    text: &str,
    c: &Classification,
) -> [String; 8] {
    let lex = &matcher.lexicons;
    let themes: Vec<String> = c.themes.iter().map(|&t| lex.theme_label(t as usize)).collect();
    let entries: Vec<String> = c
        .hits
        .iter()
        .map(|h| {
            let e = &lex.entries[h.entry as usize];
            format!("{}:{}: {}", lex.files[e.file].path, e.line, e.text)
        })
        .collect();
    let matched: Vec<&str> = c.hits.iter().map(|h| &text[h.start as usize..h.end as usize]).collect();
    [
        safe_cell(source).into_owned(),
        safe_cell(input).into_owned(),
        record.line.to_string(),
        safe_cell(&record.id).into_owned(),
        safe_cell(question_id).into_owned(),
        safe_cell(&themes.join(" | ")).into_owned(),
        safe_cell(&entries.join(" | ")).into_owned(),
        safe_cell(&matched.join(" | ")).into_owned(),
    ]
}

#[cfg(test)]
mod tests {
    use super::safe_cell;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(safe_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(safe_cell("-2+3"), "'-2+3");
        assert_eq!(safe_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(safe_cell("Interdire le voile"), "Interdire le voile");
    }
}
