//! HTTP handlers of written agreements.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, Utc};
use hop_domain::hours::torun_date;
use uuid::Uuid;

use super::{
    model::{
        AcceptAgreementRequest, Agreement, ProposeAgreementRequest, TerminateAgreementRequest,
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
    pagination::{Page, PageQuery},
    query::Query,
    state::AppState,
};

/// Propose a written agreement to a volunteer (the organisation's
/// members). The volunteer is notified and accepts it.
#[utoipa::path(
    tag = "agreements",
    operation_id = "propose_agreement",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The organisation")),
    request_body = ProposeAgreementRequest,
    responses(
        (status = 201, description = "Proposed", body = Agreement),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotMember),
        (status = 404, response = OrganizationNotFound),
        (status = 409, description = "The organisation is not verified yet (`organization-not-verified`), or the volunteer is the caller (`own-agreement`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidField),
    )
)]
#[post("/organizations/{id}/agreements")]
pub async fn propose(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: JsonBody<ProposeAgreementRequest>,
) -> Result<HttpResponse, ApiError> {
    let organization = id.into_inner();
    let proposal = body.into_inner().parse(torun_date(Utc::now()))?;
    let outbox = state.email_outbox;
    let agreement = db::transaction(&state.db, move |conn| {
        service::propose(conn, outbox, organization, user.id, &proposal)
    })
    .await?;
    Ok(HttpResponse::Created().json(Agreement::from(agreement)))
}

/// Accept an agreement proposed to the caller. A volunteer under 18 names
/// the guardian who consents (`guardian_consent: true`); who and when are
/// recorded on the agreement. Sign-ups that waited for it are confirmed
/// when a place is free.
///
/// A refusal names its rule in `type`: `not-proposed`,
/// `birth-date-missing`, `guardian-consent-missing`.
#[utoipa::path(
    tag = "agreements",
    operation_id = "accept_agreement",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The agreement")),
    request_body = AcceptAgreementRequest,
    responses(
        (status = 200, description = "Accepted", body = Agreement),
        (status = 401, response = Unauthorized),
        (status = 404, description = "No such agreement proposed to the caller", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A rule refuses the acceptance; `type` names it", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidField),
    )
)]
#[post("/agreements/{id}/accept")]
pub async fn accept(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: JsonBody<AcceptAgreementRequest>,
) -> Result<web::Json<Agreement>, ApiError> {
    let id = id.into_inner();
    let guardian = body.into_inner().parse()?;
    let outbox = state.email_outbox;
    let agreement = db::transaction(&state.db, move |conn| {
        service::accept(conn, outbox, id, user.id, guardian.as_ref(), Utc::now())
    })
    .await?;
    Ok(web::Json(agreement.into()))
}

/// End an agreement on a day from today to its end (the volunteer or the
/// organisation's members); the other side is notified. A proposal not yet
/// accepted is withdrawn the same way.
#[utoipa::path(
    tag = "agreements",
    operation_id = "terminate_agreement",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The agreement")),
    request_body = TerminateAgreementRequest,
    responses(
        (status = 200, description = "Terminated", body = Agreement),
        (status = 401, response = Unauthorized),
        (status = 403, description = "Staff, not a side of it", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such agreement of the caller's", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already terminated", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidField),
    )
)]
#[post("/agreements/{id}/terminate")]
pub async fn terminate(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: JsonBody<TerminateAgreementRequest>,
) -> Result<web::Json<Agreement>, ApiError> {
    let id = id.into_inner();
    let ends_on = body.into_inner().ends_on;
    let outbox = state.email_outbox;
    let agreement = db::transaction(&state.db, move |conn| {
        service::terminate(conn, outbox, id, user.id, ends_on, Utc::now())
    })
    .await?;
    Ok(web::Json(agreement.into()))
}

/// One agreement (its volunteer, the organisation's members, city staff):
/// JSON, or with `Accept: application/pdf` the document to sign, in Polish
/// with the volunteer's language alongside.
#[utoipa::path(
    tag = "agreements",
    operation_id = "get_agreement",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The agreement")),
    responses(
        (status = 200, description = "The agreement", content(
            (Agreement = "application/json"),
            (Vec<u8> = "application/pdf"),
        )),
        (status = 401, response = Unauthorized),
        (status = 404, description = "No such agreement of the caller's", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/agreements/{id}")]
pub async fn get_one(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let as_pdf =
        crate::certificates::handlers::prefers(&req, "application/pdf", &["application/json"]);
    let (agreement, pdf) = db::run(&state.db, move |conn| {
        let agreement = service::get(conn, id, user.id)?;
        let pdf = if as_pdf {
            Some(service::pdf(conn, &agreement)?)
        } else {
            None
        };
        Ok((agreement, pdf))
    })
    .await?;
    Ok(match pdf {
        Some(pdf) => HttpResponse::Ok()
            .content_type("application/pdf")
            .insert_header((
                actix_web::http::header::CONTENT_DISPOSITION,
                format!("inline; filename=\"agreement-{id}.pdf\""),
            ))
            .body(pdf),
        None => HttpResponse::Ok().json(Agreement::from(agreement)),
    })
}

/// The caller's agreements, newest first.
#[utoipa::path(
    tag = "agreements",
    operation_id = "list_my_agreements",
    security(("bearer" = [])),
    params(PageQuery),
    responses(
        (status = 200, description = "A page of agreements", body = Page<Agreement>),
        (status = 401, response = Unauthorized),
        (status = 422, response = InvalidParameter),
    )
)]
#[get("/me/agreements")]
pub async fn list_mine(
    state: web::Data<AppState>,
    user: AuthUser,
    query: Query<PageQuery>,
) -> Result<web::Json<Page<Agreement>>, ApiError> {
    let page = query.into_inner().parse::<(DateTime<Utc>, Uuid)>()?;
    let answer = db::run(&state.db, move |conn| {
        service::agreements_of(conn, Some(user.id), None, &page)
    })
    .await?;
    Ok(web::Json(answer))
}

/// An organisation's agreements, newest first (its members and city staff).
#[utoipa::path(
    tag = "agreements",
    operation_id = "list_organization_agreements",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The organisation"), PageQuery),
    responses(
        (status = 200, description = "A page of agreements", body = Page<Agreement>),
        (status = 401, response = Unauthorized),
        (status = 403, response = NotMember),
        (status = 404, response = OrganizationNotFound),
        (status = 422, response = InvalidParameter),
    )
)]
#[get("/organizations/{id}/agreements")]
pub async fn list_for_organization(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    query: Query<PageQuery>,
) -> Result<web::Json<Page<Agreement>>, ApiError> {
    let organization = id.into_inner();
    let page = query.into_inner().parse::<(DateTime<Utc>, Uuid)>()?;
    let answer = db::run(&state.db, move |conn| {
        let (_, viewer) = crate::organizations::visible(conn, organization, Some(user.id))?;
        if !viewer.can_see_sign_ups() {
            return Err(ApiError::Forbidden(
                "Only the organisation's members and city staff see its agreements",
            ));
        }
        service::agreements_of(conn, None, Some(organization), &page)
    })
    .await?;
    Ok(web::Json(answer))
}

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(propose)
        .service(accept)
        .service(terminate)
        .service(get_one)
        .service(list_mine)
        .service(list_for_organization);
}
