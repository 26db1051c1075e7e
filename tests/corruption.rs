//! A run on real exports with 1% of the rows corrupted on purpose finishes, rejects exactly those
//! rows with their line numbers, and reports the rest exactly as a clean run on the same rows.
//! (`benches/corruption.py` does the same at the national scale.)

mod common;
use common::*;

#[test]
fn one_percent_of_corrupted_rows_are_rejected_exactly_and_the_rest_is_unchanged() {
    let dir = temp();
    let (corrupted, clean) = (dir.path().join("corrupted.csv"), dir.path().join("clean.csv"));
    let mut broken_lines = Vec::new();
    let writer = |path: &std::path::Path| {
        csv::WriterBuilder::new().quote_style(csv::QuoteStyle::Always).flexible(true).from_path(path).unwrap()
    };
    let (mut corrupted_out, mut clean_out) = (writer(&corrupted), writer(&clean));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(root().join("corpus/official-layout/DEMOCRATIE_ET_CITOYENNETE.csv"))
        .unwrap();
    let mut rows: Vec<csv::ByteRecord> = reader.byte_records().map(Result::unwrap).collect();
    let header = rows.remove(0);
    corrupted_out.write_byte_record(&header).unwrap();
    clean_out.write_byte_record(&header).unwrap();
    // The 120 real contributions five times over (their ids repeat: that is reported, not rejected).
    let (mut line, mut kept) = (1u64, 0);
    for (i, row) in rows.iter().cycle().take(rows.len() * 5).enumerate() {
        line += 1;
        assert!(!row.iter().any(|c| c.contains(&b'\n')), "one physical line per row");
        if i % 100 != 37 {
            kept += 1;
            corrupted_out.write_byte_record(row).unwrap();
            clean_out.write_byte_record(row).unwrap();
            continue;
        }
        broken_lines.push(line);
        let kind = broken_lines.len() % 3;
        let mut bad = csv::ByteRecord::new();
        for (k, cell) in row.iter().enumerate() {
            match (kind, k) {
                (0, 14) => bad.push_field(&[cell, b"\xff\xfe"].concat()), // invalid UTF-8
                (1, k) if k == row.len() - 1 => {}                        // a field missing
                _ => bad.push_field(cell),
            }
        }
        if kind == 2 {
            bad.push_field(b"an extra field"); // a field too many
        }
        corrupted_out.write_byte_record(&bad).unwrap();
    }
    drop((corrupted_out, clean_out));
    assert!(broken_lines.len() >= 2 && kept > 100);

    let (out_bad, out_clean) = (dir.path().join("bad"), dir.path().join("clean_out"));
    synthese_ok(&["run", "-q", s(&corrupted), "--out", s(&out_bad)]);
    synthese_ok(&["run", "-q", s(&clean), "--out", s(&out_clean)]);
    let bad_run = run_json(&out_bad);
    assert_counts_add_up(&bad_run);
    let rejected: Vec<u64> =
        rejects(&out_bad).iter().filter(|r| r[0] == "rejected").map(|r| r[2].parse().unwrap()).collect();
    assert_eq!(rejected, broken_lines);
    let themes = |dir: &std::path::Path| {
        std::fs::read_to_string(dir.join("themes.csv")).unwrap().replace(s(&corrupted), "X").replace(s(&clean), "X")
    };
    assert_eq!(themes(&out_bad), themes(&out_clean), "the rest is reported as a clean run on the same rows");
    assert_eq!(bad_run["sources"], run_json(&out_clean)["sources"]);
}
