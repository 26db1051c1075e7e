//! The failure classes of a hostile-input campaign (issue 19): each test runs the real binary on
//! real data (or a hostile file made here from it) and fails on the code before the fix.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const ENTENDRE: &str = "profiles/entendre-la-france.profile";

/// Every file of a folder, by name (hidden ones too), with its bytes.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    out.sort();
    out
}

/// A real export's rows repeated `copies` times (the header once).
fn repeated(dir: &Path, name: &str, copies: usize) -> PathBuf {
    let real = std::fs::read_to_string(root().join("corpus/official-layout/LA_TRANSITION_ECOLOGIQUE.csv")).unwrap();
    let (header, rows) = real.split_once('\n').unwrap();
    let file = dir.join(name);
    std::fs::write(&file, format!("{header}\n{}", rows.repeat(copies))).unwrap();
    file
}

/// A tmpfs of `bytes` at `at`, unmounted when dropped; `None` where mounting is not allowed.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(at: &Path, bytes: u64) -> Option<Tmpfs> {
        std::fs::create_dir_all(at).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={bytes}"), "tmpfs", s(at)])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Tmpfs(at.to_owned()))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

fn used_bytes(path: &Path) -> u64 {
    let c = std::ffi::CString::new(s(path)).unwrap();
    // SAFETY: statvfs fills the struct it is given.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::statvfs(c.as_ptr(), &mut st) }, 0);
    (st.f_blocks - st.f_bfree) * st.f_frsize
}

/// What a folder's files take on disk, in 4 KiB pages.
fn pages(dir: &Path) -> u64 {
    std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().metadata().unwrap().len().div_ceil(4096) * 4096 + 4096).sum()
}

// 1. A full disk leaves the previous report whole.
#[test]
fn a_full_disk_leaves_the_previous_report_whole() {
    let dir = temp();
    let tiny = dir.path().join("tiny.lex");
    std::fs::write(&tiny, "Fiscalité:\n    impôt\n").unwrap();
    let first_run = ["run", "-q", "tests/data/entendre_answers.csv", "--profile", ENTENDRE, "--lexicons", s(&tiny)];
    let second_run = ["run", "-q", "tests/data/official_header_forms.csv", "--force"];
    // What the second run writes, measured on a disk with room.
    let roomy = dir.path().join("roomy");
    synthese_ok(&[&second_run[..], &["--out", s(&roomy)]].concat());
    let second_size = pages(&roomy);
    // A disk holding the first report, with 64 KiB less free than the second report needs.
    let disk = dir.path().join("disk");
    let Some(mounted) = Tmpfs::mount(&disk, 64 << 20) else {
        eprintln!("skipped: cannot mount a tmpfs here (needs root)");
        return;
    };
    let out = disk.join("out");
    synthese_ok(&[&first_run[..], &["--out", s(&out)]].concat());
    let before = snapshot(&out);
    let used = used_bytes(&disk);
    drop(mounted);
    let _mounted = Tmpfs::mount(&disk, used + second_size - (64 << 10)).unwrap();
    synthese_ok(&[&first_run[..], &["--out", s(&out)]].concat());
    assert_eq!(snapshot(&out), before);

    let full = synthese(&[&second_run[..], &["--out", s(&out)]].concat());
    assert_eq!(full.status.code(), Some(1), "{}", stderr(&full));
    let message = stderr(&full);
    assert!(message.contains("No space left on device"), "{message}");
    assert!(message.contains("No report was written:") && message.contains("holds the previous run's report, unchanged"), "{message}");
    assert_eq!(snapshot(&out), before, "every file is the first run's");
    let left: Vec<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(!left.iter().any(|n| n.starts_with(".synthese-staging") || n.ends_with(".partial")), "{left:?}");
}

// 2. Two runs into one folder: the second stops at once, the first's report is whole.
#[test]
fn a_second_run_into_a_folder_in_use_stops_at_once() {
    let dir = temp();
    let big = repeated(dir.path(), "big.csv", 25);
    let out = dir.path().join("out");
    let first = Command::new(env!("CARGO_BIN_EXE_synthese"))
        .args(["run", "-q", s(&big), "--threads", "1", "--out", s(&out)])
        .current_dir(root())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the first run has started writing.
    while !out.exists() || std::fs::read_dir(&out).unwrap().count() < 2 {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let second = synthese(&["run", "-q", "tests/data/official_header_forms.csv", "--force", "--out", s(&out)]);
    let first = first.wait_with_output().unwrap();
    assert!(first.status.success(), "{}", stderr(&first));
    assert_eq!(second.status.code(), Some(1), "{}", stderr(&second));
    assert!(stderr(&second).contains("is in use by another synthese run (process"), "{}", stderr(&second));
    // The survivor's assignments are its own, whole.
    let rows = csv_rows(&out.join("assignments.csv"));
    assert!(rows.iter().all(|r| r["input"].ends_with("big.csv")), "rows of both runs");
    let run = run_json(&out);
    assert_eq!(run["inputs"].as_array().unwrap().len(), 1);
    assert_counts_add_up(&run);
    assert!(!out.join(".synthese-lock").exists(), "the lock goes with the run");
}

// 7. A failed run into a new folder says no report was written, and leaves no empty folder.
#[test]
fn a_failed_first_run_says_so_and_leaves_no_folder() {
    let dir = temp();
    let out = dir.path().join("new");
    let failed = synthese(&["run", "-q", "tests/data/entendre_answers.csv", "--out", s(&out)]);
    assert_eq!(failed.status.code(), Some(1), "{}", stderr(&failed));
    let message = stderr(&failed);
    assert!(message.contains("neither a granddebat.fr nor a Politizr export"), "{message}");
    assert!(message.contains("No report was written.") && !message.contains("previous run"), "{message}");
    assert!(!out.exists(), "no empty folder is left");
}

// 5 and 7. Usage errors exit 2, at once.
#[test]
fn usage_errors_exit_2_at_once() {
    let started = std::time::Instant::now();
    for (args, expected) in [
        (&["--map", "id=id,text=text,colour=red"][..], "--map: unknown key `colour`"),
        (&["--threads", "100000"][..], "--threads 100000: at most 256"),
        (&["--encoding", "klingon"][..], "--encoding: unknown encoding `klingon`"),
    ] {
        let out = temp();
        let run = synthese(&[&["run", "-q", "tests/data/official_header_forms.csv", "--out", s(out.path())], args].concat());
        assert_eq!(run.status.code(), Some(2), "{args:?}: {}", stderr(&run));
        assert!(stderr(&run).contains(expected), "{}", stderr(&run));
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(20), "{:?}", started.elapsed());
}
