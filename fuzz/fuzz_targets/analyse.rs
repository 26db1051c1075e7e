//! Any text through the analysis chain and the matcher: offsets stay on the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use synthese::classify::{Matcher, Scope};

fn matcher() -> &'static Matcher {
    static M: OnceLock<Matcher> = OnceLock::new();
    M.get_or_init(|| {
        let stemmer = synthese::text::Stemmer::french();
        let mut set = synthese::lexicon::LexiconSet::default();
        let lex = "@negation: 2\nT:\n    impôt NOT NEAR/2 fortune\n    taxe carbone (2)\n    fisc*\n    \"vert\"\n    vote NEAR/3 blanc\n    U:\n        @min: 2\n        école\n";
        synthese::lexicon::parse_lexicon("f.lex", lex.as_bytes(), std::path::Path::new("."), &stemmer, &mut set).unwrap();
        Matcher::new(set, stemmer)
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let c = matcher().classify(&text, Scope::default());
    for h in &c.hits {
        assert!(text.is_char_boundary(h.start as usize) && text.is_char_boundary(h.end as usize));
    }
});
