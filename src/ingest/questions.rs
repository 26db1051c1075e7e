//! The granddebat.fr questionnaire (97 questions of the four debates), shipped in the binary:
//! maps the official column ids (`QUXVlc3Rpb246MTY5`), short ids (`Q169`) and bare titles to
//! question ids, and tells open, closed and multiple-choice questions apart.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The question table, from `../shared/corpus/questions.csv` (granddebat.fr open data).
pub const QUESTIONS_CSV: &str = include_str!("questions.csv");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    Open,
    /// Oui / Non.
    Closed,
    /// The labels half of a multiple-choice question (id above 1000); its free "other" text is
    /// question id − 1000.
    Choice,
}

#[derive(Debug, Clone)]
pub struct QuestionInfo {
    pub id: u32,
    pub debate: String,
    pub kind: QuestionKind,
    pub form_order: u32,
    pub title: String,
}

pub struct QuestionTable {
    pub by_id: HashMap<u32, QuestionInfo>,
    by_title: HashMap<String, Vec<u32>>,
}

/// The labels of the multiple-choice questions, as in the questionnaire.
const CHOICE_LABELS: &[&str] = &[
    "La pollution de l'air",
    "L'érosion de la biodiversité et la disparition de certaines espèces",
    "Les dérèglements climatiques (crue, sécheresse)",
    "L'érosion du littoral",
    "Réduire les dépenses publiques",
    "Augmenter les impôts",
    "Augmenter le temps de travail",
    "Repousser l'âge de la retraite",
    "Le covoiturage",
    "Les transports en commun",
    "Le vélo",
    "La voiture électrique",
];

pub fn is_choice_label(cell: &str) -> bool {
    CHOICE_LABELS.contains(&cell.trim())
}

/// The debate of an official granddebat.fr question id (`127`, or `1160` for the labels of the
/// multiple-choice question 160), whatever the layout the answer came in: the topic that decides
/// which debate lexicons apply when the input names none.
pub fn debate_of(question: &str) -> Option<&'static str> {
    let id: u32 = question.trim().parse().ok()?;
    let table = table();
    let info = table.by_id.get(&id).or_else(|| table.by_id.get(&id.checked_sub(1000)?))?;
    Some(info.debate.as_str())
}

pub fn table() -> &'static QuestionTable {
    static TABLE: OnceLock<QuestionTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut by_id = HashMap::new();
        let mut by_title: HashMap<String, Vec<u32>> = HashMap::new();
        let mut reader = csv::Reader::from_reader(QUESTIONS_CSV.as_bytes());
        for row in reader.records() {
            let row = row.expect("the shipped question table is valid CSV");
            let id: u32 = row[0].parse().expect("question ids are integers");
            let kind = match &row[4] {
                "closed" => QuestionKind::Closed,
                "choice" => QuestionKind::Choice,
                _ => QuestionKind::Open,
            };
            let title = row[8].trim_end_matches(" [Autres]").to_string();
            by_title.entry(title_key(&title)).or_default().push(id);
            by_id.insert(
                id,
                QuestionInfo { id, debate: row[3].to_string(), kind, form_order: row[5].parse().unwrap_or(0), title },
            );
        }
        QuestionTable { by_id, by_title }
    })
}

impl QuestionTable {
    /// The question a column header names, in any of the three header forms of the exports.
    /// `debate` and `after` (the form order of the previous question column) settle bare titles
    /// shared by several questions (`Si oui, comment ?`).
    pub fn resolve_header(&self, header: &str, debate: Option<&str>, after: u32) -> Option<u32> {
        let header = header.trim();
        let (head, rest) = match header.split_once(" - ") {
            Some((h, r)) => (h.trim(), Some(r)),
            None => (header, None),
        };
        if let Some(id) = official_id(head).or_else(|| short_id(head)) {
            if self.by_id.contains_key(&id) {
                return Some(id);
            }
        }
        let ids =
            self.by_title.get(&title_key(header)).or_else(|| rest.and_then(|r| self.by_title.get(&title_key(r))))?;
        let candidates: Vec<&QuestionInfo> =
            ids.iter().map(|i| &self.by_id[i]).filter(|q| debate.is_none_or(|d| q.debate == d)).collect();
        candidates
            .iter()
            .filter(|q| q.form_order > after)
            .min_by_key(|q| q.form_order)
            .or(candidates.first())
            .map(|q| q.id)
    }

    /// Id of a JSON `questionId` (`UXVlc3Rpb246MTA3`, base64 of `Question:107`).
    pub fn resolve_json_id(&self, id: &str) -> Option<u32> {
        decode_question_id(id).filter(|i| self.by_id.contains_key(i))
    }
}

/// `QUXVlc3Rpb246MTY5` → 169.
fn official_id(head: &str) -> Option<u32> {
    decode_question_id(head.strip_prefix('Q')?)
}

/// `Q169` → 169.
fn short_id(head: &str) -> Option<u32> {
    head.strip_prefix('Q').filter(|d| d.bytes().all(|b| b.is_ascii_digit())).and_then(|d| d.parse().ok())
}

fn decode_question_id(b64: &str) -> Option<u32> {
    let decoded = base64_decode(b64)?;
    std::str::from_utf8(&decoded).ok()?.strip_prefix("Question:")?.parse().ok()
}

fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for c in s.trim_end_matches('=').bytes() {
        acc = (acc << 6) | value(c)? as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

/// Titles are compared on their words only (case, accents, apostrophes and punctuation aside).
fn title_key(title: &str) -> String {
    crate::text::words(title).map(|w| crate::classify::normalise_label(w.text)).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_header_forms_resolve_to_one_id() {
        let t = table();
        let title = "Que faudrait-il faire selon vous pour apporter des réponses à ce problème ?";
        assert_eq!(t.resolve_header("QUXVlc3Rpb246MTYx - anything", None, 0), Some(161));
        assert_eq!(t.resolve_header(&format!("Q161 - {title}"), None, 0), Some(161));
        assert_eq!(t.resolve_header(title, None, 0), Some(161));
        assert_eq!(t.resolve_json_id("UXVlc3Rpb246MTA3"), Some(107));
        assert_eq!(t.resolve_header("authorZipCode", None, 0), None);
    }

    #[test]
    fn a_shared_bare_title_is_settled_by_debate_and_form_order() {
        let t = table();
        let first = t.resolve_header("Si oui, comment ?", Some("Démocratie et citoyenneté"), 0).unwrap();
        let later = t
            .resolve_header("Si oui, comment ?", Some("Démocratie et citoyenneté"), t.by_id[&first].form_order)
            .unwrap();
        assert_eq!((first, later), (121, 125));
    }

    #[test]
    fn kinds_come_from_the_table() {
        let t = table();
        assert_eq!(t.by_id[&108].kind, QuestionKind::Closed);
        assert_eq!(t.by_id[&1160].kind, QuestionKind::Choice);
        assert_eq!(t.by_id[&161].kind, QuestionKind::Open);
        assert_eq!(t.by_id.len(), 97);
    }
}
