//! Classification: applies compiled lexicons to an answer and says which themes it belongs to
//! and which entries, at which offsets, put it there.
//!
//! Entries are compiled once into integer pattern ids. Each distinct surface word is analysed
//! once (the whole text chain, stemming included) and resolved to the pattern ids it satisfies;
//! the result is cached by surface form, so matching cost does not grow with the number of
//! entries. The match policy is the one written in `lexicons/README.md`.

mod cache;

use rustc_hash::FxHashMap;

use crate::lexicon::{Accents, LexiconSet, PatternKind};
use crate::text::{self, Stemmer};
use cache::WordCache;

/// What a matched entry covered in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub entry: u32,
    /// Byte offsets of the matched words in the answer's text.
    pub start: u32,
    pub end: u32,
}

/// The outcome for one answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Classification {
    /// Matched themes and all their ancestors, in id order.
    pub themes: Vec<u32>,
    /// Every counted entry match, in text order.
    pub hits: Vec<Hit>,
    /// Words in the answer (stop words included).
    pub words: u32,
}

/// Where an answer comes from, for lexicon scoping (`@topics`, `@questions`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Scope<'a> {
    pub topic: Option<&'a str>,
    pub question: Option<&'a str>,
}

/// The lexicons compiled for matching.
pub struct Matcher {
    pub lexicons: LexiconSet,
    stemmer: Stemmer,
    /// Pattern ids per (kind, folded) table: key → id.
    tables: FxHashMap<(PatternKind, bool), FxHashMap<String, u32>>,
    /// Longest prefix entry, in characters, per accent mode; bounds the prefix look-ups.
    longest_prefix: [usize; 2],
    entry_words: Vec<Box<[u32]>>,
    /// Entries by their first pattern, longest first.
    by_first_pattern: FxHashMap<u32, Vec<u32>>,
    /// Per file: normalised `@topics` and `@questions`.
    file_topics: Vec<Vec<String>>,
    cache: WordCache,
}

impl Matcher {
    pub fn new(lexicons: LexiconSet, stemmer: Stemmer) -> Matcher {
        let mut tables: FxHashMap<(PatternKind, bool), FxHashMap<String, u32>> =
            FxHashMap::default();
        let mut next_id = 0u32;
        let mut longest_prefix = [0usize; 2];
        let mut entry_words = Vec::with_capacity(lexicons.entries.len());
        let mut by_first_pattern: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for (e, entry) in lexicons.entries.iter().enumerate() {
            let ids: Box<[u32]> = entry
                .words
                .iter()
                .map(|p| {
                    if p.kind == PatternKind::Prefix {
                        let n = &mut longest_prefix[p.folded as usize];
                        *n = (*n).max(p.key.chars().count());
                    }
                    *tables
                        .entry((p.kind.clone(), p.folded))
                        .or_default()
                        .entry(p.key.clone())
                        .or_insert_with(|| {
                            next_id += 1;
                            next_id - 1
                        })
                })
                .collect();
            by_first_pattern.entry(ids[0]).or_default().push(e as u32);
            entry_words.push(ids);
        }
        for list in by_first_pattern.values_mut() {
            list.sort_by_key(|&e| (std::cmp::Reverse(entry_words[e as usize].len()), e));
        }
        let file_topics = lexicons
            .files
            .iter()
            .map(|f| f.topics.iter().map(|t| normalise_label(t)).collect())
            .collect();
        Matcher {
            lexicons,
            stemmer,
            tables,
            longest_prefix,
            entry_words,
            by_first_pattern,
            file_topics,
            cache: WordCache::new(),
        }
    }

    /// Which lexicon files apply to an answer from `scope`.
    pub fn files_in_scope(&self, scope: Scope) -> Vec<bool> {
        let topic = scope.topic.map(normalise_label);
        self.lexicons
            .files
            .iter()
            .zip(&self.file_topics)
            .map(|(file, topics)| {
                let topic_ok =
                    topics.is_empty() || topic.as_ref().is_none_or(|t| topics.contains(t));
                let question_ok = file.questions.is_empty()
                    || scope
                        .question
                        .is_some_and(|q| file.questions.iter().any(|x| x == q));
                topic_ok && question_ok
            })
            .collect()
    }

