//! `synthese lexicon diff`: what an edit of the lexicons does to a corpus. Both lexicon sets
//! classify every answer in one pass over the corpus (the old set by the pipeline's own
//! classifiers, the new one beside it in the same worker threads); per question and theme it
//! counts the answers gained and lost and keeps a few of each, with the entries behind them.
//! `--watch` runs it again whenever a lexicon file of NEW is saved.

use std::collections::{BTreeMap, BTreeSet};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU64;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use serde_json::json;

use super::Failure;
use synthese::classify::{Classification, Matcher, Scope};
use synthese::lexicon::LexiconSet;
use synthese::pipeline::{self, Event};

/// Show what a lexicon edit changes: the answers each theme gains and loses, and why.
///
/// OLD and NEW are two lexicon folders (or .lex files). Given one folder (or file) alone, it is
/// compared with its last git commit (HEAD): the edits not committed yet. The second path is NEW
/// when it is a .lex file or a folder holding .lex files; the other paths are the inputs, read as
/// by `synthese run` (default: corpus/; --map, --profile and --encoding as there).
///
/// Both sets classify every answer of the inputs. Themes are matched by their label (the file's
/// @name, then the theme's path): a renamed theme loses its answers to its new name. First a
/// summary: the entries and themes added and removed, the files changed, how many answers changed
/// themes, how many question × theme rows changed and how many did not. Then, largest change
/// first, each question and theme that changed: answers before → after (and their share of the
/// question's answers), gained (+) and lost (−), and a few of each: record id, input:line, the
/// text cut short, and the entries that put it in the theme (file:line: entry) on the side that
/// has it: NEW's for a gain, OLD's for a loss. Examples are chosen by a hash of the record id,
/// never by thread count.
///
/// Examples:
///   synthese lexicon diff lexicons                      # uncommitted edits, on corpus/
///   synthese lexicon diff old/ lexicons/ answers.csv --map question=question_id,text=text
///   synthese lexicon diff lexicons Q127.csv --map question=question_id,text=text --watch
///   synthese lexicon diff old/ new/ --format csv > diff.csv
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct DiffArgs {
    /// OLD NEW [INPUT…], or FOLDER [INPUT…] to compare FOLDER with its last git commit.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub input: super::InputArgs,
    /// Answers shown per question, theme and direction (gained, lost).
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub examples: usize,
    /// Question × theme rows shown in the text output, largest change first (0: all). CSV and
    /// JSON hold them all.
    #[arg(long, default_value_t = 30, value_name = "N")]
    pub rows: usize,
    /// text for people, csv (one row per question and theme that changed) or json (everything).
    #[arg(long, value_enum, default_value_t = DiffFormat::Text, value_name = "FORMAT")]
    pub format: DiffFormat,
    /// Run again whenever a lexicon file under NEW is saved (checked every 300 ms), clearing the
    /// screen first; Ctrl-C stops. A broken lexicon shows its error and waits for the next save.
    #[arg(long)]
    pub watch: bool,
    /// Threads for analysis (default: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiffFormat {
    Text,
    Csv,
    Json,
}

/// Where the old lexicons come from.
enum Old {
    Path(PathBuf),
    /// The last commit of the git repository holding this folder or file.
    Head(PathBuf),
}

struct Plan {
    old: Old,
    new: PathBuf,
    inputs: Vec<PathBuf>,
}

pub fn run(args: DiffArgs) -> Result<(), Failure> {
    let plan = plan(&args.paths)?;
    let pool = pipeline::thread_pool(args.threads.unwrap_or(0))?;
    if args.watch {
        return watch(&args, &plan, &pool);
    }
    super::print(&once(&args, &plan, &pool)?)
}

fn plan(paths: &[PathBuf]) -> Result<Plan, Failure> {
    let first = &paths[0];
    if !first.exists() {
        return Err(Failure::Input {
            file: synthese::paths::display(first),
            message: format!("{}: no such lexicon folder or file", synthese::paths::display(first)),
        });
    }
    let inputs = |rest: &[PathBuf]| if rest.is_empty() { vec![PathBuf::from("corpus")] } else { rest.to_vec() };
    Ok(match paths.get(1) {
        Some(second) if holds_lexicons(second) => {
            Plan { old: Old::Path(first.clone()), new: second.clone(), inputs: inputs(&paths[2..]) }
        }
        _ => Plan { old: Old::Head(first.clone()), new: first.clone(), inputs: inputs(&paths[1..]) },
    })
}

