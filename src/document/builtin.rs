//! The built-in documents (Owner `Amazon`, read-only). Names, parameters, types, defaults and the
//! timeout pattern follow AWS's documents so scripts written for AWS pass the same values;
//! the descriptions are ssmctl's own.

/// A document shipped with ssmctl. `content` is JSON.
#[derive(Debug)]
pub struct Builtin {
    pub name: &'static str,
    pub content: &'static str,
    pub document_type: &'static str,
}

const RUN_SHELL_SCRIPT: &str = r#"{
  "schemaVersion": "1.2",
  "description": "Run shell commands or a script on Linux and macOS hosts.",
  "parameters": {
    "commands": {
      "type": "StringList",
      "description": "(Required) The commands to run, or the lines of a script.",
      "minItems": 1,
      "displayType": "textarea"
    },
    "workingDirectory": {
      "type": "String",
      "default": "",
      "description": "(Optional) The directory to run the commands in.",
      "maxChars": 4096
    },
    "executionTimeout": {
      "type": "String",
      "default": "3600",
      "description": "(Optional) Seconds the commands may run before they are stopped and the invocation fails: 1 to 172800, default 3600.",
      "allowedPattern": "([1-9][0-9]{0,4})|(1[0-6][0-9]{4})|(17[0-1][0-9]{3})|(172[0-7][0-9]{2})|(172800)"
    }
  },
  "runtimeConfig": {
    "aws:runShellScript": {
      "properties": [
        {
          "id": "0.aws:runShellScript",
          "runCommand": "{{ commands }}",
          "workingDirectory": "{{ workingDirectory }}",
          "timeoutSeconds": "{{ executionTimeout }}"
        }
      ]
    }
  }
}
"#;

const RUN_POWERSHELL_SCRIPT: &str = r#"{
  "schemaVersion": "1.2",
  "description": "Run PowerShell commands or a script (pwsh on Linux and macOS hosts).",
  "parameters": {
    "commands": {
      "type": "StringList",
      "description": "(Required) The PowerShell commands to run, or the lines of a script.",
      "minItems": 1,
      "displayType": "textarea"
    },
    "workingDirectory": {
      "type": "String",
      "default": "",
      "description": "(Optional) The directory to run the commands in.",
      "maxChars": 4096
    },
    "executionTimeout": {
      "type": "String",
      "default": "3600",
      "description": "(Optional) Seconds the commands may run before they are stopped and the invocation fails: 1 to 172800, default 3600.",
      "allowedPattern": "([1-9][0-9]{0,4})|(1[0-6][0-9]{4})|(17[0-1][0-9]{3})|(172[0-7][0-9]{2})|(172800)"
    }
  },
  "runtimeConfig": {
    "aws:runPowerShellScript": {
      "properties": [
        {
          "id": "0.aws:runPowerShellScript",
          "runCommand": "{{ commands }}",
          "workingDirectory": "{{ workingDirectory }}",
          "timeoutSeconds": "{{ executionTimeout }}"
        }
      ]
    }
  }
}
"#;

const UPDATE_SSM_AGENT: &str = r#"{
  "schemaVersion": "1.2",
  "description": "Update the SSM Agent. ssmctl has no agent: it checks that the host has what ssmctl needs (/bin/sh and the commands it uses) and reports it; nothing is installed or changed.",
  "parameters": {
    "version": {
      "default": "",
      "description": "(Optional) The agent version to install; empty means the latest. Accepted and reported; ssmctl has no agent to install.",
      "type": "String"
    },
    "allowDowngrade": {
      "default": "false",
      "description": "(Optional) Whether an earlier version may be installed. Accepted and reported; changes nothing.",
      "type": "String",
      "allowedValues": [
        "true",
        "false"
      ]
    }
  },
  "runtimeConfig": {
    "aws:updateSsmAgent": {
      "properties": [
        {
          "agentName": "amazon-ssm-agent",
          "source": "https://s3.{Region}.amazonaws.com/amazon-ssm-{Region}/ssm-agent-manifest.json",
          "allowDowngrade": "{{ allowDowngrade }}",
          "targetVersion": "{{ version }}"
        }
      ]
    }
  }
}
"#;

