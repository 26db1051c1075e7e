//! `synthese lexicon stats --reviewed`: what a filled review sample says about the entries. Per
//! top-level theme, the entries behind its false positives (the rules gave the theme, the reader
//! said wrong), each with the true positives it was also behind and the answers; and the words
//! over-represented in the answers the rules missed (the reader gave the theme, the rules did
//! not), by Dunning's log-likelihood against the other read answers of the same questions. Both
//! are leads for the people who write the lexicons to read, never edits: an entry wrong on one
//! answer may be right on ten, and a frequent word of the missed answers may say nothing of the
//! theme.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde_json::{json, Value};

use super::stats::StatsArgs;
use super::Failure;
use synthese::classify::{Classification, Matcher};
use synthese::eval::metrics::log_likelihood;
use synthese::review::{ReadOptions, Reading, Reviews};
use synthese::text;

/// Words listed per theme.
const WORDS: usize = 10;
/// Characters of an answer shown.
const SHOWN_CHARS: usize = 160;
/// What the output says before anything else: the lists are leads, not edits.
const CAVEAT: &str = "Suggestions to read, never edits to make automatically: an entry behind a false positive may be right on many more answers, and a word frequent in the missed answers may say nothing of the theme. Read the answers before changing a lexicon.";

/// One answer read and classified.
struct Answer<'a> {
    reading: &'a Reading,
    text: String,
    classification: Classification,
    /// Occurrences per analysed word (folded stem; stop words and words of 2 letters or fewer out).
    words: HashMap<String, u64>,
}

/// What the reading says of one top-level theme.
#[derive(Default)]
struct Theme {
    right: u64,
    wrong: u64,
    /// False positives, in review files, on a theme the file did not show the reader (the
    /// lexicons changed since the draw) and the reader did not add: taken as wrong, as the
    /// estimates do, and counted apart since no one judged them.
    unshown: u64,
    blank: u64,
    /// Per entry behind a false positive: the answers (indexes) it was wrong on, and the true
    /// positives it was behind.
    entries: BTreeMap<u32, (Vec<usize>, u64)>,
    /// Answers the reader gave the theme and the rules did not.
    missed: Vec<usize>,
}

