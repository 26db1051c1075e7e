//! Real exports' quirks and hostile inputs: every case ends in a clear outcome, never a panic or
//! a hang, and every record is accounted for.

mod common;
use common::*;
use std::path::Path;

/// The rows of trace.csv (written with `--trace`): input, line, record id, themes, matched words.
fn assignments(dir: &Path) -> Vec<Vec<String>> {
    let mut r = csv::Reader::from_path(dir.join("trace.csv")).unwrap();
    r.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect()
}

const ENTENDRE: &str = "profiles/entendre-la-france.profile";

#[test]
fn windows_1252_and_utf16_files_are_detected_decoded_and_reported() {
    let runs: Vec<(String, Vec<Vec<String>>)> =
        ["entendre_answers.csv", "entendre_answers_cp1252.csv", "entendre_answers_utf16.csv"]
            .iter()
            .map(|f| {
                let out = temp();
                synthese_ok(&[
                    "run",
                    "-q",
                    &format!("tests/data/{f}"),
                    "--profile",
                    ENTENDRE,
                    "--trace",
                    "--out",
                    s(out.path()),
                ]);
                let run = run_json(out.path());
                assert_counts_add_up(&run);
                (run["inputs"][0]["encoding"].as_str().unwrap().to_owned(), assignments(out.path()))
            })
            .collect();
    assert_eq!(runs.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(), ["UTF-8", "windows-1252", "UTF-16LE"]);
    // Same records, same themes, same matched words: only the input name differs.
    let strip =
        |rows: &Vec<Vec<String>>| rows.iter().map(|r| (r[3].clone(), r[5].clone(), r[7].clone())).collect::<Vec<_>>();
    assert_eq!(strip(&runs[0].1), strip(&runs[2].1));
    // Windows-1252 has no `ť`: the one answer holding it (`Voťe obligatoire`) is the only difference.
    let differ: Vec<String> =
        strip(&runs[0].1).into_iter().zip(strip(&runs[1].1)).filter(|(a, b)| a != b).map(|(a, _)| a.0).collect();
    assert_eq!(differ, ["18013"]);
    assert!(runs[1].1.iter().any(|r| r[7].contains('é') || r[7].contains('è')), "accents decoded");
}

#[test]
fn a_forced_encoding_wins_over_the_guess() {
    let out = temp();
    synthese_ok(&[
        "run",
        "-q",
        "tests/data/entendre_answers_cp1252.csv",
        "--profile",
        ENTENDRE,
        "--encoding",
        "utf-8",
        "--out",
        s(out.path()),
    ]);
    let rejects = rejects(out.path());
    assert!(!rejects.is_empty() && rejects.iter().all(|r| r[4].starts_with("invalid UTF-8 in column")), "{rejects:?}");
    assert_counts_add_up(&run_json(out.path()));
    let bad = synthese(&["run", "tests/data/entendre_answers.csv", "--encoding", "klingon"]);
    assert_eq!(bad.status.code(), Some(2), "a usage error");
    assert!(stderr(&bad).contains("--encoding: unknown encoding `klingon`"));
}

#[test]
fn xlsx_spreadsheets_read_their_first_sheet_and_say_so() {
    let out = temp();
    synthese_ok(&["run", "-q", "tests/data/politizr_subjects.xlsx", "--trace", "--out", s(out.path())]);
    let run = run_json(out.path());
    assert_eq!(run["inputs"][0]["format"], "Politizr XLSX");
    assert_eq!(run["totals"]["analysed"], 20);
    let notes = run["inputs"][0]["notes"].to_string();
    assert!(notes.contains("only the first sheet `sujets` was read; not read: notes"), "{notes}");
    let rows = assignments(out.path());
    assert_eq!(rows[0][2], "2", "spreadsheet rows are numbered as the spreadsheet shows them");
}

#[test]
fn plain_text_documents_and_json_documents_through_profiles() {
    let out = temp();
    synthese_ok(&[
        "run",
        "-q",
        "tests/data/hackatal_sample.txt",
        "--profile",
        "profiles/hackatal.profile",
        "--trace",
        "--out",
        s(out.path()),
    ]);
    let run = run_json(out.path());
    assert_eq!(run["totals"]["analysed"], 10);
    let rows = assignments(out.path());
    assert_eq!((rows[0][2].as_str(), rows[0][3].as_str()), ("1", "doc 1"));
    assert!(rows.iter().filter(|r| r[5].contains("RIC")).count() >= 5, "the documents are about the RIC");

    let out = temp();
    synthese_ok(&[
        "run",
        "-q",
        "tests/data/vrai_debat_theme_tree.json",
        "--profile",
        "profiles/vrai-debat-theme-tree.profile",
        "--out",
        s(out.path()),
    ]);
    assert_eq!(run_json(out.path())["totals"]["analysed"], 9);
    let refused = synthese(&[
        "run",
        "tests/data/vrai_debat_theme_tree.json",
        "--map",
        "text=name",
        "--out",
        s(out.path()),
        "--force",
    ]);
    assert!(
        stderr(&refused).contains("a JSON document whose records could be under `nodes`, `root`"),
        "{}",
        stderr(&refused)
    );
}

