//! HTTP handlers of the hours ledger.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, Utc};
use hop_domain::hours::{Decision, HourStatus};
use uuid::Uuid;

use super::{
    model::{
        ApproveHoursRequest, HourEntry, HoursQuery, MyHours, RejectHoursRequest, ReportHoursRequest,
    },
    service,
};
use crate::{
    auth::AuthUser,
    db,
    error::responses::{
        InvalidField, InvalidParameter, NotMember, OrganizationNotFound, Unauthorized,
    },
    error::{ApiError, Problem},
    json::JsonBody,
    pagination::{Page, PageRequest},
    query::Query,
    state::AppState,
    validation::FieldCheck,
};

type Key = (DateTime<Utc>, Uuid);

fn parse_list(query: HoursQuery) -> Result<(Option<HourStatus>, PageRequest<Key>), ApiError> {
    let mut check = FieldCheck::default();
    let status = query
        .status
        .as_deref()
        .and_then(|raw| check.check("status", HourStatus::parse(raw)));
    let page = check.page::<Key>(query.limit, query.cursor);
    let page = check.finish(page)?;
    Ok((status, page))
}

/// Report hours: for a sign-up whose shift the caller worked, for work
/// with an organisation outside any shift, or as a correction of an
/// approved entry. Pending until a member of the organisation decides.
///
/// A refusal names its rule in `type`: `not-worked`, `shift-cancelled`,
/// `already-reported`, `not-counting`, `too-many-pending`,
/// `organization-not-verified`.
#[utoipa::path(
    tag = "hours",
    operation_id = "report_hours",
    security(("bearer" = [])),
    request_body = ReportHoursRequest,
    responses(
        (status = 201, description = "Reported, pending", body = HourEntry),
        (status = 401, response = Unauthorized),
        (status = 404, description = "No such sign-up or entry of the caller's, or no such organisation", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A rule refuses the report; `type` names it", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidField),
    )
)]
#[post("/me/hours")]
pub async fn report(
    state: web::Data<AppState>,
    user: AuthUser,
    body: JsonBody<ReportHoursRequest>,
) -> Result<HttpResponse, ApiError> {
    let report = body.into_inner().parse()?;
    let entry = db::transaction(&state.db, move |conn| {
        service::report(conn, user.id, &report, Utc::now())
    })
    .await?;
    Ok(HttpResponse::Created().json(HourEntry::from(entry)))
}

/// The caller's hours, newest first, with totals over all of them by
/// organisation, month and cause.
#[utoipa::path(
    tag = "hours",
    operation_id = "list_my_hours",
    security(("bearer" = [])),
    params(HoursQuery),
    responses(
        (status = 200, description = "A page of entries and the totals", body = MyHours),
        (status = 401, response = Unauthorized),
        (status = 422, response = InvalidParameter),
    )
)]
#[get("/me/hours")]
pub async fn list_mine(
    state: web::Data<AppState>,
    user: AuthUser,
    query: Query<HoursQuery>,
) -> Result<web::Json<MyHours>, ApiError> {
    let (status, page) = parse_list(query.into_inner())?;
    let answer = db::run(&state.db, move |conn| {
        service::hours_of(conn, user.id, status, &page)
    })
    .await?;
    Ok(web::Json(answer))
}

/// The hours reported to an organisation, oldest first: with
/// `status=pending`, its review queue (its members and city staff).
#[utoipa::path(
    tag = "hours",
    operation_id = "list_organization_hours",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The organisation"), HoursQuery),
    responses(
        (status = 200, description = "A page of entries", body = Page<HourEntry>),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotMember),
        (status = 404, response = OrganizationNotFound),
        (status = 422, response = InvalidParameter),
    )
)]
#[get("/organizations/{id}/hours")]
pub async fn list_for_organization(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    query: Query<HoursQuery>,
) -> Result<web::Json<Page<HourEntry>>, ApiError> {
    let id = id.into_inner();
    let (status, page) = parse_list(query.into_inner())?;
    let answer = db::run(&state.db, move |conn| {
        service::of_organization(conn, id, user.id, status, &page)
    })
    .await?;
    Ok(web::Json(Page {
        items: answer.items.into_iter().map(HourEntry::from).collect(),
        next_cursor: answer.next_cursor,
    }))
}

/// Approve a pending entry (a member of its organisation, not the
/// volunteer themself). The volunteer is notified.
///
/// A refusal names its rule in `type`: `already-decided`, `own-entry`,
/// `superseded` (the entry a correction corrects was corrected since).
#[utoipa::path(
    tag = "hours",
    operation_id = "approve_hours",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The entry")),
    responses(
        (status = 200, description = "Approved", body = HourEntry),
        (status = 401, response = Unauthorized),
        (status = 403, description = "Staff, not a member", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such entry for the caller's organisations", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A rule refuses the decision; `type` names it", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/hours/{id}/approve")]
pub async fn approve(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<HourEntry>, ApiError> {
    let id = id.into_inner();
    let outbox = state.email_outbox;
    let row = db::transaction(&state.db, move |conn| {
        service::decide(
            conn,
            outbox,
            id,
            user.id,
            Decision::Approve,
            None,
            Utc::now(),
        )
    })
    .await?;
    Ok(web::Json(row.into()))
}

/// Reject a pending entry with a reason shown to the volunteer (a member of
/// its organisation, not the volunteer themself). The volunteer is notified.
#[utoipa::path(
    tag = "hours",
    operation_id = "reject_hours",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The entry")),
    request_body = RejectHoursRequest,
    responses(
        (status = 200, description = "Rejected", body = HourEntry),
        (status = 401, response = Unauthorized),
        (status = 403, description = "Staff, not a member", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such entry for the caller's organisations", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already decided, or the caller's own", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidField),
    )
)]
#[post("/hours/{id}/reject")]
pub async fn reject(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: JsonBody<RejectHoursRequest>,
) -> Result<web::Json<HourEntry>, ApiError> {
    let id = id.into_inner();
    let reason = body.into_inner().parse()?;
    let outbox = state.email_outbox;
    let row = db::transaction(&state.db, move |conn| {
        service::decide(
            conn,
            outbox,
            id,
            user.id,
            Decision::Reject,
            Some(reason.as_str()),
            Utc::now(),
        )
    })
    .await?;
    Ok(web::Json(row.into()))
}

/// Approve many pending entries of the organisation at once: all of them,
/// or none when one may not be approved (the problem names it).
#[utoipa::path(
    tag = "hours",
    operation_id = "approve_organization_hours",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The organisation")),
    request_body = ApproveHoursRequest,
    responses(
        (status = 200, description = "Every entry approved, oldest first", body = Vec<HourEntry>),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotMember),
        (status = 404, response = OrganizationNotFound),
        (status = 409, description = "An entry may not be approved; `type` names the rule, `detail` the entry", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidField),
    )
)]
#[post("/organizations/{id}/hours/approve")]
pub async fn approve_many(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: JsonBody<ApproveHoursRequest>,
) -> Result<web::Json<Vec<HourEntry>>, ApiError> {
    let id = id.into_inner();
    let ids = body.into_inner().parse()?;
    let outbox = state.email_outbox;
    let rows = db::transaction(&state.db, move |conn| {
        service::approve_many(conn, outbox, id, &ids, user.id, Utc::now())
    })
    .await?;
    Ok(web::Json(rows.into_iter().map(HourEntry::from).collect()))
}

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(report)
        .service(list_mine)
        .service(list_for_organization)
        .service(approve)
        .service(reject)
        .service(approve_many);
}
