//! `synthese.md`: the synthesis a person reads, in the order of the published syntheses:
//! provenance, method, then per source and question the theme tree with counts, shares,
//! respondents and intervals, and quotations (matched words in bold); places, weeks,
//! specificities, duplicates and campaigns, the review sample; the lexicon with hit counts as
//! an appendix. `synthese.html` shows the same figures with charts.

use crate::aggregate::dups::CAMPAIGNS_SHOWN;
use std::io::{self, Write};

use super::{interval, percent, RunSummary, TOOL};
use crate::aggregate::breakdown::UNKNOWN_WEEK;
use crate::aggregate::{dates, geo, quotes_rule, Quote};
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
            "| {} | {} | {} | `{}` | {} | {} | {} | {} |",
            code(&i.shown),
            escape(&i.format),
            escape(&i.encoding),
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
    let (answers, answers_once) = tally.answers();
    let d = &tally.dups;
    writeln!(
        w,
        "{analysed} contributions from {} distinct contributors hold {answers} free-text answers ({answers_once} counting each campaign once). \
         Duplicates: {} answers repeat an earlier identical text ({} distinct texts were submitted more than once), {} more joined a near-identical one; \
         {} duplicate groups of 10+ words, {} of them campaigns ({} submissions or more, section 7).\n",
        tally.respondents.contributors(),
        d.exact_repeats,
        d.repeated_texts(),
        d.near_joins,
        d.groups.len(),
        tally.campaigns.len(),
        tally.settings.campaign_size
    )?;
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
        writeln!(w, "Notes on {}:\n", escape(about))?;
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
        let scope = file.scope_description();
        let themes = lex.themes.iter().filter(|t| t.file == f).count();
        let entries = lex.entries.iter().filter(|e| e.file == f).count();
        writeln!(
            w,
            "| {} | {} | {} | {themes} | {entries} | `{}` |",
            code(&file.path),
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
    writeln!(w, "Shares are % of the free-text answers to the question (% of answers) and % of the contributors who answered it (% of respondents), with {}. Closed and multiple-choice answers are counted, not classified.\n", super::CI_RULE)?;
    writeln!(w, "- Respondents: {}.", crate::aggregate::respondents::RULE)?;
    if tally.settings.weight_by_author {
        writeln!(w, "- Weighting (on in this run): {}.", crate::aggregate::respondents::WEIGHT_RULE)?;
    } else {
        writeln!(w, "- Weighting: none (every answer counts 1; `--weight-by-author` applies La Grande Annotation's 1/N weighting).")?;
    }
    writeln!(w, "- Duplicates and campaigns: {}. Each count is given counting every submission and counting each campaign once.", crate::aggregate::dups::rule(tally.settings.campaign_size))?;
    writeln!(w, "- Places: {}.", geo::RULE)?;
    writeln!(w, "- Weeks: ISO 8601 weeks (Monday to Sunday) of the publication date; records without a usable date are counted as unknown.")?;
    writeln!(w, "- Specificities: {}.", crate::aggregate::breakdown::specificity_rule())?;
    writeln!(w, "- Quotations: {} (two are shown here, all in `run.json`; `synthese.html` also shows keyword-in-context lines: {}).", quotes_rule(), crate::aggregate::kwic_rule())?;
    writeln!(w, "- Review sample (`review.csv`): {}.\n", crate::aggregate::review::rule(&tally.settings))?;
    writeln!(w, "To reproduce: {}.\n", code(&run.command))?;

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
            "{} free-text answers from {} respondents ({} answers counting each campaign once); {} ({} %) matched at least one theme, {none} ({} %) none.\n",
            group.texts,
            group.respondents,
            group.once.texts,
            group.classified,
            percent(group.classified, group.texts),
            percent(none, group.texts)
        )?;
        if group.themes.is_empty() {
            continue;
        }
        let weighted = group.weighted.as_ref();
        writeln!(
            w,
            "| theme | answers | % of answers [95% CI] | respondents | % of respondents [95% CI] | campaigns once |{}",
            if weighted.is_some() { " weighted 1/N |" } else { "" }
        )?;
        writeln!(w, "|---|---:|---:|---:|---:|---:|{}", if weighted.is_some() { "---:|" } else { "" })?;
        for (&t, &n) in &group.themes {
            let theme = &lex.themes[t as usize];
            let name = if theme.depth == 0 {
                format!("**{}** ({})", escape(&theme.name), escape(&lex.files[theme.file].name))
            } else {
                format!("{}↳ {}", "&nbsp;&nbsp;".repeat(theme.depth * 2), escape(&theme.name))
            };
            let r = group.theme_respondents.get(&t).copied().unwrap_or(0);
            let once = group.once.themes.get(&t).copied().unwrap_or(0);
            let wcell =
                weighted.map_or(String::new(), |x| format!(" {:.1} |", x.themes.get(&t).copied().unwrap_or(0.0)));
            writeln!(
                w,
                "| {name} | {n} | {} {} | {r} | {} {} | {once} |{wcell}",
                percent(n, group.texts),
                interval(n, group.texts),
                percent(r, group.respondents),
                interval(r, group.respondents)
            )?;
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

    write_breakdowns(w, run)?;
    writeln!(w, "## 9. Appendix: the lexicon entries and their hits\n")?;
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

/// Sections 4 to 8: places, weeks, specificities, duplicates and campaigns, review sample.
fn write_breakdowns(w: &mut dyn Write, run: &RunSummary) -> io::Result<()> {
    let lex = &run.matcher.lexicons;
    let tally = run.tally;
    let b = &tally.breakdowns;
    let g = geo::geography();
    writeln!(w, "## 4. Places\n")?;
    writeln!(w, "From the contributors' postal codes (rule in section 2). Every figure counts every submission; all themes per place are in `geography.csv`.\n")?;
    writeln!(w, "| postal code | contributions | examples |")?;
    writeln!(w, "|---|---:|---|")?;
    for (status, kind) in &b.zips {
        let examples: Vec<String> = kind.examples.iter().map(|e| format!("`{}`", e.replace('`', "'"))).collect();
        writeln!(w, "| {} | {} | {} |", status.label(), kind.records, examples.join(" "))?;
    }
    writeln!(w)?;
    let regions = b.regions();
    let place_table = |w: &mut dyn Write, rows: Vec<(String, &crate::aggregate::Slice)>| -> io::Result<()> {
        writeln!(w, "| place | contributions | answers | % with a theme |")?;
        writeln!(w, "|---|---:|---:|---:|")?;
        for (name, s) in rows {
            writeln!(
                w,
                "| {} | {} | {} | {} |",
                escape(&name),
                s.records,
                s.answers,
                percent(s.classified, s.answers)
            )?;
        }
        writeln!(w)
    };
    writeln!(w, "### By région\n")?;
    let mut rows: Vec<(String, &crate::aggregate::Slice)> =
        g.regions.iter().zip(&regions).map(|(r, s)| (format!("{} {}", r.code, r.name), s)).collect();
    rows.push(("unknown".into(), regions.last().expect("the unknown slice")));
    place_table(w, rows)?;
    writeln!(w, "### By département\n")?;
    let mut rows: Vec<(String, &crate::aggregate::Slice)> = g
        .departements
        .iter()
        .zip(&b.departements)
        .filter(|(_, s)| s.records > 0)
        .map(|(d, s)| (format!("{} {} ({})", d.code, d.name, g.regions[d.region].name), s))
        .collect();
    rows.push(("unknown".into(), b.departements.last().expect("the unknown slice")));
    writeln!(w, "Départements without any contribution are left out here (they are in `geography.csv`).\n")?;
    place_table(w, rows)?;

    writeln!(w, "## 5. Weeks of publication\n")?;
    writeln!(w, "| week | from | contributions | answers | % with a theme |")?;
    writeln!(w, "|---|---|---:|---:|---:|")?;
    for (monday, s) in &b.weeks {
        let iso = if monday == UNKNOWN_WEEK {
            UNKNOWN_WEEK.to_owned()
        } else {
            dates::iso_week(dates::day_number(monday).expect("a date"))
        };
        writeln!(w, "| {iso} | {monday} | {} | {} | {} |", s.records, s.answers, percent(s.classified, s.answers))?;
    }
    writeln!(w)?;
    writeln!(w, "By source:\n")?;
    writeln!(w, "| source | contributions | answers | % with a theme |")?;
    writeln!(w, "|---|---:|---:|---:|")?;
    for (name, s) in &b.sources {
        writeln!(w, "| {} | {} | {} | {} |", escape(name), s.records, s.answers, percent(s.classified, s.answers))?;
    }
    writeln!(w)?;

    writeln!(w, "## 6. Specificities: themes over- and under-represented\n")?;
    writeln!(w, "Test in section 2. {} listings; all in `specificities.csv`.\n", tally.specificities.len())?;
    if !tally.specificities.is_empty() {
        writeln!(w, "| by | group | theme | | observed | expected | G² |")?;
        writeln!(w, "|---|---|---|---|---:|---:|---:|")?;
        for s in &tally.specificities {
            writeln!(
                w,
                "| {} | {} | {} | {} | {} | {:.1} | {:.1} |",
                s.dimension,
                escape(&s.group),
                escape(&lex.theme_label(s.theme as usize)),
                if s.over() { "over ▲" } else { "under ▼" },
                s.observed,
                s.expected,
                s.g2
            )?;
        }
        writeln!(w)?;
    }

    writeln!(w, "## 7. Quality: unmatched answers, duplicates and campaigns\n")?;
    let (answers, once) = tally.answers();
    let classified: u64 = tally.groups.values().map(|g| g.classified).sum();
    let classified_once: u64 = tally.groups.values().map(|g| g.once.classified).sum();
    writeln!(
        w,
        "{} of {answers} answers ({} %) matched no theme; counting each campaign once, {} of {once} ({} %).\n",
        answers - classified,
        percent(answers - classified, answers),
        once - classified_once,
        percent(once - classified_once, once)
    )?;
    let d = &tally.dups;
    writeln!(w, "| duplicates | count |")?;
    writeln!(w, "|---|---:|")?;
    writeln!(w, "| free-text answers | {} |", d.answers)?;
    writeln!(w, "| distinct texts (after normalisation) | {} |", d.distinct_texts())?;
    writeln!(w, "| texts submitted more than once | {} |", d.repeated_texts())?;
    writeln!(w, "| answers repeating an earlier identical text | {} |", d.exact_repeats)?;
    writeln!(w, "| texts that joined a near-identical one | {} |", d.near_joins)?;
    writeln!(w, "| duplicate groups (10+ words) | {} |", d.groups.len())?;
    writeln!(w, "| campaigns ({}+ submissions) | {} |", tally.settings.campaign_size, tally.campaigns.len())?;
    writeln!(w, "| texts not indexed for near-duplicates (cap reached) | {} |\n", d.not_indexed)?;
    if tally.campaigns.len() > CAMPAIGNS_SHOWN {
        writeln!(
            w,
            "The {CAMPAIGNS_SHOWN} largest of the {} campaigns; campaigns.csv lists them all.\n",
            tally.campaigns.len()
        )?;
    }
    for (rank, &c) in tally.campaigns.iter().take(CAMPAIGNS_SHOWN).enumerate() {
        let group = &d.groups[c];
        let questions: Vec<String> = group
            .questions()
            .iter()
            .map(|(&gid, &n)| {
                let key = &tally.group_keys[gid as usize];
                format!("{} {} ({n})", escape(&key.source), escape(&tally.groups[key].question.id))
            })
            .collect();
        let mut themes: Vec<(u32, u64)> = group.themes(&tally.sets).into_iter().collect();
        themes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let themes: Vec<String> =
            themes.iter().take(5).map(|&(t, n)| format!("{} ({n})", escape(&lex.theme_label(t as usize)))).collect();
        writeln!(
            w,
            "**Campaign {}**: {} submissions ({} distinct texts), first on {}; questions: {}; themes: {}.\n",
            rank + 1,
            group.size,
            group.variants,
            group.first_day().map_or("an unknown date".into(), dates::civil),
            questions.join(", "),
            if themes.is_empty() { "none".to_owned() } else { themes.join(", ") }
        )?;
        writeln!(w, "> {} — `{}`\n", escape(&truncate(&group.sample, 400)), escape(group.sample_record()))?;
    }

    writeln!(w, "## 8. Review sample\n")?;
    let rows: usize = tally.groups.values().flat_map(|g| g.review.values()).map(Vec::len).sum();
    writeln!(
        w,
        "`review.csv` holds {rows} answers for annotators (seed {}): {}. Its empty columns `verdict` (correct / wrong), `correct_themes`, `missing_themes`, `reviewer` and `comment` are for the reviewer; the share of `correct` verdicts in a theme's rows estimates that theme's precision, and the `(no theme)` rows show what the lexicons miss.\n",
        tally.settings.review_seed,
        crate::aggregate::review::rule(&tally.settings)
    )?;
    Ok(())
}

/// A user-given string (a path, a command) as a code span, where nothing is markup; one that
/// would end the span or the table row (a backtick, `|`, a line end) is [`escape`]d instead.
pub fn code(text: &str) -> String {
    if text.contains(['`', '|', '\n', '\r']) {
        escape(text)
    } else {
        format!("`{text}`")
    }
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
    out.push_str(&super::mark(text, &q.spans, (start, end), escape, ("**", "**")));
    if end < text.len() {
        out.push('…');
    }
    out
}
