//! The report sections on real data: the same figures in synthese.html, the CSV tables and
//! run.json; campaigns found among real duplicated answers; places from real postal codes,
//! invalid ones included; quotations and samples that do not depend on the thread count;
//! contributed markup shown as text.

mod common;
use std::collections::BTreeMap;

use common::*;

const FIXTURE: &str = "tests/data/campaigns_places.csv";
const FIXTURE_MAP: &str = "id=id,text=text,question=question,author=author,date=date,zip=zip";

fn run_fixture(extra: &[&str]) -> (tempfile::TempDir, serde_json::Value) {
    let out = temp();
    let mut args = vec!["run", "-q", FIXTURE, "--map", FIXTURE_MAP, "--out", s(out.path())];
    args.extend_from_slice(extra);
    synthese_ok(&args);
    let run = run_json(out.path());
    (out, run)
}

fn read(dir: &std::path::Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap()
}

#[test]
fn every_theme_figure_is_the_same_in_html_csv_and_json() {
    let out = temp();
    synthese_ok(&["run", "-q", "--out", s(out.path())]);
    let run = run_json(out.path());
    let from_json = json_themes(&run);
    assert_eq!(html_themes_of(out.path()), from_json, "the themes tables of the question pages and run.json");
    assert!(from_json.values().map(BTreeMap::len).sum::<usize>() > 1000, "the shipped corpus has many rows");

    let mut from_csv = HtmlThemes::new();
    for row in csv_rows(&out.path().join("themes.csv")) {
        if row["kind"] == "no_theme" {
            continue;
        }
        assert_eq!(row["kind"], "theme");
        let n = |k: &str| row[k].parse::<u64>().unwrap();
        from_csv
            .entry((row["source"].clone(), row["question"].clone()))
            .or_default()
            .insert(row["theme_id"].clone(), (n("answers"), n("respondents"), n("answers_campaigns_once")));
    }
    let with_themes: HtmlThemes = from_json.into_iter().filter(|(_, t)| !t.is_empty()).collect();
    assert_eq!(from_csv, with_themes, "themes.csv and run.json");
    // A question id column holds numbers only; topics have their own column.
    for row in csv_rows(&out.path().join("themes.csv")) {
        assert!(row["question_id"].is_empty() != row["topic"].is_empty(), "{row:?}");
        assert!(row["question_id"].is_empty() || row["question_id"].parse::<u64>().is_ok(), "{row:?}");
    }

    // Totals, places, weeks, specificities, review sample.
    let method = read(out.path(), "pages/method.html");
    let total = |html: &str, id: &str| cell_by_id(html, id);
    assert_eq!(total(&method, "total-answers"), run["totals"]["answers"].as_u64().unwrap());
    assert_eq!(total(&method, "total-contributors"), run["totals"]["contributors"].as_u64().unwrap());
    let specificities = read(out.path(), "pages/specificities.html");
    assert_eq!(total(&specificities, "specificity-count"), run["specificities"]["count"].as_u64().unwrap());
    assert_eq!(
        csv_rows(&out.path().join("specificities.csv")).len() as u64,
        run["specificities"]["count"].as_u64().unwrap()
    );
    let review = csv_rows(&out.path().join("review.csv"));
    assert_eq!(total(&method, "review-rows"), review.len() as u64);
    // The layout of docs/review-format.md, its reader's columns empty.
    assert!(review.iter().all(|r| r["seed"] == "2019" && r["reviewer"].is_empty() && r["missed_themes"].is_empty()));
    assert!(review.iter().all(|r| r.iter().all(|(k, v)| !k.starts_with("verdict_") || v.is_empty())));
    assert!(
        review.iter().any(|r| r["strata"].starts_with("all:")) && review.iter().any(|r| r.contains_key("verdict_1"))
    );
    assert_eq!(run["method"]["settings"]["review_seed"], 2019);

    let places = read(out.path(), "pages/places.html");
    let geo_csv = csv_rows(&out.path().join("geography.csv"));
    let html_regions = table_rows(&places, "region-table");
    for r in run["geography"]["regions"].as_array().unwrap() {
        let (code, records, answers) =
            (r["code"].as_str().unwrap(), r["records"].as_u64().unwrap(), r["answers"].as_u64().unwrap());
        let csv = geo_csv.iter().find(|x| x["level"] == "région" && x["code"] == code && x["kind"] == "total").unwrap();
        assert_eq!(
            (csv["records"].parse::<u64>().unwrap(), csv["answers"].parse::<u64>().unwrap()),
            (records, answers)
        );
        assert_eq!(html_regions[code], (records, answers), "région {code}");
        for t in r["themes"].as_array().unwrap() {
            let id = t["theme"].to_string();
            let csv = geo_csv
                .iter()
                .find(|x| x["level"] == "région" && x["code"] == code && x["kind"] == "theme" && x["theme_id"] == id)
                .unwrap();
            assert_eq!(csv["theme_answers"].parse::<u64>().unwrap(), t["answers"]["count"].as_u64().unwrap());
            // The same share as the places page: of the answers the theme's lexicon read there.
            assert_eq!(csv["answers_in_scope"].parse::<u64>().unwrap(), t["answers"]["of"].as_u64().unwrap());
            let share = csv["share_of_answers"].parse::<f64>().unwrap();
            assert!((share - t["answers"]["share"].as_f64().unwrap()).abs() < 1.5e-4, "{share}");
        }
    }
    let unknown = &run["geography"]["unknown"];
    assert_eq!(html_regions["?"], (unknown["records"].as_u64().unwrap(), unknown["answers"].as_u64().unwrap()));
    let html_deps = table_rows(&places, "departement-table");
    for d in run["geography"]["departements"].as_array().unwrap() {
        let code = d["code"].as_str().unwrap();
        assert_eq!(html_deps[code], (d["records"].as_u64().unwrap(), d["answers"].as_u64().unwrap()), "{code}");
    }
    let weeks_csv = csv_rows(&out.path().join("weeks.csv"));
    let html_weeks = table_rows(&read(out.path(), "pages/weeks.html"), "week-table");
    for w in run["weeks"].as_array().unwrap() {
        let monday = w["week_start"].as_str().unwrap();
        let csv = weeks_csv.iter().find(|x| x["week_start"] == monday && x["kind"] == "total").unwrap();
        let figures = (w["records"].as_u64().unwrap(), w["answers"].as_u64().unwrap());
        assert_eq!((csv["records"].parse().unwrap(), csv["answers"].parse().unwrap()), figures);
        assert_eq!(html_weeks[monday], figures, "week of {monday}");
    }
    assert_links_resolve(out.path());
}

