//! HTTP handlers of shifts.

use actix_web::{HttpResponse, delete, get, patch, post, web};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{
    model::{CreateShiftRequest, Shift, UpdateShiftRequest},
    store,
};
use crate::{
    auth::{AuthUser, MaybeAuthUser},
    db,
    error::responses::{
        InvalidField, InvalidParameter, InvalidToken, NotMember, OpportunityNotFound, Unauthorized,
    },
    error::{ApiError, Problem},
    json::JsonBody,
    pagination::{Page, PageQuery},
    query::Query,
    state::AppState,
};

/// The shifts of an opportunity that are not cancelled, soonest first.
#[utoipa::path(
    tag = "shifts",
    operation_id = "list_shifts",
    // Signing in is optional: a token shows more, a bad one is 401.
    security((), ("bearer" = [])),
    params(("id" = Uuid, Path, description = "The opportunity"), PageQuery),
    responses(
        (status = 200, description = "A page of shifts", body = Page<Shift>),
        (status = 401, response = InvalidToken),
        (status = 404, response = OpportunityNotFound),
        (status = 422, response = InvalidParameter),
    )
)]
#[get("/opportunities/{id}/shifts")]
pub async fn list(
    state: web::Data<AppState>,
    user: MaybeAuthUser,
    id: web::Path<Uuid>,
    query: Query<PageQuery>,
) -> Result<web::Json<Page<Shift>>, ApiError> {
    let id = id.into_inner();
    let page = query.parse::<(DateTime<Utc>, Uuid)>()?;
    let result = db::run(&state.db, move |conn| {
        crate::opportunities::visible(conn, id, user.0.map(|u| u.id))?;
        let rows = store::list_for_opportunity(conn, id, page.after.as_ref(), page.fetch_limit())?;
        Ok(page.finish(rows, |row| (row.starts_at, row.id), Shift::from))
    })
    .await?;
    Ok(web::Json(result))
}

/// Add a shift to an opportunity (the organisation's members).
#[utoipa::path(
    tag = "shifts",
    operation_id = "create_shift",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The opportunity")),
    request_body = CreateShiftRequest,
    responses(
        (status = 201, description = "Created", body = Shift),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotMember),
        (status = 404, response = OpportunityNotFound),
        (status = 409, description = "The opportunity is closed", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidField),
    )
)]
#[post("/opportunities/{id}/shifts")]
pub async fn create(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: JsonBody<CreateShiftRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let body = body.into_inner();
    let shift = db::transaction(&state.db, move |conn| {
        super::create(conn, id, user.id, &body, Utc::now())
    })
    .await?;
    Ok(HttpResponse::Created().json(Shift::from(shift)))
}

/// Change a shift's time or capacity (the organisation's members).
///
/// Everyone signed up is told when the time changes. Capacity cannot drop
/// below the confirmed count; when it grows, waitlisted volunteers move up.
#[utoipa::path(
    tag = "shifts",
    operation_id = "update_shift",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The shift")),
    request_body = UpdateShiftRequest,
    responses(
        (status = 200, description = "The updated shift", body = Shift),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotMember),
        (status = 404, description = "No such shift visible to the caller", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Capacity below the confirmed count, or the shift was cancelled", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidField),
    )
)]
#[patch("/shifts/{id}")]
pub async fn update(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: JsonBody<UpdateShiftRequest>,
) -> Result<web::Json<Shift>, ApiError> {
    let id = id.into_inner();
    let body = body.into_inner();
    let outbox = state.email_outbox;
    let shift = db::transaction(&state.db, move |conn| {
        super::update(conn, outbox, id, user.id, &body, Utc::now())
    })
    .await?;
    Ok(web::Json(shift.into()))
}

/// Cancel a shift (the organisation's members). Sign-ups are kept and everyone signed up is told.
#[utoipa::path(
    tag = "shifts",
    operation_id = "cancel_shift",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The shift")),
    responses(
        (status = 204, description = "Cancelled"),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotMember),
        (status = 404, description = "No such shift visible to the caller", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already cancelled", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/shifts/{id}")]
pub async fn cancel(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let outbox = state.email_outbox;
    db::transaction(&state.db, move |conn| {
        super::cancel(conn, outbox, id, user.id, Utc::now())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(list)
        .service(create)
        .service(update)
        .service(cancel);
}
