//! Accent folding for accent-insensitive matching: `écologie` → `ecologie`, `œuvre` → `oeuvre`.
//! It runs before stemming (Snowball French does not fold accents, and folding a stem afterwards
//! collides words), on texts and lexicon entries alike.

use std::borrow::Cow;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The word without diacritics; ligatures `œ` and `æ` are spelled out. Borrows ASCII words.
pub fn fold_accents(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        return Cow::Borrowed(word);
    }
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
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::fold_accents;

    #[test]
    fn folds_french_diacritics_and_ligatures() {
        assert_eq!(fold_accents("élève à Noël, où ça ?"), "eleve a Noel, ou ca ?");
        assert_eq!(fold_accents("œuvre"), "oeuvre");
        assert_eq!(fold_accents("impôt"), "impot");
    }

    #[test]
    fn leaves_other_scripts_letters_in_place() {
        assert_eq!(fold_accents("CO2"), "CO2");
        assert_eq!(fold_accents("日本"), "日本");
    }
}
