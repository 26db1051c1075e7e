//! Helpers shared by the integration tests: run the real binary, read what it wrote.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The files `synthese run` writes besides the pages of the HTML report (`pages/`).
pub const REPORT_FILES: [&str; 13] = [
    "synthese.md",
    "lexicon.md",
    "synthese.html",
    "themes.csv",
    "entries.csv",
    "assignments.csv",
    "rejects.csv",
    "geography.csv",
    "weeks.csv",
    "specificities.csv",
    "campaigns.csv",
    "review.csv",
    "run.json",
];

/// Every file of a report folder (sub-folders included, `eval/` and hidden files left out), by
/// path relative to it, with its bytes.
pub fn report_tree(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut std::collections::BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path();
            if name.starts_with('.') || (dir == root && name == "eval") {
                continue;
            }
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = std::collections::BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// The questions of a run.json, every source and debate together, in page order.
pub fn questions(run: &serde_json::Value) -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    for source in run["sources"].as_array().unwrap() {
        for debate in source["debates"].as_array().unwrap() {
            out.extend(debate["questions"].as_array().unwrap().iter().cloned());
        }
    }
    out
}

/// A question's key as the input gave it: its id, or its topic.
pub fn question_key(q: &serde_json::Value) -> String {
    match q["question_id"].as_u64() {
        Some(id) => id.to_string(),
        None => q["topic"].as_str().unwrap().to_owned(),
    }
}

/// The question of run.json whose key is `key` (the first, whatever its source).
pub fn question(run: &serde_json::Value, key: &str) -> serde_json::Value {
    questions(run).into_iter().find(|q| question_key(q) == key).unwrap_or_else(|| panic!("no question {key}"))
}

/// How many closed or multiple-choice answers of a question were `value`.
pub fn choice(q: &serde_json::Value, value: &str) -> u64 {
    q["choices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["value"] == value)
        .map_or(0, |c| c["answers"]["count"].as_u64().unwrap())
}

/// Every theme row of a question, every lexicon family together.
pub fn theme_rows(q: &serde_json::Value) -> Vec<serde_json::Value> {
    q["views"].as_array().unwrap().iter().flat_map(|v| v["themes"].as_array().unwrap().iter().cloned()).collect()
}

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

/// The themes tables of question pages: (source, question number) → theme id → (answers,
/// respondents, answers counting each campaign once).
pub type HtmlThemes = std::collections::BTreeMap<(String, String), std::collections::BTreeMap<String, (u64, u64, u64)>>;

pub fn html_themes(html: &str) -> HtmlThemes {
    let mut out = HtmlThemes::new();
    for section in html.split("<div class=\"question\"").skip(1) {
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

/// The themes tables of every question page of a report folder.
pub fn html_themes_of(dir: &Path) -> HtmlThemes {
    let mut out = HtmlThemes::new();
    for entry in std::fs::read_dir(dir.join("pages")).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().unwrap().to_string_lossy().starts_with('q') {
            out.append(&mut html_themes(&std::fs::read_to_string(path).unwrap()));
        }
    }
    out
}

/// The same figures from run.json.
pub fn json_themes(run: &serde_json::Value) -> HtmlThemes {
    let mut out = HtmlThemes::new();
    for q in questions(run) {
        let key = (q["source"].as_str().unwrap().to_owned(), q["number"].to_string());
        let themes = out.entry(key).or_default();
        for t in theme_rows(&q) {
            themes.insert(
                t["theme"].to_string(),
                (
                    t["answers"]["count"].as_u64().unwrap(),
                    t["respondents"]["count"].as_u64().unwrap(),
                    t["answers_campaigns_once"].as_u64().unwrap(),
                ),
            );
        }
    }
    out
}
