//! `synthese.md` and `lexicon.md`: the synthesis model ([`super::model`]) as Markdown, for people
//! who read reports in a text editor, a forge or a diff. `synthese.md` follows the HTML index:
//! contents, what people said (per question its top themes), the warnings, then one section per
//! question (its theme tree and a quotation per top-level theme), places, weeks, campaigns, and
//! provenance and method last. `lexicon.md` holds the lexicon entries and their hits.
//!
//! Every string that comes from the inputs or the command line goes through [`escape`]: no
//! markup, no table cell break, no line break gets through.

use std::fmt::Write as _;

use super::model::{slug, QuestionReport, Synthesis};

/// A user-given string made inert for Markdown and safe in a table cell: HTML and Markdown
/// markup characters are backslash-escaped or written as entities, line breaks become spaces.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '|' => out.push_str("\\|"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// `text` inside an inline code span, whatever backticks it holds.
fn code(text: &str) -> String {
    let clean: String =
        text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect::<String>().replace('|', "\\|");
    if clean.contains('`') {
        format!("`` {clean} ``")
    } else {
        format!("`{clean}`")
    }
}

fn title_of(q: &QuestionReport) -> String {
    escape(&q.short_title)
}

/// The anchor GitHub and most renderers give a heading: made stable here with an explicit id.
fn anchor(q: &QuestionReport) -> String {
    format!("q{}", q.number)
}

pub fn render(model: &Synthesis) -> Vec<(String, String)> {
    vec![("synthese.md".to_owned(), synthesis(model)), ("lexicon.md".to_owned(), lexicon(model))]
}

fn synthesis(model: &Synthesis) -> String {
    let t = &model.totals;
    let mut w = String::with_capacity(1 << 16);
    let sources: Vec<String> = model.sources.iter().map(|s| escape(&s.source)).collect();
    let _ = writeln!(w, "# Synthèse des contributions\n");
    let _ = writeln!(
        w,
        "{} contributions read ({}), {} free-text answers to {} questions, themed by hand-written lexicons applied the same way to every answer, with no statistical model ({}). Each share is a % of the question's answers with its 95 % interval.\n",
        t.analysed,
        sources.join(", "),
        t.answers,
        t.questions,
        escape(&model.tool)
    );
    let _ = writeln!(w, "## Contents\n");
    let _ = writeln!(w, "- [What people said](#summary)");
    if !model.warnings.is_empty() {
        let _ = writeln!(w, "- [Before you read these figures](#warnings)");
    }
    let _ = writeln!(w, "- [The questions](#questions)");
    for q in model.questions() {
        let _ = writeln!(w, "  - [{} · {}](#{})", escape(&q.source), title_of(q), anchor(q));
    }
    for (id, name) in [
        ("places", "Places"),
        ("weeks", "Weeks"),
        ("campaigns", "Duplicates and campaigns"),
        ("provenance", "Provenance"),
        ("method", "Method"),
    ] {
        let _ = writeln!(w, "- [{name}](#{id})");
    }
    let _ = writeln!(w, "- [The lexicon entries and their hits](lexicon.md)\n");

    let _ = writeln!(w, "<a id=\"summary\"></a>\n## What people said\n");
    for source in &model.sources {
        let _ = writeln!(
            w,
            "### {}\n\n{} contributions, {} answers, {} % matched a theme.\n",
            escape(&source.source),
            source.records,
            source.answers,
            source.classified.percent()
        );
        for debate in &source.debates {
            if let Some(d) = &debate.debate {
                let _ = writeln!(w, "**Débat : {}**\n", escape(d));
            }
            let _ = writeln!(w, "| question | answers | top themes, % of answers [95 % CI] | no theme |");
            let _ = writeln!(w, "|---|---:|---|---:|");
            for q in &debate.questions {
                let several = q.summary.len() > 1;
                let mut lines: Vec<String> = q
                    .summary
                    .iter()
                    .map(|line| {
                        let tops: Vec<String> = line
                            .themes
                            .iter()
                            .map(|t| {
                                let corrected = t
                                    .corrected
                                    .map_or_else(String::new, |c| format!(" (corrected by reading: {})", c.percent()));
                                format!(
                                    "{} **{} %** {}{corrected}",
                                    escape(&t.label),
                                    t.answers.percent(),
                                    t.answers.interval()
                                )
                            })
                            .collect();
                        if several {
                            format!("*{}:* {}", escape(&line.family), tops.join(" · "))
                        } else {
                            tops.join(" · ")
                        }
                    })
                    .collect();
                if q.other_families > 0 {
                    lines.push(format!("*and {} other lexicon families on the question's page*", q.other_families));
                }
                if q.answers == 0 && !q.choices.is_empty() {
                    let parts: Vec<String> = q
                        .choices
                        .iter()
                        .take(4)
                        .map(|c| {
                            format!("{} {} %", escape(&crate::ingest::truncate(&c.value, 40)), c.answers.percent())
                        })
                        .collect();
                    lines.push(format!("closed answers: {}", parts.join(" · ")));
                }
                let views = lines;
                let none = if q.answers > 0 { format!("{} %", q.unclassified.percent()) } else { String::new() };
                let _ = writeln!(
                    w,
                    "| [{}](#{}) | {} | {} | {none} |",
                    title_of(q),
                    anchor(q),
                    q.answers,
                    views.join("<br>")
                );
            }
            let _ = writeln!(w);
        }
    }
    if !model.warnings.is_empty() {
        let _ = writeln!(w, "<a id=\"warnings\"></a>\n## Before you read these figures\n");
        for warning in &model.warnings {
            let links: Vec<String> = warning
                .questions
                .iter()
                .filter_map(|&n| model.question(n))
                .map(|q| format!("[{}](#{})", title_of(q), anchor(q)))
                .collect();
            let _ = write!(w, "- {}", escape(&warning.message));
            if !links.is_empty() {
                let _ = write!(w, " {}", links.join("; "));
            }
            let _ = writeln!(w);
        }
        let _ = writeln!(w);
    }

    let _ = writeln!(w, "<a id=\"questions\"></a>\n## The questions\n");
    for q in model.questions() {
        question(&mut w, model, q);
    }
    places(&mut w, model);
    weeks(&mut w, model);
    campaigns(&mut w, model);
    provenance(&mut w, model);
    method(&mut w, model);
    w
}

