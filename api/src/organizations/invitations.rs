//! Members by consent: owners invite an e-mail address with a role, the
//! invitee accepts or declines, owners revoke. The rules are the domain's
//! (`hop_domain::invitation`); this runs them inside one transaction each,
//! under the organisation's lock, like every change of members.
//!
//! An invitation to an address with no account yet is kept, no e-mail is
//! sent to it (HOP mails only its own accounts), and it is waiting in
//! `GET /me/invitations` once that address registers, for as long as it
//! is open. The answer to the owner is the same either way.

use chrono::{DateTime, Utc};
use diesel::PgConnection;
use hop_domain::{
    Email,
    invitation::{self, Invitation, InvitationRefusal, InvitationStatus},
    organization::MemberRole,
};
use uuid::Uuid;

use super::store::{self, InvitationRow, InvitationWithName, InvitationsOf, NewInvitation};
use crate::state::EmailOutbox;
use crate::{
    accounts::store as accounts,
    error::ApiError,
    notifications::NotificationPayload,
    notifications::{self, NotificationKind},
    pagination::{Page, PageRequest},
};

fn no_invitation() -> ApiError {
    ApiError::NotFound("No invitation with this id".into())
}

fn stored_status(row: &InvitationRow) -> Result<InvitationStatus, ApiError> {
    InvitationStatus::parse(&row.status).map_err(|err| ApiError::internal(err.message))
}

fn domain_view(row: &InvitationRow) -> Result<Invitation<'_>, ApiError> {
    Ok(Invitation {
        email: &row.email,
        status: stored_status(row)?,
        expires_at: row.expires_at,
    })
}

fn refusal(refusal: InvitationRefusal) -> ApiError {
    match refusal {
        InvitationRefusal::NotAnOwner => {
            ApiError::Forbidden("Only the organisation's owners manage its members")
        }
        InvitationRefusal::NotTheInvitee => no_invitation(),
        InvitationRefusal::Expired => ApiError::conflict("invitation-expired", refusal),
        InvitationRefusal::Closed(_) => ApiError::conflict("invitation-closed", refusal),
    }
}

/// The caller's own e-mail address, from their account.
fn email_of(conn: &mut PgConnection, user: Uuid) -> Result<Email, ApiError> {
    let row = accounts::find_by_id(conn, user)?.ok_or(ApiError::Unauthorized(
        "The account of this access token no longer exists",
    ))?;
    Email::parse(&row.email).map_err(|err| ApiError::internal(err.message))
}

/// Invites `email` as `role`; only owners may. The invitee, when the
/// address has an account, is notified (and mailed when e-mail is on).
pub fn invite(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    organization: Uuid,
    acting: Uuid,
    email: &Email,
    role: MemberRole,
    now: DateTime<Utc>,
) -> Result<InvitationWithName, ApiError> {
    let (_, viewer) = super::visible(conn, organization, Some(acting))?;
    invitation::check_invite(viewer, role).map_err(refusal)?;
    let locked = store::find_for_update(conn, organization)?.ok_or_else(super::not_found)?;
    let address = email.normalized();
    // Owners see their members' addresses already: this tells nothing new.
    if store::is_member_by_email(conn, organization, &address)? {
        return Err(ApiError::Conflict {
            kind: "already-member",
            detail: "This account is already a member of the organisation".into(),
        });
    }
    store::close_expired_invitations(conn, organization, &address, now)?;
    let row = store::insert_invitation(
        conn,
        &NewInvitation {
            organization,
            email: &address,
            role: role.as_str(),
            invited_by: acting,
            now,
            expires_at: invitation::expires_at(now),
        },
    )?;
    if let Some(invitee) = accounts::find_by_email(conn, &address)? {
        let payload = NotificationPayload {
            organization_id: Some(organization),
            organization_name: Some(locked.name.clone()),
            invitation_id: Some(row.id),
            role: Some(row.role.clone()),
            expires_at: Some(row.expires_at),
            ..NotificationPayload::default()
        };
        notifications::record(
            conn,
            outbox,
            &[invitee.id],
            NotificationKind::MemberInvited,
            &payload,
        )?;
    }
    Ok((row, locked.name))
}

