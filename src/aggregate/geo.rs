//! Places from postal codes: département and région (2019 régions), with a rule a reader can
//! check, from two small shipped tables:
//!
//! - `departements.csv` (`DEP;DEP_NOM;NBHAB2019`): the 101 départements, a byte-identical copy of
//!   the shared corpus's `geo/departements.csv` (INSEE, 2019 populations);
//! - `regions.csv` (`DEP;REG;REG_NOM`): the région of each département, written by hand from
//!   INSEE's Code officiel géographique 2019 (the 18 régions in force since 1 January 2016).
//!
//! The rule (written in every report, see [`RULE`]): spaces are removed; a code of 4 digits lost
//! its leading zero in a spreadsheet and gets it back (counted as "fixed"); a code of 5 digits
//! gives its département by prefix: `97x` overseas (971–974, 976), `20` Corsica (`200`/`201`
//! Corse-du-Sud 2A, other `20` codes Haute-Corse 2B, as in La Poste's table), otherwise the
//! first two digits (01–95). Everything else is "unknown" and stays in the counts: empty or
//! missing codes, codes that are not 4 or 5 digits (`750`), and 5-digit codes of no département
//! (`00000`, `99999`, 975/977/978 and 98x overseas collectivities). The La Poste table itself
//! is not shipped: in it, 28 of 39,201 commune lines (0.07 %) have a postal code whose prefix is
//! a neighbouring département (e.g. 05110 also serves communes of the Alpes-de-Haute-Provence);
//! the prefix rule counts them in the département of the postal code.

use std::sync::OnceLock;

pub const RULE: &str = "postal code → département by prefix: spaces removed; 4 digits get their lost leading zero back (counted as fixed); \
5 digits: 971–974 and 976 overseas, 200xx–201xx Corse-du-Sud (2A), other 20xxx Haute-Corse (2B), otherwise the first two digits (01–95); \
département → région from INSEE's 2019 geography (18 régions). Empty codes, codes of other lengths and 5-digit codes of no département \
(00000, 99999, 975, 977, 978, 98x) are counted as unknown, never dropped";

#[derive(Debug, Clone)]
pub struct Departement {
    pub code: String,
    pub name: String,
    /// Index into [`regions`].
    pub region: usize,
}

#[derive(Debug, Clone)]
pub struct Region {
    pub code: String,
    pub name: String,
}

pub struct Geography {
    pub departements: Vec<Departement>,
    pub regions: Vec<Region>,
}

/// The shipped tables, parsed once.
pub fn geography() -> &'static Geography {
    static GEO: OnceLock<Geography> = OnceLock::new();
    GEO.get_or_init(|| {
        let mut regions: Vec<Region> = Vec::new();
        let mut region_of = std::collections::HashMap::new();
        for line in include_str!("regions.csv").lines().skip(1) {
            let f: Vec<&str> = line.split(';').collect();
            let r = match regions.iter().position(|r| r.code == f[1]) {
                Some(r) => r,
                None => {
                    regions.push(Region { code: f[1].into(), name: f[2].into() });
                    regions.len() - 1
                }
            };
            region_of.insert(f[0].to_owned(), r);
        }
        let departements: Vec<Departement> = include_str!("departements.csv")
            .lines()
            .skip(1)
            .map(|line| {
                let f: Vec<&str> = line.split(';').collect();
                Departement { code: f[0].into(), name: f[1].into(), region: region_of[f[0]] }
            })
            .collect();
        // Régions in code order (01 Guadeloupe … 94 Corse), as INSEE lists them.
        let mut order: Vec<usize> = (0..regions.len()).collect();
        order.sort_by(|&a, &b| regions[a].code.cmp(&regions[b].code));
        let mut remap = vec![0; regions.len()];
        for (new, &old) in order.iter().enumerate() {
            remap[old] = new;
        }
        let regions = order.iter().map(|&i| regions[i].clone()).collect();
        let departements =
            departements.into_iter().map(|d: Departement| Departement { region: remap[d.region], ..d }).collect();
        Geography { departements, regions }
    })
}

/// What a postal code said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ZipStatus {
    /// 5 digits with a known département.
    Valid,
    /// 4 digits: the leading zero was restored.
    Fixed,
    /// No code (empty, or no postal-code column).
    Missing,
    /// Not 4 or 5 digits.
    Malformed,
    /// 5 digits, but no département has this prefix.
    NoDepartement,
}

