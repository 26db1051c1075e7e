//! French text analysis: the chain that turns a contribution (or a lexicon entry) into words.
//!
//! The chain, in order: [`tokenize`] (Unicode word boundaries, keeping acronyms and numbers),
//! [`normalize`] (NFC, typographic apostrophes), lowercasing, [`elision`] (`l'`, `qu'`…),
//! [`fold`] (accents, only for accent-insensitive matching), [`stopwords`], [`stem`] (Snowball
//! French). Texts and lexicon entries go through exactly this chain, so an entry can never fail to
//! match because it was analysed differently from the text.

pub mod elision;
pub mod fold;
pub mod nonanswer;
pub mod normalize;
pub mod stem;
pub mod stopwords;
pub mod tokenize;

use std::borrow::Cow;

pub use stem::Stemmer;
pub use tokenize::{words, Word};

/// Every form of one word that matching may use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalysedWord {
    /// Lowercased, NFC, apostrophes unified, elision removed: `L’Écologie` → `écologie`.
    pub form: String,
    /// `form` without accents: `ecologie`.
    pub folded: String,
    /// Snowball stem of `form`: `écolog`.
    pub stem: String,
    /// Snowball stem of `folded`: `ecolog`.
    pub folded_stem: String,
    /// A stop word never makes a match on its own; inside a phrase it is matched in its place.
    pub stop: bool,
}

/// Runs the whole chain on one word as cut by [`words`]. `None` when nothing is left (a lone
/// elided article such as `l'`).
pub fn analyse_word(surface: &str, stemmer: &Stemmer) -> Option<AnalysedWord> {
    let normal = normalize::normalize(surface);
    let lower = lowercase(&normal);
    let form = elision::strip(&lower);
    if !form.chars().any(char::is_alphanumeric) {
        return None;
    }
    let folded = fold::fold_accents(form).into_owned();
    let stop = stopwords::is_stop_word(form) || stopwords::is_stop_word(&folded);
    let stem = stemmer.stem(form).into_owned();
    let folded_stem = stemmer.stem(&folded).into_owned();
    Some(AnalysedWord { form: form.to_owned(), folded, stem, folded_stem, stop })
}

/// A 64-bit hash of the word normalised, lowercased and without accents (elision kept): texts
/// whose words have the same hashes differ only by case, accents, punctuation or spacing.
pub fn word_hash(surface: &str) -> u64 {
    let normal = normalize::normalize(surface);
    let lower = lowercase(&normal);
    crate::hash::mix(crate::hash::fnv1a(&[fold::fold_accents(&lower).as_bytes()]))
}

/// Unicode lowercasing, borrowing when the word is already lowercase (the common case).
pub fn lowercase(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// A description of the chain for reports (the "method" section).
pub const ANALYSIS_STEPS: &[&str] = &[
    "Unicode word segmentation (UAX #29, unicode-segmentation); segments without a letter or digit are dropped",
    "Unicode NFC; typographic apostrophes (’ ʼ ‘ ´ `) become '",
    "lowercase",
    "elision removed at the start of a word: l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' quoiqu'",
    "accent folding before stemming (lexicon files with @accents: ignore, the default)",
    "French stop words (Snowball list plus ni, donc, car and others) never match on their own; a phrase matches its words in order, stop words included",
    "Snowball French stemmer (rust-stemmers 1.2.0)",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chain_on_one_word() {
        let stemmer = Stemmer::french();
        let w = analyse_word("L’Écologie", &stemmer).unwrap();
        assert_eq!(w.form, "écologie");
        assert_eq!(w.folded, "ecologie");
        assert_eq!(w.folded_stem, stemmer.stem("ecologie"));
        assert!(!w.stop);
        assert!(analyse_word("l'", &stemmer).is_none());
        assert!(analyse_word("Donc", &stemmer).unwrap().stop);
    }

    #[test]
    fn typed_without_accents_gives_the_same_folded_stem() {
        let stemmer = Stemmer::french();
        let a = analyse_word("impôts", &stemmer).unwrap();
        let b = analyse_word("impot", &stemmer).unwrap();
        assert_eq!(a.folded_stem, b.folded_stem);
    }
}
