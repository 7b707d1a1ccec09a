//! The facts the city's statistics count, gathered at one moment, and the
//! tables they give for a period of months.
//!
//! People are counted once per table cell however many sign-ups or hours
//! they have in it, so each fact about a person keeps the set of months it
//! holds in ([`Months`]): a period is then one mask, and a cell's people
//! are the rows whose months meet it. Keys (organisations, cities, skills,
//! causes, languages) are indexes into the gatherer's own lists of labels.

use super::{AgeBand, Month, Months, Period, Window};
use crate::{
    organization::{OrganizationKind, OrganizationStatus},
    signup::ApplicationStatus,
};

/// How many labels each keyed dimension has (keys are below these).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sizes {
    pub countries: u32,
    pub cities: u32,
    pub languages: u32,
    pub organizations: u32,
    pub causes: u32,
    pub skills: u32,
}

/// Approved minutes of one month, organisation and cause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Minutes {
    pub month: Month,
    pub organization: u32,
    pub cause: u32,
    pub minutes: u64,
}

/// The months one volunteer has counted hours with one organisation for
/// one cause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HoursOf {
    pub volunteer: u32,
    pub organization: u32,
    pub cause: u32,
    pub months: Months,
}

/// The months one volunteer has sign-ups of one status in (by the shift's
/// start).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignupsOf {
    pub volunteer: u32,
    pub status: ApplicationStatus,
    pub months: Months,
}

/// Sign-ups of one status for shifts starting in one month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignupCount {
    pub month: Month,
    pub status: ApplicationStatus,
    pub count: u64,
}

/// Places and confirmed sign-ups of the shifts (not cancelled) starting in
/// one month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShiftPlaces {
    pub month: Month,
    pub capacity: u64,
    pub confirmed: u64,
}

/// Places still open, in one month, of shifts of published opportunities
/// that require one skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SkillDemand {
    pub month: Month,
    pub skill: u32,
    pub places: u64,
}

#[derive(Debug, Clone)]
pub struct Facts {
    pub window: Window,
    pub sizes: Sizes,
    band: Vec<AgeBand>,
    country: Vec<u32>,
    city: Vec<u32>,
    registered: Vec<Month>,
    /// Volunteer `v`'s languages are `languages[language_start[v]..language_start[v + 1]]`.
    language_start: Vec<u32>,
    languages: Vec<u32>,
    /// Months each volunteer was active in: a confirmed or attended
    /// sign-up, or counted hours.
    active: Vec<Months>,
    pub signups: Vec<SignupCount>,
    /// Sorted by volunteer once gathered ([`Facts::finish`]).
    pub signup_people: Vec<SignupsOf>,
    pub shifts: Vec<ShiftPlaces>,
    pub minutes: Vec<Minutes>,
    /// Sorted by volunteer once gathered ([`Facts::finish`]).
    pub hours_people: Vec<HoursOf>,
    /// Volunteers who have each skill now, by skill.
    pub skill_supply: Vec<u64>,
    pub skill_demand: Vec<SkillDemand>,
    pub organizations: Vec<(OrganizationKind, OrganizationStatus, u64)>,
    /// Published opportunities by cause.
    pub opportunities: Vec<(u32, u64)>,
}

string_enum!(
    /// What the volunteers' statistics group by.
    VolunteerGroup {
        AgeBand = "age_band",
        Country = "home_country",
        City = "home_city",
        Language = "language",
    }
);

string_enum!(
    /// What the hours' statistics group by.
    HoursGroup {
        Month = "month",
        Organization = "organization",
        Cause = "cause",
    }
);

