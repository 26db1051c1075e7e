//! The failure classes of a hostile-input campaign (issue 19): each test runs the real binary on
//! real data (or a hostile file made here from it) and fails on the code before the fix.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const ENTENDRE: &str = "profiles/entendre-la-france.profile";

/// Waits until `ready()` (at most a minute: a run that never gets there fails the test).
fn wait_for(what: &str, ready: impl Fn() -> bool) {
    let started = std::time::Instant::now();
    while !ready() {
        assert!(started.elapsed() < std::time::Duration::from_secs(60), "waited a minute for {what}");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

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

/// What a folder's files take on a tmpfs, in 4 KiB pages.
fn pages(dir: &Path) -> u64 {
    std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().metadata().unwrap().len().div_ceil(4096) * 4096).sum()
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
    // A disk holding the first report, with 200 KiB less free than the second report needs: the
    // code before the fix wrote the summaries, committed them one by one (freeing the first
    // report's as it went), then failed on assignments.csv, leaving run.json and synthese.html of
    // the second run beside assignments.csv and rejects.csv of the first.
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
    let _mounted = Tmpfs::mount(&disk, used + second_size - (200 << 10)).unwrap();
    synthese_ok(&[&first_run[..], &["--out", s(&out)]].concat());
    assert_eq!(snapshot(&out), before);

    let full = synthese(&[&second_run[..], &["--out", s(&out)]].concat());
    assert_eq!(full.status.code(), Some(1), "{}", stderr(&full));
    let message = stderr(&full);
    assert!(message.contains("No space left on device"), "{message}");
    assert!(
        message.contains("No report was written:") && message.contains("holds the previous run's report, unchanged"),
        "{message}"
    );
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
    wait_for("the first run to write", || std::fs::read_dir(&out).is_ok_and(|d| d.count() >= 2));
    let second = synthese(&["run", "-q", "tests/data/official_header_forms.csv", "--force", "--out", s(&out)]);
    let first = first.wait_with_output().unwrap();
    assert!(first.status.success(), "{}", stderr(&first));
    assert_eq!(second.status.code(), Some(1), "{}", stderr(&second));
    assert!(stderr(&second).contains("is in use by another synthese run (process"), "{}", stderr(&second));
    // The survivor's assignments are its own, whole.
    let rows = csv_rows(&out.join("assignments.csv"));
    let run = run_json(&out);
    assert_eq!(run["inputs"].as_array().unwrap().len(), 1);
    assert!(run["inputs"][0]["path"].as_str().unwrap().ends_with("big.csv"));
    assert!(rows.iter().all(|r| r["input"] == "1"), "rows of both runs");
    assert_eq!(rows.len() as u64, run["totals"]["answers"].as_u64().unwrap(), "torn or mixed rows");
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
        let run =
            synthese(&[&["run", "-q", "tests/data/official_header_forms.csv", "--out", s(out.path())], args].concat());
        assert_eq!(run.status.code(), Some(2), "{args:?}: {}", stderr(&run));
        assert!(stderr(&run).contains(expected), "{}", stderr(&run));
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(20), "{:?}", started.elapsed());
}

const TRANSITION: &str = "corpus/official-layout/LA_TRANSITION_ECOLOGIQUE.csv";

fn totals(run: &serde_json::Value) -> (u64, u64, u64) {
    let t = &run["totals"];
    (t["read"].as_u64().unwrap(), t["analysed"].as_u64().unwrap(), t["rejected"].as_u64().unwrap())
}

