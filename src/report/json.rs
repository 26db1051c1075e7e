//! `run.json`: the run's figures for machines, with the versions and hashes needed to reproduce
//! them. Keys are sorted (serde_json's default map), so the file is byte-stable.

use crate::aggregate::dups::CAMPAIGNS_SHOWN;
use std::io::Write;

use serde_json::{json, Value};

use super::{wilson, RunSummary, TOOL};
use crate::aggregate::breakdown::{Slice, UNKNOWN_WEEK};
use crate::aggregate::{dates, geo, kwic_rule, quotes_rule, Tally};
use crate::lexicon::LexiconSet;

pub fn write(w: &mut dyn Write, run: &RunSummary) -> std::io::Result<()> {
    let value = to_value(run);
    serde_json::to_writer_pretty(&mut *w, &value)?;
    w.write_all(b"\n")
}

pub fn to_value(run: &RunSummary) -> Value {
    let lex = &run.matcher.lexicons;
    let tally = run.tally;
    let (read, analysed, skipped, rejected) = tally.totals();
    let (answers, answers_once) = tally.answers();
    let inputs: Vec<Value> = tally
        .inputs
        .iter()
        .map(|i| {
            json!({
                "path": i.shown, "format": i.format, "source": i.source, "encoding": i.encoding, "sha256": i.sha256, "bytes": i.bytes,
                "duplicate_ids": i.duplicate_ids,
                "read": i.read(), "analysed": i.analysed, "skipped": i.skipped, "rejected": i.rejected, "notes": i.notes,
            })
        })
        .collect();
    let lexicons: Vec<Value> = lex
        .files
        .iter()
        .enumerate()
        .map(|(f, file)| {
            json!({
                "path": file.path, "name": file.name, "sha256": file.sha256, "topics": file.topics, "questions": file.questions,
                "accents": format!("{:?}", file.accents).to_lowercase(),
                "themes": lex.themes.iter().filter(|t| t.file == f).count(),
                "entries": lex.entries.iter().filter(|e| e.file == f).count(),
            })
        })
        .collect();
    let groups: Vec<Value> = tally
        .groups
        .iter()
        .map(|(key, g)| {
            let themes: Vec<Value> = g
                .themes
                .iter()
                .map(|(&t, &n)| {
                    let quotes: Vec<Value> = g
                        .quotes
                        .get(&t)
                        .into_iter()
                        .flatten()
                        .map(|q| json!({"record_id": q.record_id, "input": q.input, "line": q.line, "text": q.text, "matched": q.spans}))
                        .collect();
                    let kwic: Vec<Value> = g
                        .kwic
                        .get(&t)
                        .into_iter()
                        .flatten()
                        .map(|k| json!({"record_id": k.record_id, "left": k.left, "keyword": k.keyword, "right": k.right}))
                        .collect();
                    let r = g.theme_respondents.get(&t).copied().unwrap_or(0);
                    let mut v = json!({
                        "theme": lex.theme_label(t as usize), "answers": n, "share": round4(n, g.texts), "share_ci95": ci(n, g.texts),
                        "respondents": r, "respondent_share": round4(r, g.respondents), "respondent_share_ci95": ci(r, g.respondents),
                        "answers_campaigns_once": g.once.themes.get(&t).copied().unwrap_or(0),
                        "quotes": quotes, "kwic": kwic,
                    });
                    if let Some(w) = &g.weighted {
                        v["weighted_answers"] = json!(round4f(w.themes.get(&t).copied().unwrap_or(0.0)));
                    }
                    v
                })
                .collect();
            let mut v = json!({
                "source": key.source, "question_id": g.question.id, "question": g.question.title,
                "answers": g.texts, "classified": g.classified, "unclassified": g.texts - g.classified,
                "respondents": g.respondents, "classified_respondents": g.classified_respondents,
                "answers_campaigns_once": g.once.texts, "classified_campaigns_once": g.once.classified,
                "themes": themes, "choices": g.choices,
            });
            if let Some(w) = &g.weighted {
                v["weighted_classified"] = json!(round4f(w.classified));
            }
            v
        })
        .collect();
    let entries: Vec<Value> = lex
        .entries
        .iter()
        .enumerate()
        .map(|(e, entry)| {
            json!({"file": lex.files[entry.file].path, "line": entry.line, "entry": entry.text, "theme": lex.theme_label(entry.theme),
                   "hits": tally.entry_hits[e], "answers": tally.entry_answers[e]})
        })
        .collect();
    json!({
        "tool": TOOL,
        "stemmer": crate::text::stem::STEMMER_NAME,
        "analysis": crate::text::ANALYSIS_STEPS,
        "quotation_rule": quotes_rule(),
        "kwic_rule": kwic_rule(),
        "settings": {
            "campaign_size": tally.settings.campaign_size, "weight_by_author": tally.settings.weight_by_author,
            "review_seed": tally.settings.review_seed, "review_per_theme": tally.settings.review_per_theme,
            "review_unclassified": tally.settings.review_unclassified,
        },
        "rules": {
            "respondents": crate::aggregate::respondents::RULE,
            "weighting": if tally.settings.weight_by_author { Value::from(crate::aggregate::respondents::WEIGHT_RULE) } else { Value::Null },
            "duplicates": crate::aggregate::dups::rule(tally.settings.campaign_size),
            "geography": geo::RULE,
            "specificity": crate::aggregate::breakdown::specificity_rule(),
            "review": crate::aggregate::review::rule(&tally.settings),
            "confidence_intervals": super::CI_RULE,
        },
        "command": run.command,
        "lexicons": {"sha256": lex.combined_sha256(), "files": lexicons},
        "inputs": inputs,
        "notes": tally.notes,
        "totals": {
            "read": read, "analysed": analysed, "skipped": skipped, "rejected": rejected,
            "contributors": tally.respondents.contributors(), "answers": answers, "answers_campaigns_once": answers_once,
        },
        "groups": groups,
        "duplicates": duplicates(tally, lex),
        "geography": geography(tally, lex),
        "weeks": weeks(tally, lex),
        "sources": tally.breakdowns.sources.iter().map(|(name, s)| { let mut v = slice(s, lex); v["source"] = json!(name); v }).collect::<Vec<_>>(),
        "specificities": specificities(tally, lex),
        "entries": entries,
    })
}

