//! Matching in PostgreSQL: the pruning queries that narrow a hundred
//! thousand opportunities or a million volunteers to the few hundred the
//! engine scores, and the facts it scores them on. What SQL checks here is
//! a necessary condition only (skills and languages held, within the box of
//! a travel distance, available on the shift's weekday); the engine decides.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::{
    prelude::*,
    sql_types::{
        Array, Bool, Date, Double, Nullable, SmallInt, Text, Timestamptz, Uuid as SqlUuid,
    },
};
use uuid::Uuid;

use crate::{
    schema::{
        applications, shifts, users, volunteer_availability, volunteer_languages,
        volunteer_profiles, volunteer_skills,
    },
    volunteers::store::ProfileRow,
};

/// What the database knows of the volunteer looking for matches.
pub struct Seeker<'a> {
    /// Home on earthdistance's sphere, and the chord of the travel distance.
    pub reach: Option<([f64; 3], f64)>,
    pub skills: &'a [Uuid],
    pub languages: &'a [String],
}

/// The search filters a volunteer may add to their matches.
#[derive(Debug, Clone, Default)]
pub struct MatchFilter {
    pub cause: Option<&'static str>,
    pub remote: Option<bool>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoolOrder {
    /// By the next shift: what is soon.
    Soonest,
    /// Nearest to home first (places only).
    Nearest,
}

/// Opportunities examined per pool, in the pool's order: bounds the work
/// whatever the filters let through.
const OPPORTUNITY_SCAN: i64 = 1500;

/// Up to `size` published opportunities with an open shift that the
/// volunteer may fit: within reach (or remote), every required skill and
/// language held (levels are the engine's to check), and the request's
/// filters. The inner scan walks an index in the pool's order (the soonest
/// index, or the GiST index on places nearest first) and stops after
/// [`OPPORTUNITY_SCAN`] rows; the tests on each row are in the row itself.
pub fn opportunity_pool(
    conn: &mut PgConnection,
    seeker: &Seeker<'_>,
    filter: &MatchFilter,
    order: PoolOrder,
    size: i64,
) -> QueryResult<Vec<OpportunityFactsRow>> {
    let (home, within) = match (order, seeker.reach) {
        (_, Some(reach)) => reach,
        (PoolOrder::Soonest, None) => ([0.0; 3], -1.0),
        (PoolOrder::Nearest, None) => return Ok(Vec::new()),
    };
    let scan = match order {
        PoolOrder::Soonest => {
            "WHERE status = 'published' AND next_shift_at IS NOT NULL \
                               ORDER BY next_shift_at, id"
        }
        PoolOrder::Nearest => {
            "WHERE status = 'published' AND place IS NOT NULL \
                               ORDER BY place <-> cube(ARRAY[$1, $2, $3]::float8[])"
        }
    };
    diesel::sql_query(format!(
        "SELECT id, cause, min_age, remote, lat, lon FROM ( \
           SELECT id, cause, min_age, remote, lat, lon, place, next_shift_at, \
             required_skill_ids, language_codes \
           FROM opportunities {scan} LIMIT {OPPORTUNITY_SCAN}) examined \
         WHERE next_shift_at IS NOT NULL \
           AND (remote OR cube_distance(place, cube(ARRAY[$1, $2, $3]::float8[])) <= $4) \
           AND required_skill_ids <@ $5 AND language_codes <@ $6 \
           AND ($7::text IS NULL OR cause = $7) AND ($8::boolean IS NULL OR remote = $8) \
           AND EXISTS (SELECT 1 FROM shifts f WHERE f.opportunity_id = examined.id \
             AND f.cancelled_at IS NULL AND f.confirmed_count < f.capacity AND f.starts_at > now() \
             AND f.starts_at >= coalesce($9, '-infinity') AND f.starts_at < coalesce($10, 'infinity')) \
         LIMIT $11"
    ))
    .bind::<Double, _>(home[0])
    .bind::<Double, _>(home[1])
    .bind::<Double, _>(home[2])
    .bind::<Double, _>(within)
    .bind::<Array<SqlUuid>, _>(seeker.skills)
    .bind::<Array<Text>, _>(seeker.languages)
    .bind::<Nullable<Text>, _>(filter.cause)
    .bind::<Nullable<Bool>, _>(filter.remote)
    .bind::<Nullable<Timestamptz>, _>(filter.from)
    .bind::<Nullable<Timestamptz>, _>(filter.to)
    .bind::<diesel::sql_types::BigInt, _>(size)
    .load(conn)
}

/// An opportunity's own facts for matching.
#[derive(Debug, Clone, QueryableByName)]
pub struct OpportunityFactsRow {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = Text)]
    pub cause: String,
    #[diesel(sql_type = SmallInt)]
    pub min_age: i16,
    #[diesel(sql_type = Bool)]
    pub remote: bool,
    #[diesel(sql_type = Nullable<Double>)]
    pub lat: Option<f64>,
    #[diesel(sql_type = Nullable<Double>)]
    pub lon: Option<f64>,
}

