//! Theme names as people write them in review files: `Family / Theme` (the lexicon file's name
//! and the theme's path) or the theme's name alone when no other theme has it, compared without
//! case, accents or spacing differences. Reviews judge top-level themes: a sub-theme's name
//! stands for its top-level theme. An unknown name gets the closest known one (edit distance).

use std::collections::HashMap;

use crate::classify::normalise_label;
use crate::lexicon::LexiconSet;

pub struct ThemeNames {
    /// Normalised name → top-level themes it may mean (one: resolved; more: ambiguous).
    keys: HashMap<String, Vec<usize>>,
    /// Every top-level theme's normalised label and name, for suggestions.
    known: Vec<(String, String, usize)>,
    labels: Vec<String>,
}

impl ThemeNames {
    pub fn new(lex: &LexiconSet) -> ThemeNames {
        let mut keys: HashMap<String, Vec<usize>> = HashMap::new();
        let mut known = Vec::new();
        let labels: Vec<String> = (0..lex.themes.len()).map(|t| lex.theme_label(t).into_owned()).collect();
        for (t, theme) in lex.themes.iter().enumerate() {
            let top = top_level(lex, t);
            keys.entry(normalise_label(&labels[t])).or_default().push(top);
            if theme.parent.is_none() {
                let name = normalise_label(&theme.name);
                let list = keys.entry(name.clone()).or_default();
                if !list.contains(&top) {
                    list.push(top);
                }
                known.push((normalise_label(&labels[t]), name, t));
            }
        }
        ThemeNames { keys, known, labels }
    }

    /// The top-level theme a name means, or why not (with the closest name).
    pub fn resolve(&self, name: &str) -> Result<usize, String> {
        let key = normalise_label(name);
        match self.keys.get(&key).map(Vec::as_slice) {
            Some([t]) => Ok(*t),
            Some(several) => Err(format!(
                "the theme name `{}` is not unique: write one of {}",
                name.trim(),
                several.iter().map(|&t| format!("`{}`", self.labels[t])).collect::<Vec<_>>().join(", ")
            )),
            None => Err(match self.closest(&key) {
                Some(t) => format!("unknown theme `{}`; the closest is `{}`", name.trim(), self.labels[t]),
                None => format!("unknown theme `{}` (the lexicons have no theme)", name.trim()),
            }),
        }
    }

    /// `Family / Theme` of a theme.
    pub fn label(&self, theme: usize) -> &str {
        &self.labels[theme]
    }

    fn closest(&self, key: &str) -> Option<usize> {
        self.known
            .iter()
            .map(|(label, name, t)| (edit_distance(key, label).min(edit_distance(key, name)), *t))
            .min()
            .map(|(_, t)| t)
    }
}

/// The theme's top-level ancestor (itself when top-level).
/// The top-level themes of a classification's themes (which hold their ancestors, in id order):
/// what the rules said of an answer, as readers judge it. Sorted, each once.
pub fn rules_top_level(lex: &LexiconSet, themes: impl IntoIterator<Item = usize>) -> Vec<usize> {
    let mut top: Vec<usize> = themes.into_iter().filter(|&t| lex.themes[t].parent.is_none()).collect();
    top.sort_unstable();
    top.dedup();
    top
}

pub fn top_level(lex: &LexiconSet, theme: usize) -> usize {
    // Called per matched entry: walks up without building the lineage.
    let mut t = theme;
    while let Some(parent) = lex.themes[t].parent {
        t = parent;
    }
    t
}

/// Levenshtein distance, in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(edit_distance("laicite", "laïcité"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn names_of_the_shipped_lexicons() {
        let stemmer = crate::text::Stemmer::french();
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons");
        let lex = LexiconSet::load(&path, &stemmer).unwrap();
        let names = ThemeNames::new(&lex);
        let t = names.resolve("Codebook Q127 (La Grande Annotation) / Application loi 1905").unwrap();
        assert_eq!(names.resolve("application LOI 1905"), Ok(t));
        let wrong = names.resolve("Codebook Q127 (La Grande Annotation) / Aplication loi 1905").unwrap_err();
        assert!(
            wrong.contains("the closest is `Codebook Q127 (La Grande Annotation) / Application loi 1905`"),
            "{wrong}"
        );
    }
}
