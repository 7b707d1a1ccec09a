use actix_web::{get, patch, web};
use chrono::Utc;

use super::model::{Me, UpdateMeRequest};
use crate::{
    auth::AuthUser,
    db,
    error::ApiError,
    error::responses::{InvalidField, NotJson, Unauthorized},
    json::JsonBody,
    state::AppState,
};

/// The caller's account, memberships and staff flag.
#[utoipa::path(
    tag = "account",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's account", body = Me),
        (status = 401, response = Unauthorized),
    )
)]
#[get("/me")]
pub async fn me(state: web::Data<AppState>, user: AuthUser) -> Result<web::Json<Me>, ApiError> {
    let account = db::run(&state.db, move |conn| super::find_me(conn, user.id)).await?;
    Ok(web::Json(account))
}

/// Change the caller's display name or the language of their notifications and e-mails.
#[utoipa::path(
    tag = "account",
    operation_id = "update_me",
    security(("bearer" = [])),
    request_body = UpdateMeRequest,
    responses(
        (status = 200, description = "The updated account", body = Me),
        (status = 400, response = NotJson),
        (status = 401, response = Unauthorized),
        (status = 422, response = InvalidField),
    )
)]
#[patch("/me")]
pub async fn update_me(
    state: web::Data<AppState>,
    user: AuthUser,
    body: JsonBody<UpdateMeRequest>,
) -> Result<web::Json<Me>, ApiError> {
    let changes = body.into_inner().parse(Utc::now())?;
    let account = db::transaction(&state.db, move |conn| {
        super::update_me(conn, user.id, &changes)
    })
    .await?;
    Ok(web::Json(account))
}

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(me).service(update_me);
}