// 3. A folder holding links to itself and to a sub-folder: each file read once, the rest noted.
#[test]
fn each_file_of_a_folder_is_read_once_through_links() {
    let dir = temp();
    let data = dir.path().join("data");
    std::fs::create_dir_all(data.join("sub")).unwrap();
    std::fs::copy(root().join(TRANSITION), data.join("sub/transition.csv")).unwrap();
    std::os::unix::fs::symlink(".", data.join("loop")).unwrap();
    std::os::unix::fs::symlink("sub", data.join("alias")).unwrap();
    let out = dir.path().join("out");
    synthese_ok(&["run", "-q", s(&data), "--out", s(&out)]);
    let once = temp();
    synthese_ok(&["run", "-q", TRANSITION, "--out", s(once.path())]);
    let run = run_json(&out);
    assert_eq!(run["inputs"].as_array().unwrap().len(), 1);
    assert_eq!(totals(&run), totals(&run_json(once.path())));
    let notes = run["notes"].to_string();
    assert!(
        notes.contains(&format!("the same folder as {} (a link), not read again: {}/loop", s(&data), s(&data))),
        "{notes}"
    );
    assert!(
        notes.contains(&format!("the same folder as {}/alias (a link), not read again: {}/sub", s(&data), s(&data))),
        "{notes}"
    );
}

/// Runs `synthese run ARG` with `bytes` written to its standard input through a pipe.
fn run_piped(arg: &str, bytes: Vec<u8>, out: &Path) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_synthese"))
        .args(["run", "-q", arg, "--out", s(out)])
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        let _ = stdin.write_all(&bytes);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}

// 3. Standard input and pipes are read from their first byte.
#[test]
fn standard_input_and_pipes_are_read_whole() {
    let bytes = std::fs::read(root().join(TRANSITION)).unwrap();
    assert!(bytes.len() > 128 << 10, "more than the 64 KiB that detection reads");
    let file = temp();
    synthese_ok(&["run", "-q", TRANSITION, "--out", s(file.path())]);
    let expected = totals(&run_json(file.path()));
    assert_eq!(expected.2, 0);
    for arg in ["-", "/dev/stdin"] {
        let out = temp();
        let piped = run_piped(arg, bytes.clone(), out.path());
        assert!(piped.status.success(), "{arg}: {}", stderr(&piped));
        let run = run_json(out.path());
        assert_eq!(totals(&run), expected, "{arg}");
        assert_eq!(run["inputs"][0]["sha256"], run_json(file.path())["inputs"][0]["sha256"], "{arg}");
    }
}

// 3. `[…][…]`: the second document's records are read; trailing text is rejected with its line.
#[test]
fn a_second_json_document_is_read_and_trailing_text_rejected() {
    let real =
        std::fs::read_to_string(root().join("corpus/official-layout/LA_FISCALITE_ET_LES_DEPENSES_PUBLIQUES.json"))
            .unwrap();
    let dir = temp();
    let once = temp();
    synthese_ok(&[
        "run",
        "-q",
        "corpus/official-layout/LA_FISCALITE_ET_LES_DEPENSES_PUBLIQUES.json",
        "--out",
        s(once.path()),
    ]);
    let (read, analysed, _) = totals(&run_json(once.path()));
    let twice = dir.path().join("twice.json");
    std::fs::write(&twice, format!("{real}{real}")).unwrap();
    let out = dir.path().join("out");
    synthese_ok(&["run", "-q", s(&twice), "--out", s(&out)]);
    assert_eq!(totals(&run_json(&out)), (2 * read, 2 * analysed, 0));

    let trailing = dir.path().join("trailing.json");
    std::fs::write(&trailing, format!("{}\n]\ngarbage", real.trim_end())).unwrap();
    let out = dir.path().join("out2");
    synthese_ok(&["run", "-q", s(&trailing), "--out", s(&out)]);
    assert_eq!(totals(&run_json(&out)), (read + 1, analysed, 1));
    let lines = real.trim_end().lines().count() as u64;
    let rejected = rejects(&out);
    assert_eq!(rejected[0][2], (lines + 1).to_string(), "{rejected:?}");
    assert!(rejected[0][4].starts_with("text after the end of the JSON array, from `]`"), "{rejected:?}");
}

