//! Parsing a profile body into the domain's profile, naming every invalid
//! field (`skills[1].level`, `availability[2].end`, `availability`, …).

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use hop_domain::{
    InvalidValue,
    country::CountryCode,
    language::LanguageCode,
    organization::Coordinates,
    volunteer::{
        AvailabilityError, AvailabilityWindow as Window, BirthDate, Causes, ConsentClaim,
        GuardianConsent, GuardianName, HomeCity, LanguageSkill, ListError, MaxDistanceKm,
        ProfileFields, SkillClaim, TimeOfDay, VolunteerLanguages, VolunteerProfile,
        VolunteerSkills, Weekday, WeeklyAvailability,
    },
    volunteering::{Cause, CefrLevel, SkillLevel},
};
use uuid::Uuid;

use super::{
    model::{
        AvailabilityWindow, PutVolunteerProfileRequest, VolunteerLanguage, VolunteerSkillInput,
    },
    store::ProfileRow,
};
use crate::{error::ApiError, validation::FieldCheck};

/// What the taxonomy and the stored profile say about the skills a body names.
#[derive(Debug, Default)]
pub struct SkillFacts {
    /// Each existing skill named, and whether it is deprecated.
    pub deprecated: HashMap<Uuid, bool>,
    /// The skills the profile already has: they may stay though deprecated.
    pub held: Vec<Uuid>,
}

/// What a profile was stated with: the moment, and what is on record.
pub struct Context<'a> {
    pub today: NaiveDate,
    pub now: DateTime<Utc>,
    pub skills: &'a SkillFacts,
    pub consent_on_record: Option<&'a GuardianConsent>,
}

impl PutVolunteerProfileRequest {
    /// The skill ids the body names, to look up.
    pub fn skill_ids(&self) -> Vec<Uuid> {
        self.skills.iter().map(|skill| skill.skill_id).collect()
    }

    /// The profile, or a 422 naming every invalid field.
    pub fn parse(self, context: &Context<'_>) -> Result<VolunteerProfile<Uuid>, ApiError> {
        let mut check = FieldCheck::default();
        let birth_date = optional(&mut check, "birth_date", self.birth_date, |raw| {
            BirthDate::parse(&raw, context.today)
        });
        let home_city = optional(&mut check, "home_city", self.home_city, |raw| {
            HomeCity::parse(&raw)
        });
        let home_country = optional(&mut check, "home_country", self.home_country, |raw| {
            CountryCode::parse(&raw)
        });
        let home = match self.home {
            None => Some(None),
            Some(home) => match Coordinates::new(home.lat, home.lon) {
                Ok(point) => Some(Some(point)),
                Err((part, err)) => {
                    check.fail(&format!("home.{part}"), &err.message);
                    None
                }
            },
        };
        let max_distance_km = optional(&mut check, "max_distance_km", self.max_distance_km, |km| {
            MaxDistanceKm::new(km)
        });
        let skills = parse_skills(&mut check, &self.skills, context.skills);
        let languages = parse_languages(&mut check, &self.languages);
        let availability = parse_availability(&mut check, &self.availability);
        let causes = parse_causes(&mut check, &self.causes);

        let guardian_name = if self.guardian_consent {
            optional(&mut check, "guardian_name", self.guardian_name, |raw| {
                GuardianName::parse(&raw)
            })
        } else {
            Some(None)
        };
        // A consent is recorded with who gave it.
        let claim = guardian_name.and_then(|guardian_name| {
            let claim = ConsentClaim {
                given: self.guardian_consent,
                guardian_name,
            };
            match claim.validate(birth_date.flatten(), context.today) {
                Ok(()) => Some(claim),
                Err(err) => {
                    check.fail("guardian_name", &err.to_string());
                    None
                }
            }
        });

        let fields = match (
            birth_date,
            home_city,
            home_country,
            home,
            max_distance_km,
            skills,
            languages,
            availability,
            causes,
        ) {
            (
                Some(birth_date),
                Some(home_city),
                Some(home_country),
                Some(home),
                Some(max_distance_km),
                Some(skills),
                Some(languages),
                Some(availability),
                Some(causes),
            ) => Some(ProfileFields {
                birth_date,
                home_city,
                home_country,
                home,
                max_distance_km,
                skills,
                languages,
                availability,
                causes,
                discoverable: self.discoverable,
            }),
            _ => None,
        };
        let profile = match (fields, claim) {
            (Some(fields), Some(claim)) => VolunteerProfile::new(
                fields,
                claim,
                context.consent_on_record,
                context.today,
                context.now,
            )
            .map_err(|err| check.fail("guardian_name", &err.to_string()))
            .ok(),
            _ => None,
        };
        check.finish(profile)
    }
}

/// `Some(None)` when absent, `Some(Some(value))` when valid, `None` (the
/// error recorded) when invalid.
fn optional<R, T>(
    check: &mut FieldCheck,
    field: &str,
    raw: Option<R>,
    parse: impl FnOnce(R) -> Result<T, InvalidValue>,
) -> Option<Option<T>> {
    match raw {
        None => Some(None),
        Some(raw) => check.check(field, parse(raw)).map(Some),
    }
}

/// Reports a list's error: too long at `list`, repeats at `entry(i)`.
fn list_error(check: &mut FieldCheck, list: &str, entry: impl Fn(usize) -> String, err: ListError) {
    match err {
        ListError::TooMany { max } => check.fail(list, &format!("must list at most {max} entries")),
        ListError::Duplicates(positions) => {
            for i in positions {
                check.fail(&entry(i), "is listed more than once");
            }
        }
    }
}

