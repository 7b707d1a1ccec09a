//! A volunteer's profile: age, home and reach, skills, languages, weekly
//! availability, causes, and, for minors, a guardian's consent.
//!
//! There is no clock here: callers pass "today" and "now".

mod availability;

use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};

pub use availability::{
    AvailabilityError, AvailabilityWindow, Overlap, TimeOfDay, Weekday, WeeklyAvailability,
};

use crate::{
    InvalidValue,
    country::CountryCode,
    language::LanguageCode,
    organization::Coordinates,
    volunteering::{Cause, CefrLevel, SkillLevel},
};

/// The youngest volunteers HOP serves.
pub const MIN_AGE: u32 = 13;
/// From this age a volunteer needs no guardian's consent.
pub const ADULT_AGE: u32 = 18;
/// Birth dates further back are typing mistakes.
pub const MAX_AGE: u32 = 120;

/// Full years from `birth` to `date`; 0 before `birth`. As the Polish Civil
/// Code (art. 112) counts age, someone born on 29 February is a year older
/// on 28 February of a common year.
pub fn age_on(birth: NaiveDate, date: NaiveDate) -> u32 {
    let years = u32::try_from(date.year() - birth.year()).unwrap_or(0);
    // `checked_add_months` ends on the month's last day when the day is missing.
    let reached = birth
        .checked_add_months(Months::new(12 * years))
        .is_some_and(|anniversary| anniversary <= date);
    if reached {
        years
    } else {
        years.saturating_sub(1)
    }
}

/// A birth date at least [`MIN_AGE`] years (and at most [`MAX_AGE`] years)
/// before the day it was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BirthDate(NaiveDate);

impl BirthDate {
    pub fn new(date: NaiveDate, today: NaiveDate) -> Result<Self, InvalidValue> {
        if date > today {
            return Err(InvalidValue::new("must not be in the future"));
        }
        let age = age_on(date, today);
        if age < MIN_AGE {
            return Err(InvalidValue::new(format!(
                "must be at least {MIN_AGE} years ago: volunteers are {MIN_AGE} or older"
            )));
        }
        if age > MAX_AGE {
            return Err(InvalidValue::new(format!(
                "must be within the last {MAX_AGE} years"
            )));
        }
        Ok(Self(date))
    }

    /// A birth date as it was recorded: it was checked when stated, and the
    /// limits it was checked against only move away from it.
    pub fn recorded(date: NaiveDate) -> Self {
        Self(date)
    }

    /// `YYYY-MM-DD`, then as [`BirthDate::new`].
    pub fn parse(raw: &str, today: NaiveDate) -> Result<Self, InvalidValue> {
        let raw = raw.trim();
        let shaped = raw.len() == 10
            && raw.bytes().enumerate().all(|(i, b)| match i {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            });
        let date = shaped
            .then(|| NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok())
            .flatten()
            .ok_or_else(|| InvalidValue::new("must be a date as YYYY-MM-DD, e.g. 2007-05-17"))?;
        Self::new(date, today)
    }

    pub fn date(self) -> NaiveDate {
        self.0
    }

    /// Full years on `date` (0 before the birth).
    pub fn age_on(self, date: NaiveDate) -> u32 {
        age_on(self.0, date)
    }

    /// Under [`ADULT_AGE`] on `date`.
    pub fn is_minor_on(self, date: NaiveDate) -> bool {
        self.age_on(date) < ADULT_AGE
    }
}

/// How far a volunteer travels from home: 0 to 1 000 km.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MaxDistanceKm(u16);

impl MaxDistanceKm {
    pub const MAX: u16 = 1000;

    pub fn new(km: i64) -> Result<Self, InvalidValue> {
        u16::try_from(km)
            .ok()
            .filter(|km| *km <= Self::MAX)
            .map(Self)
            .ok_or_else(|| InvalidValue::new("must be 0 to 1000 (kilometres)"))
    }

    pub fn get(self) -> u16 {
        self.0
    }
}

text_value!(
    /// The town a volunteer lives in: 1 to 100 characters.
    HomeCity, 1, 100, multiline = false
);
text_value!(
    /// The parent or legal guardian who consented: 1 to 200 characters.
    GuardianName, 1, 200, multiline = false
);

/// What is wrong with a list of a profile.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ListError {
    #[error("must list at most {max} entries")]
    TooMany { max: usize },
    /// Positions of the entries that repeat an earlier one.
    #[error("lists an entry more than once")]
    Duplicates(Vec<usize>),
}