/// A .lex file, or a folder with one somewhere below it.
fn holds_lexicons(path: &Path) -> bool {
    if path.is_file() {
        return path.extension().is_some_and(|x| x == "lex");
    }
    !lexicon_files(path).is_empty()
}

/// The lexicon files (`.lex`, and `.inc` for `@include`) below a folder, or the file itself.
fn lexicon_files(path: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "lex" || x == "inc") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    if path.is_file() {
        out.push(path.to_path_buf());
    } else {
        walk(path, &mut out);
    }
    out.sort();
    out
}

/// Loads lexicons, showing their files under another name (`HEAD:lexicons/…` for a commit's).
fn load(path: &Path, rename: impl Fn(&str) -> String) -> Result<Matcher, Failure> {
    let stemmer = synthese::text::Stemmer::french();
    match LexiconSet::load(path, &stemmer) {
        Ok(mut set) => {
            for f in &mut set.files {
                f.path = rename(&f.path);
                for i in &mut f.includes {
                    *i = rename(i);
                }
            }
            set.seal();
            Ok(Matcher::new(set, stemmer))
        }
        Err(errors) => {
            let n = errors.len();
            let list: Vec<String> = errors.iter().map(|e| rename(&e.to_string())).collect();
            Err(format!("{n} lexicon problem{}:\n{}", if n == 1 { "" } else { "s" }, list.join("\n")).into())
        }
    }
}

/// The lexicons of `path` as its git repository's last commit holds them: their files are
/// written to a temporary folder and read from there, and named `HEAD:<path>/…`.
fn load_head(path: &Path) -> Result<Matcher, Failure> {
    let shown = synthese::paths::display(path);
    let dir = if path.is_dir() { path.to_path_buf() } else { path.parent().map(Path::to_path_buf).unwrap_or_default() };
    let dir = if dir.as_os_str().is_empty() { PathBuf::from(".") } else { dir };
    let git = |args: &[&str]| -> Result<std::process::Output, Failure> {
        std::process::Command::new("git")
            .arg("-C")
            .arg(&dir)
            .args(args)
            .output()
            .map_err(|e| format!("{shown}: cannot run git to read the last commit: {e}; give the old lexicons too (synthese lexicon diff OLD NEW)").into())
    };
    let inside = git(&["rev-parse", "--verify", "--quiet", "HEAD"])?;
    if !inside.status.success() {
        let in_repo = git(&["rev-parse", "--git-dir"])?.status.success();
        let why = if in_repo { "its git repository has no commit yet" } else { "it is not in a git repository" };
        return Err(format!(
            "{shown}: {why}, so there is no last commit to compare with; give the old lexicons too: synthese lexicon diff OLD NEW [INPUTS]"
        )
        .into());
    }
    let listed = git(&["ls-tree", "-r", "-z", "--name-only", "HEAD"])?;
    let names: Vec<String> = String::from_utf8_lossy(&listed.stdout)
        .split('\0')
        .filter(|n| n.ends_with(".lex") || n.ends_with(".inc"))
        .map(str::to_owned)
        .collect();
    let temp = tempfile::tempdir().map_err(|e| format!("cannot create a temporary folder: {e}"))?;
    for name in &names {
        let shown_file = git(&["show", &format!("HEAD:./{name}")])?;
        if !shown_file.status.success() {
            return Err(format!(
                "{shown}/{name}: git cannot show it from HEAD: {}",
                String::from_utf8_lossy(&shown_file.stderr).trim()
            )
            .into());
        }
        let target = temp.path().join(name);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("cannot create a temporary folder: {e}"))?;
        }
        std::fs::write(&target, &shown_file.stdout).map_err(|e| format!("cannot write a temporary file: {e}"))?;
    }
    let read_from =
        if path.is_dir() { temp.path().to_path_buf() } else { temp.path().join(path.file_name().unwrap_or_default()) };
    if names.is_empty() || !read_from.exists() {
        return Err(format!("{shown}: not in the last commit (HEAD), so there is nothing to compare with").into());
    }
    let temp_shown = synthese::paths::display(temp.path());
    let head_dir = if path.is_dir() { shown.clone() } else { synthese::paths::display(&dir) };
    let head_dir = if head_dir.is_empty() || head_dir == "." { String::new() } else { format!("{head_dir}/") };
    load(&read_from, |p: &str| p.replace(&format!("{temp_shown}/"), &format!("HEAD:{head_dir}")))
}

