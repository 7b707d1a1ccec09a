//! The use cases of applications: what a handler calls after parsing
//! and authorising (load, decide with the domain's rules, write, notify).

use super::store;
use chrono::{DateTime, Utc};
use diesel::PgConnection;
use hop_domain::agreement::Engagement;
use hop_domain::hours::{Minutes, MinutesLimit};
use hop_domain::opportunity::OpportunityStatus;
use hop_domain::signup::{
    ApplicationStatus, ConfirmationBlock, PendingReason, PlaceFacts, Promotion, SignupFacts,
    SignupRefusal, Standing, VolunteerFacts, age_on, check_confirmation, decide_signup, local_day,
    promotions, standing,
};
use uuid::Uuid;

use super::store::{ApplicationRow, LiveSignupRow, Scope};
use crate::state::EmailOutbox;
use crate::{
    error::ApiError,
    notifications::NotificationPayload,
    notifications::{self, NotificationKind},
    opportunities::{self, store::OpportunityRow},
    pagination::{Page, PageRequest},
    shifts::store::{self as shifts, ShiftRow},
};

pub(super) fn not_found() -> ApiError {
    ApiError::NotFound("No sign-up with this id".into())
}

pub(super) fn shift_not_found() -> ApiError {
    ApiError::NotFound("No shift with this id".into())
}

pub fn stored_status(row: &ApplicationRow) -> Result<ApplicationStatus, ApiError> {
    ApplicationStatus::parse(&row.status).map_err(|err| ApiError::internal(err.message))
}

impl From<SignupRefusal> for ApiError {
    fn from(refusal: SignupRefusal) -> Self {
        let kind = match refusal {
            SignupRefusal::NotPublished => "not-published",
            SignupRefusal::ShiftCancelled => "shift-cancelled",
            SignupRefusal::ShiftStarted => "shift-started",
            SignupRefusal::NoProfile => "profile-missing",
            SignupRefusal::NoBirthDate => "birth-date-missing",
            SignupRefusal::TooYoung { .. } => "too-young",
            SignupRefusal::MinorWithoutConsent => "guardian-consent-missing",
            SignupRefusal::AlreadySignedUp => "already-signed-up",
            SignupRefusal::Overlap => "overlap",
        };
        ApiError::conflict(kind, refusal)
    }
}

impl From<ConfirmationBlock> for ApiError {
    fn from(block: ConfirmationBlock) -> Self {
        match block {
            ConfirmationBlock::Ineligible(refusal) => refusal.into(),
            ConfirmationBlock::Overlap => SignupRefusal::Overlap.into(),
            ConfirmationBlock::SafeguardingMissing => ApiError::conflict(
                "safeguarding-missing",
                "This opportunity works with children: record the sex-offender register check \
                 and the criminal-record certificate first",
            ),
            ConfirmationBlock::AgreementRequired => ApiError::conflict(
                "agreement-required",
                "The volunteer's work with the organisation would span more than 30 days: \
                 an accepted written agreement must cover the shift's day first",
            ),
        }
    }
}

/// The place rules' facts of a live sign-up.
pub(super) fn place_facts(row: &LiveSignupRow) -> PlaceFacts {
    PlaceFacts {
        min_age: u8::try_from(row.min_age).unwrap_or(u8::MAX),
        works_with_children: row.works_with_children,
        safeguarding_recorded: row.safeguarding_recorded,
        volunteer: row.has_profile.then(|| VolunteerFacts {
            age_on_shift_day: row
                .birth_date
                .map(|birth| age_on(birth, local_day(row.starts_at))),
            guardian_consent: row.guardian_consent,
        }),
        engagement: Engagement {
            day: local_day(row.starts_at),
            other_work: row.other_first_day.zip(row.other_last_day),
            covered: row.agreement_covers,
        },
    }
}

pub(super) fn notify(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    volunteers: &[Uuid],
    kind: NotificationKind,
    shift: &ShiftRow,
    reason: Option<&str>,
) -> Result<(), ApiError> {
    if volunteers.is_empty() {
        return Ok(());
    }
    let title = opportunities::store::find(conn, shift.opportunity_id)?.map(|o| o.title);
    let payload = NotificationPayload {
        shift_id: Some(shift.id),
        opportunity_id: Some(shift.opportunity_id),
        opportunity_title: title,
        starts_at: Some(shift.starts_at),
        reason: reason.map(str::to_owned),
        ..NotificationPayload::default()
    };
    notifications::record(conn, outbox, volunteers, kind, &payload)?;
    Ok(())
}

