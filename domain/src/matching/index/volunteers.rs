//! Discoverable volunteers by home cell and cause, for an opportunity's
//! best candidates.
//!
//! A million volunteers are held compactly (about 100 bytes each: the
//! facts matching reads, with skills, languages and windows in shared
//! arrays), grouped by the privacy grid's home cell (every home of a cell
//! is as far from a place as an organisation sees it) and, within a cell,
//! by cause. A group's bound is the most any member could score, so whole
//! groups are passed over once the results kept are out of their reach;
//! a member's own bound needs no clock; only the best few are rebuilt as
//! profiles and scored by the engine.

use std::{
    collections::HashMap,
    hash::{BuildHasher, Hash},
};

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::{Slots, forget};
use crate::{
    language::LanguageCode,
    matching::{
        Match, OpenShift, OpportunityFacts, RANKING_DAYS, SkillRequirement, Volunteer,
        best::{ByBound, Leaders},
        distance_km, in_start_order, open_for, privacy, score,
        time::{self, WarsawClock},
        weights,
    },
    organization::Coordinates,
    signup::local_day,
    volunteer::{
        AvailabilityWindow, BirthDate, Causes, LanguageSkill, MaxDistanceKm, ProfileFields,
        SkillClaim, VolunteerLanguages, VolunteerProfile, VolunteerSkills, WeeklyAvailability,
        age_on,
    },
    volunteering::{Cause, CefrLevel, SkillLevel},
};

/// A skill no one holds: what an opportunity's skill unknown to the index
/// becomes.
const UNKNOWN_SKILL: u16 = u16::MAX;

/// Where a range of a member's entries lies in a shared array.
#[derive(Debug, Clone, Copy)]
#[repr(C, packed)]
struct Span {
    start: u32,
    len: u8,
}

impl Span {
    fn of<T>(self, all: &[T]) -> &[T] {
        let (start, len) = (self.start as usize, usize::from(self.len));
        all.get(start..start + len).unwrap_or(&[])
    }
}

/// A volunteer as the index holds them: their home only as its cell, all
/// an organisation's view ever uses (see [`privacy`]).
#[derive(Debug)]
struct Member<K> {
    key: K,
    cell: Cell,
    birth: NaiveDate,
    consented: bool,
    max_distance: Option<MaxDistanceKm>,
    /// Bit n: `Cause::ALL[n]`.
    causes: u16,
    /// Bit n: ISO weekday n has a window.
    weekdays: u8,
    skills: Span,
    languages: Span,
    windows: Span,
}

/// A home's cell in the privacy grid, or none for a volunteer without a
/// home or reach (who can match remote work only).
type Cell = Option<(i32, i32)>;

/// What a list of a cell holds: everyone, those who care about a cause,
/// or those who hold a skill; each split by age (see [`Group`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Listed {
    All,
    Cause(u8),
    Skill(u16),
    /// Speaks the language (by its place in [`LanguageCode::ALL`]).
    Language(u8),
}

#[derive(Debug, Default)]
struct Group {
    /// The cell's centre ([`privacy::home_cell`]).
    centre: Option<Coordinates>,
    /// Members by what they share, and whether they may be minors: a
    /// member listed as grown up was 18 when added and stays so, while
    /// the others may be minors, who get fixed distance points.
    lists: HashMap<(Listed, bool), Vec<u32>>,
    /// At least the longest reach of a member (never lowered).
    reach_km: u16,
}

impl Group {
    fn lists_of(&self, listed: Listed) -> impl Iterator<Item = (bool, &Vec<u32>)> {
        [false, true]
            .into_iter()
            .filter_map(move |young| Some((young, self.lists.get(&(listed, young))?)))
    }
}

