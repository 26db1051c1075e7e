//! Review-corrected shares: the rules code every answer, people read a simple random sample of
//! them, and the rules' share of a theme is corrected by what the reading found.
//!
//! **The estimator** (a difference estimator in survey statistics; "prediction-powered
//! inference", Angelopoulos et al., Science 2023): with `N` answers, `R` of them given the theme
//! by the rules, and `n` answers read by people (a simple random sample of the `N`),
//!
//! ```text
//! corrected share = R / N + mean over the n read answers of (human label − rule label)
//!                 = R / N + (missed − false positives) / n
//! ```
//!
//! where *missed* are the read answers the people gave the theme and the rules did not, and
//! *false positives* the reverse. It is unbiased whatever the rules' quality: the rules only
//! make it more precise when they agree with people often.
//!
//! **Its 95 % interval.** The plain normal interval `± 1.96 · sqrt(s²_d / n + p(1 − p) / N)`
//! (`s²_d` the variance of the differences, `p = R / N`) is too narrow for rare themes: when the
//! sample holds no or one disagreement, `s²_d` is estimated as (nearly) zero although
//! disagreements exist in the whole set (it covered about 87 % on the development gold instead of
//! 95 %). The difference of the mean human label and the mean rule label on the read answers is a
//! difference of two *paired* proportions (McNemar's setting), for which Agresti and Min (2005,
//! "Simple improved confidence intervals for comparing matched proportions", Statistics in
//! Medicine 24) showed that adding ½ to each of the four cells of the 2 × 2 table (rule yes/no ×
//! human yes/no) before the Wald interval gives near-nominal coverage even for small and sparse
//! tables — the paired analogue of Agresti–Caffo's and of the Wilson interval's pseudo-counts.
//! That choice is made once, from the literature, not tuned on the test. Here the interval is
//! centred on `R / N + (missed − false positives) / (n + 2)` with the variance of the adjusted
//! table, and clipped to [0, 1]; the point estimate reported stays the unbiased one (`/ n`),
//! clipped to [0, 1] too (it can fall below 0 when a rare theme's false positives are read).
//!
//! **Of what population** ([`Population`]): for the share among the N answers themselves (a
//! consultation's respondents, the default), `R / N` is known exactly and the read answers are
//! drawn without replacement from the N, so the differences' variance gets the
//! finite-population correction `1 − n / N`. For a population the N answers would be a sample
//! of (prediction-powered inference's setting), the rules' own sampling term `p(1 − p) / N` is
//! added instead, with no correction (wider; negligible for large N).
//!
//! **Assumptions, in plain words.** The answers read are drawn at random (every answer equally
//! likely, drawn without looking at them); the people reading them code the same way the
//! "truth" is defined (their own errors are not corrected); the rules are applied identically to
//! all answers.
//!
//! **Stratified samples** ([`estimate_stratified`]). A review file may add to the simple random
//! sample of a question (`all:` stratum) more answers drawn among those the rules put in a theme
//! (`theme:` strata, rule-positive answers over-sampled), each row with its inclusion
//! probability π (the chance that the draw put it in the file). Every read answer then stands
//! for `w = 1 / π` answers, and the corrected share is
//!
//! ```text
//! corrected share = R / N + Σ w·(human − rule) / Σ w
//! ```
//!
//! (the Hájek form of the Horvitz–Thompson difference estimator: the weighted mean difference).
//! Its variance is estimated as if each answer had entered the sample on its own with its
//! probability π (Poisson sampling): `Σ (1 − π)·w²·(d − d̄)² / (Σ w)²`, with `d` the differences
//! and `d̄` their weighted mean. This ignores that the strata have fixed sizes, which for a simple
//! random sample slightly overstates the variance (never understates it), and it is a large-sample
//! (linearisation) formula. For rare themes the same guard as above is added: the four
//! Agresti–Min pseudo-answers (½ missed, ½ false positive, 1 agreeing), each of the mean weight
//! `Σ w / n`. When every π is the same (a simple random sample), this is exactly the interval
//! above. The share among the read answers alone is their weighted share with a Wilson interval
//! over the effective number of answers `(Σ w)² / Σ w²` (Kish); recall is measured on the
//! weighted sample the same way, and precision on the theme's own `theme:` stratum (a simple
//! random sample of the answers the rules gave the theme) when there is one. Assumptions added
//! to those above: the inclusion probabilities written in the file are right (the draw saw the
//! same N answers), every answer has one (so a stratified sample needs its `all:` stratum: without
//! it the answers the rules did not give a theme could not be read, and there is no corrected
//! share, only precision), and the answers drawn but left unread are missing at random.
//!
//! The module also gives what the read answers alone say (the share among them, Wilson
//! interval), so a reader sees what the rules add, and the rules' precision and recall measured
//! on them (Wilson intervals), with a flag for themes to look at.

use serde::Serialize;

use super::metrics::{self, Interval, SplitMix64, Z95};

/// Themes whose precision measured on the read answers is below this are flagged.
pub const LOW_PRECISION: f64 = 0.7;