/// Volunteers of one group: registered by the period's end, and active in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupCount {
    /// The group: an [`AgeBand::ALL`] index, or a label's index.
    pub key: u32,
    pub all: u64,
    pub active: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VolunteerTable {
    /// Groups with anyone in them, by key.
    pub rows: Vec<GroupCount>,
    /// Each volunteer once, whatever their groups.
    pub all: u64,
    pub active: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HoursCount {
    /// A month's index in the window, or an organisation's or cause's.
    pub key: u32,
    pub minutes: u64,
    pub people: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoursTable {
    /// Keys with hours, by key.
    pub rows: Vec<HoursCount>,
    pub minutes: u64,
    pub people: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusCount {
    pub status: ApplicationStatus,
    pub signups: u64,
    pub people: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignupTable {
    /// Every status, in [`ApplicationStatus::ALL`] order.
    pub rows: Vec<StatusCount>,
    pub signups: u64,
    pub people: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fill {
    pub capacity: u64,
    pub confirmed: u64,
    /// Volunteers holding a place (confirmed, attended or absent), as
    /// the shifts' confirmed counts do.
    pub people: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SkillCount {
    pub skill: u32,
    pub supply: u64,
    pub demand: u64,
}

fn status_index(status: ApplicationStatus) -> usize {
    ApplicationStatus::ALL
        .iter()
        .position(|candidate| *candidate == status)
        .unwrap_or(0)
}

fn band_index(band: AgeBand) -> u32 {
    AgeBand::ALL
        .iter()
        .position(|candidate| *candidate == band)
        .unwrap_or(0) as u32
}

impl Facts {
    pub fn new(window: Window, sizes: Sizes) -> Self {
        Self {
            window,
            sizes,
            band: Vec::new(),
            country: Vec::new(),
            city: Vec::new(),
            registered: Vec::new(),
            language_start: vec![0],
            languages: Vec::new(),
            active: Vec::new(),
            signups: Vec::new(),
            signup_people: Vec::new(),
            shifts: Vec::new(),
            minutes: Vec::new(),
            hours_people: Vec::new(),
            skill_supply: vec![0; sizes.skills as usize],
            skill_demand: Vec::new(),
            organizations: Vec::new(),
            opportunities: Vec::new(),
        }
    }

    /// Adds a volunteer and answers their index. Keys must be below
    /// [`Sizes`]' (a gatherer's bug otherwise: they are clamped into it
    /// rather than panic).
    pub fn add_volunteer(
        &mut self,
        band: AgeBand,
        country: u32,
        city: u32,
        registered: Month,
        languages: &[u32],
    ) -> u32 {
        let index = self.band.len() as u32;
        self.band.push(band);
        self.country
            .push(country.min(self.sizes.countries.saturating_sub(1)));
        self.city
            .push(city.min(self.sizes.cities.saturating_sub(1)));
        self.registered.push(registered);
        let last = self.sizes.languages.saturating_sub(1);
        let mut own: Vec<u32> = languages.iter().map(|code| (*code).min(last)).collect();
        own.sort_unstable();
        own.dedup();
        self.languages.extend(own);
        self.language_start.push(self.languages.len() as u32);
        self.active.push(0);
        index
    }

    /// Bytes the facts hold on the heap (for the gathering's log).
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of_val;
        size_of_val(self.band.as_slice())
            + size_of_val(self.country.as_slice())
            + size_of_val(self.city.as_slice())
            + size_of_val(self.registered.as_slice())
            + size_of_val(self.language_start.as_slice())
            + size_of_val(self.languages.as_slice())
            + size_of_val(self.active.as_slice())
            + size_of_val(self.signups.as_slice())
            + size_of_val(self.signup_people.as_slice())
            + size_of_val(self.shifts.as_slice())
            + size_of_val(self.minutes.as_slice())
            + size_of_val(self.hours_people.as_slice())
            + size_of_val(self.skill_supply.as_slice())
            + size_of_val(self.skill_demand.as_slice())
    }

    pub fn volunteers_gathered(&self) -> u32 {
        self.band.len() as u32
    }

    /// Orders the per-person rows and marks the people with counted hours
    /// or a held place active in those months.
    pub fn finish(&mut self) {
        let volunteers = self.band.len() as u32;
        self.band.shrink_to_fit();
        self.country.shrink_to_fit();
        self.city.shrink_to_fit();
        self.registered.shrink_to_fit();
        self.language_start.shrink_to_fit();
        self.languages.shrink_to_fit();
        self.active.shrink_to_fit();
        self.hours_people
            .retain(|row| row.volunteer < volunteers && row.months != 0);
        self.signup_people
            .retain(|row| row.volunteer < volunteers && row.months != 0);
        self.hours_people
            .sort_unstable_by_key(|row| (row.volunteer, row.organization, row.cause));
        self.signup_people
            .sort_unstable_by_key(|row| (row.volunteer, status_index(row.status)));
        for row in &self.hours_people {
            self.active[row.volunteer as usize] |= row.months;
        }
        for row in &self.signup_people {
            if matches!(
                row.status,
                ApplicationStatus::Confirmed | ApplicationStatus::Attended
            ) {
                self.active[row.volunteer as usize] |= row.months;
            }
        }
    }

    fn languages_of(&self, volunteer: usize) -> &[u32] {
        let start = self.language_start[volunteer] as usize;
        let end = self.language_start[volunteer + 1] as usize;
        &self.languages[start..end]
    }

    fn group_size(&self, group: VolunteerGroup) -> usize {
        match group {
            VolunteerGroup::AgeBand => AgeBand::ALL.len(),
            VolunteerGroup::Country => self.sizes.countries as usize,
            VolunteerGroup::City => self.sizes.cities as usize,
            VolunteerGroup::Language => self.sizes.languages as usize,
        }
    }

    fn count_groups(&self, group: VolunteerGroup, volunteer: usize, counts: &mut [u64]) {
        let mut add = |key: u32| {
            if let Some(count) = counts.get_mut(key as usize) {
                *count += 1;
            }
        };
        match group {
            VolunteerGroup::AgeBand => add(band_index(self.band[volunteer])),
            VolunteerGroup::Country => add(self.country[volunteer]),
            VolunteerGroup::City => add(self.city[volunteer]),
            VolunteerGroup::Language => self.languages_of(volunteer).iter().for_each(|k| add(*k)),
        }
    }

    /// Volunteers by `group`: those registered by the period's end, and
    /// those active in it.
    pub fn volunteers(&self, group: VolunteerGroup, period: Period) -> VolunteerTable {
        let mask = self.window.mask(period);
        let size = self.group_size(group);
        let mut all = vec![0; size];
        let mut active = vec![0; size];
        let (mut all_total, mut active_total) = (0, 0);
        for volunteer in 0..self.band.len() {
            if self.registered[volunteer] <= period.to {
                all_total += 1;
                self.count_groups(group, volunteer, &mut all);
            }
            if self.active[volunteer] & mask != 0 {
                active_total += 1;
                self.count_groups(group, volunteer, &mut active);
            }
        }
        let rows = all
            .iter()
            .zip(&active)
            .enumerate()
            .filter(|(_, (all, active))| **all > 0 || **active > 0)
            .map(|(key, (all, active))| GroupCount {
                key: key as u32,
                all: *all,
                active: *active,
            })
            .collect();
        VolunteerTable {
            rows,
            all: all_total,
            active: active_total,
        }
    }

    /// Volunteers active in the period.
    pub fn active_in(&self, period: Period) -> u64 {
        let mask = self.window.mask(period);
        self.active
            .iter()
            .filter(|months| **months & mask != 0)
            .count() as u64
    }

    /// Volunteers registered by the period's end.
    pub fn registered_by(&self, period: Period) -> u64 {
        self.registered
            .iter()
            .filter(|month| **month <= period.to)
            .count() as u64
    }

    /// Counted hours by `group` in the period, with the people who worked them.
    pub fn hours(&self, group: HoursGroup, period: Period) -> HoursTable {
        let mask = self.window.mask(period);
        let size = match group {
            HoursGroup::Month => Window::MONTHS as usize,
            HoursGroup::Organization => self.sizes.organizations as usize,
            HoursGroup::Cause => self.sizes.causes as usize,
        };
        let mut minutes = vec![0u64; size];
        let mut people = vec![0u64; size];
        let mut total_minutes = 0;
        for cell in self
            .minutes
            .iter()
            .filter(|cell| period.contains(cell.month))
        {
            let key = match group {
                HoursGroup::Month => cell.month.since(self.window.first()) as usize,
                HoursGroup::Organization => cell.organization as usize,
                HoursGroup::Cause => cell.cause as usize,
            };
            if let Some(slot) = minutes.get_mut(key) {
                *slot += cell.minutes;
                total_minutes += cell.minutes;
            }
        }
        let mut total_people = 0;
        let mut keys: Vec<u32> = Vec::new();
        for rows in self
            .hours_people
            .chunk_by(|a, b| a.volunteer == b.volunteer)
        {
            let mut months = 0;
            keys.clear();
            for row in rows {
                let hit = row.months & mask;
                if hit != 0 {
                    months |= hit;
                    keys.push(match group {
                        HoursGroup::Month => 0,
                        HoursGroup::Organization => row.organization,
                        HoursGroup::Cause => row.cause,
                    });
                }
            }
            if months == 0 {
                continue;
            }
            total_people += 1;
            if group == HoursGroup::Month {
                // The set bits only: most people work a few months of 128.
                keys.clear();
                let mut bits = months;
                while bits != 0 {
                    keys.push(bits.trailing_zeros());
                    bits &= bits - 1;
                }
            } else {
                keys.sort_unstable();
                keys.dedup();
            }
            for key in &keys {
                if let Some(slot) = people.get_mut(*key as usize) {
                    *slot += 1;
                }
            }
        }
        let rows = minutes
            .iter()
            .zip(&people)
            .enumerate()
            .filter(|(_, (minutes, people))| **minutes > 0 || **people > 0)
            .map(|(key, (minutes, people))| HoursCount {
                key: key as u32,
                minutes: *minutes,
                people: *people,
            })
            .collect();
        HoursTable {
            rows,
            minutes: total_minutes,
            people: total_people,
        }
    }

    /// Sign-ups for shifts starting in the period, by status.
    pub fn signups(&self, period: Period) -> SignupTable {
        let mask = self.window.mask(period);
        let mut rows: Vec<StatusCount> = ApplicationStatus::ALL
            .iter()
            .map(|status| StatusCount {
                status: *status,
                signups: 0,
                people: 0,
            })
            .collect();
        for count in self.signups.iter().filter(|c| period.contains(c.month)) {
            rows[status_index(count.status)].signups += count.count;
        }
        let mut people = 0;
        for own in self
            .signup_people
            .chunk_by(|a, b| a.volunteer == b.volunteer)
        {
            let mut any = false;
            for row in own.iter().filter(|row| row.months & mask != 0) {
                rows[status_index(row.status)].people += 1;
                any = true;
            }
            people += u64::from(any);
        }
        SignupTable {
            signups: rows.iter().map(|row| row.signups).sum(),
            rows,
            people,
        }
    }

    /// Places and confirmed sign-ups of the shifts starting in the period.
    pub fn fill(&self, period: Period) -> Fill {
        let mask = self.window.mask(period);
        let (capacity, confirmed) = self
            .shifts
            .iter()
            .filter(|shift| period.contains(shift.month))
            .fold((0, 0), |(capacity, confirmed), shift| {
                (capacity + shift.capacity, confirmed + shift.confirmed)
            });
        let people = self
            .signup_people
            .chunk_by(|a, b| a.volunteer == b.volunteer)
            .filter(|own| {
                own.iter().any(|row| {
                    matches!(
                        row.status,
                        ApplicationStatus::Confirmed
                            | ApplicationStatus::Attended
                            | ApplicationStatus::NoShow
                    ) && row.months & mask != 0
                })
            })
            .count() as u64;
        Fill {
            capacity,
            confirmed,
            people,
        }
    }

    /// Each skill's supply (volunteers who have it now) against its demand
    /// (open places requiring it in shifts starting in the period).
    pub fn skills(&self, period: Period) -> Vec<SkillCount> {
        let mut demand = vec![0u64; self.skill_supply.len()];
        for need in self
            .skill_demand
            .iter()
            .filter(|n| period.contains(n.month))
        {
            if let Some(slot) = demand.get_mut(need.skill as usize) {
                *slot += need.places;
            }
        }
        self.skill_supply
            .iter()
            .zip(&demand)
            .enumerate()
            .filter(|(_, (supply, demand))| **supply > 0 || **demand > 0)
            .map(|(skill, (supply, demand))| SkillCount {
                skill: skill as u32,
                supply: *supply,
                demand: *demand,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use proptest::prelude::*;

    use super::*;

    fn month(offset: i32) -> Month {
        Month::parse("2026-01").unwrap().plus(offset)
    }

    fn window() -> Window {
        Window::around(month(10))
    }

    const SIZES: Sizes = Sizes {
        countries: 3,
        cities: 4,
        languages: 3,
        organizations: 3,
        causes: 2,
        skills: 2,
    };

    /// One person's facts, as a brute force counts them.
    #[derive(Debug, Clone)]
    struct Person {
        band: usize,
        city: u32,
        registered: i32,
        languages: Vec<u32>,
        /// (month offset, organisation, cause, minutes)
        hours: Vec<(i32, u32, u32, u64)>,
        /// (month offset, status)
        signups: Vec<(i32, usize)>,
    }

    fn person() -> impl Strategy<Value = Person> {
        (
            0..AgeBand::ALL.len(),
            0..SIZES.cities,
            -3i32..12,
            proptest::collection::vec(0..SIZES.languages, 0..3),
            proptest::collection::vec(
                (
                    -2i32..14,
                    0..SIZES.organizations,
                    0..SIZES.causes,
                    1u64..300,
                ),
                0..5,
            ),
            proptest::collection::vec((-2i32..14, 0..ApplicationStatus::ALL.len()), 0..4),
        )
            .prop_map(
                |(band, city, registered, languages, hours, signups)| Person {
                    band,
                    city,
                    registered,
                    languages,
                    hours,
                    signups,
                },
            )
    }

    /// Gathers `people` the way the service does: masks per person and
    /// cell, sums per month.
    fn gather(people: &[Person]) -> Facts {
        let window = window();
        let mut facts = Facts::new(window, SIZES);
        let mut minutes: BTreeMap<(i32, u32, u32), u64> = BTreeMap::new();
        let mut signups: BTreeMap<(i32, usize), u64> = BTreeMap::new();
        for person in people {
            let index = facts.add_volunteer(
                AgeBand::ALL[person.band],
                0,
                person.city,
                month(person.registered),
                &person.languages,
            );
            let mut cells: BTreeMap<(u32, u32), Months> = BTreeMap::new();
            for &(at, organization, cause, worked) in &person.hours {
                *cells.entry((organization, cause)).or_default() |= window.bit(month(at));
                *minutes.entry((at, organization, cause)).or_default() += worked;
            }
            facts
                .hours_people
                .extend(
                    cells
                        .into_iter()
                        .map(|((organization, cause), months)| HoursOf {
                            volunteer: index,
                            organization,
                            cause,
                            months,
                        }),
                );
            let mut statuses: BTreeMap<usize, Months> = BTreeMap::new();
            for &(at, status) in &person.signups {
                *statuses.entry(status).or_default() |= window.bit(month(at));
                *signups.entry((at, status)).or_default() += 1;
            }
            facts
                .signup_people
                .extend(statuses.into_iter().map(|(status, months)| SignupsOf {
                    volunteer: index,
                    status: ApplicationStatus::ALL[status],
                    months,
                }));
        }
        facts.minutes = minutes
            .into_iter()
            .map(|((at, organization, cause), minutes)| Minutes {
                month: month(at),
                organization,
                cause,
                minutes,
            })
            .collect();
        facts.signups = signups
            .into_iter()
            .map(|((at, status), count)| SignupCount {
                month: month(at),
                status: ApplicationStatus::ALL[status],
                count,
            })
            .collect();
        facts.finish();
        facts
    }

    fn active(person: &Person, period: Period) -> bool {
        person.hours.iter().any(|h| period.contains(month(h.0)))
            || person.signups.iter().any(|&(at, status)| {
                period.contains(month(at))
                    && matches!(
                        ApplicationStatus::ALL[status],
                        ApplicationStatus::Confirmed | ApplicationStatus::Attended
                    )
            })
    }

    proptest! {
        /// Every table equals a brute-force count over the people
        /// themselves: each person once per cell, whatever their rows.
        #[test]
        fn tables_count_each_person_once_per_cell(
            people in proptest::collection::vec(person(), 0..25),
            from in 0i32..12,
            length in 0i32..6,
        ) {
            let facts = gather(&people);
            let period = Period::within(month(from), month(from + length), window()).unwrap();

            let by_city = facts.volunteers(VolunteerGroup::City, period);
            for city in 0..SIZES.cities {
                let all = people.iter().filter(|p| p.city == city && month(p.registered) <= period.to).count() as u64;
                let act = people.iter().filter(|p| p.city == city && active(p, period)).count() as u64;
                let row = by_city.rows.iter().find(|row| row.key == city);
                prop_assert_eq!(row.map_or((0, 0), |row| (row.all, row.active)), (all, act));
            }
            prop_assert_eq!(by_city.active, people.iter().filter(|p| active(p, period)).count() as u64);
            prop_assert_eq!(facts.active_in(period), by_city.active);

            let by_language = facts.volunteers(VolunteerGroup::Language, period);
            for language in 0..SIZES.languages {
                let all = people.iter().filter(|p| p.languages.contains(&language) && month(p.registered) <= period.to).count() as u64;
                let row = by_language.rows.iter().find(|row| row.key == language);
                prop_assert_eq!(row.map_or(0, |row| row.all), all);
            }

            let by_organization = facts.hours(HoursGroup::Organization, period);
            for organization in 0..SIZES.organizations {
                let worked = people.iter().flat_map(|p| &p.hours)
                    .filter(|h| h.1 == organization && period.contains(month(h.0)))
                    .map(|h| h.3).sum::<u64>();
                let workers = people.iter()
                    .filter(|p| p.hours.iter().any(|h| h.1 == organization && period.contains(month(h.0))))
                    .count() as u64;
                let row = by_organization.rows.iter().find(|row| row.key == organization);
                prop_assert_eq!(row.map_or((0, 0), |row| (row.minutes, row.people)), (worked, workers));
            }
            let by_month = facts.hours(HoursGroup::Month, period);
            for at in period.months() {
                let workers = people.iter()
                    .filter(|p| p.hours.iter().any(|h| month(h.0) == at))
                    .count() as u64;
                let key = at.since(window().first()) as u32;
                let row = by_month.rows.iter().find(|row| row.key == key);
                prop_assert_eq!(row.map_or(0, |row| row.people), workers);
            }
            let workers: BTreeSet<usize> = people.iter().enumerate()
                .filter(|(_, p)| p.hours.iter().any(|h| period.contains(month(h.0))))
                .map(|(i, _)| i).collect();
            prop_assert_eq!(by_month.people, workers.len() as u64);
            prop_assert_eq!(by_month.minutes, by_organization.minutes);

            let signups = facts.signups(period);
            for (index, status) in ApplicationStatus::ALL.iter().enumerate() {
                let count = people.iter().flat_map(|p| &p.signups)
                    .filter(|s| s.1 == index && period.contains(month(s.0))).count() as u64;
                let holders = people.iter()
                    .filter(|p| p.signups.iter().any(|s| s.1 == index && period.contains(month(s.0))))
                    .count() as u64;
                prop_assert_eq!(signups.rows[index].status, *status);
                prop_assert_eq!((signups.rows[index].signups, signups.rows[index].people), (count, holders));
            }
        }
    }

    #[test]
    fn facts_outside_the_window_do_not_count() {
        let window = window();
        let mut facts = Facts::new(window, SIZES);
        let volunteer = facts.add_volunteer(AgeBand::Unknown, 0, 0, month(0), &[]);
        facts.hours_people.push(HoursOf {
            volunteer,
            organization: 0,
            cause: 0,
            months: window.bit(window.first().plus(-1)),
        });
        facts.finish();
        let period = Period::within(window.first(), window.last(), window).unwrap();
        assert_eq!(facts.active_in(period), 0);
        assert_eq!(facts.hours(HoursGroup::Month, period).people, 0);
    }
}
