//! HTTP handlers of `/organizations`: parse, authorise, call the rules and
//! the store, answer.

use actix_web::{HttpResponse, delete, get, patch, post, web};
use chrono::{DateTime, Utc};
use hop_domain::{
    organization::{OrganizationKind, OrganizationStatus, Review, Viewer},
    text::fold_for_search,
};
use uuid::Uuid;

use super::{
    model::{
        CreateOrganizationRequest, Invitation, InviteMemberRequest, Member, Organization,
        OrganizationListQuery, RejectRequest, UpdateOrganizationRequest,
    },
    store::{self, ListFilter},
};
use crate::{
    auth::{AuthUser, MaybeAuthUser},
    db,
    error::responses::{
        InvalidField, InvalidParameter, InvalidToken, NotJson, NotOwner, NotStaff,
        OrganizationNotFound, Unauthorized,
    },
    error::{ApiError, Problem},
    json::JsonBody,
    pagination::{Page, PageQuery},
    query::Query,
    state::AppState,
    validation::FieldCheck,
};

/// Register an organisation. It starts `pending`; the caller becomes its owner.
#[utoipa::path(
    tag = "organizations",
    operation_id = "create_organization",
    security(("bearer" = [])),
    request_body = CreateOrganizationRequest,
    responses(
        (status = 201, description = "Registered, pending verification", body = Organization),
        (status = 400, response = NotJson),
        (status = 401, response = Unauthorized),
        (status = 422, response = InvalidField),
    )
)]
#[post("/organizations")]
pub async fn create(
    state: web::Data<AppState>,
    user: AuthUser,
    body: JsonBody<CreateOrganizationRequest>,
) -> Result<HttpResponse, ApiError> {
    let row = body.into_inner().parse()?;
    let created =
        db::transaction(&state.db, move |conn| super::create(conn, user.id, &row)).await?;
    Ok(HttpResponse::Created().json(Organization::from(created)))
}

/// List organisations, by name.
///
/// Everyone sees verified organisations; city staff see all and may filter by `status`.
#[utoipa::path(
    tag = "organizations",
    operation_id = "list_organizations",
    // Signing in is optional: a token shows more, a bad one is 401.
    security((), ("bearer" = [])),
    params(OrganizationListQuery),
    responses(
        (status = 200, description = "A page of organisations", body = Page<Organization>),
        (status = 401, response = InvalidToken),
        (status = 403, description = "`status` was given by someone who is not staff", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidParameter),
    )
)]
#[get("/organizations")]
pub async fn list(
    state: web::Data<AppState>,
    user: MaybeAuthUser,
    query: Query<OrganizationListQuery>,
) -> Result<web::Json<Page<Organization>>, ApiError> {
    let query = query.into_inner();
    let mut check = FieldCheck::default();
    let kind = query
        .kind
        .as_deref()
        .and_then(|raw| check.check("kind", OrganizationKind::parse(raw)));
    let status = query
        .status
        .as_deref()
        .and_then(|raw| check.check("status", OrganizationStatus::parse(raw)));
    let name_contains = query
        .q
        .as_deref()
        .map(fold_for_search)
        .filter(|q| !q.is_empty());
    if name_contains
        .as_ref()
        .is_some_and(|q| q.chars().count() > 100)
    {
        check.fail("q", "must be at most 100 characters long");
    }
    let page = check.page::<(String, Uuid)>(query.limit, query.cursor);
    let page = check.finish(page)?;

    // A listing may be a few seconds stale (one's own new organisation is
    // read back with GET /organizations/{id}, on the primary).
    let result = db::replica::read(&state.db, move |conn| {
        let viewer = Viewer {
            is_staff: match user.0 {
                Some(user) => crate::accounts::store::is_staff(conn, user.id)?,
                None => false,
            },
            role: None,
        };
        let status = viewer
            .may_list_by_status(status)
            .map_err(|_| ApiError::Forbidden("Only city staff may list organisations by status"))?;
        let filter = ListFilter {
            status: status.map(OrganizationStatus::as_str),
            kind: kind.map(OrganizationKind::as_str),
            name_contains,
        };
        let rows = store::list(conn, &filter, page.after.as_ref(), page.fetch_limit())?;
        Ok(page.finish(
            rows,
            |row| (row.name_search.clone(), row.id),
            Organization::from,
        ))
    })
    .await?;
    Ok(web::Json(result))
}

