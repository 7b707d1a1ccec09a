//! Use cases of written agreements.

use chrono::{DateTime, Utc};
use diesel::PgConnection;
use hop_domain::{
    agreement::{
        AcceptRefused, AgreementStatus, GuardianName, Period, TerminateRefused, check_acceptance,
        check_termination,
    },
    hours::torun_date,
    signup::age_on,
};
use uuid::Uuid;

use super::{
    model::Proposal,
    store::{self, AgreementRow, NamedAgreement, NewAgreement},
};
use crate::{
    applications::{self, store::Scope},
    error::ApiError,
    notifications::{self, NotificationKind, model::NotificationPayload},
    state::EmailOutbox,
};

fn not_found() -> ApiError {
    ApiError::NotFound("No agreement with this id".into())
}

fn stored_status(row: &AgreementRow) -> Result<AgreementStatus, ApiError> {
    AgreementStatus::parse(&row.status).map_err(|err| ApiError::internal(err.message))
}

fn period_of(row: &AgreementRow) -> Period {
    Period {
        starts_on: row.starts_on,
        ends_on: row.ends_on,
    }
}

/// Who is looking at an agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Volunteer,
    Organization,
    Staff,
}

/// The caller's side of the agreement; strangers learn nothing (404).
fn side(conn: &mut PgConnection, row: &AgreementRow, user: Uuid) -> Result<Side, ApiError> {
    if row.volunteer_id == Some(user) {
        return Ok(Side::Volunteer);
    }
    let viewer = crate::organizations::viewer(conn, row.organization_id, Some(user))?;
    if viewer.can_edit() {
        Ok(Side::Organization)
    } else if viewer.is_staff {
        Ok(Side::Staff)
    } else {
        Err(not_found())
    }
}

fn notify(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    recipients: &[Uuid],
    kind: NotificationKind,
    agreement: &NamedAgreement,
) -> Result<(), ApiError> {
    let payload = NotificationPayload {
        organization_id: Some(agreement.agreement.organization_id),
        organization_name: Some(agreement.organization_name.clone()),
        agreement_id: Some(agreement.agreement.id),
        ..NotificationPayload::default()
    };
    notifications::record(conn, outbox, recipients, kind, &payload)?;
    Ok(())
}

/// A member of `organization` proposes an agreement to a volunteer, who is told.
pub fn propose(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    organization: Uuid,
    member: Uuid,
    proposal: &Proposal,
) -> Result<NamedAgreement, ApiError> {
    let (row, viewer) = crate::organizations::visible(conn, organization, Some(member))?;
    if !viewer.can_edit() {
        return Err(ApiError::Forbidden(
            "Only the organisation's members propose its agreements",
        ));
    }
    if row.status != hop_domain::organization::OrganizationStatus::Verified.as_str() {
        return Err(ApiError::conflict(
            "organization-not-verified",
            "the organisation is not verified by the city yet; it proposes agreements once it is",
        ));
    }
    if proposal.volunteer_id == member {
        return Err(ApiError::conflict(
            "own-agreement",
            "a member does not make an agreement with themself for the organisation; another member does",
        ));
    }
    if crate::accounts::store::find_by_id(conn, proposal.volunteer_id)?.is_none() {
        return Err(ApiError::invalid_field(
            "volunteer_id",
            "names no account of HOP",
        ));
    }
    let id = store::insert(
        conn,
        &NewAgreement {
            organization_id: organization,
            volunteer_id: proposal.volunteer_id,
            scope: proposal.scope.as_str(),
            manner: proposal.manner.as_str(),
            place: proposal.place.as_str(),
            starts_on: proposal.period.starts_on,
            ends_on: proposal.period.ends_on,
            hours_per_week: proposal.hours_per_week,
            termination_terms: proposal.termination_terms.as_str(),
            insurance_statement: proposal.insurance_statement.as_ref().map(|s| s.as_str()),
            status: AgreementStatus::Proposed.as_str(),
            proposed_by: member,
        },
    )?;
    let agreement = store::find(conn, id)?.ok_or_else(not_found)?;
    notify(
        conn,
        outbox,
        &[proposal.volunteer_id],
        NotificationKind::AgreementProposed,
        &agreement,
    )?;
    Ok(agreement)
}

/// The volunteer accepts a proposed agreement (a minor with the consent
/// of the guardian named); their sign-ups that waited for it go on.
pub fn accept(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    id: Uuid,
    volunteer: Uuid,
    guardian: Option<&GuardianName>,
    now: DateTime<Utc>,
) -> Result<NamedAgreement, ApiError> {
    let seen = store::find(conn, id)?
        .filter(|named| named.agreement.volunteer_id == Some(volunteer))
        .ok_or_else(not_found)?;
    // Locks in the order every sign-up takes them: the shifts of the
    // sign-ups this may confirm, the volunteer's work with the
    // organisation, then the agreement.
    let organization = seen.agreement.organization_id;
    for (_, shift) in applications::store::awaiting_agreement(conn, volunteer, organization, now)? {
        crate::shifts::store::find_for_update(conn, shift)?;
    }
    applications::lock_engagement(conn, volunteer, organization)?;
    let row = store::lock(conn, id)?.ok_or_else(not_found)?;
    let birth_date =
        applications::store::volunteer_facts(conn, volunteer)?.and_then(|facts| facts.0);
    let age = birth_date.map(|birth| age_on(birth, torun_date(now)));
    check_acceptance(stored_status(&row)?, age, guardian.is_some()).map_err(|refused| {
        let kind = match refused {
            AcceptRefused::NotProposed(_) => "not-proposed",
            AcceptRefused::BirthDateMissing => "birth-date-missing",
            AcceptRefused::GuardianConsentMissing => "guardian-consent-missing",
        };
        ApiError::conflict(kind, refused)
    })?;
    // An adult's acceptance records no guardian, even if one was named.
    let minor = age.is_some_and(|age| age < hop_domain::volunteer::ADULT_AGE);
    let guardian = guardian.filter(|_| minor).map(GuardianName::as_str);
    store::accept(conn, id, guardian, now)?;
    applications::reconsider_awaiting_agreement(conn, outbox, volunteer, row.organization_id, now)?;
    store::find(conn, id)?.ok_or_else(not_found)
}