/// Contributions, answers and themes (label → answers, themes with answers only) of a slice.
fn slice(s: &Slice, lex: &LexiconSet) -> Value {
    let themes: serde_json::Map<String, Value> = s
        .themes
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 0)
        .map(|(t, &n)| (lex.theme_label(t).into_owned(), json!(n)))
        .collect();
    json!({"records": s.records, "answers": s.answers, "classified": s.classified, "themes": themes})
}

fn geography(tally: &Tally, lex: &LexiconSet) -> Value {
    let g = geo::geography();
    let b = &tally.breakdowns;
    let regions = b.regions();
    let zips: serde_json::Map<String, Value> = b
        .zips
        .iter()
        .map(|(k, z)| (k.key().to_owned(), json!({"records": z.records, "examples": z.examples})))
        .collect();
    let with = |mut v: Value, fields: Value| {
        for (k, x) in fields.as_object().expect("an object") {
            v[k] = x.clone();
        }
        v
    };
    json!({
        "postal_codes": zips,
        "regions": g.regions.iter().zip(&regions).map(|(r, s)| with(slice(s, lex), json!({"code": r.code, "name": r.name}))).collect::<Vec<_>>(),
        "departements": g.departements.iter().zip(&b.departements).map(|(d, s)| json!({"code": d.code, "name": d.name, "region": g.regions[d.region].name, "records": s.records, "answers": s.answers, "classified": s.classified})).collect::<Vec<_>>(),
        "unknown": slice(b.departements.last().expect("the unknown slice"), lex),
    })
}

fn weeks(tally: &Tally, lex: &LexiconSet) -> Vec<Value> {
    tally
        .breakdowns
        .weeks
        .iter()
        .map(|(monday, s)| {
            let mut v = slice(s, lex);
            v["week_start"] = json!(monday);
            v["iso_week"] = if monday == UNKNOWN_WEEK {
                json!(UNKNOWN_WEEK)
            } else {
                json!(dates::iso_week(dates::day_number(monday).expect("a date")))
            };
            v
        })
        .collect()
}

fn duplicates(tally: &Tally, lex: &LexiconSet) -> Value {
    let d = &tally.dups;
    let campaigns: Vec<Value> = tally
        .campaigns
        .iter()
        .take(CAMPAIGNS_SHOWN)
        .map(|&c| {
            let group = &d.groups[c];
            let questions: Vec<Value> = group
                .questions()
                .iter()
                .map(|(&gid, &n)| {
                    let key = &tally.group_keys[gid as usize];
                    json!({"source": key.source, "question_id": tally.groups[key].question.id, "answers": n})
                })
                .collect();
            let themes: serde_json::Map<String, Value> = group
                .themes(&tally.sets)
                .iter()
                .map(|(&t, &n)| (lex.theme_label(t as usize).into_owned(), json!(n)))
                .collect();
            json!({
                "size": group.size, "variants": group.variants, "words": group.words,
                "first_day": group.first_day().map(dates::civil),
                "sample": group.sample, "sample_record": group.sample_record(), "record_ids": group.record_ids(),
                "questions": questions, "themes": themes,
            })
        })
        .collect();
    json!({
        "answers": d.answers, "distinct_texts": d.distinct_texts(), "repeated_texts": d.repeated_texts(),
        "exact_repeats": d.exact_repeats, "near_joins": d.near_joins, "not_indexed": d.not_indexed,
        "groups": d.groups.len(), "campaigns": campaigns, "campaign_count": tally.campaigns.len(),
        "campaigns_listed": format!("the {} largest; campaigns.csv lists them all", CAMPAIGNS_SHOWN),
        "campaign_submissions": tally.campaigns.iter().map(|&c| d.groups[c].size).sum::<u64>(),
    })
}

fn specificities(tally: &Tally, lex: &LexiconSet) -> Vec<Value> {
    tally
        .specificities
        .iter()
        .map(|s| {
            json!({
                "dimension": s.dimension, "group": s.group, "theme": lex.theme_label(s.theme as usize),
                "direction": if s.over() { "over" } else { "under" },
                "observed": s.observed, "expected": (s.expected * 100.0).round() / 100.0, "g2": (s.g2 * 100.0).round() / 100.0,
                "group_answers": s.group_answers, "theme_answers": s.theme_answers, "all_answers": s.all_answers,
            })
        })
        .collect()
}

fn ci(k: u64, n: u64) -> Value {
    let (lo, hi) = wilson(k, n);
    json!([(lo * 10_000.0).round() / 10_000.0, (hi * 10_000.0).round() / 10_000.0])
}

fn round4f(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn round4(n: u64, total: u64) -> f64 {
    if total == 0 {
        0.0
    } else {
        (n as f64 / total as f64 * 10_000.0).round() / 10_000.0
    }
}
