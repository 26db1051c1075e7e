//! `synthese.html`: the synthesis as one self-contained page: no script, no font, no image and
//! no style sheet from elsewhere (everything is inline: CSS, and SVG charts drawn here), so it
//! opens offline, on a laptop screen or printed. Same structure and figures as `synthese.md`,
//! plus charts and keyword-in-context lines; every number shown comes from the same tally as
//! `run.json` and the CSV tables.
//!
//! Every text that does not come from this program (answers, ids, file names, question titles,
//! lexicon entries, postal codes) goes through [`esc`], in element content and attributes alike,
//! and is never put in a URL, a style or an event attribute: a contributed `<script>` or
//! `javascript:` shows as text. Anchors are built from ASCII slugs and numbers only.

use crate::aggregate::dups::CAMPAIGNS_SHOWN;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::{self, Write};

use super::{interval, percent, wilson, RunSummary, TOOL};
use crate::aggregate::breakdown::UNKNOWN_WEEK;
use crate::aggregate::review::UNCLASSIFIED;
use crate::aggregate::{dates, geo, quotes_rule, Group, GroupKey, Quote, Slice, Tally};
use crate::lexicon::LexiconSet;

/// Quotations shown per question and top-level theme, and per sub-theme; keyword-in-context
/// lines per theme (all are in run.json). Keeps the page near 5 MB for the shipped corpus.
const QUOTES_SHOWN: usize = 2;
const QUOTES_SHOWN_SUB: usize = 1;
const KWIC_SHOWN: usize = 2;

/// Escapes text for HTML element content and quoted attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Controls other than tab and line breaks are not allowed in HTML text.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// An ASCII slug for anchors: letters and digits, the rest as `-`.
fn slug(text: &str) -> String {
    let folded = crate::text::fold::fold_accents(text).to_ascii_lowercase();
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push('x');
    }
    out.truncate(60);
    out
}

const CSS: &str = r#"
:root{--ink:#1d2330;--muted:#5b6475;--line:#d9dde5;--bar:#3565b0;--bar2:#9bb4dd;--over:#1b7a3d;--under:#b0352b;--mark:#ffe58a;--bg:#fff;--soft:#f4f6f9}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
header.top{padding:1.2rem 2rem;border-bottom:1px solid var(--line);background:var(--soft)}
header.top h1{margin:0 0 .3rem;font-size:1.6rem}
.lead{margin:0;color:var(--muted);max-width:70rem}
.layout{display:block}
nav#toc{padding:1rem 2rem;border-bottom:1px solid var(--line);font-size:.9rem}
nav#toc ol{padding-left:1.2rem;margin:.2rem 0}
nav#toc a{text-decoration:none;color:var(--bar)}
nav#toc a:hover{text-decoration:underline}
nav#toc li.debate{list-style:none;margin:.4rem 0 .1rem -1.2rem;font-size:.85rem}
h2.debate{font-size:1.25rem;border-bottom:1px solid var(--line)}
main{padding:1rem 2rem 4rem;max-width:78rem}
h2{margin-top:2.4rem;border-bottom:2px solid var(--ink);padding-bottom:.2rem}
h3{margin-top:2rem}
h4{margin:1.2rem 0 .4rem;font-size:1rem}
table{border-collapse:collapse;margin:.6rem 0 1rem;font-size:.88rem}
th,td{border-bottom:1px solid var(--line);padding:.25rem .5rem;vertical-align:top;text-align:left}
th{background:var(--soft);font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.ci{color:var(--muted);font-size:.8rem;white-space:nowrap}
tr.d0 td.name{font-weight:600}
tr.d1 td.name{padding-left:1.6rem}
tr.d2 td.name{padding-left:2.8rem}
tr.d3 td.name{padding-left:4rem}
tr.none td{color:var(--muted);font-style:italic}
td.bar{width:170px}
figure{margin:.8rem 0 1.2rem}
figcaption{font-size:.85rem;color:var(--muted)}
svg text{font:11px system-ui,sans-serif;fill:var(--ink)}
svg .bar{fill:var(--bar)}
svg .bar2{fill:var(--bar2)}
svg .ci{stroke:var(--ink);stroke-width:1}
svg .axis{stroke:var(--line)}
blockquote{margin:.4rem 0 .6rem;padding:.4rem .8rem;border-left:4px solid var(--bar2);background:var(--soft)}
blockquote footer{font-size:.8rem;color:var(--muted);margin-top:.2rem}
mark{background:var(--mark);padding:0 .1em}
ul.kwic{list-style:none;padding:0;margin:.2rem 0 .8rem;font:12.5px/1.45 ui-monospace,"DejaVu Sans Mono",monospace}
ul.kwic li{display:grid;grid-template-columns:1fr auto 1fr;gap:.4rem;white-space:nowrap;overflow:hidden}
ul.kwic .l{text-align:right;overflow:hidden;text-overflow:ellipsis;direction:rtl}
ul.kwic .l bdi{direction:ltr;unicode-bidi:isolate}
ul.kwic .r{overflow:hidden;text-overflow:ellipsis}
.theme-detail{border-top:1px dotted var(--line);padding-top:.2rem}
.over{color:var(--over)}
.under{color:var(--under)}
.note{color:var(--muted);font-size:.88rem}
.small{font-size:.82rem}
details>summary{cursor:pointer;color:var(--bar);margin:.4rem 0}
code{font-size:.85em;background:var(--soft);padding:0 .2em;border-radius:2px}
.grid{display:flex;flex-wrap:wrap;gap:1rem}
.grid figure{flex:0 0 auto;margin:0}
a.rec{color:var(--muted)}
@media (min-width:1100px){
 .layout{display:grid;grid-template-columns:19rem 1fr}
 nav#toc{position:sticky;top:0;align-self:start;height:100vh;overflow:auto;border-bottom:none;border-right:1px solid var(--line);padding:1rem}
}
@media print{
 body{font-size:10.5pt}
 .layout{display:block}
 nav#toc{position:static;height:auto;overflow:visible;border:none;page-break-after:always}
 main{max-width:none;padding:0}
 a{color:inherit;text-decoration:none}
 h2,h3,h4{break-after:avoid}
 tr,blockquote,figure,ul.kwic li{break-inside:avoid}
 header.top{background:none}
 th{background:none}
}
"#;

/// Bytes of page text gathered before they go to the file: the page (some 20 MB at national
/// scale) is never held whole.
const PAGE_CHUNK: usize = 1 << 16;

struct Page<'a> {
    out: String,
    sink: &'a mut dyn Write,
    /// The first write error; later text is dropped and the error returned at the end.
    failed: Option<io::Error>,
    tally: &'a Tally,
    lex: &'a LexiconSet,
}

impl Page<'_> {
    fn p(&mut self, s: &str) {
        self.out.push_str(s);
        self.drain_if_full();
    }

    fn drain_if_full(&mut self) {
        if self.out.len() >= PAGE_CHUNK {
            self.drain();
        }
    }

    fn drain(&mut self) {
        if self.failed.is_none() {
            self.failed = self.sink.write_all(self.out.as_bytes()).err();
        }
        self.out.clear();
    }
}