/// Tells the volunteers whose sign-ups now wait for an agreement, and the
/// organisation's members that one is needed.
fn notify_agreement_required(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    volunteers: &[Uuid],
    shift: &ShiftRow,
) -> Result<(), ApiError> {
    if volunteers.is_empty() {
        return Ok(());
    }
    // One read of the opportunity for both notices (`notify` would read it again).
    let opportunity = opportunities::store::find(conn, shift.opportunity_id)?
        .ok_or_else(opportunities::not_found)?;
    let mut payload = NotificationPayload {
        shift_id: Some(shift.id),
        opportunity_id: Some(opportunity.id),
        opportunity_title: Some(opportunity.title),
        starts_at: Some(shift.starts_at),
        ..NotificationPayload::default()
    };
    notifications::record(
        conn,
        outbox,
        volunteers,
        NotificationKind::SignupAwaitsAgreement,
        &payload,
    )?;
    let members = crate::organizations::store::member_ids(conn, opportunity.organization_id)?;
    let organization = crate::organizations::store::find(conn, opportunity.organization_id)?;
    payload.organization_id = Some(opportunity.organization_id);
    payload.organization_name = organization.map(|o| o.name);
    notifications::record(
        conn,
        outbox,
        &members,
        NotificationKind::AgreementRequired,
        &payload,
    )?;
    Ok(())
}

/// Fills free places from the waitlist, first come first served, each
/// through the domain's confirmation rule: those whose promotion would
/// overlap another confirmed shift of theirs wait on; work with children
/// without a safeguarding record goes to review (`pending`) instead; those
/// who may no longer hold a place are released. The shift is locked.
pub fn fill_free_places(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    shift: ShiftRow,
    now: DateTime<Utc>,
) -> Result<ShiftRow, ApiError> {
    let free = usize::try_from(shift.capacity - shift.confirmed_count).unwrap_or(0);
    if free == 0 || shift.waitlist_count == 0 || shift.cancelled_at.is_some() {
        return Ok(shift);
    }
    let queue = store::live_signups(
        conn,
        Scope::Shift(shift.id),
        Some(ApplicationStatus::Waitlisted.as_str()),
        now,
    )?;
    let volunteers: Vec<Uuid> = queue.iter().map(|a| a.volunteer_id).collect();
    let busy = store::with_overlapping_confirmed(
        conn,
        &volunteers,
        shift.id,
        shift.starts_at,
        shift.ends_at,
    )?;
    let moves: Vec<(LiveSignupRow, Promotion)> = promotions(&queue, free, |a| {
        check_confirmation(&place_facts(a), busy.contains(&a.volunteer_id))
    })
    .into_iter()
    .map(|(a, promotion)| (a.clone(), promotion))
    .collect();
    let mut told: [(NotificationKind, Vec<Uuid>); 3] = [
        (NotificationKind::SignupPromoted, Vec::new()),
        (NotificationKind::SignupPending, Vec::new()),
        (NotificationKind::SignupReleased, Vec::new()),
    ];
    let mut awaiting_agreement = Vec::new();
    for (application, promotion) in &moves {
        let (status, pending, reason) = match promotion {
            Promotion::Confirm => (ApplicationStatus::Confirmed, None, None),
            Promotion::AwaitSafeguarding => (
                ApplicationStatus::Pending,
                Some(PendingReason::Safeguarding),
                None,
            ),
            Promotion::AwaitAgreement => (
                ApplicationStatus::Pending,
                Some(PendingReason::AgreementRequired),
                None,
            ),
            Promotion::Release(refusal) => {
                (ApplicationStatus::Rejected, None, Some(refusal.to_string()))
            }
        };
        store::set_status(
            conn,
            application.id,
            status.as_str(),
            pending.map(PendingReason::as_str),
            reason.as_deref(),
            None,
            now,
        )?;
        let volunteers = match promotion {
            Promotion::Confirm => &mut told[0].1,
            Promotion::AwaitSafeguarding => &mut told[1].1,
            Promotion::AwaitAgreement => &mut awaiting_agreement,
            Promotion::Release(_) => &mut told[2].1,
        };
        volunteers.push(application.volunteer_id);
    }
    for (kind, volunteers) in &told {
        notify(conn, outbox, volunteers, *kind, &shift, None)?;
    }
    notify_agreement_required(conn, outbox, &awaiting_agreement, &shift)?;
    Ok(shifts::refresh_counts(conn, shift.id)?)
}

