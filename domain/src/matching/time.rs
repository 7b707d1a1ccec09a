//! Shift times against weekly availability: UTC instants on Toruń's wall
//! clock (Europe/Warsaw), and the day a volunteer's age is counted on.
//!
//! Looking up Warsaw's offset is the costly step of matching (a binary
//! search of the time-zone table), so offsets are remembered per UTC day:
//! ten thousand opportunities' shifts fall on a few dozen days.

use chrono::{DateTime, Datelike, Months, NaiveDate, Offset, TimeZone};
use chrono_tz::Europe::Warsaw;

use crate::{
    opportunity::ShiftTime,
    volunteer::{AvailabilityWindow, WeeklyAvailability},
};

const DAY: i64 = 24 * 60 * 60;

/// Days from 0001-01-01 (day 1 in chrono's count) to 1970-01-01.
const UNIX_EPOCH_DAYS_FROM_CE: i64 = 719_163;

/// Warsaw's offset from UTC at `utc` (Unix seconds), in seconds. Instants
/// chrono cannot represent do not occur in shifts; they get UTC's.
fn warsaw_offset(utc: i64) -> i32 {
    DateTime::from_timestamp(utc, 0).map_or(0, |at| {
        Warsaw
            .offset_from_utc_datetime(&at.naive_utc())
            .fix()
            .local_minus_utc()
    })
}

/// One UTC day's offsets: `before` until `change_at`, `after` from then on
/// (`change_at` is past the day's end when the clocks do not change). No
/// time zone changes its clocks twice in a day.
#[derive(Debug, Clone, Copy)]
struct DayOffsets {
    day: i64,
    before: i32,
    after: i32,
    change_at: i64,
}

impl DayOffsets {
    const EMPTY: Self = Self {
        day: i64::MIN,
        before: 0,
        after: 0,
        change_at: i64::MAX,
    };

    fn of(day: i64) -> Self {
        let start = day.saturating_mul(DAY);
        let last = start.saturating_add(DAY - 1);
        let (before, after) = (warsaw_offset(start), warsaw_offset(last));
        let change_at = if before == after {
            i64::MAX
        } else {
            // The first second of the new offset: `lo` is always before
            // the change, `hi` after it.
            let (mut lo, mut hi) = (start, last);
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if warsaw_offset(mid) == before {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            hi
        };
        Self {
            day,
            before,
            after,
            change_at,
        }
    }

    fn at(&self, utc: i64) -> i32 {
        if utc < self.change_at {
            self.before
        } else {
            self.after
        }
    }
}

/// Warsaw's offsets remembered for up to `N` UTC days (a direct-mapped
/// cache: day `d` lives in slot `d mod N`). Lives on the stack, one per
/// ranking.
pub(super) struct WarsawClock<const N: usize> {
    days: [DayOffsets; N],
}

impl<const N: usize> WarsawClock<N> {
    pub(super) fn new() -> Self {
        Self {
            days: [DayOffsets::EMPTY; N],
        }
    }

    fn day(&mut self, utc: i64) -> DayOffsets {
        let day = utc.div_euclid(DAY);
        // `N` is a small constant; the remainder fits any index.
        let slot = day.rem_euclid(N as i64) as usize;
        match self.days.get_mut(slot) {
            Some(cached) if cached.day == day => *cached,
            Some(cached) => {
                *cached = DayOffsets::of(day);
                *cached
            }
            None => DayOffsets::of(day),
        }
    }

    /// Warsaw's offset at `utc` (Unix seconds).
    pub(super) fn offset(&mut self, utc: i64) -> i32 {
        self.day(utc).at(utc)
    }

