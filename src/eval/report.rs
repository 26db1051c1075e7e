//! The figures of an evaluation and of an agreement study, as data ([`EvalReport`],
//! [`AgreementReport`], serialisable, for the terminal, CSV, JSON and the HTML report) and their
//! renderings.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::metrics::{self, Counts, Interval, Table2};
use super::{coded_tags, tag_key, Annotation, Annotations, Format};
use crate::classify::{normalise_label, Blocked, Classification, Matcher, Scope};
use crate::lexicon::LexiconSet;

/// The source every granddebat.fr question comes from, for lexicons limited with `@sources`.
pub const GRANDDEBAT: &str = "granddebat.fr";

/// How many of the largest share gaps a report lists.
pub const GAPS_LISTED: usize = 5;

/// What the predictions are.
pub enum Predictions<'a> {
    /// The lexicons classify the texts of the gold file.
    Classify,
    /// A run's assignments (or any annotation file), matched to the gold by answer id.
    File(&'a Annotations),
}

/// The whole evaluation: per question, and all questions pooled.
#[derive(Debug, Clone, Serialize)]
pub struct EvalReport {
    pub gold: String,
    pub gold_format: Format,
    /// `lexicons applied to the gold texts` or the assignments file.
    pub predictions: String,
    pub lexicons: String,
    pub lexicon_sha256: String,
    pub min_votes: u32,
    pub questions: Vec<QuestionReport>,
    /// Every question's tags pooled (micro over all, macro over all (question, tag) pairs); only
    /// with more than one question.
    pub overall: Option<Averages>,
    /// Questions of the gold left out, with why.
    pub not_evaluated: Vec<NotEvaluated>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NotEvaluated {
    pub question_id: String,
    pub answers: usize,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionReport {
    pub question_id: String,
    pub title: String,
    pub debate: String,
    /// Answers of this question in the gold file.
    pub answers: usize,
    /// Answers coded under the rule (the items scored).
    pub coded: usize,
    /// Coded answers with no scored tag (only residual tags such as `Z Autres`).
    pub coded_without_tag: usize,
    /// Answers left out: no tag reached the vote threshold.
    pub not_coded: usize,
    /// Coded answers the predictions file does not have (assignments mode), left out.
    pub without_prediction: usize,
    pub tags: Vec<TagRow>,
    pub averages: Averages,
    /// Spearman's ρ between the human and the lexicon shares of the tags.
    pub share_rank_correlation: Option<f64>,
    pub largest_gaps: Vec<Gap>,
    /// Every false positive and false negative, for review.
    #[serde(skip)]
    pub review: Vec<ReviewRow>,
    /// Per coded answer, the (gold, predicted) indices into `tags`: what [`super::estimate`]
    /// simulates reviews on.
    #[serde(skip)]
    pub items: Vec<(Vec<usize>, Vec<usize>)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TagRow {
    pub tag: String,
    /// The lexicon themes that stand for it (empty: no theme names it).
    pub themes: Vec<String>,
    pub support: u64,
    pub predicted: u64,
    pub tp: u64,
    pub fp: u64,
    pub r#fn: u64,
    pub precision: Option<f64>,
    pub precision_ci: Option<Interval>,
    pub recall: Option<f64>,
    pub recall_ci: Option<Interval>,
    pub f1: Option<f64>,
    pub f1_ci: Option<Interval>,
    /// Share of the coded answers with the tag, for the humans and for the lexicon.
    pub gold_share: f64,
    pub lexicon_share: f64,
    pub kappa: Option<f64>,
    pub alpha: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Averages {
    pub items: usize,
    pub tags: usize,
    pub micro: Counts,
    pub micro_precision: Option<f64>,
    pub micro_precision_ci: Option<Interval>,
    pub micro_recall: Option<f64>,
    pub micro_recall_ci: Option<Interval>,
    pub micro_f1: Option<f64>,
    pub micro_f1_ci: Option<Interval>,
    /// Mean F1 over the tags with support or predictions.
    pub macro_f1: Option<f64>,
    pub macro_f1_ci: Option<Interval>,
    /// Agreement of the lexicon with the humans on the pooled (answer, tag) units.
    pub alpha: Option<f64>,
    pub kappa: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Gap {
    pub tag: String,
    pub gold_share: f64,
    pub lexicon_share: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReviewRow {
    pub question_id: String,
    pub id: String,
    /// `false positive` or `false negative`.
    pub kind: &'static str,
    pub tag: String,
    pub gold_tags: Vec<String>,
    pub predicted_tags: Vec<String>,
    /// The entries that gave the tag (false positive) or were blocked (false negative).
    pub evidence: String,
    pub text: String,
}

/// The tags the lexicon names for a question, in lexicon order, with their themes.
struct Named {
    /// tag key → (display, theme ids).
    tags: Vec<(String, String, Vec<usize>)>,
}

impl Named {
    fn of(lex: &LexiconSet, in_scope: &[bool], scope: &Scope) -> Named {
        let mut tags: Vec<(String, String, Vec<usize>)> = Vec::new();
        for (t, theme) in lex.themes.iter().enumerate() {
            if !in_scope[theme.file] || !theme_admits(lex, t, scope) {
                continue;
            }
            for tag in &theme.settings.tags {
                let key = tag_key(tag);
                match tags.iter_mut().find(|(k, _, _)| *k == key) {
                    Some((_, _, themes)) => themes.push(t),
                    None => tags.push((key, tag.clone(), vec![t])),
                }
            }
        }
        Named { tags }
    }

    fn contains(&self, tag: &str) -> bool {
        let key = tag_key(tag);
        self.tags.iter().any(|(k, _, _)| *k == key)
    }
}

/// A theme's own `@questions` / `@topics` / `@sources` (and its ancestors') admit the scope.
fn theme_admits(lex: &LexiconSet, theme: usize, scope: &Scope) -> bool {
    lex.lineage(theme).iter().all(|&a| {
        let s = &lex.themes[a].settings;
        let norm = |v: Option<&str>| v.map(normalise_label);
        let open = |list: &[String], value: Option<String>| {
            list.is_empty() || value.is_none_or(|v| list.iter().any(|x| normalise_label(x) == v))
        };
        open(&s.topics, norm(scope.topic))
            && open(&s.sources, norm(scope.source))
            && (s.questions.is_empty() || scope.question.is_some_and(|q| s.questions.iter().any(|x| x == q)))
    })
}

/// The scope of an answer to `question`: its debate (topic) and source from the question table
/// when it is a granddebat.fr question.
pub fn scope_of(question: Option<&str>) -> Scope<'_> {
    let info =
        question.and_then(|q| q.parse::<u32>().ok()).and_then(|q| crate::ingest::questions::table().by_id.get(&q));
    Scope { topic: info.map(|i| i.debate.as_str()), question, source: info.map(|_| GRANDDEBAT) }
}

fn question_title(question: &str) -> (String, String) {
    question
        .parse::<u32>()
        .ok()
        .and_then(|q| crate::ingest::questions::table().by_id.get(&q))
        .map(|i| (i.title.clone(), i.debate.clone()))
        .unwrap_or_default()
}

/// Sorts question ids as numbers when they are (`99` before `127`), as text otherwise.
fn question_order(q: &str) -> (u64, String) {
    (q.parse().unwrap_or(u64::MAX), q.to_string())
}

/// Answers by (id, question).
type AnswerIndex<'a> = HashMap<(String, String), &'a Annotation>;

/// Compares a gold file with the predictions of the lexicons.
pub fn evaluate(
    gold: &Annotations,
    predictions: Predictions,
    matcher: &Matcher,
    lexicons: &str,
    min_votes: u32,
    only_questions: &[String],
) -> EvalReport {
    let lex = &matcher.lexicons;
    let mut by_question: BTreeMap<(u64, String), Vec<&Annotation>> = BTreeMap::new();
    for a in &gold.items {
        let q = a.question.clone().unwrap_or_default();
        if only_questions.is_empty() || only_questions.contains(&q) {
            by_question.entry(question_order(&q)).or_default().push(a);
        }
    }
    let predicted_index: Option<(AnswerIndex, bool)> = match &predictions {
        Predictions::Classify => None,
        Predictions::File(p) => {
            let with_q = p.has_questions() && gold.has_questions();
            Some((p.items.iter().map(|a| (a.key(with_q), a)).collect(), with_q))
        }
    };
    let prediction_format = match &predictions {
        Predictions::Classify => None,
        Predictions::File(p) => Some(p.format),
    };
    let label_to_theme: HashMap<String, usize> =
        (0..lex.themes.len()).map(|t| (lex.theme_label(t).into_owned(), t)).collect();

    let mut questions = Vec::new();
    let mut not_evaluated = Vec::new();
    let mut pooled: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    let mut pooled_tags = 0usize;
    let mut pooled_table = Table2::default();
    for ((_, q), answers) in by_question {
        let question = (!q.is_empty()).then_some(q.as_str());
        let scope = scope_of(question);
        let in_scope = matcher.in_scope(scope);
        let named = Named::of(lex, &in_scope.files, &scope);
        if named.tags.is_empty() {
            not_evaluated.push(NotEvaluated {
                question_id: q.clone(),
                answers: answers.len(),
                reason: "no lexicon theme in scope names a tag (@tag) for this question".into(),
            });
            continue;
        }
        // The tags scored: those the lexicon names, then the gold's other tags.
        let mut tags: Vec<(String, String)> = named.tags.iter().map(|(k, d, _)| (k.clone(), d.clone())).collect();
        let mut items: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
        let mut review_sources: Vec<(&Annotation, Option<Classification>, Option<&Annotation>)> = Vec::new();
        let (mut not_coded, mut without_tag, mut without_prediction) = (0, 0, 0);
        for a in &answers {
            let Some(gold_tags) = coded_tags(a, min_votes, |t| named.contains(t)) else {
                not_coded += 1;
                continue;
            };
            let (predicted_tags, classification, row): (Vec<String>, Option<Classification>, Option<&Annotation>) =
                match &predicted_index {
                    None => {
                        let c = matcher.classify(a.text.as_deref().unwrap_or(""), scope);
                        (tags_of_themes(lex, c.themes.iter().map(|&t| t as usize)), Some(c), None)
                    }
                    Some((index, with_q)) => match index.get(&a.key(*with_q)) {
                        None => {
                            without_prediction += 1;
                            continue;
                        }
                        Some(p) => {
                            let t = if prediction_format == Some(Format::Assignments) {
                                let themes = p.tags.iter().filter_map(|(label, _)| label_to_theme.get(label).copied());
                                tags_of_themes(lex, themes)
                            } else {
                                // A file of tags (a reviewer's verdicts): its tags themselves.
                                coded_tags(p, min_votes, |t| named.contains(t)).unwrap_or_default()
                            };
                            (t, None, Some(*p))
                        }
                    },
                };
            let index_of = |tags: &mut Vec<(String, String)>, tag: &str| {
                let key = tag_key(tag);
                match tags.iter().position(|(k, _)| *k == key) {
                    Some(i) => i,
                    None => {
                        tags.push((key, tag.to_string()));
                        tags.len() - 1
                    }
                }
            };
            if gold_tags.is_empty() {
                without_tag += 1;
            }
            let mut g: Vec<usize> = gold_tags.iter().map(|t| index_of(&mut tags, t)).collect();
            let mut p: Vec<usize> = predicted_tags.iter().map(|t| index_of(&mut tags, t)).collect();
            g.sort_unstable();
            g.dedup();
            p.sort_unstable();
            p.dedup();
            items.push((g, p));
            review_sources.push((a, classification, row));
        }
        let scores = metrics::score(&items, tags.len());
        let n = items.len();
        let mut tables = vec![Table2::default(); tags.len()];
        for (g, p) in &items {
            for (t, table) in tables.iter_mut().enumerate() {
                table.add(g.contains(&t), p.contains(&t));
            }
        }
        let mut question_table = Table2::default();
        let share = |k: u64| if n == 0 { 0.0 } else { k as f64 / n as f64 };
        let rows: Vec<TagRow> = tags
            .iter()
            .enumerate()
            .map(|(i, (key, display))| {
                let c = scores.counts[i];
                question_table.merge(tables[i]);
                let themes = named
                    .tags
                    .iter()
                    .find(|(k, _, _)| k == key)
                    .map(|(_, _, ts)| ts.iter().map(|&t| lex.theme_label(t).into_owned()).collect())
                    .unwrap_or_default();
                TagRow {
                    tag: display.clone(),
                    themes,
                    support: c.support(),
                    predicted: c.predicted(),
                    tp: c.tp,
                    fp: c.fp,
                    r#fn: c.r#fn,
                    precision: c.precision(),
                    precision_ci: metrics::wilson(c.tp, c.predicted()),
                    recall: c.recall(),
                    recall_ci: metrics::wilson(c.tp, c.support()),
                    f1: c.f1(),
                    f1_ci: scores.f1_interval[i],
                    gold_share: share(c.support()),
                    lexicon_share: share(c.predicted()),
                    kappa: tables[i].kappa(),
                    alpha: tables[i].alpha(),
                }
            })
            .collect();
        let gold_shares: Vec<f64> = rows.iter().map(|r| r.gold_share).collect();
        let lexicon_shares: Vec<f64> = rows.iter().map(|r| r.lexicon_share).collect();
        let mut gaps: Vec<Gap> = rows
            .iter()
            .filter(|r| r.gold_share != r.lexicon_share)
            .map(|r| Gap { tag: r.tag.clone(), gold_share: r.gold_share, lexicon_share: r.lexicon_share })
            .collect();
        gaps.sort_by(|a, b| {
            let d = |g: &Gap| (g.lexicon_share - g.gold_share).abs();
            d(b).total_cmp(&d(a)).then_with(|| a.tag.cmp(&b.tag))
        });
        gaps.truncate(GAPS_LISTED);
        let review = review_rows(&q, &items, &tags, &review_sources, matcher, &named);
        pooled.extend(
            items.iter().map(|(g, p)| {
                (g.iter().map(|t| t + pooled_tags).collect(), p.iter().map(|t| t + pooled_tags).collect())
            }),
        );
        pooled_tags += tags.len();
        pooled_table.merge(question_table);
        let (title, debate) = question_title(&q);
        questions.push(QuestionReport {
            question_id: q.clone(),
            title,
            debate,
            answers: answers.len(),
            coded: n,
            coded_without_tag: without_tag,
            not_coded,
            without_prediction,
            averages: averages(&scores, n, tags.len(), question_table),
            tags: rows,
            share_rank_correlation: metrics::spearman(&gold_shares, &lexicon_shares),
            largest_gaps: gaps,
            review,
            items,
        });
    }
    let overall = (questions.len() > 1).then(|| {
        let scores = metrics::score(&pooled, pooled_tags);
        averages(&scores, pooled.len(), pooled_tags, pooled_table)
    });
    EvalReport {
        gold: gold.path.clone(),
        gold_format: gold.format,
        predictions: match predictions {
            Predictions::Classify => "the lexicons applied to the gold texts".into(),
            Predictions::File(p) => p.path.clone(),
        },
        lexicons: lexicons.to_string(),
        lexicon_sha256: lex.combined_sha256(),
        min_votes,
        questions,
        overall,
        not_evaluated,
    }
}

fn averages(s: &metrics::TagScores, items: usize, tags: usize, table: Table2) -> Averages {
    Averages {
        items,
        tags,
        micro: s.micro,
        micro_precision: s.micro.precision(),
        micro_precision_ci: metrics::wilson(s.micro.tp, s.micro.predicted()),
        micro_recall: s.micro.recall(),
        micro_recall_ci: metrics::wilson(s.micro.tp, s.micro.support()),
        micro_f1: s.micro.f1(),
        micro_f1_ci: s.micro_f1_interval,
        macro_f1: s.macro_f1,
        macro_f1_ci: s.macro_f1_interval,
        alpha: table.alpha(),
        kappa: table.kappa(),
    }
}

/// The tags of the themes an answer reached (each theme's own `@tag`s).
pub fn tags_of_themes(lex: &LexiconSet, themes: impl Iterator<Item = usize>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in themes {
        for tag in &lex.themes[t].settings.tags {
            if !out.iter().any(|x| tag_key(x) == tag_key(tag)) {
                out.push(tag.clone());
            }
        }
    }
    out
}

fn review_rows(
    question: &str,
    items: &[(Vec<usize>, Vec<usize>)],
    tags: &[(String, String)],
    sources: &[(&Annotation, Option<Classification>, Option<&Annotation>)],
    matcher: &Matcher,
    named: &Named,
) -> Vec<ReviewRow> {
    let lex = &matcher.lexicons;
    let mut out = Vec::new();
    for ((g, p), (a, classification, row)) in items.iter().zip(sources) {
        let names = |v: &[usize]| v.iter().map(|&t| tags[t].1.clone()).collect::<Vec<_>>();
        let text = a.text.clone().unwrap_or_default();
        let themes_of_tag = |t: usize| -> Vec<usize> {
            named.tags.iter().find(|(k, _, _)| *k == tags[t].0).map(|(_, _, ts)| ts.clone()).unwrap_or_default()
        };
        let under = |entry_theme: usize, themes: &[usize]| lex.lineage(entry_theme).iter().any(|x| themes.contains(x));
        let hit_text = |entry: u32, start: u32, end: u32| {
            let e = &lex.entries[entry as usize];
            let matched = text.get(start as usize..end as usize).unwrap_or("");
            format!("{}:{}: `{}` ← «{}»", lex.files[e.file].path, e.line, e.text, matched)
        };
        for (kind, tag) in p
            .iter()
            .filter(|t| !g.contains(t))
            .map(|&t| ("false positive", t))
            .chain(g.iter().filter(|t| !p.contains(t)).map(|&t| ("false negative", t)))
        {
            let themes = themes_of_tag(tag);
            let evidence = match (classification, row) {
                (Some(c), _) if kind == "false positive" => c
                    .hits
                    .iter()
                    .filter(|h| under(lex.entries[h.entry as usize].theme, &themes))
                    .map(|h| hit_text(h.entry, h.start, h.end))
                    .collect::<Vec<_>>()
                    .join(" | "),
                (Some(c), _) => {
                    let mut why: Vec<String> = c
                        .blocked
                        .iter()
                        .filter(|(h, _)| under(lex.entries[h.entry as usize].theme, &themes))
                        .map(|(h, b)| {
                            let reason = match b {
                                Blocked::Not(_) => "blocked by its NOT",
                                Blocked::Negation => "blocked by a negation",
                            };
                            format!("{} ({reason})", hit_text(h.entry, h.start, h.end))
                        })
                        .collect();
                    let counted: Vec<String> = c
                        .hits
                        .iter()
                        .filter(|h| under(lex.entries[h.entry as usize].theme, &themes))
                        .map(|h| hit_text(h.entry, h.start, h.end))
                        .collect();
                    if !counted.is_empty() {
                        why.push(format!("below @min or excluded: {}", counted.join(" | ")));
                    }
                    if themes.is_empty() {
                        "no theme names this tag".to_string()
                    } else if why.is_empty() {
                        "no entry matched".to_string()
                    } else {
                        why.join(" | ")
                    }
                }
                (None, Some(r)) => r.evidence.clone().unwrap_or_default(),
                (None, None) => String::new(),
            };
            out.push(ReviewRow {
                question_id: question.to_string(),
                id: a.id.clone(),
                kind,
                tag: tags[tag].1.clone(),
                gold_tags: names(g),
                predicted_tags: names(p),
                evidence,
                text: text.clone(),
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Agreement between two annotation files.

#[derive(Debug, Clone, Serialize)]
pub struct AgreementReport {
    pub first: String,
    pub second: String,
    pub min_votes: u32,
    pub first_coded: usize,
    pub second_coded: usize,
    /// Answers both files code: the units compared.
    pub common: usize,
    pub only_first: usize,
    pub only_second: usize,
    pub tags: Vec<AgreementTag>,
    /// Krippendorff's alpha on the pooled binary units (answer, tag).
    pub alpha: Option<f64>,
    /// Cohen's kappa on the same pooled units.
    pub kappa: Option<f64>,
    /// The second file scored against the first as if the first were the reference.
    pub micro_f1_second_against_first: Option<f64>,
    pub macro_f1_second_against_first: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AgreementTag {
    pub tag: String,
    pub first: u64,
    pub second: u64,
    pub both: u64,
    pub agreement: Option<f64>,
    pub kappa: Option<f64>,
    pub alpha: Option<f64>,
}

/// The tags an annotation gives its answer, theme labels of assignments files turned into tags
/// through the lexicons' `@tag` (a theme without `@tag` keeps its label).
fn tags_for_agreement(a: &Annotation, format: Format, min_votes: u32, lex: Option<&LexiconSet>) -> Option<Vec<String>> {
    let tags = coded_tags(a, min_votes, |_| false)?;
    if format != Format::Assignments {
        return Some(tags);
    }
    let Some(lex) = lex else { return Some(tags) };
    let by_label: HashMap<String, usize> =
        (0..lex.themes.len()).map(|t| (lex.theme_label(t).into_owned(), t)).collect();
    let mut out = Vec::new();
    for label in tags {
        match by_label.get(&label) {
            Some(&t) if !lex.themes[t].settings.tags.is_empty() => out.extend(lex.themes[t].settings.tags.clone()),
            Some(_) => {}
            None => out.push(label),
        }
    }
    Some(out)
}

/// Agreement between two annotation files on the answers both code.
pub fn agreement(
    first: &Annotations,
    second: &Annotations,
    min_votes: u32,
    lex: Option<&LexiconSet>,
) -> AgreementReport {
    let with_q = first.has_questions() && second.has_questions();
    let coded = |f: &Annotations| -> BTreeMap<(String, String), Vec<String>> {
        f.items
            .iter()
            .filter_map(|a| tags_for_agreement(a, f.format, min_votes, lex).map(|t| (a.key(with_q), t)))
            .collect()
    };
    let (a, b) = (coded(first), coded(second));
    let mut tags: Vec<(String, String)> = Vec::new();
    let mut index = |tag: &str| {
        let key = tag_key(tag);
        match tags.iter().position(|(k, _)| *k == key) {
            Some(i) => i,
            None => {
                tags.push((key, tag.to_string()));
                tags.len() - 1
            }
        }
    };
    let mut items: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    for (key, ta) in &a {
        if let Some(tb) = b.get(key) {
            let mut x: Vec<usize> = ta.iter().map(|t| index(t)).collect();
            let mut y: Vec<usize> = tb.iter().map(|t| index(t)).collect();
            x.sort_unstable();
            x.dedup();
            y.sort_unstable();
            y.dedup();
            items.push((x, y));
        }
    }
    let scores = metrics::score(&items, tags.len());
    let mut pooled = Table2::default();
    let rows = tags
        .iter()
        .enumerate()
        .map(|(i, (_, display))| {
            let mut t = Table2::default();
            for (x, y) in &items {
                t.add(x.contains(&i), y.contains(&i));
            }
            pooled.merge(t);
            AgreementTag {
                tag: display.clone(),
                first: t.both + t.first_only,
                second: t.both + t.second_only,
                both: t.both,
                agreement: t.agreement(),
                kappa: t.kappa(),
                alpha: t.alpha(),
            }
        })
        .collect();
    AgreementReport {
        first: first.path.clone(),
        second: second.path.clone(),
        min_votes,
        first_coded: a.len(),
        second_coded: b.len(),
        common: items.len(),
        only_first: a.keys().filter(|k| !b.contains_key(*k)).count(),
        only_second: b.keys().filter(|k| !a.contains_key(*k)).count(),
        tags: rows,
        alpha: pooled.alpha(),
        kappa: pooled.kappa(),
        micro_f1_second_against_first: scores.micro.f1(),
        macro_f1_second_against_first: scores.macro_f1,
    }
}

// ---------------------------------------------------------------------------------------------
// Renderings.

fn num(v: Option<f64>) -> String {
    // `-0.000` reads as a sign where there is none.
    v.map_or("–".into(), |v| format!("{:.3}", if v.abs() < 0.0005 { 0.0 } else { v }))
}

fn with_ci(v: Option<f64>, ci: Option<Interval>) -> String {
    match (v, ci) {
        (Some(v), Some(i)) => format!("{v:.3} [{:.2}, {:.2}]", i.low, i.high),
        (Some(v), None) => format!("{v:.3}"),
        _ => "–".into(),
    }
}

fn pct(v: f64) -> String {
    format!("{:.1}%", 100.0 * v)
}

/// A table with its columns padded, in Markdown syntax: readable in a terminal and in a viewer.
pub fn table(header: &[&str], rows: &[Vec<String>], right: &[bool]) -> String {
    let width = |i: usize| {
        rows.iter().map(|r| r[i].chars().count()).chain([header[i].chars().count()]).max().unwrap_or(0).max(3)
    };
    let widths: Vec<usize> = (0..header.len()).map(width).collect();
    let line = |cells: Vec<String>| {
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let pad = " ".repeat(widths[i] - c.chars().count());
                if right.get(i).copied().unwrap_or(false) {
                    format!("{pad}{c}")
                } else {
                    format!("{c}{pad}")
                }
            })
            .collect();
        format!("| {} |\n", padded.join(" | "))
    };
    let mut out = line(header.iter().map(|h| h.to_string()).collect());
    let rule: Vec<String> =
        widths
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if right.get(i).copied().unwrap_or(false) {
                    format!("{}:", "-".repeat(w + 1))
                } else {
                    "-".repeat(w + 2)
                }
            })
            .collect();
    out.push_str(&format!("|{}|\n", rule.join("|")));
    for r in rows {
        out.push_str(&line(r.clone()));
    }
    out
}

impl EvalReport {
    /// The report for people: per question a table of tags, averages, shares and agreement.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let w = &mut out;
        use std::fmt::Write as _;
        let _ = writeln!(w, "# Evaluation against human coding\n");
        let _ = writeln!(w, "- gold: `{}`, {}", self.gold, self.gold_format.label());
        let _ = writeln!(w, "- predictions: {}", self.predictions);
        let _ = writeln!(w, "- lexicons: `{}` (sha256 {})", self.lexicons, &self.lexicon_sha256);
        let rule = if self.gold_format == Format::Long {
            format!("a human tag counts when at least {} annotator(s) applied it", self.min_votes)
        } else {
            "every tag of a row counts".to_string()
        };
        let _ = writeln!(
            w,
            "- rule: {rule}; `Idée marquée` is ignored; `Z Autres` and `Sans réponse / Hors sujet / Inclassable` \
             code an answer with no tag unless a theme names them"
        );
        let _ = writeln!(
            w,
            "- intervals: 95%, Wilson for precision and recall, percentile bootstrap over answers ({} resamples, seed {}) for F1",
            metrics::BOOTSTRAP_RESAMPLES,
            metrics::BOOTSTRAP_SEED
        );
        if let Some(o) = &self.overall {
            let _ = writeln!(
                w,
                "\n**All questions pooled**: {} answers, {} (question, tag) pairs: micro F1 {}, macro F1 {}, α {}",
                o.items,
                o.tags,
                with_ci(o.micro_f1, o.micro_f1_ci),
                with_ci(o.macro_f1, o.macro_f1_ci),
                num(o.alpha)
            );
        }
        for q in &self.questions {
            let _ = writeln!(w, "\n## Q{} {}\n", q.question_id, q.title);
            if !q.debate.is_empty() {
                let _ = writeln!(w, "Debate: {}.", q.debate);
            }
            let _ = write!(
                w,
                "{} answers in the gold; {} coded ({} of them with no scored tag, only residual ones); {} left out (no tag reached the threshold)",
                q.answers, q.coded, q.coded_without_tag, q.not_coded
            );
            if q.without_prediction > 0 {
                let _ = write!(w, "; {} coded answers not in the predictions, left out", q.without_prediction);
            }
            let _ = writeln!(w, ".\n");
            let a = &q.averages;
            let _ = writeln!(
                w,
                "**micro F1 {}** (precision {}, recall {}), **macro F1 {}** over {} tags; agreement with the humans on (answer, tag): α {}, κ {}.\n",
                with_ci(a.micro_f1, a.micro_f1_ci),
                with_ci(a.micro_precision, a.micro_precision_ci),
                with_ci(a.micro_recall, a.micro_recall_ci),
                with_ci(a.macro_f1, a.macro_f1_ci),
                q.tags.iter().filter(|t| t.f1.is_some()).count(),
                num(a.alpha),
                num(a.kappa)
            );
            let rows: Vec<Vec<String>> = q
                .tags
                .iter()
                .map(|t| {
                    vec![
                        if t.themes.is_empty() { format!("{} (no theme)", t.tag) } else { t.tag.clone() },
                        t.support.to_string(),
                        t.predicted.to_string(),
                        t.tp.to_string(),
                        t.fp.to_string(),
                        t.r#fn.to_string(),
                        with_ci(t.precision, t.precision_ci),
                        with_ci(t.recall, t.recall_ci),
                        with_ci(t.f1, t.f1_ci),
                        num(t.kappa),
                        num(t.alpha),
                    ]
                })
                .collect();
            w.push_str(&table(
                &[
                    "tag",
                    "support",
                    "predicted",
                    "TP",
                    "FP",
                    "FN",
                    "precision [95%]",
                    "recall [95%]",
                    "F1 [95%]",
                    "κ",
                    "α",
                ],
                &rows,
                &[false, true, true, true, true, true, false, false, false, true, true],
            ));
            let _ = writeln!(
                w,
                "\nShares of the coded answers, humans against lexicon: Spearman ρ = {} over {} tags. Largest gaps:\n",
                num(q.share_rank_correlation),
                q.tags.len()
            );
            for g in &q.largest_gaps {
                let _ = writeln!(
                    w,
                    "- {}: humans {}, lexicon {} ({:+.1} points)",
                    g.tag,
                    pct(g.gold_share),
                    pct(g.lexicon_share),
                    100.0 * (g.lexicon_share - g.gold_share)
                );
            }
        }
        for n in &self.not_evaluated {
            let _ = writeln!(w, "\nQ{} ({} answers) not evaluated: {}.", n.question_id, n.answers, n.reason);
        }
        out
    }

    /// One row per question and tag, then the micro and macro rows of each question.
    pub fn write_csv(&self, w: impl std::io::Write) -> csv::Result<()> {
        let mut out = crate::report::tables::csv_writer(w);
        out.write_record([
            "question_id",
            "tag",
            "themes",
            "support",
            "predicted",
            "tp",
            "fp",
            "fn",
            "precision",
            "precision_low",
            "precision_high",
            "recall",
            "recall_low",
            "recall_high",
            "f1",
            "f1_low",
            "f1_high",
            "gold_share",
            "lexicon_share",
            "kappa",
            "alpha",
        ])?;
        let f = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v:.4}"));
        let lo = |i: Option<Interval>| f(i.map(|i| i.low));
        let hi = |i: Option<Interval>| f(i.map(|i| i.high));
        let safe = |s: &str| crate::report::tables::safe_cell(s).into_owned();
        for q in &self.questions {
            for t in &q.tags {
                out.write_record([
                    safe(&q.question_id),
                    safe(&t.tag),
                    safe(&t.themes.join(" | ")),
                    t.support.to_string(),
                    t.predicted.to_string(),
                    t.tp.to_string(),
                    t.fp.to_string(),
                    t.r#fn.to_string(),
                    f(t.precision),
                    lo(t.precision_ci),
                    hi(t.precision_ci),
                    f(t.recall),
                    lo(t.recall_ci),
                    hi(t.recall_ci),
                    f(t.f1),
                    lo(t.f1_ci),
                    hi(t.f1_ci),
                    f(Some(t.gold_share)),
                    f(Some(t.lexicon_share)),
                    f(t.kappa),
                    f(t.alpha),
                ])?;
            }
            average_rows(&mut out, &q.question_id, &q.averages, &f)?;
        }
        if let Some(o) = &self.overall {
            average_rows(&mut out, "all", o, &f)?;
        }
        out.flush()?;
        Ok(())
    }

    /// Every false positive and false negative with its answer and the entries behind it.
    pub fn write_review_csv(&self, w: impl std::io::Write) -> csv::Result<()> {
        let mut out = crate::report::tables::csv_writer(w);
        out.write_record(["question_id", "id", "kind", "tag", "gold_tags", "predicted_tags", "evidence", "text"])?;
        let safe = |s: &str| crate::report::tables::safe_cell(s).into_owned();
        for q in &self.questions {
            for r in &q.review {
                out.write_record([
                    safe(&r.question_id),
                    safe(&r.id),
                    r.kind.to_string(),
                    safe(&r.tag),
                    safe(&r.gold_tags.join(" | ")),
                    safe(&r.predicted_tags.join(" | ")),
                    safe(&r.evidence),
                    safe(&r.text),
                ])?;
            }
        }
        out.flush()?;
        Ok(())
    }
}

fn average_rows<W: std::io::Write>(
    out: &mut csv::Writer<W>,
    question: &str,
    a: &Averages,
    f: &dyn Fn(Option<f64>) -> String,
) -> csv::Result<()> {
    let lo = |i: Option<Interval>| f(i.map(|i| i.low));
    let hi = |i: Option<Interval>| f(i.map(|i| i.high));
    out.write_record([
        question.to_string(),
        "(micro average)".into(),
        String::new(),
        a.micro.support().to_string(),
        a.micro.predicted().to_string(),
        a.micro.tp.to_string(),
        a.micro.fp.to_string(),
        a.micro.r#fn.to_string(),
        f(a.micro_precision),
        lo(a.micro_precision_ci),
        hi(a.micro_precision_ci),
        f(a.micro_recall),
        lo(a.micro_recall_ci),
        hi(a.micro_recall_ci),
        f(a.micro_f1),
        lo(a.micro_f1_ci),
        hi(a.micro_f1_ci),
        String::new(),
        String::new(),
        f(a.kappa),
        f(a.alpha),
    ])?;
    let mut row = vec![question.to_string(), "(macro average)".into()];
    row.extend(std::iter::repeat_n(String::new(), 12));
    row.extend([f(a.macro_f1), lo(a.macro_f1_ci), hi(a.macro_f1_ci)]);
    row.extend(std::iter::repeat_n(String::new(), 4));
    out.write_record(row)
}

impl AgreementReport {
    pub fn to_markdown(&self) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        let w = &mut out;
        let _ = writeln!(w, "# Agreement between two codings\n");
        let _ = writeln!(w, "- first: `{}` ({} answers coded)", self.first, self.first_coded);
        let _ = writeln!(w, "- second: `{}` ({} answers coded)", self.second, self.second_coded);
        let _ = writeln!(
            w,
            "- compared: the {} answers both code ({} only in the first, {} only in the second); long files: a tag counts with at least {} vote(s)",
            self.common, self.only_first, self.only_second, self.min_votes
        );
        let _ = writeln!(
            w,
            "\nKrippendorff's α (nominal, pooled binary units (answer, tag)) = **{}**; Cohen's κ on the same units = {}; \
             the second scored against the first: micro F1 {}, macro F1 {}.\n",
            num(self.alpha),
            num(self.kappa),
            num(self.micro_f1_second_against_first),
            num(self.macro_f1_second_against_first)
        );
        let rows: Vec<Vec<String>> = self
            .tags
            .iter()
            .map(|t| {
                vec![
                    t.tag.clone(),
                    t.first.to_string(),
                    t.second.to_string(),
                    t.both.to_string(),
                    num(t.agreement),
                    num(t.kappa),
                    num(t.alpha),
                ]
            })
            .collect();
        w.push_str(&table(
            &["tag", "first", "second", "both", "agreement", "κ", "α"],
            &rows,
            &[false, true, true, true, true, true, true],
        ));
        out
    }

    pub fn write_csv(&self, w: impl std::io::Write) -> csv::Result<()> {
        let mut out = crate::report::tables::csv_writer(w);
        out.write_record(["tag", "first", "second", "both", "agreement", "kappa", "alpha"])?;
        let f = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v:.4}"));
        for t in &self.tags {
            out.write_record([
                crate::report::tables::safe_cell(&t.tag).into_owned(),
                t.first.to_string(),
                t.second.to_string(),
                t.both.to_string(),
                f(t.agreement),
                f(t.kappa),
                f(t.alpha),
            ])?;
        }
        out.write_record(["(pooled)", "", "", "", "", &f(self.kappa), &f(self.alpha)])?;
        out.flush()?;
        Ok(())
    }
}
