//! `synthese explain`: why a text lands in its themes. Shows every word with its analysed
//! forms, every entry that matched (with its file, line and the words it covered), and the
//! resulting themes; as text for people or as JSON.

use std::io::Read;
use std::path::PathBuf;

use serde_json::json;

use super::Failure;
use synthese::classify::Scope;
use synthese::text;

/// Explain how the lexicons classify a text: its words, the entries that matched, the themes.
///
/// Examples:
///   synthese explain "Rétablir l'ISF et supprimer la taxe carbone"
///   echo "plus de transports en commun" | synthese explain -
///   synthese explain --topic "Transition écologique" --json "les 80 km/h"
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct ExplainArgs {
    /// The text to explain; `-` reads it from standard input.
    pub text: String,
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
    let text = if args.text == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(|e| format!("standard input: {e}"))?;
        s
    } else {
        args.text.clone()
    };
    let scope =
        Scope { topic: args.topic.as_deref(), question: args.question.as_deref(), source: args.source.as_deref() };
    let c = matcher.classify(&text, scope);
    let lex = &matcher.lexicons;
    let words: Vec<serde_json::Value> = text::words(&text)
        .map(|w| match text::analyse_word(w.text, matcher.stemmer()) {
            Some(a) => json!({"word": w.text, "start": w.start, "end": w.end(), "form": a.form, "folded": a.folded, "stem": a.stem, "folded_stem": a.folded_stem, "stop_word": a.stop}),
            None => json!({"word": w.text, "start": w.start, "end": w.end(), "dropped": "nothing left after elision"}),
        })
        .collect();
    let hits: Vec<serde_json::Value> = c
        .hits
        .iter()
        .map(|h| {
            let e = &lex.entries[h.entry as usize];
            json!({"entry": e.text, "file": lex.files[e.file].path, "line": e.line, "theme": lex.theme_label(e.theme),
                   "start": h.start, "end": h.end, "matched": &text[h.start as usize..h.end as usize]})
        })
        .collect();
    let in_scope: Vec<&str> = matcher
        .files_in_scope(scope)
        .iter()
        .zip(&lex.files)
        .filter(|(on, _)| **on)
        .map(|(_, f)| f.path.as_str())
        .collect();
    let themes: Vec<String> = c.themes.iter().map(|&t| lex.theme_label(t as usize)).collect();
    let mut out = String::new();
    if args.json {
        let value =
            json!({"text": text, "lexicons_applied": in_scope, "words": words, "matches": hits, "themes": themes});
        outln!(out, "{}", serde_json::to_string_pretty(&value).expect("JSON values serialise"));
        return super::print(&out);
    }
    outln!(
        out,
        "Lexicons applied: {}",
        if in_scope.is_empty() { "none (see @topics / @questions)".to_string() } else { in_scope.join(", ") }
    );
    outln!(out, "\nWords (form → stem, accents folded; · = stop word):");
    for w in &words {
        let stop = if w["stop_word"] == true { " ·" } else { "" };
        match w.get("folded_stem") {
            Some(stem) => outln!(
                out,
                "  {:<20} {} → {}{stop}",
                w["word"].as_str().unwrap_or(""),
                w["folded"].as_str().unwrap_or(""),
                stem.as_str().unwrap_or("")
            ),
            None => outln!(out, "  {:<20} (dropped)", w["word"].as_str().unwrap_or("")),
        }
    }
    outln!(out, "\nMatches:");
    if hits.is_empty() {
        outln!(out, "  none");
    }
    for h in &hits {
        outln!(
            out,
            "  «{}» at {}..{}  ← `{}`  {}:{}  → {}",
            h["matched"].as_str().unwrap_or(""),
            h["start"],
            h["end"],
            h["entry"].as_str().unwrap_or(""),
            h["file"].as_str().unwrap_or(""),
            h["line"],
            h["theme"].as_str().unwrap_or("")
        );
    }
    outln!(out, "\nThemes:");
    if themes.is_empty() {
        outln!(out, "  none");
    }
    for t in &themes {
        outln!(out, "  {t}");
    }
    super::print(&out)
}