    /// The shift on the wall clock: one stretch of local seconds, or two
    /// when the clocks change during it (a shift lasts at most 24 hours,
    /// and clocks change months apart). Also the local day it starts on.
    pub(super) fn local(&mut self, time: ShiftTime) -> LocalShift {
        let (start, end) = (time.starts_at().timestamp(), time.ends_at().timestamp());
        let first = self.day(start);
        let at_start = first.at(start);
        let at_end = self.offset(end - 1);
        let start_day = (start + i64::from(at_start)).div_euclid(DAY);
        if at_start == at_end {
            return LocalShift {
                start_day,
                stretches: [
                    (start + i64::from(at_start), end + i64::from(at_end)),
                    (0, 0),
                ],
                seconds: end - start,
            };
        }
        // The change is on the day the shift starts or on the next one.
        let change = if first.change_at > start && first.change_at < end {
            first.change_at
        } else {
            self.day(end - 1).change_at.clamp(start, end)
        };
        LocalShift {
            start_day,
            stretches: [
                (start + i64::from(at_start), change + i64::from(at_start)),
                (change + i64::from(at_end), end + i64::from(at_end)),
            ],
            seconds: end - start,
        }
    }
}

/// A shift on Toruń's wall clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct LocalShift {
    /// The local day it starts on, in days since 1970-01-01.
    pub(super) start_day: i64,
    /// Local wall-clock seconds since 1970-01-01 00:00, end excluded; the
    /// second is empty unless the clocks change during the shift.
    stretches: [(i64, i64); 2],
    /// How long it really lasts.
    pub(super) seconds: i64,
}

/// How much of a shift a volunteer's week covers, in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Coverage {
    pub(super) covered: i64,
    pub(super) total: i64,
}

impl Coverage {
    pub(super) fn at_least_percent(self, percent: u8) -> bool {
        self.covered * 100 >= i64::from(percent) * self.total
    }

    /// Whole percent, rounded down.
    pub(super) fn percent(self) -> u8 {
        u8::try_from(self.covered * 100 / self.total.max(1)).unwrap_or(100)
    }

    /// Whether it covers a larger share than `other`.
    pub(super) fn better_than(self, other: Self) -> bool {
        i128::from(self.covered) * i128::from(other.total)
            > i128::from(other.covered) * i128::from(self.total)
    }
}

/// A week's windows by weekday (Monday first), borrowed from the profile,
/// which keeps them sorted by weekday.
pub(super) struct Week<'a>([&'a [AvailabilityWindow]; 7]);

impl<'a> Week<'a> {
    pub(super) fn new(availability: &'a WeeklyAvailability) -> Self {
        let mut rest = availability.windows();
        let mut days: [&[AvailabilityWindow]; 7] = [&[]; 7];
        for (index, day) in days.iter_mut().enumerate() {
            let split =
                rest.partition_point(|w| usize::from(w.weekday().iso_number()) <= index + 1);
            let (today, later) = rest.split_at(split);
            *day = today;
            rest = later;
        }
        Self(days)
    }

    /// The seconds of `shift` the windows cover: each stretch is cut at
    /// local midnights and every piece is held against its weekday's
    /// windows. Windows of a weekday never overlap, so nothing counts twice.
    pub(super) fn coverage(&self, shift: &LocalShift) -> Coverage {
        let mut covered = 0;
        for &(mut from, to) in &shift.stretches {
            while from < to {
                let day = from.div_euclid(DAY);
                let midnight = day * DAY;
                let until = to.min(midnight + DAY);
                let (start, end) = (from - midnight, until - midnight);
                // 1970-01-01 was a Thursday, index 3 from Monday.
                let weekday = (day + 3).rem_euclid(7) as usize;
                for window in self.0.get(weekday).copied().unwrap_or_default() {
                    let window_start = i64::from(window.start().minutes()) * 60;
                    let window_end = i64::from(window.end().minutes()) * 60;
                    covered += (end.min(window_end) - start.max(window_start)).max(0);
                }
                from = until;
            }
        }
        Coverage {
            covered: covered.min(shift.seconds),
            total: shift.seconds,
        }
    }
}

/// Days since 1970-01-01 of `date`.
pub(super) fn epoch_day(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) - UNIX_EPOCH_DAYS_FROM_CE
}

/// The first day (days since 1970-01-01) on which someone born on `birth`
/// is `age` years old, counted as [`crate::volunteer::age_on`] counts
/// (the Civil Code's rule: 28 February for a 29 February birth in a common
/// year). `i64::MAX` when that day is beyond the calendar.
pub(super) fn birthday(birth: NaiveDate, age: u32) -> i64 {
    birth
        .checked_add_months(Months::new(age.saturating_mul(12)))
        .map_or(i64::MAX, epoch_day)
}

#[cfg(test)]
mod tests {
    use chrono::{Days, TimeDelta, Utc};
    use proptest::prelude::*;

    use super::*;
    use crate::volunteer::{TimeOfDay, Weekday, age_on};

    fn utc(raw: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(raw).unwrap().to_utc()
    }