/// Every link of every page of the HTML report points to a page of the folder (and to an anchor
/// of it), and nothing is loaded from elsewhere.
fn assert_links_resolve(dir: &std::path::Path) {
    let tree = report_tree(dir);
    let pages: Vec<&String> = tree.keys().filter(|k| k.ends_with(".html")).collect();
    assert!(pages.len() > 50, "{} pages", pages.len());
    for page in &pages {
        let html = String::from_utf8(tree[*page].clone()).unwrap();
        assert!(
            !html.contains("<script") && !html.contains(" src=\"") && !html.contains("<link"),
            "{page}: nothing loaded from elsewhere"
        );
        let folder = std::path::Path::new(page.as_str()).parent().unwrap();
        for link in html.split("href=\"").skip(1) {
            let target = unescape(&link[..link.find('"').unwrap()]);
            assert!(!target.contains("://") && !target.starts_with("javascript"), "{page}: {target}");
            let (file, anchor) = target.split_once('#').unwrap_or((&target, ""));
            let resolved = if file.is_empty() {
                page.to_string()
            } else {
                let joined = folder.join(file);
                let mut parts: Vec<String> = Vec::new();
                for c in joined.components() {
                    match c {
                        std::path::Component::ParentDir => {
                            parts.pop();
                        }
                        c => parts.push(c.as_os_str().to_string_lossy().into_owned()),
                    }
                }
                parts.join("/")
            };
            let Some(bytes) = tree.get(&resolved) else { panic!("{page}: link to {target}: no such file {resolved}") };
            if !anchor.is_empty() && resolved.ends_with(".html") {
                let anchors = synthese_anchors(std::str::from_utf8(bytes).unwrap());
                assert!(anchors.contains(anchor), "{page}: #{anchor} is not an anchor of {resolved}");
            }
        }
    }
}

