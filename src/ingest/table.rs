//! Rows of a table: delimited text (streamed with the `csv` crate) or the first sheet of a
//! spreadsheet (read whole with `calamine`; spreadsheets of consultations are small). A row whose
//! field count differs from the header's, or that is not UTF-8, is rejected with its line.

use std::io::{Cursor, Read};

use calamine::Reader as _;

use super::detect::{Container, Sheet};

pub enum RowItem {
    Row { line: u64, fields: Fields },
    Rejected { line: u64, reason: String },
    Fatal(String),
}

/// A row's fields, end to end in one string: two allocations a row rather than one a field (a
/// national export has 19 to 48 columns a file; allocating and freeing each took about 1.5% of a
/// run).
pub struct Fields {
    text: String,
    /// Field `i` ends at `ends[i]` and starts where field `i - 1` ends.
    ends: Vec<u32>,
}

impl Fields {
    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, i: usize) -> Option<&str> {
        crate::packed::span(&self.ends, i).map(|at| &self.text[at])
    }
}

impl std::ops::Index<usize> for Fields {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        self.get(i).unwrap_or_else(|| panic!("field {i} of a row of {} fields", self.len()))
    }
}

impl From<Vec<String>> for Fields {
    fn from(fields: Vec<String>) -> Fields {
        let mut text = String::with_capacity(fields.iter().map(String::len).sum());
        let mut ends = Vec::with_capacity(fields.len());
        for f in &fields {
            text.push_str(f);
            // Fits: a spreadsheet's cells hold at most 32,767 characters and its rows 16,384
            // cells (Excel's limits), under 4 GiB a row.
            ends.push(text.len() as u32);
        }
        Fields { text, ends }
    }
}

pub struct Table {
    pub header: Vec<String>,
    pub rows: Box<dyn Iterator<Item = RowItem> + Send>,
    /// What the report must say (sheets not read…).
    pub notes: Vec<String>,
}

pub fn open<R: Read + Send + 'static>(
    reader: R,
    container: &Container,
    shown: &str,
    limits: &super::limits::Limits,
) -> Result<Table, String> {
    let mut table = match *container {
        Container::Csv(delimiter) => csv_table(reader, delimiter, shown, limits.field_bytes),
        Container::Spreadsheet(sheet) => spreadsheet_table(reader, sheet, shown, limits),
        _ => Err(format!("{shown}: not a table (a bug: please report it)")),
    }?;
    for (name, at) in table.duplicates() {
        let at: Vec<String> = at.iter().map(|i| (i + 1).to_string()).collect();
        table.notes.push(format!(
            "the header names column `{}` {} times (columns {})",
            super::truncate(&name, 40),
            at.len(),
            at.join(", ")
        ));
    }
    Ok(table)
}

impl Table {
    /// The names the header gives to more than one column, with their positions (from 0).
    pub fn duplicates(&self) -> Vec<(String, Vec<usize>)> {
        let mut at: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
        for (i, h) in self.header.iter().enumerate().filter(|(_, h)| !h.is_empty()) {
            at.entry(h.as_str()).or_default().push(i);
        }
        at.into_iter().filter(|(_, a)| a.len() > 1).map(|(h, a)| (h.to_owned(), a)).collect()
    }

    /// An error when one of `used` names more than one column: which one would be read is a guess.
    pub fn refuse_ambiguous(&self, used: &[&str], shown: &str) -> Result<(), String> {
        for (name, at) in self.duplicates() {
            if used.contains(&name.as_str()) {
                let at: Vec<String> = at.iter().map(|i| (i + 1).to_string()).collect();
                return Err(format!(
                    "{shown}:1: the header names column `{}` {} times (columns {}): rename one, so that it is clear which to read",
                    super::truncate(&name, 40),
                    at.len(),
                    at.join(", ")
                ));
            }
        }
        Ok(())
    }
}

