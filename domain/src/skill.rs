//! The skills taxonomy: what volunteers offer and opportunities ask for.
//!
//! A skill has a stable slug (never renamed: profiles and opportunities
//! refer to it), a category, and labels in the six languages. A skill that
//! is no longer offered for new choices is deprecated, never deleted.

use std::fmt;

use crate::{
    InvalidValue,
    i18n::{Labels, Lang, required_label},
};

/// A skill's stable identifier: lower-case ASCII letters and digits in
/// words joined by single hyphens, at most 64 characters (`first-aid`).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SkillSlug(String);

impl SkillSlug {
    pub const MAX_LEN: usize = 64;

    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let slug = raw.trim();
        if slug.is_empty() {
            return Err(InvalidValue::new("must not be empty"));
        }
        if slug.len() > Self::MAX_LEN {
            return Err(InvalidValue::new(format!(
                "must be at most {} characters long",
                Self::MAX_LEN
            )));
        }
        let well_formed = slug.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
        if !well_formed {
            return Err(InvalidValue::new(
                "must be lower-case letters and digits in words joined by single hyphens, such as first-aid",
            ));
        }
        Ok(Self(slug.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SkillSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("SkillSlug").field(&self.0).finish()
    }
}

impl fmt::Display for SkillSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The area a skill belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SkillCategory {
    Care,
    Health,
    Education,
    Languages,
    Logistics,
    Technology,
    Environment,
    Culture,
    Sport,
    Administration,
    Communication,
    Transport,
    Crisis,
}

impl SkillCategory {
    pub const ALL: [SkillCategory; 13] = [
        SkillCategory::Care,
        SkillCategory::Health,
        SkillCategory::Education,
        SkillCategory::Languages,
        SkillCategory::Logistics,
        SkillCategory::Technology,
        SkillCategory::Environment,
        SkillCategory::Culture,
        SkillCategory::Sport,
        SkillCategory::Administration,
        SkillCategory::Communication,
        SkillCategory::Transport,
        SkillCategory::Crisis,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SkillCategory::Care => "care",
            SkillCategory::Health => "health",
            SkillCategory::Education => "education",
            SkillCategory::Languages => "languages",
            SkillCategory::Logistics => "logistics",
            SkillCategory::Technology => "technology",
            SkillCategory::Environment => "environment",
            SkillCategory::Culture => "culture",
            SkillCategory::Sport => "sport",
            SkillCategory::Administration => "administration",
            SkillCategory::Communication => "communication",
            SkillCategory::Transport => "transport",
            SkillCategory::Crisis => "crisis",
        }
    }

    /// Exactly one of the names [`SkillCategory::as_str`] gives.
    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        Self::ALL
            .into_iter()
            .find(|category| category.as_str() == raw)
            .ok_or_else(|| {
                let names: Vec<&str> = Self::ALL.into_iter().map(Self::as_str).collect();
                InvalidValue::new(format!("must be one of {}", names.join(", ")))
            })
    }
}

impl fmt::Display for SkillCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A skill's name in one language: 1 to 100 characters after trimming, no
/// control characters.
#[derive(Clone, PartialEq, Eq)]
pub struct SkillLabel(String);

impl SkillLabel {
    pub const MAX_CHARS: usize = 100;

    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        crate::bounded_text(raw, 1, Self::MAX_CHARS, false).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for SkillLabel {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SkillLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("SkillLabel").field(&self.0).finish()
    }
}

impl fmt::Display for SkillLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A skill about to join the taxonomy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSkill {
    pub slug: SkillSlug,
    pub category: SkillCategory,
    pub labels: Labels<SkillLabel>,
    pub deprecated: bool,
}

/// Changes to a skill; what is `None` (or not listed) stays as it is. The
/// slug is not among them: it never changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SkillChanges {
    pub category: Option<SkillCategory>,
    /// Each language at most once: a new text, or `None` to remove it.
    pub labels: Vec<(Lang, Option<SkillLabel>)>,
    pub deprecated: Option<bool>,
}

impl SkillChanges {
    pub fn set_label(&mut self, lang: Lang, label: SkillLabel) {
        self.put_label(lang, Some(label));
    }

    /// Removes a language's label; the required languages cannot lose theirs.
    pub fn clear_label(&mut self, lang: Lang) -> Result<(), InvalidValue> {
        if lang.is_required() {
            return Err(required_label());
        }
        self.put_label(lang, None);
        Ok(())
    }

    fn put_label(&mut self, lang: Lang, label: Option<SkillLabel>) {
        self.labels.retain(|(l, _)| *l != lang);
        self.labels.push((lang, label));
    }

