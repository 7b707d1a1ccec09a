//! Opportunities and their shifts: what an organisation offers, when it may
//! be published, and what a shift may look like.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone, Utc};
use chrono_tz::Europe::Warsaw;

use crate::{InvalidValue, organization::OrganizationStatus};

string_enum!(
    /// Drafts are private to the organisation; published ones take sign-ups;
    /// closed ones are kept for the record.
    OpportunityStatus { Draft = "draft", Published = "published", Closed = "closed" }
);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StatusConflict {
    #[error("the organisation is not verified yet; city staff must verify it before it publishes")]
    OrganizationNotVerified,
    #[error("the opportunity is already published")]
    AlreadyPublished,
    #[error("the opportunity is closed; closed opportunities stay closed")]
    Closed,
    #[error("the opportunity is already closed")]
    AlreadyClosed,
}

impl OpportunityStatus {
    pub fn publish(self, organization: OrganizationStatus) -> Result<Self, StatusConflict> {
        match self {
            Self::Published => Err(StatusConflict::AlreadyPublished),
            Self::Closed => Err(StatusConflict::Closed),
            Self::Draft if organization != OrganizationStatus::Verified => {
                Err(StatusConflict::OrganizationNotVerified)
            }
            Self::Draft => Ok(Self::Published),
        }
    }

    pub fn close(self) -> Result<Self, StatusConflict> {
        match self {
            Self::Closed => Err(StatusConflict::AlreadyClosed),
            Self::Draft | Self::Published => Ok(Self::Closed),
        }
    }

    /// Drafts and closed opportunities are for the organisation and staff only.
    pub fn is_public(self) -> bool {
        self == Self::Published
    }
}

text_value!(
    /// 3 to 200 characters.
    Title, 3, 200, multiline = false
);
text_value!(
    /// Up to 10 000 characters; may be empty.
    OpportunityDescription, 0, 10_000, multiline = true
);

/// 13 to 99: the youngest volunteers HOP serves are 13.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct MinAge(u8);

impl MinAge {
    pub fn new(age: i64) -> Result<Self, InvalidValue> {
        match u8::try_from(age) {
            Ok(age @ 13..=99) => Ok(Self(age)),
            _ => Err(InvalidValue::new("must be between 13 and 99")),
        }
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

/// A shift's time: it ends after it starts, and lasts at most 24 hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShiftTime {
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
}

impl ShiftTime {
    pub const MAX_LENGTH: TimeDelta = TimeDelta::hours(24);

    /// Errors name the offending end: `starts_at` or `ends_at`.
    pub fn new(
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
    ) -> Result<Self, (&'static str, InvalidValue)> {
        crate::bounds::instant(starts_at).map_err(|err| ("starts_at", err))?;
        crate::bounds::instant(ends_at).map_err(|err| ("ends_at", err))?;
        if ends_at <= starts_at {
            return Err(("ends_at", InvalidValue::new("must be after starts_at")));
        }
        if ends_at - starts_at > Self::MAX_LENGTH {
            return Err((
                "ends_at",
                InvalidValue::new("a shift lasts at most 24 hours"),
            ));
        }
        Ok(Self { starts_at, ends_at })
    }

    pub fn starts_at(self) -> DateTime<Utc> {
        self.starts_at
    }

    pub fn ends_at(self) -> DateTime<Utc> {
        self.ends_at
    }

    pub fn overlaps(self, other: Self) -> bool {
        self.starts_at < other.ends_at && other.starts_at < self.ends_at
    }
}

/// The moment a shift's form means by a day and a time on Toruń's clocks:
/// the earlier of the two when the clocks go back, none when they skip it.
pub fn torun_instant(date: NaiveDate, time: NaiveTime) -> Result<DateTime<Utc>, InvalidValue> {
    Warsaw
        .from_local_datetime(&date.and_time(time))
        .earliest()
        .map(|local| local.with_timezone(&Utc))
        .ok_or_else(|| InvalidValue::new("does not exist in Toruń: the clocks skip it"))
}

/// What Toruń's clocks show at `at`.
pub fn torun_local(at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&Warsaw).naive_local()
}

/// 1 to 10 000 places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Capacity(u32);

impl Capacity {
    pub fn new(places: i64) -> Result<Self, InvalidValue> {
        match u32::try_from(places) {
            Ok(places @ 1..=10_000) => Ok(Self(places)),
            _ => Err(InvalidValue::new("must be between 1 and 10000")),
        }
    }

