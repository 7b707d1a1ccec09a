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
/// published. An empty cell (no one) is shown: it reveals no one. A cell
/// or total of 1 to `min - 1` people is hidden. For a [`Cells::Partition`]
/// under a shown total, what is hidden can be worked out as a sum (the
/// total minus the shown cells), so more cells are hidden, the smallest
/// first, until the hidden cells hold no one or at least `min` people
/// together; when nothing is left to hide, the total is hidden too. What a
/// shown cell holds beside its people (hours, places) is shown with it.
pub fn suppress(people: &[u64], total_people: u64, cells: Cells, min: u64) -> Published {
    let sensitive = |count: u64| (1..min).contains(&count);
    let mut shown: Vec<Cell> = people
        .iter()
        .map(|&count| {
            if sensitive(count) {
                Cell::Suppressed
            } else {
                Cell::Shown(count)
            }
        })
        .collect();
    let mut total = if sensitive(total_people) {
        Cell::Suppressed
    } else {
        Cell::Shown(total_people)
    };
    if cells == Cells::Partition && total != Cell::Suppressed {
        loop {
            let hidden: u64 = people
                .iter()
                .zip(&shown)
                .filter(|(_, cell)| **cell == Cell::Suppressed)
                .map(|(count, _)| *count)
                .sum();
            if !sensitive(hidden) {
                break;
            }
            // The smallest shown cell with anyone in it (the first of
            // equals): the least information lost for the protection gained.
            let smallest = shown
                .iter()
                .enumerate()
                .filter_map(|(index, cell)| cell.shown().map(|count| (count, index)))
                .filter(|(count, _)| *count > 0)
                .min();
            match smallest {
                Some((_, index)) => shown[index] = Cell::Suppressed,
                None => {
                    total = Cell::Suppressed;
                    break;
                }
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
        // Two small cells do not protect each other when together they are
        // still small: the total would give their 3 away.
        assert_eq!(
            publish(&[1, 2, 40], 5),
            Published {
                cells: vec![Suppressed, Suppressed, Suppressed],
                total: Shown(43)
            }
        );
        // Together large enough, they do.
        assert_eq!(
            publish(&[3, 4, 40], 5).cells,
            vec![Suppressed, Suppressed, Shown(40)]
        );
        // No one is not a person: an empty cell is shown, and hides nothing.
        assert_eq!(
            publish(&[0, 3, 40, 9], 5).cells,
            vec![Shown(0), Suppressed, Shown(40), Suppressed]
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
        // Nothing at all is shown as nothing.
        assert_eq!(publish(&[], 5).total, Shown(0));
        assert_eq!(publish(&[0, 0], 5).cells, vec![Shown(0), Shown(0)]);
        // The threshold is configurable.
        assert_eq!(publish(&[7, 12], 10).cells, vec![Suppressed, Suppressed]);
        assert_eq!(publish(&[7, 12], 10).total, Shown(19));
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
        /// Whatever the counts: no shown cell or total is between 1 and
        /// the threshold; shown cells are the true counts; where the total
        /// is shown, what is hidden adds up to no one or to at least the
        /// threshold (the total minus the shown cells gives nothing small
        /// away); overlapping cells hide exactly the small ones.
        #[test]
        fn nothing_published_reveals_a_small_count(
            counts in proptest::collection::vec(0u64..40, 0..12),
            min in 1u64..12,
            partition in any::<bool>(),
        ) {
            let total: u64 = counts.iter().sum();
            let cells = if partition { Cells::Partition } else { Cells::Overlapping };
            let published = suppress(&counts, total, cells, min);
            prop_assert_eq!(published.cells.len(), counts.len());
            for (cell, &count) in published.cells.iter().zip(&counts) {
                if let Shown(shown) = cell {
                    prop_assert_eq!(*shown, count);
                    prop_assert!(*shown == 0 || *shown >= min);
                }
                if (1..min).contains(&count) {
                    prop_assert_eq!(*cell, Suppressed);
                }
                if !partition {
                    prop_assert_eq!(*cell == Suppressed, (1..min).contains(&count));
                }
            }
            if let Shown(shown) = published.total {
                prop_assert_eq!(shown, total);
                prop_assert!(shown == 0 || shown >= min);
                if partition {
                    let hidden: u64 = counts
                        .iter()
                        .zip(&published.cells)
                        .filter(|(_, cell)| **cell == Suppressed)
                        .map(|(count, _)| *count)
                        .sum();
                    prop_assert!(
                        hidden == 0 || hidden >= min,
                        "the total minus the shown cells is {hidden}"
                    );
                }
            }
        }
    }
}