#[derive(Debug, Clone, QueryableByName)]
pub struct OpenShiftRow {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub opportunity_id: Uuid,
    #[diesel(sql_type = Timestamptz)]
    pub starts_at: DateTime<Utc>,
    #[diesel(sql_type = Timestamptz)]
    pub ends_at: DateTime<Utc>,
}

/// Which shifts of an opportunity are worth the engine's look.
pub struct ShiftScope<'a> {
    /// ISO weekdays (bit n for day n) the shift must start or end on in
    /// Toruń's time: those the volunteer has windows on.
    pub weekdays: i16,
    /// Shifts the volunteer already holds.
    pub excluded: &'a [Uuid],
}

impl ShiftScope<'_> {
    /// Every weekday, nothing excluded.
    pub const ANY: ShiftScope<'static> = ShiftScope {
        weekdays: 0b1111_1110,
        excluded: &[],
    };
}

/// The next `per_opportunity` future shifts with a free place of each
/// opportunity, starting within the window and on a weekday in scope,
/// soonest first.
pub fn open_shifts(
    conn: &mut PgConnection,
    opportunity_ids: &[Uuid],
    filter: &MatchFilter,
    scope: &ShiftScope<'_>,
    per_opportunity: i64,
) -> QueryResult<Vec<OpenShiftRow>> {
    diesel::sql_query(
        "SELECT f.id, f.opportunity_id, f.starts_at, f.ends_at \
         FROM unnest($1::uuid[]) AS o(id) CROSS JOIN LATERAL ( \
           SELECT id, opportunity_id, starts_at, ends_at FROM shifts \
           WHERE opportunity_id = o.id AND cancelled_at IS NULL AND confirmed_count < capacity \
             AND starts_at > now() \
             AND starts_at >= coalesce($2, '-infinity') AND starts_at < coalesce($3, 'infinity') \
             AND ($5 >> extract(isodow FROM starts_at AT TIME ZONE 'Europe/Warsaw')::int & 1 = 1 \
               OR $5 >> extract(isodow FROM ends_at AT TIME ZONE 'Europe/Warsaw')::int & 1 = 1) \
             AND id <> ALL($6) \
           ORDER BY starts_at LIMIT $4) f \
         ORDER BY f.opportunity_id, f.starts_at, f.id",
    )
    .bind::<Array<SqlUuid>, _>(opportunity_ids)
    .bind::<Nullable<Timestamptz>, _>(filter.from)
    .bind::<Nullable<Timestamptz>, _>(filter.to)
    .bind::<diesel::sql_types::BigInt, _>(per_opportunity)
    .bind::<diesel::sql_types::Integer, _>(i32::from(scope.weekdays))
    .bind::<Array<SqlUuid>, _>(scope.excluded)
    .load(conn)
}

/// A sign-up the volunteer holds: the shift, its times, whether confirmed.
#[derive(Debug, Clone, Queryable)]
pub struct HeldShift {
    pub shift_id: Uuid,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub status: String,
}

/// The shifts `volunteer` holds a live sign-up on (not withdrawn or rejected).
pub fn held_shifts(conn: &mut PgConnection, volunteer: Uuid) -> QueryResult<Vec<HeldShift>> {
    applications::table
        .inner_join(shifts::table)
        .filter(applications::volunteer_id.eq(volunteer))
        .filter(applications::status.ne_all(["withdrawn", "rejected"]))
        .filter(shifts::ends_at.gt(diesel::dsl::now))
        .select((
            applications::shift_id,
            shifts::starts_at,
            shifts::ends_at,
            applications::status,
        ))
        .load(conn)
}