const RUN_DOCUMENT: &str = r#"{
  "schemaVersion": "2.2",
  "description": "Run another Command document on the same hosts, in the same invocation. ssmctl reads it from its own store (SSMDocument); GitHub and S3 sources are not reached.",
  "parameters": {
    "sourceType": {
      "description": "(Required) Where the document is: SSMDocument (a stored or built-in document). GitHub and S3 are refused.",
      "type": "String",
      "allowedValues": [
        "GitHub",
        "S3",
        "SSMDocument"
      ]
    },
    "sourceInfo": {
      "description": "(Required) For SSMDocument: {\"name\": \"DocumentName\"}.",
      "type": "StringMap",
      "displayType": "textarea"
    },
    "documentParameters": {
      "description": "(Optional) The parameters of the document to run, as a mapping.",
      "type": "StringMap",
      "displayType": "textarea",
      "default": {}
    }
  },
  "mainSteps": [
    {
      "action": "aws:runDocument",
      "name": "runDocument",
      "inputs": {
        "documentType": "{{ sourceType }}",
        "documentPath": "{{ sourceInfo }}",
        "documentParameters": "{{ documentParameters }}"
      }
    }
  ]
}
"#;

const REFRESH_ASSOCIATION: &str = r#"{
  "schemaVersion": "2.0",
  "description": "Apply the associations of the targeted hosts now (all of them, or the ones given).",
  "parameters": {
    "associationIds": {
      "description": "(Optional) The association IDs to apply; empty means every association that targets the hosts.",
      "type": "StringList",
      "default": []
    }
  },
  "mainSteps": [
    {
      "action": "aws:refreshAssociation",
      "name": "refreshAssociation",
      "inputs": {
        "associationIds": "{{ associationIds }}"
      }
    }
  ]
}
"#;

const GATHER_SOFTWARE_INVENTORY: &str = r#"{
  "schemaVersion": "2.2",
  "description": "Collect what a host runs, with its own tools in one round trip (nothing is installed): applications, AWS components, files, network, detailed instance information, services and custom inventory. Types whose tool is missing are skipped and named in the output.",
  "parameters": {
    "applications": {
      "type": "String",
      "default": "Enabled",
      "description": "(Optional) Collect installed applications (dpkg, rpm, apk, snap).",
      "allowedValues": ["Enabled", "Disabled"]
    },
    "awsComponents": {
      "type": "String",
      "default": "Enabled",
      "description": "(Optional) Collect AWS components (amazon-ssm-agent, aws-cfn-bootstrap, awscli, …) among the installed packages.",
      "allowedValues": ["Enabled", "Disabled"]
    },
    "files": {
      "type": "String",
      "default": "",
      "description": "(Optional) Collect files: a JSON list of filters [{\"Path\":\"/etc\",\"Pattern\":[\"*.conf\"],\"Recursive\":false,\"DirScanLimit\":5000}]; at most 500 files."
    },
    "networkConfig": {
      "type": "String",
      "default": "Enabled",
      "description": "(Optional) Collect every address with its mask, the default gateway and the DNS servers.",
      "allowedValues": ["Enabled", "Disabled"]
    },
    "windowsUpdates": {
      "type": "String",
      "default": "Enabled",
      "description": "(Optional) Windows updates: Windows only, not collected on Linux and macOS.",
      "allowedValues": ["Enabled", "Disabled"]
    },
    "instanceDetailedInformation": {
      "type": "String",
      "default": "Enabled",
      "description": "(Optional) Collect CPU model, cores, sockets, speed and the kernel version.",
      "allowedValues": ["Enabled", "Disabled"]
    },
    "services": {
      "type": "String",
      "default": "Enabled",
      "description": "(Optional) Collect systemd services (AWS collects them on Windows only).",
      "allowedValues": ["Enabled", "Disabled"]
    },
    "windowsRoles": {
      "type": "String",
      "default": "Enabled",
      "description": "(Optional) Windows roles: Windows only, not collected.",
      "allowedValues": ["Enabled", "Disabled"]
    },
    "customInventory": {
      "type": "String",
      "default": "Enabled",
      "description": "(Optional) Collect custom inventory JSON files from /var/lib/ssmctl/inventory/custom and the AWS agent's folder.",
      "allowedValues": ["Enabled", "Disabled"]
    },
    "billingInfo": {
      "type": "String",
      "default": "Enabled",
      "description": "(Optional) EC2 billing products: not collected (no host is an EC2 instance).",
      "allowedValues": ["Enabled", "Disabled"]
    },
    "windowsRegistry": {
      "type": "String",
      "default": "",
      "description": "(Optional) Windows registry keys: Windows only, not collected."
    }
  },
  "mainSteps": [
    {
      "action": "aws:softwareInventory",
      "name": "collectSoftwareInventoryItems",
      "inputs": {
          "applications": "{{ applications }}",
          "awsComponents": "{{ awsComponents }}",
          "files": "{{ files }}",
          "networkConfig": "{{ networkConfig }}",
          "windowsUpdates": "{{ windowsUpdates }}",
          "instanceDetailedInformation": "{{ instanceDetailedInformation }}",
          "services": "{{ services }}",
          "windowsRoles": "{{ windowsRoles }}",
          "customInventory": "{{ customInventory }}",
          "billingInfo": "{{ billingInfo }}",
          "windowsRegistry": "{{ windowsRegistry }}"
      }
    }
  ]
}
"#;

