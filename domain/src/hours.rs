//! The hours ledger: every minute of volunteering as an entry that a member
//! of the organisation approves or rejects, once.
//!
//! An entry is `pending` when the volunteer reports it and `approved` when
//! the organisation records attendance itself. A decided entry never
//! changes: a correction is a new entry that names the one it corrects.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
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

text_value!(
    /// What the work was, in the volunteer's words: up to 1 000 characters.
    HoursDescription, 0, 1000, multiline = true
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
    if date.year() < FIRST_WORK_YEAR {
        return Err(InvalidValue::new(format!(
            "must be in {FIRST_WORK_YEAR} or later"
        )));
    }
    if date > today {
        return Err(InvalidValue::new(format!(
            "must not be in the future (today is {today} in Toruń)"
        )));
    }
    Ok(date)
}

/// The earliest date work may be reported for: hours older than this are
/// beyond any use a certificate has, and a bound keeps dates sane.
pub const FIRST_WORK_YEAR: i32 = 2000;

/// The most entries a volunteer may have waiting for one organisation's
/// decision: a bound on what one account can put in a review queue.
pub const MAX_PENDING_PER_ORGANIZATION: i64 = 100;

/// Whether `minutes` more fit on a date on which the volunteer already has
/// `others` minutes (approved and counting, or pending: the day as it would
/// be if everything waiting were approved).
pub fn fits_in_day(others: i64, minutes: i64) -> Result<(), InvalidValue> {
    if others + minutes > MINUTES_PER_DAY {
        return Err(InvalidValue::new(format!(
            "with the {others} minutes already on that date, this would exceed 24 hours"
        )));
    }
    Ok(())
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
    #[error("nobody decides on their own hours; another member of the organisation does")]
    OwnEntry,
    #[error("the entry this corrects no longer counts: another correction was approved since")]
    Superseded,
}

/// What a decision is about: the entry's status, whose hours they are,
/// and, for a correction, whether the entry it corrects still counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decidable {
    pub status: HourStatus,
    pub own: bool,
    pub corrected_still_counts: Option<bool>,
}

impl Decidable {
    /// The status after `decision` by a member: a pending entry, decided
    /// once, never by the volunteer themself; a correction is approved only
    /// while the entry it corrects still counts (rejecting it is always
    /// possible).
    pub fn decide(self, decision: Decision) -> Result<HourStatus, DecisionRefused> {
        let decided = self.status.decide(decision)?;
        if self.own {
            return Err(DecisionRefused::OwnEntry);
        }
        if decision == Decision::Approve && self.corrected_still_counts == Some(false) {
            return Err(DecisionRefused::Superseded);
        }
        Ok(decided)
    }
}

/// Why a sign-up's hours cannot be reported by its volunteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReportRefused {
    #[error("hours are reported for a sign-up that was confirmed and whose shift has started")]
    NotWorked,
    #[error("the shift was cancelled; nobody worked on it")]
    ShiftCancelled,
}

/// Whether the volunteer may report hours for a sign-up in `status` whose
/// shift started (`started`) and was not cancelled: they attended, were
/// confirmed and the organisation has not recorded attendance yet, or were
/// recorded as absent and say they came.
pub fn reportable(
    status: crate::signup::ApplicationStatus,
    started: bool,
    cancelled: bool,
) -> Result<(), ReportRefused> {
    use crate::signup::ApplicationStatus::*;
    if cancelled {
        return Err(ReportRefused::ShiftCancelled);
    }
    match status {
        Attended | NoShow | Confirmed if started => Ok(()),
        _ => Err(ReportRefused::NotWorked),
    }
}

/// Approved hours summed by organisation, by month and by cause.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals<O: Ord, C: Ord> {
    pub minutes: i64,
    pub by_organization: std::collections::BTreeMap<O, i64>,
    /// Months as `(year, month)`.
    pub by_month: std::collections::BTreeMap<(i32, u32), i64>,
    /// `None`: work outside any opportunity.
    pub by_cause: std::collections::BTreeMap<Option<C>, i64>,
}

