//! Every weight and threshold of the matching engine, in one place.
//! `docs/matching.md` explains each; change them together.

/// The most points each factor gives. They add up to 100, so the score is
/// a percentage-like number and a factor's weight is its share of it.
pub const SKILLS: u8 = 30;
pub const LANGUAGES: u8 = 10;
pub const DISTANCE: u8 = 20;
pub const CAUSES: u8 = 15;
pub const AVAILABILITY: u8 = 15;
pub const SOON: u8 = 10;

/// The highest score.
pub const MAX_SCORE: u8 = 100;

const _: () = assert!(
    SKILLS as u16
        + LANGUAGES as u16
        + DISTANCE as u16
        + CAUSES as u16
        + AVAILABILITY as u16
        + SOON as u16
        == MAX_SCORE as u16,
    "the factors' weights add up to the highest score"
);

/// Skills points of an opportunity that asks for no skills: half, what a
/// volunteer who meets every requirement exactly gets, so asking for
/// nothing neither favours nor punishes it.
pub const SKILLS_NOTHING_ASKED: u8 = SKILLS / 2;

/// Languages points of an opportunity that asks for no language: half, as
/// for skills.
pub const LANGUAGES_NOTHING_ASKED: u8 = LANGUAGES / 2;

/// The units one skill requirement is worth. Met exactly it earns half;
/// the levels above its minimum that exist share the other half (a
/// requirement at the top level earns all when met). Twice the least common
/// multiple of the possible headrooms (1 or 2 levels), so shares are whole.
pub const SKILL_UNITS: u32 = 4;

/// The units one language requirement is worth, shared as for skills: twice
/// the least common multiple of the possible headrooms (1 to 5 CEFR levels).
pub const LANGUAGE_UNITS: u32 = 120;

/// A shift is eligible only when the volunteer's weekly availability covers
/// at least this share of it.
pub const MIN_COVERAGE_PERCENT: u8 = 50;

/// Distance points fall in equal steps per full kilometre from home to the
/// place and reach zero here: with 20 points over 20 km, each full
/// kilometre costs a point (a place 0.9 km away gets all 20, 3.4 km away 17).
pub const DISTANCE_ZERO_KM: u32 = 20;

/// "Soon" points fall in equal steps per full day until the first eligible
/// shift starts and reach zero here: with 10 points over 10 days, each full
/// day costs a point (a shift within 24 hours gets all 10).
pub const SOON_ZERO_DAYS: u32 = 10;

/// The mean Earth radius (IUGG) the great-circle distance uses.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// From this age nobody needs a guardian's consent.
pub const ADULT_AGE: u32 = crate::volunteer::ADULT_AGE;
