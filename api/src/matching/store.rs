//! Matching in PostgreSQL: what the matching index loads (published
//! opportunities with their future shifts, volunteers who may be
//! candidates) and the change log that keeps it in step, and the facts of
//! one request (the volunteer's profile and sign-ups, an opportunity's
//! open shifts, the page's names).

use chrono::{DateTime, Utc};
use diesel::{
    prelude::*,
    sql_types::{Array, Bool, Double, Nullable, SmallInt, Text, Timestamptz, Uuid as SqlUuid},
};
use uuid::Uuid;

use crate::schema::{applications, shifts, users};

/// The search filters a volunteer may add to their matches.
#[derive(Debug, Clone, Default)]
pub struct MatchFilter {
    pub cause: Option<&'static str>,
    pub remote: Option<bool>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
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

/// Published opportunities after `after` in id order, at most `limit`: the
/// matching index loads them chunk by chunk.
pub fn published_after(
    conn: &mut PgConnection,
    after: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<OpportunityFactsRow>> {
    diesel::sql_query(
        "SELECT id, cause, min_age, remote, lat, lon FROM opportunities \
         WHERE status = 'published' AND ($1::uuid IS NULL OR id > $1) ORDER BY id LIMIT $2",
    )
    .bind::<Nullable<SqlUuid>, _>(after)
    .bind::<diesel::sql_types::BigInt, _>(limit)
    .load(conn)
}

/// Those of `ids` that are published.
pub fn published_of(
    conn: &mut PgConnection,
    ids: &[Uuid],
) -> QueryResult<Vec<OpportunityFactsRow>> {
    diesel::sql_query(
        "SELECT id, cause, min_age, remote, lat, lon FROM opportunities \
         WHERE status = 'published' AND id = ANY($1)",
    )
    .bind::<Array<SqlUuid>, _>(ids)
    .load(conn)
}

/// A shift as matching reads it.
#[derive(Debug, Clone, QueryableByName)]
pub struct ShiftRow {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub opportunity_id: Uuid,
    #[diesel(sql_type = Timestamptz)]
    pub starts_at: DateTime<Utc>,
    #[diesel(sql_type = Timestamptz)]
    pub ends_at: DateTime<Utc>,
    #[diesel(sql_type = Bool)]
    pub has_free_place: bool,
}

/// The future shifts, not cancelled, of `opportunities`, soonest first.
pub fn future_shifts_of(
    conn: &mut PgConnection,
    opportunities: &[Uuid],
) -> QueryResult<Vec<ShiftRow>> {
    diesel::sql_query(
        "SELECT id, opportunity_id, starts_at, ends_at, confirmed_count < capacity AS has_free_place \
         FROM shifts WHERE opportunity_id = ANY($1) AND cancelled_at IS NULL AND starts_at > now() \
         ORDER BY opportunity_id, starts_at, id",
    )
    .bind::<Array<SqlUuid>, _>(opportunities)
    .load(conn)
}

/// One change to reload (see migration `…_matching_changes`).
#[derive(Debug, Clone, QueryableByName)]
pub struct ChangeRow {
    /// The oldest transaction still running when these were read: every
    /// change of an older one is among them.
    #[diesel(sql_type = Text)]
    pub horizon: String,
    #[diesel(sql_type = Nullable<diesel::sql_types::BigInt>)]
    pub id: Option<i64>,
    #[diesel(sql_type = Nullable<Text>)]
    pub xid: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub subject: Option<String>,
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub subject_id: Option<Uuid>,
}

/// The changes of transactions from `horizon` on, with the new horizon
/// (one row with only the horizon when there are none): one snapshot for
/// both, so no change is missed however transactions commit.
pub fn changes_since(conn: &mut PgConnection, horizon: u64) -> QueryResult<Vec<ChangeRow>> {
    diesel::sql_query(
        "SELECT now.horizon::text AS horizon, c.id, c.xid::text AS xid, c.subject, c.subject_id \
         FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS horizon) now \
         LEFT JOIN matching_changes c ON c.xid >= $1::xid8 \
         ORDER BY c.id",
    )
    .bind::<Text, _>(horizon.to_string())
    .load(conn)
}

/// The oldest transaction still running: changes before it are all seen
/// by whoever reads after this.
pub fn horizon(conn: &mut PgConnection) -> QueryResult<u64> {
    let rows = changes_since(conn, u64::MAX >> 1)?;
    Ok(rows
        .first()
        .and_then(|row| row.horizon.parse().ok())
        .unwrap_or(0))
}

/// Forgets changes older than `minutes` whose transactions have ended
/// (every instance reads the log every second). `recorded_at` is when the
/// writing transaction began, so a long one is kept until it is over.
pub fn forget_changes_older_than(conn: &mut PgConnection, minutes: i32) -> QueryResult<usize> {
    diesel::sql_query(
        "DELETE FROM matching_changes WHERE recorded_at < now() - make_interval(mins => $1) \
           AND xid < pg_snapshot_xmin(pg_current_snapshot())",
    )
    .bind::<diesel::sql_types::Integer, _>(minutes)
    .execute(conn)
}

#[derive(QueryableByName)]
struct Sampled {
    #[diesel(sql_type = SqlUuid)]
    id: Uuid,
}

/// `count` volunteers with a birth date, drawn by `seed` (the same seed
/// draws the same ones): `hop recall`'s sample.
pub fn sample_volunteers(
    conn: &mut PgConnection,
    count: usize,
    seed: &str,
) -> QueryResult<Vec<Uuid>> {
    let found: Vec<Sampled> = diesel::sql_query(
        "SELECT user_id AS id FROM volunteer_profiles WHERE birth_date IS NOT NULL \
         ORDER BY md5(user_id::text || $1) LIMIT $2",
    )
    .bind::<Text, _>(seed)
    .bind::<diesel::sql_types::BigInt, _>(i64::try_from(count).unwrap_or(i64::MAX))
    .load(conn)?;
    Ok(found.into_iter().map(|row| row.id).collect())
}

/// `count` published opportunities with a shift ahead, drawn by `seed`.
pub fn sample_upcoming_opportunities(
    conn: &mut PgConnection,
    count: usize,
    seed: &str,
) -> QueryResult<Vec<Uuid>> {
    let found: Vec<Sampled> = diesel::sql_query(
        "SELECT id FROM opportunities WHERE status = 'published' AND next_shift_at > now() \
         ORDER BY md5(id::text || $1) LIMIT $2",
    )
    .bind::<Text, _>(seed)
    .bind::<diesel::sql_types::BigInt, _>(i64::try_from(count).unwrap_or(i64::MAX))
    .load(conn)?;
    Ok(found.into_iter().map(|row| row.id).collect())
}