/// The number in the element with this id.
fn cell_by_id(html: &str, id: &str) -> u64 {
    let at = html.find(&format!("id=\"{id}\">")).unwrap_or_else(|| panic!("#{id}")) + id.len() + 6;
    let len = html[at..].find('<').unwrap();
    html[at..at + len].trim().parse().unwrap()
}

/// (records, answers) per row of a places or weeks table, by its first data attribute.
fn table_rows(html: &str, id: &str) -> BTreeMap<String, (u64, u64)> {
    let at = html.find(&format!("id=\"{id}\"")).unwrap();
    let table = &html[at..at + html[at..].find("</table>").unwrap()];
    let mut out = BTreeMap::new();
    for row in table.split("<tr data-").skip(1) {
        let key = unescape(&row[row.find('"').unwrap() + 1..][..row[row.find('"').unwrap() + 1..].find('"').unwrap()]);
        let n = |class: &str| cell(row, class).unwrap().trim().parse::<u64>().unwrap();
        out.insert(key, (n("n records"), n("n answers")));
    }
    out
}

fn synthese_anchors(html: &str) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    for part in html.split(" id=\"").skip(1) {
        out.insert(part[..part.find('"').unwrap()].to_owned());
    }
    out
}

#[test]
fn campaigns_are_found_among_real_duplicated_answers() {
    let (out, run) = run_fixture(&[]);
    let d = &run["duplicates"];
    let sizes: Vec<u64> = d["campaigns"].as_array().unwrap().iter().map(|c| c["size"].as_u64().unwrap()).collect();
    // 12 copies of a 16-word Q164 text; 10 + 5 copies of two 46-word Q164 versions that differ by
    // a few words (joined as near-identical; 3 copies of a third version that differs more stay
    // apart); 12 copies of a Q165 text; 8 copies of a Q158 text joined by 4 of its 6 single
    // edited versions (one edit leaves an estimated similarity near the 0.7 bar, so which versions
    // join depends on the hash family); 6 copies of a Q149 text (two answers that add 20+ words
    // to it stay apart).
    assert_eq!(sizes, [15, 12, 12, 12, 6]);
    let campaigns = d["campaigns"].as_array().unwrap();
    let variants: Vec<u64> = campaigns.iter().map(|c| c["variants"].as_u64().unwrap()).collect();
    assert_eq!(variants, [2, 1, 1, 5, 1]);
    assert!(campaigns[0]["sample"].as_str().unwrap().starts_with("Supprimer la CSG pour TOUS les retraités"));
    let question_of = |c: &serde_json::Value| {
        let number = c["questions"][0][0].as_u64().unwrap();
        question_key(&questions(&run).into_iter().find(|q| q["number"] == number).unwrap())
    };
    assert_eq!((question_of(&campaigns[0]), question_of(&campaigns[3])), ("164".to_owned(), "158".to_owned()));
    assert_eq!(campaigns[0]["first_day"], "2019-01-26");
    assert_eq!((d["exact_repeats"].as_u64(), d["near_joins"].as_u64()), (Some(49), Some(5)));
    // Counting each campaign once: 214 answers, 57 of them in 5 campaigns.
    assert_eq!(run["totals"]["answers"], 214);
    assert_eq!(run["totals"]["answers_campaigns_once"], 214 - 57 + 5);
    let g164 = question(&run, "164");
    assert_eq!(g164["answers"].as_u64().unwrap() - g164["answers_campaigns_once"].as_u64().unwrap(), 14 + 11);

    let csv = csv_rows(&out.path().join("campaigns.csv"));
    let csv_sizes: Vec<u64> = csv.iter().map(|r| r["submissions"].parse().unwrap()).collect();
    assert_eq!(csv_sizes, sizes);
    assert_eq!(csv[0]["first_day"], "2019-01-26");
    let html = read(out.path(), "pages/campaigns.html");
    let html_sizes: Vec<u64> = html
        .split("<div class=\"campaign\"")
        .skip(1)
        .map(|c| attr(&format!("<x{c}"), "data-size").unwrap().parse().unwrap())
        .collect();
    assert_eq!(html_sizes, sizes);
    assert_eq!(cell_by_id(&html, "campaign-count"), 5);
    // Quotations never show a duplicated text (answers that only start like one are not duplicates).
    for g in questions(&run) {
        for t in theme_rows(&g) {
            for q in t["quotes"].as_array().into_iter().flatten() {
                let text = q["text"].as_str().unwrap();
                assert!(
                    !campaigns.iter().any(|c| c["sample"].as_str().unwrap() == text),
                    "a campaign text quoted: {text}"
                );
            }
        }
    }

    let (_, bigger) = run_fixture(&["--campaign-size", "12"]);
    assert_eq!(bigger["duplicates"]["campaigns"].as_array().unwrap().len(), 4);
    assert_eq!(bigger["totals"]["answers_campaigns_once"], 214 - (15 + 12 + 12 + 12) + 4);
}

