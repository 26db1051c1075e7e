//! Non-answers: texts that fill an open question's box without answering it (`rien`, `nsp`,
//! `je ne sais pas`, `sans avis`, `non concerné`, `voir ci-dessus`, `xxx`, a lone `?`).
//!
//! The test is deliberately conservative: the *whole* answer must be made of non-answer phrases
//! (and a few fillers such as `merci`, `pour le moment`, `à ajouter`). One word more that carries
//! content and it is an answer: `rien à ajouter` is a non-answer, `rien ne change si…` and
//! `rien, je le fais déjà` are answers, and so are `aucun problème`, `déjà fait`, `personne`,
//! `tous`, which answer some questions. Case, accents, punctuation and apostrophes are ignored.
//!
//! One caveat for callers: `non` counts as a non-answer (the open questions ask *what* or *how*),
//! but a few open questions are yes/no questions in disguise (Q142 "souhaitez-vous que…"); there,
//! [`non_answer_kind`] tells `No` apart so that the caller can keep it.

use serde::Serialize;

/// Why a text is not an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum NonAnswer {
    /// Nothing but spaces, punctuation or symbols.
    Empty,
    /// `rien`, `néant`, `RAS`, `aucun`, `aucune`.
    Nothing,
    /// `nsp`, `je ne sais pas`, `aucune idée`, `je ne vois pas`.
    DontKnow,
    /// `sans avis`, `pas d'avis`, `sans opinion`, `no comment`.
    NoOpinion,
    /// `non concerné`, `sans objet`, `non applicable`, `NC`.
    NotConcerned,
    /// A bare `non`.
    No,
    /// `idem`, `voir ci-dessus`, `cf. plus haut`, `déjà répondu`, `même réponse`.
    SeeElsewhere,
    /// `x`, `xxx`, `...`, `merci`: a box filled to get to the next one.
    Filler,
}

impl NonAnswer {
    pub fn label(self) -> &'static str {
        match self {
            NonAnswer::Empty => "empty",
            NonAnswer::Nothing => "nothing (rien, néant, RAS)",
            NonAnswer::DontKnow => "don't know (nsp)",
            NonAnswer::NoOpinion => "no opinion (sans avis)",
            NonAnswer::NotConcerned => "not concerned (sans objet)",
            NonAnswer::No => "a bare « non »",
            NonAnswer::SeeElsewhere => "see elsewhere (idem, voir ci-dessus)",
            NonAnswer::Filler => "filler (x, ..., merci)",
        }
    }
}

/// True when the text does not answer the question (see [`non_answer_kind`]).
pub fn is_non_answer(text: &str) -> bool {
    non_answer_kind(text).is_some()
}

/// The kind of non-answer the text is, or `None` for an answer.
pub fn non_answer_kind(text: &str) -> Option<NonAnswer> {
    let words = simplify(text);
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    if words.is_empty() {
        return Some(NonAnswer::Empty);
    }
    // One character typed over and over (`x`, `xxxx`, `aaa`), a lone letter.
    if words.len() == 1 && words[0].chars().all(|c| c.is_alphabetic()) {
        let mut chars = words[0].chars();
        let first = chars.next().expect("words are not empty");
        if chars.all(|c| c == first) {
            return Some(NonAnswer::Filler);
        }
    }
    if let Some(kind) = referral(&words) {
        return Some(kind);
    }
    // The whole answer, cut into known phrases (the longest that fits) and fillers.
    let mut kind = None;
    let mut i = 0;
    'cut: while i < words.len() {
        let longest = PHRASES
            .iter()
            .filter_map(|&(phrase, k)| starts_with(&words[i..], phrase).map(|n| (n, k)))
            .max_by_key(|&(n, _)| n);
        if let Some((n, k)) = longest {
            kind = kind.or(Some(k));
            i += n;
            continue 'cut;
        }
        for &filler in FILLERS {
            if let Some(n) = starts_with(&words[i..], filler) {
                i += n;
                continue 'cut;
            }
        }
        return None;
    }
    kind
}

