//! People's accounts: the caller's own view and the city-staff flag.

pub mod handlers;
pub mod model;
pub mod store;

use diesel::{Connection, PgConnection};
use hop_domain::{DisplayName, Email};

use crate::error::ApiError;

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(handlers::me);
}

#[derive(Debug, PartialEq, Eq)]
pub enum StaffGrant {
    Created,
    Promoted,
    AlreadyStaff,
}

/// Makes the account with `email` city staff, creating it when missing.
/// Running it again changes nothing; an existing password is kept.
pub fn grant_staff(
    conn: &mut PgConnection,
    email: &Email,
    display_name: &DisplayName,
    password_hash: impl FnOnce() -> Result<String, ApiError>,
) -> Result<StaffGrant, ApiError> {
    conn.transaction(
        |conn| match store::find_by_email(conn, &email.normalized())? {
            Some(user) if user.is_staff => Ok(StaffGrant::AlreadyStaff),
            Some(user) => {
                store::make_staff(conn, user.id)?;
                Ok(StaffGrant::Promoted)
            }
            None => {
                store::insert(
                    conn,
                    &store::NewUser {
                        email: email.as_str(),
                        display_name: display_name.as_str(),
                        password_hash: &password_hash()?,
                        is_staff: true,
                    },
                )?;
                Ok(StaffGrant::Created)
            }
        },
    )
}
