//! Snowball French stemming (rust-stemmers), behind a small wrapper so the algorithm is named
//! in one place. Caching of stems lives with the word cache in `classify`, keyed by surface form.

use std::borrow::Cow;

/// The stemmer every text and lexicon entry goes through.
pub struct Stemmer(rust_stemmers::Stemmer);

/// Named in reports so that a synthesis can be reproduced.
pub const STEMMER_NAME: &str = "Snowball French (rust-stemmers 1.2.0)";

impl Stemmer {
    pub fn french() -> Self {
        Stemmer(rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::French))
    }

    pub fn stem<'a>(&self, word: &'a str) -> Cow<'a, str> {
        self.0.stem(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_and_singular_share_a_stem() {
        let s = Stemmer::french();
        assert_eq!(s.stem("impôts"), s.stem("impôt"));
        assert_eq!(s.stem("voitures"), s.stem("voiture"));
        assert_eq!(s.stem("écologiques"), s.stem("écologique"));
    }
}
