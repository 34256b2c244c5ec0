//! AWS schedule expressions (SPEC §11): `cron(…)`, `rate(…)` and `at(…)`, all in UTC, and when they fall
//! due. The cron grammar is AWS's (EventBridge / Systems Manager): six fields, `?` in exactly one of
//! day-of-month and day-of-week, SUN=1 … SAT=7, `L`, `W` and `#`.
//!
//! The matcher is our own rather than the `cron` crate's: that crate has no `L`, `W` or `#`, stops at
//! year 2100 (AWS allows 2199), and its errors can't name AWS's fields, so the parser and the
//! day-level rules had to be ours anyway; what remains (walk the days, then the hours and minutes of a
//! matching day) is a few lines.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc, Weekday};

use crate::error::{Error, Result};

/// AWS's year range for cron expressions; searches stop at its ends, so they always finish.
const MIN_YEAR: i32 = 1970;
const MAX_YEAR: i32 = 2199;

#[derive(Debug, Clone, PartialEq)]
pub enum Schedule {
    /// Boxed: the parsed fields are a few hundred bytes, the other variants 16.
    Cron(Box<Cron>),
    Rate(Duration),
    At(DateTime<Utc>),
}

/// A parsed AWS cron expression: one set per field, plus the day rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cron {
    minutes: Bits,
    hours: Bits,
    months: Bits,
    years: Bits,
    days: Days,
}

/// Which of the two day fields is in force (the other one is `?`).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Days {
    /// Day-of-month: listed days, `L` (last day), `LW` (last weekday), `15W` (weekday nearest the 15th).
    OfMonth { days: Bits, last: bool, last_weekday: bool, nearest_weekday: Bits },
    /// Day-of-week (1 = SUN … 7 = SAT): listed days, `6L` (last Friday of the month), `2#3` (third Monday).
    OfWeek { days: Bits, last: Bits, nth: Option<(u32, u32)> },
}

/// A set of small numbers `base..base+256` (years need 230 values, the others fewer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Bits {
    base: u32,
    words: [u64; 4],
}

impl Bits {
    fn new(base: u32) -> Bits {
        Bits { base, words: [0; 4] }
    }

    fn set(&mut self, v: u32) {
        if let Some(i) = v.checked_sub(self.base).filter(|i| *i < 256) {
            self.words[(i / 64) as usize] |= 1 << (i % 64);
        }
    }

    fn has(&self, v: u32) -> bool {
        match v.checked_sub(self.base).filter(|i| *i < 256) {
            Some(i) => self.words[(i / 64) as usize] & (1 << (i % 64)) != 0,
            None => false,
        }
    }
}

/// One cron field's name (as error messages say it), range and names.
struct Field {
    name: &'static str,
    min: u32,
    max: u32,
    names: &'static [&'static str],
}

