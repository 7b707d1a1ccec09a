//! The reasons' details in HOP's six languages: the `reason-…` and
//! `cause-…` messages of `locales/<language>/matching.ftl`, given the facts.

use fluent_bundle::FluentArgs;

use super::{Detail, privacy::DistanceBand};
use crate::{
    i18n::Lang,
    texts::{self, id},
    volunteering::Cause,
};

pub(super) fn render(detail: &Detail, lang: Lang) -> String {
    let mut args = FluentArgs::new();
    let message = match *detail {
        Detail::NoSkillsAsked => id::REASON_NO_SKILLS_ASKED,
        Detail::Skills {
            required,
            preferred,
            preferred_held,
            levels_above,
        } => {
            args.set("required", required);
            args.set("held", preferred_held);
            args.set("preferred", preferred);
            args.set("above", levels_above);
            id::REASON_SKILLS
        }
        Detail::NoLanguagesAsked => id::REASON_NO_LANGUAGES_ASKED,
        Detail::Languages {
            required,
            levels_above,
        } => {
            args.set("required", required);
            args.set("above", levels_above);
            id::REASON_LANGUAGES
        }
        Detail::Remote => id::REASON_REMOTE,
        Detail::Distance { metres } => {
            // One decimal, rounded down as the points count it; the
            // translation writes the language's decimal separator.
            args.set("km", metres / 1000);
            args.set("tenths", metres % 1000 / 100);
            id::REASON_DISTANCE
        }
        Detail::DistanceBand { band } => distance_band(band, &mut args),
        Detail::WithinReach => id::REASON_WITHIN_REACH,
        Detail::Cause { cause, shared } => {
            args.set("cause", cause_label(cause, lang));
            if shared {
                id::REASON_CAUSE_SHARED
            } else {
                id::REASON_CAUSE_OTHER
            }
        }
        Detail::Availability { percent } => {
            args.set("percent", percent);
            id::REASON_AVAILABILITY
        }
        Detail::Soon { hours: 0 } => id::REASON_SOON_WITHIN_THE_HOUR,
        // Up to two days counts hours, then whole days.
        Detail::Soon { hours } if hours < 48 => {
            args.set("hours", hours);
            id::REASON_SOON_HOURS
        }
        Detail::Soon { hours } => {
            args.set("days", hours / 24);
            id::REASON_SOON_DAYS
        }
    };
    texts::text(lang, message, &args)
}

