//! The synthesis model: every figure a report shows, computed once from the tally into plain
//! structs. `run.json` is this model serialised; `synthese.html` (and its pages), `synthese.md`
//! and `lexicon.md` render it and compute nothing of their own. Its shape is documented by
//! `docs/run.schema.json`, generated from these types (a test keeps the two in step).
//!
//! The model holds what a person reads, bounded whatever the corpus: per question its theme tree,
//! a few quotations and keyword-in-context lines per theme (long texts cut), the largest
//! campaigns, the strongest specificities. What grows with the corpus (one row per answer, every
//! campaign, every specificity) is in the CSV tables.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Serialize;

use super::{wilson, RunSummary, TOOL};
use crate::aggregate::breakdown::UNKNOWN_WEEK;
use crate::aggregate::dups::CAMPAIGNS_SHOWN;
use crate::aggregate::{dates, geo, Group, GroupKey, Slice, Tally};
use crate::lexicon::LexiconSet;

/// The version of this model's shape, written in `run.json` and its schema.
pub const SCHEMA_VERSION: &str = "synthese-run/2";
/// Quotations kept per top-level theme and per sub-theme of a question.
pub const QUOTES_TOP: usize = 3;
pub const QUOTES_SUB: usize = 1;
/// Keyword-in-context lines kept per top-level theme and per sub-theme of a question.
pub const KWIC_TOP: usize = 2;
pub const KWIC_SUB: usize = 1;
/// Top-level themes on one chart; the others are grouped in one bar.
pub const CHART_BARS: usize = 25;
/// Themes per lexicon family given in a question's summary line.
pub const SUMMARY_THEMES: usize = 3;
/// Lexicon families in a question's summary line: those whose top theme holds at least
/// [`SUMMARY_MIN_SHARE`] of the answers (the largest reading if none does), at most this many.
pub const SUMMARY_VIEWS: usize = 2;
pub const SUMMARY_MIN_SHARE: f64 = 0.05;
/// The longest quotation, campaign sample or review text, in characters, before it is cut.
pub const TEXT_KEPT: usize = 400;
/// Specificities kept in the model (the strongest by G²; all are in `specificities.csv`).
pub const SPECIFICITIES_KEPT: usize = 200;
/// The longest question title kept, in characters (a mapped export may give a whole text).
pub const TITLE_KEPT: usize = 400;
/// A question whose answers matched no theme more often than this is flagged.
pub const LOW_COVERAGE: f64 = 0.4;
/// ... when it has at least this many free-text answers.
pub const LOW_COVERAGE_MIN_ANSWERS: u64 = 20;

/// A share with its 95 % Wilson interval, as fractions rounded to 4 decimals.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema, PartialEq)]
pub struct Share {
    pub count: u64,
    pub of: u64,
    pub share: f64,
    pub ci95: [f64; 2],
}

impl Share {
    pub fn new(count: u64, of: u64) -> Share {
        let (lo, hi) = wilson(count, of);
        let share = if of == 0 { 0.0 } else { count as f64 / of as f64 };
        Share { count, of, share: round4(share), ci95: [round4(lo), round4(hi)] }
    }

    /// `12.3` for 12.34 %; `–` for a share of nothing.
    pub fn percent(&self) -> String {
        if self.of == 0 {
            return "–".to_owned();
        }
        format!("{:.1}", 100.0 * self.share)
    }