/// `items` when there are at most `max` and no two are `same`.
fn unique<T>(
    items: Vec<T>,
    max: usize,
    same: impl Fn(&T, &T) -> bool,
) -> Result<Vec<T>, ListError> {
    if items.len() > max {
        return Err(ListError::TooMany { max });
    }
    let duplicates: Vec<usize> = (0..items.len())
        .filter(|&i| items[..i].iter().any(|earlier| same(earlier, &items[i])))
        .collect();
    if duplicates.is_empty() {
        Ok(items)
    } else {
        Err(ListError::Duplicates(duplicates))
    }
}

/// A skill a volunteer has, and how well. `S` identifies skills of the
/// taxonomy (the API uses the database's ids).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SkillClaim<S> {
    pub skill: S,
    pub level: SkillLevel,
}

/// A volunteer's skills: each at most once, at most [`VolunteerSkills::MAX`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VolunteerSkills<S>(Vec<SkillClaim<S>>);

impl<S> Default for VolunteerSkills<S> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<S> VolunteerSkills<S> {
    pub const MAX: usize = 100;

    pub fn claims(&self) -> &[SkillClaim<S>] {
        &self.0
    }
}

impl<S: PartialEq> VolunteerSkills<S> {
    pub fn new(claims: Vec<SkillClaim<S>>) -> Result<Self, ListError> {
        unique(claims, Self::MAX, |a, b| a.skill == b.skill).map(Self)
    }

    pub fn level_of(&self, skill: &S) -> Option<SkillLevel> {
        self.0
            .iter()
            .find(|claim| claim.skill == *skill)
            .map(|claim| claim.level)
    }
}

/// A language a volunteer speaks, at a CEFR level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LanguageSkill {
    pub code: LanguageCode,
    pub level: CefrLevel,
}

/// A volunteer's languages: each at most once, at most [`VolunteerLanguages::MAX`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VolunteerLanguages(Vec<LanguageSkill>);

impl VolunteerLanguages {
    pub const MAX: usize = 30;

    pub fn new(languages: Vec<LanguageSkill>) -> Result<Self, ListError> {
        unique(languages, Self::MAX, |a, b| a.code == b.code).map(Self)
    }

    pub fn languages(&self) -> &[LanguageSkill] {
        &self.0
    }

    pub fn level_of(&self, code: LanguageCode) -> Option<CefrLevel> {
        self.0
            .iter()
            .find(|language| language.code == code)
            .map(|language| language.level)
    }
}

/// The causes a volunteer cares about, each at most once, in the order given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Causes(Vec<Cause>);

impl Causes {
    pub fn new(causes: Vec<Cause>) -> Result<Self, ListError> {
        unique(causes, Cause::ALL.len(), |a, b| a == b).map(Self)
    }

    pub fn causes(&self) -> &[Cause] {
        &self.0
    }
}

/// A guardian's consent to a minor volunteering: who gave it, and when it
/// was recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuardianConsent {
    given_by: GuardianName,
    recorded_at: DateTime<Utc>,
}

impl GuardianConsent {
    pub fn new(given_by: GuardianName, recorded_at: DateTime<Utc>) -> Self {
        Self {
            given_by,
            recorded_at,
        }
    }

    /// The consent of `given_by` stated at `now`. When the same guardian's
    /// consent is already on record, it keeps the time it was first
    /// recorded: saving a profile again does not renew it.
    pub fn record(
        given_by: GuardianName,
        on_record: Option<&GuardianConsent>,
        now: DateTime<Utc>,
    ) -> Self {
        let recorded_at = on_record
            .filter(|consent| consent.given_by == given_by)
            .map_or(now, |consent| consent.recorded_at);
        Self::new(given_by, recorded_at)
    }

    pub fn given_by(&self) -> &GuardianName {
        &self.given_by
    }

    pub fn recorded_at(&self) -> DateTime<Utc> {
        self.recorded_at
    }
}

/// What a volunteer states about a guardian's consent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConsentClaim {
    pub given: bool,
    /// Who gave it; ignored when `given` is false.
    pub guardian_name: Option<GuardianName>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ConsentError {
    #[error("is required: a minor's guardian consent records who gave it")]
    MinorWithoutGuardianName,
    #[error("is required with guardian_consent: name the parent or guardian who gave it")]
    GuardianNameMissing,
}

