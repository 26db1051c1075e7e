//! `run.json`: the synthesis model ([`super::model::Synthesis`]) for machines, with the versions
//! and hashes needed to make it again. Its shape is `docs/run.schema.json`. One value a line,
//! without indentation: a lexicon edit shows as a readable diff, for a byte a value.

use std::io::{self, Write};

use super::model::Synthesis;

pub fn write(w: &mut dyn Write, model: &Synthesis) -> io::Result<()> {
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"");
    let mut ser = serde_json::Serializer::with_formatter(&mut *w, formatter);
    serde::Serialize::serialize(model, &mut ser)?;
    w.write_all(b"\n")
}

/// The JSON Schema of `run.json`, as committed in `docs/run.schema.json`.
pub fn schema() -> String {
    let schema = schemars::schema_for!(Synthesis);
    serde_json::to_string_pretty(&schema).expect("a schema serialises") + "\n"
}

#[cfg(test)]
mod tests {
    /// `docs/run.schema.json` documents run.json: it must be the schema of the model as built.
    /// `SYNTHESE_WRITE_SCHEMA=1 cargo test --release schema` writes it anew.
    #[test]
    fn the_committed_schema_is_the_models() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/run.schema.json");
        let fresh = super::schema();
        if std::env::var_os("SYNTHESE_WRITE_SCHEMA").is_some() {
            std::fs::write(&path, &fresh).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "docs/run.schema.json is not the schema of the report model: run `SYNTHESE_WRITE_SCHEMA=1 cargo test --release schema` and commit it"
        );
        let schema: serde_json::Value = serde_json::from_str(&fresh).unwrap();
        for key in ["sources", "warnings", "totals", "lexicons", "method"] {
            assert!(schema["properties"][key].is_object(), "{key} is documented");
        }
    }
}
