//! A review file's cells, whatever it was saved as: CSV (UTF-8 with or without a byte-order
//! mark, fields separated by `,`, `;` or tabs), XLSX or ODS (their first sheet), recognised from
//! the content. Rows are numbered as a spreadsheet shows them (the header is row 1).

use std::io::Cursor;
use std::path::Path;

use calamine::Reader as _;

use crate::ingest::detect::Sheet as Book;
use crate::ingest::limits::{check_spreadsheet, Limits};

/// What a file was saved as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Csv,
    Xlsx,
    Ods,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Csv => "CSV",
            Kind::Xlsx => "XLSX",
            Kind::Ods => "ODS",
        }
    }
}

/// The header (trimmed, lowercase) and the rows that hold something, each with its row number
/// and as many cells as the header.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub kind: Kind,
    pub header: Vec<String>,
    pub rows: Vec<(u64, Vec<String>)>,
    /// The file's bytes, for readers that take the file whole (the gold readers).
    pub bytes: Vec<u8>,
}

impl Sheet {
    /// The position of a column, by name.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }
}

/// The spreadsheet column letter of a column (0 → `A`, 26 → `AA`).
pub fn letter(column: usize) -> String {
    let mut n = column + 1;
    let mut out = Vec::new();
    while n > 0 {
        out.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

/// Reads the file; `shown` names it in errors.
pub fn read(path: &Path, shown: &str) -> Result<Sheet, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{shown}: cannot read the file: {e}"))?;
    match kind(&bytes) {
        Kind::Csv => csv_sheet(bytes, shown),
        book => book_sheet(bytes, book, shown),
    }
}

const ODS_MIMETYPE: &[u8] = b"application/vnd.oasis.opendocument.spreadsheet";

/// Zip archives are spreadsheets: ODS says so in its first entry (`mimetype`), XLSX does not.
fn kind(bytes: &[u8]) -> Kind {
    if !bytes.starts_with(b"PK\x03\x04") {
        Kind::Csv
    } else if bytes[..bytes.len().min(200)].windows(ODS_MIMETYPE.len()).any(|w| w == ODS_MIMETYPE) {
        Kind::Ods
    } else {
        Kind::Xlsx
    }
}

fn csv_sheet(bytes: Vec<u8>, shown: &str) -> Result<Sheet, String> {
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .delimiter(crate::eval::delimiter(body))
        .from_reader(body);
    let mut header = None;
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        // The row from the byte where the record starts (blank lines before it skipped): the
        // csv crate's own line count lags behind on CRLF line ends.
        let mut at = (reader.position().byte() as usize).min(body.len());
        let read = reader
            .read_record(&mut record)
            .map_err(|e| format!("{shown}:{}: not readable as CSV: {e}", e.position().map_or(0, |p| p.line())))?;
        if !read {
            break;
        }
        while at < body.len() && matches!(body[at], b'\r' | b'\n') {
            at += 1;
        }
        let line = 1 + body[..at].iter().filter(|&&b| b == b'\n').count() as u64;
        if header.is_none() {
            header = Some(record.iter().map(|h| h.trim().to_lowercase()).collect::<Vec<String>>());
        } else if record.iter().any(|c| !c.trim().is_empty()) {
            rows.push((line, record.iter().map(str::to_owned).collect()));
        }
    }
    let header = header.ok_or_else(|| format!("{shown}: the file is empty"))?;
    Ok(pad(Sheet { kind: Kind::Csv, header, rows, bytes }))
}

fn book_sheet(bytes: Vec<u8>, kind: Kind, shown: &str) -> Result<Sheet, String> {
    let book = if kind == Kind::Ods { Book::Ods } else { Book::Xlsx };
    check_spreadsheet(&bytes, book, &Limits::default()).map_err(|e| format!("{shown}: {e}"))?;
    let bad = |e: &dyn std::fmt::Display| format!("{shown}: not a readable {} spreadsheet: {e}", kind.name());
    let cursor = Cursor::new(bytes.as_slice());
    let range = if kind == Kind::Ods {
        let mut book = calamine::Ods::new(cursor).map_err(|e| bad(&e))?;
        let first = book.sheet_names().first().cloned().ok_or_else(|| format!("{shown}: no sheet"))?;
        book.worksheet_range(&first).map_err(|e| bad(&e))?
    } else {
        let mut book = calamine::Xlsx::new(cursor).map_err(|e| bad(&e))?;
        let first = book.sheet_names().first().cloned().ok_or_else(|| format!("{shown}: no sheet"))?;
        book.worksheet_range(&first).map_err(|e| bad(&e))?
    };
    let first_row = range.start().map_or(0, |(r, _)| r as u64);
    let mut rows = range.rows().map(|cells| cells.iter().map(crate::ingest::table::cell_text).collect::<Vec<_>>());
    let header: Vec<String> = rows
        .next()
        .ok_or_else(|| format!("{shown}: the first sheet is empty"))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let rows = rows
        .enumerate()
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
        .map(|(i, cells)| (first_row + i as u64 + 2, cells))
        .collect();
    Ok(pad(Sheet { kind, header, rows, bytes }))
}

fn pad(mut sheet: Sheet) -> Sheet {
    let width = sheet.header.len();
    for (_, cells) in &mut sheet.rows {
        cells.resize(width.max(cells.len()), String::new());
    }
    sheet
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        assert_eq!(
            (letter(0), letter(25), letter(26), letter(27 * 26)),
            ("A".into(), "Z".into(), "AA".into(), "AAA".into())
        );
    }

    #[test]
    fn csv_with_a_byte_order_mark_and_semicolons() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.csv");
        std::fs::write(&path, "\u{feff}Record_ID;Verdict_1\n1-2;right\n\n\"1-3\";\"w\"\n").unwrap();
        let sheet = read(&path, "r.csv").unwrap();
        assert_eq!(
            (sheet.kind, sheet.header.clone()),
            (Kind::Csv, vec!["record_id".to_string(), "verdict_1".to_string()])
        );
        assert_eq!(sheet.rows, vec![(2, vec!["1-2".into(), "right".into()]), (4, vec!["1-3".into(), "w".into()])]);
    }
}
