//! Format detection from a file's first bytes (not its extension): spreadsheet (zip), JSON
//! array, JSON Lines or delimited text, and whether it is a granddebat.fr or Politizr export.

use std::io::Read;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sheet {
    Ods,
    Xlsx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    Csv(u8),
    Spreadsheet(Sheet),
    JsonArray,
    JsonLines,
}

impl Container {
    pub fn name(&self) -> String {
        match self {
            Container::Csv(b',') => "CSV".into(),
            Container::Csv(b';') => "CSV (;)".into(),
            Container::Csv(b'\t') => "TSV".into(),
            Container::Csv(d) => format!("CSV ({})", *d as char),
            Container::Spreadsheet(Sheet::Ods) => "ODS".into(),
            Container::Spreadsheet(Sheet::Xlsx) => "XLSX".into(),
            Container::JsonArray => "JSON array".into(),
            Container::JsonLines => "JSON Lines".into(),
        }
    }
}

pub struct Seen {
    pub container: Container,
    pub official_csv: bool,
    pub official_json: bool,
    pub politizr: bool,
    /// The first line, for messages.
    first_line: String,
}

impl Seen {
    pub fn describe_columns(&self) -> String {
        super::truncate(&self.first_line, 200)
    }
}

const PEEK: usize = 64 * 1024;

pub fn sniff(path: &Path) -> Result<Seen, String> {
    let mut head = Vec::with_capacity(PEEK);
    std::fs::File::open(path)
        .and_then(|f| f.take(PEEK as u64).read_to_end(&mut head))
        .map_err(|e| format!("cannot read: {e}"))?;
    if head.is_empty() {
        return Err("the file is empty (0 bytes): nothing to read".into());
    }
    let container = container_of(&head)?;
    let text = String::from_utf8_lossy(head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&head)).into_owned();
    let first_line = text.lines().next().unwrap_or("").to_owned();
    let has = |s: &str| first_line.contains(s);
    Ok(Seen {
        container,
        official_csv: has("authorZipCode") && has("publishedAt"),
        official_json: container == Container::JsonArray
            && text.contains("\"responses\"")
            && text.contains("\"questionId\""),
        politizr: matches!(container, Container::Csv(_)) && has("uuid") && has("stripTaggedDescription"),
        first_line,
    })
    .map(|mut seen| {
        if let Container::Spreadsheet(_) = container {
            seen.politizr = true; // refined on the header row in `mapped`; other sheets need --map
        }
        seen
    })
}

fn container_of(head: &[u8]) -> Result<Container, String> {
    if head.starts_with(b"PK\x03\x04") {
        let text = String::from_utf8_lossy(&head[..head.len().min(4096)]);
        if text.contains("application/vnd.oasis.opendocument.spreadsheet") {
            return Ok(Container::Spreadsheet(Sheet::Ods));
        }
        if text.contains("xl/") || text.contains("[Content_Types].xml") {
            return Ok(Container::Spreadsheet(Sheet::Xlsx));
        }
        return Err("a zip archive that is neither an ODS nor an XLSX spreadsheet".into());
    }
    let body = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    if body.contains(&0) || looks_binary(body) {
        return Err("binary data, not a text export (CSV, JSON) or a spreadsheet (ODS, XLSX)".into());
    }
    match body.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'[') => Ok(Container::JsonArray),
        Some(b'{') => Ok(Container::JsonLines),
        Some(_) => Ok(Container::Csv(sniff_delimiter(body))),
        None => Err("the file holds only blank space: nothing to read".into()),
    }
}

/// Mostly control characters or invalid UTF-8 means binary.
fn looks_binary(body: &[u8]) -> bool {
    let sample = &body[..body.len().min(4096)];
    let valid = match std::str::from_utf8(sample) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(), // cut in the middle of a character at the end
    };
    let controls = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t')).count();
    !valid && sample.iter().filter(|&&b| b >= 0x80).count() * 4 > sample.len() || controls * 20 > sample.len()
}

/// The delimiter of the first line: the most frequent of `,` `;` tab outside quotes.
fn sniff_delimiter(body: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in body {
        if !quoted && (b == b'\n' || b == b'\r') {
            break;
        }
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], std::cmp::Reverse(i))).unwrap();
    [b',', b';', b'\t'][best]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn containers_from_content() {
        assert_eq!(container_of(b"a;b;c\n1;2;3").unwrap(), Container::Csv(b';'));
        assert_eq!(container_of(b"\xef\xbb\xbfa\tb\n").unwrap(), Container::Csv(b'\t'));
        assert_eq!(container_of(b"\"x,y\";b;c\n").unwrap(), Container::Csv(b';'));
        assert_eq!(container_of(b"  [\n{}").unwrap(), Container::JsonArray);
        assert_eq!(container_of(b"{\"a\":1}\n").unwrap(), Container::JsonLines);
        assert!(container_of(b"\x00\x01\x02garbage").unwrap_err().contains("binary"));
    }
}