const MINUTES: Field = Field { name: "minutes", min: 0, max: 59, names: &[] };
const HOURS: Field = Field { name: "hours", min: 0, max: 23, names: &[] };
const DAY_OF_MONTH: Field = Field { name: "day-of-month", min: 1, max: 31, names: &[] };
const MONTH: Field = Field {
    name: "month",
    min: 1,
    max: 12,
    names: &["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
};
/// AWS numbers the week from Sunday: SUN=1 … SAT=7 (chrono's `number_from_sunday`).
const DAY_OF_WEEK: Field =
    Field { name: "day-of-week", min: 1, max: 7, names: &["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] };
const YEAR: Field = Field { name: "year", min: MIN_YEAR as u32, max: MAX_YEAR as u32, names: &[] };

impl Schedule {
    /// Parses AWS's ScheduleExpression. Errors: `InvalidSchedule`, the message naming the expression and
    /// the field, e.g. "cron(0 2 * * * *): day-of-month and day-of-week: one of them must be ?".
    pub fn parse(expr: &str) -> Result<Schedule> {
        let expr = expr.trim();
        let parsed = if let Some(inner) = inner(expr, "cron") {
            Cron::parse(inner).map(|c| Schedule::Cron(Box::new(c)))
        } else if let Some(inner) = inner(expr, "rate") {
            parse_rate(inner).map(Schedule::Rate)
        } else if let Some(inner) = inner(expr, "at") {
            parse_at(inner).map(Schedule::At)
        } else if expr.is_empty() {
            return Err(Error::service("InvalidSchedule", "The schedule expression is empty."));
        } else {
            Err("expected cron(…), rate(…) or at(yyyy-mm-ddThh:mm:ss)".to_string())
        };
        parsed.map_err(|msg| Error::service("InvalidSchedule", format!("{expr}: {msg}")))
    }

    /// The first due time strictly after `after`, or None when there is none (an at() in the past, a
    /// cron that never fires again). `anchor` is the association's creation or update time:
    /// - rate(): the occurrences are `anchor + k*rate`, k ≥ 0;
    /// - cron(): each occurrence `c` runs at `c + offset_days` (AWS's --schedule-offset), and only
    ///   occurrences at or after `anchor` count: as AWS documents, an occurrence that had passed when the
    ///   association was made doesn't run later just because its offset falls in the future;
    /// - at(): the time itself.
    pub fn next_after(&self, after: DateTime<Utc>, anchor: DateTime<Utc>, offset_days: u32) -> Option<DateTime<Utc>> {
        match self {
            Schedule::Cron(cron) => {
                let offset = Duration::try_days(i64::from(offset_days))?;
                // The run is `offset` after the occurrence, so look for occurrences after `after - offset`.
                let start = floor_minute(after.checked_sub_signed(offset)?.naive_utc())?
                    .checked_add_signed(Duration::minutes(1))?;
                let start = start.max(ceil_minute(anchor.naive_utc())?);
                cron.next_at_or_after(start)?.and_utc().checked_add_signed(offset)
            }
            Schedule::Rate(rate) => {
                if after < anchor {
                    return Some(anchor);
                }
                let mut t = rate_floor(anchor, *rate, after)?;
                while t <= after {
                    t = t.checked_add_signed(*rate)?;
                }
                Some(t)
            }
            Schedule::At(at) => (*at > after).then_some(*at),
        }
    }

    /// The latest due time at or before `now` that is strictly after `since` (the one run to catch up on,
    /// however many were missed), or None. The due times are those of `next_after`, with the same
    /// `anchor` and `offset_days`.
    pub fn latest_due(
        &self,
        since: DateTime<Utc>,
        now: DateTime<Utc>,
        anchor: DateTime<Utc>,
        offset_days: u32,
    ) -> Option<DateTime<Utc>> {
        let due = match self {
            Schedule::Cron(cron) => {
                let offset = Duration::try_days(i64::from(offset_days))?;
                let end = floor_minute(now.checked_sub_signed(offset)?.naive_utc())?;
                let occurrence = cron.prev_at_or_before(end)?.and_utc();
                if occurrence < anchor {
                    return None;
                }
                occurrence.checked_add_signed(offset)?
            }
            Schedule::Rate(rate) => {
                if now < anchor {
                    return None;
                }
                rate_floor(anchor, *rate, now)?
            }
            Schedule::At(at) => *at,
        };
        (due > since && due <= now).then_some(due)
    }

    pub fn is_cron(&self) -> bool {
        matches!(self, Schedule::Cron(_))
    }
}

/// Checks `--schedule-offset`: 1..=6 days as AWS, and only with a cron() schedule. (That it also needs
/// `--apply-only-at-cron-interval` is the caller's check.)
pub fn check_offset(schedule: Option<&Schedule>, offset: Option<i64>) -> Result<()> {
    let Some(offset) = offset else { return Ok(()) };
    if !schedule.is_some_and(Schedule::is_cron) {
        return Err(Error::service(
            "InvalidSchedule",
            "ScheduleOffset: allowed only with a cron() schedule expression.",
        ));
    }
    if !(1..=6).contains(&offset) {
        return Err(Error::service("InvalidSchedule", format!("ScheduleOffset: {offset} is not between 1 and 6.")));
    }
    Ok(())
}

/// `name(inner)` → `inner`.
fn inner<'a>(expr: &'a str, name: &str) -> Option<&'a str> {
    expr.strip_prefix(name)?.strip_prefix('(')?.strip_suffix(')')
}

/// The latest `anchor + k*rate` (k ≥ 0) at or before `t`, for `t ≥ anchor`. Integer milliseconds, so
/// no drift however far `t` is from `anchor`.
fn rate_floor(anchor: DateTime<Utc>, rate: Duration, t: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let step = rate.num_milliseconds();
    if step <= 0 || t < anchor {
        return None;
    }
    let k = (t - anchor).num_milliseconds() / step;
    let mut due = anchor.checked_add_signed(Duration::try_milliseconds(k.checked_mul(step)?)?)?;
    while due > t {
        due = due.checked_sub_signed(rate)?;
    }
    Some(due)
}

pub(crate) fn floor_minute(t: NaiveDateTime) -> Option<NaiveDateTime> {
    t.with_second(0)?.with_nanosecond(0)
}

/// The first whole minute at or after `t`.
pub(crate) fn ceil_minute(t: NaiveDateTime) -> Option<NaiveDateTime> {
    let floor = floor_minute(t)?;
    if floor == t { Some(floor) } else { floor.checked_add_signed(Duration::minutes(1)) }
}

/// chrono's checked constructors (`Duration::try_minutes` …).
type MakeDuration = fn(i64) -> Option<Duration>;

fn parse_rate(inner: &str) -> std::result::Result<Duration, String> {
    let words: Vec<&str> = inner.split_whitespace().collect();
    let [value, unit] = words[..] else {
        return Err("expected rate(value unit), e.g. rate(30 minutes)".to_string());
    };
    if !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("the value {value} is not a whole number"));
    }
    let n: i64 = value.parse().map_err(|_| format!("the value {value} is too large"))?;
    if n < 1 {
        return Err(format!("the value must be 1 or more, not {n}"));
    }
    let (singular, plural, make): (&str, &str, MakeDuration) = match unit {
        "minute" | "minutes" => ("minute", "minutes", Duration::try_minutes),
        "hour" | "hours" => ("hour", "hours", Duration::try_hours),
        "day" | "days" => ("day", "days", Duration::try_days),
        _ => return Err(format!("the unit {unit} is not one of minute, minutes, hour, hours, day, days")),
    };
    // AWS insists on the grammatical number: rate(1 hour), rate(2 hours).
    let want = if n == 1 { singular } else { plural };
    if unit != want {
        return Err(format!("the unit must be {want} for {n}"));
    }
    make(n).ok_or_else(|| format!("the value {value} is too large"))
}

fn parse_at(inner: &str) -> std::result::Result<DateTime<Utc>, String> {
    let inner = inner.trim();
    let b = inner.as_bytes();
    let shape_ok = b.len() == 19
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b'T',
            13 | 16 => *c == b':',
            _ => c.is_ascii_digit(),
        });
    if !shape_ok {
        return Err("expected at(yyyy-mm-ddThh:mm:ss)".to_string());
    }
    // All digits, checked above: these parses can't fail.
    let num = |from: usize, to: usize| inner[from..to].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (num(0, 4), num(5, 7), num(8, 10));
    let (hour, minute, second) = (num(11, 13), num(14, 16), num(17, 19));
    if !(1..=12).contains(&month) {
        return Err(format!("month: {month} is not 1-12"));
    }
    let date = NaiveDate::from_ymd_opt(year as i32, month, day)
        .ok_or_else(|| format!("day: {day} is not a day of {year:04}-{month:02}"))?;
    if hour > 23 {
        return Err(format!("hour: {hour} is not 0-23"));
    }
    if minute > 59 {
        return Err(format!("minute: {minute} is not 0-59"));
    }
    if second > 59 {
        return Err(format!("second: {second} is not 0-59"));
    }
    let time =
        NaiveTime::from_hms_opt(hour, minute, second).ok_or_else(|| format!("time: {} is not valid", &inner[11..]))?;
    Ok(date.and_time(time).and_utc())
}

impl Cron {
    fn parse(inner: &str) -> std::result::Result<Cron, String> {
        let mut fields: Vec<String> = inner.split_whitespace().map(|f| f.to_ascii_uppercase()).collect();
        // Systems Manager's docs also show a 7-field form with a leading seconds field
        // (`cron(0 0/30 * 1/1 * ? *)`); we run on whole minutes, so only a seconds field of 0 fits.
        if fields.len() == 7 {
            let seconds = fields.remove(0);
            if !(seconds.bytes().all(|b| b.is_ascii_digit()) && seconds.parse::<u32>() == Ok(0)) {
                return Err(format!("seconds: only 0 is supported, not {seconds}"));
            }
        }
        let [minutes, hours, dom, month, dow, year] = &fields[..] else {
            return Err(format!(
                "expected 6 fields (minutes hours day-of-month month day-of-week year), got {}",
                fields.len()
            ));
        };
        // Left to right, so the first bad field is the one reported.
        let (minutes, hours) = (parse_list(&MINUTES, minutes)?, parse_list(&HOURS, hours)?);
        let days = match (dom.as_str(), dow.as_str()) {
            ("?", "?") => return Err("day-of-month and day-of-week: only one of them can be ?".to_string()),
            (dom, "?") => parse_day_of_month(dom)?,
            ("?", dow) => parse_day_of_week(dow)?,
            _ => return Err("day-of-month and day-of-week: one of them must be ?".to_string()),
        };
        Ok(Cron { minutes, hours, months: parse_list(&MONTH, month)?, years: parse_list(&YEAR, year)?, days })
    }

