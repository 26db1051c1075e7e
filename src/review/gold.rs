//! Human coding in the gold formats `eval --gold` reads (long and wide) taken as reviews: every
//! coded answer is a fully read row of its question's `all:` stratum. Gold tags become top-level
//! themes through the themes' `@tag` settings (the lexicons in scope of the answer's question),
//! or by theme name. The coding rule is `eval`'s (see [`crate::eval`]): `--min-votes`, flag tags
//! ignored, residual tags coding an answer with no theme.

use std::collections::BTreeMap;

use super::themes::{top_level, ThemeNames};
use super::Reading;
use crate::classify::Matcher;
use crate::eval::{coded_tags, report::scope_of, tag_key, Annotations};

#[derive(Debug, Default)]
pub struct Found {
    /// Answers where no tag reached the vote threshold (left out, as `eval --gold` does).
    pub not_coded: usize,
    /// Tags no theme stands for, with the answers that had them.
    pub unnamed: BTreeMap<String, u64>,
}

pub fn readings(
    gold: &Annotations,
    file: usize,
    matcher: &Matcher,
    names: &ThemeNames,
    min_votes: u32,
) -> Result<(Vec<Reading>, Found), String> {
    let lex = &matcher.lexicons;
    let mut found = Found::default();
    let mut out = Vec::new();
    let reviewer = format!("{} (gold)", gold.path);
    for a in &gold.items {
        let Some(question) = a.question.clone().filter(|q| !q.is_empty()) else {
            return Err(format!(
                "{}:{}: the answer {} names no question; a gold file read as a review needs a question_id column",
                gold.path, a.line, a.id
            ));
        };
        let scope = scope_of(Some(&question));
        let in_scope = matcher.in_scope(scope);
        let themes_of = |tag: &str| -> Vec<usize> {
            let key = tag_key(tag);
            let mut list: Vec<usize> = lex
                .themes
                .iter()
                .enumerate()
                .filter(|(_, t)| in_scope.files[t.file] && t.settings.tags.iter().any(|x| tag_key(x) == key))
                .map(|(t, _)| top_level(lex, t))
                .collect();
            if list.is_empty() {
                list.extend(names.resolve(tag).ok());
            }
            list.sort_unstable();
            list.dedup();
            list
        };
        let Some(tags) = coded_tags(a, min_votes, |t| !themes_of(t).is_empty()) else {
            found.not_coded += 1;
            continue;
        };
        let mut added = Vec::new();
        for tag in &tags {
            let themes = themes_of(tag);
            if themes.is_empty() {
                *found.unnamed.entry(tag.clone()).or_default() += 1;
            }
            for t in themes {
                if !added.contains(&t) {
                    added.push(t);
                }
            }
        }
        out.push(Reading {
            file,
            row: a.line,
            strata: vec![format!("all:{question}")],
            in_all: true,
            theme_strata: Vec::new(),
            question,
            record_id: a.id.clone(),
            text: a.text.clone().unwrap_or_default(),
            probability: None,
            reviewer: reviewer.clone(),
            judged: Vec::new(),
            added,
        });
    }
    Ok((out, found))
}
