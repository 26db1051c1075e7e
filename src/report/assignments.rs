//! The rows of `assignments.csv` and, with `--trace`, `trace.csv`: one per free-text answer, made
//! in the worker threads.
//!
//! `assignments.csv` is lean: the answer's input (its number in run.json's inputs, which gives its
//! source), record id, question id (or topic), and the ids of its themes and of the entries that
//! matched, which `themes.csv` and `entries.csv` name. The input's number is known only in input
//! order: the caller writes it before the rest of the row.
//! `trace.csv` adds what a person tracing one answer wants on the row itself: the input and line,
//! the theme labels, the entries (`file:line: text`) and the words they matched.
//!
//! Rows are written straight into one buffer each, byte for byte as the `csv` crate would write
//! them through [`super::tables::csv_writer`] after [`super::tables::safe_cell`] (a test checks
//! it). Theme labels and entry references, which repeat on every row, are escaped once for the run.

use std::io::Write;

use super::tables::FORMULA_STARTS;
use crate::classify::Classification;
use crate::ingest::Record;
use crate::lexicon::LexiconSet;

/// Between the parts of a cell that lists several things (themes, entries, matched words).
const SEPARATOR: &[u8] = b" | ";
/// The longest line number (a u64) and its comma.
const LINE_ROOM: usize = 21;

/// Makes the rows of `assignments.csv` for one set of lexicons.
pub struct AssignmentRows {
    /// Per theme: its label.
    themes: Vec<Escaped>,
    /// Per entry: its reference (`file:line: text`).
    entries: Vec<Escaped>,
}

impl AssignmentRows {
    pub fn new(lexicons: &LexiconSet) -> AssignmentRows {
        AssignmentRows {
            themes: (0..lexicons.themes.len()).map(|t| Escaped::new(&lexicons.theme_label(t))).collect(),
            entries: (0..lexicons.entries.len()).map(|e| Escaped::new(&lexicons.entry_reference(e))).collect(),
        }
    }

    /// The row of `assignments.csv` after its input number (with its line end): ids, with a space
    /// between two.
    pub fn lean_row(&self, record: &Record, question_id: &str, c: &Classification, out: &mut Vec<u8>) {
        let numeric = !question_id.is_empty() && question_id.bytes().all(|b| b.is_ascii_digit());
        cell(out, std::iter::once(Piece::Text(&record.id)));
        out.push(b',');
        if numeric {
            out.extend_from_slice(question_id.as_bytes());
            out.extend_from_slice(b",,");
        } else {
            out.push(b',');
            cell(out, std::iter::once(Piece::Text(question_id)));
            out.push(b',');
        }
        let mut itoa = itoa::Buffer::new();
        for (i, &t) in c.themes.iter().enumerate() {
            if i > 0 {
                out.push(b' ');
            }
            out.extend_from_slice(itoa.format(t).as_bytes());
        }
        out.push(b',');
        // Sorted and each once; on the stack for the usual handful of hits.
        let mut few = [0u32; 16];
        let mut many = Vec::new();
        let entries: &mut [u32] = if c.hits.len() <= few.len() {
            for (slot, h) in few.iter_mut().zip(&c.hits) {
                *slot = h.entry;
            }
            &mut few[..c.hits.len()]
        } else {
            many.extend(c.hits.iter().map(|h| h.entry));
            &mut many
        };
        entries.sort_unstable();
        let mut previous = None;
        for &e in entries.iter() {
            if previous == Some(e) {
                continue;
            }
            if previous.is_some() {
                out.push(b' ');
            }
            previous = Some(e);
            out.extend_from_slice(itoa.format(e).as_bytes());
        }
        out.push(b'\n');
    }

    /// The row of `trace.csv` (with its line end), in a buffer allocated once at its final size or
    /// a little more.
    pub fn row(
        &self,
        source: &str,
        input: &str,
        record: &Record,
        question_id: &str,
        text: &str,
        c: &Classification,
    ) -> Vec<u8> {
        let themes = || c.themes.iter().map(|&t| Piece::Escaped(&self.themes[t as usize]));
        let entries = || c.hits.iter().map(|h| Piece::Escaped(&self.entries[h.entry as usize]));
        let matched = || c.hits.iter().map(|h| Piece::Text(&text[h.start as usize..h.end as usize]));
        let plain = [source, input, &record.id, question_id];
        let room = plain.iter().map(|s| Piece::Text(s).room()).sum::<usize>()
            + LINE_ROOM
            + themes().chain(entries()).chain(matched()).map(|p| p.room() + SEPARATOR.len()).sum::<usize>()
            + 3 * 3;
        let mut out = Vec::with_capacity(room);
        for s in &plain[..2] {
            cell(&mut out, std::iter::once(Piece::Text(s)));
            out.push(b',');
        }
        // A line number needs neither quotes nor a formula's `'`.
        write!(out, "{},", record.line).expect("writing into memory cannot fail");
        for s in &plain[2..] {
            cell(&mut out, std::iter::once(Piece::Text(s)));
            out.push(b',');
        }
        cell(&mut out, themes());
        out.push(b',');
        cell(&mut out, entries());
        out.push(b',');
        cell(&mut out, matched());
        out.push(b'\n');
        out
    }
}

