//! Evaluation against human coding: read annotation files (La Grande Annotation's long format,
//! a plain wide format, a run's `assignments.csv`), decide which answers are coded and with which
//! tags, and compare (see [`report`] for the figures, [`metrics`] for the arithmetic, [`estimate`] for
//! review-corrected shares and [`coverage`] for the share of answers no theme matched).
//!
//! **Which answers count, and with which tags** (the coding rule):
//! - In the long format (`reference,question_id,tag,votes,text`, one row per answer and tag), a
//!   tag counts for an answer when at least `min_votes` annotators applied it. An answer is coded
//!   when at least one of its tags counts; answers where no tag reaches `min_votes` are left out
//!   (the annotators did not agree on anything, so they say nothing either way) and counted as
//!   such in the report.
//! - In the wide format (`id,tags`) and in assignments files, each row is one coder's verdict:
//!   every listed tag counts, and a row with no tag is a coded answer with no tag.
//! - [`FLAG_TAGS`] (`Idée marquée`) mark an answer without saying what it is about: they are
//!   ignored, and do not make an answer coded.
//! - [`RESIDUAL_TAGS`] (`Z Autres`, `Sans réponse / Hors sujet / Inclassable`) say the answer was
//!   read and fits none of the codebook's tags: they make the answer coded (with no tag, so any
//!   tag a lexicon gives it is a false positive), and are scored as tags only when a lexicon
//!   theme names them with `@tag`.
//! - Tags are compared without case, accents or spacing differences.
//! - Repeated rows of the long format (same answer, same tag) are read once, with the most votes.

pub mod coverage;
pub mod estimate;
pub mod metrics;
pub mod report;
pub mod reviewed;

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;

use crate::classify::normalise_label;

/// Tags that flag an answer without coding its content.
pub const FLAG_TAGS: &[&str] = &["Idée marquée"];

/// Tags that say an answer fits none of the codebook's tags.
pub const RESIDUAL_TAGS: &[&str] = &["Z Autres", "Sans réponse / Hors sujet / Inclassable"];

/// The layout of an annotation file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// `reference,question_id,tag,votes,text`: one row per answer and tag (La Grande Annotation).
    Long,
    /// `id,tags` (tags joined by a separator), optionally `question_id` and `text`: one row per answer.
    Wide,
    /// A run's `assignments.csv`: `record_id`, `question_id`, `themes` (theme labels), `entries`.
    Assignments,
}

impl Format {
    pub fn label(self) -> &'static str {
        match self {
            Format::Long => "long format (one row per answer and tag, with votes)",
            Format::Wide => "wide format (one row per answer)",
            Format::Assignments => "assignments of a synthese run",
        }
    }
}

/// One answer as a file codes it.
#[derive(Debug, Clone)]
pub struct Annotation {
    pub id: String,
    pub question: Option<String>,
    pub text: Option<String>,
    /// Tags (theme labels for assignments files) in the order first seen, with their votes
    /// (`None`: applied, in files without votes).
    pub tags: Vec<(String, Option<u32>)>,
    /// Physical line (1-based) of its first row.
    pub line: u64,
    /// Assignments files: the entries that matched, as the run wrote them.
    pub evidence: Option<String>,
}

impl Annotation {
    /// The key answers are matched on across files.
    pub fn key(&self, with_question: bool) -> (String, String) {
        let q = if with_question { self.question.clone().unwrap_or_default() } else { String::new() };
        (self.id.clone(), q)
    }
}

/// Everything read from one annotation file.
#[derive(Debug, Clone)]
pub struct Annotations {
    pub path: String,
    pub format: Format,
    pub items: Vec<Annotation>,
    /// Rows that repeated an answer already read (wide and assignments files; the first was kept).
    pub repeated: u64,
}

impl Annotations {
    /// True when every answer names its question.
    pub fn has_questions(&self) -> bool {
        self.items.iter().all(|a| a.question.is_some())
    }
}