pub fn run(args: &StatsArgs, matcher: &Matcher) -> Result<(), Failure> {
    let lex = &matcher.lexicons;
    let options = ReadOptions { min_votes: args.min_votes, ..ReadOptions::default() };
    let mut reviews = Reviews::read(&args.reviewed, matcher, &options)?;
    let mut coded: HashMap<(String, String), (String, Classification)> = HashMap::new();
    let classified_from = if args.inputs.is_empty() {
        let mut without_text = Vec::new();
        for r in reviews.first_readings() {
            if r.text.trim().is_empty() {
                without_text.push(reviews.place(r));
                continue;
            }
            let scope = synthese::eval::report::scope_of(Some(&r.question));
            let c = matcher.classify(&r.text, scope);
            coded.insert((r.question.clone(), r.record_id.clone()), (r.text.clone(), c));
        }
        if !without_text.is_empty() {
            let first = without_text[0].clone();
            if coded.is_empty() {
                return Err(Failure::Input {
                    file: first.rsplit_once(':').map(|(f, _)| f.to_owned()).unwrap_or(first),
                    message: format!("{}: the read rows have no text (no `text` column, or empty): give the inputs the reviews were drawn from (INPUTS), whose records are matched by id", without_text[0]),
                });
            }
            eprintln!(
                "synthese: warning: {} read rows have no text and are left out (give the INPUTS to classify them): {}{}",
                without_text.len(),
                without_text.iter().take(5).cloned().collect::<Vec<_>>().join(", "),
                if without_text.len() > 5 { " …" } else { "" }
            );
        }
        "the answers' texts in the review files, each classified with its question's scope".to_owned()
    } else {
        let wanted: HashSet<(String, String)> = reviews.wanted().cloned().collect();
        let (files, notes) = synthese::pipeline::expand_inputs(&args.inputs)?;
        for note in notes {
            eprintln!("synthese: {note}");
        }
        let pool = synthese::pipeline::thread_pool(args.threads.unwrap_or(0))?;
        let progress = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        synthese::pipeline::stream(&files, &args.input.options()?, matcher, &pool, &progress, |event| {
            if let synthese::pipeline::Event::Record(record, classifications) = event {
                for ((question, answer), c) in synthese::pipeline::free_texts(record).zip(classifications) {
                    let key = (question.to_owned(), record.id.clone());
                    if wanted.contains(&key) && !coded.contains_key(&key) {
                        coded.insert(key, (answer.to_owned(), c.clone()));
                    }
                }
            }
            Ok(())
        })?;
        reviews.keep_known(|question, id| coded.contains_key(&(question.to_owned(), id.to_owned())));
        format!(
            "the lexicons applied to {}, matched by record id",
            files.iter().map(|f| synthese::paths::display(f)).collect::<Vec<_>>().join(", ")
        )
    };
    for warning in &reviews.warnings {
        eprintln!("synthese: warning: {warning}");
    }

    let mut answers: Vec<Answer> = Vec::new();
    for r in reviews.first_readings() {
        let Some((text, c)) = coded.remove(&(r.question.clone(), r.record_id.clone())) else { continue };
        let mut words: HashMap<String, u64> = HashMap::new();
        for w in text::words(&text).filter_map(|w| text::analyse_word(w.text, matcher.stemmer())) {
            if !w.stop && w.form.chars().count() > 2 {
                *words.entry(w.folded_stem).or_default() += 1;
            }
        }
        answers.push(Answer { reading: r, text, classification: c, words });
    }

    let top_level = |t: usize| synthese::review::themes::top_level(lex, t);
    let mut themes: BTreeMap<usize, Theme> = BTreeMap::new();
    for (i, a) in answers.iter().enumerate() {
        let c = &a.classification;
        let rules: BTreeSet<usize> =
            synthese::review::themes::rules_top_level(lex, c.themes.iter().map(|&t| t as usize)).into_iter().collect();
        for &t in &rules {
            let behind: BTreeSet<u32> =
                c.hits.iter().map(|h| h.entry).filter(|&e| top_level(lex.entries[e as usize].theme) == t).collect();
            let theme = themes.entry(t).or_default();
            match a.reading.human(t) {
                Some(true) => {
                    theme.right += 1;
                    for e in behind {
                        theme.entries.entry(e).or_default().1 += 1;
                    }
                }
                Some(false) => {
                    theme.wrong += 1;
                    let review = reviews.files[a.reading.file].format.starts_with("review");
                    theme.unshown += u64::from(review && !a.reading.judged.iter().any(|&(j, _)| j == t));
                    for e in behind {
                        theme.entries.entry(e).or_default().0.push(i);
                    }
                }
                None => theme.blank += 1,
            }
        }
        let human = a.reading.judged.iter().filter(|(_, v)| *v == Some(true)).map(|&(t, _)| t);
        let human: BTreeSet<usize> = human.chain(a.reading.added.iter().copied()).collect();
        for t in human.difference(&rules) {
            themes.entry(*t).or_default().missed.push(i);
        }
    }

    // Per theme: entries behind false positives, most false positives first, then fewest true
    // positives (an entry only ever wrong is the first to read); words of the missed answers.
    let mut listed: Vec<(usize, Value)> = Vec::new();
    for (&t, theme) in &themes {
        let mut entries: Vec<(&u32, &(Vec<usize>, u64))> =
            theme.entries.iter().filter(|(_, (wrong, _))| !wrong.is_empty()).collect();
        entries.sort_by_key(|&(&e, (wrong, right))| (std::cmp::Reverse(wrong.len()), *right, e));
        let answer_json = |i: usize| {
            let a = &answers[i];
            json!({"record_id": a.reading.record_id, "question": a.reading.question,
                   "place": reviews.place(a.reading), "text": cut(&a.text)})
        };
        let entries: Vec<Value> = entries
            .iter()
            .map(|&(&e, (wrong, right))| {
                let entry = &lex.entries[e as usize];
                json!({"place": format!("{}:{}", lex.files[entry.file].path, entry.line), "entry": entry.text,
                       "theme": lex.theme_label(entry.theme), "false_positives": wrong.len(), "true_positives": right,
                       "answers": wrong.iter().map(|&i| answer_json(i)).collect::<Vec<_>>()})
            })
            .collect();
        let words = missed_words(&answers, &theme.missed, matcher.stemmer());
        let others = others(&answers, &theme.missed);
        let value = json!({
            "theme": lex.theme_label(t),
            "rule_positive_read": theme.right + theme.wrong + theme.blank,
            "right": theme.right,
            "wrong": theme.wrong,
            "wrong_not_shown": theme.unshown,
            "blank": theme.blank,
            "missed": theme.missed.len(),
            "false_positive_entries": entries,
            "missed_answers": theme.missed.iter().map(|&i| answer_json(i)).collect::<Vec<_>>(),
            "other_answers": others,
            "missed_words": words,
        });
        listed.push((t, value));
    }
    // Themes with the most false positives and misses first.
    listed.sort_by_key(|(t, v)| {
        (std::cmp::Reverse(v["wrong"].as_u64().unwrap_or(0) + v["missed"].as_u64().unwrap_or(0)), *t)
    });

    if args.json {
        let value = json!({
            "note": CAVEAT,
            "reviews": reviews.files,
            "answers_read": answers.len(),
            "classified_from": classified_from,
            "themes": listed.iter().map(|(_, v)| v.clone()).collect::<Vec<_>>(),
        });
        return super::print(&format!("{}\n", serde_json::to_string_pretty(&value).expect("JSON values serialise")));
    }
    let mut out = String::new();
    let files: Vec<&str> = reviews.files.iter().map(|f| f.path.as_str()).collect();
    outln!(
        out,
        "Entry feedback from {} ({} answers read; the rules' themes from {classified_from}).",
        files.join(", "),
        answers.len()
    );
    outln!(out, "{CAVEAT}");
    let actionable: Vec<&(usize, Value)> =
        listed.iter().filter(|(_, v)| v["wrong"].as_u64() > Some(0) || v["missed"].as_u64() > Some(0)).collect();
    let shown = if args.limit == 0 { actionable.len() } else { actionable.len().min(args.limit) };
    for (_, v) in &actionable[..shown] {
        outln!(
            out,
            "\n{}: the rules gave it to {} read answers, {} right, {} wrong{}{}; missed: {}.",
            v["theme"].as_str().unwrap_or_default(),
            v["rule_positive_read"],
            v["right"],
            v["wrong"],
            match v["wrong_not_shown"].as_u64() {
                Some(n) if n > 0 =>
                    format!(" ({n} on a theme the file did not show: the lexicons changed since the draw)"),
                _ => String::new(),
            },
            match v["blank"].as_u64() {
                Some(n) if n > 0 => format!(", {n} left blank"),
                _ => String::new(),
            },
            v["missed"]
        );
        let entries = v["false_positive_entries"].as_array().map(Vec::as_slice).unwrap_or_default();
        if !entries.is_empty() {
            outln!(out, "  Entries behind the false positives (wrong, right: the answers it was behind), worst first:");
        }
        for e in entries {
            outln!(
                out,
                "  {:>5} wrong {:>5} right  {}: {}",
                e["false_positives"].as_u64().unwrap_or_default(),
                e["true_positives"].as_u64().unwrap_or_default(),
                e["place"].as_str().unwrap_or_default(),
                e["entry"].as_str().unwrap_or_default()
            );
            let list = e["answers"].as_array().map(Vec::as_slice).unwrap_or_default();
            for a in list.iter().take(args.top) {
                outln!(
                    out,
                    "        {} ({}): {}",
                    a["record_id"].as_str().unwrap_or_default(),
                    a["place"].as_str().unwrap_or_default(),
                    a["text"].as_str().unwrap_or_default()
                );
            }
            if list.len() > args.top {
                outln!(out, "        … {} more answers (--top shows more, --json all)", list.len() - args.top);
            }
        }
        let words = v["missed_words"].as_array().map(Vec::as_slice).unwrap_or_default();
        if v["missed"].as_u64() > Some(0) {
            outln!(
                out,
                "  Words over-represented in the missed answers ({}) against the other read answers of their questions ({}), by Dunning's G², highest first:",
                v["missed"],
                v["other_answers"]
            );
            if words.is_empty() {
                outln!(out, "        none stands out (a word must come back in two missed answers)");
            } else {
                outln!(
                    out,
                    "        {:<16} {:<20} {:>14} {:>11} {:>11} {:>7}",
                    "word",
                    "(a form read)",
                    "missed answers",
                    "in missed",
                    "in others",
                    "G²"
                );
            }
            for w in words {
                outln!(
                    out,
                    "        {:<16} {:<20} {:>14} {:>11} {:>11} {:>7.1}",
                    w["word"].as_str().unwrap_or_default(),
                    format!("({})", w["example"].as_str().unwrap_or_default()),
                    w["missed_answers"].as_u64().unwrap_or_default(),
                    w["missed_count"].as_u64().unwrap_or_default(),
                    w["other_count"].as_u64().unwrap_or_default(),
                    w["g2"].as_f64().unwrap_or_default()
                );
            }
        }
    }
    if shown < actionable.len() {
        outln!(
            out,
            "\n… {} more themes with false positives or misses (--limit 0 lists them all)",
            actionable.len() - shown
        );
    }
    let quiet = listed.len() - actionable.len();
    if quiet > 0 {
        outln!(out, "\n{quiet} themes given by the rules had no false positive and no miss in the answers read.");
    }
    if actionable.is_empty() {
        outln!(out, "\nNo false positive and no missed answer in the answers read.");
    }
    super::print(&out)
}

