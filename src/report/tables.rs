//! The CSV tables, lean and typed for machines: `themes.csv` (one row per question and theme, from
//! the synthesis model), `entries.csv` (one row per lexicon entry), `assignments.csv` (its header;
//! its rows, one per free-text answer, are made by [`super::assignments`]: ids joined to
//! `themes.csv` and `entries.csv`), `rejects.csv` (one row per record not analysed),
//! `geography.csv`, `weeks.csv`, `specificities.csv`, `campaigns.csv` and `review.csv`.
//!
//! Typed columns: a column holds one kind of value (a question id column holds numbers, a topic
//! column text; totals and per-theme rows are told apart by a `kind` column), and no cell grows
//! with one answer's size (long texts are cut with a marker naming the record).
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

use super::model::{iso_week, Share, Synthesis, ThemeRow};
use super::RunSummary;
use crate::aggregate::draw::Sample;
use crate::aggregate::{dates, geo, Slice};
use crate::lexicon::LexiconSet;

/// The UTF-8 byte-order mark every CSV starts with, for Excel.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

pub const ASSIGNMENTS_HEADER: [&str; 6] = ["input", "record_id", "question_id", "topic", "theme_ids", "entry_ids"];
/// `trace.csv` (with `--trace`): every answer with its theme labels, entries and matched words.
pub const TRACE_HEADER: [&str; 8] =
    ["source", "input", "line", "record_id", "question_id", "themes", "entries", "matched_text"];
pub const REJECTS_HEADER: [&str; 5] = ["status", "input", "line", "record_id", "reason"];
pub const THEMES_HEADER: [&str; 22] = [
    "question",
    "source",
    "question_id",
    "topic",
    "question_title",
    "kind",
    "family",
    "theme_id",
    "parent_id",
    "level",
    "theme",
    "answers",
    "share_of_answers",
    "share_ci95_low",
    "share_ci95_high",
    "question_answers",
    "respondents",
    "share_of_respondents",
    "respondents_ci95_low",
    "respondents_ci95_high",
    "answers_campaigns_once",
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

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map_or_else(String::new, |v| v.to_string())
}

/// `themes.csv`: per question (in page order), one `theme` row per theme of each lexicon family
/// (in tree order) and one `no_theme` row.
pub fn write_themes(w: &mut dyn Write, _run: &RunSummary, model: &Synthesis) -> std::io::Result<()> {
    w.write_all(BOM)?;
    let mut out = csv_writer(w);
    out.write_record(THEMES_HEADER)?;
    for q in model.questions().filter(|q| q.answers > 0) {
        let head = [
            q.number.to_string(),
            safe_cell(&q.source).into_owned(),
            opt(q.question_id),
            safe_cell(q.topic.as_deref().unwrap_or("")).into_owned(),
            safe_cell(&q.title).into_owned(),
        ];
        let mut row = |kind: &str,
                       family: &str,
                       theme: Option<&ThemeRow>,
                       answers: &Share,
                       respondents: &Share,
                       once: u64,
                       weighted: Option<f64>|
         -> csv::Result<()> {
            let mut r: Vec<String> = head.to_vec();
            r.extend([
                kind.to_owned(),
                safe_cell(family).into_owned(),
                opt(theme.map(|t| t.theme)),
                opt(theme.and_then(|t| model.lexicons.themes[t.theme].parent)),
                theme.map_or("0".to_owned(), |t| (t.depth + 1).to_string()),
                safe_cell(theme.map_or("", |t| model.lexicons.themes[t.theme].path.as_str())).into_owned(),
                answers.count.to_string(),
                format!("{:.4}", answers.share),
                format!("{:.4}", answers.ci95[0]),
                format!("{:.4}", answers.ci95[1]),
                answers.of.to_string(),
                respondents.count.to_string(),
                format!("{:.4}", respondents.share),
                format!("{:.4}", respondents.ci95[0]),
                format!("{:.4}", respondents.ci95[1]),
                once.to_string(),
                weighted.map_or(String::new(), |w| format!("{w:.4}")),
            ]);
            out.write_record(&r)
        };
        for v in &q.views {
            for t in &v.themes {
                row(
                    "theme",
                    &v.family,
                    Some(t),
                    &t.answers,
                    &t.respondents,
                    t.answers_campaigns_once,
                    t.weighted_answers,
                )?;
            }
        }
        let none_respondents = Share::new(q.respondents - q.classified_respondents, q.respondents);
        let weighted = q.weighted_classified.map(|w| q.respondents as f64 - w);
        row(
            "no_theme",
            "",
            None,
            &q.unclassified,
            &none_respondents,
            q.answers_campaigns_once - q.classified_campaigns_once,
            weighted,
        )?;
    }
    out.flush()
}

