//! Bodies of the hours endpoints.

use chrono::{DateTime, NaiveDate, Utc};
use hop_domain::{hours::HoursDescription, organization::RejectionReason};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::{
    service::{Report, ReportFor},
    store::{EntryRow, TotalRow},
};
use crate::{
    error::{ApiError, FieldError},
    schemas,
};

/// The most entries one bulk decision takes.
pub const MAX_BULK: usize = 100;

#[derive(Debug, Deserialize, ToSchema)]
#[schema(example = json!({
    "organization_id": "5b1c9e2a-7d3f-4a8b-9c6e-1f2a3b4c5d6e",
    "work_date": "2026-11-28",
    "minutes": 150,
    "description": "Sorted winter clothes at the warehouse"
}))]
pub struct ReportHoursRequest {
    /// A sign-up of the caller's whose shift they worked: attended,
    /// confirmed and started, or recorded absent. When the organisation
    /// already recorded hours for it, this is a correction of them.
    pub application_id: Option<Uuid>,
    /// An organisation the caller worked for outside any shift.
    pub organization_id: Option<Uuid>,
    /// An approved entry of the caller's that this corrects.
    pub corrects_id: Option<Uuid>,
    /// The day of the work in Toruń's calendar, not in the future and not
    /// before 2000. Required with `organization_id`; with a sign-up or a
    /// correction it is the shift's or the entry's date and may be left out.
    pub work_date: Option<NaiveDate>,
    /// More than 0; at most the shift's length for a sign-up, else 1 440
    /// (a day); with the caller's other hours that day, at most 24 hours.
    #[schema(minimum = 1, maximum = 1440)]
    pub minutes: i64,
    /// What the work was: up to 1 000 characters.
    #[schema(max_length = 1000)]
    pub description: Option<String>,
}

