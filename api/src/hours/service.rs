//! Use cases of the hours ledger.
//!
//! Locks are taken in one order so no two of these wait on each other in
//! a cycle: a sign-up's shift, then the volunteer's ledger (an advisory
//! lock), then entries being decided, then the entry a change corrects.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::PgConnection;
use hop_domain::{
    hours::{
        self, Decidable, Decision, DecisionRefused, HourStatus, MAX_PENDING_PER_ORGANIZATION,
        Minutes, MinutesLimit, ReportRefused, counting_entry, fits_in_day, torun_date,
    },
    signup::ApplicationStatus,
};
use uuid::Uuid;

use super::store::{self, EntryRow, LockedEntry, NewHourEntry};
use crate::{
    applications::store::ApplicationRow,
    error::ApiError,
    notifications::{self, NotificationKind, model::NotificationPayload},
    opportunities::store::OpportunityRow,
    pagination::{Page, PageRequest},
    shifts::store::ShiftRow,
    state::EmailOutbox,
};

/// What a volunteer reports hours for.
#[derive(Debug, Clone, Copy)]
pub enum ReportFor {
    /// A sign-up of theirs whose shift they worked.
    Application(Uuid),
    /// Work for an organisation outside any shift.
    Organization(Uuid),
    /// A correction of an approved entry of theirs.
    Correction(Uuid),
}

/// Hours a volunteer reports, as parsed from the request.
#[derive(Debug, Clone)]
pub struct Report {
    pub target: ReportFor,
    pub work_date: Option<NaiveDate>,
    pub minutes: i64,
    pub description: String,
}

fn entry_not_found() -> ApiError {
    ApiError::NotFound("No hours entry with this id".into())
}

fn missing(what: &str) -> ApiError {
    ApiError::internal(format!("{what} of a stored row is missing"))
}

/// Where the new entry belongs and what bounds it, before its minutes.
struct Placement {
    organization_id: Uuid,
    opportunity_id: Option<Uuid>,
    application_id: Option<Uuid>,
    work_date: NaiveDate,
    limit: MinutesLimit,
    corrects: Option<Uuid>,
    /// The minutes the corrected entry holds (a correction must change them).
    corrected_minutes: Option<i32>,
}

fn shift_limit(shift: &ShiftRow) -> MinutesLimit {
    MinutesLimit::Shift {
        starts_at: shift.starts_at,
        ends_at: shift.ends_at,
    }
}

/// The date the entry is on: the one its work fixes, which a given date
/// must match.
fn fixed_date(
    given: Option<NaiveDate>,
    fixed: NaiveDate,
    whose: &str,
) -> Result<NaiveDate, ApiError> {
    match given {
        Some(date) if date != fixed => Err(ApiError::invalid_field(
            "work_date",
            format!("must be {whose} date ({fixed}) or left out"),
        )),
        _ => Ok(fixed),
    }
}

fn sign_up_of(
    conn: &mut PgConnection,
    id: Uuid,
) -> Result<(ApplicationRow, ShiftRow, OpportunityRow), ApiError> {
    let application =
        crate::applications::store::find(conn, id)?.ok_or_else(|| missing("a sign-up"))?;
    let shift = crate::shifts::store::find(conn, application.shift_id)?
        .ok_or_else(|| missing("a shift"))?;
    let opportunity = crate::opportunities::store::find(conn, shift.opportunity_id)?
        .ok_or_else(|| missing("an opportunity"))?;
    Ok((application, shift, opportunity))
}

