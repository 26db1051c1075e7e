//! Reports: the figures of a run are computed once into the synthesis model ([`model`]), then
//! rendered for people (`synthese.html` and its `pages/`, `synthese.md`, `lexicon.md`) and for
//! machines (`run.json`, the model itself); the CSV tables (`themes.csv`, `entries.csv`,
//! `assignments.csv`, `rejects.csv`…) are lean and typed. Every file is written in a staging
//! folder and the report is switched in one step ([`output`]), so an interrupted or failed run
//! never leaves a report that looks complete or mixes two runs.
//! Nothing written depends on the clock, the machine or absolute paths.

pub mod assignments;
pub mod html;
pub mod json;
pub mod markdown;
pub mod model;
pub mod output;
pub mod reviewed;
pub mod tables;

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::aggregate::Tally;
use crate::classify::Matcher;

/// Everything a report shows.
pub struct RunSummary<'a> {
    pub tally: &'a Tally,
    pub matcher: &'a Matcher,
    /// How to run it again (inputs and options as given, relative paths).
    pub command: String,
    /// With `--reviewed`: what people's reading of a sample says.
    pub readings: Option<&'a reviewed::Readings>,
}

pub const TOOL: &str = concat!("synthese ", env!("CARGO_PKG_VERSION"));

/// A file being written in the output folder, under a temporary name until [`Pending::commit`].
pub struct Pending {
    pub writer: BufWriter<File>,
    temp: PathBuf,
    pub target: PathBuf,
    /// Where the previous run's file is moved while the new one takes its name.
    previous: PathBuf,
    committed: bool,
}

impl Pending {
    /// `name` may hold a sub-folder (`pages/q1.html`), made if missing.
    pub fn create(dir: &Path, name: &str) -> Result<Pending, String> {
        Pending::with_buffer(dir, name, 1 << 20)
    }

    /// [`Pending::create`] with a write buffer of `capacity` bytes: none for a file written in
    /// one piece, whose buffer would only be copied through (and, at 1 MB, be fresh memory the
    /// system must clear for every page of a report).
    pub fn with_buffer(dir: &Path, name: &str, capacity: usize) -> Result<Pending, String> {
        let target = dir.join(name);
        let folder = target.parent().unwrap_or(dir).to_path_buf();
        let base = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if folder != dir {
            std::fs::create_dir_all(&folder)
                .map_err(|e| format!("{}: cannot create the folder: {e}", crate::paths::display(&folder)))?;
        }
        let temp = folder.join(format!(".{base}.partial"));
        let previous = folder.join(format!(".{base}.previous"));
        let file = File::create(&temp).map_err(|e| format!("{}: cannot write: {e}", crate::paths::display(&temp)))?;
        Ok(Pending { writer: BufWriter::with_capacity(capacity, file), temp, target, previous, committed: false })
    }

    /// Gives the file its name, in place of the previous run's.
    ///
    /// A rename over an existing file would make ext4 write the whole new file to disk before the
    /// rename returns (its `auto_da_alloc` guard), which takes seconds for a large report. The
    /// previous file is moved aside instead, so that the rename replaces nothing, then removed. What this gives up: after a power cut
    /// soon after a run, a report may be empty rather than the previous one; it can be made
    /// again, and nothing was ever synced to disk anyway.
    pub fn commit(mut self) -> Result<(), String> {
        let shown = crate::paths::display(&self.target);
        let previous = crate::paths::display(&self.previous);
        self.writer.flush().map_err(|e| format!("{shown}: cannot write: {e}"))?;
        let moved_aside = std::fs::rename(&self.target, &self.previous).is_ok();
        if let Err(e) = std::fs::rename(&self.temp, &self.target) {
            if moved_aside && std::fs::rename(&self.previous, &self.target).is_err() {
                return Err(format!("{shown}: cannot write: {e} (the previous run's file is kept as {previous})"));
            }
            return Err(format!("{shown}: cannot write: {e}"));
        }
        self.committed = true;
        // Also a previous file left by a run stopped between the two renames.
        match std::fs::remove_file(&self.previous) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                // The new report is in place: the others are still committed.
                eprintln!(
                    "synthese: warning: {previous}: cannot remove the previous run's file ({e}); remove it by hand"
                );
            }
            _ => {}
        }
        Ok(())
    }
}

/// A run that fails or is interrupted leaves no partial file behind.
impl Drop for Pending {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

/// Refuses to write into a folder that holds something else than a previous report of the same
/// command, unless `force`: a report is never overwritten by mistake.
pub fn guard_output(dir: &Path, command: &str, force: bool) -> Result<(), String> {
    let shown = crate::paths::display(dir);
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(()) };
    if force {
        return Ok(());
    }
    let visible = entries.filter_map(|e| e.ok()).filter(|e| !e.file_name().to_string_lossy().starts_with('.')).count();
    match std::fs::read(dir.join("run.json")) {
        Ok(bytes) => {
            let previous = serde_json::from_slice::<serde_json::Value>(&bytes).ok().and_then(|v| v["command"].as_str().map(str::to_owned));
            match previous {
                Some(p) if p == command => Ok(()),
                Some(p) => Err(format!(
                    "{shown} holds the report of another run (`{p}`): pass --force to replace it, or write elsewhere with --out"
                )),
                None => Err(format!("{shown}/run.json is not a synthese report: pass --force to replace it, or write elsewhere with --out")),
            }
        }
        Err(_) if visible == 0 => Ok(()),
        Err(_) => Err(format!(
            "{shown} is not empty and holds no synthese report: pass --force to write the report files into it, or choose another folder with --out"
        )),
    }
}

