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
    fn is_idempotent_and_borrows_plain_words() {
        for w in ["l’e\u{301}cole", "impôt", "CO2"] {
            let once = normalize(w).into_owned();
            assert_eq!(normalize(&once), once);
        }
        assert!(matches!(normalize("voiture"), Cow::Borrowed(_)));
    }
}
