//! Notifications and the e-mails written for them, in PostgreSQL.

use chrono::{DateTime, Utc};
use diesel::{
    dsl::sql,
    prelude::*,
    sql_types::{Bool, Nullable, Timestamptz},
};
use uuid::Uuid;

use crate::schema::{email_outbox, notifications, users};

diesel::define_sql_function!(fn coalesce(value: Nullable<Timestamptz>, otherwise: Timestamptz) -> Timestamptz);

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = notifications, check_for_backend(diesel::pg::Pg))]
pub struct NotificationRow {
    pub id: Uuid,
    pub kind: String,
    pub payload: serde_json::Value,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

/// One notification per recipient whose account is not erased (an erased
/// one has no one to tell: its sign-ups stay, and shift changes still
/// reach them); returns each one's id and recipient.
pub fn insert(
    conn: &mut PgConnection,
    recipients: &[Uuid],
    kind: &str,
    payload: &serde_json::Value,
) -> QueryResult<Vec<(Uuid, Uuid)>> {
    let live = users::table
        .filter(users::id.eq_any(recipients))
        .filter(users::erased_at.is_null())
        .select((
            users::id,
            kind.into_sql::<diesel::sql_types::Text>(),
            payload.into_sql::<diesel::sql_types::Jsonb>(),
        ));
    diesel::insert_into(notifications::table)
        .values(live)
        .into_columns((
            notifications::recipient_id,
            notifications::kind,
            notifications::payload,
        ))
        .returning((notifications::id, notifications::recipient_id))
        .get_results(conn)
}

/// A person an e-mail goes to.
#[derive(Debug, Clone, Queryable)]
pub struct MailRecipient {
    pub user_id: Uuid,
    pub email: String,
    pub preferred_language: String,
}

/// Of `people`, each one's address and language.
pub fn mail_recipients(
    conn: &mut PgConnection,
    people: &[Uuid],
) -> QueryResult<Vec<MailRecipient>> {
    users::table
        .filter(users::id.eq_any(people))
        .select((users::id, users::email, users::preferred_language))
        .load(conn)
}

#[derive(Debug, Insertable)]
#[diesel(table_name = email_outbox)]
pub struct NewEmail {
    pub notification_id: Uuid,
    pub recipient: String,
    pub subject: String,
    pub body: String,
}

/// Puts e-mails in the outbox; the mail worker sends them once committed.
pub fn enqueue(conn: &mut PgConnection, emails: &[NewEmail]) -> QueryResult<usize> {
    diesel::insert_into(email_outbox::table)
        .values(emails)
        .execute(conn)
}

/// The recipient's notifications newest first, a page after `after`.
pub fn list(
    conn: &mut PgConnection,
    recipient: Uuid,
    unread_only: bool,
    after: Option<&(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> QueryResult<Vec<NotificationRow>> {
    let mut query = notifications::table
        .filter(notifications::recipient_id.eq(recipient))
        .select(NotificationRow::as_select())
        .order_by((notifications::created_at.desc(), notifications::id.desc()))
        .limit(limit)
        .into_boxed();
    if unread_only {
        query = query.filter(notifications::read_at.is_null());
    }
    if let Some((created_at, id)) = after {
        // A row comparison, so the index range starts at the cursor.
        query = query.filter(
            sql::<Bool>("(notifications.created_at, notifications.id) < (")
                .bind::<Timestamptz, _>(*created_at)
                .sql(", ")
                .bind::<diesel::sql_types::Uuid, _>(*id)
                .sql(")"),
        );
    }
    query.load(conn)
}

pub fn unread_count(conn: &mut PgConnection, recipient: Uuid) -> QueryResult<i64> {
    notifications::table
        .filter(notifications::recipient_id.eq(recipient))
        .filter(notifications::read_at.is_null())
        .count()
        .get_result(conn)
}

/// Marks one of the recipient's notifications read (keeping the first
/// time it was read); `None` when the recipient has no such notification.
pub fn mark_read(
    conn: &mut PgConnection,
    id: Uuid,
    recipient: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<Option<NotificationRow>> {
    diesel::update(
        notifications::table
            .filter(notifications::id.eq(id))
            .filter(notifications::recipient_id.eq(recipient)),
    )
    .set(notifications::read_at.eq(coalesce(notifications::read_at, now).nullable()))
    .returning(NotificationRow::as_returning())
    .get_result(conn)
    .optional()
}

/// Marks every unread notification of the recipient read; returns how many.
pub fn mark_all_read(
    conn: &mut PgConnection,
    recipient: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<usize> {
    diesel::update(
        notifications::table
            .filter(notifications::recipient_id.eq(recipient))
            .filter(notifications::read_at.is_null()),
    )
    .set(notifications::read_at.eq(now))
    .execute(conn)
}
