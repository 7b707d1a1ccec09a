//! Each factor's points, in whole numbers rounded down, and the hard
//! requirements that belong to a factor (skills, languages, distance).
//! Nothing here allocates.

use super::{
    Detail, LanguageRequirement, SkillRequirement, distance_km,
    time::Coverage,
    weights::{self, LANGUAGE_UNITS, SKILL_UNITS},
};
use crate::{
    language::LanguageCode,
    organization::Coordinates,
    volunteer::MaxDistanceKm,
    volunteering::{Cause, CefrLevel, SkillLevel},
};

/// `weight × earned ÷ possible`, rounded down.
fn share(weight: u8, earned: u64, possible: u64) -> u8 {
    let points = u64::from(weight) * earned.min(possible) / possible.max(1);
    u8::try_from(points).unwrap_or(weight)
}

/// `weight` falling in equal steps from `0` to `zero` (and staying at 0
/// beyond): `weight × (zero − steps) ÷ zero`, rounded down.
fn steps_left(weight: u8, steps: u32, zero: u32) -> u8 {
    share(
        weight,
        u64::from(zero.saturating_sub(steps)),
        u64::from(zero),
    )
}

/// What one requirement earns, out of `units`: half for meeting it exactly,
/// and the other half shared by the levels above the minimum that exist
/// (all of it when there are none above: the top level was asked for).
/// `units` is twice a multiple of every possible `headroom`, so the shares
/// are whole.
fn requirement_units(excess: u8, headroom: u8, units: u32) -> u32 {
    if headroom == 0 {
        return units;
    }
    let half = units / 2;
    half + half * u32::from(excess.min(headroom)) / u32::from(headroom)
}

fn skill_units(held: SkillLevel, min: SkillLevel) -> u32 {
    let excess = held.get().saturating_sub(min.get());
    let headroom = SkillLevel::EXPERT.get().saturating_sub(min.get());
    requirement_units(excess, headroom, SKILL_UNITS)
}

fn language_units(held: CefrLevel, min: CefrLevel) -> u32 {
    let excess = held.rank().saturating_sub(min.rank());
    let headroom = CefrLevel::C2.rank().saturating_sub(min.rank());
    requirement_units(excess, headroom, LANGUAGE_UNITS)
}