    fn shift(start: &str, end: &str) -> ShiftTime {
        ShiftTime::new(utc(start), utc(end)).unwrap()
    }

    fn week(windows: &[(Weekday, &str, &str)]) -> WeeklyAvailability {
        WeeklyAvailability::new(
            windows
                .iter()
                .map(|(day, start, end)| {
                    AvailabilityWindow::new(
                        *day,
                        TimeOfDay::parse_end(start).unwrap(),
                        TimeOfDay::parse_end(end).unwrap(),
                    )
                    .unwrap()
                })
                .collect(),
        )
        .unwrap()
    }

    fn coverage(availability: &WeeklyAvailability, time: ShiftTime) -> Coverage {
        Week::new(availability).coverage(&WarsawClock::<4>::new().local(time))
    }

    const HOUR: i64 = 3600;

    #[test]
    fn the_offset_follows_warsaws_clock_changes() {
        let mut clock = WarsawClock::<8>::new();
        // Summer time from 29 March 2026 01:00 UTC to 25 October 01:00 UTC.
        let spring = utc("2026-03-29T01:00:00Z").timestamp();
        let autumn = utc("2026-10-25T01:00:00Z").timestamp();
        assert_eq!(clock.offset(spring - 1), 3600);
        assert_eq!(clock.offset(spring), 7200);
        assert_eq!(clock.offset(autumn - 1), 7200);
        assert_eq!(clock.offset(autumn), 3600);
        assert_eq!(clock.offset(utc("2026-07-01T12:00:00Z").timestamp()), 7200);
        // Cached days answer the same as fresh ones.
        for utc in [spring - 1, spring, autumn - 1, autumn] {
            assert_eq!(clock.offset(utc), warsaw_offset(utc));
        }
    }

    #[test]
    fn saturday_morning_stays_saturday_morning_on_the_weekends_the_clocks_change() {
        let saturday = week(&[(Weekday::Sat, "09:00", "12:00")]);
        let sunday = week(&[(Weekday::Sun, "09:00", "12:00")]);
        let full = |covered| Coverage {
            covered,
            total: covered,
        };
        // The Saturday before each change: CET (UTC+1) in March, CEST (UTC+2) in October.
        for (start, end) in [
            ("2026-03-28T08:00:00Z", "2026-03-28T11:00:00Z"),
            ("2026-10-24T07:00:00Z", "2026-10-24T10:00:00Z"),
        ] {
            assert_eq!(
                coverage(&saturday, shift(start, end)),
                full(3 * HOUR),
                "{start}"
            );
            assert_eq!(coverage(&sunday, shift(start, end)).covered, 0);
        }
        // The Sundays of the changes: already CEST on 29 March, CET again on 25 October.
        for (start, end) in [
            ("2026-03-29T07:00:00Z", "2026-03-29T10:00:00Z"),
            ("2026-10-25T08:00:00Z", "2026-10-25T11:00:00Z"),
        ] {
            assert_eq!(
                coverage(&sunday, shift(start, end)),
                full(3 * HOUR),
                "{start}"
            );
            assert_eq!(coverage(&saturday, shift(start, end)).covered, 0);
        }
    }

    #[test]
    fn a_shift_across_midnight_counts_against_both_weekdays() {
        let late = week(&[
            (Weekday::Sat, "20:00", "24:00"),
            (Weekday::Sun, "00:00", "03:00"),
        ]);
        // Saturday 22:00 to Sunday 02:00 in winter (UTC+1).
        let night = shift("2026-12-05T21:00:00Z", "2026-12-06T01:00:00Z");
        assert_eq!(
            coverage(&late, night),
            Coverage {
                covered: 4 * HOUR,
                total: 4 * HOUR
            }
        );
        let saturday_only = week(&[(Weekday::Sat, "20:00", "24:00")]);
        assert_eq!(coverage(&saturday_only, night).percent(), 50);
        let sunday_only = week(&[(Weekday::Sun, "00:00", "01:00")]);
        assert_eq!(coverage(&sunday_only, night).percent(), 25);
    }

