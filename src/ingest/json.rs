//! JSON inputs, streamed one record at a time: the elements of a top-level array (cut at
//! depth 1 by a byte scanner that follows strings and escapes, so a huge file never sits in
//! memory), or the lines of a JSON Lines file. A malformed element is rejected with its line;
//! a file cut in the middle of a record rejects that record.

use std::io::{BufRead, BufReader, Read};

pub enum JsonItem {
    Object { line: u64, value: serde_json::Map<String, serde_json::Value> },
    Rejected { line: u64, reason: String },
    Fatal(String),
}

pub fn objects<R: Read + Send + 'static>(
    reader: R,
    lines: bool,
    shown: &str,
) -> Box<dyn Iterator<Item = JsonItem> + Send> {
    let reader = BufReader::with_capacity(256 * 1024, reader);
    if lines {
        Box::new(JsonLines { reader, line: 0, shown: shown.to_owned(), done: false })
    } else {
        Box::new(ArrayElements { reader, line: 1, state: ArrayState::Start, shown: shown.to_owned() })
    }
}

/// The records of a JSON document that is not an array: the array at `records` (a key, or a
/// dotted path), or the only array of objects among the document's keys. The document is read
/// whole (such files are small: theme trees, API dumps); records are numbered by position.
pub fn document_objects<R: Read>(
    mut reader: R,
    records: Option<&str>,
    shown: &str,
) -> Result<Box<dyn Iterator<Item = JsonItem> + Send>, String> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(|e| format!("{shown}: read error: {e}"))?;
    let mut value: serde_json::Value = serde_json::from_slice(&bytes)
        .map_err(|e| format!("{shown}:{}:{}: invalid JSON: {e}", e.line(), e.column()))?;
    drop(bytes);
    let array = match records {
        Some(path) => path
            .split('.')
            .try_fold(&mut value, |v, key| v.get_mut(key))
            .ok_or_else(|| format!("{shown}: the document has no `{path}`"))?,
        None => {
            let arrays: Vec<(&String, &mut serde_json::Value)> = value
                .as_object_mut()
                .map(|o| {
                    o.iter_mut()
                        .filter(|(_, v)| v.as_array().is_some_and(|a| a.iter().any(|e| e.is_object())))
                        .collect()
                })
                .unwrap_or_default();
            match arrays.len() {
                1 => arrays.into_iter().next().map(|(_, v)| v).expect("one array"),
                _ => {
                    let keys: Vec<String> = arrays.iter().map(|(k, _)| format!("`{k}`")).collect();
                    return Err(format!("{shown}: a JSON document whose records could be under {}: say which with --map 'records=KEY,…'", if keys.is_empty() { "no key".to_string() } else { keys.join(", ") }));
                }
            }
        }
    };
    // The records are moved out of the document, not copied: it is held once.
    let items: Vec<JsonItem> = std::mem::take(
        array.as_array_mut().ok_or_else(|| format!("{shown}: `{}` is not an array", records.unwrap_or("")))?,
    )
    .into_iter()
    .enumerate()
    .map(|(i, v)| match v {
        serde_json::Value::Object(o) => JsonItem::Object { line: i as u64 + 1, value: o },
        other => JsonItem::Rejected {
            line: i as u64 + 1,
            reason: format!("expected a JSON object, found {}", kind_of(&other)),
        },
    })
    .collect();
    Ok(Box::new(items.into_iter()))
}

fn to_item(line: u64, bytes: &[u8]) -> JsonItem {
    match serde_json::from_slice::<serde_json::Value>(bytes) {
        Ok(serde_json::Value::Object(value)) => JsonItem::Object { line, value },
        Ok(other) => JsonItem::Rejected { line, reason: format!("expected a JSON object, found {}", kind_of(&other)) },
        Err(e) => JsonItem::Rejected { line, reason: format!("invalid JSON: {e}") },
    }
}

fn kind_of(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

struct JsonLines<R> {
    reader: R,
    line: u64,
    shown: String,
    done: bool,
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = JsonItem;
    fn next(&mut self) -> Option<JsonItem> {
        let mut buf = Vec::new();
        while !self.done {
            buf.clear();
            match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => self.done = true,
                Ok(_) => {
                    self.line += 1;
                    let body =
                        if self.line == 1 { buf.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&buf) } else { &buf[..] };
                    if body.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(to_item(self.line, body));
                }
                Err(e) => {
                    self.done = true;
                    return Some(JsonItem::Fatal(format!("{}:{}: read error: {e}", self.shown, self.line + 1)));
                }
            }
        }
        None
    }
}

#[derive(PartialEq)]
enum ArrayState {
    Start,
    Between,
    /// After the array's `]`: only blanks, or another array (read too), may follow.
    AfterEnd,
    Done,
}

struct ArrayElements<R> {
    reader: R,
    /// Line of the next unread byte.
    line: u64,
    state: ArrayState,
    shown: String,
}

impl<R: BufRead> ArrayElements<R> {
    fn fatal(&mut self, message: String) -> Option<JsonItem> {
        self.state = ArrayState::Done;
        Some(JsonItem::Fatal(message))
    }
}

impl<R: BufRead> Iterator for ArrayElements<R> {
    type Item = JsonItem;

