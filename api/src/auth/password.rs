//! argon2id password hashing, kept off the async workers and bounded in how
//! many hashes run at once, so a wave of logins cannot starve other requests.

use std::sync::Arc;

use actix_web::web;
use argon2::{
    Algorithm, Argon2, Params, PasswordHash, PasswordHasher as _, PasswordVerifier, Version,
    password_hash::{SaltString, rand_core::OsRng},
};
use hop_domain::{Password, PasswordAttempt};
use tokio::sync::Semaphore;

use crate::error::ApiError;

/// OWASP's minimum for argon2id: 19 MiB of memory, 2 passes, 1 lane.
pub const MEMORY_KIB: u32 = 19 * 1024;
pub const ITERATIONS: u32 = 2;
pub const LANES: u32 = 1;

pub struct PasswordHasher {
    argon2: Argon2<'static>,
    /// Verified against when no account has the e-mail, so an unknown
    /// address costs the same time as a wrong password.
    decoy_hash: String,
    permits: Arc<Semaphore>,
}

impl PasswordHasher {
    pub fn new(concurrency: usize) -> Result<Self, argon2::password_hash::Error> {
        let params = Params::new(MEMORY_KIB, ITERATIONS, LANES, None)?;
        let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let decoy_hash = hash_with(&argon2, "decoy password nobody has")?;
        Ok(Self {
            argon2,
            decoy_hash,
            permits: Arc::new(Semaphore::new(concurrency.max(1))),
        })
    }

    /// Hashes on the calling thread: for the CLI and benchmarks.
    pub fn hash_now(&self, password: &Password) -> Result<String, argon2::password_hash::Error> {
        hash_with(&self.argon2, password.expose())
    }

    /// Verifies on the calling thread. `stored` is `None` for an unknown
    /// account: the decoy is checked instead and the answer is `false`.
    pub fn verify_now(&self, attempt: &PasswordAttempt, stored: Option<&str>) -> bool {
        let candidate = stored.unwrap_or(&self.decoy_hash);
        let matches = match PasswordHash::new(candidate) {
            Ok(parsed) => self
                .argon2
                .verify_password(attempt.expose().as_bytes(), &parsed)
                .is_ok(),
            Err(err) => {
                tracing::error!(error = %err, "stored password hash cannot be parsed");
                false
            }
        };
        matches && stored.is_some()
    }

    pub async fn hash(self: &Arc<Self>, password: Password) -> Result<String, ApiError> {
        let _permit = self.permit().await?;
        let hasher = Arc::clone(self);
        web::block(move || hasher.hash_now(&password))
            .await
            .map_err(ApiError::internal)?
            .map_err(|err| ApiError::internal(err.to_string()))
    }

    pub async fn verify(
        self: &Arc<Self>,
        attempt: PasswordAttempt,
        stored: Option<String>,
    ) -> Result<bool, ApiError> {
        let _permit = self.permit().await?;
        let hasher = Arc::clone(self);
        web::block(move || hasher.verify_now(&attempt, stored.as_deref()))
            .await
            .map_err(ApiError::internal)
    }

    async fn permit(&self) -> Result<tokio::sync::SemaphorePermit<'_>, ApiError> {
        self.permits.acquire().await.map_err(ApiError::internal)
    }
}

fn hash_with(argon2: &Argon2<'_>, password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(argon2
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(raw: &str) -> PasswordAttempt {
        PasswordAttempt::parse(raw.into()).unwrap()
    }

    #[test]
    fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let hasher = PasswordHasher::new(1).unwrap();
        let password = Password::parse("correct horse battery".into()).unwrap();
        let hash = hasher.hash_now(&password).unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(hasher.verify_now(&attempt("correct horse battery"), Some(&hash)));
        assert!(!hasher.verify_now(&attempt("correct horse battery!"), Some(&hash)));
    }

    #[test]
    fn salts_differ_between_hashes_of_one_password() {
        let hasher = PasswordHasher::new(1).unwrap();
        let password = Password::parse("correct horse battery".into()).unwrap();
        assert_ne!(
            hasher.hash_now(&password).unwrap(),
            hasher.hash_now(&password).unwrap()
        );
    }

    #[test]
    fn an_unknown_account_never_verifies_even_with_the_decoy_password() {
        let hasher = PasswordHasher::new(1).unwrap();
        assert!(!hasher.verify_now(&attempt("decoy password nobody has"), None));
        assert!(!hasher.verify_now(&attempt("anything"), Some("not a phc string")));
    }
}
