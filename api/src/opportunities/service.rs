//! The use cases of opportunities: what a handler calls after parsing
//! and authorising (load, decide with the domain's rules, write, notify).

use super::{model, store};
use chrono::{DateTime, Utc};
use diesel::{Connection, PgConnection, QueryResult};
use hop_domain::{
    opportunity::OpportunityStatus,
    organization::{OrganizationStatus, Viewer},
};
use uuid::Uuid;

use super::model::{Needs, Opportunity};
use super::store::{LanguageNeedRow, OpportunityRow, SkillNeedRow};
use crate::{
    db::{
        self, Database,
        worker_reads::{ReadConnection, WorkerReads},
    },
    state::EmailOutbox,
};
use crate::{error::ApiError, organizations, pagination::Page};

pub fn not_found() -> ApiError {
    ApiError::NotFound("No opportunity with this id".into())
}

pub fn stored_status(row: &OpportunityRow) -> Result<OpportunityStatus, ApiError> {
    OpportunityStatus::parse(&row.status).map_err(|err| ApiError::internal(err.message))
}

/// The opportunity as `user` may see it: drafts and closed ones exist only
/// for the organisation's members and staff.
pub fn visible(
    conn: &mut PgConnection,
    id: Uuid,
    user: Option<Uuid>,
) -> Result<(OpportunityRow, Viewer), ApiError> {
    let row = store::find(conn, id)?.ok_or_else(not_found)?;
    let viewer = organizations::viewer(conn, row.organization_id, user)?;
    if viewer.can_see_opportunity(stored_status(&row)?.is_public()) {
        Ok((row, viewer))
    } else {
        Err(not_found())
    }
}

/// The opportunity whole (with its needs) as `user` may see it, read in
/// one query: the same rule as [`visible`].
pub async fn visible_whole(
    conn: &ReadConnection,
    id: Uuid,
    user: Option<Uuid>,
) -> Result<Opportunity, ApiError> {
    let whole = store::find_whole(conn, id, user)
        .await?
        .ok_or_else(not_found)?;
    let viewer = organizations::stored_viewer(whole.is_staff, whole.role)?;
    if !viewer.can_see_opportunity(stored_status(&whole.row)?.is_public()) {
        return Err(not_found());
    }
    let (skills, languages) = whole.needs.into_rows(whole.row.id);
    Ok(Opportunity::new(whole.row, skills, languages))
}

/// The opportunity whole as `user` may see it (`GET /opportunities/{id}`):
/// on the worker's own connection when it can be used, else through the pool.
pub async fn read_visible(
    reads: &WorkerReads,
    database: &Database,
    id: Uuid,
    user: Option<Uuid>,
) -> Result<Opportunity, ApiError> {
    if reads.is_enabled() {
        let read = reads
            .read(async |conn| visible_whole(conn, id, user).await)
            .await;
        // Unless the server has just refused these connections: then the pool.
        if reads.is_enabled() {
            return read;
        }
    }
    db::run(database, move |conn| {
        let (row, _) = visible(conn, id, user)?;
        with_needs(conn, row)
    })
    .await
}

/// The opportunity for its organisation's members and city staff (its
/// working pages): anyone else is refused.
pub fn for_members(
    conn: &mut PgConnection,
    id: Uuid,
    user: Uuid,
) -> Result<(OpportunityRow, Viewer), ApiError> {
    let (row, viewer) = visible(conn, id, Some(user))?;
    if viewer.can_see_sign_ups() {
        Ok((row, viewer))
    } else {
        Err(ApiError::Forbidden(
            "Only the organisation's members and city staff manage its opportunities",
        ))
    }
}

/// A page of the search of published opportunities (`GET /opportunities`
/// and the search page): on the replica when there is one, since search
/// may be a few seconds stale.
pub async fn search_published(
    database: &Database,
    caches: std::sync::Arc<super::search::SearchCaches>,
    parsed: model::ParsedSearch,
) -> Result<Page<Opportunity>, ApiError> {
    let model::ParsedSearch {
        filter,
        order,
        page,
    } = parsed;
    db::replica::read(database, move |conn| {
        conn.transaction(|conn| {
            let found = super::search::search(
                conn,
                &caches.density,
                &caches.words,
                &filter,
                order,
                page.after,
                page.fetch_limit(),
            )?;
            let page = page.finish(found, |found| found.cursor, |found| found.row);
            Ok(Page {
                items: with_needs_many(conn, page.items)?,
                next_cursor: page.next_cursor,
            })
        })
    })
    .await
}