/// Lowercase, accents folded, every run of characters other than letters and digits as one
/// space: `Je ne sais pas !` → `je ne sais pas`, `aucun(e)` → `aucun e`.
fn simplify(text: &str) -> Vec<String> {
    let lower = super::lowercase(&super::normalize::normalize(text)).into_owned();
    let folded = super::fold::fold_accents(&lower).into_owned();
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

/// How many words `phrase` (space-separated) covers at the start of `words`, if it is there.
fn starts_with(words: &[&str], phrase: &str) -> Option<usize> {
    let mut n = 0;
    for p in phrase.split(' ') {
        if words.get(n) != Some(&p) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// Non-answer phrases (at each place the longest that fits is taken).
const PHRASES: &[(&str, NonAnswer)] = &[
    // Nothing.
    ("rien a signaler", NonAnswer::Nothing),
    ("rien de special", NonAnswer::Nothing),
    ("rien de particulier", NonAnswer::Nothing),
    ("rien de plus", NonAnswer::Nothing),
    ("rien d autre", NonAnswer::Nothing),
    ("rien a ajouter", NonAnswer::Nothing),
    ("rien a dire", NonAnswer::Nothing),
    ("rien a declarer", NonAnswer::Nothing),
    ("rien a proposer", NonAnswer::Nothing),
    ("rien", NonAnswer::Nothing),
    ("neant", NonAnswer::Nothing),
    ("r a s", NonAnswer::Nothing),
    ("ras", NonAnswer::Nothing),
    ("aucun e", NonAnswer::Nothing),
    ("aucunes", NonAnswer::Nothing),
    ("aucune", NonAnswer::Nothing),
    ("aucuns", NonAnswer::Nothing),
    ("aucun", NonAnswer::Nothing),
    // Don't know.
    ("je ne sais pas repondre", NonAnswer::DontKnow),
    ("je ne sais pas", NonAnswer::DontKnow),
    ("je ne sait pas", NonAnswer::DontKnow),
    ("je ne sais plus", NonAnswer::DontKnow),
    ("je ne sais", NonAnswer::DontKnow),
    ("je sais pas", NonAnswer::DontKnow),
    ("j sais pas", NonAnswer::DontKnow),
    ("ne sais pas", NonAnswer::DontKnow),
    ("ne sait pas", NonAnswer::DontKnow),
    ("sais pas", NonAnswer::DontKnow),
    ("nsp", NonAnswer::DontKnow),
    ("aucune idee", NonAnswer::DontKnow),
    ("aucun idee", NonAnswer::DontKnow),
    ("pas d idee", NonAnswer::DontKnow),
    ("je n ai pas d idee", NonAnswer::DontKnow),
    ("je n en ai aucune idee", NonAnswer::DontKnow),
    ("je n en sais rien", NonAnswer::DontKnow),
    ("je n en vois pas", NonAnswer::DontKnow),
    ("je n en vois aucun", NonAnswer::DontKnow),
    ("je n en vois aucune", NonAnswer::DontKnow),
    ("je ne vois pas", NonAnswer::DontKnow),
    ("je ne vois rien", NonAnswer::DontKnow),
    ("je ne comprends pas la question", NonAnswer::DontKnow),
    ("je ne comprend pas la question", NonAnswer::DontKnow),
    ("question incomprehensible", NonAnswer::DontKnow),
    // No opinion.
    ("je n ai pas d avis", NonAnswer::NoOpinion),
    ("pas d avis", NonAnswer::NoOpinion),
    ("sans avis", NonAnswer::NoOpinion),
    ("aucun avis", NonAnswer::NoOpinion),
    ("pas d opinion", NonAnswer::NoOpinion),
    ("sans opinion", NonAnswer::NoOpinion),
    ("je ne me prononce pas", NonAnswer::NoOpinion),
    ("ne se prononce pas", NonAnswer::NoOpinion),
    ("pas de reponse", NonAnswer::NoOpinion),
    ("sans reponse", NonAnswer::NoOpinion),
    ("aucune reponse", NonAnswer::NoOpinion),
    ("no comment", NonAnswer::NoOpinion),
    ("pas de commentaire", NonAnswer::NoOpinion),
    ("sans commentaire", NonAnswer::NoOpinion),
    ("aucun commentaire", NonAnswer::NoOpinion),
    // Not concerned.
    ("je ne suis pas concernee", NonAnswer::NotConcerned),
    ("je ne suis pas concerne", NonAnswer::NotConcerned),
    ("je suis pas concerne", NonAnswer::NotConcerned),
    ("nous ne sommes pas concernes", NonAnswer::NotConcerned),
    ("non concernee", NonAnswer::NotConcerned),
    ("non concernes", NonAnswer::NotConcerned),
    ("non concerner", NonAnswer::NotConcerned),
    ("non concerne", NonAnswer::NotConcerned),
    ("pas concernee", NonAnswer::NotConcerned),
    ("pas concernes", NonAnswer::NotConcerned),
    ("pas concerne", NonAnswer::NotConcerned),
    ("non applicable", NonAnswer::NotConcerned),
    ("sans objet", NonAnswer::NotConcerned),
    ("non pertinent", NonAnswer::NotConcerned),
    ("nc", NonAnswer::NotConcerned),
    ("na", NonAnswer::NotConcerned),
    ("so", NonAnswer::NotConcerned),
    // See elsewhere (the short forms; `voir …` and `cf …` are read by `referral`).
    ("idem", NonAnswer::SeeElsewhere),
    ("deja repondu", NonAnswer::SeeElsewhere),
    ("deja dit", NonAnswer::SeeElsewhere),
    ("meme reponse", NonAnswer::SeeElsewhere),
    ("meme chose", NonAnswer::SeeElsewhere),
    // No.
    ("non", NonAnswer::No),
    // Filler.
    ("merci", NonAnswer::Filler),
];

/// Words that may surround a non-answer phrase without making it an answer.
const FILLERS: &[&str] = &[
    "pour le moment",
    "pour l instant",
    "pour l heure",
    "a ce jour",
    "a ce sujet",
    "sur ce sujet",
    "sur le sujet",
    "sur la question",
    "sur cette question",
    "a priori",
    "du tout",
    "vraiment",
    "trop",
    "precis",
    "particulier",
    "particuliere",
    "desole",
    "desolee",
    "je",
    "moi",
];

/// Words a referral (`voir la réponse ci-dessus`, `cf. question 1`) is made of, after its first
/// word (`voir`, `voire`, `cf`, `idem`, `deja repondu`, `meme reponse`).
const REFERRAL_WORDS: &[&str] = &[
    "ci",
    "dessus",
    "dessous",
    "desssus",
    "cidessus",
    "haut",
    "bas",
    "plus",
    "au",
    "en",
    "a",
    "de",
    "du",
    "des",
    "la",
    "le",
    "les",
    "l",
    "ma",
    "mes",
    "mon",
    "que",
    "qu",
    "pour",
    "par",
    "si",
    "ce",
    "reponse",
    "reponses",
    "question",
    "questions",
    "precedent",
    "precedente",
    "precedents",
    "precedentes",
    "precedemment",
    "precedement",
    "supra",
    "infra",
    "avant",
    "apres",
    "proposition",
    "propositions",
    "contribution",
    "contributions",
    "point",
    "points",
    "texte",
    "commentaire",
    "commentaires",
    "paragraphe",
    "rubrique",
    "derniere",
    "dernier",
    "fin",
    "questionnaire",
    "page",
    "titre",
    "remarque",
    "ailleurs",
    "autre",
    "autres",
    "1ere",
    "merci",
    "deja",
    "repondu",
    "dit",
    "indique",
    "evoque",
    "idem",
    "voir",
    "meme",
];

/// `voir ci-dessus`, `cf. ma réponse à la question 1`, `idem que précédemment`, `déjà répondu
/// plus haut`: a first word that refers elsewhere, then only words that say where.
fn referral(words: &[&str]) -> Option<NonAnswer> {
    let rest = match words {
        ["voir" | "voire" | "cf" | "idem", rest @ ..] => rest,
        ["deja", "repondu" | "dit" | "indique" | "evoque", rest @ ..] => rest,
        ["meme", "reponse", rest @ ..] => rest,
        _ => return None,
    };
    let says_where = |w: &&str| REFERRAL_WORDS.contains(w) || (w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()));
    let located = rest.iter().any(|w| {
        matches!(
            *w,
            "dessus"
                | "dessous"
                | "desssus"
                | "cidessus"
                | "haut"
                | "bas"
                | "supra"
                | "infra"
                | "avant"
                | "apres"
                | "precedent"
                | "precedente"
                | "precedents"
                | "precedentes"
                | "precedemment"
                | "precedement"
                | "ailleurs"
                | "question"
                | "questions"
        )
    });
    (!rest.is_empty() && rest.iter().all(says_where) && (located || words[0] != "voir"))
        .then_some(NonAnswer::SeeElsewhere)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Every text below is a real answer (or the start of one) from ../shared/corpus/answers.

    #[test]
    fn empty_and_filler() {
        for t in ["", "   ", "?", "...", "-", "/", "x", "XXX", "xxxxx", "Merci"] {
            assert!(is_non_answer(t), "{t:?}");
        }
        assert_eq!(non_answer_kind("?"), Some(NonAnswer::Empty));
        assert_eq!(non_answer_kind("xxx"), Some(NonAnswer::Filler));
    }

    #[test]
    fn nothing_dont_know_no_opinion() {
        let cases = [
            ("rien", NonAnswer::Nothing),
            ("Rien.", NonAnswer::Nothing),
            ("RAS", NonAnswer::Nothing),
            ("R.A.S.", NonAnswer::Nothing),
            ("néant", NonAnswer::Nothing),
            ("Aucun", NonAnswer::Nothing),
            ("aucun(e)", NonAnswer::Nothing),
            ("Rien à ajouter", NonAnswer::Nothing),
            ("rien a signaler", NonAnswer::Nothing),
            ("rien de plus", NonAnswer::Nothing),
            ("Je ne sais pas", NonAnswer::DontKnow),
            ("je ne sais pas trop", NonAnswer::DontKnow),
            ("je sais pas", NonAnswer::DontKnow),
            ("nsp", NonAnswer::DontKnow),
            ("NSP je ne sais pas", NonAnswer::DontKnow),
            ("Aucune idée", NonAnswer::DontKnow),
            ("aucune idée pour le moment", NonAnswer::DontKnow),
            ("Je ne comprends pas la question", NonAnswer::DontKnow),
            ("je n'en vois pas", NonAnswer::DontKnow),
            ("Sans avis", NonAnswer::NoOpinion),
            ("pas d'avis", NonAnswer::NoOpinion),
            ("Pas d'avis sur la question", NonAnswer::NoOpinion),
            ("Non concerné", NonAnswer::NotConcerned),
            ("non concernée", NonAnswer::NotConcerned),
            ("Non concerné à ce jour", NonAnswer::NotConcerned),
            ("je ne suis pas concerné", NonAnswer::NotConcerned),
            ("Sans objet", NonAnswer::NotConcerned),
            ("NC", NonAnswer::NotConcerned),
            ("non", NonAnswer::No),
            ("Non.", NonAnswer::No),
            ("non, RAS", NonAnswer::No),
        ];
        for (t, kind) in cases {
            assert_eq!(non_answer_kind(t), Some(kind), "{t:?}");
        }
    }

    #[test]
    fn referrals_elsewhere() {
        for t in [
            "Voir ci-dessus",
            "voir plus haut",
            "cf ci-dessus",
            "Cf. plus haut",
            "idem",
            "Idem ci-dessus",
            "voir réponse précédente",
            "Voir ma réponse ci-dessus",
            "cf ma réponse à la question 1",
            "déjà répondu",
            "Déjà répondu plus haut",
            "même réponse que ci-dessus",
            "voir supra",
            "voir question précédente",
        ] {
            assert_eq!(non_answer_kind(t), Some(NonAnswer::SeeElsewhere), "{t:?}");
        }
    }

    #[test]
    fn answers_stay_answers() {
        for t in [
            "rien ne change si on ne fait rien",
            "Rien, ce qui est en place est largement suffisant.",
            "rien je le fais déjà",
            "Rien de mieux",
            "aucun problème",
            "Aucun, il y en a déjà trop",
            "déjà fait",
            "personne",
            "tous",
            "oui",
            "non respect des autres",
            "Non au voile à l'école",
            "voir les accords de Guyane",
            "voir ma contribution",
            "la laïcité",
            "RIC",
            "TVA",
            "Ne rien toucher",
            "les élus",
        ] {
            assert!(!is_non_answer(t), "{t:?}");
        }
    }
}
