//! Bodies of the shift endpoints.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::store::ShiftRow;

#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "8b2d4f6a-1c3e-4a5b-9d7f-2e4a6c8b0d1f",
    "opportunity_id": "9a1d3c5e-7f2b-4d6a-8c0e-1b3d5f7a9c2e",
    "starts_at": "2026-12-05T09:00:00Z",
    "ends_at": "2026-12-05T12:00:00Z",
    "capacity": 5,
    "confirmed_count": 3,
    "waitlist_count": 0,
    "cancelled": false
}))]
pub struct Shift {
    pub id: Uuid,
    pub opportunity_id: Uuid,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub capacity: i32,
    pub confirmed_count: i32,
    pub waitlist_count: i32,
    pub cancelled: bool,
}

impl From<ShiftRow> for Shift {
    fn from(row: ShiftRow) -> Self {
        Self {
            id: row.id,
            opportunity_id: row.opportunity_id,
            starts_at: row.starts_at,
            ends_at: row.ends_at,
            capacity: row.capacity,
            confirmed_count: row.confirmed_count,
            waitlist_count: row.waitlist_count,
            cancelled: row.cancelled_at.is_some(),
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[schema(example = json!({"starts_at": "2026-12-05T09:00:00+01:00", "ends_at": "2026-12-05T12:00:00+01:00", "capacity": 5}))]
pub struct CreateShiftRequest {
    /// RFC 3339, in the future (and before the year 10000).
    pub starts_at: DateTime<Utc>,
    /// After `starts_at`, at most 24 hours later.
    pub ends_at: DateTime<Utc>,
    /// 1 to 10 000.
    #[schema(minimum = 1, maximum = 10000)]
    pub capacity: i64,
}

#[derive(Deserialize, ToSchema)]
#[schema(example = json!({"capacity": 8}))]
pub struct UpdateShiftRequest {
    #[serde(default, deserialize_with = "crate::json::not_null")]
    #[schema(value_type = DateTime<Utc>)]
    pub starts_at: Option<DateTime<Utc>>,
    #[serde(default, deserialize_with = "crate::json::not_null")]
    #[schema(value_type = DateTime<Utc>)]
    pub ends_at: Option<DateTime<Utc>>,
    /// Not below the number already confirmed.
    #[serde(default, deserialize_with = "crate::json::not_null")]
    #[schema(value_type = i64)]
    #[schema(minimum = 1, maximum = 10000)]
    pub capacity: Option<i64>,
}
