//! Matching volunteers and opportunities, in both directions: the best
//! opportunities for a volunteer, the best volunteers for an opportunity.
//!
//! Hard requirements exclude (skills and languages at their levels, age
//! and a minor's guardian consent on each shift's day, reach from home, an
//! open shift the volunteer's week covers); soft signals score 0–100 in six
//! factors, each reported with its points and the facts behind them so a
//! person can see why. Plain functions over domain values, deterministic,
//! no clock and no database: `docs/matching.md` documents every rule and
//! weight, with a worked example the tests check.

mod best;
pub mod index;
pub mod privacy;
mod score;
pub(crate) mod texts;
mod time;
pub mod weights;

use chrono::{DateTime, NaiveDate, Utc};

use crate::{
    i18n::Lang,
    language::LanguageCode,
    opportunity::{MinAge, ShiftTime},
    organization::Coordinates,
    volunteer::{ProfileFields, VolunteerProfile},
    volunteering::{Cause, CefrLevel, SkillLevel},
};
use time::{Coverage, WarsawClock, Week};

/// A skill an opportunity asks for, at least at `min_level`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SkillRequirement<S> {
    pub skill: S,
    pub min_level: SkillLevel,
}

/// A language an opportunity needs, at least at `min_level`. Every listed
/// language is required.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LanguageRequirement {
    pub code: LanguageCode,
    pub min_level: CefrLevel,
}

/// A shift of the opportunity, as it stands for the volunteer matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenShift<H> {
    pub id: H,
    pub time: ShiftTime,
    pub has_free_place: bool,
    /// The volunteer already holds a live sign-up on it. When ranking
    /// volunteers for one opportunity this cannot differ per volunteer:
    /// leave it false and leave out those already signed up beforehand.
    pub signed_up: bool,
}

/// What matching needs to know of an opportunity. List the shifts soonest
/// first (any order works, but that order costs least).
#[derive(Debug, Clone, PartialEq)]
pub struct OpportunityFacts<S, H> {
    pub cause: Cause,
    pub min_age: MinAge,
    pub remote: bool,
    pub location: Option<Coordinates>,
    pub required_skills: Vec<SkillRequirement<S>>,
    pub preferred_skills: Vec<SkillRequirement<S>>,
    /// All required, each at least at its level.
    pub languages: Vec<LanguageRequirement>,
    pub shifts: Vec<OpenShift<H>>,
}

string_enum!(
    /// What a part of the score is about, in the order reasons are listed.
    Factor {
        Skills = "skills",
        Languages = "languages",
        Distance = "distance",
        Causes = "causes",
        Availability = "availability",
        Soon = "soon",
    }
);

impl Factor {
    /// The most points the factor gives (see [`weights`]).
    pub fn weight(self) -> u8 {
        match self {
            Self::Skills => weights::SKILLS,
            Self::Languages => weights::LANGUAGES,
            Self::Distance => weights::DISTANCE,
            Self::Causes => weights::CAUSES,
            Self::Availability => weights::AVAILABILITY,
            Self::Soon => weights::SOON,
        }
    }
}

/// The facts behind a factor's points, as numbers; [`Detail::text`] words
/// them for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Detail {
    /// The opportunity asks for no skills: the factor's fixed share.
    NoSkillsAsked,
    Skills {
        /// Required skills, all held at their levels.
        required: u16,
        /// Preferred skills asked for, and how many of them are held at
        /// their levels.
        preferred: u16,
        preferred_held: u16,
        /// Levels above the minimum, summed over the skills held.
        levels_above: u16,
    },
    /// The opportunity asks for no language: the factor's fixed share.
    NoLanguagesAsked,
    Languages {
        /// Languages required, all spoken at their levels.
        required: u16,
        /// CEFR levels above the minimum, summed over the languages.
        levels_above: u16,
    },
    /// Remote work: no travel.
    Remote,
    /// From home to the place, great-circle, in whole metres (rounded down).
    /// Only the volunteer sees it.
    Distance { metres: u32 },
    /// From the home's grid cell to the place, as an organisation sees an
    /// adult candidate (see [`privacy`]).
    DistanceBand { band: privacy::DistanceBand },
    /// The place is within the travel distance of a minor candidate; an
    /// organisation learns nothing more of where a minor lives.
    WithinReach,
    /// The opportunity's cause, and whether the volunteer cares about it.
    Cause { cause: Cause, shared: bool },
    /// How much of the best eligible shift the weekly availability covers,
    /// in whole percent (rounded down).
    Availability { percent: u8 },
    /// Whole hours until the first eligible shift starts.
    Soon { hours: u32 },
}