    /// `[10.2–14.7]`; empty for a share of nothing.
    pub fn interval(&self) -> String {
        if self.of == 0 {
            return String::new();
        }
        format!("[{:.1}–{:.1}]", 100.0 * self.ci95[0], 100.0 * self.ci95[1])
    }
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Synthesis {
    /// The shape of this document (`synthese-run/2`).
    pub schema: String,
    pub tool: String,
    /// How to run it again (inputs and options as given, relative paths).
    pub command: String,
    pub totals: Totals,
    /// Per source (platform), then per debate: the questions in page order.
    pub sources: Vec<SourceReport>,
    /// What a reader must see before trusting the figures.
    pub warnings: Vec<Warning>,
    pub inputs: Vec<InputReport>,
    /// Notes on the inputs as a whole (files left aside, …).
    pub notes: Vec<String>,
    pub method: Method,
    pub lexicons: Lexicons,
    pub geography: Geography,
    pub weeks: Vec<WeekReport>,
    pub specificities: Specificities,
    pub duplicates: Duplicates,
    pub review: ReviewSummary,
    /// With `--reviewed`: the review files read and the themes they flag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<super::reviewed::ReadingReport>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Totals {
    pub read: u64,
    pub analysed: u64,
    pub skipped: u64,
    pub rejected: u64,
    pub skipped_by_reason: BTreeMap<String, u64>,
    pub contributors: u64,
    pub answers: u64,
    pub answers_campaigns_once: u64,
    pub classified: u64,
    pub classified_campaigns_once: u64,
    pub questions: usize,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct SourceReport {
    pub source: String,
    /// Contributions (records) analysed from this source.
    pub records: u64,
    pub answers: u64,
    /// Answers that matched at least one theme, of all its answers.
    pub classified: Share,
    pub debates: Vec<DebateReport>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct DebateReport {
    /// The granddebat.fr debate (questionnaire) of these questions; none for other sources.
    pub debate: Option<String>,
    pub questions: Vec<QuestionReport>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct QuestionReport {
    /// The number of the question in this run (its row key in `themes.csv`).
    pub number: u32,
    /// The tally's group of the question (not written).
    #[serde(skip)]
    pub group: u32,
    /// The page of this question, relative to the report folder.
    pub page: String,
    pub source: String,
    /// The official question id, when the question has one.
    pub question_id: Option<u64>,
    /// The topic (or column) the answers were grouped by, when there is no question id.
    pub topic: Option<String>,
    pub title: String,
    /// How pages name the question: `Q127 — ` and its title, cut to 90 characters.
    pub short_title: String,
    pub answers: u64,
    pub respondents: u64,
    pub classified: u64,
    pub classified_respondents: u64,
    pub answers_campaigns_once: u64,
    pub classified_campaigns_once: u64,
    /// Answers that matched no theme, of all answers.
    pub unclassified: Share,
    /// The weighted count of classified answers (with `--weight-by-author`).
    pub weighted_classified: Option<f64>,
    /// Closed and multiple-choice answers: value and count, most frequent first.
    pub choices: Vec<Choice>,
    /// Lexicon families that read this question's answers, each a view of its own.
    pub views: Vec<View>,
    /// What the summary says of the question: the lexicon families whose top theme holds
    /// [`SUMMARY_MIN_SHARE`] of the answers or more (the largest reading if none does), at most
    /// [`SUMMARY_VIEWS`], largest first, each with its [`SUMMARY_THEMES`] largest themes.
    pub summary: Vec<SummaryLine>,
    /// Families with themes that the summary leaves to the question's page.
    pub other_families: usize,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Choice {
    pub value: String,
    /// Answers that gave this value, of the question's closed or multiple-choice answers.
    pub answers: Share,
}

/// One lexicon family's top themes in a question's summary line.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SummaryLine {
    pub family: String,
    /// The view of the question it comes from (index in `views`).
    pub view: usize,
    /// Its largest top-level themes: theme id, label, answers.
    pub themes: Vec<SummaryTheme>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct SummaryTheme {
    pub theme: usize,
    pub label: String,
    pub answers: Share,
    /// With `--reviewed`: the review-corrected share and its 95 % interval.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corrected: Option<super::reviewed::Bounded>,
}

/// One lexicon family's reading of a question: its theme tree, in reading order.
#[derive(Debug, Serialize, JsonSchema)]
pub struct View {
    pub family: String,
    /// The lexicon file (index in `lexicons.files`).
    pub file: usize,
    /// Answers this family read (those in its scope).
    pub answers_in_scope: u64,
    /// Top-level themes by share (largest first), each followed by its sub-themes, by share.
    pub themes: Vec<ThemeRow>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct ThemeRow {
    /// The theme's id (index in `lexicons.themes`, where its name, parent and path are;
    /// `theme_id` in the CSV tables).
    pub theme: usize,
    /// The theme's name, qualified by its parent's when another theme of the view has the same.
    pub label: String,
    /// 0 for a top-level theme.
    pub depth: usize,
    pub answers: Share,
    pub respondents: Share,
    pub answers_campaigns_once: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weighted_answers: Option<f64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<QuoteReport>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kwic: Vec<KwicReport>,
    /// With `--reviewed`, for top-level themes: what people's reading of a sample says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewed: Option<super::reviewed::ReviewedShare>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct QuoteReport {
    pub record_id: String,
    pub input: String,
    pub line: u64,
    /// The answer, cut after 400 characters (with a marker) when longer.
    pub text: String,
    /// Byte spans of the matched words in `text`.
    pub matched: Vec<(u32, u32)>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct KwicReport {
    pub record_id: String,
    pub left: String,
    pub keyword: String,
    pub right: String,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Warning {
    /// `low_coverage`, `no_lexicon`, `campaigns`, `rejected`, `duplicate_ids`, `near_duplicates_capped`.
    pub kind: String,
    pub message: String,
    /// The questions concerned (their `number`), if any.
    pub questions: Vec<u32>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct InputReport {
    pub path: String,
    pub format: String,
    pub source: String,
    pub encoding: String,
    pub sha256: String,
    pub bytes: u64,
    pub read: u64,
    pub analysed: u64,
    pub skipped: BTreeMap<String, u64>,
    pub rejected: u64,
    pub duplicate_ids: u64,
    pub notes: Vec<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Method {
    pub analysis: Vec<String>,
    pub stemmer: String,
    pub match_policy: String,
    pub rules: Rules,
    pub settings: SettingsReport,
}

impl Method {
    /// The rules as the method sections list them: (name, plain text).
    pub fn listed(&self) -> Vec<(&'static str, String)> {
        let r = &self.rules;
        let weighting = r.weighting.as_ref().map_or_else(
            || {
                "none: every answer counts 1 (--weight-by-author applies La Grande Annotation's 1/N weighting)"
                    .to_owned()
            },
            |w| format!("on in this run: {w}"),
        );
        vec![
            ("Match policy", self.match_policy.clone()),
            (
                "Shares",
                format!(
                    "% of the free-text answers to the question (% of answers) and % of the contributors who answered it (% of respondents), with {}; closed and multiple-choice answers are counted, not classified",
                    r.confidence_intervals
                ),
            ),
            ("Respondents", r.respondents.clone()),
            ("Weighting", weighting),
            ("Duplicates and campaigns", r.duplicates.clone()),
            ("Places", r.geography.clone()),
            ("Weeks", r.weeks.clone()),
            ("Specificities", r.specificity.clone()),
            ("Quotations", r.quotations.clone()),
            ("Keyword in context", r.kwic.clone()),
            ("Low coverage", r.coverage_warning.clone()),
            ("Long texts", r.texts_cut.clone()),
        ]
    }
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Rules {
    pub confidence_intervals: String,
    pub respondents: String,
    pub weighting: Option<String>,
    pub duplicates: String,
    pub geography: String,
    pub weeks: String,
    pub specificity: String,
    pub quotations: String,
    pub kwic: String,
    pub review: String,
    pub coverage_warning: String,
    pub texts_cut: String,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct SettingsReport {
    pub campaign_size: u64,
    pub weight_by_author: bool,
    pub review_seed: u64,
    pub review_per_question: usize,
    pub review_per_theme: usize,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Lexicons {
    pub sha256: String,
    pub files: Vec<LexiconFileReport>,
    pub themes: Vec<ThemeInfo>,
    pub entries: Vec<EntryReport>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct LexiconFileReport {
    pub path: String,
    pub name: String,
    pub sha256: String,
    pub applies_to: String,
    pub themes: usize,
    pub entries: usize,
    pub entries_never_matched: usize,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct ThemeInfo {
    pub id: usize,
    pub file: usize,
    pub name: String,
    pub path: String,
    pub parent: Option<usize>,
    pub depth: usize,
    /// Free-text answers in the theme, every question together.
    pub answers: u64,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct EntryReport {
    pub id: usize,
    pub file: usize,
    pub line: usize,
    pub theme: usize,
    pub entry: String,
    /// Matches, every answer together.
    pub hits: u64,
    /// Answers with at least one match.
    pub answers: u64,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Geography {
    pub postal_codes: Vec<PostalCodes>,
    pub regions: Vec<PlaceReport>,
    pub departements: Vec<PlaceReport>,
    pub unknown: PlaceReport,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct PostalCodes {
    pub status: String,
    pub label: String,
    pub records: u64,
    pub examples: Vec<String>,
}

/// A place, a week or a source: its contributions, answers, and answers per top-level theme.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PlaceReport {
    pub code: String,
    pub name: String,
    pub region: Option<String>,
    pub records: u64,
    pub answers: u64,
    pub classified: Share,
    /// Per top-level theme with answers here: answers in it, of the answers its lexicon read here.
    pub themes: Vec<SliceTheme>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct SliceTheme {
    pub theme: usize,
    pub answers: Share,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct WeekReport {
    /// The Monday (`2019-01-21`), or `unknown`.
    pub week_start: String,
    /// `2019-W04`, or `unknown`.
    pub iso_week: String,
    pub records: u64,
    pub answers: u64,
    pub classified: Share,
    pub themes: Vec<SliceTheme>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Specificities {
    pub count: usize,
    /// The strongest (200 at most, by G²).
    pub strongest: Vec<SpecificityReport>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct SpecificityReport {
    pub dimension: String,
    pub group: String,
    pub theme: usize,
    pub over: bool,
    pub observed: u64,
    pub expected: f64,
    pub group_answers: u64,
    pub theme_answers: u64,
    pub all_answers: u64,
    pub g2: f64,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Duplicates {
    pub answers: u64,
    pub distinct_texts: u64,
    pub repeated_texts: u64,
    pub exact_repeats: u64,
    pub near_joins: u64,
    pub not_indexed: u64,
    pub groups: usize,
    pub campaign_count: usize,
    pub campaign_submissions: u64,
    /// The largest campaigns (100 at most; `campaigns.csv` lists them all).
    pub campaigns: Vec<CampaignReport>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct CampaignReport {
    pub rank: usize,
    pub size: u64,
    pub variants: u64,
    pub words: u32,
    pub first_day: Option<String>,
    pub sample: String,
    pub sample_record: String,
    pub record_ids: Vec<String>,
    /// Questions (their `number`) and the campaign's answers to each.
    pub questions: Vec<(u32, u64)>,
    /// Themes and the campaign's answers in each, most first.
    pub themes: Vec<(usize, u64)>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct ReviewSummary {
    pub seed: u64,
    pub rows: usize,
    pub rule: String,
}

/// `text` whole when it has at most `max` characters; otherwise its first `max` characters and a
/// marker that says it was cut and where the whole text is.
pub fn cut(text: &str, max: usize, record_id: &str) -> String {
    cut_at(text, max, record_id).0
}

/// [`cut`], with the length in bytes of the part of `text` kept.
pub fn cut_at(text: &str, max: usize, record_id: &str) -> (String, usize) {
    match text.char_indices().nth(max) {
        None => (text.to_owned(), text.len()),
        Some((end, _)) => {
            let total = text.chars().count();
            (format!("{} […cut: {total} characters in all; record {record_id}]", &text[..end]), end)
        }
    }
}

/// An ASCII slug for file names and anchors: letters and digits, the rest as `-`.
pub fn slug(text: &str) -> String {
    let folded = crate::text::fold::fold_accents(text).to_ascii_lowercase();
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push('x');
    }
    out.truncate(40);
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// The question id as a number when it is one (official questions), else the topic.
pub fn id_or_topic(id: &str) -> (Option<u64>, Option<String>) {
    match id.parse::<u64>() {
        Ok(n) => (Some(n), None),
        Err(_) => (None, Some(id.to_owned())),
    }
}

/// The week's ISO label (`2019-W04`) from its Monday, or `unknown`.
pub fn iso_week(monday: &str) -> String {
    if monday == UNKNOWN_WEEK {
        return UNKNOWN_WEEK.to_owned();
    }
    dates::day_number(monday).map_or_else(|| UNKNOWN_WEEK.to_owned(), dates::iso_week)
}

impl Synthesis {
    pub fn build(run: &RunSummary) -> Synthesis {
        let tally = run.tally;
        let lex = &run.matcher.lexicons;
        let (sources, number_of) = sources(tally, lex);
        let totals = totals(tally);
        let duplicates = duplicates(tally, &number_of);
        let warnings = warnings(tally, &sources, &totals, &duplicates);
        Synthesis {
            schema: SCHEMA_VERSION.to_owned(),
            tool: TOOL.to_owned(),
            command: run.command.clone(),
            totals,
            sources,
            warnings,
            inputs: inputs(tally),
            notes: tally.notes.clone(),
            method: method(tally),
            lexicons: lexicons(tally, lex),
            geography: geography(tally, lex),
            weeks: weeks(tally, lex),
            specificities: specificities(tally),
            duplicates,
            review: ReviewSummary {
                seed: tally.settings.review_seed,
                rows: tally.review.rows.len(),
                rule: tally.settings.review_design().rule(),
            },
            reading: None,
        }
    }

    pub fn questions(&self) -> impl Iterator<Item = &QuestionReport> {
        self.sources.iter().flat_map(|s| s.debates.iter().flat_map(|d| d.questions.iter()))
    }

    pub fn question(&self, number: u32) -> Option<&QuestionReport> {
        self.questions().find(|q| q.number == number)
    }

    pub fn theme_label(&self, theme: usize) -> String {
        let t = &self.lexicons.themes[theme];
        format!("{} ({})", t.path, self.lexicons.files[t.file].name)
    }
}

/// The question's key as the input gave it: its id or its topic.
pub fn question_key(q: &QuestionReport) -> String {
    q.question_id.map_or_else(|| q.topic.clone().unwrap_or_default(), |n| n.to_string())
}

fn totals(tally: &Tally) -> Totals {
    let (read, analysed, skipped, rejected) = tally.totals();
    let (answers, answers_campaigns_once) = tally.answers();
    let mut skipped_by_reason = BTreeMap::new();
    for i in &tally.inputs {
        for (r, n) in &i.skipped {
            *skipped_by_reason.entry(r.clone()).or_default() += n;
        }
    }
    Totals {
        read,
        analysed,
        skipped,
        rejected,
        skipped_by_reason,
        contributors: tally.respondents.contributors(),
        answers,
        answers_campaigns_once,
        classified: tally.groups.values().map(|g| g.classified).sum(),
        classified_campaigns_once: tally.groups.values().map(|g| g.once.classified).sum(),
        questions: tally.groups.len(),
    }
}

/// The granddebat.fr debate of a question: the same rule that chose the lexicons of its answers
/// when the export named no topic.
fn debate_of(group: &Group) -> Option<String> {
    crate::ingest::questions::debate_of(&group.question.id).map(str::to_owned)
}

/// Sources in order of first appearance, debates in order of first appearance within them,
/// questions in question order; with each group's question number.
fn sources(tally: &Tally, lex: &LexiconSet) -> (Vec<SourceReport>, BTreeMap<u32, u32>) {
    let mut by_first: Vec<(&GroupKey, &Group)> = tally.groups.iter().collect();
    by_first.sort_by_key(|(_, g)| g.id);
    let mut order: Vec<(String, Option<String>)> = Vec::new();
    for (k, g) in &by_first {
        let at = (k.source.clone(), debate_of(g));
        if !order.contains(&at) {
            order.push(at);
        }
    }
    // Sources keep the order of their first debate.
    let mut source_order: Vec<String> = Vec::new();
    for (s, _) in &order {
        if !source_order.contains(s) {
            source_order.push(s.clone());
        }
    }
    let mut number = 0u32;
    let mut number_of = BTreeMap::new();
    let mut out = Vec::new();
    for source in source_order {
        let slice = tally.breakdowns.sources.get(&source);
        let mut report = SourceReport {
            records: slice.map_or(0, |s| s.records),
            answers: slice.map_or(0, |s| s.answers),
            classified: Share::new(slice.map_or(0, |s| s.classified), slice.map_or(0, |s| s.answers)),
            source: source.clone(),
            debates: Vec::new(),
        };
        for (_, debate) in order.iter().filter(|(s, _)| *s == source) {
            let mut questions = Vec::new();
            for (key, group) in tally.groups.iter().filter(|(k, g)| k.source == source && debate_of(g) == *debate) {
                number += 1;
                number_of.insert(group.id, number);
                questions.push(question(number, key, group, lex));
            }
            report.debates.push(DebateReport { debate: debate.clone(), questions });
        }
        out.push(report);
    }
    (out, number_of)
}

fn question(number: u32, key: &GroupKey, group: &Group, lex: &LexiconSet) -> QuestionReport {
    let (question_id, topic) = id_or_topic(&group.question.id);
    let closed: u64 = group.choices.values().sum();
    let mut choices: Vec<Choice> =
        group.choices.iter().map(|(v, &n)| Choice { value: v.clone(), answers: Share::new(n, closed) }).collect();
    choices.sort_by(|a, b| b.answers.count.cmp(&a.answers.count).then_with(|| a.value.cmp(&b.value)));
    let mut files: Vec<usize> = group.themes.keys().map(|&t| lex.themes[t as usize].file).collect();
    files.extend(group.scoped.iter().enumerate().filter(|(_, &n)| n > 0).map(|(f, _)| f));
    files.sort_unstable();
    files.dedup();
    let views: Vec<View> = files
        .into_iter()
        .map(|f| View {
            family: lex.files[f].name.clone(),
            file: f,
            answers_in_scope: group.scoped.get(f).copied().unwrap_or(0),
            themes: theme_tree(group, lex, f),
        })
        .collect();
    let shown = summary_views(&views);
    let with_themes = views.iter().filter(|v| !v.themes.is_empty()).count();
    let summary = shown
        .iter()
        .map(|&v| SummaryLine {
            family: views[v].family.clone(),
            view: v,
            themes: views[v]
                .themes
                .iter()
                .filter(|t| t.depth == 0)
                .take(SUMMARY_THEMES)
                .map(|t| SummaryTheme { theme: t.theme, label: t.label.clone(), answers: t.answers, corrected: None })
                .collect(),
        })
        .collect();
    QuestionReport {
        number,
        group: group.id,
        page: format!("pages/q{number}-{}-{}.html", slug(&key.source), slug(&group.question.id)),
        source: key.source.clone(),
        question_id,
        topic,
        title: crate::ingest::truncate(&group.question.title, TITLE_KEPT),
        short_title: match question_id {
            Some(id) => format!("Q{id} — {}", crate::ingest::truncate(&group.question.title, 90)),
            None => crate::ingest::truncate(&group.question.title, 90),
        },
        answers: group.texts,
        respondents: group.respondents,
        classified: group.classified,
        classified_respondents: group.classified_respondents,
        answers_campaigns_once: group.once.texts,
        classified_campaigns_once: group.once.classified,
        unclassified: Share::new(group.texts - group.classified, group.texts),
        weighted_classified: group.weighted.as_ref().map(|w| round4(w.classified)),
        choices,
        views,
        summary,
        other_families: with_themes - shown.len(),
    }
}

/// The views a question's summary line shows: see [`SUMMARY_VIEWS`].
fn summary_views(views: &[View]) -> Vec<usize> {
    let top = |v: &View| v.themes.iter().filter(|t| t.depth == 0).map(|t| t.answers.count).max().unwrap_or(0);
    let mut order: Vec<usize> = (0..views.len()).filter(|&v| top(&views[v]) > 0).collect();
    order.sort_by(|&a, &b| top(&views[b]).cmp(&top(&views[a])).then(a.cmp(&b)));
    let strong: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&v| views[v].themes.iter().any(|t| t.depth == 0 && t.answers.share >= SUMMARY_MIN_SHARE))
        .take(SUMMARY_VIEWS)
        .collect();
    if strong.is_empty() {
        order.into_iter().take(1).collect()
    } else {
        strong
    }
}

/// The themes of lexicon file `file` with answers to the question: top-level ones by answers
/// (largest first, then name), each followed by its sub-themes in the same order, depth first.
fn theme_tree(group: &Group, lex: &LexiconSet, file: usize) -> Vec<ThemeRow> {
    let present: Vec<usize> = group
        .themes
        .iter()
        .filter(|(&t, &n)| n > 0 && lex.themes[t as usize].file == file)
        .map(|(&t, _)| t as usize)
        .collect();
    let answers = |t: usize| group.themes.get(&(t as u32)).copied().unwrap_or(0);
    let children = |parent: Option<usize>| {
        let mut c: Vec<usize> = present.iter().copied().filter(|&t| lex.themes[t].parent == parent).collect();
        c.sort_by(|&a, &b| answers(b).cmp(&answers(a)).then_with(|| lex.themes[a].name.cmp(&lex.themes[b].name)));
        c
    };
    let mut order = Vec::new();
    let mut stack: Vec<usize> = children(None).into_iter().rev().collect();
    while let Some(t) = stack.pop() {
        order.push(t);
        stack.extend(children(Some(t)).into_iter().rev());
    }
    // A theme whose parent has no answer here (never, as parents are rolled up) still shows.
    for &t in &present {
        if !order.contains(&t) {
            order.push(t);
        }
    }
    let mut name_count: BTreeMap<&str, usize> = BTreeMap::new();
    for &t in &order {
        *name_count.entry(lex.themes[t].name.as_str()).or_default() += 1;
    }
    order
        .into_iter()
        .map(|t| {
            let theme = &lex.themes[t];
            let key = t as u32;
            let n = answers(t);
            let r = group.theme_respondents.get(&key).copied().unwrap_or(0);
            let kept = if theme.depth == 0 { QUOTES_TOP } else { QUOTES_SUB };
            let quotes = group
                .quotes
                .get(&key)
                .into_iter()
                .flatten()
                .take(kept)
                .map(|q| {
                    let (text, kept_bytes) = cut_at(&q.text, TEXT_KEPT, &q.record_id);
                    let matched = q.spans.iter().copied().filter(|&(_, e)| (e as usize) <= kept_bytes).collect();
                    QuoteReport { record_id: q.record_id.clone(), input: q.input.clone(), line: q.line, text, matched }
                })
                .collect();
            let kwic = group
                .kwic
                .get(&key)
                .into_iter()
                .flatten()
                .take(if theme.depth == 0 { KWIC_TOP } else { KWIC_SUB })
                .map(|k| KwicReport {
                    record_id: k.record_id.clone(),
                    left: k.left.clone(),
                    keyword: crate::ingest::truncate(&k.keyword, 80),
                    right: k.right.clone(),
                })
                .collect();
            let label = match theme.parent {
                Some(p) if name_count[theme.name.as_str()] > 1 => format!("{} › {}", lex.themes[p].name, theme.name),
                _ => theme.name.clone(),
            };
            ThemeRow {
                theme: t,
                label,
                depth: theme.depth,
                answers: Share::new(n, group.texts),
                respondents: Share::new(r, group.respondents),
                answers_campaigns_once: group.once.themes.get(&key).copied().unwrap_or(0),
                weighted_answers: group.weighted.as_ref().map(|w| round4(w.themes.get(&key).copied().unwrap_or(0.0))),
                quotes,
                kwic,
                reviewed: None,
            }
        })
        .collect()
}

fn warnings(tally: &Tally, sources: &[SourceReport], totals: &Totals, duplicates: &Duplicates) -> Vec<Warning> {
    let mut out = Vec::new();
    let questions: Vec<&QuestionReport> =
        sources.iter().flat_map(|s| s.debates.iter().flat_map(|d| d.questions.iter())).collect();
    if totals.answers == 0 {
        out.push(Warning {
            kind: "no_answers".into(),
            message: "No free-text answer was analysed: the inputs hold none, or every record was skipped or rejected."
                .into(),
            questions: Vec::new(),
        });
    }
    let uncovered: Vec<&&QuestionReport> =
        questions.iter().filter(|q| q.answers > 0 && q.views.iter().all(|v| v.answers_in_scope == 0)).collect();
    if !uncovered.is_empty() {
        let answers: u64 = uncovered.iter().map(|q| q.answers).sum();
        let names: Vec<String> = uncovered.iter().map(|q| format!("{} {}", q.source, question_key(q))).collect();
        out.push(Warning {
            kind: "no_lexicon".into(),
            message: format!(
                "{} question(s) or topic(s), {answers} answers, are read by no lexicon (none lists their topic or question): {}.",
                uncovered.len(),
                names.join(", ")
            ),
            questions: uncovered.iter().map(|q| q.number).collect(),
        });
    }
    let low: Vec<&&QuestionReport> = questions
        .iter()
        .filter(|q| {
            q.answers >= LOW_COVERAGE_MIN_ANSWERS
                && q.unclassified.share > LOW_COVERAGE
                && q.views.iter().any(|v| v.answers_in_scope > 0)
        })
        .collect();
    if !low.is_empty() {
        let names: Vec<String> =
            low.iter().map(|q| format!("{} {} ({} %)", q.source, question_key(q), q.unclassified.percent())).collect();
        out.push(Warning {
            kind: "low_coverage".into(),
            message: format!(
                "{} question(s) have more than {:.0} % of their answers matched by no theme, so their shares describe a minority of what was said: {}.",
                low.len(),
                LOW_COVERAGE * 100.0,
                names.join(", ")
            ),
            questions: low.iter().map(|q| q.number).collect(),
        });
    }
    if duplicates.campaign_count > 0 {
        let largest = duplicates.campaigns.first().map_or(0, |c| c.size);
        out.push(Warning {
            kind: "campaigns".into(),
            message: format!(
                "{} copy-paste campaigns ({} submissions; the largest {largest}): shares count every submission; the question pages also give the answers counting each campaign once.",
                duplicates.campaign_count, duplicates.campaign_submissions
            ),
            questions: Vec::new(),
        });
    }
    if totals.rejected > 0 {
        out.push(Warning {
            kind: "rejected".into(),
            message: format!(
                "{} records were rejected as unreadable; rejects.csv lists each with its file, line and reason.",
                totals.rejected
            ),
            questions: Vec::new(),
        });
    }
    let duplicate_ids: u64 = tally.inputs.iter().map(|i| i.duplicate_ids).sum();
    if duplicate_ids > 0 {
        out.push(Warning {
            kind: "duplicate_ids".into(),
            message: format!(
                "{duplicate_ids} records repeat the id of an earlier record of the same input (they are analysed)."
            ),
            questions: Vec::new(),
        });
    }
    if tally.dups.not_indexed > 0 {
        out.push(Warning {
            kind: "near_duplicates_capped".into(),
            message: format!(
                "{} texts were left out of the near-duplicate search (its cap was reached); exact duplicates are still counted.",
                tally.dups.not_indexed
            ),
            questions: Vec::new(),
        });
    }
    out
}

fn inputs(tally: &Tally) -> Vec<InputReport> {
    tally
        .inputs
        .iter()
        .map(|i| InputReport {
            path: i.shown.clone(),
            format: i.format.clone(),
            source: i.source.clone(),
            encoding: i.encoding.clone(),
            sha256: i.sha256.clone(),
            bytes: i.bytes,
            read: i.read(),
            analysed: i.analysed,
            skipped: i.skipped.clone(),
            rejected: i.rejected,
            duplicate_ids: i.duplicate_ids,
            notes: i.notes.clone(),
        })
        .collect()
}

pub const MATCH_POLICY: &str = "longest entry first; the words it covers are not counted again by another entry of the same file; an answer belongs to every theme with a matching entry and to that theme's parents (see lexicons/README.md)";

fn method(tally: &Tally) -> Method {
    let s = &tally.settings;
    Method {
        analysis: crate::text::ANALYSIS_STEPS.iter().map(|s| s.to_string()).collect(),
        stemmer: crate::text::stem::STEMMER_NAME.to_owned(),
        match_policy: MATCH_POLICY.to_owned(),
        rules: Rules {
            confidence_intervals: super::CI_RULE.to_owned(),
            respondents: crate::aggregate::respondents::RULE.to_owned(),
            weighting: s.weight_by_author.then(|| crate::aggregate::respondents::WEIGHT_RULE.to_owned()),
            duplicates: crate::aggregate::dups::rule(s.campaign_size),
            geography: geo::RULE.to_owned(),
            weeks: "ISO 8601 weeks (Monday to Sunday) of the publication date; records without a usable date are counted as unknown".to_owned(),
            specificity: crate::aggregate::breakdown::specificity_rule(),
            quotations: format!(
                "{} ({QUOTES_TOP} kept per top-level theme and {QUOTES_SUB} per sub-theme)",
                crate::aggregate::quotes_rule()
            ),
            kwic: format!(
                "{} ({KWIC_TOP} kept per top-level theme and {KWIC_SUB} per sub-theme)",
                crate::aggregate::kwic_rule()
            ),
            review: s.review_design().rule(),
            coverage_warning: format!(
                "a question of {LOW_COVERAGE_MIN_ANSWERS}+ answers is flagged when more than {:.0} % of them matched no theme",
                LOW_COVERAGE * 100.0
            ),
            texts_cut: format!(
                "quotations and campaign samples longer than {TEXT_KEPT} characters are cut, with a marker giving the full length and the record id; review.csv gives each answer whole up to {} characters",
                crate::aggregate::draw::TEXT_KEPT
            ),
        },
        settings: SettingsReport {
            campaign_size: s.campaign_size,
            weight_by_author: s.weight_by_author,
            review_seed: s.review_seed,
            review_per_question: s.review_per_question,
            review_per_theme: s.review_per_theme,
        },
    }
}

fn lexicons(tally: &Tally, lex: &LexiconSet) -> Lexicons {
    Lexicons {
        sha256: lex.combined_sha256(),
        files: lex
            .files
            .iter()
            .enumerate()
            .map(|(f, file)| LexiconFileReport {
                path: file.path.clone(),
                name: file.name.clone(),
                sha256: file.sha256.clone(),
                applies_to: file.scope_description(),
                themes: lex.themes.iter().filter(|t| t.file == f).count(),
                entries: lex.entries.iter().filter(|e| e.file == f).count(),
                entries_never_matched: lex
                    .entries
                    .iter()
                    .enumerate()
                    .filter(|(e, entry)| entry.file == f && tally.entry_hits.get(*e).copied().unwrap_or(0) == 0)
                    .count(),
            })
            .collect(),
        themes: lex
            .themes
            .iter()
            .enumerate()
            .map(|(t, theme)| ThemeInfo {
                id: t,
                file: theme.file,
                name: theme.name.clone(),
                path: theme.path.clone(),
                parent: theme.parent,
                depth: theme.depth,
                answers: tally.theme_answers.get(t).copied().unwrap_or(0),
            })
            .collect(),
        entries: lex
            .entries
            .iter()
            .enumerate()
            .map(|(e, entry)| EntryReport {
                id: e,
                file: entry.file,
                line: entry.line,
                theme: entry.theme,
                entry: entry.text.clone(),
                hits: tally.entry_hits.get(e).copied().unwrap_or(0),
                answers: tally.entry_answers.get(e).copied().unwrap_or(0),
            })
            .collect(),
    }
}

/// Top-level themes with answers in a slice: answers in the theme of those its lexicon read.
fn slice_themes(s: &Slice, lex: &LexiconSet) -> Vec<SliceTheme> {
    (0..lex.themes.len())
        .filter(|&t| lex.themes[t].depth == 0 && s.theme(t) > 0)
        .map(|t| SliceTheme { theme: t, answers: Share::new(s.theme(t), s.scoped(lex.themes[t].file)) })
        .collect()
}

fn place(code: &str, name: &str, region: Option<&str>, s: &Slice, lex: Option<&LexiconSet>) -> PlaceReport {
    PlaceReport {
        code: code.to_owned(),
        name: name.to_owned(),
        region: region.map(str::to_owned),
        records: s.records,
        answers: s.answers,
        classified: Share::new(s.classified, s.answers),
        themes: lex.map_or_else(Vec::new, |lex| slice_themes(s, lex)),
    }
}

fn geography(tally: &Tally, lex: &LexiconSet) -> Geography {
    let g = geo::geography();
    let b = &tally.breakdowns;
    let regions = b.regions();
    let unknown = b.departements.last().expect("the unknown slice");
    Geography {
        postal_codes: b
            .zips
            .iter()
            .map(|(status, kind)| PostalCodes {
                status: status.key().to_owned(),
                label: status.label().to_owned(),
                records: kind.records,
                examples: kind.examples.clone(),
            })
            .collect(),
        regions: g.regions.iter().zip(&regions).map(|(r, s)| place(&r.code, &r.name, None, s, Some(lex))).collect(),
        departements: g
            .departements
            .iter()
            .zip(&b.departements)
            .map(|(d, s)| place(&d.code, &d.name, Some(&g.regions[d.region].name), s, None))
            .collect(),
        unknown: place("?", "unknown", None, unknown, Some(lex)),
    }
}

fn weeks(tally: &Tally, lex: &LexiconSet) -> Vec<WeekReport> {
    tally
        .breakdowns
        .weeks
        .iter()
        .map(|(monday, s)| WeekReport {
            week_start: monday.clone(),
            iso_week: iso_week(monday),
            records: s.records,
            answers: s.answers,
            classified: Share::new(s.classified, s.answers),
            themes: slice_themes(s, lex),
        })
        .collect()
}

fn specificities(tally: &Tally) -> Specificities {
    let mut all: Vec<&crate::aggregate::Specificity> = tally.specificities.iter().collect();
    all.sort_by(|a, b| {
        b.g2.total_cmp(&a.g2).then_with(|| (a.dimension, &a.group, a.theme).cmp(&(b.dimension, &b.group, b.theme)))
    });
    Specificities {
        count: tally.specificities.len(),
        strongest: all
            .into_iter()
            .take(SPECIFICITIES_KEPT)
            .map(|s| SpecificityReport {
                dimension: s.dimension.to_owned(),
                group: s.group.clone(),
                theme: s.theme as usize,
                over: s.over(),
                observed: s.observed,
                expected: (s.expected * 100.0).round() / 100.0,
                group_answers: s.group_answers,
                theme_answers: s.theme_answers,
                all_answers: s.all_answers,
                g2: (s.g2 * 100.0).round() / 100.0,
            })
            .collect(),
    }
}

fn duplicates(tally: &Tally, number_of: &BTreeMap<u32, u32>) -> Duplicates {
    let d = &tally.dups;
    let campaigns = tally
        .campaigns
        .iter()
        .take(CAMPAIGNS_SHOWN)
        .enumerate()
        .map(|(rank, &c)| {
            let group = &d.groups[c];
            let mut themes: Vec<(usize, u64)> =
                group.themes(&tally.sets).iter().map(|(&t, &n)| (t as usize, n)).collect();
            themes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            CampaignReport {
                rank: rank + 1,
                size: group.size,
                variants: group.variants,
                words: group.words,
                first_day: group.first_day().map(dates::civil),
                sample: cut(&group.sample, TEXT_KEPT, group.sample_record()),
                sample_record: group.sample_record().to_owned(),
                record_ids: group.record_ids().into_iter().map(str::to_owned).collect(),
                questions: group.questions().iter().map(|(&gid, &n)| (number_of[&gid], n)).collect(),
                themes,
            }
        })
        .collect();
    Duplicates {
        answers: d.answers,
        distinct_texts: d.distinct_texts(),
        repeated_texts: d.repeated_texts(),
        exact_repeats: d.exact_repeats,
        near_joins: d.near_joins,
        not_indexed: d.not_indexed,
        groups: d.groups.len(),
        campaign_count: tally.campaigns.len(),
        campaign_submissions: tally.campaigns.iter().map(|&c| d.groups[c].size).sum(),
        campaigns,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_cut_with_a_marker_naming_the_record() {
        assert_eq!(cut("court", 10, "1-1"), "court");
        let long = "é".repeat(30);
        let c = cut(&long, 10, "1-42");
        assert!(
            c.starts_with(&"é".repeat(10)) && c.contains("30 characters in all") && c.contains("record 1-42"),
            "{c}"
        );
        // What is kept of the text, in bytes: matched words past it are not marked in the marker.
        assert_eq!(cut_at(&long, 10, "1-42").1, "é".len() * 10);
        assert_eq!(cut_at("court", 10, "1-1").1, 5);
    }

    #[test]
    fn question_ids_are_numbers_and_topics_stay_text() {
        assert_eq!(id_or_topic("127"), (Some(127), None));
        assert_eq!(id_or_topic("Transports"), (None, Some("Transports".to_owned())));
    }

    #[test]
    fn slugs_are_short_ascii_names() {
        assert_eq!(slug("granddebat.fr"), "granddebat-fr");
        assert_eq!(slug("Pouvoir d'achat et fiscalité"), "pouvoir-d-achat-et-fiscalite");
        assert_eq!(slug("\"><script>"), "script");
        assert_eq!(slug("!!!"), "x");
    }

    #[test]
    fn shares_carry_their_interval() {
        let s = Share::new(10, 100);
        assert_eq!((s.share, s.ci95), (0.1, [0.0552, 0.1744]));
        assert_eq!((s.percent(), s.interval()), ("10.0".to_owned(), "[5.5–17.4]".to_owned()));
        assert_eq!(Share::new(0, 0).share, 0.0);
    }
}