fn place_for_application(
    conn: &mut PgConnection,
    volunteer: Uuid,
    id: Uuid,
    given_date: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> Result<Placement, ApiError> {
    let owned = crate::applications::store::find(conn, id)?
        .is_some_and(|application| application.volunteer_id == volunteer);
    if !owned {
        return Err(ApiError::NotFound(
            "No sign-up of yours with this id".into(),
        ));
    }
    let (application, shift, opportunity) = sign_up_of(conn, id)?;
    let status = ApplicationStatus::parse(&application.status)
        .map_err(|err| ApiError::internal(err.message))?;
    hours::reportable(status, shift.starts_at <= now, shift.cancelled_at.is_some()).map_err(
        |refused| match refused {
            ReportRefused::NotWorked => ApiError::conflict("not-worked", refused),
            ReportRefused::ShiftCancelled => ApiError::conflict("shift-cancelled", refused),
        },
    )?;
    if store::has_pending_for_application(conn, id)? {
        return Err(already_reported());
    }
    let chain = store::approved_for_application(conn, id)?;
    let current = counting_entry(&chain, |entry| entry.id, |entry| entry.corrects_id);
    if let Some(current) = current {
        // The change corrects the entry that counts now; hold it still.
        store::lock(conn, current.id)?;
    }
    Ok(Placement {
        organization_id: opportunity.organization_id,
        opportunity_id: Some(opportunity.id),
        application_id: Some(id),
        work_date: fixed_date(given_date, torun_date(shift.starts_at), "the shift's")?,
        limit: shift_limit(&shift),
        corrects: current.map(|entry| entry.id),
        corrected_minutes: current.map(|entry| entry.minutes),
    })
}

fn already_reported() -> ApiError {
    ApiError::conflict(
        "already-reported",
        "hours for this are already waiting for the organisation's decision",
    )
}

fn place_for_organization(
    conn: &mut PgConnection,
    volunteer: Uuid,
    organization: Uuid,
    given_date: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> Result<Placement, ApiError> {
    // Hours are reported only to organisations the city verified: a
    // certificate of them is signed by HOP.
    let (row, _) = crate::organizations::visible(conn, organization, Some(volunteer))?;
    if row.status != hop_domain::organization::OrganizationStatus::Verified.as_str() {
        return Err(ApiError::conflict(
            "organization-not-verified",
            "the organisation is not verified by the city yet; hours are reported once it is",
        ));
    }
    let date = given_date.ok_or_else(|| {
        ApiError::invalid_field("work_date", "is required for work outside a shift")
    })?;
    let work_date = hours::work_date(date, now)
        .map_err(|invalid| ApiError::invalid_field("work_date", invalid.message))?;
    Ok(Placement {
        organization_id: organization,
        opportunity_id: None,
        application_id: None,
        work_date,
        limit: MinutesLimit::Day,
        corrects: None,
        corrected_minutes: None,
    })
}

fn place_for_correction(
    conn: &mut PgConnection,
    volunteer: Uuid,
    id: Uuid,
    given_date: Option<NaiveDate>,
) -> Result<Placement, ApiError> {
    let entry = store::lock(conn, id)?
        .filter(|entry| entry.volunteer_id == Some(volunteer))
        .ok_or_else(entry_not_found)?;
    if !store::counts(conn, id)? {
        return Err(ApiError::conflict(
            "not-counting",
            "only an approved entry that nothing has corrected can be corrected",
        ));
    }
    let row = store::find(conn, id)?.ok_or_else(entry_not_found)?;
    let limit = match row.application_id {
        Some(application) => shift_limit(&sign_up_of(conn, application)?.1),
        None => MinutesLimit::Day,
    };
    if store::has_pending_correction(conn, id)? {
        return Err(already_reported());
    }
    if let Some(application) = row.application_id
        && store::has_pending_for_application(conn, application)?
    {
        return Err(already_reported());
    }
    Ok(Placement {
        organization_id: entry.organization_id,
        opportunity_id: row.opportunity_id,
        application_id: row.application_id,
        work_date: fixed_date(given_date, entry.work_date, "the corrected entry's")?,
        limit,
        corrects: Some(id),
        corrected_minutes: Some(entry.minutes),
    })
}

/// Records hours the volunteer reports, pending the organisation's
/// decision; a report for a sign-up whose hours are on record corrects them.
pub fn report(
    conn: &mut PgConnection,
    volunteer: Uuid,
    report: &Report,
    now: DateTime<Utc>,
) -> Result<EntryRow, ApiError> {
    store::lock_volunteer(conn, volunteer)?;
    let place = match report.target {
        ReportFor::Application(id) => {
            place_for_application(conn, volunteer, id, report.work_date, now)?
        }
        ReportFor::Organization(id) => {
            place_for_organization(conn, volunteer, id, report.work_date, now)?
        }
        ReportFor::Correction(id) => place_for_correction(conn, volunteer, id, report.work_date)?,
    };
    let minutes = Minutes::new(report.minutes, place.limit)
        .map_err(|invalid| ApiError::invalid_field("minutes", invalid.message))?;
    let minutes = i32::from(minutes.get());
    if place.corrected_minutes == Some(minutes) {
        return Err(ApiError::invalid_field(
            "minutes",
            "are what the entry on record already says; a correction changes them",
        ));
    }
    let waiting = store::pending_count(conn, volunteer, place.organization_id)?;
    if waiting >= MAX_PENDING_PER_ORGANIZATION {
        return Err(ApiError::conflict(
            "too-many-pending",
            format!(
                "{MAX_PENDING_PER_ORGANIZATION} entries already wait for this organisation's decision; \
                 report more once it has decided on them"
            ),
        ));
    }
    let others = store::day_minutes(conn, volunteer, place.work_date, place.corrects, None)?;
    fits_in_day(others, i64::from(minutes))
        .map_err(|invalid| ApiError::invalid_field("minutes", invalid.message))?;
    let id = store::insert(
        conn,
        &NewHourEntry {
            volunteer_id: volunteer,
            organization_id: place.organization_id,
            opportunity_id: place.opportunity_id,
            application_id: place.application_id,
            work_date: place.work_date,
            minutes,
            description: &report.description,
            status: HourStatus::Pending.as_str(),
            corrects_id: place.corrects,
            decided_by: None,
            decided_at: None,
        },
    )?;
    store::find(conn, id)?.ok_or_else(entry_not_found)
}

fn refused(entry: Uuid, refusal: DecisionRefused) -> ApiError {
    let kind = match refusal {
        DecisionRefused::AlreadyDecided(_) => "already-decided",
        DecisionRefused::OwnEntry => "own-entry",
        DecisionRefused::Superseded => "superseded",
    };
    ApiError::Conflict {
        kind,
        detail: format!("Entry {entry}: {refusal}."),
    }
}

/// The status `decision` gives the locked entry, by the domain's rule;
/// holds the entry a correction corrects while it is checked.
fn status_after(
    conn: &mut PgConnection,
    entry: &LockedEntry,
    member: Uuid,
    decision: Decision,
) -> Result<HourStatus, ApiError> {
    let status = HourStatus::parse(&entry.status).map_err(|err| ApiError::internal(err.message))?;
    let corrected_still_counts = match entry.corrects_id {
        Some(corrected) if decision == Decision::Approve && status == HourStatus::Pending => {
            store::lock(conn, corrected)?;
            Some(store::counts(conn, corrected)?)
        }
        _ => None,
    };
    Decidable {
        status,
        own: entry.volunteer_id == Some(member),
        corrected_still_counts,
    }
    .decide(decision)
    .map_err(|refusal| refused(entry.id, refusal))
}

fn may_decide(conn: &mut PgConnection, organization: Uuid, member: Uuid) -> Result<(), ApiError> {
    let viewer = crate::organizations::viewer(conn, organization, Some(member))?;
    if viewer.can_decide_sign_ups() {
        Ok(())
    } else if viewer.is_staff {
        Err(ApiError::Forbidden(
            "Only the organisation's members decide on hours reported to it",
        ))
    } else {
        Err(entry_not_found())
    }
}

/// A page of the entries reported to `organization`, oldest first (a
/// review queue), only those with `status` when given, for its members
/// and city staff.
pub fn of_organization(
    conn: &mut PgConnection,
    organization: Uuid,
    user: Uuid,
    status: Option<HourStatus>,
    page: &PageRequest<(DateTime<Utc>, Uuid)>,
) -> Result<Page<EntryRow>, ApiError> {
    let (_, viewer) = crate::organizations::visible(conn, organization, Some(user))?;
    if !viewer.can_see_sign_ups() {
        return Err(ApiError::Forbidden(
            "Only the organisation's members and city staff see the hours reported to it",
        ));
    }
    let filter = store::ListFilter {
        volunteer: None,
        organization: Some(organization),
        status: status.map(HourStatus::as_str),
        oldest_first: true,
    };
    let rows = store::list(conn, &filter, page.after.as_ref(), page.fetch_limit())?;
    Ok(page.finish(rows, |row| (row.created_at, row.id), |row| row))
}

/// Approves or rejects (with `reason`) one pending entry, as a member of
/// its organisation, and tells the volunteer.
pub fn decide(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    id: Uuid,
    member: Uuid,
    decision: Decision,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<EntryRow, ApiError> {
    let entry = store::lock(conn, id)?.ok_or_else(entry_not_found)?;
    may_decide(conn, entry.organization_id, member)?;
    let status = status_after(conn, &entry, member, decision)?;
    store::decide(conn, id, status.as_str(), reason, member, now)?;
    let row = store::find(conn, id)?.ok_or_else(entry_not_found)?;
    notify(conn, outbox, std::slice::from_ref(&row), reason)?;
    Ok(row)
}

/// Approves the pending entries `ids` of `organization` together: all of
/// them or, when one may not be approved, none.
pub fn approve_many(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    organization: Uuid,
    ids: &[Uuid],
    member: Uuid,
    now: DateTime<Utc>,
) -> Result<Vec<EntryRow>, ApiError> {
    crate::organizations::visible(conn, organization, Some(member))?;
    may_decide(conn, organization, member).map_err(|err| match err {
        ApiError::NotFound(_) => {
            ApiError::Forbidden("Only the organisation's members decide on hours reported to it")
        }
        other => other,
    })?;
    let entries = store::lock_many(conn, organization, ids)?;
    if entries.len() != ids.len() {
        let unknown: Vec<String> = ids
            .iter()
            .filter(|id| !entries.iter().any(|entry| entry.id == **id))
            .map(Uuid::to_string)
            .collect();
        return Err(ApiError::invalid_field(
            "ids",
            format!(
                "name no hours entry of this organisation: {}",
                unknown.join(", ")
            ),
        ));
    }
    for entry in &entries {
        let status = status_after(conn, entry, member, Decision::Approve)?;
        store::decide(conn, entry.id, status.as_str(), None, member, now)?;
    }
    let rows = store::find_many(conn, ids)?;
    notify(conn, outbox, &rows, None)?;
    Ok(rows)
}

/// Tells each entry's volunteer the decision on it.
fn notify(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    rows: &[EntryRow],
    reason: Option<&str>,
) -> Result<(), ApiError> {
    for row in rows {
        let Some(volunteer) = row.volunteer_id else {
            continue;
        };
        let kind = match HourStatus::parse(&row.status) {
            Ok(HourStatus::Approved) => NotificationKind::HoursApproved,
            Ok(HourStatus::Rejected) => NotificationKind::HoursRejected,
            _ => continue,
        };
        let payload = NotificationPayload {
            organization_id: Some(row.organization_id),
            organization_name: Some(row.organization_name.clone()),
            opportunity_id: row.opportunity_id,
            opportunity_title: row.opportunity_title.clone(),
            hour_entry_id: Some(row.id),
            work_date: Some(row.work_date),
            minutes: Some(row.minutes),
            reason: reason.map(str::to_owned),
            ..NotificationPayload::default()
        };
        notifications::record(conn, outbox, &[volunteer], kind, &payload)?;
    }
    Ok(())
}

/// Puts the attendance just recorded for `application` on the ledger as an
/// approved entry: the first time a new entry; after that, when the minutes
/// changed, a correction of the entry that counts now (0 minutes for a
/// no-show voids it). Runs in the attendance's transaction, which holds
/// the shift's lock.
pub fn record_attendance(
    conn: &mut PgConnection,
    application: &ApplicationRow,
    shift: &ShiftRow,
    opportunity: &OpportunityRow,
    member: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    store::lock_volunteer(conn, application.volunteer_id)?;
    if store::has_pending_for_application(conn, application.id)? {
        return Err(ApiError::conflict(
            "hours-pending",
            "the volunteer reported hours for this sign-up; approve or reject them first",
        ));
    }
    let minutes = application.minutes_attended.unwrap_or(0);
    let entries = store::approved_for_application(conn, application.id)?;
    let current = counting_entry(&entries, |entry| entry.id, |entry| entry.corrects_id);
    let counted = current.map_or(0, |entry| entry.minutes);
    if counted == minutes {
        return Ok(());
    }
    let work_date = torun_date(shift.starts_at);
    let others = store::day_minutes(
        conn,
        application.volunteer_id,
        work_date,
        None,
        Some(application.id),
    )?;
    fits_in_day(others, i64::from(minutes))
        .map_err(|invalid| ApiError::invalid_field("hours", invalid.message))?;
    if let Some(current) = current {
        store::lock(conn, current.id)?;
    }
    store::insert(
        conn,
        &NewHourEntry {
            volunteer_id: application.volunteer_id,
            organization_id: opportunity.organization_id,
            opportunity_id: Some(opportunity.id),
            application_id: Some(application.id),
            work_date,
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

/// `volunteer`'s entries (a page, newest first, of one status when given)
/// and their totals over every entry (`GET /me/hours`, the hours page).
pub fn hours_of(
    conn: &mut PgConnection,
    volunteer: Uuid,
    status: Option<HourStatus>,
    page: &crate::pagination::PageRequest<(DateTime<Utc>, Uuid)>,
) -> Result<super::model::MyHours, ApiError> {
    let filter = store::ListFilter {
        volunteer: Some(volunteer),
        organization: None,
        status: status.map(HourStatus::as_str),
        oldest_first: false,
    };
    let rows = store::list(conn, &filter, page.after.as_ref(), page.fetch_limit())?;
    let crate::pagination::Page { items, next_cursor } = page.finish(
        rows,
        |row| (row.created_at, row.id),
        super::model::HourEntry::from,
    );
    let totals = super::model::HourTotals::of(
        store::totals(conn, volunteer)?,
        store::pending_minutes(conn, volunteer)?,
    );
    Ok(super::model::MyHours {
        items,
        next_cursor,
        totals,
    })
}
