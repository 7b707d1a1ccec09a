//! SQL of certificates and opinions.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::{
    prelude::*,
    sql_types::{BigInt, Date, Nullable, Text, Uuid as SqlUuid},
};
use uuid::Uuid;

use crate::schema::{certificates, opinions};

/// Approved, counting minutes of a volunteer with an organisation on one
/// opportunity (`None`: work outside any), with the first and last day.
#[derive(Debug, Clone, QueryableByName)]
pub struct WorkRow {
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub opportunity_id: Option<Uuid>,
    #[diesel(sql_type = Nullable<Text>)]
    pub title: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub cause: Option<String>,
    #[diesel(sql_type = BigInt)]
    pub minutes: i64,
    #[diesel(sql_type = Date)]
    pub first_day: NaiveDate,
    #[diesel(sql_type = Date)]
    pub last_day: NaiveDate,
}

pub fn approved_work(
    conn: &mut PgConnection,
    volunteer: Uuid,
    organization: Uuid,
) -> QueryResult<Vec<WorkRow>> {
    diesel::sql_query(
        "SELECT e.opportunity_id, op.title, op.cause, sum(e.minutes)::bigint AS minutes, \
                min(e.work_date) AS first_day, max(e.work_date) AS last_day \
         FROM hour_entries e \
         LEFT JOIN opportunities op ON op.id = e.opportunity_id \
         WHERE e.volunteer_id = $1 AND e.organization_id = $2 AND e.status = 'approved' \
           AND e.minutes > 0 \
           AND NOT EXISTS (SELECT 1 FROM hour_entries c \
                           WHERE c.corrects_id = e.id AND c.status = 'approved') \
         GROUP BY e.opportunity_id, op.title, op.cause \
         ORDER BY sum(e.minutes) DESC, op.title",
    )
    .bind::<SqlUuid, _>(volunteer)
    .bind::<SqlUuid, _>(organization)
    .load(conn)
}

/// A skill an opportunity asks for, named in Polish and in `lang`.
#[derive(Debug, Clone, QueryableByName)]
pub struct SkillRow {
    #[diesel(sql_type = SqlUuid)]
    pub opportunity_id: Uuid,
    #[diesel(sql_type = Text)]
    pub slug: String,
    #[diesel(sql_type = Text)]
    pub name_pl: String,
    #[diesel(sql_type = Text)]
    pub name: String,
}

pub fn skills_of(
    conn: &mut PgConnection,
    opportunities: &[Uuid],
    lang: &str,
) -> QueryResult<Vec<SkillRow>> {
    // `lang` is one of the six codes (a `Lang`), never a caller's text.
    let label = match lang {
        "pl" | "en" => format!("s.label_{lang}"),
        "de" | "lt" | "lv" | "uk" => format!("COALESCE(s.label_{lang}, s.label_en)"),
        _ => "s.label_en".to_owned(),
    };
    diesel::sql_query(format!(
        "SELECT os.opportunity_id, s.slug, s.label_pl AS name_pl, {label} AS name \
         FROM opportunity_skills os JOIN skills s ON s.id = os.skill_id \
         WHERE os.opportunity_id = ANY($1) ORDER BY os.required DESC, s.slug"
    ))
    .bind::<diesel::sql_types::Array<SqlUuid>, _>(opportunities)
    .load(conn)
}

pub fn opinion(
    conn: &mut PgConnection,
    organization: Uuid,
    volunteer: Uuid,
) -> QueryResult<Option<String>> {
    opinions::table
        .find((organization, volunteer))
        .select(opinions::body)
        .first(conn)
        .optional()
}

pub fn put_opinion(
    conn: &mut PgConnection,
    organization: Uuid,
    volunteer: Uuid,
    body: &str,
    member: Uuid,
) -> QueryResult<usize> {
    diesel::insert_into(opinions::table)
        .values((
            opinions::organization_id.eq(organization),
            opinions::volunteer_id.eq(volunteer),
            opinions::body.eq(body),
            opinions::written_by.eq(member),
        ))
        .on_conflict((opinions::organization_id, opinions::volunteer_id))
        .do_update()
        .set((
            opinions::body.eq(body),
            opinions::written_by.eq(member),
            opinions::updated_at.eq(diesel::dsl::now),
        ))
        .execute(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = certificates, check_for_backend(diesel::pg::Pg))]
