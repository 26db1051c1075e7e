//! Explicit limits on what one input may make the program hold, each raised by an option: a
//! small or odd file (a zip bomb, a spreadsheet of repeated rows, one huge field) gets a clear
//! error or a counted rejection that names the limit, never gigabytes of memory.

use std::io::{self, BufRead, BufReader, Cursor, Read};

use quick_xml::events::{BytesStart, Event};

use super::detect::Sheet;
use super::{Item, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The longest field (an answer, an id…) read, in bytes; a record holding a longer one is
    /// rejected (`--max-field-bytes`).
    pub field_bytes: usize,
    /// The most cells a spreadsheet's sheet may spread over (`--max-cells`).
    pub cells: u64,
    /// The most bytes a spreadsheet may unpack to, every part of it together
    /// (`--max-unpacked-bytes`).
    pub unpacked_bytes: u64,
}

/// 1 MiB: some 150,000 words, far more than any answer of a consultation.
pub const FIELD_BYTES: usize = 1 << 20;
/// 5 million cells: some 200 MB while the sheet is read (a cell takes 24 to 40 bytes).
pub const CELLS: u64 = 5_000_000;
/// 256 MiB of XML unpacked.
pub const UNPACKED_BYTES: u64 = 256 << 20;

impl Default for Limits {
    fn default() -> Limits {
        Limits { field_bytes: FIELD_BYTES, cells: CELLS, unpacked_bytes: UNPACKED_BYTES }
    }
}

/// The record as read, or a rejection naming the limit when one of its fields is over it.
pub fn check_fields(item: Item, max: usize) -> Item {
    let Item::Record(record) = &item else { return item };
    let mut fields: Vec<(String, usize)> = vec![("id".into(), record.id.len())];
    for (name, value) in [("author", &record.author), ("date", &record.date), ("zip", &record.zip)] {
        fields.push((name.into(), value.as_ref().map_or(0, String::len)));
    }
    for answer in &record.answers {
        let len = match &answer.value {
            Value::Text(t) | Value::Closed(t) => t.len(),
            Value::Choice(labels) => labels.iter().map(String::len).sum(),
        };
        fields.push((format!("the answer to `{}`", super::truncate(&answer.question.id, 40)), len));
    }
    match fields.into_iter().find(|(_, len)| *len > max) {
        None => item,
        Some((what, len)) => Item::Rejected { line: record.line, reason: too_long(&what, len, max) },
    }
}

/// Why a record with a field over `--max-field-bytes` is rejected.
pub fn too_long(what: &str, len: usize, max: usize) -> String {
    format!("{what} holds {len} bytes, over the limit of {max} bytes a field may hold: not read (raise it with --max-field-bytes)")
}

/// Checks a spreadsheet before it is read: what it unpacks to, and how many cells its sheets
/// spread over (as the reader lays them out, repeated rows and columns counted), and that an
/// XLSX declares no more shared strings than it holds (the reader reserves room for them all).
pub fn check_spreadsheet(bytes: &[u8], sheet: Sheet, limits: &Limits) -> Result<(), String> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(()); // Not a readable zip: the spreadsheet reader says why.
    };
    let mut total = 0u64;
    for i in 0..zip.len() {
        let Ok(entry) = zip.by_index(i) else { continue };
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        let budget = limits.unpacked_bytes - total;
        let mut counted = Counting { inner: entry.take(budget + 1), bytes: 0 };
        let scan = match sheet {
            Sheet::Ods if name == "content.xml" => Scan::Ods,
            Sheet::Xlsx if name.starts_with("xl/worksheets/") && name.ends_with(".xml") => Scan::Xlsx,
            Sheet::Xlsx if name == "xl/sharedStrings.xml" => Scan::SharedStrings,
            _ => Scan::None,
        };
        let found = scan.run(&mut counted, limits);
        let _ = io::copy(&mut counted, &mut io::sink());
        total += counted.bytes;
        if total > limits.unpacked_bytes {
            return Err(format!(
                "the spreadsheet unpacks to more than {} bytes (at its part `{name}`): not read (raise the limit with --max-unpacked-bytes)",
                limits.unpacked_bytes
            ));
        }
        found.map_err(|e| format!("{e} (in its part `{name}`)"))?;
    }
    Ok(())
}

struct Counting<R> {
    inner: R,
    bytes: u64,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }
}

enum Scan {
    None,
    Ods,
    Xlsx,
    SharedStrings,
}

/// Excel's (and the reader's) largest sheet.
const MAX_ROWS: u64 = 1 << 20;
const MAX_COLUMNS: u64 = 1 << 14;

fn attr(e: &BytesStart, name: &str) -> Option<u64> {
    let a = e.try_get_attribute(name).ok()??;
    a.value.trim().parse().ok()
}

fn too_many(cells: u64, limits: &Limits) -> Result<(), String> {
    if cells > limits.cells {
        return Err(format!(
            "the sheet spreads over {cells} cells or more (repeated rows and columns counted), over the limit of {}: not read (raise it with --max-cells)",
            limits.cells
        ));
    }
    Ok(())
}

impl Scan {
    /// Reads one part's XML; an XML error is left for the spreadsheet reader to report.
    fn run(&self, reader: &mut impl Read, limits: &Limits) -> Result<(), String> {
        if matches!(self, Scan::None) {
            return Ok(());
        }
        let mut xml = quick_xml::Reader::from_reader(BufReader::with_capacity(64 << 10, reader));
        let mut buf = Vec::new();
        match self {
            Scan::None => Ok(()),
            Scan::Ods => ods_cells(&mut xml, &mut buf, limits),
            Scan::Xlsx => xlsx_cells(&mut xml, &mut buf, limits),
            Scan::SharedStrings => shared_strings(&mut xml, &mut buf, limits),
        }
    }
}

