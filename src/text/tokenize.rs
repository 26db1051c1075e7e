//! Cuts a text into words with Unicode word boundaries (UAX #29), keeping byte offsets into the
//! original text so that matches can be shown where they are.
//!
//! UAX #29 already keeps `CO2`, `l'écologie`, `aujourd'hui` and `1,5` whole, and cuts `80 km/h`
//! into `80`, `km`, `h`; lexicon phrases are cut the same way, so `80 km/h` still matches.
//!
//! Speed: most answers are written with Latin letters, digits and common punctuation only. For
//! those texts (checked first, cheaply) the boundaries are found by [`Latin`], a direct
//! implementation of the UAX #29 rules that can apply to these characters (WB3–WB3d, WB5–WB13b;
//! none of them is Extend, Format, ZWJ, Hebrew, Katakana or a regional indicator, so WB4, WB3c,
//! WB7a–c, WB13 and WB15–16 never apply), several times faster than the general segmenter. Any
//! other text goes to `unicode-segmentation`. Both give the same words: the tests compare them
//! on every real text of the repository, on every string of up to four characters drawn from
//! one character of each word-break class, and on every character of the fast alphabet in all
//! two-neighbour contexts.

use unicode_segmentation::UnicodeSegmentation;

/// One word of a text: its surface form and where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    /// Byte offset of the first byte in the text.
    pub start: usize,
}

impl Word<'_> {
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

impl AsRef<str> for Word<'_> {
    fn as_ref(&self) -> &str {
        self.text
    }
}

/// The words of `text`: segments holding at least one letter or digit (punctuation, spaces and
/// emoji are not words).
pub fn words(text: &str) -> Words<'_> {
    let segments = if Latin::applies(text) {
        Segments::Latin(Latin { text, pos: 0 })
    } else {
        Segments::Uax29(text.split_word_bound_indices())
    };
    Words { segments }
}

/// The same words, always through `unicode-segmentation` (the reference of the fast path).
pub fn words_uax29(text: &str) -> impl Iterator<Item = Word<'_>> {
    text.split_word_bound_indices().filter(|(_, s)| is_word(s)).map(|(start, text)| Word { text, start })
}

/// The iterator of [`words`].
pub struct Words<'a> {
    segments: Segments<'a>,
}

enum Segments<'a> {
    Latin(Latin<'a>),
    Uax29(unicode_segmentation::UWordBoundIndices<'a>),
}

impl<'a> Iterator for Words<'a> {
    type Item = Word<'a>;

    #[inline]
    fn next(&mut self) -> Option<Word<'a>> {
        loop {
            let (start, text) = match &mut self.segments {
                Segments::Latin(l) => {
                    // ASCII spaces and punctuation other than `_` are segments of their own (a
                    // lone character, CR LF or a run of spaces) and never words: skipped in one
                    // loop, the next character starts a segment.
                    let (bytes, mut pos) = (l.text.as_bytes(), l.pos);
                    while bytes.get(pos).is_some_and(|&b| b < 0x80 && !b.is_ascii_alphanumeric() && b != b'_') {
                        pos += 1;
                    }
                    l.pos = pos;
                    let (start, text) = l.next()?;
                    // Most segments start with an ASCII letter or digit (a word), or are ASCII
                    // spaces or punctuation (there, a lone character, CR LF or spaces: no word).
                    // Only the others need looking at in full.
                    let first = text.as_bytes()[0];
                    if first.is_ascii_alphanumeric() {
                        return Some(Word { text, start });
                    }
                    if first.is_ascii() && first != b'_' {
                        continue;
                    }
                    (start, text)
                }
                Segments::Uax29(u) => u.next()?,
            };
            if is_word(text) {
                return Some(Word { text, start });
            }
        }
    }
}

fn is_word(segment: &str) -> bool {
    segment.bytes().any(|b| b.is_ascii_alphanumeric())
        || (!segment.is_ascii() && segment.chars().any(char::is_alphanumeric))
}

/// Word_Break classes of the fast alphabet (UAX #29, table 3; values of unicode-segmentation's
/// tables). `Any` is every other character of the alphabet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wb {
    Any,
    CR,
    LF,
    Newline,
    WSegSpace,
    ALetter,
    Numeric,
    MidLetter,
    MidNum,
    /// MidNumLet and Single_Quote (`MidNumLetQ` in the rules; Single_Quote differs only for
    /// Hebrew letters).
    MidNumLetQ,
    ExtendNumLet,
}

