//! Shifts in PostgreSQL.

use chrono::{DateTime, Utc};
use diesel::{
    dsl::sql,
    prelude::*,
    sql_types::{Bool, Timestamptz},
};
use uuid::Uuid;

use crate::schema::shifts;

#[derive(Debug, Clone, Queryable, QueryableByName, Selectable)]
#[diesel(table_name = shifts, check_for_backend(diesel::pg::Pg))]
pub struct ShiftRow {
    pub id: Uuid,
    pub opportunity_id: Uuid,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub capacity: i32,
    pub confirmed_count: i32,
    pub waitlist_count: i32,
    pub cancelled_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = shifts)]
pub struct ShiftChanges {
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub capacity: Option<i32>,
    pub updated_at: Option<DateTime<Utc>>,
}

pub fn insert(
    conn: &mut PgConnection,
    opportunity: Uuid,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    capacity: i32,
) -> QueryResult<ShiftRow> {
    diesel::insert_into(shifts::table)
        .values((
            shifts::opportunity_id.eq(opportunity),
            shifts::starts_at.eq(starts_at),
            shifts::ends_at.eq(ends_at),
            shifts::capacity.eq(capacity),
        ))
        .returning(ShiftRow::as_returning())
        .get_result(conn)
}

pub fn find(conn: &mut PgConnection, id: Uuid) -> QueryResult<Option<ShiftRow>> {
    shifts::table
        .find(id)
        .select(ShiftRow::as_select())
        .first(conn)
        .optional()
}

/// Locks the shift: sign-ups, withdrawals and changes of one shift happen
/// one at a time, so its counts and capacity cannot be raced.
pub fn find_for_update(conn: &mut PgConnection, id: Uuid) -> QueryResult<Option<ShiftRow>> {
    shifts::table
        .find(id)
        .select(ShiftRow::as_select())
        .for_update()
        .first(conn)
        .optional()
}

pub fn update(conn: &mut PgConnection, id: Uuid, changes: &ShiftChanges) -> QueryResult<ShiftRow> {
    diesel::update(shifts::table.find(id))
        .set(changes)
        .returning(ShiftRow::as_returning())
        .get_result(conn)
}

/// Cancels the shift, raising its revision: calendars show it cancelled.
pub fn cancel(conn: &mut PgConnection, id: Uuid, now: DateTime<Utc>) -> QueryResult<ShiftRow> {
    diesel::update(shifts::table.find(id))
        .set((
            shifts::cancelled_at.eq(now),
            shifts::updated_at.eq(now),
            shifts::revision.eq(shifts::revision + 1),
        ))
        .returning(ShiftRow::as_returning())
        .get_result(conn)
}

/// Raises the shift's revision, the `SEQUENCE` of its calendar events:
/// what calendars show of it changed (its times). Run in the transaction
/// that makes the change, so no feed shows the change under the old number.
pub fn revise(conn: &mut PgConnection, id: Uuid) -> QueryResult<usize> {
    diesel::update(shifts::table.find(id))
        .set(shifts::revision.eq(shifts::revision + 1))
        .execute(conn)
}

/// Raises the revision of every shift of the opportunity: what calendars
/// show of all of them (the opportunity's place or title) changed. The rows
/// are locked by id, the order every other many-shift lock takes
/// (`applications::store::lock_shifts_of`), so the two cannot deadlock.
pub fn revise_all_of(conn: &mut PgConnection, opportunity: Uuid) -> QueryResult<usize> {
    diesel::sql_query(
        "UPDATE shifts SET revision = revision + 1 WHERE id IN ( \
             SELECT id FROM shifts WHERE opportunity_id = $1 ORDER BY id FOR UPDATE)",
    )
    .bind::<diesel::sql_types::Uuid, _>(opportunity)
    .execute(conn)
}

/// Recounts confirmed and waitlisted sign-ups from the applications
/// themselves, so the counts can never drift; the `shifts_within_capacity`
/// check then refuses any overbooking.
pub fn refresh_counts(conn: &mut PgConnection, id: Uuid) -> QueryResult<ShiftRow> {
    diesel::sql_query(
        "UPDATE shifts SET \
           confirmed_count = (SELECT count(*) FROM applications WHERE shift_id = $1 AND status IN ('confirmed', 'attended', 'no_show')), \
           waitlist_count = (SELECT count(*) FROM applications WHERE shift_id = $1 AND status = 'waitlisted') \
         WHERE id = $1 RETURNING *",
    )
    .bind::<diesel::sql_types::Uuid, _>(id)
    .get_result(conn)
}

/// The next shift of each of the opportunities `ids` that is not cancelled
/// and starts after `now`: the first with a free place, else the first.
pub fn next_of_many(
    conn: &mut PgConnection,
    ids: &[Uuid],
    now: DateTime<Utc>,
) -> QueryResult<Vec<ShiftRow>> {
    diesel::sql_query(
        "SELECT DISTINCT ON (opportunity_id) id, opportunity_id, starts_at, ends_at, capacity, \
           confirmed_count, waitlist_count, cancelled_at \
         FROM shifts \
         WHERE opportunity_id = ANY($1) AND cancelled_at IS NULL AND starts_at > $2 \
         ORDER BY opportunity_id, confirmed_count >= capacity, starts_at, id",
    )
    .bind::<diesel::sql_types::Array<diesel::sql_types::Uuid>, _>(ids)
    .bind::<Timestamptz, _>(now)
    .load(conn)
}

/// The shifts of an opportunity that are not cancelled, by start time.
pub fn list_for_opportunity(
    conn: &mut PgConnection,
    opportunity: Uuid,
    after: Option<&(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> QueryResult<Vec<ShiftRow>> {
    let mut query = shifts::table
        .filter(shifts::opportunity_id.eq(opportunity))
        .filter(shifts::cancelled_at.is_null())
        .select(ShiftRow::as_select())
        .order_by((shifts::starts_at, shifts::id))
        .limit(limit)
        .into_boxed();
    if let Some((starts, id)) = after {
        query = query.filter(
            sql::<Bool>("(shifts.starts_at, shifts.id) > (")
                .bind::<Timestamptz, _>(*starts)
                .sql(", ")
                .bind::<diesel::sql_types::Uuid, _>(*id)
                .sql(")"),
        );
    }
    query.load(conn)
}