    pub fn get(self) -> u32 {
        self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("capacity {capacity} is below the {confirmed} volunteers already confirmed")]
pub struct CapacityBelowConfirmed {
    pub capacity: u32,
    pub confirmed: u32,
}

/// A new capacity must leave room for everyone already confirmed.
pub fn check_capacity_change(
    capacity: Capacity,
    confirmed: u32,
) -> Result<(), CapacityBelowConfirmed> {
    if capacity.get() < confirmed {
        Err(CapacityBelowConfirmed {
            capacity: capacity.get(),
            confirmed,
        })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_time_on_torun_clocks_is_a_moment_in_utc_across_the_clock_changes() {
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        let at = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        let winter = torun_instant(day(12, 5), at(9, 0)).unwrap();
        assert_eq!(winter, Utc.with_ymd_and_hms(2026, 12, 5, 8, 0, 0).unwrap());
        assert_eq!(torun_local(winter), day(12, 5).and_time(at(9, 0)));
        let summer = torun_instant(day(7, 4), at(9, 0)).unwrap();
        assert_eq!(summer, Utc.with_ymd_and_hms(2026, 7, 4, 7, 0, 0).unwrap());
        // 29 March 2026: 02:30 is skipped; 25 October: 02:30 happens twice.
        assert!(torun_instant(day(3, 29), at(2, 30)).is_err());
        let twice = torun_instant(day(10, 25), at(2, 30)).unwrap();
        assert_eq!(twice, Utc.with_ymd_and_hms(2026, 10, 25, 0, 30, 0).unwrap());
    }

    #[test]
    fn publishing_needs_a_verified_organisation() {
        use OpportunityStatus::*;
        assert_eq!(Draft.publish(OrganizationStatus::Verified), Ok(Published));
        assert_eq!(
            Draft.publish(OrganizationStatus::Pending),
            Err(StatusConflict::OrganizationNotVerified)
        );
        assert_eq!(
            Draft.publish(OrganizationStatus::Rejected),
            Err(StatusConflict::OrganizationNotVerified)
        );
        assert_eq!(
            Published.publish(OrganizationStatus::Verified),
            Err(StatusConflict::AlreadyPublished)
        );
        assert_eq!(
            Closed.publish(OrganizationStatus::Verified),
            Err(StatusConflict::Closed)
        );
        assert_eq!(Published.close(), Ok(Closed));
        assert_eq!(Draft.close(), Ok(Closed));
        assert_eq!(Closed.close(), Err(StatusConflict::AlreadyClosed));
        assert!(Published.is_public() && !Draft.is_public() && !Closed.is_public());
    }

    #[test]
    fn shift_times_end_after_they_start_within_a_day() {
        let start = DateTime::parse_from_rfc3339("2026-03-28T09:00:00+01:00")
            .unwrap()
            .to_utc();
        assert!(ShiftTime::new(start, start + TimeDelta::hours(3)).is_ok());
        assert!(ShiftTime::new(start, start + TimeDelta::hours(24)).is_ok());
        assert_eq!(ShiftTime::new(start, start).unwrap_err().0, "ends_at");
        assert!(
            ShiftTime::new(start, start + TimeDelta::hours(24) + TimeDelta::seconds(1)).is_err()
        );
        let far: DateTime<Utc> = "+200000-01-01T00:00:00Z".parse().unwrap();
        assert_eq!(
            ShiftTime::new(far, far + TimeDelta::hours(1))
                .unwrap_err()
                .0,
            "starts_at"
        );
        let last: DateTime<Utc> = "9999-12-31T23:00:00Z".parse().unwrap();
        assert_eq!(
            ShiftTime::new(last, last + TimeDelta::hours(2))
                .unwrap_err()
                .0,
            "ends_at"
        );
    }

    #[test]
    fn capacity_cannot_drop_below_the_confirmed() {
        assert!(check_capacity_change(Capacity::new(5).unwrap(), 5).is_ok());
        assert_eq!(
            check_capacity_change(Capacity::new(4).unwrap(), 5),
            Err(CapacityBelowConfirmed {
                capacity: 4,
                confirmed: 5
            })
        );
        assert!(Capacity::new(0).is_err() && Capacity::new(10_001).is_err());
        assert!(MinAge::new(12).is_err() && MinAge::new(100).is_err() && MinAge::new(16).is_ok());
    }

    proptest! {
        #[test]
        fn overlap_is_symmetric_and_excludes_touching_shifts(a in 0i64..100, la in 1i64..24, b in 0i64..100, lb in 1i64..24) {
            let base = DateTime::UNIX_EPOCH;
            let first = ShiftTime::new(base + TimeDelta::hours(a), base + TimeDelta::hours(a + la)).unwrap();
            let second = ShiftTime::new(base + TimeDelta::hours(b), base + TimeDelta::hours(b + lb)).unwrap();
            prop_assert_eq!(first.overlaps(second), second.overlaps(first));
            if a + la == b || b + lb == a {
                prop_assert!(!first.overlaps(second), "back-to-back shifts do not overlap");
            }
        }
    }
}
