//! When a maintenance window fires (SPEC §19): its Schedule read in its ScheduleTimezone,
//! moved by ScheduleOffset and bounded by StartDate and EndDate.
//!
//! The rules, where the clocks make them matter:
//! - cron() matches wall-clock times of the zone. A wall time that does not exist that
//!   night (spring forward) fires at that wall time read with the offset in force before
//!   the change, i.e. shifted forward by the gap (Berlin 02:30 → 03:30 CEST); a wall time
//!   that occurs twice (autumn) fires once, at its first occurrence.
//! - ScheduleOffset adds calendar days to the cron occurrence (TUE#3 23:30 + 2 → that
//!   Thursday 23:30); an occurrence before the window's last create/update (or before
//!   StartDate) does not count, even when occurrence + offset lies after it.
//! - at() is a wall time of the zone; rate() is a fixed duration, anchored on StartDate when
//!   that was in the future at the last create/update, else on that create/update.
//! - Fire times are whole minutes (the tick's granularity): a StartDate or at() with seconds
//!   fires at the next whole minute. No fire before StartDate, none after EndDate.

use crate::error::{Error, Result};
use crate::schedule::{Cron, Schedule};
use crate::store::maintenance_windows::WindowRow;
use chrono::offset::LocalResult;
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

/// How far east (+14:00) or west (-12:00) of UTC any zone's clocks run: a wall time `L`
/// is the instant `L - offset`, so within these bounds of `L` read as UTC.
fn max_east() -> Duration {
    Duration::hours(14)
}

fn max_west() -> Duration {
    Duration::hours(12)
}

/// A window's schedule, parsed once; fire times are computed from it, never stored.
#[derive(Debug, Clone)]
pub struct WindowSchedule {
    kind: Kind,
    /// None: UTC.
    tz: Option<Tz>,
    offset_days: i64,
    start: Option<DateTime<Utc>>,
    end: Option<DateTime<Utc>>,
    /// Cron occurrences before it don't count: the last create/update, or StartDate if later.
    anchor: DateTime<Utc>,
}

#[derive(Debug, Clone)]
enum Kind {
    Cron(Box<Cron>),
    /// Fires at `first + k*step`, k ≥ 0 (None: beyond the calendar).
    Rate {
        first: Option<DateTime<Utc>>,
        step: Duration,
    },
    /// A wall time of the zone.
    At(NaiveDateTime),
}

fn invalid(message: impl Into<String>) -> Error {
    Error::service("ValidationException", message)
}

/// An IANA zone name (`Europe/Berlin`); AWS's own examples also write `etc/UTC`, so the
/// case of a known name is forgiven.
pub fn zone(name: &str) -> Result<Tz> {
    name.parse::<Tz>()
        .ok()
        .or_else(|| chrono_tz::TZ_VARIANTS.iter().find(|z| z.name().eq_ignore_ascii_case(name)).copied())
        .ok_or_else(|| {
            invalid(format!(
                "ScheduleTimezone {name}: not a known IANA time zone (such as Europe/Berlin, America/New_York or UTC)."
            ))
        })
}

fn zone_of(w: &WindowRow) -> Result<Option<Tz>> {
    w.schedule_timezone.as_deref().map(zone).transpose()
}

/// Schedule, with the parser's message (which names the expression and the field).
fn parse_schedule(expr: &str) -> Result<Schedule> {
    Schedule::parse(expr).map_err(|e| match e {
        Error::Service { message, .. } if expr.trim().is_empty() => invalid(format!("Schedule: {message}")),
        Error::Service { message, .. } => invalid(format!("Schedule {message}")),
        other => other,
    })
}

/// The instant a wall time of `tz` names, by the rules above: a time in a gap is read with
/// the offset before the gap; a time that occurs twice is its first occurrence.
fn instant(tz: Option<Tz>, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    let Some(tz) = tz else { return Some(local.and_utc()) };
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(a, b) => Some(a.with_timezone(&Utc).min(b.with_timezone(&Utc))),
        LocalResult::None => {
            // Step back until the clocks exist again: that offset is the one before the change.
            // Gaps are an hour or so; Samoa skipped a whole day in 2011, hence the reach.
            let before = (1..=48).find_map(|h| {
                let earlier = local.checked_sub_signed(Duration::hours(h))?;
                match tz.from_local_datetime(&earlier) {
                    LocalResult::Single(t) => Some(t.offset().fix()),
                    LocalResult::Ambiguous(_, later) => Some(later.offset().fix()),
                    LocalResult::None => None,
                }
            })?;
            let secs = i64::from(before.local_minus_utc());
            Some(local.checked_sub_signed(Duration::seconds(secs))?.and_utc())
        }
    }
}