const RUN_PATCH_BASELINE: &str = r#"{
  "schemaVersion": "2.2",
  "description": "Scan for or install patches with the host's own package manager, as the host's patch baseline (its patch group's, else its OS default) approves them. Install fixes one approved set of exact versions per operation (or per SnapshotId) and reboots only when the host says it needs one.",
  "parameters": {
    "Operation": {
      "type": "String",
      "description": "(Required) Scan reports what is missing and changes nothing; Install installs the approved missing patches.",
      "allowedValues": ["Scan", "Install"]
    },
    "SnapshotId": {
      "type": "String",
      "default": "",
      "description": "(Optional) A UUID: every operation naming it gets the same approved versions, whatever the day. Empty: one per command.",
      "allowedPattern": "(^$)|^[{]?[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}[}]?$"
    },
    "InstallOverrideList": {
      "type": "String",
      "default": "",
      "description": "(Optional) A local YAML file (path or file://PATH) with `patches: [{id: name.arch}]`: Install installs these (globs allowed) instead of the baseline's approvals. Ignored by Scan.",
      "allowedPattern": "(^$)|^(file://)?/.+$"
    },
    "BaselineOverride": {
      "type": "String",
      "default": "",
      "description": "(Optional) A local JSON file (path or file://PATH) of baselines as get-patch-baseline prints them; used instead of the host's baseline for their OperatingSystem.",
      "allowedPattern": "(^$)|^(file://)?/.+$"
    },
    "RebootOption": {
      "type": "String",
      "default": "RebootIfNeeded",
      "description": "(Optional) RebootIfNeeded reboots after an install when the host says a reboot is needed, waits until it is back and scans again; NoReboot leaves such patches InstalledPendingReboot.",
      "allowedValues": ["RebootIfNeeded", "NoReboot"]
    },
    "AssociationId": {
      "type": "String",
      "default": "",
      "description": "(Optional) Accepted as AWS's patch policies pass it; changes nothing."
    }
  },
  "mainSteps": [
    {
      "precondition": {"StringEquals": ["platformType", "Linux"]},
      "action": "aws:runPatchBaseline",
      "name": "PatchLinux",
      "inputs": {
          "Operation": "{{ Operation }}",
          "SnapshotId": "{{ SnapshotId }}",
          "InstallOverrideList": "{{ InstallOverrideList }}",
          "BaselineOverride": "{{ BaselineOverride }}",
          "RebootOption": "{{ RebootOption }}",
          "AssociationId": "{{ AssociationId }}"
      }
    }
  ]
}
"#;

