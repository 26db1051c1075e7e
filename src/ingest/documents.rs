//! Plain-text exports: one document per block, each block starting with a separator line
//! (`###doc` in the HackaTAL corpus, `FROM FILE …` in the OCR of the cahiers citoyens), or one
//! document per line. The rest of a separator line, when there is one, is the document's id.

use std::io::{BufRead, BufReader, Read};

use super::{Item, Items};

/// Records of a text file; `separator` is the start of a separator line, or `\n` for one record
/// per line. `make` turns (line, id, text) into an item.
pub fn records<R: Read + Send + 'static>(
    reader: R,
    separator: String,
    shown: String,
    mut make: impl FnMut(u64, String, String) -> Item + Send + 'static,
) -> Items {
    let mut lines = BufReader::new(reader).lines();
    let per_line = separator == "\\n";
    let mut number = 0u64;
    let mut pending: Option<(u64, String, String)> = None;
    let mut count = 0u64;
    let mut done = false;
    Box::new(std::iter::from_fn(move || loop {
        if done {
            return None;
        }
        let line = match lines.next() {
            Some(Ok(line)) => line,
            Some(Err(e)) => {
                done = true;
                return Some(Item::Fatal(format!("{shown}:{}: read error: {e}", number + 1)));
            }
            None => {
                done = true;
                return pending.take().map(|(line, id, text)| make(line, id, text));
            }
        };
        number += 1;
        let line = if number == 1 { line.trim_start_matches('\u{feff}').to_owned() } else { line };
        if per_line {
            if line.trim().is_empty() {
                continue;
            }
            count += 1;
            return Some(make(number, format!("line {number}"), line));
        }
        if let Some(rest) = line.strip_prefix(separator.as_str()) {
            count += 1;
            let id = if rest.trim().is_empty() { format!("doc {count}") } else { rest.trim().to_owned() };
            let finished = pending.replace((number, id, String::new()));
            if let Some((line, id, text)) = finished {
                return Some(make(line, id, text));
            }
            continue;
        }
        match &mut pending {
            Some((_, _, text)) => {
                if !text.is_empty() {
                    text.push('\n');
                }
                text.push_str(&line);
            }
            None if line.trim().is_empty() => {}
            None => pending = Some((number, format!("line {number}"), line)),
        }
    }))
}