/// A band of kilometres from home, as an organisation reads it.
fn distance_band(band: DistanceBand, args: &mut FluentArgs<'_>) -> &'static str {
    let (from, to) = match band {
        DistanceBand::Under5Km => (None, Some(5)),
        DistanceBand::From5To10Km => (Some(5), Some(10)),
        DistanceBand::From10To25Km => (Some(10), Some(25)),
        DistanceBand::From25To50Km => (Some(25), Some(50)),
        DistanceBand::Over50Km => (Some(50), None),
    };
    if let Some(from) = from {
        args.set("from", from);
    }
    if let Some(to) = to {
        args.set("to", to);
    }
    match (from, to) {
        (None, _) => id::REASON_DISTANCE_UNDER,
        (_, None) => id::REASON_DISTANCE_OVER,
        _ => id::REASON_DISTANCE_BETWEEN,
    }
}

/// A cause's name, as a heading's complement (nominative, lower case but
/// in German).
pub(crate) fn cause_label(cause: Cause, lang: Lang) -> String {
    let message = match cause {
        Cause::Children => id::CAUSE_CHILDREN,
        Cause::Seniors => id::CAUSE_SENIORS,
        Cause::Disability => id::CAUSE_DISABILITY,
        Cause::Health => id::CAUSE_HEALTH,
        Cause::Education => id::CAUSE_EDUCATION,
        Cause::Refugees => id::CAUSE_REFUGEES,
        Cause::Poverty => id::CAUSE_POVERTY,
        Cause::Animals => id::CAUSE_ANIMALS,
        Cause::Environment => id::CAUSE_ENVIRONMENT,
        Cause::Culture => id::CAUSE_CULTURE,
        Cause::Sport => id::CAUSE_SPORT,
        Cause::Community => id::CAUSE_COMMUNITY,
        Cause::Emergency => id::CAUSE_EMERGENCY,
        Cause::HumanRights => id::CAUSE_HUMAN_RIGHTS,
    };
    texts::text(lang, message, &FluentArgs::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(detail: Detail) -> Vec<String> {
        Lang::ALL.iter().map(|lang| detail.text(*lang)).collect()
    }

    #[test]
    fn every_detail_reads_in_every_language() {
        let details = [
            Detail::NoSkillsAsked,
            Detail::Skills {
                required: 1,
                preferred: 2,
                preferred_held: 1,
                levels_above: 2,
            },
            Detail::NoLanguagesAsked,
            Detail::Languages {
                required: 2,
                levels_above: 3,
            },
            Detail::Remote,
            Detail::Distance { metres: 3_456 },
            Detail::Cause {
                cause: Cause::Seniors,
                shared: true,
            },
            Detail::Availability { percent: 75 },
            Detail::Soon { hours: 44 },
        ];
        for detail in details {
            let texts = all(detail);
            for (lang, text) in Lang::ALL.iter().zip(&texts) {
                assert!(!text.trim().is_empty(), "{detail:?} in {lang}");
            }
            // Each language has its own words.
            for (i, text) in texts.iter().enumerate() {
                assert!(!texts[..i].contains(text), "{detail:?}: {text}");
            }
        }
    }

    #[test]
    fn numbers_read_as_each_language_writes_them() {
        assert_eq!(
            Detail::Distance { metres: 3_456 }.text(Lang::En),
            "3.4 km from home"
        );
        assert_eq!(
            Detail::Distance { metres: 3_456 }.text(Lang::Pl),
            "3,4 km od domu"
        );
        assert_eq!(
            Detail::Distance { metres: 999 }.text(Lang::De),
            "0,9 km von zu Hause"
        );
        assert_eq!(
            Detail::Availability { percent: 75 }.text(Lang::De),
            "Die Verfügbarkeit deckt 75 % der Schicht ab"
        );
        assert_eq!(
            Detail::Cause {
                cause: Cause::HumanRights,
                shared: false
            }
            .text(Lang::En),
            "Not among the causes of interest: human rights"
        );
    }

    #[test]
    fn hours_and_days_take_their_plural_forms() {
        let soon = |hours, lang| Detail::Soon { hours }.text(lang);
        assert_eq!(soon(0, Lang::En), "First shift in less than an hour");
        assert_eq!(soon(1, Lang::En), "First shift in 1 hour");
        assert_eq!(soon(47, Lang::En), "First shift in 47 hours");
        assert_eq!(soon(48, Lang::En), "First shift in 2 days");
        assert_eq!(soon(1, Lang::Pl), "Pierwsza zmiana za 1 godzinę");
        assert_eq!(soon(3, Lang::Pl), "Pierwsza zmiana za 3 godziny");
        assert_eq!(soon(12, Lang::Pl), "Pierwsza zmiana za 12 godzin");
        assert_eq!(soon(21, Lang::Pl), "Pierwsza zmiana za 21 godzin");
        assert_eq!(soon(22, Lang::Pl), "Pierwsza zmiana za 22 godziny");
        assert_eq!(soon(5 * 24, Lang::Pl), "Pierwsza zmiana za 5 dni");
        assert_eq!(soon(21, Lang::Uk), "Перша зміна через 21 годину");
        assert_eq!(soon(11, Lang::Uk), "Перша зміна через 11 годин");
        assert_eq!(soon(3 * 24, Lang::Uk), "Перша зміна через 3 дні");
        assert_eq!(soon(5 * 24, Lang::Uk), "Перша зміна через 5 днів");
        assert_eq!(soon(21, Lang::Lt), "Pirmoji pamaina po 21 valandos");
        assert_eq!(soon(11, Lang::Lt), "Pirmoji pamaina po 11 valandų");
        assert_eq!(soon(21 * 24, Lang::Lv), "Pirmā maiņa pēc 21 dienas");
        assert_eq!(soon(10 * 24, Lang::Lv), "Pirmā maiņa pēc 10 dienām");
        assert_eq!(soon(1, Lang::De), "Erste Schicht in 1 Stunde");
        assert_eq!(soon(3 * 24, Lang::De), "Erste Schicht in 3 Tagen");
    }

    #[test]
    fn every_cause_has_a_label_in_every_language() {
        for cause in Cause::ALL {
            for lang in Lang::ALL {
                assert!(!cause_label(*cause, lang).is_empty(), "{cause} in {lang}");
            }
        }
        assert_eq!(cause_label(Cause::Animals, Lang::Pl), "zwierzęta");
    }
}
