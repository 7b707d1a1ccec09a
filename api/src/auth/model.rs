//! Request and response bodies of the auth endpoints, and their parsing into
//! domain values. Request bodies do not derive `Debug`: they hold passwords.

use chrono::{DateTime, Utc};
use hop_domain::{DisplayName, Email, InvalidValue, Password, PasswordAttempt};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::{ApiError, FieldError};

#[derive(Deserialize, ToSchema)]
#[schema(example = json!({
    "email": "ala.nowak@example.org",
    "password": "correct horse battery",
    "display_name": "Ala Nowak"
}))]
pub struct RegisterRequest {
    /// Unique ignoring case.
    #[schema(min_length = 3)]
    pub email: String,
    /// At least 10 characters, at most 256 bytes.
    #[schema(min_length = 10)]
    pub password: String,
    /// 1 to 100 characters.
    #[schema(min_length = 1, max_length = 100)]
    pub display_name: String,
}

pub struct NewAccount {
    pub email: Email,
    pub password: Password,
    pub display_name: DisplayName,
}

impl TryFrom<RegisterRequest> for NewAccount {
    type Error = ApiError;

    fn try_from(body: RegisterRequest) -> Result<Self, ApiError> {
        match (
            Email::parse(&body.email),
            Password::parse(body.password),
            DisplayName::parse(&body.display_name),
        ) {
            (Ok(email), Ok(password), Ok(display_name)) => Ok(Self {
                email,
                password,
                display_name,
            }),
            (email, password, display_name) => Err(invalid([
                ("email", email.err()),
                ("password", password.err()),
                ("display_name", display_name.err()),
            ])),
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[schema(example = json!({"email": "ala.nowak@example.org", "password": "correct horse battery"}))]
pub struct LoginRequest {
    #[schema(min_length = 3)]
    pub email: String,
    #[schema(min_length = 1)]
    pub password: String,
}

pub struct LoginAttempt {
    pub email: Email,
    pub password: PasswordAttempt,
}

impl TryFrom<LoginRequest> for LoginAttempt {
    type Error = ApiError;

    fn try_from(body: LoginRequest) -> Result<Self, ApiError> {
        match (
            Email::parse(&body.email),
            PasswordAttempt::parse(body.password),
        ) {
            (Ok(email), Ok(password)) => Ok(Self { email, password }),
            (email, password) => Err(invalid([
                ("email", email.err()),
                ("password", password.err()),
            ])),
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[schema(example = json!({"refresh_token": "kq3Xo2mE1cN0m4s7p9QyVbT6wZrLhA8dFgJuYiOeR5k"}))]
pub struct RefreshTokenRequest {
    #[schema(min_length = 1)]
    pub refresh_token: String,
}

impl RefreshTokenRequest {
    /// Refuses only what cannot be a token at all; anything else that is not
    /// a live token is a 401.
    pub fn token(&self) -> Result<&str, ApiError> {
        let token = self.refresh_token.trim();
        if token.is_empty() {
            return Err(ApiError::invalid_field(
                "refresh_token",
                "must not be empty",
            ));
        }
        if token.len() > 512 {
            return Err(ApiError::invalid_field(
                "refresh_token",
                "must be at most 512 bytes long",
            ));
        }
        Ok(token)
    }
}

fn invalid<const N: usize>(fields: [(&str, Option<InvalidValue>); N]) -> ApiError {
    ApiError::Validation(
        fields
            .into_iter()
            .filter_map(|(field, err)| err.map(|err| FieldError::new(field, err.message)))
            .collect(),
    )
}

/// An account as its owner sees it.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "0b9f7c1e-4d7a-4a55-9d0e-3c1b2a5e8f10",
    "email": "ala.nowak@example.org",
    "display_name": "Ala Nowak",
    "created_at": "2026-11-25T10:00:00Z"
}))]
pub struct Account {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl",
    "refresh_token": "kq3Xo2mE1cN0m4s7p9QyVbT6wZrLhA8dFgJuYiOeR5k",
    "token_type": "Bearer",
    "expires_in": 900
}))]
pub struct TokenPair {
    /// A JWT to send as `Authorization: Bearer …`.
    pub access_token: String,
    /// Good for one use at `/auth/refresh`; keep it secret.
    pub refresh_token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: u64,
}
