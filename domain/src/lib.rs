//! HOP's domain: the values and rules of the volunteering service, free of
//! HTTP and SQL so they can be tested on their own.

/// An enum of fixed lower-case names with `ALL`, `as_str`, `parse` (whose
/// error lists the names) and `Display`.
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }

            pub fn parse(raw: &str) -> Result<Self, $crate::InvalidValue> {
                match raw {
                    $($text => Ok(Self::$variant),)+
                    _ => Err($crate::InvalidValue::new(format!(
                        "must be one of {}",
                        [$($text),+].join(", ")
                    ))),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// A free-text value checked by [`bounded_text`]: `parse` and `as_str`.
macro_rules! text_value {
    ($(#[$meta:meta])* $name:ident, $min:expr, $max:expr, multiline = $multiline:expr) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $name(String);

        impl $name {
            pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
                crate::bounded_text(raw, $min, $max, $multiline).map(Self)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
    };
}

/// A code from a fixed, sorted list of a standard (countries, languages):
/// `ALL`, `parse` (any case, trimmed, normalised by `$case`), `as_str`,
/// `Debug` and `Display`.
macro_rules! code_list {
    ($(#[$meta:meta])* $name:ident, $codes:ident, $case:ident, $message:literal) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(&'static str);

        impl $name {
            /// Every code, sorted.
            pub const ALL: &'static [&'static str] = &$codes;

            pub fn parse(raw: &str) -> Result<Self, $crate::InvalidValue> {
                let code = raw.trim().$case();
                $codes
                    .binary_search(&code.as_str())
                    .map(|index| Self($codes[index]))
                    .map_err(|_| $crate::InvalidValue::new($message))
            }

            pub fn as_str(self) -> &'static str {
                self.0
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_tuple(stringify!($name)).field(&self.0).finish()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.0)
            }
        }
    };
}

pub mod account;
pub mod agreement;
pub mod attempts;
pub mod bounds;
pub mod calendar;
pub mod country;
pub mod documents;
pub mod erasure;
pub mod hours;
pub mod i18n;
pub mod invitation;
pub mod language;
pub mod matching;
pub mod notification;
pub mod opportunity;
pub mod organization;
pub mod session;
pub mod signup;
pub mod skill;
pub mod statistics;
pub mod text;
pub mod texts;
pub mod volunteer;
pub mod volunteering;

pub use account::{DisplayName, Email, Password, PasswordAttempt};

/// Why a raw value was refused. The message is written for the person who
/// typed the value, so the API can pass it on unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct InvalidValue {
    pub message: String,
}

/// Trims `raw` and checks it holds `min` to `max` characters and no control
/// characters (but for line breaks and tabs when `multiline`): the rule of
/// every free-text value people type (names, labels, descriptions).
pub(crate) fn bounded_text(
    raw: &str,
    min: usize,
    max: usize,
    multiline: bool,
) -> Result<String, InvalidValue> {
    let trimmed = raw.trim();
    let chars = trimmed.chars().count();
    // The most is counted as sent, so what a client's schema says is too
    // long is refused even when trimming would shorten it.
    if raw.chars().count() > max {
        return Err(InvalidValue::new(format!(
            "must be at most {max} characters long"
        )));
    }
    if chars < min {
        return Err(InvalidValue::new(if min <= 1 {
            "must not be empty".to_owned()
        } else {
            format!("must be at least {min} characters long")
        }));
    }
    let allowed = |c: char| !c.is_control() || (multiline && (c == '\n' || c == '\t'));
    if !trimmed.chars().all(allowed) {
        return Err(InvalidValue::new("must not contain control characters"));
    }
    Ok(trimmed.to_owned())
}

impl InvalidValue {
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::bounded_text;

    #[test]
    fn texts_are_trimmed_but_their_most_counts_as_sent() {
        assert_eq!(bounded_text("  Toruń  ", 1, 10, false).unwrap(), "Toruń");
        assert!(
            bounded_text("   ", 1, 10, false).is_err(),
            "spaces are empty"
        );
        assert_eq!(bounded_text("abc", 0, 3, false).unwrap(), "abc");
        // U+0085 (NEL) is white space: trimmed away, but it was sent.
        let padded = format!("abc{}", "\u{85}".repeat(8));
        assert_eq!(
            bounded_text(&padded, 0, 10, false).unwrap_err().message,
            "must be at most 10 characters long"
        );
        assert!(bounded_text("a\u{1b}b", 0, 10, true).is_err());
        assert!(bounded_text("a\nb", 0, 10, true).is_ok());
        assert!(bounded_text("a\nb", 0, 10, false).is_err());
    }
}