/// Checks the live sign-ups in `scope` against the place rules again after
/// one of their facts changed, and moves those that no longer hold:
/// confirmed places lacking a safeguarding record go back to review
/// (`pending`), and sign-ups of volunteers who may no longer hold a place
/// are released (`rejected`, the rule as the reason); each volunteer is
/// told, and the places freed are filled from the waitlist. Runs inside the
/// transaction of the change.
pub fn recheck(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    scope: Scope,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let locked = store::lock_shifts_of(conn, scope, now)?;
    if locked.is_empty() {
        return Ok(());
    }
    // Per shift, the volunteers to tell of each kind of change.
    let mut moved: Vec<(Uuid, NotificationKind, Vec<Uuid>)> = Vec::new();
    for signup in store::live_signups(conn, scope, None, now)? {
        let status = ApplicationStatus::parse(&signup.status)
            .map_err(|err| ApiError::internal(err.message))?;
        let (next, pending, reason, kind) = match standing(status, &place_facts(&signup)) {
            Standing::Holds => continue,
            Standing::AwaitsSafeguarding => (
                ApplicationStatus::Pending,
                Some(PendingReason::Safeguarding),
                None,
                NotificationKind::SignupPending,
            ),
            Standing::AwaitsAgreement => (
                ApplicationStatus::Pending,
                Some(PendingReason::AgreementRequired),
                None,
                NotificationKind::SignupAwaitsAgreement,
            ),
            Standing::Released(refusal) => (
                ApplicationStatus::Rejected,
                None,
                Some(refusal.to_string()),
                NotificationKind::SignupReleased,
            ),
        };
        store::set_status(
            conn,
            signup.id,
            next.as_str(),
            pending.map(PendingReason::as_str),
            reason.as_deref(),
            None,
            now,
        )?;
        match moved
            .iter_mut()
            .find(|(shift, told, _)| *shift == signup.shift_id && *told == kind)
        {
            Some((_, _, volunteers)) => volunteers.push(signup.volunteer_id),
            None => moved.push((signup.shift_id, kind, vec![signup.volunteer_id])),
        }
    }
    let mut touched: Vec<Uuid> = moved.iter().map(|(shift, ..)| *shift).collect();
    touched.sort_unstable();
    touched.dedup();
    for shift in touched {
        let shift = shifts::refresh_counts(conn, shift)?;
        for (_, kind, volunteers) in moved.iter().filter(|(on, ..)| *on == shift.id) {
            if *kind == NotificationKind::SignupAwaitsAgreement {
                notify_agreement_required(conn, outbox, volunteers, &shift)?;
            } else {
                notify(conn, outbox, volunteers, *kind, &shift, None)?;
            }
        }
        fill_free_places(conn, outbox, shift, now)?;
    }
    Ok(())
}

/// What the place rules read about `volunteer` holding a place on `shift`
/// of `opportunity`: the age on the shift's day, a guardian's consent and,
/// for work with children, the organisation's safeguarding record.
pub(super) fn place_facts_of(
    conn: &mut PgConnection,
    opportunity: &OpportunityRow,
    shift: &ShiftRow,
    volunteer: Uuid,
) -> Result<PlaceFacts, ApiError> {
    let mut place = place_facts_but_engagement(conn, opportunity, shift, volunteer)?;
    place.engagement = engagement_of(conn, opportunity, shift, volunteer)?;
    Ok(place)
}