/// One run: both lexicon sets on the inputs, rendered.
fn once(args: &DiffArgs, plan: &Plan, pool: &rayon::ThreadPool) -> Result<String, Failure> {
    let old = match &plan.old {
        Old::Path(p) => load(p, str::to_owned)?,
        Old::Head(p) => load_head(p)?,
    };
    let new = load(&plan.new, str::to_owned)?;
    let old_name = match &plan.old {
        Old::Path(p) => synthese::paths::display(p),
        Old::Head(p) => format!("HEAD:{}", synthese::paths::display(p)),
    };
    let diff = compute(&old, &new, plan, args, pool)?;
    let mut out = String::new();
    let names = (old_name.as_str(), synthese::paths::display(&plan.new));
    match args.format {
        DiffFormat::Text => diff.text(&mut out, (names.0, &names.1), args.rows),
        DiffFormat::Csv => diff.csv(&mut out)?,
        DiffFormat::Json => diff.json(&mut out, (names.0, &names.1)),
    }
    Ok(out)
}

/// An answer shown as an example of a gain or a loss.
struct Example {
    rank: u64,
    id: String,
    input: String,
    line: u64,
    text: String,
    /// The entries that put it in the theme, on the side that has it.
    entries: Vec<String>,
}

#[derive(Default)]
struct Row {
    before: u64,
    after: u64,
    gained: Vec<Example>,
    lost: Vec<Example>,
    gained_count: u64,
    lost_count: u64,
}

#[derive(Default)]
struct QuestionDiff {
    answers: u64,
    /// By theme key.
    rows: BTreeMap<u32, Row>,
}

/// Entries and themes present on one side only, and files whose text changed.
#[derive(Default)]
struct LexiconChanges {
    entries_added: Vec<(String, String)>,
    entries_removed: Vec<(String, String)>,
    themes_added: Vec<String>,
    themes_removed: Vec<String>,
    files_changed: Vec<String>,
}

struct Diff {
    inputs: Vec<String>,
    answers: u64,
    changed_answers: u64,
    /// Theme labels, both sides together, in order: the keys of the rows.
    keys: Vec<String>,
    questions: BTreeMap<QuestionKey, QuestionDiff>,
    lexicon: LexiconChanges,
}

/// Questions in numeric order when they are numbers, then by name.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct QuestionKey(u64, String);

impl QuestionKey {
    fn new(q: &str) -> QuestionKey {
        QuestionKey(q.parse().unwrap_or(u64::MAX), q.to_owned())
    }
    fn shown(&self) -> String {
        if self.0 == u64::MAX {
            self.1.clone()
        } else {
            format!("Q{}", self.1)
        }
    }
}

/// Characters of an example's text shown.
const TEXT_SHOWN: usize = 160;

