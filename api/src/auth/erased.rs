//! Accounts erased within an access token's lifetime. An access token is a
//! JWT verified without the database, so an erased account's tokens would
//! otherwise work until they expire. `AuthUser` refuses them (401) while
//! their account is in this set: the erasing request puts it in at once,
//! and every instance reads `users.erased_at` at start-up and every
//! [`REFRESH_INTERVAL`], so another instance refuses them at most that long
//! (plus a query) after the erasure commits.
//!
//! Memory stays bounded: an account is remembered only as long as a token
//! issued before its erasure can live (`HOP_ACCESS_TOKEN_TTL_SECS` and a
//! minute for clocks), and never more than [`CAPACITY`] of them, the most
//! recent first.

use std::{
    collections::HashMap,
    sync::{Arc, RwLock},
    time::Duration,
};

use chrono::{DateTime, Utc};
use diesel::PgConnection;
use uuid::Uuid;

use crate::{accounts::store as accounts, db::Database, error::ApiError};

/// How often each instance reads the accounts erased elsewhere.
pub const REFRESH_INTERVAL: Duration = Duration::from_secs(5);

/// The most accounts remembered (about 50 bytes each). Erasures are a few a
/// day; this many within one token lifetime would be an attack or a bulk
/// job, and the oldest beyond it are dropped with an error in the log.
pub const CAPACITY: usize = 100_000;

/// Beyond the token lifetime: instances' clocks, and the verifier's leeway.
const CLOCK_MARGIN: Duration = Duration::from_secs(60);

pub struct ErasedAccounts {
    remembered_for: chrono::Duration,
    accounts: RwLock<HashMap<Uuid, DateTime<Utc>>>,
}

impl ErasedAccounts {
    /// Remembers each erased account for `access_ttl` (and a margin).
    pub fn new(access_ttl: Duration) -> Self {
        Self {
            remembered_for: chrono::Duration::from_std(access_ttl + CLOCK_MARGIN)
                .unwrap_or(chrono::Duration::MAX),
            accounts: RwLock::new(HashMap::new()),
        }
    }

    /// Whether `account` was erased recently enough for one of its access
    /// tokens to be still unexpired.
    pub fn contains(&self, account: Uuid) -> bool {
        self.accounts
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .contains_key(&account)
    }

    /// Notes an erasure this instance committed.
    pub fn remember(&self, account: Uuid, erased_at: DateTime<Utc>) {
        self.merge([(account, erased_at)], Utc::now());
    }

    /// Reads the accounts erased within the lifetime from the database (by
    /// any instance), and forgets those erased before it.
    pub fn refresh(&self, conn: &mut PgConnection) -> Result<usize, ApiError> {
        let now = Utc::now();
        let rows = accounts::erased_since(
            conn,
            now - self.remembered_for,
            i64::try_from(CAPACITY).unwrap_or(i64::MAX),
        )?;
        if rows.len() >= CAPACITY {
            tracing::error!(
                capacity = CAPACITY,
                "more accounts erased within an access token's lifetime than are remembered; \
                 the oldest ones' tokens are refused only by their expiry"
            );
        }
        Ok(self.merge(rows, now))
    }

    /// Loads the set before serving; when the database cannot be reached,
    /// the first refresh that can does it.
    pub fn load(&self, database: &Database) {
        let loaded = database
            .pool()
            .get()
            .map_err(|err| err.to_string())
            .and_then(|mut conn| self.refresh(&mut conn).map_err(|err| err.to_string()));
        if let Err(err) = loaded {
            tracing::warn!(error = %err, "erased accounts will be read once the database answers");
        }
    }

    /// Adds `rows`, drops what is older than the lifetime and what is over
    /// capacity (oldest first); returns how many are remembered.
    fn merge(
        &self,
        rows: impl IntoIterator<Item = (Uuid, DateTime<Utc>)>,
        now: DateTime<Utc>,
    ) -> usize {
        let horizon = now - self.remembered_for;
        let mut accounts = self
            .accounts
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        accounts.extend(rows);
        accounts.retain(|_, erased_at| *erased_at > horizon);
        if accounts.len() > CAPACITY {
            let mut times: Vec<DateTime<Utc>> = accounts.values().copied().collect();
            times.sort_unstable_by(|a, b| b.cmp(a));
            let oldest_kept = times[CAPACITY - 1];
            accounts.retain(|_, erased_at| *erased_at >= oldest_kept);
        }
        accounts.len()
    }
}

/// Keeps `erased` current while the server runs.
pub async fn keep_current(database: Database, erased: Arc<ErasedAccounts>) {
    let mut tick = actix_web::rt::time::interval(REFRESH_INTERVAL);
    loop {
        tick.tick().await;
        let erased = erased.clone();
        if let Err(err) = crate::db::run(&database, move |conn| erased.refresh(conn)).await {
            tracing::warn!(error = %err, "cannot read the accounts erased lately");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_is_remembered_for_a_token_lifetime_and_no_longer() {
        let erased = ErasedAccounts::new(Duration::from_secs(900));
        let now = Utc::now();
        let recent = Uuid::new_v4();
        let old = Uuid::new_v4();
        erased.merge(
            [
                (recent, now - chrono::Duration::seconds(900)),
                (old, now - chrono::Duration::seconds(961)),
            ],
            now,
        );
        assert!(erased.contains(recent));
        assert!(!erased.contains(old), "no token of it can be unexpired");
        assert!(!erased.contains(Uuid::new_v4()));
    }

    #[test]
    fn memory_is_bounded_keeping_the_latest() {
        let erased = ErasedAccounts::new(Duration::from_secs(900));
        let now = Utc::now();
        let first = Uuid::new_v4();
        let rows: Vec<(Uuid, DateTime<Utc>)> =
            std::iter::once((first, now - chrono::Duration::seconds(60)))
                .chain((0..CAPACITY).map(|_| (Uuid::new_v4(), now)))
                .collect();
        assert_eq!(erased.merge(rows, now), CAPACITY);
        assert!(!erased.contains(first), "the oldest goes first");
    }
}
