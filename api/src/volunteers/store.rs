//! Volunteer profiles in PostgreSQL: the profile row and its skills,
//! languages and availability. Each function takes a connection so callers
//! can compose them inside one transaction.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use hop_domain::volunteer::{GuardianConsent, VolunteerProfile};
use uuid::Uuid;

use crate::schema::{
    skills, volunteer_availability, volunteer_languages, volunteer_profiles, volunteer_skills,
};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = volunteer_profiles, check_for_backend(diesel::pg::Pg))]
pub struct ProfileRow {
    pub user_id: Uuid,
    pub birth_date: Option<NaiveDate>,
    pub home_city: Option<String>,
    pub home_country: Option<String>,
    pub home_lat: Option<f64>,
    pub home_lon: Option<f64>,
    pub max_distance_km: Option<i16>,
    pub causes: Vec<String>,
    pub discoverable: bool,
    pub guardian_consent: bool,
    pub guardian_name: Option<String>,
    pub guardian_consent_recorded_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Every column of a profile: inserted, or on conflict written over the
/// old row (`None` writes NULL: a PUT replaces the whole profile).
#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = volunteer_profiles, primary_key(user_id), treat_none_as_null = true)]
struct ProfileWrite<'a> {
    user_id: Uuid,
    birth_date: Option<NaiveDate>,
    home_city: Option<&'a str>,
    home_country: Option<&'a str>,
    home_lat: Option<f64>,
    home_lon: Option<f64>,
    max_distance_km: Option<i16>,
    causes: Vec<&'static str>,
    discoverable: bool,
    guardian_consent: bool,
    guardian_name: Option<&'a str>,
    guardian_consent_recorded_at: Option<DateTime<Utc>>,
    updated_at: DateTime<Utc>,
}

impl<'a> ProfileWrite<'a> {
    fn new(user: Uuid, profile: &'a VolunteerProfile<Uuid>, now: DateTime<Utc>) -> Self {
        let fields = profile.fields();
        let consent = profile.guardian_consent();
        Self {
            user_id: user,
            birth_date: fields.birth_date.map(|birth| birth.date()),
            home_city: fields.home_city.as_ref().map(|city| city.as_str()),
            home_country: fields.home_country.map(|country| country.as_str()),
            home_lat: fields.home.map(|home| home.lat()),
            home_lon: fields.home.map(|home| home.lon()),
            max_distance_km: fields.max_distance_km.map(|km| small(km.get())),
            causes: fields.causes.causes().iter().map(|c| c.as_str()).collect(),
            discoverable: fields.discoverable,
            guardian_consent: consent.is_some(),
            guardian_name: consent.map(|consent| consent.given_by().as_str()),
            guardian_consent_recorded_at: consent.map(GuardianConsent::recorded_at),
            updated_at: now,
        }
    }
}

pub fn find(conn: &mut PgConnection, user: Uuid) -> QueryResult<Option<ProfileRow>> {
    volunteer_profiles::table
        .find(user)
        .select(ProfileRow::as_select())
        .first(conn)
        .optional()
}

/// Locks the profile, so PUTs of one volunteer happen one at a time.
pub fn find_for_update(conn: &mut PgConnection, user: Uuid) -> QueryResult<Option<ProfileRow>> {
    volunteer_profiles::table
        .find(user)
        .select(ProfileRow::as_select())
        .for_update()
        .first(conn)
        .optional()
}

/// A skill of a profile with what the taxonomy says of it.
#[derive(Debug, Clone, Queryable)]
pub struct ProfileSkillRow {
    pub skill_id: Uuid,
    pub level: i16,
    pub slug: String,
    pub deprecated: bool,
}

/// The profile's skills, by slug.
pub fn skills_of(conn: &mut PgConnection, user: Uuid) -> QueryResult<Vec<ProfileSkillRow>> {
    volunteer_skills::table
        .inner_join(skills::table)
        .filter(volunteer_skills::user_id.eq(user))
        .select((
            volunteer_skills::skill_id,
            volunteer_skills::level,
            skills::slug,
            skills::deprecated,
        ))
        .order_by(skills::slug)
        .load(conn)
}

/// The profile's languages (code, CEFR level), by code.
pub fn languages_of(conn: &mut PgConnection, user: Uuid) -> QueryResult<Vec<(String, String)>> {
    volunteer_languages::table
        .filter(volunteer_languages::user_id.eq(user))
        .select((volunteer_languages::code, volunteer_languages::level))
        .order_by(volunteer_languages::code)
        .load(conn)
}

/// The profile's windows (ISO weekday, start and end minute), in week order.
pub fn availability_of(conn: &mut PgConnection, user: Uuid) -> QueryResult<Vec<(i16, i16, i16)>> {
    volunteer_availability::table
        .filter(volunteer_availability::user_id.eq(user))
        .select((
            volunteer_availability::weekday,
            volunteer_availability::start_minute,
            volunteer_availability::end_minute,
        ))
        .order_by((
            volunteer_availability::weekday,
            volunteer_availability::start_minute,
        ))
        .load(conn)
}

