//! `run.json`: the run's figures for machines, with the versions and hashes needed to reproduce
//! them. Keys are sorted (serde_json's default map), so the file is byte-stable.

use std::io::Write;

use serde_json::{json, Value};

use super::{RunSummary, TOOL};
use crate::aggregate::quotes_rule;

pub fn write(w: &mut dyn Write, run: &RunSummary) -> std::io::Result<()> {
    let value = to_value(run);
    serde_json::to_writer_pretty(&mut *w, &value)?;
    w.write_all(b"\n")
}

pub fn to_value(run: &RunSummary) -> Value {
    let lex = &run.matcher.lexicons;
    let tally = run.tally;
    let (read, analysed, skipped, rejected) = tally.totals();
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
                    let quotes: Vec<Value> = g.quotes.get(&t).into_iter().flatten().map(|q| json!({"record_id": q.record_id, "text": q.text, "matched": q.spans})).collect();
                    json!({"theme": lex.theme_label(t as usize), "answers": n, "share": round4(n, g.texts), "quotes": quotes})
                })
                .collect();
            json!({
                "source": key.source, "question_id": g.question.id, "question": g.question.title,
                "answers": g.texts, "classified": g.classified, "unclassified": g.texts - g.classified,
                "themes": themes, "choices": g.choices,
            })
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
        "command": run.command,
        "lexicons": {"sha256": lex.combined_sha256(), "files": lexicons},
        "inputs": inputs,
        "notes": tally.notes,
        "totals": {"read": read, "analysed": analysed, "skipped": skipped, "rejected": rejected},
        "groups": groups,
        "entries": entries,
    })
}

fn round4(n: u64, total: u64) -> f64 {
    if total == 0 {
        0.0
    } else {
        (n as f64 / total as f64 * 10_000.0).round() / 10_000.0
    }
}
