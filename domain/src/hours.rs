//! The hours ledger: every minute of volunteering as an entry that a member
//! of the organisation approves or rejects, once.
//!
//! An entry is `pending` when the volunteer reports it and `approved` when
//! the organisation records attendance itself. A decided entry never
//! changes: a correction is a new entry that names the one it corrects.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::Warsaw;

use crate::InvalidValue;

string_enum!(
    /// Where an entry of the hours ledger stands.
    HourStatus {
        Pending = "pending",
        Approved = "approved",
        Rejected = "rejected",
    }
);

/// A day's whole: nobody volunteers more than 24 hours on one date.
pub const MINUTES_PER_DAY: i64 = 24 * 60;

/// Minutes of volunteering in one entry: more than none, and at most what
/// the work could have taken (the shift's length for a shift, else a day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Minutes(u16);

impl Minutes {
    /// `minutes`, which must be more than 0 and at most `limit` (itself at
    /// most a day).
    pub fn new(minutes: i64, limit: MinutesLimit) -> Result<Self, InvalidValue> {
        let most = limit.minutes();
        if minutes < 1 {
            return Err(InvalidValue::new("must be more than 0"));
        }
        if minutes > most {
            return Err(InvalidValue::new(match limit {
                MinutesLimit::Day => format!("must be at most {MINUTES_PER_DAY} (24 hours)"),
                MinutesLimit::Shift { .. } => {
                    format!("must not exceed the shift's length ({most} minutes)")
                }
            }));
        }
        // At most a day's minutes, which fit in 16 bits.
        Ok(Self(minutes as u16))
    }

    pub fn get(self) -> u16 {
        self.0
    }
}

/// What bounds an entry's minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinutesLimit {
    /// Work outside any shift: a day.
    Day,
    /// Work on a shift: its length, itself at most a day.
    Shift {
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
    },
}

impl MinutesLimit {
    /// The most minutes an entry may hold (never less than 1, never more
    /// than a day).
    pub fn minutes(self) -> i64 {
        match self {
            Self::Day => MINUTES_PER_DAY,
            Self::Shift { starts_at, ends_at } => (ends_at - starts_at)
                .num_minutes()
                .clamp(1, MINUTES_PER_DAY),
        }
    }
}

/// The date of `at` in Toruń's calendar: the day a shift's hours are on.
pub fn torun_date(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&Warsaw).date_naive()
}

/// The date work was done on, in Toruń's calendar: not after today there.
pub fn work_date(date: NaiveDate, now: DateTime<Utc>) -> Result<NaiveDate, InvalidValue> {
    let today = torun_date(now);
    if date > today {
        return Err(InvalidValue::new(format!(
            "must not be in the future (today is {today} in Toruń)"
        )));
    }
    Ok(date)
}

/// What a member decides about a pending entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Reject,
}

/// Why a decision cannot be taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DecisionRefused {
    #[error("the entry was already {0}; a correction is a new entry")]
    AlreadyDecided(HourStatus),
}

impl HourStatus {
    /// The status after `decision`: only a pending entry is decided, once.
    pub fn decide(self, decision: Decision) -> Result<Self, DecisionRefused> {
        match self {
            Self::Pending => Ok(match decision {
                Decision::Approve => Self::Approved,
                Decision::Reject => Self::Rejected,
            }),
            decided => Err(DecisionRefused::AlreadyDecided(decided)),
        }
    }

    /// Whether the entry counts in totals and certificates.
    pub fn counts(self) -> bool {
        self == Self::Approved
    }
}

/// The entry of a chain of corrections that nothing corrects: the one whose
/// minutes count now (`None` for an empty chain). `id` and `corrects` read
/// an entry's own id and the id of the entry it corrects.
pub fn counting_entry<T, K: PartialEq>(
    chain: &[T],
    id: impl Fn(&T) -> K,
    corrects: impl Fn(&T) -> Option<K>,
) -> Option<&T> {
    chain
        .iter()
        .find(|entry| !chain.iter().any(|other| corrects(other) == Some(id(entry))))
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;

    fn shift(hours: i64) -> MinutesLimit {
        let starts_at = Utc.with_ymd_and_hms(2026, 12, 5, 8, 0, 0).unwrap();
        MinutesLimit::Shift {
            starts_at,
            ends_at: starts_at + chrono::Duration::hours(hours),
        }
    }

    #[test]
    fn minutes_are_more_than_none_and_at_most_the_work() {
        assert_eq!(Minutes::new(1, MinutesLimit::Day).unwrap().get(), 1);
        assert_eq!(Minutes::new(1440, MinutesLimit::Day).unwrap().get(), 1440);
        for bad in [0, -5, 1441, i64::MAX, i64::MIN] {
            assert!(Minutes::new(bad, MinutesLimit::Day).is_err(), "{bad}");
        }
        assert_eq!(Minutes::new(180, shift(3)).unwrap().get(), 180);
        assert_eq!(
            Minutes::new(181, shift(3)).unwrap_err().message,
            "must not exceed the shift's length (180 minutes)"
        );
    }

    #[test]
    fn a_work_date_is_not_after_today_in_torun() {
        // 23:30 UTC on 30 November is already 1 December in Toruń.
        let now = Utc.with_ymd_and_hms(2026, 11, 30, 23, 30, 0).unwrap();
        let date = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        assert!(work_date(date(1), now).is_ok());
        assert!(work_date(date(2), now).is_err());
        assert!(work_date(NaiveDate::from_ymd_opt(2020, 1, 1).unwrap(), now).is_ok());
    }

    #[test]
    fn only_a_pending_entry_is_decided_and_only_once() {
        use HourStatus::*;
        assert_eq!(Pending.decide(Decision::Approve), Ok(Approved));
        assert_eq!(Pending.decide(Decision::Reject), Ok(Rejected));
        for decided in [Approved, Rejected] {
            for decision in [Decision::Approve, Decision::Reject] {
                assert_eq!(
                    decided.decide(decision),
                    Err(DecisionRefused::AlreadyDecided(decided))
                );
            }
        }
        assert!(Approved.counts() && !Pending.counts() && !Rejected.counts());
    }

    #[test]
    fn the_entry_nothing_corrects_is_the_one_that_counts() {
        // (id, corrects, minutes), in any order.
        let chain = [(2, Some(1), 180), (1, None, 150), (3, Some(2), 0)];
        let counting =
            |chain: &[(u8, Option<u8>, u16)]| counting_entry(chain, |e| e.0, |e| e.1).map(|e| e.2);
        assert_eq!(counting(&chain), Some(0));
        assert_eq!(counting(&chain[..2]), Some(180));
        assert_eq!(counting(&chain[1..2]), Some(150));
        assert_eq!(counting(&[]), None);
    }

    proptest! {
        #[test]
        fn accepted_minutes_never_exceed_the_limit(minutes in any::<i64>(), hours in 0i64..30) {
            let limit = shift(hours);
            if let Ok(accepted) = Minutes::new(minutes, limit) {
                prop_assert!(i64::from(accepted.get()) <= limit.minutes());
                prop_assert!(accepted.get() >= 1);
                prop_assert!(i64::from(accepted.get()) <= MINUTES_PER_DAY);
            }
        }
    }
}
