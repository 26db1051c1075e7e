//! Cross-tabulations: contributions, answers and themes by département (and so région), by week
//! of publication and by source, with the postal codes' quality, and the themes over- or
//! under-represented in each (specificities).
//!
//! The specificity test (written in every report): for a group (a région, a département, a
//! week, a source) and a theme, the 2×2 table of answers in the group or not × in the theme or
//! not, over the answers to which the theme's lexicon applies, gives the log-likelihood ratio
//! G² = 2 Σ O ln(O/E) (Dunning 1993). A theme is listed as over- (or under-) represented in the
//! group when G² ≥ 10.83 (p < 0.001 with one degree of freedom) and the group holds at least
//! [`MIN_ANSWERS`] such answers, with at least [`MIN_COUNT`] answers observed (over) or expected
//! (under). Unknown places and dates are shown in the tables but never
//! tested. Thousands of tests are run, so a few listings (about one per thousand tests) are to be
//! expected by chance alone.

use std::collections::BTreeMap;

use super::geo::{self, ZipStatus};
use crate::lexicon::LexiconSet;

pub const G2_THRESHOLD: f64 = 10.83;
pub const MIN_ANSWERS: u64 = 100;
/// An over-representation needs this many observed answers, an under-representation this many
/// expected: G² is unreliable on smaller counts.
pub const MIN_COUNT: u64 = 5;
/// Examples of each kind of unusable postal code kept for the report.
const ZIP_EXAMPLES: usize = 5;

pub fn specificity_rule() -> String {
    format!(
        "log-likelihood G² of the 2×2 table (answers in the group or not × in the theme or not, over the answers the theme's lexicon applies to); \
listed when G² ≥ {G2_THRESHOLD} (p < 0.001, 1 degree of freedom) in groups of at least {MIN_ANSWERS} such answers, \
with at least {MIN_COUNT} answers observed (over-represented) or expected (under-represented); unknown places and dates are never tested"
    )
}

/// Counts for one place, week or source.
#[derive(Debug, Clone, Default)]
pub struct Slice {
    /// Contributions (records).
    pub records: u64,
    /// Free-text answers.
    pub answers: u64,
    pub classified: u64,
    /// Answers per lexicon file that applied to them.
    pub scoped: Vec<u64>,
    /// Answers per theme.
    pub themes: Vec<u64>,
}

impl Slice {
    fn add_answer(&mut self, themes: &[u32], files: &[bool]) {
        self.answers += 1;
        if !themes.is_empty() {
            self.classified += 1;
        }
        if self.scoped.len() < files.len() {
            self.scoped.resize(files.len(), 0);
        }
        for (f, &applies) in files.iter().enumerate() {
            if applies {
                self.scoped[f] += 1;
            }
        }
        for &t in themes {
            if self.themes.len() <= t as usize {
                self.themes.resize(t as usize + 1, 0);
            }
            self.themes[t as usize] += 1;
        }
    }

    pub fn theme(&self, t: usize) -> u64 {
        self.themes.get(t).copied().unwrap_or(0)
    }

    pub fn scoped(&self, f: usize) -> u64 {
        self.scoped.get(f).copied().unwrap_or(0)
    }

    fn merge(&mut self, other: &Slice) {
        self.records += other.records;
        self.answers += other.answers;
        self.classified += other.classified;
        for (v, other) in [(&mut self.scoped, &other.scoped), (&mut self.themes, &other.themes)] {
            if v.len() < other.len() {
                v.resize(other.len(), 0);
            }
            for (a, b) in v.iter_mut().zip(other) {
                *a += b;
            }
        }
    }
}

