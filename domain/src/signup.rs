//! Signing up for a shift: who may, and whether the answer is confirmed,
//! pending review or waitlisted. Also the waitlist's order of promotion.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::Warsaw;

use crate::{agreement::Engagement, opportunity::OpportunityStatus};

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
    /// The volunteer's work with the organisation, for the agreement rule.
    pub engagement: Engagement,
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

/// What decides whether a volunteer may hold a place on a shift, for as
/// long as the sign-up lives: checked at sign-up, and again whenever one of
/// these facts changes (the opportunity's minimum age or work with children,
/// the shift's day, the volunteer's birth date or a guardian's consent) and
/// whenever a sign-up is about to be confirmed (acceptance, promotion from
/// the waitlist after a withdrawal, a rejection or a raised capacity).
#[derive(Debug, Clone, Copy)]
pub struct PlaceFacts {
    pub min_age: u8,
    pub works_with_children: bool,
    /// The organisation recorded its safeguarding checks for this volunteer.
    pub safeguarding_recorded: bool,
    /// `None` when the volunteer has no profile.
    pub volunteer: Option<VolunteerFacts>,
    /// The volunteer's work with the organisation, for the agreement rule.
    pub engagement: Engagement,
}

/// Who may hold a place at all: a profile with a birth date, the minimum
/// age on the shift's day, and a guardian's consent for a minor.
pub fn check_eligible(facts: &PlaceFacts) -> Result<(), SignupRefusal> {
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
    Ok(())
}

/// Why a sign-up cannot be confirmed now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmationBlock {
    /// The volunteer may not hold a place at all.
    Ineligible(SignupRefusal),
    /// Work with children: the organisation has not recorded its checks of
    /// this volunteer, so the sign-up waits (`pending`) until it does.
    SafeguardingMissing,
    /// The volunteer holds a confirmed shift overlapping this one.
    Overlap,
    /// The volunteer's work with the organisation would span more than 30
    /// days and no accepted agreement covers the shift's day: the sign-up
    /// waits (`pending`) until one does.
    AgreementRequired,
}

/// Why a sign-up is `pending`, as the API names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PendingReason {
    /// The opportunity's organisation reviews every sign-up.
    Review,
    /// Work with children: the organisation's safeguarding checks are missing.
    Safeguarding,
    /// A written agreement must cover the shift's day first.
    AgreementRequired,
}

impl PendingReason {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Review => "review",
            Self::Safeguarding => "safeguarding",
            Self::AgreementRequired => "agreement-required",
        }
    }

    /// Why a sign-up waits, given what blocks its confirmation: the block
    /// the volunteer or the organisation must clear first, else review.
    pub fn of(block: Option<ConfirmationBlock>) -> Self {
        match block {
            Some(ConfirmationBlock::SafeguardingMissing) => Self::Safeguarding,
            Some(ConfirmationBlock::AgreementRequired) => Self::AgreementRequired,
            _ => Self::Review,
        }
    }
}

/// The one rule every path that makes a sign-up `confirmed` goes through:
/// sign-up, acceptance, promotion from the waitlist (after a withdrawal, a
/// rejection, a raised capacity or a released place).
pub fn check_confirmation(
    facts: &PlaceFacts,
    overlaps_confirmed: bool,
) -> Result<(), ConfirmationBlock> {
    check_eligible(facts).map_err(ConfirmationBlock::Ineligible)?;
    if facts.works_with_children && !facts.safeguarding_recorded {
        return Err(ConfirmationBlock::SafeguardingMissing);
    }
    if overlaps_confirmed {
        return Err(ConfirmationBlock::Overlap);
    }
    if !facts.engagement.allows_confirmation() {
        return Err(ConfirmationBlock::AgreementRequired);
    }
    Ok(())
}

/// What becomes of a live sign-up after a fact of [`PlaceFacts`] changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Nothing changes.
    Holds,
    /// A confirmed place needs a safeguarding record it lacks: the sign-up
    /// goes back to `pending` and its place is freed.
    AwaitsSafeguarding,
    /// A confirmed place whose work now needs an agreement that no longer
    /// covers it (one was terminated): back to `pending`, its place freed.
    AwaitsAgreement,
    /// The volunteer may no longer hold a place: the sign-up is released
    /// (`rejected`, with the rule as its reason) and the volunteer told.
    Released(SignupRefusal),
}

/// The standing of a sign-up in `status` under `facts`. A waitlisted or
/// pending sign-up that lacks only a safeguarding record keeps its status:
/// it is checked again when it would be confirmed.
pub fn standing(status: ApplicationStatus, facts: &PlaceFacts) -> Standing {
    if !status.is_live() {
        return Standing::Holds;
    }
    if let Err(refusal) = check_eligible(facts) {
        return Standing::Released(refusal);
    }
    if status == ApplicationStatus::Confirmed
        && facts.works_with_children
        && !facts.safeguarding_recorded
    {
        return Standing::AwaitsSafeguarding;
    }
    if status == ApplicationStatus::Confirmed && !facts.engagement.allows_confirmation() {
        return Standing::AwaitsAgreement;
    }
    Standing::Holds
}

