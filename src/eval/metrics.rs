//! The arithmetic of evaluation and agreement, on plain counts and sets, so that every figure can
//! be checked by hand.
//!
//! - **Precision, recall, F1** of one tag from its counts: P = TP / (TP + FP), R = TP / (TP + FN),
//!   F1 = 2·TP / (2·TP + FP + FN) (the harmonic mean of P and R, defined even when one of them is
//!   not). A ratio with a zero denominator is undefined (`None`), never 0 or 1 by convention.
//! - **Micro** average: the counts of every tag added up, then P, R, F1 of the sums. **Macro**
//!   average: the mean of the per-tag F1 over the tags that are defined (support or predictions).
//! - **95% intervals**: Wilson score intervals for P and R (proportions of predictions and of the
//!   human tags); for F1 (not a proportion), micro F1 and macro F1, a percentile bootstrap over
//!   answers: [`BOOTSTRAP_RESAMPLES`] resamples drawn with a fixed seed, so the intervals are
//!   identical from run to run.
//! - **Spearman** rank correlation: Pearson's correlation of the ranks, ties given their mean rank.
//! - **Cohen's kappa** of two coders on one binary decision (a tag applied or not, per answer):
//!   κ = (pₒ − pₑ) / (1 − pₑ), pₑ from each coder's own rate; undefined when pₑ = 1.
//! - **Krippendorff's alpha**, nominal metric, from the coincidence matrix:
//!   α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k, where every unit with m ≥ 2 values adds
//!   1/(m − 1) to o_ck for each ordered pair of its values (c, k) from different coders, n_c are
//!   the margins and n the number of pairable values; units with fewer than two values are left
//!   out; undefined when every pairable value is the same. For multi-label coding, alpha is
//!   computed per tag on binary units (answer: tag applied or not), and overall on the pooled
//!   binary units (answer, tag) for every answer both coders coded and every tag either used.

use serde::Serialize;

/// Standard normal quantile for a two-sided 95% interval.
pub const Z95: f64 = 1.959_963_984_540_054;

/// Resamples of the bootstrap intervals.
pub const BOOTSTRAP_RESAMPLES: usize = 1000;

/// Seed of the bootstrap (the intervals never change from run to run).
pub const BOOTSTRAP_SEED: u64 = 2019;

/// A closed interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

/// The counts of one tag (or their sums, for the micro average).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub tp: u64,
    pub fp: u64,
    pub r#fn: u64,
}

impl Counts {
    /// Answers the humans gave the tag.
    pub fn support(&self) -> u64 {
        self.tp + self.r#fn
    }

    /// Answers the lexicon gave the tag.
    pub fn predicted(&self) -> u64 {
        self.tp + self.fp
    }

    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.predicted())
    }

    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.support())
    }

    pub fn f1(&self) -> Option<f64> {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.r#fn)
    }

    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.r#fn += other.r#fn;
    }
}

pub fn ratio(a: u64, b: u64) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

/// Dunning's log-likelihood ratio G² of a word seen `a` times among `total_a` words of one set
/// of texts and `b` times among `total_b` of another: how surprising the difference of its rates
/// would be if both sets came from one population (G² > 3.84: p < 0.05 for one comparison). Signed
/// positive when the word is more frequent in the first set, negative when less; 0 when a total
/// is 0.
pub fn log_likelihood(a: u64, total_a: u64, b: u64, total_b: u64) -> f64 {
    if total_a == 0 || total_b == 0 || a + b == 0 {
        return 0.0;
    }
    let (a, b, ta, tb) = (a as f64, b as f64, total_a as f64, total_b as f64);
    let expected_a = ta * (a + b) / (ta + tb);
    let expected_b = tb * (a + b) / (ta + tb);
    let term = |o: f64, e: f64| if o > 0.0 { o * (o / e).ln() } else { 0.0 };
    let g2 = 2.0 * (term(a, expected_a) + term(b, expected_b));
    if a / ta >= b / tb {
        g2
    } else {
        -g2
    }
}