impl Detail {
    /// The detail as a phrase in `lang`. Rendered only for results shown.
    pub fn text(&self, lang: Lang) -> String {
        texts::render(self, lang)
    }
}

/// One factor's part of a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Reason {
    pub factor: Factor,
    pub points: u8,
    pub detail: Detail,
}

/// A volunteer and an opportunity that fit: the score is the sum of the
/// reasons' points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match<H> {
    pub score: u8,
    /// Every factor, in [`Factor::ALL`]'s order.
    pub reasons: [Reason; 6],
    /// The shifts the volunteer may take, soonest first.
    pub shifts: Vec<H>,
    /// When the first of `shifts` starts.
    pub first_shift_at: DateTime<Utc>,
}

/// How well `volunteer` fits `opportunity` at `now`; `None` when a hard
/// requirement fails.
pub fn evaluate<S: PartialEq, H: Clone>(
    volunteer: &VolunteerProfile<S>,
    opportunity: &OpportunityFacts<S, H>,
    now: DateTime<Utc>,
) -> Option<Match<H>> {
    let volunteer = Volunteer::new(volunteer)?;
    volunteer.evaluate(opportunity, now, &mut WarsawClock::<4>::new(), &|_| true)
}

/// What limits the shifts a volunteer is offered beyond the opportunity's
/// own facts: the shifts they hold, the times a confirmed shift already
/// takes (a sign-up would be refused), and the period they asked for.
#[derive(Debug, Clone, Copy)]
pub struct ShiftLimits<'a, H> {
    pub held: &'a [H],
    pub busy: &'a [ShiftTime],
    /// Only shifts starting at or after this.
    pub starts_from: Option<DateTime<Utc>>,
    /// Only shifts starting before this.
    pub starts_before: Option<DateTime<Utc>>,
}

impl<H: PartialEq> ShiftLimits<'_, H> {
    /// No limits.
    pub fn none() -> Self {
        Self {
            held: &[],
            busy: &[],
            starts_from: None,
            starts_before: None,
        }
    }

    fn allow(&self, shift: &OpenShift<H>) -> bool {
        let starts = shift.time.starts_at();
        self.starts_from.is_none_or(|from| starts >= from)
            && self.starts_before.is_none_or(|before| starts < before)
            && !self.held.contains(&shift.id)
            && !self.busy.iter().any(|busy| busy.overlaps(shift.time))
    }
}

/// The opportunities `volunteer` fits, best first; equal scores put the
/// earlier first eligible shift first, then the smaller key. Keys are
/// expected to be unique (ids).
pub fn rank_opportunities<'a, K: Ord, S: PartialEq + 'a, H: Clone + PartialEq + 'a>(
    volunteer: &VolunteerProfile<S>,
    opportunities: impl IntoIterator<Item = (K, &'a OpportunityFacts<S, H>)>,
    now: DateTime<Utc>,
) -> Vec<(K, Match<H>)> {
    rank_opportunities_within(volunteer, opportunities, &ShiftLimits::none(), now)
}

/// [`rank_opportunities`] offering only the shifts `limits` allow: every
/// opportunity is scored, so this is the exhaustive answer that
/// [`best_opportunities`] must equal.
pub fn rank_opportunities_within<'a, K: Ord, S: PartialEq + 'a, H: Clone + PartialEq + 'a>(
    volunteer: &VolunteerProfile<S>,
    opportunities: impl IntoIterator<Item = (K, &'a OpportunityFacts<S, H>)>,
    limits: &ShiftLimits<'_, H>,
    now: DateTime<Utc>,
) -> Vec<(K, Match<H>)> {
    let Some(volunteer) = Volunteer::new(volunteer) else {
        return Vec::new();
    };
    let mut clock = WarsawClock::<RANKING_DAYS>::new();
    let allow = |shift: &OpenShift<H>| limits.allow(shift);
    let mut ranked: Vec<(K, Match<H>)> = opportunities
        .into_iter()
        .filter_map(|(key, opportunity)| {
            volunteer
                .evaluate(opportunity, now, &mut clock, &allow)
                .map(|found| (key, found))
        })
        .collect();
    ranked.sort_by(|(a_key, a), (b_key, b)| {
        opportunity_rank(a, a_key).cmp(&opportunity_rank(b, b_key))
    });
    ranked
}

