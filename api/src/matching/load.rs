//! Loading: stored rows turned into the engine's values (profiles,
//! opportunity facts, shifts) and what limits a volunteer's shifts.

use std::collections::HashMap;

use diesel::PgConnection;
use hop_domain::{
    language::LanguageCode,
    matching::{
        LanguageRequirement, OpenShift, OpportunityFacts, SkillRequirement,
        index::OpportunityFilter,
    },
    opportunity::{MinAge, ShiftTime},
    organization::Coordinates,
    volunteer::{
        AvailabilityWindow, BirthDate, Causes, LanguageSkill, MaxDistanceKm, ProfileFields,
        SkillClaim, TimeOfDay, VolunteerLanguages, VolunteerProfile, VolunteerSkills, Weekday,
        WeeklyAvailability,
    },
    volunteering::{Cause, CefrLevel, SkillLevel},
};
use uuid::Uuid;

use super::store::{self, MatchFilter};
use crate::volunteers::store::StoredProfiles;
use crate::{
    error::ApiError,
    opportunities::{
        self,
        store::{LanguageNeedRow, SkillNeedRow},
    },
    volunteers::{parse::consent_on_record, store::ProfileRow},
};

pub(super) fn stored(what: &str) -> impl Fn(hop_domain::InvalidValue) -> ApiError + '_ {
    move |err| ApiError::internal(format!("stored {what}: {err}"))
}

