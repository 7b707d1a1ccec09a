//! Access tokens (short-lived JWTs, HS256 pinned, issuer, audience and expiry
//! checked; `nbf` and `iat` may not lie in the future) and refresh tokens
//! (256 random bits; only their SHA-256 is stored).

use std::time::Duration;

use argon2::password_hash::rand_core::{OsRng, RngCore};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, errors::ErrorKind};
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::config::TokenConfig;

const ALGORITHM: Algorithm = Algorithm::HS256;

/// How far in the future a token's `iat` may lie: instances' clocks may
/// differ a little, a token made "later" than that was not made by HOP now.
pub const IAT_LEEWAY_SECS: i64 = 60;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessClaims {
    pub sub: Uuid,
    pub iss: String,
    pub aud: String,
    pub iat: i64,
    pub exp: i64,
    /// HOP never sets it; when a token carries one, it is checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nbf: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AccessTokenError {
    #[error("the access token has expired")]
    Expired,
    #[error("the access token is not valid")]
    Invalid,
}

pub struct AccessTokens {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    issuer: String,
    audience: String,
    ttl: Duration,
}

impl AccessTokens {
    pub fn new(config: &TokenConfig) -> Self {
        let secret = config.jwt_secret.expose_secret().as_bytes();
        let mut validation = Validation::new(ALGORITHM);
        validation.set_issuer(&[&config.issuer]);
        validation.set_audience(&[&config.audience]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        // One service issues and checks; only instances' clocks may differ.
        validation.leeway = 5;
        // A token "not valid before" a moment still to come is refused.
        validation.validate_nbf = true;
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            issuer: config.issuer.clone(),
            audience: config.audience.clone(),
            ttl: config.access_ttl,
        }
    }

    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    pub fn issue(
        &self,
        user_id: Uuid,
        now: DateTime<Utc>,
    ) -> Result<String, jsonwebtoken::errors::Error> {
        let claims = AccessClaims {
            sub: user_id,
            iss: self.issuer.clone(),
            aud: self.audience.clone(),
            iat: now.timestamp(),
            exp: now.timestamp() + i64::try_from(self.ttl.as_secs()).unwrap_or(i64::MAX / 2),
            nbf: None,
        };
        jsonwebtoken::encode(&Header::new(ALGORITHM), &claims, &self.encoding)
    }

    pub fn verify(&self, token: &str) -> Result<AccessClaims, AccessTokenError> {
        self.verify_at(token, Utc::now())
    }

    /// As [`AccessTokens::verify`], at `now` for `iat` (the library reads
    /// the clock itself for `exp` and `nbf`).
    pub fn verify_at(
        &self,
        token: &str,
        now: DateTime<Utc>,
    ) -> Result<AccessClaims, AccessTokenError> {
        let claims = jsonwebtoken::decode::<AccessClaims>(token, &self.decoding, &self.validation)
            .map(|data| data.claims)
            .map_err(|err| match err.kind() {
                ErrorKind::ExpiredSignature => AccessTokenError::Expired,
                _ => AccessTokenError::Invalid,
            })?;
        // The library does not look at `iat`: a token issued in the future
        // was not issued by this service's clock.
        if claims.iat > now.timestamp() + IAT_LEEWAY_SECS {
            return Err(AccessTokenError::Invalid);
        }
        Ok(claims)
    }
}

/// A refresh token as handed to the client, and the digest stored for it.
pub struct RefreshToken {
    pub plain: String,
    pub digest: [u8; 32],
}

impl RefreshToken {
    /// The length of the base64url text of 32 bytes.
    pub const TEXT_LEN: usize = 43;

    pub fn generate() -> Self {
        let mut bytes = [0u8; 32];
        OsRng.fill_bytes(&mut bytes);
        let plain = URL_SAFE_NO_PAD.encode(bytes);
        let digest = refresh_token_digest(&plain);
        Self { plain, digest }
    }
}

