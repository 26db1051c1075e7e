//! The HTML report: a folder a person opens offline. `synthese.html` is the index and says what
//! the consultation says first (per source, debate and question: the top themes with their
//! intervals, the share no theme matched), then the warnings; the details are one click away in
//! `pages/`: one page per question, and pages for places, weeks and sources, specificities,
//! duplicates and campaigns, the lexicons, and provenance and method. Every page is
//! self-contained (inline CSS, SVG charts drawn here, no script, nothing loaded from elsewhere)
//! and renders the synthesis model ([`super::model`]), nothing else.
//!
//! Every text that does not come from this program (answers, ids, file names, question titles,
//! lexicon entries, postal codes) goes through [`esc`], in element content and attributes alike,
//! and is never put in a URL, a style or an event attribute: a contributed `<script>` or
//! `javascript:` shows as text. Links and anchors are built from ASCII slugs and numbers only.

use std::fmt::Write as _;

use super::model::{slug, PlaceReport, QuestionReport, Share, SliceTheme, Synthesis, ThemeRow, View, CHART_BARS};

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

const CSS: &str = r#"
:root{--ink:#1d2330;--muted:#5b6475;--line:#d9dde5;--bar:#3565b0;--bar2:#9bb4dd;--over:#1b7a3d;--under:#b0352b;--mark:#ffe58a;--bg:#fff;--soft:#f4f6f9;--warn:#fff4e0;--warnline:#e0a040}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg);overflow-wrap:anywhere}
header.top{padding:1rem 2rem;border-bottom:1px solid var(--line);background:var(--soft)}
header.top h1{margin:0 0 .3rem;font-size:1.5rem}
nav.crumbs{font-size:.88rem;margin-bottom:.3rem}
nav.crumbs a,nav.more a{color:var(--bar)}
.lead{margin:0;color:var(--muted);max-width:70rem}
main{padding:1rem 2rem 4rem;max-width:76rem}
h2{margin-top:2rem;border-bottom:2px solid var(--ink);padding-bottom:.2rem}
h3{margin-top:1.6rem}
h4{margin:1rem 0 .3rem;font-size:1rem}
.scroll{max-width:100%;overflow-x:auto}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.88rem}
th,td{border-bottom:1px solid var(--line);padding:.25rem .5rem;vertical-align:top;text-align:left}
th{background:var(--soft);font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.ci{color:var(--muted);font-size:.8rem;white-space:nowrap}
tr.d0 td.name{font-weight:600}
tr.d1 td.name{padding-left:1.6rem}
tr.d2 td.name{padding-left:2.8rem}
tr.d3 td.name{padding-left:4rem}
tr.none td{color:var(--muted);font-style:italic}
table.summary{width:100%}
table.summary td.q{width:30%}
table.summary td.top{font-size:.86rem}
table.summary .fam{color:var(--muted);font-size:.78rem}
figure{margin:.6rem 0 1rem;max-width:100%;overflow-x:auto}
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
.warnings{background:var(--warn);border-left:4px solid var(--warnline);padding:.5rem 1rem;margin:1rem 0}
.warnings li{margin:.2rem 0}
.over{color:var(--over)}
.under{color:var(--under)}
.note{color:var(--muted);font-size:.88rem}
.small{font-size:.82rem}
details>summary{cursor:pointer;color:var(--bar);margin:.4rem 0}
code{font-size:.85em;background:var(--soft);padding:0 .2em;border-radius:2px}
.grid{display:flex;flex-wrap:wrap;gap:1rem}
.grid figure{flex:0 0 auto;margin:0}
nav.more ul{columns:2;padding-left:1.2rem}
@page{size:A4 landscape;margin:10mm}
@media print{
 html{font-size:8pt}
 body{font-size:1rem}
 h2{margin-top:1rem}
 header.top{padding:0 0 .4rem}
 table.summary td{padding:.1rem .3rem}
 main{max-width:none;padding:0}
 a{color:inherit;text-decoration:none}
 h2,h3,h4{break-after:avoid}
 tr,blockquote,figure,ul.kwic li{break-inside:avoid}
 header.top,th{background:none}
 details{display:block}
}
"#;

/// Where the pages of the folder are, relative to the index.
pub const PAGES: &str = "pages";

/// The pages other than the questions': file name (under `pages/`) and title.
const TOPICS: [(&str, &str); 6] = [
    ("places.html", "Places"),
    ("weeks.html", "Weeks and sources"),
    ("specificities.html", "Specificities"),
    ("campaigns.html", "Duplicates and campaigns"),
    ("lexicons.html", "Lexicons and their entries"),
    ("method.html", "Provenance and method"),
];

/// Every file of the HTML report, as (path relative to the report folder, contents).
pub fn render(model: &Synthesis) -> Vec<(String, String)> {
    let mut out = vec![("synthese.html".to_owned(), index(model))];
    let questions: Vec<&QuestionReport> = model.questions().collect();
    for (i, q) in questions.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| questions[p]);
        let next = questions.get(i + 1).copied();
        out.push((q.page.clone(), question_page(model, q, prev, next)));
    }
    out.push((format!("{PAGES}/places.html"), places(model)));
    out.push((format!("{PAGES}/weeks.html"), weeks(model)));
    out.push((format!("{PAGES}/specificities.html"), specificities(model)));
    out.push((format!("{PAGES}/campaigns.html"), campaigns(model)));
    out.push((format!("{PAGES}/lexicons.html"), lexicons(model)));
    for (f, file) in model.lexicons.files.iter().enumerate() {
        out.push((lexicon_page(f, &file.name), lexicon_file(model, f)));
    }
    out.push((format!("{PAGES}/method.html"), method(model)));
    out
}

