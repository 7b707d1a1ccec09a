//! The engine on concrete cases: the documented example, the fixed shares,
//! distance, ranking order; `requirements` holds each hard requirement,
//! ages on the shift's day and clock changes.

use chrono::{NaiveDate, NaiveDateTime, TimeZone};
use chrono_tz::Europe::Warsaw;

use super::*;
use crate::volunteer::{
    AvailabilityWindow, BirthDate, Causes, GuardianConsent, GuardianName, LanguageSkill,
    MaxDistanceKm, SkillClaim, TimeOfDay, VolunteerLanguages, VolunteerSkills, Weekday,
    WeeklyAvailability,
};

mod requirements;

pub(super) const FIRST_AID: u32 = 1;
pub(super) const DRIVING: u32 = 2;
pub(super) const COOKING: u32 = 3;

pub(super) fn date(raw: &str) -> NaiveDate {
    NaiveDate::parse_from_str(raw, "%Y-%m-%d").unwrap()
}

/// `YYYY-MM-DD HH:MM` on Toruń's wall clock.
pub(super) fn local(raw: &str) -> DateTime<Utc> {
    let wall = NaiveDateTime::parse_from_str(raw, "%Y-%m-%d %H:%M").unwrap();
    Warsaw.from_local_datetime(&wall).single().unwrap().to_utc()
}

pub(super) fn utc(raw: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(raw).unwrap().to_utc()
}

pub(super) fn level(n: i64) -> SkillLevel {
    SkillLevel::new(n).unwrap()
}

pub(super) fn code(raw: &str) -> LanguageCode {
    LanguageCode::parse(raw).unwrap()
}

pub(super) fn place(lat: f64, lon: f64) -> Coordinates {
    Coordinates::new(lat, lon).unwrap()
}

pub(super) fn window(day: Weekday, start: &str, end: &str) -> AvailabilityWindow {
    AvailabilityWindow::new(
        day,
        TimeOfDay::parse_end(start).unwrap(),
        TimeOfDay::parse_end(end).unwrap(),
    )
    .unwrap()
}

/// A shift from `start` to `end` on Toruń's wall clock, open, not taken.
pub(super) fn shift(id: u32, start: &str, end: &str) -> OpenShift<u32> {
    OpenShift {
        id,
        time: ShiftTime::new(local(start), local(end)).unwrap(),
        has_free_place: true,
        signed_up: false,
    }
}

/// Thursday 3 December 2026, 13:00 in Toruń.
pub(super) fn now() -> DateTime<Utc> {
    utc("2026-12-03T12:00:00Z")
}

/// Ola, the volunteer of the worked example in `docs/matching.md`.
pub(super) fn ola() -> ProfileFields<u32> {
    ProfileFields {
        birth_date: Some(BirthDate::new(date("1995-04-12"), date("2026-01-01")).unwrap()),
        home_city: None,
        home_country: None,
        home: Some(place(53.0235, 18.6620)),
        max_distance_km: Some(MaxDistanceKm::new(10).unwrap()),
        skills: VolunteerSkills::new(vec![
            SkillClaim {
                skill: FIRST_AID,
                level: level(3),
            },
            SkillClaim {
                skill: DRIVING,
                level: level(2),
            },
        ])
        .unwrap(),
        languages: VolunteerLanguages::new(vec![
            LanguageSkill {
                code: code("pl"),
                level: CefrLevel::C2,
            },
            LanguageSkill {
                code: code("en"),
                level: CefrLevel::B2,
            },
            LanguageSkill {
                code: code("de"),
                level: CefrLevel::A2,
            },
        ])
        .unwrap(),
        availability: WeeklyAvailability::new(vec![
            window(Weekday::Wed, "17:00", "20:00"),
            window(Weekday::Sat, "10:00", "14:00"),
        ])
        .unwrap(),
        causes: Causes::new(vec![Cause::Seniors, Cause::Animals]).unwrap(),
        discoverable: true,
    }
}