/// Every file `synthese run` writes besides the pages of the HTML report, and besides
/// `assignments.csv` and `rejects.csv` (streamed during the run) and `trace.csv` (with `--trace`).
pub const SUMMARY_FILES: [&str; 11] = [
    "synthese.html",
    "synthese.md",
    "lexicon.md",
    "run.json",
    "themes.csv",
    "entries.csv",
    "geography.csv",
    "weeks.csv",
    "specificities.csv",
    "campaigns.csv",
    "review.csv",
];

/// Writes the summary files: the synthesis model is made once, then every renderer and table
/// writes its files side by side (on the caller's rayon pool); the first failure in this order
/// is the one reported. Returns the files to commit, and the warnings the reports open with.
pub fn write_summaries(dir: &Path, run: &RunSummary) -> Result<(Vec<Pending>, Vec<String>), String> {
    use rayon::prelude::*;
    let mut model = model::Synthesis::build(run);
    if let Some(readings) = run.readings {
        reviewed::apply(&mut model, readings);
    }
    type Table = fn(&mut dyn Write, &RunSummary, &model::Synthesis) -> std::io::Result<()>;
    let tables: [(&str, Table); 7] = [
        ("themes.csv", tables::write_themes),
        ("entries.csv", tables::write_entries),
        ("geography.csv", tables::write_geography),
        ("weeks.csv", tables::write_weeks),
        ("specificities.csv", tables::write_specificities),
        ("campaigns.csv", tables::write_campaigns),
        ("review.csv", tables::write_review),
    ];
    let write = |name: &str, bytes: &[u8]| -> Result<Pending, String> {
        let mut p = Pending::with_buffer(dir, name, 0)?;
        p.writer.write_all(bytes).map_err(|e| format!("{name}: cannot write: {e}"))?;
        Ok(p)
    };
    let (pages, streamed) = rayon::join(
        || {
            let mut pages = html::render(&model);
            pages.extend(markdown::render(&model));
            pages
        },
        || {
            tables
                .par_iter()
                .map(|&(name, table)| {
                    let mut p = Pending::create(dir, name)?;
                    table(&mut p.writer, run, &model).map_err(|e| format!("{name}: cannot write: {e}"))?;
                    Ok(p)
                })
                .collect::<Vec<Result<Pending, String>>>()
        },
    );
    let mut json = Vec::new();
    json::write(&mut json, &model).map_err(|e| format!("run.json: {e}"))?;
    let mut out = Vec::with_capacity(pages.len() + streamed.len() + 1);
    for (name, text) in &pages {
        out.push(write(name, text.as_bytes())?);
    }
    out.push(write("run.json", &json)?);
    for p in streamed {
        out.push(p?);
    }
    if model.reading.is_some() {
        let mut p = Pending::create(dir, "reviewed.csv")?;
        tables::write_reviewed(&mut p.writer, &model).map_err(|e| format!("reviewed.csv: cannot write: {e}"))?;
        out.push(p);
    }
    // A run without answers is told on stderr by the caller, with its counts.
    let warnings = model.warnings.iter().filter(|w| w.kind != "no_answers").map(|w| w.message.clone()).collect();
    Ok((out, warnings))
}

pub const CI_RULE: &str =
    "95% Wilson score intervals (z = 1.96) for every share, treating answers (or respondents) as independent draws";

/// The 95 % Wilson score interval of the share `k / n`, as fractions.
/// `text[from..to]` escaped, with the matched `spans` (byte offsets, in any order) between `open`
/// and `close`; spans outside the range or overlapping an earlier one are left unmarked.
pub fn mark(
    text: &str,
    spans: &[(u32, u32)],
    (from, to): (usize, usize),
    escape: fn(&str) -> String,
    (open, close): (&str, &str),
) -> String {
    let mut spans: Vec<(usize, usize)> = spans.iter().map(|&(s, e)| (s as usize, e as usize)).collect();
    spans.sort_unstable();
    let mut out = String::new();
    let mut at = from;
    for (s, e) in spans {
        if s < at || e > to || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        out.push_str(&escape(&text[at..s]));
        out.push_str(open);
        out.push_str(&escape(&text[s..e]));
        out.push_str(close);
        at = e;
    }
    out.push_str(&escape(&text[at..to]));
    out
}

pub fn wilson(k: u64, n: u64) -> (f64, f64) {
    if n == 0 {
        return (0.0, 0.0);
    }
    let (k, n, z) = (k as f64, n as f64, 1.96f64);
    let p = k / n;
    let z2 = z * z;
    let centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    let half = z / (1.0 + z2 / n) * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    ((centre - half).max(0.0), (centre + half).min(1.0))
}

#[cfg(test)]
mod tests {
    use super::wilson;

    #[test]
    fn wilson_interval_of_known_values() {
        // 10 of 100: [0.0552, 0.1744] (Wilson 1927; e.g. Newcombe 1998, table I).
        let (lo, hi) = wilson(10, 100);
        assert!((lo - 0.0552).abs() < 1e-4 && (hi - 0.1744).abs() < 1e-4, "{lo} {hi}");
        let (lo, hi) = wilson(0, 20);
        assert!(lo == 0.0 && (hi - 0.1611).abs() < 1e-4, "{hi}");
        assert_eq!(wilson(0, 0), (0.0, 0.0));
    }
}