/// Wilson score interval for `successes` out of `n` at the 95% level; `None` when n = 0.
pub fn wilson(successes: u64, n: u64) -> Option<Interval> {
    if n == 0 {
        return None;
    }
    let (k, n) = (successes as f64, n as f64);
    let p = k / n;
    let z2 = Z95 * Z95;
    let denominator = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denominator;
    let half = Z95 * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / denominator;
    Some(Interval { low: (centre - half).max(0.0), high: (centre + half).min(1.0) })
}

/// Mean of the defined values; `None` when there is none.
pub fn mean_defined(values: impl IntoIterator<Item = Option<f64>>) -> Option<f64> {
    let (sum, n) = values.into_iter().flatten().fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// Ranks 1..=n, ties given the mean of the ranks they span.
pub fn ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    let mut out = vec![0.0; values.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && values[order[j + 1]] == values[order[i]] {
            j += 1;
        }
        let rank = (i + j) as f64 / 2.0 + 1.0;
        for &k in &order[i..=j] {
            out[k] = rank;
        }
        i = j + 1;
    }
    out
}

/// Pearson's correlation; `None` with fewer than two points or when one side does not vary.
pub fn pearson(x: &[f64], y: &[f64]) -> Option<f64> {
    assert_eq!(x.len(), y.len());
    let n = x.len() as f64;
    if x.len() < 2 {
        return None;
    }
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx) * (a - mx);
        syy += (b - my) * (b - my);
    }
    (sxx > 0.0 && syy > 0.0).then(|| sxy / (sxx * syy).sqrt())
}

/// Spearman's rank correlation (Pearson on ranks, mean ranks for ties).
pub fn spearman(x: &[f64], y: &[f64]) -> Option<f64> {
    pearson(&ranks(x), &ranks(y))
}

/// Two coders' binary decisions on the same answers: a = both yes, b = first only, c = second
/// only, d = both no.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Table2 {
    pub both: u64,
    pub first_only: u64,
    pub second_only: u64,
    pub neither: u64,
}

impl Table2 {
    pub fn n(&self) -> u64 {
        self.both + self.first_only + self.second_only + self.neither
    }

    pub fn add(&mut self, first: bool, second: bool) {
        match (first, second) {
            (true, true) => self.both += 1,
            (true, false) => self.first_only += 1,
            (false, true) => self.second_only += 1,
            (false, false) => self.neither += 1,
        }
    }

    pub fn merge(&mut self, o: Table2) {
        self.both += o.both;
        self.first_only += o.first_only;
        self.second_only += o.second_only;
        self.neither += o.neither;
    }

    /// Observed agreement.
    pub fn agreement(&self) -> Option<f64> {
        ratio(self.both + self.neither, self.n())
    }

    /// Cohen's kappa; `None` without answers or when chance agreement is 1 (both coders always
    /// gave the same single value).
    pub fn kappa(&self) -> Option<f64> {
        let n = self.n() as f64;
        if n == 0.0 {
            return None;
        }
        let po = (self.both + self.neither) as f64 / n;
        let first_yes = (self.both + self.first_only) as f64 / n;
        let second_yes = (self.both + self.second_only) as f64 / n;
        let pe = first_yes * second_yes + (1.0 - first_yes) * (1.0 - second_yes);
        (pe < 1.0).then(|| (po - pe) / (1.0 - pe))
    }

    /// Krippendorff's alpha of the table as binary nominal units coded by two coders, no
    /// missing values: α = 1 − (2N − 1)·(b + c) / (n₀·n₁).
    pub fn alpha(&self) -> Option<f64> {
        let n = self.n() as f64;
        let disagree = (self.first_only + self.second_only) as f64;
        let ones = (2 * self.both + self.first_only + self.second_only) as f64;
        let zeros = (2 * self.neither + self.first_only + self.second_only) as f64;
        (ones * zeros > 0.0).then(|| 1.0 - (2.0 * n - 1.0) * disagree / (ones * zeros))
    }
}