/// The answers of the questions of `missed` that are not in it: what the missed answers' words
/// are compared with (other questions would bring their own vocabulary).
fn others(answers: &[Answer], missed: &[usize]) -> usize {
    let questions: HashSet<&str> = missed.iter().map(|&i| answers[i].reading.question.as_str()).collect();
    (0..answers.len())
        .filter(|i| !missed.contains(i) && questions.contains(answers[*i].reading.question.as_str()))
        .count()
}

/// The words over-represented in the `missed` answers against the other read answers of their
/// questions, highest G² first: only words found in two missed answers or more (one answer's
/// repetitions are no pattern), `WORDS` at most.
fn missed_words(answers: &[Answer], missed: &[usize], stemmer: &synthese::text::Stemmer) -> Vec<Value> {
    if missed.is_empty() {
        return Vec::new();
    }
    let questions: HashSet<&str> = missed.iter().map(|&i| answers[i].reading.question.as_str()).collect();
    // Per word: occurrences and answers among the missed; occurrences among the others.
    let mut inside: HashMap<&str, (u64, u64)> = HashMap::new();
    let mut outside: HashMap<&str, u64> = HashMap::new();
    let (mut total_in, mut total_out) = (0u64, 0u64);
    for (i, a) in answers.iter().enumerate() {
        if missed.contains(&i) {
            for (w, &n) in &a.words {
                let e = inside.entry(w.as_str()).or_default();
                e.0 += n;
                e.1 += 1;
                total_in += n;
            }
        } else if questions.contains(a.reading.question.as_str()) {
            for (w, &n) in &a.words {
                *outside.entry(w.as_str()).or_default() += n;
                total_out += n;
            }
        }
    }
    let needed = 2.min(missed.len() as u64);
    let mut scored: Vec<(&str, u64, u64, u64, f64)> = inside
        .iter()
        .filter(|(_, &(_, docs))| docs >= needed)
        .map(|(&w, &(n, docs))| {
            let other = outside.get(w).copied().unwrap_or(0);
            (w, n, docs, other, log_likelihood(n, total_in, other, total_out))
        })
        .filter(|s| s.4 > 0.0)
        .collect();
    scored.sort_by(|a, b| b.4.total_cmp(&a.4).then(a.0.cmp(b.0)));
    scored
        .into_iter()
        .take(WORDS)
        .map(|(w, n, docs, other, g2)| {
            json!({"word": w, "example": example(answers, missed, w, stemmer), "missed_answers": docs, "missed_count": n,
                   "other_count": other, "g2": (g2 * 100.0).round() / 100.0})
        })
        .collect()
}

/// The most frequent written form (lowercased) of an analysed word in the missed answers.
fn example(answers: &[Answer], missed: &[usize], word: &str, stemmer: &synthese::text::Stemmer) -> String {
    let mut forms: BTreeMap<String, u64> = BTreeMap::new();
    for &i in missed {
        for w in text::words(&answers[i].text) {
            if text::analyse_word(w.text, stemmer).is_some_and(|a| a.folded_stem == word) {
                *forms.entry(text::lowercase(w.text).into_owned()).or_default() += 1;
            }
        }
    }
    forms.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|(f, _)| f).unwrap_or_default()
}

/// An answer cut to about `SHOWN_CHARS` characters, on one line.
fn cut(text: &str) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(SHOWN_CHARS) {
        Some((at, _)) => format!("{}…", &one_line[..at]),
        None => one_line,
    }
}