    /// The new label of `lang`: `None` when unchanged, `Some(None)` when removed.
    pub fn label(&self, lang: Lang) -> Option<Option<&SkillLabel>> {
        self.labels
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, label)| label.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn slugs_are_hyphenated_lower_case_words() {
        for raw in [
            "first-aid",
            "driving-licence-b",
            "it",
            "a1-b2-c3",
            "3d-printing",
        ] {
            assert_eq!(SkillSlug::parse(raw).unwrap().as_str(), raw);
        }
        assert_eq!(
            SkillSlug::parse(" first-aid ").unwrap().as_str(),
            "first-aid"
        );
        assert!(SkillSlug::parse(&"a".repeat(64)).is_ok());
    }

    #[test]
    fn slugs_refuse_anything_else() {
        for raw in [
            "",
            "   ",
            "First-aid",
            "first_aid",
            "first aid",
            "-first",
            "first-",
            "first--aid",
            "pierwsza-pomoc-ż",
            "first.aid",
        ] {
            assert!(SkillSlug::parse(raw).is_err(), "{raw:?} was accepted");
        }
        assert_eq!(
            SkillSlug::parse(&"a".repeat(65)).unwrap_err().message,
            "must be at most 64 characters long"
        );
    }

    #[test]
    fn categories_are_the_thirteen_of_the_database() {
        // The CHECK constraint `skills_category_valid` lists the same names.
        let names: Vec<&str> = SkillCategory::ALL.map(SkillCategory::as_str).to_vec();
        assert_eq!(
            names,
            [
                "care",
                "health",
                "education",
                "languages",
                "logistics",
                "technology",
                "environment",
                "culture",
                "sport",
                "administration",
                "communication",
                "transport",
                "crisis"
            ]
        );
        for category in SkillCategory::ALL {
            assert_eq!(SkillCategory::parse(category.as_str()).unwrap(), category);
            assert_eq!(category.to_string(), category.as_str());
        }
        for raw in ["", "Health", "medicine", " care"] {
            let err = SkillCategory::parse(raw).unwrap_err();
            assert!(
                err.message.starts_with("must be one of care, health"),
                "{raw:?}"
            );
        }
    }

    #[test]
    fn labels_are_trimmed_and_bounded() {
        assert_eq!(
            SkillLabel::parse("  First aid ").unwrap().as_str(),
            "First aid"
        );
        assert!(SkillLabel::parse("").is_err());
        assert!(SkillLabel::parse(" \t ").is_err());
        assert!(SkillLabel::parse(&"ї".repeat(100)).is_ok());
        assert!(SkillLabel::parse(&"ї".repeat(101)).is_err());
        assert!(SkillLabel::parse("First\naid").is_err());
        assert!(SkillLabel::parse("First\u{7f}aid").is_err());
    }

    #[test]
    fn changes_keep_the_last_word_per_language_and_the_required_labels() {
        let mut changes = SkillChanges::default();
        assert!(changes.clear_label(Lang::Pl).is_err());
        assert!(changes.clear_label(Lang::En).is_err());
        changes.set_label(Lang::De, SkillLabel::parse("Erste Hilfe").unwrap());
        changes.clear_label(Lang::De).unwrap();
        changes.set_label(Lang::En, SkillLabel::parse("First aid").unwrap());
        assert_eq!(changes.labels.len(), 2);
        assert_eq!(changes.label(Lang::De), Some(None));
        assert_eq!(
            changes.label(Lang::En).map(|l| l.map(SkillLabel::as_str)),
            Some(Some("First aid"))
        );
        assert_eq!(changes.label(Lang::Uk), None);
    }

    proptest! {
        #[test]
        fn a_parsed_slug_reparses_to_itself(raw in "[a-z0-9-]{0,70}|\\PC{0,20}") {
            if let Ok(slug) = SkillSlug::parse(&raw) {
                prop_assert!(slug.as_str().len() <= SkillSlug::MAX_LEN);
                prop_assert!(!slug.as_str().starts_with('-') && !slug.as_str().ends_with('-'));
                prop_assert!(!slug.as_str().contains("--"));
                prop_assert_eq!(SkillSlug::parse(slug.as_str()).unwrap(), slug);
            }
        }

        #[test]
        fn a_parsed_label_is_clean(raw in "\\PC{0,120}|.{0,10}") {
            if let Ok(label) = SkillLabel::parse(&raw) {
                prop_assert!(!label.as_str().is_empty());
                prop_assert_eq!(label.as_str().trim(), label.as_str());
                prop_assert!(label.as_str().chars().count() <= SkillLabel::MAX_CHARS);
                prop_assert!(!label.as_str().chars().any(char::is_control));
            }
        }
    }
}
