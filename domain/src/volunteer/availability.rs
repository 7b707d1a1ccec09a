//! Weekly availability: the hours of each weekday a volunteer can help, in
//! Europe/Warsaw local time, so "Saturday 09:00–13:00" stays Saturday
//! morning when the clocks change.

use crate::InvalidValue;

string_enum!(
    /// A day of the week.
    Weekday { Mon = "mon", Tue = "tue", Wed = "wed", Thu = "thu", Fri = "fri", Sat = "sat", Sun = "sun" }
);

impl Weekday {
    /// ISO 8601 numbering: 1 (Monday) to 7 (Sunday).
    pub fn iso_number(self) -> u8 {
        match self {
            Self::Mon => 1,
            Self::Tue => 2,
            Self::Wed => 3,
            Self::Thu => 4,
            Self::Fri => 5,
            Self::Sat => 6,
            Self::Sun => 7,
        }
    }

    pub fn from_iso_number(number: i64) -> Result<Self, InvalidValue> {
        usize::try_from(number - 1)
            .ok()
            .and_then(|index| Self::ALL.get(index).copied())
            .ok_or_else(|| InvalidValue::new("must be 1 (Monday) to 7 (Sunday)"))
    }
}

impl From<chrono::Weekday> for Weekday {
    fn from(day: chrono::Weekday) -> Self {
        Self::ALL[day.num_days_from_monday() as usize]
    }
}

/// A time of day to the minute, `HH:MM`, from 00:00 to 24:00. 24:00 (the
/// end of the day) can only end a window: [`TimeOfDay::parse`] refuses it
/// and a window starts before it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay(u16);

impl TimeOfDay {
    pub const MIDNIGHT: Self = Self(0);
    pub const END_OF_DAY: Self = Self(24 * 60);

    /// A start: `HH:MM` from 00:00 to 23:59.
    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        match Self::parse_hh_mm(raw) {
            Some(time) if time < Self::END_OF_DAY => Ok(time),
            _ => Err(InvalidValue::new(
                "must be a time as HH:MM, from 00:00 to 23:59",
            )),
        }
    }

    /// An end: `HH:MM` from 00:00 to 24:00 (the end of the day).
    pub fn parse_end(raw: &str) -> Result<Self, InvalidValue> {
        Self::parse_hh_mm(raw)
            .ok_or_else(|| InvalidValue::new("must be a time as HH:MM, from 00:00 to 24:00"))
    }

    /// Exactly two digits, a colon, two digits; at most 24:00.
    fn parse_hh_mm(raw: &str) -> Option<Self> {
        let bytes = raw.as_bytes();
        let digit = |i: usize| {
            bytes
                .get(i)
                .filter(|b| b.is_ascii_digit())
                .map(|b| u16::from(b - b'0'))
        };
        if bytes.len() != 5 || bytes[2] != b':' {
            return None;
        }
        let hours = digit(0)? * 10 + digit(1)?;
        let minutes = digit(3)? * 10 + digit(4)?;
        let time = Self(hours * 60 + minutes);
        (minutes < 60 && time <= Self::END_OF_DAY).then_some(time)
    }

    /// Minutes since midnight, 0 to 1 440 (as stored).
    pub fn from_minutes(minutes: i64) -> Result<Self, InvalidValue> {
        u16::try_from(minutes)
            .ok()
            .map(Self)
            .filter(|time| *time <= Self::END_OF_DAY)
            .ok_or_else(|| InvalidValue::new("must be 0 to 1440 minutes after midnight"))
    }

    pub fn minutes(self) -> u16 {
        self.0
    }
}

impl std::fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

/// Some hours of one weekday: `start` strictly before `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AvailabilityWindow {
    weekday: Weekday,
    start: TimeOfDay,
    end: TimeOfDay,
}

impl AvailabilityWindow {
    /// The error is about `end`, which must come after `start`.
    pub fn new(weekday: Weekday, start: TimeOfDay, end: TimeOfDay) -> Result<Self, InvalidValue> {
        if start < end {
            Ok(Self {
                weekday,
                start,
                end,
            })
        } else {
            Err(InvalidValue::new(format!("must be after start ({start})")))
        }
    }

    pub fn weekday(self) -> Weekday {
        self.weekday
    }

    pub fn start(self) -> TimeOfDay {
        self.start
    }

    pub fn end(self) -> TimeOfDay {
        self.end
    }