pub const ENTRIES_HEADER: [&str; 9] =
    ["entry_id", "file", "line", "family", "theme_id", "theme", "entry", "hits", "answers"];

/// `entries.csv`: every lexicon entry, where it is and what it matched, by the id that
/// `assignments.csv` gives.
pub fn write_entries(w: &mut dyn Write, _run: &RunSummary, model: &Synthesis) -> std::io::Result<()> {
    let l = &model.lexicons;
    w.write_all(BOM)?;
    let mut out = csv_writer(w);
    out.write_record(ENTRIES_HEADER)?;
    for e in &l.entries {
        out.write_record([
            &e.id.to_string(),
            safe_cell(&l.files[e.file].path).as_ref(),
            &e.line.to_string(),
            safe_cell(&l.files[e.file].name).as_ref(),
            &e.theme.to_string(),
            safe_cell(&l.themes[e.theme].path).as_ref(),
            safe_cell(&e.entry).as_ref(),
            &e.hits.to_string(),
            &e.answers.to_string(),
        ])?;
    }
    out.flush()
}

/// A slice's rows: its `total` row (answers with a theme, of all its answers), then one `theme`
/// row per theme it has answers in (answers in the theme, of the answers its lexicon read there:
/// the share the places and weeks pages show).
fn slice_rows(lex: &LexiconSet, head: &[String], s: &Slice, out: &mut csv::Writer<&mut dyn Write>) -> csv::Result<()> {
    let mut row = |kind: &str, theme: Option<usize>, n: u64, of: u64| {
        let mut r: Vec<String> = vec![kind.to_owned()];
        r.extend(head.iter().map(|c| safe_cell(c).into_owned()));
        r.extend([
            s.records.to_string(),
            s.answers.to_string(),
            opt(theme),
            safe_cell(&theme.map_or_else(String::new, |t| lex.theme_label(t).into_owned())).into_owned(),
            n.to_string(),
            of.to_string(),
            fraction(n, of),
        ]);
        out.write_record(&r)
    };
    row("total", None, s.classified, s.answers)?;
    for (t, &n) in s.themes.iter().enumerate() {
        if n > 0 {
            row("theme", Some(t), n, s.scoped(lex.themes[t].file))?;
        }
    }
    Ok(())
}