/// The 2 × 2 table of one theme on the read answers: rule label × human label.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Review {
    /// Rules and people both gave the theme.
    pub both: u64,
    /// The rules gave it, the people did not (false positives).
    pub rule_only: u64,
    /// The people gave it, the rules did not (missed).
    pub human_only: u64,
    /// Neither gave it.
    pub neither: u64,
}

impl Review {
    /// The table of `(rule label, human label)` pairs.
    pub fn of(pairs: impl IntoIterator<Item = (bool, bool)>) -> Review {
        let mut r = Review::default();
        for pair in pairs {
            r.add(pair);
        }
        r
    }

    pub fn add(&mut self, (rule, human): (bool, bool)) {
        match (rule, human) {
            (true, true) => self.both += 1,
            (true, false) => self.rule_only += 1,
            (false, true) => self.human_only += 1,
            (false, false) => self.neither += 1,
        }
    }

    /// Answers read.
    pub fn n(&self) -> u64 {
        self.both + self.rule_only + self.human_only + self.neither
    }

    /// Read answers the people gave the theme.
    pub fn human_positive(&self) -> u64 {
        self.both + self.human_only
    }

    /// Read answers the rules gave the theme.
    pub fn rule_positive(&self) -> u64 {
        self.both + self.rule_only
    }
}

/// Which 95 % interval of the corrected share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Method {
    /// Agresti–Min: ½ added to each cell of the read answers' 2 × 2 table (the default).
    AgrestiMin,
    /// The plain normal (Wald) interval of the difference estimator, for comparison.
    Normal,
}

/// What the share is the share of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Population {
    /// The N answers themselves (a consultation's respondents: a census, not a sample). The
    /// rules' share over them is known exactly, and the read answers are a sample without
    /// replacement from them: the variance of the differences gets the finite-population
    /// correction `1 − n / N`, and the rules' share has no sampling term.
    Answers,
    /// A population the N answers are a random sample of (prediction-powered inference's
    /// setting): the rules' share adds its own sampling term `p(1 − p) / N`, and there is no
    /// finite-population correction.
    Beyond,
}

/// One theme's estimates.
#[derive(Debug, Clone, Serialize)]
pub struct Estimate {
    /// Answers coded by the rules (N).
    pub answers: u64,
    /// Answers the rules gave the theme (R).
    pub rule_positive: u64,
    /// R / N.
    pub rule_share: f64,
    /// The read answers' table.
    pub review: Review,
    /// R / N + (missed − false positives) / n, clipped to [0, 1] (a share; [`corrected_share`]
    /// gives the unclipped, unbiased value).
    pub corrected_share: f64,
    /// Its 95 % interval (Agresti–Min, see the module documentation).
    pub corrected_ci: Interval,
    /// The share among the read answers alone.
    pub reviewed_share: f64,
    /// Its 95 % Wilson interval.
    pub reviewed_ci: Interval,
    pub precision: Option<f64>,
    pub precision_ci: Option<Interval>,
    pub recall: Option<f64>,
    pub recall_ci: Option<Interval>,
    /// Precision below [`LOW_PRECISION`].
    pub low_precision: bool,
    /// The rules' share lies outside the corrected share's interval.
    pub differs_from_rules: bool,
    /// Read answers with unequal weights (a stratified sample, see [`estimate_stratified`]).
    pub stratified: bool,
    /// The effective number of read answers, `(Σ w)² / Σ w²` (the answers read in a simple
    /// random sample).
    pub effective_reads: f64,
    /// Where precision was measured: `the theme's stratum` or `the sample`.
    pub precision_from: &'static str,
}

impl Estimate {
    /// Worth a look in the summary: low precision, or a correction that matters.
    pub fn flagged(&self) -> bool {
        self.low_precision || self.differs_from_rules
    }
}

/// The corrected share `R / N + (missed − false positives) / n`; `None` when nothing was read or
/// `N` is 0.
pub fn corrected_share(answers: u64, rule_positive: u64, review: &Review) -> Option<f64> {
    let n = review.n();
    if n == 0 || answers == 0 {
        return None;
    }
    let rule_share = rule_positive as f64 / answers as f64;
    Some(rule_share + (review.human_only as f64 - review.rule_only as f64) / n as f64)
}

/// The 95 % interval of the corrected share, clipped to [0, 1]; `None` when nothing was read or
/// `N` is 0.
pub fn corrected_interval(
    answers: u64,
    rule_positive: u64,
    review: &Review,
    method: Method,
    population: Population,
) -> Option<Interval> {
    let n = review.n();
    if n == 0 || answers == 0 {
        return None;
    }
    let p = rule_positive as f64 / answers as f64;
    let (rule_variance, fpc) = match population {
        Population::Answers => (0.0, (1.0 - n as f64 / answers as f64).max(0.0)),
        Population::Beyond => (p * (1.0 - p) / answers as f64, 1.0),
    };
    let (pseudo, m) = match method {
        Method::AgrestiMin => (0.5, n as f64 + 2.0),
        Method::Normal => (0.0, n as f64),
    };
    let (b, c) = (review.human_only as f64 + pseudo, review.rule_only as f64 + pseudo);
    // The differences are +1 (missed), −1 (false positive) or 0: their mean is (b − c) / m and
    // their variance (b + c) / m − ((b − c) / m)².
    let mean = (b - c) / m;
    let variance = ((b + c) / m - mean * mean).max(0.0);
    let half = Z95 * (fpc * variance / m + rule_variance).sqrt();
    let centre = p + mean;
    Some(Interval { low: (centre - half).max(0.0), high: (centre + half).min(1.0) })
}