    /// Whether the cron fires on some minute of day `d`.
    fn day_matches(&self, d: NaiveDate) -> bool {
        let (year, month, day) = (d.year(), d.month(), d.day());
        if !self.months.has(month) || !u32::try_from(year).is_ok_and(|y| self.years.has(y)) {
            return false;
        }
        let last_day = days_in_month(year, month);
        match &self.days {
            Days::OfMonth { days, last, last_weekday, nearest_weekday } => {
                days.has(day)
                    || (*last && day == last_day)
                    || (*last_weekday && Some(day) == weekday_on_or_before(year, month, last_day))
                    || (1..=31).any(|n| nearest_weekday.has(n) && nearest_weekday_to(year, month, n) == Some(day))
            }
            Days::OfWeek { days, last, nth } => {
                let wd = d.weekday().number_from_sunday();
                days.has(wd) || (last.has(wd) && day + 7 > last_day) || *nth == Some((wd, (day - 1) / 7 + 1))
            }
        }
    }

    /// The first (hour, minute) the cron fires at or after `from` within a matching day.
    fn first_time_from(&self, (h0, m0): (u32, u32)) -> Option<NaiveTime> {
        for h in (h0..24).filter(|h| self.hours.has(*h)) {
            let start = if h == h0 { m0 } else { 0 };
            if let Some(m) = (start..60).find(|m| self.minutes.has(*m)) {
                return NaiveTime::from_hms_opt(h, m, 0);
            }
        }
        None
    }

    /// The last (hour, minute) the cron fires at or before `until` within a matching day.
    fn last_time_until(&self, (h0, m0): (u32, u32)) -> Option<NaiveTime> {
        for h in (0..=h0).rev().filter(|h| self.hours.has(*h)) {
            let end = if h == h0 { m0 } else { 59 };
            if let Some(m) = (0..=end).rev().find(|m| self.minutes.has(*m)) {
                return NaiveTime::from_hms_opt(h, m, 0);
            }
        }
        None
    }

    /// The first firing at or after `t` (a whole minute). Walks day by day, skipping whole years and
    /// months that can't match; stops after 2199. (Maintenance windows walk it in wall-clock time.)
    pub(crate) fn next_at_or_after(&self, t: NaiveDateTime) -> Option<NaiveDateTime> {
        let (mut d, mut from) = (t.date(), (t.hour(), t.minute()));
        if d.year() < MIN_YEAR {
            (d, from) = (NaiveDate::from_ymd_opt(MIN_YEAR, 1, 1)?, (0, 0));
        }
        while d.year() <= MAX_YEAR {
            let year_ok = u32::try_from(d.year()).is_ok_and(|y| self.years.has(y));
            if !year_ok {
                d = NaiveDate::from_ymd_opt(d.year() + 1, 1, 1)?;
            } else if !self.months.has(d.month()) {
                d = NaiveDate::from_ymd_opt(d.year(), d.month(), days_in_month(d.year(), d.month()))?.succ_opt()?;
            } else if let Some(time) = self.day_matches(d).then(|| self.first_time_from(from)).flatten() {
                return Some(d.and_time(time));
            } else {
                d = d.succ_opt()?;
            }
            from = (0, 0);
        }
        None
    }

    /// The last firing at or before `t` (a whole minute); stops before 1970.
    fn prev_at_or_before(&self, t: NaiveDateTime) -> Option<NaiveDateTime> {
        let (mut d, mut until) = (t.date(), (t.hour(), t.minute()));
        if d.year() > MAX_YEAR {
            (d, until) = (NaiveDate::from_ymd_opt(MAX_YEAR, 12, 31)?, (23, 59));
        }
        while d.year() >= MIN_YEAR {
            let year_ok = u32::try_from(d.year()).is_ok_and(|y| self.years.has(y));
            if !year_ok {
                d = NaiveDate::from_ymd_opt(d.year() - 1, 12, 31)?;
            } else if !self.months.has(d.month()) {
                d = NaiveDate::from_ymd_opt(d.year(), d.month(), 1)?.pred_opt()?;
            } else if let Some(time) = self.day_matches(d).then(|| self.last_time_until(until)).flatten() {
                return Some(d.and_time(time));
            } else {
                d = d.pred_opt()?;
            }
            until = (23, 59);
        }
        None
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let next =
        if month == 12 { NaiveDate::from_ymd_opt(year + 1, 1, 1) } else { NaiveDate::from_ymd_opt(year, month + 1, 1) };
    next.and_then(|d| d.pred_opt()).map_or(31, |d| d.day())
}

/// The last Monday-to-Friday on or before `day` (for `LW`).
fn weekday_on_or_before(year: i32, month: u32, day: u32) -> Option<u32> {
    let wd = NaiveDate::from_ymd_opt(year, month, day)?.weekday();
    Some(match wd {
        Weekday::Sat => day - 1,
        Weekday::Sun => day - 2,
        _ => day,
    })
}

/// `nW`: the weekday nearest day `n`, never leaving the month (Saturday the 1st → Monday the 3rd, Sunday
/// the last → Friday); none in a month that has no day `n`.
fn nearest_weekday_to(year: i32, month: u32, n: u32) -> Option<u32> {
    let last_day = days_in_month(year, month);
    let wd = NaiveDate::from_ymd_opt(year, month, n)?.weekday();
    Some(match wd {
        Weekday::Sat if n == 1 => 3,
        Weekday::Sat => n - 1,
        Weekday::Sun if n == last_day => n - 2,
        Weekday::Sun => n + 1,
        _ => n,
    })
}

fn parse_day_of_month(text: &str) -> std::result::Result<Days, String> {
    let field = &DAY_OF_MONTH;
    let (mut days, mut last, mut last_weekday, mut nearest_weekday) = (Bits::new(1), false, false, Bits::new(1));
    for item in items(field, text)? {
        if item == "L" {
            last = true;
        } else if item == "LW" {
            last_weekday = true;
        } else if let Some(day) = item.strip_suffix('W') {
            if day.is_empty() {
                return Err(format!("{}: W needs a day, as in 15W", field.name));
            }
            nearest_weekday.set(value(field, day)?);
        } else {
            add_item(field, item, &mut days)?;
        }
    }
    Ok(Days::OfMonth { days, last, last_weekday, nearest_weekday })
}

fn parse_day_of_week(text: &str) -> std::result::Result<Days, String> {
    let field = &DAY_OF_WEEK;
    let (mut days, mut last) = (Bits::new(1), Bits::new(1));
    if let Some((day, n)) = text.split_once('#') {
        // AWS: with `#` the field holds that one expression only.
        if text.contains(',') {
            return Err(format!("{}: # can't be combined with other values", field.name));
        }
        let wd = value(field, day)?;
        let n = n.parse::<u32>().ok().filter(|v| (1..=5).contains(v) && n.bytes().all(|b| b.is_ascii_digit()));
        let Some(n) = n else {
            return Err(format!("{}: the week number in {text} must be 1-5", field.name));
        };
        return Ok(Days::OfWeek { days, last, nth: Some((wd, n)) });
    }
    for item in items(field, text)? {
        if item == "L" {
            // `L` alone is the last day of the week: Saturday.
            days.set(7);
        } else if let Some(day) = item.strip_suffix('L') {
            last.set(value(field, day)?);
        } else {
            add_item(field, item, &mut days)?;
        }
    }
    Ok(Days::OfWeek { days, last, nth: None })
}

fn items<'a>(field: &Field, text: &'a str) -> std::result::Result<Vec<&'a str>, String> {
    if text == "?" {
        return Err(format!("{}: ? is allowed only in day-of-month or day-of-week", field.name));
    }
    let items: Vec<&str> = text.split(',').collect();
    if items.iter().any(|i| i.is_empty()) {
        return Err(format!("{}: {text} has an empty item", field.name));
    }
    Ok(items)
}