/// Where a match stands in a volunteer's ranking: smaller comes first.
fn opportunity_rank<'k, K, H>(
    found: &Match<H>,
    key: &'k K,
) -> (std::cmp::Reverse<u8>, DateTime<Utc>, &'k K) {
    (std::cmp::Reverse(found.score), found.first_shift_at, key)
}

/// The `count` opportunities that come after `after` (score, first
/// eligible shift, key) in [`rank_opportunities_within`]'s order: the
/// same answer, without scoring every opportunity. Each opportunity's
/// score is bounded from above by the factors that need no clock, plus the
/// most availability and soonness its first open shift allows (see
/// `best`); opportunities are scored in order of that bound, and the
/// search stops once no bound left can reach the results kept.
pub fn best_opportunities<'a, K: Ord + Clone, S: PartialEq + 'a, H: Clone + PartialEq + 'a>(
    volunteer: &VolunteerProfile<S>,
    opportunities: impl IntoIterator<Item = (K, &'a OpportunityFacts<S, H>)>,
    limits: &ShiftLimits<'_, H>,
    now: DateTime<Utc>,
    after: Option<(u8, DateTime<Utc>, K)>,
    count: usize,
) -> Vec<(K, Match<H>)> {
    let all: Vec<(K, &OpportunityFacts<S, H>)> = opportunities.into_iter().collect();
    best_of(
        volunteer,
        0..all.len(),
        |at| all.get(at).map(|(key, facts)| (key, *facts)),
        limits,
        now,
        after,
        count,
    )
}

/// [`best_opportunities`] among `items`, each read through `get`: an
/// index passes small handles, so a search over tens of thousands of
/// opportunities keeps four bytes each waiting, not a key and a reference.
fn best_of<'a, T: Copy + Ord, K: Ord + Clone + 'a, S: PartialEq + 'a, H: Clone + PartialEq + 'a>(
    volunteer: &VolunteerProfile<S>,
    items: impl IntoIterator<Item = T>,
    get: impl Fn(T) -> Option<(&'a K, &'a OpportunityFacts<S, H>)>,
    limits: &ShiftLimits<'_, H>,
    now: DateTime<Utc>,
    after: Option<(u8, DateTime<Utc>, K)>,
    count: usize,
) -> Vec<(K, Match<H>)> {
    let Some(volunteer) = Volunteer::new(volunteer) else {
        return Vec::new();
    };
    let allow = |shift: &OpenShift<H>| limits.allow(shift);
    let mut pending = best::ByBound::new();
    for item in items {
        let bound = get(item).and_then(|(_, facts)| volunteer.bound(facts, now, &allow));
        if let Some(bound) = bound {
            pending.push(bound, item);
        }
    }
    let mut clock = WarsawClock::<RANKING_DAYS>::new();
    let mut leaders = best::Leaders::new(
        count,
        after.map(|(score, at, key)| (std::cmp::Reverse(score), at, key)),
    );
    while let Some((bound, item)) = pending.pop() {
        if !leaders.may_take(bound) {
            break;
        }
        let Some((key, opportunity)) = get(item) else {
            continue;
        };
        if let Some(found) = volunteer.evaluate(opportunity, now, &mut clock, &allow) {
            let rank = (
                std::cmp::Reverse(found.score),
                found.first_shift_at,
                key.clone(),
            );
            leaders.offer(rank, found.score, (key.clone(), found));
        }
    }
    leaders.into_ranked()
}

