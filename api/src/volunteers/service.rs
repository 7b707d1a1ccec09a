//! The use cases of volunteers: what a handler calls after parsing
//! and authorising (load, decide with the domain's rules, write, notify).

use super::{parse, store};
use chrono::{DateTime, NaiveDate, Utc};
use diesel::PgConnection;
use uuid::Uuid;

use super::model::{PutVolunteerProfileRequest, VolunteerProfile};
use super::parse::{Context, SkillFacts};
use crate::error::ApiError;
use crate::state::EmailOutbox;

pub(super) fn not_found() -> ApiError {
    ApiError::NotFound(
        "You have no volunteer profile yet; create it with PUT /api/v1/me/volunteer-profile".into(),
    )
}

/// `user`'s profile as they see it.
pub fn load(conn: &mut PgConnection, user: Uuid) -> Result<VolunteerProfile, ApiError> {
    let row = store::find(conn, user)?.ok_or_else(not_found)?;
    VolunteerProfile::from_rows(
        row,
        store::skills_of(conn, user)?,
        store::languages_of(conn, user)?,
        store::availability_of(conn, user)?,
    )
}

/// Creates or replaces `user`'s whole profile, as stated on `today` at
/// `now`; run it in one transaction. The stored profile is locked first, so
/// what it already holds (deprecated skills it may keep, the time a consent
/// was recorded) stays true until the new one is written.
pub fn put(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    user: Uuid,
    body: PutVolunteerProfileRequest,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<VolunteerProfile, ApiError> {
    let on_record = store::find_for_update(conn, user)?;
    let held = match on_record {
        Some(_) => store::skills_of(conn, user)?
            .into_iter()
            .map(|skill| skill.skill_id)
            .collect(),
        None => Vec::new(),
    };
    let skills = SkillFacts {
        deprecated: crate::skills::store::states(conn, &body.skill_ids())?
            .into_iter()
            .collect(),
        held,
    };
    let consent = on_record.as_ref().and_then(parse::consent_on_record);
    let profile = body.parse(&Context {
        today,
        now,
        skills: &skills,
        consent_on_record: consent.as_ref(),
    })?;
    // A new birth date or a withdrawn guardian's consent may leave the
    // volunteer's sign-ups against the rules: they are checked again. (A
    // first profile has no sign-ups yet.)
    let place_facts_change = on_record.as_ref().is_some_and(|row| {
        row.birth_date != profile.fields().birth_date.map(|birth| birth.date())
            || row.guardian_consent != profile.guardian_consent().is_some()
    });
    store::save(conn, user, &profile, now)?;
    if place_facts_change {
        crate::applications::recheck(
            conn,
            outbox,
            crate::applications::store::Scope::Volunteer(user),
            now,
        )?;
    }
    load(conn, user)
}
