//! Matching, both directions: a volunteer's best opportunities
//! (`GET /me/matches`) and an opportunity's best volunteers
//! (`GET /opportunities/{id}/candidates`). The database prunes to a few
//! hundred plausible rows (see `store`), the domain's engine scores them,
//! and a page of the ranking is answered.

pub mod handlers;
pub mod model;
pub mod store;

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use diesel::PgConnection;
use hop_domain::{
    i18n::Lang,
    language::LanguageCode,
    matching::{self, LanguageRequirement, Match, OpenShift, OpportunityFacts, SkillRequirement},
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
    earth::{chord, earth_point},
    error::ApiError,
    opportunities::{
        self,
        model::Opportunity,
        store::{LanguageNeedRow, SkillNeedRow},
    },
    pagination::{Page, PageRequest},
    volunteers::{parse::consent_on_record, store::ProfileRow},
};
use model::{
    Candidate, CandidateCursor, CandidateLanguage, CandidateSkill, MatchCursor, MatchReason,
    MatchedShift, OpportunityMatch, age_band, distance_band,
};
use store::{MatchFilter, PoolOrder, Seeker, StoredProfiles, Wanted};

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(handlers::matches).service(handlers::candidates);
}

/// Opportunities taken from each pool (soonest, nearest) for scoring.
const OPPORTUNITY_POOL: i64 = 100;
/// Open shifts considered per opportunity, soonest first.
const SHIFTS_PER_OPPORTUNITY: i64 = 5;
/// Volunteers taken for scoring (the nearest plausible, or for remote work see `store`).
const VOLUNTEER_POOL: i64 = 100;
/// Open shifts of one opportunity considered for its candidates.
const CANDIDATE_SHIFTS: i64 = 50;

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

/// An open shift as the engine reads it, not taken by the volunteer.
fn open_shift(row: &store::OpenShiftRow) -> Result<OpenShift<Uuid>, ApiError> {
    Ok(OpenShift {
        id: row.id,
        time: ShiftTime::new(row.starts_at, row.ends_at)
            .map_err(|(_, err)| stored("shift")(err))?,
        has_free_place: true,
        signed_up: false,
    })
}

/// The order of matches as a key that grows down the ranking.
fn match_key(score: u8, first_shift_at: i64, id: Uuid) -> (std::cmp::Reverse<u8>, i64, Uuid) {
    (std::cmp::Reverse(score), first_shift_at, id)
}