fn question(w: &mut String, model: &Synthesis, q: &QuestionReport) {
    let _ = writeln!(w, "<a id=\"{}\"></a>\n### {} · {}\n", anchor(q), escape(&q.source), title_of(q));
    if q.question_id.is_some() && q.title.chars().count() > 90 {
        let _ = writeln!(w, "*{}*\n", escape(&q.title));
    }
    let _ = writeln!(
        w,
        "{} free-text answers from {} respondents ({} counting each campaign once); {} ({} %) matched no theme. Details, quotations and keywords in context: [the question's page]({}).\n",
        q.answers,
        q.respondents,
        q.answers_campaigns_once,
        q.unclassified.count,
        q.unclassified.percent(),
        q.page
    );
    if !q.choices.is_empty() {
        let parts: Vec<String> = q
            .choices
            .iter()
            .map(|c| {
                format!(
                    "{} {} ({} %)",
                    escape(&crate::ingest::truncate(&c.value, 80)),
                    c.answers.count,
                    c.answers.percent()
                )
            })
            .collect();
        let _ = writeln!(w, "Closed answers: {}.\n", parts.join("; "));
    }
    for v in q.views.iter().filter(|v| !v.themes.is_empty()) {
        let weighted = v.themes.iter().any(|t| t.weighted_answers.is_some());
        let _ = writeln!(w, "**{}** (read {} answers)\n", escape(&v.family), v.answers_in_scope);
        let _ = writeln!(
            w,
            "| theme | answers | % of answers [95% CI] | respondents | % of respondents [95% CI] | campaigns once |{}",
            if weighted { " weighted 1/N |" } else { "" }
        );
        let _ = writeln!(w, "|---|---:|---:|---:|---:|---:|{}", if weighted { "---:|" } else { "" });
        for t in &v.themes {
            let indent = "&nbsp;&nbsp;".repeat(t.depth * 2);
            let own = &model.lexicons.themes[t.theme].name;
            let name = if t.depth == 0 { format!("**{}**", escape(own)) } else { escape(own) };
            let _ = write!(
                w,
                "| {indent}{name} | {} | {} % {} | {} | {} % {} | {} |",
                t.answers.count,
                t.answers.percent(),
                t.answers.interval(),
                t.respondents.count,
                t.respondents.percent(),
                t.respondents.interval(),
                t.answers_campaigns_once
            );
            if weighted {
                let _ = write!(w, " {:.1} |", t.weighted_answers.unwrap_or(0.0));
            }
            let _ = writeln!(w);
        }
        let _ = writeln!(w);
        let reviewed: Vec<&super::model::ThemeRow> =
            v.themes.iter().filter(|t| t.depth == 0 && t.reviewed.is_some()).collect();
        if !reviewed.is_empty() {
            let _ = writeln!(w, "Checked by reading:\n\n| theme | % by the rules | read | precision [95% CI] | recall [95% CI] | corrected % [95% CI] | % among the read answers alone | flag |\n|---|---:|---:|---:|---:|---:|---:|---|");
            let bounded = |b: Option<super::reviewed::Bounded>| b.map_or_else(|| "–".to_owned(), |b| b.percent());
            for t in reviewed {
                let r = t.reviewed.as_ref().expect("filtered");
                let _ = writeln!(
                    w,
                    "| {} | {} % | {} | {} | {} | **{}** | {} | {} |",
                    escape(&t.label),
                    t.answers.percent(),
                    r.read,
                    bounded(r.precision),
                    bounded(r.recall),
                    r.corrected.percent(),
                    r.reviewed_alone.percent(),
                    r.flag().map(|f| escape(&f)).unwrap_or_default()
                );
            }
            let _ = writeln!(w);
        }
        for t in v.themes.iter().filter(|t| t.depth == 0) {
            if let Some(quote) = t.quotes.first() {
                let marked = super::mark(&quote.text, &quote.matched, (0, quote.text.len()), escape, ("**", "**"));
                let _ = writeln!(
                    w,
                    "> *{}*: « {marked} » — record {}, {}\n",
                    escape(&model.lexicons.themes[t.theme].name),
                    escape(&quote.record_id),
                    code(&format!("{}:{}", quote.input, quote.line))
                );
            }
        }
    }
}