// 3. Integer ids beyond 64 bits are kept as written.
#[test]
fn json_ids_beyond_64_bits_are_kept_as_written() {
    let dir = temp();
    let file = dir.path().join("ids.jsonl");
    std::fs::write(
        &file,
        "{\"id\": 123456789012345678901234567890, \"text\": \"Rétablir l'ISF\"}\n{\"id\": 123456789012345678901234567891, \"text\": \"Baisser la TVA\"}\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    synthese_ok(&["run", "-q", s(&file), "--map", "id=id,text=text", "--out", s(&out)]);
    let run = run_json(&out);
    assert_eq!(run["inputs"][0]["duplicate_ids"], 0);
    let ids: Vec<String> = csv_rows(&out.join("assignments.csv")).iter().map(|r| r["record_id"].clone()).collect();
    assert_eq!(ids, ["123456789012345678901234567890", "123456789012345678901234567891"]);
}

// 3. A header naming a column twice: refused when the mapping reads it, noted otherwise.
#[test]
fn a_column_named_twice_is_not_read_by_guess() {
    let dir = temp();
    let file = dir.path().join("twice.csv");
    std::fs::write(&file, "id,text,text,note,note\n1,Rétablir l'ISF,Baisser la TVA,a,b\n").unwrap();
    let refused = synthese(&["run", "-q", s(&file), "--map", "id=id,text=text", "--out", s(&dir.path().join("o1"))]);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains(":1: the header names column `text` 2 times (columns 2, 3)"),
        "{}",
        stderr(&refused)
    );
    let out = dir.path().join("o2");
    std::fs::write(&file, "id,text,note,note\n1,Rétablir l'ISF,a,b\n").unwrap();
    synthese_ok(&["run", "-q", s(&file), "--map", "id=id,text=text", "--out", s(&out)]);
    let notes = run_json(&out)["inputs"][0]["notes"].to_string();
    assert!(notes.contains("the header names column `note` 2 times (columns 3, 4)"), "{notes}");
}

// 7. A NUL byte early in a file is read like one further on; UTF-16 without a BOM gets a hint;
// a top-level JSON string is called what it is.
#[test]
fn detection_messages_say_what_the_file_is() {
    let dir = temp();
    let real = std::fs::read(root().join(TRANSITION)).unwrap();
    let at = real.windows(6).position(|w| w == b"climat").unwrap();
    assert!(at < 64 << 10);
    let mut nul = real.clone();
    nul[at] = 0;
    let file = dir.path().join("nul.csv");
    std::fs::write(&file, &nul).unwrap();
    let out = dir.path().join("o1");
    synthese_ok(&["run", "-q", s(&file), "--out", s(&out)]);
    let clean = temp();
    synthese_ok(&["run", "-q", TRANSITION, "--out", s(clean.path())]);
    assert_eq!(totals(&run_json(&out)), totals(&run_json(clean.path())));

    let utf16 = std::fs::read(root().join("tests/data/entendre_answers_utf16.csv")).unwrap();
    assert!(utf16.starts_with(b"\xff\xfe"));
    let file = dir.path().join("utf16.csv");
    std::fs::write(&file, &utf16[2..]).unwrap();
    let refused = synthese(&["run", "-q", s(&file), "--profile", ENTENDRE, "--out", s(&dir.path().join("o2"))]);
    assert!(
        stderr(&refused).contains("UTF-16 without a byte-order mark")
            && stderr(&refused).contains("--encoding utf-16le"),
        "{}",
        stderr(&refused)
    );
    synthese_ok(&[
        "run",
        "-q",
        s(&file),
        "--profile",
        ENTENDRE,
        "--encoding",
        "utf-16le",
        "--out",
        s(&dir.path().join("o3")),
    ]);

    let file = dir.path().join("string.json");
    std::fs::write(&file, "\"Rétablir l'ISF\"\n").unwrap();
    let refused = synthese(&["run", "-q", s(&file), "--map", "id=id,text=text", "--out", s(&dir.path().join("o4"))]);
    assert!(stderr(&refused).contains("a single JSON string, not records"), "{}", stderr(&refused));
}

