//! The CSV tables: `themes.csv` (one row per question and theme), `assignments.csv` (its header;
//! its rows, one per free-text answer, are made by [`super::assignments`]), `rejects.csv` (one row
//! per record not analysed), `geography.csv`, `weeks.csv`, `specificities.csv`, `campaigns.csv`
//! and `review.csv`.
//!
//! For spreadsheets: UTF-8 **with a byte-order mark** (Excel reads a CSV without one in the
//! local code page and garbles every accent; LibreOffice, Python's `utf-8-sig`, pandas and the
//! `csv` crate skip it), comma-separated, RFC 4180 quoting, a header row, one line per record
//! (`\n`), and cells that a spreadsheet would run as a formula neutralised ([`safe_cell`]).
//! Shares are decimal fractions with a dot (`0.1234`). An Excel set to a French locale expects
//! `;` between cells and a decimal comma: there, open the file with Data › From Text/CSV
//! (UTF-8, comma, decimal point), as the README says.

use std::io::Write;

use rayon::prelude::*;

use super::{wilson, RunSummary};
use crate::aggregate::breakdown::UNKNOWN_WEEK;
use crate::aggregate::{dates, geo, review::UNCLASSIFIED, Slice};
use crate::lexicon::LexiconSet;

/// The UTF-8 byte-order mark every CSV starts with, for Excel.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

pub const ASSIGNMENTS_HEADER: [&str; 8] =
    ["source", "input", "line", "record_id", "question_id", "themes", "entries", "matched_text"];
pub const REJECTS_HEADER: [&str; 5] = ["status", "input", "line", "record_id", "reason"];
pub const THEMES_HEADER: [&str; 19] = [
    "source",
    "question_id",
    "question",
    "family",
    "theme",
    "level",
    "answers",
    "share_of_answers",
    "share_ci95_low",
    "share_ci95_high",
    "question_answers",
    "respondents",
    "share_of_respondents",
    "respondents_ci95_low",
    "respondents_ci95_high",
    "question_respondents",
    "answers_campaigns_once",
    "question_answers_campaigns_once",
    "weighted_answers",
];

/// The first characters that make a spreadsheet run a cell as a formula.
pub const FORMULA_STARTS: [u8; 6] = [b'=', b'+', b'-', b'@', b'\t', b'\r'];

/// A cell starting with `=`, `+`, `-` or `@` (or a tab or carriage return before one) would be run
/// as a formula by spreadsheets: it gets a leading `'`, which they show as text.
pub fn safe_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.as_bytes().first().is_some_and(|b| FORMULA_STARTS.contains(b)) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// A CSV writer for one of the report tables; the caller writes [`BOM`] first.
pub fn csv_writer<W: Write>(w: W) -> csv::Writer<W> {
    csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(w)
}

fn fraction(n: u64, total: u64) -> String {
    if total == 0 {
        return "0.0000".into();
    }
    format!("{:.4}", n as f64 / total as f64)
}

fn bounds(n: u64, total: u64) -> [String; 2] {
    let (lo, hi) = wilson(n, total);
    [format!("{lo:.4}"), format!("{hi:.4}")]
}

pub fn write_themes(w: &mut dyn Write, run: &RunSummary) -> std::io::Result<()> {
    let lex = &run.matcher.lexicons;
    w.write_all(BOM)?;
    let mut out = csv_writer(w);
    out.write_record(THEMES_HEADER)?;
    for (key, group) in &run.tally.groups {
        if group.texts == 0 {
            continue;
        }
        let rows = group.themes.iter().map(|(&theme, &count)| {
            let r = group.theme_respondents.get(&theme).copied().unwrap_or(0);
            let once = group.once.themes.get(&theme).copied().unwrap_or(0);
            let weighted = group.weighted.as_ref().map(|w| w.themes.get(&theme).copied().unwrap_or(0.0));
            (Some(theme as usize), count, r, once, weighted)
        });
        let none = (
            None,
            group.texts - group.classified,
            group.respondents - group.classified_respondents,
            group.once.texts - group.once.classified,
            group.weighted.as_ref().map(|w| group.respondents as f64 - w.classified),
        );
        for (theme, count, respondents, once, weighted) in rows.chain(std::iter::once(none)) {
            let (family, path, level) = match theme {
                Some(t) => {
                    let t = &lex.themes[t];
                    (lex.files[t.file].name.as_str(), t.path.as_str(), (t.depth + 1).to_string())
                }
                None => ("", "(no theme)", "0".to_owned()),
            };
            let [lo, hi] = bounds(count, group.texts);
            let [rlo, rhi] = bounds(respondents, group.respondents);
            out.write_record([
                safe_cell(&key.source).as_ref(),
                safe_cell(&group.question.id).as_ref(),
                safe_cell(&group.question.title).as_ref(),
                safe_cell(family).as_ref(),
                safe_cell(path).as_ref(),
                &level,
                &count.to_string(),
                &fraction(count, group.texts),
                &lo,
                &hi,
                &group.texts.to_string(),
                &respondents.to_string(),
                &fraction(respondents, group.respondents),
                &rlo,
                &rhi,
                &group.respondents.to_string(),
                &once.to_string(),
                &group.once.texts.to_string(),
                &weighted.map_or(String::new(), |w| format!("{w:.4}")),
            ])?;
        }
    }
    out.flush()
}