macro_rules! w {
    ($page:expr, $($arg:tt)*) => {{
        let _ = write!($page.out, $($arg)*);
        $page.drain_if_full();
    }};
}

/// The anchor of a question's section.
pub fn question_anchor(key: &GroupKey, group: &Group) -> String {
    format!("q-{}-{}", slug(&key.source), slug(&group.question.id))
}

fn theme_anchor(key: &GroupKey, group: &Group, theme: u32) -> String {
    format!("{}-t{theme}", question_anchor(key, group))
}

pub fn write(w: &mut dyn Write, run: &RunSummary) -> io::Result<()> {
    let tally = run.tally;
    let lex = &run.matcher.lexicons;
    let mut page = Page { out: String::with_capacity(2 * PAGE_CHUNK), sink: w, failed: None, tally, lex };
    head(&mut page);
    toc(&mut page);
    page.p("<main>\n");
    provenance(&mut page);
    method(&mut page, run);
    results(&mut page);
    places(&mut page);
    weeks(&mut page);
    specificities(&mut page);
    quality(&mut page);
    review(&mut page);
    appendix(&mut page);
    page.p("</main>\n</div>\n</body>\n</html>\n");
    page.drain();
    page.failed.map_or(Ok(()), Err)
}

fn head(page: &mut Page) {
    w!(
        page,
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"{}\">\n<title>Synthèse des contributions</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        esc(TOOL)
    );
    let (read, analysed, _, _) = page.tally.totals();
    let (answers, _) = page.tally.answers();
    w!(
        page,
        "<header class=\"top\"><h1>Synthèse des contributions</h1><p class=\"lead\">Written by {} without any statistical model: themes come from hand-written lexicons, applied the same way to every answer. \
         {read} records read, {analysed} contributions analysed, {answers} free-text answers. Every figure can be traced: <code>assignments.csv</code> lists each answer with its themes and the lexicon entries that matched, \
         <code>run.json</code> holds every figure shown here.</p></header>\n<div class=\"layout\">\n",
        esc(TOOL)
    );
}

fn toc(page: &mut Page) {
    let tally = page.tally;
    page.p("<nav id=\"toc\" aria-label=\"Contents\"><strong>Contents</strong>\n<ol>\n<li><a href=\"#provenance\">1. Provenance</a></li>\n<li><a href=\"#method\">2. Method</a></li>\n<li><a href=\"#results\">3. Results</a>\n<ol>\n");
    let mut source: Option<&str> = None;
    let mut debate: Option<String> = None;
    for (key, group, this) in ordered(tally) {
        if source != Some(key.source.as_str()) {
            if source.is_some() {
                page.p("</ol></li>\n");
            }
            source = Some(&key.source);
            debate = None;
            w!(page, "<li><a href=\"#src-{}\">{}</a>\n<ol>\n", slug(&key.source), esc(&key.source));
        }
        if this.is_some() && this != debate {
            w!(page, "<li class=\"debate\"><strong>{}</strong></li>\n", esc(this.as_deref().unwrap_or("")));
            debate = this;
        }
        w!(page, "<li><a href=\"#{}\">{}</a></li>\n", question_anchor(key, group), esc(&short_title(group)));
    }
    if source.is_some() {
        page.p("</ol></li>\n");
    }
    page.p("</ol></li>\n<li><a href=\"#places\">4. Places</a></li>\n<li><a href=\"#weeks\">5. Weeks and sources</a></li>\n<li><a href=\"#specificities\">6. Specificities</a></li>\n<li><a href=\"#quality\">7. Quality, duplicates, campaigns</a></li>\n<li><a href=\"#review\">8. Review sample</a></li>\n<li><a href=\"#appendix\">9. Appendix: lexicon entries</a></li>\n</ol></nav>\n");
}

/// The granddebat.fr debate (questionnaire) a question belongs to, from the shipped questionnaire.
fn debate_of(key: &GroupKey, group: &Group) -> Option<String> {
    if key.source != "granddebat.fr" {
        return None;
    }
    let id: u32 = group.question.id.parse().ok()?;
    let table = crate::ingest::questions::table();
    let info = table.by_id.get(&id).or_else(|| table.by_id.get(&id.checked_sub(1000)?))?;
    Some(info.debate.clone())
}

/// The questions in page order: by source, then (granddebat.fr) by debate in order of first
/// appearance, then in question order; with each question's debate.
fn ordered(tally: &Tally) -> Vec<(&GroupKey, &Group, Option<String>)> {
    let mut out: Vec<(&GroupKey, &Group, Option<String>)> =
        tally.groups.iter().map(|(k, g)| (k, g, debate_of(k, g))).collect();
    let mut first_seen: Vec<(String, Option<String>)> = Vec::new();
    for (k, _, d) in &out {
        let key = (k.source.clone(), d.clone());
        if !first_seen.contains(&key) {
            first_seen.push(key);
        }
    }
    let rank = |k: &GroupKey, d: &Option<String>| {
        first_seen.iter().position(|(s, x)| s == &k.source && x == d).expect("seen above")
    };
    out.sort_by_key(|(k, _, d)| rank(k, d));
    out
}

