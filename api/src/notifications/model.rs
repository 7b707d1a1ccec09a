//! Bodies of the notification endpoints.

use chrono::{DateTime, Utc};
use hop_domain::{i18n::Lang, notification};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::store::NotificationRow;
use crate::{error::ApiError, schemas};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct NotificationListQuery {
    /// `true`: only the notifications not read yet.
    pub unread: Option<bool>,
    /// Items per page, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    #[param(pattern = "^[A-Za-z0-9_-]*$")]
    pub cursor: Option<String>,
}

/// Something that happened that concerns the caller.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "6d1f9a3e-8b2c-4e7d-a5f0-1c3b5d7e9f20",
    "kind": "signup_promoted",
    "title": "A place has become free",
    "body": "A place has become free on the shift “Food bank sorting” on Saturday 5 December 2026 at 09:00, and it is yours: your sign-up is now confirmed.",
    "payload": {
        "shift_id": "8b2d4f6a-1c3e-4a5b-9d7f-2e4a6c8b0d1f",
        "opportunity_id": "2a4c6e8f-0b1d-4f3a-8c5e-7d9f1b3a5c7e",
        "opportunity_title": "Food bank sorting",
        "starts_at": "2026-12-05T08:00:00Z"
    },
    "created_at": "2026-11-25T10:00:00Z",
    "read_at": null
}))]
pub struct Notification {
    pub id: Uuid,
    /// `organization_verified`, `organization_rejected`, `signup_confirmed`,
    /// `signup_pending`, `signup_waitlisted`, `signup_promoted`,
    /// `signup_rejected`, `signup_released`, `shift_changed`, `shift_cancelled`,
    /// `member_invited`, `hours_approved` or `hours_rejected`.
    #[schema(value_type = schemas::NotificationKind)]
    pub kind: String,
    /// A short title in the caller's preferred language.
    pub title: String,
    /// What happened, in whole sentences, in the caller's preferred
    /// language; shift times are Toruń's local time.
    pub body: String,
    /// The facts of the event, for clients that link to what it concerns:
    /// ids (`organization_id`, `opportunity_id`, `shift_id`), names, times.
    #[schema(value_type = NotificationPayload)]
    pub payload: serde_json::Value,
    pub created_at: DateTime<Utc>,
    /// When the caller marked it read; null while unread.
    #[schema(required = true)]
    pub read_at: Option<DateTime<Utc>>,
}

impl Notification {
    /// The notification with its text in `lang`.
    pub fn render(row: NotificationRow, lang: Lang) -> Result<Self, ApiError> {
        let kind = notification::NotificationKind::parse(&row.kind)
            .map_err(|err| ApiError::internal(err.message))?;
        let text = notification::render(kind, &super::facts(&row.payload), lang);
        Ok(Self {
            id: row.id,
            kind: row.kind,
            title: text.title,
            body: text.body,
            payload: row.payload,
            created_at: row.created_at,
            read_at: row.read_at,
        })
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NotificationPage {
    /// Newest first.
    pub items: Vec<Notification>,
    /// Pass as `cursor` for the next page; null on the last page.
    #[schema(required = true)]
    pub next_cursor: Option<String>,
    /// How many of the caller's notifications are unread, on every page.
    #[schema(example = 3)]
    pub unread_count: i64,
}

#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"marked_read": 3}))]
pub struct MarkedRead {
    /// How many notifications were unread and are now read.
    pub marked_read: u64,
}

/// The facts of a notification's event, for clients that link to what it
/// concerns. Which are present depends on the kind: an organisation's review
/// names the organisation (and the reason of a rejection); an invitation,
/// the organisation, the invitation, the role and when it expires; a
/// sign-up's or a shift's news, the shift, its opportunity and its times
/// (and the reason of a rejection); a decision on hours, the organisation,
/// the entry, its date and minutes, and its opportunity when it has one
/// (and the reason of a rejection). Older notifications may carry `null`
/// for a fact that was not known.
#[derive(Debug, Default, Serialize, ToSchema)]
pub struct NotificationPayload {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invitation_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<schemas::MemberRole>)]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shift_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opportunity_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opportunity_title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The agreement proposed or terminated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agreement_id: Option<Uuid>,
    /// The hours entry decided on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hour_entry_id: Option<Uuid>,
    /// The date the hours were worked on (Toruń's calendar).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub work_date: Option<chrono::NaiveDate>,
    /// The minutes of the hours decided on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes: Option<i32>,
}