/// The agreement rule's facts of `volunteer` holding a place on `shift`.
fn engagement_of(
    conn: &mut PgConnection,
    opportunity: &OpportunityRow,
    shift: &ShiftRow,
    volunteer: Uuid,
) -> Result<Engagement, ApiError> {
    let day = local_day(shift.starts_at);
    lock_engagement(conn, volunteer, opportunity.organization_id)?;
    let store::Engagement { span, agreements } =
        store::engagement(conn, volunteer, opportunity.organization_id, day)?;
    let covered = agreements.iter().any(|agreement| {
        agreement.accepted_at.is_some()
            && hop_domain::agreement::Period {
                starts_on: agreement.starts_on,
                ends_on: agreement.ends_on,
            }
            .covers(day, agreement.terminated_on)
    });
    Ok(Engagement {
        day,
        other_work: span.map(|(first, last)| (local_day(first), local_day(last))),
        covered,
    })
}

/// [`place_facts_of`] as if the shift were the volunteer's only work with
/// the organisation (the agreement rule then never blocks).
fn place_facts_but_engagement(
    conn: &mut PgConnection,
    opportunity: &OpportunityRow,
    shift: &ShiftRow,
    volunteer: Uuid,
) -> Result<PlaceFacts, ApiError> {
    let on_record = store::volunteer_facts(conn, volunteer)?;
    let day = local_day(shift.starts_at);
    Ok(PlaceFacts {
        min_age: u8::try_from(opportunity.min_age).unwrap_or(u8::MAX),
        works_with_children: opportunity.works_with_children,
        safeguarding_recorded: opportunity.works_with_children
            && store::safeguarding_recorded(conn, opportunity.organization_id, volunteer)?,
        volunteer: on_record.map(|(birth_date, guardian_consent)| VolunteerFacts {
            age_on_shift_day: birth_date.map(|birth| age_on(birth, local_day(shift.starts_at))),
            guardian_consent,
        }),
        engagement: Engagement::first(day),
    })
}

/// Whether `volunteer` holds a confirmed shift overlapping `shift`.
pub(super) fn overlaps_confirmed(
    conn: &mut PgConnection,
    volunteer: Uuid,
    shift: &ShiftRow,
) -> Result<bool, ApiError> {
    Ok(!store::with_overlapping_confirmed(
        conn,
        &[volunteer],
        shift.id,
        shift.starts_at,
        shift.ends_at,
    )?
    .is_empty())
}

/// The shift, locked, and its opportunity.
pub(super) fn locked_shift(
    conn: &mut PgConnection,
    shift: Uuid,
) -> Result<(ShiftRow, OpportunityRow), ApiError> {
    let shift = shifts::find_for_update(conn, shift)?.ok_or_else(shift_not_found)?;
    let opportunity = opportunities::store::find(conn, shift.opportunity_id)?
        .ok_or_else(opportunities::not_found)?;
    Ok((shift, opportunity))
}

pub fn sign_up(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    shift_id: Uuid,
    volunteer: Uuid,
    now: DateTime<Utc>,
) -> Result<ApplicationRow, ApiError> {
    let (shift, opportunity) = locked_shift(conn, shift_id)?;
    let opportunity_status = opportunities::stored_status(&opportunity)?;
    // Drafts exist only for their organisation: a stranger learns nothing.
    // (A closed one was public; it refuses as not published.)
    if opportunity_status == OpportunityStatus::Draft
        && opportunities::visible(conn, opportunity.id, Some(volunteer)).is_err()
    {
        return Err(shift_not_found());
    }
    let mut place = place_facts_but_engagement(conn, &opportunity, &shift, volunteer)?;
    let mut facts = SignupFacts {
        opportunity: opportunity_status,
        shift_cancelled: shift.cancelled_at.is_some(),
        shift_starts_at: shift.starts_at,
        now,
        min_age: place.min_age,
        requires_review: opportunity.requires_review,
        works_with_children: place.works_with_children,
        safeguarding_recorded: place.safeguarding_recorded,
        volunteer: place.volunteer,
        already_signed_up: store::has_live(conn, shift.id, volunteer)?,
        overlaps_confirmed: overlaps_confirmed(conn, volunteer, &shift)?,
        has_free_place: shift.confirmed_count < shift.capacity,
        engagement: place.engagement,
    };
    // The agreement rule only ever makes a sign-up wait, never refuses it:
    // a refusal is decided without reading the volunteer's other work, and
    // only a sign-up that is taken pays for that read.
    decide_signup(&facts)?;
    place.engagement = engagement_of(conn, &opportunity, &shift, volunteer)?;
    facts.engagement = place.engagement;
    let status = decide_signup(&facts)?;
    let pending = (status == ApplicationStatus::Pending)
        .then(|| PendingReason::of(check_confirmation(&place, facts.overlaps_confirmed).err()));
    let application = store::insert(
        conn,
        shift.id,
        volunteer,
        status.as_str(),
        pending.map(PendingReason::as_str),
        shift.starts_at,
        shift.ends_at,
    )?;
    let shift = shifts::refresh_counts(conn, shift.id)?;
    if pending == Some(PendingReason::AgreementRequired) {
        notify_agreement_required(conn, outbox, &[volunteer], &shift)?;
        return Ok(application);
    }
    let kind = match status {
        ApplicationStatus::Confirmed => NotificationKind::SignupConfirmed,
        ApplicationStatus::Waitlisted => NotificationKind::SignupWaitlisted,
        _ => NotificationKind::SignupPending,
    };
    notify(conn, outbox, &[volunteer], kind, &shift, None)?;
    Ok(application)
}

