//! The use cases: rank from the index, then present a page (the
//! opportunities or volunteers in full, the reasons in the caller's
//! language).

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use diesel::PgConnection;
use hop_domain::{i18n::Lang, matching::ShiftLimits, signup::local_day};
use uuid::Uuid;

use super::index::MatchingIndex;
use super::load::{candidate_facts, commitments, opportunity_filter, volunteer_profiles};
use super::model::{
    Candidate, CandidateCursor, CandidateLanguage, CandidateSkill, MatchCursor, MatchReason,
    MatchedShift, OpportunityMatch, age_band, distance_band,
};
use super::store::{self, MatchFilter};
use crate::{
    error::ApiError,
    opportunities::{
        self,
        model::Opportunity,
        store::{LanguageNeedRow, SkillNeedRow},
    },
    pagination::{Page, PageRequest},
};

/// Brings the index up to the changes committed before `since`, reading
/// the change log and others' rows from the replica when it is usable: the
/// index holds everyone else's data, which may be a few seconds stale.
pub async fn catch_up(
    database: &crate::db::Database,
    index: &std::sync::Arc<MatchingIndex>,
    since: std::time::Instant,
) -> Result<(), ApiError> {
    let index = index.clone();
    crate::db::replica::read(database, move |conn| index.catch_up(conn, since)).await
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
    let on_record = crate::volunteers::store::profiles(conn, &[volunteer])?;
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
    let profiles = volunteer_profiles(&crate::volunteers::store::profiles(conn, &users)?)?;
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