/// Either side ends an agreement on `ends_on`; the other side is told.
/// The volunteer's confirmed sign-ups it no longer covers wait for a new
/// agreement when their work still needs one.
pub fn terminate(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    id: Uuid,
    user: Uuid,
    ends_on: chrono::NaiveDate,
    now: DateTime<Utc>,
) -> Result<NamedAgreement, ApiError> {
    let seen = store::find(conn, id)?.ok_or_else(not_found)?;
    side(conn, &seen.agreement, user)?;
    // Locks in the order every sign-up takes them (see `accept`): the
    // shifts the re-check below may change first.
    if let Some(volunteer) = seen.agreement.volunteer_id {
        applications::store::lock_shifts_of(conn, Scope::Volunteer(volunteer), now)?;
        applications::lock_engagement(conn, volunteer, seen.agreement.organization_id)?;
    }
    let row = store::lock(conn, id)?.ok_or_else(not_found)?;
    let side = side(conn, &row, user)?;
    if side == Side::Staff {
        return Err(ApiError::Forbidden(
            "Only the volunteer and the organisation's members end an agreement",
        ));
    }
    check_termination(
        stored_status(&row)?,
        period_of(&row),
        ends_on,
        torun_date(now),
    )
    .map_err(|refused| match refused {
        TerminateRefused::AlreadyTerminated => ApiError::conflict("already-terminated", refused),
        TerminateRefused::DateOutside => ApiError::invalid_field(
            "ends_on",
            format!(
                "must be from today to the agreement's end ({})",
                row.ends_on
            ),
        ),
    })?;
    store::terminate(conn, id, ends_on, user, now)?;
    let agreement = store::find(conn, id)?.ok_or_else(not_found)?;
    let told = match side {
        Side::Volunteer => crate::organizations::store::member_ids(conn, row.organization_id)?,
        _ => row.volunteer_id.into_iter().collect(),
    };
    notify(
        conn,
        outbox,
        &told,
        NotificationKind::AgreementTerminated,
        &agreement,
    )?;
    if let Some(volunteer) = row.volunteer_id {
        applications::recheck(conn, outbox, Scope::Volunteer(volunteer), now)?;
    }
    Ok(agreement)
}

/// The agreement, for its volunteer, its organisation's members and staff.
pub fn get(conn: &mut PgConnection, id: Uuid, user: Uuid) -> Result<NamedAgreement, ApiError> {
    let agreement = store::find(conn, id)?.ok_or_else(not_found)?;
    side(conn, &agreement.agreement, user)?;
    Ok(agreement)
}

/// The agreement as an A4 PDF, in Polish with the volunteer's language
/// alongside.
pub fn pdf(conn: &mut PgConnection, named: &NamedAgreement) -> Result<Vec<u8>, ApiError> {
    use hop_domain::{documents, i18n::Lang};
    let row = &named.agreement;
    let lang = match row.volunteer_id {
        Some(volunteer) => crate::accounts::store::preferred_language(conn, volunteer)?
            .and_then(|code| Lang::parse(&code).ok())
            .unwrap_or(Lang::DEFAULT),
        None => Lang::DEFAULT,
    };
    let facts = documents::AgreementFacts {
        organization: &named.organization_name,
        volunteer: named.volunteer_name.as_deref().unwrap_or("—"),
        scope: &row.scope,
        manner: &row.manner,
        from: row.starts_on,
        to: row.ends_on,
        place: &row.place,
        hours_per_week: u32::try_from(row.hours_per_week).unwrap_or(0),
        termination_terms: &row.termination_terms,
        insurance_statement: row.insurance_statement.as_deref(),
        accepted_on: row.accepted_at.map(torun_date),
        guardian: row
            .guardian_name
            .as_deref()
            .zip(row.guardian_consented_at.map(torun_date)),
        terminated_on: row.terminated_on,
    };
    crate::pdf::render(
        "Porozumienie wolontariackie",
        "pl",
        &crate::certificates::service::paragraphs(documents::agreement(&facts, lang)),
        None,
    )
    .map_err(ApiError::internal)
}

/// A page of agreements, newest first: a volunteer's (`GET /me/agreements`
/// and the agreements page) or an organisation's.
pub fn agreements_of(
    conn: &mut PgConnection,
    volunteer: Option<Uuid>,
    organization: Option<Uuid>,
    page: &crate::pagination::PageRequest<(DateTime<Utc>, Uuid)>,
) -> Result<crate::pagination::Page<super::model::Agreement>, ApiError> {
    let rows = store::list(
        conn,
        volunteer,
        organization,
        page.after.as_ref(),
        page.fetch_limit(),
    )?;
    Ok(page.finish(
        rows,
        |row| (row.agreement.created_at, row.agreement.id),
        super::model::Agreement::from,
    ))
}