#[test]
fn places_from_real_postal_codes_with_invalid_ones_counted_as_unknown() {
    let (out, run) = run_fixture(&[]);
    // What the fixture holds, counted here from its zip column.
    let rows = csv_rows_plain(FIXTURE);
    let zips: Vec<&str> = rows.iter().map(|r| r["zip"].as_str()).collect();
    let count = |f: &dyn Fn(&str) -> bool| zips.iter().filter(|z| f(z)).count() as u64;
    let fixed = count(&|z| z.len() == 4);
    let corse_sud = count(&|z| z.len() == 5 && (z.starts_with("200") || z.starts_with("201")));
    let haute_corse = count(&|z| z.len() == 5 && z.starts_with("20") && !z.starts_with("200") && !z.starts_with("201"));
    let reunion = count(&|z| z.starts_with("974"));
    assert_eq!((fixed, corse_sud, haute_corse, reunion), (5, 6, 2, 2), "the fixture's codes");
    let pc = |status: &str| {
        let all = run["geography"]["postal_codes"].as_array().unwrap();
        all.iter().find(|p| p["status"] == status).map_or(0, |p| p["records"].as_u64().unwrap())
    };
    assert_eq!(pc("fixed"), 5);
    assert_eq!(pc("malformed"), count(&|z| z == "750"));
    assert_eq!(pc("no_departement"), count(&|z| z == "00000" || z == "99999"));
    assert_eq!(pc("missing"), count(&|z| z.is_empty()));
    assert_eq!(pc("missing"), 1);
    let unknown = count(&|z| z.is_empty() || z == "750" || z == "00000" || z == "99999");
    assert_eq!(unknown, 6);
    assert_eq!(run["geography"]["unknown"]["records"], unknown, "unknown codes are counted, never dropped");
    let deps = run["geography"]["departements"].as_array().unwrap();
    let dep = |code: &str| deps.iter().find(|d| d["code"] == code).unwrap()["records"].as_u64().unwrap();
    assert_eq!((dep("2A"), dep("2B"), dep("974")), (corse_sud, haute_corse, reunion));
    let known: u64 = deps.iter().map(|d| d["records"].as_u64().unwrap()).sum();
    assert_eq!(known + unknown, 214);
    let regions = run["geography"]["regions"].as_array().unwrap();
    let corse = regions.iter().find(|r| r["name"] == "Corse").unwrap();
    assert_eq!(corse["records"].as_u64().unwrap(), corse_sud + haute_corse);
    // The lost leading zeros were restored: 3400 is Allier's 03400.
    let allier = count(&|z| z == "3400" || z.starts_with("03"));
    assert_eq!(dep("03"), allier);

    let geo = csv_rows(&out.path().join("geography.csv"));
    let unknown_row = geo.iter().find(|r| r["level"] == "unknown" && r["kind"] == "total").unwrap();
    assert_eq!(unknown_row["records"], unknown.to_string());
    let html = read(out.path(), "pages/places.html");
    assert_eq!(table_rows(&html, "region-table")["?"].0, unknown);
    assert!(html.contains("<td class=\"n\">5</td><td><code>"), "the fixed codes' row shows 5 contributions");

    // Weeks: every record of the fixture has a date between 22 January and 18 March 2019.
    let weeks = run["weeks"].as_array().unwrap();
    assert_eq!(weeks.iter().map(|w| w["records"].as_u64().unwrap()).sum::<u64>(), 214);
    assert!(weeks
        .iter()
        .all(|w| w["iso_week"].as_str().unwrap() >= "2019-W04" && w["iso_week"].as_str().unwrap() <= "2019-W12"));
}

