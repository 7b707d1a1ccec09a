//! Logins as refresh-token families: start one, rotate it, end it. The rules
//! of rotation are the domain's; this applies them inside a transaction.

use chrono::{DateTime, Utc};
use diesel::PgConnection;
use hop_domain::session::{RefreshDecision, RefreshRefusal, RefreshTokenState, decide_refresh};
use uuid::Uuid;

use super::{
    model::TokenPair,
    store::{self, NewRefreshToken},
    tokens::{AccessTokens, RefreshToken, refresh_token_digest},
};
use crate::error::ApiError;

pub struct SessionPolicy<'a> {
    pub access_tokens: &'a AccessTokens,
    pub refresh_ttl: std::time::Duration,
}

pub enum RefreshOutcome {
    Rotated(TokenPair),
    /// Nothing to rotate; `&'static str` says why, for the 401.
    Refused(&'static str),
}

/// Starts a new family for `user_id` and hands out its first tokens.
pub fn start(
    conn: &mut PgConnection,
    policy: &SessionPolicy<'_>,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> Result<TokenPair, ApiError> {
    issue(conn, policy, user_id, Uuid::new_v4(), now)
}

/// Rotates the presented token; run inside a transaction, so a reused
/// token's revocation commits even though the caller answers 401.
pub fn rotate(
    conn: &mut PgConnection,
    policy: &SessionPolicy<'_>,
    presented: &str,
    now: DateTime<Utc>,
) -> Result<RefreshOutcome, ApiError> {
    let Some(token) = store::find_for_update(conn, &refresh_token_digest(presented))? else {
        return Ok(RefreshOutcome::Refused("The refresh token is not valid"));
    };
    let state = RefreshTokenState {
        used: token.used_at.is_some(),
        revoked: token.revoked_at.is_some(),
        expired: token.expires_at <= now,
    };
    Ok(match decide_refresh(state) {
        RefreshDecision::Rotate => {
            store::mark_used(conn, token.id, now)?;
            RefreshOutcome::Rotated(issue(conn, policy, token.user_id, token.family_id, now)?)
        }
        RefreshDecision::RevokeFamily => {
            let revoked = store::revoke_family(conn, token.family_id, now)?;
            tracing::warn!(family = %token.family_id, user = %token.user_id, revoked, "refresh token reused; family revoked");
            RefreshOutcome::Refused(
                "The refresh token was already used; this login has been ended, please log in again",
            )
        }
        RefreshDecision::Refuse(RefreshRefusal::Revoked) => {
            RefreshOutcome::Refused("The refresh token has been revoked; please log in again")
        }
        RefreshDecision::Refuse(RefreshRefusal::Expired) => {
            RefreshOutcome::Refused("The refresh token has expired; please log in again")
        }
    })
}

/// Ends the login the token belongs to. Unknown tokens end nothing, quietly.
pub fn end(conn: &mut PgConnection, presented: &str, now: DateTime<Utc>) -> Result<(), ApiError> {
    if let Some(family) = store::find_family(conn, &refresh_token_digest(presented))? {
        store::revoke_family(conn, family, now)?;
    }
    Ok(())
}

fn issue(
    conn: &mut PgConnection,
    policy: &SessionPolicy<'_>,
    user_id: Uuid,
    family_id: Uuid,
    now: DateTime<Utc>,
) -> Result<TokenPair, ApiError> {
    let refresh = RefreshToken::generate();
    let refresh_ttl = chrono::Duration::from_std(policy.refresh_ttl).map_err(ApiError::internal)?;
    store::insert(
        conn,
        &NewRefreshToken {
            user_id,
            family_id,
            token_hash: &refresh.digest,
            expires_at: now + refresh_ttl,
        },
    )?;
    let access_token = policy
        .access_tokens
        .issue(user_id, now)
        .map_err(ApiError::internal)?;
    Ok(TokenPair {
        access_token,
        refresh_token: refresh.plain,
        token_type: "Bearer",
        expires_in: policy.access_tokens.ttl().as_secs(),
    })
}
