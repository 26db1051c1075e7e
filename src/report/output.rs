//! The report folder of a run: all old or all new, whatever fails when, and one run at a time.
//!
//! A run holds an advisory lock on `DIR/.synthese-lock` from start to end: a second run into the
//! same folder stops at once. Every report file (and any sub-folder) is written into a staging
//! folder inside `DIR` (`.synthese-staging-<pid>`). Only when all of them are written does the
//! run switch, in one step that cannot half-happen: the staging folder is renamed
//! `.synthese-commit` (the commit point). The files are then moved into place: the previous
//! report's files go aside into `.synthese-previous`, the new ones take their names, and both
//! hidden folders are removed. Should that be stopped half-way (a kill, a power cut), the next
//! run into the folder completes it before anything else, from the commit folder and its list
//! of files, `.synthese-files` (which stays in `DIR`: it names the files of the report, so that
//! a file the next run does not write is not left behind from this one). A failure before the
//! commit point leaves `DIR` as it was; a failure while moving files in puts the previous ones
//! back.
//!
//! Renames write no data, so a full disk stops a run while it writes the staging folder, before
//! anything of the previous report is touched.

use std::collections::BTreeSet;
use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use crate::Failure;

pub const LOCK: &str = ".synthese-lock";
/// The list of the report's top-level entries, one name a line.
pub const MANIFEST: &str = ".synthese-files";
const STAGING_PREFIX: &str = ".synthese-staging-";
const COMMIT: &str = ".synthese-commit";
const PREVIOUS: &str = ".synthese-previous";

/// The report folder of one run, locked until it is dropped.
pub struct Output {
    dir: PathBuf,
    shown: String,
    staging: PathBuf,
    /// The folder did not exist before this run: it is removed again if nothing is committed.
    created: bool,
    /// Whether `dir` held a report when the run started (for messages).
    had_report: bool,
    committed: bool,
    _lock: Lock,
}

impl Output {
    /// Creates `dir` if needed, takes its lock, completes a switch that a killed run left
    /// half-done, removes what killed runs left in it, checks that it may be written
    /// (`guard`), and creates the staging folder.
    pub fn open(dir: &Path, guard: impl FnOnce() -> Result<(), String>) -> Result<Output, Failure> {
        let shown = crate::paths::display(dir);
        let failed = |what: &str, e: io::Error| Failure::Output(format!("{shown}: cannot {what}: {e}"));
        let created = !dir.exists();
        fs::create_dir_all(dir).map_err(|e| failed("create the report folder", e))?;
        let lock = match Lock::take(&dir.join(LOCK)) {
            Ok(lock) => lock,
            Err(e) => {
                if created {
                    let _ = fs::remove_dir(dir);
                }
                return Err(match e {
                    LockError::Held(holder) => Failure::Output(format!(
                        "{shown} is in use by another synthese run{holder}: wait for it to end, or write elsewhere with --out"
                    )),
                    LockError::Io(e) => failed("lock the report folder", e),
                });
            }
        };
        let mut output = Output {
            dir: dir.to_owned(),
            shown: shown.clone(),
            staging: dir.join(format!("{STAGING_PREFIX}{}", std::process::id())),
            created,
            had_report: false,
            committed: false,
            _lock: lock,
        };
        if dir.join(COMMIT).exists() {
            roll_forward(dir)
                .map_err(|e| failed("complete the switch of a run stopped while it switched its report", e))?;
            eprintln!("synthese: note: {shown}: completed the switch of a run stopped while it switched its report");
        }
        output.had_report = dir.join("run.json").exists() || dir.join(MANIFEST).exists();
        guard().map_err(Failure::Output)?;
        let removed = clean_leftovers(dir).map_err(|e| failed("remove what an interrupted run left", e))?;
        if removed > 0 {
            eprintln!("synthese: note: {shown}: removed {removed} temporary file(s) left by an interrupted run");
        }
        fs::create_dir(&output.staging).map_err(|e| failed("create a staging folder", e))?;
        Ok(output)
    }

    /// Where the report files are written before [`Output::commit`].
    pub fn staging(&self) -> &Path {
        &self.staging
    }