/// Column names accepted for each field of the wide format.
const ID_COLUMNS: &[&str] = &["id", "reference", "record_id", "answer_id"];
const TAGS_COLUMNS: &[&str] = &["tags", "tag", "labels", "codes", "themes"];
const QUESTION_COLUMNS: &[&str] = &["question_id", "question"];
const TEXT_COLUMNS: &[&str] = &["text", "answer", "texte"];

/// Reads an annotation file (fields separated by `,`, `;` or tabs, recognised from the header).
/// `format` `None`: recognised from the header (`votes` and `tag`: long; `record_id`, `themes`
/// and `entries`: assignments; otherwise wide). `separator` splits the tags of the wide format.
pub fn read(path: &Path, format: Option<Format>, separator: &str) -> Result<Annotations, String> {
    let shown = crate::paths::display(path);
    let bytes = std::fs::read(path).map_err(|e| format!("{shown}: cannot read the file: {e}"))?;
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(false).delimiter(delimiter(bytes)).from_reader(bytes);
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| format!("{shown}: cannot read the header: {e}"))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let find = |names: &[&str]| header.iter().position(|h| names.contains(&h.as_str()));
    let has = |name: &str| header.iter().any(|h| h == name);
    let format = format.unwrap_or(if has("votes") && has("tag") {
        Format::Long
    } else if has("record_id") && ((has("themes") && has("entries")) || has("theme_ids")) {
        Format::Assignments
    } else {
        Format::Wide
    });
    let required = |names: &[&str], what: &str| {
        find(names).ok_or_else(|| {
            format!(
                "{shown}: no {what} column for the {} (one of: {}); the header is: {}",
                format.label(),
                names.join(", "),
                header.join(",")
            )
        })
    };
    let mut out = Annotations { path: shown.clone(), format, items: Vec::new(), repeated: 0 };
    let mut index: HashMap<(String, Option<String>), usize> = HashMap::new();
    let row_error = |line: u64, e: &dyn std::fmt::Display| format!("{shown}:{line}: {e}");
    match format {
        Format::Long => {
            let (id, question, tag, votes) = (
                required(&["reference", "id"], "answer id")?,
                required(QUESTION_COLUMNS, "question")?,
                required(&["tag"], "tag")?,
                required(&["votes"], "votes")?,
            );
            let text = find(TEXT_COLUMNS);
            for row in reader.records() {
                let row = row.map_err(|e| row_error(e.position().map_or(0, |p| p.line()), &e))?;
                let line = row.position().map_or(0, |p| p.line());
                let n: u32 = row[votes]
                    .trim()
                    .parse()
                    .map_err(|_| row_error(line, &format!("votes must be a whole number, not `{}`", &row[votes])))?;
                let key = (row[id].trim().to_string(), Some(row[question].trim().to_string()));
                if key.0.is_empty() {
                    return Err(row_error(line, &"the answer id (reference) is empty"));
                }
                let i = *index.entry(key.clone()).or_insert_with(|| {
                    out.items.push(Annotation {
                        id: key.0.clone(),
                        question: key.1.clone(),
                        text: text.map(|t| row[t].to_string()),
                        tags: Vec::new(),
                        line,
                        evidence: None,
                    });
                    out.items.len() - 1
                });
                let tag_name = row[tag].trim();
                if tag_name.is_empty() {
                    continue;
                }
                let tags = &mut out.items[i].tags;
                match tags.iter_mut().find(|(t, _)| t == tag_name) {
                    Some((_, v)) => *v = (*v).max(Some(n)),
                    None => tags.push((tag_name.to_string(), Some(n))),
                }
            }
        }
        Format::Wide | Format::Assignments => {
            // A run's lean assignments.csv gives theme and entry ids, named by the themes.csv and
            // entries.csv beside it.
            let lean = format == Format::Assignments && has("theme_ids");
            let names = if lean { Some(run_names(path)?) } else { None };
            let (id, tags) = if format == Format::Wide {
                (required(ID_COLUMNS, "answer id")?, required(TAGS_COLUMNS, "tags")?)
            } else if lean {
                (required(&["record_id"], "record id")?, required(&["theme_ids"], "theme ids")?)
            } else {
                (required(&["record_id"], "record id")?, required(&["themes"], "themes")?)
            };
            let (question, text) = (find(QUESTION_COLUMNS), find(TEXT_COLUMNS));
            let topic = find(&["topic"]);
            let (evidence, matched) =
                if lean { (find(&["entry_ids"]), None) } else { (find(&["entries"]), find(&["matched_text"])) };
            let separator = if lean {
                " "
            } else if format == Format::Assignments {
                "|"
            } else {
                separator
            };
            for row in reader.records() {
                let row = row.map_err(|e| row_error(e.position().map_or(0, |p| p.line()), &e))?;
                let line = row.position().map_or(0, |p| p.line());
                let key = (
                    unquote(row[id].trim()).to_string(),
                    question
                        .map(|q| unquote(row[q].trim()).to_string())
                        .filter(|q| !q.is_empty())
                        .or_else(|| topic.map(|t| unquote(row[t].trim()).to_string()).filter(|t| !t.is_empty())),
                );
                if key.0.is_empty() {
                    return Err(row_error(line, &"the answer id is empty"));
                }
                if index.contains_key(&key) {
                    out.repeated += 1;
                    continue;
                }
                index.insert(key.clone(), out.items.len());
                let mut list: Vec<(String, Option<u32>)> = Vec::new();
                for t in row[tags].split(separator).map(|t| unquote(t.trim())).filter(|t| !t.is_empty()) {
                    let t = match &names {
                        Some(n) => n.theme(t).map_err(|e| row_error(line, &e))?,
                        None => t.to_string(),
                    };
                    if !list.iter().any(|(x, _)| *x == t) {
                        list.push((t, None));
                    }
                }
                let evidence = match (evidence, matched, &names) {
                    (Some(e), _, Some(n)) if !row[e].is_empty() => Some(
                        row[e]
                            .split(' ')
                            .map(|id| n.entry(id).map_err(|e| row_error(line, &e)))
                            .collect::<Result<Vec<_>, _>>()?
                            .join(" | "),
                    ),
                    (Some(e), Some(m), _) if !row[e].is_empty() => Some(format!("{} ← «{}»", &row[e], &row[m])),
                    (Some(e), _, _) if !row[e].is_empty() => Some(row[e].to_string()),
                    _ => None,
                };
                out.items.push(Annotation {
                    id: key.0,
                    question: key.1,
                    text: text.map(|t| row[t].to_string()),
                    tags: list,
                    line,
                    evidence,
                });
            }
        }
    }
    Ok(out)
}

