//! The disclosure control of every table the city's statistics answer
//! (GDPR art. 5(1)(c) and 89).
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

/// `counts` (people per cell, each person in one cell) as they may be
/// published: [`suppress`] of a table whose cells add up to its total.
pub fn publish(counts: &[u64], min: u64) -> Published {
    suppress(counts, counts.iter().sum(), Cells::Partition, min)
}

/// How a table's cells relate to its total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cells {
    /// What a cell shows adds up to the total (hours by month, sign-ups by
    /// status): one hidden cell would be the total minus the others, so a
    /// second is hidden with it.
    Partition,
    /// A person may be in several cells (languages, skills): no cell is the
    /// total minus the others, and only small cells are hidden.
    Overlapping,
}

/// The table with `people` per cell and `total_people` in all as it may be
/// published: cells and a total of fewer than `min` people hidden, and for a
/// [`Cells::Partition`] never a lone hidden cell under a shown total. What a
/// shown cell holds beside its people (hours, places) is shown with it.
pub fn suppress(people: &[u64], total_people: u64, cells: Cells, min: u64) -> Published {
    let mut shown: Vec<Cell> = people
        .iter()
        .map(|&count| {
            if count < min {
                Cell::Suppressed
            } else {
                Cell::Shown(count)
            }
        })
        .collect();
    let total = if total_people < min {
        Cell::Suppressed
    } else {
        Cell::Shown(total_people)
    };
    let hidden = shown
        .iter()
        .filter(|cell| **cell == Cell::Suppressed)
        .count();
    if cells == Cells::Partition && hidden == 1 && total != Cell::Suppressed {
        // The smallest shown cell (the first of equals): the least
        // information lost for the protection gained.
        let smallest = shown
            .iter()
            .enumerate()
            .filter_map(|(index, cell)| cell.shown().map(|count| (count, index)))
            .min();
        match smallest {
            Some((_, index)) => shown[index] = Cell::Suppressed,
            // A single hidden cell and nothing else: the total is that cell.
            None => {
                return Published {
                    cells: shown,
                    total: Cell::Suppressed,
                };
            }
        }
    }
    Published {
        cells: shown,
        total,
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
        // Overlapping cells hide only what is small.
        assert_eq!(
            suppress(&[12, 3, 30], 40, Cells::Overlapping, 5),
            Published {
                cells: vec![Shown(12), Suppressed, Shown(30)],
                total: Shown(40)
            }
        );
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