fn short_title(group: &Group) -> String {
    let q = &group.question;
    if q.title == q.id {
        q.id.clone()
    } else {
        format!("Q{} — {}", q.id, crate::ingest::truncate(&q.title, 70))
    }
}

fn provenance(page: &mut Page) {
    let tally = page.tally;
    let (read, analysed, skipped, rejected) = tally.totals();
    page.p("<section id=\"provenance\"><h2>1. Provenance</h2>\n<table><thead><tr><th>input</th><th>format</th><th>sha256</th><th class=\"n\">records read</th><th class=\"n\">analysed</th><th class=\"n\">skipped</th><th class=\"n\">rejected</th></tr></thead><tbody>\n");
    for i in &tally.inputs {
        w!(
            page,
            "<tr><td><code>{}</code></td><td>{}</td><td><code>{}</code></td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
            esc(&i.shown),
            esc(&i.format),
            esc(&i.sha256[..16.min(i.sha256.len())]),
            i.read(),
            i.analysed,
            i.skipped_total(),
            i.rejected
        );
    }
    w!(page, "<tr><th>all</th><td></td><td></td><td class=\"n\" id=\"total-read\">{read}</td><td class=\"n\" id=\"total-analysed\">{analysed}</td><td class=\"n\">{skipped}</td><td class=\"n\">{rejected}</td></tr>\n</tbody></table>\n");
    let adds_up = if read == analysed + skipped + rejected {
        "the counts add up"
    } else {
        "THE COUNTS DO NOT ADD UP (a bug: please report it)"
    };
    w!(page, "<p>Records read = analysed + skipped + rejected: {read} = {analysed} + {skipped} + {rejected}; {adds_up}. (sha256 shortened to 16 digits; full in <code>run.json</code>.)</p>\n");
    let (answers, once) = tally.answers();
    let d = &tally.dups;
    w!(
        page,
        "<p>{analysed} contributions from <span id=\"total-contributors\">{}</span> distinct contributors hold <span id=\"total-answers\">{answers}</span> free-text answers (<span id=\"total-answers-once\">{once}</span> counting each campaign once). \
         Duplicates: {} answers repeat an earlier identical text, {} more joined a near-identical one; {} campaigns (<a href=\"#quality\">section 7</a>).</p>\n",
        tally.respondents.contributors(),
        d.exact_repeats,
        d.near_joins,
        tally.campaigns.len()
    );
    let mut reasons = BTreeMap::<&str, u64>::new();
    for i in &tally.inputs {
        for (r, n) in &i.skipped {
            *reasons.entry(r).or_default() += n;
        }
    }
    if !reasons.is_empty() {
        page.p("<p>Skipped, by reason:</p><ul>\n");
        for (r, n) in reasons {
            w!(page, "<li>{}: {n}</li>\n", esc(r));
        }
        page.p("</ul>\n");
    }
    if rejected > 0 {
        w!(page, "<p>{rejected} rejected rows are listed in <code>rejects.csv</code> with their file, line and reason.</p>\n");
    }
    for (about, notes) in
        std::iter::once(("the inputs", &tally.notes)).chain(tally.inputs.iter().map(|i| (i.shown.as_str(), &i.notes)))
    {
        if notes.is_empty() {
            continue;
        }
        w!(page, "<p>Notes on {}:</p><ul>\n", esc(about));
        for n in notes {
            w!(page, "<li>{}</li>\n", esc(n));
        }
        page.p("</ul>\n");
    }
    page.p("</section>\n");
}

fn method(page: &mut Page, run: &RunSummary) {
    let lex = page.lex;
    let tally = page.tally;
    w!(
        page,
        "<section id=\"method\"><h2>2. Method</h2>\n<p>Lexicons (combined sha256 <code>{}</code>):</p>\n",
        esc(&lex.combined_sha256())
    );
    page.p("<table><thead><tr><th>file</th><th>family</th><th>applies to</th><th class=\"n\">themes</th><th class=\"n\">entries</th><th>sha256</th></tr></thead><tbody>\n");
    for (f, file) in lex.files.iter().enumerate() {
        let scope = file.scope_description();
        w!(
            page,
            "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td><code>{}</code></td></tr>\n",
            esc(&file.path),
            esc(&file.name),
            esc(&scope),
            lex.themes.iter().filter(|t| t.file == f).count(),
            lex.entries.iter().filter(|e| e.file == f).count(),
            esc(&file.sha256[..16.min(file.sha256.len())])
        );
    }
    page.p("</tbody></table>\n<p>Text analysis, applied to answers and lexicon entries alike:</p><ol>\n");
    for step in crate::text::ANALYSIS_STEPS {
        w!(page, "<li>{}</li>\n", esc(step));
    }
    page.p("</ol>\n<ul>\n<li>Match policy: longest entry first; the words it covers are not counted again by another entry of the same file; an answer belongs to every theme with a matching entry and to that theme's parents (see <code>lexicons/README.md</code>).</li>\n");
    w!(page, "<li>Shares: % of the free-text answers to the question (% of answers) and % of the contributors who answered it (% of respondents), with {}. Closed and multiple-choice answers are counted, not classified.</li>\n", esc(super::CI_RULE));
    w!(page, "<li>Respondents: {}.</li>\n", esc(crate::aggregate::respondents::RULE));
    if tally.settings.weight_by_author {
        w!(
            page,
            "<li id=\"weighting\">Weighting (on in this run): {}.</li>\n",
            esc(crate::aggregate::respondents::WEIGHT_RULE)
        );
    } else {
        page.p("<li id=\"weighting\">Weighting: none; every answer counts 1 (<code>--weight-by-author</code> applies La Grande Annotation's 1/N weighting).</li>\n");
    }
    w!(page, "<li>Duplicates and campaigns: {}. Counts are given counting every submission and counting each campaign once.</li>\n", esc(&crate::aggregate::dups::rule(tally.settings.campaign_size)));
    w!(page, "<li>Places: {}.</li>\n", esc(geo::RULE));
    page.p("<li>Weeks: ISO 8601 weeks (Monday to Sunday) of the publication date; records without a usable date are counted as unknown.</li>\n");
    w!(page, "<li>Specificities: {}.</li>\n", esc(&crate::aggregate::breakdown::specificity_rule()));
    w!(page, "<li>Quotations: {} ({QUOTES_SHOWN} shown here per top-level theme and {QUOTES_SHOWN_SUB} per sub-theme, all in <code>run.json</code>). Matched words are highlighted.</li>\n", esc(quotes_rule()));
    w!(page, "<li>Keyword in context: {} ({KWIC_SHOWN} shown here).</li>\n", esc(crate::aggregate::kwic_rule()));
    w!(
        page,
        "<li>Review sample (<code>review.csv</code>, <a href=\"#review\">section 8</a>): {}.</li>\n",
        esc(&crate::aggregate::review::rule(&tally.settings))
    );
    w!(page, "</ul>\n<p>To reproduce: <code>{}</code>.</p>\n</section>\n", esc(&run.command));
}