    /// Whether the two share a minute. Windows that only touch (one ends at
    /// 12:00, the other starts at 12:00) do not overlap.
    pub fn overlaps(self, other: Self) -> bool {
        self.weekday == other.weekday && self.start < other.end && other.start < self.end
    }

    fn sort_key(self) -> (u8, TimeOfDay) {
        (self.weekday.iso_number(), self.start)
    }
}

impl std::fmt::Display for AvailabilityWindow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}–{}", self.weekday, self.start, self.end)
    }
}

/// Two windows of the list given to [`WeeklyAvailability::new`] that
/// overlap, by their positions in it (`first < second`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overlap {
    pub first: usize,
    pub second: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AvailabilityError {
    #[error("must list at most {max} windows")]
    TooMany { max: usize },
    #[error("windows overlap")]
    Overlaps(Vec<Overlap>),
}

/// A week of availability: no two windows of one weekday overlap, and the
/// windows are kept in order (Monday first, then by start).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WeeklyAvailability(Vec<AvailabilityWindow>);

impl WeeklyAvailability {
    pub const MAX_WINDOWS: usize = 50;

    /// Refuses a list with overlapping windows, naming every window that
    /// overlaps one starting earlier (or at the same time, earlier in the list).
    pub fn new(windows: Vec<AvailabilityWindow>) -> Result<Self, AvailabilityError> {
        if windows.len() > Self::MAX_WINDOWS {
            return Err(AvailabilityError::TooMany {
                max: Self::MAX_WINDOWS,
            });
        }
        let mut order: Vec<usize> = (0..windows.len()).collect();
        order.sort_by_key(|&i| (windows[i].sort_key(), i));
        let mut overlaps = Vec::new();
        // The window of the current weekday that reaches furthest so far.
        let mut furthest: Option<usize> = None;
        for &i in &order {
            match furthest {
                Some(f) if windows[f].weekday == windows[i].weekday => {
                    if windows[f].overlaps(windows[i]) {
                        overlaps.push(Overlap {
                            first: f.min(i),
                            second: f.max(i),
                        });
                    }
                    if windows[i].end > windows[f].end {
                        furthest = Some(i);
                    }
                }
                _ => furthest = Some(i),
            }
        }
        if !overlaps.is_empty() {
            return Err(AvailabilityError::Overlaps(overlaps));
        }
        Ok(Self(order.into_iter().map(|i| windows[i]).collect()))
    }

    pub fn windows(&self) -> &[AvailabilityWindow] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The windows of one weekday, in order.
    pub fn on(&self, weekday: Weekday) -> impl Iterator<Item = AvailabilityWindow> + '_ {
        self.0
            .iter()
            .copied()
            .filter(move |window| window.weekday == weekday)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn time(raw: &str) -> TimeOfDay {
        TimeOfDay::parse_end(raw).unwrap()
    }

    fn window(day: Weekday, start: &str, end: &str) -> AvailabilityWindow {
        AvailabilityWindow::new(day, time(start), time(end)).unwrap()
    }

