//! Notifications: one row per event for its recipient. Recorded in the same
//! transaction as the event, so an event is never without its notification.

use diesel::prelude::*;
use uuid::Uuid;

use crate::schema::notifications;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotificationKind {
    OrganizationVerified,
    OrganizationRejected,
    SignupConfirmed,
    SignupPending,
    SignupWaitlisted,
    SignupPromoted,
    SignupRejected,
    ShiftChanged,
    ShiftCancelled,
}

impl NotificationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::OrganizationVerified => "organization_verified",
            Self::OrganizationRejected => "organization_rejected",
            Self::SignupConfirmed => "signup_confirmed",
            Self::SignupPending => "signup_pending",
            Self::SignupWaitlisted => "signup_waitlisted",
            Self::SignupPromoted => "signup_promoted",
            Self::SignupRejected => "signup_rejected",
            Self::ShiftChanged => "shift_changed",
            Self::ShiftCancelled => "shift_cancelled",
        }
    }
}

pub fn record(
    conn: &mut PgConnection,
    recipients: &[Uuid],
    kind: NotificationKind,
    payload: &serde_json::Value,
) -> QueryResult<usize> {
    let rows: Vec<_> = recipients
        .iter()
        .map(|recipient| {
            (
                notifications::recipient_id.eq(*recipient),
                notifications::kind.eq(kind.as_str()),
                notifications::payload.eq(payload),
            )
        })
        .collect();
    diesel::insert_into(notifications::table)
        .values(rows)
        .execute(conn)
}
