//! The service's Ed25519 signing keys: the active one signs credentials;
//! every key that ever signed stays in the JWKS, so a rotation keeps
//! earlier credentials verifiable.

use std::sync::{Arc, Mutex};

use argon2::password_hash::rand_core::{OsRng, RngCore};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use ed25519_dalek::{SigningKey, pkcs8::EncodePrivateKey};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use secrecy::{ExposeSecret, SecretBox};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::{config::DocumentsConfig, error::ApiError, schema::signing_keys};

/// The key that signs, ready for jsonwebtoken.
pub struct Signer {
    pub kid: String,
    key: EncodingKey,
}

impl Signer {
    fn from_seed(seed: &[u8; 32]) -> Result<Self, ApiError> {
        let signing = SigningKey::from_bytes(seed);
        let der = signing
            .to_pkcs8_der()
            .map_err(|err| ApiError::internal(format!("cannot encode the signing key: {err}")))?;
        Ok(Self {
            kid: kid_of(signing.verifying_key().as_bytes()),
            key: EncodingKey::from_ed_der(der.as_bytes()),
        })
    }

    /// `claims` as a compact JWS (EdDSA), naming this key.
    pub fn sign(&self, claims: &impl Serialize) -> Result<String, ApiError> {
        let mut header = Header::new(Algorithm::EdDSA);
        header.kid = Some(self.kid.clone());
        header.typ = Some("JWT".into());
        jsonwebtoken::encode(&header, claims, &self.key)
            .map_err(|err| ApiError::internal(format!("cannot sign a credential: {err}")))
    }
}

/// The JWK thumbprint (RFC 7638) of an Ed25519 public key: its `kid`.
fn kid_of(public: &[u8; 32]) -> String {
    let canonical = format!(
        r#"{{"crv":"Ed25519","kty":"OKP","x":"{}"}}"#,
        URL_SAFE_NO_PAD.encode(public)
    );
    URL_SAFE_NO_PAD.encode(Sha256::digest(canonical.as_bytes()))
}

#[derive(Queryable)]
struct KeyRow {
    kid: String,
    public_key: Vec<u8>,
    private_key: Option<Vec<u8>>,
    #[allow(dead_code)]
    created_at: DateTime<Utc>,
    retired_at: Option<DateTime<Utc>>,
}

/// One key of the JWKS.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Jwk {
    /// `OKP`.
    pub kty: &'static str,
    /// `Ed25519`.
    pub crv: &'static str,
    /// The public key, base64url.
    pub x: String,
    /// Its RFC 7638 thumbprint; credentials name it in their header.
    pub kid: String,
    /// `EdDSA`.
    pub alg: &'static str,
    /// `sig`.
    #[serde(rename = "use")]
    pub use_: &'static str,
}

/// The public keys that verify HOP's credentials.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Jwks {
    pub keys: Vec<Jwk>,
}

/// Every key that ever signed, the active one first.
pub fn jwks(conn: &mut PgConnection) -> QueryResult<Jwks> {
    let rows: Vec<KeyRow> = signing_keys::table
        .order((
            signing_keys::retired_at.desc().nulls_first(),
            signing_keys::created_at.desc(),
        ))
        .load(conn)?;
    Ok(Jwks {
        keys: rows
            .into_iter()
            .map(|row| Jwk {
                kty: "OKP",
                crv: "Ed25519",
                x: URL_SAFE_NO_PAD.encode(&row.public_key),
                kid: row.kid,
                alg: "EdDSA",
                use_: "sig",
            })
            .collect(),
    })
}

/// Serialises key changes among instances starting at once.
fn lock_keys(conn: &mut PgConnection) -> QueryResult<()> {
    diesel::sql_query("SELECT pg_advisory_xact_lock(1018, 1)")
        .execute(conn)
        .map(drop)
}

fn insert_generated(conn: &mut PgConnection) -> Result<[u8; 32], ApiError> {
    let mut seed = [0u8; 32];
    OsRng.fill_bytes(&mut seed);
    let public = SigningKey::from_bytes(&seed).verifying_key().to_bytes();
    diesel::insert_into(signing_keys::table)
        .values((
            signing_keys::kid.eq(kid_of(&public)),
            signing_keys::public_key.eq(public.to_vec()),
            signing_keys::private_key.eq(Some(seed.to_vec())),
        ))
        .execute(conn)?;
    Ok(seed)
}