fn csv_table<R: Read + Send + 'static>(
    reader: R,
    delimiter: u8,
    shown: &str,
    max_field: usize,
) -> Result<Table, String> {
    let reader = super::source::UnixNewlines::new(reader);
    let mut csv = csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(reader);
    let mut first = csv::ByteRecord::new();
    match csv.read_byte_record(&mut first) {
        Ok(true) => {}
        Ok(false) => return Err(format!("{shown}: the file has no header line")),
        Err(e) => return Err(format!("{shown}:1: cannot read the header: {e}")),
    }
    let header: Vec<String> = first
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let f = if i == 0 { f.strip_prefix(b"\xef\xbb\xbf").unwrap_or(f) } else { f };
            String::from_utf8_lossy(f).trim().to_owned()
        })
        .collect();
    let shown = shown.to_owned();
    let width = header.len();
    let names = header.clone();
    let mut record = csv::ByteRecord::new();
    let mut failed = false;
    let rows = std::iter::from_fn(move || {
        if failed {
            return None;
        }
        match csv.read_byte_record(&mut record) {
            Ok(false) => None,
            Ok(true) => {
                let line = record.position().map_or(0, |p| p.line());
                let next = csv.position().line();
                let mut item = check_row(&record, line, width, &names, max_field);
                // A row that runs over several lines and is wrong most likely holds an open quote
                // that swallowed the lines after it: say so, they are inside this rejection.
                if let RowItem::Rejected { reason, .. } = &mut item {
                    if next > line + 1 {
                        reason.push_str(&format!(
                            " (this row runs over lines {line}–{}: a quote left open swallows the lines after it)",
                            next - 1
                        ));
                    }
                }
                Some(item)
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                match e.kind() {
                    csv::ErrorKind::Io(_) => {
                        failed = true;
                        Some(RowItem::Fatal(format!("{shown}:{line}: read error: {e}")))
                    }
                    _ => Some(RowItem::Rejected { line, reason: format!("unreadable row: {e}") }),
                }
            }
        }
    });
    Ok(Table { header, rows: Box::new(rows), notes: Vec::new() })
}

fn check_row(record: &csv::ByteRecord, line: u64, width: usize, names: &[String], max_field: usize) -> RowItem {
    if record.len() != width {
        let hint = if record.len() < width {
            " (a cut line, or a line break inside an unquoted field?)"
        } else {
            " (an unquoted separator inside a field?)"
        };
        return RowItem::Rejected {
            line,
            reason: format!("{} fields where the header has {width}{hint}", record.len()),
        };
    }
    // Rejected before it is copied: a field over the limit costs no more than the CSV reader's
    // buffer.
    if let Some((i, field)) = record.iter().enumerate().find(|(_, f)| f.len() > max_field) {
        let what = format!("column `{}`", super::truncate(&names[i], 40));
        return RowItem::Rejected { line, reason: super::limits::too_long(&what, field.len(), max_field) };
    }
    // A row is valid UTF-8 when its bytes are and every field ends between two characters: a
    // character cut in two by a field's end makes two invalid halves that join into valid bytes.
    let bytes = record.as_slice();
    if bytes.len() > u32::MAX as usize {
        return RowItem::Rejected { line, reason: "a row of more than 4 GiB".into() };
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        let mut ends = Vec::with_capacity(record.len());
        ends.extend((0..record.len()).filter_map(|i| record.range(i)).map(|r| r.end as u32));
        if ends.iter().all(|&end| text.is_char_boundary(end as usize)) {
            return RowItem::Row { line, fields: Fields { text: text.to_owned(), ends } };
        }
    }
    for (i, field) in record.iter().enumerate() {
        if let Err(e) = std::str::from_utf8(field) {
            return RowItem::Rejected {
                line,
                reason: format!(
                    "invalid UTF-8 in column `{}` at byte {} of the field",
                    super::truncate(&names[i], 40),
                    e.valid_up_to()
                ),
            };
        }
    }
    // Not reached: fields that are each valid UTF-8 make a valid row.
    RowItem::Rejected { line, reason: "invalid UTF-8".into() }
}

