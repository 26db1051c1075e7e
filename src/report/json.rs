//! `run.json`: the run's figures for machines, with the versions and hashes needed to reproduce
//! them. Keys are sorted (serde_json's default map), so the file is byte-stable.
//!
//! The document is streamed rather than built as one `Value`: on a large run that tree held tens
//! of megabytes at the end of the run. The top-level object (and `geography`) is written by hand,
//! in the sorted key order serde_json would give, and its big arrays one element at a time, so only
//! one element's `Value` exists at once; the output is the same bytes as pretty-printing the tree.

use crate::aggregate::dups::CAMPAIGNS_SHOWN;
use std::io::{self, Write};

use serde_json::{json, Value};

use super::{wilson, RunSummary, TOOL};
use crate::aggregate::breakdown::{Slice, UNKNOWN_WEEK};
use crate::aggregate::{dates, geo, kwic_rule, quotes_rule, Group, GroupKey, Tally};
use crate::lexicon::LexiconSet;

pub fn write(w: &mut dyn Write, run: &RunSummary) -> io::Result<()> {
    let lex = &run.matcher.lexicons;
    let tally = run.tally;
    let settings = &tally.settings;
    let (read, analysed, skipped, rejected) = tally.totals();
    let (answers, answers_once) = tally.answers();
    let mut doc = Object::open(w, 0)?;
    doc.member("analysis", &json!(crate::text::ANALYSIS_STEPS))?;
    doc.member("command", &json!(run.command))?;
    doc.member("duplicates", &duplicates(tally, lex))?;
    doc.array("entries", entries(tally, lex))?;
    geography(doc.object("geography")?, tally, lex)?;
    doc.array("groups", tally.groups.iter().map(|(key, g)| group(key, g, lex)))?;
    doc.array("inputs", inputs(tally))?;
    doc.member("kwic_rule", &json!(kwic_rule()))?;
    doc.member("lexicons", &json!({"sha256": lex.combined_sha256(), "files": lexicons(lex)}))?;
    doc.member("notes", &json!(tally.notes))?;
    doc.member("quotation_rule", &json!(quotes_rule()))?;
    doc.member(
        "rules",
        &json!({
            "respondents": crate::aggregate::respondents::RULE,
            "weighting": if settings.weight_by_author { Value::from(crate::aggregate::respondents::WEIGHT_RULE) } else { Value::Null },
            "duplicates": crate::aggregate::dups::rule(settings.campaign_size),
            "geography": geo::RULE,
            "specificity": crate::aggregate::breakdown::specificity_rule(),
            "review": crate::aggregate::review::rule(settings),
            "confidence_intervals": super::CI_RULE,
        }),
    )?;
    doc.member(
        "settings",
        &json!({
            "campaign_size": settings.campaign_size, "weight_by_author": settings.weight_by_author,
            "review_seed": settings.review_seed, "review_per_theme": settings.review_per_theme,
            "review_unclassified": settings.review_unclassified,
        }),
    )?;
    doc.array(
        "sources",
        tally.breakdowns.sources.iter().map(|(name, s)| {
            let mut v = slice(s, lex);
            v["source"] = json!(name);
            v
        }),
    )?;
    doc.array("specificities", specificities(tally, lex))?;
    doc.member("stemmer", &json!(crate::text::stem::STEMMER_NAME))?;
    doc.member("tool", &json!(TOOL))?;
    doc.member(
        "totals",
        &json!({
            "read": read, "analysed": analysed, "skipped": skipped, "rejected": rejected,
            "contributors": tally.respondents.contributors(), "answers": answers, "answers_campaigns_once": answers_once,
        }),
    )?;
    doc.array("weeks", weeks(tally, lex))?;
    doc.close()?;
    w.write_all(b"\n")
}

/// A JSON object written member by member, laid out as `to_writer_pretty` lays out a map.
/// Every value still goes through a `Value`, so the objects inside keep serde_json's sorted keys.
struct Object<'w> {
    w: &'w mut dyn Write,
    /// Nesting of the `{`: its members are indented one level more.
    depth: usize,
    /// The previous key: a hand-written object must keep the order serde_json's map would give.
    last: &'static str,
}

impl<'w> Object<'w> {
    fn open(w: &'w mut dyn Write, depth: usize) -> io::Result<Self> {
        w.write_all(b"{")?;
        Ok(Object { w, depth, last: "" })
    }

    fn key(&mut self, key: &'static str) -> io::Result<()> {
        assert!(self.last < key, "run.json: key {key:?} written after {:?}", self.last);
        self.w.write_all(if self.last.is_empty() { b"\n" } else { b",\n" })?;
        self.last = key;
        indent(self.w, self.depth + 1)?;
        serde_json::to_writer(&mut *self.w, key)?;
        self.w.write_all(b": ")
    }

    /// `"key": value`, the value built whole.
    fn member(&mut self, key: &'static str, value: &Value) -> io::Result<()> {
        self.key(key)?;
        pretty(self.w, self.depth + 1, value)
    }

