//! SQL of the hours ledger.
//!
//! An entry *counts* when it is approved and no approved entry corrects
//! it; `COUNTS` says so in SQL (the partial unique index on approved
//! corrections answers the `NOT EXISTS`).

use chrono::{DateTime, NaiveDate, Utc};
use diesel::{
    prelude::*,
    sql_types::{BigInt, Bool, Date, Int4, Nullable, Text, Timestamptz, Uuid as SqlUuid},
};
use uuid::Uuid;

use crate::schema::hour_entries;

/// An entry as a link of its chain of corrections.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = hour_entries)]
pub struct ChainEntry {
    pub id: Uuid,
    pub minutes: i32,
    pub corrects_id: Option<Uuid>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = hour_entries)]
pub struct NewHourEntry<'a> {
    pub volunteer_id: Uuid,
    pub organization_id: Uuid,
    pub opportunity_id: Option<Uuid>,
    pub application_id: Option<Uuid>,
    pub work_date: NaiveDate,
    pub minutes: i32,
    pub description: &'a str,
    pub status: &'a str,
    pub corrects_id: Option<Uuid>,
    pub decided_by: Option<Uuid>,
    pub decided_at: Option<DateTime<Utc>>,
}

/// The facts a decision reads, from the locked row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = hour_entries)]
pub struct LockedEntry {
    pub id: Uuid,
    pub volunteer_id: Option<Uuid>,
    pub organization_id: Uuid,
    pub work_date: NaiveDate,
    pub minutes: i32,
    pub status: String,
    pub corrects_id: Option<Uuid>,
}

/// An entry with the names of what it is for, as lists show it.
#[derive(Debug, Clone, QueryableByName)]
pub struct EntryRow {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub volunteer_id: Option<Uuid>,
    #[diesel(sql_type = Nullable<Text>)]
    pub volunteer_name: Option<String>,
    #[diesel(sql_type = Bool)]
    pub volunteer_erased: bool,
    #[diesel(sql_type = SqlUuid)]
    pub organization_id: Uuid,
    #[diesel(sql_type = Text)]
    pub organization_name: String,
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub opportunity_id: Option<Uuid>,
    #[diesel(sql_type = Nullable<Text>)]
    pub opportunity_title: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub cause: Option<String>,
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub application_id: Option<Uuid>,
    #[diesel(sql_type = Date)]
    pub work_date: NaiveDate,
    #[diesel(sql_type = Int4)]
    pub minutes: i32,
    #[diesel(sql_type = Text)]
    pub description: String,
    #[diesel(sql_type = Text)]
    pub status: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub rejection_reason: Option<String>,
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub corrects_id: Option<Uuid>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub decided_at: Option<DateTime<Utc>>,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
    #[diesel(sql_type = Bool)]
    pub counts: bool,
}

/// Approved minutes of one organisation, month and cause.
#[derive(Debug, Clone, QueryableByName)]
pub struct TotalRow {
    #[diesel(sql_type = SqlUuid)]
    pub organization_id: Uuid,
    #[diesel(sql_type = Text)]
    pub organization_name: String,
    #[diesel(sql_type = Date)]
    pub month: NaiveDate,
    #[diesel(sql_type = Nullable<Text>)]
    pub cause: Option<String>,
    #[diesel(sql_type = BigInt)]
    pub minutes: i64,
}

#[derive(QueryableByName)]
struct Sum {
    #[diesel(sql_type = BigInt)]
    minutes: i64,
}

/// `e` counts: approved, and no approved entry corrects it.
pub(crate) const COUNTS: &str = "(e.status = 'approved' AND NOT EXISTS (\
     SELECT 1 FROM hour_entries c WHERE c.corrects_id = e.id AND c.status = 'approved'))";

fn entry_select() -> String {
    format!(
        "SELECT e.id, e.volunteer_id, u.display_name AS volunteer_name, \
                u.erased_at IS NOT NULL AS volunteer_erased, e.organization_id, \
                o.name AS organization_name, e.opportunity_id, op.title AS opportunity_title, \
                op.cause, e.application_id, e.work_date, e.minutes, e.description, e.status, \
                e.rejection_reason, e.corrects_id, e.decided_at, e.created_at, {COUNTS} AS counts \
         FROM hour_entries e \
         JOIN organizations o ON o.id = e.organization_id \
         LEFT JOIN opportunities op ON op.id = e.opportunity_id \
         LEFT JOIN users u ON u.id = e.volunteer_id "
    )
}