/// The invitee accepts (`accept`) or declines their invitation. Anyone
/// else is told there is no such invitation.
pub fn answer(
    conn: &mut PgConnection,
    id: Uuid,
    acting: Uuid,
    accept: bool,
    now: DateTime<Utc>,
) -> Result<InvitationWithName, ApiError> {
    let email = email_of(conn, acting)?;
    let peek = store::find_invitation(conn, id)?.ok_or_else(no_invitation)?;
    if !domain_view(&peek)?.is_for(&email) {
        return Err(no_invitation());
    }
    // The organisation first, then the invitation: the order of every
    // change of members, so none waits on another in a circle.
    let organization =
        store::find_for_update(conn, peek.organization_id)?.ok_or_else(no_invitation)?;
    let row = store::find_invitation_for_update(conn, id)?.ok_or_else(no_invitation)?;
    domain_view(&row)?
        .check_answer(&email, now)
        .map_err(refusal)?;
    let status = if accept {
        let role = MemberRole::parse(&row.role).map_err(|err| ApiError::internal(err.message))?;
        store::add_member(
            conn,
            row.organization_id,
            acting,
            role.as_str(),
            row.invited_by,
        )?;
        InvitationStatus::Accepted
    } else {
        InvitationStatus::Declined
    };
    let closed = store::close_invitation(conn, id, status.as_str(), now)?;
    Ok((closed, organization.name))
}

/// An owner revokes an open invitation of their organisation.
pub fn revoke(
    conn: &mut PgConnection,
    organization: Uuid,
    acting: Uuid,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let (_, viewer) = super::visible(conn, organization, Some(acting))?;
    if !viewer.can_manage_members() {
        return Err(refusal(InvitationRefusal::NotAnOwner));
    }
    store::find_for_update(conn, organization)?.ok_or_else(super::not_found)?;
    let row = store::find_invitation_for_update(conn, id)?
        .filter(|row| row.organization_id == organization)
        .ok_or_else(no_invitation)?;
    domain_view(&row)?
        .check_revoke(viewer, now)
        .map_err(refusal)?;
    store::close_invitation(conn, id, InvitationStatus::Revoked.as_str(), now)?;
    Ok(())
}

/// The open invitations of an organisation, for its owners.
pub fn of_organization<T>(
    conn: &mut PgConnection,
    organization: Uuid,
    acting: Uuid,
    page: &PageRequest<(DateTime<Utc>, Uuid)>,
    now: DateTime<Utc>,
    map: impl FnMut(InvitationWithName) -> T,
) -> Result<Page<T>, ApiError> {
    let (_, viewer) = super::visible(conn, organization, Some(acting))?;
    if !viewer.can_manage_members() {
        return Err(refusal(InvitationRefusal::NotAnOwner));
    }
    let rows = store::open_invitations(
        conn,
        InvitationsOf::Organization(organization),
        now,
        page.after.as_ref(),
        page.fetch_limit(),
    )?;
    Ok(page.finish(rows, |(row, _)| (row.created_at, row.id), map))
}

/// The open invitations addressed to the caller's e-mail address.
pub fn of_caller<T>(
    conn: &mut PgConnection,
    acting: Uuid,
    page: &PageRequest<(DateTime<Utc>, Uuid)>,
    now: DateTime<Utc>,
    map: impl FnMut(InvitationWithName) -> T,
) -> Result<Page<T>, ApiError> {
    let email = email_of(conn, acting)?;
    let rows = store::open_invitations(
        conn,
        InvitationsOf::Email(&email.normalized()),
        now,
        page.after.as_ref(),
        page.fetch_limit(),
    )?;
    Ok(page.finish(rows, |(row, _)| (row.created_at, row.id), map))
}

/// The status a body shows at `now`.
pub fn status_at(row: &InvitationRow, now: DateTime<Utc>) -> String {
    domain_view(row).map_or_else(
        |_| row.status.clone(),
        |view| view.status_at(now).as_str().to_owned(),
    )
}
