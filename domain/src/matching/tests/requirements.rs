//! Each hard requirement excludes; ages count on the shift's day in
//! Toruń; availability holds across midnight and the clock changes.

use chrono::TimeDelta;

use super::*;

#[test]
fn a_missing_or_weaker_required_skill_excludes() {
    let opportunity = meals_for_seniors();
    let mut fields = ola();
    fields.skills = VolunteerSkills::new(vec![SkillClaim {
        skill: FIRST_AID,
        level: level(1),
    }])
    .unwrap();
    assert_eq!(
        evaluate(&profile(fields.clone()), &opportunity, now()),
        None
    );
    fields.skills = VolunteerSkills::new(vec![SkillClaim {
        skill: DRIVING,
        level: level(3),
    }])
    .unwrap();
    assert_eq!(
        evaluate(&profile(fields.clone()), &opportunity, now()),
        None
    );
    // A missing preferred skill only costs points.
    fields.skills = VolunteerSkills::new(vec![SkillClaim {
        skill: FIRST_AID,
        level: level(2),
    }])
    .unwrap();
    let found = evaluate(&profile(fields), &opportunity, now()).unwrap();
    // 2 of 12 units: 30 × 2 ÷ 12 = 5.
    assert_eq!(found.reasons[0].points, 5);
}

#[test]
fn a_missing_or_weaker_language_excludes() {
    let opportunity = meals_for_seniors();
    let mut fields = ola();
    fields.languages = VolunteerLanguages::new(vec![
        LanguageSkill {
            code: code("pl"),
            level: CefrLevel::C2,
        },
        LanguageSkill {
            code: code("en"),
            level: CefrLevel::A2,
        },
    ])
    .unwrap();
    assert_eq!(
        evaluate(&profile(fields.clone()), &opportunity, now()),
        None
    );
    fields.languages = VolunteerLanguages::new(vec![LanguageSkill {
        code: code("pl"),
        level: CefrLevel::C2,
    }])
    .unwrap();
    assert_eq!(evaluate(&profile(fields), &opportunity, now()), None);
}

#[test]
fn without_a_birth_date_nobody_matches() {
    let mut fields = ola();
    fields.birth_date = None;
    assert_eq!(
        evaluate(&profile(fields.clone()), &meals_for_seniors(), now()),
        None
    );
    let volunteer = profile(fields);
    let opportunity = meals_for_seniors();
    assert!(rank_opportunities(&volunteer, [(1, &opportunity)], now()).is_empty());
}

#[test]
fn a_place_beyond_reach_excludes_unless_the_work_is_remote() {
    let mut fields = ola();
    // 4.1 km away.
    fields.max_distance_km = Some(MaxDistanceKm::new(4).unwrap());
    assert_eq!(
        evaluate(&profile(fields.clone()), &meals_for_seniors(), now()),
        None
    );
    fields.max_distance_km = Some(MaxDistanceKm::new(5).unwrap());
    assert!(evaluate(&profile(fields.clone()), &meals_for_seniors(), now()).is_some());

    let remote = OpportunityFacts {
        remote: true,
        location: None,
        ..meals_for_seniors()
    };
    let mut homeless = fields.clone();
    homeless.home = None;
    homeless.max_distance_km = None;
    let found = evaluate(&profile(homeless.clone()), &remote, now()).unwrap();
    assert_eq!(
        found.reasons[2],
        Reason {
            factor: Factor::Distance,
            points: weights::DISTANCE,
            detail: Detail::Remote
        }
    );
    // On site, the home, the reach and the place must all be known.
    assert_eq!(
        evaluate(&profile(homeless), &meals_for_seniors(), now()),
        None
    );
    let mut no_reach = fields.clone();
    no_reach.max_distance_km = None;
    assert_eq!(
        evaluate(&profile(no_reach), &meals_for_seniors(), now()),
        None
    );
    let nowhere = OpportunityFacts {
        location: None,
        ..meals_for_seniors()
    };
    assert_eq!(evaluate(&profile(fields), &nowhere, now()), None);
}