pub struct CertificateRow {
    pub id: Uuid,
    pub code: String,
    pub organization_id: Uuid,
    pub volunteer_id: Option<Uuid>,
    pub facts: serde_json::Value,
    pub language: String,
    pub credential: String,
    pub kid: String,
    pub issued_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub revocation_reason: Option<String>,
}

/// Serialises, until the transaction ends, the issues of one volunteer's
/// certificate from one organisation.
pub fn lock_issue(conn: &mut PgConnection, volunteer: Uuid, organization: Uuid) -> QueryResult<()> {
    diesel::sql_query("SELECT pg_advisory_xact_lock(1018, hashtext($1::text || $2::text))")
        .bind::<SqlUuid, _>(volunteer)
        .bind::<SqlUuid, _>(organization)
        .execute(conn)
        .map(drop)
}

/// The volunteer's latest certificate from the organisation, revoked or not.
pub fn latest(
    conn: &mut PgConnection,
    volunteer: Uuid,
    organization: Uuid,
) -> QueryResult<Option<CertificateRow>> {
    certificates::table
        .filter(certificates::volunteer_id.eq(volunteer))
        .filter(certificates::organization_id.eq(organization))
        .order(certificates::issued_at.desc())
        .select(CertificateRow::as_select())
        .first(conn)
        .optional()
}

pub struct NewCertificate<'a> {
    pub id: Uuid,
    pub code: &'a str,
    pub organization_id: Uuid,
    pub volunteer_id: Uuid,
    pub facts: &'a serde_json::Value,
    pub language: &'a str,
    pub credential: &'a str,
    pub kid: &'a str,
    pub issued_at: DateTime<Utc>,
}

pub fn insert(conn: &mut PgConnection, new: &NewCertificate<'_>) -> QueryResult<CertificateRow> {
    diesel::insert_into(certificates::table)
        .values((
            certificates::id.eq(new.id),
            certificates::code.eq(new.code),
            certificates::organization_id.eq(new.organization_id),
            certificates::volunteer_id.eq(new.volunteer_id),
            certificates::facts.eq(new.facts),
            certificates::language.eq(new.language),
            certificates::credential.eq(new.credential),
            certificates::kid.eq(new.kid),
            certificates::issued_at.eq(new.issued_at),
        ))
        .returning(CertificateRow::as_returning())
        .get_result(conn)
}

/// Every certificate of `volunteer`, locked.
pub fn of_volunteer_for_update(
    conn: &mut PgConnection,
    volunteer: Uuid,
) -> QueryResult<Vec<CertificateRow>> {
    certificates::table
        .filter(certificates::volunteer_id.eq(volunteer))
        .order(certificates::id)
        .select(CertificateRow::as_select())
        .for_update()
        .load(conn)
}

/// Replaces what a certificate states and its credential (an erasure).
pub fn replace_facts(
    conn: &mut PgConnection,
    id: Uuid,
    facts: &serde_json::Value,
    credential: &str,
    kid: &str,
) -> QueryResult<usize> {
    diesel::update(certificates::table.find(id))
        .set((
            certificates::facts.eq(facts),
            certificates::credential.eq(credential),
            certificates::kid.eq(kid),
        ))
        .execute(conn)
}

pub fn by_code(conn: &mut PgConnection, code: &str) -> QueryResult<Option<CertificateRow>> {
    certificates::table
        .filter(certificates::code.eq(code))
        .select(CertificateRow::as_select())
        .first(conn)
        .optional()
}

pub fn lock_by_code(conn: &mut PgConnection, code: &str) -> QueryResult<Option<CertificateRow>> {
    certificates::table
        .filter(certificates::code.eq(code))
        .select(CertificateRow::as_select())
        .for_update()
        .first(conn)
        .optional()
}

pub fn revoke(
    conn: &mut PgConnection,
    id: Uuid,
    member: Uuid,
    reason: &str,
    now: DateTime<Utc>,
) -> QueryResult<CertificateRow> {
    diesel::update(certificates::table.find(id))
        .set((
            certificates::revoked_at.eq(now),
            certificates::revoked_by.eq(member),
            certificates::revocation_reason.eq(reason),
        ))
        .returning(CertificateRow::as_returning())
        .get_result(conn)
}
