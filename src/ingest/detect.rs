//! Format detection from a file's first bytes (not its extension): spreadsheet (zip), JSON
//! array, JSON Lines or delimited text, and whether it is a granddebat.fr or Politizr export.

use std::io::Read;

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
    /// One JSON value over several lines (not an array): read whole.
    JsonDocument,
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
            Container::JsonDocument => "JSON document".into(),
        }
    }
}

pub struct Seen {
    pub container: Container,
    pub encoding: &'static encoding_rs::Encoding,
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

/// The first bytes of a stream (up to 64 KiB; fewer only at its end), for [`sniff_bytes`].
pub fn read_head(stream: &mut impl Read) -> std::io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(PEEK);
    stream.take(PEEK as u64).read_to_end(&mut head)?;
    Ok(head)
}

/// What the first bytes of an input (up to 64 KiB) say about it.
pub fn sniff_bytes(head: &[u8], forced: Option<&'static encoding_rs::Encoding>) -> Result<Seen, String> {
    let head = &head[..head.len().min(PEEK)];
    if head.is_empty() {
        return Err("the file is empty (0 bytes): nothing to read".into());
    }
    if head.starts_with(b"PK\x03\x04") {
        let container = spreadsheet_of(head)?;
        return Ok(Seen {
            container,
            encoding: encoding_rs::UTF_8,
            official_csv: false,
            official_json: false,
            politizr: true,
            first_line: String::new(),
        });
    }
    let encoding = forced.unwrap_or_else(|| super::encoding::guess(head));
    if !super::encoding::is_utf16(encoding) {
        // A NUL byte here and there is a character like any other (as it is further in the file);
        // many of them are binary data, or UTF-16 without a byte-order mark.
        let nuls = head.iter().filter(|&&b| b == 0).count();
        if nuls * 100 > head.len() {
            let odd = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
            let even = nuls - odd;
            if odd.max(even) * 10 > nuls * 9 && odd.max(even) * 4 > head.len() {
                let label = if odd > even { "utf-16le" } else { "utf-16be" };
                return Err(format!(
                    "binary data, or text in UTF-16 without a byte-order mark: if it is text, read it with --encoding {label}"
                ));
            }
            let first = head.iter().position(|&b| b == 0).unwrap_or(0);
            return Err(format!(
                "{BINARY} ({nuls} NUL bytes in the first {} bytes, the first at byte {first})",
                head.len()
            ));
        }
    }
    let text = super::encoding::decode_head(head, encoding);
    if looks_binary(&text) {
        return Err(BINARY.into());
    }
    let container = container_of(&text)?;
    let first_line = text.lines().next().unwrap_or("").to_owned();
    let has = |s: &str| first_line.contains(s);
    Ok(Seen {
        container,
        encoding,
        official_csv: has("authorZipCode") && has("publishedAt"),
        official_json: container == Container::JsonArray
            && text.contains("\"responses\"")
            && text.contains("\"questionId\""),
        politizr: matches!(container, Container::Csv(_)) && has("uuid") && has("stripTaggedDescription"),
        first_line,
    })
}

const BINARY: &str = "binary data, not a text export (CSV, JSON, text) or a spreadsheet (ODS, XLSX)";

fn spreadsheet_of(head: &[u8]) -> Result<Container, String> {
    let text = String::from_utf8_lossy(&head[..head.len().min(4096)]);
    if text.contains("application/vnd.oasis.opendocument.spreadsheet") {
        return Ok(Container::Spreadsheet(Sheet::Ods));
    }
    if text.contains("xl/") || text.contains("[Content_Types].xml") {
        return Ok(Container::Spreadsheet(Sheet::Xlsx));
    }
    Err("a zip archive that is neither an ODS nor an XLSX spreadsheet".into())
}

fn container_of(text: &str) -> Result<Container, String> {
    let body = text.trim_start_matches('\u{feff}');
    match body.trim_start().chars().next() {
        Some('[') => Ok(Container::JsonArray),
        Some('{') => {
            let first = body.trim_start().lines().next().unwrap_or("");
            Ok(if serde_json::from_str::<serde_json::Value>(first).is_ok() {
                Container::JsonLines
            } else {
                Container::JsonDocument
            })
        }
        Some(_) => {
            // A file that is one JSON string, number, boolean or null holds no records.
            if let Ok(value) = serde_json::from_str::<serde_json::Value>(body.trim()) {
                if !value.is_array() && !value.is_object() {
                    return Err(format!(
                        "a single JSON {}, not records: a JSON export is an array of objects, JSON Lines, or a document holding such an array",
                        match value {
                            serde_json::Value::String(_) => "string",
                            serde_json::Value::Number(_) => "number",
                            serde_json::Value::Bool(_) => "boolean",
                            _ => "null",
                        }
                    ));
                }
            }
            Ok(Container::Csv(sniff_delimiter(body.as_bytes())))
        }
        None => Err("the file holds only blank space: nothing to read".into()),
    }
}

/// Many control characters (other than tab and line ends) mean binary data.
fn looks_binary(text: &str) -> bool {
    let sample: Vec<char> = text.chars().take(4096).collect();
    let controls = sample.iter().filter(|&&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')).count();
    let replaced = sample.iter().filter(|&&c| c == '\u{fffd}').count();
    controls * 20 > sample.len() || replaced * 5 > sample.len()
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
        assert_eq!(container_of("a;b;c\n1;2;3").unwrap(), Container::Csv(b';'));
        assert_eq!(container_of("\u{feff}a\tb\n").unwrap(), Container::Csv(b'\t'));
        assert_eq!(container_of("\"x,y\";b;c\n").unwrap(), Container::Csv(b';'));
        assert_eq!(container_of("  [\n{}").unwrap(), Container::JsonArray);
        assert_eq!(container_of("{\"a\":1}\n").unwrap(), Container::JsonLines);
        assert_eq!(container_of("{\n  \"root\": []\n}").unwrap(), Container::JsonDocument);
        assert!(looks_binary("\u{0}\u{1}\u{2}garbage"));
        assert!(container_of("\"Rétablir l'ISF\"\n").unwrap_err().starts_with("a single JSON string, not records"));
        assert_eq!(container_of("\"id\",\"texte\"\n\"1\",\"ISF\"").unwrap(), Container::Csv(b','));
        assert!(!looks_binary("id;texte\n1;Réduire les impôts\n"));
    }
}
