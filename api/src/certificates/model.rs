//! Bodies of the certificate endpoints, and the facts a certificate
//! freezes when it is issued.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::store::CertificateRow;
use crate::{error::ApiError, schemas};

/// The organisation as the certificate names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct IssuingOrganization {
    pub id: Uuid,
    pub name: String,
    /// Its number in the National Court Register, when it has one.
    #[schema(required = true)]
    pub krs: Option<String>,
    #[schema(required = true)]
    pub address: Option<String>,
}

/// The volunteer as the certificate names them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct CertifiedVolunteer {
    /// Their name; `erased volunteer` once their account is erased.
    pub name: String,
    /// The volunteer's account was erased: the certificate still states
    /// the work, but no longer whose it was.
    #[serde(default)]
    pub erased: bool,
}

/// A skill an opportunity asked for, named in Polish and in the
/// volunteer's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct CertifiedSkill {
    pub slug: String,
    pub name_pl: String,
    pub name: String,
}

/// Approved work on one opportunity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct CertifiedWork {
    pub opportunity_id: Uuid,
    pub title: String,
    #[schema(value_type = schemas::Cause)]
    pub cause: String,
    pub minutes: u32,
    pub skills: Vec<CertifiedSkill>,
}

/// Everything a certificate states, frozen when it is issued.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct CertificateFacts {
    pub organization: IssuingOrganization,
    pub volunteer: CertifiedVolunteer,
    /// First day of approved work.
    pub from: NaiveDate,
    /// Last day of approved work.
    pub to: NaiveDate,
    /// Approved minutes in total.
    pub total_minutes: u32,
    /// Approved work by opportunity, most first.
    pub work: Vec<CertifiedWork>,
    /// Approved minutes of work outside any opportunity.
    pub other_minutes: u32,
    /// The organisation's opinion of the work, when it wrote one.
    #[schema(required = true)]
    pub opinion: Option<String>,
    pub place_of_issue: String,
    pub issued_on: NaiveDate,
    /// The volunteer's language, printed beside Polish.
    #[schema(value_type = schemas::Lang)]
    pub language: String,
}

impl CertificateFacts {
    /// Whether `other` states the same facts, whatever day it was issued.
    pub fn same_as(&self, other: &Self) -> bool {
        Self {
            issued_on: other.issued_on,
            ..self.clone()
        } == *other
    }
}

/// A certificate as issued to its volunteer, with its signed credential.
#[derive(Debug, Serialize, ToSchema)]
pub struct Certificate {
    pub id: Uuid,
    /// The verification code printed on it.
    #[schema(example = "7KQ2M-9XH4D-T3W8R")]
    pub code: String,
    /// Where anyone checks it (the QR code's address).
    pub verify_url: String,
    pub issued_at: DateTime<Utc>,
    pub facts: CertificateFacts,
    /// The Open Badges 3.0 credential (`OpenBadgeCredential`) as a JWT
    /// signed with EdDSA; its key is in `/.well-known/jwks.json`.
    pub credential: String,
}

/// What anyone learns from a certificate's code.
#[derive(Debug, Serialize, ToSchema)]
pub struct CertificateVerification {
    pub code: String,
    /// `valid`, or `revoked` by the organisation.
    #[schema(value_type = schemas::CertificateStatus)]
    pub status: &'static str,
    pub issued_at: DateTime<Utc>,
    #[schema(required = true)]
    pub revoked_at: Option<DateTime<Utc>>,
    #[schema(required = true)]
    pub revocation_reason: Option<String>,
    /// Exactly the facts the certificate states.
    pub facts: CertificateFacts,
    /// The signed credential, for machines.
    pub credential: String,
}

impl CertificateVerification {
    pub fn from_row(row: CertificateRow) -> Result<Self, ApiError> {
        let facts = serde_json::from_value(row.facts)
            .map_err(|err| ApiError::internal(format!("stored certificate facts: {err}")))?;
        Ok(Self {
            code: row.code,
            status: if row.revoked_at.is_some() {
                "revoked"
            } else {
                "valid"
            },
            issued_at: row.issued_at,
            revoked_at: row.revoked_at,
            revocation_reason: row.revocation_reason,
            facts,
            credential: row.credential,
        })
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[schema(example = json!({"reason": "The hours of March were recorded twice."}))]
pub struct RevokeCertificateRequest {
    /// Shown on the certificate's public page: 1 to 1 000 characters.
    #[schema(min_length = 1, max_length = 1000)]
    pub reason: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[schema(example = json!({"body": "Reliable and punctual; led a team of five at the Christmas collection."}))]
pub struct OpinionRequest {
    /// The organisation's opinion of the volunteer's work: 1 to 5 000 characters.
    #[schema(min_length = 1, max_length = 5000)]
    pub body: String,
}