#[test]
fn full_signed_up_past_and_started_shifts_are_not_offered() {
    let volunteer = profile(ola());
    let base = meals_for_seniors();
    let only = |shift: OpenShift<u32>| OpportunityFacts {
        shifts: vec![shift],
        ..base.clone()
    };
    let saturday = || shift(1, "2026-12-05 10:00", "2026-12-05 14:00");
    assert!(evaluate(&volunteer, &only(saturday()), now()).is_some());
    let full = OpenShift {
        has_free_place: false,
        ..saturday()
    };
    let taken = OpenShift {
        signed_up: true,
        ..saturday()
    };
    for shift in [full, taken] {
        assert_eq!(evaluate(&volunteer, &only(shift), now()), None);
    }
    // Started (even a minute ago) or past.
    let started = local("2026-12-05 10:00");
    assert_eq!(evaluate(&volunteer, &only(saturday()), started), None);
    let later = started + TimeDelta::days(2);
    assert_eq!(evaluate(&volunteer, &only(saturday()), later), None);
    assert_eq!(
        evaluate(
            &volunteer,
            &only(saturday()),
            started - TimeDelta::minutes(1)
        )
        .map(|found| found.reasons[5].points),
        Some(10)
    );
    let no_shifts = OpportunityFacts {
        shifts: vec![],
        ..base
    };
    assert_eq!(evaluate(&volunteer, &no_shifts, now()), None);
}

#[test]
fn a_shift_needs_half_of_it_in_the_weekly_availability() {
    let volunteer = profile(ola());
    let only = |shift| OpportunityFacts {
        shifts: vec![shift],
        ..meals_for_seniors()
    };
    // Saturday 10:00–14:00 is available: 12:00–16:00 is half covered.
    let half = evaluate(
        &volunteer,
        &only(shift(1, "2026-12-05 12:00", "2026-12-05 16:00")),
        now(),
    )
    .unwrap();
    assert_eq!(
        half.reasons[4],
        Reason {
            factor: Factor::Availability,
            points: 7,
            detail: Detail::Availability { percent: 50 }
        }
    );
    // A minute less is not enough.
    let less = only(shift(1, "2026-12-05 12:01", "2026-12-05 16:01"));
    assert_eq!(evaluate(&volunteer, &less, now()), None);
    // Friday is not available at all.
    let friday = only(shift(1, "2026-12-04 10:00", "2026-12-04 14:00"));
    assert_eq!(evaluate(&volunteer, &friday, now()), None);
    let mut nobody_home = ola();
    nobody_home.availability = WeeklyAvailability::default();
    assert_eq!(
        evaluate(&profile(nobody_home), &meals_for_seniors(), now()),
        None
    );
}

/// Ola with only a Saturday and a Sunday morning.
fn weekend_mornings() -> ProfileFields<u32> {
    let mut fields = ola();
    fields.availability = WeeklyAvailability::new(vec![
        window(Weekday::Sat, "09:00", "12:00"),
        window(Weekday::Sun, "09:00", "12:00"),
    ])
    .unwrap();
    fields
}

#[test]
fn weekend_mornings_match_on_the_weekends_the_clocks_change() {
    let volunteer = profile(weekend_mornings());
    // Each morning 09:00–12:00 in Toruń, given in UTC: CET before the
    // change in March, CEST from its Sunday on; CEST before the change in
    // October, CET from its Sunday on.
    for (start, end) in [
        ("2026-03-28T08:00:00Z", "2026-03-28T11:00:00Z"),
        ("2026-03-29T07:00:00Z", "2026-03-29T10:00:00Z"),
        ("2026-10-24T07:00:00Z", "2026-10-24T10:00:00Z"),
        ("2026-10-25T08:00:00Z", "2026-10-25T11:00:00Z"),
    ] {
        let opportunity = OpportunityFacts {
            shifts: vec![OpenShift {
                id: 1,
                time: ShiftTime::new(utc(start), utc(end)).unwrap(),
                has_free_place: true,
                signed_up: false,
            }],
            ..meals_for_seniors()
        };
        let found = evaluate(&volunteer, &opportunity, utc("2026-03-20T00:00:00Z"))
            .unwrap_or_else(|| panic!("{start} is a weekend morning"));
        assert_eq!(
            found.reasons[4].detail,
            Detail::Availability { percent: 100 },
            "{start}"
        );
    }
    // An hour off (10:00–13:00 local on the Sunday of March's change) is
    // still two-thirds covered; two hours off (the UTC hours read as
    // local ones) only a third, and is not offered.
    let shifted = |start: &str, end: &str| OpportunityFacts {
        shifts: vec![shift(1, start, end)],
        ..meals_for_seniors()
    };
    let one_off = evaluate(
        &volunteer,
        &shifted("2026-03-29 10:00", "2026-03-29 13:00"),
        utc("2026-03-20T00:00:00Z"),
    )
    .unwrap();
    assert_eq!(
        one_off.reasons[4].detail,
        Detail::Availability { percent: 66 }
    );
    assert_eq!(
        evaluate(
            &volunteer,
            &shifted("2026-03-29 07:00", "2026-03-29 10:00"),
            utc("2026-03-20T00:00:00Z")
        ),
        None
    );
}

