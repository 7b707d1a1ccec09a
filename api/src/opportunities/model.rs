//! Bodies of the opportunity endpoints and their parsing into domain values.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use hop_domain::{
    InvalidValue,
    language::LanguageCode,
    opportunity::{MinAge, OpportunityDescription, Title},
    organization::{Address, Coordinates},
    text::fold_for_search,
    volunteering::{Cause, CefrLevel, SkillLevel},
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::search::{SearchCursor, SearchFilter, SearchOrder};
use super::store::{
    LanguageNeedRow, NewOpportunityRow, OpportunityChanges, OpportunityRow, SkillNeedRow,
};
use crate::{error::ApiError, pagination::PageRequest, schemas, validation::FieldCheck};

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"lat": 53.0103, "lon": 18.6057, "address": "Rynek Staromiejski 1, 87-100 Toruń"}))]
pub struct OpportunityLocation {
    pub lat: f64,
    pub lon: f64,
    pub address: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
pub struct SkillNeed {
    pub skill_id: Uuid,
    /// 1 basic, 2 experienced, 3 expert.
    #[schema(minimum = 1, maximum = 3, example = 2)]
    pub min_level: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct LanguageNeed {
    /// ISO 639-1, e.g. `pl`, `uk`, `en`.
    #[schema(value_type = schemas::LanguageCode, example = "uk")]
    pub code: String,
    /// CEFR level, `A1` … `C2`.
    #[schema(value_type = schemas::CefrLevel, example = "B1")]
    pub min_level: String,
}

/// Skills and languages as validated: the rows to store, and the skill ids
/// that must exist (checked against the taxonomy in the same transaction).
pub struct Needs {
    pub skills: Vec<SkillNeedRow>,
    pub languages: Vec<LanguageNeedRow>,
}

fn parse_needs(
    check: &mut FieldCheck,
    required: Option<&[SkillNeed]>,
    preferred: Option<&[SkillNeed]>,
    languages: Option<&[LanguageNeed]>,
) -> Needs {
    let mut seen = HashSet::new();
    let mut skills = Vec::new();
    for (field, needs, is_required) in [
        ("required_skills", required, true),
        ("preferred_skills", preferred, false),
    ] {
        for (i, need) in needs.unwrap_or_default().iter().enumerate() {
            let level = check.check(
                &format!("{field}[{i}].min_level"),
                SkillLevel::new(need.min_level),
            );
            if !seen.insert(need.skill_id) {
                check.fail(&format!("{field}[{i}].skill_id"), "is listed twice");
            }
            if let Some(level) = level {
                skills.push(SkillNeedRow {
                    opportunity_id: Uuid::nil(),
                    skill_id: need.skill_id,
                    min_level: i16::from(level.get()),
                    required: is_required,
                });
            }
        }
    }
    let mut codes = HashSet::new();
    let mut language_rows = Vec::new();
    for (i, need) in languages.unwrap_or_default().iter().enumerate() {
        let code = check.check(
            &format!("languages[{i}].code"),
            LanguageCode::parse(&need.code),
        );
        let level = check.check(
            &format!("languages[{i}].min_level"),
            CefrLevel::parse(&need.min_level),
        );
        if let (Some(code), Some(level)) = (code, level) {
            if !codes.insert(code.as_str().to_owned()) {
                check.fail(&format!("languages[{i}].code"), "is listed twice");
            }
            language_rows.push(LanguageNeedRow {
                opportunity_id: Uuid::nil(),
                code: code.as_str().to_owned(),
                min_level: level.as_str().to_owned(),
            });
        }
    }
    Needs {
        skills,
        languages: language_rows,
    }
}

/// Where it happens: a point, and optionally an address.
fn parse_location(
    check: &mut FieldCheck,
    location: &OpportunityLocation,
) -> Option<(Coordinates, Option<String>)> {
    let point = match Coordinates::new(location.lat, location.lon) {
        Ok(point) => Some(point),
        Err((part, err)) => {
            check.fail(&format!("location.{part}"), &err.message);
            None
        }
    };
    let address = location.address.as_deref().map(|raw| {
        check
            .check("location.address", Address::parse(raw))
            .map(|a| a.as_str().to_owned())
    });
    match (point, address) {
        (Some(point), None) => Some((point, None)),
        (Some(point), Some(Some(address))) => Some((point, Some(address))),
        _ => None,
    }
}

/// What full-text search indexes: title and description, folded.
pub fn search_text(title: &str, description: &str) -> String {
    fold_for_search(&format!("{title} {description}"))
}

fn title(raw: &str) -> Result<String, InvalidValue> {
    Title::parse(raw).map(|title| title.as_str().to_owned())
}

fn description(raw: &str) -> Result<String, InvalidValue> {
    OpportunityDescription::parse(raw).map(|text| text.as_str().to_owned())
}

#[derive(Deserialize, ToSchema)]
#[schema(example = json!({
    "title": "Food bank sorting shift",
    "description": "Sort donated food for families in need. No experience needed.",
    "cause": "poverty",
    "min_age": 16,
    "requires_review": false,
    "works_with_children": false,
    "remote": false,
    "location": {"lat": 53.0103, "lon": 18.6057, "address": "ul. Szeroka 1, 87-100 Toruń"},
    "required_skills": [],
    "preferred_skills": [{"skill_id": "5f0c8a4e-2b7d-4c1a-9e3f-6a8b0c1d2e3f", "min_level": 1}],
    "languages": [{"code": "pl", "min_level": "A2"}]
}))]
pub struct CreateOpportunityRequest {
    /// 3 to 200 characters.
    #[schema(min_length = 3, max_length = 200)]
    pub title: String,
    #[schema(min_length = 0, max_length = 10000)]
    pub description: Option<String>,
    /// One of the documented causes (see `Cause`).
    #[schema(value_type = schemas::Cause)]
    pub cause: String,
    /// 13 to 99; default 13.
    #[schema(minimum = 13, maximum = 99)]
    pub min_age: Option<i64>,
    pub requires_review: Option<bool>,
    pub works_with_children: Option<bool>,
    pub remote: Option<bool>,
    /// Required unless `remote`.
    pub location: Option<OpportunityLocation>,
    pub required_skills: Option<Vec<SkillNeed>>,
    pub preferred_skills: Option<Vec<SkillNeed>>,
    pub languages: Option<Vec<LanguageNeed>>,
}

