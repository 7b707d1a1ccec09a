//! Operations endpoints, outside `/api/v1`: liveness, readiness, metrics.

pub mod metrics;

use actix_web::{HttpRequest, HttpResponse, get, http::header, web};
use diesel::{RunQueryDsl, sql_query};
use serde::Serialize;
use utoipa::ToSchema;

use crate::{
    db,
    error::{ApiError, Problem},
    matching::index::MatchingIndex,
    state::AppState,
};
pub use metrics::Metrics;
use metrics::MetricsReader;

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(healthz).service(readyz).service(metrics_text);
}

#[derive(Serialize, ToSchema)]
pub struct Health {
    #[schema(example = "ok")]
    pub status: &'static str,
}

/// Liveness: the process is up and answering.
#[utoipa::path(tag = "operations", responses((status = 200, description = "Alive", body = Health)))]
#[get("/healthz")]
pub async fn healthz() -> web::Json<Health> {
    web::Json(Health { status: "ok" })
}

/// Readiness: the database answers and the matching index is loaded.
#[utoipa::path(
    tag = "operations",
    responses(
        (status = 200, description = "Ready to serve", body = Health),
        (status = 503, description = "The database cannot be reached, or the matching index is still loading", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/readyz")]
pub async fn readyz(
    state: web::Data<AppState>,
    matching: web::Data<MatchingIndex>,
) -> Result<web::Json<Health>, ApiError> {
    db::run(&state.db, |conn| {
        sql_query("SELECT 1")
            .execute(conn)
            .map_err(ApiError::unavailable)
    })
    .await?;
    // Loaded before the server listens, unless the database was down then:
    // until it is, matches and candidates would wait for it.
    if !matching.is_loaded() {
        return Err(ApiError::unavailable("the matching index is still loading"));
    }
    Ok(web::Json(Health { status: "ready" }))
}

/// Metrics in the Prometheus (OpenMetrics) text format.
///
/// With `HOP_METRICS_TOKEN` set, only for `Authorization: Bearer <that token>`;
/// without it, open in development and not served in production.
#[utoipa::path(
    tag = "operations",
    // Open without a token in development; `HOP_METRICS_TOKEN` when set.
    security((), ("metrics_token" = [])),
    responses(
        (status = 200, description = "Metrics", body = String, content_type = "application/openmetrics-text"),
        (status = 401, description = "`HOP_METRICS_TOKEN` is set and the request does not carry it", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Production without `HOP_METRICS_TOKEN`: not served", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/metrics")]
pub async fn metrics_text(
    req: HttpRequest,
    metrics: web::Data<Metrics>,
) -> Result<HttpResponse, ApiError> {
    let authorization = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok());
    match metrics.access().reader(authorization) {
        MetricsReader::Allowed => {}
        MetricsReader::Unauthorized => {
            return Err(ApiError::Unauthorized(
                "Send the metrics token as `Authorization: Bearer …`",
            ));
        }
        MetricsReader::Hidden => {
            return Err(ApiError::NotFound("No resource at /metrics".into()));
        }
    }
    let text = metrics.render().map_err(ApiError::internal)?;
    Ok(HttpResponse::Ok()
        .content_type("application/openmetrics-text; version=1.0.0; charset=utf-8")
        .body(text))
}