fn compute(
    old: &Matcher,
    new: &Matcher,
    plan: &Plan,
    args: &DiffArgs,
    pool: &rayon::ThreadPool,
) -> Result<Diff, Failure> {
    let options = args.input.options()?;
    let (files, _) = pipeline::expand_inputs(&plan.inputs)?;
    let (ol, nl) = (&old.lexicons, &new.lexicons);
    let labels: BTreeSet<String> = (0..ol.themes.len())
        .map(|t| ol.theme_label(t))
        .chain((0..nl.themes.len()).map(|t| nl.theme_label(t)))
        .map(Into::into)
        .collect();
    let keys: Vec<String> = labels.into_iter().collect();
    let key_of = |label: &str| keys.binary_search_by(|k| k.as_str().cmp(label)).expect("every label is a key") as u32;
    let old_key: Vec<u32> = (0..ol.themes.len()).map(|t| key_of(&ol.theme_label(t))).collect();
    let new_key: Vec<u32> = (0..nl.themes.len()).map(|t| key_of(&nl.theme_label(t))).collect();

    let classify_new = ClassifyNew { new };
    let mut diff = Diff {
        inputs: plan.inputs.iter().map(|p| synthese::paths::display(p)).collect(),
        answers: 0,
        changed_answers: 0,
        keys: Vec::new(),
        questions: BTreeMap::new(),
        lexicon: lexicon_changes(ol, nl),
    };
    let mut shown = String::new();
    let progress = Arc::new(AtomicU64::new(0));
    let keep = args.examples;
    pipeline::stream_with(&files, &options, old, pool, &progress, &classify_new, |event, _, news| {
        let (record, olds) = match event {
            Event::Input(opened) => {
                shown = opened.shown.clone();
                return Ok(());
            }
            Event::Record(record, olds) => (record, olds),
            _ => return Ok(()),
        };
        for (((question, text), before), after) in pipeline::free_texts(record).zip(olds).zip(news) {
            diff.answers += 1;
            let q = diff.questions.entry(QuestionKey::new(question)).or_default();
            q.answers += 1;
            let mut a: Vec<u32> = before.themes.iter().map(|&t| old_key[t as usize]).collect();
            let mut b: Vec<u32> = after.themes.iter().map(|&t| new_key[t as usize]).collect();
            a.sort_unstable();
            a.dedup();
            b.sort_unstable();
            b.dedup();
            for &k in &a {
                q.rows.entry(k).or_default().before += 1;
            }
            for &k in &b {
                q.rows.entry(k).or_default().after += 1;
            }
            if a == b {
                continue;
            }
            diff.changed_answers += 1;
            let sides = [(&b, &a, after, nl, &new_key, true), (&a, &b, before, ol, &old_key, false)];
            for (has, lacks, classification, lex, key, gained) in sides {
                for &k in has.iter().filter(|k| lacks.binary_search(k).is_err()) {
                    let row = q.rows.get_mut(&k).expect("counted above");
                    let (count, examples) = if gained {
                        (&mut row.gained_count, &mut row.gained)
                    } else {
                        (&mut row.lost_count, &mut row.lost)
                    };
                    *count += 1;
                    let rank = synthese::hash::fnv1a(&[record.id.as_bytes(), question.as_bytes(), &k.to_le_bytes()]);
                    if keep == 0 || (examples.len() >= keep && examples.last().is_some_and(|e| e.rank <= rank)) {
                        continue;
                    }
                    let mut entries: Vec<usize> = classification
                        .hits
                        .iter()
                        .map(|h| h.entry as usize)
                        .filter(|&e| lex.lineage(lex.entries[e].theme).iter().any(|&t| key[t] == k))
                        .collect();
                    entries.sort_unstable();
                    entries.dedup();
                    let example = Example {
                        rank,
                        id: record.id.clone(),
                        input: shown.clone(),
                        line: record.line,
                        text: cut(text),
                        entries: entries.iter().map(|&e| lex.entry_reference(e).into_owned()).collect(),
                    };
                    let at = examples.partition_point(|e| e.rank <= rank);
                    examples.insert(at, example);
                    examples.truncate(keep);
                }
            }
        }
        Ok(())
    })?;
    diff.keys = keys;
    Ok(diff)
}

/// The text on one line, cut at [`TEXT_SHOWN`] characters.
fn cut(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(TEXT_SHOWN) {
        Some((at, _)) => format!("{}…", &flat[..at]),
        None => flat,
    }
}

