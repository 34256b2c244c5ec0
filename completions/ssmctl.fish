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
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource completion help" -f -a "create-document" -d 'Create a document (Command or Automation) from JSON or YAML content'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource completion help" -f -a "get-document" -d 'Print a document\'s content, in its own format or converted'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource completion help" -f -a "describe-document" -d 'Describe a document version: hash, parameters, platforms, versions, tags'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource completion help" -f -a "list-documents" -d 'List documents, yours (Owner Self) and the built-ins (Owner Amazon)'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource completion help" -f -a "update-document" -d 'Add a new version of a document'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource completion help" -f -a "delete-document" -d 'Delete a document, or one version of it'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource completion help" -f -a "list-document-versions" -d 'List the versions of a document'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource completion help" -f -a "update-document-default-version" -d 'Make a version the document\'s default'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource completion help" -f -a "add-tags-to-resource" -d 'Add or overwrite tags on a resource'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource completion help" -f -a "remove-tags-from-resource" -d 'Remove tags from a resource'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource completion help" -f -a "list-tags-for-resource" -d 'List the tags of a resource'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource completion help" -f -a "completion" -d 'ssmctl: print the shell completion script for bash, zsh or fish'
complete -c ssmctl -n "__fish_ssmctl_using_subcommand help; and not __fish_seen_subcommand_from create-document get-document describe-document list-documents update-document delete-document list-document-versions update-document-default-version add-tags-to-resource remove-tags-from-resource list-tags-for-resource completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