/// Theme labels and entry references of a run, by id, from the `themes.csv` and `entries.csv`
/// beside its `assignments.csv`.
struct RunNames {
    folder: String,
    themes: HashMap<String, String>,
    entries: HashMap<String, String>,
}

impl RunNames {
    fn theme(&self, id: &str) -> Result<String, String> {
        self.themes.get(id).cloned().ok_or_else(|| format!("theme id {id} is not in {}/themes.csv", self.folder))
    }

    fn entry(&self, id: &str) -> Result<String, String> {
        self.entries.get(id).cloned().ok_or_else(|| format!("entry id {id} is not in {}/entries.csv", self.folder))
    }
}

fn run_names(assignments: &Path) -> Result<RunNames, String> {
    let folder = assignments.parent().unwrap_or(Path::new("."));
    let get =
        |row: &HashMap<String, String>, column: &str| unquote(row.get(column).map_or("", String::as_str)).to_owned();
    let themes = table_rows(folder, "themes.csv")?
        .iter()
        .filter(|row| !get(row, "theme_id").is_empty())
        .map(|row| (get(row, "theme_id"), format!("{} / {}", get(row, "family"), get(row, "theme"))))
        .collect();
    let entries = table_rows(folder, "entries.csv")?
        .iter()
        .map(|row| (get(row, "entry_id"), format!("{}:{}: {}", get(row, "file"), get(row, "line"), get(row, "entry"))))
        .collect();
    Ok(RunNames { folder: crate::paths::display(folder), themes, entries })
}

