//! When a maintenance window fires: its schedule in its time zone, with offset and dates.
//! (Interim: UTC only; replaced by the zone-aware version.)

use crate::error::Result;
use crate::schedule::Schedule;
use crate::store::maintenance_windows::WindowRow;
use chrono::{DateTime, Utc};

pub struct WindowSchedule {
    schedule: Schedule,
    anchor: DateTime<Utc>,
    offset: u32,
}

impl WindowSchedule {
    pub fn of(w: &WindowRow) -> Result<WindowSchedule> {
        Ok(WindowSchedule {
            schedule: Schedule::parse(&w.schedule)?,
            anchor: w.modified,
            offset: w.schedule_offset.unwrap_or(0) as u32,
        })
    }

    pub fn next_after(&self, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.schedule.next_after(after, self.anchor, self.offset)
    }

    pub fn fires_between(
        &self,
        after: DateTime<Utc>,
        upto: DateTime<Utc>,
        limit: usize,
    ) -> (Vec<DateTime<Utc>>, usize) {
        let mut out = vec![];
        let mut t = after;
        while let Some(n) = self.next_after(t).filter(|n| *n <= upto) {
            out.push(n);
            t = n;
        }
        let dropped = out.len().saturating_sub(limit);
        (out.split_off(dropped), dropped)
    }
}
