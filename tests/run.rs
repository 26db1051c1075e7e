//! `synthese run` end to end, on the shipped corpus and on real fixtures: counts add up,
//! every reader on its format, determinism, the committed reports are up to date.

mod common;
use common::*;

#[test]
fn the_default_run_reads_every_shipped_file_and_the_counts_add_up() {
    let out = temp();
    synthese_ok(&["run", "-q", "--out", s(out.path())]);
    let run = run_json(out.path());
    assert_counts_add_up(&run);
    let inputs = run["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 12, "8 official-layout files, 3 Politizr CSVs, 1 ODS");
    let formats: Vec<&str> = inputs.iter().map(|i| i["format"].as_str().unwrap()).collect();
    for f in ["granddebat.fr CSV", "granddebat.fr JSON", "Politizr CSV", "Politizr ODS"] {
        assert!(formats.contains(&f), "{f} in {formats:?}");
    }
    // The generator put one trashed and one unpublished contribution in this file.
    let org = inputs
        .iter()
        .find(|i| i["path"] == "corpus/official-layout/ORGANISATION_DE_LETAT_ET_DES_SERVICES_PUBLICS.csv")
        .unwrap();
    assert_eq!(org["skipped"]["trashed (moderated by the platform)"], 1);
    assert_eq!(org["skipped"]["not published (no publishedAt)"], 1);
    assert_eq!(org["read"], 120);
    let rejects = rejects(out.path());
    assert_eq!(rejects.len(), 2);
    assert!(rejects
        .iter()
        .all(|r| r[0] == "skipped" && r[1].ends_with("ORGANISATION_DE_LETAT_ET_DES_SERVICES_PUBLICS.csv")));
    // Closed questions are counted as such, not classified.
    let q108 = question(&run, "108");
    assert_eq!(q108["answers"], 0);
    assert!(choice(&q108, "Oui") > 0 && choice(&q108, "Non") > 0);
    // Multiple choice: labels under the label question (1160), the free "other" text under 160.
    assert!(choice(&question(&run, "1160"), "La pollution de l'air") > 0);
}

#[test]
fn the_committed_reports_are_what_the_default_run_writes() {
    let out = temp();
    synthese_ok(&["run", "-q", "--out", s(out.path())]);
    let (committed, fresh) = (report_tree(&root().join("reports")), report_tree(out.path()));
    for name in REPORT_FILES {
        assert!(fresh.contains_key(name), "the run wrote no {name}");
    }
    let names = |t: &std::collections::BTreeMap<String, Vec<u8>>| t.keys().cloned().collect::<Vec<_>>();
    assert_eq!(names(&committed), names(&fresh), "reports/ holds other files than the default run writes");
    for (name, bytes) in &fresh {
        assert!(
            committed.get(name) == Some(bytes),
            "reports/{name} is out of date: the code or the lexicons changed what the default run writes. \
             Run `cargo run --release -- run` and commit reports/ so the change shows in the diff."
        );
    }
}

#[test]
fn reports_are_byte_identical_whatever_the_thread_count() {
    let (one, two) = (temp(), temp());
    synthese_ok(&["run", "-q", "--threads", "1", "--out", s(one.path())]);
    synthese_ok(&["run", "-q", "--threads", "2", "--out", s(two.path())]);
    let (a, b) = (report_tree(one.path()), report_tree(two.path()));
    assert!(a.len() > REPORT_FILES.len() + 50, "{} files", a.len());
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (name, bytes) in &a {
        assert!(bytes == &b[name], "{name} differs between 1 and 2 threads");
    }
}

#[test]
fn official_headers_in_all_three_forms_and_any_order() {
    let out = temp();
    synthese_ok(&["run", "-q", "tests/data/official_header_forms.csv", "--out", s(out.path())]);
    let run = run_json(out.path());
    assert_counts_add_up(&run);
    let input = &run["inputs"][0];
    assert_eq!((input["read"].as_u64(), input["analysed"].as_u64()), (Some(15), Some(13)));
    assert!(input["notes"].as_array().unwrap().is_empty(), "every column was recognised: {}", input["notes"]);
    let ids: Vec<u64> = questions(&run).iter().map(|q| q["question_id"].as_u64().unwrap()).collect();
    assert!(ids.iter().all(|&q| (107..=145).contains(&q)), "{ids:?}");
    let rejects = rejects(out.path());
    assert_eq!(rejects[0][..4], ["skipped", "tests/data/official_header_forms.csv", "5", "1-4"]);
    assert_eq!(rejects[1][..4], ["skipped", "tests/data/official_header_forms.csv", "8", "1-7"]);
}

/// Reads a fixture through a mapping (with the word trace) and returns the run.
fn mapped(file: &str, map: &str) -> (tempfile::TempDir, serde_json::Value) {
    let out = temp();
    synthese_ok(&["run", "-q", file, "--map", map, "--trace", "--out", s(out.path())]);
    let run = run_json(out.path());
    assert_counts_add_up(&run);
    (out, run)
}

#[test]
fn other_platforms_through_a_column_mapping() {
    let (out, run) =
        mapped("tests/data/entendre_answers.csv", "id=customer_id,text=answer,question=question_name,topic=theme");
    assert_eq!(run["totals"]["analysed"], 60);
    let mut rows = csv::Reader::from_path(out.path().join("trace.csv")).unwrap();
    let first = rows.records().next().unwrap().unwrap();
    assert_eq!((&first[2], &first[3], &first[4]), ("2", "17777", "DC11"), "CRLF lines are counted right");
    // The lean assignments.csv has the same answer, its question as a topic (not a number).
    let mut rows = csv::Reader::from_path(out.path().join("assignments.csv")).unwrap();
    let first = rows.records().next().unwrap().unwrap();
    assert_eq!((&first[0], &first[1], &first[2], &first[3]), ("1", "17777", "", "DC11"));

    // UTF-8 BOM, CR-only line ends, `;`, ids holding a NO-BREAK SPACE.
    let (out, run) = mapped("tests/data/entendre_tags_bom_cr.csv", "id=contribution,text=tag,question=question");
    assert_eq!(run["totals"]["analysed"], 40);
    let mut rows = csv::Reader::from_path(out.path().join("trace.csv")).unwrap();
    let first = rows.records().next().unwrap().unwrap();
    assert_eq!((&first[2], &first[3]), ("2", "42 431"));

    // `;`-separated, quoted multi-line bodies.
    let (_, run) = mapped("tests/data/decidim_comments.csv", "id=id,text=body,date=created_at,author=author/id");
    assert_eq!(run["totals"]["analysed"], 40);

    let (_, run) = mapped(
        "tests/data/vrai_debat_sample.json",
        "id=contributions_id,text=contribution_versions_title+contribution_versions_bodyText",
    );
    assert_eq!(run["inputs"][0]["format"], "JSON array (mapped)");
    assert_eq!(run["totals"]["analysed"], 20);

    let (_, run) = mapped("tests/data/vrai_debat_themes.jsonl", "id=slug,text=name");
    assert_eq!(run["inputs"][0]["format"], "JSON Lines (mapped)");
    assert_eq!(run["totals"]["read"], 9);
}

#[test]
fn a_profile_file_names_the_source() {
    let dir = temp();
    let profile = dir.path().join("entendre.profile");
    std::fs::write(&profile, "# Entendre la France chatbot\nname = Entendre la France\nid = customer_id\ntext = answer\nquestion = question_name\n").unwrap();
    let out = dir.path().join("out");
    synthese_ok(&["run", "-q", "tests/data/entendre_answers.csv", "--profile", s(&profile), "--out", s(&out)]);
    assert_eq!(questions(&run_json(&out))[0]["source"], "Entendre la France");
}

#[test]
fn an_unknown_layout_is_refused_with_what_was_seen_and_the_option_to_use() {
    let out = synthese(&["run", "tests/data/entendre_answers.csv", "--out", "/nonexistent/never"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(
            "tests/data/entendre_answers.csv: a CSV with columns `customer_id`, `question_name`, `answer`, `theme`"
        ),
        "{err}"
    );
    assert!(err.contains("--map"), "{err}");
}

#[test]
fn broken_rows_are_rejected_with_their_line_and_the_rest_is_read() {
    let cases: [(&str, &[(&str, &str)]); 4] = [
        ("tests/data/broken/invalid_utf8_row.csv", &[("4", "invalid UTF-8 in column `QUXVlc3Rpb246MTA5")]),
        (
            "tests/data/broken/ragged_rows.csv",
            &[("3", "45 fields where the header has 48"), ("6", "50 fields where the header has 48")],
        ),
        ("tests/data/broken/truncated_mid_quote.csv", &[("6", "20 fields where the header has 48")]),
        ("tests/data/broken/truncated.json", &[("8", "the file ends inside this record")]),
    ];
    for (file, expected) in cases {
        let out = temp();
        synthese_ok(&["run", "-q", file, "--out", s(out.path())]);
        let run = run_json(out.path());
        assert_counts_add_up(&run);
        let rejects = rejects(out.path());
        assert_eq!(rejects.len(), expected.len(), "{file}: {rejects:?}");
        for (row, (line, reason)) in rejects.iter().zip(expected) {
            assert_eq!((row[0].as_str(), row[1].as_str(), row[2].as_str()), ("rejected", file, *line), "{file}");
            assert!(row[4].starts_with(reason), "{file}: {}", row[4]);
        }
        assert!(run["totals"]["analysed"].as_u64().unwrap() > 0, "{file}: the good rows are still read");
    }
}

#[test]
fn unreadable_inputs_stop_with_a_message_naming_the_file() {
    for (file, message) in [
        ("tests/data/broken/empty.csv", "tests/data/broken/empty.csv: the file is empty (0 bytes)"),
        ("tests/data/broken/garbage.bin", "tests/data/broken/garbage.bin: binary data, not a text export"),
        ("tests/data/no-such-file.csv", "tests/data/no-such-file.csv: "),
    ] {
        let out = temp();
        let result = synthese(&["run", file, "--out", s(out.path())]);
        assert_eq!(result.status.code(), Some(1), "{file}");
        assert!(stderr(&result).starts_with(&format!("synthese: error: {message}")), "{file}: {}", stderr(&result));
        assert!(!out.path().join("synthese.md").exists(), "{file}: no report that looks complete");
    }
}

#[test]
fn a_header_only_file_is_read_as_zero_records() {
    let out = temp();
    synthese_ok(&["run", "-q", "tests/data/broken/header_only.csv", "--out", s(out.path())]);
    assert_eq!(run_json(out.path())["totals"]["read"], 0);
}

#[test]
fn lexicon_errors_name_file_line_and_column_and_stop_the_run() {
    let dir = temp();
    std::fs::write(dir.path().join("bad.lex"), "Thème:\n    voiture\n  \"vert\n").unwrap();
    let result = synthese(&["run", "--lexicons", s(dir.path()), "--out", s(&dir.path().join("out"))]);
    assert_eq!(result.status.code(), Some(1));
    let err = stderr(&result);
    assert!(err.contains("bad.lex:3:3: this double quote is never closed"), "{err}");
}

#[test]
fn help_teaches_the_main_command() {
    let out = synthese_ok(&["run", "--help"]);
    let help = String::from_utf8_lossy(&out.stdout);
    for needle in ["--lexicons", "--out", "--threads", "--map", "synthese run export.csv"] {
        assert!(help.contains(needle), "{needle} in --help");
    }
    assert_eq!(synthese(&["run", "--no-such-flag"]).status.code(), Some(2));
}

#[test]
fn an_official_question_id_scopes_its_answers_to_its_debate_whatever_the_layout() {
    // Real answers in a plain `question_id,text` file: nothing names a debate but the ids.
    let out = temp();
    synthese_ok(&[
        "run",
        "-q",
        "tests/data/answers_sample.csv",
        "--map",
        "text=text,question=question_id",
        "--out",
        s(out.path()),
    ]);
    let run = run_json(out.path());
    let families = |key: &str| -> Vec<String> {
        question(&run, key)["views"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["family"].as_str().unwrap().to_owned())
            .collect()
    };
    // Q127 is a Démocratie et citoyenneté question with a codebook of its own; the Immigration
    // lexicon says it applies to that whole debate.
    assert_eq!(families("127"), ["Codebook Q127 (La Grande Annotation)", "Démocratie et citoyenneté", "Immigration"]);
    // Q161 is a Transition écologique question: only that debate's lexicon reads it.
    assert_eq!(families("161"), ["Transition écologique"]);
    assert_eq!(families("107"), ["Démocratie et citoyenneté", "Immigration"]);
}
