//! The pages' sign-ins (`web_sessions`): SQL only.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::schema::{users, web_sessions};

#[derive(Insertable)]
#[diesel(table_name = web_sessions)]
pub struct NewWebSession<'a> {
    pub id: Uuid,
    pub user_id: Uuid,
    pub token_hash: &'a [u8],
    pub csrf_token: &'a str,
    pub expires_at: DateTime<Utc>,
}

pub fn insert(conn: &mut PgConnection, session: &NewWebSession<'_>) -> QueryResult<()> {
    diesel::insert_into(web_sessions::table)
        .values(session)
        .execute(conn)
        .map(|_| ())
}

/// A live sign-in and the account it belongs to.
#[derive(Queryable)]
pub struct LiveSession {
    pub id: Uuid,
    pub csrf_token: String,
    pub user_id: Uuid,
    pub display_name: String,
    pub is_staff: bool,
    pub preferred_language: String,
}

/// The live sign-in whose token has `digest`, unless it expired or its
/// account was erased.
pub fn find_live(
    conn: &mut PgConnection,
    digest: &[u8],
    now: DateTime<Utc>,
) -> QueryResult<Option<LiveSession>> {
    web_sessions::table
        .inner_join(users::table)
        .filter(web_sessions::token_hash.eq(digest))
        .filter(web_sessions::expires_at.gt(now))
        .filter(users::erased_at.is_null())
        .select((
            web_sessions::id,
            web_sessions::csrf_token,
            users::id,
            users::display_name,
            users::is_staff,
            users::preferred_language,
        ))
        .first(conn)
        .optional()
}

pub fn delete(conn: &mut PgConnection, id: Uuid) -> QueryResult<usize> {
    diesel::delete(web_sessions::table.find(id)).execute(conn)
}

/// Every sign-in of `user`, on every device.
pub fn delete_all_of(conn: &mut PgConnection, user: Uuid) -> QueryResult<usize> {
    diesel::delete(web_sessions::table.filter(web_sessions::user_id.eq(user))).execute(conn)
}

pub fn set_preferred_language(conn: &mut PgConnection, user: Uuid, code: &str) -> QueryResult<()> {
    diesel::update(users::table.find(user))
        .set(users::preferred_language.eq(code))
        .execute(conn)
        .map(|_| ())
}
