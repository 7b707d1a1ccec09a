//! Statistics that reveal no one: the disclosure control of every table
//! the city's statistics answer (GDPR art. 5(1)(c) and 89).
//!
//! *Primary suppression*: a cell counted from fewer than `min` people
//! (5 unless configured) is not shown. *Secondary suppression*: when a
//! table's total is shown and exactly one cell of it is hidden, that cell
//! would be the total minus the others; the smallest shown cell is hidden
//! too, so no hidden cell can be recovered by subtraction. This is the
//! cell-suppression method of official statistics (e.g. Eurostat's
//! "Handbook on Statistical Disclosure Control", ch. 4), for one-way tables.

/// The smallest count a cell may be shown with, unless configured.
pub const DEFAULT_MIN_COUNT: u64 = 5;

/// A cell as published: its count, or suppressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Shown(u64),
    Suppressed,
}

impl Cell {
    pub fn shown(self) -> Option<u64> {
        match self {
            Self::Shown(count) => Some(count),
            Self::Suppressed => None,
        }
    }
}

/// A one-way table as published: its cells, in the order given, and its total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub cells: Vec<Cell>,
    pub total: Cell,
}

/// `counts` (people per cell) as they may be published with cells of fewer
/// than `min` people suppressed, and a second cell hidden where one alone
/// could be recovered from the total.
pub fn publish(counts: &[u64], min: u64) -> Published {
    let total: u64 = counts.iter().sum();
    let mut cells: Vec<Cell> = counts
        .iter()
        .map(|&count| {
            if count < min {
                Cell::Suppressed
            } else {
                Cell::Shown(count)
            }
        })
        .collect();
    let total = if total < min {
        Cell::Suppressed
    } else {
        Cell::Shown(total)
    };
    let hidden = cells
        .iter()
        .filter(|cell| **cell == Cell::Suppressed)
        .count();
    if hidden == 1 && total != Cell::Suppressed {
        // The smallest shown cell (the first of equals): the least
        // information lost for the protection gained.
        let smallest = cells
            .iter()
            .enumerate()
            .filter_map(|(index, cell)| cell.shown().map(|count| (count, index)))
            .min();
        match smallest {
            Some((_, index)) => cells[index] = Cell::Suppressed,
            // A single hidden cell and nothing else: the total is that cell.
            None => {
                return Published {
                    cells,
                    total: Cell::Suppressed,
                };
            }
        }
    }
    Published { cells, total }
}

/// The age bands the city's statistics count volunteers in, on a day
/// (the statistic's `as_of`). Minors are one band: their numbers are
/// small, and they get the strictest treatment. An erased account keeps
/// the band it had when erased (its birth date is gone, the count stays).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AgeBand {
    Under18,
    From18To24,
    From25To34,
    From35To49,
    From50To64,
    From65,
    /// No birth date given.
    Unknown,
}

impl AgeBand {
    pub const ALL: [Self; 7] = [
        Self::Under18,
        Self::From18To24,
        Self::From25To34,
        Self::From35To49,
        Self::From50To64,
        Self::From65,
        Self::Unknown,
    ];

    pub fn of(birth: Option<chrono::NaiveDate>, on: chrono::NaiveDate) -> Self {
        let Some(birth) = birth else {
            return Self::Unknown;
        };
        match crate::volunteer::age_on(birth, on) {
            0..=17 => Self::Under18,
            18..=24 => Self::From18To24,
            25..=34 => Self::From25To34,
            35..=49 => Self::From35To49,
            50..=64 => Self::From50To64,
            _ => Self::From65,
        }
    }

    /// The name stored (an erased account's band) and answered.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Under18 => "under-18",
            Self::From18To24 => "18-24",
            Self::From25To34 => "25-34",
            Self::From35To49 => "35-49",
            Self::From50To64 => "50-64",
            Self::From65 => "65-plus",
            Self::Unknown => "unknown",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|band| band.as_str() == name)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use Cell::{Shown, Suppressed};

    #[test]
    fn small_cells_are_hidden_and_never_alone() {
        assert_eq!(
            publish(&[12, 7, 30], 5),
            Published {
                cells: vec![Shown(12), Shown(7), Shown(30)],
                total: Shown(49)
            }
        );
        // One small cell: the smallest other is hidden with it.
        assert_eq!(
            publish(&[12, 3, 30, 9], 5),
            Published {
                cells: vec![Shown(12), Suppressed, Shown(30), Suppressed],
                total: Shown(54)
            }
        );
        // Two small cells protect each other.
        assert_eq!(
            publish(&[1, 2, 40], 5).cells,
            vec![Suppressed, Suppressed, Shown(40)]
        );
        // A table of one small cell: nothing is shown, the total neither.
        assert_eq!(
            publish(&[3], 5),
            Published {
                cells: vec![Suppressed],
                total: Suppressed
            }
        );
        // A small total is itself hidden; its cells are all small too.
        assert_eq!(publish(&[1, 2], 5).total, Suppressed);
        assert_eq!(publish(&[], 5).total, Suppressed);
        // The threshold is configurable.
        assert_eq!(publish(&[7, 12], 10).cells, vec![Suppressed, Suppressed]);
    }

    #[test]
    fn age_bands_turn_on_birthdays() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let birth = Some(day(2008, 12, 1));
        assert_eq!(AgeBand::of(birth, day(2026, 11, 30)), AgeBand::Under18);
        assert_eq!(AgeBand::of(birth, day(2026, 12, 1)), AgeBand::From18To24);
        assert_eq!(
            AgeBand::of(Some(day(1961, 1, 1)), day(2026, 1, 1)),
            AgeBand::From65
        );
        assert_eq!(AgeBand::of(None, day(2026, 1, 1)), AgeBand::Unknown);
        for band in AgeBand::ALL {
            assert_eq!(AgeBand::parse(band.as_str()), Some(band));
        }
        assert_eq!(AgeBand::parse("18–24"), None);
    }

    proptest! {
        /// Whatever the counts: no shown cell or total is below the
        /// threshold; shown cells are the true counts; and where the total
        /// is shown, no hidden cell is alone (none can be recovered as the
        /// total minus the shown cells).
        #[test]
        fn nothing_published_reveals_a_small_count(
            counts in proptest::collection::vec(0u64..40, 0..12),
            min in 1u64..12,
        ) {
            let published = publish(&counts, min);
            prop_assert_eq!(published.cells.len(), counts.len());
            for (cell, &count) in published.cells.iter().zip(&counts) {
                if let Shown(shown) = cell {
                    prop_assert_eq!(*shown, count);
                    prop_assert!(*shown >= min);
                }
                if count < min {
                    prop_assert_eq!(*cell, Suppressed);
                }
            }
            if let Shown(total) = published.total {
                prop_assert_eq!(total, counts.iter().sum::<u64>());
                prop_assert!(total >= min);
                let hidden = published.cells.iter().filter(|c| **c == Suppressed).count();
                prop_assert!(hidden != 1, "a lone hidden cell is the total minus the others");
            }
        }
    }
}