fn csv_rows_plain(path: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut r = csv::Reader::from_path(root().join(path)).unwrap();
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
    r.records().map(|rec| header.iter().cloned().zip(rec.unwrap().iter().map(str::to_owned)).collect()).collect()
}

#[test]
fn quotations_samples_and_campaigns_do_not_depend_on_the_thread_count() {
    let (_, one) = run_fixture(&["--threads", "1"]);
    let (_, three) = run_fixture(&["--threads", "3"]);
    assert_eq!(one, three);
    let rows: Vec<serde_json::Value> = questions(&one).iter().flat_map(theme_rows).collect();
    let quotes = rows.iter().flat_map(|t| t["quotes"].as_array().into_iter().flatten()).count();
    assert!(quotes > 20, "{quotes} quotations");
    for g in questions(&one) {
        for t in theme_rows(&g) {
            let q = t["quotes"].as_array().cloned().unwrap_or_default();
            assert!(q.len() <= if t["depth"] == 0 { 3 } else { 1 });
            let ids: std::collections::BTreeSet<&str> = q.iter().map(|q| q["record_id"].as_str().unwrap()).collect();
            assert_eq!(ids.len(), q.len(), "one quotation per record");
            for q in q {
                let words = q["text"].as_str().unwrap().split_whitespace().count();
                assert!((3..=100).contains(&words), "not the longest: {words} words");
            }
        }
    }
    // The review sample changes with the seed, and only with it.
    let (a, _) = run_fixture(&["--review-seed", "7", "--threads", "1"]);
    let (b, _) = run_fixture(&["--review-seed", "7", "--threads", "2"]);
    let (c, _) = run_fixture(&[]);
    let ids = |d: &tempfile::TempDir| -> Vec<String> {
        csv_rows(&d.path().join("review.csv")).iter().map(|r| r["record_id"].clone()).collect()
    };
    assert_eq!(ids(&a), ids(&b));
    assert_ne!(ids(&a), ids(&c));
    assert!(csv_rows(&a.path().join("review.csv")).iter().all(|r| r["seed"] == "7"));
}

#[test]
fn weighting_by_author_is_optional_and_stated() {
    let (out, plain) = run_fixture(&[]);
    assert!(questions(&plain)[0]["weighted_classified"].is_null());
    assert!(read(out.path(), "synthese.md").contains("- Weighting: none"));
    let (out, weighted) = run_fixture(&["--weight-by-author"]);
    assert!(read(out.path(), "synthese.md").contains("- Weighting: on in this run"));
    let page = questions(&weighted).iter().find(|q| q["answers"].as_u64() > Some(0)).unwrap()["page"].clone();
    assert!(read(out.path(), page.as_str().unwrap()).contains("weighted 1/N"));
    let mut repeated = false;
    for g in questions(&weighted) {
        let (answers, respondents) = (g["answers"].as_u64().unwrap(), g["respondents"].as_u64().unwrap());
        let classified = g["classified"].as_u64().unwrap() as f64;
        let w = g["weighted_classified"].as_f64().unwrap();
        // Unclassified answers weigh the rest: classified + unclassified weights = respondents.
        assert!(w <= classified + 1e-9 && w >= classified - (answers - respondents) as f64 - 1e-9);
        repeated |= answers > respondents;
        for t in theme_rows(&g) {
            let (n, wt) = (t["answers"]["count"].as_f64().unwrap(), t["weighted_answers"].as_f64().unwrap());
            assert!(wt <= n + 1e-9 && wt > 0.0, "{wt} of {n}");
            assert!(t["respondents"]["count"].as_u64().unwrap() <= t["answers"]["count"].as_u64().unwrap());
        }
    }
    assert!(repeated, "the fixture has authors who answered a question twice");
}

