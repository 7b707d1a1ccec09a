//! Age bands.

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
    use super::*;

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
}