/// A stored profile as the engine reads it. Only what matching uses is
/// restored (not the home town or country).
pub(super) fn volunteer_profile(
    row: &ProfileRow,
    skills: &[(Uuid, i16)],
    languages: &[(&str, &str)],
    availability: &[(i16, i16, i16)],
) -> Result<VolunteerProfile<Uuid>, ApiError> {
    let claims = skills
        .iter()
        .map(|&(skill, level)| {
            Ok(SkillClaim {
                skill,
                level: SkillLevel::new(level.into()).map_err(stored("skill level"))?,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let spoken = languages
        .iter()
        .map(|&(code, level)| {
            Ok(LanguageSkill {
                code: LanguageCode::parse(code).map_err(stored("language"))?,
                level: CefrLevel::parse(level).map_err(stored("language level"))?,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let windows = availability
        .iter()
        .map(|&(weekday, start, end)| {
            AvailabilityWindow::new(
                Weekday::from_iso_number(weekday.into()).map_err(stored("weekday"))?,
                TimeOfDay::from_minutes(start.into()).map_err(stored("window"))?,
                TimeOfDay::from_minutes(end.into()).map_err(stored("window"))?,
            )
            .map_err(stored("window"))
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let causes = row
        .causes
        .iter()
        .map(|cause| Cause::parse(cause).map_err(stored("cause")))
        .collect::<Result<Vec<_>, ApiError>>()?;
    let list = |err: hop_domain::volunteer::ListError| {
        ApiError::internal(format!("stored profile list: {err}"))
    };
    let fields = ProfileFields {
        birth_date: row.birth_date.map(BirthDate::recorded),
        home_city: None,
        home_country: None,
        home: row
            .home_lat
            .zip(row.home_lon)
            .and_then(|(lat, lon)| Coordinates::new(lat, lon).ok()),
        max_distance_km: row
            .max_distance_km
            .map(|km| MaxDistanceKm::new(km.into()).map_err(stored("max distance")))
            .transpose()?,
        skills: VolunteerSkills::new(claims).map_err(list)?,
        languages: VolunteerLanguages::new(spoken).map_err(list)?,
        availability: WeeklyAvailability::new(windows)
            .map_err(|err| ApiError::internal(format!("stored availability: {err}")))?,
        causes: Causes::new(causes).map_err(list)?,
        discoverable: row.discoverable,
    };
    Ok(VolunteerProfile::restore(fields, consent_on_record(row)))
}

/// Each stored profile of `stored` as the engine reads it, by user.
pub(super) fn volunteer_profiles(
    stored: &StoredProfiles,
) -> Result<HashMap<Uuid, VolunteerProfile<Uuid>>, ApiError> {
    let mut skills: HashMap<Uuid, Vec<(Uuid, i16)>> = HashMap::new();
    for &(user, skill, level) in &stored.skills {
        skills.entry(user).or_default().push((skill, level));
    }
    let mut languages: HashMap<Uuid, Vec<(&str, &str)>> = HashMap::new();
    for (user, code, level) in &stored.languages {
        languages
            .entry(*user)
            .or_default()
            .push((code.as_str(), level.as_str()));
    }
    let mut windows: HashMap<Uuid, Vec<(i16, i16, i16)>> = HashMap::new();
    for &(user, weekday, start, end) in &stored.availability {
        windows.entry(user).or_default().push((weekday, start, end));
    }
    stored
        .rows
        .iter()
        .map(|row| {
            let user = row.user_id;
            let profile = volunteer_profile(
                row,
                skills.get(&user).map_or(&[], Vec::as_slice),
                languages.get(&user).map_or(&[], Vec::as_slice),
                windows.get(&user).map_or(&[], Vec::as_slice),
            )?;
            Ok((user, profile))
        })
        .collect()
}

/// An opportunity's facts for the engine.
pub(super) fn opportunity_facts(
    row: &store::OpportunityFactsRow,
    skills: &[&SkillNeedRow],
    languages: &[&LanguageNeedRow],
    shifts: Vec<OpenShift<Uuid>>,
) -> Result<OpportunityFacts<Uuid, Uuid>, ApiError> {
    let requirement = |need: &&SkillNeedRow| {
        Ok(SkillRequirement {
            skill: need.skill_id,
            min_level: SkillLevel::new(need.min_level.into()).map_err(stored("skill level"))?,
        })
    };
    Ok(OpportunityFacts {
        cause: Cause::parse(&row.cause).map_err(stored("cause"))?,
        min_age: MinAge::new(row.min_age.into()).map_err(stored("minimum age"))?,
        remote: row.remote,
        location: row
            .lat
            .zip(row.lon)
            .and_then(|(lat, lon)| Coordinates::new(lat, lon).ok()),
        required_skills: skills
            .iter()
            .filter(|need| need.required)
            .map(requirement)
            .collect::<Result<_, ApiError>>()?,
        preferred_skills: skills
            .iter()
            .filter(|need| !need.required)
            .map(requirement)
            .collect::<Result<_, ApiError>>()?,
        languages: languages
            .iter()
            .map(|need| {
                Ok(LanguageRequirement {
                    code: LanguageCode::parse(&need.code).map_err(stored("language"))?,
                    min_level: CefrLevel::parse(&need.min_level)
                        .map_err(stored("language level"))?,
                })
            })
            .collect::<Result<_, ApiError>>()?,
        shifts,
    })
}

/// A shift as the engine reads it.
pub(super) fn open_shift(row: &store::ShiftRow) -> Result<OpenShift<Uuid>, ApiError> {
    Ok(OpenShift {
        id: row.id,
        time: ShiftTime::new(row.starts_at, row.ends_at)
            .map_err(|(_, err)| stored("shift")(err))?,
        has_free_place: row.has_free_place,
        signed_up: false,
    })
}

/// The shifts `volunteer` holds (not offered again) and the times of those
/// confirmed (shifts overlapping them are not offered: a sign-up would be
/// refused).
pub(super) fn commitments(
    conn: &mut PgConnection,
    volunteer: Uuid,
) -> Result<(Vec<Uuid>, Vec<ShiftTime>), ApiError> {
    let held = store::held_shifts(conn, volunteer)?;
    let busy = held
        .iter()
        .filter(|shift| shift.status == "confirmed")
        .map(|shift| ShiftTime::new(shift.starts_at, shift.ends_at))
        .collect::<Result<_, _>>()
        .map_err(|(_, err)| stored("shift")(err))?;
    Ok((held.iter().map(|shift| shift.shift_id).collect(), busy))
}

pub(super) fn opportunity_filter(filter: &MatchFilter) -> Result<OpportunityFilter, ApiError> {
    Ok(OpportunityFilter {
        cause: filter
            .cause
            .map(|cause| Cause::parse(cause).map_err(stored("cause")))
            .transpose()?,
        remote: filter.remote,
    })
}

/// An opportunity's facts with its id.
pub(super) type Keyed = (Uuid, OpportunityFacts<Uuid, Uuid>);

/// The facts candidates are ranked on: the opportunity with its needs and
/// every future shift, as the matching index holds an opportunity; `None`
/// without any.
pub(super) fn candidate_facts(
    conn: &mut PgConnection,
    opportunity: &opportunities::store::OpportunityRow,
) -> Result<Option<OpportunityFacts<Uuid, Uuid>>, ApiError> {
    let row = store::OpportunityFactsRow {
        id: opportunity.id,
        cause: opportunity.cause.clone(),
        min_age: opportunity.min_age,
        remote: opportunity.remote,
        lat: opportunity.lat,
        lon: opportunity.lon,
    };
    Ok(facts_of(conn, vec![row])?.pop().map(|(_, facts)| facts))
}

/// The facts of the opportunities `rows`, with their needs and future
/// shifts; those without a future shift are left out.
pub(super) fn facts_of(
    conn: &mut PgConnection,
    rows: Vec<store::OpportunityFactsRow>,
) -> Result<Vec<Keyed>, ApiError> {
    let ids: Vec<Uuid> = rows.iter().map(|row| row.id).collect();
    let (skills, languages) = opportunities::store::needs_of_many(conn, &ids)?;
    let mut skills_of: HashMap<Uuid, Vec<&opportunities::store::SkillNeedRow>> = HashMap::new();
    for need in &skills {
        skills_of.entry(need.opportunity_id).or_default().push(need);
    }
    let mut languages_of: HashMap<Uuid, Vec<&opportunities::store::LanguageNeedRow>> =
        HashMap::new();
    for need in &languages {
        languages_of
            .entry(need.opportunity_id)
            .or_default()
            .push(need);
    }
    let mut shifts: HashMap<Uuid, Vec<OpenShift<Uuid>>> = HashMap::new();
    for row in store::future_shifts_of(conn, &ids)? {
        shifts
            .entry(row.opportunity_id)
            .or_default()
            .push(open_shift(&row)?);
    }
    rows.iter()
        .filter_map(|row| {
            let open = shifts.remove(&row.id)?;
            Some(
                opportunity_facts(
                    row,
                    skills_of.get(&row.id).map_or(&[], Vec::as_slice),
                    languages_of.get(&row.id).map_or(&[], Vec::as_slice),
                    open,
                )
                .map(|facts| (row.id, facts)),
            )
        })
        .collect()
}