/// The rows of one of a run's tables, as column → value.
fn table_rows(folder: &Path, name: &str) -> Result<Vec<HashMap<String, String>>, String> {
    let path = folder.join(name);
    let shown = crate::paths::display(&path);
    let mut reader = csv::Reader::from_path(&path).map_err(|e| {
        format!("{shown}: cannot read it ({e}); a run's assignments.csv is read with the {name} beside it")
    })?;
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| format!("{shown}: {e}"))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').to_owned())
        .collect();
    reader
        .records()
        .map(|row| {
            let row = row.map_err(|e| format!("{shown}: {e}"))?;
            Ok(header.iter().cloned().zip(row.iter().map(str::to_owned)).collect())
        })
        .collect()
}

/// The field separator: `,`, `;` or a tab, whichever the header line uses most (`,` on a tie).
pub(crate) fn delimiter(bytes: &[u8]) -> u8 {
    let header = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let count = |d: u8| header.iter().filter(|&&b| b == d).count();
    let mut best = b',';
    for d in [b';', b'\t'] {
        if count(d) > count(best) {
            best = d;
        }
    }
    best
}

/// Cells written by synthese start with `'` when a spreadsheet would take them for a formula.
pub(crate) fn unquote(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => cell,
    }
}

/// Tags compared without case, accents or spacing differences.
pub fn tag_key(tag: &str) -> String {
    normalise_label(tag)
}

pub fn is_flag(tag: &str) -> bool {
    FLAG_TAGS.iter().any(|f| tag_key(f) == tag_key(tag))
}

pub fn is_residual(tag: &str) -> bool {
    RESIDUAL_TAGS.iter().any(|f| tag_key(f) == tag_key(tag))
}