    /// What a failed run says about the folder.
    pub fn unchanged(&self) -> String {
        if self.had_report {
            format!("No report was written: {} holds the previous run's report, unchanged.", self.shown)
        } else {
            "No report was written.".to_string()
        }
    }

    /// Switches the folder to the staged report (see the module's comment).
    pub fn commit(mut self) -> Result<(), Failure> {
        let shown = self.shown.clone();
        let mut names = entries(&self.staging)
            .map_err(|e| Failure::Output(format!("{shown}: cannot list the staged report: {e}")))?;
        names.remove(&OsString::from(MANIFEST));
        let list: String = names.iter().map(|n| format!("{}\n", n.to_string_lossy())).collect();
        fs::write(self.staging.join(MANIFEST), list)
            .map_err(|e| Failure::Output(format!("{shown}: cannot write the reports: {e}\n{}", self.unchanged())))?;
        let commit = self.dir.join(COMMIT);
        fs::rename(&self.staging, &commit).map_err(|e| {
            Failure::Output(format!("{shown}: cannot switch to the new report: {e}\n{}", self.unchanged()))
        })?;
        self.committed = true;
        if let Err(e) = roll_forward(&self.dir) {
            return Err(match roll_back(&self.dir) {
                Ok(()) => Failure::Output(format!("{shown}: cannot switch to the new report: {e}\n{}", self.unchanged())),
                Err(again) => Failure::Output(format!(
                    "{shown}: cannot switch to the new report ({e}), nor put the previous one back ({again}): the next run into {shown} completes the switch"
                )),
            });
        }
        Ok(())
    }
}

impl Drop for Output {
    /// A run that fails or is interrupted leaves the folder as it found it.
    fn drop(&mut self) {
        if self.committed {
            return;
        }
        let _ = fs::remove_dir_all(&self.staging);
        if self.created {
            // Only our lock is left in a folder this run created: remove both.
            let _ = fs::remove_file(self.dir.join(LOCK));
            let _ = fs::remove_dir(&self.dir);
        }
    }
}

/// The names in `dir`.
fn entries(dir: &Path) -> io::Result<BTreeSet<OsString>> {
    fs::read_dir(dir)?.map(|e| e.map(|e| e.file_name())).collect()
}

fn exists(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok()
}

fn remove_any(path: &Path) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => fs::remove_dir_all(path),
        Ok(_) => fs::remove_file(path),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// The names a list of the report's files holds: plain names of entries of the folder only (a
/// list edited to name `../x` or `/etc/x` must not make a run move files elsewhere).
fn manifest(path: &Path) -> BTreeSet<OsString> {
    let plain = |l: &&str| !l.is_empty() && *l != "." && *l != ".." && !l.contains('/') && !l.starts_with(".synthese-");
    fs::read_to_string(path).map(|s| s.lines().filter(plain).map(OsString::from).collect()).unwrap_or_default()
}

/// Moves the files of `DIR/.synthese-commit` into `DIR`, the previous report's aside, then
/// removes both hidden folders. Idempotent: it can be run again after being stopped anywhere.
fn roll_forward(dir: &Path) -> io::Result<()> {
    let commit = dir.join(COMMIT);
    let previous = dir.join(PREVIOUS);
    if exists(&commit.join(MANIFEST)) {
        fs::create_dir_all(&previous)?;
        let new = manifest(&commit.join(MANIFEST));
        let old = manifest(&dir.join(MANIFEST));
        for name in old.union(&new) {
            let (here, staged) = (dir.join(name), commit.join(name));
            // A name of the new report already moved in is the new file: left alone.
            if exists(&here) && (!new.contains(name) || exists(&staged)) {
                let aside = previous.join(name);
                remove_any(&aside)?;
                fs::rename(&here, &aside)?;
            }
        }
        for name in &new {
            let staged = commit.join(name);
            if exists(&staged) {
                fs::rename(&staged, dir.join(name))?;
            }
        }
        // Last: the list says which report the folder holds.
        fs::rename(commit.join(MANIFEST), dir.join(MANIFEST))?;
    }
    remove_any(&commit)?;
    if let Err(e) = remove_any(&previous) {
        // The new report is in place; the previous files are only in the way.
        eprintln!(
            "synthese: warning: {}: cannot remove the previous report's files ({e}); the next run removes them",
            crate::paths::display(&previous)
        );
    }
    Ok(())
}