impl CreateOpportunityRequest {
    pub fn parse(
        self,
        organization_id: Uuid,
        creator: Uuid,
    ) -> Result<(NewOpportunityRow, Needs), ApiError> {
        let mut check = FieldCheck::default();
        let title = check.check("title", title(&self.title));
        let description = check.check(
            "description",
            description(self.description.as_deref().unwrap_or("")),
        );
        let cause = check.check("cause", Cause::parse(&self.cause));
        let min_age = check.check("min_age", MinAge::new(self.min_age.unwrap_or(13)));
        let remote = self.remote.unwrap_or(false);
        let location = self
            .location
            .as_ref()
            .map(|location| parse_location(&mut check, location));
        if !remote && self.location.is_none() {
            check.fail("location", "is required unless the opportunity is remote");
        }
        let needs = parse_needs(
            &mut check,
            self.required_skills.as_deref(),
            self.preferred_skills.as_deref(),
            self.languages.as_deref(),
        );
        let row = match (title, description, cause, min_age) {
            (Some(title), Some(description), Some(cause), Some(min_age)) => {
                let (point, address) = location
                    .flatten()
                    .map_or((None, None), |(p, a)| (Some(p), a));
                Some(NewOpportunityRow {
                    organization_id,
                    search_text: search_text(&title, &description),
                    title,
                    description,
                    cause: cause.as_str(),
                    min_age: i16::from(min_age.get()),
                    requires_review: self.requires_review.unwrap_or(false),
                    works_with_children: self.works_with_children.unwrap_or(false),
                    remote,
                    address,
                    lat: point.map(Coordinates::lat),
                    lon: point.map(Coordinates::lon),
                    created_by: Some(creator),
                })
            }
            _ => None,
        };
        check.finish(row.map(|row| (row, needs)))
    }
}

