//! `synthese lexicon stats`: what each entry does on a corpus, what to act on first. Per theme,
//! the entries that bring its answers and the share each brings alone (no other entry of the
//! theme matched: the theme stands or falls with it); the entries that put the same words in two
//! themes of a file; the entries that never matched, counted per file; and per question the most
//! frequent words and word pairs of the answers no theme matched, to mine for new entries. The
//! long lists (every entry with the forms it caught, every never-matched entry) are behind flags.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::atomic::AtomicU64;
use std::sync::Arc;

use serde_json::json;

use super::Failure;
use synthese::lexicon::LexiconSet;
use synthese::pipeline::{self, Event};
use synthese::text;

/// What the lexicons do on a corpus, what to act on first.
///
/// In order: per theme (most answers first), the entries that bring the most answers and the
/// share of the theme's answers each brings alone (answers no other entry of the theme or its
/// sub-themes matched: check those entries first); the entries that put the same words of the
/// same answers in two themes of a file, neither inside the other (most answers first); the
/// entries that never matched, counted per file; the most frequent words and word pairs of the
/// answers no theme matched, per question (most such answers first). --limit bounds each list;
/// --unmatched lists every entry that never matched, --entries every entry with its hits and the
/// forms it caught (`port*` shows `portable` and `portail`). --json holds everything.
///
/// With --reviewed, a filled review sample (docs/review-format.md) instead: per theme, the
/// entries behind its false positives (the rules gave the theme, the reader said wrong) with the
/// false and true positives each was behind and the answers, worst first; and the words
/// over-represented in the answers the rules missed (the reader gave the theme, the rules did
/// not) against the other read answers of their questions, by Dunning's log-likelihood (G²),
/// top 10. The texts in the file are classified (each with its question's scope); with INPUTS,
/// the records of the inputs matched by id. Suggestions to read, never edits to make blindly.
///
/// Examples:
///   synthese lexicon stats                       # the shipped corpus/ with lexicons/
///   synthese lexicon stats --unmatched > never-matched.txt
///   synthese lexicon stats export.csv --limit 0 --entries
///   synthese lexicon stats export.csv --top 50 --json > stats.json
///   synthese lexicon stats --reviewed reviews/retraites-r1.csv --lexicons lexicons/retraites.lex
///   synthese lexicon stats corpus/ --reviewed review_anne.xlsx review_paul.csv
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct StatsArgs {
    /// Files or folders to read (default: corpus/; with --reviewed: none, the texts of the files).
    pub inputs: Vec<PathBuf>,
    /// A .lex file or a folder of them.
    #[arg(long, default_value = "lexicons", value_name = "DIR")]
    pub lexicons: PathBuf,
    /// How many entries per theme, forms per entry and leftover words per question to show.
    #[arg(long, default_value_t = 5, value_name = "N")]
    pub top: usize,
    /// How many themes, overlapping entries and questions to list (0: all).
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub limit: usize,
    /// List every entry that never matched (file:line, entry, theme) instead of the counts per file.
    #[arg(long)]
    pub unmatched: bool,
    /// Also list every entry that matched, most hits first, with the forms it caught, and every
    /// theme with its answers.
    #[arg(long)]
    pub entries: bool,
    #[command(flatten)]
    pub input: super::InputArgs,
    /// Threads for analysis (default: one per core; with 1, everything happens on one thread).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Print JSON instead of text: every list whole, whatever --limit says.
    #[arg(long)]
    pub json: bool,
    /// Filled review files (CSV, XLSX, ODS; docs/review-format.md) or gold files: instead of the
    /// corpus figures, per theme the entries behind the false positives of the answers read and
    /// the words over-represented in the answers the rules missed. The answers' texts in the
    /// files are classified; with INPUTS, the records of the inputs, matched by id.
    #[arg(long, num_args = 1.., value_name = "FILE")]
    pub reviewed: Vec<PathBuf>,
    /// With --reviewed, gold files in the long format: a tag counts with this many votes.
    #[arg(long, default_value_t = 2, value_name = "N")]
    pub min_votes: u32,
}

