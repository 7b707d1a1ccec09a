//! What an organisation may learn of where a volunteer lives.
//!
//! Candidates are shown to an opportunity's organisation, and the
//! organisation chooses the opportunity's place: moving it and reading a
//! distance again and again would locate a home (trilateration). So every
//! output about a volunteer's whereabouts (whether they are within reach,
//! the distance points, the distance band, the order of the ranking) is
//! computed from the centre of the grid cell the home lies in, never from
//! the home itself: whatever sequence of requests is made, the answers are
//! the same for every home in the cell, so no one learns more than the
//! cell. A minor's entry carries no distance at all.

use super::{Detail, Factor, Match, Reason, weights};
use crate::organization::Coordinates;

/// The cell's height in degrees of latitude: about 2.2 km.
pub const HOME_CELL_LAT_DEGREES: f64 = 0.02;
/// The cell's width in degrees of longitude: about 2.0 km at Toruń's
/// latitude (53°N), 1.9 km at Kaunas's, 2.1 km at Göttingen's.
pub const HOME_CELL_LON_DEGREES: f64 = 0.03;

/// The centre of the grid cell `home` lies in. The database computes the
/// same (`volunteer_profiles.home_point`, migration `…_candidate_privacy`)
/// with the same IEEE operations, so both agree to the bit.
pub fn home_cell(home: Coordinates) -> Coordinates {
    let centre = |degrees: f64, step: f64, limit: f64| {
        { ((degrees / step).floor() + 0.5) * step }.min(limit)
    };
    let lat = centre(home.lat(), HOME_CELL_LAT_DEGREES, 90.0);
    let lon = centre(home.lon(), HOME_CELL_LON_DEGREES, 180.0);
    Coordinates::new(lat, lon).unwrap_or(home)
}

string_enum!(
    /// How far an adult candidate lives from the place, coarsely.
    DistanceBand {
        Under5Km = "under 5 km",
        From5To10Km = "5–10 km",
        From10To25Km = "10–25 km",
        From25To50Km = "25–50 km",
        Over50Km = "50 km or more",
    }
);

impl DistanceBand {
    pub fn of_km(km: f64) -> Self {
        match km {
            km if km < 5.0 => Self::Under5Km,
            km if km < 10.0 => Self::From5To10Km,
            km if km < 25.0 => Self::From10To25Km,
            km if km < 50.0 => Self::From25To50Km,
            _ => Self::Over50Km,
        }
    }
}

/// The distance points a minor gets for any place within reach: a fixed
/// half share, so that their score says nothing of how far they live.
pub const MINOR_DISTANCE_POINTS: u8 = weights::DISTANCE / 2;

/// The match as an organisation sees it: the distance reason is a band for
/// an adult, and for a minor only "within reach" with fixed points. `found`
/// must have been evaluated on the home's cell ([`home_cell`]).
pub(super) fn for_organisation<H>(mut found: Match<H>, minor: bool) -> Match<H> {
    for reason in &mut found.reasons {
        if reason.factor != Factor::Distance {
            continue;
        }
        if let Detail::Distance { metres } = reason.detail {
            *reason = if minor {
                Reason {
                    factor: Factor::Distance,
                    points: MINOR_DISTANCE_POINTS,
                    detail: Detail::WithinReach,
                }
            } else {
                Reason {
                    detail: Detail::DistanceBand {
                        band: DistanceBand::of_km(f64::from(metres) / 1000.0),
                    },
                    ..*reason
                }
            };
        }
    }
    found.score = found.reasons.iter().map(|reason| reason.points).sum();
    found
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::matching::distance_km;

    proptest! {
        #[test]
        fn every_home_of_a_cell_has_its_centre(lat in -89.9f64..89.9, lon in -179.9f64..179.9) {
            let home = Coordinates::new(lat, lon).unwrap();
            let cell = home_cell(home);
            // Snapping the centre again changes nothing: the cell is all that is kept.
            prop_assert_eq!(home_cell(cell), cell);
            prop_assert!((cell.lat() - lat).abs() <= HOME_CELL_LAT_DEGREES / 2.0 + 1e-9);
            prop_assert!((cell.lon() - lon).abs() <= HOME_CELL_LON_DEGREES / 2.0 + 1e-9);
        }
    }

    #[test]
    fn a_cell_is_a_kilometre_or_two_across_in_the_partner_cities() {
        for (lat, lon) in [(53.0138, 18.5984), (54.8985, 23.9036), (51.5413, 9.9158)] {
            let corner = |dlat: f64, dlon: f64| Coordinates::new(lat + dlat, lon + dlon).unwrap();
            let tall = distance_km(corner(0.0, 0.0), corner(HOME_CELL_LAT_DEGREES, 0.0));
            let wide = distance_km(corner(0.0, 0.0), corner(0.0, HOME_CELL_LON_DEGREES));
            assert!((1.5..=2.5).contains(&tall), "{tall}");
            assert!((1.5..=2.5).contains(&wide), "{wide}");
        }
    }

    #[test]
    fn homes_in_one_cell_share_it_and_neighbours_do_not() {
        let a = home_cell(Coordinates::new(53.0101, 18.6001).unwrap());
        let b = home_cell(Coordinates::new(53.0199, 18.6299).unwrap());
        let c = home_cell(Coordinates::new(53.0201, 18.6001).unwrap());
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(DistanceBand::of_km(4.99), DistanceBand::Under5Km);
        assert_eq!(DistanceBand::of_km(50.0), DistanceBand::Over50Km);
    }
}