/// The opportunity, locked, for one of its organisation's members to change.
pub fn managed(conn: &mut PgConnection, id: Uuid, user: Uuid) -> Result<OpportunityRow, ApiError> {
    let (_, viewer) = visible(conn, id, Some(user))?;
    if !viewer.can_edit() {
        return Err(ApiError::Forbidden(
            "Only the organisation's members manage its opportunities",
        ));
    }
    store::find_for_update(conn, id)?.ok_or_else(not_found)
}

pub fn with_needs(conn: &mut PgConnection, row: OpportunityRow) -> Result<Opportunity, ApiError> {
    let skills = store::skills_of(conn, row.id)?;
    let languages = store::languages_of(conn, row.id)?;
    Ok(Opportunity::new(row, skills, languages))
}

/// Rows with their needs, loading the needs of all of them at once.
pub fn with_needs_many(
    conn: &mut PgConnection,
    rows: Vec<OpportunityRow>,
) -> Result<Vec<Opportunity>, ApiError> {
    let ids: Vec<Uuid> = rows.iter().map(|row| row.id).collect();
    let (skills, languages) = store::needs_of_many(conn, &ids)?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let id = row.id;
            Opportunity::new(
                row,
                skills
                    .iter()
                    .filter(|s| s.opportunity_id == id)
                    .copied()
                    .collect(),
                languages
                    .iter()
                    .filter(|l| l.opportunity_id == id)
                    .cloned()
                    .collect(),
            )
        })
        .collect())
}

/// Every listed skill must be in the taxonomy and open for new choices.
pub(super) fn check_skills(
    conn: &mut PgConnection,
    skills: &[SkillNeedRow],
) -> Result<(), ApiError> {
    let ids: Vec<Uuid> = skills.iter().map(|need| need.skill_id).collect();
    let known: Vec<Uuid> = crate::skills::store::states(conn, &ids)?
        .into_iter()
        .filter_map(|(id, deprecated)| (!deprecated).then_some(id))
        .collect();
    let unknown: Vec<crate::error::FieldError> = skills
        .iter()
        .filter(|need| !known.contains(&need.skill_id))
        .map(|need| {
            crate::error::FieldError::new(
                if need.required {
                    "required_skills"
                } else {
                    "preferred_skills"
                },
                format!("skill {} does not exist or is deprecated", need.skill_id),
            )
        })
        .collect();
    if unknown.is_empty() {
        Ok(())
    } else {
        Err(ApiError::Validation(unknown))
    }
}

pub(super) fn store_needs(
    conn: &mut PgConnection,
    opportunity: Uuid,
    skills: Option<Vec<SkillNeedRow>>,
    languages: Option<Vec<LanguageNeedRow>>,
) -> Result<(), ApiError> {
    let changed = skills.is_some() || languages.is_some();
    if let Some(mut skills) = skills {
        check_skills(conn, &skills)?;
        skills
            .iter_mut()
            .for_each(|need| need.opportunity_id = opportunity);
        store::replace_skills(conn, opportunity, &skills)?;
    }
    if let Some(mut languages) = languages {
        languages
            .iter_mut()
            .for_each(|need| need.opportunity_id = opportunity);
        store::replace_languages(conn, opportunity, &languages)?;
    }
    if changed {
        store::refresh_matching_columns(conn, Some(opportunity))?;
    }
    Ok(())
}

/// Every opportunity of an organisation, drafts and closed ones too, for
/// its members and staff (its working page), newest first.
pub fn of_organization(
    conn: &mut PgConnection,
    organization: Uuid,
    user: Uuid,
) -> Result<Vec<OpportunityRow>, ApiError> {
    organizations::for_members(conn, organization, user)?;
    Ok(store::of_organization(conn, organization)?)
}

/// Creates a draft for an organisation one of whose members `user` is.
pub fn create(
    conn: &mut PgConnection,
    organization: Uuid,
    user: Uuid,
    row: &store::NewOpportunityRow,
    needs: Needs,
) -> Result<Opportunity, ApiError> {
    let (_, viewer) = organizations::visible(conn, organization, Some(user))?;
    if !viewer.can_edit() {
        return Err(ApiError::Forbidden(
            "Only the organisation's members create its opportunities",
        ));
    }
    let created = store::insert(conn, row)?;
    store_needs(conn, created.id, Some(needs.skills), Some(needs.languages))?;
    with_needs(conn, created)
}

