//! Limits password guessing without letting anyone lock a user out, and
//! registrations per address: the rules are `hop_domain::attempts`, the
//! counts are rows of `limit_windows` (`store`), so every instance behind a
//! load balancer counts against the same limits.
//!
//! A login check is one indexed read, in the hop that also finds the
//! account; a failure is one upsert; a success forgets its pair's failures
//! (a delete, only when the check found some). Each window is a row that
//! ends with its window and is deleted by the retention job: what a
//! stranger sends is bounded by the hashing's throughput over one window.

pub mod store;

use std::net::IpAddr;

use diesel::PgConnection;
use hop_domain::attempts::{self, LoginWindows};

use self::store::Scope;
use crate::{
    config::{LoginLimits, RegistrationLimits},
    db::{self, Database},
    error::ApiError,
};

fn refused(retry_after: std::time::Duration) -> ApiError {
    ApiError::TooManyRequests { retry_after }
}

/// The keys one login attempt is counted under.
#[derive(Debug, Clone)]
pub struct LoginKeys {
    account: String,
    address: Option<String>,
    /// The address, then the account: an address has no space in it.
    pair: Option<String>,
}

impl LoginKeys {
    /// `account`: the normalised e-mail.
    pub fn new(account: &str, address: Option<IpAddr>) -> Self {
        Self {
            account: account.to_owned(),
            address: address.map(|address| address.to_string()),
            pair: address.map(|address| format!("{address} {account}")),
        }
    }

    fn all(&self) -> Vec<(Scope, &str)> {
        let mut keys = vec![(Scope::LoginAccount, self.account.as_str())];
        keys.extend(self.pair.as_deref().map(|pair| (Scope::LoginPair, pair)));
        keys.extend(
            self.address
                .as_deref()
                .map(|address| (Scope::LoginAddress, address)),
        );
        keys
    }
}

/// What a check found that the attempt's outcome needs.
#[derive(Debug, Clone, Copy)]
#[must_use]
pub struct LoginChecked {
    pair_failed: bool,
}

#[derive(Debug, Clone, Copy)]
pub struct LoginLimiter {
    limits: attempts::LoginLimits,
}

impl LoginLimiter {
    pub fn new(limits: &LoginLimits) -> Self {
        Self {
            limits: attempts::LoginLimits {
                window: limits.window,
                per_account_and_address: limits.failures_per_account_and_address,
                per_address: limits.failures_per_address,
                per_account: limits.failures_per_account,
            },
        }
    }

    /// 429 with `Retry-After` when this address may not try this account now.
    pub fn check(
        &self,
        conn: &mut PgConnection,
        keys: &LoginKeys,
    ) -> Result<LoginChecked, ApiError> {
        let found = store::windows(conn, &keys.all())?;
        let Some(now) = found.now else {
            return Ok(LoginChecked { pair_failed: false });
        };
        let windows = LoginWindows {
            pair: found.get(Scope::LoginPair),
            address: found.get(Scope::LoginAddress),
            account: found.get(Scope::LoginAccount),
        };
        self.limits
            .check(&windows, keys.address.is_some(), now)
            .map_err(refused)?;
        Ok(LoginChecked {
            pair_failed: windows.pair.is_some(),
        })
    }

    /// Counts a failure against the account, the address and the pair.
    pub fn record_failure(
        &self,
        conn: &mut PgConnection,
        keys: &LoginKeys,
    ) -> Result<(), ApiError> {
        store::count_attempt(conn, &keys.all(), self.limits.window)?;
        Ok(())
    }

    /// A successful login clears the failures of its account from its
    /// address. The address keeps its count, so one good password does not
    /// reset a guessing spree; the account keeps its back-off, which others
    /// may be causing.
    pub fn record_success(
        &self,
        conn: &mut PgConnection,
        checked: LoginChecked,
        keys: &LoginKeys,
    ) -> Result<(), ApiError> {
        match (&keys.pair, checked.pair_failed) {
            (Some(pair), true) => Ok(store::forget(conn, Scope::LoginPair, pair)?),
            _ => Ok(()),
        }
    }
}

/// Registrations per client address in a window: generous (a campus shares
/// one address), but one machine cannot make accounts without end.
#[derive(Debug, Clone, Copy)]
pub struct RegistrationLimiter {
    per_address: u32,
    window: std::time::Duration,
}

impl RegistrationLimiter {
    pub fn new(limits: &RegistrationLimits) -> Self {
        Self {
            per_address: limits.per_address,
            window: limits.window,
        }
    }

    /// Counts an attempt (one upsert); 429 with `Retry-After` when the
    /// address has used up its registrations.
    pub async fn attempt(
        &self,
        database: &Database,
        address: Option<IpAddr>,
    ) -> Result<(), ApiError> {
        let Some(address) = address else {
            return Ok(());
        };
        let limiter = *self;
        db::run(database, move |conn| {
            let key = address.to_string();
            let found =
                store::count_attempt(conn, &[(Scope::RegistrationAddress, &key)], limiter.window)?;
            match (found.get(Scope::RegistrationAddress), found.now) {
                (Some(window), Some(now)) => {
                    attempts::registration_allowed(&window, limiter.per_address, now)
                        .map_err(refused)
                }
                _ => Err(ApiError::internal(
                    "the registration window was not counted",
                )),
            }
        })
        .await
    }
}
