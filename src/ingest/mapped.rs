//! Column mappings: how to read an export that is not granddebat.fr's, by naming the column
//! (or JSON key) that holds each field. Politizr's admin exports are read through a built-in
//! mapping; any other export through `--map` or a profile file.
//!
//! Profile file (or `--map`, with `,` between pairs):
//!
//! ```text
//! name = Entendre la France     # the source shown in reports (comments after two spaces)
//! id = customer_id
//! text = answer                 # several columns: title + body
//! question = question_name
//! topic = theme
//! author = customer_id
//! date = created_at
//! zip = code_postal
//! separator = ###doc           # plain-text files: a line starting with this begins a record
//!                              # (`\n`: one record per line); the rest of the line is its id
//! records = nodes               # a JSON document (not an array): the key holding the records
//! ```

use std::collections::HashMap;
use std::sync::Arc;

use super::json::JsonItem;
use super::table::{RowItem, Table};
use super::{Answer, Item, Question, Record, Value};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    pub name: String,
    pub id: Option<String>,
    pub text: Vec<String>,
    pub question: Option<String>,
    pub topic: Option<String>,
    pub author: Option<String>,
    pub date: Option<String>,
    pub zip: Option<String>,
    /// Plain-text exports: what starts a record (see the module doc).
    pub separator: Option<String>,
    /// JSON documents: the key (or `a.b` path) of the array holding the records.
    pub records: Option<String>,
    /// Columns that may be missing (the built-in Politizr mapping covers three export kinds).
    lenient: bool,
}

const KEYS: &str = "name, id, text, question, topic, author, date, zip, separator, records";

impl Mapping {
    /// Politizr's admin exports: subjects, reactions and comments share these columns (comments
    /// have no title and no topic).
    pub fn politizr() -> Mapping {
        Mapping {
            name: "Politizr".into(),
            id: Some("uuid".into()),
            text: vec!["title".into(), "stripTaggedDescription".into()],
            question: Some("p_c_topic".into()),
            topic: Some("p_c_topic".into()),
            author: Some("userUuid".into()),
            date: Some("published_at".into()),
            zip: None,
            separator: None,
            records: None,
            lenient: true,
        }
    }

    /// Parses `key = column` pairs, separated by new lines (profile files) or commas (`--map`).
    pub fn parse(spec: &str, default_name: &str) -> Result<Mapping, String> {
        if spec.trim() == "politizr" {
            return Ok(Mapping::politizr());
        }
        let mut m = Mapping {
            name: default_name.to_owned(),
            id: None,
            text: vec![],
            question: None,
            topic: None,
            author: None,
            date: None,
            zip: None,
            separator: None,
            records: None,
            lenient: false,
        };
        let lines: Vec<&str> = if spec.contains('\n') { spec.lines().collect() } else { spec.split(',').collect() };
        for (n, raw) in lines.iter().enumerate() {
            let line = raw.split("  #").next().unwrap_or("").trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let at = if spec.contains('\n') { format!("line {}: ", n + 1) } else { String::new() };
            let (key, value) =
                line.split_once('=').ok_or_else(|| format!("{at}`{line}` should be `key = column` (keys: {KEYS})"))?;
            let value = value.trim().to_owned();
            if value.is_empty() {
                return Err(format!("{at}`{}` names no column", key.trim()));
            }
            match key.trim() {
                "name" => m.name = value,
                "id" => m.id = Some(value),
                "text" => m.text = value.split('+').map(|c| c.trim().to_owned()).filter(|c| !c.is_empty()).collect(),
                "question" => m.question = Some(value),
                "topic" => m.topic = Some(value),
                "author" => m.author = Some(value),
                "date" => m.date = Some(value),
                "zip" => m.zip = Some(value),
                "separator" => m.separator = Some(value),
                "records" => m.records = Some(value),
                other => return Err(format!("{at}unknown key `{other}` (keys: {KEYS})")),
            }
        }
        if m.text.is_empty() && m.separator.is_none() {
            return Err("a mapping needs `text = column` (the column holding the contribution's text)".into());
        }
        Ok(m)
    }

