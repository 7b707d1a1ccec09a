//! HTTP handlers of sign-ups.

use actix_web::{HttpResponse, get, post, put, web};
use chrono::{DateTime, Utc};
use hop_domain::{organization::RejectionReason, signup::ApplicationStatus};
use uuid::Uuid;

use super::{
    model::{
        Application, ApplicationSummary, AttendanceRequest, MyApplicationsQuery,
        OpportunityApplicationsQuery, RejectApplicationRequest, SafeguardingRequest,
    },
    store::{self, ListFilter},
};
use crate::{
    auth::AuthUser,
    db,
    error::responses::{
        InvalidField, InvalidParameter, NotMember, OpportunityNotFound, OrganizationNotFound,
        Unauthorized,
    },
    error::{ApiError, Problem},
    json::JsonBody,
    pagination::Page,
    query::Query,
    state::AppState,
    validation::FieldCheck,
};

/// Sign up for a shift.
///
/// Answers `confirmed`, `pending` (the opportunity requires review, or a
/// safeguarding check is missing) or `waitlisted` (the shift is full). A
/// refusal names its rule in `type`: `not-published`, `shift-cancelled`,
/// `shift-started`, `profile-missing`, `birth-date-missing`, `too-young`,
/// `guardian-consent-missing`, `already-signed-up`, `overlap`.
#[utoipa::path(
    tag = "applications",
    operation_id = "sign_up_for_shift",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The shift")),
    responses(
        (status = 201, description = "Signed up; `status` says how", body = Application),
        (status = 401, response = Unauthorized),
        (status = 404, description = "No such shift", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A rule refuses the sign-up; `type` names it", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/shifts/{id}/applications")]
pub async fn sign_up(
    state: web::Data<AppState>,
    user: AuthUser,
    shift: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let shift = shift.into_inner();
    let outbox = state.email_outbox;
    let application = db::transaction(&state.db, move |conn| {
        super::sign_up(conn, outbox, shift, user.id, Utc::now())
    })
    .await?;
    Ok(HttpResponse::Created().json(Application::from(application)))
}

/// Withdraw a sign-up (the volunteer, before the shift starts). The first waitlisted volunteer takes the place.
#[utoipa::path(
    tag = "applications",
    operation_id = "withdraw_application",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The sign-up")),
    responses(
        (status = 200, description = "Withdrawn", body = Application),
        (status = 401, response = Unauthorized),
        (status = 404, description = "No such sign-up of the caller's", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already started, or not live", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/applications/{id}/withdraw")]
