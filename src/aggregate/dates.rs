//! Dates of publication: the day (from the first 10 characters, `YYYY-MM-DD`, whatever follows:
//! a time, a `T`, a UTC offset) and its ISO 8601 week, without a date library.

/// Days since 1970-01-01 of a `YYYY-MM-DD…` date; `None` when it is not one.
pub fn day_number(date: &str) -> Option<i64> {
    let b = date.trim().as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |s: &[u8]| -> Option<i64> {
        s.iter().try_fold(0i64, |n, &c| c.is_ascii_digit().then(|| n * 10 + (c - b'0') as i64))
    };
    let (y, m, d) = (num(&b[0..4])?, num(&b[5..7])?, num(&b[8..10])?);
    if !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Howard Hinnant's `days_from_civil`.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// `YYYY-MM-DD` of a day number.
pub fn civil(days: i64) -> String {
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    format!("{y:04}-{m:02}-{d:02}")
}

/// The Monday starting the ISO week of a day.
pub fn week_start(days: i64) -> i64 {
    // 1970-01-01 was a Thursday: (days + 3) mod 7 is 0 on Mondays.
    days - (days + 3).rem_euclid(7)
}

/// `2019-W04`: the ISO 8601 week of a day (the week belongs to the year of its Thursday).
pub fn iso_week(days: i64) -> String {
    let thursday = week_start(days) + 3;
    let year: i64 = civil(thursday)[..4].parse().expect("a year");
    let jan1 = days_from_civil(year, 1, 1);
    let week = (thursday - jan1) / 7 + 1;
    format!("{year:04}-W{week:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_weeks() {
        let d = day_number("2019-01-22 10:00:00").unwrap();
        assert_eq!(civil(d), "2019-01-22");
        assert_eq!(civil(week_start(d)), "2019-01-21");
        assert_eq!(iso_week(d), "2019-W04");
        assert_eq!(iso_week(day_number("2019-03-18").unwrap()), "2019-W12");
        assert_eq!(iso_week(day_number("2018-12-31").unwrap()), "2019-W01");
        assert_eq!(iso_week(day_number("2021-01-03").unwrap()), "2020-W53");
        assert_eq!(day_number("2019-02-01T10:00:00+01:00").map(civil).as_deref(), Some("2019-02-01"));
        assert_eq!(day_number("2019-02-30"), None);
        assert_eq!(day_number("01/02/2019"), None);
        assert_eq!(day_number(""), None);
    }
}
