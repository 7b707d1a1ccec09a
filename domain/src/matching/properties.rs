//! Properties of the engine over generated volunteers and opportunities
//! around Toruń: the score's bounds and sum, determinism, monotony, and
//! that nothing breaking a hard requirement is ever ranked.

use chrono::{Days, TimeDelta};
use proptest::{prelude::*, sample::Index};

use super::tests::{code, date, level, place};
use super::*;
use crate::volunteer::{
    AvailabilityWindow, BirthDate, Causes, GuardianConsent, GuardianName, LanguageSkill,
    MaxDistanceKm, SkillClaim, TimeOfDay, VolunteerLanguages, VolunteerSkills, Weekday,
    WeeklyAvailability, age_on,
};

const LANGUAGES: [&str; 5] = ["pl", "en", "de", "uk", "lt"];
const SKILLS: u32 = 6;

fn today() -> NaiveDate {
    date("2026-06-01")
}

fn any_cefr() -> impl Strategy<Value = CefrLevel> {
    (0usize..6).prop_map(|i| CefrLevel::ALL[i])
}

fn any_level() -> impl Strategy<Value = SkillLevel> {
    (1i64..=3).prop_map(level)
}

/// Near Toruń: about 15 km either way.
fn any_place() -> impl Strategy<Value = Coordinates> {
    (52.88f64..53.14, 18.38f64..18.82).prop_map(|(lat, lon)| place(lat, lon))
}

/// Nothing, the whole day, or up to two windows, on every weekday.
fn any_week() -> impl Strategy<Value = WeeklyAvailability> {
    let day = prop_oneof![
        1 => Just(vec![]),
        2 => Just(vec![(0u16, 1440u16)]),
        3 => prop::array::uniform4(0u16..=48).prop_map(|mut cuts| {
            cuts.sort_unstable();
            let [a, b, c, d] = cuts.map(|half_hours| half_hours * 30);
            vec![(a, b), (c, d)]
        }),
    ];
    prop::collection::vec(day, 7).prop_map(|days| {
        let windows = days
            .into_iter()
            .zip(Weekday::ALL)
            .flat_map(|(spans, weekday)| {
                spans.into_iter().filter_map(move |(start, end)| {
                    AvailabilityWindow::new(
                        *weekday,
                        TimeOfDay::from_minutes(i64::from(start)).ok()?,
                        TimeOfDay::from_minutes(i64::from(end)).ok()?,
                    )
                    .ok()
                })
            })
            .collect();
        WeeklyAvailability::new(windows).unwrap()
    })
}

/// A profile and whether a guardian consented.
fn any_volunteer() -> impl Strategy<Value = VolunteerProfile<u32>> {
    (
        (13 * 366 + 5..75 * 365u64),
        prop::option::weighted(0.9, any_place()),
        prop::option::weighted(0.9, 0i64..=40),
        prop::collection::btree_map(0..SKILLS, any_level(), 0..5),
        prop::collection::btree_map(0..LANGUAGES.len(), any_cefr(), 0..4),
        any_week(),
        prop::collection::btree_set(0..Cause::ALL.len(), 0..4),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(days_old, home, reach, skills, languages, week, causes, discoverable, consent)| {
                let fields = ProfileFields {
                    birth_date: Some(
                        BirthDate::new(today() - Days::new(days_old), today()).unwrap(),
                    ),
                    home_city: None,
                    home_country: None,
                    home,
                    max_distance_km: reach.map(|km| MaxDistanceKm::new(km).unwrap()),
                    skills: VolunteerSkills::new(
                        skills
                            .into_iter()
                            .map(|(skill, level)| SkillClaim { skill, level })
                            .collect(),
                    )
                    .unwrap(),
                    languages: VolunteerLanguages::new(
                        languages
                            .into_iter()
                            .map(|(i, level)| LanguageSkill {
                                code: code(LANGUAGES[i]),
                                level,
                            })
                            .collect(),
                    )
                    .unwrap(),
                    availability: week,
                    causes: Causes::new(causes.into_iter().map(|i| Cause::ALL[i]).collect())
                        .unwrap(),
                    discoverable,
                };
                VolunteerProfile::restore(fields, consent.then(consent_of_anna))
            },
        )
}