fn places(w: &mut String, model: &Synthesis) {
    let g = &model.geography;
    let _ = writeln!(w, "<a id=\"places\"></a>\n## Places\n");
    let _ = writeln!(w, "From the contributors' postal codes; every theme per région and département is in `geography.csv`, the charts in [the places page](pages/places.html).\n");
    let _ = writeln!(w, "| postal code | contributions | examples |\n|---|---:|---|");
    for z in &g.postal_codes {
        let examples: Vec<String> = z.examples.iter().map(|e| code(e)).collect();
        let _ = writeln!(w, "| {} | {} | {} |", escape(&z.label), z.records, examples.join(" "));
    }
    let _ = writeln!(w, "\n| région | contributions | answers | % with a theme [95% CI] |\n|---|---:|---:|---:|");
    for r in g.regions.iter().chain(std::iter::once(&g.unknown)) {
        let _ = writeln!(
            w,
            "| {} | {} | {} | {} % {} |",
            escape(&r.name),
            r.records,
            r.answers,
            r.classified.percent(),
            r.classified.interval()
        );
    }
    let _ = writeln!(w);
}

fn weeks(w: &mut String, model: &Synthesis) {
    let _ = writeln!(w, "<a id=\"weeks\"></a>\n## Weeks\n");
    let _ =
        writeln!(w, "| week | from | contributions | answers | % with a theme [95% CI] |\n|---|---|---:|---:|---:|");
    for wk in &model.weeks {
        let _ = writeln!(
            w,
            "| {} | {} | {} | {} | {} % {} |",
            escape(&wk.iso_week),
            escape(&wk.week_start),
            wk.records,
            wk.answers,
            wk.classified.percent(),
            wk.classified.interval()
        );
    }
    let _ = writeln!(w);
}

/// Campaigns listed in the Markdown (the HTML page lists more; `campaigns.csv` all).
const CAMPAIGNS_LISTED: usize = 10;