#[test]
fn contributed_markup_is_shown_as_text() {
    let dir = temp();
    let input = dir.path().join("hostile.csv");
    std::fs::write(
        &input,
        "id,question,zip,text\n\
         \"<b>id</b>\",\"<script>alert('q')</script>\",\"<i>75</i>\",\"Le maire <script>alert(1)</script> doit consulter les habitants : <a href=\"\"javascript:alert(2)\"\">clic</a> \"\"><img src=x onerror=alert(3)>\"\n\
         r2,Q,75008,\"Supprimer le Sénat et donner plus de place au maire, javascript:alert(4) <svg onload=alert(5)>\"\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    synthese_ok(&["run", "-q", s(&input), "--map", "id=id,text=text,question=question,zip=zip", "--out", s(&out)]);
    let html: String = report_tree(&out)
        .iter()
        .filter(|(name, _)| name.ends_with(".html"))
        .map(|(_, bytes)| String::from_utf8(bytes.clone()).unwrap())
        .collect();
    for needle in ["<script", "<img", "<a href=\"javascript", "<b>", "<i>", "<svg onload"] {
        assert!(!html.contains(needle), "{needle} reached the page");
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as text");
    assert!(html.contains("&lt;img src=x onerror=alert(3)&gt;"));
    assert!(!html.contains("href=\"javascript"));
    let run = run_json(&out);
    assert!(questions(&run).iter().any(|g| !theme_rows(g).is_empty()), "quoted");
    assert!(html.contains("<mark>maire</mark>"), "the hostile answer is quoted, its words marked");
}

#[test]
fn thousands_of_campaigns_are_listed_in_rank_order_whatever_the_thread_count() {
    // Every real answer of more than 40 characters of the shipped CSVs (that starts with a letter
    // or digit, so that no cell is prefixed against formulas), copied 5 to 8 times: thousands of
    // campaigns once near-identical texts are joined, more than campaigns.csv makes in one chunk
    // or one window of chunks.
    let mut texts = std::collections::BTreeSet::new();
    for dir in ["corpus/official-layout", "corpus/politizr-layout"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "csv") {
                for record in csv::Reader::from_path(&path).unwrap().records() {
                    let long = |t: &&str| t.chars().count() > 40 && t.starts_with(char::is_alphanumeric);
                    texts.extend(record.unwrap().iter().filter(long).map(str::to_owned));
                }
            }
        }
    }
    let dir = temp();
    let input = dir.path().join("copies.csv");
    let mut w = csv::Writer::from_path(&input).unwrap();
    w.write_record(["id", "text"]).unwrap();
    for (i, text) in texts.iter().enumerate() {
        for copy in 0..5 + i % 4 {
            w.write_record([format!("t{i}-{copy}").as_str(), text]).unwrap();
        }
    }
    w.flush().unwrap();
    let runs: Vec<_> = ["1", "2"]
        .iter()
        .map(|threads| {
            let out = dir.path().join(format!("threads{threads}"));
            synthese_ok(&["run", "-q", s(&input), "--map", "id=id,text=text", "--threads", threads, "--out", s(&out)]);
            std::fs::read(out.join("campaigns.csv")).unwrap()
        })
        .collect();
    assert!(runs[0] == runs[1], "campaigns.csv differs between 1 and 2 threads");
    let rows = csv_rows(&dir.path().join("threads1").join("campaigns.csv"));
    assert!(rows.len() > 3000, "{} campaigns", rows.len());
    let ranks: Vec<usize> = rows.iter().map(|r| r["campaign"].parse().unwrap()).collect();
    assert_eq!(ranks, (1..=rows.len()).collect::<Vec<_>>());
    let sizes: Vec<u64> = rows.iter().map(|r| r["submissions"].parse().unwrap()).collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "largest first");
    for same_size in rows.chunk_by(|a, b| a["submissions"] == b["submissions"]) {
        let samples: Vec<&str> = same_size.iter().map(|r| r["sample_start"].trim_end_matches('…')).collect();
        assert!(samples.windows(2).all(|w| w[0] <= w[1]), "then by sample text (no dates here)");
    }
}

