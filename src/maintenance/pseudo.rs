//! Pseudo parameters of window tasks (`{{WINDOW_ID}}` …), substituted per invocation.

use crate::model::commands::Parameters;

#[derive(Debug, Clone, Default)]
pub struct Pseudo {
    pub window_id: String,
    pub window_task_id: String,
    pub window_target_id: Option<String>,
    pub window_execution_id: String,
    pub task_execution_id: String,
    pub invocation_id: String,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub resource_id: Option<String>,
}

pub fn substitute(params: &Parameters, p: &Pseudo) -> Parameters {
    let pairs: Vec<(&str, Option<&str>)> = vec![
        ("WINDOW_ID", Some(&p.window_id)),
        ("WINDOW_TASK_ID", Some(&p.window_task_id)),
        ("WINDOW_TARGET_ID", p.window_target_id.as_deref()),
        ("WINDOW_EXECUTION_ID", Some(&p.window_execution_id)),
        ("TASK_EXECUTION_ID", Some(&p.task_execution_id)),
        ("INVOCATION_ID", Some(&p.invocation_id)),
        ("TARGET_TYPE", p.target_type.as_deref()),
        ("TARGET_ID", p.target_id.as_deref()),
        ("RESOURCE_ID", p.resource_id.as_deref()),
    ];
    params
        .iter()
        .map(|(k, vs)| {
            let vs = vs
                .iter()
                .map(|v| {
                    let mut v = v.clone();
                    for (name, value) in &pairs {
                        if let Some(value) = value {
                            v = v.replace(&format!("{{{{{name}}}}}"), value);
                        }
                    }
                    v
                })
                .collect();
            (k.clone(), vs)
        })
        .collect()
}