/// Every approved entry of a sign-up, oldest first: its chain of
/// corrections (pending and rejected requests are not links of it).
pub fn approved_for_application(
    conn: &mut PgConnection,
    application: Uuid,
) -> QueryResult<Vec<ChainEntry>> {
    hour_entries::table
        .filter(hour_entries::application_id.eq(application))
        .filter(hour_entries::status.eq("approved"))
        .order((hour_entries::created_at, hour_entries::id))
        .select(ChainEntry::as_select())
        .load(conn)
}

/// Whether a sign-up has an entry waiting for a decision.
pub fn has_pending_for_application(
    conn: &mut PgConnection,
    application: Uuid,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        hour_entries::table
            .filter(hour_entries::application_id.eq(application))
            .filter(hour_entries::status.eq("pending")),
    ))
    .get_result(conn)
}

/// Whether a correction of the entry waits for a decision.
pub fn has_pending_correction(conn: &mut PgConnection, entry: Uuid) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        hour_entries::table
            .filter(hour_entries::corrects_id.eq(entry))
            .filter(hour_entries::status.eq("pending")),
    ))
    .get_result(conn)
}

pub fn insert(conn: &mut PgConnection, entry: &NewHourEntry<'_>) -> QueryResult<Uuid> {
    diesel::insert_into(hour_entries::table)
        .values(entry)
        .returning(hour_entries::id)
        .get_result(conn)
}

/// Serialises the ledger changes of one volunteer (their day totals are
/// checked, then written) for the rest of the transaction.
pub fn lock_volunteer(conn: &mut PgConnection, volunteer: Uuid) -> QueryResult<()> {
    // The first key names the ledger among the service's advisory locks.
    diesel::sql_query("SELECT pg_advisory_xact_lock(1015, hashtext($1::text))")
        .bind::<SqlUuid, _>(volunteer)
        .execute(conn)
        .map(drop)
}

/// Minutes the volunteer has on `date` as the day would be if everything
/// waiting were approved: entries that count with no correction waiting,
/// and waiting entries. `except_entry` and the entries of
/// `except_application` are left out (what a change replaces).
pub fn day_minutes(
    conn: &mut PgConnection,
    volunteer: Uuid,
    date: NaiveDate,
    except_entry: Option<Uuid>,
    except_application: Option<Uuid>,
) -> QueryResult<i64> {
    diesel::sql_query(
        "SELECT COALESCE(sum(e.minutes), 0)::bigint AS minutes FROM hour_entries e \
         WHERE e.volunteer_id = $1 AND e.work_date = $2 \
           AND ($3::uuid IS NULL OR e.id <> $3) \
           AND ($4::uuid IS NULL OR e.application_id IS DISTINCT FROM $4) \
           AND (e.status = 'pending' OR (e.status = 'approved' AND NOT EXISTS ( \
                SELECT 1 FROM hour_entries c \
                WHERE c.corrects_id = e.id AND c.status IN ('approved', 'pending'))))",
    )
    .bind::<SqlUuid, _>(volunteer)
    .bind::<Date, _>(date)
    .bind::<Nullable<SqlUuid>, _>(except_entry)
    .bind::<Nullable<SqlUuid>, _>(except_application)
    .get_result::<Sum>(conn)
    .map(|sum| sum.minutes)
}

/// How many entries of the volunteer wait for the organisation's decision.
pub fn pending_count(
    conn: &mut PgConnection,
    volunteer: Uuid,
    organization: Uuid,
) -> QueryResult<i64> {
    hour_entries::table
        .filter(hour_entries::volunteer_id.eq(volunteer))
        .filter(hour_entries::organization_id.eq(organization))
        .filter(hour_entries::status.eq("pending"))
        .count()
        .get_result(conn)
}

/// The entry, locked until the transaction ends.
pub fn lock(conn: &mut PgConnection, id: Uuid) -> QueryResult<Option<LockedEntry>> {
    hour_entries::table
        .find(id)
        .select(LockedEntry::as_select())
        .for_update()
        .first(conn)
        .optional()
}

/// Locks the entries `ids` of `organization`, in id order (so two bulk
/// decisions never wait on each other in a cycle).
pub fn lock_many(
    conn: &mut PgConnection,
    organization: Uuid,
    ids: &[Uuid],
) -> QueryResult<Vec<LockedEntry>> {
    hour_entries::table
        .filter(hour_entries::id.eq_any(ids))
        .filter(hour_entries::organization_id.eq(organization))
        .order(hour_entries::id)
        .select(LockedEntry::as_select())
        .for_update()
        .load(conn)
}

