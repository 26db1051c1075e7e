//! Any bytes as a lexicon file: located errors or a lexicon, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut set = synthese::lexicon::LexiconSet::default();
    let stemmer = synthese::text::Stemmer::french();
    if synthese::lexicon::parse_lexicon("f.lex", data, std::path::Path::new("/nonexistent"), &stemmer, &mut set).is_ok() {
        let _ = synthese::lexicon::check::check(&set);
        let _ = synthese::classify::Matcher::new(set, stemmer);
    }
});
