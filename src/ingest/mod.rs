//! Ingest: reads platform exports, streaming, into records (one contribution, subject, reaction
//! or comment each) holding answers (one per question). Every input record comes out as exactly
//! one [`Item`]: a record to analyse, a record skipped with a reason, or a rejected row with
//! its line and what is wrong with it.
//!
//! The path of a file: [`detect`] looks at its first bytes; [`table`] turns CSV and spreadsheet
//! rows, and [`json`] JSON arrays and JSON Lines, into rows or objects; a profile turns those
//! into records: [`official`] for granddebat.fr exports, [`mapped`] for Politizr (a built-in
//! mapping) and any other export through a column mapping.

pub mod detect;
pub mod documents;
pub mod encoding;
pub mod json;
pub mod limits;
pub mod mapped;
pub mod official;
pub mod questions;
pub mod source;
pub mod table;

use std::io::Read as _;
use std::path::Path;
use std::sync::atomic::AtomicU64;
use std::sync::Arc;

pub use mapped::Mapping;
use source::ReadStats;

/// One input record with its answers.
#[derive(Debug, Clone)]
pub struct Record {
    /// Physical line (1-based) where the record starts; the row for spreadsheets.
    pub line: u64,
    pub id: String,
    pub author: Option<String>,
    pub date: Option<String>,
    pub zip: Option<String>,
    pub topic: Option<Arc<str>>,
    pub answers: Vec<Answer>,
}

#[derive(Debug, Clone)]
pub struct Answer {
    pub question: Arc<Question>,
    pub value: Value,
}

/// What an answer answers: a question of a questionnaire, or a topic of a platform.
#[derive(Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Question {
    /// The question id (`161`) or, without a questionnaire, the topic or column value.
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Free text: classified.
    Text(String),
    /// Oui / Non: counted, not classified.
    Closed(String),
    /// The labels ticked in a multiple-choice question: counted, not classified.
    Choice(Vec<String>),
}

/// The records of one input, in order.
pub type Items = Box<dyn Iterator<Item = Item> + Send>;

/// What reading produced for one input record.
#[derive(Debug)]
pub enum Item {
    Record(Record),
    Skipped {
        line: u64,
        id: String,
        reason: &'static str,
    },
    Rejected {
        line: u64,
        reason: String,
    },
    /// The file cannot be read any further (an I/O error): the run stops with this message.
    Fatal(String),
}

/// How to read the inputs, from the command line.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// A mapping for exports that are neither granddebat.fr nor Politizr (or to override them).
    pub mapping: Option<Mapping>,
    /// `--encoding`: the inputs' encoding, instead of guessing it.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// `--max-field-bytes`, `--max-cells`, `--max-unpacked-bytes`.
    pub limits: limits::Limits,
}

/// An input opened for streaming.
pub struct OpenedInput {
    pub shown: String,
    /// `granddebat.fr CSV`, `Politizr ODS`…
    pub format: String,
    /// The platform: `granddebat.fr`, `Politizr`, or the mapping's name.
    pub source: String,
    /// The character encoding the file was read in (`UTF-8`, `windows-1252`…).
    pub encoding: String,
    pub items: Items,
    pub stats: Arc<ReadStats>,
    /// Things the report must say about this input (columns not used, sheets not read…).
    pub notes: Vec<String>,
}

/// Opens one file, recognising its format from its content. `-` is standard input. The first
/// bytes are read once, for detection, and then handed to the parser before the rest of the
/// stream: pipes (`<(zcat export.csv.gz)`), FIFOs and standard input are read whole, from their
/// first byte, like files.
pub fn open(path: &Path, options: &Options, progress: Arc<AtomicU64>) -> Result<OpenedInput, String> {
    let shown = crate::paths::display(path);
    let mut stream: Box<dyn std::io::Read + Send> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(path).map_err(|e| format!("{shown}: cannot open: {e}"))?)
    };
    let head = detect::read_head(&mut stream).map_err(|e| format!("{shown}: cannot read: {e}"))?;
    let seen = detect::sniff_bytes(&head, options.encoding).map_err(|e| format!("{shown}: {e}"))?;
    open_reader(std::io::Cursor::new(head).chain(stream), seen, shown, options, progress)
}