/// "Meals for seniors", the opportunity of the worked example.
pub(super) fn meals_for_seniors() -> OpportunityFacts<u32, u32> {
    OpportunityFacts {
        cause: Cause::Seniors,
        min_age: MinAge::new(18).unwrap(),
        remote: false,
        location: Some(place(53.0102, 18.6045)),
        required_skills: vec![SkillRequirement {
            skill: FIRST_AID,
            min_level: level(2),
        }],
        preferred_skills: vec![
            SkillRequirement {
                skill: DRIVING,
                min_level: level(1),
            },
            SkillRequirement {
                skill: COOKING,
                min_level: level(1),
            },
        ],
        languages: vec![
            LanguageRequirement {
                code: code("pl"),
                min_level: CefrLevel::B2,
            },
            LanguageRequirement {
                code: code("en"),
                min_level: CefrLevel::B1,
            },
        ],
        shifts: vec![
            shift(101, "2026-12-05 09:00", "2026-12-05 13:00"),
            OpenShift {
                has_free_place: false,
                ..shift(102, "2026-12-06 10:00", "2026-12-06 12:00")
            },
            shift(103, "2026-12-12 10:00", "2026-12-12 14:00"),
        ],
    }
}

pub(super) fn profile(fields: ProfileFields<u32>) -> VolunteerProfile<u32> {
    VolunteerProfile::restore(fields, None)
}

pub(super) fn consented(fields: ProfileFields<u32>) -> VolunteerProfile<u32> {
    let consent = GuardianConsent::new(GuardianName::parse("Anna Nowak").unwrap(), now());
    VolunteerProfile::restore(fields, Some(consent))
}

fn points(found: &Match<u32>) -> [u8; 6] {
    found.reasons.map(|reason| reason.points)
}

#[test]
fn the_worked_example_in_docs_matching_md_scores_as_documented() {
    let found = evaluate(&profile(ola()), &meals_for_seniors(), now()).unwrap();
    let expected = [
        (
            Factor::Skills,
            17,
            Detail::Skills {
                required: 1,
                preferred: 2,
                preferred_held: 1,
                levels_above: 2,
            },
        ),
        (
            Factor::Languages,
            8,
            Detail::Languages {
                required: 2,
                levels_above: 3,
            },
        ),
        (Factor::Distance, 16, Detail::Distance { metres: 4_120 }),
        (
            Factor::Causes,
            15,
            Detail::Cause {
                cause: Cause::Seniors,
                shared: true,
            },
        ),
        (
            Factor::Availability,
            15,
            Detail::Availability { percent: 100 },
        ),
        (Factor::Soon, 9, Detail::Soon { hours: 44 }),
    ];
    for (reason, (factor, points, detail)) in found.reasons.iter().zip(expected) {
        assert_eq!(
            *reason,
            Reason {
                factor,
                points,
                detail
            }
        );
    }
    assert_eq!(found.score, 80);
    assert_eq!(found.shifts, [101, 103]);
    assert_eq!(found.first_shift_at, local("2026-12-05 09:00"));

    // The document shows the same numbers.
    let doc = include_str!("../../../docs/matching.md");
    for reason in &found.reasons {
        let row = format!(
            "| {} | {} | {} |",
            reason.factor,
            reason.factor.weight(),
            reason.points
        );
        assert!(doc.contains(&row), "docs/matching.md lacks the row {row:?}");
    }
    assert!(doc.contains("| **total** | 100 | **80** |"));
    for (name, value) in [
        ("SKILLS", weights::SKILLS),
        ("LANGUAGES", weights::LANGUAGES),
        ("DISTANCE", weights::DISTANCE),
        ("CAUSES", weights::CAUSES),
        ("AVAILABILITY", weights::AVAILABILITY),
        ("SOON", weights::SOON),
        ("MIN_COVERAGE_PERCENT", weights::MIN_COVERAGE_PERCENT),
        ("SKILLS_NOTHING_ASKED", weights::SKILLS_NOTHING_ASKED),
        ("LANGUAGES_NOTHING_ASKED", weights::LANGUAGES_NOTHING_ASKED),
    ] {
        let row = format!("| `{name}` | {value} |");
        assert!(doc.contains(&row), "docs/matching.md lacks the row {row:?}");
    }
    // And the details read in English as quoted there.
    for reason in &found.reasons {
        let quoted = format!("- {}: \"{}\"", reason.factor, reason.detail.text(Lang::En));
        assert!(doc.contains(&quoted), "docs/matching.md lacks {quoted:?}");
    }
}