/// A horizontal bar chart: one bar per (label, count, total) with its Wilson interval.
fn bar_chart(page: &mut Page, caption: &str, rows: &[(String, u64, u64)], class: &str) {
    if rows.is_empty() {
        return;
    }
    let (label_w, bar_w, row_h) = (300.0, 360.0, 18.0);
    let height = rows.len() as f64 * row_h + 22.0;
    let width = label_w + bar_w + 110.0;
    let max = rows.iter().map(|&(_, n, t)| wilson(n, t).1).fold(0.0f64, f64::max).max(0.01);
    w!(
        page,
        "<figure class=\"{class}\"><svg class=\"chart\" role=\"img\" aria-label=\"{}\" width=\"{width:.0}\" height=\"{height:.0}\" viewBox=\"0 0 {width:.0} {height:.0}\" xmlns=\"http://www.w3.org/2000/svg\">",
        esc(caption)
    );
    w!(page, "<line class=\"axis\" x1=\"{label_w}\" y1=\"0\" x2=\"{label_w}\" y2=\"{:.0}\"/>", height - 20.0);
    for (i, (label, n, total)) in rows.iter().enumerate() {
        let y = i as f64 * row_h;
        let share = if *total == 0 { 0.0 } else { *n as f64 / *total as f64 };
        let (lo, hi) = wilson(*n, *total);
        let scale = |v: f64| label_w + v / max * bar_w;
        let shown = crate::ingest::truncate(label, 48);
        w!(
            page,
            "<g><title>{}: {n} of {total} ({} %, 95% CI {})</title><text x=\"{:.0}\" y=\"{:.1}\" text-anchor=\"end\">{}</text><rect class=\"bar\" x=\"{label_w}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"/><line class=\"ci\" x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\"/><text x=\"{:.1}\" y=\"{:.1}\">{} %</text></g>",
            esc(label),
            percent(*n, *total),
            interval(*n, *total),
            label_w - 6.0,
            y + 13.0,
            esc(&shown),
            y + 3.0,
            (scale(share) - label_w).max(0.0),
            row_h - 6.0,
            scale(lo),
            scale(hi),
            y + row_h / 2.0,
            y + row_h / 2.0,
            scale(hi) + 4.0,
            y + 13.0,
            percent(*n, *total)
        );
    }
    w!(
        page,
        "<text x=\"{label_w}\" y=\"{:.0}\">0</text><text x=\"{:.0}\" y=\"{:.0}\" text-anchor=\"end\">{:.0} %</text></svg><figcaption>{}</figcaption></figure>\n",
        height - 6.0,
        label_w + bar_w,
        height - 6.0,
        max * 100.0,
        esc(caption)
    );
}

/// A small column chart of counts (weeks).
fn column_chart(page: &mut Page, caption: &str, cols: &[(String, u64)]) {
    if cols.is_empty() {
        return;
    }
    let (col_w, h) = (34.0, 120.0);
    let width = cols.len() as f64 * col_w + 20.0;
    let max = cols.iter().map(|c| c.1).max().unwrap_or(1).max(1) as f64;
    w!(
        page,
        "<figure><svg class=\"chart\" role=\"img\" aria-label=\"{}\" width=\"{width:.0}\" height=\"{:.0}\" viewBox=\"0 0 {width:.0} {:.0}\" xmlns=\"http://www.w3.org/2000/svg\">",
        esc(caption),
        h + 40.0,
        h + 40.0
    );
    for (i, (label, n)) in cols.iter().enumerate() {
        let x = 10.0 + i as f64 * col_w;
        let bh = *n as f64 / max * h;
        w!(
            page,
            "<g><title>{}: {n}</title><rect class=\"bar\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{bh:.1}\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{n}</text><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text></g>",
            esc(label),
            x + 3.0,
            h - bh + 14.0,
            col_w - 6.0,
            x + col_w / 2.0,
            h - bh + 10.0,
            x + col_w / 2.0,
            h + 30.0,
            esc(label.get(5..).unwrap_or(label))
        );
    }
    w!(page, "</svg><figcaption>{}</figcaption></figure>\n", esc(caption));
}

