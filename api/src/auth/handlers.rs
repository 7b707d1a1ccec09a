//! HTTP handlers of `/auth`: parse, call the domain and the store, answer.

use actix_web::{HttpRequest, HttpResponse, post, web};
use chrono::Utc;

use super::{
    model::{
        Account, LoginAttempt, LoginRequest, NewAccount, RefreshTokenRequest, RegisterRequest,
        TokenPair,
    },
    service,
    sessions::{self, RefreshOutcome},
};
use crate::{
    accounts::store as accounts,
    db,
    error::responses::{InvalidField, NotJson},
    error::{ApiError, Problem},
    json::JsonBody,
    state::AppState,
};

/// Create an account.
///
/// Registrations are limited per client address (generously: a campus
/// shares one); past the limit the answer is 429 with `Retry-After`.
#[utoipa::path(
    tag = "auth",
    request_body = RegisterRequest,
    responses(
        (status = 201, description = "The account was created", body = Account),
        (status = 400, response = NotJson),
        (status = 409, description = "An account with this e-mail exists", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidField),
        (status = 429, description = "Too many registrations from this address", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
#[post("/auth/register")]
pub async fn register(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: JsonBody<RegisterRequest>,
) -> Result<HttpResponse, ApiError> {
    let account = NewAccount::try_from(body.into_inner())?;
    let row = service::register(&state, state.client_address(&req), account).await?;
    Ok(HttpResponse::Created().json(Account::from(row)))
}

/// Log in with e-mail and password.
///
/// Failed logins lock an account for the address they come from, and an
/// address that fails against many accounts; many failures against one
/// account from many addresses make each further try wait longer (but not
/// from an address that has not failed). The answer is then 429 with
/// `Retry-After`.
#[utoipa::path(
    tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Logged in", body = TokenPair),
        (status = 400, response = NotJson),
        (status = 401, description = "The e-mail or password is wrong", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidField),
        (status = 429, description = "Too many failed attempts: wait `Retry-After` seconds", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
#[post("/auth/login")]
pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: JsonBody<LoginRequest>,
) -> Result<web::Json<TokenPair>, ApiError> {
    let attempt = LoginAttempt::try_from(body.into_inner())?;
    let verified = service::verify_password(&state, state.client_address(&req), attempt).await?;
    let state_for_db = state.clone();
    let tokens = db::run(&state.db, move |conn| {
        verified.record_success(conn)?;
        sessions::start(
            conn,
            &state_for_db.session_policy(),
            verified.user.id,
            Utc::now(),
        )
    })
    .await?;
    Ok(web::Json(tokens))
}

/// Trade a refresh token for new tokens.
///
/// Each refresh token works once. Presenting a used one again ends the whole
/// login it belongs to (every token issued from it is revoked).
#[utoipa::path(
    tag = "auth",
    request_body = RefreshTokenRequest,
    responses(
        (status = 200, description = "New tokens; the presented one is used up", body = TokenPair),
        (status = 400, response = NotJson),
        (status = 401, description = "The token is unknown, expired, revoked or reused", body = Problem, content_type = "application/problem+json"),
        (status = 422, response = InvalidField),
    )
)]
#[post("/auth/refresh")]
pub async fn refresh(
    state: web::Data<AppState>,
    body: JsonBody<RefreshTokenRequest>,
) -> Result<web::Json<TokenPair>, ApiError> {
    let presented = body.into_inner().token()?.to_owned();
    let state_for_db = state.clone();
    let outcome = db::transaction(&state.db, move |conn| {
        sessions::rotate(conn, &state_for_db.session_policy(), &presented, Utc::now())
    })
    .await?;
    match outcome {
        RefreshOutcome::Rotated(tokens) => Ok(web::Json(tokens)),
        RefreshOutcome::Refused(why) => Err(ApiError::Unauthorized(why)),
    }
}

/// Log out: end the login the refresh token belongs to.
///
/// Answers 204 whether or not the token was live, so it can be retried.
#[utoipa::path(
    tag = "auth",
    request_body = RefreshTokenRequest,
    responses(
        (status = 204, description = "The login is ended"),
        (status = 400, response = NotJson),
        (status = 422, response = InvalidField),
    )
)]
#[post("/auth/logout")]
pub async fn logout(
    state: web::Data<AppState>,
    body: JsonBody<RefreshTokenRequest>,
) -> Result<HttpResponse, ApiError> {
    let presented = body.into_inner().token()?.to_owned();
    db::run(&state.db, move |conn| {
        sessions::end(conn, &presented, Utc::now())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

impl From<accounts::UserRow> for Account {
    fn from(row: accounts::UserRow) -> Self {
        Self {
            id: row.id,
            email: row.email,
            display_name: row.display_name,
            created_at: row.created_at,
        }
    }
}
