//! Bodies of the volunteer-profile endpoints.

use chrono::{DateTime, NaiveDate, Utc};
use hop_domain::{
    InvalidValue,
    volunteer::{TimeOfDay, Weekday},
};
use serde::{Deserialize, Serialize};
use utoipa::{
    ToSchema,
    openapi::{
        RefOr,
        schema::{ObjectBuilder, Schema, Type},
    },
};
use uuid::Uuid;

use super::store::{ProfileRow, ProfileSkillRow};
use crate::{error::ApiError, organizations::model::Location, schemas};

fn start_schema() -> impl Into<RefOr<Schema>> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some("`HH:MM`, Europe/Warsaw local time, 00:00 to 23:59."))
        .pattern(Some("^([01][0-9]|2[0-3]):[0-5][0-9]$"))
        .examples(["09:00"])
}

fn end_schema() -> impl Into<RefOr<Schema>> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(
            "`HH:MM`, Europe/Warsaw local time, after `start`; 24:00 is the end of the day.",
        ))
        .pattern(Some("^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"))
        .examples(["13:00"])
}

/// A skill the volunteer has.
#[derive(Debug, Deserialize, ToSchema)]
#[schema(example = json!({"skill_id": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8", "level": 2}))]
pub struct VolunteerSkillInput {
    /// A skill of the taxonomy (`GET /api/v1/skills`); a deprecated one only
    /// if the profile already has it.
    pub skill_id: Uuid,
    /// 1 basic, 2 experienced, 3 expert.
    #[schema(minimum = 1, maximum = 3)]
    pub level: i64,
}

/// A skill of the profile.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "skill_id": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8",
    "slug": "first-aid",
    "level": 2,
    "deprecated": false
}))]
pub struct VolunteerSkill {
    pub skill_id: Uuid,
    /// The skill's stable identifier in the taxonomy.
    pub slug: String,
    /// 1 basic, 2 experienced, 3 expert.
    pub level: i16,
    /// No longer offered for new choices; kept while the profile lists it.
    pub deprecated: bool,
}

impl From<ProfileSkillRow> for VolunteerSkill {
    fn from(row: ProfileSkillRow) -> Self {
        Self {
            skill_id: row.skill_id,
            slug: row.slug,
            level: row.level,
            deprecated: row.deprecated,
        }
    }
}

/// A language the volunteer speaks.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"code": "uk", "level": "C2"}))]
pub struct VolunteerLanguage {
    #[schema(value_type = schemas::LanguageCode, example = "uk")]
    pub code: String,
    #[schema(value_type = schemas::CefrLevel)]
    pub level: String,
}

/// Hours of one weekday the volunteer can help, in Europe/Warsaw local time.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"weekday": "sat", "start": "09:00", "end": "13:00"}))]
pub struct AvailabilityWindow {
    #[schema(value_type = schemas::Weekday)]
    pub weekday: String,
    #[schema(schema_with = start_schema)]
    pub start: String,
    #[schema(schema_with = end_schema)]
    pub end: String,
}

/// The whole profile: what is left out is cleared (lists become empty).
#[derive(Debug, Deserialize, ToSchema)]
#[schema(example = json!({
    "birth_date": "2009-05-17",
    "home_city": "Toruń",
    "home_country": "PL",
    "home": {"lat": 53.0138, "lon": 18.5984},
    "max_distance_km": 15,
    "skills": [{"skill_id": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8", "level": 2}],
    "languages": [{"code": "pl", "level": "C2"}, {"code": "uk", "level": "B1"}],
    "availability": [
        {"weekday": "wed", "start": "16:00", "end": "19:00"},
        {"weekday": "sat", "start": "09:00", "end": "13:00"}
    ],
    "causes": ["refugees", "education"],
    "discoverable": true,
    "guardian_consent": true,
    "guardian_name": "Anna Nowak"
}))]
pub struct PutVolunteerProfileRequest {
    /// `YYYY-MM-DD`; volunteers are at least 13.
    #[schema(value_type = Option<String>, format = Date, example = "2009-05-17")]
    pub birth_date: Option<String>,
    /// 1 to 100 characters.
    pub home_city: Option<String>,
    /// ISO 3166-1 alpha-2 (`PL`, `DE`, `LT`, `LV`, `UA`); lower case is accepted.
    #[schema(example = "PL")]
    pub home_country: Option<String>,
    /// Where the volunteer starts from; distances to opportunities are measured from here.
    pub home: Option<Location>,
    /// How far the volunteer travels: 0 to 1 000 km.
    #[schema(minimum = 0, maximum = 1000)]
    pub max_distance_km: Option<i64>,
    /// Each skill at most once (at most 100).
    #[serde(default)]
    pub skills: Vec<VolunteerSkillInput>,
    /// Each language at most once (at most 30).
    #[serde(default)]
    pub languages: Vec<VolunteerLanguage>,
    /// At most 50 windows; windows of one weekday must not overlap (touching is fine).
    #[serde(default)]
    pub availability: Vec<AvailabilityWindow>,
    #[serde(default)]
    #[schema(value_type = Vec<schemas::Cause>)]
    pub causes: Vec<String>,
    /// Organisations may find the volunteer among an opportunity's candidates.
    #[serde(default)]
    pub discoverable: bool,
    /// A parent or legal guardian consents to the (minor) volunteer taking part.
    #[serde(default)]
    pub guardian_consent: bool,
    /// Who gave the consent: required with `guardian_consent`, ignored without it.
    pub guardian_name: Option<String>,
}