/// A slice's rows: its totals (theme empty), then one row per theme it has answers in.
fn slice_rows(lex: &LexiconSet, head: &[String], s: &Slice, out: &mut csv::Writer<&mut dyn Write>) -> csv::Result<()> {
    let mut row = |theme: &str, n: u64| {
        let mut r: Vec<String> = head.iter().map(|c| safe_cell(c).into_owned()).collect();
        r.extend([
            s.records.to_string(),
            s.answers.to_string(),
            safe_cell(theme).into_owned(),
            n.to_string(),
            fraction(n, s.answers),
        ]);
        out.write_record(&r)
    };
    row("", s.answers)?;
    for (t, &n) in s.themes.iter().enumerate() {
        if n > 0 {
            row(&lex.theme_label(t), n)?;
        }
    }
    Ok(())
}

/// `geography.csv`: per région, département and the unknown place, its contributions and
/// answers, then its answers per theme.
pub fn write_geography(w: &mut dyn Write, run: &RunSummary) -> std::io::Result<()> {
    let lex = &run.matcher.lexicons;
    let g = geo::geography();
    let b = &run.tally.breakdowns;
    w.write_all(BOM)?;
    let mut out = csv_writer(w);
    out.write_record([
        "level",
        "code",
        "name",
        "region",
        "records",
        "answers",
        "theme",
        "theme_answers",
        "share_of_answers",
    ])?;
    let regions = b.regions();
    for (r, s) in g.regions.iter().zip(&regions) {
        slice_rows(lex, &["région".into(), r.code.clone(), r.name.clone(), r.name.clone()], s, &mut out)?;
    }
    for (d, s) in g.departements.iter().zip(&b.departements) {
        let region = g.regions[d.region].name.clone();
        slice_rows(lex, &["département".into(), d.code.clone(), d.name.clone(), region], s, &mut out)?;
    }
    let unknown = b.departements.last().expect("the unknown slice");
    slice_rows(
        lex,
        &["unknown".into(), String::new(), "(unknown postal code)".into(), String::new()],
        unknown,
        &mut out,
    )?;
    out.flush()
}

/// `weeks.csv`: per ISO week of publication, its contributions and answers, then per theme.
pub fn write_weeks(w: &mut dyn Write, run: &RunSummary) -> std::io::Result<()> {
    let lex = &run.matcher.lexicons;
    w.write_all(BOM)?;
    let mut out = csv_writer(w);
    out.write_record(["week_start", "iso_week", "records", "answers", "theme", "theme_answers", "share_of_answers"])?;
    for (monday, s) in &run.tally.breakdowns.weeks {
        let iso = if monday == UNKNOWN_WEEK {
            UNKNOWN_WEEK.to_owned()
        } else {
            dates::iso_week(dates::day_number(monday).expect("a date"))
        };
        slice_rows(lex, &[monday.clone(), iso], s, &mut out)?;
    }
    out.flush()
}

/// `specificities.csv`: the over- and under-represented themes.
pub fn write_specificities(w: &mut dyn Write, run: &RunSummary) -> std::io::Result<()> {
    let lex = &run.matcher.lexicons;
    w.write_all(BOM)?;
    let mut out = csv_writer(w);
    out.write_record([
        "dimension",
        "group",
        "theme",
        "direction",
        "observed",
        "expected",
        "group_answers",
        "theme_answers",
        "all_answers",
        "g2",
    ])?;
    for s in &run.tally.specificities {
        out.write_record([
            s.dimension,
            safe_cell(&s.group).as_ref(),
            safe_cell(&lex.theme_label(s.theme as usize)).as_ref(),
            if s.over() { "over" } else { "under" },
            &s.observed.to_string(),
            &format!("{:.2}", s.expected),
            &s.group_answers.to_string(),
            &s.theme_answers.to_string(),
            &s.all_answers.to_string(),
            &format!("{:.2}", s.g2),
        ])?;
    }
    out.flush()
}