fn results(page: &mut Page) {
    let tally = page.tally;
    let lex = page.lex;
    page.p("<section id=\"results\"><h2>3. Results</h2>\n<p class=\"note\">Per source, then per question: the theme tree with answers, % of answers and % of respondents with their 95% intervals, the answers counting each campaign once, a chart of the top-level themes, then per theme quotations (matched words highlighted) and keyword-in-context lines.</p>\n");
    let mut source: Option<&str> = None;
    let mut debate: Option<String> = None;
    for (key, group, this) in ordered(tally) {
        if source != Some(key.source.as_str()) {
            source = Some(&key.source);
            debate = None;
            w!(page, "<h2 class=\"source\" id=\"src-{}\">{}</h2>\n", slug(&key.source), esc(&key.source));
        }
        if this.is_some() && this != debate {
            w!(page, "<h2 class=\"debate\">Débat : {}</h2>\n", esc(this.as_deref().unwrap_or("")));
            debate = this;
        }
        let anchor = question_anchor(key, group);
        w!(
            page,
            "<section class=\"question\" id=\"{anchor}\" data-source=\"{}\" data-question=\"{}\"><h3>{}</h3>\n",
            esc(&key.source),
            esc(&group.question.id),
            esc(&short_title(group))
        );
        if group.question.title != group.question.id && group.question.title.chars().count() > 70 {
            w!(page, "<p class=\"note\">{}</p>\n", esc(&group.question.title));
        }
        if !group.choices.is_empty() {
            let total: u64 = group.choices.values().sum();
            let parts: Vec<String> = group
                .choices
                .iter()
                .map(|(v, n)| {
                    format!(
                        "{} <span class=\"n\">{n}</span> ({} %)",
                        esc(&crate::ingest::truncate(v, 80)),
                        percent(*n, total)
                    )
                })
                .collect();
            w!(page, "<p class=\"choices\">Closed answers: {}.</p>\n", parts.join("; "));
        }
        if group.texts == 0 {
            page.p("</section>\n");
            continue;
        }
        let none = group.texts - group.classified;
        w!(
            page,
            "<p class=\"summary\"><span class=\"answers\">{}</span> free-text answers from <span class=\"respondents\">{}</span> respondents (<span class=\"answers-once\">{}</span> counting each campaign once); {} ({} %) matched at least one theme, {none} ({} %) none.</p>\n",
            group.texts,
            group.respondents,
            group.once.texts,
            group.classified,
            percent(group.classified, group.texts),
            percent(none, group.texts)
        );
        if group.themes.is_empty() {
            page.p("</section>\n");
            continue;
        }
        let mut top: Vec<(String, u64, u64)> = group
            .themes
            .iter()
            .filter(|(&t, _)| lex.themes[t as usize].depth == 0)
            .map(|(&t, &n)| (lex.themes[t as usize].name.clone(), n, group.texts))
            .collect();
        top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        bar_chart(
            page,
            &format!("Top-level themes, % of the {} answers to this question", group.texts),
            &top,
            "question-chart",
        );
        let weighted = group.weighted.as_ref();
        w!(
            page,
            "<table class=\"themes\"><thead><tr><th>theme</th><th class=\"n\">answers</th><th class=\"n\">% of answers [95% CI]</th><th class=\"n\">respondents</th><th class=\"n\">% of respondents [95% CI]</th><th class=\"n\">campaigns once</th>{}</tr></thead><tbody>\n",
            if weighted.is_some() { "<th class=\"n\">weighted 1/N</th>" } else { "" }
        );
        for (&t, &n) in &group.themes {
            let theme = &lex.themes[t as usize];
            let r = group.theme_respondents.get(&t).copied().unwrap_or(0);
            let once = group.once.themes.get(&t).copied().unwrap_or(0);
            let has_detail = group.quotes.get(&t).is_some_and(|q| !q.is_empty())
                || group.kwic.get(&t).is_some_and(|k| !k.is_empty());
            let name = if has_detail {
                format!("<a href=\"#{}\">{}</a>", theme_anchor(key, group, t), esc(&theme.name))
            } else {
                esc(&theme.name)
            };
            let family = if theme.depth == 0 {
                format!(" <span class=\"note\">({})</span>", esc(&lex.files[theme.file].name))
            } else {
                String::new()
            };
            w!(
                page,
                "<tr class=\"theme d{}\" data-theme=\"{}\"><td class=\"name\">{name}{family}</td><td class=\"n answers\">{n}</td><td class=\"n\"><span class=\"share\">{}</span> % <span class=\"ci\">{}</span></td><td class=\"n respondents\">{r}</td><td class=\"n\">{} % <span class=\"ci\">{}</span></td><td class=\"n once\">{once}</td>",
                theme.depth.min(3),
                esc(&lex.theme_label(t as usize)),
                percent(n, group.texts),
                interval(n, group.texts),
                percent(r, group.respondents),
                interval(r, group.respondents)
            );
            if let Some(wt) = weighted {
                w!(page, "<td class=\"n weighted\">{:.1}</td>", wt.themes.get(&t).copied().unwrap_or(0.0));
            }
            page.p("</tr>\n");
        }
        w!(
            page,
            "<tr class=\"none\"><td class=\"name\">(no theme)</td><td class=\"n\">{none}</td><td class=\"n\">{} % <span class=\"ci\">{}</span></td><td class=\"n\">{}</td><td class=\"n\"></td><td class=\"n\">{}</td>{}</tr>\n</tbody></table>\n",
            percent(none, group.texts),
            interval(none, group.texts),
            group.respondents - group.classified_respondents,
            group.once.texts - group.once.classified,
            if weighted.is_some() { "<td></td>" } else { "" }
        );
        for &t in group.themes.keys() {
            let quotes = group.quotes.get(&t).map_or(&[][..], |q| &q[..]);
            let kwic = group.kwic.get(&t).map_or(&[][..], |k| &k[..]);
            if quotes.is_empty() && kwic.is_empty() {
                continue;
            }
            let anchor = theme_anchor(key, group, t);
            w!(page, "<div class=\"theme-detail\" id=\"{anchor}\"><h4>{}</h4>\n", esc(&lex.theme_label(t as usize)));
            let shown = if lex.themes[t as usize].depth == 0 { QUOTES_SHOWN } else { QUOTES_SHOWN_SUB };
            for (i, q) in quotes.iter().take(shown).enumerate() {
                let id = format!("{anchor}-q{}", i + 1);
                w!(
                    page,
                    "<blockquote class=\"quote\" id=\"{id}\"><p>{}</p><footer>record <a class=\"rec\" href=\"#{id}\">{}</a> · <code>{}:{}</code></footer></blockquote>\n",
                    highlight(q),
                    esc(&q.record_id),
                    esc(&q.input),
                    q.line
                );
            }
            if !kwic.is_empty() {
                page.p("<ul class=\"kwic\">\n");
                for k in kwic.iter().take(KWIC_SHOWN) {
                    w!(
                        page,
                        "<li title=\"record {}\"><span class=\"l\"><bdi>{}</bdi></span><mark>{}</mark><span class=\"r\">{}</span></li>\n",
                        esc(&k.record_id),
                        esc(&k.left),
                        esc(&k.keyword),
                        esc(&k.right)
                    );
                }
                page.p("</ul>\n");
            }
            page.p("</div>\n");
        }
        page.p("</section>\n");
    }
    page.p("</section>\n");
}