fn lexicon_page(file: usize, name: &str) -> String {
    format!("{PAGES}/lexicon-{}-{}.html", file + 1, slug(name))
}

/// A page: its head, its header (title, breadcrumbs back to the index) and its body.
struct Page {
    out: String,
    /// `""` for the index, `"../"` for a page under `pages/`.
    up: &'static str,
}

impl Page {
    fn new(title: &str, up: &'static str, crumbs: &str, lead: &str) -> Page {
        let mut out = String::with_capacity(1 << 16);
        let _ = write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"{}\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<header class=\"top\">{crumbs}<h1>{}</h1>{lead}</header>\n<main>\n",
            esc(super::TOOL),
            esc(title),
            esc(title)
        );
        Page { out, up }
    }

    fn p(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn link(&self, path: &str) -> String {
        if self.up.is_empty() {
            path.to_owned()
        } else {
            path.strip_prefix("pages/").map_or_else(|| format!("{}{path}", self.up), str::to_owned)
        }
    }

    fn finish(mut self) -> String {
        self.out.push_str("</main>\n</body>\n</html>\n");
        self.out
    }
}

macro_rules! w {
    ($page:expr, $($arg:tt)*) => {{
        let _ = write!($page.out, $($arg)*);
    }};
}

fn crumbs(extra: &str) -> String {
    format!("<nav class=\"crumbs\"><a href=\"../synthese.html\">← Synthesis</a>{extra}</nav>")
}

fn share_cell(s: &Share) -> String {
    format!("<span class=\"share\">{}</span> % <span class=\"ci\">{}</span>", s.percent(), s.interval())
}

fn index(model: &Synthesis) -> String {
    let t = &model.totals;
    let sources: Vec<String> = model.sources.iter().map(|s| esc(&s.source)).collect();
    let lead = format!(
        "<p class=\"lead\">{} contributions read ({}), {} free-text answers to {} questions, themed by hand-written lexicons applied the same way to every answer — no statistical model. Each share is a % of the question's answers with its 95 % interval.</p>",
        t.analysed,
        sources.join(", "),
        t.answers,
        t.questions
    );
    let mut page = Page::new("Synthèse des contributions", "", "", &lead);
    page.p("<section id=\"summary\"><h2>What people said</h2>\n");
    for source in &model.sources {
        w!(
            page,
            "<h3 class=\"source\" id=\"src-{}\">{} <span class=\"note\">— {} contributions, {} answers, {} % matched a theme</span></h3>\n",
            slug(&source.source),
            esc(&source.source),
            source.records,
            source.answers,
            source.classified.percent()
        );
        for debate in &source.debates {
            if let Some(d) = &debate.debate {
                w!(page, "<h4 class=\"debate\">Débat : {}</h4>\n", esc(d));
            }
            page.p("<div class=\"scroll\"><table class=\"summary\"><thead><tr><th>question</th><th class=\"n\">answers</th><th>top themes, % of answers [95 % CI]</th><th class=\"n\">no theme</th></tr></thead><tbody>\n");
            for q in &debate.questions {
                summary_row(&mut page, q);
            }
            page.p("</tbody></table></div>\n");
        }
    }
    page.p("</section>\n");
    warnings(&mut page, model);
    page.p("<nav class=\"more\" id=\"more\"><h2>Details</h2><ul>\n");
    for (file, title) in TOPICS {
        w!(page, "<li><a href=\"{PAGES}/{file}\">{title}</a></li>\n");
    }
    page.p("</ul>\n<p class=\"note\">For machines: <code>run.json</code> holds every figure of these pages (its schema is <code>docs/run.schema.json</code> in synthese's repository); <code>themes.csv</code> one row per question and theme; <code>assignments.csv</code> the themes and entries of every answer; <code>rejects.csv</code> every record not analysed and why.</p></nav>\n");
    page.finish()
}

fn summary_row(page: &mut Page, q: &QuestionReport) {
    w!(
        page,
        "<tr data-question=\"{}\"><td class=\"q\"><a href=\"{}\">{}</a></td><td class=\"n\">{}</td><td class=\"top\">",
        q.number,
        q.page,
        esc(&q.short_title),
        q.answers
    );
    let several = q.summary.len() > 1;
    for line in &q.summary {
        let tops: Vec<String> = line
            .themes
            .iter()
            .map(|t| {
                let corrected = t.corrected.map_or_else(String::new, |c| {
                    format!(" <span class=\"corrected\">corrected by reading {}</span>", c.percent())
                });
                format!(
                    "{} <strong>{} %</strong> <span class=\"ci\">{}</span>{corrected}",
                    esc(&t.label),
                    t.answers.percent(),
                    t.answers.interval()
                )
            })
            .collect();
        if several {
            w!(page, "<div><span class=\"fam\">{}:</span> {}</div>", esc(&line.family), tops.join(" · "));
        } else {
            w!(page, "<div>{}</div>", tops.join(" · "));
        }
    }
    if q.other_families > 0 {
        w!(page, "<div class=\"fam\">and {} other lexicon families on the question's page</div>", q.other_families);
    }
    if q.summary.is_empty() && q.answers > 0 {
        page.p("<span class=\"note\">no theme matched</span>");
    }
    if q.answers == 0 && !q.choices.is_empty() {
        let parts: Vec<String> = q
            .choices
            .iter()
            .take(4)
            .map(|c| format!("{} {} %", esc(&crate::ingest::truncate(&c.value, 40)), c.answers.percent()))
            .collect();
        w!(page, "<span class=\"note\">closed answers: {}</span>", parts.join(" · "));
    }
    w!(
        page,
        "</td><td class=\"n\">{}</td></tr>\n",
        if q.answers > 0 { format!("{} %", q.unclassified.percent()) } else { String::new() }
    );
}