/// Postal codes of one kind: the contributions and a few examples.
#[derive(Debug, Clone, Default)]
pub struct ZipKind {
    pub records: u64,
    pub examples: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Breakdowns {
    /// One slice per département, in the shipped table's order, then the unknown one.
    pub departements: Vec<Slice>,
    /// By the Monday of the ISO week (`2019-01-21`); `unknown` for records without a usable date.
    pub weeks: BTreeMap<String, Slice>,
    pub sources: BTreeMap<String, Slice>,
    pub zips: BTreeMap<ZipStatus, ZipKind>,
    /// The key in `weeks` of each day seen (days repeat on every answer: made once).
    week_of_day: rustc_hash::FxHashMap<Option<i64>, String>,
}

/// A theme over- or under-represented in a group.
#[derive(Debug, Clone)]
pub struct Specificity {
    /// `région`, `département`, `week` or `source`.
    pub dimension: &'static str,
    pub group: String,
    pub theme: u32,
    /// Answers of the group in the theme, and expected from the whole.
    pub observed: u64,
    pub expected: f64,
    /// Answers of the group the theme's lexicon applies to; the same over every group.
    pub group_answers: u64,
    pub all_answers: u64,
    pub theme_answers: u64,
    pub g2: f64,
}

impl Specificity {
    pub fn over(&self) -> bool {
        self.observed as f64 > self.expected
    }
}

pub const UNKNOWN_WEEK: &str = "unknown";

/// The slice of `key`, made when missing (without allocating when it is there).
fn slice_of<'a>(slices: &'a mut BTreeMap<String, Slice>, key: &str) -> &'a mut Slice {
    if !slices.contains_key(key) {
        slices.insert(key.to_owned(), Slice::default());
    }
    slices.get_mut(key).expect("just inserted")
}

impl Breakdowns {
    pub fn new(_files: usize, _themes: usize) -> Breakdowns {
        Breakdowns {
            departements: vec![Slice::default(); geo::geography().departements.len() + 1],
            ..Breakdowns::default()
        }
    }

    fn ensure(&mut self) {
        if self.departements.is_empty() {
            self.departements = vec![Slice::default(); geo::geography().departements.len() + 1];
        }
    }

    fn week(&mut self, day: Option<i64>) -> &mut Slice {
        let key = self.week_of_day.entry(day).or_insert_with(|| {
            day.map_or(UNKNOWN_WEEK.to_owned(), |d| super::dates::civil(super::dates::week_start(d)))
        });
        slice_of(&mut self.weeks, key)
    }

    /// Counts a contribution (its postal code's examples are kept by [`Breakdowns::note_zip`]).
    pub fn add_record(&mut self, source: &str, departement: Option<usize>, status: ZipStatus, day: Option<i64>) {
        self.ensure();
        let unknown = self.departements.len() - 1;
        self.departements[departement.unwrap_or(unknown)].records += 1;
        self.week(day).records += 1;
        slice_of(&mut self.sources, source).records += 1;
        self.zips.entry(status).or_default().records += 1;
    }

    /// Keeps an unusable postal code as an example of its kind, unless the kind has enough or
    /// has it already. Called in input order: the examples are the first ones read.
    pub fn note_zip(&mut self, status: ZipStatus, zip: Option<&str>) {
        if status == ZipStatus::Valid {
            return;
        }
        let kind = self.zips.entry(status).or_default();
        // Most records of an export without postal codes come here: nothing is allocated for
        // an example already kept.
        let shown = match zip {
            None => "(none)",
            Some("") => "(empty)",
            Some(z) => z,
        };
        if kind.examples.len() < ZIP_EXAMPLES && !kind.examples.iter().any(|e| e == shown) {
            kind.examples.push(shown.to_owned());
        }
    }

    /// Adds the counts of `other` (its zip examples aside): counts made apart add up to the
    /// counts made together.
    pub fn merge(&mut self, other: &Breakdowns) {
        self.ensure();
        for (mine, theirs) in self.departements.iter_mut().zip(&other.departements) {
            mine.merge(theirs);
        }
        for (mine, theirs) in [(&mut self.weeks, &other.weeks), (&mut self.sources, &other.sources)] {
            for (key, slice) in theirs {
                slice_of(mine, key).merge(slice);
            }
        }
        for (&status, kind) in &other.zips {
            self.zips.entry(status).or_default().records += kind.records;
        }
    }

    pub fn add_answer(
        &mut self,
        source: &str,
        departement: Option<usize>,
        day: Option<i64>,
        themes: &[u32],
        files: &[bool],
    ) {
        let unknown = self.departements.len() - 1;
        self.departements[departement.unwrap_or(unknown)].add_answer(themes, files);
        self.week(day).add_answer(themes, files);
        slice_of(&mut self.sources, source).add_answer(themes, files);
    }

