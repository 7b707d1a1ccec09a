//! HTTP handlers of `/me/volunteer-profile`: the caller's own profile only.

use actix_web::{get, put, web};
use chrono::Utc;
use hop_domain::signup::local_day;

use super::model::{PutVolunteerProfileRequest, VolunteerProfile};
use crate::{
    auth::AuthUser,
    db,
    error::responses::{NotJson, Unauthorized},
    error::{ApiError, Problem},
    json::JsonBody,
    state::AppState,
};

/// The caller's volunteer profile.
#[utoipa::path(
    tag = "volunteers",
    operation_id = "get_volunteer_profile",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's profile", body = VolunteerProfile),
        (status = 401, response = Unauthorized),
        (status = 404, description = "No profile yet; create it with PUT", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/me/volunteer-profile")]
pub async fn get(
    state: web::Data<AppState>,
    user: AuthUser,
) -> Result<web::Json<VolunteerProfile>, ApiError> {
    let profile = db::run(&state.db, move |conn| super::load(conn, user.id)).await?;
    Ok(web::Json(profile))
}

/// Create or replace the caller's volunteer profile.
///
/// The body is the whole profile: fields left out are cleared and lists
/// left out become empty. A deprecated skill may stay on a profile that
/// already has it but cannot be added. With `guardian_consent`, the
/// guardian's name is required and the consent's time is recorded; it
/// stays unchanged while the same guardian's consent is sent again.
#[utoipa::path(
    tag = "volunteers",
    operation_id = "put_volunteer_profile",
    security(("bearer" = [])),
    request_body = PutVolunteerProfileRequest,
    responses(
        (status = 200, description = "The profile as stored", body = VolunteerProfile),
        (status = 400, response = NotJson),
        (status = 401, response = Unauthorized),
        (status = 422, description = "A field is invalid; each is named (e.g. `skills[1].level`, `availability`)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/me/volunteer-profile")]
pub async fn put(
    state: web::Data<AppState>,
    user: AuthUser,
    body: JsonBody<PutVolunteerProfileRequest>,
) -> Result<web::Json<VolunteerProfile>, ApiError> {
    let body = body.into_inner();
    let now = Utc::now();
    // Ages count by the calendar in Toruń.
    let today = local_day(now);
    let outbox = state.email_outbox;
    let profile = db::transaction(&state.db, move |conn| {
        super::put(conn, outbox, user.id, body, today, now)
    })
    .await?;
    Ok(web::Json(profile))
}

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(get).service(put);
}
