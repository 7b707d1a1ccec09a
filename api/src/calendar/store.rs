//! Calendar feeds in PostgreSQL: the tokens, and the rows a feed shows.

use chrono::{DateTime, Utc};
use diesel::{
    prelude::*,
    sql_types::{BigInt, Float8, Int4, Nullable, Text, Timestamptz, Uuid as SqlUuid},
};
use uuid::Uuid;

use crate::schema::{calendar_tokens, users};

/// Stores `digest` as `user`'s feed token, replacing the one they had.
pub fn replace_token(
    conn: &mut PgConnection,
    user: Uuid,
    digest: &[u8; 32],
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::insert_into(calendar_tokens::table)
        .values((
            calendar_tokens::user_id.eq(user),
            calendar_tokens::token_hash.eq(digest.as_slice()),
            calendar_tokens::created_at.eq(now),
        ))
        .on_conflict(calendar_tokens::user_id)
        .do_update()
        .set((
            calendar_tokens::token_hash.eq(digest.as_slice()),
            calendar_tokens::created_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

/// The account whose token has `digest`, and the language it reads.
pub fn holder(conn: &mut PgConnection, digest: &[u8; 32]) -> QueryResult<Option<(Uuid, String)>> {
    calendar_tokens::table
        .inner_join(users::table)
        .filter(calendar_tokens::token_hash.eq(digest.as_slice()))
        .select((users::id, users::preferred_language))
        .first(conn)
        .optional()
}

/// The opportunity an event is of: what it is called and where it is.
#[derive(Debug, Clone, QueryableByName)]
pub struct OpportunityPlace {
    #[diesel(sql_type = SqlUuid)]
    pub opportunity_id: Uuid,
    #[diesel(sql_type = Text)]
    pub title: String,
    #[diesel(sql_type = diesel::sql_types::Bool)]
    pub remote: bool,
    #[diesel(sql_type = Nullable<Text>)]
    pub address: Option<String>,
    #[diesel(sql_type = Nullable<Float8>)]
    pub lat: Option<f64>,
    #[diesel(sql_type = Nullable<Float8>)]
    pub lon: Option<f64>,
    #[diesel(sql_type = Timestamptz)]
    pub opportunity_updated_at: DateTime<Utc>,
}

/// A sign-up of the volunteer's with its shift, opportunity and organisation.
#[derive(Debug, Clone, QueryableByName)]
pub struct SignUpRow {
    #[diesel(sql_type = SqlUuid)]
    pub application_id: Uuid,
    #[diesel(sql_type = Text)]
    pub status: String,
    #[diesel(sql_type = Int4)]
    pub application_revision: i32,
    #[diesel(sql_type = Timestamptz)]
    pub application_updated_at: DateTime<Utc>,
    #[diesel(sql_type = Int4)]
    pub shift_revision: i32,
    #[diesel(sql_type = Timestamptz)]
    pub shift_updated_at: DateTime<Utc>,
    #[diesel(sql_type = Timestamptz)]
    pub starts_at: DateTime<Utc>,
    #[diesel(sql_type = Timestamptz)]
    pub ends_at: DateTime<Utc>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub cancelled_at: Option<DateTime<Utc>>,
    #[diesel(embed)]
    pub opportunity: OpportunityPlace,
    #[diesel(sql_type = Text)]
    pub organization_name: String,
}

/// The volunteer's sign-ups for shifts starting at `since` or later, in
/// the order they start, at most `limit` (the volunteer index, then one
/// probe per sign-up).
pub fn sign_ups(
    conn: &mut PgConnection,
    volunteer: Uuid,
    since: DateTime<Utc>,
    limit: i64,
) -> QueryResult<Vec<SignUpRow>> {
    diesel::sql_query(
        "SELECT a.id AS application_id, a.status, a.revision AS application_revision, \
                a.updated_at AS application_updated_at, \
                s.revision AS shift_revision, s.updated_at AS shift_updated_at, \
                s.starts_at, s.ends_at, s.cancelled_at, \
                o.id AS opportunity_id, o.title, o.remote, o.address, o.lat, o.lon, \
                o.updated_at AS opportunity_updated_at, g.name AS organization_name \
         FROM applications a \
         JOIN shifts s ON s.id = a.shift_id \
         JOIN opportunities o ON o.id = s.opportunity_id \
         JOIN organizations g ON g.id = o.organization_id \
         WHERE a.volunteer_id = $1 AND s.starts_at >= $2 \
         ORDER BY s.starts_at, a.id \
         LIMIT $3",
    )
    .bind::<SqlUuid, _>(volunteer)
    .bind::<Timestamptz, _>(since)
    .bind::<BigInt, _>(limit)
    .load(conn)
}

/// A shift of one of the organisation's opportunities.
#[derive(Debug, Clone, QueryableByName)]
pub struct ShiftRow {
    #[diesel(sql_type = SqlUuid)]
    pub shift_id: Uuid,
    #[diesel(sql_type = Int4)]
    pub revision: i32,
    #[diesel(sql_type = Timestamptz)]
    pub shift_updated_at: DateTime<Utc>,
    #[diesel(sql_type = Timestamptz)]
    pub starts_at: DateTime<Utc>,
    #[diesel(sql_type = Timestamptz)]
    pub ends_at: DateTime<Utc>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub cancelled_at: Option<DateTime<Utc>>,
    #[diesel(sql_type = Int4)]
    pub capacity: i32,
    #[diesel(sql_type = Int4)]
    pub confirmed_count: i32,
    #[diesel(sql_type = Int4)]
    pub waitlist_count: i32,
    #[diesel(embed)]
    pub opportunity: OpportunityPlace,
}

/// The shifts of every opportunity of the organisation (drafts and closed
/// ones too: its members plan them) starting at `since` or later, in the
/// order they start, at most `limit`.
pub fn organization_shifts(
    conn: &mut PgConnection,
    organization: Uuid,
    since: DateTime<Utc>,
    limit: i64,
) -> QueryResult<Vec<ShiftRow>> {
    diesel::sql_query(
        "SELECT s.id AS shift_id, s.revision, s.updated_at AS shift_updated_at, \
                s.starts_at, s.ends_at, s.cancelled_at, \
                s.capacity, s.confirmed_count, s.waitlist_count, \
                o.id AS opportunity_id, o.title, o.remote, o.address, o.lat, o.lon, \
                o.updated_at AS opportunity_updated_at \
         FROM shifts s \
         JOIN opportunities o ON o.id = s.opportunity_id \
         WHERE o.organization_id = $1 AND s.starts_at >= $2 \
         ORDER BY s.starts_at, s.id \
         LIMIT $3",
    )
    .bind::<SqlUuid, _>(organization)
    .bind::<Timestamptz, _>(since)
    .bind::<BigInt, _>(limit)
    .load(conn)
}