/// One organisation. A pending or rejected one only for its members and staff.
#[utoipa::path(
    tag = "organizations",
    operation_id = "get_organization",
    // Signing in is optional: a token shows more, a bad one is 401.
    security((), ("bearer" = [])),
    params(("id" = Uuid, Path, description = "The organisation")),
    responses(
        (status = 200, description = "The organisation", body = Organization),
        (status = 401, response = InvalidToken),
        (status = 404, response = OrganizationNotFound),
    )
)]
#[get("/organizations/{id}")]
pub async fn get(
    state: web::Data<AppState>,
    user: MaybeAuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Organization>, ApiError> {
    let id = id.into_inner();
    let (row, _) = db::run(&state.db, move |conn| {
        super::visible(conn, id, user.0.map(|u| u.id))
    })
    .await?;
    Ok(web::Json(row.into()))
}

/// Change an organisation's details (owners and coordinators). `status` cannot be set here.
#[utoipa::path(
    tag = "organizations",
    operation_id = "update_organization",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The organisation")),
    request_body = UpdateOrganizationRequest,
    responses(
        (status = 200, description = "The updated organisation", body = Organization),
        (status = 401, response = Unauthorized),
        (status = 403, description = "Not a member of this organisation", body = Problem, content_type = "application/problem+json"),
        (status = 404, response = OrganizationNotFound),
        (status = 422, description = "A field is invalid, or `status` was sent", body = Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/organizations/{id}")]
pub async fn update(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: JsonBody<UpdateOrganizationRequest>,
) -> Result<web::Json<Organization>, ApiError> {
    let id = id.into_inner();
    let changes = body.into_inner().parse(Utc::now())?;
    let row = db::transaction(&state.db, move |conn| {
        let (_, viewer) = super::visible(conn, id, Some(user.id))?;
        if !viewer.can_edit() {
            return Err(ApiError::Forbidden(
                "Only the organisation's members may change it",
            ));
        }
        Ok(store::update(conn, id, &changes)?)
    })
    .await?;
    Ok(web::Json(row.into()))
}

async fn review(
    state: web::Data<AppState>,
    user: AuthUser,
    id: Uuid,
    decision: Review,
    reason: Option<hop_domain::organization::RejectionReason>,
) -> Result<web::Json<Organization>, ApiError> {
    let now: DateTime<Utc> = Utc::now();
    let outbox = state.email_outbox;
    let row = db::transaction(&state.db, move |conn| {
        super::review(conn, outbox, id, user.id, decision, reason.as_ref(), now)
    })
    .await?;
    Ok(web::Json(row.into()))
}

/// Verify an organisation (city staff). Its owners are notified.
#[utoipa::path(
    tag = "organizations",
    operation_id = "verify_organization",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The organisation")),
    responses(
        (status = 200, description = "Verified", body = Organization),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotStaff),
        (status = 404, response = OrganizationNotFound),
        (status = 409, description = "Already verified", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/organizations/{id}/verify")]
pub async fn verify(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Organization>, ApiError> {
    review(state, user, id.into_inner(), Review::Verify, None).await
}

/// Reject an organisation with a reason shown to its members (city staff).
#[utoipa::path(
    tag = "organizations",
    operation_id = "reject_organization",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The organisation")),
    request_body = RejectRequest,
    responses(
        (status = 200, description = "Rejected", body = Organization),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotStaff),
        (status = 404, response = OrganizationNotFound),
        (status = 409, description = "Already rejected, or verified", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The reason is missing or too long", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/organizations/{id}/reject")]
pub async fn reject(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: JsonBody<RejectRequest>,
) -> Result<web::Json<Organization>, ApiError> {
    let reason = body.into_inner().parse()?;
    review(state, user, id.into_inner(), Review::Reject, Some(reason)).await
}

/// The organisation's members (members and staff).
#[utoipa::path(
    tag = "organizations",
    operation_id = "list_organization_members",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The organisation"), PageQuery),
    responses(
        (status = 200, description = "A page of members, in the order they joined", body = Page<Member>),
        (status = 401, response = Unauthorized),
        (status = 403, description = "Not a member, not staff", body = Problem, content_type = "application/problem+json"),
        (status = 404, response = OrganizationNotFound),
        (status = 422, response = InvalidParameter),
    )
)]
#[get("/organizations/{id}/members")]
pub async fn list_members(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    query: Query<PageQuery>,
) -> Result<web::Json<Page<Member>>, ApiError> {
    let id = id.into_inner();
    let page = query.parse::<(DateTime<Utc>, Uuid)>()?;
    let result = db::run(&state.db, move |conn| {
        super::members(conn, id, user.id, &page)
    })
    .await?;
    Ok(web::Json(Page {
        items: result.items.into_iter().map(Member::from).collect(),
        next_cursor: result.next_cursor,
    }))
}

/// Invite someone to become a member (owners).
///
/// Nobody becomes a member without consent: this makes an invitation that
/// the person with this e-mail address accepts (`POST /invitations/{id}/accept`)
/// or declines within 14 days. The answer is the same whether or not the
/// address has an account: an invitation to an address without one waits
/// for it to register (no e-mail is sent to it); an account is notified,
/// and mailed when e-mail is on.
#[utoipa::path(
    tag = "organizations",
    operation_id = "invite_organization_member",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The organisation")),
    request_body = InviteMemberRequest,
    responses(
        (status = 202, description = "Invited; not a member until the invitee accepts", body = Invitation),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotOwner),
        (status = 404, response = OrganizationNotFound),
        (status = 409, description = "Already a member (`already-member`), or an invitation to the address is open (`already-invited`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidField),
    )
)]
#[post("/organizations/{id}/members")]
pub async fn invite_member(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: JsonBody<InviteMemberRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let (email, role) = body.into_inner().parse()?;
    let now = Utc::now();
    let outbox = state.email_outbox;
    let invitation = db::transaction(&state.db, move |conn| {
        super::invitations::invite(conn, outbox, id, user.id, &email, role, now)
    })
    .await?;
    Ok(HttpResponse::Accepted().json(Invitation::at(now)(invitation)))
}

