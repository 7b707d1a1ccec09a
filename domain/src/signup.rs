//! Signing up for a shift: who may, and whether the answer is confirmed,
//! pending review or waitlisted. Also the waitlist's order of promotion.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::Warsaw;

use crate::opportunity::OpportunityStatus;

string_enum!(
    /// Where a sign-up stands.
    ApplicationStatus {
        Pending = "pending",
        Confirmed = "confirmed",
        Waitlisted = "waitlisted",
        Rejected = "rejected",
        Withdrawn = "withdrawn",
        Attended = "attended",
        NoShow = "no_show",
    }
);

/// Everything the sign-up rules look at, gathered by the caller inside the
/// transaction that holds the shift's lock.
#[derive(Debug, Clone, Copy)]
pub struct SignupFacts {
    pub opportunity: OpportunityStatus,
    pub shift_cancelled: bool,
    pub shift_starts_at: DateTime<Utc>,
    pub now: DateTime<Utc>,
    pub min_age: u8,
    pub requires_review: bool,
    pub works_with_children: bool,
    /// The organisation recorded its safeguarding checks for this volunteer.
    pub safeguarding_recorded: bool,
    /// `None` when the volunteer has no profile yet.
    pub volunteer: Option<VolunteerFacts>,
    pub already_signed_up: bool,
    /// The volunteer holds a confirmed shift overlapping this one.
    pub overlaps_confirmed: bool,
    pub has_free_place: bool,
}

#[derive(Debug, Clone, Copy)]
pub struct VolunteerFacts {
    /// Age on the shift's day (Europe/Warsaw); `None` without a birth date.
    pub age_on_shift_day: Option<u32>,
    pub guardian_consent: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SignupRefusal {
    #[error("the opportunity is not published")]
    NotPublished,
    #[error("the shift was cancelled")]
    ShiftCancelled,
    #[error("the shift has already started")]
    ShiftStarted,
    #[error("create your volunteer profile (PUT /api/v1/me/volunteer-profile) before signing up")]
    NoProfile,
    #[error("add your birth date to your volunteer profile before signing up")]
    NoBirthDate,
    #[error(
        "this opportunity needs volunteers aged at least {min_age}; on the shift's day you will be {age}"
    )]
    TooYoung { min_age: u8, age: u32 },
    #[error("volunteers under 18 need a guardian's consent recorded in their profile")]
    MinorWithoutConsent,
    #[error("you are already signed up for this shift")]
    AlreadySignedUp,
    #[error("you hold a confirmed shift that overlaps this one")]
    Overlap,
}

impl SignupRefusal {
    /// Refusals about the state of things (409) rather than the person (422 would be wrong too).
    pub fn is_conflict(self) -> bool {
        matches!(
            self,
            Self::AlreadySignedUp
                | Self::Overlap
                | Self::NotPublished
                | Self::ShiftCancelled
                | Self::ShiftStarted
        )
    }
}

pub use crate::volunteer::{ADULT_AGE, age_on};

/// The calendar day a shift happens on, in Toruń: ages are counted on it.
pub fn local_day(starts_at: DateTime<Utc>) -> NaiveDate {
    starts_at.with_timezone(&Warsaw).date_naive()
}

/// Decides a sign-up. Rules are checked in the order a volunteer would fix
/// them: the shift itself, then who they are, then what they already hold.
pub fn decide_signup(facts: &SignupFacts) -> Result<ApplicationStatus, SignupRefusal> {
    if facts.opportunity != OpportunityStatus::Published {
        return Err(SignupRefusal::NotPublished);
    }
    if facts.shift_cancelled {
        return Err(SignupRefusal::ShiftCancelled);
    }
    if facts.shift_starts_at <= facts.now {
        return Err(SignupRefusal::ShiftStarted);
    }
    let volunteer = facts.volunteer.ok_or(SignupRefusal::NoProfile)?;
    let age = volunteer
        .age_on_shift_day
        .ok_or(SignupRefusal::NoBirthDate)?;
    if age < u32::from(facts.min_age) {
        return Err(SignupRefusal::TooYoung {
            min_age: facts.min_age,
            age,
        });
    }
    if age < ADULT_AGE && !volunteer.guardian_consent {
        return Err(SignupRefusal::MinorWithoutConsent);
    }
    if facts.already_signed_up {
        return Err(SignupRefusal::AlreadySignedUp);
    }
    if facts.overlaps_confirmed {
        return Err(SignupRefusal::Overlap);
    }
    Ok(
        if facts.requires_review || (facts.works_with_children && !facts.safeguarding_recorded) {
            ApplicationStatus::Pending
        } else if facts.has_free_place {
            ApplicationStatus::Confirmed
        } else {
            ApplicationStatus::Waitlisted
        },
    )
}

/// Which waitlisted sign-ups take the free places: first come, first
/// served, skipping anyone whose promotion would overlap a confirmed shift
/// of theirs. `queue` is in arrival order; `overlaps` tells who would.
pub fn promotions<T>(queue: &[T], free_places: usize, overlaps: impl Fn(&T) -> bool) -> Vec<&T> {
    queue
        .iter()
        .filter(|candidate| !overlaps(candidate))
        .take(free_places)
        .collect()
}

#[cfg(test)]
mod tests {
    use chrono::TimeDelta;
    use proptest::prelude::*;

    use super::*;