fn spreadsheet_table<R: Read>(
    mut reader: R,
    sheet: Sheet,
    shown: &str,
    limits: &super::limits::Limits,
) -> Result<Table, String> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(|e| format!("{shown}: cannot read: {e}"))?;
    super::limits::check_spreadsheet(&bytes, sheet, limits).map_err(|e| format!("{shown}: {e}"))?;
    let cursor = Cursor::new(bytes);
    let bad = |e: &dyn std::fmt::Display| format!("{shown}: not a readable spreadsheet: {e}");
    let (names, range) = match sheet {
        Sheet::Ods => {
            let mut book = calamine::Ods::new(cursor).map_err(|e| bad(&e))?;
            let names = book.sheet_names();
            let first = names.first().cloned().ok_or_else(|| format!("{shown}: the spreadsheet has no sheet"))?;
            (names, book.worksheet_range(&first).map_err(|e| bad(&e))?)
        }
        Sheet::Xlsx => {
            let mut book = calamine::Xlsx::new(cursor).map_err(|e| bad(&e))?;
            let names = book.sheet_names();
            let first = names.first().cloned().ok_or_else(|| format!("{shown}: the spreadsheet has no sheet"))?;
            (names, book.worksheet_range(&first).map_err(|e| bad(&e))?)
        }
    };
    let mut notes = Vec::new();
    if names.len() > 1 {
        notes.push(format!("only the first sheet `{}` was read; not read: {}", names[0], names[1..].join(", ")));
    }
    let first_row = range.start().map_or(0, |(r, _)| r as u64);
    let mut rows = range.rows().map(|cells| cells.iter().map(cell_text).collect::<Vec<String>>());
    let header: Vec<String> = rows
        .next()
        .ok_or_else(|| format!("{shown}: the first sheet is empty"))?
        .into_iter()
        .map(|h| h.trim().to_owned())
        .collect();
    let width = header.len();
    let all: Vec<RowItem> = rows
        .enumerate()
        .filter(|(_, fields)| fields.iter().any(|f| !f.is_empty()))
        .map(|(i, mut fields)| {
            fields.resize(width, String::new());
            RowItem::Row { line: first_row + i as u64 + 2, fields: fields.into() }
        })
        .collect();
    Ok(Table { header, rows: Box::new(all.into_iter()), notes })
}

pub(crate) fn cell_text(cell: &calamine::Data) -> String {
    match cell {
        calamine::Data::Empty => String::new(),
        calamine::Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(bytes: &[u8]) -> Vec<RowItem> {
        let table = csv_table(std::io::Cursor::new(bytes.to_vec()), b',', "t.csv", usize::MAX).unwrap();
        table.rows.collect()
    }

    #[test]
    fn every_row_of_a_shipped_export_reads_back_field_by_field() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/official-layout/DEMOCRATIE_ET_CITOYENNETE.csv");
        let bytes = std::fs::read(path).unwrap();
        let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(bytes.as_slice());
        let expected: Vec<Vec<String>> =
            reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
        let read = rows(&bytes);
        assert!(expected.len() > 100, "{} rows", expected.len());
        assert_eq!(read.len(), expected.len());
        for (row, fields) in read.iter().zip(&expected) {
            let RowItem::Row { fields: got, .. } = row else { panic!("a rejected row") };
            assert_eq!(got.len(), fields.len());
            for (i, f) in fields.iter().enumerate() {
                assert_eq!(&got[i], f.as_str(), "field {i}");
            }
            assert!(got.get(fields.len()).is_none());
        }
    }

    #[test]
    fn a_character_cut_between_two_fields_is_invalid_utf8_of_the_first() {
        // "é" is C3 A9: cut by the comma, each field holds half of it, although the row's bytes
        // without the comma would be valid UTF-8.
        let read = rows(b"id,avis\nab\xC3,\xA9cd\nx,y\n");
        let RowItem::Rejected { line, reason } = &read[0] else { panic!("the cut row was read") };
        assert_eq!(*line, 2);
        assert_eq!(reason, "invalid UTF-8 in column `id` at byte 2 of the field");
        let RowItem::Row { line, fields } = &read[1] else { panic!("the next row was rejected") };
        assert_eq!((*line, &fields[0], &fields[1]), (3, "x", "y"));
    }
}
