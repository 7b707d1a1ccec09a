//! Written volunteering agreements (porozumienie), as Poland's act on
//! public-benefit activity and volunteering (art. 44) asks for them: an
//! engagement of more than 30 days is agreed in writing, with its scope,
//! manner and period and how either side ends it. For an engagement of up
//! to 30 days the organisation insures the volunteer against accidents
//! itself (art. 46 sec. 1 item 4), so that agreement carries its statement.
//!
//! **The rule**: a sign-up that would make the volunteer's confirmed work
//! with one organisation span more than 30 days (first to last shift,
//! both counted) is confirmed only when an accepted agreement covers its
//! day; until then it waits (`pending`, reason `agreement-required`).

use chrono::{Datelike, NaiveDate};

use crate::InvalidValue;

/// The longest engagement that needs no written agreement, in days.
pub const DAYS_WITHOUT_AGREEMENT: i64 = 30;

/// The longest period one agreement may cover: five years.
pub const MAX_PERIOD_DAYS: i64 = 5 * 366;

/// The most hours a week an agreement may name.
pub const MAX_HOURS_PER_WEEK: i16 = 60;

string_enum!(
    /// Where an agreement stands.
    AgreementStatus {
        Proposed = "proposed",
        Accepted = "accepted",
        Terminated = "terminated",
    }
);

text_value!(
    /// The scope of work (zakres świadczeń): 1 to 2 000 characters.
    Scope, 1, 2000, multiline = true
);
text_value!(
    /// How the work is done (sposób wykonania): 1 to 2 000 characters.
    Manner, 1, 2000, multiline = true
);
text_value!(
    /// Where the work is done: 1 to 300 characters.
    Place, 1, 300, multiline = false
);
text_value!(
    /// How either side ends the agreement (postanowienie o rozwiązaniu): 1 to 1 000 characters.
    TerminationTerms, 1, 1000, multiline = true
);
text_value!(
    /// The organisation's statement of the volunteer's accident insurance: 1 to 1 000 characters.
    InsuranceStatement, 1, 1000, multiline = true
);
text_value!(
    /// Who gave a minor's guardian's consent: 2 to 200 characters.
    GuardianName, 2, 200, multiline = false
);

/// An agreement's period, both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

impl Period {
    /// A period from `starts_on` to `ends_on`, ending not before it starts
    /// nor before `today`, and at most five years long.
    pub fn new(
        starts_on: NaiveDate,
        ends_on: NaiveDate,
        today: NaiveDate,
    ) -> Result<Self, (&'static str, InvalidValue)> {
        if starts_on.year() < crate::hours::FIRST_WORK_YEAR {
            return Err((
                "starts_on",
                InvalidValue::new(format!(
                    "must be in {} or later",
                    crate::hours::FIRST_WORK_YEAR
                )),
            ));
        }
        if ends_on < starts_on {
            return Err((
                "ends_on",
                InvalidValue::new("must not be before `starts_on`"),
            ));
        }
        if ends_on < today {
            return Err((
                "ends_on",
                InvalidValue::new(format!("must not be in the past (today is {today})")),
            ));
        }
        if days_spanned(starts_on, ends_on) > MAX_PERIOD_DAYS {
            return Err((
                "ends_on",
                InvalidValue::new("must be at most five years after `starts_on`"),
            ));
        }
        Ok(Self { starts_on, ends_on })
    }

    pub fn days(self) -> i64 {
        days_spanned(self.starts_on, self.ends_on)
    }

    /// Whether the organisation's own accident-insurance statement belongs
    /// in the agreement: for an engagement of up to 30 days (a longer one
    /// is covered by the state's accident insurance).
    pub fn needs_insurance_statement(self) -> bool {
        self.days() <= DAYS_WITHOUT_AGREEMENT
    }

    /// Whether the period, ended early on `terminated_on` when it was
    /// terminated, covers `day`.
    pub fn covers(self, day: NaiveDate, terminated_on: Option<NaiveDate>) -> bool {
        let last = terminated_on.map_or(self.ends_on, |end| end.min(self.ends_on));
        self.starts_on <= day && day <= last
    }
}