/// The organisation's open invitations (owners).
#[utoipa::path(
    tag = "organizations",
    operation_id = "list_organization_invitations",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The organisation"), PageQuery),
    responses(
        (status = 200, description = "A page of open invitations, oldest first", body = Page<Invitation>),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotOwner),
        (status = 404, response = OrganizationNotFound),
        (status = 422, response = InvalidParameter),
    )
)]
#[get("/organizations/{id}/invitations")]
pub async fn list_invitations(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    query: Query<PageQuery>,
) -> Result<web::Json<Page<Invitation>>, ApiError> {
    let id = id.into_inner();
    let page = query.parse::<(DateTime<Utc>, Uuid)>()?;
    let now = Utc::now();
    let result = db::run(&state.db, move |conn| {
        super::invitations::of_organization(conn, id, user.id, &page, now, Invitation::at(now))
    })
    .await?;
    Ok(web::Json(result))
}

/// Revoke an open invitation (owners).
#[utoipa::path(
    tag = "organizations",
    operation_id = "revoke_organization_invitation",
    security(("bearer" = [])),
    params(
        ("id" = Uuid, Path, description = "The organisation"),
        ("invitation_id" = Uuid, Path, description = "The invitation"),
    ),
    responses(
        (status = 204, description = "Revoked; it can no longer be accepted"),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotOwner),
        (status = 404, description = "No such organisation, or no such invitation of it", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "No longer open: answered, revoked or expired", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/organizations/{id}/invitations/{invitation_id}")]
pub async fn revoke_invitation(
    state: web::Data<AppState>,
    user: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (id, invitation) = path.into_inner();
    let now = Utc::now();
    db::transaction(&state.db, move |conn| {
        super::invitations::revoke(conn, id, user.id, invitation, now)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The caller's open invitations, to the address of their account.
#[utoipa::path(
    tag = "organizations",
    operation_id = "list_my_invitations",
    security(("bearer" = [])),
    params(PageQuery),
    responses(
        (status = 200, description = "A page of open invitations, oldest first", body = Page<Invitation>),
        (status = 401, response = Unauthorized),
        (status = 422, response = InvalidParameter),
    )
)]
#[get("/me/invitations")]
pub async fn my_invitations(
    state: web::Data<AppState>,
    user: AuthUser,
    query: Query<PageQuery>,
) -> Result<web::Json<Page<Invitation>>, ApiError> {
    let page = query.parse::<(DateTime<Utc>, Uuid)>()?;
    let now = Utc::now();
    let result = db::run(&state.db, move |conn| {
        super::invitations::of_caller(conn, user.id, &page, now, Invitation::at(now))
    })
    .await?;
    Ok(web::Json(result))
}

async fn answer(
    state: web::Data<AppState>,
    user: AuthUser,
    id: Uuid,
    accept: bool,
) -> Result<web::Json<Invitation>, ApiError> {
    let now = Utc::now();
    let answered = db::transaction(&state.db, move |conn| {
        super::invitations::answer(conn, id, user.id, accept, now)
    })
    .await?;
    Ok(web::Json(Invitation::at(now)(answered)))
}

/// Accept an invitation addressed to the caller: they become a member with
/// the invited role.
#[utoipa::path(
    tag = "organizations",
    operation_id = "accept_invitation",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The invitation")),
    responses(
        (status = 200, description = "Accepted; the caller is now a member", body = Invitation),
        (status = 401, response = Unauthorized),
        (status = 404, description = "No such invitation addressed to the caller", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Expired (`invitation-expired`), already answered or revoked (`invitation-closed`), or already a member", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/invitations/{id}/accept")]
pub async fn accept_invitation(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Invitation>, ApiError> {
    answer(state, user, id.into_inner(), true).await
}

/// Decline an invitation addressed to the caller.
#[utoipa::path(
    tag = "organizations",
    operation_id = "decline_invitation",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The invitation")),
    responses(
        (status = 200, description = "Declined", body = Invitation),
        (status = 401, response = Unauthorized),
        (status = 404, description = "No such invitation addressed to the caller", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Expired, already answered or revoked", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/invitations/{id}/decline")]
pub async fn decline_invitation(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Invitation>, ApiError> {
    answer(state, user, id.into_inner(), false).await
}

/// Remove a member (owners). The last owner cannot be removed.
#[utoipa::path(
    tag = "organizations",
    operation_id = "remove_organization_member",
    security(("bearer" = [])),
    params(
        ("id" = Uuid, Path, description = "The organisation"),
        ("user_id" = Uuid, Path, description = "The member to remove"),
    ),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotOwner),
        (status = 404, description = "No such organisation, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The last owner", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/organizations/{id}/members/{user_id}")]
pub async fn remove_member(
    state: web::Data<AppState>,
    user: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (id, member) = path.into_inner();
    db::transaction(&state.db, move |conn| {
        super::remove_member(conn, id, user.id, member)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(create)
        .service(list)
        .service(get)
        .service(update)
        .service(verify)
        .service(reject)
        .service(list_members)
        .service(invite_member)
        .service(remove_member)
        .service(list_invitations)
        .service(revoke_invitation)
        .service(my_invitations)
        .service(accept_invitation)
        .service(decline_invitation);
}