/// The discoverable volunteers who fit `opportunity`, best first; equal
/// scores put the smaller key first. Profiles that are not discoverable
/// are left out: organisations only find volunteers who agreed to be found.
/// What the organisation sees is computed from each home's grid cell and
/// told coarsely ([`privacy`]): reach, distance points and ranking never
/// depend on where in its cell a home lies, and a minor's entry (under 18
/// on `now`'s day in Toruń) carries no distance.
pub fn rank_volunteers<'a, K: Ord, S: PartialEq + 'a, H: Clone>(
    opportunity: &OpportunityFacts<S, H>,
    volunteers: impl IntoIterator<Item = (K, &'a VolunteerProfile<S>)>,
    now: DateTime<Utc>,
) -> Vec<(K, Match<H>)> {
    let mut clock = WarsawClock::<RANKING_DAYS>::new();
    let mut ranked: Vec<(K, Match<H>)> = volunteers
        .into_iter()
        .filter(|(_, profile)| profile.fields().discoverable)
        .filter_map(|(key, profile)| {
            let volunteer =
                Volunteer::seen_by_organisation(profile.fields(), has_consent(profile), now)?;
            volunteer
                .evaluate(opportunity, now, &mut clock, &|_| true)
                .map(|found| (key, found))
        })
        .collect();
    ranked.sort_by(|(a_key, a), (b_key, b)| b.score.cmp(&a.score).then_with(|| a_key.cmp(b_key)));
    ranked
}

/// How `volunteer` fits `opportunity` as its organisation sees it: measured
/// from the home's grid cell and told coarsely ([`privacy`]).
pub fn evaluate_for_organisation<S: PartialEq, H: Clone>(
    volunteer: &VolunteerProfile<S>,
    opportunity: &OpportunityFacts<S, H>,
    now: DateTime<Utc>,
) -> Option<Match<H>> {
    Volunteer::seen_by_organisation(volunteer.fields(), has_consent(volunteer), now)?.evaluate(
        opportunity,
        now,
        &mut WarsawClock::<4>::new(),
        &|_| true,
    )
}

fn has_consent<S>(profile: &VolunteerProfile<S>) -> bool {
    profile.guardian_consent().is_some()
}

/// The great-circle distance in kilometres (haversine, on a sphere of the
/// Earth's mean radius, [`weights::EARTH_RADIUS_KM`]).
pub fn distance_km(a: Coordinates, b: Coordinates) -> f64 {
    let (lat_a, lat_b) = (a.lat().to_radians(), b.lat().to_radians());
    let half_lat = (lat_b - lat_a) / 2.0;
    let half_lon = (b.lon() - a.lon()).to_radians() / 2.0;
    let h = half_lat.sin().powi(2) + lat_a.cos() * lat_b.cos() * half_lon.sin().powi(2);
    2.0 * weights::EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

/// UTC days whose Warsaw offsets a ranking remembers: shifts of the coming
/// months fall on far fewer.
const RANKING_DAYS: usize = 256;

/// What is looked up once per volunteer rather than per opportunity.
struct Volunteer<'a, S> {
    fields: &'a ProfileFields<S>,
    /// Where distances are measured from: the home, or for an
    /// organisation's eyes its grid cell.
    home: Option<Coordinates>,
    birth: NaiveDate,
    /// The volunteer's 18th birthday (days since 1970-01-01), or the
    /// calendar's start when a guardian has consented: shifts before it
    /// need a consent the profile lacks.
    consent_needed_until: i64,
    week: Week<'a>,
    /// Seen by an organisation: whether the volunteer is a minor today
    /// (see [`privacy`]); `None` for the volunteer's own eyes.
    organisation_view: Option<bool>,
}

impl<'a, S: PartialEq> Volunteer<'a, S> {
    /// `None` without a birth date: age rules cannot be checked.
    fn new(profile: &'a VolunteerProfile<S>) -> Option<Self> {
        Self::of(profile.fields(), has_consent(profile))
    }

    fn of(fields: &'a ProfileFields<S>, consented: bool) -> Option<Self> {
        let birth = fields.birth_date?.date();
        Some(Self {
            fields,
            home: fields.home,
            birth,
            consent_needed_until: if consented {
                i64::MIN
            } else {
                time::birthday(birth, weights::ADULT_AGE)
            },
            week: Week::new(&fields.availability),
            organisation_view: None,
        })
    }

    /// As an opportunity's organisation sees the volunteer: from the home's
    /// grid cell, a minor (today, in Toruń) with no distance.
    fn seen_by_organisation(
        fields: &'a ProfileFields<S>,
        consented: bool,
        now: DateTime<Utc>,
    ) -> Option<Self> {
        let mut volunteer = Self::of(fields, consented)?;
        volunteer.home = volunteer.home.map(privacy::home_cell);
        let today = crate::signup::local_day(now);
        volunteer.organisation_view =
            Some(crate::volunteer::age_on(volunteer.birth, today) < weights::ADULT_AGE);
        Some(volunteer)
    }

    /// The factors that need no clock, exactly: skills, languages,
    /// distance (as the viewer sees it) and causes. `None` when one of
    /// their hard requirements fails.
    fn settled<H>(&self, opportunity: &OpportunityFacts<S, H>) -> Option<[(u8, Detail); 4]> {
        let fields = self.fields;
        let skills = score::skills(
            |skill| fields.skills.level_of(skill),
            &opportunity.required_skills,
            &opportunity.preferred_skills,
        )?;
        let languages = score::languages(
            |code| fields.languages.level_of(code),
            &opportunity.languages,
        )?;
        let mut distance = score::distance(
            opportunity.remote,
            self.home,
            fields.max_distance_km,
            opportunity.location,
        )?;
        if self.organisation_view == Some(true) && matches!(distance.1, Detail::Distance { .. }) {
            distance.0 = privacy::MINOR_DISTANCE_POINTS;
        }
        let causes = score::causes(fields.causes.causes(), opportunity.cause);
        Some([skills, languages, distance, causes])
    }

    /// At least the score [`Self::evaluate`] gives, from the settled
    /// factors and the best availability and soonness the first shift the
    /// volunteer might take allows. `None` when they cannot match.
    fn bound<H>(
        &self,
        opportunity: &OpportunityFacts<S, H>,
        now: DateTime<Utc>,
        allow: &dyn Fn(&OpenShift<H>) -> bool,
    ) -> Option<u8> {
        let first = in_start_order(&opportunity.shifts)
            .find(|shift| open_for(shift, now) && allow(shift))?;
        let settled = self.settled(opportunity)?;
        let soon = score::soon((first.time.starts_at() - now).num_seconds()).0;
        Some(settled.iter().map(|(points, _)| points).sum::<u8>() + weights::AVAILABILITY + soon)
    }

    /// Cheap hard requirements first, then the shifts, which need the
    /// Warsaw clock. Only shifts `allow` lets through are offered.
    fn evaluate<H: Clone, const N: usize>(
        &self,
        opportunity: &OpportunityFacts<S, H>,
        now: DateTime<Utc>,
        clock: &mut WarsawClock<N>,
        allow: &dyn Fn(&OpenShift<H>) -> bool,
    ) -> Option<Match<H>> {
        let [skills, languages, distance, causes] = self.settled(opportunity)?;

        let old_enough_from = time::birthday(self.birth, u32::from(opportunity.min_age.get()))
            .max(self.consent_needed_until);
        let mut shifts = Vec::new();
        let mut first_shift_at = None;
        let mut best = Coverage {
            covered: 0,
            total: 1,
        };
        for shift in in_start_order(&opportunity.shifts) {
            if !open_for(shift, now) || !allow(shift) {
                continue;
            }
            let local = clock.local(shift.time);
            if local.start_day < old_enough_from {
                continue;
            }
            let coverage = self.week.coverage(&local);
            if !coverage.at_least_percent(weights::MIN_COVERAGE_PERCENT) {
                continue;
            }
            shifts.push(shift.id.clone());
            first_shift_at.get_or_insert(shift.time.starts_at());
            if coverage.better_than(best) {
                best = coverage;
            }
        }
        let first_shift_at = first_shift_at?;

        let availability = score::availability(best);
        let soon = score::soon((first_shift_at - now).num_seconds());
        let reason = |factor, (points, detail)| Reason {
            factor,
            points,
            detail,
        };
        let reasons = [
            reason(Factor::Skills, skills),
            reason(Factor::Languages, languages),
            reason(Factor::Distance, distance),
            reason(Factor::Causes, causes),
            reason(Factor::Availability, availability),
            reason(Factor::Soon, soon),
        ];
        let found = Match {
            score: reasons.iter().map(|reason| reason.points).sum(),
            reasons,
            shifts,
            first_shift_at,
        };
        Some(match self.organisation_view {
            Some(minor) => privacy::for_organisation(found, minor),
            None => found,
        })
    }
}

/// A shift anyone might still take: in the future, with a free place, not
/// already held by the volunteer matched.
fn open_for<H>(shift: &OpenShift<H>, now: DateTime<Utc>) -> bool {
    shift.time.starts_at() > now && shift.has_free_place && !shift.signed_up
}

/// The shifts soonest first (ties in the order given), without allocating:
/// in the order given when it already is (the usual case), otherwise by
/// picking the next one each time.
fn in_start_order<H>(shifts: &[OpenShift<H>]) -> impl Iterator<Item = &OpenShift<H>> {
    let sorted = shifts
        .windows(2)
        .all(|pair| pair[0].time.starts_at() <= pair[1].time.starts_at());
    let key = |index: usize| (shifts[index].time.starts_at(), index);
    let mut last: Option<(DateTime<Utc>, usize)> = None;
    let mut next_in_order = 0;
    std::iter::from_fn(move || {
        let index = if sorted {
            next_in_order += 1;
            next_in_order - 1
        } else {
            (0..shifts.len())
                .filter(|&index| last.is_none_or(|last| key(index) > last))
                .min_by_key(|&index| key(index))?
        };
        let shift = shifts.get(index)?;
        last = Some(key(index));
        Some(shift)
    })
}

#[cfg(test)]
mod properties;
#[cfg(test)]
mod tests;
