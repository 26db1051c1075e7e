//! The granddebat.fr open-data exports (Cap Collectif), CSV and JSON. One record per
//! contribution, one answer per question; question columns are found by question id whatever
//! the header form. Trashed and unpublished contributions are skipped, as the platform did not
//! publish them.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::Value as Json;

use super::json::JsonItem;
use super::questions::{self, QuestionKind};
use super::table::{Fields, RowItem, Table};
use super::{Answer, Item, Question, Record, Value};

const METADATA: [&str; 11] = [
    "id",
    "reference",
    "title",
    "createdAt",
    "publishedAt",
    "updatedAt",
    "trashed",
    "trashedStatus",
    "authorId",
    "authorType",
    "authorZipCode",
];

/// How one question column is read.
#[derive(Clone)]
struct Column {
    question: Arc<Question>,
    kind: QuestionKind,
    /// For a multiple-choice question: the question its ticked labels are counted under.
    labels: Option<Arc<Question>>,
}

fn question(id: u32) -> Arc<Question> {
    let title = questions::table().by_id.get(&id).map_or(String::new(), |q| q.title.clone());
    Arc::new(Question { id: id.to_string(), title })
}

fn column_for(id: u32) -> Column {
    let table = questions::table();
    let kind = table.by_id.get(&id).map_or(QuestionKind::Open, |q| q.kind);
    let labels = table.by_id.get(&(id + 1000)).filter(|q| q.kind == QuestionKind::Choice).map(|q| question(q.id));
    Column { question: question(id), kind, labels }
}

pub fn table_records(table: Table, shown: &str) -> Result<(super::Items, Vec<String>), String> {
    let t = questions::table();
    table.refuse_ambiguous(&METADATA, shown)?;
    let header = &table.header;
    let meta: HashMap<&'static str, usize> = header
        .iter()
        .enumerate()
        .filter_map(|(i, h)| METADATA.iter().find(|m| **m == h.as_str()).map(|m| (*m, i)))
        .collect();
    for required in ["publishedAt", "trashed"] {
        if !meta.contains_key(required) {
            return Err(format!("{shown}: a granddebat.fr export needs a `{required}` column"));
        }
    }
    // The debate is the one of the columns named by id; it settles bare titles.
    let mut debates: HashMap<&str, usize> = HashMap::new();
    for h in header {
        if let Some(id) = t.resolve_header(h, Some("-"), 0) {
            *debates.entry(t.by_id[&id].debate.as_str()).or_default() += 1;
        }
    }
    let debate = debates.into_iter().max_by_key(|&(d, n)| (n, std::cmp::Reverse(d))).map(|(d, _)| d.to_owned());
    let mut notes = table.notes.clone();
    let mut columns: Vec<(usize, Column)> = Vec::new();
    let mut after = 0;
    for (i, h) in header.iter().enumerate() {
        if METADATA.contains(&h.as_str()) {
            continue;
        }
        match t.resolve_header(h, debate.as_deref(), after) {
            Some(id) => {
                after = t.by_id[&id].form_order;
                columns.push((i, column_for(id)));
            }
            None => {
                notes.push(format!(
                    "column `{}` is not a question of the questionnaire: read as an open question of its own",
                    super::truncate(h, 60)
                ));
                columns.push((
                    i,
                    Column {
                        question: Arc::new(Question { id: h.clone(), title: h.clone() }),
                        kind: QuestionKind::Open,
                        labels: None,
                    },
                ));
            }
        }
    }
    let topic: Option<Arc<str>> = debate.map(Arc::from);
    let get = move |fields: &Fields, name: &str| {
        meta.get(name).map(|&i| fields[i].trim()).filter(|v| !v.is_empty()).map(str::to_owned)
    };
    let items = table.rows.map(move |row| match row {
        RowItem::Row { line, fields } => {
            let cells = columns.iter().map(|(i, c)| (c, Some(&fields[*i]), None));
            let id = get(&fields, "reference").or_else(|| get(&fields, "id")).unwrap_or_else(|| format!("line {line}"));
            let record = Record {
                line,
                id,
                author: get(&fields, "authorId"),
                date: get(&fields, "publishedAt"),
                zip: get(&fields, "authorZipCode"),
                topic: topic.clone(),
                answers: answers(cells),
            };
            publish(record, get(&fields, "trashed").as_deref() == Some("true"))
        }
        RowItem::Rejected { line, reason } => Item::Rejected { line, reason },
        RowItem::Fatal(m) => Item::Fatal(m),
    });
    Ok((Box::new(items), notes))
}

/// Skips what the platform did not publish; everything else is a record.
fn publish(record: Record, trashed: bool) -> Item {
    let skip = |reason| Item::Skipped { line: record.line, id: record.id.clone(), reason };
    if trashed {
        skip("trashed (moderated by the platform)")
    } else if record.date.is_none() {
        skip("not published (no publishedAt)")
    } else if record.answers.is_empty() {
        skip("no answer to any question")
    } else {
        Item::Record(record)
    }
}

