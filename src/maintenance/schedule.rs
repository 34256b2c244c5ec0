//! When a maintenance window fires: its schedule in its time zone, with offset and dates.
