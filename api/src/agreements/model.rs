//! Bodies of the agreement endpoints.

use chrono::{DateTime, NaiveDate, Utc};
use hop_domain::agreement::{
    GuardianName, InsuranceStatement, MAX_HOURS_PER_WEEK, Manner, Period, Place, Scope,
    TerminationTerms,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::store::NamedAgreement;
use crate::{
    error::{ApiError, FieldError},
    schemas,
};

#[derive(Debug, Deserialize, ToSchema)]
#[schema(example = json!({
    "volunteer_id": "0b9f7c1e-4d7a-4a55-9d0e-3c1b2a5e8f10",
    "scope": "Sorting and packing food donations; helping at collection points.",
    "manner": "In the warehouse, under the shift coordinator's guidance, in shifts agreed in HOP.",
    "place": "ul. Szosa Chełmińska 17, Toruń",
    "starts_on": "2027-01-01",
    "ends_on": "2027-06-30",
    "hours_per_week": 6,
    "termination_terms": "Either side may end the agreement with 7 days' notice, in writing or in HOP.",
    "insurance_statement": null
}))]
pub struct ProposeAgreementRequest {
    /// The volunteer the agreement is with.
    pub volunteer_id: Uuid,
    /// The scope of the work: 1 to 2 000 characters.
    #[schema(min_length = 1, max_length = 2000)]
    pub scope: String,
    /// How the work is done: 1 to 2 000 characters.
    #[schema(min_length = 1, max_length = 2000)]
    pub manner: String,
    /// Where the work is done: 1 to 300 characters.
    #[schema(min_length = 1, max_length = 300)]
    pub place: String,
    /// First day of the agreement (2000 or later).
    pub starts_on: NaiveDate,
    /// Last day: not before `starts_on` nor today, at most five years on.
    pub ends_on: NaiveDate,
    /// Hours a week, 1 to 60.
    #[schema(minimum = 1, maximum = 60)]
    pub hours_per_week: i64,
    /// How either side ends the agreement: 1 to 1 000 characters.
    #[schema(min_length = 1, max_length = 1000)]
    pub termination_terms: String,
    /// The organisation's statement that it insures the volunteer against
    /// accidents: required for an agreement of up to 30 days (art. 46 sec.
    /// 1 item 4); 1 to 1 000 characters.
    #[schema(min_length = 1, max_length = 1000)]
    pub insurance_statement: Option<String>,
}

/// A proposal that keeps every rule of an agreement's content.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub volunteer_id: Uuid,
    pub scope: Scope,
    pub manner: Manner,
    pub place: Place,
    pub period: Period,
    pub hours_per_week: i16,
    pub termination_terms: TerminationTerms,
    pub insurance_statement: Option<InsuranceStatement>,
}

/// `parsed`'s value, or `None` with its error noted against `field`.
fn checked<T>(
    errors: &mut Vec<FieldError>,
    field: &str,
    parsed: Result<T, hop_domain::InvalidValue>,
) -> Option<T> {
    parsed
        .map_err(|invalid| errors.push(FieldError::new(field, invalid.message)))
        .ok()
}