    /// Slices per région (in [`geo::Geography::regions`] order), then the unknown one.
    pub fn regions(&self) -> Vec<Slice> {
        let g = geo::geography();
        let mut out = vec![Slice::default(); g.regions.len() + 1];
        for (d, slice) in self.departements.iter().enumerate() {
            let r = g.departements.get(d).map_or(g.regions.len(), |d| d.region);
            out[r].merge(slice);
        }
        out
    }

    /// Every over- or under-represented theme, by dimension, group (in table order) and G²
    /// (largest first).
    pub fn specificities(&self, lex: &LexiconSet) -> Vec<Specificity> {
        let g = geo::geography();
        let regions = self.regions();
        let known = |s: &[Slice]| s[..s.len().saturating_sub(1)].to_vec();
        let region_groups: Vec<(String, Slice)> =
            g.regions.iter().map(|r| r.name.clone()).zip(known(&regions)).collect();
        let dep_groups: Vec<(String, Slice)> =
            g.departements.iter().map(|d| format!("{} {}", d.code, d.name)).zip(known(&self.departements)).collect();
        let week_groups: Vec<(String, Slice)> = self
            .weeks
            .iter()
            .filter(|(k, _)| k.as_str() != UNKNOWN_WEEK)
            .map(|(k, s)| (k.clone(), s.clone()))
            .collect();
        let source_groups: Vec<(String, Slice)> = self.sources.iter().map(|(k, s)| (k.clone(), s.clone())).collect();
        let mut out = Vec::new();
        for (dimension, groups) in
            [("région", region_groups), ("département", dep_groups), ("week", week_groups), ("source", source_groups)]
        {
            let mut total = Slice::default();
            for (_, s) in &groups {
                total.merge(s);
            }
            for (name, slice) in &groups {
                let mut found = Vec::new();
                for (t, theme) in lex.themes.iter().enumerate() {
                    let (n, big_n) = (slice.scoped(theme.file), total.scoped(theme.file));
                    let (a, k) = (slice.theme(t), total.theme(t));
                    if n < MIN_ANSWERS || k == 0 || n == big_n {
                        continue;
                    }
                    let g2 = g2(a, n, k, big_n);
                    let expected = n as f64 * k as f64 / big_n as f64;
                    let enough = if a as f64 > expected { a >= MIN_COUNT } else { expected >= MIN_COUNT as f64 };
                    if g2 >= G2_THRESHOLD && enough {
                        found.push(Specificity {
                            dimension,
                            group: name.clone(),
                            theme: t as u32,
                            observed: a,
                            expected,
                            group_answers: n,
                            all_answers: big_n,
                            theme_answers: k,
                            g2,
                        });
                    }
                }
                found.sort_by(|x, y| y.g2.total_cmp(&x.g2).then(x.theme.cmp(&y.theme)));
                out.extend(found);
            }
        }
        out
    }
}

/// Log-likelihood G² of the 2×2 table: `a` of the group's `n` answers in the theme, `k` of all
/// `big_n`.
pub fn g2(a: u64, n: u64, k: u64, big_n: u64) -> f64 {
    let cells = [(a, n, k), (n - a, n, big_n - k), (k - a, big_n - n, k), (big_n - n - (k - a), big_n - n, big_n - k)];
    let mut sum = 0.0;
    for (o, row, col) in cells {
        if o > 0 {
            let e = row as f64 * col as f64 / big_n as f64;
            sum += o as f64 * (o as f64 / e).ln();
        }
    }
    2.0 * sum
}

#[cfg(test)]
mod tests {
    use super::g2;

    #[test]
    fn g2_matches_a_worked_example() {
        // 2x2 table [[30, 70], [70, 830]]: expected [[10, 90], [90, 810]].
        let v = g2(30, 100, 100, 1000);
        let expected = 2.0
            * (30.0 * (30.0f64 / 10.0).ln()
                + 70.0 * (70.0f64 / 90.0).ln()
                + 70.0 * (70.0f64 / 90.0).ln()
                + 830.0 * (830.0f64 / 810.0).ln());
        assert!((v - expected).abs() < 1e-9, "{v} {expected}");
        assert!(g2(10, 100, 100, 1000).abs() < 1e-9, "no difference, no signal");
    }
}