/// The quotation with its matched words in `<mark>`.
fn highlight(q: &Quote) -> String {
    super::mark(&q.text, &q.spans, (0, q.text.len()), esc, ("<mark>", "</mark>"))
}

/// Top-level themes with answers, by total answers (largest first).
fn top_level_themes(tally: &Tally, lex: &LexiconSet) -> Vec<usize> {
    let mut top: Vec<usize> = (0..lex.themes.len())
        .filter(|&t| lex.themes[t].depth == 0 && tally.theme_answers.get(t).copied().unwrap_or(0) > 0)
        .collect();
    top.sort_by(|&a, &b| tally.theme_answers[b].cmp(&tally.theme_answers[a]).then(a.cmp(&b)));
    top
}

fn place_table(page: &mut Page, id: &str, rows: &[(String, String, &Slice)]) {
    w!(page, "<table class=\"places\" id=\"{id}\"><thead><tr><th>code</th><th>place</th><th class=\"n\">contributions</th><th class=\"n\">answers</th><th class=\"n\">% with a theme [95% CI]</th></tr></thead><tbody>\n");
    for (code, name, s) in rows {
        w!(
            page,
            "<tr data-place=\"{}\"><td>{}</td><td>{}</td><td class=\"n records\">{}</td><td class=\"n answers\">{}</td><td class=\"n\">{} % <span class=\"ci\">{}</span></td></tr>\n",
            esc(code),
            esc(code),
            esc(name),
            s.records,
            s.answers,
            percent(s.classified, s.answers),
            interval(s.classified, s.answers)
        );
    }
    page.p("</tbody></table>\n");
}

fn specificity_marks(tally: &Tally, dimension: &str, theme: usize) -> BTreeMap<String, bool> {
    tally
        .specificities
        .iter()
        .filter(|s| s.dimension == dimension && s.theme as usize == theme)
        .map(|s| (s.group.clone(), s.over()))
        .collect()
}

fn places(page: &mut Page) {
    let tally = page.tally;
    let lex = page.lex;
    let g = geo::geography();
    let b = &tally.breakdowns;
    page.p("<section id=\"places\"><h2>4. Places</h2>\n<p class=\"note\">From the contributors' postal codes (rule in <a href=\"#method\">section 2</a>). Every figure counts every submission; every theme per région and département is in <code>geography.csv</code>.</p>\n");
    page.p("<table id=\"postal-codes\"><thead><tr><th>postal code</th><th class=\"n\">contributions</th><th>examples</th></tr></thead><tbody>\n");
    for (status, kind) in &b.zips {
        let examples: Vec<String> = kind.examples.iter().map(|e| format!("<code>{}</code>", esc(e))).collect();
        w!(
            page,
            "<tr data-status=\"{}\"><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>\n",
            status.key(),
            esc(status.label()),
            kind.records,
            examples.join(" ")
        );
    }
    page.p("</tbody></table>\n<h3 id=\"regions\">By région</h3>\n");
    let regions = b.regions();
    let unknown_region = regions.last().expect("the unknown slice");
    let mut rows: Vec<(String, String, &Slice)> =
        g.regions.iter().zip(&regions).map(|(r, s)| (r.code.clone(), r.name.clone(), s)).collect();
    rows.push(("?".into(), "unknown".into(), unknown_region));
    place_table(page, "region-table", &rows);
    let counts: Vec<(String, u64)> = g.regions.iter().zip(&regions).map(|(r, s)| (r.name.clone(), s.answers)).collect();
    let total: u64 = regions.iter().map(|s| s.answers).sum();
    let chart: Vec<(String, u64, u64)> = counts.into_iter().map(|(n, a)| (n, a, total)).collect();
    bar_chart(
        page,
        "Answers per région, % of all answers (unknown places included in the total)",
        &chart,
        "region-chart",
    );
    page.p("<h3 id=\"region-themes\">Top-level themes by région</h3>\n<p class=\"note\">Per theme: the % of the answers of each région (to which the theme's lexicon applies) that are in the theme, with 95% intervals; ▲/▼ mark a significant over/under-representation (section 6). Régions with no such answer are left out.</p>\n<div class=\"grid\">\n");
    for t in top_level_themes(tally, lex) {
        let theme = &lex.themes[t];
        let marks = specificity_marks(tally, "région", t);
        let rows: Vec<(String, u64, u64)> = g
            .regions
            .iter()
            .zip(&regions)
            .filter(|(_, s)| s.scoped(theme.file) > 0)
            .map(|(r, s)| {
                let mark = match marks.get(&r.name) {
                    Some(true) => " ▲",
                    Some(false) => " ▼",
                    None => "",
                };
                (format!("{}{mark}", r.name), s.theme(t), s.scoped(theme.file))
            })
            .collect();
        bar_chart(page, &lex.theme_label(t), &rows, "theme-region-chart");
    }
    page.p("</div>\n<h3 id=\"departements\">By département</h3>\n<details><summary>The 101 départements and the unknown place</summary>\n");
    let mut rows: Vec<(String, String, &Slice)> = g
        .departements
        .iter()
        .zip(&b.departements)
        .map(|(d, s)| (d.code.clone(), format!("{} ({})", d.name, g.regions[d.region].name), s))
        .collect();
    rows.push(("?".into(), "unknown".into(), b.departements.last().expect("the unknown slice")));
    place_table(page, "departement-table", &rows);
    page.p("</details>\n</section>\n");
}

