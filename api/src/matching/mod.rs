//! Matching, both directions: a volunteer's best opportunities
//! (`GET /me/matches`) and an opportunity's best volunteers
//! (`GET /opportunities/{id}/candidates`). The database prunes to a few
//! hundred plausible rows (see `store`), the domain's engine scores them,
//! and a page of the ranking is answered.

pub mod handlers;
pub mod index;
pub mod model;
pub mod recall;
pub mod store;

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use diesel::PgConnection;
use hop_domain::{
    i18n::Lang,
    language::LanguageCode,
    matching::{
        LanguageRequirement, OpenShift, OpportunityFacts, ShiftLimits, SkillRequirement,
        index::OpportunityFilter,
    },
    opportunity::{MinAge, ShiftTime},
    organization::Coordinates,
    signup::local_day,
    volunteer::{
        AvailabilityWindow, BirthDate, Causes, LanguageSkill, MaxDistanceKm, ProfileFields,
        SkillClaim, TimeOfDay, VolunteerLanguages, VolunteerProfile, VolunteerSkills, Weekday,
        WeeklyAvailability,
    },
    volunteering::{Cause, CefrLevel, SkillLevel},
};
use uuid::Uuid;

use crate::{
    error::ApiError,
    opportunities::{
        self,
        model::Opportunity,
        store::{LanguageNeedRow, SkillNeedRow},
    },
    pagination::{Page, PageRequest},
    volunteers::{parse::consent_on_record, store::ProfileRow},
};
use index::MatchingIndex;
use model::{
    Candidate, CandidateCursor, CandidateLanguage, CandidateSkill, MatchCursor, MatchReason,
    MatchedShift, OpportunityMatch, age_band, distance_band,
};
use store::{MatchFilter, StoredProfiles};

/// Keeps `index` in step with the database while the server runs: reads
/// the change log every second (requests read it too, so this only keeps
/// them from waiting), forgets started shifts and old changes every minute.
pub async fn keep_fresh(database: crate::db::Database, index: std::sync::Arc<MatchingIndex>) {
    let mut tick = actix_web::rt::time::interval(std::time::Duration::from_secs(1));
    let mut ticks: u64 = 0;
    loop {
        tick.tick().await;
        ticks += 1;
        let index = index.clone();
        let minute = ticks.is_multiple_of(60);
        let kept = crate::db::run(&database, move |conn| {
            index.catch_up(conn, std::time::Instant::now())?;
            if minute {
                index.forget_past();
                store::forget_changes_older_than(conn, index::CHANGES_KEPT_MINUTES)?;
            }
            Ok(())
        })
        .await;
        if let Err(err) = kept {
            tracing::warn!(error = %err, "cannot bring the matching index up to date");
        }
    }
}

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(handlers::matches).service(handlers::candidates);
}

/// Open shifts of one opportunity read for its candidates: all of them
/// (a shift lasts at least a few minutes, so no opportunity has this many
/// in the years shifts may be planned ahead).
const CANDIDATE_SHIFTS: i64 = 100_000;

fn stored(what: &str) -> impl Fn(hop_domain::InvalidValue) -> ApiError + '_ {
    move |err| ApiError::internal(format!("stored {what}: {err}"))
}