/// The application and its locked shift, for the volunteer who made it.
pub(super) fn own(
    conn: &mut PgConnection,
    id: Uuid,
    volunteer: Uuid,
) -> Result<(ApplicationRow, ShiftRow, OpportunityRow), ApiError> {
    let application = store::find(conn, id)?
        .filter(|a| a.volunteer_id == volunteer)
        .ok_or_else(not_found)?;
    let (shift, opportunity) = locked_shift(conn, application.shift_id)?;
    Ok((application, shift, opportunity))
}

/// The application and its locked shift, for a member of the organisation.
pub(super) fn managed(
    conn: &mut PgConnection,
    id: Uuid,
    member: Uuid,
) -> Result<(ApplicationRow, ShiftRow, OpportunityRow), ApiError> {
    let application = store::find(conn, id)?.ok_or_else(not_found)?;
    let (shift, opportunity) = locked_shift(conn, application.shift_id)?;
    let viewer = crate::organizations::viewer(conn, opportunity.organization_id, Some(member))?;
    if !viewer.can_decide_sign_ups() {
        // Staff may look but not decide; strangers learn nothing.
        return Err(if viewer.is_staff {
            ApiError::Forbidden("Only the organisation's members decide on its sign-ups")
        } else {
            not_found()
        });
    }
    Ok((application, shift, opportunity))
}

/// A member never decides on their own sign-up (accepting it, or recording
/// its attendance, which puts approved hours on their record): another
/// member of the organisation does.
fn refuse_own(application: &ApplicationRow, member: Uuid) -> Result<(), ApiError> {
    if application.volunteer_id == member {
        return Err(conflict(
            "own-sign-up",
            "Nobody decides on their own sign-up; another member of the organisation does",
        ));
    }
    Ok(())
}

/// Serialises, for the rest of the transaction, the confirmations of one
/// volunteer's work with one organisation, so two at once cannot both
/// miss the other when the agreement rule reads that work. Taken after
/// the shift's lock, before the agreements are read.
pub(crate) fn lock_engagement(
    conn: &mut PgConnection,
    volunteer: Uuid,
    organization: Uuid,
) -> Result<(), ApiError> {
    Ok(store::lock_engagement(conn, volunteer, organization)?)
}

pub(super) fn conflict(kind: &'static str, detail: &str) -> ApiError {
    ApiError::Conflict {
        kind,
        detail: detail.into(),
    }
}

pub fn withdraw(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    id: Uuid,
    volunteer: Uuid,
    now: DateTime<Utc>,
) -> Result<ApplicationRow, ApiError> {
    let (application, shift, _) = own(conn, id, volunteer)?;
    if !store::LIVE.contains(&application.status.as_str()) {
        return Err(conflict(
            "not-withdrawable",
            "Only a pending, confirmed or waitlisted sign-up can be withdrawn",
        ));
    }
    if shift.starts_at <= now {
        return Err(conflict(
            "shift-started",
            "The shift has already started; it can no longer be withdrawn from",
        ));
    }
    let updated = store::set_status(
        conn,
        id,
        ApplicationStatus::Withdrawn.as_str(),
        None,
        None,
        None,
        now,
    )?;
    let shift = shifts::refresh_counts(conn, shift.id)?;
    fill_free_places(conn, outbox, shift, now)?;
    Ok(updated)
}