/// A volunteer's profile, as its owner sees it.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "user_id": "0b9f7c1e-4d7a-4a55-9d0e-3c1b2a5e8f10",
    "birth_date": "2009-05-17",
    "home_city": "Toruń",
    "home_country": "PL",
    "home": {"lat": 53.0138, "lon": 18.5984},
    "max_distance_km": 15,
    "skills": [{
        "skill_id": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8",
        "slug": "first-aid",
        "level": 2,
        "deprecated": false
    }],
    "languages": [{"code": "pl", "level": "C2"}, {"code": "uk", "level": "B1"}],
    "availability": [
        {"weekday": "wed", "start": "16:00", "end": "19:00"},
        {"weekday": "sat", "start": "09:00", "end": "13:00"}
    ],
    "causes": ["refugees", "education"],
    "discoverable": true,
    "guardian_consent": true,
    "guardian_name": "Anna Nowak",
    "guardian_consent_recorded_at": "2026-11-25T10:00:00Z",
    "created_at": "2026-11-25T10:00:00Z",
    "updated_at": "2026-11-25T10:00:00Z"
}))]
pub struct VolunteerProfile {
    pub user_id: Uuid,
    #[schema(required = true)]
    pub birth_date: Option<NaiveDate>,
    #[schema(required = true)]
    pub home_city: Option<String>,
    /// ISO 3166-1 alpha-2, upper case.
    #[schema(required = true)]
    pub home_country: Option<String>,
    #[schema(required = true)]
    pub home: Option<Location>,
    #[schema(required = true)]
    pub max_distance_km: Option<i16>,
    /// By slug.
    pub skills: Vec<VolunteerSkill>,
    /// By code.
    pub languages: Vec<VolunteerLanguage>,
    /// Monday first, then by start.
    pub availability: Vec<AvailabilityWindow>,
    /// In the order given.
    #[schema(value_type = Vec<schemas::Cause>)]
    pub causes: Vec<String>,
    pub discoverable: bool,
    pub guardian_consent: bool,
    /// Who gave the consent (with `guardian_consent` only).
    #[schema(required = true)]
    pub guardian_name: Option<String>,
    /// When the consent was first recorded; unchanged while the same guardian's consent stands.
    #[schema(required = true)]
    pub guardian_consent_recorded_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl VolunteerProfile {
    pub fn from_rows(
        row: ProfileRow,
        skills: Vec<ProfileSkillRow>,
        languages: Vec<(String, String)>,
        availability: Vec<(i16, i16, i16)>,
    ) -> Result<Self, ApiError> {
        let stored = |err: InvalidValue| ApiError::internal(format!("stored availability: {err}"));
        let availability = availability
            .into_iter()
            .map(|(weekday, start, end)| {
                Ok(AvailabilityWindow {
                    weekday: Weekday::from_iso_number(weekday.into())
                        .map_err(stored)?
                        .to_string(),
                    start: TimeOfDay::from_minutes(start.into())
                        .map_err(stored)?
                        .to_string(),
                    end: TimeOfDay::from_minutes(end.into())
                        .map_err(stored)?
                        .to_string(),
                })
            })
            .collect::<Result<_, ApiError>>()?;
        Ok(Self {
            user_id: row.user_id,
            birth_date: row.birth_date,
            home_city: row.home_city,
            home_country: row.home_country,
            home: row
                .home_lat
                .zip(row.home_lon)
                .map(|(lat, lon)| Location { lat, lon }),
            max_distance_km: row.max_distance_km,
            skills: skills.into_iter().map(VolunteerSkill::from).collect(),
            languages: languages
                .into_iter()
                .map(|(code, level)| VolunteerLanguage { code, level })
                .collect(),
            availability,
            causes: row.causes,
            discoverable: row.discoverable,
            guardian_consent: row.guardian_consent,
            guardian_name: row.guardian_name,
            guardian_consent_recorded_at: row.guardian_consent_recorded_at,
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }
}