/// Krippendorff's alpha for nominal data: each unit lists the values its coders gave (missing
/// values left out). See the module documentation for the formula.
pub fn krippendorff_nominal(units: &[Vec<u32>]) -> Option<f64> {
    use std::collections::BTreeMap;
    let mut coincidence: BTreeMap<(u32, u32), f64> = BTreeMap::new();
    for unit in units.iter().filter(|u| u.len() >= 2) {
        let w = 1.0 / (unit.len() - 1) as f64;
        for (i, &c) in unit.iter().enumerate() {
            for (j, &k) in unit.iter().enumerate() {
                if i != j {
                    *coincidence.entry((c, k)).or_default() += w;
                }
            }
        }
    }
    let mut margins: BTreeMap<u32, f64> = BTreeMap::new();
    for (&(c, _), &o) in &coincidence {
        *margins.entry(c).or_default() += o;
    }
    let n: f64 = margins.values().sum();
    let observed: f64 = coincidence.iter().filter(|((c, k), _)| c != k).map(|(_, o)| o).sum();
    let mut expected = 0.0;
    for (c, nc) in &margins {
        for (k, nk) in &margins {
            if c != k {
                expected += nc * nk;
            }
        }
    }
    (expected > 0.0).then(|| 1.0 - (n - 1.0) * observed / expected)
}

/// SplitMix64: a small, well-mixed generator, enough to draw bootstrap indices reproducibly.
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in 0..n (n > 0), by rejection so that no index is favoured.
    pub fn below(&mut self, n: u64) -> u64 {
        let zone = u64::MAX - u64::MAX % n;
        loop {
            let v = self.next_u64();
            if v < zone {
                return v % n;
            }
        }
    }
}

/// Percentile interval of bootstrap values, nearest-rank: the ⌈2.5%⌉-th and ⌈97.5%⌉-th
/// smallest values; `None` when there are none.
pub fn percentile_interval(values: &mut [f64]) -> Option<Interval> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let rank = |q: f64| ((q * values.len() as f64).ceil() as usize).clamp(1, values.len()) - 1;
    Some(Interval { low: values[rank(0.025)], high: values[rank(0.975)] })
}

/// Scores of a multi-label coding against a reference, over a fixed list of tags.
#[derive(Debug, Clone, Serialize)]
pub struct TagScores {
    pub counts: Vec<Counts>,
    pub micro: Counts,
    /// Bootstrap intervals of each tag's F1, of micro F1 and of macro F1.
    pub f1_interval: Vec<Option<Interval>>,
    pub micro_f1_interval: Option<Interval>,
    pub macro_f1: Option<f64>,
    pub macro_f1_interval: Option<Interval>,
}

/// Counts per tag of `items` (each: the reference's tag indices, the prediction's tag indices),
/// with micro, macro and bootstrap intervals.
pub fn score(items: &[(Vec<usize>, Vec<usize>)], tags: usize) -> TagScores {
    let counts_of = |sample: &mut dyn Iterator<Item = &(Vec<usize>, Vec<usize>)>| {
        let mut counts = vec![Counts::default(); tags];
        for (gold, predicted) in sample {
            for &t in gold {
                if predicted.contains(&t) {
                    counts[t].tp += 1;
                } else {
                    counts[t].r#fn += 1;
                }
            }
            for &t in predicted.iter().filter(|t| !gold.contains(t)) {
                counts[t].fp += 1;
            }
        }
        counts
    };
    let counts = counts_of(&mut items.iter());
    let micro = sum(&counts);
    let macro_f1 = mean_defined(counts.iter().map(Counts::f1));

    let mut per_tag: Vec<Vec<f64>> = vec![Vec::new(); tags];
    let (mut micros, mut macros) = (Vec::new(), Vec::new());
    if !items.is_empty() {
        let mut rng = SplitMix64::new(BOOTSTRAP_SEED);
        for _ in 0..BOOTSTRAP_RESAMPLES {
            let drawn: Vec<usize> = (0..items.len()).map(|_| rng.below(items.len() as u64) as usize).collect();
            let c = counts_of(&mut drawn.iter().map(|&i| &items[i]));
            for (t, v) in c.iter().enumerate() {
                if let Some(f) = v.f1() {
                    per_tag[t].push(f);
                }
            }
            micros.extend(sum(&c).f1());
            macros.extend(mean_defined(c.iter().map(Counts::f1)));
        }
    }
    TagScores {
        f1_interval: per_tag.iter_mut().map(|v| percentile_interval(v)).collect(),
        micro_f1_interval: percentile_interval(&mut micros),
        macro_f1,
        macro_f1_interval: percentile_interval(&mut macros),
        counts,
        micro,
    }
}