pub fn accept(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    id: Uuid,
    member: Uuid,
    now: DateTime<Utc>,
) -> Result<ApplicationRow, ApiError> {
    let (application, shift, opportunity) = managed(conn, id, member)?;
    refuse_own(&application, member)?;
    if stored_status(&application)? != ApplicationStatus::Pending {
        return Err(conflict(
            "not-pending",
            "Only a pending sign-up can be accepted",
        ));
    }
    if shift.cancelled_at.is_some() {
        return Err(SignupRefusal::ShiftCancelled.into());
    }
    if shift.ends_at <= now {
        return Err(conflict(
            "shift-ended",
            "The shift has ended; a sign-up for it can no longer be accepted",
        ));
    }
    let place = place_facts_of(conn, &opportunity, &shift, application.volunteer_id)?;
    let overlaps = overlaps_confirmed(conn, application.volunteer_id, &shift)?;
    check_confirmation(&place, overlaps)?;
    let (status, kind) = if shift.confirmed_count < shift.capacity {
        (
            ApplicationStatus::Confirmed,
            NotificationKind::SignupConfirmed,
        )
    } else {
        (
            ApplicationStatus::Waitlisted,
            NotificationKind::SignupWaitlisted,
        )
    };
    let updated = store::set_status(conn, id, status.as_str(), None, None, None, now)?;
    let shift = shifts::refresh_counts(conn, shift.id)?;
    notify(
        conn,
        outbox,
        &[application.volunteer_id],
        kind,
        &shift,
        None,
    )?;
    Ok(updated)
}