fn weeks(page: &mut Page) {
    let tally = page.tally;
    let lex = page.lex;
    let b = &tally.breakdowns;
    page.p("<section id=\"weeks\"><h2>5. Weeks and sources</h2>\n<h3>By week of publication</h3>\n");
    page.p("<table id=\"week-table\"><thead><tr><th>week</th><th>from</th><th class=\"n\">contributions</th><th class=\"n\">answers</th><th class=\"n\">% with a theme [95% CI]</th></tr></thead><tbody>\n");
    let mut cols = Vec::new();
    for (monday, s) in &b.weeks {
        let iso = if monday == UNKNOWN_WEEK {
            UNKNOWN_WEEK.to_owned()
        } else {
            dates::iso_week(dates::day_number(monday).expect("a date"))
        };
        cols.push((iso.clone(), s.answers));
        w!(
            page,
            "<tr data-week=\"{}\"><td>{}</td><td>{}</td><td class=\"n records\">{}</td><td class=\"n answers\">{}</td><td class=\"n\">{} % <span class=\"ci\">{}</span></td></tr>\n",
            esc(monday),
            esc(&iso),
            esc(monday),
            s.records,
            s.answers,
            percent(s.classified, s.answers),
            interval(s.classified, s.answers)
        );
    }
    page.p("</tbody></table>\n");
    column_chart(page, "Answers per ISO week of publication", &cols);
    page.p("<h3 id=\"week-themes\">Top-level themes by week</h3>\n<p class=\"note\">Per theme: the % of each week's answers (to which the theme's lexicon applies) in the theme; ▲/▼ as in section 6.</p>\n<div class=\"grid\">\n");
    for t in top_level_themes(tally, lex) {
        let theme = &lex.themes[t];
        let marks = specificity_marks(tally, "week", t);
        let rows: Vec<(String, u64, u64)> = b
            .weeks
            .iter()
            .filter(|(_, s)| s.scoped(theme.file) > 0)
            .map(|(monday, s)| {
                let mark = match marks.get(monday) {
                    Some(true) => " ▲",
                    Some(false) => " ▼",
                    None => "",
                };
                (format!("{monday}{mark}"), s.theme(t), s.scoped(theme.file))
            })
            .collect();
        bar_chart(page, &lex.theme_label(t), &rows, "theme-week-chart");
    }
    page.p("</div>\n<h3 id=\"sources\">By source</h3>\n");
    let rows: Vec<(String, String, &Slice)> = b.sources.iter().map(|(n, s)| (n.clone(), n.clone(), s)).collect();
    place_table(page, "source-table", &rows);
    page.p("</section>\n");
}

fn specificities(page: &mut Page) {
    let tally = page.tally;
    let lex = page.lex;
    w!(
        page,
        "<section id=\"specificities\"><h2>6. Specificities: themes over- and under-represented</h2>\n<p>{}.</p>\n<p><span id=\"specificity-count\">{}</span> listings; all in <code>specificities.csv</code>.</p>\n",
        esc(&crate::aggregate::breakdown::specificity_rule()),
        tally.specificities.len()
    );
    for dimension in ["région", "département", "week", "source"] {
        let rows: Vec<_> = tally.specificities.iter().filter(|s| s.dimension == dimension).collect();
        if rows.is_empty() {
            continue;
        }
        w!(page, "<h3>By {dimension}</h3>\n<table class=\"specificities\"><thead><tr><th>{dimension}</th><th>theme</th><th></th><th class=\"n\">observed</th><th class=\"n\">expected</th><th class=\"n\">% in group</th><th class=\"n\">% overall</th><th class=\"n\">G²</th></tr></thead><tbody>\n");
        for s in rows {
            let (class, arrow) = if s.over() { ("over", "▲ over") } else { ("under", "▼ under") };
            w!(
                page,
                "<tr><td>{}</td><td>{}</td><td class=\"{class}\">{arrow}</td><td class=\"n\">{}</td><td class=\"n\">{:.1}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{:.1}</td></tr>\n",
                esc(&s.group),
                esc(&lex.theme_label(s.theme as usize)),
                s.observed,
                s.expected,
                percent(s.observed, s.group_answers),
                percent(s.theme_answers, s.all_answers),
                s.g2
            );
        }
        page.p("</tbody></table>\n");
    }
    page.p("</section>\n");
}

fn quality(page: &mut Page) {
    let tally = page.tally;
    let lex = page.lex;
    let (answers, once) = tally.answers();
    let classified: u64 = tally.groups.values().map(|g| g.classified).sum();
    let classified_once: u64 = tally.groups.values().map(|g| g.once.classified).sum();
    w!(
        page,
        "<section id=\"quality\"><h2>7. Quality: unmatched answers, duplicates and campaigns</h2>\n<p>{} of {answers} answers ({} %) matched no theme; counting each campaign once, {} of {once} ({} %). Per question in section 3.</p>\n",
        answers - classified,
        percent(answers - classified, answers),
        once - classified_once,
        percent(once - classified_once, once)
    );
    let d = &tally.dups;
    w!(
        page,
        "<table id=\"duplicates\"><tbody>\n<tr><td>free-text answers</td><td class=\"n\">{}</td></tr>\n<tr><td>distinct texts (after normalisation)</td><td class=\"n\">{}</td></tr>\n<tr><td>texts submitted more than once</td><td class=\"n\">{}</td></tr>\n<tr><td>answers repeating an earlier identical text</td><td class=\"n\">{}</td></tr>\n<tr><td>texts that joined a near-identical one</td><td class=\"n\">{}</td></tr>\n<tr><td>duplicate groups (10+ words)</td><td class=\"n\">{}</td></tr>\n<tr><td>campaigns ({}+ submissions)</td><td class=\"n\" id=\"campaign-count\">{}</td></tr>\n<tr><td>texts not indexed for near-duplicates (cap reached)</td><td class=\"n\">{}</td></tr>\n</tbody></table>\n",
        d.answers,
        d.distinct_texts(),
        d.repeated_texts(),
        d.exact_repeats,
        d.near_joins,
        d.groups.len(),
        tally.settings.campaign_size,
        tally.campaigns.len(),
        d.not_indexed
    );
    if tally.campaigns.len() > CAMPAIGNS_SHOWN {
        w!(
            page,
            "<p>The {CAMPAIGNS_SHOWN} largest of the {} campaigns; campaigns.csv lists them all.</p>\n",
            tally.campaigns.len()
        );
    }
    for (rank, &c) in tally.campaigns.iter().take(CAMPAIGNS_SHOWN).enumerate() {
        let group = &d.groups[c];
        let questions: Vec<String> = group
            .questions()
            .iter()
            .map(|(&gid, &n)| {
                let key = &tally.group_keys[gid as usize];
                let g = &tally.groups[key];
                format!(
                    "<a href=\"#{}\">{} {}</a> ({n})",
                    question_anchor(key, g),
                    esc(&key.source),
                    esc(&g.question.id)
                )
            })
            .collect();
        let mut themes: Vec<(u32, u64)> = group.themes(&tally.sets).into_iter().collect();
        themes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let themes: Vec<String> =
            themes.iter().take(8).map(|&(t, n)| format!("{} ({n})", esc(&lex.theme_label(t as usize)))).collect();
        w!(
            page,
            "<div class=\"campaign\" id=\"campaign-{}\" data-size=\"{}\"><h4>Campaign {}: <span class=\"size\">{}</span> submissions ({} distinct texts), first on {}</h4>\n<p class=\"small\">Questions: {}. Themes: {}. Records: {}.</p>\n<blockquote><p>{}</p><footer>sample: record {}</footer></blockquote></div>\n",
            rank + 1,
            group.size,
            rank + 1,
            group.size,
            group.variants,
            group.first_day().map_or("an unknown date".into(), dates::civil),
            questions.join(", "),
            if themes.is_empty() { "none".to_owned() } else { themes.join(", ") },
            esc(&group.record_ids().join(", ")),
            esc(&group.sample),
            esc(group.sample_record())
        );
    }
    page.p("</section>\n");
}

