//! Registration and password checks, shared by the API's `/auth` endpoints
//! and the pages' sign-in: one set of password rules, limits and lockout.

use std::net::IpAddr;

use super::{
    limiter::{LoginChecked, LoginKeys, LoginLimiter},
    model::{LoginAttempt, NewAccount},
};
use crate::{
    accounts::store::{self as accounts, NewUser, UserRow},
    db,
    error::ApiError,
    state::AppState,
};

/// Creates an account, counted against the address's registrations.
pub async fn register(
    state: &AppState,
    client: Option<IpAddr>,
    account: NewAccount,
) -> Result<UserRow, ApiError> {
    state
        .registration_limiter
        .attempt(&state.db, client)
        .await?;
    let password_hash = state.hasher.hash(account.password).await?;
    db::run(&state.db, move |conn| {
        Ok(accounts::insert(
            conn,
            &NewUser {
                email: account.email.as_str(),
                display_name: account.display_name.as_str(),
                password_hash: &password_hash,
                is_staff: false,
            },
        )?)
    })
    .await
}

/// An account whose password was right; the login is complete once
/// [`Verified::record_success`] ran in the transaction that starts it.
pub struct Verified {
    pub user: UserRow,
    checked: LoginChecked,
    keys: LoginKeys,
    limiter: LoginLimiter,
}

impl Verified {
    pub fn record_success(&self, conn: &mut diesel::PgConnection) -> Result<(), ApiError> {
        self.limiter.record_success(conn, self.checked, &self.keys)
    }
}

/// Checks the limits, then the password: 429 while locked, 401 when wrong
/// (the failure counted).
pub async fn verify_password(
    state: &AppState,
    client: Option<IpAddr>,
    attempt: LoginAttempt,
) -> Result<Verified, ApiError> {
    let account_key = attempt.email.normalized();
    let keys = LoginKeys::new(&account_key, client);
    let limiter = state.login_limiter;

    let checking = keys.clone();
    let (checked, user) = db::run(&state.db, move |conn| {
        let checked = limiter.check(conn, &checking)?;
        Ok((checked, accounts::find_by_email(conn, &account_key)?))
    })
    .await?;
    let stored_hash = user.as_ref().map(|user| user.password_hash.clone());
    let verified = state.hasher.verify(attempt.password, stored_hash).await?;
    match user {
        Some(user) if verified => Ok(Verified {
            user,
            checked,
            keys,
            limiter,
        }),
        _ => {
            db::run(&state.db, move |conn| limiter.record_failure(conn, &keys)).await?;
            Err(ApiError::Unauthorized("The e-mail or password is wrong"))
        }
    }
}