/// A copy of the spreadsheet `src` with `edit` applied to each part's bytes (by name), and the
/// parts of `extra` added; `mimetype` stays first and uncompressed, as ODS requires.
fn rewrite_zip(src: &str, dst: &Path, edit: impl Fn(&str, Vec<u8>) -> Vec<u8>, extra: &[(&str, Vec<u8>)]) {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(std::fs::File::open(root().join(src)).unwrap()).unwrap();
    let mut out = zip::ZipWriter::new(std::fs::File::create(dst).unwrap());
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().into_owned();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        out.start_file(name.as_str(), if name == "mimetype" { stored } else { deflated }).unwrap();
        out.write_all(&edit(&name, bytes)).unwrap();
    }
    for (name, bytes) in extra {
        out.start_file(*name, deflated).unwrap();
        out.write_all(bytes).unwrap();
    }
    out.finish().unwrap();
}

const XLSX: &str = "tests/data/politizr_subjects.xlsx";
const ODS: &str = "corpus/politizr-layout/2019.03.01-politizr-gd-handicap.ods";

// 4. A shared-strings table declaring 2^64 - 1 strings: an error, not a panic.
#[test]
fn an_xlsx_declaring_too_many_shared_strings_is_refused_not_a_panic() {
    let dir = temp();
    let file = dir.path().join("sst.xlsx");
    // The reader reads xl/sharedStrings.xml whenever it is there.
    let sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"18446744073709551615\"><si><t>x</t></si></sst>";
    rewrite_zip(XLSX, &file, |_, b| b, &[("xl/sharedStrings.xml", sst.as_bytes().to_vec())]);
    assert!(std::fs::metadata(&file).unwrap().len() < 16_000);
    let refused = synthese(&["run", "-q", s(&file), "--out", s(&dir.path().join("out"))]);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains("declares 18446744073709551615 shared strings but holds"),
        "{}",
        stderr(&refused)
    );
    // The same file untouched is read.
    let fine = dir.path().join("fine.xlsx");
    rewrite_zip(XLSX, &fine, |_, b| b, &[]);
    synthese_ok(&["run", "-q", s(&fine), "--out", s(&dir.path().join("out2"))]);
}

// 5. An ODS of a few KB whose repeated rows and columns spread over millions of cells, and one
// that unpacks to more than allowed: clear errors naming the limit and its option.
#[test]
fn spreadsheets_that_unpack_or_spread_too_far_are_refused_with_their_limit() {
    let dir = temp();
    let wide = dir.path().join("wide.ods");
    let bomb = "<table:table-row table:number-rows-repeated=\"400\"><table:table-cell table:number-columns-repeated=\"16383\" office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>";
    rewrite_zip(
        ODS,
        &wide,
        |name, bytes| {
            if name != "content.xml" {
                return bytes;
            }
            let xml = String::from_utf8(bytes).unwrap();
            let at = xml.find("</table:table>").unwrap();
            format!("{}{bomb}{}", &xml[..at], &xml[at..]).into_bytes()
        },
        &[],
    );
    assert!(std::fs::metadata(&wide).unwrap().len() < 20_000);
    let refused = synthese(&["run", "-q", s(&wide), "--out", s(&dir.path().join("o1"))]);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains("over the limit of 5000000: not read (raise it with --max-cells)"),
        "{}",
        stderr(&refused)
    );

    let packed = dir.path().join("packed.ods");
    rewrite_zip(ODS, &packed, |_, b| b, &[("Pictures/zeros.bin", vec![0u8; 24 << 20])]);
    let o2 = dir.path().join("o2");
    let refused = synthese(&["run", "-q", s(&packed), "--out", s(&o2), "--max-unpacked-bytes", "16000000"]);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    let message = stderr(&refused);
    assert!(message.contains("unpacks to more than 16000000 bytes (at its part `Pictures/zeros.bin`)"), "{message}");
    assert!(message.contains("--max-unpacked-bytes"), "{message}");
    // Under the default limit, the same file is read like the shipped one.
    let out = dir.path().join("o3");
    synthese_ok(&["run", "-q", s(&packed), "--out", s(&out)]);
    let shipped = temp();
    synthese_ok(&["run", "-q", ODS, "--out", s(shipped.path())]);
    assert_eq!(totals(&run_json(&out)), totals(&run_json(shipped.path())));
}