/// The tags an annotation gives its answer under the coding rule (see the module documentation),
/// or `None` when the answer is not coded. `named` says whether a lexicon theme names a tag
/// (residual tags are scored only then).
pub fn coded_tags(a: &Annotation, min_votes: u32, named: impl Fn(&str) -> bool) -> Option<Vec<String>> {
    let counts = |votes: &Option<u32>| votes.is_none_or(|v| v >= min_votes);
    let kept: Vec<&String> = a.tags.iter().filter(|(t, v)| counts(v) && !is_flag(t)).map(|(t, _)| t).collect();
    let coded = !kept.is_empty() || a.tags.iter().all(|(_, v)| v.is_none());
    coded.then(|| kept.into_iter().filter(|t| !is_residual(t) || named(t)).cloned().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn annotation(tags: &[(&str, Option<u32>)]) -> Annotation {
        Annotation {
            id: "1-1".into(),
            question: Some("127".into()),
            text: None,
            tags: tags.iter().map(|(t, v)| (t.to_string(), *v)).collect(),
            line: 2,
            evidence: None,
        }
    }

    #[test]
    fn the_coding_rule() {
        let none = |_: &str| false;
        let a = annotation(&[("Application loi 1905", Some(3)), ("Plus de dialogue", Some(1))]);
        assert_eq!(coded_tags(&a, 2, none), Some(vec!["Application loi 1905".to_string()]));
        assert_eq!(coded_tags(&a, 1, none).unwrap().len(), 2);
        // Nothing reaches the threshold: not coded.
        let weak = annotation(&[("Plus de dialogue", Some(1))]);
        assert_eq!(coded_tags(&weak, 2, none), None);
        // A flag alone does not code an answer; a residual tag codes it with no tag...
        assert_eq!(coded_tags(&annotation(&[("Idée marquée", Some(5))]), 2, none), None);
        let other = annotation(&[("Z Autres", Some(3)), ("Idée marquée", Some(3))]);
        assert_eq!(coded_tags(&other, 2, none), Some(vec![]));
        // ...unless a theme names it.
        assert_eq!(coded_tags(&other, 2, |t| tag_key(t) == tag_key("z autres")).unwrap().len(), 1);
        // Wide rows: every tag counts, and no tag is a verdict too.
        assert_eq!(coded_tags(&annotation(&[("Laïcité", None)]), 2, none).unwrap().len(), 1);
        assert_eq!(coded_tags(&annotation(&[]), 2, none), Some(vec![]));
    }

    #[test]
    fn tags_compare_without_case_or_accents() {
        assert_eq!(tag_key("Idée marquée"), tag_key("idee  MARQUEE"));
        assert!(is_flag("idée marquée") && is_residual("z autres") && !is_flag("Y Rien"));
    }

    fn real(name: &str) -> Annotations {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gold").join(name);
        read(&path, None, "|").unwrap()
    }

    #[test]
    fn the_long_reader_on_the_real_q127_gold() {
        let gold = real("lga_q127_laicite.csv");
        assert_eq!(gold.format, Format::Long);
        // 1883 rows, one per (answer, tag): 878 answers, 31 distinct tags.
        assert_eq!(gold.items.len(), 878);
        assert_eq!(gold.items.iter().map(|a| a.tags.len()).sum::<usize>(), 1883);
        let tags: std::collections::BTreeSet<&str> =
            gold.items.iter().flat_map(|a| a.tags.iter().map(|(t, _)| t.as_str())).collect();
        assert_eq!(tags.len(), 31);
        assert!(gold.has_questions() && gold.items.iter().all(|a| a.text.as_deref().is_some_and(|t| !t.is_empty())));
        let first = &gold.items[0];
        assert_eq!((first.id.as_str(), first.question.as_deref(), first.line), ("1-10005", Some("127"), 2));
        assert_eq!(first.tags, vec![("Y Rien".to_string(), Some(1))]);
        // Under the default rule, 760 answers are coded.
        let coded = gold.items.iter().filter(|a| coded_tags(a, 2, |_| false).is_some()).count();
        assert_eq!(coded, 760);
    }

    #[test]
    fn the_long_reader_on_the_idees_marquantes_extract() {
        let gold = real("lga_idees_marquantes_codebooks.csv");
        let per_question = |q: &str| gold.items.iter().filter(|a| a.question.as_deref() == Some(q)).count();
        assert_eq!((per_question("127"), per_question("149")), (21, 76));
        // 585 rows, each (answer, tag) once.
        assert_eq!(gold.items.iter().map(|a| a.tags.len()).sum::<usize>(), 585);
        for a in &gold.items {
            let mut names: Vec<&String> = a.tags.iter().map(|(t, _)| t).collect();
            names.sort();
            names.dedup();
            assert_eq!(names.len(), a.tags.len(), "{}", a.id);
        }
    }

    #[test]
    fn the_wide_reader_with_semicolons_and_repeated_rows() {
        let dir = std::env::temp_dir().join(format!("synthese-wide-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("review.csv");
        std::fs::write(&path, "\u{feff}id;tags\n1-1;A | B\n1-2;\n1-1;C\n").unwrap();
        let wide = read(&path, None, "|").unwrap();
        // A repeated (answer, tag) row of the long format is read once, with the most votes.
        let long = dir.join("long.csv");
        std::fs::write(&long, "reference,question_id,tag,votes,text\n1,127,A,2,t\n1,127,A,3,t\n").unwrap();
        let repeated = read(&long, None, "|").unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(repeated.items[0].tags, vec![("A".to_string(), Some(3))]);
        assert_eq!(wide.format, Format::Wide);
        assert_eq!(wide.items.len(), 2);
        assert_eq!(wide.repeated, 1);
        assert_eq!(wide.items[0].tags, vec![("A".to_string(), None), ("B".to_string(), None)]);
        assert!(wide.items[1].tags.is_empty() && !wide.has_questions());
    }

    #[test]
    fn formula_guards_are_removed() {
        assert_eq!(unquote("'-2"), "-2");
        assert_eq!(unquote("'hello"), "'hello");
    }
}