/// Fields to change; absent fields stay. Skill and language lists, when
/// given, replace the old ones.
#[derive(Deserialize, ToSchema)]
#[schema(example = json!({"title": "Food bank sorting — evening shift", "min_age": 18}))]
pub struct UpdateOpportunityRequest {
    #[serde(default, deserialize_with = "crate::json::not_null")]
    #[schema(value_type = String)]
    #[schema(min_length = 3, max_length = 200)]
    pub title: Option<String>,
    #[serde(default, deserialize_with = "crate::json::not_null")]
    #[schema(value_type = String)]
    #[schema(min_length = 0, max_length = 10000)]
    pub description: Option<String>,
    #[serde(default, deserialize_with = "crate::json::not_null")]
    #[schema(value_type = schemas::Cause)]
    pub cause: Option<String>,
    #[serde(default, deserialize_with = "crate::json::not_null")]
    #[schema(value_type = i64)]
    #[schema(minimum = 13, maximum = 99)]
    pub min_age: Option<i64>,
    #[serde(default, deserialize_with = "crate::json::not_null")]
    #[schema(value_type = bool)]
    pub requires_review: Option<bool>,
    #[serde(default, deserialize_with = "crate::json::not_null")]
    #[schema(value_type = bool)]
    pub works_with_children: Option<bool>,
    #[serde(default, deserialize_with = "crate::json::not_null")]
    #[schema(value_type = bool)]
    pub remote: Option<bool>,
    #[serde(default, deserialize_with = "crate::json::double_option")]
    #[schema(value_type = Option<OpportunityLocation>)]
    pub location: Option<Option<OpportunityLocation>>,
    #[serde(default, deserialize_with = "crate::json::not_null")]
    #[schema(value_type = Vec<SkillNeed>)]
    pub required_skills: Option<Vec<SkillNeed>>,
    #[serde(default, deserialize_with = "crate::json::not_null")]
    #[schema(value_type = Vec<SkillNeed>)]
    pub preferred_skills: Option<Vec<SkillNeed>>,
    #[serde(default, deserialize_with = "crate::json::not_null")]
    #[schema(value_type = Vec<LanguageNeed>)]
    pub languages: Option<Vec<LanguageNeed>>,
    /// Not settable here: use `publish` and `close`.
    #[serde(default)]
    #[schema(ignore)]
    pub status: Option<serde_json::Value>,
}

pub struct OpportunityUpdate {
    pub changes: OpportunityChanges,
    /// `Some` when the body replaces the skill lists.
    pub skills: Option<Vec<SkillNeedRow>>,
    pub languages: Option<Vec<LanguageNeedRow>>,
}