/// Every estimate of one theme, from N, R and the read answers' table; `None` when nothing was
/// read or `N` is 0.
pub fn estimate(answers: u64, rule_positive: u64, review: Review, population: Population) -> Option<Estimate> {
    let corrected_share = corrected_share(answers, rule_positive, &review)?.clamp(0.0, 1.0);
    let corrected_ci = corrected_interval(answers, rule_positive, &review, Method::AgrestiMin, population)?;
    let n = review.n();
    let rule_share = rule_positive as f64 / answers as f64;
    let precision = metrics::ratio(review.both, review.rule_positive());
    Some(Estimate {
        answers,
        rule_positive,
        rule_share,
        review,
        corrected_share,
        corrected_ci,
        reviewed_share: review.human_positive() as f64 / n as f64,
        reviewed_ci: metrics::wilson(review.human_positive(), n)?,
        precision,
        precision_ci: metrics::wilson(review.both, review.rule_positive()),
        recall: metrics::ratio(review.both, review.human_positive()),
        recall_ci: metrics::wilson(review.both, review.human_positive()),
        low_precision: precision.is_some_and(|p| p < LOW_PRECISION),
        differs_from_rules: rule_share < corrected_ci.low || rule_share > corrected_ci.high,
        stratified: false,
        effective_reads: n as f64,
        precision_from: "the sample",
    })
}

/// One read answer, for one theme, in a stratified sample: its rule and human labels and its
/// inclusion probability (in (0, 1]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    pub rule: bool,
    pub human: bool,
    pub probability: f64,
}

/// The Hájek difference estimator over a stratified sample (see the module documentation):
/// `units` are the read answers of a question with their labels for the theme and their
/// inclusion probabilities; `own_stratum`, the theme's `theme:` stratum table (rule-positive
/// answers: `both` right, `rule_only` wrong), gives precision when present. `None` when nothing
/// was read, `N` is 0 or a probability is not in (0, 1].
pub fn estimate_stratified(
    answers: u64,
    rule_positive: u64,
    units: &[Unit],
    own_stratum: Option<Review>,
) -> Option<Estimate> {
    if units.is_empty() || answers == 0 || units.iter().any(|u| !(u.probability > 0.0 && u.probability <= 1.0)) {
        return None;
    }
    let p = rule_positive as f64 / answers as f64;
    let weight = |u: &Unit| 1.0 / u.probability;
    let diff = |u: &Unit| u.human as i8 as f64 - u.rule as i8 as f64;
    let total: f64 = units.iter().map(weight).sum();
    let n = units.len() as f64;
    let mean_weight = total / n;
    let corrected = p + units.iter().map(|u| weight(u) * diff(u)).sum::<f64>() / total;
    // The Agresti–Min pseudo-answers, each of the mean weight: ½ at +1, ½ at −1, 1 at 0.
    let pseudo = [(0.5, 1.0), (0.5, -1.0), (1.0, 0.0)];
    let augmented = total + 2.0 * mean_weight;
    let centre_diff = units.iter().map(|u| weight(u) * diff(u)).sum::<f64>() / augmented;
    let pseudo_fpc = (1.0 - 1.0 / mean_weight).max(0.0);
    let variance = (units
        .iter()
        .map(|u| (1.0 - u.probability) * weight(u).powi(2) * (diff(u) - centre_diff).powi(2))
        .sum::<f64>()
        + pseudo.iter().map(|(k, d)| pseudo_fpc * k * mean_weight.powi(2) * (d - centre_diff).powi(2)).sum::<f64>())
        / augmented.powi(2);
    let half = Z95 * variance.max(0.0).sqrt();
    let centre = p + centre_diff;
    let corrected_ci = Interval { low: (centre - half).max(0.0), high: (centre + half).min(1.0) };
    let weighted = |keep: &dyn Fn(&Unit) -> bool, hit: &dyn Fn(&Unit) -> bool| -> Option<(f64, Interval)> {
        let (mut all, mut squares, mut hits) = (0.0, 0.0, 0.0);
        for u in units.iter().filter(|u| keep(u)) {
            all += weight(u);
            squares += weight(u).powi(2);
            hits += if hit(u) { weight(u) } else { 0.0 };
        }
        (all > 0.0).then(|| (hits / all, wilson_effective(hits / all, all * all / squares)))
    };
    let (reviewed_share, reviewed_ci) = weighted(&|_| true, &|u| u.human)?;
    let recall = weighted(&|u| u.human, &|u| u.rule);
    let (precision, precision_ci, precision_from) = match own_stratum {
        Some(t) if t.rule_positive() > 0 => (
            metrics::ratio(t.both, t.rule_positive()),
            metrics::wilson(t.both, t.rule_positive()),
            "the theme's stratum",
        ),
        _ => {
            let w = weighted(&|u| u.rule, &|u| u.human);
            (w.map(|w| w.0), w.map(|w| w.1), "the sample")
        }
    };
    let squares: f64 = units.iter().map(|u| weight(u).powi(2)).sum();
    let stratified = units.iter().any(|u| (u.probability - units[0].probability).abs() > 1e-12);
    Some(Estimate {
        answers,
        rule_positive,
        rule_share: p,
        review: Review::of(units.iter().map(|u| (u.rule, u.human))),
        corrected_share: corrected.clamp(0.0, 1.0),
        corrected_ci,
        reviewed_share,
        reviewed_ci,
        precision,
        precision_ci,
        recall: recall.map(|r| r.0),
        recall_ci: recall.map(|r| r.1),
        low_precision: precision.is_some_and(|x| x < LOW_PRECISION),
        differs_from_rules: p < corrected_ci.low || p > corrected_ci.high,
        stratified,
        effective_reads: total * total / squares,
        precision_from,
    })
}