/// The discoverable volunteers with a birth date, keyed by `K`, with
/// skills `S`.
#[derive(Debug)]
pub struct VolunteerIndex<K, S> {
    members: Slots<Member<K>>,
    /// Slots by their member's key (hashed with `hasher`): a table of
    /// slots alone, four bytes each, where a map would hold every key again.
    by_key: hashbrown::HashTable<u32>,
    hasher: std::collections::hash_map::RandomState,
    skill_numbers: HashMap<S, u16>,
    /// How many members each list holds, over every cell: which list is
    /// the rarest to read.
    counts: HashMap<Listed, u32>,
    /// The day members' ages are judged on when they are added: the
    /// index's first day, so a member once listed as grown up stays so.
    today: NaiveDate,
    skills: Vec<SkillClaim<u16>>,
    /// A language as its place in [`LanguageCode::ALL`] (a code is 16
    /// bytes, and a million volunteers speak two each).
    languages: Vec<(u8, CefrLevel)>,
    windows: Vec<AvailabilityWindow>,
    /// Entries of the shared arrays no member uses any more.
    garbage: usize,
    cells: HashMap<Cell, Group>,
}

fn cause_number(cause: Cause) -> u8 {
    Cause::ALL
        .iter()
        .position(|known| *known == cause)
        .and_then(|at| u8::try_from(at).ok())
        .unwrap_or(u8::MAX)
}

fn cell_of(home: Coordinates) -> (i32, i32) {
    (
        (home.lat() / privacy::HOME_CELL_LAT_DEGREES).floor() as i32,
        (home.lon() / privacy::HOME_CELL_LON_DEGREES).floor() as i32,
    )
}

fn span(start: usize, len: usize) -> Span {
    Span {
        start: u32::try_from(start).unwrap_or(u32::MAX),
        len: u8::try_from(len).unwrap_or(u8::MAX),
    }
}