    fn columns(&self) -> Vec<(&'static str, &String)> {
        let mut out: Vec<(&'static str, &String)> = self.text.iter().map(|t| ("text", t)).collect();
        for (key, col) in [
            ("id", &self.id),
            ("question", &self.question),
            ("topic", &self.topic),
            ("author", &self.author),
            ("date", &self.date),
            ("zip", &self.zip),
        ] {
            if let Some(c) = col {
                out.push((key, c));
            }
        }
        out
    }

    pub fn table_records(self, table: Table, shown: &str) -> Result<(super::Items, Vec<String>), String> {
        let used: Vec<&str> = self.columns().iter().map(|(_, c)| c.as_str()).collect();
        table.refuse_ambiguous(&used, shown)?;
        let index: HashMap<&str, usize> = table.header.iter().enumerate().map(|(i, h)| (h.as_str(), i)).collect();
        let mut notes = table.notes.clone();
        let mut found: HashMap<String, usize> = HashMap::new();
        for (key, column) in self.columns() {
            match index.get(column.as_str()) {
                Some(&i) => {
                    found.insert(column.clone(), i);
                }
                None if self.lenient && key != "id" => {}
                None => {
                    return Err(format!(
                        "{shown}: the mapping's {key} column `{column}` is not in the header, which has {}",
                        super::quote_list(&table.header)
                    ))
                }
            }
        }
        if !self.text.iter().any(|t| found.contains_key(t)) {
            return Err(format!(
                "{shown}: none of the text columns {} is in the header, which has {}",
                self.text.join(", "),
                super::quote_list(&table.header)
            ));
        }
        let used: Vec<&usize> = found.values().collect();
        let unused: Vec<String> =
            table.header.iter().enumerate().filter(|(i, _)| !used.contains(&i)).map(|(_, h)| h.clone()).collect();
        if !unused.is_empty() {
            notes.push(format!("columns not used: {}", super::quote_list(&unused)));
        }
        let mut builder = Builder::new(self);
        let items = table.rows.map(move |row| match row {
            RowItem::Row { line, fields } => {
                builder.record(line, |col| found.get(col).map(|&i| fields[i].trim()).map(str::to_owned))
            }
            RowItem::Rejected { line, reason } => Item::Rejected { line, reason },
            RowItem::Fatal(m) => Item::Fatal(m),
        });
        Ok((Box::new(items), notes))
    }

    /// Records of a plain-text file cut by `separator`.
    pub fn text_records<R: std::io::Read + Send + 'static>(self, reader: R, shown: &str) -> super::Items {
        let separator = self.separator.clone().unwrap_or_else(|| "\\n".into());
        // A text file has two fields: the id from the separator line, and the text.
        let mapping = Mapping {
            id: Some("id".into()),
            text: vec!["text".into()],
            question: None,
            topic: None,
            author: None,
            date: None,
            zip: None,
            ..self
        };
        let mut builder = Builder::new(mapping);
        super::documents::records(reader, separator, shown.to_owned(), move |line, id, text| {
            builder.record(line, |key| match key {
                "id" => Some(id.clone()),
                "text" => Some(text.trim().to_owned()),
                _ => None,
            })
        })
    }

    pub fn json_records(self, objects: Box<dyn Iterator<Item = JsonItem> + Send>) -> impl Iterator<Item = Item> + Send {
        let mut builder = Builder::new(self);
        objects.map(move |item| match item {
            JsonItem::Object { line, value } => {
                builder.record(line, |key| value.get(key).and_then(super::official::scalar_text))
            }
            JsonItem::Rejected { line, reason } => Item::Rejected { line, reason },
            JsonItem::Fatal(m) => Item::Fatal(m),
        })
    }
}

/// Turns fields into records, sharing one `Question` per distinct question value.
struct Builder {
    mapping: Mapping,
    questions: HashMap<String, Arc<Question>>,
    topics: HashMap<String, Arc<str>>,
}

impl Builder {
    fn new(mapping: Mapping) -> Builder {
        Builder { mapping, questions: HashMap::new(), topics: HashMap::new() }
    }

    fn record(&mut self, line: u64, get: impl Fn(&str) -> Option<String>) -> Item {
        let m = &self.mapping;
        let field = |c: &Option<String>| c.as_deref().and_then(&get).filter(|v| !v.is_empty());
        let id = field(&m.id).map(|s| s.replace('\u{a0}', " ")).unwrap_or_else(|| format!("line {line}"));
        let text: Vec<String> = m.text.iter().filter_map(|c| get(c)).filter(|t| !t.is_empty()).collect();
        if text.is_empty() {
            return Item::Skipped { line, id, reason: "empty text" };
        }
        let question_value = field(&m.question).unwrap_or_else(|| "(all)".to_owned());
        let question = self
            .questions
            .entry(question_value.clone())
            .or_insert_with(|| Arc::new(Question { id: question_value.clone(), title: question_value }))
            .clone();
        let topic =
            field(&m.topic).map(|t| self.topics.entry(t.clone()).or_insert_with(|| Arc::from(t.as_str())).clone());
        let answers = vec![Answer { question, value: Value::Text(text.join("\n")) }];
        Item::Record(Record {
            line,
            id,
            author: field(&m.author),
            date: field(&m.date),
            zip: field(&m.zip),
            topic,
            answers,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_inline_and_file_mappings() {
        let m = Mapping::parse("id=customer_id,text=title+answer,question=question_name", "x").unwrap();
        assert_eq!(
            (m.id.as_deref(), m.text.clone()),
            (Some("customer_id"), vec!["title".to_string(), "answer".to_string()])
        );
        let m = Mapping::parse("# Entendre la France\nname = Entendre\ntext = answer\n", "x").unwrap();
        assert_eq!(m.name, "Entendre");
        assert!(Mapping::parse("id=x", "x").unwrap_err().contains("needs `text"));
        assert!(Mapping::parse("name = a\nbody: x\n", "x").unwrap_err().starts_with("line 2:"));
    }
}