fn consent_of_anna() -> GuardianConsent {
    GuardianConsent::new(
        GuardianName::parse("Anna Nowak").unwrap(),
        DateTime::UNIX_EPOCH,
    )
}

/// Around the weekends the clocks change, and in winter and summer.
fn any_now() -> impl Strategy<Value = DateTime<Utc>> {
    (
        prop::sample::select(vec![
            "2026-03-25T12:00:00Z",
            "2026-06-10T06:30:00Z",
            "2026-10-21T18:00:00Z",
            "2026-12-01T09:00:00Z",
        ]),
        0i64..3 * 1440,
    )
        .prop_map(|(base, minutes)| super::tests::utc(base) + TimeDelta::minutes(minutes))
}

fn requirements(skills: std::collections::BTreeMap<u32, SkillLevel>) -> Vec<SkillRequirement<u32>> {
    skills
        .into_iter()
        .map(|(skill, min_level)| SkillRequirement { skill, min_level })
        .collect()
}

/// Shifts from two days before `now` to three weeks after it.
fn any_opportunity(now: DateTime<Utc>) -> impl Strategy<Value = OpportunityFacts<u32, u32>> {
    let any_shift = (
        -2 * 1440i64..21 * 1440,
        30i64..=720,
        prop::bool::weighted(0.85),
        prop::bool::weighted(0.1),
    );
    (
        0..Cause::ALL.len(),
        13i64..=25,
        prop::bool::weighted(0.2),
        prop::option::weighted(0.95, any_place()),
        prop::collection::btree_map(0..SKILLS, any_level(), 0..3),
        prop::collection::btree_map(0..SKILLS, any_level(), 0..3),
        prop::collection::btree_map(0..LANGUAGES.len(), any_cefr(), 0..3),
        prop::collection::vec(any_shift, 0..5),
    )
        .prop_map(
            move |(cause, min_age, remote, location, required, preferred, languages, shifts)| {
                OpportunityFacts {
                    cause: Cause::ALL[cause],
                    min_age: MinAge::new(min_age).unwrap(),
                    remote,
                    location,
                    required_skills: requirements(required),
                    preferred_skills: requirements(preferred),
                    languages: languages
                        .into_iter()
                        .map(|(i, min_level)| LanguageRequirement {
                            code: code(LANGUAGES[i]),
                            min_level,
                        })
                        .collect(),
                    shifts: shifts
                        .into_iter()
                        .zip(0..)
                        .map(|((start, minutes, free, taken), id)| {
                            let starts_at = now + TimeDelta::minutes(start);
                            OpenShift {
                                id,
                                time: ShiftTime::new(
                                    starts_at,
                                    starts_at + TimeDelta::minutes(minutes),
                                )
                                .unwrap(),
                                has_free_place: free,
                                signed_up: taken,
                            }
                        })
                        .collect(),
                }
            },
        )
}

/// A volunteer, an opportunity, and when. Three cases in four the
/// volunteer is given what the opportunity requires (skills and languages
/// at or above their levels, a reach to the place), so that enough pairs
/// match for the properties to say something; the shifts and ages are left
/// to chance.
fn any_case() -> impl Strategy<
    Value = (
        VolunteerProfile<u32>,
        OpportunityFacts<u32, u32>,
        DateTime<Utc>,
    ),
> {
    any_now()
        .prop_flat_map(|now| {
            (
                any_volunteer(),
                any_opportunity(now),
                Just(now),
                prop::bool::weighted(0.75),
                prop::collection::vec(0u8..3, 8),
            )
        })
        .prop_map(|(volunteer, opportunity, now, fit, raises)| {
            let volunteer = if fit {
                fitted(&volunteer, &opportunity, &raises)
            } else {
                volunteer
            };
            (volunteer, opportunity, now)
        })
}