/// The Wilson interval of a share `p` measured on `n` effective answers (fractional for
/// weighted samples; [`metrics::wilson`] when whole).
fn wilson_effective(p: f64, n: f64) -> Interval {
    let z2 = Z95 * Z95;
    let denominator = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denominator;
    let half = Z95 * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).max(0.0).sqrt() / denominator;
    Interval { low: (centre - half).max(0.0), high: (centre + half).min(1.0) }
}

/// Inclusion probability of an answer in a stratified draw: `1 − Π (1 − n_h / N_h)` over the
/// strata `(n_h, N_h)` it belongs to (the strata drawn independently of each other).
pub fn inclusion_probability(strata: impl IntoIterator<Item = (u64, u64)>) -> f64 {
    let missed: f64 = strata
        .into_iter()
        .filter(|(_, big)| *big > 0)
        .map(|(small, big)| 1.0 - (small.min(big) as f64 / big as f64))
        .product();
    1.0 - missed
}

/// The figures of one estimator over simulated draws (see [`simulate_stratified`]).
#[derive(Debug, Clone, Serialize)]
pub struct Figures {
    /// Share of (draw, theme) pairs whose corrected interval holds the full set's human share.
    pub coverage: f64,
    /// Mean absolute error of the corrected share, in share (0–1).
    pub mae: f64,
    /// Mean width of the corrected interval.
    pub width: f64,
}

/// Simulates stratified reviews (the draw of `docs/review-format.md`): in each of `draws` draws,
/// a simple random sample of `per_question` answers (the `all:` stratum) and, per theme, one of
/// `per_theme` among the answers the rules gave it (`theme:` strata), independently. Returns the
/// figures of the plain estimator on the `all:` stratum alone, and of the stratified estimator on
/// the whole draw (every read answer weighted by its inclusion probability), over the same draws.
/// `labels` as for [`simulate`]. Deterministic for a seed.
pub fn simulate_stratified(
    labels: &[Vec<(bool, bool)>],
    per_question: usize,
    per_theme: usize,
    draws: usize,
    seed: u64,
) -> (Figures, Figures) {
    let answers = labels.first().map_or(0, Vec::len);
    assert!(labels.iter().all(|l| l.len() == answers), "every theme over the same answers");
    let truth: Vec<f64> =
        labels.iter().map(|l| l.iter().filter(|(_, h)| *h).count() as f64 / answers.max(1) as f64).collect();
    let positives: Vec<Vec<usize>> = labels.iter().map(|l| (0..answers).filter(|&i| l[i].0).collect()).collect();
    // Every answer's inclusion probability: it depends on the themes the rules gave it only.
    let probability: Vec<f64> = (0..answers)
        .map(|i| {
            let theme_strata = positives
                .iter()
                .enumerate()
                .filter(|(t, _)| labels[*t][i].0)
                .map(|(_, p)| (per_theme as u64, p.len() as u64));
            inclusion_probability(std::iter::once((per_question as u64, answers as u64)).chain(theme_strata))
        })
        .collect();
    let mut rng = SplitMix64::new(seed);
    let (mut pairs, mut covered, mut error, mut width) = (0usize, [0usize; 2], [0.0f64; 2], [0.0f64; 2]);
    let mut read = vec![false; answers];
    for _ in 0..draws {
        read.iter_mut().for_each(|r| *r = false);
        let all = sample(answers, per_question, &mut rng);
        for &i in &all {
            read[i] = true;
        }
        for p in &positives {
            for j in sample(p.len(), per_theme, &mut rng) {
                read[p[j]] = true;
            }
        }
        for (t, l) in labels.iter().enumerate() {
            let r = positives[t].len() as u64;
            let plain = estimate(answers as u64, r, Review::of(all.iter().map(|&i| l[i])), Population::Answers);
            let units: Vec<Unit> = (0..answers)
                .filter(|&i| read[i])
                .map(|i| Unit { rule: l[i].0, human: l[i].1, probability: probability[i] })
                .collect();
            let stratified = estimate_stratified(answers as u64, r, &units, None);
            let (Some(plain), Some(stratified)) = (plain, stratified) else { continue };
            pairs += 1;
            for (k, e) in [plain, stratified].iter().enumerate() {
                let ci = e.corrected_ci;
                covered[k] += (ci.low <= truth[t] && truth[t] <= ci.high) as usize;
                error[k] += (e.corrected_share - truth[t]).abs();
                width[k] += ci.high - ci.low;
            }
        }
    }
    let mean = |x: f64| if pairs == 0 { f64::NAN } else { x / pairs as f64 };
    let figures = |k: usize| Figures { coverage: mean(covered[k] as f64), mae: mean(error[k]), width: mean(width[k]) };
    (figures(0), figures(1))
}