    fn next(&mut self) -> Option<JsonItem> {
        // Skip to the start of the next element: blanks, the opening `[`, commas.
        loop {
            if self.state == ArrayState::Done {
                return None;
            }
            let buf = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) => return self.fatal(format!("{}:{}: read error: {e}", self.shown, self.line)),
            };
            if buf.is_empty() {
                let missing = self.state == ArrayState::Start;
                self.state = ArrayState::Done;
                return missing.then(|| JsonItem::Rejected {
                    line: self.line,
                    reason: "the file ends before its array starts".into(),
                });
            }
            let mut used = 0;
            let mut element_starts = false;
            let mut trailing = None;
            for &b in buf {
                match (b, &self.state) {
                    (b'\n', _) => self.line += 1,
                    (b' ' | b'\t' | b'\r', _) => {}
                    (0xef | 0xbb | 0xbf, ArrayState::Start) => {}
                    (b'[', ArrayState::Start) => self.state = ArrayState::Between,
                    (b',', ArrayState::Between) => {}
                    (b']', ArrayState::Between) => self.state = ArrayState::AfterEnd,
                    // `[…][…]`: a second document (concatenated exports); its records are read.
                    (b'[', ArrayState::AfterEnd) => self.state = ArrayState::Between,
                    (_, ArrayState::Between) => {
                        element_starts = true;
                        break;
                    }
                    (_, ArrayState::AfterEnd) => {
                        trailing = Some(b);
                        break;
                    }
                    (_, _) => {
                        let line = self.line;
                        return self
                            .fatal(format!("{}:{line}: expected a JSON array `[`, found `{}`", self.shown, b as char));
                    }
                }
                used += 1;
            }
            self.reader.consume(used);
            if let Some(b) = trailing {
                // Rejected with its line rather than dropped; the rest is read for the input's
                // hash and size.
                self.state = ArrayState::Done;
                let _ = std::io::copy(&mut self.reader, &mut std::io::sink());
                return Some(JsonItem::Rejected {
                    line: self.line,
                    reason: format!(
                        "text after the end of the JSON array, from `{}`: not read (only blanks or another array may follow it)",
                        b.escape_ascii()
                    ),
                });
            }
            if element_starts {
                break;
            }
        }
        // Read one element, following strings so that brackets inside texts do not count.
        let start_line = self.line;
        let mut element = Vec::new();
        let (mut depth, mut in_string, mut escaped) = (0u64, false, false);
        loop {
            let buf = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) => return self.fatal(format!("{}:{}: read error: {e}", self.shown, self.line)),
            };
            if buf.is_empty() {
                self.state = ArrayState::Done;
                return Some(JsonItem::Rejected {
                    line: start_line,
                    reason: "the file ends inside this record (a truncated file?)".into(),
                });
            }
            let mut used = 0;
            let mut complete = false;
            for &b in buf {
                if in_string {
                    match (escaped, b) {
                        (true, _) => escaped = false,
                        (false, b'\\') => escaped = true,
                        (false, b'"') => in_string = false,
                        _ => {}
                    }
                } else {
                    match b {
                        b'"' => in_string = true,
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' if depth > 0 => depth -= 1,
                        b',' | b']' if depth == 0 => {
                            complete = true; // a scalar element ends here; leave the byte for the next call
                            break;
                        }
                        _ => {}
                    }
                }
                if b == b'\n' {
                    self.line += 1;
                }
                used += 1;
                if depth == 0 && !in_string && matches!(b, b'}' | b']') {
                    complete = true;
                    break;
                }
            }
            element.extend_from_slice(&buf[..used]);
            self.reader.consume(used);
            if complete {
                return Some(to_item(start_line, &element));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(src: &str, lines: bool) -> Vec<String> {
        objects(std::io::Cursor::new(src.as_bytes().to_vec()), lines, "t")
            .map(|i| match i {
                JsonItem::Object { line, value } => {
                    format!("{line}:{}", serde_json::Value::Object(value))
                }
                JsonItem::Rejected { line, reason } => format!("{line}!{reason}"),
                JsonItem::Fatal(m) => format!("fatal {m}"),
            })
            .collect()
    }

    #[test]
    fn elements_of_an_array_with_lines() {
        let got = read("[\n{\"a\": \"x]}\\\"\"}\n,\n{\"b\": [1, {\"c\": 2}]}\n]\n", false);
        assert_eq!(got, ["2:{\"a\":\"x]}\\\"\"}", "4:{\"b\":[1,{\"c\":2}]}"]);
    }

    #[test]
    fn bad_and_truncated_elements_are_rejected_alone() {
        let got = read("[{\"a\":1},\n42,\n{\"a\": tru},\n{\"b\": \"cut", false);
        assert_eq!(got[0], "1:{\"a\":1}");
        assert!(got[1].starts_with("2!expected a JSON object, found a number"), "{got:?}");
        assert!(got[2].starts_with("3!invalid JSON"), "{got:?}");
        assert_eq!(got[3], "4!the file ends inside this record (a truncated file?)");
    }

    #[test]
    fn a_second_array_is_read_and_trailing_text_rejected_with_its_line() {
        let got = read("[{\"a\":1}]\n[{\"a\":2},\n{\"a\":3}]\n\n", false);
        assert_eq!(got, ["1:{\"a\":1}", "2:{\"a\":2}", "3:{\"a\":3}"]);
        let got = read("[{\"a\":1}]\n\nxyz {\"a\":2}", false);
        assert_eq!(got[0], "1:{\"a\":1}");
        assert!(got[1].starts_with("3!text after the end of the JSON array, from `x`"), "{got:?}");
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn json_lines_skip_blank_lines() {
        let got = read("{\"a\":1}\n\n{\"a\":2}\nnot json\n", true);
        assert_eq!(got[..2], ["1:{\"a\":1}", "3:{\"a\":2}"]);
        assert!(got[2].starts_with("4!invalid JSON"));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!("[{}{}]", "[".repeat(100_000), "]".repeat(100_000));
        let got = read(&deep, false);
        assert!(got[0].contains("recursion limit") || got[0].contains("expected a JSON object"), "{}", &got[0][..80]);
    }
}