/// `volunteer` holding every requirement of `opportunity`, some of them
/// `raises` levels above the minimum, and reaching its place.
fn fitted(
    volunteer: &VolunteerProfile<u32>,
    opportunity: &OpportunityFacts<u32, u32>,
    raises: &[u8],
) -> VolunteerProfile<u32> {
    let raise = |i: usize| raises.get(i).copied().unwrap_or(0);
    changed(volunteer, |fields| {
        let mut claims = fields.skills.claims().to_vec();
        for (i, required) in opportunity.required_skills.iter().enumerate() {
            let at_least = level(i64::from((required.min_level.get() + raise(i)).min(3)));
            match claims
                .iter_mut()
                .find(|claim| claim.skill == required.skill)
            {
                Some(claim) => claim.level = claim.level.max(at_least),
                None => claims.push(SkillClaim {
                    skill: required.skill,
                    level: at_least,
                }),
            }
        }
        fields.skills = VolunteerSkills::new(claims).unwrap();
        let mut languages = fields.languages.languages().to_vec();
        for (i, required) in opportunity.languages.iter().enumerate() {
            let rank = usize::from(required.min_level.rank() + raise(i + 4)).min(6);
            let at_least = CefrLevel::ALL[rank - 1];
            match languages.iter_mut().find(|held| held.code == required.code) {
                Some(held) => held.level = held.level.max(at_least),
                None => languages.push(LanguageSkill {
                    code: required.code,
                    level: at_least,
                }),
            }
        }
        fields.languages = VolunteerLanguages::new(languages).unwrap();
        if let Some(there) = opportunity.location {
            let home = *fields.home.get_or_insert(there);
            let needed = distance_km(home, there).ceil() as i64;
            let reach = fields.max_distance_km.map_or(0, |km| i64::from(km.get()));
            fields.max_distance_km = Some(MaxDistanceKm::new(reach.max(needed)).unwrap());
        }
    })
}

/// The profile with `change` made to its fields.
fn changed(
    volunteer: &VolunteerProfile<u32>,
    change: impl FnOnce(&mut ProfileFields<u32>),
) -> VolunteerProfile<u32> {
    let mut fields = volunteer.fields().clone();
    change(&mut fields);
    VolunteerProfile::restore(fields, volunteer.guardian_consent().cloned())
}

fn score(found: &Option<Match<u32>>) -> Option<u8> {
    found.as_ref().map(|found| found.score)
}

