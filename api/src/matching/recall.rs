//! Recall as a product figure: what the served pages of matches and
//! candidates hold, against the exhaustive ranking of the same data (the
//! domain engine scoring every opportunity, every discoverable volunteer).
//! `hop recall` prints it for a seeded database; a test checks it in CI.

use std::collections::HashMap;

use chrono::{DateTime, TimeDelta, Utc};
use diesel::PgConnection;
use hop_domain::{
    i18n::Lang,
    matching::{Match, ShiftLimits, rank_opportunities_within, rank_volunteers},
    volunteering::Cause,
};
use uuid::Uuid;

use super::{
    index::MatchingIndex,
    load::{candidate_facts, commitments, opportunity_filter, volunteer_profiles},
    service::{candidates_of, matches_of},
    store::{self, MatchFilter},
};
use crate::{
    error::ApiError,
    opportunities,
    pagination::{PageQuery, PageRequest},
};

/// Places a served page is compared on.
const PAGE: usize = 20;
/// Profiles ranked at once for the exhaustive candidates.
const CHUNK: i64 = 10_000;

/// The figures of one direction.
#[derive(Debug, Clone, Default)]
pub struct Recall {
    /// Requests compared (volunteers × filters, or opportunities).
    pub cases: usize,
    /// Mean and least share of the exhaustive top 20 the first page holds
    /// (a served result scoring the 20th score counts as held: a tie).
    pub ids_mean: f64,
    pub ids_least: f64,
    /// Mean and least ratio of the page's summed scores to the top 20's.
    pub scores_mean: f64,
    pub scores_least: f64,
    /// Cases whose second page is exactly the exhaustive 21st to 40th.
    pub second_pages_equal: usize,
    /// Cases where the exhaustive ranking found anything at all.
    pub with_results: usize,
}

impl Recall {
    fn add(&mut self, served: &[(Uuid, u8)], second: &[(Uuid, u8)], exhaustive: &[(Uuid, u8)]) {
        let top = &exhaustive[..exhaustive.len().min(PAGE)];
        let (ids, scores) = if top.is_empty() {
            (if served.is_empty() { 1.0 } else { 0.0 }, 1.0)
        } else {
            let last = top.last().map_or(0, |(_, score)| *score);
            let held = served
                .iter()
                .filter(|(id, score)| *score == last || top.iter().any(|(top_id, _)| top_id == id))
                .count()
                .min(top.len());
            let sum = |page: &[(Uuid, u8)]| page.iter().map(|(_, s)| f64::from(*s)).sum::<f64>();
            let best = sum(top);
            (
                held as f64 / top.len() as f64,
                if best == 0.0 { 1.0 } else { sum(served) / best },
            )
        };
        let next = exhaustive
            .get(PAGE..)
            .map_or(&[][..], |rest| &rest[..rest.len().min(PAGE)]);
        if second == next {
            self.second_pages_equal += 1;
        }
        if !top.is_empty() {
            self.with_results += 1;
        }
        let n = self.cases as f64;
        self.ids_mean = (self.ids_mean * n + ids) / (n + 1.0);
        self.scores_mean = (self.scores_mean * n + scores) / (n + 1.0);
        if self.cases == 0 {
            (self.ids_least, self.scores_least) = (ids, scores);
        } else {
            self.ids_least = self.ids_least.min(ids);
            self.scores_least = self.scores_least.min(scores);
        }
        self.cases += 1;
    }
}

/// The filters each sampled volunteer's matches are compared under: none,
/// one cause, remote only, on site only, and a fortnight from tomorrow.
fn filters(now: DateTime<Utc>, cause: Cause) -> Vec<MatchFilter> {
    vec![
        MatchFilter::default(),
        MatchFilter {
            cause: Some(cause.as_str()),
            ..MatchFilter::default()
        },
        MatchFilter {
            remote: Some(true),
            ..MatchFilter::default()
        },
        MatchFilter {
            remote: Some(false),
            ..MatchFilter::default()
        },
        MatchFilter {
            from: Some(now + TimeDelta::days(1)),
            to: Some(now + TimeDelta::days(15)),
            ..MatchFilter::default()
        },
    ]
}

fn page<K: crate::pagination::CursorKey>(
    cursor: Option<String>,
) -> Result<PageRequest<K>, ApiError> {
    PageQuery {
        limit: Some(PAGE as i64),
        cursor,
    }
    .parse()
}

/// Served against exhaustive for `volunteers` sampled volunteers (under
/// each filter) and `opportunities` sampled opportunities. `index` must be
/// loaded.
pub fn measure(
    conn: &mut PgConnection,
    index: &MatchingIndex,
    volunteers: usize,
    opportunities: usize,
    seed: &str,
    now: DateTime<Utc>,
) -> Result<(Recall, Recall), ApiError> {
    Ok((
        measure_matches(conn, index, volunteers, seed, now)?,
        measure_candidates(conn, index, opportunities, seed, now)?,
    ))
}

