//! Opportunities by where they are, for a volunteer's best matches.

use std::{collections::HashMap, hash::Hash};

use chrono::{DateTime, Utc};

use super::{Slots, forget};
use crate::{
    matching::{Match, OpportunityFacts, ShiftLimits, best_of, weights},
    organization::Coordinates,
    volunteer::VolunteerProfile,
    volunteering::Cause,
};

/// The side of a grid square, in degrees of latitude and of longitude
/// (about 11 × 7 km at Toruń): a volunteer's reach covers few of them.
const SQUARE_DEGREES: f64 = 0.1;

/// What a volunteer may narrow their matches to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OpportunityFilter {
    pub cause: Option<Cause>,
    pub remote: Option<bool>,
}

impl OpportunityFilter {
    fn admits<S, H>(&self, facts: &OpportunityFacts<S, H>) -> bool {
        self.cause.is_none_or(|cause| facts.cause == cause)
            && self.remote.is_none_or(|remote| facts.remote == remote)
    }
}

/// The published opportunities matching may offer, keyed by `K`: remote
/// ones in a list, the others in squares of a grid by their place, so a
/// volunteer's reach selects the few squares to look at.
#[derive(Debug)]
pub struct OpportunityIndex<K, S, H> {
    slots: Slots<(K, OpportunityFacts<S, H>)>,
    by_key: HashMap<K, u32>,
    remote: Vec<u32>,
    squares: HashMap<(i32, i32), Vec<u32>>,
}

impl<K, S, H> Default for OpportunityIndex<K, S, H> {
    fn default() -> Self {
        Self {
            slots: Slots::default(),
            by_key: HashMap::new(),
            remote: Vec::new(),
            squares: HashMap::new(),
        }
    }
}

fn square_of(at: Coordinates) -> (i32, i32) {
    // 180° east is 180° west: one column for both.
    let lon = if at.lon() >= 180.0 {
        at.lon() - 360.0
    } else {
        at.lon()
    };
    (
        (at.lat() / SQUARE_DEGREES).floor() as i32,
        (lon / SQUARE_DEGREES).floor() as i32,
    )
}

impl<K: Clone + Eq + Hash + Ord, S: PartialEq, H: Clone + PartialEq> OpportunityIndex<K, S, H> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, key: &K) -> Option<&OpportunityFacts<S, H>> {
        let slot = self.by_key.get(key)?;
        self.slots.get(*slot).map(|(_, facts)| facts)
    }

    /// Every opportunity held, in no order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &OpportunityFacts<S, H>)> {
        self.slots
            .entries
            .iter()
            .flatten()
            .map(|(key, facts)| (key, facts))
    }

    /// Adds or replaces `key`'s facts. One on site without a place can
    /// match no one and is left out.
    pub fn upsert(&mut self, key: K, mut facts: OpportunityFacts<S, H>) {
        self.remove(&key);
        facts.shifts.shrink_to_fit();
        facts.required_skills.shrink_to_fit();
        facts.preferred_skills.shrink_to_fit();
        facts.languages.shrink_to_fit();
        let square = match (facts.remote, facts.location) {
            (true, _) => None,
            (false, Some(place)) => Some(square_of(place)),
            (false, None) => return,
        };
        let slot = self.slots.insert((key.clone(), facts));
        self.by_key.insert(key, slot);
        match square {
            None => self.remote.push(slot),
            Some(square) => self.squares.entry(square).or_default().push(slot),
        }
    }

    pub fn remove(&mut self, key: &K) {
        let Some(slot) = self.by_key.remove(key) else {
            return;
        };
        let Some((_, facts)) = self.slots.take(slot) else {
            return;
        };
        match (facts.remote, facts.location) {
            (true, _) => forget(&mut self.remote, slot),
            (false, Some(place)) => {
                let square = square_of(place);
                if let Some(list) = self.squares.get_mut(&square) {
                    forget(list, slot);
                    if list.is_empty() {
                        self.squares.remove(&square);
                    }
                }
            }
            (false, None) => {}
        }
    }

    /// Returns the memory that growing while loading left unused.
    pub fn shrink_to_fit(&mut self) {
        self.slots.entries.shrink_to_fit();
        self.by_key.shrink_to_fit();
    }

    /// Drops the shifts that have started by `now` (they are never offered
    /// again), and the opportunities left without any.
    pub fn forget_past(&mut self, now: DateTime<Utc>) {
        let mut gone = Vec::new();
        for (key, facts) in self.slots.entries.iter_mut().flatten() {
            facts.shifts.retain(|shift| shift.time.starts_at() > now);
            if facts.shifts.is_empty() {
                gone.push(key.clone());
            }
        }
        for key in gone {
            self.remove(&key);
        }
    }

    /// The `count` best matches of `volunteer` after `after`, exactly as
    /// [`crate::matching::rank_opportunities_within`] ranks every
    /// opportunity the filter admits.
    pub fn best_for(
        &self,
        volunteer: &VolunteerProfile<S>,
        limits: &ShiftLimits<'_, H>,
        filter: &OpportunityFilter,
        now: DateTime<Utc>,
        after: Option<(u8, DateTime<Utc>, K)>,
        count: usize,
    ) -> Vec<(K, Match<H>)> {
        let mut slots: Vec<u32> = Vec::new();
        if filter.remote != Some(false) {
            slots.extend_from_slice(&self.remote);
        }
        let fields = volunteer.fields();
        if filter.remote != Some(true)
            && let (Some(home), Some(reach)) = (fields.home, fields.max_distance_km)
        {
            for square in squares_within(home, f64::from(reach.get())) {
                if let Some(list) = self.squares.get(&square) {
                    slots.extend_from_slice(list);
                }
            }
        }
        let get = |slot: u32| {
            self.slots
                .get(slot)
                .filter(|(_, facts)| filter.admits(facts))
                .map(|(key, facts)| (key, facts))
        };
        best_of(volunteer, slots, get, limits, now, after, count)
    }
}