/// A plain list: items of `*`, `v`, `a-b`, each optionally `/step`.
fn parse_list(field: &Field, text: &str) -> std::result::Result<Bits, String> {
    let mut bits = Bits::new(field.min);
    for item in items(field, text)? {
        add_item(field, item, &mut bits)?;
    }
    Ok(bits)
}

fn add_item(field: &Field, item: &str, bits: &mut Bits) -> std::result::Result<(), String> {
    let (range, step) = match item.split_once('/') {
        Some((range, step)) => {
            let step = step.parse::<u32>().ok().filter(|s| *s >= 1 && step.bytes().all(|b| b.is_ascii_digit()));
            let Some(step) = step else {
                return Err(format!("{}: the increment in {item} must be a whole number of 1 or more", field.name));
            };
            (range, Some(step))
        }
        None => (item, None),
    };
    let (lo, hi) = if range == "*" {
        (field.min, field.max)
    } else if let Some((a, b)) = range.split_once('-') {
        let (lo, hi) = (value(field, a)?, value(field, b)?);
        if lo > hi {
            return Err(format!("{}: the range {range} runs backwards", field.name));
        }
        (lo, hi)
    } else {
        // `5/15` means from 5 to the end of the field, every 15.
        let v = value(field, range)?;
        (v, if step.is_some() { field.max } else { v })
    };
    let step = step.unwrap_or(1) as usize;
    for v in (lo..=hi).step_by(step) {
        bits.set(v);
    }
    Ok(())
}

