//! Limits failed logins per account and, with a much higher bound, per client
//! address. Only failures count, so a campus behind one address is never
//! locked out by its own successful logins. Each table remembers a bounded
//! number of keys and forgets the least recently touched first.

use std::{
    hash::Hash,
    net::IpAddr,
    num::NonZeroUsize,
    sync::Mutex,
    time::{Duration, Instant},
};

use lru::LruCache;

use crate::config::LoginLimits;

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

pub struct LoginLimiter {
    accounts: FailureCounter<String>,
    addresses: FailureCounter<IpAddr>,
}

impl LoginLimiter {
    pub fn new(limits: &LoginLimits) -> Self {
        Self {
            accounts: FailureCounter::new(
                limits.failures_per_account,
                limits.window,
                limits.tracked_keys,
            ),
            addresses: FailureCounter::new(
                limits.failures_per_address,
                limits.window,
                limits.tracked_keys,
            ),
        }
    }

    /// `Err(retry_after)` when the account or the address is locked out.
    pub fn check(
        &self,
        account: &str,
        address: Option<IpAddr>,
        now: Instant,
    ) -> Result<(), Duration> {
        self.accounts.check(&account.to_owned(), now)?;
        if let Some(address) = address {
            self.addresses.check(&address, now)?;
        }
        Ok(())
    }

    pub fn record_failure(&self, account: &str, address: Option<IpAddr>, now: Instant) {
        self.accounts.record_failure(account.to_owned(), now);
        if let Some(address) = address {
            self.addresses.record_failure(address, now);
        }
    }

    /// A successful login clears its account's failures; the address keeps
    /// its count, so one good password does not reset a guessing spree.
    pub fn record_success(&self, account: &str) {
        self.accounts.forget(&account.to_owned());
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

    #[test]
    fn success_clears_the_account_but_not_the_address() {
        let limiter = LoginLimiter::new(&LoginLimits {
            window: 15 * MINUTE,
            failures_per_account: 2,
            failures_per_address: 3,
            tracked_keys: 100,
        });
        let address = Some(IpAddr::from([10, 0, 0, 1]));
        let now = Instant::now();
        limiter.record_failure("ala@example.org", address, now);
        limiter.record_failure("ala@example.org", address, now);
        assert!(limiter.check("ala@example.org", address, now).is_err());
        limiter.record_success("ala@example.org");
        assert!(limiter.check("ala@example.org", address, now).is_ok());
        limiter.record_failure("ola@example.org", address, now);
        assert!(
            limiter.check("ewa@example.org", address, now).is_err(),
            "address limit"
        );
        assert!(limiter.check("ewa@example.org", None, now).is_ok());
    }
}
