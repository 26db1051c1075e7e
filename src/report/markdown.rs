//! `synthese.md`: the synthesis a person reads, in the order of the published syntheses:
//! provenance, method, then per source and question the theme tree with counts, shares and
//! quotations (matched words in bold), and the lexicon with hit counts as an appendix.

use std::io::{self, Write};

use super::{percent, RunSummary, TOOL};
use crate::aggregate::{quotes_rule, Quote};
use crate::ingest::truncate;

pub fn write(w: &mut dyn Write, run: &RunSummary) -> io::Result<()> {
    let lex = &run.matcher.lexicons;
    let tally = run.tally;
    let (read, analysed, skipped, rejected) = tally.totals();
    writeln!(w, "# Synthèse des contributions\n")?;
    writeln!(
        w,
        "Written by {TOOL} without any statistical model: themes come from hand-written lexicons, applied the same way to every answer. \
         Every figure can be traced: `assignments.csv` lists each answer with its themes and the lexicon entries that matched, \
         `rejects.csv` every record that was not analysed and why.\n"
    )?;

    writeln!(w, "## 1. Provenance\n")?;
    writeln!(w, "| input | format | encoding | sha256 | records read | analysed | skipped | rejected |")?;
    writeln!(w, "|---|---|---|---|---:|---:|---:|---:|")?;
    for i in &tally.inputs {
        writeln!(
            w,
            "| `{}` | {} | {} | `{}` | {} | {} | {} | {} |",
            i.shown,
            i.format,
            i.encoding,
            &i.sha256[..16],
            i.read(),
            i.analysed,
            i.skipped_total(),
            i.rejected
        )?;
    }
    writeln!(w, "| **all** | | | | **{read}** | **{analysed}** | **{skipped}** | **{rejected}** |\n")?;
    let adds_up = if read == analysed + skipped + rejected {
        "the counts add up"
    } else {
        "THE COUNTS DO NOT ADD UP (a bug: please report it)"
    };
    writeln!(w, "Records read = analysed + skipped + rejected: {read} = {analysed} + {skipped} + {rejected}; {adds_up}. (sha256 shortened to 16 digits; full in `run.json`.)\n")?;
    let mut reasons = std::collections::BTreeMap::<&str, u64>::new();
    for i in &tally.inputs {
        for (r, n) in &i.skipped {
            *reasons.entry(r).or_default() += n;
        }
    }
    if !reasons.is_empty() {
        writeln!(w, "Skipped, by reason:\n")?;
        for (r, n) in reasons {
            writeln!(w, "- {r}: {n}")?;
        }
        writeln!(w)?;
    }
    if rejected > 0 {
        writeln!(w, "{rejected} rejected rows are listed in `rejects.csv` with their file, line and reason.\n")?;
    }
    for (about, notes) in
        std::iter::once(("the inputs", &tally.notes)).chain(tally.inputs.iter().map(|i| (i.shown.as_str(), &i.notes)))
    {
        if notes.is_empty() {
            continue;
        }
        writeln!(w, "Notes on {about}:\n")?;
        for n in notes {
            writeln!(w, "- {}", n.replace(['\n', '\r', '|', '<', '>'], " "))?;
        }
        writeln!(w)?;
    }

    writeln!(w, "## 2. Method\n")?;
    writeln!(w, "Lexicons (combined sha256 `{}`):\n", lex.combined_sha256())?;
    writeln!(w, "| file | family | applies to | themes | entries | sha256 |")?;
    writeln!(w, "|---|---|---|---:|---:|---|")?;
    for (f, file) in lex.files.iter().enumerate() {
        let mut scope = Vec::new();
        if !file.topics.is_empty() {
            scope.push(format!("topics: {}", file.topics.join(", ")));
        }
        if !file.questions.is_empty() {
            scope.push(format!("questions: {}", file.questions.join(", ")));
        }
        let scope = if scope.is_empty() { "all answers".to_owned() } else { scope.join("; ") };
        let themes = lex.themes.iter().filter(|t| t.file == f).count();
        let entries = lex.entries.iter().filter(|e| e.file == f).count();
        writeln!(
            w,
            "| `{}` | {} | {} | {themes} | {entries} | `{}` |",
            file.path,
            escape(&file.name),
            escape(&scope),
            &file.sha256[..16]
        )?;
    }
    writeln!(w, "\nText analysis, applied to answers and lexicon entries alike:\n")?;
    for step in crate::text::ANALYSIS_STEPS {
        writeln!(w, "1. {step}")?;
    }
    writeln!(w, "\nMatch policy: longest entry first; the words it covers are not counted again by another entry of the same file; an answer belongs to every theme with a matching entry and to that theme's parents (see `lexicons/README.md`).")?;
    writeln!(w, "Shares are % of the free-text answers to the question. Closed and multiple-choice answers are counted, not classified.")?;
    writeln!(w, "Quotations: {} (two are shown here, all in `run.json`).\n", quotes_rule())?;
    writeln!(w, "To reproduce: `{}`.\n", run.command)?;

    writeln!(w, "## 3. Results\n")?;
    let mut source = "";
    for (key, group) in &tally.groups {
        if key.source != source {
            source = &key.source;
            writeln!(w, "### {}\n", escape(source))?;
        }
        let title = if group.question.title == group.question.id {
            escape(&group.question.id)
        } else {
            format!("Q{} — {}", group.question.id, escape(&group.question.title))
        };
        writeln!(w, "#### {title}\n")?;
        if !group.choices.is_empty() {
            let total: u64 = group.choices.values().sum();
            let parts: Vec<String> = group
                .choices
                .iter()
                .map(|(v, n)| format!("{} {n} ({} %)", escape(&truncate(v, 80)), percent(*n, total)))
                .collect();
            writeln!(w, "Closed answers: {}.\n", parts.join("; "))?;
        }
        if group.texts == 0 {
            continue;
        }
        let none = group.texts - group.classified;
        writeln!(
            w,
            "{} free-text answers; {} ({} %) matched at least one theme, {none} ({} %) none.\n",
            group.texts,
            group.classified,
            percent(group.classified, group.texts),
            percent(none, group.texts)
        )?;
        if group.themes.is_empty() {
            continue;
        }
        writeln!(w, "| theme | answers | % of answers |")?;
        writeln!(w, "|---|---:|---:|")?;
        for (&t, &n) in &group.themes {
            let theme = &lex.themes[t as usize];
            let name = if theme.depth == 0 {
                format!("**{}** ({})", escape(&theme.name), escape(&lex.files[theme.file].name))
            } else {
                format!("{}↳ {}", "&nbsp;&nbsp;".repeat(theme.depth * 2), escape(&theme.name))
            };
            writeln!(w, "| {name} | {n} | {} |", percent(n, group.texts))?;
        }
        writeln!(w)?;
        for (&t, quotes) in &group.quotes {
            if quotes.is_empty() {
                continue;
            }
            writeln!(w, "*{}*\n", escape(&lex.theme_label(t as usize)))?;
            for q in quotes.iter().take(2) {
                writeln!(w, "> {} — `{}`\n", highlight(q), escape(&q.record_id))?;
            }
        }
    }

    writeln!(w, "## 4. Appendix: the lexicon entries and their hits\n")?;
    writeln!(w, "Hits count every match; answers count each answer once. Entries that never matched are marked ∅.\n")?;
    for (f, file) in lex.files.iter().enumerate() {
        writeln!(w, "### {} (`{}`)\n", escape(&file.name), file.path)?;
        writeln!(w, "| line | theme | entry | hits | answers |")?;
        writeln!(w, "|---:|---|---|---:|---:|")?;
        for (e, entry) in lex.entries.iter().enumerate().filter(|(_, e)| e.file == f) {
            let mark = if tally.entry_hits[e] == 0 { " ∅" } else { "" };
            writeln!(
                w,
                "| {} | {} | `{}`{mark} | {} | {} |",
                entry.line,
                escape(&lex.themes[entry.theme].path),
                entry.text.replace('`', "'"),
                tally.entry_hits[e],
                tally.entry_answers[e]
            )?;
        }
        writeln!(w)?;
    }
    Ok(())
}

/// Text safe inside a Markdown table or quote: no markup, no HTML, one line.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// The quotation with its matched words in bold, cut to about 400 characters around them.
fn highlight(q: &Quote) -> String {
    let text = &q.text;
    let first = q.spans.first().map_or(0, |s| s.0 as usize);
    let mut start = first.saturating_sub(150);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (start + 400).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut at = start;
    for &(s, e) in &q.spans {
        let (s, e) = (s as usize, e as usize);
        if s < at || e > end {
            continue;
        }
        out.push_str(&escape(&text[at..s]));
        out.push_str("**");
        out.push_str(&escape(&text[s..e]));
        out.push_str("**");
        at = e;
    }
    out.push_str(&escape(&text[at..end]));
    if end < text.len() {
        out.push('…');
    }
    out
}
