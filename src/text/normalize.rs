//! Unicode normalisation of one word: NFC composition and a single apostrophe.
//!
//! A decomposed `é` (e + U+0301) and the typographic apostrophe `’` are frequent in pasted text;
//! without this step `l’écologie` and `l'écologie` would be different words.

use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Characters people (and word processors) type for an apostrophe.
const APOSTROPHES: [char; 5] = ['\u{2019}', '\u{02BC}', '\u{2018}', '\u{00B4}', '`'];

/// NFC, then every apostrophe-like character as `'`. Borrows when nothing changes.
pub fn normalize(word: &str) -> Cow<'_, str> {
    if word.is_ascii() && !word.contains('`') {
        return Cow::Borrowed(word);
    }
    if word.chars().all(nfc_inert) {
        // Already NFC: see `nfc_inert`.
        return if word.contains(APOSTROPHES) {
            Cow::Owned(word.replace(APOSTROPHES, "'"))
        } else {
            Cow::Borrowed(word)
        };
    }
    let composed: Cow<str> = match is_nfc_quick(word.chars()) {
        IsNormalized::Yes => Cow::Borrowed(word),
        _ => Cow::Owned(word.nfc().collect()),
    };
    if composed.contains(APOSTROPHES) {
        Cow::Owned(composed.replace(APOSTROPHES, "'"))
    } else {
        composed
    }
}

/// Characters with NFC_Quick_Check=Yes and combining class 0 (the tests check every one): a
/// string made only of them passes the NFC quick check (`is_nfc_quick` answers Yes: no character
/// answers No or Maybe, and no combining class is out of order), so it is its own NFC. They are
/// Latin-1, Latin Extended-A and -B, IPA, spacing modifiers (below U+0300) and the general
/// punctuation block from U+2002 (U+2000 and U+2001 are singletons that NFC changes).
#[inline]
fn nfc_inert(c: char) -> bool {
    (c as u32) < 0x300 || (0x2002..=0x206F).contains(&(c as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophes_are_unified() {
        assert_eq!(normalize("l’école"), "l'école");
        assert_eq!(normalize("lʼécole"), "l'école");
        assert_eq!(normalize("l`école"), "l'école");
    }

    #[test]
    fn decomposed_accents_are_composed() {
        assert_eq!(normalize("e\u{301}cologie"), "écologie");
    }

    #[test]
    fn the_nfc_shortcut_holds_for_every_character_it_covers() {
        use unicode_normalization::char::canonical_combining_class;
        let mut n = 0;
        for u in (0..0x300).chain(0x2002..=0x206F) {
            let Some(c) = char::from_u32(u) else { continue };
            assert!(nfc_inert(c));
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{u:#x}");
            assert_eq!(canonical_combining_class(c), 0, "{u:#x}");
            n += 1;
        }
        assert_eq!(n, 0x300 + 0x206F - 0x2002 + 1);
        assert!(!nfc_inert('\u{2000}') && !nfc_inert('\u{301}'));
        // And a few words through both paths.
        for w in ["l’école", "aujourd´hui", "çà et là", "naïveté—“oui”", "e\u{301}té", "\u{2000}x"] {
            let expected: String = w.nfc().collect::<String>().replace(APOSTROPHES, "'");
            assert_eq!(normalize(w), expected, "{w:?}");
        }
    }

    #[test]
    fn is_idempotent_and_borrows_plain_words() {
        for w in ["l’e\u{301}cole", "impôt", "CO2"] {
            let once = normalize(w).into_owned();
            assert_eq!(normalize(&once), once);
        }
        assert!(matches!(normalize("voiture"), Cow::Borrowed(_)));
    }
}