impl<K: Clone + Eq + Hash + Ord, S: Clone + Eq + Hash> VolunteerIndex<K, S> {
    /// An empty index; ages are judged on `today` (an index kept for days
    /// still judges on its first: it only treats a few more members as
    /// possibly minors, never a minor as grown up).
    pub fn new(today: NaiveDate) -> Self {
        Self {
            members: Slots::default(),
            by_key: hashbrown::HashTable::new(),
            hasher: std::collections::hash_map::RandomState::new(),
            skill_numbers: HashMap::new(),
            counts: HashMap::new(),
            today,
            skills: Vec::new(),
            languages: Vec::new(),
            windows: Vec::new(),
            garbage: 0,
            cells: HashMap::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds or replaces `key`'s profile. Only a discoverable volunteer with
    /// a birth date can be a candidate; anyone else is removed.
    pub fn upsert(&mut self, key: K, profile: &VolunteerProfile<S>) {
        self.remove(&key);
        let fields = profile.fields();
        let Some(birth) = fields.birth_date else {
            return;
        };
        // Spans count entries in a byte: the profile's lists are shorter.
        if !fields.discoverable
            || fields.skills.claims().len() > usize::from(u8::MAX)
            || fields.languages.languages().len() > usize::from(u8::MAX)
            || fields.availability.windows().len() > usize::from(u8::MAX)
        {
            return;
        }
        let skills_at = self.skills.len();
        for claim in fields.skills.claims() {
            let next = u16::try_from(self.skill_numbers.len()).unwrap_or(UNKNOWN_SKILL);
            let number = *self
                .skill_numbers
                .entry(claim.skill.clone())
                .or_insert(next.min(UNKNOWN_SKILL - 1));
            self.skills.push(SkillClaim {
                skill: number,
                level: claim.level,
            });
        }
        let languages_at = self.languages.len();
        self.languages
            .extend(fields.languages.languages().iter().map(|language| {
                let number = LanguageCode::ALL
                    .binary_search(&language.code.as_str())
                    .ok()
                    .and_then(|at| u8::try_from(at).ok())
                    .unwrap_or(u8::MAX);
                (number, language.level)
            }));
        let windows_at = self.windows.len();
        self.windows
            .extend_from_slice(fields.availability.windows());
        let home = fields.home.filter(|_| fields.max_distance_km.is_some());
        let cell = home.map(cell_of);
        let member = Member {
            key: key.clone(),
            cell,
            birth: birth.date(),
            consented: profile.guardian_consent().is_some(),
            max_distance: fields.max_distance_km,
            causes: fields
                .causes
                .causes()
                .iter()
                .fold(0, |bits, cause| bits | 1 << cause_number(*cause)),
            weekdays: fields
                .availability
                .windows()
                .iter()
                .fold(0, |bits, window| bits | 1 << window.weekday().iso_number()),
            skills: span(skills_at, fields.skills.claims().len()),
            languages: span(languages_at, fields.languages.languages().len()),
            windows: span(windows_at, fields.availability.windows().len()),
        };
        let reach = member.max_distance.map_or(0, MaxDistanceKm::get);
        let (listings, young) = (self.listings(&member), self.young(&member));
        let slot = self.members.insert(member);
        let (members, hasher) = (&self.members, &self.hasher);
        let rehash = |slot: &u32| {
            members
                .get(*slot)
                .map_or(0, |member| hasher.hash_one(&member.key))
        };
        self.by_key
            .insert_unique(hasher.hash_one(&key), slot, rehash);
        let group = self.cells.entry(cell).or_insert_with(|| Group {
            centre: home.map(privacy::home_cell),
            ..Group::default()
        });
        group.reach_km = group.reach_km.max(reach);
        for listed in listings {
            group.lists.entry((listed, young)).or_default().push(slot);
            *self.counts.entry(listed).or_default() += 1;
        }
    }

    /// The lists `member` is on: everyone's, and one per cause, skill
    /// and language of theirs.
    fn listings(&self, member: &Member<K>) -> Vec<Listed> {
        let causes = (0..16u8)
            .filter(|number| member.causes & (1 << number) != 0)
            .map(Listed::Cause);
        let skills = member
            .skills
            .of(&self.skills)
            .iter()
            .map(|claim| Listed::Skill(claim.skill));
        let languages = member
            .languages
            .of(&self.languages)
            .iter()
            .map(|(code, _)| Listed::Language(*code));
        std::iter::once(Listed::All)
            .chain(causes)
            .chain(skills)
            .chain(languages)
            .collect()
    }

    /// Whether `member` is on the lists of those who may be minors: under
    /// 18 on the index's day (the same answer whenever it is asked).
    fn young(&self, member: &Member<K>) -> bool {
        age_on(member.birth, self.today) < weights::ADULT_AGE
    }

    pub fn remove(&mut self, key: &K) {
        let (members, hasher) = (&self.members, &self.hasher);
        let found = self.by_key.find_entry(hasher.hash_one(key), |slot| {
            members.get(*slot).is_some_and(|member| member.key == *key)
        });
        let Ok(entry) = found else {
            return;
        };
        let (slot, _) = entry.remove();
        let Some(member) = self.members.take(slot) else {
            return;
        };
        let (listings, young) = (self.listings(&member), self.young(&member));
        if let Some(group) = self.cells.get_mut(&member.cell) {
            for listed in &listings {
                if let Some(list) = group.lists.get_mut(&(*listed, young)) {
                    forget(list, slot);
                    if list.is_empty() {
                        group.lists.remove(&(*listed, young));
                    }
                }
            }
            // Everyone is on `All`: no list left, no one left.
            if group.lists.is_empty() {
                self.cells.remove(&member.cell);
            }
        }
        for listed in &listings {
            if let Some(count) = self.counts.get_mut(listed) {
                *count = count.saturating_sub(1);
            }
        }
        let (skills, languages, windows) = (member.skills, member.languages, member.windows);
        self.garbage +=
            usize::from(skills.len) + usize::from(languages.len) + usize::from(windows.len);
        if self.garbage > 1024 && self.garbage > self.skills.len() + self.languages.len() {
            self.compact();
        }
    }

    /// Returns the memory that growing while loading left unused.
    /// Also lays members out cell by cell (and their skills, languages
    /// and windows in the same order): a search reads a cell's lists one
    /// after the other, and neighbours in memory cost far fewer cache
    /// misses than members strewn over the whole array.
    pub fn shrink_to_fit(&mut self) {
        // Where each slot goes: cell by cell, then the free ones.
        let entries = &mut self.members.entries;
        let mut renumbered = vec![u32::MAX; entries.len()];
        let mut next: u32 = 0;
        for group in self.cells.values() {
            for young in [false, true] {
                for &slot in group
                    .lists
                    .get(&(Listed::All, young))
                    .map_or(&[][..], Vec::as_slice)
                {
                    if let Some(new) = renumbered.get_mut(slot as usize) {
                        *new = next;
                        next += 1;
                    }
                }
            }
        }
        let live = next as usize;
        for new in renumbered.iter_mut().filter(|new| **new == u32::MAX) {
            *new = next;
            next += 1;
        }
        // Moved in place, cycle by cycle: a copy of a million members would
        // double the index's memory for a moment.
        let mut target = renumbered.clone();
        for at in 0..entries.len() {
            while let Some(&to) = target.get(at)
                && to as usize != at
            {
                entries.swap(at, to as usize);
                target.swap(at, to as usize);
            }
        }
        entries.truncate(live);
        entries.shrink_to_fit();
        self.members.free.clear();
        let new_slot = |slot: &mut u32| {
            *slot = renumbered.get(*slot as usize).copied().unwrap_or(u32::MAX);
        };
        self.by_key.iter_mut().for_each(new_slot);
        let (members, hasher) = (&self.members, &self.hasher);
        self.by_key.shrink_to_fit(|slot| {
            members
                .get(*slot)
                .map_or(0, |member| hasher.hash_one(&member.key))
        });
        for group in self.cells.values_mut() {
            group.lists.shrink_to_fit();
            for list in group.lists.values_mut() {
                list.iter_mut().for_each(new_slot);
                list.sort_unstable();
                list.shrink_to_fit();
            }
        }
        self.compact();
    }

    /// Rewrites the shared arrays without the entries of removed members.
    fn compact(&mut self) {
        let (mut skills, mut languages, mut windows) = (Vec::new(), Vec::new(), Vec::new());
        fn moved<T: Copy>(span: Span, from: &[T], to: &mut Vec<T>) -> Span {
            let at = to.len();
            to.extend_from_slice(span.of(from));
            Span {
                start: u32::try_from(at).unwrap_or(u32::MAX),
                ..span
            }
        }
        for member in self.members.entries.iter_mut().flatten() {
            member.skills = moved(member.skills, &self.skills, &mut skills);
            member.languages = moved(member.languages, &self.languages, &mut languages);
            member.windows = moved(member.windows, &self.windows, &mut windows);
        }
        skills.shrink_to_fit();
        languages.shrink_to_fit();
        windows.shrink_to_fit();
        (self.skills, self.languages, self.windows) = (skills, languages, windows);
        self.garbage = 0;
    }

    /// The member's profile as the engine reads it (only what matching uses).
    fn fields(&self, member: &Member<K>) -> Option<ProfileFields<u16>> {
        Some(ProfileFields {
            birth_date: Some(BirthDate::recorded(member.birth)),
            home_city: None,
            home_country: None,
            home: self.cells.get(&member.cell).and_then(|group| group.centre),
            max_distance_km: member.max_distance,
            skills: VolunteerSkills::new(member.skills.of(&self.skills).to_vec()).ok()?,
            languages: VolunteerLanguages::new(
                member
                    .languages
                    .of(&self.languages)
                    .iter()
                    .map(|&(number, level)| {
                        let code = LanguageCode::ALL.get(usize::from(number))?;
                        Some(LanguageSkill {
                            code: LanguageCode::parse(code).ok()?,
                            level,
                        })
                    })
                    .collect::<Option<Vec<_>>>()?,
            )
            .ok()?,
            availability: WeeklyAvailability::new(member.windows.of(&self.windows).to_vec())
                .ok()?,
            causes: Causes::new(
                Cause::ALL
                    .iter()
                    .filter(|cause| member.causes & (1 << cause_number(**cause)) != 0)
                    .copied()
                    .collect(),
            )
            .ok()?,
            discoverable: true,
        })
    }

    /// The opportunity with skills numbered as the index numbers them.
    fn numbered<H: Clone>(&self, opportunity: &OpportunityFacts<S, H>) -> OpportunityFacts<u16, H> {
        let number = |requirement: &SkillRequirement<S>| SkillRequirement {
            skill: self
                .skill_numbers
                .get(&requirement.skill)
                .copied()
                .unwrap_or(UNKNOWN_SKILL),
            min_level: requirement.min_level,
        };
        OpportunityFacts {
            cause: opportunity.cause,
            min_age: opportunity.min_age,
            remote: opportunity.remote,
            location: opportunity.location,
            required_skills: opportunity.required_skills.iter().map(number).collect(),
            preferred_skills: opportunity.preferred_skills.iter().map(number).collect(),
            languages: opportunity.languages.clone(),
            shifts: opportunity.shifts.clone(),
        }
    }

    /// The `count` best candidates for `opportunity` after `after` (score,
    /// key), exactly as [`crate::matching::rank_volunteers`] ranks every
    /// volunteer held.
    pub fn best_for<H: Clone>(
        &self,
        opportunity: &OpportunityFacts<S, H>,
        now: DateTime<Utc>,
        after: Option<(u8, K)>,
        count: usize,
    ) -> Vec<(K, Match<H>)> {
        let opportunity = self.numbered(opportunity);
        let Some(wanted) = Wanted::of(&opportunity, now) else {
            return Vec::new();
        };
        let cause = cause_number(opportunity.cause);
        // Everyone who may fit holds every required skill and speaks every
        // language asked for: the list of one of them is enough (the one
        // fewest are on).
        let listed_count = |listed: Listed| self.counts.get(&listed).copied().unwrap_or(0);
        let skills = opportunity
            .required_skills
            .iter()
            .map(|requirement| Listed::Skill(requirement.skill));
        let languages = opportunity.languages.iter().filter_map(|requirement| {
            let code = LanguageCode::ALL
                .binary_search(&requirement.code.as_str())
                .ok()?;
            Some(Listed::Language(u8::try_from(code).ok()?))
        });
        let rarest = skills
            .chain(languages)
            .map(|listed| (listed_count(listed), listed))
            .min_by_key(|(count, _)| *count);
        let carers = listed_count(Listed::Cause(cause));
        // Those on the rarest list alone, when they are fewer than those who
        // care about the cause; otherwise those who care first (their bound
        // is higher), then the others on the rarest list (or everyone).
        let (alone, others) = match rarest {
            Some((count, listed)) if count <= carers => (Some(listed), listed),
            Some((_, listed)) => (None, listed),
            None => (None, Listed::All),
        };
        // Every list to look at, with the most any member of it could score.
        let mut groups: Vec<(u8, Scan<'_>)> = Vec::new();
        for group in self.cells.values() {
            let km = match (opportunity.remote, group.centre, opportunity.location) {
                (true, ..) => None,
                (false, Some(centre), Some(place)) => {
                    let km = distance_km(centre, place);
                    if km > f64::from(group.reach_km) {
                        continue;
                    }
                    Some(km)
                }
                (false, ..) => continue,
            };
            let distance = |young: bool| match km {
                None => weights::DISTANCE,
                Some(km) if young => score::at_km(km).0.max(privacy::MINOR_DISTANCE_POINTS),
                Some(km) => score::at_km(km).0,
            };
            let most = |skills: u8, young| skills + wanted.languages_and_time + distance(young);
            let scan = |slots, skip_carers, skip_holders_of| Scan {
                slots,
                km,
                skip_carers,
                skip_holders_of,
            };
            match alone {
                Some(listed) => {
                    for (young, slots) in group.lists_of(listed) {
                        let bound = most(wanted.skills, young) + weights::CAUSES;
                        groups.push((bound, scan(slots, false, &[][..])));
                    }
                }
                None => {
                    for (young, slots) in group.lists_of(Listed::Cause(cause)) {
                        let bound = most(wanted.skills, young) + weights::CAUSES;
                        groups.push((bound, scan(slots, false, &[][..])));
                    }
                    // Then those who do not care, holding a preferred skill
                    // (each once: in the list of the first they hold) …
                    let preferred = &opportunity.preferred_skills;
                    for (at, requirement) in preferred.iter().enumerate() {
                        let earlier = preferred.get(..at).unwrap_or_default();
                        for (young, slots) in group.lists_of(Listed::Skill(requirement.skill)) {
                            groups.push((most(wanted.skills, young), scan(slots, true, earlier)));
                        }
                    }
                    // … and the rest, who hold none: their skills earn less.
                    for (young, slots) in group.lists_of(others) {
                        let bound = most(wanted.skills_without_preferred, young);
                        groups.push((bound, scan(slots, true, &preferred[..])));
                    }
                }
            }
        }
        groups.sort_by_key(|group| std::cmp::Reverse(group.0));

        // Waiting members by bound, then key: the ranking's tie-break.
        let mut pending: ByBound<(K, u32)> = ByBound::new();
        let mut leaders = Leaders::new(
            count,
            after.map(|(score, key)| (std::cmp::Reverse(score), key)),
        );
        let mut clock = WarsawClock::<RANKING_DAYS>::new();
        let mut next_group = groups.iter().peekable();
        loop {
            let group_bound = next_group.peek().map(|group| group.0);
            let first = pending
                .first()
                .map(|(bound, (key, _))| (std::cmp::Reverse(bound), key.clone()));
            let member_bound = first.as_ref().map(|(bound, _)| bound.0);
            if let Some(bound) = group_bound.filter(|bound| Some(*bound) >= member_bound) {
                if !leaders.may_take(bound) {
                    break;
                }
                let Some((_, scan)) = next_group.next() else {
                    break;
                };
                let Scan {
                    slots,
                    km,
                    skip_carers,
                    skip_holders_of,
                } = *scan;
                for &slot in slots {
                    let Some(member) = self.members.get(slot) else {
                        continue;
                    };
                    let cares = member.causes & (1 << cause) != 0;
                    if skip_carers && cares {
                        continue;
                    }
                    if !skip_holders_of.is_empty() {
                        let held = member.skills.of(&self.skills);
                        let holds = |requirement: &SkillRequirement<u16>| {
                            held.iter().any(|claim| claim.skill == requirement.skill)
                        };
                        if skip_holders_of.iter().any(holds) {
                            continue;
                        }
                    }
                    if let Some(bound) = self.member_bound(member, &opportunity, &wanted, km, cares)
                    {
                        pending.push(bound, (member.key.clone(), slot));
                    }
                }
                continue;
            }
            // No list left can beat the best waiting member; when even that
            // one (its bound, its key) comes after the last kept, no one can.
            match first {
                Some(rank) if leaders.may_take_at(&rank) => {}
                _ => break,
            }
            let Some((_, (_, slot))) = pending.pop() else {
                break;
            };
            let Some(member) = self.members.get(slot) else {
                continue;
            };
            let Some(fields) = self.fields(member) else {
                continue;
            };
            let found = Volunteer::seen_by_organisation(&fields, member.consented, now)
                .and_then(|volunteer| volunteer.evaluate(&opportunity, now, &mut clock, &|_| true));
            if let Some(found) = found {
                let rank = (std::cmp::Reverse(found.score), member.key.clone());
                leaders.offer(rank, found.score, (member.key.clone(), found));
            }
        }
        leaders.into_ranked()
    }

    /// At least the member's score, from what needs no clock; `None` when
    /// a requirement that needs none fails (or no shift is on a day they
    /// have windows, or they are too young for the last shift).
    fn member_bound<H>(
        &self,
        member: &Member<K>,
        opportunity: &OpportunityFacts<u16, H>,
        wanted: &Wanted,
        km: Option<f64>,
        cares: bool,
    ) -> Option<u8> {
        if member.weekdays & wanted.weekdays == 0
            || member.birth > wanted.old_enough_if_born_by
            || (!member.consented && member.birth > wanted.adult_on_last_day_if_born_by)
        {
            return None;
        }
        let skills = member.skills.of(&self.skills);
        let skills = score::skills(
            |skill| {
                skills
                    .iter()
                    .find(|claim| claim.skill == *skill)
                    .map(|claim| claim.level)
            },
            &opportunity.required_skills,
            &opportunity.preferred_skills,
        )?
        .0;
        let languages = member.languages.of(&self.languages);
        let languages = score::languages(
            |code| {
                let number = wanted
                    .language_numbers
                    .iter()
                    .find(|(asked, _)| *asked == code)?
                    .1;
                languages
                    .iter()
                    .find(|(spoken, _)| *spoken == number)
                    .map(|(_, level)| *level)
            },
            &opportunity.languages,
        )?
        .0;
        let distance = match km {
            None => weights::DISTANCE,
            Some(km) => {
                let (points, _) = score::within(km, member.max_distance?)?;
                if member.birth > wanted.adult_today_if_born_by {
                    privacy::MINOR_DISTANCE_POINTS
                } else {
                    points
                }
            }
        };
        let causes = if cares { weights::CAUSES } else { 0 };
        Some(skills + languages + distance + causes + weights::AVAILABILITY + wanted.soon)
    }
}

/// A list of a cell to look at: its members, the cell's distance from the
/// place (`None` for remote work), and who on it is skipped because
/// another list holds them: those who care about the cause, and those who
/// hold one of the preferred skills given.
#[derive(Clone, Copy)]
struct Scan<'a> {
    slots: &'a [u32],
    km: Option<f64>,
    skip_carers: bool,
    skip_holders_of: &'a [SkillRequirement<u16>],
}

/// What every candidate's bound shares.
struct Wanted {
    /// The soonness points of the first open shift: no one's first
    /// eligible shift is sooner.
    soon: u8,
    /// The most skills points anyone can get, and anyone holding none of
    /// the preferred skills.
    skills: u8,
    skills_without_preferred: u8,
    /// The most languages, availability and soonness points anyone can get.
    languages_and_time: u8,
    /// ISO weekdays (bit n for day n) the open shifts touch in Toruń.
    weekdays: u8,
    /// Born on or before: old enough for the last open shift (its local
    /// day), without consent too, and an adult today. Ages grow with the
    /// birth date's distance, so one comparison tells each.
    old_enough_if_born_by: NaiveDate,
    adult_on_last_day_if_born_by: NaiveDate,
    adult_today_if_born_by: NaiveDate,
    /// The languages asked for, with their places in [`LanguageCode::ALL`].
    language_numbers: Vec<(LanguageCode, u8)>,
}

/// The latest birth date for which `old_enough` holds, when it holds for
/// every earlier one and not for every later one (as ages do): found near
/// `guess` by the rule itself, so it agrees with the engine to the day.
fn latest_birth(guess: NaiveDate, old_enough: impl Fn(NaiveDate) -> bool) -> NaiveDate {
    let mut day = guess;
    while !old_enough(day) {
        match day.pred_opt() {
            Some(earlier) => day = earlier,
            None => return NaiveDate::MIN,
        }
    }
    while let Some(later) = day.succ_opt().filter(|later| old_enough(*later)) {
        day = later;
    }
    day
}

impl Wanted {
    fn of<S, H>(opportunity: &OpportunityFacts<S, H>, now: DateTime<Utc>) -> Option<Self> {
        let open: Vec<&OpenShift<H>> = in_start_order(&opportunity.shifts)
            .filter(|shift| open_for(shift, now))
            .collect();
        let first = open.first()?;
        let soon = score::soon((first.time.starts_at() - now).num_seconds()).0;
        let mut weekdays = 0u8;
        let mut last_day = NaiveDate::MIN;
        for shift in &open {
            let (start, end) = (
                local_day(shift.time.starts_at()),
                local_day(shift.time.ends_at()),
            );
            last_day = last_day.max(start);
            for day in start.iter_days().take_while(|day| *day <= end).take(8) {
                weekdays |= 1 << day.weekday().number_from_monday();
            }
        }
        let born_by = |on: NaiveDate, age: u32| {
            let guess = on
                .checked_sub_months(chrono::Months::new(12 * age))
                .unwrap_or(NaiveDate::MIN);
            let day = time::epoch_day(on);
            latest_birth(guess, |birth| time::birthday(birth, age) <= day)
        };
        let today = local_day(now);
        let adult_today_if_born_by = latest_birth(
            today
                .checked_sub_months(chrono::Months::new(12 * weights::ADULT_AGE))
                .unwrap_or(NaiveDate::MIN),
            |birth| age_on(birth, today) >= weights::ADULT_AGE,
        );
        // What the engine's skills factor gives when every requirement is
        // held at the top level, and when no preferred skill is held.
        let numbered =
            |skills: &[SkillRequirement<S>], from: usize| -> Vec<SkillRequirement<usize>> {
                skills
                    .iter()
                    .enumerate()
                    .map(|(at, requirement)| SkillRequirement {
                        skill: from + at,
                        min_level: requirement.min_level,
                    })
                    .collect()
            };
        let required = numbered(&opportunity.required_skills, 0);
        let preferred = numbered(&opportunity.preferred_skills, required.len());
        let skills_held = |held: usize| {
            let level_of = |skill: &usize| (*skill < held).then_some(SkillLevel::EXPERT);
            score::skills(level_of, &required, &preferred)
                .map_or(weights::SKILLS, |(points, _)| points)
        };
        let languages = if opportunity.languages.is_empty() {
            weights::LANGUAGES_NOTHING_ASKED
        } else {
            weights::LANGUAGES
        };
        Some(Self {
            soon,
            skills: skills_held(usize::MAX),
            skills_without_preferred: skills_held(required.len()),
            languages_and_time: languages + weights::AVAILABILITY + soon,
            weekdays,
            old_enough_if_born_by: born_by(last_day, u32::from(opportunity.min_age.get())),
            adult_on_last_day_if_born_by: born_by(last_day, weights::ADULT_AGE),
            adult_today_if_born_by,
            language_numbers: opportunity
                .languages
                .iter()
                .filter_map(|requirement| {
                    let at = LanguageCode::ALL
                        .binary_search(&requirement.code.as_str())
                        .ok()?;
                    Some((requirement.code, u8::try_from(at).ok()?))
                })
                .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use chrono::Days;
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// The birth-date cut-offs say what the engine's age rules say, to
        /// the day, around every boundary (29 February included).
        #[test]
        fn cut_offs_agree_with_the_age_rules(
            on in 0u64..20_000, age in 13u32..=25, offset in 0u64..12,
        ) {
            let on = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + Days::new(on);
            let guess = on.checked_sub_months(chrono::Months::new(12 * age)).unwrap();
            let day = time::epoch_day(on);
            let born_by = latest_birth(guess, |birth| time::birthday(birth, age) <= day);
            let adult_by = latest_birth(guess, |birth| age_on(birth, on) >= age);
            for birth in [guess - Days::new(offset), guess + Days::new(offset)] {
                prop_assert_eq!(birth <= born_by, time::birthday(birth, age) <= day);
                prop_assert_eq!(birth <= adult_by, age_on(birth, on) >= age);
            }
        }
    }
}