impl ApplicationStatus {
    /// Pending, confirmed or waitlisted: the sign-up still counts.
    pub fn is_live(self) -> bool {
        matches!(self, Self::Pending | Self::Confirmed | Self::Waitlisted)
    }
}

impl SignupFacts {
    pub fn place(&self) -> PlaceFacts {
        PlaceFacts {
            min_age: self.min_age,
            works_with_children: self.works_with_children,
            safeguarding_recorded: self.safeguarding_recorded,
            volunteer: self.volunteer,
            engagement: self.engagement,
        }
    }
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
    check_eligible(&facts.place())?;
    if facts.already_signed_up {
        return Err(SignupRefusal::AlreadySignedUp);
    }
    match check_confirmation(&facts.place(), facts.overlaps_confirmed) {
        Err(ConfirmationBlock::Ineligible(refusal)) => Err(refusal),
        Err(ConfirmationBlock::Overlap) => Err(SignupRefusal::Overlap),
        Err(ConfirmationBlock::SafeguardingMissing | ConfirmationBlock::AgreementRequired) => {
            Ok(ApplicationStatus::Pending)
        }
        Ok(()) if facts.requires_review => Ok(ApplicationStatus::Pending),
        Ok(()) if facts.has_free_place => Ok(ApplicationStatus::Confirmed),
        Ok(()) => Ok(ApplicationStatus::Waitlisted),
    }
}

/// What a waitlisted sign-up becomes when places free up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Promotion {
    /// It takes a free place.
    Confirm,
    /// Work with children without a safeguarding record: it waits for the
    /// organisation (`pending`) and takes no place.
    AwaitSafeguarding,
    /// Its work needs an agreement not yet in place: it waits (`pending`)
    /// and takes no place.
    AwaitAgreement,
    /// The volunteer may no longer hold a place.
    Release(SignupRefusal),
}