/// The first table's cells as the reader lays them out: from its first row holding a value to
/// its last, as wide as its widest row (up to its last value), repeats counted.
fn ods_cells<R: BufRead>(xml: &mut quick_xml::Reader<R>, buf: &mut Vec<u8>, limits: &Limits) -> Result<(), String> {
    let (mut row, mut first, mut width) = (0u64, None, 0u64);
    let (mut in_table, mut row_repeats, mut column, mut row_width) = (false, 1u64, 0u64, 0u64);
    loop {
        buf.clear();
        let (e, empty) = match xml.read_event_into(buf) {
            Ok(Event::Start(e)) => (e, false),
            Ok(Event::Empty(e)) => (e, true),
            Ok(Event::End(e)) => {
                match e.name().as_ref() {
                    "table:table" if in_table => return Ok(()),
                    "table:table-row" if in_table => {
                        if row_width > 0 {
                            first.get_or_insert(row);
                            let last = row + row_repeats;
                            width = width.max(row_width);
                            too_many((last - first.unwrap_or(0)).saturating_mul(width), limits)?;
                        }
                        row = (row + row_repeats).min(MAX_ROWS);
                    }
                    _ => {}
                }
                continue;
            }
            Ok(Event::Eof) | Err(_) => return Ok(()),
            Ok(_) => continue,
        };
        match e.name().as_ref() {
            "table:table" => in_table = true,
            "table:table-row" if in_table => {
                row_repeats = attr(&e, "table:number-rows-repeated").unwrap_or(1).max(1);
                (column, row_width) = (0, 0);
                if empty {
                    row = (row + row_repeats).min(MAX_ROWS);
                }
            }
            "table:table-cell" | "table:covered-table-cell" if in_table => {
                let repeats = attr(&e, "table:number-columns-repeated").unwrap_or(1).max(1);
                column = (column + repeats).min(MAX_COLUMNS);
                // A cell with a value or content: the row reaches it.
                if !empty || e.try_get_attribute("office:value-type").ok().flatten().is_some() {
                    row_width = column;
                }
            }
            _ => {}
        }
    }
}

/// `A1`-style reference → (row, column), from 0.
fn cell_ref(r: &[u8]) -> Option<(u64, u64)> {
    let letters = r.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let column = r[..letters]
        .iter()
        .try_fold(0u64, |c, b| c.checked_mul(26)?.checked_add(u64::from(b.to_ascii_uppercase() - b'A' + 1)))?;
    let row: u64 = std::str::from_utf8(&r[letters..]).ok()?.parse().ok()?;
    Some((row.checked_sub(1)?, column.checked_sub(1)?))
}

/// A worksheet's cells as the reader lays them out: the box from its first to its last cell.
fn xlsx_cells<R: BufRead>(xml: &mut quick_xml::Reader<R>, buf: &mut Vec<u8>, limits: &Limits) -> Result<(), String> {
    let (mut rows, mut columns) = ((u64::MAX, 0u64), (u64::MAX, 0u64));
    let (mut row, mut column) = (0u64, 0u64);
    loop {
        buf.clear();
        let e = match xml.read_event_into(buf) {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => e,
            Ok(Event::Eof) | Err(_) => return Ok(()),
            Ok(_) => continue,
        };
        match e.local_name().as_ref() {
            "row" => {
                row = attr(&e, "r").map_or(row + 1, |r| r.saturating_sub(1));
                column = 0;
            }
            "c" => {
                let at = e.try_get_attribute("r").ok().flatten().and_then(|a| cell_ref(a.value.as_bytes()));
                (row, column) = at.unwrap_or((row, column));
                rows = (rows.0.min(row), rows.1.max(row));
                columns = (columns.0.min(column), columns.1.max(column));
                column += 1;
            }
            _ => {}
        }
        if rows.0 != u64::MAX {
            // Cheap: two subtractions and a product per element.
            too_many((rows.1 - rows.0 + 1).saturating_mul(columns.1 - columns.0 + 1), limits)?;
        }
    }
}

/// An XLSX declaring far more shared strings than it holds (the reader reserves room for every
/// declared one: `uniqueCount="18446744073709551615"` overflowed and panicked).
fn shared_strings<R: BufRead>(
    xml: &mut quick_xml::Reader<R>,
    buf: &mut Vec<u8>,
    limits: &Limits,
) -> Result<(), String> {
    let (mut declared, mut held) = (None, 0u64);
    loop {
        buf.clear();
        match xml.read_event_into(buf) {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match e.local_name().as_ref() {
                "sst" => {
                    // An unreadable number is one the reader cannot use either.
                    declared = e
                        .try_get_attribute("uniqueCount")
                        .ok()
                        .flatten()
                        .map(|a| a.value.trim().parse::<u64>().unwrap_or(0));
                }
                "si" => held += 1,
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    match declared {
        Some(d) if d > held && d > limits.cells => {
            Err(format!("the spreadsheet declares {d} shared strings but holds {held}: not a readable spreadsheet"))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references() {
        assert_eq!(cell_ref(b"A1"), Some((0, 0)));
        assert_eq!(cell_ref(b"AB12"), Some((11, 27)));
        assert_eq!(cell_ref(b"XFD1048576"), Some((1_048_575, 16_383)));
        assert_eq!(cell_ref(b"A0"), None);
    }
}
