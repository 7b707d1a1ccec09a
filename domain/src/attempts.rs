//! Limits on repeated attempts: failed logins and registrations, counted
//! per key (an account, a client address, the pair) in fixed windows that
//! open at the first counted attempt.
//!
//! The store keeps one [`Window`] per key, shared by every instance; these
//! are the rules that read it, and the one that moves it on
//! ([`Window::counted`]), which the store's upsert does in SQL.
//!
//! - Failures per account *and* address lock that pair until the window
//!   ends: a guesser is stopped, the owner elsewhere is not.
//! - Failures per address over all accounts (a much higher bound) lock the
//!   address: one address cannot spray many accounts.
//! - Failures per account over all addresses (a much higher bound again) do
//!   not lock: past the bound each failure doubles a wait before the next
//!   attempt (1 s, 2 s, 4 s … up to the window). An address with no failures
//!   is not held by it, so the owner at a usual place is never refused
//!   because others guess.
//!
//! Only failures count, so a campus behind one address is never locked out
//! by its own successful logins.

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};

/// The attempts counted for one key in its current (or last) window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub ends_at: DateTime<Utc>,
    pub count: u32,
    /// When the last attempt was counted.
    pub last_at: DateTime<Utc>,
}

impl Window {
    /// The window after one more attempt at `now`: the open one counting one
    /// more, or a new one of `length` when there is none or it has ended.
    pub fn counted(previous: Option<Self>, now: DateTime<Utc>, length: Duration) -> Self {
        match previous {
            Some(open) if open.is_open(now) => Self {
                count: open.count.saturating_add(1),
                last_at: now,
                ..open
            },
            _ => Self {
                ends_at: later(now, length),
                count: 1,
                last_at: now,
            },
        }
    }

    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        now < self.ends_at
    }

    /// `Err(retry_after)` while the window is open and has counted `max`.
    pub fn used_up(&self, max: u32, now: DateTime<Utc>) -> Result<(), Duration> {
        if self.is_open(now) && self.count >= max {
            Err(until(now, self.ends_at))
        } else {
            Ok(())
        }
    }

    /// `Err(retry_after)` while the back-off after the last failure runs.
    fn backing_off(
        &self,
        threshold: u32,
        cap: Duration,
        now: DateTime<Utc>,
    ) -> Result<(), Duration> {
        if !self.is_open(now) {
            return Ok(());
        }
        let ready = later(self.last_at, backoff(threshold, self.count, cap));
        if now < ready {
            Err(until(now, ready))
        } else {
            Ok(())
        }
    }
}

/// The first wait once an account's failures reach the threshold.
pub const FIRST_WAIT: Duration = Duration::from_secs(1);

/// The wait after `failures` against one account: none below `threshold`,
/// then 1 s doubling with each failure, never more than `cap`.
pub fn backoff(threshold: u32, failures: u32, cap: Duration) -> Duration {
    match failures.checked_sub(threshold) {
        None => Duration::ZERO,
        Some(over) => FIRST_WAIT
            .checked_mul(2u32.saturating_pow(over.min(31)))
            .unwrap_or(cap)
            .min(cap),
    }
}

fn later(at: DateTime<Utc>, by: Duration) -> DateTime<Utc> {
    TimeDelta::from_std(by)
        .ok()
        .and_then(|by| at.checked_add_signed(by))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

fn until(now: DateTime<Utc>, then: DateTime<Utc>) -> Duration {
    (then - now).to_std().unwrap_or(Duration::ZERO)
}

/// The bounds of the login limits, all over one window length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginLimits {
    pub window: Duration,
    pub per_account_and_address: u32,
    pub per_address: u32,
    /// Failures against one account after which the back-off starts.
    pub per_account: u32,
}

/// The windows stored for one login attempt's keys. Without a client
/// address there is no pair and no address window.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LoginWindows {
    pub pair: Option<Window>,
    pub address: Option<Window>,
    pub account: Option<Window>,
}

impl LoginLimits {
    /// `Err(retry_after)` when this attempt may not be made now.
    /// `address_known`: the client's address could be told.
    pub fn check(
        &self,
        windows: &LoginWindows,
        address_known: bool,
        now: DateTime<Utc>,
    ) -> Result<(), Duration> {
        let open = |window: &Option<Window>| window.filter(|window| window.is_open(now));
        if let Some(pair) = open(&windows.pair) {
            pair.used_up(self.per_account_and_address, now)?;
        }
        if let Some(address) = open(&windows.address) {
            address.used_up(self.per_address, now)?;
        }
        // An address that has not failed is not held by others' guessing.
        let clean = address_known && open(&windows.address).is_none();
        if let (false, Some(account)) = (clean, windows.account) {
            account.backing_off(self.per_account, self.window, now)?;
        }
        Ok(())
    }
}

