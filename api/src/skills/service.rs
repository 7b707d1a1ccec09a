//! The use cases of skills: what a handler calls after parsing
//! and authorising (load, decide with the domain's rules, write, notify).

use diesel::PgConnection;
use uuid::Uuid;

use crate::{accounts::store as accounts, error::ApiError};

/// Only city staff keep the taxonomy.
pub(super) fn require_staff(conn: &mut PgConnection, user: Uuid) -> Result<(), ApiError> {
    if accounts::is_staff(conn, user)? {
        Ok(())
    } else {
        Err(ApiError::Forbidden(
            "Only city staff may change the skills taxonomy",
        ))
    }
}

pub(super) fn not_found() -> ApiError {
    ApiError::NotFound("No skill with this id".into())
}
