use actix_web::{get, web};

use super::{model::Me, store};
use crate::{
    app::AppState,
    auth::AuthUser,
    db,
    error::{ApiError, Problem},
};

/// The caller's account, memberships and staff flag.
#[utoipa::path(
    tag = "account",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller's account", body = Me),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/me")]
pub async fn me(state: web::Data<AppState>, user: AuthUser) -> Result<web::Json<Me>, ApiError> {
    let row = db::run(&state.pool, move |conn| {
        Ok(store::find_by_id(conn, user.id)?)
    })
    .await?
    // The token outlived its account (erased since it was issued).
    .ok_or(ApiError::Unauthorized(
        "The account of this access token no longer exists",
    ))?;
    Ok(web::Json(Me {
        id: row.id,
        email: row.email,
        display_name: row.display_name,
        is_staff: row.is_staff,
        // Organisations and their members arrive with the organisations module.
        memberships: Vec::new(),
    }))
}