/// Bytes of every file of a report folder, `assignments.csv` (one row per answer) apart.
fn summary_bytes(dir: &std::path::Path) -> (u64, u64) {
    let tree = report_tree(dir);
    let per_answer = tree.get("assignments.csv").map_or(0, |b| b.len() as u64);
    (tree.values().map(|b| b.len() as u64).sum::<u64>() - per_answer, per_answer)
}

#[test]
fn the_reports_stay_small_and_do_not_grow_with_the_corpus() {
    let input: u64 = report_tree(&root().join("corpus")).values().map(|b| b.len() as u64).sum();
    let (once, twice, copies) = (temp(), temp(), temp());
    synthese_ok(&["run", "-q", "--out", s(once.path())]);
    // The same exports twice, as two copies: twice the answers, the same questions, themes and
    // lexicons.
    for copy in ["a", "b"] {
        for (name, bytes) in report_tree(&root().join("corpus")) {
            let path = copies.path().join(copy).join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
    }
    synthese_ok(&["run", "-q", s(copies.path()), "--out", s(twice.path())]);
    assert_eq!(
        run_json(twice.path())["totals"]["answers"],
        2 * run_json(once.path())["totals"]["answers"].as_u64().unwrap()
    );
    let ((summary1, answers1), (summary2, answers2)) = (summary_bytes(once.path()), summary_bytes(twice.path()));
    // One lean row per answer: far smaller than the input, and twice as many rows for twice the input.
    assert!(answers1 * 4 < input, "assignments.csv is {answers1} bytes for {input} bytes of input");
    assert!(answers2 > answers1 * 19 / 10);
    // Everything else is bounded by the questions, themes and samples, not by the answers.
    assert!(summary2 < summary1 * 11 / 10, "{summary1} bytes of reports, then {summary2} for twice the input");
    for (name, bytes) in report_tree(once.path()) {
        if name.ends_with(".html") {
            assert!(bytes.len() < 1 << 20, "{name}: {} bytes; every page is under 1 MB", bytes.len());
        }
    }
    assert!(std::fs::metadata(once.path().join("run.json")).unwrap().len() < 8 << 20);
}

#[test]
fn one_huge_answer_gives_reports_of_a_normal_size() {
    // Real answers of the shipped corpus, end to end, until one answer of some 8 MB.
    let mut text = String::new();
    for record in
        csv::Reader::from_path(root().join("corpus/official-layout/LA_TRANSITION_ECOLOGIQUE.csv")).unwrap().records()
    {
        for cell in record.unwrap().iter().filter(|c| c.len() > 80) {
            text.push_str(cell);
            text.push(' ');
        }
    }
    let chunk = text.clone();
    while text.len() < 8 << 20 {
        text.push_str(&chunk);
    }
    let dir = temp();
    let input = dir.path().join("huge.csv");
    let mut w = csv::Writer::from_path(&input).unwrap();
    w.write_record(["id", "question", "text"]).unwrap();
    w.write_record(["huge", "Q", text.as_str()]).unwrap();
    w.write_record(["small", "Q", "Il faut développer les transports en commun à la campagne."]).unwrap();
    w.flush().unwrap();
    let out = dir.path().join("out");
    synthese_ok(&[
        "run",
        "-q",
        s(&input),
        "--map",
        "id=id,text=text,question=question",
        "--max-field-bytes",
        "16777216",
        "--out",
        s(&out),
    ]);
    assert_eq!(run_json(&out)["totals"]["analysed"], 2);
    for (name, bytes) in report_tree(&out) {
        assert!(bytes.len() < 2 << 20, "{name}: {} bytes from one answer of {} bytes", bytes.len(), text.len());
    }
    let review = csv_rows(&out.join("review.csv"));
    let huge = review.iter().find(|r| r["record_id"] == "huge").expect("the huge answer is in the review sample");
    assert!(huge["text"].contains("characters in all; record huge]"), "cut, with a marker naming the record");
}