fn sum(counts: &[Counts]) -> Counts {
    let mut total = Counts::default();
    for c in counts {
        total.add(*c);
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn log_likelihood_is_dunnings_g2_signed_by_the_side() {
        // Rayson and Garside's worked form: 2 Σ O ln(O/E), E from the pooled rate.
        let (a, ta, b, tb) = (10.0f64, 1000.0f64, 5.0f64, 5000.0f64);
        let (ea, eb) = (ta * (a + b) / (ta + tb), tb * (a + b) / (ta + tb));
        let expected = 2.0 * (a * (a / ea).ln() + b * (b / eb).ln());
        assert!(close(log_likelihood(10, 1000, 5, 5000), expected));
        assert!(close(log_likelihood(5, 5000, 10, 1000), -expected));
        assert!(close(log_likelihood(10, 1000, 0, 5000), 2.0 * 10.0 * (10.0f64 / (1000.0 * 10.0 / 6000.0)).ln()));
        assert!(close(log_likelihood(3, 100, 30, 1000), 0.0));
        assert_eq!(log_likelihood(1, 0, 1, 10), 0.0);
    }

    #[test]
    fn precision_recall_f1_by_hand() {
        // 3 right, 1 wrongly given, 2 missed.
        let c = Counts { tp: 3, fp: 1, r#fn: 2 };
        assert_eq!((c.support(), c.predicted()), (5, 4));
        assert!(close(c.precision().unwrap(), 0.75));
        assert!(close(c.recall().unwrap(), 0.6));
        // 2PR/(P+R) = 0.9/1.35 = 2/3 = 2·3/(6+1+2).
        assert!(close(c.f1().unwrap(), 2.0 / 3.0));
        // Nothing predicted: precision undefined, recall 0, F1 0.
        let missed = Counts { tp: 0, fp: 0, r#fn: 4 };
        assert_eq!((missed.precision(), missed.recall(), missed.f1()), (None, Some(0.0), Some(0.0)));
        assert_eq!(Counts::default().f1(), None);
    }

    #[test]
    fn micro_and_macro_by_hand() {
        // Tag 0: tp 2, fp 1, fn 0; tag 1: tp 1, fp 0, fn 1; tag 2: never used by anyone.
        let items =
            vec![(vec![0], vec![0]), (vec![0, 1], vec![0, 1]), (vec![1], vec![]), (vec![], vec![0]), (vec![], vec![])];
        let s = score(&items, 3);
        assert_eq!(s.counts[0], Counts { tp: 2, fp: 1, r#fn: 0 });
        assert_eq!(s.counts[1], Counts { tp: 1, fp: 0, r#fn: 1 });
        assert_eq!(s.counts[2], Counts::default());
        assert_eq!(s.micro, Counts { tp: 3, fp: 1, r#fn: 1 });
        assert!(close(s.micro.f1().unwrap(), 6.0 / 8.0));
        // Macro: mean of 4/5 and 2/3, the unused tag left out.
        assert!(close(s.macro_f1.unwrap(), (0.8 + 2.0 / 3.0) / 2.0));
        assert!(s.f1_interval[2].is_none());
        let i = s.micro_f1_interval.unwrap();
        assert!(i.low <= 0.75 && 0.75 <= i.high && i.high <= 1.0);
        // The same items give the same intervals: the bootstrap is seeded.
        assert_eq!(score(&items, 3).micro_f1_interval, s.micro_f1_interval);
    }

    #[test]
    fn wilson_by_hand() {
        // 3 of 4: p = 0.75, z² = 3.8415; centre = (0.75 + 0.48018)/1.96037 = 0.62754,
        // half = 1.96·sqrt(0.046875 + 0.060018)/1.96037 = 0.32677.
        let i = wilson(3, 4).unwrap();
        assert!((i.low - 0.30064).abs() < 1e-4, "{i:?}");
        assert!((i.high - 0.95441).abs() < 1e-4, "{i:?}");
        // 0 of 10: [0, z²/(n + z²)] = [0, 0.27753].
        let i = wilson(0, 10).unwrap();
        assert_eq!(i.low, 0.0);
        assert!((i.high - 0.27753).abs() < 1e-4, "{i:?}");
        assert_eq!(wilson(0, 0), None);
    }

    #[test]
    fn kappa_and_alpha_by_hand() {
        // 50 answers: both yes 20, first only 5, second only 10, both no 15.
        // pₒ = 0.7; pₑ = 0.5·0.6 + 0.5·0.4 = 0.5; κ = 0.2/0.5 = 0.4.
        // n₁ = 2·20 + 15 = 55, n₀ = 2·15 + 15 = 45; α = 1 − 99·15/(55·45) = 0.4.
        let t = Table2 { both: 20, first_only: 5, second_only: 10, neither: 15 };
        assert!(close(t.agreement().unwrap(), 0.7));
        assert!(close(t.kappa().unwrap(), 0.4));
        assert!(close(t.alpha().unwrap(), 0.4));
        // The general formula gives the same on the same units.
        let mut units = Vec::new();
        units.extend(std::iter::repeat_n(vec![1, 1], 20));
        units.extend(std::iter::repeat_n(vec![1, 0], 5));
        units.extend(std::iter::repeat_n(vec![0, 1], 10));
        units.extend(std::iter::repeat_n(vec![0, 0], 15));
        assert!(close(krippendorff_nominal(&units).unwrap(), 0.4));
        // Perfect agreement: 1; all the same value: undefined.
        let perfect = Table2 { both: 3, first_only: 0, second_only: 0, neither: 7 };
        assert_eq!((perfect.kappa(), perfect.alpha()), (Some(1.0), Some(1.0)));
        let constant = Table2 { both: 0, first_only: 0, second_only: 0, neither: 9 };
        assert_eq!((constant.kappa(), constant.alpha()), (None, None));
    }

    #[test]
    fn krippendorffs_published_example() {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four
        // coders, twelve units, missing values; nominal α = 0.743.
        let units: Vec<Vec<u32>> = vec![
            vec![1, 1, 1],
            vec![2, 2, 3, 2],
            vec![3, 3, 3, 3],
            vec![3, 3, 3, 3],
            vec![2, 2, 2, 2],
            vec![1, 2, 3, 4],
            vec![4, 4, 4, 4],
            vec![1, 1, 2, 1],
            vec![2, 2, 2, 2],
            vec![5, 5, 5],
            vec![1, 1],
            vec![3],
        ];
        let a = krippendorff_nominal(&units).unwrap();
        assert!((a - 0.743).abs() < 0.0005, "{a}");
    }

    #[test]
    fn spearman_by_hand() {
        assert!(close(spearman(&[1.0, 2.0, 3.0], &[10.0, 20.0, 30.0]).unwrap(), 1.0));
        assert!(close(spearman(&[1.0, 2.0, 3.0], &[3.0, 2.0, 1.0]).unwrap(), -1.0));
        // Ties take their mean rank: [1, 2.5, 2.5, 4] against [1, 2, 3, 4]: r = 4.5/sqrt(4.5·5).
        assert_eq!(ranks(&[0.1, 0.5, 0.5, 0.9]), vec![1.0, 2.5, 2.5, 4.0]);
        let r = spearman(&[0.1, 0.5, 0.5, 0.9], &[1.0, 2.0, 3.0, 4.0]).unwrap();
        assert!(close(r, 4.5 / (4.5f64 * 5.0).sqrt()));
        assert_eq!(spearman(&[1.0, 1.0], &[1.0, 2.0]), None);
    }

    #[test]
    fn percentiles_are_nearest_rank() {
        let mut v: Vec<f64> = (1..=1000).rev().map(f64::from).collect();
        assert_eq!(percentile_interval(&mut v), Some(Interval { low: 25.0, high: 975.0 }));
        assert_eq!(percentile_interval(&mut []), None);
    }
}