/// Days from `first` to `last`, both counted.
pub fn days_spanned(first: NaiveDate, last: NaiveDate) -> i64 {
    (last - first).num_days().abs() + 1
}

/// What the rule reads about a sign-up on `day`: the first and last day of
/// the volunteer's other confirmed (or attended) work with the same
/// organisation, and whether an accepted agreement covers `day`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Engagement {
    pub day: NaiveDate,
    pub other_work: Option<(NaiveDate, NaiveDate)>,
    pub covered: bool,
}

impl Engagement {
    /// Work on `day` alone, with no agreement: it never needs one.
    pub fn first(day: NaiveDate) -> Self {
        Self {
            day,
            other_work: None,
            covered: false,
        }
    }

    /// The days the volunteer's work with the organisation would span with
    /// this sign-up confirmed.
    pub fn span_days(self) -> i64 {
        match self.other_work {
            None => 1,
            Some((first, last)) => days_spanned(first.min(self.day), last.max(self.day)),
        }
    }

    /// Whether the sign-up may be confirmed as far as agreements go: the
    /// span stays within 30 days, or an accepted agreement covers its day.
    pub fn allows_confirmation(self) -> bool {
        self.covered || self.span_days() <= DAYS_WITHOUT_AGREEMENT
    }
}

/// Why a volunteer cannot accept an agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AcceptRefused {
    #[error("the agreement is {0}; only a proposed agreement is accepted")]
    NotProposed(AgreementStatus),
    #[error(
        "add your birth date to your volunteer profile first: a minor's agreement needs a guardian's consent"
    )]
    BirthDateMissing,
    #[error(
        "you are under 18: give the name of the guardian who consents, with `guardian_consent: true`"
    )]
    GuardianConsentMissing,
}

/// Whether the volunteer, aged `age` today (`None`: no birth date on
/// record), may accept an agreement in `status`, with or without a
/// guardian's consent given.
pub fn check_acceptance(
    status: AgreementStatus,
    age: Option<u32>,
    guardian_consents: bool,
) -> Result<(), AcceptRefused> {
    if status != AgreementStatus::Proposed {
        return Err(AcceptRefused::NotProposed(status));
    }
    let age = age.ok_or(AcceptRefused::BirthDateMissing)?;
    if age < crate::volunteer::ADULT_AGE && !guardian_consents {
        return Err(AcceptRefused::GuardianConsentMissing);
    }
    Ok(())
}

/// Why an agreement cannot be terminated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TerminateRefused {
    #[error("the agreement was already terminated")]
    AlreadyTerminated,
    #[error("the end date must be within the agreement's period and not in the past")]
    DateOutside,
}

