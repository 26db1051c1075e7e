//! Every real file of `../shared/corpus` ingests, with the built-in readers or a shipped profile,
//! and its counts add up. Skipped (with a message) where `../shared` is not beside the project.

mod common;
use common::*;

fn shared() -> Option<std::path::PathBuf> {
    let dir = root().join("../shared/corpus");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: ../shared/corpus is not beside the project");
        None
    }
}

/// Runs and returns (read, analysed) after checking that the counts add up.
fn ingest(inputs: &[&str], profile: Option<&str>) -> (u64, u64) {
    let out = temp();
    let mut args = vec!["run", "-q", "--out", s(out.path())];
    args.extend(inputs);
    if let Some(p) = profile {
        args.extend(["--profile", p]);
    }
    synthese_ok(&args);
    let run = run_json(out.path());
    assert_counts_add_up(&run);
    (run["totals"]["read"].as_u64().unwrap(), run["totals"]["analysed"].as_u64().unwrap())
}

#[test]
fn the_official_and_politizr_layouts_need_no_profile() {
    let Some(dir) = shared() else { return };
    let (read, _) = ingest(&[s(&dir.join("official-layout")), s(&dir.join("politizr-layout"))], None);
    assert!(read > 1500, "{read}");
}

#[test]
fn every_platform_export_ingests_with_its_profile() {
    let Some(dir) = shared() else { return };
    let p = |name: &str| dir.join("platforms").join(name).to_string_lossy().into_owned();
    // (files, profile, records expected: counted independently with Python's csv/json modules)
    let cases: [(&[String], &str, u64); 10] = [
        (&[p("entendre-la-france/answers.csv")], "entendre-la-france", 13477),
        (&[p("entendre-la-france/questions.csv")], "entendre-la-france-questions", 14),
        (&[p("entendre-la-france/tags_bom_cr_nbsp.csv")], "entendre-la-france-tags", 13869),
        (&[p("decidim-lille/commentaires_debats.csv")], "decidim-comments", 693),
        (&[p("decidim-lille/debats.csv")], "decidim-debates", 29),
        (&[p("vrai-debat")], "vrai-debat", 1640 + 9), // the opinions, and themes.jsonl read as records too
        (&[p("vrai-debat/themes.jsonl")], "vrai-debat-themes", 9),
        (&[p("vrai-debat/theme-tree.json")], "vrai-debat-theme-tree", 9),
        (&[p("hackatal/ric_100_contributions.txt")], "hackatal", 100),
        (&[p("cahiers-citoyens/ocr_sample.txt")], "cahiers-citoyens", 300),
    ];
    for (files, profile, expected) in cases {
        if files[0].ends_with("vrai-debat") {
            continue; // a folder mixes layouts; its files are covered one by one
        }
        let inputs: Vec<&str> = files.iter().map(String::as_str).collect();
        let profile = format!("profiles/{profile}.profile");
        let (read, _) = ingest(&inputs, Some(&profile));
        assert_eq!(read, expected, "{files:?}");
    }
    let opinions: Vec<String> = std::fs::read_dir(dir.join("platforms/vrai-debat"))
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .filter(|f| f.ends_with("_main_contributions.json"))
        .collect();
    let inputs: Vec<&str> = opinions.iter().map(String::as_str).collect();
    assert_eq!(ingest(&inputs, Some("profiles/vrai-debat.profile")).0, 1640);
}

#[test]
fn every_answer_of_the_answer_pools_gold_and_titles_is_read() {
    let Some(dir) = shared() else { return };
    let (read, analysed) = ingest(&[s(&dir.join("answers"))], Some("profiles/answer-pool.profile"));
    assert_eq!((read, analysed), (562_683, 562_683), "the shared README's count of real answers");
    assert_eq!(ingest(&[s(&dir.join("gold"))], Some("profiles/lga-gold.profile")).0, 9786);
    assert_eq!(ingest(&[s(&dir.join("titles/democratie.txt"))], Some("profiles/titles.profile")).0, 25932);
}
