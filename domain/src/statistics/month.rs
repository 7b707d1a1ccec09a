//! Months, the grain of every statistic, and the window of months the
//! facts are kept for.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::InvalidValue;

/// A calendar month (in the Europe/Warsaw calendar where a time is turned
/// into one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month(i32);

impl Month {
    pub fn new(year: i32, month: u32) -> Option<Self> {
        (1..=12)
            .contains(&month)
            .then(|| Self(year * 12 + month as i32 - 1))
    }

    /// Months since January of year 0: what SQL computes as
    /// `year * 12 + month - 1`.
    pub fn ordinal(self) -> i32 {
        self.0
    }

    pub fn from_ordinal(ordinal: i32) -> Self {
        Self(ordinal)
    }

    pub fn of(date: NaiveDate) -> Self {
        Self(date.year() * 12 + date.month0() as i32)
    }

    pub fn year(self) -> i32 {
        self.0.div_euclid(12)
    }

    /// 1 for January.
    pub fn month(self) -> u32 {
        self.0.rem_euclid(12) as u32 + 1
    }

    pub fn plus(self, months: i32) -> Self {
        Self(self.0 + months)
    }

    /// Months from `earlier` to this one (negative when `earlier` is later).
    pub fn since(self, earlier: Self) -> i32 {
        self.0 - earlier.0
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year(), self.month(), 1).unwrap_or(NaiveDate::MIN)
    }

    /// `YYYY-MM`, as written in a query.
    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let invalid = || InvalidValue::new("must be a month as YYYY-MM, e.g. 2026-03");
        let (year, month) = raw.split_once('-').ok_or_else(invalid)?;
        if year.len() != 4 || month.len() != 2 {
            return Err(invalid());
        }
        let year: i32 = year.parse().map_err(|_| invalid())?;
        let month: u32 = month.parse().map_err(|_| invalid())?;
        if !year.is_positive() {
            return Err(invalid());
        }
        Self::new(year, month).ok_or_else(invalid)
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

/// A set of months of a [`Window`], one bit each.
pub type Months = u128;

/// The months the facts are kept for: [`Window::MONTHS`] of them, ending a
/// year after the month they were gathered in (shifts are planned ahead).
/// Older facts are not counted; a period must lie inside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    first: Month,
}

impl Window {
    pub const MONTHS: i32 = Months::BITS as i32;
    /// Months after the current one the window reaches.
    pub const AHEAD: i32 = 12;

    pub fn around(current: Month) -> Self {
        Self {
            first: current.plus(Self::AHEAD + 1 - Self::MONTHS),
        }
    }

    pub fn first(self) -> Month {
        self.first
    }

    pub fn last(self) -> Month {
        self.first.plus(Self::MONTHS - 1)
    }

    pub fn contains(self, month: Month) -> bool {
        (0..Self::MONTHS).contains(&month.since(self.first))
    }

    /// The bit of `month`, `0` outside the window.
    pub fn bit(self, month: Month) -> Months {
        if self.contains(month) {
            1 << month.since(self.first)
        } else {
            0
        }
    }

    /// Month `index` of the window (its bit's position).
    pub fn month(self, index: u32) -> Month {
        self.first.plus(index as i32)
    }

    pub fn mask(self, period: Period) -> Months {
        let from = period.from.since(self.first).clamp(0, Self::MONTHS);
        let to = (period.to.since(self.first) + 1).clamp(0, Self::MONTHS);
        if to <= from {
            return 0;
        }
        let width = (to - from) as u32;
        let ones = if width == Months::BITS {
            Months::MAX
        } else {
            (1 << width) - 1
        };
        ones << from
    }
}

/// Whole months, `from` to `to` inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: Month,
    pub to: Month,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    #[error("`from` is after `to`")]
    Reversed,
    #[error("the period must lie between {first} and {last}, the months statistics are kept for")]
    OutsideWindow { first: Month, last: Month },
}

impl Period {
    pub fn within(from: Month, to: Month, window: Window) -> Result<Self, PeriodError> {
        if from > to {
            return Err(PeriodError::Reversed);
        }
        if !window.contains(from) || !window.contains(to) {
            return Err(PeriodError::OutsideWindow {
                first: window.first(),
                last: window.last(),
            });
        }
        Ok(Self { from, to })
    }

    pub fn contains(self, month: Month) -> bool {
        self.from <= month && month <= self.to
    }

    pub fn months(self) -> impl Iterator<Item = Month> {
        (0..=self.to.since(self.from)).map(move |offset| self.from.plus(offset))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn months_read_and_write_as_year_and_month() {
        let march = Month::parse("2026-03").unwrap();
        assert_eq!((march.year(), march.month()), (2026, 3));
        assert_eq!(march.to_string(), "2026-03");
        assert_eq!(march.plus(10).to_string(), "2027-01");
        assert_eq!(march.plus(-3).to_string(), "2025-12");
        assert_eq!(
            Month::of(NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()).to_string(),
            "2026-12"
        );
        for bad in [
            "2026-13",
            "2026-00",
            "2026-3",
            "26-03",
            "2026/03",
            "",
            "0000-01",
            "2026-03-01",
        ] {
            assert!(Month::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_period_lies_inside_the_window() {
        let now = Month::parse("2026-11").unwrap();
        let window = Window::around(now);
        assert_eq!(window.last().to_string(), "2027-11");
        assert_eq!(window.last().since(window.first()), Window::MONTHS - 1);
        assert!(Period::within(now, now.plus(12), window).is_ok());
        assert_eq!(
            Period::within(now, now.plus(13), window),
            Err(PeriodError::OutsideWindow {
                first: window.first(),
                last: window.last()
            })
        );
        assert_eq!(
            Period::within(now.plus(1), now, window),
            Err(PeriodError::Reversed)
        );
    }

    proptest! {
        /// A period's mask holds exactly the bits of its months.
        #[test]
        fn a_mask_is_the_bits_of_its_months(from in 0i32..128, len in 0i32..128) {
            let window = Window::around(Month::parse("2026-11").unwrap());
            let from = window.first().plus(from);
            let to = from.plus(len);
            prop_assume!(window.contains(to));
            let period = Period::within(from, to, window).unwrap();
            let expected = period.months().fold(0, |mask, month| mask | window.bit(month));
            prop_assert_eq!(window.mask(period), expected);
            prop_assert_eq!(window.mask(period).count_ones() as i32, len + 1);
        }
    }
}