/// `k` distinct indices in `0..n` drawn uniformly (a simple random sample without replacement,
/// partial Fisher–Yates), in draw order.
pub fn sample(n: usize, k: usize, rng: &mut SplitMix64) -> Vec<usize> {
    let k = k.min(n);
    let mut all: Vec<usize> = (0..n).collect();
    for i in 0..k {
        let j = i + rng.below((n - i) as u64) as usize;
        all.swap(i, j);
    }
    all.truncate(k);
    all
}

/// The figures of a simulated review (see [`simulate`]), over all (draw, theme) pairs.
#[derive(Debug, Clone, Serialize)]
pub struct Simulation {
    pub draws: usize,
    pub sample: usize,
    pub themes: usize,
    /// Share of (draw, theme) pairs whose corrected interval holds the full set's human share.
    pub coverage: f64,
    /// The same with the plain normal interval.
    pub coverage_normal: f64,
    /// The same with the read answers' Wilson interval.
    pub coverage_reviewed: f64,
    /// The corrected interval for [`Population::Beyond`] (wider: the rules' sampling term, no
    /// finite-population correction), against the same full-set share.
    pub coverage_beyond: f64,
    /// The plain normal interval for [`Population::Beyond`].
    pub coverage_normal_beyond: f64,
    /// Mean absolute error, in share (0–1), of the rules' raw share (the same in every draw).
    pub mae_rule: f64,
    /// Of the read answers' share.
    pub mae_reviewed: f64,
    /// Of the corrected share.
    pub mae_corrected: f64,
    /// Mean width of the read answers' Wilson interval.
    pub width_reviewed: f64,
    /// Mean width of the corrected (Agresti–Min) interval.
    pub width_corrected: f64,
    /// Mean width of the plain normal interval.
    pub width_normal: f64,
}

/// Simulates reviews: `labels[t][i]` is the (rule label, human label) of theme `t` on answer `i`
/// (every theme over the same answers). In each of `draws` draws, `sample` answers are read (the
/// same answers for every theme), and each theme's estimates are compared with its human share
/// over all the answers (so the intervals are those of [`Population::Answers`]). Deterministic
/// for a seed.
pub fn simulate(labels: &[Vec<(bool, bool)>], sample_size: usize, draws: usize, seed: u64) -> Simulation {
    let answers = labels.first().map_or(0, Vec::len);
    assert!(labels.iter().all(|l| l.len() == answers), "every theme over the same answers");
    let truth: Vec<f64> =
        labels.iter().map(|l| l.iter().filter(|(_, h)| *h).count() as f64 / answers.max(1) as f64).collect();
    let rule: Vec<u64> = labels.iter().map(|l| l.iter().filter(|(r, _)| *r).count() as u64).collect();
    let mut rng = SplitMix64::new(seed);
    let (mut pairs, mut covered, mut covered_normal, mut covered_reviewed) = (0usize, 0usize, 0usize, 0usize);
    let (mut covered_beyond, mut covered_normal_beyond) = (0usize, 0usize);
    let (mut e_rule, mut e_reviewed, mut e_corrected) = (0.0, 0.0, 0.0);
    let (mut w_reviewed, mut w_corrected, mut w_normal) = (0.0, 0.0, 0.0);
    let holds = |i: &Interval, x: f64| i.low <= x && x <= i.high;
    for _ in 0..draws {
        let read = sample(answers, sample_size, &mut rng);
        for (t, l) in labels.iter().enumerate() {
            let review = Review::of(read.iter().map(|&i| l[i]));
            let Some(e) = estimate(answers as u64, rule[t], review, Population::Answers) else { continue };
            let (n, r) = (answers as u64, rule[t]);
            let normal = corrected_interval(n, r, &review, Method::Normal, Population::Answers).expect("n > 0");
            let beyond = corrected_interval(n, r, &review, Method::AgrestiMin, Population::Beyond).expect("n > 0");
            let normal_beyond = corrected_interval(n, r, &review, Method::Normal, Population::Beyond).expect("n > 0");
            covered_beyond += holds(&beyond, truth[t]) as usize;
            covered_normal_beyond += holds(&normal_beyond, truth[t]) as usize;
            pairs += 1;
            covered += holds(&e.corrected_ci, truth[t]) as usize;
            covered_normal += holds(&normal, truth[t]) as usize;
            covered_reviewed += holds(&e.reviewed_ci, truth[t]) as usize;
            e_rule += (e.rule_share - truth[t]).abs();
            e_reviewed += (e.reviewed_share - truth[t]).abs();
            e_corrected += (e.corrected_share - truth[t]).abs();
            w_reviewed += e.reviewed_ci.high - e.reviewed_ci.low;
            w_corrected += e.corrected_ci.high - e.corrected_ci.low;
            w_normal += normal.high - normal.low;
        }
    }
    let mean = |x: f64| if pairs == 0 { f64::NAN } else { x / pairs as f64 };
    Simulation {
        draws,
        sample: sample_size.min(answers),
        themes: labels.len(),
        coverage: mean(covered as f64),
        coverage_normal: mean(covered_normal as f64),
        coverage_reviewed: mean(covered_reviewed as f64),
        coverage_beyond: mean(covered_beyond as f64),
        coverage_normal_beyond: mean(covered_normal_beyond as f64),
        mae_rule: mean(e_rule),
        mae_reviewed: mean(e_reviewed),
        mae_corrected: mean(e_corrected),
        width_reviewed: mean(w_reviewed),
        width_corrected: mean(w_corrected),
        width_normal: mean(w_normal),
    }
}