/// Whether the entry counts now.
pub fn counts(conn: &mut PgConnection, id: Uuid) -> QueryResult<bool> {
    #[derive(QueryableByName)]
    struct Counts {
        #[diesel(sql_type = Bool)]
        counts: bool,
    }
    diesel::sql_query(format!(
        "SELECT EXISTS (SELECT 1 FROM hour_entries e WHERE e.id = $1 AND {COUNTS}) AS counts"
    ))
    .bind::<SqlUuid, _>(id)
    .get_result::<Counts>(conn)
    .map(|row| row.counts)
}

/// Records a decision on a pending entry.
pub fn decide(
    conn: &mut PgConnection,
    id: Uuid,
    status: &str,
    reason: Option<&str>,
    member: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<usize> {
    diesel::update(hour_entries::table.find(id))
        .filter(hour_entries::status.eq("pending"))
        .set((
            hour_entries::status.eq(status),
            hour_entries::rejection_reason.eq(reason),
            hour_entries::decided_by.eq(member),
            hour_entries::decided_at.eq(now),
        ))
        .execute(conn)
}

pub fn find(conn: &mut PgConnection, id: Uuid) -> QueryResult<Option<EntryRow>> {
    diesel::sql_query(format!("{} WHERE e.id = $1", entry_select()))
        .bind::<SqlUuid, _>(id)
        .get_result(conn)
        .optional()
}

pub fn find_many(conn: &mut PgConnection, ids: &[Uuid]) -> QueryResult<Vec<EntryRow>> {
    diesel::sql_query(format!(
        "{} WHERE e.id = ANY($1) ORDER BY e.created_at, e.id",
        entry_select()
    ))
    .bind::<diesel::sql_types::Array<SqlUuid>, _>(ids)
    .load(conn)
}

/// Which entries a list shows and from where.
pub struct ListFilter {
    pub volunteer: Option<Uuid>,
    pub organization: Option<Uuid>,
    pub status: Option<&'static str>,
    /// Oldest first (a review queue) instead of newest first.
    pub oldest_first: bool,
}

/// A page of entries after the `(created_at, id)` key `after`.
pub fn list(
    conn: &mut PgConnection,
    filter: &ListFilter,
    after: Option<&(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> QueryResult<Vec<EntryRow>> {
    let (order, beyond) = if filter.oldest_first {
        ("ASC", ">")
    } else {
        ("DESC", "<")
    };
    diesel::sql_query(format!(
        "{} WHERE ($1::uuid IS NULL OR e.volunteer_id = $1) \
           AND ($2::uuid IS NULL OR e.organization_id = $2) \
           AND ($3::text IS NULL OR e.status = $3) \
           AND ($4::timestamptz IS NULL OR (e.created_at, e.id) {beyond} ($4, $5)) \
         ORDER BY e.created_at {order}, e.id {order} LIMIT $6",
        entry_select()
    ))
    .bind::<Nullable<SqlUuid>, _>(filter.volunteer)
    .bind::<Nullable<SqlUuid>, _>(filter.organization)
    .bind::<Nullable<Text>, _>(filter.status)
    .bind::<Nullable<Timestamptz>, _>(after.map(|key| key.0))
    .bind::<Nullable<SqlUuid>, _>(after.map(|key| key.1))
    .bind::<BigInt, _>(limit)
    .load(conn)
}

/// The volunteer's counting minutes by organisation, month and cause.
pub fn totals(conn: &mut PgConnection, volunteer: Uuid) -> QueryResult<Vec<TotalRow>> {
    diesel::sql_query(format!(
        "SELECT e.organization_id, o.name AS organization_name, \
                date_trunc('month', e.work_date)::date AS month, op.cause, \
                sum(e.minutes)::bigint AS minutes \
         FROM hour_entries e \
         JOIN organizations o ON o.id = e.organization_id \
         LEFT JOIN opportunities op ON op.id = e.opportunity_id \
         WHERE e.volunteer_id = $1 AND {COUNTS} \
         GROUP BY e.organization_id, o.name, month, op.cause"
    ))
    .bind::<SqlUuid, _>(volunteer)
    .load(conn)
}

/// Minutes of the volunteer's entries waiting for a decision.
pub fn pending_minutes(conn: &mut PgConnection, volunteer: Uuid) -> QueryResult<i64> {
    diesel::sql_query(
        "SELECT COALESCE(sum(minutes), 0)::bigint AS minutes FROM hour_entries \
         WHERE volunteer_id = $1 AND status = 'pending'",
    )
    .bind::<SqlUuid, _>(volunteer)
    .get_result::<Sum>(conn)
    .map(|sum| sum.minutes)
}