#[test]
fn duplicate_record_ids_are_reported_and_still_analysed() {
    let dir = temp();
    let file = dir.path().join("dup.csv");
    std::fs::write(
        &file,
        "id,text\n1,Réduire les impôts\n2,Rétablir l'ISF\n1,Plus de transports en commun\n1,Le vote blanc\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    synthese_ok(&["run", "-q", s(&file), "--map", "id=id,text=text", "--out", s(&out)]);
    let run = run_json(&out);
    assert_eq!((run["inputs"][0]["analysed"].as_u64(), run["inputs"][0]["duplicate_ids"].as_u64()), (Some(4), Some(2)));
    let notes = run["inputs"][0]["notes"].to_string();
    assert!(notes.contains("record id `1` at line 4 was already used by an earlier record"), "{notes}");
    assert!(notes.contains("2 records in all reuse an earlier record's id"), "{notes}");
}

#[test]
fn empty_emoji_and_punctuation_only_texts_are_counted_not_lost() {
    let dir = temp();
    let file = dir.path().join("odd.csv");
    std::fs::write(&file, "id,text\n1,\n2,😡😡😡\n3,\"?!...\"\n4,Rétablir l'ISF\n").unwrap();
    let out = dir.path().join("out");
    synthese_ok(&["run", "-q", s(&file), "--map", "id=id,text=text", "--out", s(&out)]);
    let run = run_json(&out);
    assert_counts_add_up(&run);
    assert_eq!((run["totals"]["analysed"].as_u64(), run["totals"]["skipped"].as_u64()), (Some(3), Some(1)));
    assert_eq!(rejects(&out)[0][..5], ["skipped", s(&file), "2", "1", "empty text"]);
}

/// The 100 MB field is over the default --max-field-bytes (1 MiB): its record is rejected, with
/// its line, without holding gigabytes (the whole run once peaked at 5.8 GB); the 1 MiB token,
/// at the limit, is read.
#[test]
fn a_100_mb_field_is_rejected_and_a_1_mb_token_read_in_linear_time() {
    let dir = temp();
    let file = dir.path().join("huge.csv");
    let mut body = String::from("id,text\n1,\"");
    body.push_str(&"Rétablir l'impôt sur la fortune et baisser la TVA. ".repeat(2_000_000)); // ~100 MB
    body.push_str("\"\n2,");
    body.push_str(&"a".repeat(1 << 20));
    body.push_str("\n3,Le vote blanc\n");
    std::fs::write(&file, body).unwrap();
    let out = dir.path().join("out");
    synthese_ok(&["run", "-q", s(&file), "--map", "id=id,text=text", "--out", s(&out)]);
    let run = run_json(&out);
    assert_eq!((run["totals"]["analysed"].as_u64(), run["totals"]["rejected"].as_u64()), (Some(2), Some(1)));
    assert!(run["inputs"][0]["bytes"].as_u64().unwrap() > 100_000_000);
    let rejected = rejects(&out);
    assert_eq!(rejected[0][2], "2");
    assert!(rejected[0][4].contains("over the limit of 1048576 bytes a field may hold"), "{:?}", rejected[0]);
}

#[test]
fn deeply_nested_json_rejects_that_record_only() {
    let dir = temp();
    let file = dir.path().join("deep.json");
    let deep = format!("{}1{}", "[".repeat(50_000), "]".repeat(50_000));
    std::fs::write(&file, format!("[{{\"id\":\"a\",\"text\":\"Le RIC\"}},\n{{\"id\":\"b\",\"text\":{deep}}},\n{{\"id\":\"c\",\"text\":\"Le vote blanc\"}}]")).unwrap();
    let out = dir.path().join("out");
    synthese_ok(&["run", "-q", s(&file), "--map", "id=id,text=text", "--out", s(&out)]);
    let rejects = rejects(&out);
    assert_eq!(rejects.len(), 1);
    assert_eq!(rejects[0][2], "2");
    assert!(rejects[0][4].contains("recursion limit"), "{:?}", rejects[0]);
    assert_eq!(run_json(&out)["totals"]["analysed"], 2);
}

#[test]
fn a_report_folder_of_another_run_is_not_overwritten_without_force() {
    let dir = temp();
    let out = dir.path().join("out");
    synthese_ok(&["run", "-q", "tests/data/official_header_forms.csv", "--out", s(&out)]);
    synthese_ok(&["run", "-q", "tests/data/official_header_forms.csv", "--out", s(&out)]); // the same run again
    let other = synthese(&["run", "-q", "tests/data/entendre_answers.csv", "--profile", ENTENDRE, "--out", s(&out)]);
    assert_eq!(other.status.code(), Some(1));
    assert!(
        stderr(&other).contains("holds the report of another run (`synthese run tests/data/official_header_forms.csv"),
        "{}",
        stderr(&other)
    );
    // A run stopped between its two renames left the previous report aside, under a hidden name.
    std::fs::rename(out.join("assignments.csv"), out.join(".assignments.csv.previous")).unwrap();
    synthese_ok(&["run", "-q", "tests/data/entendre_answers.csv", "--profile", ENTENDRE, "--out", s(&out), "--force"]);
    // The previous run's report is replaced, and nothing of it is left behind.
    let assignments = std::fs::read_to_string(out.join("assignments.csv")).unwrap();
    assert!(assignments.contains("\n1,17777,"), "{assignments}");
    assert!(!assignments.contains(",1-1,"), "{assignments}");
    let hidden: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect();
    assert_eq!(hidden, [".synthese-files"], "only the list of the report's files");
    let busy = dir.path().join("busy");
    std::fs::create_dir(&busy).unwrap();
    std::fs::write(busy.join("thesis.odt"), "not ours").unwrap();
    let refused = synthese(&["run", "-q", "--out", s(&busy)]);
    assert!(stderr(&refused).contains("is not empty and holds no synthese report"), "{}", stderr(&refused));
    assert!(!busy.join("synthese.md").exists());
}

#[test]
fn ctrl_c_stops_cleanly_and_leaves_no_report() {
    interrupt_cleanly("-INT");
}

#[test]
fn sigterm_stops_like_ctrl_c() {
    interrupt_cleanly("-TERM");
}

fn interrupt_cleanly(signal: &str) {
    let dir = temp();
    let file = dir.path().join("big.csv");
    let row = "x,\"Il faut développer les transports en commun, rétablir l'ISF et compter le vote blanc.\"\n";
    std::fs::write(&file, format!("id,text\n{}", row.repeat(1_500_000))).unwrap();
    let out = dir.path().join("out");
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_synthese"))
        .args(["run", "-q", s(&file), "--map", "id=id,text=text", "--threads", "1", "--out", s(&out)])
        .current_dir(root())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the run is writing (its staged files exist), then interrupt it.
    let staged = out.join(format!(".synthese-staging-{}/.assignments.csv.partial", child.id()));
    // (`.assignments.csv.partial` in the folder itself before reports were staged.)
    let unstaged = out.join(".assignments.csv.partial");
    let started = std::time::Instant::now();
    while !staged.exists() && !unstaged.exists() {
        assert!(started.elapsed() < std::time::Duration::from_secs(60), "the run never wrote {}", staged.display());
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::process::Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
    let result = child.wait_with_output().unwrap();
    assert_eq!(result.status.code(), Some(130), "{}", stderr(&result));
    assert!(stderr(&result).contains("interrupted (Ctrl-C or SIGTERM)"), "{}", stderr(&result));
    assert!(stderr(&result).contains("No report was written."), "{}", stderr(&result));
    assert!(!out.exists(), "the folder the run created is removed: {:?}", std::fs::read_dir(&out).map(|d| d.count()));
}

#[test]
fn an_unwritable_temporary_folder_is_an_error_that_says_what_to_do() {
    // Enough answers for the respondents' counts to go to a temporary file.
    let dir = temp();
    let file = dir.path().join("many.csv");
    let rows: String = (0..200_000).map(|i| format!("r{i},\"réponse numéro {i}\"\n")).collect();
    std::fs::write(&file, format!("id,text\n{rows}")).unwrap();
    let out = dir.path().join("out");
    let result = std::process::Command::new(env!("CARGO_BIN_EXE_synthese"))
        .args(["run", "-q", s(&file), "--map", "id=id,text=text", "--out", s(&out)])
        .env("TMPDIR", dir.path().join("no such folder"))
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(result.status.code(), Some(1), "{}", stderr(&result));
    let message = stderr(&result);
    assert!(message.contains("temporary file") && message.contains("TMPDIR"), "{message}");
    assert!(message.contains("No report was written"), "{message}");
    assert!(!out.join("run.json").exists());
}
