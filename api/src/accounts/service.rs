//! The use cases of accounts: what a handler calls after parsing
//! and authorising (load, decide with the domain's rules, write, notify).

use super::store;
use diesel::{Connection, PgConnection};
use hop_domain::{DisplayName, Email};
use uuid::Uuid;

use super::model::{Me, Membership};
use crate::{error::ApiError, organizations};

/// The token outlived its account (erased since it was issued).
pub(super) fn account_gone() -> ApiError {
    ApiError::Unauthorized("The account of this access token no longer exists")
}

/// The caller's account as `GET /me` shows it, from its row.
pub fn me(conn: &mut PgConnection, row: store::UserRow) -> Result<Me, ApiError> {
    let memberships = organizations::store::memberships_of(conn, row.id)?;
    Ok(Me {
        id: row.id,
        email: row.email,
        display_name: row.display_name,
        is_staff: row.is_staff,
        preferred_language: row.preferred_language,
        memberships: memberships
            .into_iter()
            .map(|(organization_id, role)| Membership {
                organization_id,
                role,
            })
            .collect(),
    })
}

/// The caller's account, for `GET /me`.
pub fn find_me(conn: &mut PgConnection, user: Uuid) -> Result<Me, ApiError> {
    let row = store::find_by_id(conn, user)?.ok_or_else(account_gone)?;
    me(conn, row)
}

/// Changes the caller's own name or language.
pub fn update_me(
    conn: &mut PgConnection,
    user: Uuid,
    changes: &store::AccountChanges,
) -> Result<Me, ApiError> {
    let row = store::update(conn, user, changes)?.ok_or_else(account_gone)?;
    me(conn, row)
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