fn warnings(page: &mut Page, model: &Synthesis) {
    if model.warnings.is_empty() {
        return;
    }
    page.p("<section class=\"warnings\" id=\"warnings\"><h2>Before you read these figures</h2><ul>\n");
    for w in &model.warnings {
        let links: Vec<String> = w
            .questions
            .iter()
            .filter_map(|&n| model.question(n))
            .map(|q| format!("<a href=\"{}\">{}</a>", page.link(&q.page), esc(&q.short_title)))
            .collect();
        w!(page, "<li data-kind=\"{}\">{}", esc(&w.kind), esc(&w.message));
        if !links.is_empty() {
            w!(page, " <span class=\"small\">{}</span>", links.join("; "));
        }
        if w.kind == "campaigns" {
            w!(page, " <a href=\"{}\">The campaigns</a>.", page.link("pages/campaigns.html"));
        }
        page.p("</li>\n");
    }
    page.p("</ul></section>\n");
}

/// A horizontal bar chart: one bar per (label, share) with its Wilson interval.
fn bar_chart(page: &mut Page, caption: &str, rows: &[(String, Share)], class: &str) {
    if rows.is_empty() {
        return;
    }
    let (label_w, bar_w, row_h) = (300.0, 360.0, 18.0);
    let height = rows.len() as f64 * row_h + 22.0;
    let width = label_w + bar_w + 110.0;
    let max = rows.iter().map(|(_, s)| s.ci95[1]).fold(0.0f64, f64::max).max(0.01);
    w!(
        page,
        "<figure class=\"{class}\"><svg class=\"chart\" role=\"img\" aria-label=\"{}\" width=\"{width:.0}\" height=\"{height:.0}\" viewBox=\"0 0 {width:.0} {height:.0}\" xmlns=\"http://www.w3.org/2000/svg\">",
        esc(caption)
    );
    w!(page, "<line class=\"axis\" x1=\"{label_w}\" y1=\"0\" x2=\"{label_w}\" y2=\"{:.0}\"/>", height - 20.0);
    let scale = |v: f64| label_w + v / max * bar_w;
    for (i, (label, s)) in rows.iter().enumerate() {
        let y = i as f64 * row_h;
        w!(
            page,
            "<g><title>{}: {} of {} ({} %, 95% CI {})</title><text x=\"{:.0}\" y=\"{:.1}\" text-anchor=\"end\">{}</text><rect class=\"bar\" x=\"{label_w}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"/><line class=\"ci\" x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\"/><text x=\"{:.1}\" y=\"{:.1}\">{} %</text></g>",
            esc(label),
            s.count,
            s.of,
            s.percent(),
            s.interval(),
            label_w - 6.0,
            y + 13.0,
            esc(&crate::ingest::truncate(label, 46)),
            y + 3.0,
            (scale(s.share) - label_w).max(0.0),
            row_h - 6.0,
            scale(s.ci95[0]),
            scale(s.ci95[1]),
            y + row_h / 2.0,
            y + row_h / 2.0,
            scale(s.ci95[1]) + 4.0,
            y + 13.0,
            s.percent()
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

fn question_page(
    model: &Synthesis,
    q: &QuestionReport,
    prev: Option<&QuestionReport>,
    next: Option<&QuestionReport>,
) -> String {
    let mut nav = String::new();
    if let Some(p) = prev {
        let _ = write!(
            nav,
            " · <a rel=\"prev\" href=\"{}\">← {}</a>",
            p.page.trim_start_matches("pages/"),
            esc(&p.short_title)
        );
    }
    if let Some(n) = next {
        let _ = write!(
            nav,
            " · <a rel=\"next\" href=\"{}\">{} →</a>",
            n.page.trim_start_matches("pages/"),
            esc(&n.short_title)
        );
    }
    let title = match q.question_id {
        Some(id) => format!("Q{id} — {}", q.title),
        None => q.short_title.clone(),
    };
    let lead = format!(
        "<p class=\"lead\">{} · <span class=\"answers\">{}</span> free-text answers from <span class=\"respondents\">{}</span> respondents (<span class=\"answers-once\">{}</span> counting each campaign once); {} % matched at least one theme, <span class=\"unclassified\">{}</span> % none {}.</p>",
        esc(&q.source),
        q.answers,
        q.respondents,
        q.answers_campaigns_once,
        Share::new(q.classified, q.answers).percent(),
        q.unclassified.percent(),
        q.unclassified.interval()
    );
    let mut page = Page::new(&title, "../", &crumbs(&nav), &lead);
    w!(page, "<div class=\"question\" data-question=\"{}\" data-source=\"{}\">\n", q.number, esc(&q.source));
    if !q.choices.is_empty() {
        let parts: Vec<String> = q
            .choices
            .iter()
            .map(|c| {
                format!(
                    "{} {} ({} %)",
                    esc(&crate::ingest::truncate(&c.value, 80)),
                    c.answers.count,
                    c.answers.percent()
                )
            })
            .collect();
        w!(page, "<p class=\"choices\">Closed answers: {}.</p>\n", parts.join("; "));
    }
    if q.views.iter().all(|v| v.themes.is_empty()) && q.answers > 0 {
        page.p("<p class=\"note\">No theme matched any answer to this question.</p>\n");
    }
    for (v, view) in q.views.iter().enumerate() {
        view_section(&mut page, model, q, v, view);
    }
    page.p("</div>\n");
    page.finish()
}

fn theme_anchor(view: usize, theme: usize) -> String {
    format!("v{}-t{theme}", view + 1)
}

fn view_section(page: &mut Page, model: &Synthesis, q: &QuestionReport, v: usize, view: &View) {
    let file = &model.lexicons.files[view.file];
    w!(
        page,
        "<section class=\"view\" id=\"view-{}\" data-family=\"{}\"><h2>{}</h2>\n<p class=\"note\">Lexicon <a href=\"{}\"><code>{}</code></a> ({}); it read {} of the {} answers.</p>\n",
        v + 1,
        esc(&view.family),
        esc(&view.family),
        lexicon_page(view.file, &view.family).trim_start_matches("pages/"),
        esc(&file.path),
        esc(&file.applies_to),
        view.answers_in_scope,
        q.answers
    );
    if view.themes.is_empty() {
        page.p("<p class=\"note\">No theme of this lexicon matched.</p></section>\n");
        return;
    }
    let top: Vec<&ThemeRow> = view.themes.iter().filter(|t| t.depth == 0).collect();
    let bars: Vec<(String, Share)> = top.iter().take(CHART_BARS).map(|t| (t.label.clone(), t.answers)).collect();
    bar_chart(
        page,
        &format!("Top-level themes of {}, % of the {} answers", view.family, q.answers),
        &bars,
        "question-chart",
    );
    if let Some(largest) = top.get(CHART_BARS) {
        // The union of the other themes is not known without the per-answer data: each is named
        // in the table, with its own share.
        w!(
            page,
            "<p class=\"note other-themes\">Other themes ({}), each at most {} % of the answers: in <a href=\"#table-{}\">the table</a>.</p>\n",
            top.len() - CHART_BARS,
            largest.answers.percent(),
            v + 1
        );
    }
    let weighted = view.themes.iter().any(|t| t.weighted_answers.is_some());
    w!(
        page,
        "<div class=\"scroll\"><table class=\"themes\" id=\"table-{}\"><thead><tr><th>theme</th><th class=\"n\">answers</th><th class=\"n\">% of answers [95% CI]</th><th class=\"n\">respondents</th><th class=\"n\">% of respondents [95% CI]</th><th class=\"n\">campaigns once</th>{}</tr></thead><tbody>\n",
        v + 1,
        if weighted { "<th class=\"n\">weighted 1/N</th>" } else { "" }
    );
    for t in &view.themes {
        let own = &model.lexicons.themes[t.theme].name;
        let name = if t.quotes.is_empty() && t.kwic.is_empty() {
            esc(own)
        } else {
            format!("<a href=\"#{}\">{}</a>", theme_anchor(v, t.theme), esc(own))
        };
        w!(
            page,
            "<tr class=\"theme d{}\" data-theme=\"{}\"><td class=\"name\">{name}</td><td class=\"n answers\">{}</td><td class=\"n\">{}</td><td class=\"n respondents\">{}</td><td class=\"n\">{}</td><td class=\"n once\">{}</td>",
            t.depth.min(3),
            t.theme,
            t.answers.count,
            share_cell(&t.answers),
            t.respondents.count,
            share_cell(&t.respondents),
            t.answers_campaigns_once
        );
        if weighted {
            w!(page, "<td class=\"n weighted\">{:.1}</td>", t.weighted_answers.unwrap_or(0.0));
        }
        page.p("</tr>\n");
    }
    w!(
        page,
        "<tr class=\"none\"><td class=\"name\">(no theme, any lexicon)</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\"></td><td class=\"n\">{}</td>{}</tr>\n</tbody></table></div>\n",
        q.unclassified.count,
        share_cell(&q.unclassified),
        q.respondents - q.classified_respondents,
        q.answers_campaigns_once - q.classified_campaigns_once,
        if weighted { "<td></td>" } else { "" }
    );
    reviewed_table(page, v, view);
    for t in view.themes.iter().filter(|t| !t.quotes.is_empty() || !t.kwic.is_empty()) {
        let anchor = theme_anchor(v, t.theme);
        w!(
            page,
            "<div class=\"theme-detail\" id=\"{anchor}\"><h4>{}</h4>\n",
            esc(&model.lexicons.themes[t.theme].path)
        );
        for (i, quote) in t.quotes.iter().enumerate() {
            let marked = super::mark(&quote.text, &quote.matched, (0, quote.text.len()), esc, ("<mark>", "</mark>"));
            w!(
                page,
                "<blockquote class=\"quote\" id=\"{anchor}-q{}\"><p>{marked}</p><footer>record {} · <code>{}:{}</code></footer></blockquote>\n",
                i + 1,
                esc(&quote.record_id),
                esc(&quote.input),
                quote.line
            );
        }
        if !t.kwic.is_empty() {
            w!(
                page,
                "<details class=\"kwic\"><summary>Keyword in context ({})</summary><ul class=\"kwic\">\n",
                t.kwic.len()
            );
            for k in &t.kwic {
                w!(
                    page,
                    "<li title=\"record {}\"><span class=\"l\"><bdi>{}</bdi></span><mark>{}</mark><span class=\"r\">{}</span></li>\n",
                    esc(&k.record_id),
                    esc(&k.left),
                    esc(&k.keyword),
                    esc(&k.right)
                );
            }
            page.p("</ul></details>\n");
        }
        page.p("</div>\n");
    }
    page.p("</section>\n");
}

/// With `--reviewed`: beside each top-level theme's share by the rules, what the reading of a
/// sample of the question's answers says.
fn reviewed_table(page: &mut Page, v: usize, view: &View) {
    let rows: Vec<&ThemeRow> = view.themes.iter().filter(|t| t.depth == 0 && t.reviewed.is_some()).collect();
    if rows.is_empty() {
        return;
    }
    w!(
        page,
        "<h3>Checked by reading</h3>\n<div class=\"scroll\"><table class=\"reviewed\" id=\"reviewed-{}\"><thead><tr><th>theme</th><th class=\"n\">% by the rules</th><th class=\"n\">read</th><th class=\"n\">precision [95% CI]</th><th class=\"n\">recall [95% CI]</th><th class=\"n\">corrected % [95% CI]</th><th class=\"n\">% among the read answers alone</th><th>flag</th></tr></thead><tbody>\n",
        v + 1
    );
    let bounded = |b: Option<super::reviewed::Bounded>| b.map_or_else(|| "–".to_owned(), |b| b.percent());
    for t in rows {
        let r = t.reviewed.as_ref().expect("filtered");
        w!(
            page,
            "<tr data-theme=\"{}\"><td class=\"name\">{}</td><td class=\"n\">{} %</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n corrected\"><strong>{}</strong></td><td class=\"n\">{}</td><td>{}</td></tr>\n",
            t.theme,
            esc(&t.label),
            t.answers.percent(),
            r.read,
            bounded(r.precision),
            bounded(r.recall),
            r.corrected.percent(),
            r.reviewed_alone.percent(),
            r.flag().map(|f| esc(&f)).unwrap_or_default()
        );
    }
    page.p("</tbody></table></div>\n<p class=\"note\">Precision and recall are measured on the answers read; the corrected share is the rules' share corrected by what the reading found (see <a href=\"method.html#reading\">the method</a>).</p>\n");
}

fn place_table(page: &mut Page, id: &str, rows: &[&PlaceReport]) {
    w!(page, "<div class=\"scroll\"><table class=\"places\" id=\"{id}\"><thead><tr><th>code</th><th>place</th><th class=\"n\">contributions</th><th class=\"n\">answers</th><th class=\"n\">% with a theme [95% CI]</th></tr></thead><tbody>\n");
    for p in rows {
        let name = match &p.region {
            Some(r) => format!("{} ({})", esc(&p.name), esc(r)),
            None => esc(&p.name),
        };
        w!(
            page,
            "<tr data-place=\"{}\"><td>{}</td><td>{name}</td><td class=\"n records\">{}</td><td class=\"n answers\">{}</td><td class=\"n\">{}</td></tr>\n",
            esc(&p.code),
            esc(&p.code),
            p.records,
            p.answers,
            share_cell(&p.classified)
        );
    }
    page.p("</tbody></table></div>\n");
}

/// Top-level themes with the most answers overall, for the per-place and per-week charts.
fn leading_themes(model: &Synthesis, n: usize) -> Vec<usize> {
    let mut top: Vec<usize> =
        model.lexicons.themes.iter().filter(|t| t.depth == 0 && t.answers > 0).map(|t| t.id).collect();
    top.sort_by(|&a, &b| model.lexicons.themes[b].answers.cmp(&model.lexicons.themes[a].answers).then(a.cmp(&b)));
    top.truncate(n);
    top
}

/// Charts shown per theme on the places and weeks pages (every theme is in the CSV tables).
const THEMES_CHARTED: usize = 12;

fn find(themes: &[SliceTheme], theme: usize) -> Option<Share> {
    themes.iter().find(|s| s.theme == theme).map(|s| s.answers)
}

fn specificity_mark(model: &Synthesis, dimension: &str, group: &str, theme: usize) -> &'static str {
    match model
        .specificities
        .strongest
        .iter()
        .find(|s| s.dimension == dimension && s.group == group && s.theme == theme)
    {
        Some(s) if s.over => " ▲",
        Some(_) => " ▼",
        None => "",
    }
}

fn places(model: &Synthesis) -> String {
    let g = &model.geography;
    let mut page = Page::new("Places", "../", &crumbs(""), "<p class=\"lead\">From the contributors' postal codes. Every figure counts every submission; every theme per région and département is in <code>geography.csv</code>.</p>");
    page.p("<h2>Postal codes</h2><div class=\"scroll\"><table id=\"postal-codes\"><thead><tr><th>postal code</th><th class=\"n\">contributions</th><th>examples</th></tr></thead><tbody>\n");
    for z in &g.postal_codes {
        let examples: Vec<String> = z.examples.iter().map(|e| format!("<code>{}</code>", esc(e))).collect();
        w!(
            page,
            "<tr data-status=\"{}\"><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>\n",
            esc(&z.status),
            esc(&z.label),
            z.records,
            examples.join(" ")
        );
    }
    page.p("</tbody></table></div>\n<h2 id=\"regions\">By région</h2>\n");
    let mut rows: Vec<&PlaceReport> = g.regions.iter().collect();
    rows.push(&g.unknown);
    place_table(&mut page, "region-table", &rows);
    let total: u64 = rows.iter().map(|r| r.answers).sum();
    let chart: Vec<(String, Share)> =
        g.regions.iter().map(|r| (r.name.clone(), Share::new(r.answers, total))).collect();
    bar_chart(&mut page, "Answers per région, % of all answers (unknown places in the total)", &chart, "region-chart");
    w!(page, "<h2 id=\"region-themes\">The {THEMES_CHARTED} largest top-level themes by région</h2>\n<p class=\"note\">Per theme: the % of each région's answers (those its lexicon read) in the theme, with 95% intervals; ▲/▼ mark a significant over/under-representation (<a href=\"specificities.html\">specificities</a>).</p>\n<div class=\"grid\">\n");
    for t in leading_themes(model, THEMES_CHARTED) {
        let rows: Vec<(String, Share)> = g
            .regions
            .iter()
            .filter_map(|r| {
                find(&r.themes, t).map(|s| (format!("{}{}", r.name, specificity_mark(model, "région", &r.name, t)), s))
            })
            .collect();
        bar_chart(&mut page, &model.theme_label(t), &rows, "theme-region-chart");
    }
    page.p("</div>\n<h2 id=\"departements\">By département</h2>\n<details><summary>The départements and the unknown place</summary>\n");
    let mut rows: Vec<&PlaceReport> = g.departements.iter().collect();
    rows.push(&g.unknown);
    place_table(&mut page, "departement-table", &rows);
    page.p("</details>\n");
    page.finish()
}

fn weeks(model: &Synthesis) -> String {
    let mut page = Page::new("Weeks and sources", "../", &crumbs(""), "<p class=\"lead\">By ISO week of publication, and by source (platform). Every theme per week is in <code>weeks.csv</code>.</p>");
    page.p("<h2>By week</h2><div class=\"scroll\"><table id=\"week-table\"><thead><tr><th>week</th><th>from</th><th class=\"n\">contributions</th><th class=\"n\">answers</th><th class=\"n\">% with a theme [95% CI]</th></tr></thead><tbody>\n");
    for wk in &model.weeks {
        w!(
            page,
            "<tr data-week=\"{}\"><td>{}</td><td>{}</td><td class=\"n records\">{}</td><td class=\"n answers\">{}</td><td class=\"n\">{}</td></tr>\n",
            esc(&wk.week_start),
            esc(&wk.iso_week),
            esc(&wk.week_start),
            wk.records,
            wk.answers,
            share_cell(&wk.classified)
        );
    }
    page.p("</tbody></table></div>\n");
    let cols: Vec<(String, u64)> = model.weeks.iter().map(|w| (w.iso_week.clone(), w.answers)).collect();
    column_chart(&mut page, "Answers per ISO week of publication", &cols);
    w!(
        page,
        "<h2 id=\"week-themes\">The {THEMES_CHARTED} largest top-level themes by week</h2>\n<div class=\"grid\">\n"
    );
    for t in leading_themes(model, THEMES_CHARTED) {
        let rows: Vec<(String, Share)> = model
            .weeks
            .iter()
            .filter_map(|w| {
                find(&w.themes, t)
                    .map(|s| (format!("{}{}", w.week_start, specificity_mark(model, "week", &w.week_start, t)), s))
            })
            .collect();
        bar_chart(&mut page, &model.theme_label(t), &rows, "theme-week-chart");
    }
    page.p("</div>\n<h2 id=\"sources\">By source</h2>\n<div class=\"scroll\"><table id=\"source-table\"><thead><tr><th>source</th><th class=\"n\">contributions</th><th class=\"n\">answers</th><th class=\"n\">% with a theme</th></tr></thead><tbody>\n");
    for s in &model.sources {
        w!(
            page,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
            esc(&s.source),
            s.records,
            s.answers,
            share_cell(&s.classified)
        );
    }
    page.p("</tbody></table></div>\n");
    page.finish()
}

fn specificities(model: &Synthesis) -> String {
    let s = &model.specificities;
    let lead = format!(
        "<p class=\"lead\">{}. <span id=\"specificity-count\">{}</span> listings in all, in <code>specificities.csv</code>; the {} strongest (by G²) here.</p>",
        esc(&model.method.rules.specificity),
        s.count,
        s.strongest.len()
    );
    let mut page = Page::new("Specificities: themes over- and under-represented", "../", &crumbs(""), &lead);
    for dimension in ["région", "département", "week", "source"] {
        let rows: Vec<_> = s.strongest.iter().filter(|x| x.dimension == dimension).collect();
        if rows.is_empty() {
            continue;
        }
        w!(page, "<h2>By {dimension}</h2>\n<div class=\"scroll\"><table class=\"specificities\"><thead><tr><th>{dimension}</th><th>theme</th><th></th><th class=\"n\">observed</th><th class=\"n\">expected</th><th class=\"n\">% in group</th><th class=\"n\">% overall</th><th class=\"n\">G²</th></tr></thead><tbody>\n");
        for x in rows {
            let (class, arrow) = if x.over { ("over", "▲ over") } else { ("under", "▼ under") };
            w!(
                page,
                "<tr><td>{}</td><td>{}</td><td class=\"{class}\">{arrow}</td><td class=\"n\">{}</td><td class=\"n\">{:.1}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{:.1}</td></tr>\n",
                esc(&x.group),
                esc(&model.theme_label(x.theme)),
                x.observed,
                x.expected,
                Share::new(x.observed, x.group_answers).percent(),
                Share::new(x.theme_answers, x.all_answers).percent(),
                x.g2
            );
        }
        page.p("</tbody></table></div>\n");
    }
    page.finish()
}

fn campaigns(model: &Synthesis) -> String {
    let d = &model.duplicates;
    let t = &model.totals;
    let lead = format!(
        "<p class=\"lead\">{} of {} answers ({} %) matched no theme; counting each campaign once, {} of {}. {}.</p>",
        t.answers - t.classified,
        t.answers,
        Share::new(t.answers - t.classified, t.answers).percent(),
        t.answers_campaigns_once - t.classified_campaigns_once,
        t.answers_campaigns_once,
        esc(&model.method.rules.duplicates)
    );
    let mut page = Page::new("Duplicates and campaigns", "../", &crumbs(""), &lead);
    w!(
        page,
        "<div class=\"scroll\"><table id=\"duplicates\"><tbody>\n<tr><td>free-text answers</td><td class=\"n\">{}</td></tr>\n<tr><td>distinct texts (after normalisation)</td><td class=\"n\">{}</td></tr>\n<tr><td>texts submitted more than once</td><td class=\"n\">{}</td></tr>\n<tr><td>answers repeating an earlier identical text</td><td class=\"n\">{}</td></tr>\n<tr><td>texts that joined a near-identical one</td><td class=\"n\">{}</td></tr>\n<tr><td>duplicate groups (10+ words)</td><td class=\"n\">{}</td></tr>\n<tr><td>campaigns ({}+ submissions)</td><td class=\"n\" id=\"campaign-count\">{}</td></tr>\n<tr><td>texts not indexed for near-duplicates (cap reached)</td><td class=\"n\">{}</td></tr>\n</tbody></table></div>\n",
        d.answers, d.distinct_texts, d.repeated_texts, d.exact_repeats, d.near_joins, d.groups, model.method.settings.campaign_size, d.campaign_count, d.not_indexed
    );
    if d.campaign_count > d.campaigns.len() {
        w!(
            page,
            "<p>The {} largest of the {} campaigns; <code>campaigns.csv</code> lists them all.</p>\n",
            d.campaigns.len(),
            d.campaign_count
        );
    }
    for c in &d.campaigns {
        let questions: Vec<String> = c
            .questions
            .iter()
            .filter_map(|&(n, count)| model.question(n).map(|q| (q, count)))
            .map(|(q, count)| {
                format!(
                    "<a href=\"{}\">{} {}</a> ({count})",
                    page.link(&q.page),
                    esc(&q.source),
                    esc(&super::model::question_key(q))
                )
            })
            .collect();
        let themes: Vec<String> =
            c.themes.iter().take(8).map(|&(t, n)| format!("{} ({n})", esc(&model.theme_label(t)))).collect();
        w!(
            page,
            "<div class=\"campaign\" id=\"campaign-{}\" data-size=\"{}\"><h4>Campaign {}: <span class=\"size\">{}</span> submissions ({} distinct texts), first on {}</h4>\n<p class=\"small\">Questions: {}. Themes: {}. Records: {}.</p>\n<blockquote><p>{}</p><footer>sample: record {}</footer></blockquote></div>\n",
            c.rank,
            c.size,
            c.rank,
            c.size,
            c.variants,
            c.first_day.as_deref().unwrap_or("an unknown date"),
            questions.join(", "),
            if themes.is_empty() { "none".to_owned() } else { themes.join(", ") },
            esc(&c.record_ids.join(", ")),
            esc(&c.sample),
            esc(&c.sample_record)
        );
    }
    page.finish()
}

fn lexicons(model: &Synthesis) -> String {
    let l = &model.lexicons;
    let lead = format!("<p class=\"lead\">The lexicons of this run (combined sha256 <code>{}</code>), each with its entries and their hits on its own page. The same list is in <code>entries.csv</code>.</p>", esc(&l.sha256));
    let mut page = Page::new("Lexicons and their entries", "../", &crumbs(""), &lead);
    page.p("<div class=\"scroll\"><table id=\"lexicon-files\"><thead><tr><th>family</th><th>file</th><th>applies to</th><th class=\"n\">themes</th><th class=\"n\">entries</th><th class=\"n\">never matched</th><th>sha256</th></tr></thead><tbody>\n");
    for (f, file) in l.files.iter().enumerate() {
        w!(
            page,
            "<tr><td><a href=\"{}\">{}</a></td><td><code>{}</code></td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td><code>{}</code></td></tr>\n",
            lexicon_page(f, &file.name).trim_start_matches("pages/"),
            esc(&file.name),
            esc(&file.path),
            esc(&file.applies_to),
            file.themes,
            file.entries,
            file.entries_never_matched,
            esc(&file.sha256[..16.min(file.sha256.len())])
        );
    }
    page.p("</tbody></table></div>\n");
    page.finish()
}

fn lexicon_file(model: &Synthesis, f: usize) -> String {
    let l = &model.lexicons;
    let file = &l.files[f];
    let lead = format!(
        "<p class=\"lead\"><code>{}</code>, applies to {}. Hits count every match; answers count each answer once; entries that never matched are marked ∅ and listed last.</p>",
        esc(&file.path),
        esc(&file.applies_to)
    );
    let mut page = Page::new(&file.name, "../", &crumbs(" · <a href=\"lexicons.html\">Lexicons</a>"), &lead);
    page.p("<div class=\"scroll\"><table class=\"entries small\"><thead><tr><th class=\"n\">line</th><th>theme</th><th>entry</th><th class=\"n\">hits</th><th class=\"n\">answers</th></tr></thead><tbody>\n");
    let mut entries: Vec<_> = l.entries.iter().filter(|e| e.file == f).collect();
    entries.sort_by_key(|e| (e.hits == 0, e.line));
    for e in entries {
        let mark = if e.hits == 0 { " ∅" } else { "" };
        w!(
            page,
            "<tr><td class=\"n\">{}</td><td>{}</td><td><code>{}</code>{mark}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
            e.line,
            esc(&l.themes[e.theme].path),
            esc(&e.entry),
            e.hits,
            e.answers
        );
    }
    page.p("</tbody></table></div>\n");
    page.finish()
}

fn method(model: &Synthesis) -> String {
    let t = &model.totals;
    let mut page = Page::new(
        "Provenance and method",
        "../",
        &crumbs(""),
        "<p class=\"lead\">What was read, how every figure was made, and how to make it again.</p>",
    );
    page.p("<h2 id=\"provenance\">Provenance</h2><div class=\"scroll\"><table id=\"inputs\"><thead><tr><th>input</th><th>format</th><th>source</th><th>encoding</th><th>sha256</th><th class=\"n\">records read</th><th class=\"n\">analysed</th><th class=\"n\">skipped</th><th class=\"n\">rejected</th></tr></thead><tbody>\n");
    for i in &model.inputs {
        w!(
            page,
            "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code></td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
            esc(&i.path),
            esc(&i.format),
            esc(&i.source),
            esc(&i.encoding),
            esc(&i.sha256[..16.min(i.sha256.len())]),
            i.read,
            i.analysed,
            i.skipped.values().sum::<u64>(),
            i.rejected
        );
    }
    w!(page, "<tr><th>all</th><td></td><td></td><td></td><td></td><td class=\"n\" id=\"total-read\">{}</td><td class=\"n\" id=\"total-analysed\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n</tbody></table></div>\n", t.read, t.analysed, t.skipped, t.rejected);
    let adds_up = if t.read == t.analysed + t.skipped + t.rejected {
        "the counts add up"
    } else {
        "THE COUNTS DO NOT ADD UP (a bug: please report it)"
    };
    w!(
        page,
        "<p>Records read = analysed + skipped + rejected: {} = {} + {} + {}; {adds_up}. {} contributions from <span id=\"total-contributors\">{}</span> distinct contributors hold <span id=\"total-answers\">{}</span> free-text answers (<span id=\"total-answers-once\">{}</span> counting each campaign once). sha256 shortened to 16 digits; full in <code>run.json</code>.</p>\n",
        t.read, t.analysed, t.skipped, t.rejected, t.analysed, t.contributors, t.answers, t.answers_campaigns_once
    );
    if !t.skipped_by_reason.is_empty() {
        page.p("<p>Skipped, by reason:</p><ul>\n");
        for (r, n) in &t.skipped_by_reason {
            w!(page, "<li>{}: {n}</li>\n", esc(r));
        }
        page.p("</ul>\n");
    }
    for (about, notes) in
        std::iter::once(("the inputs", &model.notes)).chain(model.inputs.iter().map(|i| (i.path.as_str(), &i.notes)))
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
    let m = &model.method;
    w!(page, "<h2 id=\"method\">Method</h2>\n<p>Lexicons: combined sha256 <code>{}</code>; the files and their entries are on <a href=\"lexicons.html\">their own page</a>.</p>\n<p>Text analysis, applied to answers and lexicon entries alike:</p><ol>\n", esc(&model.lexicons.sha256));
    for step in &m.analysis {
        w!(page, "<li>{}</li>\n", esc(step));
    }
    page.p("</ol>\n<ul>\n");
    for (name, rule) in m.listed() {
        w!(page, "<li id=\"rule-{}\"><strong>{name}</strong>: {}.</li>\n", slug(name), esc(&rule));
    }
    w!(
        page,
        "</ul>\n<h2 id=\"review\">Review sample</h2>\n<p><code>review.csv</code> holds <span id=\"review-rows\">{}</span> answers for people to read, seed <span id=\"review-seed\">{}</span>: {}. It is the file <code>synthese review</code> draws: beside each top-level theme the rules gave (<code>theme_1</code>, …), the reader writes <code>right</code> or <code>wrong</code> in its verdict (<code>verdict_1</code>, …), adds the themes the rules missed in <code>missed_themes</code>, and writes their name in <code>reviewer</code> (a row counts as read only then), the date in <code>reviewed_on</code> and a <code>comment</code> if any. The filled file reads back with <code>synthese run --reviewed</code> or <code>synthese eval --reviewed</code>, which correct the shares by what the reading found.</p>\n",
        model.review.rows,
        model.review.seed,
        esc(&model.review.rule)
    );
    if let Some(r) = &model.reading {
        w!(
            page,
            "<h2 id=\"reading\">Checked by reading</h2>\n<p>{} rows read by {} in {} review file{}, {} of them answers of this run.</p><ul>\n",
            r.rows_read,
            esc(&r.reviewers.join(", ")),
            r.files.len(),
            if r.files.len() == 1 { "" } else { "s" },
            r.rows_matched
        );
        for (file, sha) in &r.files {
            w!(page, "<li><code>{}</code> sha256 <code>{}</code></li>\n", esc(file), esc(&sha[..16.min(sha.len())]));
        }
        page.p("</ul>\n");
        for line in &r.method {
            w!(page, "<p>{}</p>\n", esc(line));
        }
        if !r.flagged.is_empty() {
            page.p("<p>Themes to look at:</p><ul>\n");
            for f in &r.flagged {
                w!(page, "<li>{} {}: {}</li>\n", esc(&f.question_label), esc(&f.label), esc(&f.reason));
            }
            page.p("</ul>\n");
        }
    }
    w!(
        page,
        "<h2 id=\"reproduce\">To reproduce</h2><p><code>{}</code> with {}.</p>\n",
        esc(&model.command),
        esc(&model.tool)
    );
    page.finish()
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
}