impl<O: Ord, C: Ord> Totals<O, C> {
    /// The totals of counting entries given as (organisation, date, cause,
    /// minutes); groups of them add up the same.
    pub fn of(entries: impl IntoIterator<Item = (O, NaiveDate, Option<C>, i64)>) -> Self
    where
        O: Clone,
        C: Clone,
    {
        let mut totals = Self {
            minutes: 0,
            by_organization: Default::default(),
            by_month: Default::default(),
            by_cause: Default::default(),
        };
        for (organization, date, cause, minutes) in entries {
            totals.minutes += minutes;
            *totals.by_organization.entry(organization).or_default() += minutes;
            *totals
                .by_month
                .entry((date.year(), date.month()))
                .or_default() += minutes;
            *totals.by_cause.entry(cause).or_default() += minutes;
        }
        totals
    }
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

/// The entry of a chain of approved corrections that no other corrects: the
/// one whose minutes count now (`None` for an empty chain). Pending and
/// rejected corrections do not belong to the chain. `id` and `corrects` read
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

    #[test]
    fn a_day_holds_24_hours_of_everything_reported() {
        assert!(fits_in_day(0, 1440).is_ok());
        assert!(fits_in_day(1200, 240).is_ok());
        assert_eq!(
            fits_in_day(1200, 241).unwrap_err().message,
            "with the 1200 minutes already on that date, this would exceed 24 hours"
        );
    }

    #[test]
    fn work_dates_start_in_2000() {
        let now = Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap();
        assert!(work_date(NaiveDate::from_ymd_opt(1999, 12, 31).unwrap(), now).is_err());
        assert!(work_date(NaiveDate::from_ymd_opt(2000, 1, 1).unwrap(), now).is_ok());
    }

    #[test]
    fn nobody_decides_their_own_hours_and_stale_corrections_are_not_approved() {
        use HourStatus::*;
        let pending = Decidable {
            status: Pending,
            own: false,
            corrected_still_counts: None,
        };
        assert_eq!(pending.decide(Decision::Approve), Ok(Approved));
        let own = Decidable {
            own: true,
            ..pending
        };
        assert_eq!(
            own.decide(Decision::Approve),
            Err(DecisionRefused::OwnEntry)
        );
        assert_eq!(own.decide(Decision::Reject), Err(DecisionRefused::OwnEntry));
        let stale = Decidable {
            corrected_still_counts: Some(false),
            ..pending
        };
        assert_eq!(
            stale.decide(Decision::Approve),
            Err(DecisionRefused::Superseded)
        );
        assert_eq!(stale.decide(Decision::Reject), Ok(Rejected));
        let decided = Decidable {
            status: Approved,
            ..own
        };
        assert_eq!(
            decided.decide(Decision::Reject),
            Err(DecisionRefused::AlreadyDecided(Approved))
        );
    }

    #[test]
    fn hours_are_reported_for_worked_sign_ups_only() {
        use crate::signup::ApplicationStatus::*;
        for status in [Attended, NoShow, Confirmed] {
            assert_eq!(reportable(status, true, false), Ok(()), "{status:?}");
            assert_eq!(
                reportable(status, true, true),
                Err(ReportRefused::ShiftCancelled)
            );
        }
        assert_eq!(
            reportable(Confirmed, false, false),
            Err(ReportRefused::NotWorked)
        );
        for status in [Pending, Waitlisted, Rejected, Withdrawn] {
            assert_eq!(
                reportable(status, true, false),
                Err(ReportRefused::NotWorked),
                "{status:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn totals_add_up_the_same_every_way(
            entries in proptest::collection::vec(
                (0u8..4, 0u32..60, proptest::option::of(0u8..3), 1i64..=1440),
                0..50,
            )
        ) {
            let day = |n: u32| NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(u64::from(n) * 7);
            let totals = Totals::of(entries.iter().map(|&(o, d, c, m)| (o, day(d), c, m)));
            let sum: i64 = entries.iter().map(|e| e.3).sum();
            prop_assert_eq!(totals.minutes, sum);
            prop_assert_eq!(totals.by_organization.values().sum::<i64>(), sum);
            prop_assert_eq!(totals.by_month.values().sum::<i64>(), sum);
            prop_assert_eq!(totals.by_cause.values().sum::<i64>(), sum);
        }

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