fn review(page: &mut Page) {
    let tally = page.tally;
    let lex = page.lex;
    let rows: usize = tally.groups.values().flat_map(|g| g.review.values()).map(Vec::len).sum();
    w!(
        page,
        "<section id=\"review\"><h2>8. Review sample</h2>\n<p><code>review.csv</code> holds <span id=\"review-rows\">{rows}</span> answers for annotators, seed <span id=\"review-seed\">{}</span>: {}. Its empty columns <code>verdict</code> (correct / wrong), <code>correct_themes</code>, <code>missing_themes</code>, <code>reviewer</code> and <code>comment</code> are for the reviewer; the share of correct verdicts among a theme's rows estimates that theme's precision, and the “(no theme)” rows show what the lexicons miss. The same sample, by question:</p>\n<details><summary>The {rows} sampled answers</summary>\n",
        tally.settings.review_seed,
        esc(&crate::aggregate::review::rule(&tally.settings))
    );
    let mut n = 0;
    for (key, group) in &tally.groups {
        if group.review.is_empty() {
            continue;
        }
        w!(page, "<h4>{} · {}</h4>\n<table class=\"review small\"><thead><tr><th>sample</th><th>stratum</th><th>record</th><th>answer</th><th>themes</th></tr></thead><tbody>\n", esc(&key.source), esc(&short_title(group)));
        for (&stratum, items) in &group.review {
            let label = if stratum == UNCLASSIFIED {
                "(no theme)".to_owned()
            } else {
                lex.themes[stratum as usize].name.clone()
            };
            for item in items {
                n += 1;
                let themes: Vec<&str> = item
                    .themes
                    .iter()
                    .filter(|&&t| !item.themes.iter().any(|&o| lex.themes[o as usize].parent == Some(t as usize)))
                    .map(|&t| lex.themes[t as usize].path.as_str())
                    .collect();
                w!(
                    page,
                    "<tr><td>R{n:05}</td><td>{}</td><td><code>{}</code></td><td>{}</td><td>{}</td></tr>\n",
                    esc(&label),
                    esc(&item.record_id),
                    esc(&crate::ingest::truncate(&item.text, 200)),
                    esc(&themes.join(" | "))
                );
            }
        }
        page.p("</tbody></table>\n");
    }
    page.p("</details>\n</section>\n");
}

fn appendix(page: &mut Page) {
    let tally = page.tally;
    let lex = page.lex;
    page.p("<section id=\"appendix\"><h2>9. Appendix: the lexicon entries and their hits</h2>\n<p class=\"note\">Hits count every match; answers count each answer once. Entries that never matched are marked ∅.</p>\n");
    for (f, file) in lex.files.iter().enumerate() {
        w!(page, "<details><summary>{} (<code>{}</code>)</summary>\n<table class=\"entries small\"><thead><tr><th class=\"n\">line</th><th>theme</th><th>entry</th><th class=\"n\">hits</th><th class=\"n\">answers</th></tr></thead><tbody>\n", esc(&file.name), esc(&file.path));
        for (e, entry) in lex.entries.iter().enumerate().filter(|(_, e)| e.file == f) {
            let mark = if tally.entry_hits[e] == 0 { " ∅" } else { "" };
            w!(
                page,
                "<tr><td class=\"n\">{}</td><td>{}</td><td><code>{}</code>{mark}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
                entry.line,
                esc(&lex.themes[entry.theme].path),
                esc(&entry.text),
                tally.entry_hits[e],
                tally.entry_answers[e]
            );
        }
        page.p("</tbody></table></details>\n");
    }
    page.p("</section>\n");
}

/// The set of anchors a page defines (for tests: every link points somewhere).
pub fn anchors(html: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = html;
    while let Some(i) = rest.find(" id=\"") {
        rest = &rest[i + 5..];
        if let Some(j) = rest.find('"') {
            out.insert(rest[..j].to_owned());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contributed_text_is_inert() {
        let hostile = "<script>alert(1)</script> <a href=\"javascript:alert(2)\">x</a> ' onload=alert(3) &amp;";
        let e = esc(hostile);
        assert!(!e.contains('<') && !e.contains('>') && !e.contains('"') && !e.contains('\''), "{e}");
        assert!(e.contains("&lt;script&gt;") && e.contains("&amp;amp;"));
        assert_eq!(esc("a\u{0}b"), "a\u{FFFD}b");
    }

    #[test]
    fn slugs_are_ascii_anchors() {
        assert_eq!(slug("granddebat.fr"), "granddebat-fr");
        assert_eq!(slug("Pouvoir d'achat et fiscalité"), "pouvoir-d-achat-et-fiscalite");
        assert_eq!(slug("\"><script>"), "script");
        assert_eq!(slug("!!!"), "x");
    }
}