impl ProposeAgreementRequest {
    pub fn parse(self, today: NaiveDate) -> Result<Proposal, ApiError> {
        let mut errors = Vec::new();
        let scope = checked(&mut errors, "scope", Scope::parse(&self.scope));
        let manner = checked(&mut errors, "manner", Manner::parse(&self.manner));
        let place = checked(&mut errors, "place", Place::parse(&self.place));
        let termination_terms = checked(
            &mut errors,
            "termination_terms",
            TerminationTerms::parse(&self.termination_terms),
        );
        let insurance_statement = match self.insurance_statement.as_deref() {
            None => Some(None),
            Some(raw) => checked(
                &mut errors,
                "insurance_statement",
                InsuranceStatement::parse(raw),
            )
            .map(Some),
        };
        let period = Period::new(self.starts_on, self.ends_on, today)
            .map_err(|(field, invalid)| errors.push(FieldError::new(field, invalid.message)))
            .ok();
        if let (Some(period), Some(None)) = (period, &insurance_statement)
            && period.needs_insurance_statement()
        {
            errors.push(FieldError::new(
                "insurance_statement",
                "is required for an agreement of up to 30 days: the organisation insures \
                 the volunteer against accidents itself (art. 46 sec. 1 item 4)",
            ));
        }
        let hours_per_week = i16::try_from(self.hours_per_week)
            .ok()
            .filter(|hours| (1..=MAX_HOURS_PER_WEEK).contains(hours));
        if hours_per_week.is_none() {
            errors.push(FieldError::new(
                "hours_per_week",
                format!("must be between 1 and {MAX_HOURS_PER_WEEK}"),
            ));
        }
        match (
            scope,
            manner,
            place,
            termination_terms,
            insurance_statement,
            period,
            hours_per_week,
        ) {
            (
                Some(scope),
                Some(manner),
                Some(place),
                Some(termination_terms),
                Some(insurance_statement),
                Some(period),
                Some(hours_per_week),
            ) if errors.is_empty() => Ok(Proposal {
                volunteer_id: self.volunteer_id,
                scope,
                manner,
                place,
                period,
                hours_per_week,
                termination_terms,
                insurance_statement,
            }),
            _ => Err(ApiError::Validation(errors)),
        }
    }
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[schema(example = json!({"guardian_name": "Anna Kowalska", "guardian_consent": true}))]
pub struct AcceptAgreementRequest {
    /// For a volunteer under 18: the guardian who consents, 2 to 200 characters.
    #[schema(min_length = 2, max_length = 200)]
    pub guardian_name: Option<String>,
    /// For a volunteer under 18: `true`, the guardian consents to this agreement.
    pub guardian_consent: Option<bool>,
}

impl AcceptAgreementRequest {
    /// The consenting guardian's name, when one is given with consent.
    pub fn parse(self) -> Result<Option<GuardianName>, ApiError> {
        match (self.guardian_name.as_deref(), self.guardian_consent) {
            (None, None | Some(false)) => Ok(None),
            (Some(name), Some(true)) => GuardianName::parse(name)
                .map(Some)
                .map_err(|invalid| ApiError::invalid_field("guardian_name", invalid.message)),
            (Some(_), _) => Err(ApiError::invalid_field(
                "guardian_consent",
                "must be `true` when a guardian's name is given",
            )),
            (None, Some(true)) => Err(ApiError::invalid_field(
                "guardian_name",
                "is required with `guardian_consent`: who consents",
            )),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[schema(example = json!({"ends_on": "2027-03-31"}))]
pub struct TerminateAgreementRequest {
    /// The last day of the agreement: from today to its end date.
    pub ends_on: NaiveDate,
}

/// One side of an agreement.
#[derive(Debug, Serialize, ToSchema)]
pub struct AgreementParty {
    /// Null if the volunteer's account was deleted outright.
    #[schema(required = true)]
    pub id: Option<Uuid>,
    /// The organisation's name, or the volunteer's: `erased volunteer`
    /// once they erased their account (with `erased`); null if the account
    /// was deleted outright.
    #[schema(required = true)]
    pub name: Option<String>,
    /// The volunteer erased their account (never an organisation): the
    /// agreement stays, without them.
    pub erased: bool,
}

/// A minor's guardian's consent, as recorded on acceptance.
#[derive(Debug, Serialize, ToSchema)]
pub struct GuardianConsent {
    pub name: String,
    pub consented_at: DateTime<Utc>,
}

/// A written volunteering agreement.
#[derive(Debug, Serialize, ToSchema)]
pub struct Agreement {
    pub id: Uuid,
    pub organization: AgreementParty,
    pub volunteer: AgreementParty,
    pub scope: String,
    pub manner: String,
    pub place: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub hours_per_week: i16,
    pub termination_terms: String,
    #[schema(required = true)]
    pub insurance_statement: Option<String>,
    #[schema(value_type = schemas::AgreementStatus)]
    pub status: String,
    pub created_at: DateTime<Utc>,
    #[schema(required = true)]
    pub accepted_at: Option<DateTime<Utc>>,
    /// For a minor: who consented and when; null otherwise.
    #[schema(required = true)]
    pub guardian_consent: Option<GuardianConsent>,
    /// The last day once terminated (on or before `ends_on`); null otherwise.
    #[schema(required = true)]
    pub terminated_on: Option<NaiveDate>,
    #[schema(required = true)]
    pub terminated_at: Option<DateTime<Utc>>,
}

impl From<NamedAgreement> for Agreement {
    fn from(named: NamedAgreement) -> Self {
        let row = named.agreement;
        Self {
            id: row.id,
            organization: AgreementParty {
                id: Some(row.organization_id),
                name: Some(named.organization_name),
                erased: false,
            },
            volunteer: AgreementParty {
                id: row.volunteer_id,
                name: named.volunteer_name,
                erased: named.volunteer_erased_at.is_some(),
            },
            scope: row.scope,
            manner: row.manner,
            place: row.place,
            starts_on: row.starts_on,
            ends_on: row.ends_on,
            hours_per_week: row.hours_per_week,
            termination_terms: row.termination_terms,
            insurance_statement: row.insurance_statement,
            status: row.status,
            created_at: row.created_at,
            accepted_at: row.accepted_at,
            guardian_consent: row
                .guardian_name
                .zip(row.guardian_consented_at)
                .map(|(name, consented_at)| GuardianConsent { name, consented_at }),
            terminated_on: row.terminated_on,
            terminated_at: row.terminated_at,
        }
    }
}
