//! Limits password guessing without letting anyone lock a user out, and
//! registrations per address.
//!
//! - Failures per account *and* client address lock that pair until the
//!   window ends: a guesser is stopped, the owner elsewhere is not.
//! - Failures per client address, over all accounts (a much higher bound),
//!   lock the address: one address cannot spray many accounts.
//! - Failures per account, over all addresses (a much higher bound again),
//!   do not lock: past the bound each failure doubles a wait before the next
//!   attempt (1 s, 2 s, 4 s … up to the window). An address with no failures
//!   at all is not held by it, so the owner logging in from a usual place is
//!   never refused because others guess.
//!
//! Only failures count, so a campus behind one address is never locked out
//! by its own successful logins. Each table remembers a bounded number of
//! keys and forgets the least recently touched first.

use std::{
    hash::Hash,
    net::IpAddr,
    num::NonZeroUsize,
    sync::Mutex,
    time::{Duration, Instant},
};

use lru::LruCache;

use crate::config::{LoginLimits, RegistrationLimits};

#[derive(Debug, Clone, Copy)]
struct Window {
    started: Instant,
    failures: u32,
}

/// Counts failures per key in fixed windows that open at the first failure.
pub struct FailureCounter<K: Hash + Eq> {
    windows: Mutex<LruCache<K, Window>>,
    max_failures: u32,
    window: Duration,
}

impl<K: Hash + Eq> FailureCounter<K> {
    pub fn new(max_failures: u32, window: Duration, capacity: usize) -> Self {
        Self {
            windows: Mutex::new(LruCache::new(
                NonZeroUsize::new(capacity).unwrap_or(NonZeroUsize::MIN),
            )),
            max_failures,
            window,
        }
    }

    /// `Err(retry_after)` while `key` has used up its failures.
    pub fn check(&self, key: &K, now: Instant) -> Result<(), Duration> {
        let mut windows = self.lock();
        match windows.peek(key) {
            Some(window) if now < window.started + self.window => {
                if window.failures >= self.max_failures {
                    Err(window.started + self.window - now)
                } else {
                    Ok(())
                }
            }
            Some(_) => {
                windows.pop(key);
                Ok(())
            }
            None => Ok(()),
        }
    }

    pub fn record_failure(&self, key: K, now: Instant) {
        let mut windows = self.lock();
        let window = windows.get_or_insert_mut(key, || Window {
            started: now,
            failures: 0,
        });
        if now >= window.started + self.window {
            *window = Window {
                started: now,
                failures: 0,
            };
        }
        window.failures = window.failures.saturating_add(1);
    }

    /// Whether `key` has failures in a window still open.
    pub fn has_failures(&self, key: &K, now: Instant) -> bool {
        self.lock()
            .peek(key)
            .is_some_and(|window| now < window.started + self.window && window.failures > 0)
    }

    pub fn forget(&self, key: &K) {
        self.lock().pop(key);
    }