/// The schedule module's whole minutes, on instants.
fn floor_minute(t: DateTime<Utc>) -> DateTime<Utc> {
    crate::schedule::floor_minute(t.naive_utc()).map(|m| m.and_utc()).unwrap_or(t)
}

fn ceil_minute(t: DateTime<Utc>) -> DateTime<Utc> {
    crate::schedule::ceil_minute(t.naive_utc()).map(|m| m.and_utc()).unwrap_or(t)
}

/// StartDate or EndDate: ISO 8601 with an offset (`Z`, `+09:00`), or without one, read in
/// the window's zone. Minutes are needed; seconds and fractions may follow.
pub fn parse_date(member: &str, text: &str, tz: Option<Tz>) -> Result<DateTime<Utc>> {
    let s = text.trim();
    let bad = || {
        invalid(format!(
            "{member} {text}: not an ISO-8601 date and time; use 2027-03-01T02:00:00Z, 2027-03-01T02:00+01:00, or \
             2027-03-01T02:00 in the window's ScheduleTimezone."
        ))
    };
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    let zoned = match s.strip_suffix('Z').or_else(|| s.strip_suffix('z')) {
        Some(rest) => format!("{rest}+00:00"),
        None => s.to_string(),
    };
    for f in ["%Y-%m-%dT%H:%M:%S%.f%:z", "%Y-%m-%dT%H:%M%:z", "%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%dT%H:%M%z"] {
        if let Ok(t) = DateTime::parse_from_str(&zoned, f) {
            return Ok(t.with_timezone(&Utc));
        }
    }
    let naive = ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
        .or_else(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().and_then(|d| d.and_hms_opt(0, 0, 0)));
    naive.and_then(|n| instant(tz, n)).ok_or_else(bad)
}

/// The checks of create- and update-maintenance-window on the window they would store.
/// `end_date_given`: the request sets EndDate, which must then lie in the future (an
/// update that leaves an expired EndDate alone is not refused for it).
pub fn validate(w: &WindowRow, now: DateTime<Utc>, end_date_given: bool) -> Result<()> {
    let schedule = parse_schedule(&w.schedule)?;
    let tz = zone_of(w)?;
    if let Some(offset) = w.schedule_offset {
        if !schedule.is_cron() {
            return Err(invalid(format!(
                "ScheduleOffset {offset}: allowed only with a cron() Schedule, not {}.",
                w.schedule.trim()
            )));
        }
        if !(1..=6).contains(&offset) {
            return Err(invalid(format!("ScheduleOffset {offset}: must be 1 to 6 days.")));
        }
    }
    let start = w.start_date.as_deref().map(|s| parse_date("StartDate", s, tz)).transpose()?;
    let end = w.end_date.as_deref().map(|s| parse_date("EndDate", s, tz)).transpose()?;
    if let (Some(start), Some(end)) = (start, end)
        && end <= start
    {
        return Err(invalid(format!(
            "EndDate {} is not after StartDate {}.",
            w.end_date.as_deref().unwrap_or_default(),
            w.start_date.as_deref().unwrap_or_default()
        )));
    }
    if end_date_given
        && let Some(end) = end
        && end <= now
    {
        return Err(invalid(format!(
            "EndDate {}: is in the past; it must be in the future.",
            w.end_date.as_deref().unwrap_or_default()
        )));
    }
    if !(1..=24).contains(&w.duration) {
        return Err(invalid(format!("Duration {}: must be 1 to 24 hours.", w.duration)));
    }
    if !(0..=23).contains(&w.cutoff) {
        return Err(invalid(format!("Cutoff {}: must be 0 to 23 hours.", w.cutoff)));
    }
    if w.cutoff >= w.duration {
        return Err(invalid(format!(
            "Cutoff {} must be less than Duration {}: no task starts in the last Cutoff hours of the window.",
            w.cutoff, w.duration
        )));
    }
    Ok(())
}

/// A fire time as the window's clocks read it, to the minute with their offset:
/// `2027-03-28T03:30+02:00`, or `2027-03-28T01:30Z` where the offset is zero.
pub fn shown(t: DateTime<Utc>, w: &WindowRow) -> String {
    let tz = zone_of(w).ok().flatten();
    let (local, secs) = match tz {
        Some(tz) => {
            let l = t.with_timezone(&tz);
            (l.naive_local(), l.offset().fix().local_minus_utc())
        }
        None => (t.naive_utc(), 0),
    };
    let offset = if secs == 0 {
        "Z".to_string()
    } else {
        let sign = if secs < 0 { '-' } else { '+' };
        let a = secs.abs();
        format!("{sign}{:02}:{:02}", a / 3600, a % 3600 / 60)
    };
    format!("{}{offset}", local.format("%Y-%m-%dT%H:%M"))
}

