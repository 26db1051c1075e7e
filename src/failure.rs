//! Why a command failed, typed: `main` maps each kind to its exit status (see [`Failure::exit_code`])
//! instead of reading a global flag, and prints its message as `synthese: error: …`.

use std::fmt;

#[derive(Debug)]
pub enum Failure {
    /// A wrong option or option value (exit status 2, like clap's own usage errors).
    Usage(String),
    /// An input cannot be read or has a defect that stops the run; the message starts with the
    /// file (and line, when one is known), as printed.
    Input { file: String, message: String },
    /// The reports (or another output) cannot be written.
    Output(String),
    /// Stopped by Ctrl-C or SIGTERM (exit status 130), with what the user should know after it.
    Interrupted(String),
    /// Anything else that stops a command (lexicon problems, temporary files, bugs…).
    Other(String),
}

impl Failure {
    pub fn exit_code(&self) -> i32 {
        match self {
            Failure::Usage(_) => 2,
            Failure::Interrupted(_) => 130,
            Failure::Input { .. } | Failure::Output(_) | Failure::Other(_) => 1,
        }
    }

    /// The same failure with `more` appended to its message (on a new line).
    pub fn with_note(self, more: &str) -> Failure {
        let add = |m: String| format!("{m}\n{more}");
        match self {
            Failure::Usage(m) => Failure::Usage(add(m)),
            Failure::Input { file, message } => Failure::Input { file, message: add(message) },
            Failure::Output(m) => Failure::Output(add(m)),
            Failure::Interrupted(m) => Failure::Interrupted(if m.is_empty() { more.to_owned() } else { add(m) }),
            Failure::Other(m) => Failure::Other(add(m)),
        }
    }
}

pub const INTERRUPTED: &str = "interrupted (Ctrl-C or SIGTERM)";

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Usage(m) | Failure::Output(m) | Failure::Other(m) => f.write_str(m),
            Failure::Input { message, .. } => f.write_str(message),
            Failure::Interrupted(note) if note.is_empty() => f.write_str(INTERRUPTED),
            Failure::Interrupted(note) => write!(f, "{INTERRUPTED}\n{note}"),
        }
    }
}

impl std::error::Error for Failure {}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure::Other(message)
    }
}

impl From<&str> for Failure {
    fn from(message: &str) -> Failure {
        Failure::Other(message.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes() {
        assert_eq!(Failure::Usage("x".into()).exit_code(), 2);
        assert_eq!(Failure::Interrupted(String::new()).exit_code(), 130);
        let noted = Failure::Interrupted(String::new()).with_note("n");
        assert_eq!((noted.exit_code(), noted.to_string()), (130, format!("{INTERRUPTED}\nn")));
        assert_eq!(Failure::from("x").exit_code(), 1);
        let input = Failure::Input { file: "a.csv".into(), message: "a.csv:3: bad".into() };
        assert_eq!(input.with_note("more").to_string(), "a.csv:3: bad\nmore");
    }
}