impl ConsentClaim {
    /// A consent is recorded with who gave it; for a minor on `today` that
    /// is what the law asks for.
    pub fn validate(
        &self,
        birth_date: Option<BirthDate>,
        today: NaiveDate,
    ) -> Result<(), ConsentError> {
        match (self.given, &self.guardian_name) {
            (true, None) if birth_date.is_some_and(|birth| birth.is_minor_on(today)) => {
                Err(ConsentError::MinorWithoutGuardianName)
            }
            (true, None) => Err(ConsentError::GuardianNameMissing),
            _ => Ok(()),
        }
    }
}

/// The profile's values, each valid on its own.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileFields<S> {
    pub birth_date: Option<BirthDate>,
    pub home_city: Option<HomeCity>,
    pub home_country: Option<CountryCode>,
    pub home: Option<Coordinates>,
    pub max_distance_km: Option<MaxDistanceKm>,
    pub skills: VolunteerSkills<S>,
    pub languages: VolunteerLanguages,
    pub availability: WeeklyAvailability,
    pub causes: Causes,
    /// Organisations may find the volunteer among candidates.
    pub discoverable: bool,
}

/// A volunteer's profile. A guardian's consent is always held with who gave
/// it and when it was recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct VolunteerProfile<S> {
    fields: ProfileFields<S>,
    guardian_consent: Option<GuardianConsent>,
}