impl WindowSchedule {
    /// The schedule of a stored window (validated when it was stored).
    pub fn of(w: &WindowRow) -> Result<WindowSchedule> {
        let tz = zone_of(w)?;
        let start = w.start_date.as_deref().map(|s| parse_date("StartDate", s, tz)).transpose()?;
        let end = w.end_date.as_deref().map(|s| parse_date("EndDate", s, tz)).transpose()?;
        let kind = match parse_schedule(&w.schedule)? {
            Schedule::Cron(c) => Kind::Cron(c),
            Schedule::Rate(step) => {
                // "A StartDate in the past means now": the cadence starts at the last
                // create/update, its first fire one step later.
                let first = match start {
                    Some(s) if s > w.modified => Some(ceil_minute(s)),
                    _ => floor_minute(w.modified).checked_add_signed(step),
                };
                Kind::Rate { first, step }
            }
            // The parser reads at() as UTC; for a window it is a wall time of the zone.
            Schedule::At(t) => Kind::At(ceil_minute(t).naive_utc()),
        };
        let anchor = start.map_or(w.modified, |s| s.max(w.modified));
        Ok(WindowSchedule { kind, tz, offset_days: w.schedule_offset.unwrap_or(0), start, end, anchor })
    }

    /// The fire times strictly after `after`, oldest first.
    pub fn fires_after(&self, after: DateTime<Utc>) -> Fires<'_> {
        let walk = match &self.kind {
            Kind::Cron(_) => {
                // Wall times whose fire could be after `after`, or whose occurrence could be
                // at or after the anchor: a wall time is within max_west of its instant.
                let back = |t: DateTime<Utc>, d: Duration| t.checked_sub_signed(d).unwrap_or(DateTime::<Utc>::MIN_UTC);
                let days = Duration::days(self.offset_days);
                let from = back(back(after, days), max_west()).max(back(self.anchor, max_west()));
                Walk::Cron { cursor: Some(floor_minute(from).naive_utc()), pending: BinaryHeap::new(), last: None }
            }
            Kind::Rate { first, step } => {
                let lower = match self.start.and_then(|s| s.checked_sub_signed(Duration::nanoseconds(1))) {
                    Some(s) => after.max(s),
                    None => after,
                };
                Walk::Rate { next: first.and_then(|f| first_rate_after(f, *step, lower)), step: *step }
            }
            Kind::At(local) => {
                Walk::Once(instant(self.tz, *local).filter(|t| *t > after && self.start.is_none_or(|s| *t >= s)))
            }
        };
        Fires { s: self, after, walk, done: false }
    }

    /// The first fire time strictly after `after`.
    pub fn next_after(&self, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.fires_after(after).next()
    }

    /// The fire times strictly after `after` and at or before `upto`, oldest first; when
    /// there are more than `limit`, the latest `limit` and how many older ones were dropped.
    pub fn fires_between(
        &self,
        after: DateTime<Utc>,
        upto: DateTime<Utc>,
        limit: usize,
    ) -> (Vec<DateTime<Utc>>, usize) {
        let mut kept: VecDeque<DateTime<Utc>> = VecDeque::new();
        let mut dropped = 0;
        for t in self.fires_after(after).take_while(|t| *t <= upto) {
            kept.push_back(t);
            if kept.len() > limit {
                kept.pop_front();
                dropped += 1;
            }
        }
        (kept.into(), dropped)
    }
}

/// The first `first + k*step` (k ≥ 0) strictly after `lower`; integer milliseconds, so no
/// drift however far apart.
fn first_rate_after(first: DateTime<Utc>, step: Duration, lower: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let ms = step.num_milliseconds();
    if ms <= 0 {
        return None;
    }
    if first > lower {
        return Some(first);
    }
    let k = (lower - first).num_milliseconds() / ms;
    let mut t = first.checked_add_signed(Duration::try_milliseconds(k.checked_mul(ms)?)?)?;
    while t <= lower {
        t = t.checked_add_signed(step)?;
    }
    Some(t)
}

/// The fire times of a schedule in order (see [`WindowSchedule::fires_after`]).
pub struct Fires<'a> {
    s: &'a WindowSchedule,
    after: DateTime<Utc>,
    walk: Walk,
    done: bool,
}

enum Walk {
    /// Wall times are walked in order; their instants are nearly in order too, except that a
    /// time shifted out of a spring gap may come after later wall times. So instants wait in
    /// `pending` until no later wall time can give an earlier one.
    Cron {
        cursor: Option<NaiveDateTime>,
        pending: BinaryHeap<Reverse<DateTime<Utc>>>,
        last: Option<DateTime<Utc>>,
    },
    Rate {
        next: Option<DateTime<Utc>>,
        step: Duration,
    },
    Once(Option<DateTime<Utc>>),
}