    #[test]
    fn weekdays_are_iso_numbered() {
        let numbers: Vec<u8> = Weekday::ALL.iter().map(|d| d.iso_number()).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5, 6, 7]);
        for day in Weekday::ALL {
            assert_eq!(
                Weekday::from_iso_number(i64::from(day.iso_number())),
                Ok(*day)
            );
        }
        assert!(Weekday::from_iso_number(0).is_err() && Weekday::from_iso_number(8).is_err());
        assert_eq!(Weekday::from(chrono::Weekday::Sat), Weekday::Sat);
        assert_eq!(Weekday::parse("sun"), Ok(Weekday::Sun));
        assert!(Weekday::parse("Sunday").is_err());
    }

    #[test]
    fn times_are_hh_mm() {
        assert_eq!(TimeOfDay::parse("00:00"), Ok(TimeOfDay::MIDNIGHT));
        assert_eq!(TimeOfDay::parse("23:59").unwrap().minutes(), 1439);
        assert_eq!(TimeOfDay::parse("09:30").unwrap().to_string(), "09:30");
        for bad in [
            "24:00", "25:00", "9:30", "09:60", "0930", "09:30:00", " 09:30", "-1:00", "",
        ] {
            assert!(TimeOfDay::parse(bad).is_err(), "{bad:?}");
        }
        assert_eq!(TimeOfDay::parse_end("24:00"), Ok(TimeOfDay::END_OF_DAY));
        assert!(TimeOfDay::parse_end("24:01").is_err());
        assert!(TimeOfDay::parse_end("25:00").is_err());
        assert_eq!(TimeOfDay::END_OF_DAY.to_string(), "24:00");
        assert!(TimeOfDay::from_minutes(1441).is_err() && TimeOfDay::from_minutes(-1).is_err());
    }

    #[test]
    fn a_window_starts_before_it_ends() {
        assert!(AvailabilityWindow::new(Weekday::Mon, time("09:00"), time("09:00")).is_err());
        assert!(AvailabilityWindow::new(Weekday::Mon, time("12:00"), time("09:00")).is_err());
        assert!(
            AvailabilityWindow::new(Weekday::Mon, TimeOfDay::END_OF_DAY, TimeOfDay::END_OF_DAY)
                .is_err()
        );
        assert_eq!(
            window(Weekday::Sat, "18:00", "24:00").to_string(),
            "sat 18:00–24:00"
        );
    }

    #[test]
    fn windows_are_sorted_and_touching_ones_are_fine() {
        let week = WeeklyAvailability::new(vec![
            window(Weekday::Sat, "12:00", "14:00"),
            window(Weekday::Mon, "18:00", "20:00"),
            window(Weekday::Sat, "09:00", "12:00"),
        ])
        .unwrap();
        let listed: Vec<String> = week.windows().iter().map(ToString::to_string).collect();
        assert_eq!(
            listed,
            ["mon 18:00–20:00", "sat 09:00–12:00", "sat 12:00–14:00"]
        );
        assert_eq!(week.on(Weekday::Sat).count(), 2);
        assert_eq!(week.on(Weekday::Sun).count(), 0);
    }

    #[test]
    fn overlaps_on_one_weekday_are_named_by_position() {
        let err = WeeklyAvailability::new(vec![
            window(Weekday::Tue, "08:00", "20:00"),
            window(Weekday::Wed, "09:00", "12:00"),
            window(Weekday::Tue, "09:00", "10:00"),
            window(Weekday::Tue, "15:00", "16:00"),
        ])
        .unwrap_err();
        assert_eq!(
            err,
            AvailabilityError::Overlaps(vec![
                Overlap {
                    first: 0,
                    second: 2
                },
                Overlap {
                    first: 0,
                    second: 3
                },
            ])
        );
        // The same hours on different days do not overlap.
        assert!(
            WeeklyAvailability::new(vec![
                window(Weekday::Tue, "09:00", "12:00"),
                window(Weekday::Wed, "09:00", "12:00"),
            ])
            .is_ok()
        );
        let too_many = vec![window(Weekday::Mon, "09:00", "10:00"); 51];
        assert_eq!(
            WeeklyAvailability::new(too_many),
            Err(AvailabilityError::TooMany { max: 50 })
        );
    }

    fn any_window() -> impl Strategy<Value = AvailabilityWindow> {
        (0usize..7, 0u16..1440, 1u16..480).prop_filter_map("ends by 24:00", |(day, start, len)| {
            let end = TimeOfDay::from_minutes(i64::from(start + len)).ok()?;
            AvailabilityWindow::new(Weekday::ALL[day], TimeOfDay(start), end).ok()
        })
    }

    proptest! {
        #[test]
        fn a_weekly_availability_never_holds_overlapping_windows(
            windows in prop::collection::vec(any_window(), 0..12)
        ) {
            let overlapping = (0..windows.len())
                .any(|i| (0..i).any(|j| windows[i].overlaps(windows[j])));
            match WeeklyAvailability::new(windows.clone()) {
                Ok(week) => {
                    prop_assert!(!overlapping);
                    let held = week.windows();
                    prop_assert_eq!(held.len(), windows.len());
                    for pair in held.windows(2) {
                        prop_assert!(pair[0].sort_key() <= pair[1].sort_key());
                        prop_assert!(!pair[0].overlaps(pair[1]));
                    }
                }
                Err(AvailabilityError::Overlaps(found)) => {
                    prop_assert!(overlapping);
                    for overlap in found {
                        prop_assert!(overlap.first < overlap.second);
                        prop_assert!(windows[overlap.first].overlaps(windows[overlap.second]));
                    }
                }
                Err(other) => prop_assert!(false, "{other:?}"),
            }
        }

        #[test]
        fn times_print_as_they_parse(minutes in 0u16..=1440) {
            let time = TimeOfDay::from_minutes(i64::from(minutes)).unwrap();
            prop_assert_eq!(TimeOfDay::parse_end(&time.to_string()), Ok(time));
            prop_assert_eq!(TimeOfDay::parse(&time.to_string()).is_ok(), minutes < 1440);
        }
    }
}