#[test]
fn the_weights_add_up_to_a_hundred() {
    let total: u32 = Factor::ALL.iter().map(|f| u32::from(f.weight())).sum();
    assert_eq!(total, 100);
    let names: Vec<&str> = Factor::ALL.iter().map(|f| f.as_str()).collect();
    assert_eq!(
        names,
        [
            "skills",
            "languages",
            "distance",
            "causes",
            "availability",
            "soon"
        ]
    );
}

#[test]
fn an_opportunity_asking_for_nothing_gets_the_fixed_shares() {
    let easy = OpportunityFacts {
        required_skills: vec![],
        preferred_skills: vec![],
        languages: vec![],
        ..meals_for_seniors()
    };
    let found = evaluate(&profile(ola()), &easy, now()).unwrap();
    assert_eq!(
        found.reasons[0],
        Reason {
            factor: Factor::Skills,
            points: weights::SKILLS_NOTHING_ASKED,
            detail: Detail::NoSkillsAsked
        }
    );
    assert_eq!(
        found.reasons[1],
        Reason {
            factor: Factor::Languages,
            points: weights::LANGUAGES_NOTHING_ASKED,
            detail: Detail::NoLanguagesAsked
        }
    );
    // Meeting every requirement exactly is worth the same.
    let exact = OpportunityFacts {
        required_skills: vec![SkillRequirement {
            skill: DRIVING,
            min_level: level(2),
        }],
        preferred_skills: vec![SkillRequirement {
            skill: FIRST_AID,
            min_level: level(1),
        }],
        languages: vec![LanguageRequirement {
            code: code("de"),
            min_level: CefrLevel::A2,
        }],
        ..meals_for_seniors()
    };
    let mut fields = ola();
    fields.skills = VolunteerSkills::new(vec![
        SkillClaim {
            skill: DRIVING,
            level: level(2),
        },
        SkillClaim {
            skill: FIRST_AID,
            level: level(1),
        },
    ])
    .unwrap();
    let found = evaluate(&profile(fields), &exact, now()).unwrap();
    assert_eq!(found.reasons[0].points, weights::SKILLS_NOTHING_ASKED);
    assert_eq!(found.reasons[1].points, weights::LANGUAGES_NOTHING_ASKED);
}

#[test]
fn closer_places_score_more_by_full_kilometres() {
    let opportunity = meals_for_seniors();
    let at = |lat, lon| {
        let mut fields = ola();
        fields.home = Some(place(lat, lon));
        evaluate(&profile(fields), &opportunity, now())
            .unwrap()
            .reasons[2]
    };
    // At the place itself: every point.
    let there = at(53.0102, 18.6045);
    assert_eq!(
        (there.points, there.detail),
        (20, Detail::Distance { metres: 0 })
    );
    // 572 m away: still within the first kilometre.
    assert_eq!(at(53.0138, 18.5984).points, 20);
}

/// Ola born on `birth`, free all week.
pub(super) fn born(birth: &str) -> ProfileFields<u32> {
    let mut fields = ola();
    fields.birth_date = Some(BirthDate::new(date(birth), date("2026-11-01")).unwrap());
    fields.availability = WeeklyAvailability::new(
        Weekday::ALL
            .iter()
            .map(|day| window(*day, "00:00", "24:00"))
            .collect(),
    )
    .unwrap();
    fields
}

#[test]
fn eligible_shifts_are_listed_soonest_first_whatever_the_order_given() {
    let mut opportunity = meals_for_seniors();
    opportunity.shifts.reverse();
    opportunity
        .shifts
        .push(shift(104, "2026-12-05 10:00", "2026-12-05 13:00"));
    let found = evaluate(&profile(ola()), &opportunity, now()).unwrap();
    assert_eq!(found.shifts, [101, 104, 103]);
    assert_eq!(found.first_shift_at, local("2026-12-05 09:00"));
}