impl Iterator for Fires<'_> {
    type Item = DateTime<Utc>;

    fn next(&mut self) -> Option<DateTime<Utc>> {
        if self.done {
            return None;
        }
        let t = match &mut self.walk {
            Walk::Once(t) => t.take(),
            Walk::Rate { next, step } => {
                let t = *next;
                *next = t.and_then(|t| t.checked_add_signed(*step));
                t
            }
            Walk::Cron { cursor, pending, last } => {
                let Kind::Cron(cron) = &self.s.kind else { return None };
                next_cron(self.s, cron, self.after, cursor, pending, last)
            }
        };
        match t {
            Some(t) if self.s.end.is_none_or(|e| t <= e) => Some(t),
            _ => {
                self.done = true;
                None
            }
        }
    }
}

fn next_cron(
    s: &WindowSchedule,
    cron: &Cron,
    after: DateTime<Utc>,
    cursor: &mut Option<NaiveDateTime>,
    pending: &mut BinaryHeap<Reverse<DateTime<Utc>>>,
    last: &mut Option<DateTime<Utc>>,
) -> Option<DateTime<Utc>> {
    let days = Duration::days(s.offset_days);
    loop {
        // Every wall time from the cursor on fires at or after this instant (None: there
        // are no more wall times).
        let safe = cursor.map(|c| {
            c.checked_add_signed(days)
                .and_then(|c| c.and_utc().checked_sub_signed(max_east()))
                .unwrap_or(DateTime::<Utc>::MIN_UTC)
        });
        if let Some(Reverse(top)) = pending.peek().copied()
            && safe.is_none_or(|safe| top <= safe)
        {
            pending.pop();
            if *last == Some(top) {
                // A time shifted out of a gap that a real wall time also names: once.
                continue;
            }
            *last = Some(top);
            return Some(top);
        }
        let c = (*cursor)?;
        // Past EndDate with nothing pending: no more fires.
        if pending.is_empty() && s.end.is_some_and(|e| safe.is_some_and(|safe| safe > e)) {
            return None;
        }
        let Some(local) = cron.next_at_or_after(c) else {
            *cursor = None;
            continue;
        };
        *cursor = local.checked_add_signed(Duration::minutes(1));
        let Some(occurrence) = instant(s.tz, local) else { continue };
        if occurrence < s.anchor {
            continue;
        }
        let Some(fire) = local.checked_add_signed(days).and_then(|l| instant(s.tz, l)) else { continue };
        if fire > after {
            pending.push(Reverse(fire));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn window(schedule: &str, tz: Option<&str>, modified: &str) -> WindowRow {
        WindowRow {
            window_id: "mw-0123456789abcdef0".into(),
            name: "w".into(),
            schedule: schedule.into(),
            schedule_timezone: tz.map(String::from),
            duration: 2,
            cutoff: 1,
            enabled: true,
            created: utc(modified),
            modified: utc(modified),
            ..Default::default()
        }
    }

    fn fires(w: &WindowRow, after: &str, upto: &str) -> Vec<String> {
        let s = WindowSchedule::of(w).unwrap();
        let (v, dropped) = s.fires_between(utc(after), utc(upto), 1000);
        assert_eq!(dropped, 0);
        v.into_iter().map(|t| shown(t, w)).collect()
    }

    fn fires_utc(w: &WindowRow, after: &str, upto: &str) -> Vec<DateTime<Utc>> {
        WindowSchedule::of(w).unwrap().fires_between(utc(after), utc(upto), 1000).0
    }

    #[test]
    fn berlin_daily_0230_across_both_changes() {
        // 2027: summer time starts Sunday 28 March (02:00 CET → 03:00 CEST) and ends
        // Sunday 31 October (03:00 CEST → 02:00 CET).
        let w = window("cron(30 2 * * ? *)", Some("Europe/Berlin"), "2027-01-01T00:00:00Z");
        assert_eq!(
            fires(&w, "2027-03-26T12:00:00Z", "2027-03-30T12:00:00Z"),
            [
                "2027-03-27T02:30+01:00",
                // 02:30 does not exist that night: read with CET, it is 01:30 UTC = 03:30 CEST.
                "2027-03-28T03:30+02:00",
                "2027-03-29T02:30+02:00",
                "2027-03-30T02:30+02:00",
            ]
        );
        assert_eq!(fires_utc(&w, "2027-03-27T12:00:00Z", "2027-03-28T12:00:00Z"), [utc("2027-03-28T01:30:00Z")]);
        // 02:30 occurs twice on 31 October: once, at the first (CEST, 00:30 UTC).
        assert_eq!(
            fires(&w, "2027-10-29T12:00:00Z", "2027-11-01T12:00:00Z"),
            ["2027-10-30T02:30+02:00", "2027-10-31T02:30+02:00", "2027-11-01T02:30+01:00"]
        );
        assert_eq!(fires_utc(&w, "2027-10-30T12:00:00Z", "2027-10-31T12:00:00Z"), [utc("2027-10-31T00:30:00Z")]);
    }

    #[test]
    fn gap_times_that_real_times_also_name_fire_once_and_in_order() {
        // 02:00 and 02:30 fall in the gap and land on 03:00 and 03:30 CEST, which the cron
        // names too: each instant once, in time order.
        let w = window("cron(0,30 2-3 * * ? *)", Some("Europe/Berlin"), "2027-01-01T00:00:00Z");
        assert_eq!(
            fires(&w, "2027-03-27T12:00:00Z", "2027-03-28T12:00:00Z"),
            ["2027-03-28T03:00+02:00", "2027-03-28T03:30+02:00"]
        );
        // Every 15 minutes through the autumn fold: the repeated hour fires once.
        let w = window("cron(0/15 * * * ? *)", Some("Europe/Berlin"), "2027-01-01T00:00:00Z");
        let got = fires_utc(&w, "2027-10-30T23:50:00Z", "2027-10-31T02:10:00Z");
        let hhmm: Vec<String> = got.iter().map(|t| t.format("%H:%M").to_string()).collect();
        // 00:00-00:45 UTC is 02:xx CEST; 01:00-01:45 UTC is 02:xx CET again (skipped).
        assert_eq!(hhmm, ["00:00", "00:15", "00:30", "00:45", "02:00"]);
    }

    #[test]
    fn berlin_sundays_at_two() {
        let w = window("cron(0 2 ? * SUN *)", Some("Europe/Berlin"), "2027-01-01T00:00:00Z");
        assert_eq!(
            fires(&w, "2027-03-14T00:00:00Z", "2027-04-05T00:00:00Z"),
            ["2027-03-14T02:00+01:00", "2027-03-21T02:00+01:00", "2027-03-28T03:00+02:00", "2027-04-04T02:00+02:00",]
        );
        assert_eq!(
            fires_utc(&w, "2027-03-20T00:00:00Z", "2027-03-29T00:00:00Z"),
            [utc("2027-03-21T01:00:00Z"), utc("2027-03-28T01:00:00Z")]
        );
        let s = WindowSchedule::of(&w).unwrap();
        assert_eq!(s.next_after(utc("2027-10-30T00:00:00Z")), Some(utc("2027-10-31T00:00:00Z")));
        assert_eq!(shown(utc("2027-10-31T00:00:00Z"), &w), "2027-10-31T02:00+02:00");
    }

    #[test]
    fn third_tuesday_plus_two_days() {
        // UG example: cron(30 23 ? * TUE#3 *) with ScheduleOffset 2 runs the Thursday after.
        let mut w = window("cron(30 23 ? * TUE#3 *)", None, "2027-01-01T00:00:00Z");
        w.schedule_offset = Some(2);
        // Third Tuesdays of 2027: 19 January, 16 February, 16 March.
        assert_eq!(
            fires(&w, "2027-01-01T00:00:00Z", "2027-03-31T00:00:00Z"),
            ["2027-01-21T23:30Z", "2027-02-18T23:30Z", "2027-03-18T23:30Z"]
        );
        // Made after the February Tuesday but before its Thursday: that one doesn't run.
        w.modified = utc("2027-02-17T12:00:00Z");
        w.created = w.modified;
        assert_eq!(fires(&w, "2027-02-17T12:00:00Z", "2027-03-31T00:00:00Z"), ["2027-03-18T23:30Z"]);
        let s = WindowSchedule::of(&w).unwrap();
        assert_eq!(s.next_after(utc("2027-02-17T12:00:00Z")), Some(utc("2027-03-18T23:30:00Z")));
        // In a zone the days are calendar days of that zone, across the March change.
        let mut w = window("cron(0 2 ? * FRI#4 *)", Some("Europe/Berlin"), "2027-01-01T00:00:00Z");
        w.schedule_offset = Some(2);
        // Fourth Friday of March 2027 is the 26th; +2 days is the 28th, 02:00 in the gap.
        assert_eq!(fires(&w, "2027-03-01T00:00:00Z", "2027-03-31T00:00:00Z"), ["2027-03-28T03:00+02:00"]);
    }

    #[test]
    fn rate_anchors_on_a_future_start_date_else_on_the_change() {
        // UG: a start on a Tuesday 03:15 in Tokyo with rate(7 days) runs every Tuesday 03:15.
        let mut w = window("rate(7 days)", Some("Asia/Tokyo"), "2027-01-01T00:00:00Z");
        w.start_date = Some("2027-01-05T03:15:00".into());
        assert_eq!(
            fires(&w, "2027-01-01T00:00:00Z", "2027-01-20T00:00:00Z"),
            ["2027-01-05T03:15+09:00", "2027-01-12T03:15+09:00", "2027-01-19T03:15+09:00"]
        );
        // A StartDate already past at the update: the cadence starts at the update, whose
        // minute plus one step is the first fire.
        w.modified = utc("2027-02-01T10:20:30Z");
        assert_eq!(
            fires_utc(&w, "2027-02-01T10:20:30Z", "2027-02-16T00:00:00Z"),
            [utc("2027-02-08T10:20:00Z"), utc("2027-02-15T10:20:00Z")]
        );
        let mut w = window("rate(30 minutes)", None, "2027-05-01T09:00:10Z");
        assert_eq!(
            fires(&w, "2027-05-01T09:00:10Z", "2027-05-01T10:45:00Z"),
            ["2027-05-01T09:30Z", "2027-05-01T10:00Z", "2027-05-01T10:30Z"]
        );
        // A StartDate with seconds: the next whole minute.
        w.start_date = Some("2027-05-02T08:00:20Z".into());
        assert_eq!(
            fires(&w, "2027-05-01T00:00:00Z", "2027-05-02T08:40:00Z"),
            ["2027-05-02T08:01Z", "2027-05-02T08:31Z"]
        );
        // Far from the anchor: no drift.
        let s = WindowSchedule::of(&w).unwrap();
        assert_eq!(s.next_after(utc("2030-01-01T00:00:00Z")), Some(utc("2030-01-01T00:01:00Z")));
    }

    #[test]
    fn start_and_end_bound_the_fires() {
        let mut w = window("cron(0 12 * * ? *)", None, "2027-01-01T00:00:00Z");
        w.start_date = Some("2027-06-03T12:00:00Z".into());
        w.end_date = Some("2027-06-06T11:59:00Z".into());
        assert_eq!(
            fires(&w, "2027-06-01T00:00:00Z", "2027-07-01T00:00:00Z"),
            ["2027-06-03T12:00Z", "2027-06-04T12:00Z", "2027-06-05T12:00Z"]
        );
        let s = WindowSchedule::of(&w).unwrap();
        assert_eq!(s.next_after(utc("2027-06-05T12:00:00Z")), None);
        // An EndDate exactly on a fire includes it; rate stops the same way.
        w.end_date = Some("2027-06-05T12:00:00Z".into());
        assert_eq!(fires(&w, "2027-06-04T13:00:00Z", "2027-07-01T00:00:00Z"), ["2027-06-05T12:00Z"]);
        let mut r = window("rate(1 day)", None, "2027-06-01T00:00:00Z");
        r.end_date = Some("2027-06-04T00:00:00Z".into());
        assert_eq!(
            fires(&r, "2027-06-01T00:00:00Z", "2028-01-01T00:00:00Z"),
            ["2027-06-02T00:00Z", "2027-06-03T00:00Z", "2027-06-04T00:00Z"]
        );
        // Dates without an offset are the window's zone.
        let mut z = window("cron(0 12 * * ? *)", Some("America/New_York"), "2027-01-01T00:00:00Z");
        z.start_date = Some("2027-06-03T12:00".into());
        z.end_date = Some("2027-06-04".into());
        assert_eq!(fires(&z, "2027-06-01T00:00:00Z", "2027-07-01T00:00:00Z"), ["2027-06-03T12:00-04:00"]);
    }

    #[test]
    fn at_is_a_wall_time_of_the_zone() {
        let w = window("at(2027-07-14T09:30:00)", Some("Europe/Paris"), "2027-01-01T00:00:00Z");
        let s = WindowSchedule::of(&w).unwrap();
        assert_eq!(s.next_after(utc("2027-01-01T00:00:00Z")), Some(utc("2027-07-14T07:30:00Z")));
        assert_eq!(s.next_after(utc("2027-07-14T07:30:00Z")), None);
        assert_eq!(shown(utc("2027-07-14T07:30:00Z"), &w), "2027-07-14T09:30+02:00");
        let u = window("at(2027-07-14T09:30:00)", None, "2027-01-01T00:00:00Z");
        assert_eq!(
            WindowSchedule::of(&u).unwrap().next_after(utc("2027-01-01T00:00:00Z")),
            Some(utc("2027-07-14T09:30:00Z"))
        );
        // In a gap, like cron.
        let g = window("at(2027-03-28T02:30:00)", Some("Europe/Berlin"), "2027-01-01T00:00:00Z");
        assert_eq!(
            WindowSchedule::of(&g).unwrap().next_after(utc("2027-01-01T00:00:00Z")),
            Some(utc("2027-03-28T01:30:00Z"))
        );
    }

    #[test]
    fn fires_between_keeps_the_latest_and_counts_the_rest() {
        let w = window("cron(0 * * * ? *)", None, "2027-01-01T00:00:00Z");
        let s = WindowSchedule::of(&w).unwrap();
        let (kept, dropped) = s.fires_between(utc("2027-01-02T00:00:00Z"), utc("2027-01-02T10:00:00Z"), 3);
        assert_eq!(kept, [utc("2027-01-02T08:00:00Z"), utc("2027-01-02T09:00:00Z"), utc("2027-01-02T10:00:00Z")]);
        assert_eq!(dropped, 7);
        let (kept, dropped) = s.fires_between(utc("2027-01-02T00:00:00Z"), utc("2027-01-02T02:00:00Z"), 5);
        assert_eq!((kept.len(), dropped), (2, 0));
        let (kept, dropped) = s.fires_between(utc("2027-01-02T00:00:00Z"), utc("2027-01-02T02:00:00Z"), 0);
        assert_eq!((kept.len(), dropped), (0, 2));
        // Nothing between: strictly after, at or before.
        let (kept, dropped) = s.fires_between(utc("2027-01-02T00:00:00Z"), utc("2027-01-02T00:59:59Z"), 5);
        assert_eq!((kept.len(), dropped), (0, 0));
        // Disabled windows still have fire times (the tick checks Enabled).
        let mut off = w.clone();
        off.enabled = false;
        assert!(WindowSchedule::of(&off).unwrap().next_after(utc("2027-01-02T00:00:00Z")).is_some());
        // Occurrences before the last create/update don't count.
        assert_eq!(s.next_after(utc("2026-01-01T00:00:00Z")), Some(utc("2027-01-01T00:00:00Z")));
    }

    #[test]
    fn shown_uses_the_zone_and_z_for_zero() {
        let w = window("rate(1 day)", None, "2027-01-01T00:00:00Z");
        assert_eq!(shown(utc("2027-03-28T01:30:59Z"), &w), "2027-03-28T01:30Z");
        let b = window("rate(1 day)", Some("Europe/Berlin"), "2027-01-01T00:00:00Z");
        assert_eq!(shown(utc("2027-03-28T01:30:00Z"), &b), "2027-03-28T03:30+02:00");
        let k = window("rate(1 day)", Some("Asia/Kolkata"), "2027-01-01T00:00:00Z");
        assert_eq!(shown(utc("2027-03-28T01:30:00Z"), &k), "2027-03-28T07:00+05:30");
        let n = window("rate(1 day)", Some("America/St_Johns"), "2027-01-01T00:00:00Z");
        assert_eq!(shown(utc("2027-01-28T01:30:00Z"), &n), "2027-01-27T22:00-03:30");
    }

    #[test]
    fn dates_parse_with_or_without_an_offset() {
        let berlin = Some(zone("Europe/Berlin").unwrap());
        for (text, want) in [
            ("2027-03-01T02:00:00Z", "2027-03-01T02:00:00Z"),
            ("2027-03-01T02:00Z", "2027-03-01T02:00:00Z"),
            ("2027-03-01T02:00:00+09:00", "2027-02-28T17:00:00Z"),
            ("2027-03-01T02:00+0100", "2027-03-01T01:00:00Z"),
            ("2027-03-01T02:00:00.250-05:00", "2027-03-01T07:00:00.250Z"),
            ("2027-03-01T02:00:00", "2027-03-01T01:00:00Z"),
            ("2027-07-01T02:00", "2027-07-01T00:00:00Z"),
            ("2027-07-01", "2027-06-30T22:00:00Z"),
        ] {
            assert_eq!(parse_date("StartDate", text, berlin).unwrap(), utc(want), "{text}");
        }
        for bad in ["", "tomorrow", "2027-13-01T00:00:00Z", "2027-03-01 02:00", "2027/03/01", "2027-03-01T25:00"] {
            let e = parse_date("EndDate", bad, berlin).unwrap_err().render(Some("CreateMaintenanceWindow"));
            assert!(e.contains("(ValidationException)") && e.contains(&format!("EndDate {bad}:")), "{e}");
        }
        assert_eq!(zone("etc/utc").unwrap(), Tz::Etc__UTC);
        assert!(zone("Mars/Olympus").is_err());
    }

    #[test]
    fn validation_names_the_member() {
        let now = utc("2027-01-01T00:00:00Z");
        let ok = window("cron(0 2 ? * SUN *)", Some("Europe/Berlin"), "2027-01-01T00:00:00Z");
        validate(&ok, now, true).unwrap();
        type Change = Box<dyn Fn(&mut WindowRow)>;
        let cases: Vec<(Change, &str)> = vec![
            (Box::new(|w| w.schedule = "cron(0 2 * * * *)".into()), "Schedule cron(0 2 * * * *): day-of-month"),
            (Box::new(|w| w.schedule = "rate(1 hours)".into()), "Schedule rate(1 hours): the unit must be hour"),
            (Box::new(|w| w.schedule = "sometimes".into()), "Schedule sometimes: expected cron"),
            (Box::new(|w| w.schedule = " ".into()), "Schedule: The schedule expression is empty."),
            (Box::new(|w| w.schedule_timezone = Some("Europe/Atlantis".into())), "ScheduleTimezone Europe/Atlantis:"),
            (
                Box::new(|w| {
                    w.schedule = "rate(1 day)".into();
                    w.schedule_offset = Some(2)
                }),
                "ScheduleOffset 2: allowed only with a cron() Schedule, not rate(1 day).",
            ),
            (Box::new(|w| w.schedule_offset = Some(7)), "ScheduleOffset 7: must be 1 to 6 days."),
            (Box::new(|w| w.start_date = Some("soon".into())), "StartDate soon: not an ISO-8601"),
            (Box::new(|w| w.end_date = Some("2027-02-30T00:00Z".into())), "EndDate 2027-02-30T00:00Z: not an ISO-8601"),
            (
                Box::new(|w| {
                    w.start_date = Some("2027-05-01T00:00Z".into());
                    w.end_date = Some("2027-04-01T00:00Z".into())
                }),
                "EndDate 2027-04-01T00:00Z is not after StartDate 2027-05-01T00:00Z.",
            ),
            (Box::new(|w| w.end_date = Some("2026-12-31T23:00Z".into())), "EndDate 2026-12-31T23:00Z: is in the past"),
            (Box::new(|w| w.duration = 25), "Duration 25: must be 1 to 24 hours."),
            (Box::new(|w| w.cutoff = -1), "Cutoff -1: must be 0 to 23 hours."),
            (
                Box::new(|w| {
                    w.duration = 3;
                    w.cutoff = 3
                }),
                "Cutoff 3 must be less than Duration 3",
            ),
        ];
        for (change, want) in cases {
            let mut w = ok.clone();
            change(&mut w);
            let e = validate(&w, now, true).unwrap_err().render(Some("CreateMaintenanceWindow"));
            assert!(e.contains("(ValidationException)") && e.contains(want), "{want}: {e}");
        }
        // An expired EndDate that the request does not set is not refused.
        let mut w = ok.clone();
        w.end_date = Some("2026-12-31T23:00Z".into());
        validate(&w, now, false).unwrap();
        // The 7-field cron with seconds 0 is accepted.
        let mut w = ok.clone();
        w.schedule = "cron(0 0 2 ? * SUN *)".into();
        validate(&w, now, true).unwrap();
    }

    #[test]
    fn never_panics_at_the_edges() {
        for expr in ["cron(* * * * ? *)", "rate(1 minute)", "at(2199-12-31T23:59:59)", "cron(0 0 1 1 ? 2030)"] {
            for tz in [None, Some("Pacific/Apia"), Some("Pacific/Kiritimati"), Some("Etc/GMT+12")] {
                let mut w = window(expr, tz, "2027-01-01T00:00:00Z");
                let s = WindowSchedule::of(&w).unwrap();
                for t in [DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC, utc("2027-01-01T00:00:00Z")] {
                    let _ = s.next_after(t);
                }
                w.end_date = Some("2027-01-01T05:00:00Z".into());
                let s = WindowSchedule::of(&w).unwrap();
                assert!(s.fires_between(utc("2027-01-01T00:00:00Z"), utc("2030-01-02T00:00:00Z"), 10).0.len() <= 10);
            }
        }
        // Samoa skipped 30 December 2011 whole: its times fire a day on, once each.
        let w = window("cron(0 10 * * ? *)", Some("Pacific/Apia"), "2011-12-01T00:00:00Z");
        assert_eq!(
            fires(&w, "2011-12-28T00:00:00Z", "2012-01-01T00:00:00Z"),
            ["2011-12-28T10:00-10:00", "2011-12-29T10:00-10:00", "2011-12-31T10:00+14:00", "2012-01-01T10:00+14:00"]
        );
    }
}
