//! `synthese lexicon stats`: what each entry does on a corpus. Entries that never matched come
//! first; then hits per theme and per entry with the surface forms each entry actually caught
//! (so `port*` shows `portable` and `portail`); then, per question, the most frequent words and
//! word pairs of the answers no theme matched: the leftovers to mine for new entries.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::atomic::AtomicU64;
use std::sync::Arc;

use serde_json::json;

use super::Failure;
use synthese::pipeline::{self, Event};
use synthese::text;

/// Hit counts per entry and theme, forms matched, and leftover words of unmatched answers.
///
/// Examples:
///   synthese lexicon stats                       # the shipped corpus/ with lexicons/
///   synthese lexicon stats export.csv --top 50 --json > stats.json
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct StatsArgs {
    /// Files or folders to read (default: corpus/).
    pub inputs: Vec<PathBuf>,
    /// A .lex file or a folder of them.
    #[arg(long, default_value = "lexicons", value_name = "DIR")]
    pub lexicons: PathBuf,
    /// How many forms per entry and leftover words per question to show.
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub top: usize,
    #[command(flatten)]
    pub input: super::InputArgs,
    /// Threads for analysis (default: one per core; with 1, everything happens on one thread).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Per question: unmatched answers, their word counts and word-pair counts.
type Leftovers = (u64, HashMap<String, u64>, HashMap<String, u64>);

/// Distinct forms kept per entry; the rest are counted together.
const FORMS_PER_ENTRY: usize = 500;

pub fn run(args: StatsArgs) -> Result<(), Failure> {
    let matcher = super::load_lexicons(&args.lexicons)?;
    let options = args.input.options()?;
    let inputs = if args.inputs.is_empty() { vec![PathBuf::from("corpus")] } else { args.inputs.clone() };
    let (files, _) = pipeline::expand_inputs(&inputs)?;
    let pool = pipeline::thread_pool(args.threads.unwrap_or(0))?;
    let lex = &matcher.lexicons;
    let mut hits = vec![0u64; lex.entries.len()];
    let mut forms: Vec<BTreeMap<String, u64>> = vec![BTreeMap::new(); lex.entries.len()];
    let mut theme_answers = vec![0u64; lex.themes.len()];
    let mut leftovers: BTreeMap<String, Leftovers> = BTreeMap::new();
    let progress = Arc::new(AtomicU64::new(0));
    pipeline::stream(&files, &options, &matcher, &pool, &progress, |event| {
        let Event::Record(record, classified) = event else { return Ok(()) };
        for ((question, answer), c) in pipeline::free_texts(record).zip(classified) {
            for h in &c.hits {
                hits[h.entry as usize] += 1;
                let form = text::lowercase(&answer[h.start as usize..h.end as usize]).into_owned();
                let seen = &mut forms[h.entry as usize];
                let key = if seen.len() < FORMS_PER_ENTRY || seen.contains_key(&form) {
                    form
                } else {
                    "(other forms)".into()
                };
                *seen.entry(key).or_default() += 1;
            }
            for &t in &c.themes {
                theme_answers[t as usize] += 1;
            }
            if c.themes.is_empty() {
                let entry = leftovers.entry(question.to_owned()).or_default();
                entry.0 += 1;
                let words: Vec<String> = text::words(answer)
                    .filter_map(|w| text::analyse_word(w.text, matcher.stemmer()))
                    .filter(|w| !w.stop && w.form.chars().count() > 2)
                    .map(|w| w.form)
                    .collect();
                for w in &words {
                    *entry.1.entry(w.clone()).or_default() += 1;
                }
                for pair in words.windows(2) {
                    *entry.2.entry(format!("{} {}", pair[0], pair[1])).or_default() += 1;
                }
            }
        }
        Ok(())
    })?;

    let top = |m: &HashMap<String, u64>| {
        let mut v: Vec<(&String, &u64)> = m.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        v.into_iter().take(args.top).map(|(k, n)| (k.clone(), *n)).collect::<Vec<_>>()
    };
    let top_forms = |e: usize| {
        let mut v: Vec<(&String, &u64)> = forms[e].iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        v.into_iter().take(args.top).map(|(k, n)| (k.clone(), *n)).collect::<Vec<_>>()
    };
    // Never-matched entries first, then by hits, most first.
    let mut order: Vec<usize> = (0..lex.entries.len()).collect();
    order.sort_by_key(|&e| (hits[e] > 0, std::cmp::Reverse(hits[e]), e));
    let place = |e: usize| format!("{}:{}", lex.files[lex.entries[e].file].path, lex.entries[e].line);

    let mut out = String::new();
    if args.json {
        let entries: Vec<_> = order
            .iter()
            .map(|&e| json!({"place": place(e), "entry": lex.entries[e].text, "theme": lex.theme_label(lex.entries[e].theme), "hits": hits[e], "forms": top_forms(e)}))
            .collect();
        let themes: Vec<_> =
            (0..lex.themes.len()).map(|t| json!({"theme": lex.theme_label(t), "answers": theme_answers[t]})).collect();
        let left: Vec<_> = leftovers
            .iter()
            .map(|(q, (n, w, p))| json!({"question": q, "unmatched_answers": n, "words": top(w), "pairs": top(p)}))
            .collect();
        let value = json!({"entries": entries, "themes": themes, "leftovers": left});
        outln!(out, "{}", serde_json::to_string_pretty(&value).expect("JSON values serialise"));
        return super::print(&out);
    }
    let never: Vec<usize> = order.iter().copied().filter(|&e| hits[e] == 0).collect();
    outln!(out, "Entries that never matched ({} of {}):", never.len(), lex.entries.len());
    for &e in &never {
        outln!(out, "  {}  {}  → {}", place(e), lex.entries[e].text, lex.theme_label(lex.entries[e].theme));
    }
    outln!(out, "\nThemes (answers):");
    for (t, answers) in theme_answers.iter().enumerate() {
        outln!(out, "  {answers:>7}  {}", lex.theme_label(t));
    }
    outln!(out, "\nEntries (hits, and the forms they matched):");
    for &e in order.iter().filter(|&&e| hits[e] > 0) {
        let shown: Vec<String> = top_forms(e).iter().map(|(f, n)| format!("{f} {n}")).collect();
        outln!(out, "  {:>7}  {}  {}  [{}]", hits[e], place(e), lex.entries[e].text, shown.join(", "));
    }
    outln!(out, "\nLeftover words of answers no theme matched, per question:");
    for (q, (n, words, pairs)) in &leftovers {
        let w: Vec<String> = top(words).iter().map(|(f, c)| format!("{f} {c}")).collect();
        let p: Vec<String> = top(pairs).iter().map(|(f, c)| format!("{f} {c}")).collect();
        outln!(out, "  {q} ({n} answers): {}\n      pairs: {}", w.join(", "), p.join(", "));
    }
    super::print(&out)
}
