//! Use cases of the hours ledger.

use chrono::{DateTime, Utc};
use diesel::PgConnection;
use hop_domain::hours::{HourStatus, counting_entry, torun_date};
use uuid::Uuid;

use super::store::{self, NewHourEntry};
use crate::{
    applications::store::ApplicationRow, error::ApiError, opportunities::store::OpportunityRow,
    shifts::store::ShiftRow,
};

/// Puts the attendance just recorded for `application` on the ledger as an
/// approved entry: the first time a new entry; after that, when the minutes
/// changed, a correction of the entry that counts now (0 minutes for a
/// no-show voids it). Runs in the attendance's transaction.
pub fn record_attendance(
    conn: &mut PgConnection,
    application: &ApplicationRow,
    shift: &ShiftRow,
    opportunity: &OpportunityRow,
    member: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let minutes = application.minutes_attended.unwrap_or(0);
    let entries = store::for_application(conn, application.id)?;
    let current = counting_entry(&entries, |entry| entry.id, |entry| entry.corrects_id);
    let counted = current.map_or(0, |entry| entry.minutes);
    if counted == minutes {
        return Ok(());
    }
    store::insert(
        conn,
        &NewHourEntry {
            volunteer_id: application.volunteer_id,
            organization_id: opportunity.organization_id,
            opportunity_id: Some(opportunity.id),
            application_id: Some(application.id),
            work_date: torun_date(shift.starts_at),
            minutes,
            description: "",
            status: HourStatus::Approved.as_str(),
            corrects_id: current.map(|entry| entry.id),
            decided_by: Some(member),
            decided_at: Some(now),
        },
    )?;
    Ok(())
}
