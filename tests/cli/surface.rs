//! The generated completions in completions/ match what the binary prints.

use crate::support::Env;

#[test]
fn completions_are_in_sync_with_the_binary() {
    let env = Env::new();
    for (shell, file) in [("bash", "ssmctl.bash"), ("zsh", "_ssmctl"), ("fish", "ssmctl.fish")] {
        let r = env.ok(&["completion", shell]);
        let path = format!("{}/completions/{file}", env!("CARGO_MANIFEST_DIR"));
        if std::env::var_os("SSMCTL_OVERWRITE").is_some() {
            std::fs::write(&path, &r.stdout).unwrap();
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(r.stdout.contains("create-document"), "{shell} completion lists operations");
        assert_eq!(r.stdout, on_disk, "{path} is stale: run SSMCTL_OVERWRITE=1 cargo test --test cli surface");
    }
}