/// Undoes a [`roll_forward`] stopped before its last step: the new files go back into the
/// commit folder (then removed), the previous ones back into place.
fn roll_back(dir: &Path) -> io::Result<()> {
    let commit = dir.join(COMMIT);
    let previous = dir.join(PREVIOUS);
    let new = manifest(&commit.join(MANIFEST));
    for name in &new {
        let (here, staged) = (dir.join(name), commit.join(name));
        if exists(&here) && !exists(&staged) {
            fs::rename(&here, &staged)?;
        }
    }
    if exists(&previous) {
        for name in entries(&previous)? {
            fs::rename(previous.join(&name), dir.join(&name))?;
        }
    }
    remove_any(&commit)?;
    remove_any(&previous)
}

/// Removes what killed runs left: staging folders, a previous report set aside, and the
/// temporary files of earlier versions (`.NAME.partial`, `.NAME.previous` of a report file).
/// Called once the folder is known to be a report's (or `--force` says so). Returns how many.
fn clean_leftovers(dir: &Path) -> io::Result<usize> {
    let mut removed = 0;
    for name in entries(dir)? {
        let name = name.to_string_lossy();
        let report = [".csv.", ".md.", ".html.", ".json."].iter().any(|ext| name.contains(ext));
        let old_temp = name.starts_with('.') && report && (name.ends_with(".partial") || name.ends_with(".previous"));
        if name.starts_with(STAGING_PREFIX) || name == PREVIOUS || old_temp {
            remove_any(&dir.join(&*name))?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// An advisory lock (`flock`) on a file, held until dropped; the file is removed then.
struct Lock {
    file: File,
    path: PathBuf,
}

enum LockError {
    /// Held by another process: ` (process N)` when it wrote its id.
    Held(String),
    Io(io::Error),
}

impl Lock {
    fn take(path: &Path) -> Result<Lock, LockError> {
        use std::os::unix::fs::MetadataExt as _;
        use std::os::unix::io::AsRawFd as _;
        loop {
            let mut file = fs::OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(path)
                .map_err(LockError::Io)?;
            // SAFETY: flock on a descriptor this function owns.
            if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } != 0 {
                let e = io::Error::last_os_error();
                if e.kind() == io::ErrorKind::WouldBlock {
                    let holder = fs::read_to_string(path).unwrap_or_default();
                    let holder = holder.trim();
                    return Err(LockError::Held(if holder.is_empty() {
                        String::new()
                    } else {
                        format!(" (process {holder})")
                    }));
                }
                return Err(LockError::Io(e));
            }
            // The holder before us may have removed the file after we opened it: then our lock
            // is on a file nobody else will look at; start again with the file of that name.
            let ours = file.metadata().map_err(LockError::Io)?;
            match fs::metadata(path) {
                Ok(m) if m.ino() == ours.ino() && m.dev() == ours.dev() => {
                    file.set_len(0).and_then(|_| write!(file, "{}", std::process::id())).map_err(LockError::Io)?;
                    return Ok(Lock { file, path: path.to_owned() });
                }
                Ok(_) => continue,
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(e) => return Err(LockError::Io(e)),
            }
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still locked: a run waiting on this file sees it gone and starts again.
        let _ = fs::remove_file(&self.path);
        let _ = &self.file;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, files: &[(&str, &str)]) {
        for (name, text) in files {
            fs::write(dir.join(name), text).unwrap();
        }
    }

    fn listing(dir: &Path) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file())
            .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), fs::read_to_string(&p).unwrap()))
            .collect();
        out.sort();
        out
    }

    #[test]
    fn a_switch_stopped_anywhere_is_completed_by_the_next_run() {
        // Stop the switch after each possible number of renames: the next open completes it.
        for stop_after in 0..6 {
            let tmp = tempfile::tempdir().unwrap();
            let dir = tmp.path();
            write(
                dir,
                &[
                    ("a.csv", "old a"),
                    ("gone.csv", "old gone"),
                    ("keep.txt", "not ours"),
                    (MANIFEST, "a.csv\ngone.csv\n"),
                ],
            );
            let commit = dir.join(COMMIT);
            fs::create_dir(&commit).unwrap();
            write(&commit, &[("a.csv", "new a"), ("b.csv", "new b"), (MANIFEST, "a.csv\nb.csv\n")]);
            // The first `stop_after` renames of a forward switch, done by hand.
            let previous = dir.join(PREVIOUS);
            fs::create_dir(&previous).unwrap();
            let steps: Vec<(PathBuf, PathBuf)> = vec![
                (dir.join("a.csv"), previous.join("a.csv")),
                (dir.join("gone.csv"), previous.join("gone.csv")),
                (commit.join("a.csv"), dir.join("a.csv")),
                (commit.join("b.csv"), dir.join("b.csv")),
                (commit.join(MANIFEST), dir.join(MANIFEST)),
            ];
            for (from, to) in steps.iter().take(stop_after) {
                fs::rename(from, to).unwrap();
            }
            drop(Output::open(dir, || Ok(())).unwrap());
            assert_eq!(
                listing(dir),
                [
                    (MANIFEST.to_string(), "a.csv\nb.csv\n".to_string()),
                    ("a.csv".into(), "new a".into()),
                    ("b.csv".into(), "new b".into()),
                    ("keep.txt".into(), "not ours".into())
                ],
                "stopped after {stop_after} renames"
            );
            assert_eq!(entries(dir).unwrap().len(), 4, "no hidden folder left");
        }
    }

    #[test]
    fn a_list_naming_files_outside_the_folder_moves_nothing_there() {
        let tmp = tempfile::tempdir().unwrap();
        let outside = tmp.path().join("thesis.odt");
        fs::write(&outside, "not ours").unwrap();
        let dir = tmp.path().join("out");
        fs::create_dir(&dir).unwrap();
        write(&dir, &[(MANIFEST, "../thesis.odt\n/etc/hostname\n..\nsub/x\na.csv\n"), ("a.csv", "old a")]);
        let output = Output::open(&dir, || Ok(())).unwrap();
        write(output.staging(), &[("a.csv", "new a")]);
        output.commit().unwrap();
        assert_eq!(fs::read_to_string(&outside).unwrap(), "not ours");
        assert_eq!(listing(&dir), [(MANIFEST.to_string(), "a.csv\n".to_string()), ("a.csv".into(), "new a".into())]);
    }

    #[test]
    fn a_failed_switch_puts_the_previous_report_back() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        write(dir, &[("a.csv", "old a"), (MANIFEST, "a.csv\n")]);
        let commit = dir.join(COMMIT);
        fs::create_dir(&commit).unwrap();
        write(&commit, &[("a.csv", "new a"), ("b.csv", "new b"), (MANIFEST, "a.csv\nb.csv\n")]);
        // Half-way: the old file aside, one new file in.
        fs::create_dir(dir.join(PREVIOUS)).unwrap();
        fs::rename(dir.join("a.csv"), dir.join(PREVIOUS).join("a.csv")).unwrap();
        fs::rename(commit.join("a.csv"), dir.join("a.csv")).unwrap();
        roll_back(dir).unwrap();
        assert_eq!(listing(dir), [(MANIFEST.to_string(), "a.csv\n".to_string()), ("a.csv".into(), "old a".into())]);
        assert_eq!(entries(dir).unwrap().len(), 2);
    }

    #[test]
    fn a_second_run_into_a_locked_folder_stops_at_once() {
        let tmp = tempfile::tempdir().unwrap();
        let first = Output::open(tmp.path(), || Ok(())).unwrap();
        let Err(Failure::Output(message)) = Output::open(tmp.path(), || Ok(())) else { panic!("a second lock") };
        assert!(
            message.contains(&format!("in use by another synthese run (process {})", std::process::id())),
            "{message}"
        );
        drop(first);
        drop(Output::open(tmp.path(), || Ok(())).unwrap());
        assert!(entries(tmp.path()).unwrap().is_empty(), "the lock file is removed");
    }
}