/// Registrations per client address: `Err(retry_after)` when `window`,
/// which has already counted this attempt, holds more than `max`.
pub fn registration_allowed(window: &Window, max: u32, now: DateTime<Utc>) -> Result<(), Duration> {
    window.used_up(max.saturating_add(1), now)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: Duration = Duration::from_secs(60);

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + seconds, 0).unwrap()
    }

    /// `count` attempts at `now`, from nothing.
    fn after(count: u32, now: DateTime<Utc>, length: Duration) -> Window {
        (0..count)
            .fold(None, |window, _| Some(Window::counted(window, now, length)))
            .expect("at least one attempt")
    }

    #[test]
    fn a_window_opens_at_the_first_attempt_and_counts_until_it_ends() {
        let window = after(3, at(0), 15 * MINUTE);
        assert_eq!(
            window,
            Window {
                ends_at: at(900),
                count: 3,
                last_at: at(0)
            }
        );
        assert_eq!(window.used_up(3, at(300)), Err(10 * MINUTE));
        assert_eq!(window.used_up(4, at(300)), Ok(()));
        assert_eq!(window.used_up(3, at(900)), Ok(()), "ended");
        // An attempt after the end opens a new window.
        let next = Window::counted(Some(window), at(960), 15 * MINUTE);
        assert_eq!((next.count, next.ends_at), (1, at(1860)));
        // The count saturates instead of wrapping.
        let full = Window {
            count: u32::MAX,
            ..window
        };
        assert_eq!(Window::counted(Some(full), at(1), MINUTE).count, u32::MAX);
    }

    fn limits(pair: u32, address: u32, account: u32) -> LoginLimits {
        LoginLimits {
            window: 15 * MINUTE,
            per_account_and_address: pair,
            per_address: address,
            per_account: account,
        }
    }

    /// Every key failed `count` times at `now`.
    fn failed(count: u32, now: DateTime<Utc>) -> LoginWindows {
        let window = Some(after(count, now, 15 * MINUTE));
        LoginWindows {
            pair: window,
            address: window,
            account: window,
        }
    }

    #[test]
    fn a_guessers_failures_lock_the_pair_not_the_owner() {
        let limits = limits(10, 500, 100);
        let guesser = failed(10, at(0));
        assert_eq!(limits.check(&guesser, true, at(60)), Err(14 * MINUTE));
        // The owner elsewhere: the account's failures, no pair, no address.
        let owner = LoginWindows {
            account: guesser.account,
            ..LoginWindows::default()
        };
        assert_eq!(limits.check(&owner, true, at(60)), Ok(()));
        assert_eq!(limits.check(&failed(9, at(0)), true, at(60)), Ok(()));
    }

    #[test]
    fn an_address_failing_against_many_accounts_is_locked() {
        let limits = limits(2, 3, 100);
        let spraying = LoginWindows {
            address: Some(after(3, at(0), 15 * MINUTE)),
            ..LoginWindows::default()
        };
        assert_eq!(limits.check(&spraying, true, at(0)), Err(15 * MINUTE));
        assert_eq!(limits.check(&spraying, true, at(900)), Ok(()));
    }

    #[test]
    fn many_addresses_meet_a_doubling_wait_not_a_lock() {
        let limits = limits(10, 500, 3);
        let mut account = None;
        let mut now = at(0);
        let mut waits = Vec::new();
        for _ in 0..8 {
            let windows = LoginWindows {
                account,
                address: Some(after(1, at(0), 15 * MINUTE)),
                ..LoginWindows::default()
            };
            if let Err(wait) = limits.check(&windows, true, now) {
                waits.push(wait);
                now += TimeDelta::from_std(wait).unwrap();
            }
            assert_eq!(limits.check(&windows, true, now), Ok(()));
            account = Some(Window::counted(account, now, 15 * MINUTE));
        }
        assert_eq!(waits, [1, 2, 4, 8, 16].map(Duration::from_secs));
        let held = LoginWindows {
            account,
            ..LoginWindows::default()
        };
        // An address with no failures is not held; the owner logs in…
        assert_eq!(limits.check(&held, true, now), Ok(()));
        // …but without an address to tell, the wait holds.
        assert_eq!(
            limits.check(&held, false, now),
            Err(Duration::from_secs(32))
        );
        // Once the window ends, so does the wait.
        assert_eq!(
            limits.check(&held, false, now + TimeDelta::hours(1)),
            Ok(())
        );
    }

    #[test]
    fn the_wait_doubles_from_the_threshold_up_to_the_cap() {
        let cap = 15 * MINUTE;
        assert_eq!(backoff(3, 2, cap), Duration::ZERO);
        assert_eq!(backoff(3, 3, cap), Duration::from_secs(1));
        assert_eq!(backoff(3, 4, cap), Duration::from_secs(2));
        assert_eq!(backoff(3, 60, cap), cap);
        assert_eq!(backoff(3, u32::MAX, cap), cap);
    }

    #[test]
    fn registrations_count_this_attempt_and_refuse_past_the_bound() {
        let hour = 60 * MINUTE;
        for count in 1..=3 {
            assert_eq!(
                registration_allowed(&after(count, at(0), hour), 3, at(0)),
                Ok(())
            );
        }
        assert_eq!(
            registration_allowed(&after(4, at(0), hour), 3, at(60)),
            Err(59 * MINUTE)
        );
    }
}
