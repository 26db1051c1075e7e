//! Accent folding for accent-insensitive matching: `écologie` → `ecologie`, `œuvre` → `oeuvre`.
//! It runs before stemming (Snowball French does not fold accents, and folding a stem afterwards
//! collides words), on texts and lexicon entries alike.
//!
//! The definition is NFD, then every combining mark dropped, then the ligatures spelled out
//! ([`fold_accents_nfd`]). Most words are ASCII (borrowed as they are) or Latin: for characters
//! up to U+036F the folded form of each character is looked up in a table made with that very
//! definition. That gives the same result on a whole word, because such a character decomposes
//! into characters of combining class 0 (which canonical reordering never moves) and combining
//! marks (which are dropped, wherever reordering puts them); the table only holds characters
//! that decompose so, and the tests check it. Other words take the NFD path.

use std::borrow::Cow;
use std::sync::OnceLock;

use unicode_normalization::char::{canonical_combining_class, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

/// The word without diacritics; ligatures `œ` and `æ` are spelled out. Borrows ASCII words.
pub fn fold_accents(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        return Cow::Borrowed(word);
    }
    let table = latin_table();
    let mut out = String::with_capacity(word.len());
    let mut rest = word;
    while !rest.is_empty() {
        // A run of ASCII characters is copied at once.
        let run = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        out.push_str(&rest[..run]);
        rest = &rest[run..];
        let Some(c) = rest.chars().next() else { break };
        match table.get(c as usize - 0x80) {
            Some(&Folded::Chars(n, chars)) => {
                for &f in &chars[..n as usize] {
                    out.push(f);
                }
            }
            _ => return Cow::Owned(fold_accents_nfd(word)),
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// The definition, character by character through NFD (the reference of the fast path).
pub fn fold_accents_nfd(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.nfd() {
        match c {
            'œ' => out.push_str("oe"),
            'Œ' => out.push_str("OE"),
            'æ' => out.push_str("ae"),
            'Æ' => out.push_str("AE"),
            c if is_combining_mark(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// End (exclusive) of the characters the table covers: Latin-1, Latin Extended-A and -B, IPA,
/// spacing modifiers and the combining diacritical marks.
const TABLE_END: u32 = 0x370;

/// The folded form of one character of the table.
#[derive(Clone, Copy)]
enum Folded {
    /// Up to two characters (none for a combining mark).
    Chars(u8, [char; 2]),
    /// Not covered: the character does not decompose into class-0 characters and marks only,
    /// or folds into more than two characters (none today; kept for safety).
    Nfd,
}

/// Folded form of U+0080..TABLE_END.
fn latin_table() -> &'static [Folded] {
    static TABLE: OnceLock<Vec<Folded>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (0x80..TABLE_END)
            .map(|u| {
                let Some(c) = char::from_u32(u) else {
                    return Folded::Nfd;
                };
                let stable =
                    std::iter::once(c).nfd().all(|d| is_combining_mark(d) || canonical_combining_class(d) == 0);
                let folded: Vec<char> = fold_accents_nfd(c.encode_utf8(&mut [0; 4])).chars().collect();
                match folded[..] {
                    _ if !stable => Folded::Nfd,
                    [] => Folded::Chars(0, ['\0'; 2]),
                    [a] => Folded::Chars(1, [a, '\0']),
                    [a, b] => Folded::Chars(2, [a, b]),
                    _ => Folded::Nfd,
                }
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_french_diacritics_and_ligatures() {
        assert_eq!(fold_accents("élève à Noël, où ça ?"), "eleve a Noel, ou ca ?");
        assert_eq!(fold_accents("œuvre"), "oeuvre");
        assert_eq!(fold_accents("impôt"), "impot");
    }

    #[test]
    fn the_table_gives_what_nfd_gives_on_every_character_and_pair() {
        let table = latin_table();
        assert!(table.iter().all(|f| matches!(f, Folded::Chars(..))));
        for u in 0..0x3000 {
            let Some(c) = char::from_u32(u) else { continue };
            let s = c.to_string();
            assert_eq!(fold_accents(&s), fold_accents_nfd(&s), "{u:#x}");
        }
        // Marks before, between and after letters, in every order (canonical reordering).
        let some = [
            'e', 'é', 'É', 'œ', 'Æ', 'ç', 'ß', 'ǅ', 'ŀ', '\u{301}', '\u{327}', '\u{308}', '\u{345}', '\u{344}',
            '\u{31b}', '日', '\u{1e9b}', 'ﬁ', '\u{2126}',
        ];
        for a in some {
            for b in some {
                for c in some {
                    let s: String = [a, b, c].iter().collect();
                    assert_eq!(fold_accents(&s), fold_accents_nfd(&s), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn leaves_other_scripts_letters_in_place() {
        assert_eq!(fold_accents("CO2"), "CO2");
        assert_eq!(fold_accents("日本"), "日本");
    }
}
