//! Rows of a table: delimited text (streamed with the `csv` crate) or the first sheet of a
//! spreadsheet (read whole with `calamine`; spreadsheets of consultations are small). A row whose
//! field count differs from the header's, or that is not UTF-8, is rejected with its line.

use std::io::{Cursor, Read};

use calamine::Reader as _;

use super::detect::{Container, Sheet};

pub enum RowItem {
    Row { line: u64, fields: Vec<String> },
    Rejected { line: u64, reason: String },
    Fatal(String),
}

pub struct Table {
    pub header: Vec<String>,
    pub rows: Box<dyn Iterator<Item = RowItem> + Send>,
    /// What the report must say (sheets not read…).
    pub notes: Vec<String>,
}

pub fn open<R: Read + Send + 'static>(reader: R, container: &Container, shown: &str) -> Result<Table, String> {
    match *container {
        Container::Csv(delimiter) => csv_table(reader, delimiter, shown),
        Container::Spreadsheet(sheet) => spreadsheet_table(reader, sheet, shown),
        _ => Err(format!("{shown}: not a table (a bug: please report it)")),
    }
}

fn csv_table<R: Read + Send + 'static>(reader: R, delimiter: u8, shown: &str) -> Result<Table, String> {
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
                let mut item = check_row(&record, line, width, &names);
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

fn check_row(record: &csv::ByteRecord, line: u64, width: usize, names: &[String]) -> RowItem {
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
    let mut fields = Vec::with_capacity(width);
    for (i, field) in record.iter().enumerate() {
        match std::str::from_utf8(field) {
            Ok(s) => fields.push(s.to_owned()),
            Err(e) => {
                return RowItem::Rejected {
                    line,
                    reason: format!(
                        "invalid UTF-8 in column `{}` at byte {} of the field",
                        super::truncate(&names[i], 40),
                        e.valid_up_to()
                    ),
                }
            }
        }
    }
    RowItem::Row { line, fields }
}

fn spreadsheet_table<R: Read>(mut reader: R, sheet: Sheet, shown: &str) -> Result<Table, String> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(|e| format!("{shown}: cannot read: {e}"))?;
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
            RowItem::Row { line: first_row + i as u64 + 2, fields }
        })
        .collect();
    Ok(Table { header, rows: Box::new(all.into_iter()), notes })
}

fn cell_text(cell: &calamine::Data) -> String {
    match cell {
        calamine::Data::Empty => String::new(),
        calamine::Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}