/// Entries are the same when their theme label and text are; files when their `@name` and bytes
/// are (the folders differ, so paths cannot say it).
fn lexicon_changes(old: &LexiconSet, new: &LexiconSet) -> LexiconChanges {
    type Entries = BTreeMap<(String, String), Vec<String>>;
    let entries = |lex: &LexiconSet| {
        let mut m: Entries = BTreeMap::new();
        for entry in &lex.entries {
            let place = format!("{}:{}", lex.files[entry.file].path, entry.line);
            m.entry((lex.theme_label(entry.theme).into_owned(), entry.text.clone())).or_default().push(place);
        }
        m
    };
    let (a, b) = (entries(old), entries(new));
    let mut changes = LexiconChanges::default();
    let only = |x: &Entries, y: &Entries| -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (k, places) in x {
            let there = y.get(k).map_or(0, Vec::len);
            for p in places.iter().skip(there) {
                out.push((format!("{p}: {}", k.1), k.0.clone()));
            }
        }
        out
    };
    changes.entries_added = only(&b, &a);
    changes.entries_removed = only(&a, &b);
    let themes = |lex: &LexiconSet| -> BTreeSet<String> {
        (0..lex.themes.len()).map(|t| lex.theme_label(t).into_owned()).collect()
    };
    let (ta, tb) = (themes(old), themes(new));
    changes.themes_added = tb.difference(&ta).cloned().collect();
    changes.themes_removed = ta.difference(&tb).cloned().collect();
    let files = |lex: &LexiconSet| -> BTreeMap<String, (String, String)> {
        lex.files.iter().map(|f| (f.name.clone(), (f.sha256.clone(), f.path.clone()))).collect()
    };
    let (fa, fb) = (files(old), files(new));
    for (name, (sha, path)) in &fb {
        match fa.get(name) {
            Some((old_sha, _)) if old_sha == sha => {}
            Some(_) => changes.files_changed.push(format!("{path} (changed)")),
            None => changes.files_changed.push(format!("{path} (added)")),
        }
    }
    for (name, (_, path)) in &fa {
        if !fb.contains_key(name) {
            changes.files_changed.push(format!("{path} (removed)"));
        }
    }
    changes
}

/// A row that changed, with what sorts it.
struct Changed<'a> {
    question: &'a QuestionKey,
    answers: u64,
    key: u32,
    row: &'a Row,
}