    pub fn classify(&self, text: &str, scope: Scope) -> Classification {
        let in_scope = self.files_in_scope(scope);
        let mut words = 0u32;
        // Content words: (start, end, range in `patterns`).
        let mut content: Vec<(u32, u32, u32, u32)> = Vec::new();
        let mut patterns: Vec<u32> = Vec::new();
        for word in text::words(text) {
            words += 1;
            let from = patterns.len() as u32;
            let stop = self.cache.with(
                word.text,
                |w| self.resolve(w),
                |keys| {
                    patterns.extend_from_slice(&keys.patterns);
                    keys.stop
                },
            );
            if !stop {
                content.push((
                    word.start as u32,
                    word.end() as u32,
                    from,
                    patterns.len() as u32,
                ));
            }
        }
        let pats = |i: usize| &patterns[content[i].2 as usize..content[i].3 as usize];

        let mut hits = Vec::new();
        let mut free_from = vec![0usize; self.lexicons.files.len()];
        let mut found: Vec<(usize, usize, u32)> = Vec::new(); // (file, length, entry)
        for i in 0..content.len() {
            found.clear();
            for p in pats(i) {
                let Some(entries) = self.by_first_pattern.get(p) else {
                    continue;
                };
                for &e in entries {
                    let file = self.lexicons.entries[e as usize].file;
                    let seq = &self.entry_words[e as usize];
                    if !in_scope[file] || free_from[file] > i || i + seq.len() > content.len() {
                        continue;
                    }
                    if seq
                        .iter()
                        .enumerate()
                        .skip(1)
                        .all(|(k, id)| pats(i + k).contains(id))
                    {
                        found.push((file, seq.len(), e));
                    }
                }
            }
            if found.is_empty() {
                continue;
            }
            // Longest match per file; ties all count.
            found.sort_unstable_by_key(|&(file, len, e)| (file, std::cmp::Reverse(len), e));
            let mut k = 0;
            while k < found.len() {
                let (file, len, _) = found[k];
                while k < found.len() && found[k].0 == file {
                    if found[k].1 == len {
                        hits.push(Hit {
                            entry: found[k].2,
                            start: content[i].0,
                            end: content[i + len - 1].1,
                        });
                    }
                    k += 1;
                }
                free_from[file] = i + len;
            }
        }
        let mut themes: Vec<u32> = Vec::new();
        for hit in &hits {
            let mut t = Some(self.lexicons.entries[hit.entry as usize].theme);
            while let Some(theme) = t {
                themes.push(theme as u32);
                t = self.lexicons.themes[theme].parent;
            }
        }
        themes.sort_unstable();
        themes.dedup();
        Classification {
            themes,
            hits,
            words,
        }
    }

    /// The analysis of one surface word, and the pattern ids it satisfies.
    fn resolve(&self, surface: &str) -> cache::WordKeys {
        let Some(w) = text::analyse_word(surface, &self.stemmer) else {
            return cache::WordKeys {
                stop: true,
                patterns: Box::new([]),
            };
        };
        let mut ids = Vec::new();
        for folded in [false, true] {
            let (form, stem) = if folded {
                (&w.folded, &w.folded_stem)
            } else {
                (&w.form, &w.stem)
            };
            for (kind, key) in [(PatternKind::Stem, stem), (PatternKind::Exact, form)] {
                if let Some(id) = self
                    .tables
                    .get(&(kind, folded))
                    .and_then(|t| t.get(key.as_str()))
                {
                    ids.push(*id);
                }
            }
            if let Some(table) = self.tables.get(&(PatternKind::Prefix, folded)) {
                for (n, (end, c)) in form.char_indices().enumerate() {
                    if n >= self.longest_prefix[folded as usize] {
                        break;
                    }
                    if let Some(id) = table.get(&form[..end + c.len_utf8()]) {
                        ids.push(*id);
                    }
                }
            }
        }
        ids.sort_unstable();
        ids.dedup();
        cache::WordKeys {
            stop: w.stop,
            patterns: ids.into_boxed_slice(),
        }
    }

    pub fn stemmer(&self) -> &Stemmer {
        &self.stemmer
    }

    /// The accent mode of the file an entry belongs to.
    pub fn entry_accents(&self, entry: u32) -> Accents {
        self.lexicons.files[self.lexicons.entries[entry as usize].file].accents
    }
}

/// Topics are compared without case, accents or apostrophe variants: `Organisation de l'Etat`
/// and `Organisation de l’État` are the same topic.
pub fn normalise_label(label: &str) -> String {
    let lower = text::lowercase(&text::normalize::normalize(label)).into_owned();
    text::fold::fold_accents(&lower)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests;