/// The grid squares that hold every place within `km` of `home` (and a
/// few more): the latitudes within the angle, and the longitudes within
/// the widest the cap spans at its latitude.
fn squares_within(home: Coordinates, km: f64) -> Vec<(i32, i32)> {
    // The angle at the Earth's centre, with a margin for rounding.
    let angle = (km / weights::EARTH_RADIUS_KM) * 1.001 + 1e-6;
    let lat = home.lat().to_radians();
    let (south, north) = (
        (lat - angle).to_degrees().max(-90.0),
        (lat + angle).to_degrees().min(90.0),
    );
    // A cap reaching a pole spans every longitude; otherwise its widest
    // longitude difference is asin(sin angle / cos lat).
    let spread = (angle.sin() / lat.cos()).abs();
    let all_longitudes = south <= -90.0 || north >= 90.0 || spread >= 1.0;
    let half_width = if all_longitudes {
        180.0
    } else {
        spread.asin().to_degrees() * 1.001 + 1e-6
    };
    let rows = (south / SQUARE_DEGREES).floor() as i32..=(north / SQUARE_DEGREES).floor() as i32;
    let last_column = (180.0 / SQUARE_DEGREES) as i32;
    let columns: Vec<i32> = if half_width >= 180.0 {
        (-last_column..=last_column).collect()
    } else {
        let (west, east) = (home.lon() - half_width, home.lon() + half_width);
        let span = (west / SQUARE_DEGREES).floor() as i32..=(east / SQUARE_DEGREES).floor() as i32;
        // Across the antimeridian, a column is the same as one 360° away.
        let turn = (360.0 / SQUARE_DEGREES) as i32;
        span.map(|column| {
            if column < -last_column {
                column + turn
            } else if column >= last_column {
                column - turn
            } else {
                column
            }
        })
        .collect()
    };
    rows.flat_map(|row| columns.iter().map(move |column| (row, *column)))
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::matching::distance_km;

    proptest! {
        /// Every place within reach lies in a square the reach selects.
        #[test]
        fn the_squares_hold_every_place_within_reach(
            lat in -89.0f64..89.0, lon in -180.0f64..180.0,
            km in 0.0f64..500.0,
            bearing in 0.0f64..360.0, share in 0.0f64..=1.0,
        ) {
            let home = Coordinates::new(lat, lon).unwrap();
            // A point `share` of the reach away in direction `bearing`.
            let angle = km * share / weights::EARTH_RADIUS_KM;
            let (phi, bearing) = (lat.to_radians(), bearing.to_radians());
            let to_lat = (phi.sin() * angle.cos() + phi.cos() * angle.sin() * bearing.cos()).asin();
            let to_lon = lon.to_radians()
                + (bearing.sin() * angle.sin() * phi.cos())
                    .atan2(angle.cos() - phi.sin() * to_lat.sin());
            let mut to_lon = to_lon.to_degrees();
            while to_lon >= 180.0 { to_lon -= 360.0; }
            while to_lon < -180.0 { to_lon += 360.0; }
            let place = Coordinates::new(to_lat.to_degrees(), to_lon).unwrap();
            prop_assume!(distance_km(home, place) <= km);
            prop_assert!(squares_within(home, km).contains(&square_of(place)));
        }
    }
}
