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