impl UpdateOpportunityRequest {
    pub fn parse(self, now: DateTime<Utc>) -> Result<OpportunityUpdate, ApiError> {
        let mut check = FieldCheck::default();
        if self.status.is_some() {
            check.fail("status", "cannot be changed here; use publish or close");
        }
        let mut changes = OpportunityChanges {
            title: self
                .title
                .as_deref()
                .and_then(|raw| check.check("title", title(raw))),
            description: self
                .description
                .as_deref()
                .and_then(|raw| check.check("description", description(raw))),
            cause: self
                .cause
                .as_deref()
                .and_then(|raw| check.check("cause", Cause::parse(raw)))
                .map(Cause::as_str),
            min_age: self
                .min_age
                .and_then(|age| check.check("min_age", MinAge::new(age)))
                .map(|age| i16::from(age.get())),
            requires_review: self.requires_review,
            works_with_children: self.works_with_children,
            remote: self.remote,
            updated_at: Some(now),
            ..OpportunityChanges::default()
        };
        match &self.location {
            None => {}
            Some(None) => {
                (changes.address, changes.lat, changes.lon) = (Some(None), Some(None), Some(None))
            }
            Some(Some(location)) => {
                if let Some((point, address)) = parse_location(&mut check, location) {
                    changes.address = Some(address);
                    (changes.lat, changes.lon) = (Some(Some(point.lat())), Some(Some(point.lon())));
                }
            }
        }
        let replaces_skills = self.required_skills.is_some() || self.preferred_skills.is_some();
        let needs = parse_needs(
            &mut check,
            self.required_skills.as_deref(),
            self.preferred_skills.as_deref(),
            self.languages.as_deref(),
        );
        let update = OpportunityUpdate {
            changes,
            skills: replaces_skills.then_some(needs.skills),
            languages: self.languages.is_some().then_some(needs.languages),
        };
        check.finish(Some(update))
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "9a1d3c5e-7f2b-4d6a-8c0e-1b3d5f7a9c2e",
    "organization_id": "5f0c8a4e-2b7d-4c1a-9e3f-6a8b0c1d2e3f",
    "title": "Food bank sorting shift",
    "description": "Sort donated food for families in need.",
    "cause": "poverty",
    "status": "published",
    "min_age": 16,
    "requires_review": false,
    "works_with_children": false,
    "remote": false,
    "location": {"lat": 53.0103, "lon": 18.6057, "address": "ul. Szeroka 1, 87-100 Toruń"},
    "required_skills": [],
    "preferred_skills": [],
    "languages": [{"code": "pl", "min_level": "A2"}],
    "published_at": "2026-11-25T10:00:00Z",
    "created_at": "2026-11-24T18:00:00Z",
    "updated_at": "2026-11-25T10:00:00Z"
}))]
pub struct Opportunity {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub title: String,
    pub description: String,
    #[schema(value_type = schemas::Cause)]
    pub cause: String,
    /// `draft`, `published` or `closed`.
    #[schema(value_type = schemas::OpportunityStatus)]
    pub status: String,
    pub min_age: i16,
    pub requires_review: bool,
    pub works_with_children: bool,
    pub remote: bool,
    #[schema(required = true)]
    pub location: Option<OpportunityLocation>,
    pub required_skills: Vec<SkillNeed>,
    pub preferred_skills: Vec<SkillNeed>,
    pub languages: Vec<LanguageNeed>,
    #[schema(required = true)]
    pub published_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Opportunity {
    pub fn new(
        row: OpportunityRow,
        skills: Vec<SkillNeedRow>,
        languages: Vec<LanguageNeedRow>,
    ) -> Self {
        let need = |row: &SkillNeedRow| SkillNeed {
            skill_id: row.skill_id,
            min_level: i64::from(row.min_level),
        };
        Self {
            id: row.id,
            organization_id: row.organization_id,
            title: row.title,
            description: row.description,
            cause: row.cause,
            status: row.status,
            min_age: row.min_age,
            requires_review: row.requires_review,
            works_with_children: row.works_with_children,
            remote: row.remote,
            location: row.lat.zip(row.lon).map(|(lat, lon)| OpportunityLocation {
                lat,
                lon,
                address: row.address,
            }),
            required_skills: skills.iter().filter(|s| s.required).map(need).collect(),
            preferred_skills: skills.iter().filter(|s| !s.required).map(need).collect(),
            languages: languages
                .into_iter()
                .map(|l| LanguageNeed {
                    code: l.code,
                    min_level: l.min_level,
                })
                .collect(),
            published_at: row.published_at,
            created_at: row.created_at,
            updated_at: row.updated_at,
        }
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OpportunitySearchQuery {
    /// Words in the title or description; case, accents and word endings are ignored.
    #[param(example = "pomoc dzieciom")]
    pub q: Option<String>,
    /// Only this organisation's opportunities.
    pub organization_id: Option<Uuid>,
    /// One of the documented causes.
    #[param(value_type = Option<schemas::Cause>)]
    pub cause: Option<String>,
    /// Asks for this skill (required or preferred).
    pub skill: Option<Uuid>,
    /// Asks for this language (ISO 639-1).
    #[param(value_type = Option<schemas::LanguageCode>, example = "uk")]
    pub language: Option<String>,
    pub remote: Option<bool>,
    /// `lat,lon`: only opportunities within `radius_km` of this point.
    #[param(
        example = "53.0138,18.5984",
        pattern = "^-?[0-9]{1,3}(\\.[0-9]+)?,-?[0-9]{1,3}(\\.[0-9]+)?$"
    )]
    pub near: Option<String>,
    /// With `near`: 0.1 to 1 000 km, default 25.
    #[param(minimum = 0.1, maximum = 1000)]
    pub radius_km: Option<f64>,
    /// Has a shift starting at or after this time (RFC 3339, in the years 1900–9999).
    pub from: Option<DateTime<Utc>>,
    /// Has a shift starting before this time (RFC 3339, in the years 1900–9999).
    pub to: Option<DateTime<Utc>>,
    /// `true`: has a future shift with a free place.
    pub open: Option<bool>,
    /// `soonest` (default: by the next shift; only those with an upcoming shift), `distance` (needs `near`) or `newest`.
    #[param(value_type = Option<schemas::SearchSort>)]
    pub sort: Option<String>,
    /// Items per page, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    #[param(pattern = "^[A-Za-z0-9_-]*$")]
    pub cursor: Option<String>,
}

pub struct ParsedSearch {
    pub filter: SearchFilter,
    pub order: SearchOrder,
    pub page: PageRequest<SearchCursor>,
}

impl OpportunitySearchQuery {
    pub fn parse(self) -> Result<ParsedSearch, ApiError> {
        let mut check = FieldCheck::default();
        let text = self.q.as_deref().and_then(|raw| {
            let folded = fold_for_search(raw);
            let words: Vec<&str> = folded
                .split(|c: char| !c.is_alphanumeric())
                .filter(|word| !word.is_empty())
                .take(10)
                .collect();
            if words.is_empty() {
                check.fail("q", "must contain a word");
                return None;
            }
            // Polish has no stemmer in PostgreSQL: matching on the word less its
            // last two letters (keeping at least four) catches its endings —
            // `swietlica` finds `świetlicy`, `dzieci` finds `dzieciom`.
            // Alphanumeric words only, so the tsquery syntax cannot be broken.
            let prefixes = words
                .iter()
                .map(|word| {
                    let keep = word.chars().count().saturating_sub(2).max(4);
                    format!("{}:*", word.chars().take(keep).collect::<String>())
                })
                .collect::<Vec<_>>()
                .join(" & ");
            Some((prefixes, words.join(" ")))
        });
        let cause = self
            .cause
            .as_deref()
            .and_then(|raw| check.check("cause", Cause::parse(raw)));
        let language = self
            .language
            .as_deref()
            .and_then(|raw| check.check("language", LanguageCode::parse(raw)))
            .map(|code| code.as_str().to_owned());
        let near = self.near.as_deref().and_then(|raw| {
            let parsed = raw.split_once(',').and_then(|(lat, lon)| {
                Some((
                    lat.trim().parse::<f64>().ok()?,
                    lon.trim().parse::<f64>().ok()?,
                ))
            });
            match parsed.map(|(lat, lon)| Coordinates::new(lat, lon)) {
                Some(Ok(point)) => Some(point),
                Some(Err((part, err))) => {
                    check.fail(&format!("near.{part}"), &err.message);
                    None
                }
                None => {
                    check.fail("near", "must be `lat,lon`, e.g. 53.0138,18.5984");
                    None
                }
            }
        });
        let radius_km = self.radius_km.unwrap_or(25.0);
        if !(0.1..=1000.0).contains(&radius_km) {
            check.fail("radius_km", "must be between 0.1 and 1000");
        }
        if self.radius_km.is_some() && self.near.is_none() {
            check.fail("radius_km", "goes with `near`");
        }
        let from = check.instant("from", self.from);
        let to = check.instant("to", self.to);
        if let (Some(from), Some(to)) = (from, to)
            && to <= from
        {
            check.fail("to", "must be after `from`");
        }
        let order = match self.sort.as_deref() {
            None | Some("soonest") => Some(SearchOrder::Soonest),
            Some("newest") => Some(SearchOrder::Newest),
            Some("distance") if self.near.is_some() => Some(SearchOrder::Distance),
            Some("distance") => {
                check.fail("sort", "`distance` needs `near`");
                None
            }
            Some(_) => {
                check.fail("sort", "must be `soonest`, `distance` or `newest`");
                None
            }
        };
        let page = check.page::<SearchCursor>(self.limit, self.cursor);
        if let (Some(order), Some(page)) = (order, &page)
            && page.after.is_some_and(|cursor| cursor.order() != order)
        {
            check.fail("cursor", "belongs to another sort order");
        }
        let parsed = order.zip(page).map(|(order, page)| ParsedSearch {
            filter: SearchFilter {
                organization_id: self.organization_id,
                text,
                cause: cause.map(Cause::as_str),
                skill: self.skill,
                language,
                remote: self.remote,
                near: near.map(|point| (point.lat(), point.lon(), radius_km * 1000.0)),
                from,
                to,
                open: self.open.unwrap_or(false),
            },
            order,
            page,
        });
        check.finish(parsed)
    }
}

#[cfg(test)]
mod tests {
    use chrono::Datelike;
    use hop_domain::bounds::{FIRST_YEAR, LAST_YEAR};
    use proptest::prelude::*;

