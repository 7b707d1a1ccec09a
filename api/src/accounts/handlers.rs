use actix_web::{get, web};

use super::{
    model::{Me, Membership},
    store,
};
use crate::{
    app::AppState,
    auth::AuthUser,
    db,
    error::{ApiError, Problem},
    organizations,
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
    let (row, memberships) = db::run(&state.db, move |conn| {
        // The token outlived its account (erased since it was issued).
        let row = store::find_by_id(conn, user.id)?.ok_or(ApiError::Unauthorized(
            "The account of this access token no longer exists",
        ))?;
        Ok((row, organizations::store::memberships_of(conn, user.id)?))
    })
    .await?;
    Ok(web::Json(Me {
        id: row.id,
        email: row.email,
        display_name: row.display_name,
        is_staff: row.is_staff,
        memberships: memberships
            .into_iter()
            .map(|(organization_id, role)| Membership {
                organization_id,
                role,
            })
            .collect(),
    }))
}