const fn ascii_classes() -> [Wb; 128] {
    let mut t = [Wb::Any; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'\n' => Wb::LF,
            b'\r' => Wb::CR,
            0x0B | 0x0C => Wb::Newline,
            b' ' => Wb::WSegSpace,
            b'A'..=b'Z' | b'a'..=b'z' => Wb::ALetter,
            b'0'..=b'9' => Wb::Numeric,
            b':' => Wb::MidLetter,
            b',' | b';' => Wb::MidNum,
            b'.' | b'\'' => Wb::MidNumLetQ,
            b'_' => Wb::ExtendNumLet,
            // `"` is Double_Quote, which only joins Hebrew letters: here it acts as Any.
            _ => Wb::Any,
        };
        b += 1;
    }
    t
}

static ASCII: [Wb; 128] = ascii_classes();

/// The class of a non-ASCII character, `None` outside the fast alphabet.
#[inline]
fn class_of(c: char) -> Option<Wb> {
    Some(match c as u32 {
        0x85 => Wb::Newline,
        0xAD => return None, // SOFT HYPHEN is Format
        0xAA | 0xB5 | 0xB8 | 0xBA | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x2D7 | 0x2DE..=0x2FF => Wb::ALetter,
        0xB7 => Wb::MidLetter,
        0x80..=0x2FF => Wb::Any,
        0x2018 | 0x2019 => Wb::MidNumLetQ,
        0x202F => Wb::ExtendNumLet,
        // Dashes, quotation marks, bullets, ellipsis, per mille, angle quotes, euro sign.
        0x2010..=0x2017 | 0x201A..=0x2023 | 0x2026 | 0x2030..=0x203A | 0x20AC => Wb::Any,
        _ => return None,
    })
}

