//! One line of help per operation, in ssmctl's words (the model slice carries no prose).

pub fn about(op: &str) -> Option<&'static str> {
    Some(match op {
        "CreateDocument" => "Create a document (Command or Automation) from JSON or YAML content",
        "GetDocument" => "Print a document's content, in its own format or converted",
        "DescribeDocument" => "Describe a document version: hash, parameters, platforms, versions, tags",
        "ListDocuments" => "List documents, yours (Owner Self) and the built-ins (Owner Amazon)",
        "UpdateDocument" => "Add a new version of a document",
        "DeleteDocument" => "Delete a document, or one version of it",
        "ListDocumentVersions" => "List the versions of a document",
        "UpdateDocumentDefaultVersion" => "Make a version the document's default",
        "AddTagsToResource" => "Add or overwrite tags on a resource",
        "RemoveTagsFromResource" => "Remove tags from a resource",
        "ListTagsForResource" => "List the tags of a resource",
        "SendCommand" => "Run a Command document on hosts over SSH; waits until every host is done",
        "ListCommands" => "List commands, newest first",
        "ListCommandInvocations" => "List the per-host invocations of commands (--details: per-step results)",
        "GetCommandInvocation" => "Show one host's result of a command: status, exit code, output",
        "CancelCommand" => "Cancel a running command, from any process",
        "DescribeInstanceInformation" => "List the inventory's hosts with what their last contact told",
        "CreateAssociation" => "Declare a document to keep applied to targets, on a schedule (apply-due runs it)",
        "CreateAssociationBatch" => "Create several associations; prints the successful and the failed ones",
        "DescribeAssociation" => "Describe an association (a version with --association-version)",
        "ListAssociations" => "List associations with their overview",
        "UpdateAssociation" => "Replace an association's settings: a new version",
        "DeleteAssociation" => "Delete an association, its versions and its history",
        "ListAssociationVersions" => "List every version of an association",
        "PutInventory" => "Store inventory items of a host (Custom: types, or AWS types by hand)",
        "DescribeInstancePatchStates" => "Show the patch counts and last patch operation of hosts",
        "DescribeInstancePatchStatesForPatchGroup" => {
            "Show the patch states of a patch group's hosts, filtered by counts"
        }
        "DescribeInstancePatches" => "List a host's patches and their states from its last patch operation",
        "DescribePatchProperties" => "List the products, classifications or priorities the scans of an OS saw",
        "DescribeEffectivePatchesForPatchBaseline" => "Show how a baseline treats every update the scans saw",
        "DescribePatchGroupState" => "Count a patch group's hosts by the states of their patches",
        "ListInventoryEntries" => "List the entries of a host's latest inventory of a type",
        "GetInventory" => "Find hosts by their inventory; a type's data per host, or counts by aggregators",
        "GetInventorySchema" => "List the inventory types and their attributes",
        "DeleteInventory" => "Delete a custom inventory type's data (and schema)",
        "DescribeInventoryDeletions" => "List inventory deletions",
        "StartAssociationsOnce" => "Run associations now, on all their targets",
        "DescribeAssociationExecutions" => "List the runs of an association",
        "DescribeAssociationExecutionTargets" => "List the hosts of one run, with the command holding their output",
        "DescribeInstanceAssociationsStatus" => "Show each association's last result on a host",
        "DescribeEffectiveInstanceAssociations" => "List the associations that target a host now",
        "UpdateAssociationStatus" => "Set the status of an association on a host by hand",
        "PutComplianceItems" => "Report Custom compliance items for a host",
        "ListComplianceItems" => "List compliance items",
        "ListComplianceSummaries" => "Count compliant and non-compliant hosts per compliance type",
        "PutParameter" => {
            "Create a parameter, or a new version of one (--overwrite); SecureString values are encrypted"
        }
        "GetParameter" => "Print a parameter (name, name:version or name:label); --with-decryption for SecureString",
        "GetParameters" => "Print several parameters; unknown names are listed as InvalidParameters",
        "GetParametersByPath" => "Print the parameters under a path (--recursive for all levels)",
        "DescribeParameters" => "List parameters' metadata (no values), with filters",
        "DeleteParameter" => "Delete a parameter with all its versions and labels",
        "DeleteParameters" => "Delete several parameters; prints the deleted and the unknown ones",
        "GetParameterHistory" => "List every version of a parameter with its labels",
        "LabelParameterVersion" => "Attach labels to a parameter version (a label moves from another version)",
        "UnlabelParameterVersion" => "Remove labels from a parameter version",
        "ListResourceComplianceSummaries" => "Summarise compliance per host and type",
        "CreatePatchBaseline" => "Create a patch baseline: which updates an OS's hosts get (OS default: WINDOWS)",
        "GetPatchBaseline" => "Show a patch baseline's rules, lists and patch groups (predefined or yours)",
        "UpdatePatchBaseline" => "Change a patch baseline you own; --replace clears what is not given",
        "DeletePatchBaseline" => "Delete a patch baseline no patch group uses and no OS has as its default",
        "DescribePatchBaselines" => "List patch baselines, AWS's predefined (Owner AWS) and yours (Owner Self)",
        "RegisterDefaultPatchBaseline" => "Make a baseline the default of its OS (a predefined one restores AWS's)",
        "GetDefaultPatchBaseline" => "Show an OS's default patch baseline (OS default: WINDOWS)",
        "RegisterPatchBaselineForPatchGroup" => "Give a patch group a baseline for the baseline's OS",
        "DeregisterPatchBaselineForPatchGroup" => "Take a baseline from a patch group (its hosts get the OS default)",
        "GetPatchBaselineForPatchGroup" => "Show the baseline a patch group's hosts of an OS get",
        "DescribePatchGroups" => "List patch groups with their baselines",
        "StartSession" => {
            "Open a shell, run a command or forward ports on a host over SSH; recorded here as it streams"
        }
        "TerminateSession" => "End a session from any process (always succeeds, as AWS's)",
        "DescribeSessions" => "List sessions: Active or History (30 days), with filters",
        "ResumeSession" => "Reattach a shell that tmux kept on the host after the connection dropped",
        "StartAutomationExecution" => "Run an Automation runbook (here until it ends or waits; apply-due continues it)",
        "GetAutomationExecution" => "Show an automation execution with its steps",
        "DescribeAutomationExecutions" => "List automation executions, with filters",
        "DescribeAutomationStepExecutions" => "List the steps of an automation execution, with filters",
        "SendAutomationSignal" => "Approve, reject, resume or steer a waiting automation execution",
        "StopAutomationExecution" => "Cancel an automation execution (its onCancel step runs) or complete it now",
        "DescribeMaintenanceWindowExecutions" => {
            "List a maintenance window's executions (run, skipped or missed), newest first"
        }
        "GetMaintenanceWindowExecution" => "Show a maintenance window execution and its task executions",
        "DescribeMaintenanceWindowExecutionTasks" => "List the task executions of a maintenance window execution",
        "GetMaintenanceWindowExecutionTask" => "Show one task execution of a maintenance window execution",
        "DescribeMaintenanceWindowExecutionTaskInvocations" => "List a task execution's invocations (one per target)",
        "GetMaintenanceWindowExecutionTaskInvocation" => "Show one invocation of a maintenance window task execution",
        "CancelMaintenanceWindowExecution" => {
            "Cancel a running maintenance window execution (running commands are cancelled)"
        }
        "RegisterTargetWithMaintenanceWindow" => "Register hosts (ids, tags, inventory groups) as a target of a window",
        "DescribeMaintenanceWindowTargets" => "List the targets registered with a window",
        "UpdateMaintenanceWindowTarget" => "Change a window target's hosts, owner information, name or description",
        "DeregisterTargetFromMaintenanceWindow" => "Remove a target from a window (--safe: not while a task uses it)",
        "RegisterTaskWithMaintenanceWindow" => {
            "Add a Run Command or Automation task to a window; its parameters are checked now"
        }
        "DescribeMaintenanceWindowTasks" => "List the tasks of a window",
        "GetMaintenanceWindowTask" => "Show one task of a window with its invocation parameters",
        "UpdateMaintenanceWindowTask" => "Change a window task (--replace: all of it); checked as at registration",
        "DeregisterTaskFromMaintenanceWindow" => "Remove a task from a window",
        "CreateMaintenanceWindow" => {
            "Create a maintenance window: a schedule (in a time zone) with a duration and cutoff"
        }
        "GetMaintenanceWindow" => "Show a maintenance window with its next execution time",
        "UpdateMaintenanceWindow" => {
            "Change a maintenance window (--replace resets what is not given); enable or disable it"
        }
        "DeleteMaintenanceWindow" => "Delete a maintenance window with its targets, tasks and history",
        "DescribeMaintenanceWindows" => "List maintenance windows (filters: Name prefix, Enabled)",
        "DescribeMaintenanceWindowSchedule" => {
            "List upcoming runs of a window, or of every window that reaches given hosts"
        }
        "DescribeMaintenanceWindowsForTarget" => {
            "List the maintenance windows whose targets or tasks reach given hosts"
        }
        _ => return None,
    })
}
