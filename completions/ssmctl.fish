# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_ssmctl_global_optspecs
    string join \n output= query= db= inventory= debug color= region= profile= cli-read-timeout= cli-connect-timeout= no-cli-pager h/help V/version
end

function __fish_ssmctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_ssmctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_ssmctl_using_subcommand
    set -l cmd (__fish_ssmctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c ssmctl -n "__fish_ssmctl_needs_command" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_needs_command" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_needs_command" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_needs_command" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_needs_command" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_needs_command" -l region -r
complete -c ssmctl -n "__fish_ssmctl_needs_command" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_needs_command" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_needs_command" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_needs_command" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_needs_command" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -s V -l version -d 'Print version'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "create-document" -d 'Create a document (Command or Automation) from JSON or YAML content'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "get-document" -d 'Print a document\'s content, in its own format or converted'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-document" -d 'Describe a document version: hash, parameters, platforms, versions, tags'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "list-documents" -d 'List documents, yours (Owner Self) and the built-ins (Owner Amazon)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "update-document" -d 'Add a new version of a document'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "delete-document" -d 'Delete a document, or one version of it'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "list-document-versions" -d 'List the versions of a document'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "update-document-default-version" -d 'Make a version the document\'s default'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "add-tags-to-resource" -d 'Add or overwrite tags on a resource'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "remove-tags-from-resource" -d 'Remove tags from a resource'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "list-tags-for-resource" -d 'List the tags of a resource'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "send-command" -d 'Run a Command document on hosts over SSH; waits until every host is done'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "list-commands" -d 'List commands, newest first'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "list-command-invocations" -d 'List the per-host invocations of commands (--details: per-step results)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "get-command-invocation" -d 'Show one host\'s result of a command: status, exit code, output'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "cancel-command" -d 'Cancel a running command, from any process'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-instance-information" -d 'List the inventory\'s hosts with what their last contact told'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "create-association" -d 'Declare a document to keep applied to targets, on a schedule (apply-due runs it)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "create-association-batch" -d 'Create several associations; prints the successful and the failed ones'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-association" -d 'Describe an association (a version with --association-version)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "list-associations" -d 'List associations with their overview'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "update-association" -d 'Replace an association\'s settings: a new version'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "delete-association" -d 'Delete an association, its versions and its history'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "list-association-versions" -d 'List every version of an association'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "start-associations-once" -d 'Run associations now, on all their targets'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-association-executions" -d 'List the runs of an association'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-association-execution-targets" -d 'List the hosts of one run, with the command holding their output'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-instance-associations-status" -d 'Show each association\'s last result on a host'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-effective-instance-associations" -d 'List the associations that target a host now'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "update-association-status" -d 'Set the status of an association on a host by hand'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "put-compliance-items" -d 'Report Custom compliance items for a host'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "list-compliance-items" -d 'List compliance items'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "list-compliance-summaries" -d 'Count compliant and non-compliant hosts per compliance type'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "list-resource-compliance-summaries" -d 'Summarise compliance per host and type'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "put-parameter" -d 'Create a parameter, or a new version of one (--overwrite); SecureString values are encrypted'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "get-parameter" -d 'Print a parameter (name, name:version or name:label); --with-decryption for SecureString'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "get-parameters" -d 'Print several parameters; unknown names are listed as InvalidParameters'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "get-parameters-by-path" -d 'Print the parameters under a path (--recursive for all levels)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-parameters" -d 'List parameters\' metadata (no values), with filters'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "delete-parameter" -d 'Delete a parameter with all its versions and labels'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "delete-parameters" -d 'Delete several parameters; prints the deleted and the unknown ones'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "get-parameter-history" -d 'List every version of a parameter with its labels'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "label-parameter-version" -d 'Attach labels to a parameter version (a label moves from another version)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "unlabel-parameter-version" -d 'Remove labels from a parameter version'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "put-inventory" -d 'Store inventory items of a host (Custom: types, or AWS types by hand)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "list-inventory-entries" -d 'List the entries of a host\'s latest inventory of a type'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "delete-inventory" -d 'Delete a custom inventory type\'s data (and schema)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-inventory-deletions" -d 'List inventory deletions'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "get-inventory-schema" -d 'List the inventory types and their attributes'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "get-inventory" -d 'Find hosts by their inventory; a type\'s data per host, or counts by aggregators'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-instance-patch-states" -d 'Show the patch counts and last patch operation of hosts'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-instance-patch-states-for-patch-group" -d 'Show the patch states of a patch group\'s hosts, filtered by counts'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-instance-patches" -d 'List a host\'s patches and their states from its last patch operation'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-patch-group-state" -d 'Count a patch group\'s hosts by the states of their patches'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-patch-properties" -d 'List the products, classifications or priorities the scans of an OS saw'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-effective-patches-for-patch-baseline" -d 'Show how a baseline treats every update the scans saw'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "create-patch-baseline" -d 'Create a patch baseline: which updates an OS\'s hosts get (OS default: WINDOWS)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "get-patch-baseline" -d 'Show a patch baseline\'s rules, lists and patch groups (predefined or yours)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "update-patch-baseline" -d 'Change a patch baseline you own; --replace clears what is not given'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "delete-patch-baseline" -d 'Delete a patch baseline no patch group uses and no OS has as its default'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-patch-baselines" -d 'List patch baselines, AWS\'s predefined (Owner AWS) and yours (Owner Self)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "register-default-patch-baseline" -d 'Make a baseline the default of its OS (a predefined one restores AWS\'s)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "get-default-patch-baseline" -d 'Show an OS\'s default patch baseline (OS default: WINDOWS)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "register-patch-baseline-for-patch-group" -d 'Give a patch group a baseline for the baseline\'s OS'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "deregister-patch-baseline-for-patch-group" -d 'Take a baseline from a patch group (its hosts get the OS default)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "get-patch-baseline-for-patch-group" -d 'Show the baseline a patch group\'s hosts of an OS get'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-patch-groups" -d 'List patch groups with their baselines'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "start-automation-execution" -d 'Run an Automation runbook (here until it ends or waits; apply-due continues it)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "get-automation-execution" -d 'Show an automation execution with its steps'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-automation-executions" -d 'List automation executions, with filters'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-automation-step-executions" -d 'List the steps of an automation execution, with filters'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "send-automation-signal" -d 'Approve, reject, resume or steer a waiting automation execution'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "stop-automation-execution" -d 'Cancel an automation execution (its onCancel step runs) or complete it now'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "create-maintenance-window" -d 'Create a maintenance window: a schedule (in a time zone) with a duration and cutoff'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "update-maintenance-window" -d 'Change a maintenance window (--replace resets what is not given); enable or disable it'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "get-maintenance-window" -d 'Show a maintenance window with its next execution time'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "delete-maintenance-window" -d 'Delete a maintenance window with its targets, tasks and history'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-maintenance-windows" -d 'List maintenance windows (filters: Name prefix, Enabled)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-maintenance-window-schedule" -d 'List upcoming runs of a window, or of every window that reaches given hosts'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-maintenance-windows-for-target" -d 'List the maintenance windows whose targets or tasks reach given hosts'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "register-target-with-maintenance-window" -d 'Register hosts (ids, tags, inventory groups) as a target of a window'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-maintenance-window-targets" -d 'List the targets registered with a window'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "update-maintenance-window-target" -d 'Change a window target\'s hosts, owner information, name or description'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "deregister-target-from-maintenance-window" -d 'Remove a target from a window (--safe: not while a task uses it)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "register-task-with-maintenance-window" -d 'Add a Run Command or Automation task to a window; its parameters are checked now'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-maintenance-window-tasks" -d 'List the tasks of a window'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "get-maintenance-window-task" -d 'Show one task of a window with its invocation parameters'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "update-maintenance-window-task" -d 'Change a window task (--replace: all of it); checked as at registration'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "deregister-task-from-maintenance-window" -d 'Remove a task from a window'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-maintenance-window-executions" -d 'List a maintenance window\'s executions (run, skipped or missed), newest first'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "get-maintenance-window-execution" -d 'Show a maintenance window execution and its task executions'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-maintenance-window-execution-tasks" -d 'List the task executions of a maintenance window execution'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "get-maintenance-window-execution-task" -d 'Show one task execution of a maintenance window execution'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-maintenance-window-execution-task-invocations" -d 'List a task execution\'s invocations (one per target)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "get-maintenance-window-execution-task-invocation" -d 'Show one invocation of a maintenance window task execution'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "cancel-maintenance-window-execution" -d 'Cancel a running maintenance window execution (running commands are cancelled)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "start-session" -d 'Open a shell, run a command or forward ports on a host over SSH; recorded here as it streams'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "terminate-session" -d 'End a session from any process (always succeeds, as AWS\'s)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "describe-sessions" -d 'List sessions: Active or History (30 days), with filters'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "resume-session" -d 'Reattach a shell that tmux kept on the host after the connection dropped'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "wait" -d 'ssmctl: wait until a condition is met (the AWS CLI waiters)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "get-command-output" -d 'ssmctl: print the whole stored output of an invocation (get-command-invocation shows 24,000 characters)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "apply-due" -d 'ssmctl: run every association that is due now (what cron calls every minute)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "diff-association-versions" -d 'ssmctl: show what changed between two versions of an association'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "rollback-association" -d 'ssmctl: make a new version of an association equal to an old one'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "find-package-hosts" -d 'ssmctl: the hosts whose collected package is below, at or above a version (dpkg/rpm ordering)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "export-sbom" -d 'ssmctl: print a host\'s collected applications as a CycloneDX 1.5 SBOM'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "doctor" -d 'ssmctl: check SQLite, the state file, the inventory, ssh, the key and (--hosts) which hosts answer'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "session-recording" -d 'ssmctl: verify a session recording\'s hash chain, or play it back'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "ssh-proxy" -d 'ssmctl: ssh\'s ProxyCommand to inventory hosts by id (ProxyCommand ssmctl ssh-proxy %h %p)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "close-connections" -d 'ssmctl: close the SSH masters kept open between runs now (as ssh -O exit)'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "completion" -d 'ssmctl: print the shell completion script for bash, zsh or fish'
complete -c ssmctl -n "__fish_ssmctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l content -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l display-name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l version-name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l document-type -d 'string [Command, Policy, Automation, Session, Package, ApplicationConfiguration, ApplicationConfigurationSchema, DeploymentStrategy, …]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l document-format -d 'string [YAML, JSON, TEXT]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l target-type -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l tags -d 'TagList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-document" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -l name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -l version-name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -l document-version -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -l document-format -d 'string [YAML, JSON, TEXT]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-document" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-document" -l name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-document" -l document-version -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-document" -l version-name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-document" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-document" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-document" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-document" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-document" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-document" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-document" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-document" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-document" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-document" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-document" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-document" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-document" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-document" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-document" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l document-filter-list -d 'DocumentFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l filters -d 'DocumentKeyValuesFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-documents" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l content -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l display-name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l version-name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l document-version -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l document-format -d 'string [YAML, JSON, TEXT]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l target-type -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l document-version -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l version-name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l force -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l no-force -d 'Sets Force to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-document" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-document-versions" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document-default-version" -l name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document-default-version" -l document-version -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document-default-version" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document-default-version" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document-default-version" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document-default-version" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document-default-version" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document-default-version" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document-default-version" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document-default-version" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document-default-version" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document-default-version" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document-default-version" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document-default-version" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document-default-version" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document-default-version" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-document-default-version" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand add-tags-to-resource" -l resource-type -d 'string [Document, ManagedInstance, MaintenanceWindow, Parameter, PatchBaseline, OpsItem, OpsMetadata, Automation, …] (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand add-tags-to-resource" -l resource-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand add-tags-to-resource" -l tags -d 'TagList: one or more (shorthand or JSON) (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand add-tags-to-resource" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand add-tags-to-resource" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand add-tags-to-resource" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand add-tags-to-resource" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand add-tags-to-resource" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand add-tags-to-resource" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand add-tags-to-resource" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand add-tags-to-resource" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand add-tags-to-resource" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand add-tags-to-resource" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand add-tags-to-resource" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand add-tags-to-resource" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand add-tags-to-resource" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand add-tags-to-resource" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand add-tags-to-resource" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand remove-tags-from-resource" -l resource-type -d 'string [Document, ManagedInstance, MaintenanceWindow, Parameter, PatchBaseline, OpsItem, OpsMetadata, Automation, …] (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand remove-tags-from-resource" -l resource-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand remove-tags-from-resource" -l tag-keys -d 'KeyList: one or more values (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand remove-tags-from-resource" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand remove-tags-from-resource" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand remove-tags-from-resource" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand remove-tags-from-resource" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand remove-tags-from-resource" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand remove-tags-from-resource" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand remove-tags-from-resource" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand remove-tags-from-resource" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand remove-tags-from-resource" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand remove-tags-from-resource" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand remove-tags-from-resource" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand remove-tags-from-resource" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand remove-tags-from-resource" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand remove-tags-from-resource" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand remove-tags-from-resource" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-tags-for-resource" -l resource-type -d 'string [Document, ManagedInstance, MaintenanceWindow, Parameter, PatchBaseline, OpsItem, OpsMetadata, Automation, …] (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-tags-for-resource" -l resource-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-tags-for-resource" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-tags-for-resource" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-tags-for-resource" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-tags-for-resource" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-tags-for-resource" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-tags-for-resource" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-tags-for-resource" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-tags-for-resource" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-tags-for-resource" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-tags-for-resource" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-tags-for-resource" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-tags-for-resource" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-tags-for-resource" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-tags-for-resource" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-tags-for-resource" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l instance-ids -d 'InstanceIdList: one or more values' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l targets -d 'Targets: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l document-name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l document-version -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l document-hash -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l document-hash-type -d 'string [Sha256, Sha1]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l timeout-seconds -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l comment -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l parameters -d 'Parameters (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l output-s3-region -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l output-s3-bucket-name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l output-s3-key-prefix -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l max-concurrency -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l max-errors -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l service-role-arn -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l notification-config -d 'NotificationConfig (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l cloud-watch-output-config -d 'CloudWatchOutputConfig (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l alarm-configuration -d 'AlarmConfiguration (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-command" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l command-id -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l instance-id -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l filters -d 'CommandFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-commands" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l command-id -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l instance-id -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l filters -d 'CommandFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l details -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l no-details -d 'Sets Details to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-command-invocations" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-invocation" -l command-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-invocation" -l instance-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-invocation" -l plugin-name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-invocation" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-invocation" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-invocation" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-invocation" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-invocation" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-invocation" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-invocation" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-invocation" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-invocation" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-invocation" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-invocation" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-invocation" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-invocation" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-invocation" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-invocation" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-command" -l command-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-command" -l instance-ids -d 'InstanceIdList: one or more values' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-command" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-command" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-command" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-command" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-command" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-command" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-command" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-command" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-command" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-command" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-command" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-command" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-command" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-command" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-command" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l instance-information-filter-list -d 'InstanceInformationFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l filters -d 'InstanceInformationStringFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-information" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l document-version -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l instance-id -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l parameters -d 'Parameters (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l targets -d 'Targets: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l schedule-expression -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l output-location -d 'InstanceAssociationOutputLocation (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l association-name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l automation-target-parameter-name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l max-errors -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l max-concurrency -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l compliance-severity -d 'string [CRITICAL, HIGH, MEDIUM, LOW, UNSPECIFIED]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l sync-compliance -d 'string [AUTO, MANUAL]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l calendar-names -d 'CalendarNameOrARNList: one or more values' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l target-locations -d 'TargetLocations: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l schedule-offset -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l duration -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l target-maps -d 'TargetMaps: one or more values' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l tags -d 'TagList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l alarm-configuration -d 'AlarmConfiguration (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l association-dispatch-assume-role -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l apply-only-at-cron-interval -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l no-apply-only-at-cron-interval -d 'Sets ApplyOnlyAtCronInterval to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association-batch" -l entries -d 'CreateAssociationBatchRequestEntries: one or more (shorthand or JSON) (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association-batch" -l association-dispatch-assume-role -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association-batch" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association-batch" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association-batch" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association-batch" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association-batch" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association-batch" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association-batch" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association-batch" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association-batch" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association-batch" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association-batch" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association-batch" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association-batch" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association-batch" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-association-batch" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -l name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -l instance-id -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -l association-id -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -l association-version -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l association-filter-list -d 'AssociationFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-associations" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l association-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l parameters -d 'Parameters (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l document-version -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l schedule-expression -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l output-location -d 'InstanceAssociationOutputLocation (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l targets -d 'Targets: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l association-name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l association-version -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l automation-target-parameter-name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l max-errors -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l max-concurrency -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l compliance-severity -d 'string [CRITICAL, HIGH, MEDIUM, LOW, UNSPECIFIED]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l sync-compliance -d 'string [AUTO, MANUAL]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l calendar-names -d 'CalendarNameOrARNList: one or more values' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l target-locations -d 'TargetLocations: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l schedule-offset -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l duration -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l target-maps -d 'TargetMaps: one or more values' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l alarm-configuration -d 'AlarmConfiguration (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l association-dispatch-assume-role -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l apply-only-at-cron-interval -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l no-apply-only-at-cron-interval -d 'Sets ApplyOnlyAtCronInterval to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-association" -l name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-association" -l instance-id -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-association" -l association-id -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-association" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-association" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-association" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-association" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-association" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-association" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-association" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-association" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-association" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-association" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-association" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-association" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-association" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-association" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-association" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l association-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-association-versions" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-associations-once" -l association-ids -d 'AssociationIdList: one or more values (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-associations-once" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-associations-once" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-associations-once" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-associations-once" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-associations-once" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-associations-once" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-associations-once" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-associations-once" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-associations-once" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-associations-once" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-associations-once" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-associations-once" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-associations-once" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-associations-once" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-associations-once" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l association-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l filters -d 'AssociationExecutionFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-executions" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l association-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l execution-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l filters -d 'AssociationExecutionTargetsFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-association-execution-targets" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l instance-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-associations-status" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l instance-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-instance-associations" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association-status" -l name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association-status" -l instance-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association-status" -l association-status -d 'AssociationStatus (shorthand or JSON) (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association-status" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association-status" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association-status" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association-status" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association-status" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association-status" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association-status" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association-status" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association-status" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association-status" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association-status" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association-status" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association-status" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association-status" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-association-status" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l resource-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l resource-type -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l compliance-type -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l execution-summary -d 'ComplianceExecutionSummary (shorthand or JSON) (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l items -d 'ComplianceItemEntryList: one or more (shorthand or JSON) (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l item-content-hash -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l upload-type -d 'string [COMPLETE, PARTIAL]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-compliance-items" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l filters -d 'ComplianceStringFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l resource-ids -d 'ComplianceResourceIdList: one or more values' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l resource-types -d 'ComplianceResourceTypeList: one or more values' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-items" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l filters -d 'ComplianceStringFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-compliance-summaries" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l filters -d 'ComplianceStringFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-resource-compliance-summaries" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l description -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l value -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l type -d 'string [String, StringList, SecureString]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l key-id -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l allowed-pattern -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l tags -d 'TagList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l tier -d 'string [Standard, Advanced, Intelligent-Tiering]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l policies -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l data-type -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l overwrite -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l no-overwrite -d 'Sets Overwrite to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-parameter" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter" -l name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter" -l with-decryption -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter" -l no-with-decryption -d 'Sets WithDecryption to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters" -l names -d 'ParameterNameList: one or more values (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters" -l with-decryption -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters" -l no-with-decryption -d 'Sets WithDecryption to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l path -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l parameter-filters -d 'ParameterStringFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l recursive -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l no-recursive -d 'Sets Recursive to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l with-decryption -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l no-with-decryption -d 'Sets WithDecryption to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameters-by-path" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l filters -d 'ParametersFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l parameter-filters -d 'ParameterStringFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l shared -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l no-shared -d 'Sets Shared to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-parameters" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameter" -l name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameter" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameter" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameter" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameter" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameter" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameter" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameter" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameter" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameter" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameter" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameter" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameter" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameter" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameter" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameter" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameters" -l names -d 'ParameterNameList: one or more values (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameters" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameters" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameters" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameters" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameters" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameters" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameters" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameters" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameters" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameters" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameters" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameters" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameters" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameters" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-parameters" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l with-decryption -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l no-with-decryption -d 'Sets WithDecryption to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-parameter-history" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand label-parameter-version" -l name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand label-parameter-version" -l parameter-version -d 'long' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand label-parameter-version" -l labels -d 'ParameterLabelList: one or more values (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand label-parameter-version" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand label-parameter-version" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand label-parameter-version" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand label-parameter-version" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand label-parameter-version" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand label-parameter-version" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand label-parameter-version" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand label-parameter-version" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand label-parameter-version" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand label-parameter-version" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand label-parameter-version" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand label-parameter-version" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand label-parameter-version" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand label-parameter-version" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand label-parameter-version" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand unlabel-parameter-version" -l name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand unlabel-parameter-version" -l parameter-version -d 'long (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand unlabel-parameter-version" -l labels -d 'ParameterLabelList: one or more values (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand unlabel-parameter-version" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand unlabel-parameter-version" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand unlabel-parameter-version" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand unlabel-parameter-version" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand unlabel-parameter-version" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand unlabel-parameter-version" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand unlabel-parameter-version" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand unlabel-parameter-version" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand unlabel-parameter-version" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand unlabel-parameter-version" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand unlabel-parameter-version" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand unlabel-parameter-version" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand unlabel-parameter-version" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand unlabel-parameter-version" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand unlabel-parameter-version" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-inventory" -l instance-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-inventory" -l items -d 'InventoryItemList: one or more (shorthand or JSON) (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-inventory" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-inventory" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-inventory" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-inventory" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-inventory" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-inventory" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-inventory" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-inventory" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-inventory" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-inventory" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-inventory" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-inventory" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-inventory" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-inventory" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand put-inventory" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l instance-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l type-name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l filters -d 'InventoryFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand list-inventory-entries" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l type-name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l schema-delete-option -d 'string [DisableSchema, DeleteSchema]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l client-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l dry-run -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l no-dry-run -d 'Sets DryRun to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-inventory" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l deletion-id -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-inventory-deletions" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l type-name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l aggregator -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l no-aggregator -d 'Sets Aggregator to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l sub-type -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l no-sub-type -d 'Sets SubType to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory-schema" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l filters -d 'InventoryFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l aggregators -d 'InventoryAggregatorList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l result-attributes -d 'ResultAttributeList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-inventory" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l instance-ids -d 'InstanceIdList: one or more values (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l patch-group -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l filters -d 'InstancePatchStateFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patch-states-for-patch-group" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l instance-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l filters -d 'PatchOrchestratorFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-instance-patches" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-group-state" -l patch-group -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-group-state" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-group-state" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-group-state" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-group-state" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-group-state" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-group-state" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-group-state" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-group-state" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-group-state" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-group-state" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-group-state" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-group-state" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-group-state" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-group-state" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-group-state" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l operating-system -d 'string [WINDOWS, AMAZON_LINUX, AMAZON_LINUX_2, AMAZON_LINUX_2022, UBUNTU, REDHAT_ENTERPRISE_LINUX, SUSE, CENTOS, …] (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l property -d 'string [PRODUCT, PRODUCT_FAMILY, CLASSIFICATION, MSRC_SEVERITY, PRIORITY, SEVERITY] (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l patch-set -d 'string [OS, APPLICATION]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-properties" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l baseline-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-effective-patches-for-patch-baseline" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l operating-system -d 'string [WINDOWS, AMAZON_LINUX, AMAZON_LINUX_2, AMAZON_LINUX_2022, UBUNTU, REDHAT_ENTERPRISE_LINUX, SUSE, CENTOS, …]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l global-filters -d 'PatchFilterGroup (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l approval-rules -d 'PatchRuleGroup (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l approved-patches -d 'PatchIdList: one or more values' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l approved-patches-compliance-level -d 'string [CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNSPECIFIED]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l rejected-patches -d 'PatchIdList: one or more values' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l rejected-patches-action -d 'string [ALLOW_AS_DEPENDENCY, BLOCK]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l description -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l sources -d 'PatchSourceList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l available-security-updates-compliance-status -d 'string [COMPLIANT, NON_COMPLIANT]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l client-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l tags -d 'TagList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l approved-patches-enable-non-security -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l no-approved-patches-enable-non-security -d 'Sets ApprovedPatchesEnableNonSecurity to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-patch-baseline" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline" -l baseline-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l baseline-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l global-filters -d 'PatchFilterGroup (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l approval-rules -d 'PatchRuleGroup (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l approved-patches -d 'PatchIdList: one or more values' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l approved-patches-compliance-level -d 'string [CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNSPECIFIED]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l rejected-patches -d 'PatchIdList: one or more values' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l rejected-patches-action -d 'string [ALLOW_AS_DEPENDENCY, BLOCK]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l description -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l sources -d 'PatchSourceList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l available-security-updates-compliance-status -d 'string [COMPLIANT, NON_COMPLIANT]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l approved-patches-enable-non-security -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l no-approved-patches-enable-non-security -d 'Sets ApprovedPatchesEnableNonSecurity to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l replace -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l no-replace -d 'Sets Replace to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-patch-baseline" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-patch-baseline" -l baseline-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-patch-baseline" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-patch-baseline" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-patch-baseline" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-patch-baseline" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-patch-baseline" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-patch-baseline" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-patch-baseline" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-patch-baseline" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-patch-baseline" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-patch-baseline" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-patch-baseline" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-patch-baseline" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-patch-baseline" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-patch-baseline" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-patch-baseline" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l filters -d 'PatchOrchestratorFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-baselines" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-default-patch-baseline" -l baseline-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-default-patch-baseline" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-default-patch-baseline" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-default-patch-baseline" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-default-patch-baseline" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-default-patch-baseline" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-default-patch-baseline" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-default-patch-baseline" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-default-patch-baseline" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-default-patch-baseline" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-default-patch-baseline" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-default-patch-baseline" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-default-patch-baseline" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-default-patch-baseline" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-default-patch-baseline" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-default-patch-baseline" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-default-patch-baseline" -l operating-system -d 'string [WINDOWS, AMAZON_LINUX, AMAZON_LINUX_2, AMAZON_LINUX_2022, UBUNTU, REDHAT_ENTERPRISE_LINUX, SUSE, CENTOS, …]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-default-patch-baseline" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-default-patch-baseline" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-default-patch-baseline" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-default-patch-baseline" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-default-patch-baseline" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-default-patch-baseline" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-default-patch-baseline" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-default-patch-baseline" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-default-patch-baseline" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-default-patch-baseline" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-default-patch-baseline" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-default-patch-baseline" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-default-patch-baseline" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-default-patch-baseline" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-default-patch-baseline" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-patch-baseline-for-patch-group" -l baseline-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-patch-baseline-for-patch-group" -l patch-group -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-patch-baseline-for-patch-group" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-patch-baseline-for-patch-group" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-patch-baseline-for-patch-group" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-patch-baseline-for-patch-group" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-patch-baseline-for-patch-group" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-patch-baseline-for-patch-group" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-patch-baseline-for-patch-group" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-patch-baseline-for-patch-group" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-patch-baseline-for-patch-group" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-patch-baseline-for-patch-group" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-patch-baseline-for-patch-group" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-patch-baseline-for-patch-group" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-patch-baseline-for-patch-group" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-patch-baseline-for-patch-group" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-patch-baseline-for-patch-group" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-patch-baseline-for-patch-group" -l baseline-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-patch-baseline-for-patch-group" -l patch-group -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-patch-baseline-for-patch-group" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-patch-baseline-for-patch-group" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-patch-baseline-for-patch-group" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-patch-baseline-for-patch-group" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-patch-baseline-for-patch-group" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-patch-baseline-for-patch-group" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-patch-baseline-for-patch-group" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-patch-baseline-for-patch-group" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-patch-baseline-for-patch-group" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-patch-baseline-for-patch-group" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-patch-baseline-for-patch-group" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-patch-baseline-for-patch-group" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-patch-baseline-for-patch-group" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-patch-baseline-for-patch-group" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-patch-baseline-for-patch-group" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline-for-patch-group" -l patch-group -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline-for-patch-group" -l operating-system -d 'string [WINDOWS, AMAZON_LINUX, AMAZON_LINUX_2, AMAZON_LINUX_2022, UBUNTU, REDHAT_ENTERPRISE_LINUX, SUSE, CENTOS, …]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline-for-patch-group" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline-for-patch-group" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline-for-patch-group" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline-for-patch-group" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline-for-patch-group" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline-for-patch-group" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline-for-patch-group" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline-for-patch-group" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline-for-patch-group" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline-for-patch-group" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline-for-patch-group" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline-for-patch-group" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline-for-patch-group" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline-for-patch-group" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-patch-baseline-for-patch-group" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l filters -d 'PatchOrchestratorFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-patch-groups" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l document-name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l document-version -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l parameters -d 'AutomationParameterMap (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l client-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l mode -d 'string [Auto, Interactive]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l target-parameter-name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l targets -d 'AutomationTargets: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l target-maps -d 'TargetMaps: one or more values' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l max-concurrency -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l max-errors -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l target-locations -d 'TargetLocations: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l tags -d 'TagList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l alarm-configuration -d 'AlarmConfiguration (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l target-locations-url -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l dry-run -d 'ssmctl: walk the runbook with these parameters and say which steps would run; run nothing'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-automation-execution" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-automation-execution" -l automation-execution-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-automation-execution" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-automation-execution" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-automation-execution" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-automation-execution" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-automation-execution" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-automation-execution" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-automation-execution" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-automation-execution" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-automation-execution" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-automation-execution" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-automation-execution" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-automation-execution" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-automation-execution" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-automation-execution" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-automation-execution" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l filters -d 'AutomationExecutionFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-executions" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l automation-execution-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l filters -d 'StepExecutionFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l reverse-order -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l no-reverse-order -d 'Sets ReverseOrder to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-automation-step-executions" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-automation-signal" -l automation-execution-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-automation-signal" -l signal-type -d 'string [Approve, Reject, StartStep, StopStep, Resume, Revoke] (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-automation-signal" -l payload -d 'AutomationParameterMap (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-automation-signal" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-automation-signal" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-automation-signal" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-automation-signal" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-automation-signal" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-automation-signal" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-automation-signal" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-automation-signal" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-automation-signal" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-automation-signal" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-automation-signal" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-automation-signal" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-automation-signal" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-automation-signal" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand send-automation-signal" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand stop-automation-execution" -l automation-execution-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand stop-automation-execution" -l type -d 'string [Complete, Cancel]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand stop-automation-execution" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand stop-automation-execution" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand stop-automation-execution" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand stop-automation-execution" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand stop-automation-execution" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand stop-automation-execution" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand stop-automation-execution" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand stop-automation-execution" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand stop-automation-execution" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand stop-automation-execution" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand stop-automation-execution" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand stop-automation-execution" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand stop-automation-execution" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand stop-automation-execution" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand stop-automation-execution" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l name -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l description -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l start-date -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l end-date -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l schedule -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l schedule-timezone -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l schedule-offset -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l duration -d 'integer (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l cutoff -d 'integer (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l client-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l tags -d 'TagList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l allow-unassociated-targets -d 'boolean (required)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l no-allow-unassociated-targets -d 'Sets AllowUnassociatedTargets to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand create-maintenance-window" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l window-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l description -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l start-date -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l end-date -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l schedule -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l schedule-timezone -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l schedule-offset -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l duration -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l cutoff -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l allow-unassociated-targets -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l no-allow-unassociated-targets -d 'Sets AllowUnassociatedTargets to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l enabled -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l no-enabled -d 'Sets Enabled to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l replace -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l no-replace -d 'Sets Replace to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window" -l window-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-maintenance-window" -l window-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-maintenance-window" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-maintenance-window" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-maintenance-window" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-maintenance-window" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-maintenance-window" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-maintenance-window" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-maintenance-window" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-maintenance-window" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-maintenance-window" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-maintenance-window" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-maintenance-window" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-maintenance-window" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-maintenance-window" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-maintenance-window" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand delete-maintenance-window" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l filters -d 'MaintenanceWindowFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l window-id -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l targets -d 'Targets: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l resource-type -d 'string [INSTANCE, RESOURCE_GROUP]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l filters -d 'PatchOrchestratorFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-schedule" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l targets -d 'Targets: one or more (shorthand or JSON) (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l resource-type -d 'string [INSTANCE, RESOURCE_GROUP] (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-windows-for-target" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l window-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l resource-type -d 'string [INSTANCE, RESOURCE_GROUP] (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l targets -d 'Targets: one or more (shorthand or JSON) (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l owner-information -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l description -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l client-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-target-with-maintenance-window" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l window-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l filters -d 'MaintenanceWindowFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-targets" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l window-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l window-target-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l targets -d 'Targets: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l owner-information -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l description -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l replace -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l no-replace -d 'Sets Replace to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-target" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -l window-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -l window-target-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -l safe -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -l no-safe -d 'Sets Safe to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-target-from-maintenance-window" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l window-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l targets -d 'Targets: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l task-arn -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l service-role-arn -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l task-type -d 'string [RUN_COMMAND, AUTOMATION, STEP_FUNCTIONS, LAMBDA] (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l task-parameters -d 'MaintenanceWindowTaskParameters (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l task-invocation-parameters -d 'MaintenanceWindowTaskInvocationParameters (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l priority -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l max-concurrency -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l max-errors -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l logging-info -d 'LoggingInfo (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l description -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l client-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l cutoff-behavior -d 'string [CONTINUE_TASK, CANCEL_TASK]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l alarm-configuration -d 'AlarmConfiguration (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand register-task-with-maintenance-window" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l window-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l filters -d 'MaintenanceWindowFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-tasks" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-task" -l window-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-task" -l window-task-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-task" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-task" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-task" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-task" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-task" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-task" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-task" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-task" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-task" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-task" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-task" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-task" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-task" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-task" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-task" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l window-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l window-task-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l targets -d 'Targets: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l task-arn -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l service-role-arn -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l task-parameters -d 'MaintenanceWindowTaskParameters (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l task-invocation-parameters -d 'MaintenanceWindowTaskInvocationParameters (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l priority -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l max-concurrency -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l max-errors -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l logging-info -d 'LoggingInfo (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l description -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l cutoff-behavior -d 'string [CONTINUE_TASK, CANCEL_TASK]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l alarm-configuration -d 'AlarmConfiguration (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l replace -d 'boolean'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l no-replace -d 'Sets Replace to false'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand update-maintenance-window-task" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-task-from-maintenance-window" -l window-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-task-from-maintenance-window" -l window-task-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-task-from-maintenance-window" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-task-from-maintenance-window" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-task-from-maintenance-window" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-task-from-maintenance-window" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-task-from-maintenance-window" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-task-from-maintenance-window" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-task-from-maintenance-window" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-task-from-maintenance-window" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-task-from-maintenance-window" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-task-from-maintenance-window" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-task-from-maintenance-window" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-task-from-maintenance-window" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-task-from-maintenance-window" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-task-from-maintenance-window" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand deregister-task-from-maintenance-window" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l window-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l filters -d 'MaintenanceWindowFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-executions" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution" -l window-execution-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l window-execution-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l filters -d 'MaintenanceWindowFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-tasks" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task" -l window-execution-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task" -l task-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l window-execution-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l task-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l filters -d 'MaintenanceWindowFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-maintenance-window-execution-task-invocations" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task-invocation" -l window-execution-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task-invocation" -l task-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task-invocation" -l invocation-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task-invocation" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task-invocation" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task-invocation" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task-invocation" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task-invocation" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task-invocation" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task-invocation" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task-invocation" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task-invocation" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task-invocation" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task-invocation" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task-invocation" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task-invocation" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task-invocation" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-maintenance-window-execution-task-invocation" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-maintenance-window-execution" -l window-execution-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-maintenance-window-execution" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-maintenance-window-execution" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-maintenance-window-execution" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-maintenance-window-execution" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-maintenance-window-execution" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-maintenance-window-execution" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-maintenance-window-execution" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-maintenance-window-execution" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-maintenance-window-execution" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-maintenance-window-execution" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-maintenance-window-execution" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-maintenance-window-execution" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-maintenance-window-execution" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-maintenance-window-execution" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand cancel-maintenance-window-execution" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -l target -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -l document-name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -l reason -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -l parameters -d 'SessionManagerParameters (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand start-session" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand terminate-session" -l session-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand terminate-session" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand terminate-session" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand terminate-session" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand terminate-session" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand terminate-session" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand terminate-session" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand terminate-session" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand terminate-session" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand terminate-session" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand terminate-session" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand terminate-session" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand terminate-session" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand terminate-session" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand terminate-session" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand terminate-session" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l state -d 'string [Active, History] (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l max-results -d 'integer' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l next-token -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l filters -d 'SessionFilterList: one or more (shorthand or JSON)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l starting-token -d 'Token from a previous NextToken' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l page-size -d 'Items fetched per call' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l max-items -d 'Total items to return; a NextToken is printed when more remain' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l no-paginate -d 'Make one call only and print its NextToken'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand describe-sessions" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand resume-session" -l session-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand resume-session" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand resume-session" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand resume-session" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand resume-session" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand resume-session" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand resume-session" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand resume-session" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand resume-session" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand resume-session" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand resume-session" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand resume-session" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand resume-session" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand resume-session" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand resume-session" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand resume-session" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and not __fish_seen_subcommand_from command-executed help" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and not __fish_seen_subcommand_from command-executed help" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and not __fish_seen_subcommand_from command-executed help" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and not __fish_seen_subcommand_from command-executed help" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and not __fish_seen_subcommand_from command-executed help" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and not __fish_seen_subcommand_from command-executed help" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and not __fish_seen_subcommand_from command-executed help" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and not __fish_seen_subcommand_from command-executed help" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and not __fish_seen_subcommand_from command-executed help" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and not __fish_seen_subcommand_from command-executed help" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and not __fish_seen_subcommand_from command-executed help" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and not __fish_seen_subcommand_from command-executed help" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and not __fish_seen_subcommand_from command-executed help" -f -a "command-executed" -d 'Wait until GetCommandInvocation reports success (every 5 s, 20 times at most)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and not __fish_seen_subcommand_from command-executed help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from command-executed" -l command-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from command-executed" -l instance-id -d 'string (required)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from command-executed" -l plugin-name -d 'string' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from command-executed" -l cli-input-json -d 'Request as JSON (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from command-executed" -l cli-input-yaml -d 'Request as YAML (or file://)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from command-executed" -l generate-cli-skeleton -d 'Print a request skeleton (input, yaml-input) or a sample output and exit' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from command-executed" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from command-executed" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from command-executed" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from command-executed" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from command-executed" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from command-executed" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from command-executed" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from command-executed" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from command-executed" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from command-executed" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from command-executed" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from command-executed" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from help" -f -a "command-executed" -d 'Wait until GetCommandInvocation reports success (every 5 s, 20 times at most)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand wait; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-output" -l command-id -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-output" -l instance-id -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-output" -l plugin-name -d 'One step; all steps when absent' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-output" -l stream -r -f -a "stdout\t''
stderr\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-output" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-output" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-output" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-output" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-output" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-output" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-output" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-output" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-output" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-output" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-output" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand get-command-output" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand apply-due" -l at -d 'Evaluate schedules at this UTC time (2026-12-01T02:00:00Z) instead of now' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand apply-due" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand apply-due" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand apply-due" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand apply-due" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand apply-due" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand apply-due" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand apply-due" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand apply-due" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand apply-due" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand apply-due" -l dry-run -d 'Say what would run, on which hosts and why; change nothing'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand apply-due" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand apply-due" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand apply-due" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand diff-association-versions" -l association-id -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand diff-association-versions" -l from-version -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand diff-association-versions" -l to-version -d 'Default: the latest' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand diff-association-versions" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand diff-association-versions" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand diff-association-versions" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand diff-association-versions" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand diff-association-versions" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand diff-association-versions" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand diff-association-versions" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand diff-association-versions" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand diff-association-versions" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand diff-association-versions" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand diff-association-versions" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand diff-association-versions" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand rollback-association" -l association-id -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand rollback-association" -l association-version -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand rollback-association" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand rollback-association" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand rollback-association" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand rollback-association" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand rollback-association" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand rollback-association" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand rollback-association" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand rollback-association" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand rollback-association" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand rollback-association" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand rollback-association" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand rollback-association" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand find-package-hosts" -l name -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand find-package-hosts" -l below -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand find-package-hosts" -l at -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand find-package-hosts" -l above -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand find-package-hosts" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand find-package-hosts" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand find-package-hosts" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand find-package-hosts" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand find-package-hosts" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand find-package-hosts" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand find-package-hosts" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand find-package-hosts" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand find-package-hosts" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand find-package-hosts" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand find-package-hosts" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand find-package-hosts" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand export-sbom" -l instance-id -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand export-sbom" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand export-sbom" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand export-sbom" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand export-sbom" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand export-sbom" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand export-sbom" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand export-sbom" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand export-sbom" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand export-sbom" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand export-sbom" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand export-sbom" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand export-sbom" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand doctor" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand doctor" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand doctor" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand doctor" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand doctor" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand doctor" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand doctor" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand doctor" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand doctor" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand doctor" -l hosts -d 'Also connect to every host of the inventory'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand doctor" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand doctor" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and not __fish_seen_subcommand_from verify play help" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and not __fish_seen_subcommand_from verify play help" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and not __fish_seen_subcommand_from verify play help" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and not __fish_seen_subcommand_from verify play help" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and not __fish_seen_subcommand_from verify play help" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and not __fish_seen_subcommand_from verify play help" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and not __fish_seen_subcommand_from verify play help" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and not __fish_seen_subcommand_from verify play help" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and not __fish_seen_subcommand_from verify play help" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and not __fish_seen_subcommand_from verify play help" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and not __fish_seen_subcommand_from verify play help" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and not __fish_seen_subcommand_from verify play help" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and not __fish_seen_subcommand_from verify play help" -f -a "verify" -d 'Check the recording\'s chain: an edited, dropped or added line, or a cut, fails'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and not __fish_seen_subcommand_from verify play help" -f -a "play" -d 'Replay the recording\'s output with its timing, after verifying it'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and not __fish_seen_subcommand_from verify play help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from verify" -l final-hash -d 'The chain\'s end as the store keeps it (describe-sessions Details)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from verify" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from verify" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from verify" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from verify" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from verify" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from verify" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from verify" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from verify" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from verify" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from verify" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from verify" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from play" -l speed -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from play" -l max-wait -d 'Cap every pause at this' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from play" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from play" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from play" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from play" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from play" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from play" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from play" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from play" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from play" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from play" -l instant -d 'No pauses'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from play" -l no-verify -d 'Play even when the chain does not verify'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from play" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from play" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from play" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the recording\'s chain: an edited, dropped or added line, or a cut, fails'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from help" -f -a "play" -d 'Replay the recording\'s output with its timing, after verifying it'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand session-recording; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand ssh-proxy" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand ssh-proxy" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand ssh-proxy" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand ssh-proxy" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand ssh-proxy" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand ssh-proxy" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand ssh-proxy" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand ssh-proxy" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand ssh-proxy" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand ssh-proxy" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand ssh-proxy" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand ssh-proxy" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand close-connections" -l instance-ids -d 'Only these hosts' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand close-connections" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand close-connections" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand close-connections" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand close-connections" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand close-connections" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand close-connections" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand close-connections" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand close-connections" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand close-connections" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand close-connections" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand close-connections" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand close-connections" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand completion" -l output -d 'Output format [env: SSMCTL_OUTPUT] (default json)' -r -f -a "json\t''
yaml\t''
yaml-stream\t''
text\t''
table\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand completion" -l query -d 'JMESPath query applied to the output' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand completion" -l db -d 'State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand completion" -l inventory -d 'Inventory file [env: SSMCTL_INVENTORY]' -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand completion" -l color -d 'Colour on stderr [env: NO_COLOR] (default auto)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c ssmctl -n "__fish_ssmctl_using_subcommand completion" -l region -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand completion" -l profile -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand completion" -l cli-read-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand completion" -l cli-connect-timeout -r
complete -c ssmctl -n "__fish_ssmctl_using_subcommand completion" -l debug -d 'Log to stderr [env: SSMCTL_LOG]'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand completion" -l no-cli-pager
complete -c ssmctl -n "__fish_ssmctl_using_subcommand completion" -s h -l help -d 'Print help'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "create-document" -d 'Create a document (Command or Automation) from JSON or YAML content'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "get-document" -d 'Print a document\'s content, in its own format or converted'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-document" -d 'Describe a document version: hash, parameters, platforms, versions, tags'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "list-documents" -d 'List documents, yours (Owner Self) and the built-ins (Owner Amazon)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "update-document" -d 'Add a new version of a document'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "delete-document" -d 'Delete a document, or one version of it'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "list-document-versions" -d 'List the versions of a document'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "update-document-default-version" -d 'Make a version the document\'s default'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "add-tags-to-resource" -d 'Add or overwrite tags on a resource'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "remove-tags-from-resource" -d 'Remove tags from a resource'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "list-tags-for-resource" -d 'List the tags of a resource'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "send-command" -d 'Run a Command document on hosts over SSH; waits until every host is done'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "list-commands" -d 'List commands, newest first'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "list-command-invocations" -d 'List the per-host invocations of commands (--details: per-step results)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "get-command-invocation" -d 'Show one host\'s result of a command: status, exit code, output'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "cancel-command" -d 'Cancel a running command, from any process'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-instance-information" -d 'List the inventory\'s hosts with what their last contact told'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "create-association" -d 'Declare a document to keep applied to targets, on a schedule (apply-due runs it)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "create-association-batch" -d 'Create several associations; prints the successful and the failed ones'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-association" -d 'Describe an association (a version with --association-version)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "list-associations" -d 'List associations with their overview'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "update-association" -d 'Replace an association\'s settings: a new version'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "delete-association" -d 'Delete an association, its versions and its history'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "list-association-versions" -d 'List every version of an association'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "start-associations-once" -d 'Run associations now, on all their targets'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-association-executions" -d 'List the runs of an association'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-association-execution-targets" -d 'List the hosts of one run, with the command holding their output'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-instance-associations-status" -d 'Show each association\'s last result on a host'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-effective-instance-associations" -d 'List the associations that target a host now'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "update-association-status" -d 'Set the status of an association on a host by hand'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "put-compliance-items" -d 'Report Custom compliance items for a host'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "list-compliance-items" -d 'List compliance items'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "list-compliance-summaries" -d 'Count compliant and non-compliant hosts per compliance type'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "list-resource-compliance-summaries" -d 'Summarise compliance per host and type'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "put-parameter" -d 'Create a parameter, or a new version of one (--overwrite); SecureString values are encrypted'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "get-parameter" -d 'Print a parameter (name, name:version or name:label); --with-decryption for SecureString'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "get-parameters" -d 'Print several parameters; unknown names are listed as InvalidParameters'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "get-parameters-by-path" -d 'Print the parameters under a path (--recursive for all levels)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-parameters" -d 'List parameters\' metadata (no values), with filters'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "delete-parameter" -d 'Delete a parameter with all its versions and labels'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "delete-parameters" -d 'Delete several parameters; prints the deleted and the unknown ones'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "get-parameter-history" -d 'List every version of a parameter with its labels'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "label-parameter-version" -d 'Attach labels to a parameter version (a label moves from another version)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "unlabel-parameter-version" -d 'Remove labels from a parameter version'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "put-inventory" -d 'Store inventory items of a host (Custom: types, or AWS types by hand)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "list-inventory-entries" -d 'List the entries of a host\'s latest inventory of a type'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "delete-inventory" -d 'Delete a custom inventory type\'s data (and schema)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-inventory-deletions" -d 'List inventory deletions'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "get-inventory-schema" -d 'List the inventory types and their attributes'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "get-inventory" -d 'Find hosts by their inventory; a type\'s data per host, or counts by aggregators'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-instance-patch-states" -d 'Show the patch counts and last patch operation of hosts'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-instance-patch-states-for-patch-group" -d 'Show the patch states of a patch group\'s hosts, filtered by counts'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-instance-patches" -d 'List a host\'s patches and their states from its last patch operation'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-patch-group-state" -d 'Count a patch group\'s hosts by the states of their patches'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-patch-properties" -d 'List the products, classifications or priorities the scans of an OS saw'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-effective-patches-for-patch-baseline" -d 'Show how a baseline treats every update the scans saw'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "create-patch-baseline" -d 'Create a patch baseline: which updates an OS\'s hosts get (OS default: WINDOWS)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "get-patch-baseline" -d 'Show a patch baseline\'s rules, lists and patch groups (predefined or yours)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "update-patch-baseline" -d 'Change a patch baseline you own; --replace clears what is not given'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "delete-patch-baseline" -d 'Delete a patch baseline no patch group uses and no OS has as its default'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-patch-baselines" -d 'List patch baselines, AWS\'s predefined (Owner AWS) and yours (Owner Self)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "register-default-patch-baseline" -d 'Make a baseline the default of its OS (a predefined one restores AWS\'s)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "get-default-patch-baseline" -d 'Show an OS\'s default patch baseline (OS default: WINDOWS)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "register-patch-baseline-for-patch-group" -d 'Give a patch group a baseline for the baseline\'s OS'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "deregister-patch-baseline-for-patch-group" -d 'Take a baseline from a patch group (its hosts get the OS default)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "get-patch-baseline-for-patch-group" -d 'Show the baseline a patch group\'s hosts of an OS get'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-patch-groups" -d 'List patch groups with their baselines'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "start-automation-execution" -d 'Run an Automation runbook (here until it ends or waits; apply-due continues it)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "get-automation-execution" -d 'Show an automation execution with its steps'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-automation-executions" -d 'List automation executions, with filters'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-automation-step-executions" -d 'List the steps of an automation execution, with filters'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "send-automation-signal" -d 'Approve, reject, resume or steer a waiting automation execution'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "stop-automation-execution" -d 'Cancel an automation execution (its onCancel step runs) or complete it now'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "create-maintenance-window" -d 'Create a maintenance window: a schedule (in a time zone) with a duration and cutoff'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "update-maintenance-window" -d 'Change a maintenance window (--replace resets what is not given); enable or disable it'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "get-maintenance-window" -d 'Show a maintenance window with its next execution time'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "delete-maintenance-window" -d 'Delete a maintenance window with its targets, tasks and history'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-maintenance-windows" -d 'List maintenance windows (filters: Name prefix, Enabled)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-maintenance-window-schedule" -d 'List upcoming runs of a window, or of every window that reaches given hosts'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-maintenance-windows-for-target" -d 'List the maintenance windows whose targets or tasks reach given hosts'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "register-target-with-maintenance-window" -d 'Register hosts (ids, tags, inventory groups) as a target of a window'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-maintenance-window-targets" -d 'List the targets registered with a window'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "update-maintenance-window-target" -d 'Change a window target\'s hosts, owner information, name or description'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "deregister-target-from-maintenance-window" -d 'Remove a target from a window (--safe: not while a task uses it)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "register-task-with-maintenance-window" -d 'Add a Run Command or Automation task to a window; its parameters are checked now'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-maintenance-window-tasks" -d 'List the tasks of a window'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "get-maintenance-window-task" -d 'Show one task of a window with its invocation parameters'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "update-maintenance-window-task" -d 'Change a window task (--replace: all of it); checked as at registration'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "deregister-task-from-maintenance-window" -d 'Remove a task from a window'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-maintenance-window-executions" -d 'List a maintenance window\'s executions (run, skipped or missed), newest first'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "get-maintenance-window-execution" -d 'Show a maintenance window execution and its task executions'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-maintenance-window-execution-tasks" -d 'List the task executions of a maintenance window execution'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "get-maintenance-window-execution-task" -d 'Show one task execution of a maintenance window execution'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-maintenance-window-execution-task-invocations" -d 'List a task execution\'s invocations (one per target)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "get-maintenance-window-execution-task-invocation" -d 'Show one invocation of a maintenance window task execution'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "cancel-maintenance-window-execution" -d 'Cancel a running maintenance window execution (running commands are cancelled)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "start-session" -d 'Open a shell, run a command or forward ports on a host over SSH; recorded here as it streams'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "terminate-session" -d 'End a session from any process (always succeeds, as AWS\'s)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "describe-sessions" -d 'List sessions: Active or History (30 days), with filters'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "resume-session" -d 'Reattach a shell that tmux kept on the host after the connection dropped'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "wait" -d 'ssmctl: wait until a condition is met (the AWS CLI waiters)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "get-command-output" -d 'ssmctl: print the whole stored output of an invocation (get-command-invocation shows 24,000 characters)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "apply-due" -d 'ssmctl: run every association that is due now (what cron calls every minute)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "diff-association-versions" -d 'ssmctl: show what changed between two versions of an association'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "rollback-association" -d 'ssmctl: make a new version of an association equal to an old one'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "find-package-hosts" -d 'ssmctl: the hosts whose collected package is below, at or above a version (dpkg/rpm ordering)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "export-sbom" -d 'ssmctl: print a host\'s collected applications as a CycloneDX 1.5 SBOM'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "doctor" -d 'ssmctl: check SQLite, the state file, the inventory, ssh, the key and (--hosts) which hosts answer'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "session-recording" -d 'ssmctl: verify a session recording\'s hash chain, or play it back'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "ssh-proxy" -d 'ssmctl: ssh\'s ProxyCommand to inventory hosts by id (ProxyCommand ssmctl ssh-proxy %h %p)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "close-connections" -d 'ssmctl: close the SSH masters kept open between runs now (as ssh -O exit)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "completion" -d 'ssmctl: print the shell completion script for bash, zsh or fish'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource send-command list-commands list-command-invocations get-command-invocation cancel-command describe-instance-information create-association create-association-batch describe-association list-associations update-association delete-association list-association-versions start-associations-once describe-association-executions describe-association-execution-targets describe-instance-associations-status describe-effective-instance-associations update-association-status put-compliance-items list-compliance-items list-compliance-summaries list-resource-compliance-summaries put-parameter get-parameter get-parameters get-parameters-by-path describe-parameters delete-parameter delete-parameters get-parameter-history label-parameter-version unlabel-parameter-version put-inventory list-inventory-entries delete-inventory describe-inventory-deletions get-inventory-schema get-inventory describe-instance-patch-states describe-instance-patch-states-for-patch-group describe-instance-patches describe-patch-group-state describe-patch-properties describe-effective-patches-for-patch-baseline create-patch-baseline get-patch-baseline update-patch-baseline delete-patch-baseline describe-patch-baselines register-default-patch-baseline get-default-patch-baseline register-patch-baseline-for-patch-group deregister-patch-baseline-for-patch-group get-patch-baseline-for-patch-group describe-patch-groups start-automation-execution get-automation-execution describe-automation-executions describe-automation-step-executions send-automation-signal stop-automation-execution create-maintenance-window update-maintenance-window get-maintenance-window delete-maintenance-window describe-maintenance-windows describe-maintenance-window-schedule describe-maintenance-windows-for-target register-target-with-maintenance-window describe-maintenance-window-targets update-maintenance-window-target deregister-target-from-maintenance-window register-task-with-maintenance-window describe-maintenance-window-tasks get-maintenance-window-task update-maintenance-window-task deregister-task-from-maintenance-window describe-maintenance-window-executions get-maintenance-window-execution describe-maintenance-window-execution-tasks get-maintenance-window-execution-task describe-maintenance-window-execution-task-invocations get-maintenance-window-execution-task-invocation cancel-maintenance-window-execution start-session terminate-session describe-sessions resume-session wait get-command-output apply-due diff-association-versions rollback-association find-package-hosts export-sbom doctor session-recording ssh-proxy close-connections completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and __fish_seen_subcommand_from wait" -f -a "command-executed" -d 'Wait until GetCommandInvocation reports success (every 5 s, 20 times at most)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and __fish_seen_subcommand_from session-recording" -f -a "verify" -d 'Check the recording\'s chain: an edited, dropped or added line, or a cut, fails'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and __fish_seen_subcommand_from session-recording" -f -a "play" -d 'Replay the recording\'s output with its timing, after verifying it'