/// The position of the first byte from `from` on that is not ASCII. When `from` starts a
/// character, so does that byte: a character's later bytes never come before its first.
#[inline]
fn next_non_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let high = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) & HIGH_BITS;
        if high != 0 {
            return Some(i + high.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    bytes[i..].iter().position(|b| !b.is_ascii()).map(|k| i + k)
}

/// The UAX #29 segmenter for texts whose every character is in the fast alphabet: ASCII, U+0080
/// to U+02FF except U+00AD, and the punctuation listed in [`class_of`].
struct Latin<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Latin<'a> {
    /// Whether every character of `text` is in the fast alphabet. Runs of ASCII are skipped eight
    /// bytes at a time and only the other characters are decoded: most French answers have an
    /// accent, and decoding every character of every answer took 2.4% of a national run.
    fn applies(text: &str) -> bool {
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(at) = next_non_ascii(bytes, i) {
            let c = text[at..].chars().next().expect("a non-ASCII byte starts a character here");
            if class_of(c).is_none() {
                return false;
            }
            i = at + c.len_utf8();
        }
        true
    }

    /// The class and UTF-8 length of the character at byte `i` (`None` at the end).
    #[inline(always)]
    fn at(&self, i: usize) -> Option<(Wb, usize)> {
        let b = *self.text.as_bytes().get(i)?;
        if b < 0x80 {
            return Some((ASCII[b as usize], 1));
        }
        let c = self.text[i..].chars().next()?;
        // `applies` checked the whole text, so every character has a class.
        Some((class_of(c).unwrap_or(Wb::Any), c.len_utf8()))
    }

    /// The next segment: (start, text).
    #[inline]
    fn next(&mut self) -> Option<(usize, &'a str)> {
        let start = self.pos;
        let (first, len) = self.at(start)?;
        let mut end = start + len;
        match first {
            // WB3: CR × LF; WB3a/3b: otherwise break after and before newlines.
            Wb::CR => {
                if let Some((Wb::LF, n)) = self.at(end) {
                    end += n;
                }
            }
            // WB3d: WSegSpace × WSegSpace.
            Wb::WSegSpace => {
                while let Some((Wb::WSegSpace, n)) = self.at(end) {
                    end += n;
                }
            }
            Wb::ALetter | Wb::Numeric | Wb::ExtendNumLet => {
                let mut last = first;
                let bytes = self.text.as_bytes();
                loop {
                    // WB5, WB8–WB10 and WB13b on ASCII letters and digits, the bulk of every word,
                    // without the general step.
                    while let Some(&b) = bytes.get(end).filter(|b| b.is_ascii_alphanumeric()) {
                        last = if b.is_ascii_digit() { Wb::Numeric } else { Wb::ALetter };
                        end += 1;
                    }
                    let Some((next, n)) = self.at(end) else { break };
                    let joined = match (last, next) {
                        // WB5, WB8, WB9, WB10, WB13a, WB13b.
                        (Wb::ALetter | Wb::Numeric, Wb::ALetter | Wb::Numeric)
                        | (Wb::ALetter | Wb::Numeric | Wb::ExtendNumLet, Wb::ExtendNumLet)
                        | (Wb::ExtendNumLet, Wb::ALetter | Wb::Numeric) => Some((next, n)),
                        // WB6, WB7: AHLetter × (MidLetter | MidNumLetQ) AHLetter.
                        (Wb::ALetter, Wb::MidLetter | Wb::MidNumLetQ) => match self.at(end + n) {
                            Some((Wb::ALetter, m)) => Some((Wb::ALetter, n + m)),
                            _ => None,
                        },
                        // WB11, WB12: Numeric × (MidNum | MidNumLetQ) Numeric.
                        (Wb::Numeric, Wb::MidNum | Wb::MidNumLetQ) => match self.at(end + n) {
                            Some((Wb::Numeric, m)) => Some((Wb::Numeric, n + m)),
                            _ => None,
                        },
                        _ => None,
                    };
                    let Some((class, n)) = joined else { break };
                    last = class;
                    end += n;
                }
            }
            // WB999: every other character is a segment of its own.
            _ => {}
        }
        self.pos = end;
        Some((start, &self.text[start..end]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<&str> {
        words(text).map(|w| w.text).collect()
    }

    #[test]
    fn keeps_acronyms_numbers_and_elisions_whole() {
        assert_eq!(cut("Le CO2, l’ISF et la TVA !"), ["Le", "CO2", "l’ISF", "et", "la", "TVA"]);
        assert_eq!(cut("la limitation à 80 km/h"), ["la", "limitation", "à", "80", "km", "h"]);
        assert_eq!(cut("aujourd'hui, 1,5 degré"), ["aujourd'hui", "1,5", "degré"]);
    }

    #[test]
    fn hyphens_split_and_emoji_are_not_words() {
        assert_eq!(cut("c'est-à-dire 😡 peut-être"), ["c'est", "à", "dire", "peut", "être"]);
        assert!(cut("🙂 !!! ...").is_empty());
    }

    /// Asserts that `words` cuts one text as unicode-segmentation does (whichever path it took),
    /// and that the fast path is taken exactly when every character is in its alphabet; true
    /// when it was.
    fn fast_path_applies_and_cuts_as_uax29(text: &str) -> bool {
        let fast: Vec<Word> = words(text).collect();
        let reference: Vec<Word> = words_uax29(text).collect();
        assert_eq!(fast, reference, "{text:?}");
        let applies = Latin::applies(text);
        assert_eq!(applies, text.chars().all(|c| c.is_ascii() || class_of(c).is_some()), "{text:?}");
        applies
    }

    #[test]
    fn the_fast_path_cuts_every_real_text_as_uax29_does() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        let mut folders = vec![root.join("tests/data"), root.join("corpus")];
        while let Some(dir) = folders.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    folders.push(path);
                } else if path
                    .extension()
                    .is_some_and(|e| ["csv", "json", "jsonl", "md"].contains(&e.to_str().unwrap()))
                {
                    files.push(path);
                }
            }
        }
        files.sort();
        let (mut texts, mut fast) = (0usize, 0usize);
        let mut check = |t: &str| {
            texts += 1;
            fast += fast_path_applies_and_cuts_as_uax29(t) as usize;
        };
        for file in &files {
            let bytes = std::fs::read(file).unwrap();
            let content = String::from_utf8_lossy(&bytes);
            check(&content);
            for line in content.lines() {
                check(line);
            }
            if file.extension().is_some_and(|e| e == "csv") {
                let mut reader =
                    csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes.as_slice());
                for record in reader.byte_records().flatten() {
                    for field in record.iter() {
                        check(&String::from_utf8_lossy(field));
                    }
                }
            }
        }
        assert!(files.len() >= 15, "{} files", files.len());
        // The fast path must really be exercised: most real texts are plain Latin text.
        assert!(fast * 10 > texts * 9, "fast path on {fast} of {texts} texts");
    }

    /// One character of each word-break class of the fast alphabet, and then some.
    const CLASSES: [char; 25] = [
        'a', 'É', 'ÿ', '1', ':', '·', ',', ';', '.', '\'', '’', '_', '\u{202F}', ' ', '\n', '\r', '\u{b}', '\u{85}',
        '-', '"', '\u{a0}', '²', '¸', '…', '€',
    ];

    #[test]
    fn the_fast_path_cuts_every_short_string_as_uax29_does() {
        // Every string of up to four (three in debug builds) characters of CLASSES.
        let longest = if cfg!(debug_assertions) { 3 } else { 4 };
        let mut strings = vec![String::new()];
        for _ in 0..longest {
            strings = strings
                .iter()
                .flat_map(|s| {
                    CLASSES.iter().map(move |c| {
                        let mut t = s.clone();
                        t.push(*c);
                        t
                    })
                })
                .collect();
            for s in &strings {
                assert!(fast_path_applies_and_cuts_as_uax29(s));
            }
        }
    }

    #[test]
    fn every_character_of_the_fast_alphabet_behaves_as_its_class() {
        let context = ['a', '1', ':', ',', '.', '\'', '_', ' ', '\r', '\n', '-', 'é'];
        let alphabet = (0u32..0x3000).filter_map(char::from_u32).filter(|&c| c.is_ascii() || class_of(c).is_some());
        let mut n = 0;
        for c in alphabet {
            n += 1;
            for x in context {
                for y in context {
                    for s in [[x, c, y], [c, x, y], [x, y, c], [c, c, x]] {
                        assert!(fast_path_applies_and_cuts_as_uax29(&s.iter().collect::<String>()));
                    }
                }
            }
        }
        assert!(n > 700, "{n} characters");
    }

    #[test]
    fn a_character_outside_the_alphabet_sends_the_text_to_the_general_segmenter() {
        // Characters in the alphabet (an accented letter, the typographic apostrophe) and out of
        // it (a combining accent, a soft hyphen, an emoji, Greek, a figure space) at each of the
        // first 24 and last 12 places of a real answer (question 125, corpus/official-layout/
        // DEMOCRATIE_ET_CITOYENNETE.csv), and at its end: the alphabet check reads eight bytes at
        // a time, and the last few one by one.
        let sentence = "Intégration des personnes issues de l'immigration à faire... Pour l'instant c'est l'échec";
        let cases = [('é', true), ('\u{2019}', true), ('\u{301}', false), ('\u{AD}', false)];
        let cases = cases.into_iter().chain([('😀', false), ('λ', false), ('\u{2007}', false)]);
        let places: Vec<usize> = sentence.char_indices().map(|(i, _)| i).collect();
        let places: Vec<usize> =
            places[..24].iter().chain(&places[places.len() - 12..]).copied().chain([sentence.len()]).collect();
        let mut checked = 0;
        for (odd, fast) in cases {
            for &at in &places {
                let text = format!("{}{odd}{}", &sentence[..at], &sentence[at..]);
                // The words are those of unicode-segmentation, whichever path cut them.
                assert_eq!(fast_path_applies_and_cuts_as_uax29(&text), fast, "{text:?}");
                checked += 1;
            }
        }
        assert_eq!(checked, 7 * 37);
    }

    #[test]
    fn the_first_non_ascii_byte_is_found_wherever_it_is() {
        // Every length up to 20 bytes (two eight-byte steps and a tail), one high byte at each
        // place or none, from every start.
        for len in 0..=20 {
            for high in (0..len).map(Some).chain([None]) {
                let mut bytes = vec![b'a'; len];
                if let Some(h) = high {
                    bytes[h] = 0xC3;
                }
                for from in 0..=len {
                    let expected = bytes[from..].iter().position(|b| !b.is_ascii()).map(|k| from + k);
                    assert_eq!(next_non_ascii(&bytes, from), expected, "{len} bytes, high byte at {high:?}");
                }
            }
        }
    }

    #[test]
    fn offsets_point_into_the_original_text() {
        let text = "Écologie : d’abord l’école";
        for w in words(text) {
            assert_eq!(&text[w.start..w.end()], w.text);
        }
    }
}
