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
    let html = read(out.path(), "synthese.html");
    let from_json = json_themes(&run);
    assert_eq!(html_themes(&html), from_json, "the themes tables of synthese.html and run.json");
    assert!(from_json.values().map(BTreeMap::len).sum::<usize>() > 1000, "the shipped corpus has many rows");

    let mut from_csv = HtmlThemes::new();
    for row in csv_rows(&out.path().join("themes.csv")) {
        if row["theme"] == "(no theme)" {
            continue;
        }
        let label = format!("{} / {}", row["family"], row["theme"]);
        let n = |k: &str| row[k].parse::<u64>().unwrap();
        from_csv
            .entry((row["source"].clone(), row["question_id"].clone()))
            .or_default()
            .insert(label, (n("answers"), n("respondents"), n("answers_campaigns_once")));
    }
    let with_themes: HtmlThemes = from_json.into_iter().filter(|(_, t)| !t.is_empty()).collect();
    assert_eq!(from_csv, with_themes, "themes.csv and run.json");

    // Totals, places, weeks, specificities, review sample.
    let total = |id: &str| cell_by_id(&html, id);
    assert_eq!(total("total-answers"), run["totals"]["answers"].as_u64().unwrap());
    assert_eq!(total("total-contributors"), run["totals"]["contributors"].as_u64().unwrap());
    assert_eq!(total("specificity-count"), run["specificities"].as_array().unwrap().len() as u64);
    assert_eq!(csv_rows(&out.path().join("specificities.csv")).len(), run["specificities"].as_array().unwrap().len());
    let review = csv_rows(&out.path().join("review.csv"));
    assert_eq!(total("review-rows"), review.len() as u64);
    assert!(review.iter().all(|r| r["seed"] == "2019" && r["verdict"].is_empty()));
    assert_eq!(run["settings"]["review_seed"], 2019);

    let geo_csv = csv_rows(&out.path().join("geography.csv"));
    let html_regions = table_rows(&html, "region-table");
    for r in run["geography"]["regions"].as_array().unwrap() {
        let (code, records, answers) =
            (r["code"].as_str().unwrap(), r["records"].as_u64().unwrap(), r["answers"].as_u64().unwrap());
        let csv =
            geo_csv.iter().find(|x| x["level"] == "région" && x["code"] == code && x["theme"].is_empty()).unwrap();
        assert_eq!(
            (csv["records"].parse::<u64>().unwrap(), csv["answers"].parse::<u64>().unwrap()),
            (records, answers)
        );
        assert_eq!(html_regions[code], (records, answers), "région {code}");
        for (theme, n) in r["themes"].as_object().unwrap() {
            let csv =
                geo_csv.iter().find(|x| x["level"] == "région" && x["code"] == code && &x["theme"] == theme).unwrap();
            assert_eq!(csv["theme_answers"].parse::<u64>().unwrap(), n.as_u64().unwrap());
        }
    }
    let unknown = &run["geography"]["unknown"];
    assert_eq!(html_regions["?"], (unknown["records"].as_u64().unwrap(), unknown["answers"].as_u64().unwrap()));
    let html_deps = table_rows(&html, "departement-table");
    for d in run["geography"]["departements"].as_array().unwrap() {
        let code = d["code"].as_str().unwrap();
        assert_eq!(html_deps[code], (d["records"].as_u64().unwrap(), d["answers"].as_u64().unwrap()), "{code}");
    }
    let weeks_csv = csv_rows(&out.path().join("weeks.csv"));
    let html_weeks = table_rows(&html, "week-table");
    for w in run["weeks"].as_array().unwrap() {
        let monday = w["week_start"].as_str().unwrap();
        let csv = weeks_csv.iter().find(|x| x["week_start"] == monday && x["theme"].is_empty()).unwrap();
        let figures = (w["records"].as_u64().unwrap(), w["answers"].as_u64().unwrap());
        assert_eq!((csv["records"].parse().unwrap(), csv["answers"].parse().unwrap()), figures);
        assert_eq!(html_weeks[monday], figures, "week of {monday}");
    }
    // Every link inside the page points to an anchor of the page.
    let anchors = synthese_anchors(&html);
    for link in html.split("href=\"#").skip(1) {
        let target = &link[..link.find('"').unwrap()];
        assert!(anchors.contains(target), "#{target} is not an anchor of the page");
    }
    assert!(
        !html.contains("<script") && !html.contains(" src=\"") && !html.contains("<link"),
        "nothing loaded from elsewhere"
    );
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
    assert_eq!(campaigns[0]["questions"][0]["question_id"], "164");
    assert_eq!(campaigns[3]["questions"][0]["question_id"], "158");
    assert_eq!(campaigns[0]["first_day"], "2019-01-26");
    assert_eq!((d["exact_repeats"].as_u64(), d["near_joins"].as_u64()), (Some(49), Some(5)));
    // Counting each campaign once: 214 answers, 57 of them in 5 campaigns.
    assert_eq!(run["totals"]["answers"], 214);
    assert_eq!(run["totals"]["answers_campaigns_once"], 214 - 57 + 5);
    let g164 = run["groups"].as_array().unwrap().iter().find(|g| g["question_id"] == "164").unwrap();
    assert_eq!(g164["answers"].as_u64().unwrap() - g164["answers_campaigns_once"].as_u64().unwrap(), 14 + 11);

    let csv = csv_rows(&out.path().join("campaigns.csv"));
    let csv_sizes: Vec<u64> = csv.iter().map(|r| r["submissions"].parse().unwrap()).collect();
    assert_eq!(csv_sizes, sizes);
    assert_eq!(csv[0]["first_day"], "2019-01-26");
    let html = read(out.path(), "synthese.html");
    let html_sizes: Vec<u64> = html
        .split("<div class=\"campaign\"")
        .skip(1)
        .map(|c| attr(&format!("<x{c}"), "data-size").unwrap().parse().unwrap())
        .collect();
    assert_eq!(html_sizes, sizes);
    assert_eq!(cell_by_id(&html, "campaign-count"), 5);
    // Quotations never show a duplicated text (answers that only start like one are not duplicates).
    for g in run["groups"].as_array().unwrap() {
        for t in g["themes"].as_array().unwrap() {
            for q in t["quotes"].as_array().unwrap() {
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
    let pc = &run["geography"]["postal_codes"];
    assert_eq!(pc["fixed"]["records"], 5);
    assert_eq!(pc["malformed"]["records"], count(&|z| z == "750"));
    assert_eq!(pc["no_departement"]["records"], count(&|z| z == "00000" || z == "99999"));
    assert_eq!(pc["missing"]["records"], count(&|z| z.is_empty()));
    assert_eq!(pc["missing"]["records"], 1);
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
    let unknown_row = geo.iter().find(|r| r["level"] == "unknown" && r["theme"].is_empty()).unwrap();
    assert_eq!(unknown_row["records"], unknown.to_string());
    let html = read(out.path(), "synthese.html");
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
    let quotes: Vec<&serde_json::Value> = one["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["themes"].as_array().unwrap())
        .flat_map(|t| t["quotes"].as_array().unwrap())
        .collect();
    assert!(quotes.len() > 20, "{} quotations", quotes.len());
    for g in one["groups"].as_array().unwrap() {
        for t in g["themes"].as_array().unwrap() {
            let q = t["quotes"].as_array().unwrap();
            assert!(q.len() <= 3);
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
    assert!(plain["groups"][0].get("weighted_classified").is_none());
    assert!(read(out.path(), "synthese.md").contains("- Weighting: none"));
    let (out, weighted) = run_fixture(&["--weight-by-author"]);
    assert!(read(out.path(), "synthese.md").contains("Weighting (on in this run)"));
    assert!(read(out.path(), "synthese.html").contains("weighted 1/N"));
    let mut repeated = false;
    for g in weighted["groups"].as_array().unwrap() {
        let (answers, respondents) = (g["answers"].as_u64().unwrap(), g["respondents"].as_u64().unwrap());
        let classified = g["classified"].as_u64().unwrap() as f64;
        let w = g["weighted_classified"].as_f64().unwrap();
        // Unclassified answers weigh the rest: classified + unclassified weights = respondents.
        assert!(w <= classified + 1e-9 && w >= classified - (answers - respondents) as f64 - 1e-9);
        repeated |= answers > respondents;
        for t in g["themes"].as_array().unwrap() {
            let (n, wt) = (t["answers"].as_f64().unwrap(), t["weighted_answers"].as_f64().unwrap());
            assert!(wt <= n + 1e-9 && wt > 0.0, "{wt} of {n}");
            assert!(t["respondents"].as_u64().unwrap() <= t["answers"].as_u64().unwrap());
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
    let html = std::fs::read_to_string(out.join("synthese.html")).unwrap();
    for needle in ["<script", "<img", "<a href=\"javascript", "<b>", "<i>", "<svg onload"] {
        assert!(!html.contains(needle), "{needle} reached the page");
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as text");
    assert!(html.contains("&lt;img src=x onerror=alert(3)&gt;"));
    assert!(!html.contains("href=\"javascript"));
    let run = run_json(&out);
    assert!(run["groups"].as_array().unwrap().iter().any(|g| !g["themes"].as_array().unwrap().is_empty()), "quoted");
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
        let samples: Vec<&str> = same_size.iter().map(|r| r["sample_text"].as_str()).collect();
        assert!(samples.windows(2).all(|w| w[0] <= w[1]), "then by sample text (no dates here)");
    }
}
