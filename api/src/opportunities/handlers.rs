//! HTTP handlers of opportunities.

use actix_web::{HttpResponse, get, patch, post, web};
use chrono::Utc;
use uuid::Uuid;

use super::{
    Transition,
    model::{
        CreateOpportunityRequest, Opportunity, OpportunitySearchQuery, UpdateOpportunityRequest,
    },
    search,
};
use crate::{
    auth::{AuthUser, MaybeAuthUser},
    db::{self, worker_reads::WorkerReads},
    error::responses::{
        InvalidField, InvalidParameter, InvalidToken, NotMember, OpportunityNotFound,
        OrganizationNotFound, Unauthorized,
    },
    error::{ApiError, Problem},
    json::JsonBody,
    pagination::Page,
    query::Query,
    state::AppState,
};

/// Create an opportunity, as a draft, for an organisation the caller is a member of.
#[utoipa::path(
    tag = "opportunities",
    operation_id = "create_opportunity",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The organisation")),
    request_body = CreateOpportunityRequest,
    responses(
        (status = 201, description = "Created as a draft", body = Opportunity),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotMember),
        (status = 404, response = OrganizationNotFound),
        (status = 422, response = InvalidField),
    )
)]
#[post("/organizations/{id}/opportunities")]
pub async fn create(
    state: web::Data<AppState>,
    user: AuthUser,
    organization: web::Path<Uuid>,
    body: JsonBody<CreateOpportunityRequest>,
) -> Result<HttpResponse, ApiError> {
    let organization = organization.into_inner();
    let (row, needs) = body.into_inner().parse(organization, user.id)?;
    let created = db::transaction(&state.db, move |conn| {
        super::create(conn, organization, user.id, &row, needs)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}

/// Search published opportunities.
///
/// Every filter can be combined; `sort` picks the order (soonest shift,
/// distance from `near`, or newest).
#[utoipa::path(
    tag = "opportunities",
    operation_id = "search_opportunities",
    params(OpportunitySearchQuery),
    responses(
        (status = 200, description = "A page of published opportunities", body = Page<Opportunity>),
        (status = 422, response = InvalidParameter),
    )
)]
#[get("/opportunities")]
pub async fn list(
    state: web::Data<AppState>,
    caches: web::Data<search::SearchCaches>,
    query: Query<OpportunitySearchQuery>,
) -> Result<web::Json<Page<Opportunity>>, ApiError> {
    let result =
        super::search_published(&state.db, caches.into_inner(), query.into_inner().parse()?)
            .await?;
    Ok(web::Json(result))
}

/// One opportunity. Drafts and closed ones only for the organisation's members and staff.
#[utoipa::path(
    tag = "opportunities",
    operation_id = "get_opportunity",
    // Signing in is optional: a token shows more, a bad one is 401.
    security((), ("bearer" = [])),
    params(("id" = Uuid, Path, description = "The opportunity")),
    responses(
        (status = 200, description = "The opportunity", body = Opportunity),
        (status = 401, response = InvalidToken),
        (status = 404, response = OpportunityNotFound),
    )
)]
#[get("/opportunities/{id}")]
pub async fn get(
    state: web::Data<AppState>,
    reads: web::Data<WorkerReads>,
    user: MaybeAuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Opportunity>, ApiError> {
    let user = user.0.map(|u| u.id);
    let opportunity = super::read_visible(&reads, &state.db, id.into_inner(), user).await?;
    Ok(web::Json(opportunity))
}

/// Change an opportunity (the organisation's members). `status` cannot be set here.
#[utoipa::path(
    tag = "opportunities",
    operation_id = "update_opportunity",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The opportunity")),
    request_body = UpdateOpportunityRequest,
    responses(
        (status = 200, description = "The updated opportunity", body = Opportunity),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotMember),
        (status = 404, response = OpportunityNotFound),
        (status = 409, description = "The opportunity is closed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid, or `status` was sent", body = Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/opportunities/{id}")]
pub async fn update(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: JsonBody<UpdateOpportunityRequest>,
) -> Result<web::Json<Opportunity>, ApiError> {
    let id = id.into_inner();
    let update = body.into_inner().parse(Utc::now())?;
    let outbox = state.email_outbox;
    let updated = db::transaction(&state.db, move |conn| {
        super::update(conn, outbox, id, user.id, update, Utc::now())
    })
    .await?;
    Ok(web::Json(updated))
}

async fn transition(
    state: web::Data<AppState>,
    user: AuthUser,
    id: Uuid,
    transition: Transition,
) -> Result<web::Json<Opportunity>, ApiError> {
    let now = Utc::now();
    let updated = db::transaction(&state.db, move |conn| {
        super::transition(conn, id, user.id, transition, now)
    })
    .await?;
    Ok(web::Json(updated))
}

/// Publish a draft: it becomes public and takes sign-ups. The organisation must be verified.
#[utoipa::path(
    tag = "opportunities",
    operation_id = "publish_opportunity",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The opportunity")),
    responses(
        (status = 200, description = "Published", body = Opportunity),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotMember),
        (status = 404, response = OpportunityNotFound),
        (status = 409, description = "The organisation is not verified, or the opportunity is not a draft", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/opportunities/{id}/publish")]
pub async fn publish(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Opportunity>, ApiError> {
    transition(state, user, id.into_inner(), Transition::Publish).await
}

/// Close an opportunity: it stops taking sign-ups and is kept for the record.
#[utoipa::path(
    tag = "opportunities",
    operation_id = "close_opportunity",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The opportunity")),
    responses(
        (status = 200, description = "Closed", body = Opportunity),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotMember),
        (status = 404, response = OpportunityNotFound),
        (status = 409, description = "Already closed", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/opportunities/{id}/close")]
pub async fn close(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Opportunity>, ApiError> {
    transition(state, user, id.into_inner(), Transition::Close).await
}

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(create)
        .service(list)
        .service(get)
        .service(update)
        .service(publish)
        .service(close);
}