pub fn reject(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    id: Uuid,
    member: Uuid,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<ApplicationRow, ApiError> {
    let (application, shift, _) = managed(conn, id, member)?;
    if !store::LIVE.contains(&application.status.as_str()) {
        return Err(conflict(
            "not-rejectable",
            "Only a pending, confirmed or waitlisted sign-up can be rejected",
        ));
    }
    let updated = store::set_status(
        conn,
        id,
        ApplicationStatus::Rejected.as_str(),
        None,
        Some(reason),
        None,
        now,
    )?;
    let shift = shifts::refresh_counts(conn, shift.id)?;
    notify(
        conn,
        outbox,
        &[application.volunteer_id],
        NotificationKind::SignupRejected,
        &shift,
        Some(reason),
    )?;
    fill_free_places(conn, outbox, shift, now)?;
    Ok(updated)
}

pub fn attendance(
    conn: &mut PgConnection,
    id: Uuid,
    member: Uuid,
    attended_minutes: Option<i32>,
    now: DateTime<Utc>,
) -> Result<ApplicationRow, ApiError> {
    let (application, shift, opportunity) = managed(conn, id, member)?;
    refuse_own(&application, member)?;
    if !matches!(
        stored_status(&application)?,
        ApplicationStatus::Confirmed | ApplicationStatus::Attended | ApplicationStatus::NoShow
    ) {
        return Err(conflict(
            "not-confirmed",
            "Attendance is recorded for confirmed sign-ups only",
        ));
    }
    if shift.cancelled_at.is_some() {
        return Err(conflict(
            "shift-cancelled",
            "The shift was cancelled; nobody attended it",
        ));
    }
    if shift.starts_at > now {
        return Err(conflict(
            "shift-not-started",
            "Attendance is recorded once the shift has started",
        ));
    }
    if let Some(minutes) = attended_minutes {
        let limit = MinutesLimit::Shift {
            starts_at: shift.starts_at,
            ends_at: shift.ends_at,
        };
        Minutes::new(i64::from(minutes), limit)
            .map_err(|invalid| ApiError::invalid_field("hours", invalid.message))?;
    }
    let status = if attended_minutes.is_some() {
        ApplicationStatus::Attended
    } else {
        ApplicationStatus::NoShow
    };
    let updated = store::set_status(conn, id, status.as_str(), None, None, attended_minutes, now)?;
    shifts::refresh_counts(conn, shift.id)?;
    crate::hours::service::record_attendance(conn, &updated, &shift, &opportunity, member, now)?;
    Ok(updated)
}

/// After an agreement of `volunteer` with `organization` was accepted:
/// their sign-ups that waited for one go through the confirmation rule
/// again, shift by shift (in id order, so this never deadlocks with other
/// changes): confirmed when a place is free, else waitlisted, or on to the
/// organisation's review when the opportunity asks for it. Those the
/// agreement does not cover keep waiting.
pub fn reconsider_awaiting_agreement(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    volunteer: Uuid,
    organization: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    for (id, shift_id) in store::awaiting_agreement(conn, volunteer, organization, now)? {
        let (shift, opportunity) = locked_shift(conn, shift_id)?;
        let application = store::find(conn, id)?.ok_or_else(not_found)?;
        if application.pending_reason.as_deref() != Some(PendingReason::AgreementRequired.as_str())
        {
            continue;
        }
        let place = place_facts_of(conn, &opportunity, &shift, volunteer)?;
        let overlaps = overlaps_confirmed(conn, volunteer, &shift)?;
        let (status, pending, kind) = match check_confirmation(&place, overlaps) {
            Err(ConfirmationBlock::AgreementRequired) => continue,
            Err(ConfirmationBlock::SafeguardingMissing) => (
                ApplicationStatus::Pending,
                Some(PendingReason::Safeguarding),
                NotificationKind::SignupPending,
            ),
            // Whatever else stands in the way, the organisation decides.
            Err(ConfirmationBlock::Overlap | ConfirmationBlock::Ineligible(_)) => (
                ApplicationStatus::Pending,
                Some(PendingReason::Review),
                NotificationKind::SignupPending,
            ),
            Ok(()) if opportunity.requires_review => (
                ApplicationStatus::Pending,
                Some(PendingReason::Review),
                NotificationKind::SignupPending,
            ),
            Ok(()) if shift.confirmed_count < shift.capacity => (
                ApplicationStatus::Confirmed,
                None,
                NotificationKind::SignupConfirmed,
            ),
            Ok(()) => (
                ApplicationStatus::Waitlisted,
                None,
                NotificationKind::SignupWaitlisted,
            ),
        };
        store::set_status(
            conn,
            id,
            status.as_str(),
            pending.map(PendingReason::as_str),
            None,
            None,
            now,
        )?;
        let shift = shifts::refresh_counts(conn, shift.id)?;
        notify(conn, outbox, &[volunteer], kind, &shift, None)?;
    }
    Ok(())
}

/// A page of the sign-ups for an opportunity, newest first, for its
/// organisation's members and city staff; only those of `shift` and with
/// `status` when given.
pub fn of_opportunity(
    conn: &mut PgConnection,
    opportunity: Uuid,
    user: Uuid,
    shift: Option<Uuid>,
    status: Option<ApplicationStatus>,
    page: &PageRequest<(DateTime<Utc>, Uuid)>,
    now: DateTime<Utc>,
) -> Result<Page<store::ApplicationSummaryRow>, ApiError> {
    let (_, viewer) = opportunities::visible(conn, opportunity, Some(user))?;
    if !viewer.can_see_sign_ups() {
        return Err(ApiError::Forbidden(
            "Only the organisation's members and city staff see its sign-ups",
        ));
    }
    let filter = store::ListFilter {
        opportunity: Some(opportunity),
        volunteer: None,
        shift,
        status: status.map(ApplicationStatus::as_str),
        upcoming: None,
        now,
    };
    let rows = store::list(conn, &filter, page.after.as_ref(), page.fetch_limit())?;
    Ok(page.finish(
        rows,
        |row| (row.application.created_at, row.application.id),
        |row| row,
    ))
}

/// A member of `organization` records that it checked the sex-offender
/// register for `volunteer` and holds their criminal-record certificate.
pub fn record_safeguarding(
    conn: &mut PgConnection,
    organization: Uuid,
    member: Uuid,
    volunteer: Uuid,
    register_checked_at: DateTime<Utc>,
) -> Result<(), ApiError> {
    let (_, viewer) = crate::organizations::visible(conn, organization, Some(member))?;
    if !viewer.can_edit() {
        return Err(ApiError::Forbidden(
            "Only the organisation's members record safeguarding checks",
        ));
    }
    if crate::accounts::store::find_by_id(conn, volunteer)?.is_none() {
        return Err(ApiError::NotFound("No volunteer with this id".into()));
    }
    Ok(store::record_safeguarding(
        conn,
        organization,
        volunteer,
        register_checked_at,
        member,
    )?)
}
