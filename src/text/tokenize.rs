//! Cuts a text into words with Unicode word boundaries (UAX #29), keeping byte offsets into the
//! original text so that matches can be shown where they are.
//!
//! UAX #29 already keeps `CO2`, `l'écologie`, `aujourd'hui` and `1,5` whole, and cuts `80 km/h`
//! into `80`, `km`, `h`; lexicon phrases are cut the same way, so `80 km/h` still matches.

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

/// The words of `text`: segments holding at least one letter or digit (punctuation, spaces and
/// emoji are not words).
pub fn words(text: &str) -> impl Iterator<Item = Word<'_>> {
    text.split_word_bound_indices().filter(|(_, s)| is_word(s)).map(|(start, text)| Word { text, start })
}

fn is_word(segment: &str) -> bool {
    segment.bytes().any(|b| b.is_ascii_alphanumeric())
        || (!segment.is_ascii() && segment.chars().any(char::is_alphanumeric))
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

    #[test]
    fn offsets_point_into_the_original_text() {
        let text = "Écologie : d’abord l’école";
        for w in words(text) {
            assert_eq!(&text[w.start..w.end()], w.text);
        }
    }
}
