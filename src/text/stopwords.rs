//! French stop words: the Snowball French list (164 words) plus the connectives it misses
//! (`ni`, `donc`, `car`, …). A stop word never makes a theme match on its own.

/// The Snowball French stop list, as published with the algorithm.
const SNOWBALL_FRENCH: &[&str] = &[
    "au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du", "elle", "en", "et", "eux", "il", "je", "la", "le",
    "leur", "lui", "ma", "mais", "me", "même", "mes", "moi", "mon", "ne", "nos", "notre", "nous", "on", "ou", "par",
    "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur", "ta", "te", "tes", "toi", "ton", "tu", "un",
    "une", "vos", "votre", "vous", "c", "d", "j", "l", "à", "m", "n", "s", "t", "y", "été", "étée", "étées", "étés",
    "étant", "suis", "es", "est", "sommes", "êtes", "sont", "serai", "seras", "sera", "serons", "serez", "seront",
    "serais", "serait", "serions", "seriez", "seraient", "étais", "était", "étions", "étiez", "étaient", "fus", "fut",
    "fûmes", "fûtes", "furent", "sois", "soit", "soyons", "soyez", "soient", "fusse", "fusses", "fût", "fussions",
    "fussiez", "fussent", "ayant", "eu", "eue", "eues", "eus", "ai", "as", "avons", "avez", "ont", "aurai", "auras",
    "aura", "aurons", "aurez", "auront", "aurais", "aurait", "aurions", "auriez", "auraient", "avais", "avait",
    "avions", "aviez", "avaient", "eut", "eûmes", "eûtes", "eurent", "aie", "aies", "ait", "ayons", "ayez", "aient",
    "eusse", "eusses", "eût", "eussions", "eussiez", "eussent", "ceci", "cela", "celà", "cet", "cette", "ici", "ils",
    "les", "leurs", "quel", "quels", "quelle", "quelles", "sans", "soi",
];

/// Words the Snowball list misses that carry no theme in consultation answers.
const ADDED: &[&str] = &[
    "ni", "donc", "car", "or", "si", "où", "dont", "ça", "comme", "aussi", "très", "tout", "tous", "toute", "toutes",
    "ainsi", "alors", "cet", "celle", "celui", "ceux", "celles",
];

/// True for a stop word, given lowercased (accented or folded: `ou` and `où` both are).
pub fn is_stop_word(word: &str) -> bool {
    use std::sync::OnceLock;
    static LIST: OnceLock<std::collections::HashSet<String>> = OnceLock::new();
    let list = LIST.get_or_init(|| {
        SNOWBALL_FRENCH
            .iter()
            .chain(ADDED)
            .flat_map(|w| [w.to_string(), super::fold::fold_accents(w).into_owned()])
            .collect()
    });
    list.contains(word)
}

/// Every stop word, accented forms only, for documentation and `lexicon check`.
pub fn all() -> impl Iterator<Item = &'static str> {
    SNOWBALL_FRENCH.iter().chain(ADDED).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snowball_list_is_complete_and_extended() {
        assert_eq!(SNOWBALL_FRENCH.len(), 164);
        for w in ["le", "été", "ete", "ni", "donc", "car", "où", "ou"] {
            assert!(is_stop_word(w), "{w}");
        }
        for w in ["impôt", "ric", "isf", "écologie", "vote"] {
            assert!(!is_stop_word(w), "{w}");
        }
    }
}