impl<S> VolunteerProfile<S> {
    /// The profile a volunteer states on `today`; a consent claimed is
    /// recorded at `now` unless the same guardian's consent is `on_record`.
    pub fn new(
        fields: ProfileFields<S>,
        claim: ConsentClaim,
        on_record: Option<&GuardianConsent>,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<Self, ConsentError> {
        claim.validate(fields.birth_date, today)?;
        let guardian_consent = match claim {
            ConsentClaim {
                given: true,
                guardian_name: Some(name),
            } => Some(GuardianConsent::record(name, on_record, now)),
            _ => None,
        };
        Ok(Self {
            fields,
            guardian_consent,
        })
    }

    /// A profile as it was recorded.
    pub fn restore(fields: ProfileFields<S>, guardian_consent: Option<GuardianConsent>) -> Self {
        Self {
            fields,
            guardian_consent,
        }
    }

    pub fn fields(&self) -> &ProfileFields<S> {
        &self.fields
    }

    pub fn guardian_consent(&self) -> Option<&GuardianConsent> {
        self.guardian_consent.as_ref()
    }

    /// `None` when the birth date is not given.
    pub fn is_minor_on(&self, date: NaiveDate) -> Option<bool> {
        self.fields.birth_date.map(|birth| birth.is_minor_on(date))
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;

    fn date(raw: &str) -> NaiveDate {
        NaiveDate::parse_from_str(raw, "%Y-%m-%d").unwrap()
    }

    fn at(raw: &str) -> DateTime<Utc> {
        let time = chrono::NaiveDateTime::parse_from_str(raw, "%Y-%m-%d %H:%M").unwrap();
        Utc.from_utc_datetime(&time)
    }

    fn fields(birth_date: &str, today: &str) -> ProfileFields<u32> {
        ProfileFields {
            birth_date: Some(BirthDate::new(date(birth_date), date(today)).unwrap()),
            home_city: Some(HomeCity::parse("Toruń").unwrap()),
            home_country: Some(CountryCode::parse("PL").unwrap()),
            home: Coordinates::new(53.0138, 18.5984).ok(),
            max_distance_km: Some(MaxDistanceKm::new(15).unwrap()),
            skills: VolunteerSkills::default(),
            languages: VolunteerLanguages::default(),
            availability: WeeklyAvailability::default(),
            causes: Causes::default(),
            discoverable: true,
        }
    }

    fn guardian(name: &str) -> Option<GuardianName> {
        Some(GuardianName::parse(name).unwrap())
    }

    #[test]
    fn age_counts_full_years() {
        let birth = BirthDate::new(date("2008-06-15"), date("2026-01-01")).unwrap();
        assert_eq!(birth.age_on(date("2026-06-14")), 17);
        assert_eq!(birth.age_on(date("2026-06-15")), 18);
        assert!(birth.is_minor_on(date("2026-06-14")));
        assert!(!birth.is_minor_on(date("2026-06-15")));
        assert_eq!(birth.age_on(date("2000-01-01")), 0);
    }

    #[test]
    fn a_29_february_birthday_comes_on_28_february_in_common_years() {
        let birth = BirthDate::new(date("2008-02-29"), date("2026-01-01")).unwrap();
        assert_eq!(birth.age_on(date("2026-02-27")), 17);
        assert_eq!(birth.age_on(date("2026-02-28")), 18);
        assert!(!birth.is_minor_on(date("2026-02-28")));
        // In a leap year it is the 29th.
        assert_eq!(birth.age_on(date("2028-02-28")), 19);
        assert_eq!(birth.age_on(date("2028-02-29")), 20);
        assert_eq!(birth.age_on(date("2012-02-29")), 4);
        // Born on 28 February: no change in leap years.
        assert_eq!(age_on(date("2008-02-28"), date("2028-02-28")), 20);
    }

    #[test]
    fn birth_dates_are_thirteen_to_a_hundred_and_twenty_years_ago() {
        let today = date("2026-11-25");
        assert!(BirthDate::new(date("2013-11-25"), today).is_ok());
        let young = BirthDate::new(date("2013-11-26"), today).unwrap_err();
        assert!(young.message.contains("at least 13 years ago"), "{young}");
        let future = BirthDate::new(date("2027-01-01"), today).unwrap_err();
        assert_eq!(future.message, "must not be in the future");
        assert!(BirthDate::new(date("1906-11-26"), today).is_ok());
        assert!(BirthDate::new(date("1905-11-25"), today).is_err());
        // Turning 13 on 28 February 2025 when born on 29 February 2012.
        assert!(BirthDate::new(date("2012-02-29"), date("2025-02-28")).is_ok());
        assert!(BirthDate::new(date("2012-02-29"), date("2025-02-27")).is_err());
    }

    #[test]
    fn birth_dates_parse_from_iso_dates_only() {
        let today = date("2026-11-25");
        assert_eq!(
            BirthDate::parse("2007-05-17", today).unwrap().date(),
            date("2007-05-17")
        );
        for bad in [
            "17.05.2007",
            "2007-5-17",
            "2007-02-30",
            "+2007-05-17",
            "",
            "2007-05-17T00:00",
        ] {
            let err = BirthDate::parse(bad, today).unwrap_err();
            assert!(err.message.contains("YYYY-MM-DD"), "{bad:?}: {err}");
        }
    }

    #[test]
    fn max_distance_is_zero_to_a_thousand_km() {
        assert_eq!(MaxDistanceKm::new(0).unwrap().get(), 0);
        assert_eq!(MaxDistanceKm::new(1000).unwrap().get(), 1000);
        assert!(MaxDistanceKm::new(1001).is_err());
        assert!(MaxDistanceKm::new(-1).is_err());
    }

    #[test]
    fn lists_name_the_entries_that_repeat() {
        let level = SkillLevel::new(2).unwrap();
        let claims = vec![
            SkillClaim { skill: 1, level },
            SkillClaim { skill: 2, level },
            SkillClaim { skill: 1, level },
        ];
        assert_eq!(
            VolunteerSkills::new(claims),
            Err(ListError::Duplicates(vec![2]))
        );
        let skills = VolunteerSkills::new(vec![SkillClaim { skill: 7, level }]).unwrap();
        assert_eq!(skills.level_of(&7), Some(level));
        assert_eq!(skills.level_of(&8), None);

        let pl = LanguageCode::parse("pl").unwrap();
        let languages = vec![
            LanguageSkill {
                code: pl,
                level: CefrLevel::C2,
            },
            LanguageSkill {
                code: pl,
                level: CefrLevel::B1,
            },
        ];
        assert_eq!(
            VolunteerLanguages::new(languages),
            Err(ListError::Duplicates(vec![1]))
        );
        assert_eq!(
            Causes::new(vec![Cause::Animals, Cause::Sport, Cause::Animals]),
            Err(ListError::Duplicates(vec![2]))
        );
        let many: Vec<SkillClaim<usize>> =
            (0..101).map(|skill| SkillClaim { skill, level }).collect();
        assert_eq!(
            VolunteerSkills::new(many),
            Err(ListError::TooMany { max: 100 })
        );
    }

    #[test]
    fn a_minor_claiming_consent_names_the_guardian() {
        let today = date("2026-11-25");
        let now = at("2026-11-25 10:00");
        let claim = ConsentClaim {
            given: true,
            guardian_name: None,
        };
        assert_eq!(
            VolunteerProfile::new(
                fields("2011-01-01", "2026-11-25"),
                claim.clone(),
                None,
                today,
                now
            ),
            Err(ConsentError::MinorWithoutGuardianName)
        );
        // Anyone claiming a consent says whose it is.
        assert_eq!(
            VolunteerProfile::new(fields("1990-01-01", "2026-11-25"), claim, None, today, now),
            Err(ConsentError::GuardianNameMissing)
        );

        let claim = ConsentClaim {
            given: true,
            guardian_name: guardian("Anna Nowak"),
        };
        let profile =
            VolunteerProfile::new(fields("2011-01-01", "2026-11-25"), claim, None, today, now)
                .unwrap();
        let consent = profile.guardian_consent().unwrap();
        assert_eq!(consent.given_by().as_str(), "Anna Nowak");
        assert_eq!(consent.recorded_at(), now);
        assert_eq!(profile.is_minor_on(today), Some(true));
    }

    #[test]
    fn no_consent_claimed_records_none_and_drops_the_name() {
        let today = date("2026-11-25");
        let claim = ConsentClaim {
            given: false,
            guardian_name: guardian("Anna Nowak"),
        };
        let profile = VolunteerProfile::new(
            fields("2011-01-01", "2026-11-25"),
            claim,
            None,
            today,
            at("2026-11-25 10:00"),
        )
        .unwrap();
        assert_eq!(profile.guardian_consent(), None);
    }

    #[test]
    fn a_consent_on_record_keeps_its_time_for_the_same_guardian() {
        let first = at("2026-09-01 08:00");
        let now = at("2026-11-25 10:00");
        let on_record = GuardianConsent::new(GuardianName::parse("Anna Nowak").unwrap(), first);
        let same = GuardianConsent::record(
            GuardianName::parse("Anna Nowak").unwrap(),
            Some(&on_record),
            now,
        );
        assert_eq!(same.recorded_at(), first);
        let other = GuardianConsent::record(
            GuardianName::parse("Jan Nowak").unwrap(),
            Some(&on_record),
            now,
        );
        assert_eq!(other.recorded_at(), now);
        assert_eq!(
            GuardianConsent::record(GuardianName::parse("Jan Nowak").unwrap(), None, now)
                .recorded_at(),
            now
        );
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        // 1900-01-01 to about 2150, every day including each 29 February.
        (0i64..91_000).prop_map(|days| date("1900-01-01") + chrono::Days::new(days as u64))
    }

    proptest! {
        #[test]
        fn birth_dates_are_accepted_exactly_from_13_years_ago_back_to_120(
            today in any_date(),
            back in -400i64..46_000,
        ) {
            let birth = if back >= 0 {
                today - chrono::Days::new(back as u64)
            } else {
                today + chrono::Days::new(back.unsigned_abs())
            };
            // The thirteenth birthday (28 February for a 29 February birth
            // in a common year) has come, the hundred-and-twenty-first not.
            let thirteenth = birth.checked_add_months(Months::new(12 * MIN_AGE)).unwrap();
            let too_old = birth.checked_add_months(Months::new(12 * (MAX_AGE + 1))).unwrap();
            let expected = birth <= today && thirteenth <= today && today < too_old;
            prop_assert_eq!(BirthDate::new(birth, today).is_ok(), expected, "{} on {}", birth, today);
        }

        #[test]
        fn age_grows_by_one_on_each_birthday_and_never_otherwise(
            birth in any_date(),
            days in 0u64..40_000,
        ) {
            let day = birth + chrono::Days::new(days);
            let next = day + chrono::Days::new(1);
            let (age, next_age) = (age_on(birth, day), age_on(birth, next));
            prop_assert!(next_age == age || next_age == age + 1);
            let anniversary = birth.checked_add_months(Months::new(12 * next_age)).unwrap();
            prop_assert_eq!(next_age == age + 1, anniversary == next);
        }

        #[test]
        fn max_distance_is_held_only_in_range(km in -50i64..1100) {
            prop_assert_eq!(MaxDistanceKm::new(km).is_ok(), (0..=1000).contains(&km));
        }

        #[test]
        fn lists_never_hold_a_repeated_entry(causes in prop::collection::vec(0..Cause::ALL.len(), 0..14)) {
            let causes: Vec<Cause> = causes.into_iter().map(|i| Cause::ALL[i]).collect();
            let repeated = (0..causes.len()).any(|i| causes[..i].contains(&causes[i]));
            match Causes::new(causes.clone()) {
                Ok(held) => {
                    prop_assert!(!repeated);
                    prop_assert_eq!(held.causes(), causes.as_slice());
                }
                Err(ListError::Duplicates(at)) => {
                    prop_assert!(repeated);
                    for i in at {
                        prop_assert!(causes[..i].contains(&causes[i]));
                    }
                }
                Err(other) => prop_assert!(false, "{other:?}"),
            }
        }
    }
}
