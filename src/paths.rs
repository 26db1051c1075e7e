//! How paths are shown to people and written into reports: relative to the working folder when
//! they are under it, with `/` separators, so that reports do not depend on the machine.

use std::path::Path;

pub fn display(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let shown = match cwd.as_deref().and_then(|c| path.strip_prefix(c).ok()) {
        Some(rel) => rel,
        None => path,
    };
    let s = shown.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_owned).unwrap_or(s)
}
