//! HOP's domain: the values and rules of the volunteering service, free of
//! HTTP and SQL so they can be tested on their own.

pub mod account;
pub mod i18n;
pub mod organization;
pub mod session;
pub mod skill;
pub mod text;

pub use account::{DisplayName, Email, Password, PasswordAttempt};

/// Why a raw value was refused. The message is written for the person who
/// typed the value, so the API can pass it on unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct InvalidValue {
    pub message: String,
}

impl InvalidValue {
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}
