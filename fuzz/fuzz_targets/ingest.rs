//! Any bytes through format detection and the built-in readers (granddebat.fr CSV/JSON, Politizr):
//! a clear error or items, never a panic or a hang.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = synthese::ingest::Options::default();
    if let Ok(input) = synthese::ingest::open_bytes(data.to_vec(), "fuzz", &options) {
        for _ in input.items {}
    }
});
