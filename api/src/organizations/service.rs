//! The use cases of organizations: what a handler calls after parsing
//! and authorising (load, decide with the domain's rules, write, notify).

use super::store;
use chrono::{DateTime, Utc};
use diesel::PgConnection;
use hop_domain::organization::{
    MemberRole, OrganizationStatus, RejectionReason, Review, Viewer, check_member_removal,
};
use uuid::Uuid;

use super::store::{NewOrganizationRow, OrganizationRow};
use crate::state::EmailOutbox;
use crate::{
    accounts::store as accounts,
    error::ApiError,
    notifications::NotificationPayload,
    notifications::{self, NotificationKind},
    pagination::{Page, PageRequest},
};

pub(super) fn not_found() -> ApiError {
    ApiError::NotFound("No organisation with this id".into())
}

pub(super) fn stored_role(role: Option<String>) -> Result<Option<MemberRole>, ApiError> {
    role.map(|role| MemberRole::parse(&role).map_err(|err| ApiError::internal(err.message)))
        .transpose()
}

pub(super) fn stored_status(row: &OrganizationRow) -> Result<OrganizationStatus, ApiError> {
    OrganizationStatus::parse(&row.status).map_err(|err| ApiError::internal(err.message))
}

/// Who `user` is to `organization`.
pub fn viewer(
    conn: &mut PgConnection,
    organization: Uuid,
    user: Option<Uuid>,
) -> Result<Viewer, ApiError> {
    let Some(user) = user else {
        return Ok(Viewer::ANONYMOUS);
    };
    stored_viewer(
        accounts::is_staff(conn, user)?,
        store::role_of(conn, organization, user)?,
    )
}

/// Who a user is to an organisation, from their staff flag and stored
/// membership role (read by a caller's own query).
pub fn stored_viewer(is_staff: bool, role: Option<String>) -> Result<Viewer, ApiError> {
    Ok(Viewer {
        is_staff,
        role: stored_role(role)?,
    })
}

/// The organisation as `user` may see it: a pending or rejected one exists
/// only for its members and staff (404 for everyone else, never the data).
/// The organisation's status; an organisation that is gone is an internal
/// error (opportunities keep theirs).
pub fn status_of(conn: &mut PgConnection, id: Uuid) -> Result<OrganizationStatus, ApiError> {
    let row = store::find(conn, id)?
        .ok_or_else(|| ApiError::internal("opportunity without organisation"))?;
    stored_status(&row)
}

pub fn visible(
    conn: &mut PgConnection,
    id: Uuid,
    user: Option<Uuid>,
) -> Result<(OrganizationRow, Viewer), ApiError> {
    let row = store::find(conn, id)?.ok_or_else(not_found)?;
    let viewer = viewer(conn, id, user)?;
    if viewer.can_see(stored_status(&row)?) {
        Ok((row, viewer))
    } else {
        Err(not_found())
    }
}

/// The organisation for its members' and city staff's eyes (its members,
/// its working pages): anyone else is refused.
pub fn for_members(
    conn: &mut PgConnection,
    id: Uuid,
    user: Uuid,
) -> Result<(OrganizationRow, Viewer), ApiError> {
    let (row, viewer) = visible(conn, id, Some(user))?;
    if viewer.can_see_members() {
        Ok((row, viewer))
    } else {
        Err(ApiError::Forbidden(
            "Only the organisation's members and city staff see its members",
        ))
    }
}

/// A page of the organisation's members, in the order they joined (its
/// members and staff).
pub fn members(
    conn: &mut PgConnection,
    id: Uuid,
    user: Uuid,
    page: &PageRequest<(DateTime<Utc>, Uuid)>,
) -> Result<Page<store::MemberRow>, ApiError> {
    for_members(conn, id, user)?;
    let rows = store::members(conn, id, page.after.as_ref(), page.fetch_limit())?;
    Ok(page.finish(rows, |row| (row.created_at, row.user_id), |row| row))
}

/// The organisations `user` belongs to, with their role in each.
pub fn memberships(
    conn: &mut PgConnection,
    user: Uuid,
) -> Result<Vec<(OrganizationRow, MemberRole)>, ApiError> {
    store::memberships_with_organizations(conn, user)?
        .into_iter()
        .map(|(row, role)| {
            let role = MemberRole::parse(&role).map_err(|err| ApiError::internal(err.message))?;
            Ok((row, role))
        })
        .collect()
}

