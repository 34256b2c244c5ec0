//! Maintenance windows themselves: create/get/update(--replace)/describe/delete, every
//! refusal with its AWS code and nothing written, ClientToken idempotency, tags,
//! NextExecutionTime in a time zone, and describe-maintenance-window-schedule of a window.
//! No fleet needed. The schedule of a host (which needs registered targets) is tested on
//! the store in src/ops/maintenance_windows.rs until register-target-with-maintenance-window
//! exists. Every instant is computed from now.

use crate::support::Env;
use chrono::{DateTime, Datelike, Duration, TimeZone, Timelike, Utc, Weekday};
use chrono_tz::Tz;
use serde_json::{Value, json};

fn refused(env: &Env, args: &[&str], code: &str) -> String {
    let line = env.fails(args, 254);
    assert!(line.contains(&format!("({code})")), "{args:?}: expected {code}, got: {line}");
    line
}

fn minute(t: DateTime<Utc>) -> DateTime<Utc> {
    t.with_second(0).unwrap().with_nanosecond(0).unwrap()
}

fn iso(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// An instant as a window in `tz` shows it.
fn shown(t: DateTime<Utc>, tz: Tz) -> String {
    let s = t.with_timezone(&tz).format("%Y-%m-%dT%H:%M%:z").to_string();
    s.strip_suffix("+00:00").map(|s| format!("{s}Z")).unwrap_or(s)
}

const BASE: &[&str] = &["--duration", "2", "--cutoff", "1", "--allow-unassociated-targets"];

fn create(env: &Env, name: &str, schedule: &str, more: &[&str]) -> String {
    let mut args = vec!["create-maintenance-window", "--name", name, "--schedule", schedule];
    args.extend_from_slice(BASE);
    args.extend_from_slice(more);
    let id = env.ok(&args).json()["WindowId"].as_str().unwrap().to_string();
    assert!(regex::Regex::new(r"^mw-[0-9a-f]{17}$").unwrap().is_match(&id), "{id}");
    id
}

fn get(env: &Env, id: &str) -> Value {
    env.ok(&["get-maintenance-window", "--window-id", id]).json()
}

fn names(out: &Value) -> Vec<String> {
    out["WindowIdentities"].as_array().unwrap().iter().map(|w| w["Name"].as_str().unwrap().to_string()).collect()
}

fn describe(env: &Env, filters: &[&str]) -> Vec<String> {
    let mut args = vec!["describe-maintenance-windows"];
    if !filters.is_empty() {
        args.push("--filters");
        args.extend_from_slice(filters);
    }
    names(&env.ok(&args).json())
}

fn tags(env: &Env, id: &str) -> Value {
    env.ok(&["list-tags-for-resource", "--resource-type", "MaintenanceWindow", "--resource-id", id]).json()["TagList"]
        .clone()
}

/// The first local `hh:mm` on a `weekday` in `tz` at or after `from`.
fn next_weekday_at(tz: Tz, from: DateTime<Utc>, weekday: Weekday, hh: u32, mm: u32) -> DateTime<Utc> {
    let mut d = from.with_timezone(&tz).date_naive();
    loop {
        if d.weekday() == weekday {
            let t = tz.from_local_datetime(&d.and_hms_opt(hh, mm, 0).unwrap()).earliest().unwrap().with_timezone(&Utc);
            if t >= from {
                return t;
            }
        }
        d = d.succ_opt().unwrap();
    }
}

#[test]
fn create_get_update_replace_describe_delete() {
    let env = Env::new();
    let berlin: Tz = "Europe/Berlin".parse().unwrap();
    let start = minute(Utc::now() + Duration::days(2));
    let end = minute(Utc::now() + Duration::days(300));
    let id = create(
        &env,
        "nightly-patch",
        "cron(0 3 ? * SUN *)",
        &[
            "--description",
            "patch the web servers",
            "--schedule-timezone",
            "Europe/Berlin",
            "--schedule-offset",
            "1",
            "--start-date",
            &iso(start),
            "--end-date",
            &iso(end),
            "--tags",
            "Key=team,Value=web",
        ],
    );
    let w = get(&env, &id);
    assert_eq!(w["WindowId"], id.as_str());
    assert_eq!(w["Name"], "nightly-patch");
    assert_eq!(w["Description"], "patch the web servers");
    assert_eq!(w["Schedule"], "cron(0 3 ? * SUN *)");
    assert_eq!(w["ScheduleTimezone"], "Europe/Berlin");
    assert_eq!(w["ScheduleOffset"], 1);
    assert_eq!(w["StartDate"], iso(start).as_str());
    assert_eq!(w["EndDate"], iso(end).as_str());
    assert_eq!(w["Duration"], 2);
    assert_eq!(w["Cutoff"], 1);
    assert_eq!(w["AllowUnassociatedTargets"], true);
    assert_eq!(w["Enabled"], true);
    // The first Sunday 03:00 in Berlin from StartDate on, plus one (calendar) day.
    let sunday = next_weekday_at(berlin, start, Weekday::Sun, 3, 0);
    let monday = next_weekday_at(berlin, sunday, Weekday::Mon, 3, 0);
    assert_eq!(w["NextExecutionTime"], shown(monday, berlin).as_str());
    let stamp = regex::Regex::new(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$").unwrap();
    assert!(stamp.is_match(w["CreatedDate"].as_str().unwrap()), "{w}");
    assert_eq!(w["CreatedDate"], w["ModifiedDate"]);

    // Tags: given at create, then changed like any taggable resource's.
    assert_eq!(tags(&env, &id), json!([{"Key": "team", "Value": "web"}]));
    env.ok(&[
        "add-tags-to-resource",
        "--resource-type",
        "MaintenanceWindow",
        "--resource-id",
        &id,
        "--tags",
        "Key=env,Value=prod",
    ]);
    env.ok(&[
        "remove-tags-from-resource",
        "--resource-type",
        "MaintenanceWindow",
        "--resource-id",
        &id,
        "--tag-keys",
        "team",
    ]);
    assert_eq!(tags(&env, &id), json!([{"Key": "env", "Value": "prod"}]));

    // A partial update changes only what it names; a disabled window shows no next time.
    let u = env
        .ok(&["update-maintenance-window", "--window-id", &id, "--description", "patch all web", "--no-enabled"])
        .json();
    assert_eq!(
        u,
        json!({
            "WindowId": id, "Name": "nightly-patch", "Description": "patch all web",
            "StartDate": iso(start), "EndDate": iso(end), "Schedule": "cron(0 3 ? * SUN *)",
            "ScheduleTimezone": "Europe/Berlin", "ScheduleOffset": 1, "Duration": 2, "Cutoff": 1,
            "AllowUnassociatedTargets": true, "Enabled": false
        })
    );
    let w = get(&env, &id);
    assert!(w.get("NextExecutionTime").is_none(), "{w}");
    assert_ne!(w["ModifiedDate"], w["CreatedDate"]);

    // --replace needs every member create needs, and clears the optional ones left out.
    let line = refused(
        &env,
        &["update-maintenance-window", "--window-id", &id, "--replace", "--name", "x-y-z"],
        "ValidationException",
    );
    assert!(line.contains("Schedule, Duration, Cutoff, AllowUnassociatedTargets are required"), "{line}");
    let u = env
        .ok(&[
            "update-maintenance-window",
            "--window-id",
            &id,
            "--replace",
            "--name",
            "renamed",
            "--schedule",
            "rate(12 hours)",
            "--duration",
            "3",
            "--cutoff",
            "0",
            "--no-allow-unassociated-targets",
        ])
        .json();
    assert_eq!(
        u,
        json!({
            "WindowId": id, "Name": "renamed", "Schedule": "rate(12 hours)", "Duration": 3, "Cutoff": 0,
            "AllowUnassociatedTargets": false, "Enabled": false
        })
    );
    // Enabled again: a rate() counts from the update.
    env.ok(&["update-maintenance-window", "--window-id", &id, "--enabled"]);
    let w = get(&env, &id);
    let modified = DateTime::parse_from_rfc3339(w["ModifiedDate"].as_str().unwrap()).unwrap().with_timezone(&Utc);
    assert_eq!(w["NextExecutionTime"], shown(minute(modified) + Duration::hours(12), Tz::UTC).as_str());
    assert!(w["NextExecutionTime"].as_str().unwrap().ends_with('Z'), "{w}");

    // Describe: Name matches a prefix, Enabled true or false; keys AND, values OR.
    let other = create(&env, "other-win", "cron(0 1 ? * MON *)", &[]);
    env.ok(&["update-maintenance-window", "--window-id", &other, "--no-enabled"]);
    assert_eq!(describe(&env, &[]), ["renamed", "other-win"]);
    assert_eq!(describe(&env, &["Key=Name,Values=ren"]), ["renamed"]);
    assert_eq!(describe(&env, &["Key=Name,Values=other,renamed"]), ["renamed", "other-win"]);
    assert_eq!(describe(&env, &["Key=Name,Values=win"]), Vec::<String>::new());
    assert_eq!(describe(&env, &["Key=Enabled,Values=true"]), ["renamed"]);
    assert_eq!(describe(&env, &["Key=Enabled,Values=False"]), ["other-win"]);
    assert_eq!(describe(&env, &["Key=Name,Values=other", "Key=Enabled,Values=true"]), Vec::<String>::new());
    let all = env.ok(&["describe-maintenance-windows"]).json();
    let ids: Vec<&Value> = all["WindowIdentities"].as_array().unwrap().iter().collect();
    assert!(ids[0].get("NextExecutionTime").is_some() && ids[1].get("NextExecutionTime").is_none(), "{all}");
    assert!(ids[0].get("AllowUnassociatedTargets").is_none(), "an identity has no such member: {all}");

    // Delete takes targets, tasks, history and tags; a window already gone is no error.
    assert_eq!(env.ok(&["delete-maintenance-window", "--window-id", &id]).json(), json!({"WindowId": id}));
    refused(&env, &["get-maintenance-window", "--window-id", &id], "DoesNotExistException");
    assert_eq!(env.ok(&["delete-maintenance-window", "--window-id", &id]).json(), json!({"WindowId": id}));
    refused(
        &env,
        &["list-tags-for-resource", "--resource-type", "MaintenanceWindow", "--resource-id", &id],
        "InvalidResourceId",
    );
    assert_eq!(describe(&env, &[]), ["other-win"]);
}

#[test]
fn describe_pages() {
    let env = Env::new();
    let made: Vec<String> = (0..12).map(|i| format!("win-{i:02}")).collect();
    for name in &made {
        create(&env, name, "rate(1 day)", &[]);
    }
    let p1 = env.ok(&["describe-maintenance-windows", "--max-results", "10"]).json();
    assert_eq!(names(&p1), made[..10]);
    let token = p1["NextToken"].as_str().unwrap();
    let p2 = env.ok(&["describe-maintenance-windows", "--max-results", "10", "--next-token", token]).json();
    assert_eq!(names(&p2), made[10..]);
    assert!(p2.get("NextToken").is_none());
    // The CLI's own paging joins them.
    assert_eq!(describe(&env, &[]), made);
    refused(&env, &["describe-maintenance-windows", "--next-token", "!!"], "InvalidNextToken");
}

#[test]
fn every_refusal_names_its_member_and_writes_nothing() {
    let env = Env::new();
    let good = create(&env, "good-win", "cron(0 2 ? * SUN *)", &["--schedule-offset", "1"]);
    let past = iso(minute(Utc::now() - Duration::hours(1)));
    let soon = iso(minute(Utc::now() + Duration::days(10)));
    let later = iso(minute(Utc::now() + Duration::days(20)));
    let too_many_tags: Vec<String> = (0..51).map(|i| format!("Key=k{i},Value=v")).collect();
    let mut tag_args = vec!["--tags"];
    tag_args.extend(too_many_tags.iter().map(String::as_str));
    let create_cases: Vec<(Vec<&str>, &str, &str)> = vec![
        (vec!["--schedule", "cron(0 2 * * * *)"], "ValidationException", "Schedule cron(0 2 * * * *): day-of-month"),
        (vec!["--schedule", "rate(1 hours)"], "ValidationException", "Schedule rate(1 hours): the unit must be hour"),
        (vec!["--schedule", "whenever"], "ValidationException", "Schedule whenever: expected cron"),
        (vec!["--schedule", "cron(30 0 2 ? * SUN *)"], "ValidationException", "seconds: only 0 is supported"),
        (vec!["--schedule-timezone", "Europe/Atlantis"], "ValidationException", "ScheduleTimezone Europe/Atlantis"),
        (
            vec!["--schedule", "rate(1 day)", "--schedule-offset", "2"],
            "ValidationException",
            "ScheduleOffset 2: allowed only with a cron() Schedule",
        ),
        (vec!["--schedule-offset", "7"], "ValidationException", "at 'scheduleOffset'"),
        (vec!["--start-date", "soon"], "ValidationException", "StartDate soon: not an ISO-8601"),
        (vec!["--end-date", "2027-02-30T00:00Z"], "ValidationException", "EndDate 2027-02-30T00:00Z: not an ISO-8601"),
        (vec!["--end-date", &past], "ValidationException", "is in the past"),
        (vec!["--start-date", &later, "--end-date", &soon], "ValidationException", "is not after StartDate"),
        (vec!["--duration", "3", "--cutoff", "3"], "ValidationException", "Cutoff 3 must be less than Duration 3"),
        (vec!["--duration", "25"], "ValidationException", "at 'duration'"),
        (vec!["--cutoff", "24"], "ValidationException", "at 'cutoff'"),
        (vec!["--tags", "Key=aws:owner,Value=me"], "ValidationException", "aws: is reserved"),
        (tag_args.clone(), "TooManyTagsError", "51 tags"),
    ];
    for (changes, code, want) in &create_cases {
        // A good request with the flags of `changes` put in.
        let mut groups: Vec<Vec<&str>> = vec![
            vec!["--name", "bad-win"],
            vec!["--schedule", "cron(0 2 ? * SUN *)"],
            vec!["--duration", "2"],
            vec!["--cutoff", "1"],
            vec!["--allow-unassociated-targets"],
        ];
        for word in changes {
            if word.starts_with("--") {
                groups.retain(|g| g[0] != *word);
                groups.push(vec![word]);
            } else {
                groups.last_mut().unwrap().push(word);
            }
        }
        let mut args = vec!["create-maintenance-window"];
        args.extend(groups.concat());
        let line = refused(&env, &args, code);
        assert!(line.contains(want), "{changes:?}: {line}");
        assert!(line.contains("when calling the CreateMaintenanceWindow operation"), "{line}");
    }
    let missing = "mw-0123456789abcdef0";
    let other_cases: Vec<(Vec<&str>, &str, &str)> = vec![
        (vec!["get-maintenance-window", "--window-id", missing], "DoesNotExistException", missing),
        (vec!["update-maintenance-window", "--window-id", missing, "--name", "abc"], "DoesNotExistException", missing),
        (
            vec!["update-maintenance-window", "--window-id", "mw-0123456789ABCDEF0"],
            "ValidationException",
            "at 'windowId'",
        ),
        (
            vec!["update-maintenance-window", "--window-id", &good, "--schedule", "rate(2 days)"],
            "ValidationException",
            "ScheduleOffset 1: allowed only with a cron() Schedule, not rate(2 days)",
        ),
        (
            vec!["update-maintenance-window", "--window-id", &good, "--end-date", &past],
            "ValidationException",
            "in the past",
        ),
        (
            vec!["update-maintenance-window", "--window-id", &good, "--cutoff", "2"],
            "ValidationException",
            "Cutoff 2 must be less than Duration 2",
        ),
        (
            vec!["describe-maintenance-windows", "--filters", "Key=Owner,Values=me"],
            "ValidationException",
            "valid keys: Name, Enabled",
        ),
        (
            vec!["describe-maintenance-windows", "--filters", "Key=Enabled,Values=maybe"],
            "ValidationException",
            "maybe is not true or false",
        ),
        (
            vec!["describe-maintenance-window-schedule"],
            "ValidationException",
            "Give WindowId, or Targets with ResourceType.",
        ),
        (
            vec![
                "describe-maintenance-window-schedule",
                "--window-id",
                &good,
                "--resource-type",
                "INSTANCE",
                "--targets",
                "Key=InstanceIds,Values=web-1",
            ],
            "ValidationException",
            "not both",
        ),
        (
            vec!["describe-maintenance-window-schedule", "--targets", "Key=InstanceIds,Values=web-1"],
            "ValidationException",
            "Targets need ResourceType",
        ),
        (vec!["describe-maintenance-window-schedule", "--window-id", missing], "DoesNotExistException", missing),
        (
            vec![
                "describe-maintenance-window-schedule",
                "--window-id",
                &good,
                "--filters",
                "Key=ScheduledBefore,Values=soon",
            ],
            "ValidationException",
            "Filter ScheduledBefore: soon is not an ISO-8601",
        ),
        (
            vec![
                "describe-maintenance-window-schedule",
                "--window-id",
                &good,
                "--filters",
                "Key=Before,Values=2027-01-01",
            ],
            "ValidationException",
            "valid keys: ScheduledBefore, ScheduledAfter",
        ),
        (
            vec![
                "describe-maintenance-windows-for-target",
                "--resource-type",
                "INSTANCE",
                "--targets",
                "Key=Color,Values=blue",
            ],
            "ValidationException",
            "Color",
        ),
        (
            vec![
                "describe-maintenance-windows-for-target",
                "--resource-type",
                "RESOURCE_GROUP",
                "--targets",
                "Key=InstanceIds,Values=web-1",
            ],
            "ValidationException",
            "RESOURCE_GROUP takes resource-groups:Name",
        ),
    ];
    for (args, code, want) in &other_cases {
        let line = refused(&env, args, code);
        assert!(line.contains(want), "{args:?}: {line}");
    }
    // Nothing was written by any of them.
    assert_eq!(describe(&env, &[]), ["good-win"]);
    let w = get(&env, &good);
    assert_eq!(
        (w["Schedule"].as_str(), w["Cutoff"].as_i64(), w.get("EndDate")),
        (Some("cron(0 2 ? * SUN *)"), Some(1), None)
    );
    assert_eq!(w["CreatedDate"], w["ModifiedDate"]);
}

#[test]
fn client_token_makes_create_idempotent() {
    let env = Env::new();
    let args = |desc: &'static str, token: &'static str| -> Vec<&'static str> {
        let mut a =
            vec!["create-maintenance-window", "--name", "idem-win", "--schedule", "rate(1 day)", "--description", desc];
        a.extend_from_slice(BASE);
        a.extend_from_slice(&["--client-token", token]);
        a
    };
    let first = env.ok(&args("one", "tok-1")).json()["WindowId"].clone();
    assert_eq!(env.ok(&args("one", "tok-1")).json()["WindowId"], first);
    assert_eq!(describe(&env, &[]), ["idem-win"]);
    let line = refused(&env, &args("two", "tok-1"), "IdempotentParameterMismatch");
    assert!(line.contains("tok-1") && line.contains(first.as_str().unwrap()), "{line}");
    let second = env.ok(&args("two", "tok-2")).json()["WindowId"].clone();
    assert_ne!(second, first);
    assert_eq!(describe(&env, &[]), ["idem-win", "idem-win"]);
}

#[test]
fn next_execution_time_and_schedule_in_berlin() {
    let env = Env::new();
    let berlin: Tz = "Europe/Berlin".parse().unwrap();
    let now = Utc::now();

    // A daily cron at 04:15 Berlin time (never inside a DST change, which happens at 02:00-03:00).
    let daily = create(&env, "daily-0415", "cron(15 4 * * ? *)", &["--schedule-timezone", "Europe/Berlin"]);
    let today = now.with_timezone(&berlin).date_naive();
    let at_0415 = |d: chrono::NaiveDate| {
        berlin.from_local_datetime(&d.and_hms_opt(4, 15, 0).unwrap()).unwrap().with_timezone(&Utc)
    };
    let next = if at_0415(today) > now { at_0415(today) } else { at_0415(today.succ_opt().unwrap()) };
    let w = get(&env, &daily);
    assert_eq!(w["NextExecutionTime"], shown(next, berlin).as_str());
    assert!(regex::Regex::new(r"T04:15\+0[12]:00$").unwrap().is_match(w["NextExecutionTime"].as_str().unwrap()), "{w}");

    // at() is a wall time of the window's zone.
    let day = (now + Duration::days(3)).with_timezone(&berlin).date_naive();
    let once = create(
        &env,
        "once",
        &format!("at({}T10:00:00)", day.format("%Y-%m-%d")),
        &["--schedule-timezone", "Europe/Berlin"],
    );
    let ten = berlin.from_local_datetime(&day.and_hms_opt(10, 0, 0).unwrap()).unwrap().with_timezone(&Utc);
    assert_eq!(get(&env, &once)["NextExecutionTime"], shown(ten, berlin).as_str());

    // rate() from a future StartDate without an offset: Berlin wall time; every 24 hours.
    let start_day = (now + Duration::days(1)).with_timezone(&berlin).date_naive();
    let start_local = format!("{}T06:30", start_day.format("%Y-%m-%d"));
    let start = berlin.from_local_datetime(&start_day.and_hms_opt(6, 30, 0).unwrap()).unwrap().with_timezone(&Utc);
    let rated = create(
        &env,
        "every-day",
        "rate(1 day)",
        &["--schedule-timezone", "Europe/Berlin", "--start-date", &start_local],
    );
    assert_eq!(get(&env, &rated)["NextExecutionTime"], shown(start, berlin).as_str());
    let expect = |n: i64| -> Vec<Value> {
        (0..n)
            .map(|k| json!({"WindowId": rated, "Name": "every-day", "ExecutionTime": shown(start + Duration::days(k), berlin)}))
            .collect()
    };
    let s = env.ok(&["describe-maintenance-window-schedule", "--window-id", &rated, "--max-items", "3"]).json();
    assert_eq!(s["ScheduledWindowExecutions"], json!(expect(3)));
    // Pages of the operation itself.
    let p1 = env.ok(&["describe-maintenance-window-schedule", "--window-id", &rated, "--max-results", "2"]).json();
    assert_eq!(p1["ScheduledWindowExecutions"], json!(expect(2)));
    let token = p1["NextToken"].as_str().unwrap();
    let p2 = env
        .ok(&[
            "describe-maintenance-window-schedule",
            "--window-id",
            &rated,
            "--max-results",
            "2",
            "--next-token",
            token,
        ])
        .json();
    assert_eq!(p2["ScheduledWindowExecutions"], json!(expect(4)[2..]));
    // ScheduledAfter and ScheduledBefore are inclusive.
    let after = format!("Key=ScheduledAfter,Values={}", iso(start + Duration::days(1)));
    let before = format!("Key=ScheduledBefore,Values={}", iso(start + Duration::days(2)));
    let s =
        env.ok(&["describe-maintenance-window-schedule", "--window-id", &rated, "--filters", &after, &before]).json();
    assert_eq!(s["ScheduledWindowExecutions"], json!(expect(3)[1..]));
    // Without ScheduledBefore the listing ends a year ahead.
    let s = env.ok(&["describe-maintenance-window-schedule", "--window-id", &rated]).json();
    let n = s["ScheduledWindowExecutions"].as_array().unwrap().len();
    assert!((364..=366).contains(&n), "{n} runs in a year");
    // An at() has one run; a disabled window has none.
    let s = env.ok(&["describe-maintenance-window-schedule", "--window-id", &once]).json();
    assert_eq!(
        s["ScheduledWindowExecutions"],
        json!([{"WindowId": once, "Name": "once", "ExecutionTime": shown(ten, berlin)}])
    );
    env.ok(&["update-maintenance-window", "--window-id", &once, "--no-enabled"]);
    let s = env.ok(&["describe-maintenance-window-schedule", "--window-id", &once]).json();
    assert_eq!(s["ScheduledWindowExecutions"], json!([]));
    // A host no window reaches has no schedule.
    let s = env
        .ok(&[
            "describe-maintenance-window-schedule",
            "--resource-type",
            "INSTANCE",
            "--targets",
            "Key=InstanceIds,Values=localhost",
        ])
        .json();
    assert_eq!(s["ScheduledWindowExecutions"], json!([]));
    let f = env
        .ok(&[
            "describe-maintenance-windows-for-target",
            "--resource-type",
            "INSTANCE",
            "--targets",
            "Key=InstanceIds,Values=localhost",
        ])
        .json();
    assert_eq!(f["WindowIdentities"], json!([]));
}