pub fn update(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    id: Uuid,
    user: Uuid,
    update: model::OpportunityUpdate,
    now: DateTime<Utc>,
) -> Result<Opportunity, ApiError> {
    let current = managed(conn, id, user)?;
    if stored_status(&current)? == OpportunityStatus::Closed {
        return Err(ApiError::Conflict {
            kind: "opportunity-closed",
            detail: "The opportunity is closed and can no longer be changed".into(),
        });
    }
    let mut changes = update.changes;
    // What full-text search indexes follows title and description, in the same write.
    if changes.title.is_some() || changes.description.is_some() {
        let title = changes.title.as_deref().unwrap_or(&current.title);
        let description = changes
            .description
            .as_deref()
            .unwrap_or(&current.description);
        changes.search_text = Some(model::search_text(title, description));
    }
    // Who may hold a place follows the minimum age and work with children:
    // the live sign-ups are checked again in the same transaction.
    let place_rules_change = changes.min_age.is_some_and(|age| age > current.min_age)
        || changes.works_with_children == Some(true) && !current.works_with_children;
    let updated = store::update(conn, id, &changes)?;
    // What calendars show of every shift of the opportunity, besides its
    // times: a change raises the SEQUENCE of all their events.
    if calendar_view(&current) != calendar_view(&updated) {
        crate::shifts::store::revise_all_of(conn, id)?;
    }
    store_needs(conn, id, update.skills, update.languages)?;
    if place_rules_change {
        crate::applications::recheck(
            conn,
            outbox,
            crate::applications::store::Scope::Opportunity(id),
            now,
        )?;
    }
    with_needs(conn, updated)
}

/// The opportunity's part of its shifts' calendar events: the title
/// (`SUMMARY`) and the place (`LOCATION`, `GEO`).
fn calendar_view(row: &OpportunityRow) -> (&str, bool, Option<&str>, Option<f64>, Option<f64>) {
    (
        &row.title,
        row.remote,
        row.address.as_deref(),
        row.lat,
        row.lon,
    )
}

#[derive(Debug, Clone, Copy)]
pub enum Transition {
    Publish,
    Close,
}

pub fn transition(
    conn: &mut PgConnection,
    id: Uuid,
    user: Uuid,
    transition: Transition,
    now: DateTime<Utc>,
) -> Result<Opportunity, ApiError> {
    let current = managed(conn, id, user)?;
    let status = stored_status(&current)?;
    let next = match transition {
        Transition::Publish => {
            let organization = organizations::store::find(conn, current.organization_id)?
                .ok_or_else(organizations_missing)?;
            let organization = OrganizationStatus::parse(&organization.status)
                .map_err(|err| ApiError::internal(err.message))?;
            status.publish(organization)
        }
        Transition::Close => status.close(),
    }
    .map_err(|conflict| ApiError::conflict("opportunity-status", conflict))?;
    let updated = store::set_status(conn, id, next.as_str(), now)?;
    with_needs(conn, updated)
}

pub(super) fn organizations_missing() -> ApiError {
    ApiError::internal("opportunity without organisation")
}

/// One batch of [`store::refresh_lapsed_next_shifts`] under the
/// refresher's advisory lock: `None` when another instance holds it (and
/// so is refreshing the same rows; running both would only make them wait
/// on each other's row locks).
pub fn refresh_next_shifts_once(conn: &mut PgConnection) -> QueryResult<Option<usize>> {
    conn.transaction(|conn| {
        if !store::try_lock_next_shift_refresh(conn)? {
            return Ok(None);
        }
        store::refresh_lapsed_next_shifts(conn).map(Some)
    })
}

/// Every minute, moves on the cached "next shift" of opportunities whose
/// next shift has started, so "soonest first" never shows a past shift.
/// With several instances, one at a time does it; the others' minutes find
/// nothing lapsed or the lock taken.
pub async fn keep_next_shifts_current(database: crate::db::Database) {
    let mut tick = actix_web::rt::time::interval(std::time::Duration::from_secs(60));
    loop {
        tick.tick().await;
        loop {
            let refreshed =
                crate::db::run(&database, |conn| Ok(refresh_next_shifts_once(conn)?)).await;
            match refreshed {
                Ok(None) => break,
                Ok(Some(count)) => {
                    if count > 0 {
                        tracing::debug!(count, "refreshed next shifts");
                    }
                    // A short batch means nothing lapsed is left; a full one
                    // goes on, each batch its own short transaction.
                    if (count as i64) < store::NEXT_SHIFT_REFRESH_BATCH {
                        break;
                    }
                }
                Err(err) => {
                    tracing::warn!(error = %err, "cannot refresh next shifts");
                    break;
                }
            }
        }
    }
}