/// `volunteer`'s best matches: a page of the ranking.
pub fn matches_of(
    conn: &mut PgConnection,
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
    let skills: Vec<Uuid> = fields.skills.claims().iter().map(|c| c.skill).collect();
    let languages: Vec<String> = fields
        .languages
        .languages()
        .iter()
        .map(|l| l.code.as_str().to_owned())
        .collect();
    let reach = fields.home.zip(fields.max_distance_km).map(|(home, km)| {
        (
            earth_point((home.lat(), home.lon())),
            // A little over the distance: the engine measures on another sphere.
            chord(f64::from(km.get()) * 1000.0 * 1.002),
        )
    });
    let seeker = Seeker {
        reach,
        skills: &skills,
        languages: &languages,
    };
    let mut rows =
        store::opportunity_pool(conn, &seeker, filter, PoolOrder::Soonest, OPPORTUNITY_POOL)?;
    let seen: HashSet<Uuid> = rows.iter().map(|row| row.id).collect();
    rows.extend(
        store::opportunity_pool(conn, &seeker, filter, PoolOrder::Nearest, OPPORTUNITY_POOL)?
            .into_iter()
            .filter(|row| !seen.contains(&row.id)),
    );
    let ids: Vec<Uuid> = rows.iter().map(|row| row.id).collect();
    let (needed_skills, needed_languages) = opportunities::store::needs_of_many(conn, &ids)?;
    // Shifts held are not offered again, nor those overlapping a confirmed
    // one (a sign-up would be refused).
    let held = store::held_shifts(conn, volunteer)?;
    let held_ids: Vec<Uuid> = held.iter().map(|shift| shift.shift_id).collect();
    let confirmed: Vec<ShiftTime> = held
        .iter()
        .filter(|shift| shift.status == "confirmed")
        .map(|shift| ShiftTime::new(shift.starts_at, shift.ends_at))
        .collect::<Result<_, _>>()
        .map_err(|(_, err)| stored("shift")(err))?;
    let scope = store::ShiftScope {
        weekdays: fields
            .availability
            .windows()
            .iter()
            .fold(0, |days, window| days | 1 << window.weekday().iso_number()),
        excluded: &held_ids,
    };
    let mut shifts: HashMap<Uuid, Vec<OpenShift<Uuid>>> = HashMap::new();
    let mut times: HashMap<Uuid, (DateTime<Utc>, DateTime<Utc>)> = HashMap::new();
    for row in store::open_shifts(conn, &ids, filter, &scope, SHIFTS_PER_OPPORTUNITY)? {
        times.insert(row.id, (row.starts_at, row.ends_at));
        let mut shift = open_shift(&row)?;
        shift.signed_up = confirmed.iter().any(|held| held.overlaps(shift.time));
        shifts.entry(row.opportunity_id).or_default().push(shift);
    }
    let mut skills_of: HashMap<Uuid, Vec<&SkillNeedRow>> = HashMap::new();
    for need in &needed_skills {
        skills_of.entry(need.opportunity_id).or_default().push(need);
    }
    let mut languages_of: HashMap<Uuid, Vec<&LanguageNeedRow>> = HashMap::new();
    for need in &needed_languages {
        languages_of
            .entry(need.opportunity_id)
            .or_default()
            .push(need);
    }
    let facts: Vec<(Uuid, OpportunityFacts<Uuid, Uuid>)> = rows
        .iter()
        .map(|row| {
            let open = shifts.remove(&row.id).unwrap_or_default();
            let facts = opportunity_facts(
                row,
                skills_of.get(&row.id).map_or(&[], Vec::as_slice),
                languages_of.get(&row.id).map_or(&[], Vec::as_slice),
                open,
            )?;
            Ok((row.id, facts))
        })
        .collect::<Result<_, ApiError>>()?;

    let ranked =
        matching::rank_opportunities(profile, facts.iter().map(|(id, facts)| (*id, facts)), now);
    let found = page.rows_of_ranking(
        ranked,
        page.after.map(|(score, at, id)| match_key(score, at, id)),
        |(id, found): &(Uuid, Match<Uuid>)| {
            match_key(found.score, found.first_shift_at.timestamp_micros(), *id)
        },
    );
    let page = page.finish(
        found,
        |(id, found)| (found.score, found.first_shift_at.timestamp_micros(), *id),
        |item| item,
    );
    let page_ids: Vec<Uuid> = page.items.iter().map(|(id, _)| *id).collect();
    // The page's opportunities in full, with the needs already loaded.
    let mut opportunities: HashMap<Uuid, Opportunity> =
        opportunities::store::find_many(conn, &page_ids)?
            .into_iter()
            .map(|row| {
                let id = row.id;
                let skills = skills_of.get(&id).map_or(&[][..], Vec::as_slice);
                let languages = languages_of.get(&id).map_or(&[][..], Vec::as_slice);
                let opportunity = Opportunity::new(
                    row,
                    skills.iter().map(|need| **need).collect(),
                    languages.iter().map(|need| (*need).clone()).collect(),
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

/// The best discoverable volunteers for the opportunity `row` (its facts
/// and needs loaded here): a page of the ranking.
pub fn candidates_of(
    conn: &mut PgConnection,
    opportunity: &opportunities::store::OpportunityRow,
    page: &PageRequest<CandidateCursor>,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<Page<Candidate>, ApiError> {
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
    let Some(last_shift) = facts.shifts.iter().map(|s| s.time.starts_at()).max() else {
        return Ok(Page {
            items: Vec::new(),
            next_cursor: None,
        });
    };

    // The weekdays the shifts touch in Toruń, the next day too for those
    // running past midnight, as bits (bit n for ISO day n).
    let weekdays = facts
        .shifts
        .iter()
        .flat_map(|shift| {
            let last = local_day(shift.time.ends_at());
            local_day(shift.time.starts_at())
                .iter_days()
                .take_while(move |day| *day <= last)
        })
        .fold(0i16, |days, day| {
            days | 1 << chrono::Datelike::weekday(&day).number_from_monday()
        });
    let required: Vec<Uuid> = needed_skills
        .iter()
        .filter(|need| need.required)
        .map(|need| need.skill_id)
        .collect();
    let languages: Vec<String> = needed_languages
        .iter()
        .map(|need| need.code.clone())
        .collect();
    let place = (!facts.remote)
        .then_some(facts.location)
        .flatten()
        .map(|at| earth_point((at.lat(), at.lon())));
    let wanted = Wanted {
        place,
        born_by: store::born_by(local_day(last_shift), u32::from(facts.min_age.get())),
        weekdays,
        skills: &required,
        languages: &languages,
    };
    let pool = store::volunteer_pool(conn, &wanted, VOLUNTEER_POOL)?;
    let on_record = store::profiles(conn, &pool)?;
    let profiles = volunteer_profiles(&on_record)?;
    let ranked =
        matching::rank_volunteers(&facts, profiles.iter().map(|(user, p)| (*user, p)), now);
    let found = page.rows_of_ranking(
        ranked,
        page.after
            .map(|(score, user)| (std::cmp::Reverse(score), user)),
        |(user, found): &(Uuid, Match<Uuid>)| (std::cmp::Reverse(found.score), *user),
    );
    let page = page.finish(found, |(user, found)| (found.score, *user), |item| item);

    let users: Vec<Uuid> = page.items.iter().map(|(user, _)| *user).collect();
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
