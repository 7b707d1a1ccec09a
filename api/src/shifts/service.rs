//! The use cases of shifts: what a handler calls after parsing
//! and authorising (load, decide with the domain's rules, write, notify).

use super::store;
use chrono::{DateTime, Utc};
use diesel::PgConnection;
use hop_domain::opportunity::{Capacity, OpportunityStatus, ShiftTime, check_capacity_change};
use uuid::Uuid;

use super::model::{CreateShiftRequest, UpdateShiftRequest};
use super::store::{ShiftChanges, ShiftRow};
use crate::state::EmailOutbox;
use crate::{
    applications::{self, store as signups},
    error::ApiError,
    notifications::NotificationPayload,
    notifications::{self, NotificationKind},
    opportunities,
    validation::FieldCheck,
};

pub(super) fn not_found() -> ApiError {
    ApiError::NotFound("No shift with this id".into())
}

pub(super) fn shift_time(
    check: &mut FieldCheck,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<ShiftTime> {
    if starts_at <= now {
        check.fail("starts_at", "must be in the future");
        return None;
    }
    match ShiftTime::new(starts_at, ends_at) {
        Ok(time) => Some(time),
        Err((field, err)) => {
            check.fail(field, &err.message);
            None
        }
    }
}

pub fn create(
    conn: &mut PgConnection,
    opportunity: Uuid,
    member: Uuid,
    body: &CreateShiftRequest,
    now: DateTime<Utc>,
) -> Result<ShiftRow, ApiError> {
    let mut check = FieldCheck::default();
    let time = shift_time(&mut check, body.starts_at, body.ends_at, now);
    let capacity = check.check("capacity", Capacity::new(body.capacity));
    let (time, capacity) = check.finish(time.zip(capacity))?;
    let row = opportunities::managed(conn, opportunity, member)?;
    if opportunities::stored_status(&row)? == OpportunityStatus::Closed {
        return Err(ApiError::Conflict {
            kind: "opportunity-closed",
            detail: "The opportunity is closed; it takes no new shifts".into(),
        });
    }
    let capacity = i32::try_from(capacity.get()).map_err(ApiError::internal)?;
    let shift = store::insert(
        conn,
        opportunity,
        time.starts_at(),
        time.ends_at(),
        capacity,
    )?;
    opportunities::store::refresh_next_shift(conn, opportunity)?;
    Ok(shift)
}

/// The shift, locked, for one of its organisation's members to change.
pub(super) fn managed(
    conn: &mut PgConnection,
    id: Uuid,
    member: Uuid,
) -> Result<ShiftRow, ApiError> {
    let shift = store::find(conn, id)?.ok_or_else(not_found)?;
    opportunities::managed(conn, shift.opportunity_id, member).map_err(|err| match err {
        ApiError::NotFound(_) => not_found(),
        other => other,
    })?;
    let shift = store::find_for_update(conn, id)?.ok_or_else(not_found)?;
    if shift.cancelled_at.is_some() {
        return Err(ApiError::Conflict {
            kind: "shift-cancelled",
            detail: "The shift was cancelled".into(),
        });
    }
    Ok(shift)
}

pub(super) fn notify_signed_up(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    shift: &ShiftRow,
    kind: NotificationKind,
) -> Result<(), ApiError> {
    let volunteers = signups::live_volunteers(conn, shift.id)?;
    if volunteers.is_empty() {
        return Ok(());
    }
    let title = opportunities::store::find(conn, shift.opportunity_id)?.map(|o| o.title);
    let payload = NotificationPayload {
        shift_id: Some(shift.id),
        opportunity_id: Some(shift.opportunity_id),
        opportunity_title: title,
        starts_at: Some(shift.starts_at),
        ends_at: Some(shift.ends_at),
        ..NotificationPayload::default()
    };
    notifications::record(conn, outbox, &volunteers, kind, &payload)?;
    Ok(())
}

pub fn update(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    id: Uuid,
    member: Uuid,
    body: &UpdateShiftRequest,
    now: DateTime<Utc>,
) -> Result<ShiftRow, ApiError> {
    let current = managed(conn, id, member)?;
    let mut check = FieldCheck::default();
    let starts_at = body.starts_at.unwrap_or(current.starts_at);
    let ends_at = body.ends_at.unwrap_or(current.ends_at);
    let moves = starts_at != current.starts_at || ends_at != current.ends_at;
    let time = if moves {
        shift_time(&mut check, starts_at, ends_at, now)
    } else {
        None
    };
    let capacity = body
        .capacity
        .and_then(|places| check.check("capacity", Capacity::new(places)));
    check.finish(Some(()))?;
    if let Some(capacity) = capacity {
        let confirmed = u32::try_from(current.confirmed_count).unwrap_or(0);
        check_capacity_change(capacity, confirmed)
            .map_err(|err| ApiError::conflict("capacity-below-confirmed", err))?;
    }
    let changes = ShiftChanges {
        starts_at: time.map(ShiftTime::starts_at),
        ends_at: time.map(ShiftTime::ends_at),
        capacity: capacity
            .map(|c| i32::try_from(c.get()))
            .transpose()
            .map_err(ApiError::internal)?,
        updated_at: Some(now),
    };
    let mut updated = store::update(conn, id, &changes)?;
    if let Some(time) = time {
        // The shift moved: its calendar events take a higher SEQUENCE.
        store::revise(conn, id)?;
        signups::move_period(conn, id, time.starts_at(), time.ends_at())?;
        opportunities::store::refresh_next_shift(conn, updated.opportunity_id)?;
        notify_signed_up(conn, outbox, &updated, NotificationKind::ShiftChanged)?;
        // Ages count on the shift's day: a new day may leave someone too young.
        applications::recheck(conn, outbox, signups::Scope::Shift(id), now)?;
        updated = store::find(conn, id)?.ok_or_else(not_found)?;
    }
    if capacity.is_some() {
        updated = applications::fill_free_places(conn, outbox, updated, now)?;
    }
    Ok(updated)
}

/// Cancels the shift; every sign-up stays, and everyone signed up is told.
pub fn cancel(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    id: Uuid,
    member: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let shift = managed(conn, id, member)?;
    let cancelled = store::cancel(conn, shift.id, now)?;
    notify_signed_up(conn, outbox, &cancelled, NotificationKind::ShiftCancelled)?;
    signups::release_period(conn, shift.id)?;
    opportunities::store::refresh_next_shift(conn, shift.opportunity_id)?;
    Ok(())
}
