//! SQL of the hours ledger.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
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

/// Every entry of a sign-up, oldest first (a short chain of corrections).
pub fn for_application(conn: &mut PgConnection, application: Uuid) -> QueryResult<Vec<ChainEntry>> {
    hour_entries::table
        .filter(hour_entries::application_id.eq(application))
        .order((hour_entries::created_at, hour_entries::id))
        .select(ChainEntry::as_select())
        .load(conn)
}

pub fn insert(conn: &mut PgConnection, entry: &NewHourEntry<'_>) -> QueryResult<usize> {
    diesel::insert_into(hour_entries::table)
        .values(entry)
        .execute(conn)
}
