//! Refresh-token families in PostgreSQL.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::schema::refresh_tokens;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = refresh_tokens, check_for_backend(diesel::pg::Pg))]
pub struct RefreshTokenRow {
    pub id: Uuid,
    pub user_id: Uuid,
    pub family_id: Uuid,
    pub expires_at: DateTime<Utc>,
    pub used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = refresh_tokens)]
pub struct NewRefreshToken<'a> {
    pub user_id: Uuid,
    pub family_id: Uuid,
    pub token_hash: &'a [u8],
    pub expires_at: DateTime<Utc>,
}

pub fn insert(conn: &mut PgConnection, token: &NewRefreshToken<'_>) -> QueryResult<()> {
    diesel::insert_into(refresh_tokens::table)
        .values(token)
        .execute(conn)
        .map(drop)
}

/// Finds a token by its digest and locks it, so two concurrent refreshes with
/// one token are decided one after the other.
pub fn find_for_update(
    conn: &mut PgConnection,
    digest: &[u8],
) -> QueryResult<Option<RefreshTokenRow>> {
    refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(digest))
        .select(RefreshTokenRow::as_select())
        .for_update()
        .first(conn)
        .optional()
}

pub fn find_family(conn: &mut PgConnection, digest: &[u8]) -> QueryResult<Option<Uuid>> {
    refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(digest))
        .select(refresh_tokens::family_id)
        .first(conn)
        .optional()
}

pub fn mark_used(conn: &mut PgConnection, id: Uuid, now: DateTime<Utc>) -> QueryResult<()> {
    diesel::update(refresh_tokens::table.find(id))
        .set(refresh_tokens::used_at.eq(now))
        .execute(conn)
        .map(drop)
}

pub fn revoke_family(
    conn: &mut PgConnection,
    family_id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<usize> {
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::family_id.eq(family_id))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(now))
    .execute(conn)
}

/// Ends every login of `user` ("log out everywhere").
pub fn revoke_all_of(
    conn: &mut PgConnection,
    user: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<usize> {
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::user_id.eq(user))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(now))
    .execute(conn)
}