fn campaigns(w: &mut String, model: &Synthesis) {
    let d = &model.duplicates;
    let _ = writeln!(w, "<a id=\"campaigns\"></a>\n## Duplicates and campaigns\n");
    let _ = writeln!(
        w,
        "{} answers: {} distinct texts; {} answers repeat an earlier identical text, {} joined a near-identical one; {} duplicate groups of 10+ words, {} of them campaigns ({}+ submissions, {} submissions in all). The largest {} here; [the campaigns page](pages/campaigns.html) and `campaigns.csv` have more.\n",
        d.answers,
        d.distinct_texts,
        d.exact_repeats,
        d.near_joins,
        d.groups,
        d.campaign_count,
        model.method.settings.campaign_size,
        d.campaign_submissions,
        CAMPAIGNS_LISTED.min(d.campaigns.len())
    );
    for c in d.campaigns.iter().take(CAMPAIGNS_LISTED) {
        let _ = writeln!(
            w,
            "{}. **{} submissions** ({} distinct texts), first on {}: « {} » (record {})",
            c.rank,
            c.size,
            c.variants,
            c.first_day.as_deref().unwrap_or("an unknown date"),
            escape(&crate::ingest::truncate(&c.sample, 200)),
            escape(&c.sample_record)
        );
    }
    let _ = writeln!(w);
}

fn provenance(w: &mut String, model: &Synthesis) {
    let t = &model.totals;
    let _ = writeln!(w, "<a id=\"provenance\"></a>\n## Provenance\n");
    let _ = writeln!(w, "| input | format | encoding | sha256 | records read | analysed | skipped | rejected |\n|---|---|---|---|---:|---:|---:|---:|");
    for i in &model.inputs {
        let _ = writeln!(
            w,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            code(&i.path),
            escape(&i.format),
            escape(&i.encoding),
            code(&i.sha256[..16.min(i.sha256.len())]),
            i.read,
            i.analysed,
            i.skipped.values().sum::<u64>(),
            i.rejected
        );
    }
    let _ = writeln!(
        w,
        "| **all** | | | | **{}** | **{}** | **{}** | **{}** |\n",
        t.read, t.analysed, t.skipped, t.rejected
    );
    let adds_up = if t.read == t.analysed + t.skipped + t.rejected {
        "the counts add up"
    } else {
        "THE COUNTS DO NOT ADD UP (a bug: please report it)"
    };
    let _ = writeln!(
        w,
        "Records read = analysed + skipped + rejected: {} = {} + {} + {}; {adds_up}. {} distinct contributors; {} free-text answers ({} counting each campaign once). Rejected records are in `rejects.csv` with their file, line and reason.\n",
        t.read, t.analysed, t.skipped, t.rejected, t.contributors, t.answers, t.answers_campaigns_once
    );
    if !t.skipped_by_reason.is_empty() {
        let _ = writeln!(w, "Skipped, by reason:\n");
        for (r, n) in &t.skipped_by_reason {
            let _ = writeln!(w, "- {}: {n}", escape(r));
        }
        let _ = writeln!(w);
    }
    for (about, notes) in
        std::iter::once(("the inputs", &model.notes)).chain(model.inputs.iter().map(|i| (i.path.as_str(), &i.notes)))
    {
        if notes.is_empty() {
            continue;
        }
        let _ = writeln!(w, "Notes on {}:\n", escape(about));
        for n in notes {
            let _ = writeln!(w, "- {}", escape(n));
        }
        let _ = writeln!(w);
    }
}