    use super::*;
    use crate::pagination::CursorKey;

    fn search(query: &str) -> Result<ParsedSearch, ApiError> {
        crate::query::parse::<OpportunitySearchQuery>(query)?.parse()
    }

    fn fields(result: Result<ParsedSearch, ApiError>) -> Vec<String> {
        match result {
            Err(ApiError::Validation(errors)) => errors.into_iter().map(|e| e.field).collect(),
            Err(other) => panic!("{other:?}"),
            Ok(_) => Vec::new(),
        }
    }

    #[test]
    fn times_at_chronos_limits_are_refused_naming_the_parameter() {
        assert_eq!(fields(search("from=-262143-01-01T00:00:00Z")), ["from"]);
        assert_eq!(fields(search("to=%2B262142-12-31T23:59:59Z")), ["to"]);
        assert!(search("from=1900-01-01T00:00:00Z&to=9999-12-31T23:59:59Z").is_ok());
    }

    proptest! {
        #[test]
        fn a_searched_time_reaches_the_store_only_within_the_accepted_years(
            secs in DateTime::<Utc>::MIN_UTC.timestamp()..=DateTime::<Utc>::MAX_UTC.timestamp(),
            to in any::<bool>(),
        ) {
            let at = DateTime::from_timestamp(secs, 0).unwrap();
            let name = if to { "to" } else { "from" };
            let query = format!("{name}={}", at.to_rfc3339().replace('+', "%2B"));
            let in_years = (FIRST_YEAR..=LAST_YEAR).contains(&at.year());
            match search(&query) {
                Ok(parsed) => {
                    prop_assert!(in_years);
                    let kept = if to { parsed.filter.to } else { parsed.filter.from };
                    prop_assert_eq!(kept, Some(at));
                }
                Err(ApiError::Validation(errors)) => {
                    prop_assert!(!in_years);
                    prop_assert_eq!(&errors[0].field, name);
                }
                Err(other) => prop_assert!(false, "{other:?}"),
            }
        }

        #[test]
        fn any_search_cursor_decodes_in_bounds_or_is_refused(
            at in any::<i64>(),
            chord in any::<f64>(),
            variant in 0usize..3,
        ) {
            let id = Uuid::nil();
            let key = match variant {
                0 => serde_json::json!({"Soonest": [at, id]}),
                1 => serde_json::json!({"Newest": [at, id]}),
                _ => serde_json::json!({"Distance": [chord, id]}),
            };
            let cursor = base64::Engine::encode(
                &base64::engine::general_purpose::URL_SAFE_NO_PAD,
                serde_json::to_vec(&key).unwrap(),
            );
            let sort = ["soonest", "newest", "distance"][variant];
            let query = format!("sort={sort}&near=53.0,18.6&cursor={cursor}");
            match search(&query) {
                Ok(parsed) => {
                    let after = parsed.page.after.unwrap();
                    prop_assert!(after.is_in_bounds());
                }
                Err(ApiError::Validation(errors)) => prop_assert_eq!(&errors[0].field, "cursor"),
                Err(other) => prop_assert!(false, "{other:?}"),
            }
        }
    }
}
