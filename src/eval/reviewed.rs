//! `synthese eval --reviewed`: the figures of filled reviews against the rules of a run, per
//! question and theme (the rules' share, the answers read, precision and recall, the corrected
//! share and the share the read answers alone give, with their 95 % intervals and flags), the
//! precision audit per `theme:` stratum and the reviewers' agreement, as data and as Markdown and
//! CSV.

use std::collections::HashMap;

use serde::Serialize;

use super::estimate::{Estimate, LOW_PRECISION};
use super::metrics::Interval;
use super::report::table;
use crate::review::agreement::Agreement;
use crate::review::{ReviewFile, Reviews, RuleThemes, StratumPrecision};

/// Per question: the answers the rules coded and, per top-level theme, those they gave it.
pub type RuleCounts = HashMap<String, (u64, HashMap<usize, u64>)>;

#[derive(Debug, Clone, Serialize)]
pub struct ReviewedReport {
    pub reviews: Vec<ReviewFile>,
    /// What gave the rules' themes: the lexicons applied to the inputs, or an assignments file.
    pub rules: String,
    pub lexicon_sha256: String,
    /// Estimates use only the themes the reviewers agree on.
    pub agreed: bool,
    pub questions: Vec<QuestionEstimates>,
    pub audit: Vec<StratumPrecision>,
    /// With answers read by two reviewers.
    pub agreement: Option<Agreement>,
    pub warnings: Vec<String>,
    pub method: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionEstimates {
    pub question: String,
    /// Answers the rules coded.
    pub answers: u64,
    /// Answers read (first readings).
    pub read: usize,
    pub in_simple_sample: usize,
    /// Why there are no corrected shares, when there are none.
    pub note: Option<String>,
    pub themes: Vec<ThemeEstimate>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ThemeEstimate {
    pub theme: String,
    pub rule_positive: u64,
    pub rule_share: f64,
    pub estimate: Option<Estimate>,
}

pub const METHOD: &str = "Corrected share: the rules' share + the weighted mean over the answers read of (reader's label − rules' label), \
each answer weighted by 1 / its inclusion probability (Hájek difference estimator; with a simple random sample only, the plain mean). \
95% interval: its linearised variance under Poisson sampling with the Agresti–Min pseudo-answers (½ missed, ½ false positive, 1 agreeing), \
for the share among the answers coded. Read alone: the readers' weighted share, Wilson interval on the effective number of answers read. \
Precision from the theme's own theme: stratum when there is one, recall from the weighted sample (Wilson). \
Flags: precision below 0.7, or the rules' share outside the corrected interval. Assumptions: the answers were drawn at random as the \
file says, the readers code as the truth is meant, unread rows are missing at random.";

pub fn build(
    reviews: &Reviews,
    counts: &RuleCounts,
    rules: &RuleThemes,
    rules_from: &str,
    lexicon_sha256: &str,
) -> ReviewedReport {
    let mut questions = Vec::new();
    for q in reviews.questions() {
        let (answers, per_theme) = counts.get(&q).cloned().unwrap_or_default();
        let mut themes: Vec<usize> = reviews.themes(&q);
        themes.extend(per_theme.iter().filter(|(_, r)| **r > 0).map(|(t, _)| *t));
        themes.sort_unstable();
        themes.dedup();
        let first: Vec<&crate::review::Reading> = reviews
            .wanted()
            .filter(|(question, _)| *question == q)
            .filter_map(|key| reviews.readings.iter().find(|r| (&r.question, &r.record_id) == (&key.0, &key.1)))
            .collect();
        let in_simple_sample = first.iter().filter(|r| r.in_all).count();
        let note = if answers == 0 {
            Some("the inputs hold no answer to this question".to_owned())
        } else if in_simple_sample == 0 {
            Some("no answer read in the question's simple random sample (all: stratum): precision only".to_owned())
        } else {
            None
        };
        let mut rows: Vec<ThemeEstimate> = themes
            .into_iter()
            .map(|t| {
                let r = per_theme.get(&t).copied().unwrap_or(0);
                ThemeEstimate {
                    theme: reviews.label(t).to_owned(),
                    rule_positive: r,
                    rule_share: if answers == 0 { 0.0 } else { r as f64 / answers as f64 },
                    estimate: reviews.estimate(&q, t, answers, r, rules),
                }
            })
            .collect();
        rows.sort_by(|a, b| b.rule_share.total_cmp(&a.rule_share).then_with(|| a.theme.cmp(&b.theme)));
        questions.push(QuestionEstimates {
            question: q,
            answers,
            read: first.len(),
            in_simple_sample,
            note,
            themes: rows,
        });
    }
    let agreement = reviews.agreement();
    ReviewedReport {
        reviews: reviews.files.clone(),
        rules: rules_from.to_owned(),
        lexicon_sha256: lexicon_sha256.to_owned(),
        agreed: reviews.agreed,
        questions,
        audit: reviews.audit(),
        agreement: (agreement.answers > 0).then_some(agreement),
        warnings: reviews.warnings.clone(),
        method: METHOD,
    }
}

fn pct(v: f64) -> String {
    format!("{:.1}%", 100.0 * v)
}

fn with_ci(v: Option<f64>, ci: Option<Interval>) -> String {
    match (v, ci) {
        (Some(v), Some(i)) => format!("{} [{:.1}, {:.1}]", pct(v), 100.0 * i.low, 100.0 * i.high),
        (Some(v), None) => pct(v),
        _ => "–".to_owned(),
    }
}

fn flags(e: &Estimate) -> String {
    let mut out = Vec::new();
    if e.low_precision {
        out.push(format!("precision < {LOW_PRECISION}"));
    }
    if e.differs_from_rules {
        out.push("differs from the rules".to_owned());
    }
    out.join("; ")
}

impl ReviewedReport {
    pub fn to_markdown(&self) -> String {
        let mut out = String::from("# Review-corrected shares\n\n");
        for f in &self.reviews {
            out.push_str(&format!("- {} ({}): {} rows, {} read\n", f.path, f.format, f.rows, f.read));
        }
        out.push_str(&format!(
            "- rules: {} (lexicons {})\n",
            self.rules,
            &self.lexicon_sha256[..16.min(self.lexicon_sha256.len())]
        ));
        if self.agreed {
            out.push_str("- estimates use only the themes the reviewers agree on (--agreed)\n");
        }
        out.push('\n');
        for q in &self.questions {
            out.push_str(&format!(
                "## {} — {} answers coded by the rules, {} read ({} in the simple random sample)\n\n",
                q.question, q.answers, q.read, q.in_simple_sample
            ));
            if let Some(note) = &q.note {
                out.push_str(&format!("{note}\n\n"));
            }
            let rows: Vec<Vec<String>> = q
                .themes
                .iter()
                .map(|t| match &t.estimate {
                    Some(e) => vec![
                        t.theme.clone(),
                        pct(t.rule_share),
                        e.review.n().to_string(),
                        with_ci(e.precision, e.precision_ci),
                        with_ci(e.recall, e.recall_ci),
                        with_ci(Some(e.corrected_share), Some(e.corrected_ci)),
                        with_ci(Some(e.reviewed_share), Some(e.reviewed_ci)),
                        flags(e),
                    ],
                    None => vec![
                        t.theme.clone(),
                        pct(t.rule_share),
                        "0".into(),
                        "–".into(),
                        "–".into(),
                        "–".into(),
                        "–".into(),
                        String::new(),
                    ],
                })
                .collect();
            out.push_str(&table(
                &[
                    "theme",
                    "rules",
                    "read",
                    "precision [95%]",
                    "recall [95%]",
                    "corrected [95%]",
                    "read alone [95%]",
                    "flag",
                ],
                &rows,
                &[false, true, true, true, true, true, true, false],
            ));
            out.push('\n');
        }
        if !self.audit.is_empty() {
            out.push_str("## Precision per theme stratum (the rules' answers of a theme, a random sample of them)\n\n");
            let rows: Vec<Vec<String>> = self
                .audit
                .iter()
                .map(|a| {
                    vec![
                        a.stratum.clone(),
                        a.right.to_string(),
                        a.wrong.to_string(),
                        a.blank.to_string(),
                        with_ci(a.precision, a.precision_ci),
                    ]
                })
                .collect();
            out.push_str(&table(
                &["stratum", "right", "wrong", "not judged", "precision [95%]"],
                &rows,
                &[false, true, true, true, true],
            ));
            out.push('\n');
        }
        if let Some(a) = &self.agreement {
            out.push_str(&format!(
                "## Agreement of the reviewers ({} answers read twice; the first two readings of each)\n\n",
                a.answers
            ));
            let rows: Vec<Vec<String>> = a
                .themes
                .iter()
                .map(|t| {
                    vec![
                        t.question.clone(),
                        t.theme.clone(),
                        t.table.n().to_string(),
                        t.agreement.map_or("–".into(), pct),
                        t.kappa.map_or("–".into(), |k| format!("{k:.2}")),
                    ]
                })
                .collect();
            out.push_str(&table(
                &["question", "theme", "answers", "agreement", "κ"],
                &rows,
                &[false, false, true, true, true],
            ));
            if !a.disagreements.is_empty() {
                out.push_str(&format!("\n{} disagreements:\n\n", a.disagreements.len()));
                let yes = |b: bool| if b { "yes" } else { "no" };
                for d in &a.disagreements {
                    out.push_str(&format!(
                        "- {} record {}, {}: {} says {} ({}), {} says {} ({})\n",
                        d.question,
                        d.record_id,
                        d.theme,
                        d.first,
                        yes(d.first_says),
                        d.first_at,
                        d.second,
                        yes(d.second_says),
                        d.second_at
                    ));
                }
            }
            out.push('\n');
        }
        out.push_str(&format!("{}\n", self.method));
        out
    }

    pub fn write_csv(&self, out: impl std::io::Write) -> csv::Result<()> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record([
            "question",
            "answers",
            "theme",
            "rule_positive",
            "rule_share",
            "read",
            "effective_read",
            "precision",
            "precision_low",
            "precision_high",
            "precision_from",
            "recall",
            "recall_low",
            "recall_high",
            "corrected_share",
            "corrected_low",
            "corrected_high",
            "read_alone_share",
            "read_alone_low",
            "read_alone_high",
            "low_precision",
            "differs_from_rules",
        ])?;
        let f = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v:.4}"));
        for q in &self.questions {
            for t in &q.themes {
                let e = t.estimate.as_ref();
                w.write_record([
                    q.question.clone(),
                    q.answers.to_string(),
                    t.theme.clone(),
                    t.rule_positive.to_string(),
                    format!("{:.4}", t.rule_share),
                    e.map_or("0".into(), |e| e.review.n().to_string()),
                    f(e.map(|e| e.effective_reads)),
                    f(e.and_then(|e| e.precision)),
                    f(e.and_then(|e| e.precision_ci).map(|i| i.low)),
                    f(e.and_then(|e| e.precision_ci).map(|i| i.high)),
                    e.map_or(String::new(), |e| e.precision_from.to_owned()),
                    f(e.and_then(|e| e.recall)),
                    f(e.and_then(|e| e.recall_ci).map(|i| i.low)),
                    f(e.and_then(|e| e.recall_ci).map(|i| i.high)),
                    f(e.map(|e| e.corrected_share)),
                    f(e.map(|e| e.corrected_ci.low)),
                    f(e.map(|e| e.corrected_ci.high)),
                    f(e.map(|e| e.reviewed_share)),
                    f(e.map(|e| e.reviewed_ci.low)),
                    f(e.map(|e| e.reviewed_ci.high)),
                    e.map_or(String::new(), |e| e.low_precision.to_string()),
                    e.map_or(String::new(), |e| e.differs_from_rules.to_string()),
                ])?;
            }
        }
        w.flush()?;
        Ok(())
    }
}