pub async fn withdraw(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Application>, ApiError> {
    let id = id.into_inner();
    let outbox = state.email_outbox;
    let row = db::transaction(&state.db, move |conn| {
        super::withdraw(conn, outbox, id, user.id, Utc::now())
    })
    .await?;
    Ok(web::Json(row.into()))
}

/// Accept a pending sign-up (the organisation's members): confirmed when a place is free, else waitlisted.
#[utoipa::path(
    tag = "applications",
    operation_id = "accept_application",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The sign-up")),
    responses(
        (status = 200, description = "Confirmed or waitlisted", body = Application),
        (status = 401, response = Unauthorized),
        (status = 403, description = "Staff, not a member", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such sign-up for the caller's organisations", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not pending, safeguarding not recorded, an overlap, no agreement covering the day (`agreement-required`), or the caller's own sign-up (`own-sign-up`)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/applications/{id}/accept")]
pub async fn accept(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Application>, ApiError> {
    let id = id.into_inner();
    let outbox = state.email_outbox;
    let row = db::transaction(&state.db, move |conn| {
        super::accept(conn, outbox, id, user.id, Utc::now())
    })
    .await?;
    Ok(web::Json(row.into()))
}

/// Reject a sign-up with a reason shown to the volunteer (the organisation's members).
#[utoipa::path(
    tag = "applications",
    operation_id = "reject_application",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The sign-up")),
    request_body = RejectApplicationRequest,
    responses(
        (status = 200, description = "Rejected", body = Application),
        (status = 401, response = Unauthorized),
        (status = 403, description = "Staff, not a member", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such sign-up for the caller's organisations", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not live", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The reason is missing or too long", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/applications/{id}/reject")]
pub async fn reject(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: JsonBody<RejectApplicationRequest>,
) -> Result<web::Json<Application>, ApiError> {
    let id = id.into_inner();
    let reason = RejectionReason::parse(&body.into_inner().reason)
        .map_err(|err| ApiError::invalid_field("reason", err.message))?;
    let outbox = state.email_outbox;
    let row = db::transaction(&state.db, move |conn| {
        super::reject(conn, outbox, id, user.id, reason.as_str(), Utc::now())
    })
    .await?;
    Ok(web::Json(row.into()))
}

/// Record attendance (the organisation's members, once the shift has started).
#[utoipa::path(
    tag = "applications",
    operation_id = "record_attendance",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The sign-up")),
    request_body = AttendanceRequest,
    responses(
        (status = 200, description = "Recorded", body = Application),
        (status = 401, response = Unauthorized),
        (status = 403, description = "Staff, not a member", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such sign-up for the caller's organisations", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not confirmed, the shift has not started, hours the volunteer reported wait for a decision (`hours-pending`), or the caller's own sign-up (`own-sign-up`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidField),
    )
)]
#[post("/applications/{id}/attendance")]
pub async fn attendance(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: JsonBody<AttendanceRequest>,
) -> Result<web::Json<Application>, ApiError> {
    let id = id.into_inner();
    let minutes = body.into_inner().parse()?;
    let row = db::transaction(&state.db, move |conn| {
        super::attendance(conn, id, user.id, minutes, Utc::now())
    })
    .await?;
    Ok(web::Json(row.into()))
}

/// Record that the organisation checked the sex-offender register and holds
/// the volunteer's criminal-record certificate (required before anyone is
/// confirmed for an opportunity that works with children).
#[utoipa::path(
    tag = "applications",
    operation_id = "record_safeguarding_check",
    security(("bearer" = [])),
    params(
        ("id" = Uuid, Path, description = "The organisation"),
        ("user_id" = Uuid, Path, description = "The volunteer"),
    ),
    request_body = SafeguardingRequest,
    responses(
        (status = 204, description = "Recorded"),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotMember),
        (status = 404, response = OrganizationNotFound),
        (status = 422, response = InvalidField),
    )
)]
#[put("/organizations/{id}/safeguarding/{user_id}")]
pub async fn record_safeguarding(
    state: web::Data<AppState>,
    user: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
    body: JsonBody<SafeguardingRequest>,
) -> Result<HttpResponse, ApiError> {
    let (organization, volunteer) = path.into_inner();
    let register_checked_at = body.into_inner().parse(Utc::now())?;
    db::transaction(&state.db, move |conn| {
        super::record_safeguarding(conn, organization, user.id, volunteer, register_checked_at)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The sign-ups for an opportunity (its organisation's members and staff), newest first.
#[utoipa::path(
    tag = "applications",
    operation_id = "list_opportunity_applications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The opportunity"), OpportunityApplicationsQuery),
    responses(
        (status = 200, description = "A page of sign-ups", body = Page<ApplicationSummary>),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotMember),
        (status = 404, response = OpportunityNotFound),
        (status = 422, response = InvalidParameter),
    )
)]
#[get("/opportunities/{id}/applications")]
pub async fn list_for_opportunity(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    query: Query<OpportunityApplicationsQuery>,
) -> Result<web::Json<Page<ApplicationSummary>>, ApiError> {
    let id = id.into_inner();
    let query = query.into_inner();
    let mut check = FieldCheck::default();
    let status = query
        .status
        .as_deref()
        .and_then(|raw| check.check("status", ApplicationStatus::parse(raw)));
    let page = check.page::<(DateTime<Utc>, Uuid)>(query.limit, query.cursor);
    let page = check.finish(page)?;
    let shift = query.shift_id;
    let result = db::run(&state.db, move |conn| {
        super::of_opportunity(conn, id, user.id, shift, status, &page, Utc::now())
    })
    .await?;
    Ok(web::Json(Page {
        items: result
            .items
            .into_iter()
            .map(ApplicationSummary::from)
            .collect(),
        next_cursor: result.next_cursor,
    }))
}

/// The caller's own sign-ups with their shift and opportunity, newest first.
#[utoipa::path(
    tag = "applications",
    operation_id = "list_my_applications",
    security(("bearer" = [])),
    params(MyApplicationsQuery),
    responses(
        (status = 200, description = "A page of sign-ups", body = Page<ApplicationSummary>),
        (status = 401, response = Unauthorized),
        (status = 422, response = InvalidParameter),
    )
)]
#[get("/me/applications")]
pub async fn list_mine(
    state: web::Data<AppState>,
    user: AuthUser,
    query: Query<MyApplicationsQuery>,
) -> Result<web::Json<Page<ApplicationSummary>>, ApiError> {
    let query = query.into_inner();
    let mut check = FieldCheck::default();
    let status = query
        .status
        .as_deref()
        .and_then(|raw| check.check("status", ApplicationStatus::parse(raw)));
    let upcoming = match query.when.as_deref() {
        None => None,
        Some("upcoming") => Some(true),
        Some("past") => Some(false),
        Some(_) => {
            check.fail("when", "must be `upcoming` or `past`");
            None
        }
    };
    let page = check.page::<(DateTime<Utc>, Uuid)>(query.limit, query.cursor);
    let page = check.finish(page)?;
    let filter = ListFilter {
        opportunity: None,
        volunteer: Some(user.id),
        shift: None,
        status: status.map(ApplicationStatus::as_str),
        upcoming,
        now: Utc::now(),
    };
    let result = db::run(&state.db, move |conn| {
        let rows = store::list(conn, &filter, page.after.as_ref(), page.fetch_limit())?;
        Ok(page.finish(
            rows,
            |row| (row.application.created_at, row.application.id),
            ApplicationSummary::from,
        ))
    })
    .await?;
    Ok(web::Json(result))
}

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(sign_up)
        .service(withdraw)
        .service(accept)
        .service(reject)
        .service(attendance)
        .service(list_for_opportunity)
        .service(list_mine)
        .service(record_safeguarding);
}
