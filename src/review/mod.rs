//! Reviews read back: the filled review files of `docs/review-format.md` (CSV, XLSX, ODS) and the
//! gold formats `eval --gold` reads, checked against the lexicons, matched to a run's records,
//! and turned into review-corrected estimates ([`Reviews::estimate`], with
//! [`crate::eval::estimate`]'s estimators), a precision audit per `theme:` stratum and the
//! agreement of reviewers who read the same answers ([`agreement`]). [`write_xlsx`] writes a
//! review sample as a spreadsheet.
//!
//! Several files or reviewers: the readings of one answer (question and record id) are kept in
//! file order; estimates use the first, or with `agreed` only the themes on which every reading
//! of the answer agrees.

pub mod agreement;
mod gold;
mod layout;
pub mod sheet;
pub mod themes;
pub mod xlsx;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use serde::Serialize;

use crate::classify::Matcher;
use crate::eval::estimate::{self, Estimate, Review, Unit};
use crate::eval::metrics::{self, Interval};
use crate::Failure;
pub use themes::ThemeNames;
pub use xlsx::write_xlsx;

/// Errors listed at most, per read (the count of the others is given).
const ERRORS_SHOWN: usize = 30;
/// Locations listed at most in a warning.
const LISTED: usize = 5;

/// One answer as one reviewer read it.
#[derive(Debug, Clone, Serialize)]
pub struct Reading {
    /// Index into [`Reviews::files`].
    pub file: usize,
    /// The row (spreadsheet numbering, the header is row 1; the line for gold files).
    pub row: u64,
    pub question: String,
    pub record_id: String,
    /// The answer as the file holds it (empty when the file has no `text` column): what
    /// `lexicon stats --reviewed` classifies when no corpus is given.
    pub text: String,
    pub strata: Vec<String>,
    /// Drawn in the question's simple random sample (`all:`).
    pub in_all: bool,
    /// The top-level themes of the `theme:` strata it was drawn in, and whether the stratum
    /// pools the questions (`theme:*:`).
    pub theme_strata: Vec<(usize, bool)>,
    /// `None`: not given (gold files): the question's answers read are taken as a simple random
    /// sample.
    pub probability: Option<f64>,
    pub reviewer: String,
    /// The top-level themes the file showed (the rules' when drawn), with the verdict (`None`:
    /// left blank).
    pub judged: Vec<(usize, Option<bool>)>,
    /// Themes the reader added (`missed_themes`; a gold file's themes).
    pub added: Vec<usize>,
}

impl Reading {
    /// The reader's label for a top-level theme; `None` when its verdict was left blank.
    pub fn human(&self, theme: usize) -> Option<bool> {
        match self.judged.iter().find(|(t, _)| *t == theme) {
            Some((_, verdict)) => *verdict,
            None => Some(self.added.contains(&theme)),
        }
    }
}

/// How to read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Gold files in the long format: a tag counts with this many votes.
    pub min_votes: u32,
    /// Gold files in the wide format: the tags' separator.
    pub separator: String,
    /// Estimates use only the themes every reading of an answer agrees on.
    pub agreed: bool,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions { min_votes: 2, separator: "|".into(), agreed: false }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ReviewFile {
    pub path: String,
    /// `review CSV`, `review XLSX`, `review ODS`, `gold long format`…
    pub format: String,
    /// Rows (answers, for gold files).
    pub rows: usize,
    /// Rows read (signed by a reviewer; coded answers of gold files).
    pub read: usize,
}

/// The rules' top-level themes per (question, record id): what a run gives the records read.
pub type RuleThemes = HashMap<(String, String), Vec<usize>>;

/// The precision measured on one `theme:` stratum.
#[derive(Debug, Clone, Serialize)]
pub struct StratumPrecision {
    pub stratum: String,
    pub theme: String,
    pub right: u64,
    pub wrong: u64,
    /// Read rows where the theme's verdict was left blank.
    pub blank: u64,
    pub precision: Option<f64>,
    pub precision_ci: Option<Interval>,
}