    #[test]
    fn a_night_shift_through_a_clock_change_counts_real_hours() {
        let late = week(&[
            (Weekday::Sat, "20:00", "24:00"),
            (Weekday::Sun, "00:00", "05:00"),
        ]);
        // Saturday 28 March 22:00 CET to Sunday 04:00 CEST: 5 real hours,
        // the clocks jump from 02:00 to 03:00.
        let spring = shift("2026-03-28T21:00:00Z", "2026-03-29T02:00:00Z");
        let local = WarsawClock::<4>::new().local(spring);
        assert_eq!(local.seconds, 5 * HOUR);
        assert_eq!(
            coverage(&late, spring),
            Coverage {
                covered: 5 * HOUR,
                total: 5 * HOUR
            }
        );
        // The hour 02:00–03:00 never happens that night.
        let lost = week(&[(Weekday::Sun, "02:00", "03:00")]);
        assert_eq!(coverage(&lost, spring).covered, 0);
        // Saturday 24 October 22:00 CEST to Sunday 04:00 CET: 7 real
        // hours, the hour 02:00–03:00 happens twice.
        let autumn = shift("2026-10-24T20:00:00Z", "2026-10-25T03:00:00Z");
        assert_eq!(
            coverage(&late, autumn),
            Coverage {
                covered: 7 * HOUR,
                total: 7 * HOUR
            }
        );
        let twice = week(&[(Weekday::Sun, "02:00", "03:00")]);
        assert_eq!(coverage(&twice, autumn).covered, 2 * HOUR);
    }

    #[test]
    fn coverage_counts_only_the_windows_of_the_day() {
        let availability = week(&[
            (Weekday::Mon, "09:00", "10:00"),
            (Weekday::Sat, "08:00", "10:00"),
            (Weekday::Sat, "11:00", "11:30"),
        ]);
        // Saturday 5 December 2026, 09:00–12:00 local.
        let morning = shift("2026-12-05T08:00:00Z", "2026-12-05T11:00:00Z");
        let covered = coverage(&availability, morning);
        assert_eq!(covered.covered, HOUR + HOUR / 2);
        assert_eq!(covered.percent(), 50);
        assert!(covered.at_least_percent(50) && !covered.at_least_percent(51));
    }

    #[test]
    fn the_local_day_is_the_one_in_torun() {
        let mut clock = WarsawClock::<4>::new();
        let late = clock.local(shift("2026-11-25T23:30:00Z", "2026-11-26T01:00:00Z"));
        let day = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        assert_eq!(late.start_day, epoch_day(day));
        assert_eq!(epoch_day(NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()), 0);
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (0u64..60_000)
            .prop_map(|days| NaiveDate::from_ymd_opt(1950, 1, 1).unwrap() + Days::new(days))
    }

    proptest! {
        #[test]
        fn birthday_is_the_first_day_of_the_age(birth in any_date(), age in 0u32..100, days in 0u64..40_000) {
            let day = birth + Days::new(days);
            prop_assert_eq!(age_on(birth, day) >= age, epoch_day(day) >= birthday(birth, age));
        }

        #[test]
        fn cached_local_times_agree_with_chrono_tz(
            start in prop_oneof![
                // Any minute from late 2023 to 2030…
                28_000_000i64..32_000_000,
                // …or within a day of a clock change.
                (0usize..4, -1440i64..1440).prop_map(|(change, minutes)| {
                    let changes = ["2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z", "2027-03-28T01:00:00Z", "2027-10-31T01:00:00Z"];
                    utc(changes[change]).timestamp() / 60 + minutes
                }),
            ],
            minutes in 1i64..=1440,
        ) {
            let starts_at = DateTime::from_timestamp(start * 60, 0).unwrap();
            let time = ShiftTime::new(starts_at, starts_at + TimeDelta::minutes(minutes)).unwrap();
            let local = WarsawClock::<2>::new().local(time);
            let expected_day = starts_at.with_timezone(&Warsaw).date_naive();
            prop_assert_eq!(local.start_day, epoch_day(expected_day));
            prop_assert_eq!(local.seconds, minutes * 60);
            // Every real minute maps to the wall clock chrono-tz gives it.
            let mut every_minute = [0i64; 7];
            let mut step = starts_at;
            while step < time.ends_at() {
                let wall = step.with_timezone(&Warsaw).naive_local();
                every_minute[wall.weekday().num_days_from_monday() as usize] += 1;
                step += TimeDelta::minutes(1);
            }
            for (index, day) in Weekday::ALL.iter().enumerate() {
                let whole_day = week(&[(*day, "00:00", "24:00")]);
                prop_assert_eq!(
                    Week::new(&whole_day).coverage(&local).covered,
                    every_minute[index] * 60
                );
            }
        }
    }
}
