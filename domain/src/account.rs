//! Account values: e-mail address, password and display name. Each can only
//! be built valid, so code that holds one never checks it again.

use std::fmt;

use crate::InvalidValue;

/// An e-mail address, trimmed, at most 254 bytes (RFC 5321's path limit).
///
/// The original case is kept for display; [`Email::normalized`] gives the
/// lower-cased form that uniqueness and look-ups use.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub const MAX_LEN: usize = 254;

    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(InvalidValue::new("must not be empty"));
        }
        if trimmed.len() > Self::MAX_LEN {
            return Err(InvalidValue::new(format!(
                "must be at most {} bytes long",
                Self::MAX_LEN
            )));
        }
        // A bare address on a public domain: no display text ("Ala <ala@…>"),
        // no IP literal, and a dot in the domain.
        let options = email_address::Options::default()
            .without_display_text()
            .without_domain_literal()
            .with_required_tld();
        email_address::EmailAddress::parse_with_options(trimmed, options)
            .map_err(|_| InvalidValue::new("must be an e-mail address such as ala@example.org"))?;
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form used for uniqueness: e-mail addresses are compared ignoring case.
    pub fn normalized(&self) -> String {
        self.0.to_lowercase()
    }
}

impl fmt::Debug for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Email").field(&self.0).finish()
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A password as typed: at least 10 characters, at most 256 bytes (argon2's
/// input stays bounded so a huge body cannot buy a slow hash).
///
/// It never prints: `Debug` is redacted and there is no `Display`.
#[derive(Clone)]
pub struct Password(String);

impl Password {
    pub const MIN_CHARS: usize = 10;
    pub const MAX_BYTES: usize = 256;

    pub fn parse(raw: String) -> Result<Self, InvalidValue> {
        if raw.chars().count() < Self::MIN_CHARS {
            return Err(InvalidValue::new(format!(
                "must be at least {} characters long",
                Self::MIN_CHARS
            )));
        }
        if raw.len() > Self::MAX_BYTES {
            return Err(InvalidValue::new(format!(
                "must be at most {} bytes long",
                Self::MAX_BYTES
            )));
        }
        Ok(Self(raw))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(**redacted**)")
    }
}

/// A password typed at login. The current rules for new passwords do not
/// apply (older accounts may predate them); it only has to be non-empty and
/// bounded, so the hash it costs stays bounded too.
#[derive(Clone)]
pub struct PasswordAttempt(String);

impl PasswordAttempt {
    pub fn parse(raw: String) -> Result<Self, InvalidValue> {
        if raw.is_empty() {
            return Err(InvalidValue::new("must not be empty"));
        }
        if raw.len() > Password::MAX_BYTES {
            return Err(InvalidValue::new(format!(
                "must be at most {} bytes long",
                Password::MAX_BYTES
            )));
        }
        Ok(Self(raw))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for PasswordAttempt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PasswordAttempt(**redacted**)")
    }
}

/// The name other people see: 1 to 100 characters after trimming, no control
/// characters (they break lists, CSV exports and certificates).
#[derive(Clone, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub const MAX_CHARS: usize = 100;

    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        crate::bounded_text(raw, 1, Self::MAX_CHARS, false).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for DisplayName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("DisplayName").field(&self.0).finish()
    }
}

impl fmt::Display for DisplayName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn email_accepts_ordinary_addresses_and_trims() {
        let email = Email::parse("  Ala.Nowak@Example.org ").unwrap();
        assert_eq!(email.as_str(), "Ala.Nowak@Example.org");
        assert_eq!(email.normalized(), "ala.nowak@example.org");
    }

    #[test]
    fn email_refuses_what_is_not_an_address() {
        for raw in [
            "",
            "   ",
            "ala",
            "ala@",
            "@example.org",
            "ala@@example.org",
            "ala@localhost",
            "Ala <ala@example.org>",
            "ala nowak@example.org",
        ] {
            assert!(Email::parse(raw).is_err(), "{raw:?} was accepted");
        }
    }

    #[test]
    fn email_refuses_overlong_addresses() {
        let raw = format!("{}@example.org", "a".repeat(250));
        assert_eq!(
            Email::parse(&raw).unwrap_err().message,
            "must be at most 254 bytes long"
        );
    }

    #[test]
    fn password_bounds_are_characters_below_and_bytes_above() {
        assert!(Password::parse("123456789".into()).is_err());
        assert!(Password::parse("1234567890".into()).is_ok());
        // Ten two-byte characters are ten characters.
        assert!(Password::parse("żółćżółćżó".into()).is_ok());
        assert!(Password::parse("a".repeat(256)).is_ok());
        assert!(Password::parse("a".repeat(257)).is_err());
        // 129 two-byte characters are 258 bytes.
        assert!(Password::parse("ż".repeat(129)).is_err());
    }

    #[test]
    fn password_never_prints() {
        let password = Password::parse("correct horse battery".into()).unwrap();
        assert!(!format!("{password:?}").contains("horse"));
    }

    #[test]
    fn password_attempt_is_only_bounded() {
        assert!(PasswordAttempt::parse(String::new()).is_err());
        assert!(PasswordAttempt::parse("short".into()).is_ok());
        assert!(PasswordAttempt::parse("a".repeat(257)).is_err());
        assert!(
            !format!("{:?}", PasswordAttempt::parse("hunter2".into()).unwrap()).contains("hunter2")
        );
    }

    #[test]
    fn display_name_is_trimmed_and_bounded() {
        assert_eq!(DisplayName::parse("  Ala ").unwrap().as_str(), "Ala");
        assert!(DisplayName::parse("   ").is_err());
        assert!(DisplayName::parse(&"ą".repeat(100)).is_ok());
        assert!(DisplayName::parse(&"ą".repeat(101)).is_err());
        assert!(DisplayName::parse("Ala\u{0}Nowak").is_err());
    }

    proptest! {
        #[test]
        fn password_accepts_exactly_the_valid_lengths(raw in "\\PC{0,300}") {
            let chars = raw.chars().count();
            let valid = chars >= Password::MIN_CHARS && raw.len() <= Password::MAX_BYTES;
            prop_assert_eq!(Password::parse(raw).is_ok(), valid);
        }

        #[test]
        fn parsed_email_reparses_to_itself(local in "[a-z0-9._%+-]{1,30}", host in "[a-z0-9-]{1,20}", tld in "[a-z]{2,6}") {
            prop_assume!(!local.starts_with('.') && !local.ends_with('.') && !local.contains(".."));
            prop_assume!(!host.starts_with('-') && !host.ends_with('-'));
            let raw = format!("{local}@{host}.{tld}");
            let email = Email::parse(&raw).unwrap();
            prop_assert_eq!(Email::parse(email.as_str()).unwrap(), email.clone());
            prop_assert_eq!(email.normalized(), raw.to_lowercase());
        }

        #[test]
        fn display_name_never_holds_control_characters_or_outer_space(raw in "\\PC{0,120}|.{0,20}") {
            if let Ok(name) = DisplayName::parse(&raw) {
                prop_assert!(!name.as_str().chars().any(char::is_control));
                prop_assert_eq!(name.as_str().trim(), name.as_str());
                prop_assert!(!name.as_str().is_empty());
                prop_assert!(name.as_str().chars().count() <= DisplayName::MAX_CHARS);
            }
        }
    }
}
