//! How the tables [`Facts`] gives are published: which disclosure rule
//! each follows, and the rules that tie one table's cells to another's.
//!
//! [`Facts`]: super::Facts

use super::{
    Cell, Cells, Published,
    disclosure::suppress,
    facts::{Fill, GroupCount, SignupTable, VolunteerGroup, VolunteerTable},
};
use crate::signup::ApplicationStatus;

/// The key of the row that merges the groups too small to be named.
pub const MERGED: u32 = u32::MAX;

impl VolunteerGroup {
    /// A volunteer is in one age band, country and city, but in every
    /// language they speak.
    pub fn cells(self) -> Cells {
        match self {
            Self::Language => Cells::Overlapping,
            Self::AgeBand | Self::Country | Self::City => Cells::Partition,
        }
    }

    /// Cities are typed by people: a name only a few use (a village, a
    /// spelling of one person's) would say who they are.
    pub fn names_are_typed(self) -> bool {
        self == Self::City
    }
}

/// `table` as it may be published by `group`: the groups of a typed name
/// with fewer than `min` volunteers become one row, keyed [`MERGED`].
pub fn merge_small_groups(
    mut table: VolunteerTable,
    group: VolunteerGroup,
    min: u64,
) -> VolunteerTable {
    if !group.names_are_typed() {
        return table;
    }
    let (kept, small): (Vec<GroupCount>, Vec<GroupCount>) =
        table.rows.into_iter().partition(|row| row.all >= min);
    table.rows = kept;
    if !small.is_empty() {
        table.rows.push(GroupCount {
            key: MERGED,
            all: small.iter().map(|row| row.all).sum(),
            active: small.iter().map(|row| row.active).sum(),
        });
    }
    table
}

/// A lone count of people as published: no one is shown, a few are not.
pub fn people(count: u64, min: u64) -> Cell {
    suppress(&[], count, Cells::Overlapping, min).total
}

/// The places held of `fill` as published beside the sign-ups table
/// `signups` published as `published`: the places held are its confirmed,
/// attended and absent rows together, so they are hidden whenever one of
/// those rows is, or they would give it away.
pub fn fill(fill: &Fill, signups: &SignupTable, published: &Published, min: u64) -> Cell {
    let held_hidden = signups
        .rows
        .iter()
        .zip(&published.cells)
        .any(|(row, cell)| {
            *cell == Cell::Suppressed
                && matches!(
                    row.status,
                    ApplicationStatus::Confirmed
                        | ApplicationStatus::Attended
                        | ApplicationStatus::NoShow
                )
        });
    match people(fill.people, min) {
        Cell::Shown(_) if held_hidden => Cell::Suppressed,
        cell => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statistics::facts::StatusCount;

    fn signups(counts: &[(ApplicationStatus, u64)]) -> SignupTable {
        SignupTable {
            rows: counts
                .iter()
                .map(|(status, people)| StatusCount {
                    status: *status,
                    signups: *people,
                    people: *people,
                })
                .collect(),
            signups: counts.iter().map(|(_, people)| people).sum(),
            people: counts.iter().map(|(_, people)| people).sum(),
        }
    }

    #[test]
    fn the_places_held_hide_with_any_row_they_sum() {
        use ApplicationStatus::*;
        let held = Fill {
            capacity: 40,
            confirmed: 12,
            people: 12,
        };
        let table = signups(&[(Confirmed, 9), (Attended, 3), (Pending, 20)]);
        let people: Vec<u64> = table.rows.iter().map(|row| row.people).collect();
        let published = suppress(&people, table.people, Cells::Partition, 5);
        assert_eq!(published.cells[1], Cell::Suppressed);
        assert_eq!(fill(&held, &table, &published, 5), Cell::Suppressed);
        let table = signups(&[(Confirmed, 12), (Pending, 20)]);
        let published = suppress(&[12, 20], 32, Cells::Partition, 5);
        assert_eq!(fill(&held, &table, &published, 5), Cell::Shown(12));
    }

    #[test]
    fn typed_names_of_few_are_merged() {
        let table = VolunteerTable {
            rows: vec![
                GroupCount {
                    key: 0,
                    all: 6,
                    active: 1,
                },
                GroupCount {
                    key: 1,
                    all: 4,
                    active: 2,
                },
                GroupCount {
                    key: 2,
                    all: 1,
                    active: 0,
                },
            ],
            all: 11,
            active: 3,
        };
        let merged = merge_small_groups(table.clone(), VolunteerGroup::City, 5);
        assert_eq!(
            merged.rows,
            vec![
                GroupCount {
                    key: 0,
                    all: 6,
                    active: 1
                },
                GroupCount {
                    key: MERGED,
                    all: 5,
                    active: 2
                },
            ]
        );
        assert_eq!((merged.all, merged.active), (11, 3));
        assert_eq!(
            merge_small_groups(table.clone(), VolunteerGroup::AgeBand, 5),
            table
        );
    }
}