/// The largest peak memory of the children waited for so far, in bytes.
fn children_peak_memory() -> u64 {
    // SAFETY: getrusage fills the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) }, 0);
    usage.ru_maxrss as u64 * 1024
}

// 5. One 100 MB field: a counted rejection naming the limit, in well under 1 GB of memory.
#[test]
fn a_field_over_the_limit_is_a_counted_rejection() {
    let dir = temp();
    let file = dir.path().join("huge.jsonl");
    let answer = "Rétablir l'impôt sur la fortune et baisser la TVA. ".repeat(2_000_000); // ~100 MB
    std::fs::write(
        &file,
        format!("{{\"id\":\"1\",\"text\":\"Le vote blanc\"}}\n{{\"id\":\"2\",\"text\":\"{answer}\"}}\n{{\"id\":\"3\",\"text\":\"Le RIC\"}}\n"),
    )
    .unwrap();
    drop(answer);
    let out = dir.path().join("out");
    let child = Command::new(env!("CARGO_BIN_EXE_synthese"))
        .args(["run", "-q", s(&file), "--map", "id=id,text=text", "--out", s(&out)])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(child.status.success(), "{}", stderr(&child));
    let peak = children_peak_memory();
    let run = run_json(&out);
    assert_eq!(totals(&run), (3, 2, 1));
    let rejected = rejects(&out);
    assert_eq!(rejected[0][2], "2");
    assert!(
        rejected[0][4].contains("holds 105999999 bytes, over the limit of 1048576 bytes a field may hold: not read (raise it with --max-field-bytes)"),
        "{:?}",
        rejected[0]
    );
    assert!(peak < 1 << 30, "peak memory {} MB", peak >> 20);
}

// 5 and 7. `@include` reads regular files inside the lexicon folder only, and says so without
// quoting what it would have read.
#[test]
fn includes_stay_in_the_lexicon_folder_and_read_regular_files_only() {
    let dir = temp();
    let lexicons = dir.path().join("lexicons");
    std::fs::create_dir(&lexicons).unwrap();
    std::fs::write(dir.path().join("secret.txt"), "Secret:\n    motdepasse (((\n").unwrap();
    std::fs::write(lexicons.join("shared.inc"), "    impôt\n").unwrap();
    for (target, expected) in [
        ("/dev/zero", "outside the lexicon folder"),
        ("../secret.txt", "outside the lexicon folder"),
        ("fifo.inc", "not a regular file"),
    ] {
        if target == "fifo.inc" {
            let fifo = std::ffi::CString::new(s(&lexicons.join("fifo.inc"))).unwrap();
            // SAFETY: mkfifo with a valid path.
            assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
        }
        std::fs::write(lexicons.join("main.lex"), format!("Fiscalité:\n@include: shared.inc\n@include: {target}\n"))
            .unwrap();
        let started = std::time::Instant::now();
        let refused = synthese(&["lexicon", "check", s(&lexicons)]);
        assert_eq!(refused.status.code(), Some(1), "{target}: {}", stderr(&refused));
        let message = format!("{}{}", String::from_utf8_lossy(&refused.stdout), stderr(&refused));
        assert!(message.contains(&format!("cannot include `{target}`")) && message.contains(expected), "{message}");
        assert!(!message.contains("motdepasse"), "{message}");
        assert!(started.elapsed() < std::time::Duration::from_secs(10));
    }
}