/// A number in the field's range, or one of its names (JAN, MON …).
fn value(field: &Field, text: &str) -> std::result::Result<u32, String> {
    let v = if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse::<u32>()
            .map_err(|_| format!("{}: {text} is out of range {}-{}", field.name, field.min, field.max))?
    } else if let Some(i) = field.names.iter().position(|n| *n == text) {
        field.min + i as u32
    } else {
        return Err(format!("{}: {text} is not a valid value", field.name));
    };
    if !(field.min..=field.max).contains(&v) {
        return Err(format!("{}: {v} is out of range {}-{}", field.name, field.min, field.max));
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").expect("test time").and_utc()
    }

    fn sched(expr: &str) -> Schedule {
        Schedule::parse(expr).unwrap_or_else(|e| panic!("{expr}: {e}"))
    }

    fn err(expr: &str) -> String {
        match Schedule::parse(expr) {
            Err(Error::Service { code, message }) => {
                assert_eq!(code, "InvalidSchedule", "{expr}");
                message
            }
            other => panic!("{expr}: expected InvalidSchedule, got {other:?}"),
        }
    }

    /// (expression, after, expected next) with no offset; rate()s anchored at 2026-01-01, crons made
    /// long ago (an anchor before every occurrence).
    #[test]
    fn next_after_table() {
        let cases = [
            // 2 a.m. on the 1st of every month.
            ("cron(0 2 1 * ? *)", "2026-01-15 10:00:00", Some("2026-02-01 02:00:00")),
            ("cron(0 2 1 * ? *)", "2026-02-01 01:59:59", Some("2026-02-01 02:00:00")),
            ("cron(0 2 1 * ? *)", "2026-02-01 02:00:00", Some("2026-03-01 02:00:00")),
            // Sundays at 03:00 (SUN = 1 in AWS numbering); 2026-03-01 is a Sunday.
            ("cron(0 3 ? * SUN *)", "2026-02-26 12:00:00", Some("2026-03-01 03:00:00")),
            ("cron(0 3 ? * 1 *)", "2026-03-01 03:00:00", Some("2026-03-08 03:00:00")),
            ("cron(0 9 ? * MON-FRI *)", "2026-03-06 09:00:00", Some("2026-03-09 09:00:00")),
            ("cron(0 9 ? * 2-6 *)", "2026-03-06 09:00:00", Some("2026-03-09 09:00:00")),
            ("cron(0 9 ? * sat *)", "2026-03-01 00:00:00", Some("2026-03-07 09:00:00")),
            // 7-field form with a leading seconds field of 0, as the Systems Manager docs show it.
            ("cron(0 0/30 * 1/1 * ? *)", "2026-05-15 10:47:00", Some("2026-05-15 11:00:00")),
            ("cron(0 0/30 * 1/1 * ? *)", "2026-05-15 11:00:00", Some("2026-05-15 11:30:00")),
            ("cron(0/30 * * * ? *)", "2026-05-15 11:29:59", Some("2026-05-15 11:30:00")),
            ("cron(15,45 */6 * * ? *)", "2026-05-15 06:45:00", Some("2026-05-15 12:15:00")),
            // Last day of the month.
            ("cron(0 12 L * ? *)", "2026-02-10 00:00:00", Some("2026-02-28 12:00:00")),
            ("cron(0 12 L * ? *)", "2028-02-10 00:00:00", Some("2028-02-29 12:00:00")),
            ("cron(0 12 L * ? *)", "2026-04-30 12:00:00", Some("2026-05-31 12:00:00")),
            // Last Friday: 2026-05-29, then 2026-06-26.
            ("cron(0 9 ? * 6L *)", "2026-05-01 00:00:00", Some("2026-05-29 09:00:00")),
            ("cron(0 9 ? * FRIL *)", "2026-05-29 09:00:00", Some("2026-06-26 09:00:00")),
            // Second Monday: 2026-06-08, 2026-07-13.
            ("cron(0 9 ? * MON#2 *)", "2026-06-01 00:00:00", Some("2026-06-08 09:00:00")),
            ("cron(0 9 ? * 2#2 *)", "2026-06-08 09:00:00", Some("2026-07-13 09:00:00")),
            // Third Tuesday (the AWS docs' maintenance-window example): 2026-06-16.
            ("cron(30 23 ? * TUE#3 *)", "2026-06-01 00:00:00", Some("2026-06-16 23:30:00")),
            // Fifth Friday: only in months that have one (May 2026 has 1, 8, 15, 22, 29 → 29th).
            ("cron(0 0 ? * 6#5 *)", "2026-05-01 00:00:00", Some("2026-05-29 00:00:00")),
            ("cron(0 0 ? * 6#5 *)", "2026-05-29 00:00:00", Some("2026-07-31 00:00:00")),
            // Weekday nearest the 15th: 2026-05-15 is a Friday (itself); 2026-08-15 a Saturday (→ Fri 14th);
            // 2026-11-15 a Sunday (→ Mon 16th).
            ("cron(0 8 15W * ? *)", "2026-05-01 00:00:00", Some("2026-05-15 08:00:00")),
            ("cron(0 8 15W * ? *)", "2026-08-01 00:00:00", Some("2026-08-14 08:00:00")),
            ("cron(0 8 15W * ? *)", "2026-11-01 00:00:00", Some("2026-11-16 08:00:00")),
            // 1W when the 1st is a Saturday (2026-08-01) → Monday the 3rd, not July 31st.
            ("cron(0 8 1W * ? *)", "2026-07-31 12:00:00", Some("2026-08-03 08:00:00")),
            // 31W when the 31st is a Sunday (2026-05-31) → Friday the 29th; months without a 31st skipped.
            ("cron(0 8 31W * ? *)", "2026-05-01 00:00:00", Some("2026-05-29 08:00:00")),
            ("cron(0 8 31W * ? *)", "2026-05-29 08:00:00", Some("2026-07-31 08:00:00")),
            // Last weekday of the month: 2026-05-31 is a Sunday → Fri 29th; 2026-10-31 a Saturday → Fri 30th.
            ("cron(0 18 LW * ? *)", "2026-05-01 00:00:00", Some("2026-05-29 18:00:00")),
            ("cron(0 18 LW * ? *)", "2026-10-01 00:00:00", Some("2026-10-30 18:00:00")),
            // Leap days only.
            ("cron(0 0 29 2 ? *)", "2026-03-01 00:00:00", Some("2028-02-29 00:00:00")),
            ("cron(0 0 29 FEB ? *)", "2028-02-29 00:00:00", Some("2032-02-29 00:00:00")),
            // The 31st skips the short months.
            ("cron(0 0 31 * ? *)", "2026-03-31 00:00:00", Some("2026-05-31 00:00:00")),
            ("cron(0 0 31 * ? *)", "2026-07-31 00:00:00", Some("2026-08-31 00:00:00")),
            // Year rollover.
            ("cron(0 0 * * ? *)", "2026-12-31 23:30:00", Some("2027-01-01 00:00:00")),
            ("cron(30 23 31 DEC ? *)", "2026-12-31 23:30:00", Some("2027-12-31 23:30:00")),
            ("cron(0 10 ? JAN-MAR,NOV MON *)", "2026-03-31 00:00:00", Some("2026-11-02 10:00:00")),
            // Year field: a single year, a range; never again.
            ("cron(0 0 1 1 ? 2030)", "2026-05-01 00:00:00", Some("2030-01-01 00:00:00")),
            ("cron(0 0 1 1 ? 2027-2028)", "2028-01-01 00:00:00", None),
            ("cron(0 0 1 1 ? 2199)", "2026-05-01 00:00:00", Some("2199-01-01 00:00:00")),
            ("cron(0 0 1 1 ? 2020)", "2026-05-01 00:00:00", None),
            ("cron(0 0 30 2 ? *)", "2026-05-01 00:00:00", None),
            ("cron(0 0 * * ? *)", "2199-12-31 00:00:00", None),
            ("cron(0 0 1 1 ? *)", "1900-05-01 00:00:00", Some("1970-01-01 00:00:00")),
            // rate(): anchor + k*rate, strictly after.
            ("rate(30 minutes)", "2026-01-01 10:47:00", Some("2026-01-01 11:00:00")),
            ("rate(30 minutes)", "2026-01-01 11:00:00", Some("2026-01-01 11:30:00")),
            ("rate(30 minutes)", "2025-12-31 00:00:00", Some("2026-01-01 00:00:00")),
            ("rate(1 hour)", "2026-01-01 00:00:00", Some("2026-01-01 01:00:00")),
            ("rate(7 days)", "2026-01-08 00:00:01", Some("2026-01-15 00:00:00")),
            ("rate(1 minute)", "2026-03-01 12:34:56", Some("2026-03-01 12:35:00")),
            // at(): once.
            ("at(2026-12-24T18:00:00)", "2026-05-01 00:00:00", Some("2026-12-24 18:00:00")),
            ("at(2026-12-24T18:00:00)", "2026-12-24 18:00:00", None),
        ];
        for (expr, after, want) in cases {
            let anchor = if expr.starts_with("rate") { t("2026-01-01 00:00:00") } else { DateTime::<Utc>::MIN_UTC };
            let got = sched(expr).next_after(t(after), anchor, 0);
            assert_eq!(got, want.map(t), "{expr} after {after}");
        }
    }

    #[test]
    fn offsets_shift_each_occurrence() {
        let anchor = t("2026-01-01 00:00:00");
        // Sunday 02:00 + 2 days = Tuesday 02:00 (2026-03-01 is a Sunday).
        let s = sched("cron(0 2 ? * SUN *)");
        assert_eq!(s.next_after(t("2026-02-28 00:00:00"), anchor, 2), Some(t("2026-03-03 02:00:00")));
        // Sunday's occurrence has passed but its shifted run (Tuesday) hasn't: that run is still next.
        assert_eq!(s.next_after(t("2026-03-02 12:00:00"), anchor, 2), Some(t("2026-03-03 02:00:00")));
        assert_eq!(s.next_after(t("2026-03-03 02:00:00"), anchor, 2), Some(t("2026-03-10 02:00:00")));
        assert_eq!(
            s.latest_due(t("2026-03-01 00:00:00"), t("2026-03-04 00:00:00"), anchor, 2),
            Some(t("2026-03-03 02:00:00"))
        );
        // The AWS docs' example: second Thursday + 3 days → the Sunday after (2026-06-11 → 2026-06-14).
        let s = sched("cron(0 0 ? * THU#2 *)");
        assert_eq!(s.next_after(t("2026-06-01 00:00:00"), anchor, 3), Some(t("2026-06-14 00:00:00")));
        // Offsets are for cron only; rate() ignores it.
        assert_eq!(
            sched("rate(1 hour)").next_after(t("2026-01-01 00:30:00"), anchor, 3),
            Some(t("2026-01-01 01:00:00"))
        );
    }

    /// AWS: an occurrence that had passed when the association was made doesn't run later because of its
    /// offset; and no cron occurrence before the anchor (creation or update) is caught up on.
    #[test]
    fn cron_occurrences_before_the_anchor_do_not_count() {
        let s = sched("cron(0 2 ? * SUN *)");
        // Made Monday 2026-03-02: Sunday's occurrence had passed, so no run on Tuesday 03-03; next is 03-10.
        let made = t("2026-03-02 12:00:00");
        assert_eq!(s.next_after(made, made, 2), Some(t("2026-03-10 02:00:00")));
        assert_eq!(s.latest_due(made, t("2026-03-04 00:00:00"), made, 2), None);
        assert_eq!(s.latest_due(made, t("2026-03-10 02:00:00"), made, 2), Some(t("2026-03-10 02:00:00")));
        // Made Saturday: Sunday's occurrence is after it, its run on Tuesday counts.
        let made = t("2026-02-28 12:00:00");
        assert_eq!(s.next_after(made, made, 2), Some(t("2026-03-03 02:00:00")));
        // An occurrence exactly at the anchor counts; one a second before doesn't.
        let hourly = sched("cron(0 * * * ? *)");
        let at = t("2026-03-02 10:00:00");
        assert_eq!(hourly.next_after(at - Duration::seconds(1), at, 0), Some(at));
        assert_eq!(hourly.latest_due(at - Duration::hours(5), at + Duration::minutes(30), at, 0), Some(at));
        let made = at + Duration::seconds(1);
        assert_eq!(hourly.latest_due(at - Duration::hours(5), at + Duration::minutes(30), made, 0), None);
        assert_eq!(hourly.next_after(at - Duration::hours(5), made, 0), Some(t("2026-03-02 11:00:00")));
    }

    #[test]
    fn latest_due_collapses_missed_runs() {
        let anchor = t("2026-05-15 09:10:00");
        let hourly = sched("cron(0 * * * ? *)");
        assert_eq!(
            hourly.latest_due(t("2026-05-15 08:00:00"), t("2026-05-15 10:47:00"), anchor, 0),
            Some(t("2026-05-15 10:00:00"))
        );
        // Already ran the latest one: nothing due.
        assert_eq!(hourly.latest_due(t("2026-05-15 10:00:00"), t("2026-05-15 10:47:00"), anchor, 0), None);
        // Due exactly now counts.
        assert_eq!(
            hourly.latest_due(t("2026-05-15 10:00:00"), t("2026-05-15 11:00:00"), anchor, 0),
            Some(t("2026-05-15 11:00:00"))
        );

        let every30 = sched("rate(30 minutes)");
        assert_eq!(
            every30.latest_due(t("2026-05-15 09:10:00"), t("2026-05-15 10:47:00"), anchor, 0),
            Some(t("2026-05-15 10:40:00"))
        );
        assert_eq!(every30.latest_due(t("2026-05-15 10:40:00"), t("2026-05-15 10:47:00"), anchor, 0), None);
        assert_eq!(every30.latest_due(t("2026-05-15 00:00:00"), t("2026-05-15 09:00:00"), anchor, 0), None);
        // The anchor itself is an occurrence (k = 0).
        assert_eq!(every30.latest_due(t("2026-05-15 09:00:00"), t("2026-05-15 09:20:00"), anchor, 0), Some(anchor));
        // Far from the anchor: integer arithmetic, no drift.
        assert_eq!(
            every30.latest_due(t("2030-01-01 00:00:00"), t("2030-05-15 10:47:00"), anchor, 0),
            Some(t("2030-05-15 10:40:00"))
        );

        let once = sched("at(2026-12-24T18:00:00)");
        assert_eq!(
            once.latest_due(t("2026-12-01 00:00:00"), t("2026-12-25 00:00:00"), anchor, 0),
            Some(t("2026-12-24 18:00:00"))
        );
        assert_eq!(once.latest_due(t("2026-12-24 18:00:00"), t("2026-12-25 00:00:00"), anchor, 0), None);
        assert_eq!(once.latest_due(t("2026-12-01 00:00:00"), t("2026-12-24 17:59:59"), anchor, 0), None);

        let leap = sched("cron(0 0 29 2 ? *)");
        assert_eq!(
            leap.latest_due(t("2020-01-01 00:00:00"), t("2027-06-01 00:00:00"), t("2001-01-01 00:00:00"), 0),
            Some(t("2024-02-29 00:00:00"))
        );
        let never = sched("cron(0 0 1 1 ? 2030)");
        assert_eq!(never.latest_due(t("2020-01-01 00:00:00"), t("2027-06-01 00:00:00"), anchor, 0), None);
    }

    #[test]
    fn errors_name_the_field() {
        let cases = [
            ("cron(0 2 * * * *)", "cron(0 2 * * * *): day-of-month and day-of-week: one of them must be ?"),
            ("cron(0 2 ? * ? *)", "day-of-month and day-of-week: only one of them can be ?"),
            ("cron(0 2 1 * MON *)", "one of them must be ?"),
            ("rate(1 hours)", "rate(1 hours): the unit must be hour for 1"),
            ("rate(2 hour)", "rate(2 hour): the unit must be hours for 2"),
            ("rate(0 minutes)", "rate(0 minutes): the value must be 1 or more"),
            ("rate(-5 minutes)", "not a whole number"),
            ("rate(5 weeks)", "the unit weeks is not one of"),
            ("rate(5)", "expected rate(value unit)"),
            ("rate(99999999999999999999 days)", "too large"),
            ("rate(9999999999999 days)", "too large"),
            ("at(2026-13-01T00:00:00)", "at(2026-13-01T00:00:00): month: 13 is not 1-12"),
            ("at(2026-02-30T00:00:00)", "day: 30 is not a day of 2026-02"),
            ("at(2026-02-10T24:00:00)", "hour: 24 is not 0-23"),
            ("at(2026-02-10T10:60:00)", "minute: 60 is not 0-59"),
            ("at(2026-02-10T10:00:60)", "second: 60 is not 0-59"),
            ("at(2026-02-10 10:00:00)", "expected at(yyyy-mm-ddThh:mm:ss)"),
            ("at(2026-2-1T10:00:00)", "expected at(yyyy-mm-ddThh:mm:ss)"),
            ("cron(61 * * * ? *)", "cron(61 * * * ? *): minutes: 61 is out of range 0-59"),
            ("cron(0 24 * * ? *)", "hours: 24 is out of range 0-23"),
            ("cron(0 0 32 * ? *)", "day-of-month: 32 is out of range 1-31"),
            ("cron(0 0 0 * ? *)", "day-of-month: 0 is out of range 1-31"),
            ("cron(0 0 1 13 ? *)", "month: 13 is out of range 1-12"),
            ("cron(0 0 ? * 8 *)", "day-of-week: 8 is out of range 1-7"),
            ("cron(0 0 ? * 0 *)", "day-of-week: 0 is out of range 1-7"),
            ("cron(0 0 1 * ? 1969)", "year: 1969 is out of range 1970-2199"),
            ("cron(0 0 1 * ? 2200)", "year: 2200 is out of range 1970-2199"),
            (
                "cron(* * * *)",
                "cron(* * * *): expected 6 fields (minutes hours day-of-month month day-of-week year), got 4",
            ),
            ("cron()", "got 0"),
            ("cron(0 0 0 1 1 ? * *)", "got 8"),
            ("cron(30 0 2 * * ? *)", "seconds: only 0 is supported, not 30"),
            ("cron(0 0 1 FOO ? *)", "month: FOO is not a valid value"),
            ("cron(0 0 ? * MON#6 *)", "day-of-week: the week number in MON#6 must be 1-5"),
            ("cron(0 0 ? * MON#+2 *)", "day-of-week: the week number in MON#+2 must be 1-5"),
            ("cron(61 * * * * *)", "minutes: 61 is out of range"),
            ("cron(+5 * * * ? *)", "minutes: +5 is not a valid value"),
            ("cron(0 0 ? * MON#2,FRI *)", "day-of-week: # can't be combined"),
            ("cron(0 0 W * ? *)", "day-of-month: W needs a day"),
            ("cron(0 0 32W * ? *)", "day-of-month: 32 is out of range"),
            ("cron(0/0 * * * ? *)", "minutes: the increment in 0/0 must be"),
            ("cron(0 5-2 * * ? *)", "hours: the range 5-2 runs backwards"),
            ("cron(0 1,,2 * * ? *)", "hours: 1,,2 has an empty item"),
            ("cron(? 0 1 * ? *)", "minutes: ? is allowed only in day-of-month or day-of-week"),
            ("cron(0 0 L-3 * ? *)", "day-of-month: L is not a valid value"),
            ("cron(0 0 ? * L# *)", "day-of-week: L is not a valid value"),
            ("cron(0 0 1 * ? 99999999999)", "year: 99999999999 is out of range"),
            ("every 5 minutes", "expected cron(…), rate(…) or at(yyyy-mm-ddThh:mm:ss)"),
            ("CRON(0 0 1 * ? *)", "expected cron(…)"),
        ];
        for (expr, want) in cases {
            let msg = err(expr);
            assert!(msg.contains(want), "{expr}: message {msg:?} lacks {want:?}");
        }
        assert_eq!(err(""), "The schedule expression is empty.");
    }

    #[test]
    fn accepted_forms() {
        for expr in [
            "cron(0 10 * * ? *)",
            " cron( 0  10 * * ?  * ) ",
            "cron(0 0 ? * 6L 2026-2030)",
            "cron(0 0 L,1,15 * ? */2)",
            "cron(0 0 ? * L *)",
            "cron(0 0 ? * mon-fri *)",
            "cron(00 0 0 ? * 7 *)",
            "cron(5/15 0-6/2 1-10/3 JAN-JUN/2 ? *)",
            "rate(1 minute)",
            "rate(2 minutes)",
            "rate(1 day)",
            "rate(12 hours)",
            "at(2020-07-07T15:55:00)",
        ] {
            sched(expr);
        }
        assert!(matches!(sched("rate(5 minutes)"), Schedule::Rate(_)));
        assert!(!sched("rate(5 minutes)").is_cron());
        assert!(sched("cron(0 2 1 * ? *)").is_cron());
        assert!(!sched("at(2020-07-07T15:55:00)").is_cron());
        assert_eq!(sched("rate(7 days)"), Schedule::Rate(Duration::days(7)));
        assert_eq!(sched("at(2020-07-07T15:55:00)"), Schedule::At(t("2020-07-07 15:55:00")));
        // The 7-field form is the same schedule as the 6-field one.
        assert_eq!(sched("cron(0 0/30 * 1/1 * ? *)"), sched("cron(0/30 * 1/1 * ? *)"));
    }

    #[test]
    fn field_semantics() {
        let anchor = t("2026-01-01 00:00:00");
        let next = |expr: &str, after: &str| sched(expr).next_after(t(after), anchor, 0);
        // `L` alone in day-of-week is Saturday; SAT = 7.
        assert_eq!(next("cron(0 0 ? * L *)", "2026-03-01 00:00:00"), Some(t("2026-03-07 00:00:00")));
        // 5/15 in minutes: 5, 20, 35, 50.
        assert_eq!(next("cron(5/15 * * * ? *)", "2026-03-01 10:50:00"), Some(t("2026-03-01 11:05:00")));
        assert_eq!(next("cron(5/15 * * * ? *)", "2026-03-01 10:21:00"), Some(t("2026-03-01 10:35:00")));
        // Month step: JAN/3 → Jan, Apr, Jul, Oct.
        assert_eq!(next("cron(0 0 1 JAN/3 ? *)", "2026-01-01 00:00:00"), Some(t("2026-04-01 00:00:00")));
        // Year step: */2 from 1970 → even years.
        assert_eq!(next("cron(0 0 1 1 ? */2)", "2026-01-01 00:00:00"), Some(t("2028-01-01 00:00:00")));
        // A list mixing L and days.
        assert_eq!(next("cron(0 0 1,L * ? *)", "2026-02-01 00:00:00"), Some(t("2026-02-28 00:00:00")));
    }

    #[test]
    fn check_offset_rules() {
        let cron = sched("cron(0 2 ? * SUN *)");
        let rate = sched("rate(1 day)");
        assert!(check_offset(Some(&cron), None).is_ok());
        assert!(check_offset(None, None).is_ok());
        assert!(check_offset(Some(&rate), None).is_ok());
        for n in 1..=6 {
            assert!(check_offset(Some(&cron), Some(n)).is_ok());
        }
        let msg = |r: Result<()>| match r {
            Err(Error::Service { code, message }) if code == "InvalidSchedule" => message,
            other => panic!("expected InvalidSchedule, got {other:?}"),
        };
        assert!(msg(check_offset(Some(&rate), Some(2))).contains("only with a cron()"));
        assert!(msg(check_offset(None, Some(2))).contains("only with a cron()"));
        assert!(msg(check_offset(Some(&sched("at(2026-12-24T18:00:00)")), Some(2))).contains("only with a cron()"));
        assert!(msg(check_offset(Some(&cron), Some(7))).contains("7 is not between 1 and 6"));
        assert!(msg(check_offset(Some(&cron), Some(0))).contains("0 is not between 1 and 6"));
        assert!(msg(check_offset(Some(&cron), Some(-1))).contains("-1 is not between 1 and 6"));
    }

    /// next_after and latest_due agree: nothing fires strictly between a time and its next occurrence,
    /// and the next occurrence is the latest due at that time. Pseudo-random expressions and times.
    #[test]
    fn next_and_latest_agree() {
        let exprs = [
            "cron(0 2 1 * ? *)",
            "cron(7/13 */5 * * ? *)",
            "cron(0 12 L * ? *)",
            "cron(0 9 ? * 6L *)",
            "cron(0 9 ? * MON#2 *)",
            "cron(30 8 15W * ? *)",
            "cron(0 18 LW * ? *)",
            "cron(0 0 29 2 ? *)",
            "cron(59 23 31 * ? *)",
            "cron(0 0 ? * TUE,THU 2026-2031)",
            "rate(30 minutes)",
            "rate(7 days)",
            "rate(1 hour)",
        ];
        let anchor = t("2026-01-01 00:07:00");
        let mut seed: u64 = 0x5eed;
        for expr in exprs {
            let s = sched(expr);
            for _ in 0..200 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let secs = (seed >> 33) % (5 * 365 * 86400);
                let after = anchor + Duration::seconds(secs as i64);
                let next = s.next_after(after, anchor, 0).unwrap_or_else(|| panic!("{expr} after {after}"));
                assert!(next > after);
                assert_eq!(s.latest_due(after, next, anchor, 0), Some(next), "{expr} after {after}");
                let just_before = next - Duration::seconds(1);
                assert_eq!(
                    s.latest_due(after, just_before, anchor, 0),
                    None,
                    "{expr}: something between {after} and {next}"
                );
                for offset in [1, 6] {
                    let shifted = s.next_after(after, anchor, offset).unwrap_or_else(|| panic!("{expr}"));
                    assert!(shifted > after);
                    assert_eq!(s.latest_due(after, shifted, anchor, offset), Some(shifted), "{expr} +{offset}");
                }
            }
        }
    }

    /// Nothing panics on hostile input or extreme times.
    #[test]
    fn never_panics() {
        let inputs = [
            "",
            "(",
            ")",
            "cron",
            "cron(",
            "cron)",
            "rate()",
            "at()",
            "at(",
            "cron(,,,,,)",
            "cron(- - - - - -)",
            "cron(/ / / / ? /)",
            "cron(*/ * * * ? *)",
            "cron(1-/2 * * * ? *)",
            "cron(4294967295 * * * ? *)",
            "cron(0 0 ? * #2 *)",
            "cron(0 0 ? * MON# *)",
            "cron(0 0 ? * MON#99999999999 *)",
            "cron(0 0 ? * L *)",
            "cron(0 0 ? * LL *)",
            "cron(0 0 LW,W * ? *)",
            "cron(0 0 WL * ? *)",
            "cron(0 0 ?? * ? *)",
            "cron(0 0 ? * ? ?)",
            "rate(1 minute extra)",
            "rate(١ minute)",
            "at(２026-01-01T00:00:00)",
            "at(2026-01-01T00:00:00Z)",
            "cron(0 0 1 * ? 2026-1970)",
            "cron(\u{0} 0 1 * ? *)",
            "rate(1\u{a0}minute)",
        ];
        for input in inputs {
            let _ = Schedule::parse(input);
        }
        let anchor = t("2026-01-01 00:00:00");
        for s in [
            sched("cron(* * * * ? *)"),
            sched("rate(1 minute)"),
            sched("rate(9999999 days)"),
            sched("at(2026-01-01T00:00:00)"),
        ] {
            for when in [DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC, anchor] {
                let _ = s.next_after(when, anchor, u32::MAX);
                let _ = s.next_after(when, when, 0);
                let _ = s.latest_due(DateTime::<Utc>::MIN_UTC, when, anchor, u32::MAX);
                let _ = s.latest_due(when, DateTime::<Utc>::MAX_UTC, when, 0);
            }
        }
        // A hand-made zero or negative rate (parse never makes one) gives None, not a hang.
        assert_eq!(Schedule::Rate(Duration::zero()).next_after(anchor - Duration::hours(1), anchor, 0), Some(anchor));
        assert_eq!(Schedule::Rate(Duration::zero()).next_after(anchor + Duration::hours(1), anchor, 0), None);
        assert_eq!(
            Schedule::Rate(Duration::minutes(-5)).latest_due(anchor, anchor + Duration::hours(1), anchor, 0),
            None
        );
    }
}