/// Opens an input held in memory (tests and fuzzing), exactly as [`open`] opens a file.
pub fn open_bytes(bytes: Vec<u8>, shown: &str, options: &Options) -> Result<OpenedInput, String> {
    let seen = detect::sniff_bytes(&bytes, options.encoding).map_err(|e| format!("{shown}: {e}"))?;
    open_reader(std::io::Cursor::new(bytes), seen, shown.to_owned(), options, Arc::new(AtomicU64::new(0)))
}

fn open_reader<R: std::io::Read + Send + 'static>(
    file: R,
    seen: detect::Seen,
    shown: String,
    options: &Options,
    progress: Arc<AtomicU64>,
) -> Result<OpenedInput, String> {
    let stats = Arc::new(ReadStats::default());
    let reader = encoding::decoder(source::HashingReader::new(file, stats.clone(), progress), seen.encoding);
    let container = seen.container;
    let mut input = OpenedInput {
        shown: shown.clone(),
        format: String::new(),
        source: String::new(),
        encoding: seen.encoding.name().to_owned(),
        items: Box::new(std::iter::empty()),
        stats,
        notes: Vec::new(),
    };
    let mut set = |format: String, source: &str, items: Items, notes: Vec<String>| {
        input.format = format;
        input.source = source.to_owned();
        input.items = items;
        input.notes = notes;
    };
    let mapping = options.mapping.clone();
    match (container, mapping) {
        (_, Some(m)) if m.separator.is_some() => {
            let name = m.name.clone();
            set(format!("text ({name})"), &name, m.text_records(reader, &shown), vec![]);
        }
        (detect::Container::JsonArray, None) | (detect::Container::JsonLines, None) if seen.official_json => {
            let objects = json::objects(reader, false, &shown);
            set("granddebat.fr JSON".into(), "granddebat.fr", Box::new(official::json_records(objects)), vec![]);
        }
        (detect::Container::JsonArray | detect::Container::JsonLines | detect::Container::JsonDocument, Some(m)) => {
            let objects = match container {
                detect::Container::JsonDocument => json::document_objects(reader, m.records.as_deref(), &shown)?,
                _ => json::objects(reader, container == detect::Container::JsonLines, &shown),
            };
            let notes = if container == detect::Container::JsonDocument {
                vec!["records of a JSON document are numbered by their position, not by line".into()]
            } else {
                vec![]
            };
            let name = m.name.clone();
            set(format!("{} ({name})", container.name()), &name, Box::new(m.json_records(objects)), notes);
        }
        (detect::Container::JsonArray | detect::Container::JsonLines | detect::Container::JsonDocument, None) => {
            return Err(format!(
                "{shown}: a {} beginning `{}`, but not a granddebat.fr export; say which key holds what with --map (e.g. --map 'id=id,text=body') or --profile FILE",
                container.name(),
                seen.describe_columns()
            ));
        }
        (detect::Container::Csv(_) | detect::Container::Spreadsheet(_), mapping) => {
            let table = table::open(reader, &container, &shown, &options.limits)?;
            let header = table.header.clone();
            let mapping = mapping.or_else(|| seen.politizr.then(Mapping::politizr));
            if let Some(mapping) = mapping {
                let (name, format) = (mapping.name.clone(), format!("{} {}", mapping.name, container.name()));
                let (items, notes) = mapping.table_records(table, &shown)?;
                set(format, &name, items, notes);
            } else if seen.official_csv {
                let (items, notes) = official::table_records(table, &shown)?;
                set(format!("granddebat.fr {}", container.name()), "granddebat.fr", items, notes);
            } else {
                return Err(format!(
                    "{shown}: a {} with columns {}, but neither a granddebat.fr nor a Politizr export; say which column holds what with --map (e.g. --map 'id=customer_id,text=answer,question=question_name') or --profile FILE",
                    container.name(),
                    quote_list(&header)
                ));
            }
        }
    }
    let max = options.limits.field_bytes;
    let items = std::mem::replace(&mut input.items, Box::new(std::iter::empty()));
    input.items = Box::new(items.map(move |item| limits::check_fields(item, max)));
    Ok(input)
}

pub(crate) fn quote_list(names: &[String]) -> String {
    let shown: Vec<String> = names.iter().take(12).map(|h| format!("`{}`", truncate(h, 40))).collect();
    let more = if names.len() > 12 { format!(" and {} more", names.len() - 12) } else { String::new() };
    format!("{}{more}", shown.join(", "))
}

/// At most `max` characters, cut on a character boundary.
pub fn truncate(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}
