//! What every handler shares: the database, password hashing, tokens,
//! limits and the client's address. Below every concept: modules import
//! it, it imports none of theirs. What only one module needs (search's
//! caches, the matching index) is that module's own, registered beside it
//! by the assembly (`app`).

use std::{net::IpAddr, sync::Arc, time::Duration};

use actix_web::{HttpRequest, http::header};

use crate::{
    auth::{
        erased::ErasedAccounts,
        limiter::{LoginLimiter, RegistrationLimiter},
        password::PasswordHasher,
        sessions::SessionPolicy,
        tokens::AccessTokens,
    },
    client_address::{self, TrustedProxies},
    config::Config,
    db::Database,
};

/// Whether a notification recorded now also gets its e-mail in the
/// outbox: on when the service has an SMTP server (`HOP_SMTP_URL`).
/// Passed explicitly to the code that records notifications.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailOutbox {
    On,
    Off,
}

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("cannot set up password hashing: {0}")]
    Hasher(String),
}

/// What every handler shares. Built once, from the configuration.
pub struct AppState {
    pub db: Database,
    pub hasher: Arc<PasswordHasher>,
    pub access_tokens: AccessTokens,
    pub refresh_ttl: Duration,
    pub login_limiter: LoginLimiter,
    pub registration_limiter: RegistrationLimiter,
    /// Empty when `X-Forwarded-For` is not read.
    pub trusted_proxies: TrustedProxies,
    pub email_outbox: EmailOutbox,
    /// Accounts erased within an access token's lifetime, whose tokens
    /// `AuthUser` refuses.
    pub erased_accounts: Arc<ErasedAccounts>,
}

impl AppState {
    pub fn new(config: &Config, db: Database) -> Result<Self, StateError> {
        Ok(Self {
            db,
            hasher: Arc::new(
                PasswordHasher::new(config.hashing_concurrency)
                    .map_err(|err| StateError::Hasher(err.to_string()))?,
            ),
            access_tokens: AccessTokens::new(&config.tokens),
            refresh_ttl: config.tokens.refresh_ttl,
            erased_accounts: Arc::new(ErasedAccounts::new(config.tokens.access_ttl)),
            login_limiter: LoginLimiter::new(&config.login_limits),
            registration_limiter: RegistrationLimiter::new(&config.registration_limits),
            email_outbox: if config.mail.enabled() {
                EmailOutbox::On
            } else {
                EmailOutbox::Off
            },
            trusted_proxies: if config.trust_forwarded_for {
                config.trusted_proxies.clone()
            } else {
                TrustedProxies::default()
            },
        })
    }

    /// The client's address, for limits keyed by address: the peer, or
    /// when the peer is a trusted proxy, the nearest untrusted hop of
    /// `X-Forwarded-For`.
    pub fn client_address(&self, req: &HttpRequest) -> Option<IpAddr> {
        let forwarded: Vec<&str> = req
            .headers()
            .get_all(header::X_FORWARDED_FOR)
            .filter_map(|value| value.to_str().ok())
            .collect();
        client_address::client_address(
            req.peer_addr().map(|addr| addr.ip()),
            &forwarded,
            &self.trusted_proxies,
        )
    }

    pub fn session_policy(&self) -> SessionPolicy<'_> {
        SessionPolicy {
            access_tokens: &self.access_tokens,
            refresh_ttl: self.refresh_ttl,
        }
    }
}