/// The answers of a contribution from its cells: (column, formatted value, JSON value).
fn answers<'a>(cells: impl Iterator<Item = (&'a Column, Option<&'a str>, Option<&'a str>)>) -> Vec<Answer> {
    let mut out = Vec::new();
    for (column, formatted, raw) in cells {
        let Some(cell) = formatted.map(str::trim).filter(|c| !c.is_empty()) else {
            continue;
        };
        let mut push = |question: &Arc<Question>, value| out.push(Answer { question: question.clone(), value });
        match (column.kind, &column.labels) {
            (QuestionKind::Closed, _) => push(&column.question, Value::Closed(cell.to_owned())),
            (_, Some(labels_question)) => {
                let (labels, other) = split_choice(cell, raw);
                if !labels.is_empty() {
                    push(labels_question, Value::Choice(labels));
                }
                if let Some(other) = other {
                    push(&column.question, Value::Text(other));
                }
            }
            _ => push(&column.question, Value::Text(cell.to_owned())),
        }
    }
    out
}

/// A multiple-choice cell: the JSON export's `{"labels": […], "other": …}` when there is one,
/// else the CSV's `label|label|other text`.
fn split_choice(formatted: &str, raw: Option<&str>) -> (Vec<String>, Option<String>) {
    if let Some(Json::Object(o)) = raw.and_then(|r| serde_json::from_str::<Json>(r).ok()) {
        let labels = o
            .get("labels")
            .and_then(Json::as_array)
            .map(|a| a.iter().filter_map(|l| l.as_str().map(str::to_owned)).collect())
            .unwrap_or_default();
        let other = o.get("other").and_then(Json::as_str).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
        return (labels, other);
    }
    let (labels, rest): (Vec<&str>, Vec<&str>) = formatted.split('|').partition(|p| questions::is_choice_label(p));
    let other = rest.join("|");
    let other = other.trim();
    (labels.into_iter().map(|l| l.trim().to_owned()).collect(), (!other.is_empty()).then(|| other.to_owned()))
}

pub fn json_records(objects: Box<dyn Iterator<Item = JsonItem> + Send>) -> impl Iterator<Item = Item> + Send {
    let mut columns: HashMap<String, Column> = HashMap::new();
    objects.map(move |item| match item {
        JsonItem::Object { line, value } => {
            let text = |key: &str| value.get(key).and_then(scalar_text).filter(|v| !v.is_empty());
            let id = text("reference").or_else(|| text("id")).unwrap_or_else(|| format!("line {line}"));
            let Some(responses) = value.get("responses").and_then(Json::as_array) else {
                return Item::Rejected { line, reason: "a granddebat.fr record needs a `responses` array".into() };
            };
            let mut cells = Vec::new();
            for r in responses {
                let Some(qid) = r.get("questionId").and_then(Json::as_str) else {
                    continue;
                };
                let column = columns
                    .entry(qid.to_owned())
                    .or_insert_with(|| match questions::table().resolve_json_id(qid) {
                        Some(id) => column_for(id),
                        None => {
                            let title = r.get("questionTitle").and_then(Json::as_str).unwrap_or(qid).to_owned();
                            Column {
                                question: Arc::new(Question { id: qid.to_owned(), title }),
                                kind: QuestionKind::Open,
                                labels: None,
                            }
                        }
                    })
                    .clone();
                let formatted =
                    r.get("formattedValue").and_then(scalar_text).or_else(|| r.get("value").and_then(scalar_text));
                cells.push((column, formatted, r.get("value").and_then(Json::as_str).map(str::to_owned)));
            }
            let answers = answers(cells.iter().map(|(c, f, v)| (c, f.as_deref(), v.as_deref())));
            let topic = answers.iter().find_map(|a| {
                a.question
                    .id
                    .parse::<u32>()
                    .ok()
                    .and_then(|q| questions::table().by_id.get(&q))
                    .map(|q| Arc::from(q.debate.as_str()))
            });
            let trashed = value.get("trashed").is_some_and(|t| t.as_bool() == Some(true) || t.as_str() == Some("true"));
            publish(
                Record {
                    line,
                    id,
                    author: text("authorId"),
                    date: text("publishedAt"),
                    zip: text("authorZipCode"),
                    topic,
                    answers,
                },
                trashed,
            )
        }
        JsonItem::Rejected { line, reason } => Item::Rejected { line, reason },
        JsonItem::Fatal(m) => Item::Fatal(m),
    })
}

/// Strings as they are, numbers and booleans written out, null and structures as nothing.
pub fn scalar_text(v: &Json) -> Option<String> {
    match v {
        Json::String(s) => Some(s.trim().to_owned()),
        Json::Number(n) => Some(n.to_string()),
        Json::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}
