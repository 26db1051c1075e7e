//! Reviewers who read the same answers: Cohen's κ per question and theme on the answers read
//! twice (the first two readings of each, in file order), and every disagreement, so that the
//! reviewers can settle them.

use serde::Serialize;

use super::Reviews;
use crate::eval::metrics::Table2;

#[derive(Debug, Clone, Serialize)]
pub struct Agreement {
    /// Answers read by two reviewers or more.
    pub answers: usize,
    pub themes: Vec<ThemeAgreement>,
    pub disagreements: Vec<Disagreement>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ThemeAgreement {
    pub question: String,
    pub theme: String,
    /// First reading × second reading.
    pub table: Table2,
    pub agreement: Option<f64>,
    pub kappa: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Disagreement {
    pub question: String,
    pub record_id: String,
    pub theme: String,
    pub first: String,
    pub first_says: bool,
    pub first_at: String,
    pub second: String,
    pub second_says: bool,
    pub second_at: String,
}

pub(super) fn measure(reviews: &Reviews, answers: &[((String, String), Vec<usize>)]) -> Agreement {
    let twice: Vec<(&(String, String), usize, usize)> =
        answers.iter().filter(|(_, r)| r.len() >= 2).map(|(k, r)| (k, r[0], r[1])).collect();
    let mut themes: Vec<ThemeAgreement> = Vec::new();
    let mut disagreements = Vec::new();
    let mut questions: Vec<&String> = twice.iter().map(|((q, _), _, _)| q).collect();
    questions.dedup();
    questions.sort();
    questions.dedup();
    for question in questions {
        let here: Vec<&(&(String, String), usize, usize)> =
            twice.iter().filter(|((q, _), _, _)| q == question).collect();
        let mut mentioned: Vec<usize> = here
            .iter()
            .flat_map(|(_, a, b)| [*a, *b])
            .flat_map(|r| {
                let r = &reviews.readings[r];
                r.judged.iter().map(|(t, _)| *t).chain(r.added.iter().copied()).collect::<Vec<_>>()
            })
            .collect();
        mentioned.sort_unstable();
        mentioned.dedup();
        for theme in mentioned {
            let mut table = Table2::default();
            for ((_, record), a, b) in &here {
                let (ra, rb) = (&reviews.readings[*a], &reviews.readings[*b]);
                let (Some(x), Some(y)) = (ra.human(theme), rb.human(theme)) else { continue };
                table.add(x, y);
                if x != y {
                    disagreements.push(Disagreement {
                        question: question.clone(),
                        record_id: record.clone(),
                        theme: reviews.label(theme).to_owned(),
                        first: ra.reviewer.clone(),
                        first_says: x,
                        first_at: reviews.place(ra),
                        second: rb.reviewer.clone(),
                        second_says: y,
                        second_at: reviews.place(rb),
                    });
                }
            }
            themes.push(ThemeAgreement {
                question: question.clone(),
                theme: reviews.label(theme).to_owned(),
                agreement: table.agreement(),
                kappa: table.kappa(),
                table,
            });
        }
    }
    Agreement { answers: twice.len(), themes, disagreements }
}