    /// `"key": [...]`, each element built, written and dropped before the next.
    fn array(&mut self, key: &'static str, items: impl Iterator<Item = Value>) -> io::Result<()> {
        self.key(key)?;
        self.w.write_all(b"[")?;
        let mut empty = true;
        for item in items {
            self.w.write_all(if empty { b"\n" } else { b",\n" })?;
            empty = false;
            indent(self.w, self.depth + 2)?;
            pretty(self.w, self.depth + 2, &item)?;
        }
        if !empty {
            self.w.write_all(b"\n")?;
            indent(self.w, self.depth + 1)?;
        }
        self.w.write_all(b"]")
    }

    /// `"key": {...}`, written member by member in turn; `close` it before the next key.
    fn object(&mut self, key: &'static str) -> io::Result<Object<'_>> {
        self.key(key)?;
        Object::open(&mut *self.w, self.depth + 1)
    }

    fn close(self) -> io::Result<()> {
        if !self.last.is_empty() {
            self.w.write_all(b"\n")?;
            indent(self.w, self.depth)?;
        }
        self.w.write_all(b"}")
    }
}

fn indent(w: &mut dyn Write, depth: usize) -> io::Result<()> {
    (0..depth).try_for_each(|_| w.write_all(b"  "))
}

/// `value` pretty-printed as if `depth` levels deep. serde_json starts at column 0; JSON strings
/// hold no raw newline, so indenting after every '\n' it writes places the whole value.
fn pretty(w: &mut dyn Write, depth: usize, value: &Value) -> io::Result<()> {
    struct Indented<'a> {
        w: &'a mut dyn Write,
        depth: usize,
    }
    impl Write for Indented<'_> {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            for line in buf.split_inclusive(|&b| b == b'\n') {
                self.w.write_all(line)?;
                if line.ends_with(b"\n") {
                    indent(self.w, self.depth)?;
                }
            }
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            self.w.flush()
        }
    }
    Ok(serde_json::to_writer_pretty(Indented { w, depth }, value)?)
}

fn inputs(tally: &Tally) -> impl Iterator<Item = Value> + '_ {
    tally.inputs.iter().map(|i| {
        json!({
            "path": i.shown, "format": i.format, "source": i.source, "encoding": i.encoding, "sha256": i.sha256, "bytes": i.bytes,
            "duplicate_ids": i.duplicate_ids,
            "read": i.read(), "analysed": i.analysed, "skipped": i.skipped, "rejected": i.rejected, "notes": i.notes,
        })
    })
}

fn lexicons(lex: &LexiconSet) -> Vec<Value> {
    lex.files
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
        .collect()
}

fn group(key: &GroupKey, g: &Group, lex: &LexiconSet) -> Value {
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
}

fn entries<'a>(tally: &'a Tally, lex: &'a LexiconSet) -> impl Iterator<Item = Value> + 'a {
    lex.entries.iter().enumerate().map(|(e, entry)| {
        json!({"file": lex.files[entry.file].path, "line": entry.line, "entry": entry.text, "theme": lex.theme_label(entry.theme),
               "hits": tally.entry_hits[e], "answers": tally.entry_answers[e]})
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

fn geography(mut out: Object, tally: &Tally, lex: &LexiconSet) -> io::Result<()> {
    let g = geo::geography();
    let b = &tally.breakdowns;
    let zips: serde_json::Map<String, Value> = b
        .zips
        .iter()
        .map(|(k, z)| (k.key().to_owned(), json!({"records": z.records, "examples": z.examples})))
        .collect();
    out.array(
        "departements",
        g.departements.iter().zip(&b.departements).map(|(d, s)| json!({"code": d.code, "name": d.name, "region": g.regions[d.region].name, "records": s.records, "answers": s.answers, "classified": s.classified})),
    )?;
    out.member("postal_codes", &Value::Object(zips))?;
    out.array(
        "regions",
        g.regions.iter().zip(b.regions()).map(|(r, s)| {
            let mut v = slice(&s, lex);
            v["code"] = json!(r.code);
            v["name"] = json!(r.name);
            v
        }),
    )?;
    out.member("unknown", &slice(b.departements.last().expect("the unknown slice"), lex))?;
    out.close()
}

fn weeks<'a>(tally: &'a Tally, lex: &'a LexiconSet) -> impl Iterator<Item = Value> + 'a {
    tally.breakdowns.weeks.iter().map(|(monday, s)| {
        let mut v = slice(s, lex);
        v["week_start"] = json!(monday);
        v["iso_week"] = if monday == UNKNOWN_WEEK {
            json!(UNKNOWN_WEEK)
        } else {
            json!(dates::iso_week(dates::day_number(monday).expect("a date")))
        };
        v
    })
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

fn specificities<'a>(tally: &'a Tally, lex: &'a LexiconSet) -> impl Iterator<Item = Value> + 'a {
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
