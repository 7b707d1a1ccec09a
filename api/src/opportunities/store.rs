//! Opportunities, their skills and languages in PostgreSQL.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::{
    db::worker_reads::{ReadConnection, decode_error},
    error::ApiError,
    schema::{opportunities, opportunity_languages, opportunity_skills},
};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = opportunities, check_for_backend(diesel::pg::Pg))]
pub struct OpportunityRow {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub title: String,
    pub description: String,
    pub cause: String,
    pub status: String,
    pub min_age: i16,
    pub requires_review: bool,
    pub works_with_children: bool,
    pub remote: bool,
    pub address: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub published_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub next_shift_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = opportunities)]
pub struct NewOpportunityRow {
    pub organization_id: Uuid,
    pub title: String,
    pub description: String,
    pub cause: &'static str,
    pub min_age: i16,
    pub requires_review: bool,
    pub works_with_children: bool,
    pub remote: bool,
    pub address: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub created_by: Option<Uuid>,
    pub search_text: String,
}

/// A partial update: `None` keeps a column; `Some(None)` clears it.
#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = opportunities)]
pub struct OpportunityChanges {
    pub title: Option<String>,
    pub description: Option<String>,
    pub cause: Option<&'static str>,
    pub min_age: Option<i16>,
    pub requires_review: Option<bool>,
    pub works_with_children: Option<bool>,
    pub remote: Option<bool>,
    pub address: Option<Option<String>>,
    pub lat: Option<Option<f64>>,
    pub lon: Option<Option<f64>>,
    pub search_text: Option<String>,
    pub updated_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Queryable, Insertable)]
#[diesel(table_name = opportunity_skills)]
pub struct SkillNeedRow {
    pub opportunity_id: Uuid,
    pub skill_id: Uuid,
    pub min_level: i16,
    pub required: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Insertable)]
#[diesel(table_name = opportunity_languages)]
pub struct LanguageNeedRow {
    pub opportunity_id: Uuid,
    pub code: String,
    pub min_level: String,
}

pub fn insert(conn: &mut PgConnection, row: &NewOpportunityRow) -> QueryResult<OpportunityRow> {
    diesel::insert_into(opportunities::table)
        .values(row)
        .returning(OpportunityRow::as_returning())
        .get_result(conn)
}

/// An opportunity's needs as the view `opportunity_needs` (migration
/// 000024) holds them: arrays in the order the API lists them.
#[derive(Debug, Clone)]
pub struct NeedsRow {
    pub skill_ids: Vec<Uuid>,
    pub skill_levels: Vec<i16>,
    pub skill_required: Vec<bool>,
    pub language_codes: Vec<String>,
    pub language_levels: Vec<String>,
}

impl NeedsRow {
    /// The needs as rows of their tables, in the same order.
    pub fn into_rows(self, opportunity_id: Uuid) -> (Vec<SkillNeedRow>, Vec<LanguageNeedRow>) {
        let skills = self
            .skill_ids
            .into_iter()
            .zip(self.skill_levels)
            .zip(self.skill_required)
            .map(|((skill_id, min_level), required)| SkillNeedRow {
                opportunity_id,
                skill_id,
                min_level,
                required,
            })
            .collect();
        let languages = self
            .language_codes
            .into_iter()
            .zip(self.language_levels)
            .map(|(code, min_level)| LanguageNeedRow {
                opportunity_id,
                code,
                min_level,
            })
            .collect();
        (skills, languages)
    }
}

/// An opportunity, its needs, and who the user is to its organisation.
#[derive(Debug, Clone)]
pub struct WholeOpportunity {
    pub row: OpportunityRow,
    pub needs: NeedsRow,
    /// The user's membership role; `None` for others and without a user.
    pub role: Option<String>,
    pub is_staff: bool,
}

/// The read of `GET /opportunities/{id}`, the API's most frequent, in one
/// statement prepared once per connection. `$2` is the signed-in user, or
/// NULL (which joins nothing).
const FIND_WHOLE: &str = "
SELECT o.id, o.organization_id, o.title, o.description, o.cause, o.status, o.min_age,
       o.requires_review, o.works_with_children, o.remote, o.address, o.lat, o.lon,
       o.published_at, o.created_at, o.updated_at, o.next_shift_at,
       n.skill_ids, n.skill_levels, n.skill_required, n.language_codes, n.language_levels,
       m.role, u.is_staff
FROM opportunities o
JOIN opportunity_needs n ON n.opportunity_id = o.id
LEFT JOIN organization_members m ON m.organization_id = o.organization_id AND m.user_id = $2
LEFT JOIN users u ON u.id = $2
WHERE o.id = $1";

/// [`WholeOpportunity`] in one round trip on the worker's own connection
/// (`db::worker_reads`).
pub async fn find_whole(
    conn: &ReadConnection,
    id: Uuid,
    user: Option<Uuid>,
) -> Result<Option<WholeOpportunity>, ApiError> {
    let Some(row) = conn.query_opt(FIND_WHOLE, &[&id, &user]).await? else {
        return Ok(None);
    };
    whole_from(&row).map(Some).map_err(decode_error)
}