#[test]
fn a_night_shift_is_covered_by_the_evening_and_the_next_morning() {
    let mut fields = ola();
    fields.availability = WeeklyAvailability::new(vec![
        window(Weekday::Sat, "20:00", "24:00"),
        window(Weekday::Sun, "00:00", "03:00"),
    ])
    .unwrap();
    let night = OpportunityFacts {
        shifts: vec![shift(1, "2026-12-05 22:00", "2026-12-06 02:00")],
        ..meals_for_seniors()
    };
    let found = evaluate(&profile(fields.clone()), &night, now()).unwrap();
    assert_eq!(
        found.reasons[4].detail,
        Detail::Availability { percent: 100 }
    );
    // Without the Sunday window only the Saturday half is covered: still enough.
    fields.availability =
        WeeklyAvailability::new(vec![window(Weekday::Sat, "20:00", "24:00")]).unwrap();
    let found = evaluate(&profile(fields.clone()), &night, now()).unwrap();
    assert_eq!(
        found.reasons[4].detail,
        Detail::Availability { percent: 50 }
    );
    fields.availability =
        WeeklyAvailability::new(vec![window(Weekday::Sat, "23:00", "24:00")]).unwrap();
    assert_eq!(evaluate(&profile(fields), &night, now()), None);
}

#[test]
fn a_minor_needs_a_guardians_consent_until_the_18th_birthday_in_torun() {
    let opportunity = |start: &str, end: &str| OpportunityFacts {
        min_age: MinAge::new(16).unwrap(),
        shifts: vec![shift(1, start, end)],
        ..meals_for_seniors()
    };
    let eve = opportunity("2026-12-09 10:00", "2026-12-09 12:00");
    let birthday = opportunity("2026-12-10 10:00", "2026-12-10 12:00");
    // 00:30 on the birthday in Toruń is still the 9th in UTC.
    let just_after_midnight = opportunity("2026-12-10 00:30", "2026-12-10 02:00");
    assert_eq!(
        just_after_midnight.shifts[0].time.starts_at(),
        utc("2026-12-09T23:30:00Z")
    );
    let without = profile(born("2008-12-10"));
    assert_eq!(evaluate(&without, &eve, now()), None);
    assert!(evaluate(&without, &birthday, now()).is_some());
    assert!(evaluate(&without, &just_after_midnight, now()).is_some());
    let with = consented(born("2008-12-10"));
    assert!(evaluate(&with, &eve, now()).is_some());
}

#[test]
fn the_minimum_age_counts_on_the_shifts_day() {
    let at_least_16 = OpportunityFacts {
        min_age: MinAge::new(16).unwrap(),
        shifts: vec![
            shift(1, "2026-12-09 10:00", "2026-12-09 12:00"),
            shift(2, "2026-12-10 10:00", "2026-12-10 12:00"),
        ],
        ..meals_for_seniors()
    };
    // Turning 16 on 10 December, with a guardian's consent.
    let volunteer = consented(born("2010-12-10"));
    let found = evaluate(&volunteer, &at_least_16, now()).unwrap();
    assert_eq!(found.shifts, [2]);
    // Consent does not make anyone older.
    let younger = consented(born("2010-12-11"));
    assert_eq!(evaluate(&younger, &at_least_16, now()), None);
    // Born on 29 February: 16 on 28 February of a common year (Civil Code, art. 112).
    let leap = consented(born("2012-02-29"));
    let february = |day| OpportunityFacts {
        min_age: MinAge::new(16).unwrap(),
        shifts: vec![shift(
            1,
            &format!("2028-02-{day} 10:00"),
            &format!("2028-02-{day} 12:00"),
        )],
        ..meals_for_seniors()
    };
    assert_eq!(evaluate(&leap, &february(28), now()), None);
    assert!(evaluate(&leap, &february(29), now()).is_some());
    let common = OpportunityFacts {
        min_age: MinAge::new(17).unwrap(),
        shifts: vec![
            shift(1, "2029-02-27 10:00", "2029-02-27 12:00"),
            shift(2, "2029-02-28 10:00", "2029-02-28 12:00"),
        ],
        ..meals_for_seniors()
    };
    assert_eq!(evaluate(&leap, &common, now()).unwrap().shifts, [2]);
}
