//! Bodies of the sign-up endpoints.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::store::{ApplicationRow, ApplicationSummaryRow};
use crate::{error::ApiError, schemas};

#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "3c9e1a7b-5d2f-4e8a-9b6c-0d1e2f3a4b5c",
    "shift_id": "8b2d4f6a-1c3e-4a5b-9d7f-2e4a6c8b0d1f",
    "volunteer_id": "0b9f7c1e-4d7a-4a55-9d0e-3c1b2a5e8f10",
    "status": "confirmed",
    "pending_reason": null,
    "rejection_reason": null,
    "hours": null,
    "created_at": "2026-11-25T10:00:00Z",
    "updated_at": "2026-11-25T10:00:00Z"
}))]
pub struct Application {
    pub id: Uuid,
    pub shift_id: Uuid,
    pub volunteer_id: Uuid,
    /// `pending`, `confirmed`, `waitlisted`, `rejected`, `withdrawn`, `attended` or `no_show`.
    #[schema(value_type = schemas::ApplicationStatus)]
    pub status: String,
    /// Why a `pending` sign-up waits: `review` (the organisation reviews
    /// every sign-up), `safeguarding` (its checks of the volunteer are
    /// missing) or `agreement-required` (the work would span more than 30
    /// days: an accepted written agreement must cover the shift's day);
    /// null otherwise, and for sign-ups made before reasons were kept.
    #[schema(value_type = Option<schemas::PendingReason>, required = true)]
    pub pending_reason: Option<String>,
    #[schema(required = true)]
    pub rejection_reason: Option<String>,
    /// Hours attended, as the organisation confirmed them.
    #[schema(required = true)]
    pub hours: Option<f64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<ApplicationRow> for Application {
    fn from(row: ApplicationRow) -> Self {
        Self {
            id: row.id,
            shift_id: row.shift_id,
            volunteer_id: row.volunteer_id,
            status: row.status,
            pending_reason: row.pending_reason,
            rejection_reason: row.rejection_reason,
            hours: row
                .minutes_attended
                .map(|minutes| f64::from(minutes) / 60.0),
            created_at: row.created_at,
            updated_at: row.updated_at,
        }
    }
}

/// A sign-up with what it is for.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationSummary {
    #[serde(flatten)]
    pub application: Application,
    pub shift: ShiftSummary,
    pub opportunity: OpportunitySummary,
    /// The volunteer erased their account: the sign-up stays, without
    /// them (`volunteer_id` names no one any more).
    pub volunteer_erased: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ShiftSummary {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub cancelled: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OpportunitySummary {
    pub id: Uuid,
    pub title: String,
    pub organization_id: Uuid,
}

impl From<ApplicationSummaryRow> for ApplicationSummary {
    fn from(row: ApplicationSummaryRow) -> Self {
        Self {
            application: row.application.into(),
            shift: ShiftSummary {
                starts_at: row.starts_at,
                ends_at: row.ends_at,
                cancelled: row.cancelled_at.is_some(),
            },
            opportunity: OpportunitySummary {
                id: row.opportunity_id,
                title: row.opportunity_title,
                organization_id: row.organization_id,
            },
            volunteer_erased: row.volunteer_erased_at.is_some(),
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[schema(example = json!({"reason": "All places for this shift went to volunteers with first-aid training."}))]
pub struct RejectApplicationRequest {
    /// Shown to the volunteer: 1 to 1 000 characters.
    #[schema(min_length = 1, max_length = 1000)]
    pub reason: String,
}

#[derive(Deserialize, ToSchema)]
#[schema(example = json!({"status": "attended", "hours": 3.5}))]
pub struct AttendanceRequest {
    /// `attended` or `no_show`.
    #[schema(value_type = schemas::Attendance)]
    pub status: String,
    /// For `attended`: hours, more than 0, at most the shift's length (to the minute).
    #[schema(exclusive_minimum = 0, maximum = 24)]
    pub hours: Option<f64>,
}

impl AttendanceRequest {
    /// Minutes attended, or `None` for a no-show.
    pub fn parse(&self) -> Result<Option<i32>, ApiError> {
        match (self.status.as_str(), self.hours) {
            ("attended", Some(hours)) if hours.is_finite() && hours > 0.0 && hours <= 24.0 => {
                Ok(Some((hours * 60.0).round().max(1.0) as i32))
            }
            ("attended", Some(_)) => Err(ApiError::invalid_field(
                "hours",
                "must be more than 0 and at most 24",
            )),
            ("attended", None) => Err(ApiError::invalid_field(
                "hours",
                "is required when the volunteer attended",
            )),
            ("no_show", None) => Ok(None),
            ("no_show", Some(_)) => Err(ApiError::invalid_field(
                "hours",
                "must be absent for a no-show",
            )),
            _ => Err(ApiError::invalid_field(
                "status",
                "must be `attended` or `no_show`",
            )),
        }
    }
}

/// A flag the request must set: the schema of `true` alone.
fn must_be_true() -> utoipa::openapi::Object {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::Boolean)
        .enum_values(Some([true]))
        .build()
}

#[derive(Deserialize, ToSchema)]
#[schema(example = json!({"register_checked_at": "2026-11-20T09:00:00Z", "criminal_record_certificate": true}))]
pub struct SafeguardingRequest {
    /// When the organisation checked the sex-offender register.
    pub register_checked_at: DateTime<Utc>,
    /// The organisation holds the volunteer's criminal-record certificate; must be true.
    #[schema(schema_with = must_be_true)]
    pub criminal_record_certificate: bool,
}

impl SafeguardingRequest {
    /// When the register was checked, once the body says a check was made
    /// that can be recorded: the certificate held, the date real and past.
    pub fn parse(self, now: DateTime<Utc>) -> Result<DateTime<Utc>, ApiError> {
        if !self.criminal_record_certificate {
            return Err(ApiError::invalid_field(
                "criminal_record_certificate",
                "must be true: the organisation must hold the certificate",
            ));
        }
        if let Err(err) = hop_domain::bounds::instant(self.register_checked_at) {
            return Err(ApiError::invalid_field("register_checked_at", err.message));
        }
        if self.register_checked_at > now {
            return Err(ApiError::invalid_field(
                "register_checked_at",
                "must not be in the future",
            ));
        }
        Ok(self.register_checked_at)
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OpportunityApplicationsQuery {
    /// Only sign-ups with this status.
    #[param(value_type = Option<schemas::ApplicationStatus>)]
    pub status: Option<String>,
    /// Only sign-ups for this shift.
    pub shift_id: Option<Uuid>,
    /// Items per page, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    #[param(pattern = "^[A-Za-z0-9_-]*$")]
    pub cursor: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MyApplicationsQuery {
    /// Only sign-ups with this status.
    #[param(value_type = Option<schemas::ApplicationStatus>)]
    pub status: Option<String>,
    /// `upcoming` (the shift has not ended) or `past`.
    #[param(value_type = Option<schemas::ShiftTime>)]
    pub when: Option<String>,
    /// Items per page, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    #[param(pattern = "^[A-Za-z0-9_-]*$")]
    pub cursor: Option<String>,
}