fn whole_from(row: &tokio_postgres::Row) -> Result<WholeOpportunity, tokio_postgres::Error> {
    Ok(WholeOpportunity {
        row: OpportunityRow {
            id: row.try_get("id")?,
            organization_id: row.try_get("organization_id")?,
            title: row.try_get("title")?,
            description: row.try_get("description")?,
            cause: row.try_get("cause")?,
            status: row.try_get("status")?,
            min_age: row.try_get("min_age")?,
            requires_review: row.try_get("requires_review")?,
            works_with_children: row.try_get("works_with_children")?,
            remote: row.try_get("remote")?,
            address: row.try_get("address")?,
            lat: row.try_get("lat")?,
            lon: row.try_get("lon")?,
            published_at: row.try_get("published_at")?,
            created_at: row.try_get("created_at")?,
            updated_at: row.try_get("updated_at")?,
            next_shift_at: row.try_get("next_shift_at")?,
        },
        needs: NeedsRow {
            skill_ids: row.try_get("skill_ids")?,
            skill_levels: row.try_get("skill_levels")?,
            skill_required: row.try_get("skill_required")?,
            language_codes: row.try_get("language_codes")?,
            language_levels: row.try_get("language_levels")?,
        },
        role: row.try_get("role")?,
        is_staff: row.try_get::<_, Option<bool>>("is_staff")?.unwrap_or(false),
    })
}

pub fn find(conn: &mut PgConnection, id: Uuid) -> QueryResult<Option<OpportunityRow>> {
    opportunities::table
        .find(id)
        .select(OpportunityRow::as_select())
        .first(conn)
        .optional()
}

/// Every opportunity of an organisation, newest first.
pub fn of_organization(
    conn: &mut PgConnection,
    organization: Uuid,
) -> QueryResult<Vec<OpportunityRow>> {
    opportunities::table
        .filter(opportunities::organization_id.eq(organization))
        .select(OpportunityRow::as_select())
        .order_by((opportunities::created_at.desc(), opportunities::id))
        .load(conn)
}

/// The opportunities of `ids` that exist, in no particular order.
pub fn find_many(conn: &mut PgConnection, ids: &[Uuid]) -> QueryResult<Vec<OpportunityRow>> {
    opportunities::table
        .filter(opportunities::id.eq_any(ids))
        .select(OpportunityRow::as_select())
        .load(conn)
}

pub fn find_for_update(conn: &mut PgConnection, id: Uuid) -> QueryResult<Option<OpportunityRow>> {
    opportunities::table
        .find(id)
        .select(OpportunityRow::as_select())
        .for_update()
        .first(conn)
        .optional()
}

pub fn update(
    conn: &mut PgConnection,
    id: Uuid,
    changes: &OpportunityChanges,
) -> QueryResult<OpportunityRow> {
    diesel::update(opportunities::table.find(id))
        .set(changes)
        .returning(OpportunityRow::as_returning())
        .get_result(conn)
}

pub fn set_status(
    conn: &mut PgConnection,
    id: Uuid,
    status: &str,
    now: DateTime<Utc>,
) -> QueryResult<OpportunityRow> {
    let published_at = (status == "published").then_some(now);
    let closed_at = (status == "closed").then_some(now);
    diesel::update(opportunities::table.find(id))
        .set((
            opportunities::status.eq(status),
            opportunities::updated_at.eq(now),
            published_at.map(|at| opportunities::published_at.eq(at)),
            closed_at.map(|at| opportunities::closed_at.eq(at)),
        ))
        .returning(OpportunityRow::as_returning())
        .get_result(conn)
}

/// Replaces the skills an opportunity asks for; then
/// [`refresh_matching_columns`], once for both kinds of needs.
pub fn replace_skills(
    conn: &mut PgConnection,
    opportunity: Uuid,
    needs: &[SkillNeedRow],
) -> QueryResult<()> {
    diesel::delete(
        opportunity_skills::table.filter(opportunity_skills::opportunity_id.eq(opportunity)),
    )
    .execute(conn)?;
    diesel::insert_into(opportunity_skills::table)
        .values(needs)
        .execute(conn)?;
    Ok(())
}

pub fn replace_languages(
    conn: &mut PgConnection,
    opportunity: Uuid,
    needs: &[LanguageNeedRow],
) -> QueryResult<()> {
    diesel::delete(
        opportunity_languages::table.filter(opportunity_languages::opportunity_id.eq(opportunity)),
    )
    .execute(conn)?;
    diesel::insert_into(opportunity_languages::table)
        .values(needs)
        .execute(conn)?;
    Ok(())
}