impl ZipStatus {
    pub const ALL: [ZipStatus; 5] =
        [ZipStatus::Valid, ZipStatus::Fixed, ZipStatus::Missing, ZipStatus::Malformed, ZipStatus::NoDepartement];

    pub fn label(self) -> &'static str {
        match self {
            ZipStatus::Valid => "valid",
            ZipStatus::Fixed => "fixed (4 digits, leading zero restored)",
            ZipStatus::Missing => "unknown: no postal code",
            ZipStatus::Malformed => "unknown: not 4 or 5 digits",
            ZipStatus::NoDepartement => "unknown: 5 digits of no département",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            ZipStatus::Valid => "valid",
            ZipStatus::Fixed => "fixed",
            ZipStatus::Missing => "missing",
            ZipStatus::Malformed => "malformed",
            ZipStatus::NoDepartement => "no_departement",
        }
    }
}

/// The département (index into [`Geography::departements`]) of a postal code, and what the code
/// was like.
pub fn locate(zip: Option<&str>) -> (Option<usize>, ZipStatus) {
    let Some(zip) = zip else { return (None, ZipStatus::Missing) };
    let code: String = zip.chars().filter(|c| !c.is_whitespace()).collect();
    if code.is_empty() {
        return (None, ZipStatus::Missing);
    }
    if !code.bytes().all(|b| b.is_ascii_digit()) {
        return (None, ZipStatus::Malformed);
    }
    let (code, status) = match code.len() {
        5 => (code, ZipStatus::Valid),
        4 => (format!("0{code}"), ZipStatus::Fixed),
        _ => return (None, ZipStatus::Malformed),
    };
    let dep = match &code[..2] {
        "97" => code[..3].to_owned(),
        "20" => if matches!(&code[2..3], "0" | "1") { "2A" } else { "2B" }.to_owned(),
        two => two.to_owned(),
    };
    match geography().departements.iter().position(|d| d.code == dep) {
        Some(d) => (Some(d), status),
        None => (None, ZipStatus::NoDepartement),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dep(zip: &str) -> (Option<&'static str>, ZipStatus) {
        let (d, s) = locate(Some(zip));
        (d.map(|d| geography().departements[d].code.as_str()), s)
    }

    #[test]
    fn the_tables_cover_101_departements_in_18_regions() {
        let g = geography();
        assert_eq!(g.departements.len(), 101);
        assert_eq!(g.regions.len(), 18);
        let region = |code: &str| {
            let d = g.departements.iter().find(|d| d.code == code).unwrap();
            g.regions[d.region].name.as_str()
        };
        assert_eq!(region("2A"), "Corse");
        assert_eq!(region("09"), "Occitanie");
        assert_eq!(region("976"), "Mayotte");
        assert_eq!(region("90"), "Bourgogne-Franche-Comté");
    }

    #[test]
    fn postal_codes_by_prefix_with_corsica_and_overseas() {
        assert_eq!(dep("69008"), (Some("69"), ZipStatus::Valid));
        assert_eq!(dep("20000"), (Some("2A"), ZipStatus::Valid));
        assert_eq!(dep("20116"), (Some("2A"), ZipStatus::Valid));
        assert_eq!(dep("20229"), (Some("2B"), ZipStatus::Valid));
        assert_eq!(dep("20600"), (Some("2B"), ZipStatus::Valid));
        assert_eq!(dep("97433"), (Some("974"), ZipStatus::Valid));
        assert_eq!(dep("97600"), (Some("976"), ZipStatus::Valid));
        assert_eq!(dep(" 75 008 "), (Some("75"), ZipStatus::Valid));
    }

    #[test]
    fn lost_leading_zeros_are_fixed_and_invalid_codes_are_unknown() {
        assert_eq!(dep("1400"), (Some("01"), ZipStatus::Fixed));
        assert_eq!(dep("3390"), (Some("03"), ZipStatus::Fixed));
        assert_eq!(dep("750"), (None, ZipStatus::Malformed));
        assert_eq!(dep("75O08"), (None, ZipStatus::Malformed));
        assert_eq!(dep("00000"), (None, ZipStatus::NoDepartement));
        assert_eq!(dep("99999"), (None, ZipStatus::NoDepartement));
        assert_eq!(dep("97500"), (None, ZipStatus::NoDepartement));
        assert_eq!(dep("98000"), (None, ZipStatus::NoDepartement));
        assert_eq!(dep(""), (None, ZipStatus::Missing));
        assert_eq!(locate(None), (None, ZipStatus::Missing));
    }
}