/// Whether an agreement in `status` over `period` may be terminated on
/// `day`, given `today`: not twice, on a day from today (or the period's
/// start, if later) to the period's end.
pub fn check_termination(
    status: AgreementStatus,
    period: Period,
    day: NaiveDate,
    today: NaiveDate,
) -> Result<(), TerminateRefused> {
    if status == AgreementStatus::Terminated {
        return Err(TerminateRefused::AlreadyTerminated);
    }
    if day < today || day > period.ends_on {
        return Err(TerminateRefused::DateOutside);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn day(month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, month, day).unwrap()
    }

    #[test]
    fn work_within_30_days_needs_no_agreement() {
        assert!(Engagement::first(day(1, 1)).allows_confirmation());
        let within = Engagement {
            day: day(1, 30),
            other_work: Some((day(1, 1), day(1, 10))),
            covered: false,
        };
        assert_eq!(within.span_days(), 30);
        assert!(within.allows_confirmation());
        let crossing = Engagement {
            day: day(1, 31),
            ..within
        };
        assert_eq!(crossing.span_days(), 31);
        assert!(!crossing.allows_confirmation());
        assert!(
            Engagement {
                covered: true,
                ..crossing
            }
            .allows_confirmation()
        );
    }

    #[test]
    fn a_sign_up_before_the_first_shift_can_cross_too() {
        let earlier = Engagement {
            day: day(1, 1),
            other_work: Some((day(2, 10), day(2, 10))),
            covered: false,
        };
        assert_eq!(earlier.span_days(), 41);
        assert!(!earlier.allows_confirmation());
    }

    #[test]
    fn periods_are_sane_and_short_ones_carry_insurance() {
        let today = day(1, 15);
        let period = Period::new(day(1, 1), day(1, 30), today).unwrap();
        assert!(period.needs_insurance_statement());
        assert!(
            !Period::new(day(1, 1), day(1, 31), today)
                .unwrap()
                .needs_insurance_statement()
        );
        assert_eq!(
            Period::new(day(2, 1), day(1, 31), today).unwrap_err().0,
            "ends_on"
        );
        assert_eq!(
            Period::new(day(1, 1), day(1, 14), today).unwrap_err().0,
            "ends_on"
        );
        let far = NaiveDate::from_ymd_opt(2033, 1, 1).unwrap();
        assert_eq!(Period::new(day(1, 1), far, today).unwrap_err().0, "ends_on");
        let old = NaiveDate::from_ymd_opt(1999, 1, 1).unwrap();
        assert_eq!(
            Period::new(old, day(2, 1), today).unwrap_err().0,
            "starts_on"
        );
    }

    #[test]
    fn a_terminated_agreement_covers_days_up_to_its_end() {
        let period = Period::new(day(1, 1), day(6, 30), day(1, 1)).unwrap();
        assert!(period.covers(day(3, 1), None));
        assert!(!period.covers(day(7, 1), None));
        assert!(period.covers(day(3, 1), Some(day(3, 1))));
        assert!(!period.covers(day(3, 2), Some(day(3, 1))));
        assert!(!period.covers(NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(), None));
    }

    #[test]
    fn minors_accept_with_a_guardian_and_only_proposals_are_accepted() {
        use AgreementStatus::*;
        assert_eq!(check_acceptance(Proposed, Some(18), false), Ok(()));
        assert_eq!(
            check_acceptance(Proposed, Some(16), false),
            Err(AcceptRefused::GuardianConsentMissing)
        );
        assert_eq!(check_acceptance(Proposed, Some(16), true), Ok(()));
        assert_eq!(
            check_acceptance(Proposed, None, true),
            Err(AcceptRefused::BirthDateMissing)
        );
        assert_eq!(
            check_acceptance(Accepted, Some(30), false),
            Err(AcceptRefused::NotProposed(Accepted))
        );
    }

    #[test]
    fn terminations_fall_within_the_period_and_happen_once() {
        use AgreementStatus::*;
        let period = Period::new(day(1, 1), day(6, 30), day(1, 1)).unwrap();
        assert_eq!(
            check_termination(Accepted, period, day(3, 1), day(2, 1)),
            Ok(())
        );
        assert_eq!(
            check_termination(Proposed, period, day(2, 1), day(2, 1)),
            Ok(())
        );
        assert_eq!(
            check_termination(Accepted, period, day(1, 31), day(2, 1)),
            Err(TerminateRefused::DateOutside)
        );
        assert_eq!(
            check_termination(Accepted, period, day(7, 1), day(2, 1)),
            Err(TerminateRefused::DateOutside)
        );
        assert_eq!(
            check_termination(Terminated, period, day(3, 1), day(2, 1)),
            Err(TerminateRefused::AlreadyTerminated)
        );
    }

    proptest! {
        /// Whatever the other work, a sign-up inside it never needs more
        /// than that work already spans; and coverage always allows it.
        #[test]
        fn the_rule_follows_the_span(a in 0i64..400, b in 0i64..400, d in 0i64..400, covered: bool) {
            let base = day(1, 1);
            let at = |n: i64| base + chrono::Days::new(n as u64);
            let (first, last) = (at(a.min(b)), at(a.max(b)));
            let engagement = Engagement { day: at(d), other_work: Some((first, last)), covered };
            let span = (a.max(b).max(d) - a.min(b).min(d)) + 1;
            prop_assert_eq!(engagement.span_days(), span);
            prop_assert_eq!(engagement.allows_confirmation(), covered || span <= 30);
        }
    }
}
