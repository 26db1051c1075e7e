//! What people's reading of a sample adds to a run's reports (`synthese run --reviewed`): per
//! question and top-level theme, beside the rules' share, the answers read, the precision and
//! recall measured on them, and the review-corrected share with its 95 % interval. The figures
//! are computed by `eval::estimate`; this module puts them into the report model, once, for
//! every renderer.

use schemars::JsonSchema;
use serde::Serialize;

use super::model::{question_key, Synthesis, Warning};
use crate::eval::estimate::Estimate;

/// What the run learned from the review files: the readings, matched to the run's records, and
/// the themes the rules gave those records.
pub struct Readings {
    pub reviews: crate::review::Reviews,
    pub rules: crate::review::RuleThemes,
    /// The sha256 of each review file, in the order of `reviews.files`.
    pub sha256: Vec<String>,
}

impl Readings {
    fn reviewers(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for r in &self.reviews.readings {
            if !out.contains(&r.reviewer) {
                out.push(r.reviewer.clone());
            }
        }
        out
    }
}

/// A theme's figures from the reading, beside the rules' share.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ReviewedShare {
    /// Answers read in the simple random sample of the question (those the estimate rests on).
    pub read: u64,
    /// Of those: rules and readers both gave the theme; rules only; readers only; neither.
    pub both: u64,
    pub rule_only: u64,
    pub human_only: u64,
    pub neither: u64,
    /// The rules' precision and recall on the read answers, with 95 % Wilson intervals.
    pub precision: Option<Bounded>,
    pub recall: Option<Bounded>,
    /// The review-corrected share of the question's answers, with its 95 % interval.
    pub corrected: Bounded,
    /// What the read answers alone would say (95 % Wilson interval): what the rules add.
    pub reviewed_alone: Bounded,
    /// Precision below 0.7.
    pub low_precision: bool,
    /// The rules' share lies outside the corrected share's interval.
    pub differs_from_rules: bool,
}

/// A value and its 95 % interval.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
pub struct Bounded {
    pub value: f64,
    pub low: f64,
    pub high: f64,
}

impl Bounded {
    /// `20.1 % [15.3–25.8]`.
    pub fn percent(&self) -> String {
        format!("{:.1} % [{:.1}–{:.1}]", self.value * 100.0, self.low * 100.0, self.high * 100.0)
    }
}

/// The reading as the reports show it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ReadingReport {
    /// Review files and their sha256.
    pub files: Vec<(String, String)>,
    pub rows_read: u64,
    pub rows_matched: u64,
    pub reviewers: Vec<String>,
    /// Themes to look at: (question number, theme id, label, why).
    pub flagged: Vec<FlaggedTheme>,
    pub notes: Vec<String>,
    pub method: Vec<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct FlaggedTheme {
    pub question: u32,
    /// `Q127`, or the topic.
    pub question_label: String,
    pub theme: usize,
    pub label: String,
    pub rules: f64,
    pub corrected: Bounded,
    pub precision: Option<f64>,
    pub reason: String,
}

fn rounded(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn bounded(value: f64, low: f64, high: f64) -> Bounded {
    Bounded { value: rounded(value), low: rounded(low), high: rounded(high) }
}

impl ReviewedShare {
    pub fn of(e: &Estimate) -> ReviewedShare {
        let r = &e.review;
        let pair = |v: Option<f64>, ci: Option<crate::eval::metrics::Interval>| {
            v.zip(ci).map(|(v, ci)| bounded(v, ci.low, ci.high))
        };
        ReviewedShare {
            read: r.n(),
            both: r.both,
            rule_only: r.rule_only,
            human_only: r.human_only,
            neither: r.neither,
            precision: pair(e.precision, e.precision_ci),
            recall: pair(e.recall, e.recall_ci),
            corrected: bounded(e.corrected_share, e.corrected_ci.low, e.corrected_ci.high),
            reviewed_alone: bounded(e.reviewed_share, e.reviewed_ci.low, e.reviewed_ci.high),
            low_precision: e.low_precision,
            differs_from_rules: e.differs_from_rules,
        }
    }

    /// Why the theme is flagged, if it is.
    pub fn flag(&self) -> Option<String> {
        let mut why = Vec::new();
        if self.low_precision {
            why.push(format!(
                "precision {:.2} measured on {} answers the rules gave it",
                self.precision.map_or(0.0, |p| p.value),
                self.both + self.rule_only
            ));
        }
        if self.differs_from_rules {
            why.push(format!("the rules' share is outside the corrected interval {}", self.corrected.percent()));
        }
        (!why.is_empty()).then(|| why.join("; "))
    }
}

/// Puts the reading's figures beside the rules' shares of `model`, and lists the flagged themes
/// among its warnings.
pub fn apply(model: &mut Synthesis, readings: &Readings) {
    let mut flagged = Vec::new();
    let estimate = |key: &str, theme: usize, answers: u64, rule_positive: u64| {
        readings.reviews.estimate(key, theme, answers, rule_positive, &readings.rules)
    };
    for source in &mut model.sources {
        for debate in &mut source.debates {
            for q in &mut debate.questions {
                let key = question_key(q);
                let number = q.number;
                let question_label = q.question_id.map_or_else(|| key.clone(), |id| format!("Q{id}"));
                let mut corrected = Vec::new();
                for view in &mut q.views {
                    for row in view.themes.iter_mut().filter(|t| t.depth == 0) {
                        let Some(e) = estimate(&key, row.theme, row.answers.of, row.answers.count) else { continue };
                        let reviewed = ReviewedShare::of(&e);
                        if let Some(reason) = reviewed.flag() {
                            flagged.push(FlaggedTheme {
                                question: number,
                                question_label: question_label.clone(),
                                theme: row.theme,
                                label: format!("{} / {}", view.family, row.label),
                                rules: row.answers.share,
                                corrected: reviewed.corrected,
                                precision: reviewed.precision.map(|p| p.value),
                                reason,
                            });
                        }
                        corrected.push((row.theme, reviewed.corrected));
                        row.reviewed = Some(reviewed);
                    }
                }
                for line in &mut q.summary {
                    for theme in &mut line.themes {
                        theme.corrected = corrected.iter().find(|(t, _)| *t == theme.theme).map(|(_, c)| *c);
                    }
                }
            }
        }
    }
    if !flagged.is_empty() {
        let names: Vec<String> = flagged.iter().take(10).map(|f| format!("{} {}", f.question_label, f.label)).collect();
        let mut questions: Vec<u32> = flagged.iter().map(|f| f.question).collect();
        questions.dedup();
        model.warnings.push(Warning {
            kind: "reviewed_flags".into(),
            questions,
            message: format!(
                "{} theme{} to look at after the review (precision below 0.7, or a corrected share the rules' share falls outside of): {}{}",
                flagged.len(),
                if flagged.len() == 1 { "" } else { "s" },
                names.join(", "),
                if flagged.len() > names.len() { ", …" } else { "" }
            ),
        });
    }
    let notes = readings.reviews.warnings.clone();
    for note in &notes {
        model.warnings.push(Warning { kind: "review_reading".into(), message: note.clone(), questions: Vec::new() });
    }
    let files = &readings.reviews.files;
    model.reading = Some(ReadingReport {
        files: files.iter().zip(&readings.sha256).map(|(f, sha)| (f.path.clone(), sha.clone())).collect(),
        rows_read: files.iter().map(|f| f.read as u64).sum(),
        rows_matched: readings.reviews.readings.len() as u64,
        reviewers: readings.reviewers(),
        flagged,
        notes,
        method: vec![crate::eval::reviewed::METHOD.to_owned()],
    });
}
