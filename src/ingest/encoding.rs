//! Character encodings: most exports are UTF-8, but files that went through a spreadsheet on
//! Windows are often Windows-1252 (a superset of Latin-1), and some tools write UTF-16. The
//! encoding is guessed from the first bytes (or forced with `--encoding`) and the stream is
//! decoded to UTF-8 before parsing; the hash is still taken on the original bytes.

use std::io::Read;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// The encoding a file's first bytes suggest.
///
/// A byte-order mark decides. Otherwise UTF-8 wins when its multi-byte characters clearly
/// outnumber the invalid sequences (a UTF-8 file with a few broken rows stays UTF-8, and those rows
/// are rejected one by one); a file with invalid sequences and few or no valid multi-byte ones is
/// Windows-1252, where every byte is a character.
pub fn guess(head: &[u8]) -> &'static Encoding {
    if let Some((encoding, _)) = Encoding::for_bom(head) {
        return encoding;
    }
    let (mut valid_multibyte, mut invalid) = (0usize, 0usize);
    let mut rest = head;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                valid_multibyte += s.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                valid_multibyte += std::str::from_utf8(good).map_or(0, |s| s.chars().filter(|c| !c.is_ascii()).count());
                match e.error_len() {
                    Some(n) => {
                        invalid += 1;
                        rest = &bad[n..];
                    }
                    None => break, // a character cut by the end of the sample
                }
            }
        }
    }
    if invalid == 0 || valid_multibyte >= 4 * invalid {
        UTF_8
    } else {
        WINDOWS_1252
    }
}

/// `--encoding` values: any WHATWG label (`utf-8`, `latin1`, `windows-1252`, `utf-16le`…).
pub fn by_label(label: &str) -> Result<&'static Encoding, String> {
    Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
        format!("unknown encoding `{label}`: use a name such as utf-8, windows-1252, latin1 or utf-16le")
    })
}

/// Decodes `reader` from `encoding` to UTF-8 (a byte-order mark is removed).
pub fn decoder<R: Read + Send + 'static>(reader: R, encoding: &'static Encoding) -> Box<dyn Read + Send> {
    if encoding == UTF_8 {
        return Box::new(reader);
    }
    Box::new(encoding_rs_io::DecodeReaderBytesBuilder::new().encoding(Some(encoding)).build(reader))
}

/// The sample decoded, for format detection.
pub fn decode_head(head: &[u8], encoding: &'static Encoding) -> String {
    let (text, _, _) = encoding.decode(head);
    text.into_owned()
}

/// Is this a two-byte encoding whose bytes are not ASCII-compatible?
pub fn is_utf16(encoding: &'static Encoding) -> bool {
    encoding == UTF_16LE || encoding == UTF_16BE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_from_real_french_text() {
        let text = "Réduire les impôts, rétablir l'ISF, arrêter le gaspillage";
        assert_eq!(guess(text.as_bytes()), UTF_8);
        let (latin, _, _) = WINDOWS_1252.encode(text);
        assert_eq!(guess(&latin), WINDOWS_1252);
        assert_eq!(guess(b"\xef\xbb\xbfid;text"), UTF_8);
        assert_eq!(guess(b"\xff\xfei\x00d\x00"), UTF_16LE);
    }

    #[test]
    fn a_utf8_file_with_one_broken_row_stays_utf8() {
        let mut bytes = "é à ç è ê ô û ï ".repeat(20).into_bytes();
        bytes.extend_from_slice(b"\xff\xfe bad row");
        assert_eq!(guess(&bytes), UTF_8);
    }

    #[test]
    fn a_character_cut_by_the_sample_end_is_not_an_error() {
        let mut bytes = "impôt ".repeat(10).into_bytes();
        bytes.extend_from_slice(&"é".as_bytes()[..1]);
        assert_eq!(guess(&bytes), UTF_8);
    }

    #[test]
    fn labels() {
        assert_eq!(by_label("latin1").unwrap(), WINDOWS_1252);
        assert!(by_label("klingon").unwrap_err().contains("unknown encoding"));
    }
}