/// A stored profile as the engine reads it. Only what matching uses is
/// restored (not the home town or country).
fn volunteer_profile(
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
fn volunteer_profiles(
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
fn opportunity_facts(
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
fn open_shift(row: &store::ShiftRow) -> Result<OpenShift<Uuid>, ApiError> {
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
fn commitments(
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

fn opportunity_filter(filter: &MatchFilter) -> Result<OpportunityFilter, ApiError> {
    Ok(OpportunityFilter {
        cause: filter
            .cause
            .map(|cause| Cause::parse(cause).map_err(stored("cause")))
            .transpose()?,
        remote: filter.remote,
    })
}

/// `volunteer`'s best matches: a page of the ranking. `index` must have
/// caught up with the changes made before the request.
pub fn matches_of(
    conn: &mut PgConnection,
    index: &MatchingIndex,
    volunteer: Uuid,
    filter: &MatchFilter,
    page: &PageRequest<MatchCursor>,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<Page<OpportunityMatch>, ApiError> {
    let on_record = store::profiles(conn, &[volunteer])?;
    let profiles = volunteer_profiles(&on_record)?;
    let profile = profiles.get(&volunteer).ok_or_else(|| {
        ApiError::conflict(
            "volunteer-profile-missing",
            "you have no volunteer profile yet: create it with PUT /api/v1/me/volunteer-profile, \
             then matches are found for it",
        )
    })?;
    let fields = profile.fields();
    if fields.birth_date.is_none() {
        return Err(ApiError::conflict(
            "volunteer-birth-date-missing",
            "matches depend on your age on each shift's day: add birth_date to your volunteer \
             profile with PUT /api/v1/me/volunteer-profile",
        ));
    }
    let (held_ids, busy) = commitments(conn, volunteer)?;
    let limits = ShiftLimits {
        held: &held_ids,
        busy: &busy,
        starts_from: filter.from,
        starts_before: filter.to,
    };
    let wanted = opportunity_filter(filter)?;
    let after = page
        .after
        .and_then(|(score, at, id)| Some((score, DateTime::<Utc>::from_timestamp_micros(at)?, id)));
    let (found, times) = {
        let opportunities = index.opportunities();
        let count = usize::try_from(page.fetch_limit()).unwrap_or(usize::MAX);
        let found = opportunities.best_for(profile, &limits, &wanted, now, after, count);
        // The times of the shifts offered, as the index holds them.
        let mut times: HashMap<Uuid, (DateTime<Utc>, DateTime<Utc>)> = HashMap::new();
        for (id, found) in &found {
            for shift in opportunities.get(id).map_or(&[][..], |facts| &facts.shifts) {
                if found.shifts.contains(&shift.id) {
                    times.insert(shift.id, (shift.time.starts_at(), shift.time.ends_at()));
                }
            }
        }
        (found, times)
    };
    let page = page.finish(
        found,
        |(id, found)| (found.score, found.first_shift_at.timestamp_micros(), *id),
        |item| item,
    );
    let page_ids: Vec<Uuid> = page.items.iter().map(|(id, _)| *id).collect();
    let (needed_skills, needed_languages) = opportunities::store::needs_of_many(conn, &page_ids)?;
    let mut skills_of: HashMap<Uuid, Vec<SkillNeedRow>> = HashMap::new();
    for need in needed_skills {
        skills_of.entry(need.opportunity_id).or_default().push(need);
    }
    let mut languages_of: HashMap<Uuid, Vec<LanguageNeedRow>> = HashMap::new();
    for need in needed_languages {
        languages_of
            .entry(need.opportunity_id)
            .or_default()
            .push(need);
    }
    // The page's opportunities in full, with the needs already loaded.
    let mut opportunities: HashMap<Uuid, Opportunity> =
        opportunities::store::find_many(conn, &page_ids)?
            .into_iter()
            .map(|row| {
                let id = row.id;
                let opportunity = Opportunity::new(
                    row,
                    skills_of.remove(&id).unwrap_or_default(),
                    languages_of.remove(&id).unwrap_or_default(),
                );
                (id, opportunity)
            })
            .collect();
    let items = page
        .items
        .into_iter()
        .filter_map(|(id, found)| {
            Some(OpportunityMatch {
                opportunity: opportunities.remove(&id)?,
                score: found.score,
                reasons: MatchReason::all(&found.reasons, lang),
                shifts: found
                    .shifts
                    .iter()
                    .filter_map(|shift| {
                        times.get(shift).map(|&(starts_at, ends_at)| MatchedShift {
                            id: *shift,
                            starts_at,
                            ends_at,
                        })
                    })
                    .collect(),
            })
        })
        .collect();
    Ok(Page {
        items,
        next_cursor: page.next_cursor,
    })
}

/// The facts candidates are ranked on: the opportunity with all its open
/// shifts as they are; `None` without any.
fn candidate_facts(
    conn: &mut PgConnection,
    opportunity: &opportunities::store::OpportunityRow,
) -> Result<Option<OpportunityFacts<Uuid, Uuid>>, ApiError> {
    let id = opportunity.id;
    let row = store::OpportunityFactsRow {
        id,
        cause: opportunity.cause.clone(),
        min_age: opportunity.min_age,
        remote: opportunity.remote,
        lat: opportunity.lat,
        lon: opportunity.lon,
    };
    let (needed_skills, needed_languages) = opportunities::store::needs_of_many(conn, &[id])?;
    let shifts = store::open_shifts(
        conn,
        &[id],
        &MatchFilter::default(),
        &store::ShiftScope::ANY,
        CANDIDATE_SHIFTS,
    )?
    .iter()
    .map(open_shift)
    .collect::<Result<Vec<_>, ApiError>>()?;
    let facts = opportunity_facts(
        &row,
        &needed_skills.iter().collect::<Vec<_>>(),
        &needed_languages.iter().collect::<Vec<_>>(),
        shifts,
    )?;
    Ok((!facts.shifts.is_empty()).then_some(facts))
}

/// The best discoverable volunteers for the opportunity `row` (its facts
/// and needs loaded here): a page of the ranking.
pub fn candidates_of(
    conn: &mut PgConnection,
    index: &MatchingIndex,
    opportunity: &opportunities::store::OpportunityRow,
    page: &PageRequest<CandidateCursor>,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<Page<Candidate>, ApiError> {
    let id = opportunity.id;
    let Some(facts) = candidate_facts(conn, opportunity)? else {
        return Ok(Page {
            items: Vec::new(),
            next_cursor: None,
        });
    };
    let count = usize::try_from(page.fetch_limit()).unwrap_or(usize::MAX);
    let found = index.volunteers().best_for(&facts, now, page.after, count);
    let page = page.finish(found, |(user, found)| (found.score, *user), |item| item);

    let users: Vec<Uuid> = page.items.iter().map(|(user, _)| *user).collect();
    let profiles = volunteer_profiles(&store::profiles(conn, &users)?)?;
    let names: HashMap<Uuid, String> = store::display_names(conn, &users)?.into_iter().collect();
    // Candidates are ranked on the opportunity's open shifts as they are;
    // those a candidate already holds are marked by `signed_up`, not offered.
    let held: HashSet<(Uuid, Uuid)> = store::sign_ups_on(conn, id, &users)?.into_iter().collect();
    let today = local_day(now);
    let items = page
        .items
        .into_iter()
        .filter_map(|(user, found)| {
            let profile = profiles.get(&user)?;
            let fields = profile.fields();
            let age = fields.birth_date?.age_on(today);
            Some(Candidate {
                volunteer_id: user,
                display_name: names.get(&user).cloned().unwrap_or_default(),
                age_band: age_band(age),
                distance_band: distance_band(&found),
                skills: fields
                    .skills
                    .claims()
                    .iter()
                    .map(|claim| CandidateSkill {
                        skill_id: claim.skill,
                        level: i16::from(claim.level.get()),
                    })
                    .collect(),
                languages: fields
                    .languages
                    .languages()
                    .iter()
                    .map(|language| CandidateLanguage {
                        code: language.code.as_str().to_owned(),
                        level: language.level.as_str().to_owned(),
                    })
                    .collect(),
                signed_up: held.iter().any(|(volunteer, _)| *volunteer == user),
                score: found.score,
                reasons: MatchReason::all(&found.reasons, lang),
                shifts: found
                    .shifts
                    .into_iter()
                    .filter(|shift| !held.contains(&(user, *shift)))
                    .collect(),
            })
        })
        .collect();
    Ok(Page {
        items,
        next_cursor: page.next_cursor,
    })
}
