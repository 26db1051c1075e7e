//! Any bytes through the mapped readers: CSV (any delimiter), JSON arrays, JSON Lines, JSON
//! documents, spreadsheets; and the plain-text document reader.
#![no_main]
use libfuzzer_sys::fuzz_target;
use synthese::ingest::{open_bytes, Mapping, Options};

fuzz_target!(|data: &[u8]| {
    for spec in ["id=id,text=text+body,question=q,topic=t,zip=zip", "separator=###doc"] {
        let options = Options { mapping: Some(Mapping::parse(spec, "fuzz").unwrap()), ..Options::default() };
        if let Ok(input) = open_bytes(data.to_vec(), "fuzz", &options) {
            for _ in input.items {}
        }
    }
});