fn count(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// `None` when a required skill is missing or below its level. `level_of`
/// tells the level the volunteer holds a skill at.
pub(super) fn skills<S: PartialEq>(
    level_of: impl Fn(&S) -> Option<SkillLevel>,
    required: &[SkillRequirement<S>],
    preferred: &[SkillRequirement<S>],
) -> Option<(u8, Detail)> {
    if required.is_empty() && preferred.is_empty() {
        return Some((weights::SKILLS_NOTHING_ASKED, Detail::NoSkillsAsked));
    }
    let (mut earned, mut levels_above, mut preferred_held) = (0u64, 0u32, 0usize);
    for requirement in required {
        let level = level_of(&requirement.skill).filter(|level| *level >= requirement.min_level)?;
        earned += u64::from(skill_units(level, requirement.min_level));
        levels_above += u32::from(level.get() - requirement.min_level.get());
    }
    for requirement in preferred {
        if let Some(level) =
            level_of(&requirement.skill).filter(|level| *level >= requirement.min_level)
        {
            earned += u64::from(skill_units(level, requirement.min_level));
            levels_above += u32::from(level.get() - requirement.min_level.get());
            preferred_held += 1;
        }
    }
    let possible = u64::from(SKILL_UNITS) * (required.len() + preferred.len()) as u64;
    Some((
        share(weights::SKILLS, earned, possible),
        Detail::Skills {
            required: count(required.len()),
            preferred: count(preferred.len()),
            preferred_held: count(preferred_held),
            levels_above: u16::try_from(levels_above).unwrap_or(u16::MAX),
        },
    ))
}

/// `None` when a language is missing or below its level. `level_of` tells
/// the level the volunteer speaks a language at.
pub(super) fn languages(
    level_of: impl Fn(LanguageCode) -> Option<CefrLevel>,
    required: &[LanguageRequirement],
) -> Option<(u8, Detail)> {
    if required.is_empty() {
        return Some((weights::LANGUAGES_NOTHING_ASKED, Detail::NoLanguagesAsked));
    }
    let (mut earned, mut levels_above) = (0u64, 0u32);
    for requirement in required {
        let level = level_of(requirement.code).filter(|level| *level >= requirement.min_level)?;
        earned += u64::from(language_units(level, requirement.min_level));
        levels_above += u32::from(level.rank() - requirement.min_level.rank());
    }
    let possible = u64::from(LANGUAGE_UNITS) * required.len() as u64;
    Some((
        share(weights::LANGUAGES, earned, possible),
        Detail::Languages {
            required: count(required.len()),
            levels_above: u16::try_from(levels_above).unwrap_or(u16::MAX),
        },
    ))
}

/// Remote work needs no travel and gets every distance point. Otherwise
/// `None` unless the volunteer's home, their reach and the place are all
/// known and the place is within reach.
pub(super) fn distance(
    remote: bool,
    home: Option<Coordinates>,
    reach: Option<MaxDistanceKm>,
    place: Option<Coordinates>,
) -> Option<(u8, Detail)> {
    if remote {
        return Some((weights::DISTANCE, Detail::Remote));
    }
    let km = distance_km(home?, place?);
    within(km, reach?)
}

/// The points of a place `km` away, `None` beyond `reach`.
pub(super) fn within(km: f64, reach: MaxDistanceKm) -> Option<(u8, Detail)> {
    if km > f64::from(reach.get()) {
        return None;
    }
    Some(at_km(km))
}

/// The points of a place `km` away, within reach.
pub(super) fn at_km(km: f64) -> (u8, Detail) {
    // Whole metres, rounded down as the points count full kilometres.
    let metres = (km * 1000.0) as u32;
    (
        steps_left(weights::DISTANCE, metres / 1000, weights::DISTANCE_ZERO_KM),
        Detail::Distance { metres },
    )
}

pub(super) fn causes(of_interest: &[Cause], cause: Cause) -> (u8, Detail) {
    let shared = of_interest.contains(&cause);
    (
        if shared { weights::CAUSES } else { 0 },
        Detail::Cause { cause, shared },
    )
}

pub(super) fn availability(best: Coverage) -> (u8, Detail) {
    (
        share(
            weights::AVAILABILITY,
            u64::try_from(best.covered).unwrap_or(0),
            u64::try_from(best.total).unwrap_or(0),
        ),
        Detail::Availability {
            percent: best.percent(),
        },
    )
}

/// `seconds` until the first eligible shift starts (always positive).
pub(super) fn soon(seconds: i64) -> (u8, Detail) {
    let hours = u32::try_from(seconds.max(0) / 3600).unwrap_or(u32::MAX);
    (
        steps_left(weights::SOON, hours / 24, weights::SOON_ZERO_DAYS),
        Detail::Soon { hours },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_requirement_met_exactly_earns_half_and_the_top_level_all() {
        let level = |n| SkillLevel::new(n).unwrap();
        assert_eq!(skill_units(level(1), level(1)), 2);
        assert_eq!(skill_units(level(2), level(1)), 3);
        assert_eq!(skill_units(level(3), level(1)), 4);
        assert_eq!(skill_units(level(2), level(2)), 2);
        assert_eq!(skill_units(level(3), level(2)), 4);
        assert_eq!(skill_units(level(3), level(3)), 4);
        use CefrLevel::*;
        assert_eq!(language_units(A1, A1), 60);
        assert_eq!(language_units(A2, A1), 72);
        assert_eq!(language_units(C2, A1), 120);
        assert_eq!(language_units(B2, B1), 80);
        assert_eq!(language_units(C1, B2), 90);
        assert_eq!(language_units(C2, C2), 120);
        // Every headroom divides the half evenly.
        for min in CefrLevel::ALL {
            let headroom = u32::from(C2.rank() - min.rank());
            assert_eq!((LANGUAGE_UNITS / 2) % headroom.max(1), 0);
        }
    }

    #[test]
    fn each_full_kilometre_and_day_costs_a_point() {
        let day = 24 * 3600;
        assert_eq!(soon(1).0, 10);
        assert_eq!(soon(day - 1).0, 10);
        assert_eq!(soon(day).0, 9);
        assert_eq!(soon(9 * day + 5).0, 1);
        assert_eq!(soon(10 * day).0, 0);
        assert_eq!(soon(100 * day).0, 0);
        assert_eq!(soon(90 * 60).1, Detail::Soon { hours: 1 });
        assert_eq!(steps_left(20, 0, 20), 20);
        assert_eq!(steps_left(20, 3, 20), 17);
        assert_eq!(steps_left(20, 25, 20), 0);
        // Weights that are not a multiple of the steps round down.
        assert_eq!(steps_left(15, 1, 10), 13);
        let remote = distance(true, None, None, None);
        assert_eq!(remote, Some((20, Detail::Remote)));
        assert_eq!(share(20, 0, 0), 0);
    }
}
