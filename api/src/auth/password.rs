//! argon2id password hashing, kept off the async workers and bounded in how
//! many hashes run at once, so a wave of logins cannot starve other requests.

use std::sync::{Arc, Mutex};

use actix_web::web;
use argon2::{
    Algorithm, Argon2, Block, Params, PasswordHash, Version,
    password_hash::{Output, ParamsString, SaltString, rand_core::OsRng},
};
use hop_domain::{Password, PasswordAttempt};
use tokio::sync::Semaphore;

use crate::error::ApiError;

/// OWASP's minimum for argon2id: 19 MiB of memory, 2 passes, 1 lane.
pub const MEMORY_KIB: u32 = 19 * 1024;
pub const ITERATIONS: u32 = 2;
pub const LANES: u32 = 1;

pub struct PasswordHasher {
    params: Params,
    /// Verified against when no account has the e-mail, so an unknown
    /// address costs the same time as a wrong password.
    decoy_hash: String,
    permits: Arc<Semaphore>,
    workspaces: Workspaces,
}

/// The 19 MiB each hash works in, kept and reused. Allocated afresh on
/// whichever blocking thread runs a hash, that memory stays in glibc's
/// per-thread arenas: a hundred logins left `hop` holding 570 MB. At most
/// as many buffers exist as hashes run at once (the permits).
#[derive(Default)]
struct Workspaces(Mutex<Vec<Vec<Block>>>);

impl Workspaces {
    /// Runs `work` in a buffer of `blocks` blocks; buffers of `keep` blocks
    /// (the service's own parameters) go back for the next hash.
    fn with<T>(&self, blocks: usize, keep: usize, work: impl FnOnce(&mut [Block]) -> T) -> T {
        let taken = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .pop();
        let mut memory = taken.unwrap_or_default();
        memory.resize(blocks, Block::new());
        let result = work(&mut memory);
        if memory.len() == keep {
            self.0
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .push(memory);
        }
        result
    }
}

impl PasswordHasher {
    pub fn new(concurrency: usize) -> Result<Self, argon2::password_hash::Error> {
        let params = Params::new(MEMORY_KIB, ITERATIONS, LANES, None)?;
        let mut hasher = Self {
            params,
            decoy_hash: String::new(),
            permits: Arc::new(Semaphore::new(concurrency.max(1))),
            workspaces: Workspaces::default(),
        };
        hasher.decoy_hash = hasher.hash_str("decoy password nobody has")?;
        Ok(hasher)
    }

    /// Hashes on the calling thread: for the CLI and benchmarks.
    pub fn hash_now(&self, password: &Password) -> Result<String, argon2::password_hash::Error> {
        self.hash_str(password.expose())
    }

    /// A PHC string: argon2id with the service's parameters and a new salt.
    fn hash_str(&self, password: &str) -> Result<String, argon2::password_hash::Error> {
        let salt = SaltString::generate(&mut OsRng);
        let mut salt_bytes = [0u8; 64];
        let salt_bytes = salt.decode_b64(&mut salt_bytes)?;
        let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, self.params.clone());
        let hash = self.output(
            &argon2,
            &self.params,
            password,
            salt_bytes,
            Params::DEFAULT_OUTPUT_LEN,
        )?;
        Ok(PasswordHash {
            algorithm: Algorithm::Argon2id.ident(),
            version: Some(Version::V0x13.into()),
            params: ParamsString::try_from(&self.params)?,
            salt: Some(salt.as_salt()),
            hash: Some(hash),
        }
        .to_string())
    }

    /// argon2 of `password` in a reused workspace.
    fn output(
        &self,
        argon2: &Argon2<'_>,
        params: &Params,
        password: &str,
        salt: &[u8],
        len: usize,
    ) -> Result<Output, argon2::password_hash::Error> {
        Output::init_with(len, |out| {
            self.workspaces
                .with(params.block_count(), self.params.block_count(), |memory| {
                    argon2.hash_password_into_with_memory(password.as_bytes(), salt, out, memory)
                })
                .map_err(Into::into)
        })
    }

    /// Verifies on the calling thread. `stored` is `None` for an unknown
    /// account: the decoy is checked instead and the answer is `false`.
    pub fn verify_now(&self, attempt: &PasswordAttempt, stored: Option<&str>) -> bool {
        let candidate = stored.unwrap_or(&self.decoy_hash);
        match self.check(attempt.expose(), candidate) {
            Ok(matches) => matches && stored.is_some(),
            Err(err) => {
                tracing::error!(error = %err, "stored password hash cannot be checked");
                false
            }
        }
    }

    /// Whether `password` hashes to `stored`, with the parameters `stored`
    /// names (hashes made with older parameters still verify).
    fn check(&self, password: &str, stored: &str) -> Result<bool, argon2::password_hash::Error> {
        let parsed = PasswordHash::new(stored)?;
        let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
            return Ok(false);
        };
        let algorithm = Algorithm::try_from(parsed.algorithm)?;
        let version = parsed
            .version
            .map(Version::try_from)
            .transpose()?
            .unwrap_or_default();
        let params = Params::try_from(&parsed)?;
        let argon2 = Argon2::new(algorithm, version, params.clone());
        let mut salt_bytes = [0u8; 64];
        let salt_bytes = salt.decode_b64(&mut salt_bytes)?;
        let computed = self.output(&argon2, &params, password, salt_bytes, expected.len())?;
        // `Output`'s equality takes constant time.
        Ok(computed == expected)
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

    #[test]
    fn hashes_agree_with_the_argon2_crates_own_and_older_parameters_still_verify() {
        use argon2::{PasswordHasher as _, PasswordVerifier as _};
        let hasher = PasswordHasher::new(1).unwrap();
        let ours = hasher
            .hash_now(&Password::parse("correct horse battery".into()).unwrap())
            .unwrap();
        let reference = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(MEMORY_KIB, ITERATIONS, LANES, None).unwrap(),
        );
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(
            reference
                .verify_password(b"correct horse battery", &parsed)
                .is_ok()
        );

        // A hash made elsewhere with other (smaller) parameters.
        let older = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(8 * 1024, 3, 1, None).unwrap(),
        )
        .hash_password(b"correct horse battery", &SaltString::generate(&mut OsRng))
        .unwrap()
        .to_string();
        assert!(hasher.verify_now(&attempt("correct horse battery"), Some(&older)));
        assert!(!hasher.verify_now(&attempt("correct horse batterY"), Some(&older)));
        // Its workspace was not kept: only the service's own size is reused.
        let kept = hasher.workspaces.0.lock().unwrap();
        assert!(
            kept.iter()
                .all(|memory| memory.len() == hasher.params.block_count())
        );
    }
}