/// `campaigns.csv`: duplicate groups of at least the campaign size, largest first.
///
/// There are hundreds of thousands at national scale: their rows are made side by side, a few
/// hundred at a time (in the current rayon pool), and written in rank order.
pub fn write_campaigns(w: &mut dyn Write, run: &RunSummary) -> std::io::Result<()> {
    const ROWS: usize = 256;
    w.write_all(BOM)?;
    let mut header = csv_writer(&mut *w);
    header.write_record([
        "campaign",
        "submissions",
        "distinct_texts",
        "words",
        "first_day",
        "questions",
        "themes",
        "record_ids",
        "sample_record_id",
        "sample_text",
    ])?;
    header.flush()?;
    drop(header);
    let window = ROWS * 2 * rayon::current_num_threads();
    for (w_index, campaigns) in run.tally.campaigns.chunks(window).enumerate() {
        let made: Vec<std::io::Result<Vec<u8>>> = campaigns
            .par_chunks(ROWS)
            .enumerate()
            .map(|(i, chunk)| {
                let mut rows = csv_writer(Vec::new());
                for (j, &c) in chunk.iter().enumerate() {
                    write_campaign(&mut rows, w_index * window + i * ROWS + j + 1, c, run)?;
                }
                rows.into_inner().map_err(|e| e.into_error())
            })
            .collect();
        for rows in made {
            w.write_all(&rows?)?;
        }
    }
    Ok(())
}

/// The row of the campaign ranked `rank` (from 1), duplicate group `c`.
fn write_campaign<W: Write>(out: &mut csv::Writer<W>, rank: usize, c: usize, run: &RunSummary) -> csv::Result<()> {
    let lex = &run.matcher.lexicons;
    let tally = run.tally;
    let d = &tally.dups.groups[c];
    let questions: Vec<String> = d
        .questions()
        .iter()
        .map(|(&gid, &n)| {
            let key = &tally.group_keys[gid as usize];
            format!("{} {} ({n})", key.source, tally.groups[key].question.id)
        })
        .collect();
    let themes: Vec<String> =
        d.themes(&tally.sets).iter().map(|(&t, &n)| format!("{} ({n})", lex.theme_label(t as usize))).collect();
    out.write_record([
        &rank.to_string(),
        &d.size.to_string(),
        &d.variants.to_string(),
        &d.words.to_string(),
        &d.first_day().map(dates::civil).unwrap_or_default(),
        safe_cell(&questions.join(" | ")).as_ref(),
        safe_cell(&themes.join(" | ")).as_ref(),
        safe_cell(&d.record_ids().join(" | ")).as_ref(),
        safe_cell(d.sample_record()).as_ref(),
        safe_cell(&d.sample).as_ref(),
    ])
}

/// The most specific themes of a set (those that are no other theme's ancestor), as labels.
pub fn leaf_themes(lex: &LexiconSet, themes: &[u32]) -> Vec<String> {
    themes
        .iter()
        .filter(|&&t| !themes.iter().any(|&o| o != t && lex.themes[o as usize].parent == Some(t as usize)))
        .map(|&t| lex.theme_label(t as usize).into_owned())
        .collect()
}

pub const REVIEW_HEADER: [&str; 17] = [
    "sample_id",
    "seed",
    "source",
    "question_id",
    "stratum",
    "input",
    "line",
    "record_id",
    "text",
    "themes",
    "entries",
    "matched_text",
    "verdict",
    "correct_themes",
    "missing_themes",
    "reviewer",
    "comment",
];

/// `review.csv`: the stratified review sample, with empty columns for the reviewer.
pub fn write_review(w: &mut dyn Write, run: &RunSummary) -> std::io::Result<()> {
    let lex = &run.matcher.lexicons;
    let tally = run.tally;
    w.write_all(BOM)?;
    let mut out = csv_writer(w);
    out.write_record(REVIEW_HEADER)?;
    let mut n = 0;
    for (key, group) in &tally.groups {
        for (&stratum, items) in &group.review {
            let label = if stratum == UNCLASSIFIED {
                "(no theme)".to_owned()
            } else {
                lex.theme_label(stratum as usize).into_owned()
            };
            for item in items {
                n += 1;
                let themes = leaf_themes(lex, &item.themes);
                let mut entries: Vec<String> =
                    item.entries.iter().map(|&e| lex.entry_reference(e as usize).into_owned()).collect();
                entries.dedup();
                out.write_record([
                    &format!("R{n:05}"),
                    &tally.settings.review_seed.to_string(),
                    safe_cell(&key.source).as_ref(),
                    safe_cell(&group.question.id).as_ref(),
                    safe_cell(&label).as_ref(),
                    safe_cell(&item.input).as_ref(),
                    &item.line.to_string(),
                    safe_cell(&item.record_id).as_ref(),
                    safe_cell(&item.text).as_ref(),
                    safe_cell(&themes.join(" | ")).as_ref(),
                    safe_cell(&entries.join(" | ")).as_ref(),
                    safe_cell(&item.matched.join(" | ")).as_ref(),
                    "",
                    "",
                    "",
                    "",
                    "",
                ])?;
            }
        }
    }
    out.flush()
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
