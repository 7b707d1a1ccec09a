//! `AuthUser`: the caller, proven by a valid access token. Handlers that take
//! one are closed to anonymous requests.

use std::future::{Ready, ready};

use actix_web::{FromRequest, HttpRequest, dev::Payload, http::header, web};
use uuid::Uuid;

use crate::{auth::tokens::AccessTokenError, error::ApiError, state::AppState};

#[derive(Debug, Clone, Copy)]
pub struct AuthUser {
    pub id: Uuid,
}

impl FromRequest for AuthUser {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(authenticate(req))
    }
}

/// The caller when a token is sent, `None` for anonymous requests. A token
/// that is sent but bad is still a 401: it never silently downgrades.
#[derive(Debug, Clone, Copy)]
pub struct MaybeAuthUser(pub Option<AuthUser>);

impl FromRequest for MaybeAuthUser {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(if req.headers().contains_key(header::AUTHORIZATION) {
            authenticate(req).map(|user| Self(Some(user)))
        } else {
            Ok(Self(None))
        })
    }
}

fn authenticate(req: &HttpRequest) -> Result<AuthUser, ApiError> {
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| ApiError::internal("AppState is not registered"))?;
    let token = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| {
            let (scheme, token) = value.split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
        })
        .ok_or(ApiError::Unauthorized(
            "Send an access token as `Authorization: Bearer …`",
        ))?;
    match state.access_tokens.verify(token) {
        // The JWT is fine, but its account was erased since it was issued.
        Ok(claims) if state.erased_accounts.contains(claims.sub) => Err(ApiError::Unauthorized(
            "The account of this access token has been erased",
        )),
        Ok(claims) => Ok(AuthUser { id: claims.sub }),
        Err(AccessTokenError::Expired) => Err(ApiError::Unauthorized(
            "The access token has expired; get a new one at /api/v1/auth/refresh",
        )),
        Err(AccessTokenError::Invalid) => {
            Err(ApiError::Unauthorized("The access token is not valid"))
        }
    }
}
