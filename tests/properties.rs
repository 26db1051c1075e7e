//! Properties of the text analysis and the matcher that must hold for any input: normalisation
//! is idempotent, offsets stay inside the text on character boundaries, nothing panics, and the
//! classification of a text does not depend on what was classified before (the shared cache).

use proptest::prelude::*;
use synthese::classify::{Matcher, Scope};
use synthese::lexicon::LexiconSet;
use synthese::text::{self, normalize::normalize, Stemmer};

/// French-looking text: letters with accents, apostrophes of every kind, digits, punctuation,
/// emoji, combining marks, odd spaces.
fn french_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            "[a-zA-Zàâäéèêëîïôöùûüçœæ]{1,12}",
            Just("l’".to_string()),
            Just("qu'".to_string()),
            Just("e\u{301}".to_string()),
            Just("80 km/h".to_string()),
            Just("😡".to_string()),
            Just("\u{a0}".to_string()),
            "[ ,.;:!?()\"«»-]{1,3}",
            "[0-9]{1,4}",
            any::<char>().prop_map(|c| c.to_string()),
        ],
        0..40,
    )
    .prop_map(|parts| parts.join(" "))
}

fn matcher() -> Matcher {
    let stemmer = Stemmer::french();
    let mut set = LexiconSet::default();
    let lex = "T:\n    impôt\n    taxe carbone\n    fisc*\n    \"vert\"\n    vote NEAR/3 blanc\n    école NOT NEAR/2 privée\n";
    synthese::lexicon::parse_lexicon("p.lex", lex.as_bytes(), std::path::Path::new("."), &stemmer, &mut set).unwrap();
    Matcher::new(set, stemmer)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn normalisation_is_idempotent(s in french_text()) {
        let once = normalize(&s).into_owned();
        prop_assert_eq!(normalize(&once).into_owned(), once);
    }

    #[test]
    fn word_offsets_are_inside_the_text_on_char_boundaries(s in french_text()) {
        for w in text::words(&s) {
            prop_assert!(s.is_char_boundary(w.start) && s.is_char_boundary(w.end()));
            prop_assert_eq!(&s[w.start..w.end()], w.text);
        }
    }

    #[test]
    fn analysing_any_word_never_panics_and_folding_is_stable(s in french_text()) {
        let stemmer = Stemmer::french();
        for w in text::words(&s) {
            if let Some(a) = text::analyse_word(w.text, &stemmer) {
                prop_assert_eq!(text::fold::fold_accents(&a.folded).into_owned(), a.folded.clone());
                prop_assert!(!a.form.is_empty());
            }
        }
    }

    #[test]
    fn matches_lie_on_the_text_and_do_not_depend_on_history(a in french_text(), b in french_text()) {
        let warm = matcher();
        let _ = warm.classify(&a, Scope::default());
        let c = warm.classify(&b, Scope::default());
        prop_assert_eq!(&c, &matcher().classify(&b, Scope::default()));
        for h in c.hits.iter().chain(c.blocked.iter().map(|(h, _)| h)) {
            prop_assert!(h.start < h.end && (h.end as usize) <= b.len());
            prop_assert!(b.is_char_boundary(h.start as usize) && b.is_char_boundary(h.end as usize));
        }
    }

    #[test]
    fn lexicon_parsing_never_panics(src in "[a-zé@:*\"()|# \n/A-Z0-9-]{0,200}") {
        let mut set = LexiconSet::default();
        let _ = synthese::lexicon::parse_lexicon("p.lex", src.as_bytes(), std::path::Path::new("."), &Stemmer::french(), &mut set);
    }
}
