//! French elision: the article or pronoun glued to a word by an apostrophe (`l'école`,
//! `qu'il`, `jusqu'ici`) is removed, so that `l'école` and `école` are the same word.
//! Expects a lowercased word with `'` as its apostrophe (see `normalize`).

/// Elided words, longest first so that `jusqu'` is not read as `j'` + `usqu'`.
const ELIDED: [&str; 13] =
    ["quoiqu'", "puisqu'", "lorsqu'", "jusqu'", "qu'", "l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'"];

/// The word without its elided prefix and without a trailing apostrophe.
pub fn strip(word: &str) -> &str {
    let mut rest = word;
    if rest.contains('\'') {
        if let Some(prefix) = ELIDED.iter().find(|p| rest.starts_with(**p)) {
            rest = &rest[prefix.len()..];
        }
    }
    rest.trim_end_matches('\'')
}

#[cfg(test)]
mod tests {
    use super::strip;

    #[test]
    fn strips_every_elided_form() {
        for (word, expected) in [
            ("l'écologie", "écologie"),
            ("d'abord", "abord"),
            ("qu'il", "il"),
            ("jusqu'ici", "ici"),
            ("lorsqu'on", "on"),
            ("puisqu'elle", "elle"),
            ("quoiqu'il", "il"),
            ("c'est", "est"),
            ("n'importe", "importe"),
        ] {
            assert_eq!(strip(word), expected, "{word}");
        }
    }

    #[test]
    fn leaves_other_apostrophes_alone() {
        assert_eq!(strip("aujourd'hui"), "aujourd'hui");
        assert_eq!(strip("écologie"), "écologie");
        assert_eq!(strip("l'"), "");
    }
}
