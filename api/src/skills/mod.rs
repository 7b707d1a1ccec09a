//! The skills taxonomy: the skills volunteers offer and opportunities ask
//! for, labelled in six languages and kept by city staff.

pub mod handlers;
pub mod model;
pub mod store;

use diesel::PgConnection;
use uuid::Uuid;

use crate::{accounts::store as accounts, error::ApiError};

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(handlers::list)
        .service(handlers::create)
        .service(handlers::update);
}

/// Only city staff keep the taxonomy.
fn require_staff(conn: &mut PgConnection, user: Uuid) -> Result<(), ApiError> {
    if accounts::is_staff(conn, user)? {
        Ok(())
    } else {
        Err(ApiError::Forbidden(
            "Only city staff may change the skills taxonomy",
        ))
    }
}

fn not_found() -> ApiError {
    ApiError::NotFound("No skill with this id".into())
}