fn parse_skills(
    check: &mut FieldCheck,
    entries: &[VolunteerSkillInput],
    facts: &SkillFacts,
) -> Option<VolunteerSkills<Uuid>> {
    if entries.len() > VolunteerSkills::<Uuid>::MAX {
        check.fail(
            "skills",
            &format!("must list at most {} skills", VolunteerSkills::<Uuid>::MAX),
        );
        return None;
    }
    let mut claims = Vec::with_capacity(entries.len());
    for (i, entry) in entries.iter().enumerate() {
        let field = format!("skills[{i}].skill_id");
        let known = match facts.deprecated.get(&entry.skill_id) {
            None => {
                check.fail(
                    &field,
                    "is not a skill of the taxonomy (see GET /api/v1/skills)",
                );
                false
            }
            Some(true) if !facts.held.contains(&entry.skill_id) => {
                check.fail(
                    &field,
                    "is a deprecated skill, no longer offered for new choices",
                );
                false
            }
            Some(_) => true,
        };
        let level = check.check(&format!("skills[{i}].level"), SkillLevel::new(entry.level));
        if let (true, Some(level)) = (known, level) {
            claims.push(SkillClaim {
                skill: entry.skill_id,
                level,
            });
        }
    }
    if claims.len() < entries.len() {
        return None;
    }
    VolunteerSkills::new(claims)
        .map_err(|err| list_error(check, "skills", |i| format!("skills[{i}].skill_id"), err))
        .ok()
}

fn parse_languages(
    check: &mut FieldCheck,
    entries: &[VolunteerLanguage],
) -> Option<VolunteerLanguages> {
    if entries.len() > VolunteerLanguages::MAX {
        check.fail(
            "languages",
            &format!("must list at most {} languages", VolunteerLanguages::MAX),
        );
        return None;
    }
    let mut languages = Vec::with_capacity(entries.len());
    for (i, entry) in entries.iter().enumerate() {
        let code = check.check(
            &format!("languages[{i}].code"),
            LanguageCode::parse(&entry.code),
        );
        let level = check.check(
            &format!("languages[{i}].level"),
            CefrLevel::parse(&entry.level),
        );
        if let (Some(code), Some(level)) = (code, level) {
            languages.push(LanguageSkill { code, level });
        }
    }
    if languages.len() < entries.len() {
        return None;
    }
    VolunteerLanguages::new(languages)
        .map_err(|err| list_error(check, "languages", |i| format!("languages[{i}].code"), err))
        .ok()
}

fn parse_availability(
    check: &mut FieldCheck,
    entries: &[AvailabilityWindow],
) -> Option<WeeklyAvailability> {
    if entries.len() > WeeklyAvailability::MAX_WINDOWS {
        check.fail(
            "availability",
            &format!(
                "must list at most {} windows",
                WeeklyAvailability::MAX_WINDOWS
            ),
        );
        return None;
    }
    let mut windows = Vec::with_capacity(entries.len());
    for (i, entry) in entries.iter().enumerate() {
        let weekday = check.check(
            &format!("availability[{i}].weekday"),
            Weekday::parse(&entry.weekday),
        );
        let start = check.check(
            &format!("availability[{i}].start"),
            TimeOfDay::parse(&entry.start),
        );
        let end = check.check(
            &format!("availability[{i}].end"),
            TimeOfDay::parse_end(&entry.end),
        );
        if let (Some(weekday), Some(start), Some(end)) = (weekday, start, end)
            && let Some(window) = check.check(
                &format!("availability[{i}].end"),
                Window::new(weekday, start, end),
            )
        {
            windows.push(window);
        }
    }
    if windows.len() < entries.len() {
        return None;
    }
    match WeeklyAvailability::new(windows.clone()) {
        Ok(week) => Some(week),
        Err(AvailabilityError::TooMany { max }) => {
            check.fail("availability", &format!("must list at most {max} windows"));
            None
        }
        Err(AvailabilityError::Overlaps(overlaps)) => {
            for overlap in overlaps {
                check.fail(
                    "availability",
                    &format!(
                        "availability[{}] ({}) overlaps availability[{}] ({}); windows of one weekday must not overlap",
                        overlap.first, windows[overlap.first], overlap.second, windows[overlap.second]
                    ),
                );
            }
            None
        }
    }
}

fn parse_causes(check: &mut FieldCheck, entries: &[String]) -> Option<Causes> {
    let causes: Vec<Cause> = entries
        .iter()
        .enumerate()
        .filter_map(|(i, raw)| check.check(&format!("causes[{i}]"), Cause::parse(raw)))
        .collect();
    if causes.len() < entries.len() {
        return None;
    }
    Causes::new(causes)
        .map_err(|err| list_error(check, "causes", |i| format!("causes[{i}]"), err))
        .ok()
}

/// The consent on record in a stored profile.
pub fn consent_on_record(row: &ProfileRow) -> Option<GuardianConsent> {
    if !row.guardian_consent {
        return None;
    }
    let given_by = GuardianName::parse(row.guardian_name.as_deref()?).ok()?;
    Some(GuardianConsent::new(
        given_by,
        row.guardian_consent_recorded_at?,
    ))
}