/// Every review read.
#[derive(Debug, Clone)]
pub struct Reviews {
    pub files: Vec<ReviewFile>,
    /// Every read row, in file order.
    pub readings: Vec<Reading>,
    /// What the user must know (printed on stderr by the commands).
    pub warnings: Vec<String>,
    pub agreed: bool,
    labels: Vec<String>,
    /// Answers by (question, record id), in order of first reading: their readings.
    answers: Vec<((String, String), Vec<usize>)>,
}

impl Reviews {
    /// Reads review files and gold files, checked against the lexicons of `matcher`. Every
    /// problem is reported at once, each with its file, row and column.
    pub fn read(paths: &[PathBuf], matcher: &Matcher, options: &ReadOptions) -> Result<Reviews, Failure> {
        let names = ThemeNames::new(&matcher.lexicons);
        let current_hash = matcher.lexicons.combined_sha256();
        let mut reviews = Reviews {
            files: Vec::new(),
            readings: Vec::new(),
            warnings: Vec::new(),
            agreed: options.agreed,
            labels: (0..matcher.lexicons.themes.len()).map(|t| names.label(t).to_owned()).collect(),
            answers: Vec::new(),
        };
        let mut errors: Vec<String> = Vec::new();
        let (mut blank, mut without_strata, mut gold_answers) = (Vec::new(), 0usize, 0usize);
        for (file, path) in paths.iter().enumerate() {
            let shown = crate::paths::display(path);
            let sheet = match sheet::read(path, &shown) {
                Ok(s) => s,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            if layout::is_review(&sheet.header) {
                match layout::readings(&sheet, file, &shown, &names) {
                    Ok((readings, found)) => {
                        reviews.files.push(ReviewFile {
                            path: shown.clone(),
                            format: format!("review {}", sheet.kind.name()),
                            rows: found.rows,
                            read: readings.len(),
                        });
                        if !found.unsigned.is_empty() {
                            reviews.warnings.push(format!(
                                "{shown}: {} rows have verdicts or missed themes but no reviewer, so they are not counted as read (a row counts once its `reviewer` is filled): rows {}",
                                found.unsigned.len(),
                                list(found.unsigned.iter().map(u64::to_string))
                            ));
                        }
                        for hash in found.lexicon_hashes.iter().filter(|h| !current_hash.starts_with(h.as_str())) {
                            reviews.warnings.push(format!(
                                "{shown}: drawn with other lexicons (lexicon_hash {hash}, these are {}): its theme columns show the rules of then; the estimates use the rules of now",
                                &current_hash[..16]
                            ));
                        }
                        blank.extend(found.blank_verdicts);
                        without_strata += found.without_strata;
                        reviews.readings.extend(readings);
                    }
                    Err(mut e) => errors.append(&mut e),
                }
            } else if sheet.kind == sheet::Kind::Csv {
                let gold = match crate::eval::read(path, None, &options.separator) {
                    Ok(g) if g.format == crate::eval::Format::Assignments => {
                        errors.push(format!(
                            "{shown}: this is a run's assignments file, not a review (give it with --assignments)"
                        ));
                        continue;
                    }
                    Ok(g) => g,
                    Err(e) => {
                        errors.push(e);
                        continue;
                    }
                };
                match gold::readings(&gold, file, matcher, &names, options.min_votes) {
                    Ok((readings, found)) => {
                        reviews.files.push(ReviewFile {
                            path: shown.clone(),
                            format: format!("gold {}", gold.format.label()),
                            rows: gold.items.len(),
                            read: readings.len(),
                        });
                        gold_answers += readings.len();
                        if found.not_coded > 0 {
                            reviews.warnings.push(format!(
                                "{shown}: {} answers left out: no tag reached {} votes",
                                found.not_coded, options.min_votes
                            ));
                        }
                        if !found.unnamed.is_empty() {
                            reviews.warnings.push(format!(
                                "{shown}: tags no theme stands for (no @tag names them), not estimated: {}",
                                list(found.unnamed.iter().map(|(t, n)| format!("`{t}` ({n} answers)")))
                            ));
                        }
                        reviews.readings.extend(readings);
                    }
                    Err(e) => errors.push(e),
                }
            } else {
                errors.push(format!(
                    "{shown}:1: neither a review file (no verdict_1 or reviewer and missed_themes columns, see docs/review-format.md) nor a gold file (those are CSV); the header is: {}",
                    sheet.header.join(",")
                ));
            }
        }
        if !errors.is_empty() {
            let n = errors.len();
            let more = n.saturating_sub(ERRORS_SHOWN);
            errors.truncate(ERRORS_SHOWN);
            if more > 0 {
                errors.push(format!("… and {more} more"));
            }
            return Err(Failure::Input {
                file: paths.first().map(|p| crate::paths::display(p)).unwrap_or_default(),
                message: format!("{n} problem{} in the reviews:\n{}", if n == 1 { "" } else { "s" }, errors.join("\n")),
            });
        }
        if gold_answers > 0 {
            reviews.warnings.push(format!(
                "{gold_answers} answers come from gold files: they are taken as a simple random sample of their question (all: stratum; their inclusion probability is not known, so it is taken as answers read / answers)"
            ));
        }
        if without_strata > 0 {
            reviews.warnings.push(format!(
                "{without_strata} read rows name no stratum: taken as drawn in their question's simple random sample"
            ));
        }
        if !blank.is_empty() {
            reviews.warnings.push(format!(
                "{} verdicts left blank on read rows (that theme is not judged there: the row counts for the other themes, not for this theme's estimates): {}",
                blank.len(),
                list(blank.iter().cloned())
            ));
        }
        reviews.index();
        Ok(reviews)
    }

    fn index(&mut self) {
        let mut at: HashMap<(String, String), usize> = HashMap::new();
        self.answers.clear();
        for (i, r) in self.readings.iter().enumerate() {
            let key = (r.question.clone(), r.record_id.clone());
            match at.get(&key) {
                Some(&a) => self.answers[a].1.push(i),
                None => {
                    at.insert(key.clone(), self.answers.len());
                    self.answers.push((key, vec![i]));
                }
            }
        }
    }

    /// The first reading of every answer read, in order of first reading (what estimates use
    /// when `agreed` is off).
    pub fn first_readings(&self) -> impl Iterator<Item = &Reading> {
        self.answers.iter().map(|(_, r)| &self.readings[r[0]])
    }

    /// `file:row` of a reading.
    pub fn place(&self, reading: &Reading) -> String {
        format!("{}:{}", self.files[reading.file].path, reading.row)
    }

    /// The (question, record id) of every answer read: the records a run must give the rules'
    /// themes of ([`RuleThemes`]).
    pub fn wanted(&self) -> impl Iterator<Item = &(String, String)> {
        self.answers.iter().map(|(k, _)| k)
    }

    /// The questions read, in order of first reading.
    pub fn questions(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for ((q, _), _) in &self.answers {
            if !out.contains(q) {
                out.push(q.clone());
            }
        }
        out
    }

    /// Top-level themes the readings of a question mention (judged or added), in id order.
    pub fn themes(&self, question: &str) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .readings
            .iter()
            .filter(|r| r.question == question)
            .flat_map(|r| r.judged.iter().map(|(t, _)| *t).chain(r.added.iter().copied()))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// `Family / Theme` of a theme.
    pub fn label(&self, theme: usize) -> &str {
        &self.labels[theme]
    }

    /// Keeps the readings of records the inputs hold (`known(question, record id)`); warns,
    /// with a few places, about the others.
    pub fn keep_known(&mut self, known: impl Fn(&str, &str) -> bool) {
        let (kept, unknown): (Vec<Reading>, Vec<Reading>) =
            std::mem::take(&mut self.readings).into_iter().partition(|r| known(&r.question, &r.record_id));
        if !unknown.is_empty() {
            let places: Vec<String> = unknown
                .iter()
                .map(|r| format!("{} (record {}, question {})", self.place(r), r.record_id, r.question))
                .collect();
            self.warnings.push(format!(
                "{} read rows name records the inputs do not hold (left out): {}",
                unknown.len(),
                list(places.into_iter())
            ));
        }
        self.readings = kept;
        self.index();
    }

    /// The label of an answer for a theme: its first reading's, or with `agreed` the one all its
    /// readings give (`None` when they differ or a verdict is blank).
    fn human(&self, readings: &[usize], theme: usize) -> Option<bool> {
        let first = self.readings[readings[0]].human(theme)?;
        if self.agreed && readings.iter().any(|&r| self.readings[r].human(theme) != Some(first)) {
            return None;
        }
        Some(first)
    }

    /// The estimates of a theme of a question: `answers` (N) the question's answers the rules
    /// coded, `rule_positive` (R) those they gave the theme, `rules` the themes they gave the
    /// records read (a record missing there: the themes its review file shows). `None` when no
    /// answer of the question was read in its simple random sample (`all:` stratum) or N is 0.
    pub fn estimate(
        &self,
        question: &str,
        theme: usize,
        answers: u64,
        rule_positive: u64,
        rules: &RuleThemes,
    ) -> Option<Estimate> {
        let of_question: Vec<&((String, String), Vec<usize>)> =
            self.answers.iter().filter(|((q, _), _)| q == question).collect();
        if answers == 0 || !of_question.iter().any(|(_, r)| self.readings[r[0]].in_all) {
            return None;
        }
        let unknown = of_question.iter().filter(|(_, r)| self.readings[r[0]].probability.is_none()).count();
        let assumed = (unknown as f64 / answers as f64).min(1.0);
        let units: Vec<Unit> = of_question
            .iter()
            .filter_map(|(key, readings)| {
                let first = &self.readings[readings[0]];
                let human = self.human(readings, theme)?;
                let rule = match rules.get(key) {
                    Some(themes) => themes.contains(&theme),
                    None => first.judged.iter().any(|(t, _)| *t == theme),
                };
                Some(Unit { rule, human, probability: first.probability.unwrap_or(assumed) })
            })
            .collect();
        let mut own = Review::default();
        for (_, readings) in &self.answers {
            let first = &self.readings[readings[0]];
            let in_stratum =
                first.theme_strata.iter().any(|&(t, pooled)| t == theme && (pooled || first.question == question));
            if in_stratum && first.judged.iter().any(|(t, _)| *t == theme) {
                if let Some(h) = self.human(readings, theme) {
                    own.add((true, h));
                }
            }
        }
        estimate::estimate_stratified(answers, rule_positive, &units, (own.n() > 0).then_some(own))
    }

    /// Per `theme:` stratum, in order of first reading: the verdicts on its theme and the
    /// precision they measure (Wilson interval).
    pub fn audit(&self) -> Vec<StratumPrecision> {
        let mut by: BTreeMap<usize, StratumPrecision> = BTreeMap::new();
        let mut order: Vec<String> = Vec::new();
        for (_, readings) in &self.answers {
            let first = &self.readings[readings[0]];
            for (stratum, &(theme, _)) in
                first.strata.iter().filter(|s| s.starts_with("theme:")).zip(first.theme_strata.iter())
            {
                let k = match order.iter().position(|s| s == stratum) {
                    Some(k) => k,
                    None => {
                        order.push(stratum.clone());
                        order.len() - 1
                    }
                };
                let row = by.entry(k).or_insert_with(|| StratumPrecision {
                    stratum: stratum.clone(),
                    theme: self.labels[theme].clone(),
                    right: 0,
                    wrong: 0,
                    blank: 0,
                    precision: None,
                    precision_ci: None,
                });
                match self.human(readings, theme) {
                    Some(true) => row.right += 1,
                    Some(false) => row.wrong += 1,
                    None => row.blank += 1,
                }
            }
        }
        by.into_values()
            .map(|mut row| {
                row.precision = metrics::ratio(row.right, row.right + row.wrong);
                row.precision_ci = metrics::wilson(row.right, row.right + row.wrong);
                row
            })
            .collect()
    }

    /// Cohen's κ per question and theme on the answers read twice, and the disagreements.
    pub fn agreement(&self) -> agreement::Agreement {
        agreement::measure(self, &self.answers)
    }
}

/// A few items, then how many more.
fn list(items: impl Iterator<Item = String>) -> String {
    let all: Vec<String> = items.collect();
    let shown = all.iter().take(LISTED).cloned().collect::<Vec<_>>().join(", ");
    if all.len() > LISTED {
        format!("{shown} … ({} more)", all.len() - LISTED)
    } else {
        shown
    }
}