/// Answers a tag needs in the gold to enter the simulation summary of [`simulated_review`].
pub const SIMULATION_MIN_SUPPORT: u64 = 10;

/// Draws in the simulation summary of [`simulated_review`].
pub const SIMULATION_DRAWS: usize = 200;

/// `synthese eval --gold … --simulate-review N`: per question of an evaluation, the gold's
/// labels play the readers of a seeded simple random sample of `sample_size` coded answers;
/// per tag, the rules' share, the corrected share and its interval, what the read answers
/// alone say, the rules' precision and recall on them, and the gold's own share to compare;
/// then the same over [`SIMULATION_DRAWS`] draws (coverage, errors, widths) for the tags with
/// [`SIMULATION_MIN_SUPPORT`]+ answers. Markdown.
pub fn simulated_review(report: &super::report::EvalReport, sample_size: usize, seed: u64) -> String {
    use super::report::table;
    let pct = |v: f64| format!("{:.1}%", 100.0 * v);
    let ci =
        |i: Option<Interval>| i.map_or(String::new(), |i| format!(" [{:.1}, {:.1}]", 100.0 * i.low, 100.0 * i.high));
    let mut out = String::new();
    for q in &report.questions {
        let answers = q.items.len();
        let mut rng = SplitMix64::new(seed);
        let read = sample(answers, sample_size, &mut rng);
        out.push_str(&format!(
            "## Q{} — a simulated review: {} of {} coded answers read (seed {seed}), the gold as readers\n\n",
            q.question_id,
            read.len(),
            answers
        ));
        let labels: Vec<Vec<(bool, bool)>> = (0..q.tags.len())
            .map(|t| q.items.iter().map(|(g, p)| (p.contains(&t), g.contains(&t))).collect())
            .collect();
        let mut rows = Vec::new();
        for (t, row) in q.tags.iter().enumerate() {
            let rule = labels[t].iter().filter(|(r, _)| *r).count() as u64;
            let review = Review::of(read.iter().map(|&i| labels[t][i]));
            let Some(e) = estimate(answers as u64, rule, review, Population::Answers) else { continue };
            rows.push(vec![
                row.tag.clone(),
                pct(e.rule_share),
                format!("{}{}", pct(e.corrected_share), ci(Some(e.corrected_ci))),
                format!("{}{}", pct(e.reviewed_share), ci(Some(e.reviewed_ci))),
                format!("{}{}", e.precision.map_or("–".into(), pct), ci(e.precision_ci)),
                format!("{}{}", e.recall.map_or("–".into(), pct), ci(e.recall_ci)),
                pct(row.gold_share),
                match (e.low_precision, e.differs_from_rules) {
                    (true, true) => "precision < 0.7; differs".into(),
                    (true, false) => "precision < 0.7".into(),
                    (false, true) => "differs".into(),
                    (false, false) => String::new(),
                },
            ]);
        }
        out.push_str(&table(
            &["tag", "rules", "corrected [95%]", "read alone [Wilson]", "precision", "recall", "gold (all)", "flag"],
            &rows,
            &[false, true, true, true, true, true, true, false],
        ));
        let kept: Vec<Vec<(bool, bool)>> = q
            .tags
            .iter()
            .zip(labels)
            .filter(|(row, _)| row.support >= SIMULATION_MIN_SUPPORT)
            .map(|(_, l)| l)
            .collect();
        if !kept.is_empty() {
            let s = simulate(&kept, sample_size, SIMULATION_DRAWS, seed);
            let pt = |x: f64| format!("{:.2}", 100.0 * x);
            out.push_str(&format!(
                "\nOver {} draws, the {} tags with {}+ answers: the corrected interval holds the gold's share in {:.1}% \
                 of (draw, tag) pairs (plain normal interval {:.1}%, read alone {:.1}%); mean absolute error in \
                 points: rules {}, read alone {}, corrected {}; mean width: read alone {}, corrected {}.\n",
                s.draws,
                s.themes,
                SIMULATION_MIN_SUPPORT,
                100.0 * s.coverage,
                100.0 * s.coverage_normal,
                100.0 * s.coverage_reviewed,
                pt(s.mae_rule),
                pt(s.mae_reviewed),
                pt(s.mae_corrected),
                pt(s.width_reviewed),
                pt(s.width_corrected),
            ));
        }
        out.push_str(
            "\nCorrected share: the rules' share + (missed − false positives) / answers read; 95% interval of \
             Agresti–Min (½ added to each cell of the read answers' rules × readers table), for the share among \
             these answers. A flag: precision below 0.7, or the rules' share outside the corrected interval.\n\n",
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(both: u64, rule_only: u64, human_only: u64, neither: u64) -> Review {
        Review { both, rule_only, human_only, neither }
    }

    #[test]
    fn the_table_of_pairs() {
        let r = Review::of([(true, true), (true, false), (false, true), (false, false), (true, true)]);
        assert_eq!(r, table(2, 1, 1, 1));
        assert_eq!((r.n(), r.human_positive(), r.rule_positive()), (5, 3, 3));
    }

    #[test]
    fn the_corrected_share_adds_the_mean_difference() {
        // 1000 answers, the rules give the theme to 300; of 100 read, 20 false positives and 5
        // missed: 0.30 + (5 − 20) / 100 = 0.15.
        let r = table(10, 20, 5, 65);
        let e = estimate(1000, 300, r, Population::Beyond).unwrap();
        assert!((e.corrected_share - 0.15).abs() < 1e-12);
        assert!((e.reviewed_share - 0.15).abs() < 1e-12);
        assert_eq!(e.precision, Some(10.0 / 30.0));
        assert_eq!(e.recall, Some(10.0 / 15.0));
        assert!(e.low_precision && e.differs_from_rules && e.flagged());
        assert!(e.corrected_ci.low < 0.15 && 0.15 < e.corrected_ci.high);
        // The plain normal interval by hand: differences +1 ×5, −1 ×20, 0 ×75.
        let mean: f64 = -0.15;
        let var = 25.0 / 100.0 - mean * mean;
        let half = Z95 * (var / 100.0 + 0.3 * 0.7 / 1000.0).sqrt();
        let normal = corrected_interval(1000, 300, &r, Method::Normal, Population::Beyond).unwrap();
        assert!((normal.low - (0.15 - half)).abs() < 1e-12 && (normal.high - (0.15 + half)).abs() < 1e-12);
    }

    #[test]
    fn rules_that_agree_with_people_narrow_the_interval() {
        // Perfect rules: the correction is 0; the plain normal interval only has the rules'
        // sampling term, Agresti–Min keeps a margin for the disagreements a sample can miss.
        let r = table(5, 0, 0, 95);
        let e = estimate(10_000, 500, r, Population::Answers).unwrap();
        assert_eq!(e.corrected_share, 0.05);
        assert!(!e.flagged());
        let normal = corrected_interval(10_000, 500, &r, Method::Normal, Population::Beyond).unwrap();
        assert!(normal.high - normal.low < 0.01);
        let w = e.corrected_ci.high - e.corrected_ci.low;
        assert!(w > 0.02 && w < e.reviewed_ci.high - e.reviewed_ci.low, "{w}");
    }

    #[test]
    fn nothing_read_gives_no_estimate() {
        assert!(estimate(100, 10, Review::default(), Population::Answers).is_none());
        assert!(estimate(0, 0, table(1, 0, 0, 0), Population::Answers).is_none());
    }

    #[test]
    fn intervals_stay_within_zero_and_one() {
        let e = estimate(50, 0, table(0, 0, 0, 20), Population::Beyond).unwrap();
        assert_eq!(e.corrected_ci.low, 0.0);
        let e = estimate(50, 50, table(20, 0, 0, 0), Population::Beyond).unwrap();
        assert_eq!(e.corrected_ci.high, 1.0);
        // One false positive read among 20, the rules' share 1 %: −4 % unclipped, 0 reported.
        let r = table(0, 1, 0, 19);
        assert!(corrected_share(100, 1, &r).unwrap() < 0.0);
        let e = estimate(100, 1, r, Population::Answers).unwrap();
        assert_eq!((e.corrected_share, e.corrected_ci.low), (0.0, 0.0));
    }

    #[test]
    fn samples_are_distinct_uniform_and_reproducible() {
        let a = sample(50, 20, &mut SplitMix64::new(7));
        let mut sorted = a.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 20);
        assert!(sorted.iter().all(|&i| i < 50));
        assert_eq!(a, sample(50, 20, &mut SplitMix64::new(7)));
        assert_eq!(sample(5, 10, &mut SplitMix64::new(1)).len(), 5);
        // Every index about equally often.
        let mut seen = [0u32; 10];
        let mut rng = SplitMix64::new(3);
        for _ in 0..2000 {
            for i in sample(10, 3, &mut rng) {
                seen[i] += 1;
            }
        }
        assert!(seen.iter().all(|&s| (500..700).contains(&s)), "{seen:?}");
    }

    #[test]
    fn a_simple_random_sample_gives_the_plain_estimate_when_stratified() {
        // Equal probabilities: the weighted estimator is the unweighted one, interval included.
        let r = table(10, 20, 5, 65);
        let pairs = [(true, true), (true, false), (false, true), (false, false)];
        let counts = [10, 20, 5, 65];
        let units: Vec<Unit> = pairs
            .iter()
            .zip(counts)
            .flat_map(|(&(rule, human), k)| std::iter::repeat_n(Unit { rule, human, probability: 0.1 }, k))
            .collect();
        let plain = estimate(1000, 300, r, Population::Answers).unwrap();
        let weighted = estimate_stratified(1000, 300, &units, None).unwrap();
        let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
        assert!(close(plain.corrected_share, weighted.corrected_share));
        assert!(close(plain.corrected_ci.low, weighted.corrected_ci.low), "{plain:?} {weighted:?}");
        assert!(close(plain.corrected_ci.high, weighted.corrected_ci.high));
        assert!(close(plain.reviewed_ci.low, weighted.reviewed_ci.low));
        assert!(close(plain.recall_ci.unwrap().high, weighted.recall_ci.unwrap().high));
        assert!(close(plain.precision.unwrap(), weighted.precision.unwrap()));
        assert!(!weighted.stratified && close(weighted.effective_reads, 100.0));
    }

    #[test]
    fn over_sampled_rule_positives_weigh_less() {
        // 1000 answers, 100 rule-positive. Read: 50 of all (5 rule-positive, all right; 45
        // negative, 5 missed) and 50 more rule-positive (10 wrong). The rule-positive ones had
        // 1 − (1 − 50/1000)(1 − 50/100) = 0.525 chances, the others 0.05.
        let positive = 0.525;
        let mut units = vec![Unit { rule: true, human: true, probability: positive }; 45];
        units.extend(vec![Unit { rule: true, human: false, probability: positive }; 10]);
        units.extend(vec![Unit { rule: false, human: true, probability: 0.05 }; 5]);
        units.extend(vec![Unit { rule: false, human: false, probability: 0.05 }; 40]);
        let own = table(40, 10, 0, 0);
        let e = estimate_stratified(1000, 100, &units, Some(own)).unwrap();
        // Σw·d / Σw: (5·20 − 10/0.525) / (55/0.525 + 45·20).
        let w = 1.0 / positive;
        let expected = 0.1 + (5.0 * 20.0 - 10.0 * w) / (55.0 * w + 45.0 * 20.0);
        assert!((e.corrected_share - expected).abs() < 1e-12, "{e:?}");
        assert!(e.corrected_ci.low < expected && expected < e.corrected_ci.high);
        assert_eq!((e.precision, e.precision_from), (Some(0.8), "the theme's stratum"));
        assert!(e.stratified && e.effective_reads < 100.0);
        assert!(estimate_stratified(1000, 100, &[Unit { rule: true, human: true, probability: 0.0 }], None).is_none());
    }

    #[test]
    fn inclusion_probabilities_of_overlapping_strata() {
        assert!((inclusion_probability([(100, 1000)]) - 0.1).abs() < 1e-12);
        assert!((inclusion_probability([(100, 1000), (10, 20)]) - (1.0 - 0.9 * 0.5)).abs() < 1e-12);
        assert_eq!(inclusion_probability([(30, 20)]), 1.0);
    }

    #[test]
    fn a_simulation_on_synthetic_labels_covers() {
        // 1000 answers, a theme at 10 % the rules catch at 80 % recall with 10 % extra false
        // positives on the rest.
        let labels: Vec<(bool, bool)> = (0..1000)
            .map(|i| {
                let human = i % 10 == 0;
                let rule = if human { i % 50 != 0 } else { crate::hash::mix(i as u64).is_multiple_of(10) };
                (rule, human)
            })
            .collect();
        let s = simulate(&[labels], 100, 300, 11);
        assert_eq!((s.draws, s.sample, s.themes), (300, 100, 1));
        assert!(s.coverage >= 0.9, "{s:?}");
        assert!(s.mae_corrected < s.mae_rule, "{s:?}");
    }
}