/// Which waitlisted sign-ups take the free places: first come, first
/// served, each through [`check_confirmation`]. Those who would overlap a
/// confirmed shift of theirs stay on the waitlist; those who need a
/// safeguarding record or may no longer hold a place are moved on without
/// taking one. `queue` is in arrival order; `verdict` checks one.
pub fn promotions<T>(
    queue: &[T],
    free_places: usize,
    verdict: impl Fn(&T) -> Result<(), ConfirmationBlock>,
) -> Vec<(&T, Promotion)> {
    let mut confirmed = 0;
    let mut moves = Vec::new();
    for candidate in queue {
        if confirmed == free_places {
            break;
        }
        match verdict(candidate) {
            Ok(()) => {
                confirmed += 1;
                moves.push((candidate, Promotion::Confirm));
            }
            Err(ConfirmationBlock::Overlap) => {}
            Err(ConfirmationBlock::SafeguardingMissing) => {
                moves.push((candidate, Promotion::AwaitSafeguarding));
            }
            Err(ConfirmationBlock::AgreementRequired) => {
                moves.push((candidate, Promotion::AwaitAgreement));
            }
            Err(ConfirmationBlock::Ineligible(refusal)) => {
                moves.push((candidate, Promotion::Release(refusal)));
            }
        }
    }
    moves
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
            engagement: Engagement::first(local_day(now + TimeDelta::days(3))),
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
        let overlapping = |who: &'static str| {
            move |name: &&str| {
                if *name == who {
                    Err(ConfirmationBlock::Overlap)
                } else {
                    Ok(())
                }
            }
        };
        fn confirmed(moves: Vec<(&&'static str, Promotion)>) -> Vec<&'static str> {
            moves
                .into_iter()
                .filter(|(_, promotion)| *promotion == Promotion::Confirm)
                .map(|(name, _)| *name)
                .collect()
        }
        assert_eq!(
            confirmed(promotions(&queue, 1, overlapping("ala"))),
            ["ola"]
        );
        assert_eq!(confirmed(promotions(&queue, 2, |_| Ok(()))), ["ala", "ola"]);
        assert_eq!(
            confirmed(promotions(&queue, 5, overlapping("ola"))),
            ["ala", "ewa"]
        );
        assert!(promotions(&queue, 0, |_| Ok(())).is_empty());
        assert!(promotions(&queue, 3, |_| Err(ConfirmationBlock::Overlap)).is_empty());
    }

    #[test]
    fn promotion_never_confirms_without_a_safeguarding_record() {
        let queue = ["ala", "ola", "ewa"];
        let moves = promotions(&queue, 1, |name| match *name {
            "ala" => Err(ConfirmationBlock::SafeguardingMissing),
            "ola" => Err(ConfirmationBlock::Ineligible(
                SignupRefusal::MinorWithoutConsent,
            )),
            _ => Ok(()),
        });
        assert_eq!(
            moves,
            [
                (&"ala", Promotion::AwaitSafeguarding),
                (
                    &"ola",
                    Promotion::Release(SignupRefusal::MinorWithoutConsent)
                ),
                (&"ewa", Promotion::Confirm),
            ]
        );
    }

    fn place() -> PlaceFacts {
        facts().place()
    }

    #[test]
    fn a_live_sign_up_is_released_when_its_volunteer_no_longer_qualifies() {
        let too_young = PlaceFacts {
            min_age: 18,
            volunteer: Some(VolunteerFacts {
                age_on_shift_day: Some(17),
                guardian_consent: true,
            }),
            ..place()
        };
        let no_consent = PlaceFacts {
            volunteer: Some(VolunteerFacts {
                age_on_shift_day: Some(16),
                guardian_consent: false,
            }),
            ..place()
        };
        for status in [
            ApplicationStatus::Confirmed,
            ApplicationStatus::Pending,
            ApplicationStatus::Waitlisted,
        ] {
            assert_eq!(
                standing(status, &too_young),
                Standing::Released(SignupRefusal::TooYoung {
                    min_age: 18,
                    age: 17
                })
            );
            assert_eq!(
                standing(status, &no_consent),
                Standing::Released(SignupRefusal::MinorWithoutConsent)
            );
            assert_eq!(standing(status, &place()), Standing::Holds);
        }
        for status in [
            ApplicationStatus::Rejected,
            ApplicationStatus::Withdrawn,
            ApplicationStatus::Attended,
            ApplicationStatus::NoShow,
        ] {
            assert_eq!(standing(status, &too_young), Standing::Holds);
        }
    }

    #[test]
    fn work_with_children_sends_confirmed_places_back_to_review() {
        let children = PlaceFacts {
            works_with_children: true,
            ..place()
        };
        assert_eq!(
            standing(ApplicationStatus::Confirmed, &children),
            Standing::AwaitsSafeguarding
        );
        assert_eq!(
            standing(ApplicationStatus::Waitlisted, &children),
            Standing::Holds
        );
        let checked = PlaceFacts {
            safeguarding_recorded: true,
            ..children
        };
        assert_eq!(
            standing(ApplicationStatus::Confirmed, &checked),
            Standing::Holds
        );
    }

    #[test]
    fn work_beyond_30_days_waits_for_an_agreement_on_every_path() {
        let day = local_day(facts().shift_starts_at);
        let crossing = Engagement {
            day,
            other_work: Some((day - chrono::Days::new(40), day - chrono::Days::new(35))),
            covered: false,
        };
        let signup = SignupFacts {
            engagement: crossing,
            ..facts()
        };
        assert_eq!(decide_signup(&signup), Ok(ApplicationStatus::Pending));
        let block = check_confirmation(&signup.place(), false).err();
        assert_eq!(block, Some(ConfirmationBlock::AgreementRequired));
        assert_eq!(PendingReason::of(block), PendingReason::AgreementRequired);
        assert_eq!(
            standing(ApplicationStatus::Confirmed, &signup.place()),
            Standing::AwaitsAgreement
        );
        assert_eq!(
            standing(ApplicationStatus::Waitlisted, &signup.place()),
            Standing::Holds
        );
        let queue = ["ania", "bartek"];
        assert_eq!(
            promotions(&queue, 1, |name| if *name == "ania" {
                Err(ConfirmationBlock::AgreementRequired)
            } else {
                Ok(())
            }),
            vec![
                (&"ania", Promotion::AwaitAgreement),
                (&"bartek", Promotion::Confirm)
            ]
        );
        let covered = SignupFacts {
            engagement: Engagement {
                covered: true,
                ..crossing
            },
            ..facts()
        };
        assert_eq!(decide_signup(&covered), Ok(ApplicationStatus::Confirmed));
        assert_eq!(PendingReason::of(None), PendingReason::Review);
    }

    proptest! {
        #[test]
        fn nothing_confirms_what_the_place_rules_forbid(
            age in 10u32..30,
            min_age in 13u8..21,
            consent in any::<bool>(),
            children in any::<bool>(),
            recorded in any::<bool>(),
            overlap in any::<bool>(),
            span in 0u64..60,
            agreement in any::<bool>(),
        ) {
            let day = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
            let place = PlaceFacts {
                min_age,
                works_with_children: children,
                safeguarding_recorded: recorded,
                volunteer: Some(VolunteerFacts { age_on_shift_day: Some(age), guardian_consent: consent }),
                engagement: Engagement { covered: agreement, ..Engagement { other_work: Some((day, day + chrono::Days::new(span))), ..Engagement::first(day) } },
            };
            if check_confirmation(&place, overlap).is_ok() {
                prop_assert!(age >= u32::from(min_age));
                prop_assert!(age >= ADULT_AGE || consent);
                prop_assert!(!children || recorded);
                prop_assert!(!overlap);
                prop_assert!(agreement || span < 30);
            }
            // A confirmed place that survives a re-check satisfies the same rules.
            if standing(ApplicationStatus::Confirmed, &place) == Standing::Holds {
                prop_assert!(check_confirmation(&place, false).is_ok());
            }
        }

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
