//! Values shared by volunteers' profiles and organisations' opportunities:
//! causes, skill levels and language levels.

use std::fmt;

use crate::InvalidValue;

string_enum!(
    /// What an opportunity serves and what a volunteer cares about.
    Cause {
        Children = "children",
        Seniors = "seniors",
        Disability = "disability",
        Health = "health",
        Education = "education",
        Refugees = "refugees",
        Poverty = "poverty",
        Animals = "animals",
        Environment = "environment",
        Culture = "culture",
        Sport = "sport",
        Community = "community",
        Emergency = "emergency",
        HumanRights = "human_rights",
    }
);

/// How well someone has a skill: 1 basic, 2 experienced, 3 expert.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SkillLevel(u8);

impl SkillLevel {
    pub const BASIC: Self = Self(1);
    pub const EXPERIENCED: Self = Self(2);
    pub const EXPERT: Self = Self(3);

    pub fn new(level: i64) -> Result<Self, InvalidValue> {
        match u8::try_from(level) {
            Ok(level @ 1..=3) => Ok(Self(level)),
            _ => Err(InvalidValue::new(
                "must be 1 (basic), 2 (experienced) or 3 (expert)",
            )),
        }
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

/// A language level on the Common European Framework scale, A1 (lowest) to C2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CefrLevel {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

impl CefrLevel {
    pub const ALL: [Self; 6] = [Self::A1, Self::A2, Self::B1, Self::B2, Self::C1, Self::C2];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::A1 => "A1",
            Self::A2 => "A2",
            Self::B1 => "B1",
            Self::B2 => "B2",
            Self::C1 => "C1",
            Self::C2 => "C2",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        Self::ALL
            .into_iter()
            .find(|level| level.as_str().eq_ignore_ascii_case(raw.trim()))
            .ok_or_else(|| InvalidValue::new("must be a CEFR level: A1, A2, B1, B2, C1 or C2"))
    }

    /// 1 (A1) to 6 (C2), for storage and arithmetic.
    pub fn rank(self) -> u8 {
        self as u8 + 1
    }
}

impl fmt::Display for CefrLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn causes_parse_their_names_only() {
        assert_eq!(Cause::parse("refugees"), Ok(Cause::Refugees));
        assert_eq!(Cause::parse("human_rights"), Ok(Cause::HumanRights));
        assert!(Cause::parse("Refugees").is_err());
        assert!(
            Cause::parse("politics")
                .unwrap_err()
                .message
                .contains("environment")
        );
    }

    #[test]
    fn cefr_levels_are_ordered_and_parse_any_case() {
        assert!(CefrLevel::A1 < CefrLevel::B2 && CefrLevel::B2 < CefrLevel::C2);
        assert_eq!(CefrLevel::parse("b2"), Ok(CefrLevel::B2));
        assert_eq!(CefrLevel::C2.rank(), 6);
        assert!(CefrLevel::parse("B3").is_err());
    }

    proptest! {
        #[test]
        fn skill_levels_are_one_to_three(level in -5i64..10) {
            prop_assert_eq!(SkillLevel::new(level).is_ok(), (1..=3).contains(&level));
        }

        #[test]
        fn cefr_rank_round_trips(index in 0usize..6) {
            let level = CefrLevel::ALL[index];
            prop_assert_eq!(CefrLevel::parse(level.as_str()), Ok(level));
            prop_assert_eq!(usize::from(level.rank()), index + 1);
        }
    }
}
