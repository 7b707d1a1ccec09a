//! Accounts in PostgreSQL. Each function takes a connection so callers can
//! compose them inside one transaction.

use chrono::{DateTime, Utc};
use diesel::{prelude::*, sql_types::Text};
use uuid::Uuid;

use crate::schema::users;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users, check_for_backend(diesel::pg::Pg))]
pub struct UserRow {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub is_staff: bool,
    pub created_at: DateTime<Utc>,
    /// The language notifications and e-mails are written in.
    pub preferred_language: String,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = users)]
pub struct NewUser<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub is_staff: bool,
}

diesel::define_sql_function!(fn lower(value: Text) -> Text);

pub fn insert(conn: &mut PgConnection, user: &NewUser<'_>) -> QueryResult<UserRow> {
    diesel::insert_into(users::table)
        .values(user)
        .returning(UserRow::as_returning())
        .get_result(conn)
}

/// Looks an account up by e-mail ignoring case (served by `users_email_unique`).
pub fn find_by_email(
    conn: &mut PgConnection,
    normalized_email: &str,
) -> QueryResult<Option<UserRow>> {
    users::table
        .filter(lower(users::email).eq(normalized_email))
        .select(UserRow::as_select())
        .first(conn)
        .optional()
}

pub fn find_by_id(conn: &mut PgConnection, id: Uuid) -> QueryResult<Option<UserRow>> {
    users::table
        .find(id)
        .select(UserRow::as_select())
        .first(conn)
        .optional()
}

/// A partial update of the caller's own account: `None` keeps a column.
#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = users)]
pub struct AccountChanges {
    pub display_name: Option<String>,
    pub preferred_language: Option<&'static str>,
    pub updated_at: Option<DateTime<Utc>>,
}

/// Applies `changes`; `None` when the account no longer exists.
pub fn update(
    conn: &mut PgConnection,
    id: Uuid,
    changes: &AccountChanges,
) -> QueryResult<Option<UserRow>> {
    diesel::update(users::table.find(id))
        .set(changes)
        .returning(UserRow::as_returning())
        .get_result(conn)
        .optional()
}

/// The language the account reads notifications in (`None`: no such account).
pub fn preferred_language(conn: &mut PgConnection, id: Uuid) -> QueryResult<Option<String>> {
    users::table
        .find(id)
        .select(users::preferred_language)
        .first(conn)
        .optional()
}

pub fn make_staff(conn: &mut PgConnection, id: Uuid) -> QueryResult<UserRow> {
    diesel::update(users::table.find(id))
        .set((
            users::is_staff.eq(true),
            users::updated_at.eq(diesel::dsl::now),
        ))
        .returning(UserRow::as_returning())
        .get_result(conn)
}

/// Whether the account is city staff. An erased account is not.
pub fn is_staff(conn: &mut PgConnection, id: Uuid) -> QueryResult<bool> {
    Ok(users::table
        .find(id)
        .select(users::is_staff)
        .first(conn)
        .optional()?
        .unwrap_or(false))
}

/// Accounts erased after `since`, the most recent first, at most `limit`.
pub fn erased_since(
    conn: &mut PgConnection,
    since: DateTime<Utc>,
    limit: i64,
) -> QueryResult<Vec<(Uuid, DateTime<Utc>)>> {
    users::table
        .filter(users::erased_at.gt(since))
        .select((users::id, users::erased_at.assume_not_null()))
        .order(users::erased_at.desc())
        .limit(limit)
        .load(conn)
}