/// The active key, in the caller's transaction: the configured one
/// (recorded by its public half, the previous one retired), or the one HOP
/// generated and stored, generated now if there is none.
fn active(conn: &mut PgConnection, configured: Option<&[u8; 32]>) -> Result<Signer, ApiError> {
    lock_keys(conn)?;
    if let Some(seed) = configured {
        let signer = Signer::from_seed(seed)?;
        let public = SigningKey::from_bytes(seed).verifying_key().to_bytes();
        diesel::update(
            signing_keys::table
                .filter(signing_keys::retired_at.is_null())
                .filter(signing_keys::kid.ne(&signer.kid)),
        )
        .set(signing_keys::retired_at.eq(diesel::dsl::now))
        .execute(conn)?;
        diesel::insert_into(signing_keys::table)
            .values((
                signing_keys::kid.eq(&signer.kid),
                signing_keys::public_key.eq(public.to_vec()),
            ))
            .on_conflict(signing_keys::kid)
            .do_update()
            .set(signing_keys::retired_at.eq(None::<DateTime<Utc>>))
            .execute(conn)?;
        return Ok(signer);
    }
    let current: Option<KeyRow> = signing_keys::table
        .filter(signing_keys::retired_at.is_null())
        .first(conn)
        .optional()?;
    let seed = match current {
        Some(KeyRow {
            private_key: Some(private),
            retired_at: None,
            ..
        }) => <[u8; 32]>::try_from(private.as_slice())
            .map_err(|_| ApiError::internal("a stored signing key is not 32 bytes"))?,
        // The active key was configured and no longer is: HOP takes over
        // with a key of its own, and the configured one is retired.
        Some(configured) => {
            diesel::update(signing_keys::table.find(&configured.kid))
                .set(signing_keys::retired_at.eq(diesel::dsl::now))
                .execute(conn)?;
            insert_generated(conn)?
        }
        None => insert_generated(conn)?,
    };
    Signer::from_seed(&seed)
}

/// Retires the active key HOP generated and makes a new one (`hop
/// rotate-signing-key`); returns the new key's id. Earlier credentials
/// still verify against the retired key in the JWKS.
pub fn rotate(conn: &mut PgConnection) -> Result<String, ApiError> {
    conn.transaction(|conn| {
        lock_keys(conn)?;
        diesel::update(signing_keys::table.filter(signing_keys::retired_at.is_null()))
            .set(signing_keys::retired_at.eq(diesel::dsl::now))
            .execute(conn)?;
        let seed = insert_generated(conn)?;
        Ok(Signer::from_seed(&seed)?.kid)
    })
}

/// The signer for this process, loaded once from the database (or the
/// configuration) on first use. An instance keeps its key until restarted;
/// a rotation is picked up then, and verification never depends on which.
pub struct Keys {
    configured: Option<Arc<SecretBox<[u8; 32]>>>,
    signer: Mutex<Option<Arc<Signer>>>,
}

impl Keys {
    pub fn new(config: &DocumentsConfig) -> Self {
        Self {
            configured: config.signing_key.clone(),
            signer: Mutex::new(None),
        }
    }

    /// The active signer. Call it outside any transaction: the key it may
    /// make is committed before it is cached and used.
    pub fn signer(&self, conn: &mut PgConnection) -> Result<Arc<Signer>, ApiError> {
        let mut cached = self
            .signer
            .lock()
            .map_err(|_| ApiError::internal("the signing key's lock is poisoned"))?;
        if let Some(signer) = cached.as_ref() {
            return Ok(signer.clone());
        }
        let configured = self.configured.as_ref().map(|seed| *seed.expose_secret());
        let signer = Arc::new(conn.transaction(|conn| active(conn, configured.as_ref()))?);
        *cached = Some(signer.clone());
        Ok(signer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kid_is_the_rfc_7638_thumbprint() {
        // RFC 8037, appendix A.3: the thumbprint of the example key.
        let x = URL_SAFE_NO_PAD
            .decode("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo")
            .expect("base64url");
        let public = <[u8; 32]>::try_from(x).expect("32 bytes");
        assert_eq!(
            kid_of(&public),
            "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"
        );
    }
}