/// Per question: unmatched answers, their word counts and word-pair counts.
type Leftovers = (u64, HashMap<String, u64>, HashMap<String, u64>);

/// Distinct forms kept per entry; the rest are counted together.
const FORMS_PER_ENTRY: usize = 500;

pub fn run(args: StatsArgs) -> Result<(), Failure> {
    let matcher = super::load_lexicons(&args.lexicons)?;
    if !args.reviewed.is_empty() {
        if args.min_votes == 0 {
            return Err(Failure::Usage("--min-votes must be at least 1".into()));
        }
        return super::feedback::run(&args, &matcher);
    }
    let options = args.input.options()?;
    let inputs = if args.inputs.is_empty() { vec![PathBuf::from("corpus")] } else { args.inputs.clone() };
    let (files, _) = pipeline::expand_inputs(&inputs)?;
    let pool = pipeline::thread_pool(args.threads.unwrap_or(0))?;
    let lex = &matcher.lexicons;
    let mut answers = 0u64;
    let mut hits = vec![0u64; lex.entries.len()];
    let mut forms: Vec<BTreeMap<String, u64>> = vec![BTreeMap::new(); lex.entries.len()];
    let mut theme_answers = vec![0u64; lex.themes.len()];
    // Per (theme, entry of the theme or a sub-theme): answers of the theme it matched in, and
    // those it alone of the theme's entries matched.
    let mut brings: HashMap<(u32, u32), (u64, u64)> = HashMap::new();
    // Per pair of entries that matched the same words in two themes: answers.
    let mut overlaps: HashMap<(u32, u32), u64> = HashMap::new();
    let mut leftovers: BTreeMap<String, Leftovers> = BTreeMap::new();
    let progress = Arc::new(AtomicU64::new(0));
    let mut by_theme: BTreeMap<u32, BTreeSet<u32>> = BTreeMap::new();
    let mut pairs: BTreeSet<(u32, u32)> = BTreeSet::new();
    pipeline::stream(&files, &options, &matcher, &pool, &progress, |event| {
        let Event::Record(record, classified) = event else { return Ok(()) };
        for ((question, answer), c) in pipeline::free_texts(record).zip(classified) {
            answers += 1;
            by_theme.clear();
            pairs.clear();
            for (i, h) in c.hits.iter().enumerate() {
                hits[h.entry as usize] += 1;
                let form = text::lowercase(&answer[h.start as usize..h.end as usize]).into_owned();
                let seen = &mut forms[h.entry as usize];
                let key = if seen.len() < FORMS_PER_ENTRY || seen.contains_key(&form) {
                    form
                } else {
                    "(other forms)".into()
                };
                *seen.entry(key).or_default() += 1;
                let mut t = Some(lex.entries[h.entry as usize].theme);
                while let Some(theme) = t {
                    if c.themes.binary_search(&(theme as u32)).is_ok() {
                        by_theme.entry(theme as u32).or_default().insert(h.entry);
                    }
                    t = lex.themes[theme].parent;
                }
                for other in &c.hits[i + 1..] {
                    if (other.start, other.end) == (h.start, h.end) {
                        if let Some(pair) = overlapping(lex, &c.themes, h.entry, other.entry) {
                            pairs.insert(pair);
                        }
                    }
                }
            }
            for (&theme, entries) in &by_theme {
                for &e in entries {
                    let b = brings.entry((theme, e)).or_default();
                    b.0 += 1;
                    b.1 += u64::from(entries.len() == 1);
                }
            }
            for &pair in &pairs {
                *overlaps.entry(pair).or_default() += 1;
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
    let place = |e: usize| format!("{}:{}", lex.files[lex.entries[e].file].path, lex.entries[e].line);
    let limited = |n: usize| if args.limit == 0 { n } else { n.min(args.limit) };

    // Themes with answers, most first; under each, its entries by answers brought, most first.
    let mut themes: Vec<usize> = (0..lex.themes.len()).filter(|&t| theme_answers[t] > 0).collect();
    themes.sort_by_key(|&t| (std::cmp::Reverse(theme_answers[t]), t));
    let mut per_theme: HashMap<u32, Vec<(u32, u64, u64)>> = HashMap::new();
    for (&(t, e), &(n, alone)) in &brings {
        per_theme.entry(t).or_default().push((e, n, alone));
    }
    for list in per_theme.values_mut() {
        list.sort_by_key(|&(e, n, alone)| (std::cmp::Reverse(n), std::cmp::Reverse(alone), e));
    }
    let mut overlapping_entries: Vec<((u32, u32), u64)> = overlaps.into_iter().collect();
    overlapping_entries.sort_by_key(|&(pair, n)| (std::cmp::Reverse(n), pair));
    // Never-matched entries per file, the files with the most first.
    let never: Vec<usize> = (0..lex.entries.len()).filter(|&e| hits[e] == 0).collect();
    let mut per_file = vec![(0usize, 0usize); lex.files.len()];
    for (e, entry) in lex.entries.iter().enumerate() {
        per_file[entry.file].1 += 1;
        per_file[entry.file].0 += usize::from(hits[e] == 0);
    }
    let mut files_order: Vec<usize> = (0..lex.files.len()).filter(|&f| per_file[f].0 > 0).collect();
    files_order.sort_by_key(|&f| (std::cmp::Reverse(per_file[f].0), f));
    let mut matched: Vec<usize> = (0..lex.entries.len()).filter(|&e| hits[e] > 0).collect();
    matched.sort_by_key(|&e| (std::cmp::Reverse(hits[e]), e));
    let mut questions: Vec<(&String, &Leftovers)> = leftovers.iter().collect();
    questions.sort_by_key(|(q, l)| (std::cmp::Reverse(l.0), q.to_string()));

    let mut out = String::new();
    if args.json {
        let theme_list: Vec<_> = themes
            .iter()
            .map(|&t| {
                let entries: Vec<_> = per_theme[&(t as u32)]
                    .iter()
                    .take(args.top)
                    .map(|&(e, n, alone)| json!({"place": place(e as usize), "entry": lex.entries[e as usize].text, "answers": n, "alone": alone}))
                    .collect();
                json!({"theme": lex.theme_label(t), "answers": theme_answers[t], "entries": entries})
            })
            .collect();
        let side = |e: u32| json!({"place": place(e as usize), "entry": lex.entries[e as usize].text, "theme": lex.theme_label(lex.entries[e as usize].theme)});
        let overlap_list: Vec<_> = overlapping_entries
            .iter()
            .map(|&((a, b), n)| json!({"answers": n, "entries": [side(a), side(b)]}))
            .collect();
        let unmatched_files: Vec<_> = files_order
            .iter()
            .map(|&f| json!({"file": lex.files[f].path, "never_matched": per_file[f].0, "entries": per_file[f].1}))
            .collect();
        let never_list: Vec<_> = never.iter().map(|&e| side(e as u32)).collect();
        let entries: Vec<_> = matched
            .iter()
            .map(|&e| json!({"place": place(e), "entry": lex.entries[e].text, "theme": lex.theme_label(lex.entries[e].theme), "hits": hits[e], "forms": top_forms(e)}))
            .collect();
        let left: Vec<_> = questions
            .iter()
            .map(|(q, (n, w, p))| json!({"question": q, "unmatched_answers": n, "words": top(w), "pairs": top(p)}))
            .collect();
        let value = json!({
            "answers": answers,
            "entries_total": lex.entries.len(),
            "themes": theme_list,
            "overlaps": overlap_list,
            "never_matched_per_file": unmatched_files,
            "never_matched": never_list,
            "entries": entries,
            "leftovers": left,
        });
        outln!(out, "{}", serde_json::to_string_pretty(&value).expect("JSON values serialise"));
        return super::print(&out);
    }
    outln!(
        out,
        "{} answers read; {} entries: {} matched at least once, {} never.",
        answers,
        lex.entries.len(),
        matched.len(),
        never.len()
    );
    let more = |shown: usize, all: usize, what: &str| {
        if shown < all {
            format!("  … {} more {what} (--limit 0 lists them all)\n", all - shown)
        } else {
            String::new()
        }
    };
    outln!(
        out,
        "\nThemes, most answers first, and the entries that bring them (answers; those no other entry of the theme matched, and their share of the theme's):"
    );
    for &t in &themes[..limited(themes.len())] {
        outln!(out, "  {:>7}  {}", theme_answers[t], lex.theme_label(t));
        for &(e, n, alone) in per_theme[&(t as u32)].iter().take(args.top) {
            let share = 100.0 * alone as f64 / theme_answers[t] as f64;
            outln!(
                out,
                "           {n:>7}  alone {alone:>6} ({share:>3.0} %)  {}  {}",
                place(e as usize),
                lex.entries[e as usize].text
            );
        }
    }
    out.push_str(&more(limited(themes.len()), themes.len(), "themes"));
    outln!(out, "\nEntries that put the same words in two themes of a file (answers):");
    if overlapping_entries.is_empty() {
        outln!(out, "  none");
    }
    for &((a, b), n) in &overlapping_entries[..limited(overlapping_entries.len())] {
        for (i, e) in [a as usize, b as usize].into_iter().enumerate() {
            let count = if i == 0 { n.to_string() } else { String::new() };
            outln!(
                out,
                "  {count:>7}  {}  {}  → {}",
                place(e),
                lex.entries[e].text,
                lex.theme_label(lex.entries[e].theme)
            );
        }
    }
    out.push_str(&more(limited(overlapping_entries.len()), overlapping_entries.len(), "pairs"));
    if args.unmatched {
        outln!(out, "\nEntries that never matched ({} of {}):", never.len(), lex.entries.len());
        for &e in &never {
            outln!(out, "  {}  {}  → {}", place(e), lex.entries[e].text, lex.theme_label(lex.entries[e].theme));
        }
    } else {
        outln!(
            out,
            "\nEntries that never matched, per file ({} of {}; --unmatched lists them):",
            never.len(),
            lex.entries.len()
        );
        for &f in &files_order {
            outln!(out, "  {:>7} of {:<6} {}", per_file[f].0, per_file[f].1, lex.files[f].path);
        }
    }
    outln!(out, "\nLeftover words of answers no theme matched, per question (most such answers first):");
    for (q, (n, words, pairs)) in &questions[..limited(questions.len())] {
        let w: Vec<String> = top(words).iter().map(|(f, c)| format!("{f} {c}")).collect();
        let p: Vec<String> = top(pairs).iter().map(|(f, c)| format!("{f} {c}")).collect();
        outln!(out, "  {q} ({n} answers): {}\n      pairs: {}", w.join(", "), p.join(", "));
    }
    out.push_str(&more(limited(questions.len()), questions.len(), "questions"));
    if args.entries {
        outln!(out, "\nThemes (answers):");
        for (t, answers) in theme_answers.iter().enumerate() {
            outln!(out, "  {answers:>7}  {}", lex.theme_label(t));
        }
        outln!(out, "\nEntries (hits, and the forms they matched):");
        for &e in &matched {
            let shown: Vec<String> = top_forms(e).iter().map(|(f, n)| format!("{f} {n}")).collect();
            outln!(out, "  {:>7}  {}  {}  [{}]", hits[e], place(e), lex.entries[e].text, shown.join(", "));
        }
    }
    super::print(&out)
}

/// Two entries that matched the same words, as a pair in id order, when they put them in two
/// themes of one file that the answer reached, neither inside the other (a theme and its
/// sub-theme sharing words is a refinement, and two files are two codebooks).
fn overlapping(lex: &LexiconSet, themes: &[u32], a: u32, b: u32) -> Option<(u32, u32)> {
    let (ea, eb) = (&lex.entries[a as usize], &lex.entries[b as usize]);
    let reached = |t: usize| themes.binary_search(&(t as u32)).is_ok();
    let related = lex.descends_from(ea.theme, eb.theme) || lex.descends_from(eb.theme, ea.theme);
    (a != b && ea.file == eb.file && !related && reached(ea.theme) && reached(eb.theme)).then_some((a.min(b), a.max(b)))
}