    fn facts() -> SignupFacts {
        let now = DateTime::UNIX_EPOCH + TimeDelta::days(20_000);
        SignupFacts {
            opportunity: OpportunityStatus::Published,
            shift_cancelled: false,
            shift_starts_at: now + TimeDelta::days(3),
            now,
            min_age: 16,
            requires_review: false,
            works_with_children: false,
            safeguarding_recorded: false,
            volunteer: Some(VolunteerFacts {
                age_on_shift_day: Some(30),
                guardian_consent: false,
            }),
            already_signed_up: false,
            overlaps_confirmed: false,
            has_free_place: true,
        }
    }

    #[test]
    fn a_free_place_confirms_a_full_shift_waitlists() {
        assert_eq!(decide_signup(&facts()), Ok(ApplicationStatus::Confirmed));
        let full = SignupFacts {
            has_free_place: false,
            ..facts()
        };
        assert_eq!(decide_signup(&full), Ok(ApplicationStatus::Waitlisted));
    }

    #[test]
    fn review_and_missing_safeguarding_make_it_pending() {
        let review = SignupFacts {
            requires_review: true,
            ..facts()
        };
        assert_eq!(decide_signup(&review), Ok(ApplicationStatus::Pending));
        let children = SignupFacts {
            works_with_children: true,
            ..facts()
        };
        assert_eq!(decide_signup(&children), Ok(ApplicationStatus::Pending));
        let checked = SignupFacts {
            works_with_children: true,
            safeguarding_recorded: true,
            ..facts()
        };
        assert_eq!(decide_signup(&checked), Ok(ApplicationStatus::Confirmed));
    }

    #[test]
    fn each_rule_refuses_with_its_reason() {
        let cases = [
            (
                SignupFacts {
                    opportunity: OpportunityStatus::Draft,
                    ..facts()
                },
                SignupRefusal::NotPublished,
            ),
            (
                SignupFacts {
                    shift_cancelled: true,
                    ..facts()
                },
                SignupRefusal::ShiftCancelled,
            ),
            (
                SignupFacts {
                    shift_starts_at: facts().now,
                    ..facts()
                },
                SignupRefusal::ShiftStarted,
            ),
            (
                SignupFacts {
                    volunteer: None,
                    ..facts()
                },
                SignupRefusal::NoProfile,
            ),
            (
                SignupFacts {
                    volunteer: Some(VolunteerFacts {
                        age_on_shift_day: None,
                        guardian_consent: true,
                    }),
                    ..facts()
                },
                SignupRefusal::NoBirthDate,
            ),
            (
                SignupFacts {
                    volunteer: Some(VolunteerFacts {
                        age_on_shift_day: Some(15),
                        guardian_consent: true,
                    }),
                    ..facts()
                },
                SignupRefusal::TooYoung {
                    min_age: 16,
                    age: 15,
                },
            ),
            (
                SignupFacts {
                    volunteer: Some(VolunteerFacts {
                        age_on_shift_day: Some(17),
                        guardian_consent: false,
                    }),
                    ..facts()
                },
                SignupRefusal::MinorWithoutConsent,
            ),
            (
                SignupFacts {
                    already_signed_up: true,
                    ..facts()
                },
                SignupRefusal::AlreadySignedUp,
            ),
            (
                SignupFacts {
                    overlaps_confirmed: true,
                    ..facts()
                },
                SignupRefusal::Overlap,
            ),
        ];
        for (facts, refusal) in cases {
            assert_eq!(decide_signup(&facts), Err(refusal));
        }
        let consented_minor = SignupFacts {
            volunteer: Some(VolunteerFacts {
                age_on_shift_day: Some(17),
                guardian_consent: true,
            }),
            ..facts()
        };
        assert_eq!(
            decide_signup(&consented_minor),
            Ok(ApplicationStatus::Confirmed)
        );
    }

    #[test]
    fn ages_count_on_the_local_day_of_the_shift() {
        let birth = NaiveDate::from_ymd_opt(2008, 11, 26).unwrap();
        // 23:30 UTC on the 25th is already the 26th in Toruń: the 18th birthday.
        let shift = DateTime::parse_from_rfc3339("2026-11-25T23:30:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(
            local_day(shift),
            NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
        );
        assert_eq!(age_on(birth, local_day(shift)), 18);
        assert_eq!(
            age_on(birth, NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()),
            17
        );
        // Polish Civil Code, art. 112: born on 29 February, a year older on
        // 28 February in common years.
        let leap = NaiveDate::from_ymd_opt(2012, 2, 29).unwrap();
        let on = |y, m, d| age_on(leap, NaiveDate::from_ymd_opt(y, m, d).unwrap());
        assert_eq!(on(2025, 2, 27), 12);
        assert_eq!(on(2025, 2, 28), 13);
        assert_eq!(on(2028, 2, 29), 16);
    }

    #[test]
    fn promotion_skips_those_who_would_overlap() {
        let queue = ["ala", "ola", "ewa"];
        assert_eq!(promotions(&queue, 1, |name| *name == "ala"), [&"ola"]);
        assert_eq!(promotions(&queue, 2, |_| false), [&"ala", &"ola"]);
        assert_eq!(
            promotions(&queue, 5, |name| *name == "ola"),
            [&"ala", &"ewa"]
        );
        assert!(promotions(&queue, 0, |_| false).is_empty());
        assert!(promotions(&queue, 3, |_| true).is_empty());
    }

    proptest! {
        #[test]
        fn a_refused_overlap_or_full_shift_never_confirms(full in any::<bool>(), overlap in any::<bool>(), review in any::<bool>()) {
            let facts = SignupFacts { has_free_place: !full, overlaps_confirmed: overlap, requires_review: review, ..facts() };
            let decided = decide_signup(&facts);
            if full || overlap {
                prop_assert_ne!(decided, Ok(ApplicationStatus::Confirmed));
            }
        }
    }
}