/// `geography.csv`: per région, département and the unknown place, a `total` row (contributions,
/// answers, answers with a theme), then a `theme` row per theme with answers there.
pub fn write_geography(w: &mut dyn Write, run: &RunSummary, _model: &Synthesis) -> std::io::Result<()> {
    let lex = &run.matcher.lexicons;
    let g = geo::geography();
    let b = &run.tally.breakdowns;
    w.write_all(BOM)?;
    let mut out = csv_writer(w);
    out.write_record([
        "kind",
        "level",
        "code",
        "name",
        "region",
        "records",
        "answers",
        "theme_id",
        "theme",
        "theme_answers",
        "answers_in_scope",
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

/// `weeks.csv`: per ISO week of publication, a `total` row, then a `theme` row per theme.
pub fn write_weeks(w: &mut dyn Write, run: &RunSummary, _model: &Synthesis) -> std::io::Result<()> {
    let lex = &run.matcher.lexicons;
    w.write_all(BOM)?;
    let mut out = csv_writer(w);
    out.write_record([
        "kind",
        "week_start",
        "iso_week",
        "records",
        "answers",
        "theme_id",
        "theme",
        "theme_answers",
        "answers_in_scope",
        "share_of_answers",
    ])?;
    for (monday, s) in &run.tally.breakdowns.weeks {
        slice_rows(lex, &[monday.clone(), iso_week(monday)], s, &mut out)?;
    }
    out.flush()
}

/// `specificities.csv`: the over- and under-represented themes.
pub fn write_specificities(w: &mut dyn Write, run: &RunSummary, _model: &Synthesis) -> std::io::Result<()> {
    let lex = &run.matcher.lexicons;
    w.write_all(BOM)?;
    let mut out = csv_writer(w);
    out.write_record([
        "dimension",
        "group",
        "theme_id",
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
            &s.theme.to_string(),
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

/// `campaigns.csv`: duplicate groups of at least the campaign size, largest first, lean: the
/// questions by their number in `themes.csv` and the themes by id, each with the campaign's
/// answers (`12:601 13:13`), a few record ids and the start of a sample text (the HTML campaigns
/// page shows the largest in full).
///
/// There are hundreds of thousands at national scale: their rows are made side by side, a few
/// hundred at a time (in the current rayon pool), and written in rank order.
pub fn write_campaigns(w: &mut dyn Write, run: &RunSummary, model: &Synthesis) -> std::io::Result<()> {
    const ROWS: usize = 256;
    w.write_all(BOM)?;
    let mut header = csv_writer(&mut *w);
    header.write_record(CAMPAIGNS_HEADER)?;
    header.flush()?;
    drop(header);
    let number_of: std::collections::HashMap<u32, u32> = model.questions().map(|q| (q.group, q.number)).collect();
    let window = ROWS * 2 * rayon::current_num_threads();
    for (w_index, campaigns) in run.tally.campaigns.chunks(window).enumerate() {
        let made: Vec<std::io::Result<Vec<u8>>> = campaigns
            .par_chunks(ROWS)
            .enumerate()
            .map(|(i, chunk)| {
                let mut rows = csv_writer(Vec::new());
                for (j, &c) in chunk.iter().enumerate() {
                    write_campaign(&mut rows, w_index * window + i * ROWS + j + 1, c, run, &number_of)?;
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

pub const CAMPAIGNS_HEADER: [&str; 10] = [
    "campaign",
    "submissions",
    "distinct_texts",
    "words",
    "first_day",
    "question_answers",
    "theme_answers",
    "record_ids",
    "sample_record_id",
    "sample_start",
];

/// Characters of a campaign's sample text in `campaigns.csv`.
const SAMPLE_START: usize = 120;
/// Record ids of a campaign in `campaigns.csv`.
const CAMPAIGN_IDS: usize = 3;

/// The row of the campaign ranked `rank` (from 1), duplicate group `c`.
fn write_campaign<W: Write>(
    out: &mut csv::Writer<W>,
    rank: usize,
    c: usize,
    run: &RunSummary,
    number_of: &std::collections::HashMap<u32, u32>,
) -> csv::Result<()> {
    let tally = run.tally;
    let d = &tally.dups.groups[c];
    let questions: Vec<String> = d.questions().iter().map(|(gid, n)| format!("{}:{n}", number_of[gid])).collect();
    let mut themes: Vec<(u32, u64)> = d.themes(&tally.sets).into_iter().collect();
    themes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let themes: Vec<String> = themes.iter().map(|(t, n)| format!("{t}:{n}")).collect();
    let ids: Vec<&str> = d.record_ids().into_iter().take(CAMPAIGN_IDS).collect();
    out.write_record([
        &rank.to_string(),
        &d.size.to_string(),
        &d.variants.to_string(),
        &d.words.to_string(),
        &d.first_day().map(dates::civil).unwrap_or_default(),
        &questions.join(" "),
        &themes.join(" "),
        safe_cell(&ids.join(" | ")).as_ref(),
        safe_cell(d.sample_record()).as_ref(),
        safe_cell(&crate::ingest::truncate(&d.sample, SAMPLE_START)).as_ref(),
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

/// `review.csv`: the review sample drawn during the run, in the layout `synthese review` writes
/// (docs/review-format.md), so that the filled file reads back with `--reviewed`.
pub fn write_review(w: &mut dyn Write, run: &RunSummary, _model: &Synthesis) -> std::io::Result<()> {
    w.write_all(BOM)?;
    write_review_sample(w, &run.tally.review, &run.matcher.lexicons, run.tally.settings.review_seed)
        .map_err(std::io::Error::other)
}

/// The rows of a review sample as CSV, without a byte-order mark.
pub fn write_review_sample(w: &mut dyn Write, sample: &Sample, lex: &LexiconSet, seed: u64) -> csv::Result<()> {
    let (header, rows) = sample.table(lex, seed);
    let mut out = csv_writer(w);
    out.write_record(&header)?;
    for row in rows {
        out.write_record(row.iter().map(|cell| safe_cell(cell).into_owned()))?;
    }
    out.flush()?;
    Ok(())
}

/// `reviewed.csv` (with `--reviewed`): per question and top-level theme, the rules' share beside
/// what people's reading of a sample says.
pub const REVIEWED_HEADER: [&str; 29] = [
    "question",
    "source",
    "question_id",
    "topic",
    "family",
    "theme_id",
    "theme",
    "question_answers",
    "rule_answers",
    "rule_share",
    "read",
    "both",
    "rule_only",
    "human_only",
    "neither",
    "precision",
    "precision_ci95_low",
    "precision_ci95_high",
    "recall",
    "recall_ci95_low",
    "recall_ci95_high",
    "corrected_share",
    "corrected_ci95_low",
    "corrected_ci95_high",
    "reviewed_alone_share",
    "reviewed_alone_ci95_low",
    "reviewed_alone_ci95_high",
    "low_precision",
    "differs_from_rules",
];

pub fn write_reviewed(w: &mut dyn Write, model: &Synthesis) -> std::io::Result<()> {
    w.write_all(BOM)?;
    let mut out = csv_writer(w);
    out.write_record(REVIEWED_HEADER)?;
    let num = |x: f64| format!("{x}");
    let bounded = |b: Option<super::reviewed::Bounded>| -> [String; 3] {
        match b {
            Some(b) => [num(b.value), num(b.low), num(b.high)],
            None => Default::default(),
        }
    };
    for q in model.questions() {
        for view in &q.views {
            for t in view.themes.iter().filter(|t| t.depth == 0) {
                let Some(r) = &t.reviewed else { continue };
                let mut row = vec![
                    q.number.to_string(),
                    safe_cell(&q.source).into_owned(),
                    opt(q.question_id),
                    safe_cell(q.topic.as_deref().unwrap_or("")).into_owned(),
                    safe_cell(&view.family).into_owned(),
                    t.theme.to_string(),
                    safe_cell(&model.lexicons.themes[t.theme].path).into_owned(),
                    t.answers.of.to_string(),
                    t.answers.count.to_string(),
                    num(t.answers.share),
                    r.read.to_string(),
                    r.both.to_string(),
                    r.rule_only.to_string(),
                    r.human_only.to_string(),
                    r.neither.to_string(),
                ];
                row.extend(bounded(r.precision));
                row.extend(bounded(r.recall));
                row.extend(bounded(Some(r.corrected)));
                row.extend(bounded(Some(r.reviewed_alone)));
                row.push(r.low_precision.to_string());
                row.push(r.differs_from_rules.to_string());
                out.write_record(&row)?;
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