/// Writes `profile` as `user`'s whole profile: the row is created or
/// overwritten, and its skills, languages and windows replaced.
pub fn save(
    conn: &mut PgConnection,
    user: Uuid,
    profile: &VolunteerProfile<Uuid>,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let row = ProfileWrite::new(user, profile, now);
    diesel::insert_into(volunteer_profiles::table)
        .values(&row)
        .on_conflict(volunteer_profiles::user_id)
        .do_update()
        .set(&row)
        .execute(conn)?;

    let fields = profile.fields();
    diesel::delete(volunteer_skills::table.filter(volunteer_skills::user_id.eq(user)))
        .execute(conn)?;
    let skills: Vec<_> = fields
        .skills
        .claims()
        .iter()
        .map(|claim| {
            (
                volunteer_skills::user_id.eq(user),
                volunteer_skills::skill_id.eq(claim.skill),
                volunteer_skills::level.eq(i16::from(claim.level.get())),
            )
        })
        .collect();
    if !skills.is_empty() {
        diesel::insert_into(volunteer_skills::table)
            .values(&skills)
            .execute(conn)?;
    }

    diesel::delete(volunteer_languages::table.filter(volunteer_languages::user_id.eq(user)))
        .execute(conn)?;
    let languages: Vec<_> = fields
        .languages
        .languages()
        .iter()
        .map(|language| {
            (
                volunteer_languages::user_id.eq(user),
                volunteer_languages::code.eq(language.code.as_str()),
                volunteer_languages::level.eq(language.level.as_str()),
            )
        })
        .collect();
    if !languages.is_empty() {
        diesel::insert_into(volunteer_languages::table)
            .values(&languages)
            .execute(conn)?;
    }

    diesel::delete(volunteer_availability::table.filter(volunteer_availability::user_id.eq(user)))
        .execute(conn)?;
    let windows: Vec<_> = fields
        .availability
        .windows()
        .iter()
        .map(|window| {
            (
                volunteer_availability::user_id.eq(user),
                volunteer_availability::weekday.eq(i16::from(window.weekday().iso_number())),
                volunteer_availability::start_minute.eq(small(window.start().minutes())),
                volunteer_availability::end_minute.eq(small(window.end().minutes())),
            )
        })
        .collect();
    if !windows.is_empty() {
        diesel::insert_into(volunteer_availability::table)
            .values(&windows)
            .execute(conn)?;
    }
    refresh_matching_columns(conn, Some(user))
}

/// Rewrites what matching reads in the profile row (skill ids, language
/// codes, the weekdays with windows) from the child tables: of `user`, or
/// of every profile (after seeding).
pub fn refresh_matching_columns(conn: &mut PgConnection, user: Option<Uuid>) -> QueryResult<()> {
    diesel::sql_query(
        "UPDATE volunteer_profiles p SET \
           skill_ids = coalesce((SELECT array_agg(skill_id ORDER BY skill_id) \
             FROM volunteer_skills s WHERE s.user_id = p.user_id), '{}'), \
           language_codes = coalesce((SELECT array_agg(code ORDER BY code) \
             FROM volunteer_languages l WHERE l.user_id = p.user_id), '{}'), \
           availability_days = coalesce((SELECT bit_or(1 << weekday) \
             FROM volunteer_availability a WHERE a.user_id = p.user_id), 0) \
         WHERE $1 IS NULL OR p.user_id = $1",
    )
    .bind::<diesel::sql_types::Nullable<diesel::sql_types::Uuid>, _>(user)
    .execute(conn)
    .map(drop)
}

/// Minutes (at most 1 440) and kilometres (at most 1 000) fit a smallint.
fn small(value: u16) -> i16 {
    i16::try_from(value).unwrap_or(i16::MAX)
}

/// Stored profiles of several volunteers, with their skills (user, skill,
/// level), languages (user, code, level) and windows (user, weekday, start,
/// end), in four queries.
pub struct StoredProfiles {
    pub rows: Vec<ProfileRow>,
    pub skills: Vec<(Uuid, Uuid, i16)>,
    pub languages: Vec<(Uuid, String, String)>,
    pub availability: Vec<(Uuid, i16, i16, i16)>,
}

pub fn profiles(conn: &mut PgConnection, users: &[Uuid]) -> QueryResult<StoredProfiles> {
    Ok(StoredProfiles {
        rows: volunteer_profiles::table
            .filter(volunteer_profiles::user_id.eq_any(users))
            .select(ProfileRow::as_select())
            .load(conn)?,
        skills: volunteer_skills::table
            .filter(volunteer_skills::user_id.eq_any(users))
            .select((
                volunteer_skills::user_id,
                volunteer_skills::skill_id,
                volunteer_skills::level,
            ))
            .load(conn)?,
        languages: volunteer_languages::table
            .filter(volunteer_languages::user_id.eq_any(users))
            .select((
                volunteer_languages::user_id,
                volunteer_languages::code,
                volunteer_languages::level,
            ))
            .load(conn)?,
        availability: volunteer_availability::table
            .filter(volunteer_availability::user_id.eq_any(users))
            .select((
                volunteer_availability::user_id,
                volunteer_availability::weekday,
                volunteer_availability::start_minute,
                volunteer_availability::end_minute,
            ))
            .load(conn)?,
    })
}

/// Volunteers who may be candidates (discoverable, with a birth date)
/// after `after` in id order, at most `limit`.
pub fn candidates_after(
    conn: &mut PgConnection,
    after: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<Uuid>> {
    let mut query = volunteer_profiles::table
        .filter(volunteer_profiles::discoverable)
        .filter(volunteer_profiles::birth_date.is_not_null())
        .select(volunteer_profiles::user_id)
        .order_by(volunteer_profiles::user_id)
        .limit(limit)
        .into_boxed();
    if let Some(after) = after {
        query = query.filter(volunteer_profiles::user_id.gt(after));
    }
    query.load(conn)
}