impl Diff {
    /// Rows that changed, largest change first.
    fn changed(&self) -> Vec<Changed<'_>> {
        let mut out: Vec<Changed> = self
            .questions
            .iter()
            .flat_map(|(question, q)| {
                q.rows.iter().filter(|(_, r)| r.gained_count + r.lost_count > 0).map(move |(&key, row)| Changed {
                    question,
                    answers: q.answers,
                    key,
                    row,
                })
            })
            .collect();
        out.sort_by(|a, b| {
            (b.row.gained_count + b.row.lost_count)
                .cmp(&(a.row.gained_count + a.row.lost_count))
                .then_with(|| a.question.cmp(b.question))
                .then_with(|| self.keys[a.key as usize].cmp(&self.keys[b.key as usize]))
        });
        out
    }

    fn unchanged_rows(&self) -> usize {
        self.questions.values().flat_map(|q| q.rows.values()).filter(|r| r.gained_count + r.lost_count == 0).count()
    }

    fn text(&self, out: &mut String, (old, new): (&str, &str), rows: usize) {
        let changed = self.changed();
        let themes: BTreeSet<u32> = changed.iter().map(|c| c.key).collect();
        outln!(
            out,
            "lexicon diff: {old} → {new}, on {} ({} answers to {} question{})",
            self.inputs.join(", "),
            thousands(self.answers),
            self.questions.len(),
            if self.questions.len() == 1 { "" } else { "s" }
        );
        let l = &self.lexicon;
        outln!(
            out,
            "Lexicons: {} entr{} added, {} removed; {} theme{} added, {} removed; files changed: {}",
            l.entries_added.len(),
            if l.entries_added.len() == 1 { "y" } else { "ies" },
            l.entries_removed.len(),
            l.themes_added.len(),
            if l.themes_added.len() == 1 { "" } else { "s" },
            l.themes_removed.len(),
            if l.files_changed.is_empty() { "none".to_owned() } else { l.files_changed.join(", ") }
        );
        const LISTED: usize = 10;
        for (sign, list) in [("+", &l.entries_added), ("-", &l.entries_removed)] {
            for (entry, theme) in list.iter().take(LISTED) {
                outln!(out, "  {sign} {entry}  → {theme}");
            }
            if list.len() > LISTED {
                outln!(out, "  {sign} … and {} more", list.len() - LISTED);
            }
        }
        for (sign, list) in [("+ theme", &l.themes_added), ("- theme", &l.themes_removed)] {
            for theme in list.iter().take(LISTED) {
                outln!(out, "  {sign} {theme}");
            }
            if list.len() > LISTED {
                outln!(out, "  {sign} … and {} more", list.len() - LISTED);
            }
        }
        outln!(
            out,
            "Answers: {} of {} changed themes ({}); {} question × theme row{} changed ({} theme{}), {} unchanged.",
            thousands(self.changed_answers),
            thousands(self.answers),
            percent(self.changed_answers, self.answers),
            changed.len(),
            if changed.len() == 1 { "" } else { "s" },
            themes.len(),
            if themes.len() == 1 { "" } else { "s" },
            thousands(self.unchanged_rows() as u64)
        );
        let shown = if rows == 0 { changed.len() } else { rows.min(changed.len()) };
        for c in &changed[..shown] {
            let r = c.row;
            outln!(
                out,
                "\n{} · {}: {} → {} answers ({} → {}), +{} gained, −{} lost",
                c.question.shown(),
                self.keys[c.key as usize],
                thousands(r.before),
                thousands(r.after),
                percent(r.before, c.answers),
                percent(r.after, c.answers),
                thousands(r.gained_count),
                thousands(r.lost_count)
            );
            for (sign, examples) in [("+", &r.gained), ("−", &r.lost)] {
                for e in examples {
                    outln!(out, "  {sign} {} ({}:{}) « {} »", e.id, e.input, e.line, e.text);
                    for entry in &e.entries {
                        outln!(out, "      {entry}");
                    }
                }
            }
        }
        if shown < changed.len() {
            outln!(out, "\n… and {} more rows (--rows 0 shows them all)", changed.len() - shown);
        }
        if changed.is_empty() {
            outln!(out, "\nNo answer changed themes.");
        }
    }

    fn csv(&self, out: &mut String) -> Result<(), Failure> {
        use synthese::report::tables::{csv_writer, safe_cell, BOM};
        let mut bytes = BOM.to_vec();
        {
            let mut w = csv_writer(&mut bytes);
            let failed = |e: csv::Error| Failure::Output(format!("cannot write the CSV: {e}"));
            w.write_record([
                "question",
                "theme",
                "answers",
                "before",
                "after",
                "share_before",
                "share_after",
                "gained",
                "lost",
                "gained_examples",
                "lost_examples",
            ])
            .map_err(failed)?;
            for c in self.changed() {
                let r = c.row;
                let ids = |examples: &[Example]| examples.iter().map(|e| e.id.as_str()).collect::<Vec<_>>().join(" | ");
                let share = |n: u64| format!("{:.4}", if c.answers == 0 { 0.0 } else { n as f64 / c.answers as f64 });
                w.write_record([
                    safe_cell(&c.question.1).as_ref(),
                    &safe_cell(&self.keys[c.key as usize]),
                    &c.answers.to_string(),
                    &r.before.to_string(),
                    &r.after.to_string(),
                    &share(r.before),
                    &share(r.after),
                    &r.gained_count.to_string(),
                    &r.lost_count.to_string(),
                    &safe_cell(&ids(&r.gained)),
                    &safe_cell(&ids(&r.lost)),
                ])
                .map_err(failed)?;
            }
            w.flush().map_err(|e| failed(e.into()))?;
        }
        out.push_str(&String::from_utf8_lossy(&bytes));
        Ok(())
    }

    fn json(&self, out: &mut String, (old, new): (&str, &str)) {
        let examples = |list: &[Example]| {
            list.iter()
                .map(|e| json!({"id": e.id, "input": e.input, "line": e.line, "text": e.text, "entries": e.entries}))
                .collect::<Vec<_>>()
        };
        let changes: Vec<_> = self
            .changed()
            .iter()
            .map(|c| {
                let r = c.row;
                json!({
                    "question": c.question.1,
                    "theme": self.keys[c.key as usize],
                    "answers": c.answers,
                    "before": r.before,
                    "after": r.after,
                    "gained": r.gained_count,
                    "lost": r.lost_count,
                    "gained_examples": examples(&r.gained),
                    "lost_examples": examples(&r.lost),
                })
            })
            .collect();
        let l = &self.lexicon;
        let pairs =
            |list: &[(String, String)]| list.iter().map(|(e, t)| json!({"entry": e, "theme": t})).collect::<Vec<_>>();
        let value = json!({
            "old": old,
            "new": new,
            "inputs": self.inputs,
            "answers": self.answers,
            "questions": self.questions.len(),
            "changed_answers": self.changed_answers,
            "changed_rows": changes.len(),
            "unchanged_rows": self.unchanged_rows(),
            "lexicons": {
                "entries_added": pairs(&l.entries_added),
                "entries_removed": pairs(&l.entries_removed),
                "themes_added": l.themes_added,
                "themes_removed": l.themes_removed,
                "files_changed": l.files_changed,
            },
            "changes": changes,
        });
        outln!(out, "{}", serde_json::to_string_pretty(&value).expect("JSON values serialise"));
    }
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn percent(n: u64, of: u64) -> String {
    if of == 0 {
        return "–".into();
    }
    let share = 100.0 * n as f64 / of as f64;
    if n > 0 && share < 0.05 {
        return "<0.1 %".into();
    }
    format!("{share:.1} %")
}