    pub fn tracked(&self) -> usize {
        self.lock().len()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, LruCache<K, Window>> {
        // A panic while holding the lock leaves counters that are still sound.
        self.windows
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// An account's failures from every address, and when the last one was.
#[derive(Debug, Clone, Copy)]
struct AccountFailures {
    started: Instant,
    failures: u32,
    last: Instant,
}

/// Failures per account over all addresses: past `threshold` in a window,
/// each failure doubles the wait before the next attempt, from one second
/// up to the window. Never a fixed lock.
pub struct AccountBackoff {
    accounts: Mutex<LruCache<String, AccountFailures>>,
    threshold: u32,
    window: Duration,
}

impl AccountBackoff {
    pub const FIRST_WAIT: Duration = Duration::from_secs(1);

    pub fn new(threshold: u32, window: Duration, capacity: usize) -> Self {
        Self {
            accounts: Mutex::new(LruCache::new(
                NonZeroUsize::new(capacity).unwrap_or(NonZeroUsize::MIN),
            )),
            threshold,
            window,
        }
    }

    /// The wait after `failures` failures.
    fn wait(&self, failures: u32) -> Duration {
        match failures.checked_sub(self.threshold) {
            None => Duration::ZERO,
            Some(over) => Self::FIRST_WAIT
                .checked_mul(2u32.saturating_pow(over.min(31)))
                .unwrap_or(self.window)
                .min(self.window),
        }
    }

    /// `Err(retry_after)` while the account's wait runs.
    pub fn check(&self, account: &str, now: Instant) -> Result<(), Duration> {
        let accounts = self.lock();
        match accounts.peek(account) {
            Some(entry) if now < entry.started + self.window => {
                let until = entry.last + self.wait(entry.failures);
                if now < until {
                    Err(until - now)
                } else {
                    Ok(())
                }
            }
            _ => Ok(()),
        }
    }

    pub fn record_failure(&self, account: &str, now: Instant) {
        let mut accounts = self.lock();
        let fresh = AccountFailures {
            started: now,
            failures: 0,
            last: now,
        };
        let entry = accounts.get_or_insert_mut(account.to_owned(), || fresh);
        if now >= entry.started + self.window {
            *entry = fresh;
        }
        entry.failures = entry.failures.saturating_add(1);
        entry.last = now;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, LruCache<String, AccountFailures>> {
        self.accounts
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

pub struct LoginLimiter {
    pairs: FailureCounter<(String, IpAddr)>,
    addresses: FailureCounter<IpAddr>,
    accounts: AccountBackoff,
}

impl LoginLimiter {
    pub fn new(limits: &LoginLimits) -> Self {
        Self {
            pairs: FailureCounter::new(
                limits.failures_per_account_and_address,
                limits.window,
                limits.tracked_keys,
            ),
            addresses: FailureCounter::new(
                limits.failures_per_address,
                limits.window,
                limits.tracked_keys,
            ),
            accounts: AccountBackoff::new(
                limits.failures_per_account,
                limits.window,
                limits.tracked_keys,
            ),
        }
    }

    /// `Err(retry_after)` when this address may not try this account now.
    pub fn check(
        &self,
        account: &str,
        address: Option<IpAddr>,
        now: Instant,
    ) -> Result<(), Duration> {
        if let Some(address) = address {
            self.pairs.check(&(account.to_owned(), address), now)?;
            self.addresses.check(&address, now)?;
        }
        // An address that has not failed is not held by others' guessing.
        let clean = address.is_some_and(|address| !self.addresses.has_failures(&address, now));
        if !clean {
            self.accounts.check(account, now)?;
        }
        Ok(())
    }

    pub fn record_failure(&self, account: &str, address: Option<IpAddr>, now: Instant) {
        self.accounts.record_failure(account, now);
        if let Some(address) = address {
            self.pairs
                .record_failure((account.to_owned(), address), now);
            self.addresses.record_failure(address, now);
        }
    }

    /// A successful login clears the failures of its account from its
    /// address. The address keeps its count, so one good password does not
    /// reset a guessing spree; the account keeps its back-off, which others
    /// may be causing.
    pub fn record_success(&self, account: &str, address: Option<IpAddr>) {
        if let Some(address) = address {
            self.pairs.forget(&(account.to_owned(), address));
        }
    }
}

/// Registrations per client address in a window: generous (a campus shares
/// one address), but one machine cannot make accounts without end.
pub struct RegistrationLimiter {
    addresses: FailureCounter<IpAddr>,
}

impl RegistrationLimiter {
    pub fn new(limits: &RegistrationLimits) -> Self {
        Self {
            addresses: FailureCounter::new(limits.per_address, limits.window, limits.tracked_keys),
        }
    }

    /// Counts an attempt; `Err(retry_after)` when the address has used up
    /// its registrations.
    pub fn attempt(&self, address: Option<IpAddr>, now: Instant) -> Result<(), Duration> {
        let Some(address) = address else {
            return Ok(());
        };
        self.addresses.check(&address, now)?;
        self.addresses.record_failure(address, now);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: Duration = Duration::from_secs(60);

    #[test]
    fn locks_after_the_limit_until_the_window_ends() {
        let counter = FailureCounter::new(3, 15 * MINUTE, 100);
        let start = Instant::now();
        for i in 0..3 {
            assert!(counter.check(&"ala", start).is_ok(), "attempt {i}");
            counter.record_failure("ala", start);
        }
        let later = start + 5 * MINUTE;
        assert_eq!(counter.check(&"ala", later), Err(10 * MINUTE));
        assert!(
            counter.check(&"ola", later).is_ok(),
            "other keys are untouched"
        );
        assert!(counter.check(&"ala", start + 15 * MINUTE).is_ok());
    }

    #[test]
    fn a_new_window_starts_after_the_old_one_ends() {
        let counter = FailureCounter::new(2, MINUTE, 100);
        let start = Instant::now();
        counter.record_failure("ala", start);
        counter.record_failure("ala", start + 2 * MINUTE);
        assert!(counter.check(&"ala", start + 2 * MINUTE).is_ok());
    }

    #[test]
    fn memory_stays_bounded_however_many_keys_are_tried() {
        let counter = FailureCounter::new(3, MINUTE, 1_000);
        let now = Instant::now();
        for i in 0..50_000u32 {
            counter.record_failure(i, now);
        }
        assert_eq!(counter.tracked(), 1_000);
    }

    fn limits(pair: u32, address: u32, account: u32) -> LoginLimits {
        LoginLimits {
            window: 15 * MINUTE,
            failures_per_account_and_address: pair,
            failures_per_address: address,
            failures_per_account: account,
            tracked_keys: 100,
        }
    }

    fn ip(last: u8) -> Option<IpAddr> {
        Some(IpAddr::from([192, 0, 2, last]))
    }

    #[test]
    fn a_guessers_failures_do_not_lock_the_owner_out() {
        let limiter = LoginLimiter::new(&limits(10, 500, 100));
        let now = Instant::now();
        for _ in 0..10 {
            assert!(limiter.check("ala@example.org", ip(1), now).is_ok());
            limiter.record_failure("ala@example.org", ip(1), now);
        }
        assert_eq!(
            limiter.check("ala@example.org", ip(1), now + MINUTE),
            Err(14 * MINUTE),
            "the guesser's address is locked for this account"
        );
        assert!(
            limiter.check("ala@example.org", ip(2), now).is_ok(),
            "the owner"
        );
        assert!(
            limiter.check("ola@example.org", ip(1), now).is_ok(),
            "other accounts"
        );
    }

    #[test]
    fn many_addresses_meet_a_growing_wait_not_a_lock() {
        let limiter = LoginLimiter::new(&limits(10, 500, 3));
        let start = Instant::now();
        let mut now = start;
        let mut waits = Vec::new();
        for attempt in 0..8u8 {
            if let Err(wait) = limiter.check("ala@example.org", ip(attempt % 3), now) {
                waits.push(wait);
                now += wait;
            }
            assert!(
                limiter
                    .check("ala@example.org", ip(attempt % 3), now)
                    .is_ok()
            );
            limiter.record_failure("ala@example.org", ip(attempt % 3), now);
        }
        assert_eq!(
            waits,
            [1, 2, 4, 8, 16].map(Duration::from_secs),
            "doubling from the threshold"
        );
        // An address with no failures is not held; the owner logs in.
        assert!(limiter.check("ala@example.org", ip(200), now).is_ok());
        // Without an address to tell, the wait holds.
        assert!(limiter.check("ala@example.org", None, now).is_err());
        // The wait never exceeds the window.
        let backoff = AccountBackoff::new(3, 15 * MINUTE, 10);
        assert_eq!(backoff.wait(2), Duration::ZERO);
        assert_eq!(backoff.wait(3), Duration::from_secs(1));
        assert_eq!(backoff.wait(60), 15 * MINUTE);
        assert_eq!(backoff.wait(u32::MAX), 15 * MINUTE);
    }

    #[test]
    fn success_clears_its_pair_but_not_the_address() {
        let limiter = LoginLimiter::new(&limits(2, 3, 100));
        let address = ip(1);
        let now = Instant::now();
        limiter.record_failure("ala@example.org", address, now);
        limiter.record_failure("ala@example.org", address, now);
        assert!(limiter.check("ala@example.org", address, now).is_err());
        limiter.record_success("ala@example.org", address);
        assert!(limiter.check("ala@example.org", address, now).is_ok());
        limiter.record_failure("ola@example.org", address, now);
        assert!(
            limiter.check("ewa@example.org", address, now).is_err(),
            "address limit"
        );
        assert!(limiter.check("ewa@example.org", ip(2), now).is_ok());
    }

    #[test]
    fn registrations_are_counted_per_address() {
        let limiter = RegistrationLimiter::new(&RegistrationLimits {
            per_address: 3,
            window: 60 * MINUTE,
            tracked_keys: 100,
        });
        let now = Instant::now();
        for _ in 0..3 {
            assert!(limiter.attempt(ip(1), now).is_ok());
        }
        assert_eq!(limiter.attempt(ip(1), now + MINUTE), Err(59 * MINUTE));
        assert!(limiter.attempt(ip(2), now).is_ok());
        assert!(
            limiter.attempt(ip(1), now + 60 * MINUTE).is_ok(),
            "a new window"
        );
    }
}
