//! `synthese explain`: why a text lands in its themes. Shows every word with its analysed
//! forms, every entry that matched (file, line, the words it covered), the matches that rules
//! dropped and why, and the resulting themes with their scores; as text for people (coloured on
//! a terminal) or as JSON.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;

use serde_json::{json, Value};

use super::Failure;
use synthese::classify::{Blocked, Matcher, Scope};
use synthese::pipeline::{self, Event};
use synthese::text;

/// Explain how the lexicons classify a text: its words, the entries that matched, the themes.
///
/// Examples:
///   synthese explain "Rétablir l'ISF et supprimer la taxe carbone"
///   echo "plus de transports en commun" | synthese explain -
///   synthese explain --file answer.txt --topic "Transition écologique"
///   synthese explain --record 1-42                  # a record of corpus/ (or of the INPUTs)
///   synthese explain --json "les 80 km/h"
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct ExplainArgs {
    /// The text to explain; `-` reads it from standard input.
    #[arg(required_unless_present_any = ["file", "record"])]
    pub text: Option<String>,
    /// Read the text from this file.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["text", "record"])]
    pub file: Option<PathBuf>,
    /// Explain the answers of the record with this id (the official `reference`, a Politizr uuid…).
    #[arg(long, value_name = "ID", conflicts_with = "text")]
    pub record: Option<String>,
    /// With --record: files or folders to look in (default: corpus/).
    #[arg(long = "in", value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub input: super::InputArgs,
    /// A .lex file or a folder of them.
    #[arg(long, default_value = "lexicons", value_name = "DIR")]
    pub lexicons: PathBuf,
    /// The answer's topic (the debate for granddebat.fr), for lexicons limited with @topics.
    #[arg(long)]
    pub topic: Option<String>,
    /// The answer's question id, for lexicons limited with @questions.
    #[arg(long)]
    pub question: Option<String>,
    /// The answer's source (platform), for lexicons limited with @sources.
    #[arg(long)]
    pub source: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: ExplainArgs) -> Result<(), Failure> {
    let matcher = super::load_lexicons(&args.lexicons)?;
    let mut explained: Vec<Value> = Vec::new();
    if let Some(id) = &args.record {
        let inputs = if args.inputs.is_empty() { vec![PathBuf::from("corpus")] } else { args.inputs.clone() };
        let (files, _) = pipeline::expand_inputs(&inputs)?;
        let pool = pipeline::thread_pool(0)?;
        let progress = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let mut source = String::new();
        let mut shown = String::new();
        pipeline::stream(&files, &args.input.options()?, &matcher, &pool, &progress, |event| {
            match event {
                Event::Input(opened) => (source, shown) = (opened.source.clone(), opened.shown.clone()),
                Event::Record(record, _) if record.id == *id => {
                    for (question, text) in pipeline::free_texts(record) {
                        let scope = Scope {
                            topic: record.topic.as_deref().or_else(|| synthese::ingest::questions::debate_of(question)),
                            question: Some(question),
                            source: Some(&source),
                        };
                        let mut value = explain(&matcher, text, scope);
                        value["record"] =
                            json!({"input": shown, "line": record.line, "id": record.id, "question": question});
                        explained.push(value);
                    }
                }
                _ => {}
            }
            Ok(())
        })?;
        if explained.is_empty() {
            return Err(
                format!("no record `{id}` with a free-text answer in the {} input files read", files.len()).into()
            );
        }
    } else {
        let text = match (&args.file, args.text.as_deref()) {
            (Some(path), _) => {
                std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", synthese::paths::display(path)))?
            }
            (None, Some("-")) => {
                let mut s = String::new();
                std::io::stdin().read_to_string(&mut s).map_err(|e| format!("standard input: {e}"))?;
                s
            }
            (None, Some(t)) => t.to_owned(),
            (None, None) => unreachable!("clap requires a text, --file or --record"),
        };
        let topic =
            args.topic.as_deref().or_else(|| args.question.as_deref().and_then(synthese::ingest::questions::debate_of));
        let scope = Scope { topic, question: args.question.as_deref(), source: args.source.as_deref() };
        explained.push(explain(&matcher, &text, scope));
    }
    if args.json {
        let value = if explained.len() == 1 { explained.remove(0) } else { Value::Array(explained) };
        return super::print(&format!("{}\n", serde_json::to_string_pretty(&value).expect("JSON values serialise")));
    }
    let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let text: Vec<String> = explained.iter().map(|v| render(v, colour)).collect();
    super::print(&text.join("\n"))
}