/// The lexicon files under NEW, with their modification times and sizes: a save changes one.
fn stamps(path: &Path) -> Vec<(PathBuf, Option<SystemTime>, u64)> {
    lexicon_files(path)
        .into_iter()
        .map(|p| {
            let meta = std::fs::metadata(&p).ok();
            let modified = meta.as_ref().and_then(|m| m.modified().ok());
            (p, modified, meta.map_or(0, |m| m.len()))
        })
        .collect()
}

const POLL: Duration = Duration::from_millis(300);

fn watch(args: &DiffArgs, plan: &Plan, pool: &rayon::ThreadPool) -> Result<(), Failure> {
    pipeline::catch_ctrl_c();
    let terminal = std::io::stdout().is_terminal();
    let shown = synthese::paths::display(&plan.new);
    loop {
        let seen = stamps(&plan.new);
        let started = std::time::Instant::now();
        let result = once(args, plan, pool);
        if pipeline::interrupted() {
            return Err(Failure::Interrupted(String::new()));
        }
        if terminal {
            super::print("\x1b[2J\x1b[H")?;
        }
        match result {
            Ok(text) => super::print(&text)?,
            Err(e) => eprintln!("synthese: error: {e}"),
        }
        eprintln!(
            "synthese: {:.2} s; watching {shown} for saved lexicon files (Ctrl-C stops)",
            started.elapsed().as_secs_f64()
        );
        loop {
            std::thread::sleep(POLL);
            if pipeline::interrupted() {
                return Err(Failure::Interrupted(String::new()));
            }
            if stamps(&plan.new) != seen {
                break;
            }
        }
        if !terminal {
            super::print("\n")?;
        }
    }
}

/// The NEW set's classification of each answer, made in the worker threads beside the OLD set's.
struct ClassifyNew<'a> {
    new: &'a Matcher,
}

impl pipeline::Work for ClassifyNew<'_> {
    type State = ();
    type Record = ();
    type Answer = Classification;
    fn state(&self, _: usize) {}
    fn record(&self, _: &mut (), _: &str, _: &synthese::ingest::Record) {}
    fn answer(&self, _: &mut (), _: &mut (), a: &pipeline::Answered) -> Classification {
        // The same scope as the pipeline gives the old set's classification.
        let topic = a.record.topic.as_deref().or_else(|| synthese::ingest::questions::debate_of(a.question));
        self.new.classify(a.text, Scope { topic, question: Some(a.question), source: Some(a.source) })
    }
}