impl ReportHoursRequest {
    /// Exactly one of a sign-up, an organisation or a corrected entry.
    pub fn parse(self) -> Result<Report, ApiError> {
        let mut errors = Vec::new();
        let targets = [
            self.application_id.map(ReportFor::Application),
            self.organization_id.map(ReportFor::Organization),
            self.corrects_id.map(ReportFor::Correction),
        ];
        let mut given = targets.into_iter().flatten();
        let target = match (given.next(), given.next()) {
            (Some(target), None) => Some(target),
            (None, _) => {
                errors.push(FieldError::new(
                    "application_id",
                    "or `organization_id` or `corrects_id` is required: what the hours are for",
                ));
                None
            }
            (Some(_), Some(_)) => {
                errors.push(FieldError::new(
                    "application_id",
                    "`organization_id` and `corrects_id` exclude each other: give one",
                ));
                None
            }
        };
        let description = match HoursDescription::parse(self.description.as_deref().unwrap_or("")) {
            Ok(description) => Some(description),
            Err(invalid) => {
                errors.push(FieldError::new("description", invalid.message));
                None
            }
        };
        match (target, description) {
            (Some(target), Some(description)) if errors.is_empty() => Ok(Report {
                target,
                work_date: self.work_date,
                minutes: self.minutes,
                description: description.as_str().to_owned(),
            }),
            _ => Err(ApiError::Validation(errors)),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[schema(example = json!({"reason": "Nobody from our team saw you at the warehouse that day."}))]
pub struct RejectHoursRequest {
    /// Shown to the volunteer: 1 to 1 000 characters.
    #[schema(min_length = 1, max_length = 1000)]
    pub reason: String,
}

impl RejectHoursRequest {
    pub fn parse(&self) -> Result<RejectionReason, ApiError> {
        RejectionReason::parse(&self.reason)
            .map_err(|invalid| ApiError::invalid_field("reason", invalid.message))
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[schema(example = json!({"ids": ["3c9e1a7b-5d2f-4e8a-9b6c-0d1e2f3a4b5c"]}))]
pub struct ApproveHoursRequest {
    /// Pending entries of the organisation, 1 to 100, each once.
    #[schema(min_items = 1, max_items = 100)]
    pub ids: Vec<Uuid>,
}

impl ApproveHoursRequest {
    pub fn parse(self) -> Result<Vec<Uuid>, ApiError> {
        if self.ids.is_empty() || self.ids.len() > MAX_BULK {
            return Err(ApiError::invalid_field(
                "ids",
                format!("must hold 1 to {MAX_BULK} ids"),
            ));
        }
        let mut sorted = self.ids.clone();
        sorted.sort_unstable();
        if sorted.windows(2).any(|pair| pair[0] == pair[1]) {
            return Err(ApiError::invalid_field("ids", "must name each entry once"));
        }
        Ok(self.ids)
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HoursQuery {
    /// Only entries with this status.
    #[param(value_type = Option<schemas::HourStatus>)]
    pub status: Option<String>,
    /// Items per page, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    #[param(pattern = "^[A-Za-z0-9_-]*$")]
    pub cursor: Option<String>,
}

/// The organisation hours were worked for.
#[derive(Debug, Serialize, ToSchema)]
pub struct HoursOrganization {
    pub id: Uuid,
    pub name: String,
}

/// The opportunity hours were worked on.
#[derive(Debug, Serialize, ToSchema)]
pub struct HoursOpportunity {
    pub id: Uuid,
    pub title: String,
    #[schema(value_type = schemas::Cause)]
    pub cause: String,
}

/// An entry of the hours ledger.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "3c9e1a7b-5d2f-4e8a-9b6c-0d1e2f3a4b5c",
    "volunteer_id": "0b9f7c1e-4d7a-4a55-9d0e-3c1b2a5e8f10",
    "volunteer_name": "Aistė Kazlauskaitė",
    "volunteer_erased": false,
    "organization": {"id": "5b1c9e2a-7d3f-4a8b-9c6e-1f2a3b4c5d6e", "name": "Bank Żywności w Toruniu"},
    "opportunity": null,
    "application_id": null,
    "work_date": "2026-11-28",
    "minutes": 150,
    "description": "Sorted winter clothes at the warehouse",
    "status": "pending",
    "rejection_reason": null,
    "corrects_id": null,
    "counts": false,
    "decided_at": null,
    "created_at": "2026-11-28T18:00:00Z"
}))]
pub struct HourEntry {
    pub id: Uuid,
    /// Null if the volunteer's account was deleted outright (the hours stay).
    #[schema(required = true)]
    pub volunteer_id: Option<Uuid>,
    /// The volunteer's name; `erased volunteer` once their account is
    /// erased (with `volunteer_erased`), null if it was deleted outright.
    #[schema(required = true)]
    pub volunteer_name: Option<String>,
    /// The volunteer erased their account: the hours stay, without them.
    pub volunteer_erased: bool,
    pub organization: HoursOrganization,
    /// Null for work outside any opportunity.
    #[schema(required = true)]
    pub opportunity: Option<HoursOpportunity>,
    /// The sign-up whose shift this was, if any.
    #[schema(required = true)]
    pub application_id: Option<Uuid>,
    /// The day of the work, in Toruń's calendar.
    pub work_date: NaiveDate,
    /// 0 only for a correction that voids what it corrects.
    #[schema(minimum = 0, maximum = 1440)]
    pub minutes: i32,
    pub description: String,
    #[schema(value_type = schemas::HourStatus)]
    pub status: String,
    /// Why the organisation rejected it; null unless `rejected`.
    #[schema(required = true)]
    pub rejection_reason: Option<String>,
    /// The entry this corrects: when approved, its minutes replace that one's.
    #[schema(required = true)]
    pub corrects_id: Option<Uuid>,
    /// Whether its minutes count in totals and certificates now: approved,
    /// and no approved entry corrects it.
    pub counts: bool,
    #[schema(required = true)]
    pub decided_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl From<EntryRow> for HourEntry {
    fn from(row: EntryRow) -> Self {
        let opportunity = match (row.opportunity_id, row.opportunity_title, row.cause) {
            (Some(id), Some(title), Some(cause)) => Some(HoursOpportunity { id, title, cause }),
            _ => None,
        };
        Self {
            id: row.id,
            volunteer_id: row.volunteer_id,
            volunteer_name: row.volunteer_name,
            volunteer_erased: row.volunteer_erased,
            organization: HoursOrganization {
                id: row.organization_id,
                name: row.organization_name,
            },
            opportunity,
            application_id: row.application_id,
            work_date: row.work_date,
            minutes: row.minutes,
            description: row.description,
            status: row.status,
            rejection_reason: row.rejection_reason,
            corrects_id: row.corrects_id,
            counts: row.counts,
            decided_at: row.decided_at,
            created_at: row.created_at,
        }
    }
}

/// Approved minutes of one organisation.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganizationMinutes {
    pub organization_id: Uuid,
    pub organization_name: String,
    pub minutes: i64,
}

/// Approved minutes of one month.
#[derive(Debug, Serialize, ToSchema)]
pub struct MonthMinutes {
    /// `YYYY-MM`, in Toruń's calendar.
    #[schema(pattern = "^[0-9]{4}-[0-9]{2}$", example = "2026-11")]
    pub month: String,
    pub minutes: i64,
}

/// Approved minutes of one cause.
#[derive(Debug, Serialize, ToSchema)]
pub struct CauseMinutes {
    /// Null for work outside any opportunity.
    #[schema(value_type = Option<schemas::Cause>, required = true)]
    pub cause: Option<String>,
    pub minutes: i64,
}

/// The caller's hours summed: what counts (approved, not corrected) by
/// organisation (most first), month (oldest first) and cause (most first),
/// and what still waits for a decision.
#[derive(Debug, Serialize, ToSchema)]
pub struct HourTotals {
    pub approved_minutes: i64,
    pub pending_minutes: i64,
    pub by_organization: Vec<OrganizationMinutes>,
    pub by_month: Vec<MonthMinutes>,
    pub by_cause: Vec<CauseMinutes>,
}

impl HourTotals {
    pub fn of(rows: Vec<TotalRow>, pending_minutes: i64) -> Self {
        let names: std::collections::HashMap<Uuid, String> = rows
            .iter()
            .map(|row| (row.organization_id, row.organization_name.clone()))
            .collect();
        let totals = hop_domain::hours::Totals::of(
            rows.into_iter()
                .map(|row| (row.organization_id, row.month, row.cause, row.minutes)),
        );
        let mut by_organization: Vec<OrganizationMinutes> = totals
            .by_organization
            .into_iter()
            .map(|(id, minutes)| OrganizationMinutes {
                organization_name: names.get(&id).cloned().unwrap_or_default(),
                organization_id: id,
                minutes,
            })
            .collect();
        by_organization.sort_by(|a, b| {
            b.minutes
                .cmp(&a.minutes)
                .then(a.organization_name.cmp(&b.organization_name))
        });
        let by_month = totals
            .by_month
            .into_iter()
            .map(|((year, month), minutes)| MonthMinutes {
                month: format!("{year:04}-{month:02}"),
                minutes,
            })
            .collect();
        let mut by_cause: Vec<CauseMinutes> = totals
            .by_cause
            .into_iter()
            .map(|(cause, minutes)| CauseMinutes { cause, minutes })
            .collect();
        by_cause.sort_by(|a, b| b.minutes.cmp(&a.minutes).then(a.cause.cmp(&b.cause)));
        Self {
            approved_minutes: totals.minutes,
            pending_minutes,
            by_organization,
            by_month,
            by_cause,
        }
    }
}

/// A page of the caller's entries, newest first, with their totals.
#[derive(Debug, Serialize, ToSchema)]
pub struct MyHours {
    pub items: Vec<HourEntry>,
    /// Pass as `cursor` for the next page; null on the last page.
    #[schema(required = true)]
    pub next_cursor: Option<String>,
    /// Over all the caller's entries, not only this page.
    pub totals: HourTotals,
}