/// Registers an organisation, pending, with its creator as owner.
pub fn create(
    conn: &mut PgConnection,
    creator: Uuid,
    row: &NewOrganizationRow,
) -> Result<OrganizationRow, ApiError> {
    let organization = store::insert(conn, row)?;
    store::add_member(
        conn,
        organization.id,
        creator,
        MemberRole::Owner.as_str(),
        Some(creator),
    )?;
    Ok(organization)
}

pub fn require_staff(conn: &mut PgConnection, user: Uuid) -> Result<(), ApiError> {
    if accounts::is_staff(conn, user)? {
        Ok(())
    } else {
        Err(ApiError::Forbidden("Only city staff may do this"))
    }
}

/// What city staff review: organisations waiting for a decision, by name
/// (a page of at most `limit`, after the organisation `after`), and the
/// ones decided most recently.
pub struct ReviewQueue {
    pub pending: Vec<OrganizationRow>,
    /// The organisation the next page starts after, when there is one.
    pub next: Option<Uuid>,
    pub decided: Vec<OrganizationRow>,
}

pub fn review_queue(
    conn: &mut PgConnection,
    user: Uuid,
    after: Option<Uuid>,
    limit: i64,
) -> Result<ReviewQueue, ApiError> {
    require_staff(conn, user)?;
    let after = match after {
        Some(id) => store::find(conn, id)?.map(|row| (row.name_search, row.id)),
        None => None,
    };
    let filter = store::ListFilter {
        status: Some(OrganizationStatus::Pending.as_str()),
        kind: None,
        name_contains: None,
    };
    let mut pending = store::list(conn, &filter, after.as_ref(), limit + 1)?;
    let next = if pending.len() > limit as usize {
        pending.truncate(limit as usize);
        pending.last().map(|row| row.id)
    } else {
        None
    };
    Ok(ReviewQueue {
        pending,
        next,
        decided: store::recently_reviewed(conn, limit)?,
    })
}

/// Verifies or rejects, and tells the owners, in one transaction.
pub fn review(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    id: Uuid,
    reviewer: Uuid,
    decision: Review,
    reason: Option<&RejectionReason>,
    now: DateTime<Utc>,
) -> Result<OrganizationRow, ApiError> {
    require_staff(conn, reviewer)?;
    let current = store::find_for_update(conn, id)?.ok_or_else(not_found)?;
    let next = stored_status(&current)?
        .review(decision)
        .map_err(|conflict| ApiError::conflict("review-conflict", conflict))?;
    let reason = reason.map(RejectionReason::as_str);
    let updated = store::set_review(conn, id, next.as_str(), reason, reviewer, now)?;
    let kind = match decision {
        Review::Verify => NotificationKind::OrganizationVerified,
        Review::Reject => NotificationKind::OrganizationRejected,
    };
    let payload = NotificationPayload {
        organization_id: Some(id),
        organization_name: Some(updated.name.clone()),
        reason: reason.map(str::to_owned),
        ..NotificationPayload::default()
    };
    let owners = store::owners(conn, id)?;
    notifications::record(conn, outbox, &owners, kind, &payload)?;
    Ok(updated)
}

/// Removes a member; only owners may, and the last owner cannot go.
pub fn remove_member(
    conn: &mut PgConnection,
    organization: Uuid,
    acting: Uuid,
    member: Uuid,
) -> Result<(), ApiError> {
    let (_, viewer) = visible(conn, organization, Some(acting))?;
    if !viewer.can_manage_members() {
        return Err(ApiError::Forbidden(
            "Only the organisation's owners manage its members",
        ));
    }
    store::find_for_update(conn, organization)?;
    let role = stored_role(store::role_of(conn, organization, member)?)?.ok_or_else(|| {
        ApiError::NotFound("This account is not a member of the organisation".into())
    })?;
    check_member_removal(role, store::owners(conn, organization)?.len())
        .map_err(|err| ApiError::conflict("last-owner", err))?;
    store::remove_member(conn, organization, member)?;
    Ok(())
}
