//! Numbered, append-only schema migrations. `PRAGMA user_version` holds the number of the
//! last one applied; a file from a newer ssmctl is refused, never altered.

use crate::error::{Error, Result};
use rusqlite::{Connection, TransactionBehavior};
use std::path::Path;

/// Index i holds migration i+1. Never edit a released entry; append a new one.
const MIGRATIONS: &[&str] = &[
    // 1: documents, their versions, and tags of any resource type.
    "CREATE TABLE documents (
        name            TEXT PRIMARY KEY,
        document_type   TEXT NOT NULL,
        default_version INTEGER NOT NULL,
        latest_version  INTEGER NOT NULL,
        created_date    TEXT NOT NULL
    );
    CREATE TABLE document_versions (
        name           TEXT NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
        version        INTEGER NOT NULL,
        version_name   TEXT,
        display_name   TEXT,
        target_type    TEXT,
        content        TEXT NOT NULL,
        format         TEXT NOT NULL,
        hash           TEXT NOT NULL,
        schema_version TEXT NOT NULL,
        description    TEXT,
        parameters     TEXT NOT NULL,
        platform_types TEXT NOT NULL,
        created_date   TEXT NOT NULL,
        PRIMARY KEY (name, version),
        UNIQUE (name, version_name)
    );
    CREATE TABLE tags (
        resource_type TEXT NOT NULL,
        resource_id   TEXT NOT NULL,
        key           TEXT NOT NULL,
        value         TEXT NOT NULL,
        PRIMARY KEY (resource_type, resource_id, key)
    );",
    // 2: Run Command (commands, their invocations per host and plugin results per step)
    // and what each host's last contact told about it.
    "CREATE TABLE commands (
        command_id               TEXT PRIMARY KEY,
        document_name            TEXT NOT NULL,
        document_version         TEXT NOT NULL,
        comment                  TEXT,
        parameters               TEXT NOT NULL,
        instance_ids             TEXT NOT NULL,
        targets                  TEXT NOT NULL,
        requested_date_time      TEXT NOT NULL,
        status                   TEXT NOT NULL,
        status_details           TEXT NOT NULL,
        max_concurrency          TEXT NOT NULL,
        max_errors               TEXT NOT NULL,
        timeout_seconds          INTEGER NOT NULL,
        target_count             INTEGER NOT NULL,
        completed_count          INTEGER NOT NULL DEFAULT 0,
        error_count              INTEGER NOT NULL DEFAULT 0,
        delivery_timed_out_count INTEGER NOT NULL DEFAULT 0,
        owner_pid                INTEGER,
        cancel_requested         INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX commands_by_time ON commands (requested_date_time);
    CREATE TABLE invocations (
        command_id     TEXT NOT NULL REFERENCES commands(command_id) ON DELETE CASCADE,
        instance_id    TEXT NOT NULL,
        seq            INTEGER NOT NULL,
        status         TEXT NOT NULL,
        status_details TEXT NOT NULL,
        response_code  INTEGER NOT NULL DEFAULT -1,
        start_time     TEXT,
        end_time       TEXT,
        PRIMARY KEY (command_id, instance_id)
    );
    CREATE INDEX invocations_by_instance ON invocations (instance_id);
    CREATE TABLE invocation_plugins (
        command_id     TEXT NOT NULL,
        instance_id    TEXT NOT NULL,
        seq            INTEGER NOT NULL,
        name           TEXT NOT NULL,
        status         TEXT NOT NULL,
        status_details TEXT NOT NULL,
        response_code  INTEGER NOT NULL DEFAULT -1,
        start_time     TEXT,
        end_time       TEXT,
        stdout         TEXT NOT NULL DEFAULT '',
        stderr         TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (command_id, instance_id, seq),
        FOREIGN KEY (command_id, instance_id) REFERENCES invocations (command_id, instance_id) ON DELETE CASCADE
    );
    CREATE TABLE instances (
        instance_id      TEXT PRIMARY KEY,
        ping_status      TEXT NOT NULL,
        last_ping        TEXT,
        last_error       TEXT,
        platform_type    TEXT,
        platform_name    TEXT,
        platform_version TEXT,
        computer_name    TEXT,
        ip_address       TEXT
    );",
    // 3: State Manager: associations with every version, their executions (each one a
    // command of the engine) and what each host last ran of each association.
    "CREATE TABLE associations (
        association_id   TEXT PRIMARY KEY,
        version          INTEGER NOT NULL,
        settings         TEXT NOT NULL,
        created          TEXT NOT NULL,
        updated          TEXT NOT NULL,
        apply_only       INTEGER NOT NULL DEFAULT 0,
        run_requested    TEXT,
        last_due         TEXT,
        next_due         TEXT,
        seen_inventory   TEXT,
        seen_version     INTEGER,
        claim_owner      INTEGER,
        claim_expires    TEXT,
        last_execution   TEXT,
        last_success     TEXT,
        status           TEXT NOT NULL DEFAULT 'Pending',
        detailed_status  TEXT NOT NULL DEFAULT 'Creating'
    );
    CREATE TABLE association_versions (
        association_id TEXT NOT NULL REFERENCES associations (association_id) ON DELETE CASCADE,
        version        INTEGER NOT NULL,
        created        TEXT NOT NULL,
        settings       TEXT NOT NULL,
        PRIMARY KEY (association_id, version)
    );
    CREATE TABLE association_executions (
        execution_id    TEXT PRIMARY KEY,
        association_id  TEXT NOT NULL REFERENCES associations (association_id) ON DELETE CASCADE,
        version         INTEGER NOT NULL,
        command_id      TEXT,
        due             TEXT,
        reason          TEXT NOT NULL,
        owner_pid       INTEGER,
        status          TEXT NOT NULL,
        detailed_status TEXT NOT NULL,
        created         TEXT NOT NULL,
        finished        TEXT,
        resource_counts TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX association_executions_by_time ON association_executions (association_id, created);
    CREATE TABLE association_hosts (
        association_id  TEXT NOT NULL REFERENCES associations (association_id) ON DELETE CASCADE,
        instance_id     TEXT NOT NULL,
        version         INTEGER NOT NULL,
        execution_id    TEXT,
        status          TEXT NOT NULL,
        detailed_status TEXT NOT NULL,
        execution_date  TEXT,
        summary         TEXT,
        PRIMARY KEY (association_id, instance_id)
    );
    CREATE INDEX association_hosts_by_instance ON association_hosts (instance_id);",
    // 4: compliance items (the Association type written by runs, Custom types put by users).
    "CREATE TABLE compliance_items (
        resource_type   TEXT NOT NULL,
        resource_id     TEXT NOT NULL,
        compliance_type TEXT NOT NULL,
        item_id         TEXT NOT NULL,
        title           TEXT,
        status          TEXT NOT NULL,
        severity        TEXT NOT NULL,
        details         TEXT NOT NULL DEFAULT '{}',
        execution_id    TEXT,
        execution_type  TEXT,
        execution_time  TEXT NOT NULL,
        PRIMARY KEY (resource_type, resource_id, compliance_type, item_id)
    );
    CREATE INDEX compliance_by_type ON compliance_items (compliance_type);",
    // 5: when a host last reported its facts (they are asked hourly, not on every run).
    "ALTER TABLE instances ADD COLUMN facts_at TEXT;",
    // 6: Parameter Store. SecureString values are sealed (value holds the sealed text).
    "CREATE TABLE parameters (
        name           TEXT PRIMARY KEY,
        type           TEXT NOT NULL,
        version        INTEGER NOT NULL,
        description    TEXT,
        allowed_pattern TEXT,
        key_id         TEXT,
        tier           TEXT NOT NULL,
        data_type      TEXT NOT NULL,
        last_modified  TEXT NOT NULL,
        last_user      TEXT NOT NULL
    );
    CREATE TABLE parameter_versions (
        name           TEXT NOT NULL REFERENCES parameters (name) ON DELETE CASCADE,
        version        INTEGER NOT NULL,
        type           TEXT NOT NULL,
        value          TEXT NOT NULL,
        description    TEXT,
        allowed_pattern TEXT,
        key_id         TEXT,
        tier           TEXT NOT NULL,
        data_type      TEXT NOT NULL,
        modified       TEXT NOT NULL,
        user           TEXT NOT NULL,
        PRIMARY KEY (name, version)
    );
    CREATE TABLE parameter_labels (
        name    TEXT NOT NULL,
        version INTEGER NOT NULL,
        label   TEXT NOT NULL,
        PRIMARY KEY (name, label),
        FOREIGN KEY (name, version) REFERENCES parameter_versions (name, version) ON DELETE CASCADE
    );",
    // 7: parameter policies. Each version keeps the policies in effect when it was written
    // (a JSON array) and the Expiration instant they give; the parameter row holds the
    // latest version's instant, which reads compare with now and the tick deletes by.
    "ALTER TABLE parameters ADD COLUMN expires TEXT;
    ALTER TABLE parameter_versions ADD COLUMN policies TEXT;
    ALTER TABLE parameter_versions ADD COLUMN expires TEXT;
    CREATE INDEX parameters_by_expiry ON parameters (expires) WHERE expires IS NOT NULL;",
    // 8: the role a command was sent with (send-command --service-role-arn), shown as ServiceRole.
    "ALTER TABLE commands ADD COLUMN service_role TEXT;",
    // 9: inventory. Every capture whose content changed, per host and type (the latest is
    // the one with the newest `stored`), and the attribute names of each custom type.
    "CREATE TABLE inventory_snapshots (
        instance_id    TEXT NOT NULL,
        type_name      TEXT NOT NULL,
        stored         TEXT NOT NULL,
        schema_version TEXT NOT NULL,
        capture_time   TEXT NOT NULL,
        content_hash   TEXT NOT NULL,
        content        TEXT NOT NULL,
        PRIMARY KEY (instance_id, type_name, stored)
    );
    CREATE TABLE inventory_schemas (
        type_name  TEXT PRIMARY KEY,
        version    TEXT NOT NULL,
        attributes TEXT NOT NULL
    );",
    // 10: delete-inventory. A disabled custom type refuses data of its version and lower;
    // every deletion is recorded for describe-inventory-deletions.
    "ALTER TABLE inventory_schemas ADD COLUMN disabled_version TEXT;
    CREATE TABLE inventory_deletions (
        deletion_id  TEXT PRIMARY KEY,
        type_name    TEXT NOT NULL,
        started      TEXT NOT NULL,
        summary      TEXT NOT NULL,
        message      TEXT NOT NULL,
        client_token TEXT UNIQUE
    );",
    // 11: the Name of every entry of each host's latest capture of a type, so get-inventory
    // answers `TYPE.Name` filters from an index instead of reading every capture.
    "CREATE TABLE inventory_names (
        type_name   TEXT NOT NULL,
        name        TEXT NOT NULL,
        instance_id TEXT NOT NULL,
        PRIMARY KEY (type_name, name, instance_id)
    ) WITHOUT ROWID;",
    // 12: patch operations: each host's latest report, what ssmctl installed (for pending
    // reboots), and the decisions of every snapshot (one approved set per operation).
    "CREATE TABLE patch_states (
        instance_id TEXT PRIMARY KEY,
        report      TEXT NOT NULL,
        last_no_reboot_install TEXT,
        updated     TEXT NOT NULL
    );
    CREATE TABLE patch_installs (
        instance_id TEXT NOT NULL,
        kb_id       TEXT NOT NULL,
        version     TEXT NOT NULL,
        boot_id     TEXT NOT NULL,
        installed   TEXT NOT NULL,
        PRIMARY KEY (instance_id, kb_id)
    ) WITHOUT ROWID;
    CREATE TABLE patch_snapshots (
        snapshot_id TEXT NOT NULL,
        product     TEXT NOT NULL,
        decisions   TEXT NOT NULL,
        created     TEXT NOT NULL,
        PRIMARY KEY (snapshot_id, product)
    ) WITHOUT ROWID;",
    // 13: Patch Manager. The user's baselines (their rules as the JSON of BaselineRules;
    // AWS's predefined ones live in the binary), the default baseline an OS was given, and
    // which baseline each patch group uses per OS.
    "CREATE TABLE patch_baselines (
        baseline_id   TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        description   TEXT,
        rules         TEXT NOT NULL,
        security_updates_status TEXT,
        created_date  TEXT NOT NULL,
        modified_date TEXT NOT NULL,
        client_token  TEXT UNIQUE,
        request_hash  TEXT
    );
    CREATE TABLE default_patch_baselines (
        operating_system TEXT PRIMARY KEY,
        baseline_id      TEXT NOT NULL
    );
    CREATE TABLE patch_group_baselines (
        patch_group      TEXT NOT NULL,
        operating_system TEXT NOT NULL,
        baseline_id      TEXT NOT NULL,
        PRIMARY KEY (patch_group, operating_system)
    ) WITHOUT ROWID;
    CREATE INDEX patch_group_baselines_by_baseline ON patch_group_baselines (baseline_id);",
    // 14: the one tick (SPEC §16) and Automation. Leases name who works on what until when;
    // an execution is a state machine whose `wake_at` says when a tick must look at it
    // (NULL: only a signal or a child's end wakes it); each step attempt is one row.
    "CREATE TABLE leases (
        kind    TEXT NOT NULL,
        key     TEXT NOT NULL,
        owner   TEXT NOT NULL,
        expires TEXT NOT NULL,
        PRIMARY KEY (kind, key)
    ) WITHOUT ROWID;
    CREATE TABLE automation_executions (
        execution_id     TEXT PRIMARY KEY,
        seq              INTEGER NOT NULL,
        document_name    TEXT NOT NULL,
        document_version TEXT NOT NULL,
        runbook          TEXT NOT NULL,
        status           TEXT NOT NULL,
        state            TEXT NOT NULL,
        started          TEXT NOT NULL,
        ended            TEXT,
        executed_by      TEXT NOT NULL,
        parent_id        TEXT,
        association_id   TEXT,
        wake_at          TEXT,
        client_token     TEXT UNIQUE,
        request_hash     TEXT
    );
    CREATE INDEX automation_due ON automation_executions (wake_at) WHERE wake_at IS NOT NULL;
    CREATE INDEX automation_by_parent ON automation_executions (parent_id) WHERE parent_id IS NOT NULL;
    CREATE INDEX automation_by_seq ON automation_executions (seq);
    CREATE TABLE automation_steps (
        step_execution_id TEXT PRIMARY KEY,
        execution_id      TEXT NOT NULL REFERENCES automation_executions ON DELETE CASCADE,
        seq               INTEGER NOT NULL,
        record            TEXT NOT NULL,
        private           TEXT
    );
    CREATE INDEX automation_steps_by_execution ON automation_steps (execution_id, seq);
    CREATE TABLE automation_signals (
        seq          INTEGER PRIMARY KEY AUTOINCREMENT,
        execution_id TEXT NOT NULL REFERENCES automation_executions ON DELETE CASCADE,
        signal_type  TEXT NOT NULL,
        payload      TEXT NOT NULL,
        sender       TEXT NOT NULL,
        at           TEXT NOT NULL,
        consumed     INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX automation_signals_open ON automation_signals (execution_id) WHERE consumed = 0;
    ALTER TABLE association_executions ADD COLUMN automation_id TEXT;",
    // 15: Maintenance Windows (SPEC §19). A window's `last_fire` is the latest fire time a
    // tick has dealt with; executions are unique per (window, fire time), so a fire time is
    // taken once whatever ticks overlap. Task executions hold the task as it was at the
    // fire and the targets resolved when the task started; each invocation row is written
    // before its command or automation starts.
    "CREATE TABLE mw_windows (
        window_id                  TEXT PRIMARY KEY,
        seq                        INTEGER NOT NULL,
        name                       TEXT NOT NULL,
        description                TEXT,
        start_date                 TEXT,
        end_date                   TEXT,
        schedule                   TEXT NOT NULL,
        schedule_timezone          TEXT,
        schedule_offset            INTEGER,
        duration                   INTEGER NOT NULL,
        cutoff                     INTEGER NOT NULL,
        allow_unassociated_targets INTEGER NOT NULL,
        enabled                    INTEGER NOT NULL,
        created                    TEXT NOT NULL,
        modified                   TEXT NOT NULL,
        last_fire                  TEXT,
        client_token               TEXT UNIQUE,
        request_hash               TEXT
    );
    CREATE TABLE mw_targets (
        window_target_id  TEXT PRIMARY KEY,
        window_id         TEXT NOT NULL REFERENCES mw_windows ON DELETE CASCADE,
        seq               INTEGER NOT NULL,
        resource_type     TEXT NOT NULL,
        targets           TEXT NOT NULL,
        owner_information TEXT,
        name              TEXT,
        description       TEXT,
        client_token      TEXT UNIQUE,
        request_hash      TEXT
    );
    CREATE INDEX mw_targets_by_window ON mw_targets (window_id, seq);
    CREATE TABLE mw_tasks (
        window_task_id TEXT PRIMARY KEY,
        window_id      TEXT NOT NULL REFERENCES mw_windows ON DELETE CASCADE,
        seq            INTEGER NOT NULL,
        body           TEXT NOT NULL,
        client_token   TEXT UNIQUE,
        request_hash   TEXT
    );
    CREATE INDEX mw_tasks_by_window ON mw_tasks (window_id, seq);
    CREATE TABLE mw_executions (
        window_execution_id TEXT PRIMARY KEY,
        window_id           TEXT NOT NULL REFERENCES mw_windows ON DELETE CASCADE,
        fire_time           TEXT NOT NULL,
        status              TEXT NOT NULL,
        status_details      TEXT,
        start_time          TEXT,
        end_time            TEXT,
        cutoff_at           TEXT NOT NULL,
        window_end          TEXT NOT NULL,
        wake_at             TEXT,
        UNIQUE (window_id, fire_time)
    );
    CREATE INDEX mw_executions_due ON mw_executions (wake_at) WHERE wake_at IS NOT NULL;
    CREATE INDEX mw_executions_by_start ON mw_executions (window_id, start_time);
    CREATE TABLE mw_task_executions (
        task_execution_id   TEXT PRIMARY KEY,
        window_execution_id TEXT NOT NULL REFERENCES mw_executions ON DELETE CASCADE,
        seq                 INTEGER NOT NULL,
        priority            INTEGER NOT NULL,
        task                TEXT NOT NULL,
        targets             TEXT,
        status              TEXT NOT NULL,
        status_details      TEXT,
        start_time          TEXT,
        end_time            TEXT
    );
    CREATE INDEX mw_task_executions_by_execution ON mw_task_executions (window_execution_id, seq);
    CREATE TABLE mw_invocations (
        invocation_id       TEXT PRIMARY KEY,
        task_execution_id   TEXT NOT NULL REFERENCES mw_task_executions ON DELETE CASCADE,
        seq                 INTEGER NOT NULL,
        resource_id         TEXT NOT NULL,
        execution_id        TEXT,
        parameters          TEXT NOT NULL,
        status              TEXT NOT NULL,
        status_details      TEXT,
        start_time          TEXT,
        end_time            TEXT,
        owner_information   TEXT,
        window_target_id    TEXT,
        UNIQUE (task_execution_id, resource_id)
    );
    CREATE INDEX mw_invocations_by_task ON mw_invocations (task_execution_id, seq);",
    // 16: Session Manager sessions. `pid` is the ssmctl process that streams the session
    // (the tick settles a session whose process is gone); `recording` and `final_hash`
    // name the controller-side recording and the last link of its hash chain.
    "CREATE TABLE sessions (
        seq           INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id    TEXT NOT NULL UNIQUE,
        target        TEXT NOT NULL,
        document_name TEXT NOT NULL,
        owner         TEXT NOT NULL,
        reason        TEXT,
        kind          TEXT NOT NULL,
        parameters    TEXT NOT NULL,
        status        TEXT NOT NULL,
        details       TEXT,
        start_date    TEXT NOT NULL,
        end_date      TEXT,
        idle_timeout  INTEGER NOT NULL,
        max_duration  INTEGER,
        pid           INTEGER,
        last_activity TEXT,
        recording     TEXT,
        final_hash    TEXT,
        bytes_in      INTEGER NOT NULL DEFAULT 0,
        bytes_out     INTEGER NOT NULL DEFAULT 0,
        exit_code     INTEGER,
        remote_name   TEXT,
        token         TEXT NOT NULL
    );
    CREATE INDEX sessions_by_status ON sessions (status, start_date);",
];

pub const LATEST: i64 = MIGRATIONS.len() as i64;

pub fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    let version = user_version(conn)?;
    check_not_newer(version, path)?;
    if version == LATEST {
        return Ok(());
    }
    // Re-read under the write lock: another process may have migrated meanwhile.
    let env_err = |e: rusqlite::Error| Error::config(format!("cannot migrate state database {}: {e}", path.display()));
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(env_err)?;
    let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    check_not_newer(version, path)?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        tx.execute_batch(sql).map_err(env_err)?;
        tx.pragma_update(None, "user_version", i as i64 + 1).map_err(env_err)?;
    }
    tx.commit().map_err(env_err)?;
    Ok(())
}

fn user_version(conn: &Connection) -> Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| Error::config(format!("{e}: is this an ssmctl state database?")))
}

fn check_not_newer(version: i64, path: &Path) -> Result<()> {
    if version > LATEST {
        return Err(Error::config(format!(
            "state database {} has schema version {version}, newer than this ssmctl knows ({LATEST}); upgrade ssmctl",
            path.display()
        )));
    }
    Ok(())
}