/// Rewrites what matching reads in the opportunity row (required skill ids,
/// language codes) from the child tables: of `opportunity`, or of every
/// one (after seeding).
pub fn refresh_matching_columns(
    conn: &mut PgConnection,
    opportunity: Option<Uuid>,
) -> QueryResult<()> {
    diesel::sql_query(
        "UPDATE opportunities o SET \
           required_skill_ids = coalesce((SELECT array_agg(skill_id ORDER BY skill_id) \
             FROM opportunity_skills s WHERE s.opportunity_id = o.id AND s.required), '{}'), \
           skill_ids = coalesce((SELECT array_agg(skill_id ORDER BY skill_id) \
             FROM opportunity_skills s WHERE s.opportunity_id = o.id), '{}'), \
           language_codes = coalesce((SELECT array_agg(code ORDER BY code) \
             FROM opportunity_languages l WHERE l.opportunity_id = o.id), '{}') \
         WHERE $1 IS NULL OR o.id = $1",
    )
    .bind::<diesel::sql_types::Nullable<diesel::sql_types::Uuid>, _>(opportunity)
    .execute(conn)
    .map(drop)
}

pub fn skills_of(conn: &mut PgConnection, opportunity: Uuid) -> QueryResult<Vec<SkillNeedRow>> {
    opportunity_skills::table
        .filter(opportunity_skills::opportunity_id.eq(opportunity))
        .order_by(opportunity_skills::skill_id)
        .load(conn)
}

pub fn languages_of(
    conn: &mut PgConnection,
    opportunity: Uuid,
) -> QueryResult<Vec<LanguageNeedRow>> {
    opportunity_languages::table
        .filter(opportunity_languages::opportunity_id.eq(opportunity))
        .order_by(opportunity_languages::code)
        .load(conn)
}

/// The skills and languages of several opportunities, in two queries.
pub fn needs_of_many(
    conn: &mut PgConnection,
    ids: &[Uuid],
) -> QueryResult<(Vec<SkillNeedRow>, Vec<LanguageNeedRow>)> {
    let skills = opportunity_skills::table
        .filter(opportunity_skills::opportunity_id.eq_any(ids))
        .order_by((
            opportunity_skills::opportunity_id,
            opportunity_skills::skill_id,
        ))
        .load(conn)?;
    let languages = opportunity_languages::table
        .filter(opportunity_languages::opportunity_id.eq_any(ids))
        .order_by((
            opportunity_languages::opportunity_id,
            opportunity_languages::code,
        ))
        .load(conn)?;
    Ok((skills, languages))
}

/// Recomputes when the opportunity's next shift starts (for "soonest first").
pub fn refresh_next_shift(conn: &mut PgConnection, id: Uuid) -> QueryResult<()> {
    diesel::sql_query(
        "UPDATE opportunities SET next_shift_at = (SELECT min(starts_at) FROM shifts \
           WHERE opportunity_id = $1 AND cancelled_at IS NULL AND starts_at > now()) \
         WHERE id = $1",
    )
    .bind::<diesel::sql_types::Uuid, _>(id)
    .execute(conn)
    .map(drop)
}

/// Takes, for the rest of the transaction, the next-shift refresher's
/// lock (1023 among the service's advisory locks, listed in
/// docs/architecture.md): one instance refreshes at a time. `false`:
/// another holds it.
pub fn try_lock_next_shift_refresh(conn: &mut PgConnection) -> QueryResult<bool> {
    #[derive(QueryableByName)]
    struct Locked {
        #[diesel(sql_type = diesel::sql_types::Bool)]
        locked: bool,
    }
    Ok(
        diesel::sql_query("SELECT pg_try_advisory_xact_lock(1023, 0) AS locked")
            .get_result::<Locked>(conn)?
            .locked,
    )
}

/// How many lapsed opportunities one refresh statement moves on: after a long
/// stop many may have lapsed at once, and one statement over all of them would
/// hold a core (and their row locks) for as long as it takes.
pub const NEXT_SHIFT_REFRESH_BATCH: i64 = 500;

/// Moves on the cached next shift of at most [`NEXT_SHIFT_REFRESH_BATCH`]
/// opportunities whose next shift has started; returns how many it moved.
/// Run periodically (until it moves fewer than a batch), it touches only those
/// rows, found by `opportunities_next_shift_idx`.
pub fn refresh_lapsed_next_shifts(conn: &mut PgConnection) -> QueryResult<usize> {
    diesel::sql_query(
        "UPDATE opportunities o SET next_shift_at = (SELECT min(s.starts_at) FROM shifts s \
           WHERE s.opportunity_id = o.id AND s.cancelled_at IS NULL AND s.starts_at > now()) \
         WHERE o.id IN (SELECT id FROM opportunities WHERE next_shift_at <= now() \
                        ORDER BY next_shift_at LIMIT $1)",
    )
    .bind::<diesel::sql_types::BigInt, _>(NEXT_SHIFT_REFRESH_BATCH)
    .execute(conn)
}