/// Everything about one text, as JSON (the text output is rendered from it).
fn explain(matcher: &Matcher, text: &str, scope: Scope) -> Value {
    let c = matcher.classify(text, scope);
    let lex = &matcher.lexicons;
    let words: Vec<Value> = text::words(text)
        .map(|w| match text::analyse_word(w.text, matcher.stemmer()) {
            Some(a) => json!({"word": w.text, "start": w.start, "end": w.end(), "form": a.form, "folded": a.folded,
                              "stem": a.stem, "folded_stem": a.folded_stem, "stop_word": a.stop}),
            None => json!({"word": w.text, "start": w.start, "end": w.end(), "dropped": "nothing left after elision"}),
        })
        .collect();
    let hit = |h: &synthese::classify::Hit| {
        let e = &lex.entries[h.entry as usize];
        json!({"entry": e.text, "file": lex.files[e.file].path, "line": e.line, "theme": lex.theme_label(e.theme),
               "weight": e.weight as f64 / synthese::lexicon::WEIGHT_ONE as f64,
               "start": h.start, "end": h.end, "matched": &text[h.start as usize..h.end as usize]})
    };
    let matches: Vec<Value> = c.hits.iter().map(hit).collect();
    let blocked: Vec<Value> = c
        .blocked
        .iter()
        .map(|(h, why)| {
            let mut v = hit(h);
            v["blocked_by"] = json!(match why {
                Blocked::Not(k) => format!("NOT #{} of the entry", k + 1),
                Blocked::Negation => "a negation word before it (@negation)".to_string(),
            });
            v
        })
        .collect();
    let mut scores: Vec<(usize, i64)> = Vec::new();
    for h in &c.hits {
        let e = &lex.entries[h.entry as usize];
        match scores.iter_mut().find(|(t, _)| *t == e.theme) {
            Some(s) => s.1 += e.weight,
            None => scores.push((e.theme, e.weight)),
        }
    }
    let one = synthese::lexicon::WEIGHT_ONE as f64;
    let scores: Vec<Value> = scores
        .iter()
        .map(|&(t, s)| json!({"theme": lex.theme_label(t), "score": s as f64 / one, "min": lex.themes[t].settings.min_score as f64 / one}))
        .collect();
    let in_scope: Vec<&str> = matcher
        .in_scope(scope)
        .files
        .iter()
        .zip(&lex.files)
        .filter(|(on, _)| **on)
        .map(|(_, f)| f.path.as_str())
        .collect();
    json!({
        "text": text,
        "lexicons_applied": in_scope,
        "words": words,
        "matches": matches,
        "blocked": blocked,
        "scores": scores,
        "excluded_themes": c.excluded_themes.iter().map(|&t| lex.theme_label(t as usize)).collect::<Vec<_>>(),
        "themes": c.themes.iter().map(|&t| lex.theme_label(t as usize)).collect::<Vec<_>>(),
    })
}

fn render(v: &Value, colour: bool) -> String {
    let paint = |code: &str, s: &str| if colour { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_owned() };
    let str_of = |v: &Value| v.as_str().unwrap_or("").to_owned();
    let mut out = String::new();
    if let Some(r) = v.get("record") {
        outln!(
            out,
            "{}",
            paint(
                "1",
                &format!(
                    "Record {} ({}:{}), question {}",
                    str_of(&r["id"]),
                    str_of(&r["input"]),
                    r["line"],
                    str_of(&r["question"])
                )
            )
        );
    }
    // The text with the matched words marked.
    let text = str_of(&v["text"]);
    let mut marked = String::new();
    let mut at = 0;
    let mut spans: Vec<(usize, usize)> = v["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize))
        .collect();
    spans.sort();
    for (s, e) in spans {
        if s < at {
            continue;
        }
        marked.push_str(&text[at..s]);
        marked.push_str(&if colour { paint("1;32", &text[s..e]) } else { format!("[{}]", &text[s..e]) });
        at = e;
    }
    marked.push_str(&text[at..]);
    outln!(out, "{}\n", marked.trim_end());
    let applied: Vec<String> = v["lexicons_applied"].as_array().unwrap().iter().map(str_of).collect();
    outln!(
        out,
        "Lexicons applied: {}",
        if applied.is_empty() { "none (see @topics / @questions / @sources)".into() } else { applied.join(", ") }
    );
    outln!(out, "\nWords (form → stem, accents folded; · = stop word):");
    for w in v["words"].as_array().unwrap() {
        let stop = if w["stop_word"] == true { " ·" } else { "" };
        match w.get("folded_stem") {
            Some(stem) => outln!(out, "  {:<20} {} → {}{stop}", str_of(&w["word"]), str_of(&w["folded"]), str_of(stem)),
            None => outln!(out, "  {:<20} (dropped: nothing left after elision)", str_of(&w["word"])),
        }
    }
    outln!(out, "\nMatches:");
    let matches = v["matches"].as_array().unwrap();
    if matches.is_empty() {
        outln!(out, "  none");
    }
    for m in matches {
        outln!(
            out,
            "  «{}» at {}..{}  ← `{}`  {}:{}  → {}",
            paint("32", &str_of(&m["matched"])),
            m["start"],
            m["end"],
            str_of(&m["entry"]),
            str_of(&m["file"]),
            m["line"],
            str_of(&m["theme"])
        );
    }
    let blocked = v["blocked"].as_array().unwrap();
    if !blocked.is_empty() {
        outln!(out, "\nDropped by a rule:");
        for m in blocked {
            outln!(
                out,
                "  «{}»  ← `{}`  {}:{}  {}",
                paint("31", &str_of(&m["matched"])),
                str_of(&m["entry"]),
                str_of(&m["file"]),
                m["line"],
                paint("31", &format!("dropped: {}", str_of(&m["blocked_by"])))
            );
        }
    }
    outln!(out, "\nScores (sum of weights / minimum):");
    for s in v["scores"].as_array().unwrap() {
        outln!(out, "  {} / {}  {}", s["score"], s["min"], str_of(&s["theme"]));
    }
    for t in v["excluded_themes"].as_array().unwrap() {
        outln!(out, "  {}", paint("31", &format!("excluded by @unless / @unless-theme: {}", str_of(t))));
    }
    outln!(out, "\nThemes:");
    let themes = v["themes"].as_array().unwrap();
    if themes.is_empty() {
        outln!(out, "  none");
    }
    for t in themes {
        outln!(out, "  {}", paint("1", &str_of(t)));
    }
    out
}
