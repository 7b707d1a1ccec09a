//! Erasure (GDPR art. 17): in one transaction, the person's identity and
//! what is about them alone go; the facts statistics count stay, without
//! them (the rules in `hop_domain::erasure`).

use chrono::{DateTime, Utc};
use diesel::PgConnection;
use hop_domain::{
    erasure::{self, OrganizationFate},
    hours::torun_date,
    organization::MemberRole,
};
use uuid::Uuid;

use super::store;
use crate::{certificates::keys::Signer, error::ApiError};

/// The sole owner of an organisation that has other members or records.
fn hand_over_first(name: &str) -> ApiError {
    ApiError::conflict(
        "sole-owner",
        format!(
            "you are the only owner of \u{201c}{name}\u{201d}, which has other members or records; \
             invite another owner (or have one of its members made owner) before erasing your account"
        ),
    )
}

/// Erases `person`, who has just proven their password; returns when.
/// Refused (409 `sole-owner`, nothing written) while they alone own an
/// organisation that lives on.
pub fn erase(
    conn: &mut PgConnection,
    signer: &Signer,
    public_url: &url::Url,
    person: Uuid,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, ApiError> {
    let account = store::lock_account(conn, person)?.ok_or(ApiError::Unauthorized(
        "The account of this access token no longer exists",
    ))?;
    if account.erased_at.is_some() {
        // A second erasure that waited for the first one's lock.
        return Err(ApiError::Unauthorized(
            "The account of this access token has been erased",
        ));
    }
    let mut left_empty = Vec::new();
    // Organisations are locked in id order, as every change of members
    // locks its organisation: "the only owner" holds until commit.
    for (organization, role) in store::memberships(conn, person)? {
        let org = crate::organizations::store::find_for_update(conn, organization)?
            .ok_or_else(|| ApiError::internal("membership without organisation"))?;
        let role = MemberRole::parse(&role).map_err(|err| ApiError::internal(err.message))?;
        match erasure::organization_fate(role, store::activity(conn, organization, person)?) {
            OrganizationFate::Leave => {}
            OrganizationFate::LeaveEmpty => left_empty.push(organization),
            OrganizationFate::HandOverFirst => return Err(hand_over_first(&org.name)),
        }
    }
    let age_band = store::lock_profile(conn, person)?
        .map(|birth| erasure::kept_age_band(birth, torun_date(now)).as_str());
    store::erase(
        conn,
        &store::Erasure {
            person,
            email: &account.email,
            placeholder_email: &erasure::placeholder_email(person),
            name: erasure::ERASED_NAME,
            guardian: erasure::ERASED_GUARDIAN,
            age_band,
            left_empty: &left_empty,
            now,
        },
    )?;
    crate::certificates::service::erase_volunteer(conn, signer, public_url, person)?;
    Ok(now)
}
