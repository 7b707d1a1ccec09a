//! SQL of written agreements.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::schema::{agreements, organizations, users};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = agreements, check_for_backend(diesel::pg::Pg))]
pub struct AgreementRow {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub volunteer_id: Option<Uuid>,
    pub scope: String,
    pub manner: String,
    pub place: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub hours_per_week: i16,
    pub termination_terms: String,
    pub insurance_statement: Option<String>,
    pub status: String,
    pub created_at: DateTime<Utc>,
    pub accepted_at: Option<DateTime<Utc>>,
    pub guardian_name: Option<String>,
    pub guardian_consented_at: Option<DateTime<Utc>>,
    pub terminated_on: Option<NaiveDate>,
    pub terminated_at: Option<DateTime<Utc>>,
}

/// An agreement with the names of its two sides.
#[derive(Debug, Clone, Queryable)]
pub struct NamedAgreement {
    pub agreement: AgreementRow,
    pub organization_name: String,
    pub volunteer_name: Option<String>,
    /// When the volunteer erased their account.
    pub volunteer_erased_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = agreements)]
pub struct NewAgreement<'a> {
    pub organization_id: Uuid,
    pub volunteer_id: Uuid,
    pub scope: &'a str,
    pub manner: &'a str,
    pub place: &'a str,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub hours_per_week: i16,
    pub termination_terms: &'a str,
    pub insurance_statement: Option<&'a str>,
    pub status: &'a str,
    pub proposed_by: Uuid,
}

pub fn insert(conn: &mut PgConnection, new: &NewAgreement<'_>) -> QueryResult<Uuid> {
    diesel::insert_into(agreements::table)
        .values(new)
        .returning(agreements::id)
        .get_result(conn)
}

/// The agreement, locked until the transaction ends.
pub fn lock(conn: &mut PgConnection, id: Uuid) -> QueryResult<Option<AgreementRow>> {
    agreements::table
        .find(id)
        .select(AgreementRow::as_select())
        .for_update()
        .first(conn)
        .optional()
}

pub fn find(conn: &mut PgConnection, id: Uuid) -> QueryResult<Option<NamedAgreement>> {
    agreements::table
        .find(id)
        .inner_join(organizations::table)
        .left_join(users::table.on(users::id.nullable().eq(agreements::volunteer_id)))
        .select((
            AgreementRow::as_select(),
            organizations::name,
            users::display_name.nullable(),
            users::erased_at.nullable(),
        ))
        .first(conn)
        .optional()
}

pub fn accept(
    conn: &mut PgConnection,
    id: Uuid,
    guardian_name: Option<&str>,
    now: DateTime<Utc>,
) -> QueryResult<usize> {
    diesel::update(agreements::table.find(id))
        .set((
            agreements::status.eq("accepted"),
            agreements::accepted_at.eq(now),
            agreements::guardian_name.eq(guardian_name),
            agreements::guardian_consented_at.eq(guardian_name.map(|_| now)),
        ))
        .execute(conn)
}

pub fn terminate(
    conn: &mut PgConnection,
    id: Uuid,
    on: NaiveDate,
    by: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<usize> {
    diesel::update(agreements::table.find(id))
        .set((
            agreements::status.eq("terminated"),
            agreements::terminated_on.eq(on),
            agreements::terminated_at.eq(now),
            agreements::terminated_by.eq(by),
        ))
        .execute(conn)
}

/// Agreements of a volunteer or of an organisation, newest first, after
/// the `(created_at, id)` key `after`.
pub fn list(
    conn: &mut PgConnection,
    volunteer: Option<Uuid>,
    organization: Option<Uuid>,
    after: Option<&(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> QueryResult<Vec<NamedAgreement>> {
    let mut query = agreements::table
        .inner_join(organizations::table)
        .left_join(users::table.on(users::id.nullable().eq(agreements::volunteer_id)))
        .select((
            AgreementRow::as_select(),
            organizations::name,
            users::display_name.nullable(),
            users::erased_at.nullable(),
        ))
        .order((agreements::created_at.desc(), agreements::id.desc()))
        .limit(limit)
        .into_boxed();
    if let Some(volunteer) = volunteer {
        query = query.filter(agreements::volunteer_id.eq(volunteer));
    }
    if let Some(organization) = organization {
        query = query.filter(agreements::organization_id.eq(organization));
    }
    if let Some((created, id)) = after {
        query = query.filter(
            agreements::created_at.lt(created).or(agreements::created_at
                .eq(created)
                .and(agreements::id.lt(id))),
        );
    }
    query.load(conn)
}