/// What the database checks of a volunteer for an opportunity.
pub struct Wanted<'a> {
    /// The opportunity's place on earthdistance's sphere; `None` when remote.
    pub place: Option<[f64; 3]>,
    /// Born on or before: old enough on the last shift's day.
    pub born_by: NaiveDate,
    /// The ISO weekdays the shifts touch in Toruń's time, as bits (bit n for day n).
    pub weekdays: i16,
    /// Required skills (their levels are the engine's to check).
    pub skills: &'a [Uuid],
    /// Languages (their levels are the engine's to check).
    pub languages: &'a [String],
}

/// Volunteers examined (nearest first, or for remote work as below):
/// bounds the work however few fit.
const VOLUNTEER_SCAN: i64 = 1500;

/// Up to `size` discoverable volunteers who may fit: the place within their
/// reach's box, old enough, with windows on a shift's weekday, every
/// required skill and language held; all tested in the profile row. The
/// inner scan stops after [`VOLUNTEER_SCAN`] rows: near a place it walks the
/// GiST index on homes nearest first; for remote work the GIN index on
/// skills, or without required skills the most recently updated profiles.
pub fn volunteer_pool(
    conn: &mut PgConnection,
    wanted: &Wanted<'_>,
    size: i64,
) -> QueryResult<Vec<Uuid>> {
    #[derive(QueryableByName)]
    struct Found {
        #[diesel(sql_type = SqlUuid)]
        user_id: Uuid,
    }
    let fits = "birth_date <= $4 AND skill_ids @> $5 AND language_codes @> $6 \
                AND availability_days & $7 <> 0";
    let examined = "SELECT user_id, reach, birth_date, skill_ids, language_codes, availability_days \
                    FROM volunteer_profiles WHERE discoverable";
    let sql = match wanted.place {
        Some(_) => format!(
            "SELECT user_id FROM ({examined} AND home_point IS NOT NULL \
               ORDER BY home_point <-> cube(ARRAY[$1, $2, $3]::float8[]) LIMIT {VOLUNTEER_SCAN}) nearest \
             WHERE reach @> cube(ARRAY[$1, $2, $3]::float8[]) AND {fits} LIMIT $8"
        ),
        None if !wanted.skills.is_empty() => format!(
            "SELECT user_id FROM ({examined} AND skill_ids @> $5 LIMIT {VOLUNTEER_SCAN}) skilled \
             WHERE {fits} LIMIT $8"
        ),
        None => format!(
            "SELECT user_id FROM ({examined} ORDER BY updated_at DESC LIMIT {VOLUNTEER_SCAN}) recent \
             WHERE {fits} LIMIT $8"
        ),
    };
    let place = wanted.place.unwrap_or_default();
    let found: Vec<Found> = diesel::sql_query(sql)
        .bind::<Double, _>(place[0])
        .bind::<Double, _>(place[1])
        .bind::<Double, _>(place[2])
        .bind::<Date, _>(wanted.born_by)
        .bind::<Array<SqlUuid>, _>(wanted.skills)
        .bind::<Array<Text>, _>(wanted.languages)
        .bind::<SmallInt, _>(wanted.weekdays)
        .bind::<diesel::sql_types::BigInt, _>(size)
        .load(conn)?;
    Ok(found.into_iter().map(|found| found.user_id).collect())
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

pub fn display_names(conn: &mut PgConnection, ids: &[Uuid]) -> QueryResult<Vec<(Uuid, String)>> {
    users::table
        .filter(users::id.eq_any(ids))
        .select((users::id, users::display_name))
        .load(conn)
}

/// The live sign-ups (volunteer, shift) of `volunteers` on shifts of `opportunity`.
pub fn sign_ups_on(
    conn: &mut PgConnection,
    opportunity: Uuid,
    volunteers: &[Uuid],
) -> QueryResult<Vec<(Uuid, Uuid)>> {
    applications::table
        .inner_join(shifts::table)
        .filter(shifts::opportunity_id.eq(opportunity))
        .filter(applications::volunteer_id.eq_any(volunteers))
        .filter(applications::status.ne_all(["withdrawn", "rejected"]))
        .select((applications::volunteer_id, applications::shift_id))
        .load(conn)
}

/// Born on or before this day: possibly `years` old on `day`. A day of
/// slack covers 29 February births, a year older on 28 February of a common
/// year (see [`hop_domain::volunteer::age_on`]); the engine decides exactly.
pub fn born_by(day: NaiveDate, years: u32) -> NaiveDate {
    day.checked_sub_months(chrono::Months::new(12 * years))
        .and_then(|date| date.succ_opt())
        .unwrap_or(NaiveDate::MIN)
}