// 6. User strings in every CSV cell and in the Markdown go through the same escaping.
#[test]
fn file_names_and_mapping_names_are_escaped_everywhere() {
    let dir = temp();
    let real = std::fs::read_to_string(root().join("tests/data/entendre_answers.csv")).unwrap();
    let mut lines: Vec<&str> = real.lines().take(30).collect();
    lines.push("broken,\"row"); // one rejected row
    std::fs::write(dir.path().join("=1+2.csv"), lines.join("\n") + "\n").unwrap();
    let profile = std::fs::read_to_string(root().join(ENTENDRE)).unwrap();
    let profile: String =
        profile.lines().filter(|l| !l.trim_start().starts_with("name")).map(|l| format!("{l}\n")).collect();
    std::fs::write(dir.path().join("p.profile"), format!("name = <script>alert(1)</script>\n{profile}")).unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_synthese"))
        .args(["run", "-q", "=1+2.csv", "--profile", "p.profile", "--out", "out"])
        .args(["--lexicons", s(&root().join("lexicons"))])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", stderr(&run));
    let out = dir.path().join("out");
    let mut seen = 0;
    for entry in std::fs::read_dir(&out).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "csv") {
            let text = std::fs::read_to_string(&path).unwrap();
            let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
            for row in r.records() {
                for cell in row.unwrap().iter().filter(|c| c.contains("1+2.csv")) {
                    assert_eq!(cell, "'=1+2.csv", "{}", path.display());
                    seen += 1;
                }
            }
        }
    }
    assert!(rejects(&out).iter().any(|r| r[1] == "'=1+2.csv"), "rejects.csv names the file");
    assert!(seen > 3, "{seen}");
    let md = std::fs::read_to_string(out.join("synthese.md")).unwrap();
    assert!(!md.contains("<script>"), "the mapping's name is escaped in synthese.md");
    assert!(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let html = std::fs::read_to_string(out.join("synthese.html")).unwrap();
    assert!(!html.contains("<script>"));
}

// 7. What a killed run leaves is removed by the next run, which says so.
#[test]
fn a_killed_run_leaves_nothing_the_next_run_does_not_clean() {
    let dir = temp();
    let big = repeated(dir.path(), "big.csv", 25);
    let out = dir.path().join("out");
    synthese_ok(&["run", "-q", TRANSITION, "--out", s(&out)]);
    let before = snapshot(&out);
    let child = Command::new(env!("CARGO_BIN_EXE_synthese"))
        .args(["run", "-q", s(&big), "--threads", "1", "--force", "--out", s(&out)])
        .current_dir(root())
        .spawn()
        .unwrap();
    let staged = out.join(format!(".synthese-staging-{}/.assignments.csv.partial", child.id()));
    wait_for("the run to write", || staged.exists());
    std::process::Command::new("kill").args(["-KILL", &child.id().to_string()]).status().unwrap();
    let _ = child.wait_with_output();
    assert!(staged.exists(), "a killed run cannot clean up");
    let mut after = snapshot(&out);
    after.retain(|(name, _)| name != ".synthese-lock"); // left by the killed run, unlocked
    assert_eq!(after, before, "the previous report is whole");
    let again = synthese_ok(&["run", "-q", TRANSITION, "--out", s(&out)]);
    assert!(stderr(&again).contains("removed 1 temporary file(s) left by an interrupted run"), "{}", stderr(&again));
    assert_eq!(snapshot(&out), before);
    let hidden: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert_eq!(hidden, [".synthese-files"]);
}

// 7. A run that analysed no answer says so.
#[test]
fn a_run_that_analysed_no_answer_warns() {
    let dir = temp();
    let out = dir.path().join("out");
    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, "id,text\n1,\n2,\n").unwrap();
    let run = synthese_ok(&["run", "-q", s(&empty), "--map", "id=id,text=text", "--out", s(&out)]);
    assert!(
        stderr(&run).contains("warning: no answer was analysed (2 records read: 2 skipped, 0 rejected)"),
        "{}",
        stderr(&run)
    );
}