/// ssmctl's own runbook: reboot hosts over SSH and see them back. The reboot is Run
/// Command's exit-194 convention on the one engine: the first run records the boot id and
/// asks for a reboot; the engine reboots the host, waits until it answers with a new boot
/// id (`SSMCTL_REBOOT_TIMEOUT`) and runs the script again, which checks the boot id changed
/// and runs the health command.
const RESTART_HOST: &str = r#"{
  "schemaVersion": "0.3",
  "description": "Restart hosts over SSH: reboot each one, wait until it answers with a new boot id, then run a health command there. Succeeds only when every host came back with a new boot id and passed.",
  "assumeRole": "{{ AutomationAssumeRole }}",
  "parameters": {
    "InstanceId": {
      "type": "StringList",
      "description": "(Required) The hosts to restart (inventory ids)."
    },
    "HealthCommand": {
      "type": "String",
      "default": "true",
      "description": "(Optional) A shell command that must exit 0 on each host once it is back."
    },
    "MaxConcurrency": {
      "type": "String",
      "default": "1",
      "description": "(Optional) How many hosts restart at once (a number or a percentage).",
      "allowedPattern": "^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$"
    },
    "AutomationAssumeRole": {
      "type": "String",
      "default": "",
      "description": "(Optional) Accepted as AWS runbooks take it; changes nothing here."
    }
  },
  "mainSteps": [
    {
      "name": "RestartAndCheck",
      "action": "aws:runCommand",
      "inputs": {
        "DocumentName": "AWS-RunShellScript",
        "InstanceIds": "{{ InstanceId }}",
        "MaxConcurrency": "{{ MaxConcurrency }}",
        "MaxErrors": "0",
        "Parameters": {
          "commands": [
            "mark=/var/tmp/ssmctl-restart-{{automation:EXECUTION_ID}}",
            "now=$(cat /proc/sys/kernel/random/boot_id)",
            "if [ ! -e \"$mark\" ]; then echo \"$now\" > \"$mark\"; echo \"restarting (boot id $now)\"; exit 194; fi",
            "before=$(cat \"$mark\"); rm -f \"$mark\"",
            "if [ \"$before\" = \"$now\" ]; then echo \"the host did not restart: its boot id is still $now\" >&2; exit 1; fi",
            "echo \"restarted: boot id $before -> $now\"",
            "{{ HealthCommand }}"
          ]
        }
      }
    }
  ],
  "outputs": ["RestartAndCheck.Output"]
}
"#;

const SESSION_RUN_SHELL: &str = r#"{
  "schemaVersion": "1.0",
  "description": "Session preferences: idle timeout, maximum duration, shell profile and run-as user of every session.",
  "sessionType": "Standard_Stream",
  "inputs": {
    "idleSessionTimeout": "20",
    "maxSessionDuration": "",
    "runAsEnabled": false,
    "runAsDefaultUser": "",
    "shellProfile": {"linux": "", "windows": ""}
  }
}
"#;

const START_INTERACTIVE_COMMAND: &str = r#"{
  "schemaVersion": "1.0",
  "description": "Run one command in a terminal on the host.",
  "sessionType": "InteractiveCommands",
  "parameters": {
    "command": {"type": "String", "description": "(Required) The command to run."}
  },
  "properties": {
    "linux": {"commands": "{{command}}", "runAsElevated": false},
    "macos": {"commands": "{{command}}", "runAsElevated": false}
  }
}
"#;

const START_NON_INTERACTIVE_COMMAND: &str = r#"{
  "schemaVersion": "1.0",
  "description": "Run one command on the host without a terminal: its stdout, stderr and exit status come back as they are.",
  "sessionType": "NonInteractiveCommands",
  "parameters": {
    "command": {"type": "String", "description": "(Required) The command to run."}
  },
  "properties": {
    "linux": {"commands": "{{command}}", "runAsElevated": false},
    "macos": {"commands": "{{command}}", "runAsElevated": false}
  }
}
"#;