fn method(w: &mut String, model: &Synthesis) {
    let m = &model.method;
    let _ = writeln!(w, "<a id=\"method\"></a>\n## Method\n");
    let _ = writeln!(w, "| lexicon file | family | applies to | themes | entries | never matched | sha256 |\n|---|---|---|---:|---:|---:|---|");
    for f in &model.lexicons.files {
        let _ = writeln!(
            w,
            "| {} | {} | {} | {} | {} | {} | {} |",
            code(&f.path),
            escape(&f.name),
            escape(&f.applies_to),
            f.themes,
            f.entries,
            f.entries_never_matched,
            code(&f.sha256[..16.min(f.sha256.len())])
        );
    }
    let _ = writeln!(
        w,
        "\nLexicons: combined sha256 {}.\n\nText analysis, applied to answers and lexicon entries alike:\n",
        code(&model.lexicons.sha256)
    );
    for step in &m.analysis {
        let _ = writeln!(w, "1. {}", escape(step));
    }
    let _ = writeln!(w);
    for (name, rule) in m.listed() {
        let _ = writeln!(w, "- {name}: {}.", escape(&rule));
    }
    let _ = writeln!(
        w,
        "- Review sample: `review.csv`, {} rows, seed {}: {}. It is the file `synthese review` draws: beside each top-level theme the rules gave (`theme_1`, …), the reader writes `right` or `wrong` in its verdict (`verdict_1`, …), adds the themes the rules missed in `missed_themes`, and writes their name in `reviewer` (a row counts as read only then), the date in `reviewed_on` and a `comment` if any; the filled file reads back with `synthese run --reviewed` or `synthese eval --reviewed`, which correct the shares by what the reading found.",
        model.review.rows,
        model.review.seed,
        escape(&model.review.rule)
    );
    if let Some(r) = &model.reading {
        let _ = writeln!(
            w,
            "\n**Checked by reading.** {} rows read by {} in {} review files, {} of them answers of this run:\n",
            r.rows_read,
            escape(&r.reviewers.join(", ")),
            r.files.len(),
            r.rows_matched
        );
        for (file, sha) in &r.files {
            let _ = writeln!(w, "- {} sha256 {}", code(file), code(&sha[..16.min(sha.len())]));
        }
        let _ = writeln!(w);
        for line in &r.method {
            let _ = writeln!(w, "{}\n", escape(line));
        }
        for f in &r.flagged {
            let _ =
                writeln!(w, "- to look at: {} {}: {}", escape(&f.question_label), escape(&f.label), escape(&f.reason));
        }
    }
    let _ = writeln!(w, "\nTo reproduce: {} ({}).", code(&model.command), escape(&model.tool));
}

fn lexicon(model: &Synthesis) -> String {
    let l = &model.lexicons;
    let mut w = String::with_capacity(1 << 16);
    let _ = writeln!(w, "# The lexicon entries and their hits\n");
    let _ = writeln!(w, "Lexicons of the run in [synthese.md](synthese.md) (combined sha256 {}). Hits count every match; answers count each answer once; entries that never matched are listed last, marked ∅.\n", code(&l.sha256));
    let _ = writeln!(w, "## Contents\n");
    for (f, file) in l.files.iter().enumerate() {
        let _ = writeln!(w, "- [{}](#file-{}-{})", escape(&file.name), f + 1, slug(&file.name));
    }
    let _ = writeln!(w);
    for (f, file) in l.files.iter().enumerate() {
        let _ = writeln!(
            w,
            "<a id=\"file-{}-{}\"></a>\n## {}\n\n{}, applies to {}; {} entries, {} never matched.\n",
            f + 1,
            slug(&file.name),
            escape(&file.name),
            code(&file.path),
            escape(&file.applies_to),
            file.entries,
            file.entries_never_matched
        );
        let _ = writeln!(w, "| line | theme | entry | hits | answers |\n|---:|---|---|---:|---:|");
        let mut entries: Vec<_> = l.entries.iter().filter(|e| e.file == f).collect();
        entries.sort_by_key(|e| (e.hits == 0, e.line));
        for e in entries {
            let mark = if e.hits == 0 { " ∅" } else { "" };
            let _ = writeln!(
                w,
                "| {} | {} | {}{mark} | {} | {} |",
                e.line,
                escape(&l.themes[e.theme].path),
                code(&e.entry),
                e.hits,
                e.answers
            );
        }
        let _ = writeln!(w);
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_strings_cannot_inject_markup_or_break_a_table() {
        let e = escape("<script>alert(1)</script> | *x* [a](javascript:b)\nnext");
        assert!(!e.contains('<') && !e.contains('\n') && !e.contains(" | "), "{e}");
        assert!(e.contains("&lt;script&gt;") && e.contains("\\|") && e.contains("\\[a\\]"));
    }

    #[test]
    fn code_spans_hold_any_text() {
        assert_eq!(code("a.csv"), "`a.csv`");
        assert!(code("a`b|c").starts_with("``") && code("a`b|c").contains("\\|"));
    }
}