/// `after` keeps every match of `before`, at least as high.
fn not_lower(before: &Option<Match<u32>>, after: &Option<Match<u32>>) -> Result<(), TestCaseError> {
    if let Some(before) = score(before) {
        let after = score(after);
        prop_assert!(
            after.is_some_and(|after| after >= before),
            "{before} became {after:?}"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_score_is_the_sum_of_its_reasons_and_at_most_100((volunteer, opportunity, now) in any_case()) {
        if let Some(found) = evaluate(&volunteer, &opportunity, now) {
            let sum: u32 = found.reasons.iter().map(|reason| u32::from(reason.points)).sum();
            prop_assert_eq!(u32::from(found.score), sum);
            prop_assert!(found.score <= 100);
            let factors: Vec<Factor> = found.reasons.iter().map(|reason| reason.factor).collect();
            prop_assert_eq!(factors.as_slice(), Factor::ALL);
            for reason in &found.reasons {
                prop_assert!(reason.points <= reason.factor.weight());
            }
            // Every shift offered is open, ahead, and eligible on its own;
            // the soonest first.
            prop_assert!(!found.shifts.is_empty());
            let listed: Vec<&OpenShift<u32>> = found
                .shifts
                .iter()
                .map(|id| opportunity.shifts.iter().find(|shift| shift.id == *id).unwrap())
                .collect();
            prop_assert_eq!(listed[0].time.starts_at(), found.first_shift_at);
            for pair in listed.windows(2) {
                prop_assert!(pair[0].time.starts_at() <= pair[1].time.starts_at());
            }
            for shift in listed {
                prop_assert!(shift.time.starts_at() > now && shift.has_free_place && !shift.signed_up);
                let alone = OpportunityFacts { shifts: vec![shift.clone()], ..opportunity.clone() };
                prop_assert!(evaluate(&volunteer, &alone, now).is_some());
            }
        }
    }

    #[test]
    fn matching_is_deterministic_whatever_the_input_order(
        (volunteer, opportunities, now, order) in any_now().prop_flat_map(|now| {
            prop::collection::vec(any_opportunity(now), 0..12).prop_flat_map(move |opportunities| {
                let order: Vec<usize> = (0..opportunities.len()).collect();
                (any_volunteer(), Just(opportunities), Just(now), Just(order).prop_shuffle())
            })
        }),
        others in prop::collection::vec(any_volunteer(), 0..8),
    ) {
        for opportunity in &opportunities {
            prop_assert_eq!(evaluate(&volunteer, opportunity, now), evaluate(&volunteer, opportunity, now));
        }
        let given = rank_opportunities(&volunteer, opportunities.iter().enumerate(), now);
        let shuffled = rank_opportunities(
            &volunteer,
            order.iter().map(|&i| (i, &opportunities[i])),
            now,
        );
        prop_assert_eq!(&given, &shuffled);
        for pair in given.windows(2) {
            let ((a_key, a), (b_key, b)) = (&pair[0], &pair[1]);
            prop_assert!(
                (b.score, a.first_shift_at, a_key) <= (a.score, b.first_shift_at, b_key),
                "best first, then the earlier shift, then the key"
            );
        }

        if let Some(opportunity) = opportunities.first() {
            let mut everyone = others.clone();
            everyone.push(volunteer.clone());
            let given = rank_volunteers(opportunity, everyone.iter().enumerate(), now);
            let reversed = rank_volunteers(opportunity, everyone.iter().enumerate().rev(), now);
            prop_assert_eq!(&given, &reversed);
            for pair in given.windows(2) {
                prop_assert!((pair[1].1.score, pair[0].0) <= (pair[0].1.score, pair[1].0));
            }
            for (key, found) in &given {
                prop_assert!(everyone[*key].fields().discoverable);
                let alone = evaluate_for_organisation(&everyone[*key], opportunity, now);
                prop_assert_eq!(Some(found), alone.as_ref());
            }
        }
    }

    #[test]
    fn holding_a_preferred_skill_or_a_higher_level_never_lowers_the_score(
        (volunteer, opportunity, now) in any_case(),
        pick in any::<Index>(),
        raise_to in any_level(),
    ) {
        prop_assume!(!opportunity.preferred_skills.is_empty());
        let skill = pick.get(&opportunity.preferred_skills).skill;
        let better = changed(&volunteer, |fields| {
            let mut claims = fields.skills.claims().to_vec();
            claims.retain(|claim| claim.skill != skill);
            let level = volunteer.fields().skills.level_of(&skill).map_or(raise_to, |held| held.max(raise_to));
            claims.push(SkillClaim { skill, level });
            fields.skills = VolunteerSkills::new(claims).unwrap();
        });
        not_lower(&evaluate(&volunteer, &opportunity, now), &evaluate(&better, &opportunity, now))?;
    }

    #[test]
    fn a_higher_skill_level_never_lowers_the_score(
        (volunteer, opportunity, now) in any_case(),
        pick in any::<Index>(),
    ) {
        let claims = volunteer.fields().skills.claims();
        prop_assume!(!claims.is_empty());
        let raised = pick.index(claims.len());
        let better = changed(&volunteer, |fields| {
            let mut claims = fields.skills.claims().to_vec();
            claims[raised].level = level(i64::from(claims[raised].level.get() + 1).min(3));
            fields.skills = VolunteerSkills::new(claims).unwrap();
        });
        not_lower(&evaluate(&volunteer, &opportunity, now), &evaluate(&better, &opportunity, now))?;
    }

    #[test]
    fn a_higher_language_level_never_lowers_the_score(
        (volunteer, opportunity, now) in any_case(),
        language in 0..LANGUAGES.len(),
        raise_to in any_cefr(),
    ) {
        let code = code(LANGUAGES[language]);
        let better = changed(&volunteer, |fields| {
            let mut languages = fields.languages.languages().to_vec();
            languages.retain(|held| held.code != code);
            let level = volunteer.fields().languages.level_of(code).map_or(raise_to, |held| held.max(raise_to));
            languages.push(LanguageSkill { code, level });
            fields.languages = VolunteerLanguages::new(languages).unwrap();
        });
        not_lower(&evaluate(&volunteer, &opportunity, now), &evaluate(&better, &opportunity, now))?;
    }

    #[test]
    fn an_organisation_learns_nothing_finer_than_the_home_cell(
        (volunteer, opportunity, now) in any_case(),
        (dlat, dlon) in (0.0f64..1.0, 0.0f64..1.0),
        places in prop::collection::vec(any_place(), 1..6),
    ) {
        let Some(home) = volunteer.fields().home else {
            return Ok(());
        };
        // Another home anywhere in the same cell.
        let cell = privacy::home_cell(home);
        let elsewhere = place(
            cell.lat() + (dlat - 0.5) * privacy::HOME_CELL_LAT_DEGREES * 0.999,
            cell.lon() + (dlon - 0.5) * privacy::HOME_CELL_LON_DEGREES * 0.999,
        );
        prop_assert_eq!(privacy::home_cell(elsewhere), cell);
        let moved = changed(&volunteer, |fields| fields.home = Some(elsewhere));
        // Wherever the organisation puts its place, it sees the same.
        for there in places {
            let probe = OpportunityFacts { location: Some(there), remote: false, ..opportunity.clone() };
            let seen = evaluate_for_organisation(&volunteer, &probe, now);
            prop_assert_eq!(&seen, &evaluate_for_organisation(&moved, &probe, now));
            if let Some(found) = seen {
                let distance = found.reasons[2];
                let exact = matches!(distance.detail, Detail::Distance { .. });
                prop_assert!(!exact, "no exact distance");
                let age = age_on(volunteer.fields().birth_date.unwrap().date(), crate::signup::local_day(now));
                if age < weights::ADULT_AGE {
                    prop_assert_eq!(distance.detail, Detail::WithinReach);
                    prop_assert_eq!(distance.points, privacy::MINOR_DISTANCE_POINTS);
                }
            }
        }
    }

    #[test]
    fn moving_closer_never_lowers_the_score(
        (volunteer, opportunity, now) in any_case(),
        closer in 0.0f64..=1.0,
    ) {
        let (Some(home), Some(there)) = (volunteer.fields().home, opportunity.location) else {
            return Ok(());
        };
        // Along the straight line from home to the place.
        let nearer = place(
            there.lat() + (home.lat() - there.lat()) * closer,
            there.lon() + (home.lon() - there.lon()) * closer,
        );
        prop_assert!(distance_km(nearer, there) <= distance_km(home, there) + 1e-9);
        let better = changed(&volunteer, |fields| fields.home = Some(nearer));
        not_lower(&evaluate(&volunteer, &opportunity, now), &evaluate(&better, &opportunity, now))?;
    }

    #[test]
    fn whatever_breaks_a_hard_requirement_is_never_ranked(
        (volunteer, opportunity, now) in any_case(),
        breach in 0usize..10,
        pick in any::<Index>(),
    ) {
        let (volunteer, opportunity) = break_requirement(breach, pick, volunteer, opportunity, now);
        let discoverable = changed(&volunteer, |fields| fields.discoverable = true);
        prop_assert_eq!(evaluate(&discoverable, &opportunity, now), None, "breach {}", breach);
        prop_assert!(rank_opportunities(&discoverable, [(0, &opportunity)], now).is_empty());
        prop_assert!(rank_volunteers(&opportunity, [(0, &discoverable)], now).is_empty());
    }
}

/// The case with one hard requirement broken, by `breach`.
fn break_requirement(
    breach: usize,
    pick: Index,
    volunteer: VolunteerProfile<u32>,
    mut opportunity: OpportunityFacts<u32, u32>,
    now: DateTime<Utc>,
) -> (VolunteerProfile<u32>, OpportunityFacts<u32, u32>) {
    let fields = volunteer.fields().clone();
    let birth = fields.birth_date.unwrap().date();
    match breach {
        // A required skill the volunteer lacks.
        0 => opportunity.required_skills.push(SkillRequirement {
            skill: SKILLS + 1,
            min_level: level(1),
        }),
        // A required skill above the volunteer's level (or lacking, when
        // every skill is held at the top).
        1 => {
            let below_top: Vec<&SkillClaim<u32>> = fields
                .skills
                .claims()
                .iter()
                .filter(|claim| claim.level < SkillLevel::EXPERT)
                .collect();
            opportunity.required_skills.push(if below_top.is_empty() {
                SkillRequirement {
                    skill: SKILLS + 1,
                    min_level: level(3),
                }
            } else {
                let claim = pick.get(&below_top);
                SkillRequirement {
                    skill: claim.skill,
                    min_level: level(i64::from(claim.level.get()) + 1),
                }
            });
        }
        // A language above the volunteer's level, or one not spoken.
        2 => {
            let below_top: Vec<&LanguageSkill> = fields
                .languages
                .languages()
                .iter()
                .filter(|held| held.level < CefrLevel::C2)
                .collect();
            opportunity.languages.push(if below_top.is_empty() {
                LanguageRequirement {
                    code: code("lv"),
                    min_level: CefrLevel::A1,
                }
            } else {
                let held = pick.get(&below_top);
                LanguageRequirement {
                    code: held.code,
                    min_level: CefrLevel::ALL[usize::from(held.level.rank())],
                }
            });
        }
        // On site in Warsaw, beyond anyone's reach of at most 40 km.
        3 => {
            opportunity.remote = false;
            opportunity.location = Some(place(52.2297, 21.0122));
        }
        // Older than the volunteer (at most 75) will be on any shift.
        4 => {
            let oldest = age_on(birth, now.date_naive() + Days::new(30));
            opportunity.min_age = MinAge::new(i64::from(oldest) + 1).unwrap();
        }
        // A minor of 15 without a guardian's consent.
        5 => {
            let mut minor = fields;
            let fifteen = now.date_naive() - Days::new(15 * 366);
            minor.birth_date = Some(BirthDate::new(fifteen, now.date_naive()).unwrap());
            opportunity.min_age = MinAge::new(13).unwrap();
            return (VolunteerProfile::restore(minor, None), opportunity);
        }
        // No time in the week.
        6 => {
            return (
                changed(&volunteer, |fields| {
                    fields.availability = WeeklyAvailability::default()
                }),
                opportunity,
            );
        }
        // Only full shifts.
        7 => opportunity
            .shifts
            .iter_mut()
            .for_each(|shift| shift.has_free_place = false),
        // Only shifts already signed up for.
        8 => opportunity
            .shifts
            .iter_mut()
            .for_each(|shift| shift.signed_up = true),
        // Only shifts that have started.
        _ => {
            for shift in &mut opportunity.shifts {
                let length = shift.time.ends_at() - shift.time.starts_at();
                let start = now.min(shift.time.starts_at()) - TimeDelta::minutes(1);
                shift.time = ShiftTime::new(start, start + length).unwrap();
            }
        }
    }
    (volunteer, opportunity)
}

/// Shifts held, times taken, and the period asked for (see [`ShiftLimits`]).
type Limits = (
    Vec<u32>,
    Vec<ShiftTime>,
    Option<DateTime<Utc>>,
    Option<DateTime<Utc>>,
);

/// Shifts the volunteer holds, times they are taken, and a period asked
/// for, drawn around `now`.
fn any_limits(now: DateTime<Utc>) -> impl Strategy<Value = Limits> {
    let time = move |start: i64, minutes: i64| {
        ShiftTime::new(
            now + TimeDelta::minutes(start),
            now + TimeDelta::minutes(start + minutes),
        )
        .unwrap()
    };
    (
        prop::collection::vec(0u32..5, 0..2),
        prop::collection::vec((0i64..14 * 1440, 60i64..600), 0..2),
        prop::option::weighted(0.3, 0i64..7 * 1440),
        prop::option::weighted(0.3, 3 * 1440i64..21 * 1440),
    )
        .prop_map(move |(held, busy, from, before)| {
            (
                held,
                busy.into_iter()
                    .map(|(start, minutes)| time(start, minutes))
                    .collect(),
                from.map(|minutes| now + TimeDelta::minutes(minutes)),
                before.map(|minutes| now + TimeDelta::minutes(minutes)),
            )
        })
}

/// A volunteer, many opportunities (three in four of them fitted to the
/// volunteer), limits, a filter and when.
type ManyOpportunities = (
    VolunteerProfile<u32>,
    Vec<OpportunityFacts<u32, u32>>,
    Limits,
    index::OpportunityFilter,
    DateTime<Utc>,
);

fn any_many_opportunities() -> impl Strategy<Value = ManyOpportunities> {
    any_now()
        .prop_flat_map(|now| {
            (
                any_volunteer(),
                prop::collection::vec(any_opportunity(now), 0..40),
                any_limits(now),
                (
                    prop::option::weighted(0.2, 0..Cause::ALL.len()),
                    prop::option::weighted(0.2, any::<bool>()),
                ),
                Just(now),
            )
        })
        .prop_map(|(volunteer, opportunities, limits, (cause, remote), now)| {
            let filter = index::OpportunityFilter {
                cause: cause.map(|i| Cause::ALL[i]),
                remote,
            };
            (volunteer, opportunities, limits, filter, now)
        })
}

/// An opportunity and many volunteers (three in four fitted to it).
fn any_many_volunteers() -> impl Strategy<
    Value = (
        OpportunityFacts<u32, u32>,
        Vec<VolunteerProfile<u32>>,
        DateTime<Utc>,
    ),
> {
    any_now()
        .prop_flat_map(|now| {
            (
                any_opportunity(now),
                prop::collection::vec(
                    (
                        any_volunteer(),
                        prop::bool::weighted(0.75),
                        prop::collection::vec(0u8..3, 8),
                    ),
                    0..60,
                ),
                Just(now),
            )
        })
        .prop_map(|(opportunity, volunteers, now)| {
            let volunteers = volunteers
                .into_iter()
                .map(|(volunteer, fit, raises)| {
                    if fit {
                        fitted(&volunteer, &opportunity, &raises)
                    } else {
                        volunteer
                    }
                })
                .collect();
            (opportunity, volunteers, now)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// The index's page equals the same page of the exhaustive ranking,
    /// from any position, with any limits and filter.
    #[test]
    fn the_best_opportunities_are_the_exhaustive_ranking(
        (volunteer, opportunities, (held, busy, starts_from, starts_before), filter, now) in any_many_opportunities(),
        position in any::<Index>(),
        count in 0usize..12,
    ) {
        let limits = ShiftLimits { held: &held, busy: &busy, starts_from, starts_before };
        let mut index = index::OpportunityIndex::new();
        for (key, facts) in opportunities.iter().enumerate() {
            index.upsert(key, facts.clone());
        }
        let admitted = opportunities.iter().enumerate().filter(|(_, facts)| {
            filter.cause.is_none_or(|cause| facts.cause == cause)
                && filter.remote.is_none_or(|remote| facts.remote == remote)
        });
        let exhaustive = rank_opportunities_within(&volunteer, admitted, &limits, now);
        let start = if exhaustive.is_empty() { 0 } else { position.index(exhaustive.len() + 1) };
        let after = start
            .checked_sub(1)
            .and_then(|at| exhaustive.get(at))
            .map(|(key, found)| (found.score, found.first_shift_at, *key));
        let expected: Vec<(usize, Match<u32>)> =
            exhaustive.iter().skip(start).take(count).map(|(key, found)| (*key, found.clone())).collect();
        let best = index.best_for(&volunteer, &limits, &filter, now, after, count);
        prop_assert_eq!(best, expected);
    }

    /// The index's page of candidates equals the same page of the
    /// exhaustive ranking, from any position.
    #[test]
    fn the_best_candidates_are_the_exhaustive_ranking(
        (opportunity, volunteers, now) in any_many_volunteers(),
        position in any::<Index>(),
        count in 0usize..12,
        removed in prop::collection::vec(any::<Index>(), 0..3),
    ) {
        let mut index = index::VolunteerIndex::new(crate::signup::local_day(now));
        for (key, volunteer) in volunteers.iter().enumerate() {
            index.upsert(key, volunteer);
        }
        // Removing some (and adding one twice) leaves the others as they were.
        let mut kept: Vec<(usize, &VolunteerProfile<u32>)> = volunteers.iter().enumerate().collect();
        for gone in &removed {
            if kept.is_empty() {
                break;
            }
            let (key, _) = kept.remove(gone.index(kept.len()));
            index.remove(&key);
        }
        if let Some((key, volunteer)) = kept.first() {
            index.upsert(*key, volunteer);
        }
        if count % 2 == 0 {
            // Laid out anew, it answers the same.
            index.shrink_to_fit();
        }
        let exhaustive = rank_volunteers(&opportunity, kept.iter().copied(), now);
        let start = if exhaustive.is_empty() { 0 } else { position.index(exhaustive.len() + 1) };
        let after = start
            .checked_sub(1)
            .and_then(|at| exhaustive.get(at))
            .map(|(key, found)| (found.score, *key));
        let expected: Vec<(usize, Match<u32>)> =
            exhaustive.iter().skip(start).take(count).map(|(key, found)| (*key, found.clone())).collect();
        prop_assert_eq!(index.best_for(&opportunity, now, after, count), expected);
    }
}
