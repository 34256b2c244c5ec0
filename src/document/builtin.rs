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

static BUILTINS: [Builtin; 5] = [
    Builtin { name: "AWS-RunShellScript", content: RUN_SHELL_SCRIPT, document_type: "Command" },
    Builtin { name: "AWS-RunPowerShellScript", content: RUN_POWERSHELL_SCRIPT, document_type: "Command" },
    Builtin { name: "AWS-UpdateSSMAgent", content: UPDATE_SSM_AGENT, document_type: "Command" },
    Builtin { name: "AWS-RunDocument", content: RUN_DOCUMENT, document_type: "Command" },
    Builtin { name: "AWS-RefreshAssociation", content: REFRESH_ASSOCIATION, document_type: "Command" },
];

pub fn builtins() -> &'static [Builtin] {
    &BUILTINS
}

pub fn builtin(name: &str) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|b| b.name == name)
}
