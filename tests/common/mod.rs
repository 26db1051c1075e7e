//! Helpers shared by the integration tests: run the real binary, read what it wrote.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Every file `synthese run` writes.
pub const REPORT_FILES: [&str; 11] = [
    "synthese.md",
    "synthese.html",
    "themes.csv",
    "assignments.csv",
    "rejects.csv",
    "geography.csv",
    "weeks.csv",
    "specificities.csv",
    "campaigns.csv",
    "review.csv",
    "run.json",
];

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `synthese` from the project root, as a user would.
pub fn synthese(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_synthese")).args(args).current_dir(root()).output().expect("the binary runs")
}

/// Runs and insists on success, showing stderr otherwise.
pub fn synthese_ok(args: &[&str]) -> Output {
    let out = synthese(args);
    assert!(out.status.success(), "synthese {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    out
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn run_json(dir: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(dir.join("run.json")).unwrap()).unwrap()
}

pub fn rejects(dir: &Path) -> Vec<Vec<String>> {
    let mut r = csv::Reader::from_path(dir.join("rejects.csv")).unwrap();
    r.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect()
}

pub fn temp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// read = analysed + skipped + rejected, for the run and for every input.
pub fn assert_counts_add_up(run: &serde_json::Value) {
    let t = &run["totals"];
    assert_eq!(
        t["read"].as_u64().unwrap(),
        t["analysed"].as_u64().unwrap() + t["skipped"].as_u64().unwrap() + t["rejected"].as_u64().unwrap()
    );
    for input in run["inputs"].as_array().unwrap() {
        let skipped: u64 = input["skipped"].as_object().unwrap().values().map(|v| v.as_u64().unwrap()).sum();
        assert_eq!(
            input["read"].as_u64().unwrap(),
            input["analysed"].as_u64().unwrap() + skipped + input["rejected"].as_u64().unwrap(),
            "{}",
            input["path"]
        );
    }
}

/// Reads one of the CSV reports (they start with a UTF-8 BOM, which the csv crate skips) as
/// header → value maps.
pub fn csv_rows(path: &Path) -> Vec<std::collections::HashMap<String, String>> {
    let bytes = std::fs::read(path).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "{}: starts with a UTF-8 BOM for Excel", path.display());
    let mut r = csv::Reader::from_reader(&bytes[..]);
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
    assert!(!header[0].starts_with('\u{feff}'), "the BOM is not part of the first header");
    r.records().map(|rec| header.iter().cloned().zip(rec.unwrap().iter().map(str::to_owned)).collect()).collect()
}

/// Undoes HTML escaping (as written by synthese or serialised by a browser).
pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// The value of attribute `name` in the start tag that begins `tag`.
pub fn attr(tag: &str, name: &str) -> Option<String> {
    let end = tag.find('>')?;
    let head = &tag[..end];
    let at = head.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = head[at..].find('"')?;
    Some(unescape(&head[at..at + len]))
}

/// The text of the first `<td class="…{class}…">` cell after `from` in `html`, tags removed.
pub fn cell(html: &str, class: &str) -> Option<String> {
    let at = html.find(&format!("{class}\">"))? + class.len() + 2;
    let len = html[at..].find("</td>")?;
    Some(unescape(&html[at..at + len]))
}

/// The themes table of every question section of an HTML report: (source, question id) →
/// theme label → (answers, respondents, answers counting each campaign once).
pub type HtmlThemes = std::collections::BTreeMap<(String, String), std::collections::BTreeMap<String, (u64, u64, u64)>>;

pub fn html_themes(html: &str) -> HtmlThemes {
    let mut out = HtmlThemes::new();
    for section in html.split("<section class=\"question\"").skip(1) {
        let section = &section[..section.find("</section>").unwrap_or(section.len())];
        let tag = format!("<x{section}");
        let key = (attr(&tag, "data-source").unwrap(), attr(&tag, "data-question").unwrap());
        let themes = out.entry(key).or_default();
        for row in section.split("<tr class=\"theme").skip(1) {
            let row = &row[..row.find("</tr>").unwrap()];
            let label = attr(&format!("<x{row}"), "data-theme").unwrap();
            let n = |class: &str| cell(row, class).unwrap().trim().parse::<u64>().unwrap();
            themes.insert(label, (n("n answers"), n("n respondents"), n("n once")));
        }
    }
    out
}

/// The same figures from run.json.
pub fn json_themes(run: &serde_json::Value) -> HtmlThemes {
    let mut out = HtmlThemes::new();
    for g in run["groups"].as_array().unwrap() {
        let key = (g["source"].as_str().unwrap().to_owned(), g["question_id"].as_str().unwrap().to_owned());
        let themes = out.entry(key).or_default();
        for t in g["themes"].as_array().unwrap() {
            themes.insert(
                t["theme"].as_str().unwrap().to_owned(),
                (
                    t["answers"].as_u64().unwrap(),
                    t["respondents"].as_u64().unwrap(),
                    t["answers_campaigns_once"].as_u64().unwrap(),
                ),
            );
        }
    }
    out
}