/// A string escaped for a quoted CSV cell (its quotes doubled), and whether it needs the quotes.
struct Escaped {
    bytes: Box<[u8]>,
    quoted: bool,
}

impl Escaped {
    fn new(s: &str) -> Escaped {
        let mut bytes = Vec::with_capacity(s.len());
        push_escaped(&mut bytes, s);
        Escaped { bytes: bytes.into_boxed_slice(), quoted: needs_quotes(s) }
    }
}

/// A part of a cell: text of this answer, or a lexicon string escaped for the run.
#[derive(Clone, Copy)]
enum Piece<'a> {
    Text(&'a str),
    Escaped(&'a Escaped),
}

impl Piece<'_> {
    fn needs_quotes(self) -> bool {
        match self {
            Piece::Text(t) => needs_quotes(t),
            Piece::Escaped(e) => e.quoted,
        }
    }

    /// Escaping keeps the first byte's kind: a quote stays a quote.
    fn first_byte(self) -> Option<u8> {
        match self {
            Piece::Text(t) => t.bytes().next(),
            Piece::Escaped(e) => e.bytes.first().copied(),
        }
    }

    /// Bytes enough for the piece, escaped, with a formula's leading `'` and the quotes.
    fn room(self) -> usize {
        match self {
            Piece::Text(t) => 2 * t.len() + 3,
            Piece::Escaped(e) => e.bytes.len() + 3,
        }
    }

    fn write(self, out: &mut Vec<u8>, quoted: bool) {
        match self {
            // Unquoted, a piece has no quote to double.
            Piece::Text(t) if quoted => push_escaped(out, t),
            Piece::Text(t) => out.extend_from_slice(t.as_bytes()),
            Piece::Escaped(e) => out.extend_from_slice(&e.bytes),
        }
    }
}

/// One cell: the pieces joined by [`SEPARATOR`], a formula neutralised, quoted when it must be.
fn cell<'a>(out: &mut Vec<u8>, pieces: impl Iterator<Item = Piece<'a>> + Clone) {
    let formula = pieces.clone().next().and_then(Piece::first_byte).is_some_and(|b| FORMULA_STARTS.contains(&b));
    let quoted = pieces.clone().any(Piece::needs_quotes);
    if quoted {
        out.push(b'"');
    }
    if formula {
        out.push(b'\'');
    }
    for (i, piece) in pieces.enumerate() {
        if i > 0 {
            out.extend_from_slice(SEPARATOR);
        }
        piece.write(out, quoted);
    }
    if quoted {
        out.push(b'"');
    }
}

/// Whether the `csv` crate quotes a cell holding `s`: a comma, a quote, `\n` or `\r` (its reader
/// ends a record at either).
fn needs_quotes(s: &str) -> bool {
    s.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'))
}

fn push_escaped(out: &mut Vec<u8>, s: &str) {
    let mut rest = s.as_bytes();
    while let Some(at) = rest.iter().position(|&b| b == b'"') {
        out.extend_from_slice(&rest[..=at]);
        out.push(b'"');
        rest = &rest[at + 1..];
    }
    out.extend_from_slice(rest);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tables::{csv_writer, safe_cell};

    /// What the `csv` crate writes for these cells, each list joined and neutralised.
    fn reference(cells: &[Vec<&str>]) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut w = csv_writer(&mut out);
            for parts in cells {
                w.write_field(safe_cell(&parts.join(" | ")).as_bytes()).unwrap();
            }
            w.write_record(None::<&[u8]>).unwrap();
        }
        out
    }

    fn fast(cells: &[Vec<&str>], escaped: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let held: Vec<Vec<Escaped>> = cells.iter().map(|c| c.iter().map(|s| Escaped::new(s)).collect()).collect();
        for (i, parts) in cells.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            if escaped {
                cell(&mut out, held[i].iter().map(Piece::Escaped));
            } else {
                cell(&mut out, parts.iter().map(|s| Piece::Text(s)));
            }
        }
        out.push(b'\n');
        out
    }

    #[test]
    fn cells_are_written_as_the_csv_crate_writes_them() {
        let tricky = [
            "",
            "plain",
            "Transports / Voiture > 80 km/h",
            "a, b",
            "il a dit \"non\"",
            "\"en tête",
            "deux\nlignes",
            "ligne\r",
            "=SOMME(A1)",
            "-2",
            "+33",
            "@x",
            "\tonglet",
            "\rretour",
            "élu·e·s ; « guillemets »",
            "'déjà",
        ];
        let mut rows: Vec<Vec<Vec<&str>>> = Vec::new();
        for a in tricky {
            for b in tricky {
                rows.push(vec![vec![a], vec![a, b], vec![b, a, "x"], vec![]]);
            }
        }
        for row in &rows {
            let expected = reference(row);
            assert_eq!(fast(row, false), expected, "{row:?}");
            assert_eq!(fast(row, true), expected, "{row:?}");
        }
    }
}