const START_PORT_FORWARDING: &str = r#"{
  "schemaVersion": "1.0",
  "description": "Forward a local port to a port on the host's loopback.",
  "sessionType": "Port",
  "parameters": {
    "portNumber": {"type": "String", "description": "(Optional) The port on the host.", "allowedPattern": "^([1-9]|[1-9][0-9]{1,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$", "default": "80"},
    "localPortNumber": {"type": "String", "description": "(Optional) The port here; 0 picks a free one.", "allowedPattern": "^([0-9]|[1-9][0-9]{1,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$", "default": "0"}
  },
  "properties": {"portNumber": "{{ portNumber }}", "type": "LocalPortForwarding", "localPortNumber": "{{ localPortNumber }}"}
}
"#;

const START_PORT_FORWARDING_REMOTE: &str = r#"{
  "schemaVersion": "1.0",
  "description": "Forward a local port to a port of another machine, as the host reaches it.",
  "sessionType": "Port",
  "parameters": {
    "host": {"type": "String", "description": "(Required) The machine, as the host names it."},
    "portNumber": {"type": "String", "description": "(Optional) The port on that machine.", "allowedPattern": "^([1-9]|[1-9][0-9]{1,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$", "default": "80"},
    "localPortNumber": {"type": "String", "description": "(Optional) The port here; 0 picks a free one.", "allowedPattern": "^([0-9]|[1-9][0-9]{1,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$", "default": "0"}
  },
  "properties": {"host": "{{ host }}", "portNumber": "{{ portNumber }}", "type": "LocalPortForwarding", "localPortNumber": "{{ localPortNumber }}"}
}
"#;

const START_SSH_SESSION: &str = r#"{
  "schemaVersion": "1.0",
  "description": "A tunnel to the host's SSH port on stdin and stdout, for ssh's ProxyCommand.",
  "sessionType": "Port",
  "parameters": {
    "portNumber": {"type": "String", "description": "(Optional) The port on the host.", "allowedPattern": "^([1-9]|[1-9][0-9]{1,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$", "default": "22"}
  },
  "properties": {"portNumber": "{{ portNumber }}"}
}
"#;

static BUILTINS: [Builtin; 14] = [
    Builtin { name: "AWS-RunShellScript", content: RUN_SHELL_SCRIPT, document_type: "Command" },
    Builtin { name: "AWS-RunPowerShellScript", content: RUN_POWERSHELL_SCRIPT, document_type: "Command" },
    Builtin { name: "AWS-UpdateSSMAgent", content: UPDATE_SSM_AGENT, document_type: "Command" },
    Builtin { name: "AWS-RunDocument", content: RUN_DOCUMENT, document_type: "Command" },
    Builtin { name: "AWS-RefreshAssociation", content: REFRESH_ASSOCIATION, document_type: "Command" },
    Builtin { name: "AWS-GatherSoftwareInventory", content: GATHER_SOFTWARE_INVENTORY, document_type: "Command" },
    Builtin { name: "AWS-RunPatchBaseline", content: RUN_PATCH_BASELINE, document_type: "Command" },
    Builtin { name: "SSMCTL-RestartHost", content: RESTART_HOST, document_type: "Automation" },
    Builtin { name: "SSM-SessionManagerRunShell", content: SESSION_RUN_SHELL, document_type: "Session" },
    Builtin { name: "AWS-StartInteractiveCommand", content: START_INTERACTIVE_COMMAND, document_type: "Session" },
    Builtin {
        name: "AWS-StartNonInteractiveCommand",
        content: START_NON_INTERACTIVE_COMMAND,
        document_type: "Session",
    },
    Builtin { name: "AWS-StartPortForwardingSession", content: START_PORT_FORWARDING, document_type: "Session" },
    Builtin {
        name: "AWS-StartPortForwardingSessionToRemoteHost",
        content: START_PORT_FORWARDING_REMOTE,
        document_type: "Session",
    },
    Builtin { name: "AWS-StartSSHSession", content: START_SSH_SESSION, document_type: "Session" },
];

pub fn builtins() -> &'static [Builtin] {
    &BUILTINS
}

pub fn builtin(name: &str) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|b| b.name == name)
}
