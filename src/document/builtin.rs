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

static BUILTINS: [Builtin; 2] = [
    Builtin { name: "AWS-RunShellScript", content: RUN_SHELL_SCRIPT, document_type: "Command" },
    Builtin { name: "AWS-RunPowerShellScript", content: RUN_POWERSHELL_SCRIPT, document_type: "Command" },
];

pub fn builtins() -> &'static [Builtin] {
    &BUILTINS
}

pub fn builtin(name: &str) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|b| b.name == name)
}