fn measure_matches(
    conn: &mut PgConnection,
    index: &MatchingIndex,
    count: usize,
    seed: &str,
    now: DateTime<Utc>,
) -> Result<Recall, ApiError> {
    let sampled = store::sample_volunteers(conn, count, seed)?;
    let mut recall = Recall::default();
    for (at, volunteer) in sampled.into_iter().enumerate() {
        let profiles =
            volunteer_profiles(&crate::volunteers::store::profiles(conn, &[volunteer])?)?;
        let Some(profile) = profiles.get(&volunteer) else {
            continue;
        };
        let (held, busy) = commitments(conn, volunteer)?;
        let cause = Cause::ALL[at % Cause::ALL.len()];
        for filter in filters(now, cause) {
            let first = matches_of(conn, index, volunteer, &filter, &page(None)?, Lang::En, now)?;
            let second = match first.next_cursor.clone() {
                Some(cursor) => {
                    matches_of(
                        conn,
                        index,
                        volunteer,
                        &filter,
                        &page(Some(cursor))?,
                        Lang::En,
                        now,
                    )?
                    .items
                }
                None => Vec::new(),
            };
            let limits = ShiftLimits {
                held: &held,
                busy: &busy,
                starts_from: filter.from,
                starts_before: filter.to,
            };
            let wanted = opportunity_filter(&filter)?;
            let exhaustive: Vec<(Uuid, u8)> = {
                let all = index.opportunities();
                let admitted = all.iter().filter(|(_, facts)| {
                    wanted.cause.is_none_or(|cause| facts.cause == cause)
                        && wanted.remote.is_none_or(|remote| facts.remote == remote)
                });
                rank_opportunities_within(profile, admitted.map(|(id, f)| (*id, f)), &limits, now)
                    .into_iter()
                    .take(2 * PAGE)
                    .map(|(id, found)| (id, found.score))
                    .collect()
            };
            let ids = |items: &[super::model::OpportunityMatch]| -> Vec<(Uuid, u8)> {
                items
                    .iter()
                    .map(|item| (item.opportunity.id, item.score))
                    .collect()
            };
            recall.add(&ids(&first.items), &ids(&second), &exhaustive);
        }
    }
    Ok(recall)
}

fn measure_candidates(
    conn: &mut PgConnection,
    index: &MatchingIndex,
    count: usize,
    seed: &str,
    now: DateTime<Utc>,
) -> Result<Recall, ApiError> {
    let sampled = store::sample_upcoming_opportunities(conn, count, seed)?;
    // Served pages first, then one pass over every profile for all of them.
    let mut cases = Vec::new();
    for id in sampled {
        let Some(row) = opportunities::store::find(conn, id)? else {
            continue;
        };
        let Some(facts) = candidate_facts(conn, &row)? else {
            continue;
        };
        let first = candidates_of(conn, index, &row, &page(None)?, Lang::En, now)?;
        let second = match first.next_cursor.clone() {
            Some(cursor) => {
                candidates_of(conn, index, &row, &page(Some(cursor))?, Lang::En, now)?.items
            }
            None => Vec::new(),
        };
        let ids = |items: &[super::model::Candidate]| -> Vec<(Uuid, u8)> {
            items
                .iter()
                .map(|item| (item.volunteer_id, item.score))
                .collect()
        };
        cases.push((facts, ids(&first.items), ids(&second)));
    }
    let mut best: Vec<Vec<(Uuid, Match<Uuid>)>> = vec![Vec::new(); cases.len()];
    let mut after = None;
    loop {
        let users = crate::volunteers::store::candidates_after(conn, after, CHUNK)?;
        let Some(last) = users.last() else { break };
        after = Some(*last);
        let profiles = volunteer_profiles(&crate::volunteers::store::profiles(conn, &users)?)?;
        let profiles: HashMap<Uuid, _> = profiles.into_iter().collect();
        for ((facts, ..), kept) in cases.iter().zip(best.iter_mut()) {
            let ranked = rank_volunteers(facts, profiles.iter().map(|(id, p)| (*id, p)), now);
            kept.extend(ranked.into_iter().take(2 * PAGE));
            kept.sort_by(|(a, x), (b, y)| y.score.cmp(&x.score).then(a.cmp(b)));
            kept.truncate(2 * PAGE);
        }
    }
    let mut recall = Recall::default();
    for ((_, first, second), kept) in cases.iter().zip(best) {
        let exhaustive: Vec<(Uuid, u8)> = kept
            .into_iter()
            .map(|(id, found)| (id, found.score))
            .collect();
        recall.add(first, second, &exhaustive);
    }
    Ok(recall)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranked(scores: &[u8]) -> Vec<(Uuid, u8)> {
        scores
            .iter()
            .enumerate()
            .map(|(at, score)| (Uuid::from_u128(at as u128), *score))
            .collect()
    }

    #[test]
    fn a_page_missing_the_best_scores_below_one_and_ties_count_as_held() {
        let exhaustive = ranked(&[90, 80, 70, 60, 50]);
        let mut recall = Recall::default();
        recall.add(&exhaustive, &[], &exhaustive);
        assert_eq!(
            (
                recall.ids_mean,
                recall.scores_mean,
                recall.second_pages_equal
            ),
            (1.0, 1.0, 1)
        );
        // The best one left out, a worse one served instead.
        let mut served = exhaustive[1..].to_vec();
        served.push((Uuid::from_u128(99), 40));
        recall.add(&served, &[], &exhaustive);
        assert_eq!(recall.ids_least, 0.8);
        assert!((recall.scores_least - 300.0 / 350.0).abs() < 1e-9);
        // Another result of the last score is as good as the one it replaces.
        let mut tie = exhaustive.clone();
        tie[4] = (Uuid::from_u128(77), 50);
        recall.add(&tie, &[], &exhaustive);
        assert_eq!(recall.cases, 3);
        assert_eq!(recall.with_results, 3);
        assert!((recall.ids_mean - (1.0 + 0.8 + 1.0) / 3.0).abs() < 1e-9);
    }
}