#[test]
fn opportunities_rank_by_score_then_first_shift_then_key() {
    let volunteer = profile(ola());
    let best = meals_for_seniors();
    let animals = OpportunityFacts {
        cause: Cause::Animals,
        ..meals_for_seniors()
    };
    let later = OpportunityFacts {
        shifts: vec![shift(1, "2026-12-12 10:00", "2026-12-12 14:00")],
        ..meals_for_seniors()
    };
    let culture = OpportunityFacts {
        cause: Cause::Culture,
        ..meals_for_seniors()
    };
    let too_far = OpportunityFacts {
        location: Some(place(52.2297, 21.0122)),
        ..meals_for_seniors()
    };
    let ranked = rank_opportunities(
        &volunteer,
        [
            ("e", &too_far),
            ("d", &culture),
            ("c", &later),
            ("b", &animals),
            ("a", &best),
        ],
        now(),
    );
    let order: Vec<(&str, u8)> = ranked.iter().map(|(key, m)| (*key, m.score)).collect();
    // "later" loses 7 soonness points; "culture" its 15 cause points.
    assert_eq!(order, [("a", 80), ("b", 80), ("c", 73), ("d", 65)]);
    // Equal scores: the earlier first shift first, whatever the keys.
    let early = OpportunityFacts {
        shifts: vec![shift(1, "2026-12-05 11:00", "2026-12-05 13:00")],
        ..meals_for_seniors()
    };
    let late = OpportunityFacts {
        shifts: vec![shift(1, "2026-12-05 12:00", "2026-12-05 14:00")],
        ..meals_for_seniors()
    };
    let ranked = rank_opportunities(&volunteer, [(1, &late), (2, &early)], now());
    assert_eq!(points(&ranked[0].1), points(&ranked[1].1));
    assert_eq!(
        ranked.iter().map(|(key, _)| *key).collect::<Vec<_>>(),
        [2, 1]
    );
}

#[test]
fn volunteers_rank_by_score_then_key_and_only_the_discoverable() {
    let opportunity = meals_for_seniors();
    let first = profile(ola());
    let mut twin_fields = ola();
    twin_fields.causes = Causes::new(vec![Cause::Animals, Cause::Seniors]).unwrap();
    let twin = profile(twin_fields);
    let mut hidden_fields = ola();
    hidden_fields.discoverable = false;
    let hidden = profile(hidden_fields);
    let mut bored_fields = ola();
    bored_fields.causes = Causes::default();
    let bored = profile(bored_fields);
    let mut young_fields = born("2010-01-01");
    young_fields.availability = ola().availability;
    let young = profile(young_fields);
    let ranked = rank_volunteers(
        &opportunity,
        [
            (5, &bored),
            (4, &hidden),
            (3, &young),
            (2, &twin),
            (1, &first),
        ],
        now(),
    );
    let order: Vec<(u32, u8)> = ranked.iter().map(|(key, m)| (*key, m.score)).collect();
    assert_eq!(order, [(1, 79), (2, 79), (5, 64)]);
    // Seen by the organisation, distances come from the home's cell, in bands.
    assert!(matches!(
        ranked[0].1.reasons[2].detail,
        Detail::DistanceBand { .. }
    ));
    // Evaluated on its own, the hidden profile fits: only ranking hides it.
    assert!(evaluate(&hidden, &opportunity, now()).is_some());
}

#[test]
fn distances_are_great_circles() {
    let torun = place(53.0138, 18.5984);
    let warsaw = place(52.2297, 21.0122);
    assert!((distance_km(torun, warsaw) - 184.787).abs() < 0.01);
    assert_eq!(distance_km(torun, torun), 0.0);
    assert_eq!(distance_km(torun, warsaw), distance_km(warsaw, torun));
    let quarter = distance_km(place(0.0, 0.0), place(90.0, 0.0));
    assert!((quarter - weights::EARTH_RADIUS_KM * std::f64::consts::FRAC_PI_2).abs() < 1e-9);
    let antipode = distance_km(place(0.0, 0.0), place(0.0, 180.0));
    assert!((antipode - weights::EARTH_RADIUS_KM * std::f64::consts::PI).abs() < 1e-9);
}