pub fn refresh_token_digest(plain: &str) -> [u8; 32] {
    Sha256::digest(plain.as_bytes()).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(secret: &str, audience: &str) -> TokenConfig {
        TokenConfig {
            jwt_secret: secret.to_owned().into(),
            jwt_secret_source: crate::config::SecretSource::Configured,
            issuer: "hop".into(),
            audience: audience.into(),
            access_ttl: Duration::from_secs(900),
            refresh_ttl: Duration::from_secs(3600),
        }
    }

    #[test]
    fn issued_tokens_verify_and_name_their_user() {
        let tokens = AccessTokens::new(&config("secret-one-secret-one-secret-one", "hop-api"));
        let user = Uuid::new_v4();
        let token = tokens.issue(user, Utc::now()).unwrap();
        let claims = tokens.verify(&token).unwrap();
        assert_eq!(claims.sub, user);
        assert_eq!(claims.exp - claims.iat, 900);
    }

    #[test]
    fn expired_foreign_and_tampered_tokens_are_refused() {
        let tokens = AccessTokens::new(&config("secret-one-secret-one-secret-one", "hop-api"));
        let user = Uuid::new_v4();
        let old = tokens
            .issue(user, Utc::now() - chrono::Duration::hours(1))
            .unwrap();
        assert_eq!(tokens.verify(&old), Err(AccessTokenError::Expired));

        let other_secret =
            AccessTokens::new(&config("secret-two-secret-two-secret-two", "hop-api"));
        let foreign = other_secret.issue(user, Utc::now()).unwrap();
        assert_eq!(tokens.verify(&foreign), Err(AccessTokenError::Invalid));

        let other_audience =
            AccessTokens::new(&config("secret-one-secret-one-secret-one", "elsewhere"));
        let misdirected = other_audience.issue(user, Utc::now()).unwrap();
        assert_eq!(tokens.verify(&misdirected), Err(AccessTokenError::Invalid));

        let mut tampered = tokens.issue(user, Utc::now()).unwrap();
        tampered.insert(tampered.len() / 2, 'x');
        assert_eq!(tokens.verify(&tampered), Err(AccessTokenError::Invalid));
    }

    fn sign(tokens: &AccessTokens, claims: serde_json::Value) -> String {
        jsonwebtoken::encode(&Header::new(ALGORITHM), &claims, &tokens.encoding).unwrap()
    }

    #[test]
    fn tokens_from_the_future_are_refused() {
        let tokens = AccessTokens::new(&config("secret-one-secret-one-secret-one", "hop-api"));
        let now = Utc::now().timestamp();
        let claims = |iat: i64, nbf: Option<i64>| {
            let mut claims = serde_json::json!({
                "sub": Uuid::new_v4(), "iss": "hop", "aud": "hop-api",
                "iat": iat, "exp": now + 600,
            });
            if let Some(nbf) = nbf {
                claims["nbf"] = nbf.into();
            }
            claims
        };
        // Within the leeway: clocks of instances differ a little.
        assert!(tokens.verify(&sign(&tokens, claims(now + 3, None))).is_ok());
        assert!(
            tokens
                .verify(&sign(&tokens, claims(now, Some(now))))
                .is_ok()
        );
        assert!(
            tokens
                .verify(&sign(&tokens, claims(now - 60, Some(now - 30))))
                .is_ok()
        );
        // Beyond it.
        assert_eq!(
            tokens.verify(&sign(&tokens, claims(now + IAT_LEEWAY_SECS + 60, None))),
            Err(AccessTokenError::Invalid),
            "iat in the future"
        );
        assert_eq!(
            tokens.verify(&sign(&tokens, claims(now, Some(now + 300)))),
            Err(AccessTokenError::Invalid),
            "nbf in the future"
        );
    }

    #[test]
    fn the_none_algorithm_is_refused() {
        let tokens = AccessTokens::new(&config("secret-one-secret-one-secret-one", "hop-api"));
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
        let claims = URL_SAFE_NO_PAD.encode(
            format!(
                r#"{{"sub":"{}","iss":"hop","aud":"hop-api","iat":0,"exp":{}}}"#,
                Uuid::new_v4(),
                Utc::now().timestamp() + 600
            )
            .as_bytes(),
        );
        assert_eq!(
            tokens.verify(&format!("{header}.{claims}.")),
            Err(AccessTokenError::Invalid)
        );
    }

    #[test]
    fn refresh_tokens_are_256_random_bits() {
        let a = RefreshToken::generate();
        let b = RefreshToken::generate();
        assert_eq!(a.plain.len(), RefreshToken::TEXT_LEN);
        assert_ne!(a.plain, b.plain);
        assert_eq!(a.digest, refresh_token_digest(&a.plain));
    }
}
