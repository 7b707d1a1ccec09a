//! Bodies of the data-rights endpoints: the export's documented shape
//! (each section as its own schema) and the erasure's confirmation.
//!
//! The export's rows are read from PostgreSQL as JSON (one query a
//! section, see `store`), so these types also derive `Deserialize`: a
//! column that does not fit its field fails the export's tests, not a
//! person's copy silently.

use chrono::{DateTime, NaiveDate, Utc};
use hop_domain::PasswordAttempt;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::{
    certificates::model::CertificateFacts, error::ApiError, schemas, validation::FieldCheck,
};

/// The version of the export's shape, named in every export.
pub const EXPORT_FORMAT: &str = "hop-export/1";

/// What a consent in the export is.
pub const CONSENT_KINDS: [&str; 5] = [
    "guardian-consent",
    "discoverable",
    "agreement-accepted",
    "agreement-guardian-consent",
    "invitation-accepted",
];

/// What a person did for an organisation, or as city staff.
pub const ACT_KINDS: [&str; 10] = [
    "hours-decided",
    "agreement-proposed",
    "agreement-terminated",
    "opinion-written",
    "certificate-revoked",
    "safeguarding-recorded",
    "member-invited",
    "member-added",
    "opportunity-created",
    "organization-reviewed",
];

/// Everything HOP holds about the caller (GDPR art. 15) in a form another
/// service can read (art. 20), read in one consistent snapshot.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "format": "hop-export/1",
    "exported_at": "2026-11-30T12:00:00Z",
    "truncated": [],
    "account": {
        "id": "0b9f7c1e-4d7a-4a55-9d0e-3c1b2a5e8f10", "email": "ala.nowak@example.org",
        "display_name": "Ala Nowak", "is_staff": false, "preferred_language": "pl",
        "created_at": "2026-01-10T09:00:00Z", "updated_at": "2026-01-10T09:00:00Z"
    },
    "volunteer_profile": null,
    "memberships": [], "invitations": [], "sign_ups": [], "hours": [], "agreements": [],
    "certificates": [], "opinions": [], "safeguarding_checks": [], "notifications": [],
    "emails": [], "consents": [], "sessions": [], "acts": []
}))]
pub struct Export {
    /// The shape of this document: `hop-export/1`.
    #[schema(example = "hop-export/1")]
    pub format: &'static str,
    /// The moment of the snapshot every section was read in.
    pub exported_at: DateTime<Utc>,
    /// Sections cut at their limit (the newest rows are then missing; ask
    /// the Volunteering Center for the rest). Empty for any real account.
    pub truncated: Vec<String>,
    /// The account, without its password hash.
    pub account: ExportAccount,
    /// The volunteer profile; null when the caller has none.
    #[schema(required = true)]
    pub volunteer_profile: Option<ExportProfile>,
    /// The organisations the caller is a member of.
    pub memberships: Vec<ExportMembership>,
    /// Invitations sent to the caller's e-mail address, answered or not.
    pub invitations: Vec<ExportInvitation>,
    pub sign_ups: Vec<ExportSignUp>,
    /// The caller's entries of the hours ledger, corrections included
    /// (an entry with `corrects_id` replaces that one's minutes).
    pub hours: Vec<ExportHourEntry>,
    pub agreements: Vec<ExportAgreement>,
    /// Certificates issued to the caller: codes, dates and what they state
    /// (the PDF is drawn from these facts on request).
    pub certificates: Vec<ExportCertificate>,
    /// What organisations wrote of the caller's work.
    pub opinions: Vec<ExportOpinion>,
    /// Organisations' records that they checked the caller before work
    /// with children.
    pub safeguarding_checks: Vec<ExportSafeguardingCheck>,
    pub notifications: Vec<ExportNotification>,
    /// E-mails written to the caller, sent or waiting.
    pub emails: Vec<ExportEmail>,
    /// What the caller (or their guardian) agreed to, and when.
    pub consents: Vec<ExportConsent>,
    /// Logins: refresh-token families (no token material).
    pub sessions: Vec<ExportSession>,
    /// The personal calendar feed, when one was made (its token is shown
    /// once and only its digest is kept); null otherwise.
    #[schema(required = true)]
    pub calendar_feed: Option<ExportCalendarFeed>,
    /// What the caller did for organisations, or as city staff.
    pub acts: Vec<ExportAct>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportAccount {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub is_staff: bool,
    #[schema(value_type = schemas::Lang)]
    pub preferred_language: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportPoint {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportSkill {
    pub skill_id: Uuid,
    pub slug: String,
    /// 1 basic, 2 experienced, 3 expert.
    pub level: i16,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportLanguage {
    #[schema(value_type = schemas::LanguageCode)]
    pub code: String,
    #[schema(value_type = schemas::CefrLevel)]
    pub level: String,
}

/// A weekly window in Europe/Warsaw local time.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportWindow {
    #[schema(value_type = schemas::Weekday)]
    pub weekday: String,
    /// `HH:MM`.
    #[schema(example = "09:00")]
    pub start: String,
    /// `HH:MM`; `24:00` is the end of the day.
    #[schema(example = "13:00")]
    pub end: String,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportProfile {
    #[schema(required = true)]
    pub birth_date: Option<NaiveDate>,
    #[schema(required = true)]
    pub home_city: Option<String>,
    #[schema(required = true)]
    pub home_country: Option<String>,
    #[schema(required = true)]
    pub home: Option<ExportPoint>,
    #[schema(required = true)]
    pub max_distance_km: Option<i16>,
    #[schema(value_type = Vec<schemas::Cause>)]
    pub causes: Vec<String>,
    pub discoverable: bool,
    pub guardian_consent: bool,
    #[schema(required = true)]
    pub guardian_name: Option<String>,
    #[schema(required = true)]
    pub guardian_consent_recorded_at: Option<DateTime<Utc>>,
    pub skills: Vec<ExportSkill>,
    pub languages: Vec<ExportLanguage>,
    pub availability: Vec<ExportWindow>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportMembership {
    pub organization_id: Uuid,
    pub organization_name: String,
    #[schema(value_type = schemas::MemberRole)]
    pub role: String,
    pub joined_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportInvitation {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub organization_name: String,
    #[schema(value_type = schemas::MemberRole)]
    pub role: String,
    #[schema(value_type = schemas::InvitationStatus)]
    pub status: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    #[schema(required = true)]
    pub closed_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportSignUp {
    pub id: Uuid,
    pub shift_id: Uuid,
    pub opportunity_id: Uuid,
    pub opportunity_title: String,
    pub organization_id: Uuid,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    #[schema(value_type = schemas::ApplicationStatus)]
    pub status: String,
    #[schema(value_type = Option<schemas::PendingReason>, required = true)]
    pub pending_reason: Option<String>,
    #[schema(required = true)]
    pub rejection_reason: Option<String>,
    #[schema(required = true)]
    pub minutes_attended: Option<i32>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportHourEntry {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub organization_name: String,
    #[schema(required = true)]
    pub opportunity_id: Option<Uuid>,
    #[schema(required = true)]
    pub application_id: Option<Uuid>,
    pub work_date: NaiveDate,
    pub minutes: i32,
    pub description: String,
    #[schema(value_type = schemas::HourStatus)]
    pub status: String,
    #[schema(required = true)]
    pub rejection_reason: Option<String>,
    #[schema(required = true)]
    pub corrects_id: Option<Uuid>,
    #[schema(required = true)]
    pub decided_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportAgreement {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub organization_name: String,
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
    #[schema(required = true)]
    pub guardian_name: Option<String>,
    #[schema(required = true)]
    pub guardian_consented_at: Option<DateTime<Utc>>,
    #[schema(required = true)]
    pub terminated_on: Option<NaiveDate>,
    #[schema(required = true)]
    pub terminated_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportCertificate {
    pub id: Uuid,
    /// The verification code printed on it.
    pub code: String,
    pub organization_id: Uuid,
    pub issued_at: DateTime<Utc>,
    #[schema(value_type = schemas::Lang)]
    pub language: String,
    #[schema(required = true)]
    pub revoked_at: Option<DateTime<Utc>>,
    #[schema(required = true)]
    pub revocation_reason: Option<String>,
    /// Exactly what it states.
    pub facts: CertificateFacts,
    /// Its signed Open Badges 3.0 credential (a JWT).
    pub credential: String,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportOpinion {
    pub organization_id: Uuid,
    pub organization_name: String,
    pub body: String,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportSafeguardingCheck {
    pub organization_id: Uuid,
    pub organization_name: String,
    pub register_checked_at: DateTime<Utc>,
    pub certificate_held: bool,
    pub recorded_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportNotification {
    pub id: Uuid,
    #[schema(value_type = schemas::NotificationKind)]
    pub kind: String,
    /// The facts it was written from, as stored.
    #[schema(value_type = Object)]
    pub payload: serde_json::Value,
    pub created_at: DateTime<Utc>,
    #[schema(required = true)]
    pub read_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportEmail {
    pub id: Uuid,
    pub notification_id: Uuid,
    /// The address it was written to.
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i32,
    pub created_at: DateTime<Utc>,
    #[schema(required = true)]
    pub sent_at: Option<DateTime<Utc>>,
    /// Given up on: the mail server refused it for good.
    #[schema(required = true)]
    pub failed_at: Option<DateTime<Utc>>,
}

/// A consent on record.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportConsent {
    #[schema(value_type = schemas::ConsentKind)]
    pub kind: String,
    /// When it was given; null where HOP keeps only the current choice
    /// (`discoverable`).
    #[schema(required = true)]
    pub given_at: Option<DateTime<Utc>>,
    #[schema(required = true)]
    pub organization_id: Option<Uuid>,
    #[schema(required = true)]
    pub agreement_id: Option<Uuid>,
    #[schema(required = true)]
    pub invitation_id: Option<Uuid>,
    /// Who consented for a minor.
    #[schema(required = true)]
    pub guardian_name: Option<String>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportCalendarFeed {
    /// When the current token was made (or last rotated).
    pub created_at: DateTime<Utc>,
}

/// Where a login was made.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SessionVia {
    /// Through the API: a refresh-token family.
    Api,
    /// On the web pages: a sign-in cookie (never refreshed).
    Pages,
}

/// A login: one refresh-token family of the API, or one sign-in of the
/// pages, from its start to its end.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportSession {
    pub via: SessionVia,
    /// The family of an API login; the sign-in's own id on the pages.
    pub family_id: Uuid,
    pub started_at: DateTime<Utc>,
    #[schema(required = true)]
    pub last_refreshed_at: Option<DateTime<Utc>>,
    /// When its newest refresh token expires.
    pub expires_at: DateTime<Utc>,
    /// When it was ended (logout, or a reused token).
    #[schema(required = true)]
    pub revoked_at: Option<DateTime<Utc>>,
    /// Refreshes still on record.
    pub refreshes: i64,
    /// Whether it can still be refreshed.
    pub active: bool,
}

/// Something the caller did for an organisation, or as city staff.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportAct {
    #[schema(value_type = schemas::ActKind)]
    pub kind: String,
    #[schema(required = true)]
    pub at: Option<DateTime<Utc>>,
    pub organization_id: Uuid,
    /// What it was done to: the entry, agreement, certificate, invitation,
    /// opportunity or organisation, or the person an opinion, a
    /// safeguarding record or a membership is of.
    pub subject_id: Uuid,
}

/// The password, re-entered to confirm an erasure.
#[derive(Deserialize, ToSchema)]
#[schema(example = json!({"password": "correct horse battery"}))]
pub struct EraseRequest {
    #[schema(min_length = 1)]
    pub password: String,
}

impl EraseRequest {
    pub fn parse(self) -> Result<PasswordAttempt, ApiError> {
        let mut check = FieldCheck::default();
        let password = check.check("password", PasswordAttempt::parse(self.password));
        check.finish(password)
    }
}
