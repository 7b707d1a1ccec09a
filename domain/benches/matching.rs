//! What matching costs: one volunteer against 10 000 open opportunities
//! around Toruń (3 future shifts each, 1–3 skills, 0–2 languages), the
//! size of `GET /me/matches` over a city's offer. Target: under 5 ms on one
//! core.

use std::{hint::black_box, time::Duration};

use chrono::{DateTime, TimeDelta, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use hop_domain::{
    language::LanguageCode,
    matching::{
        LanguageRequirement, OpenShift, OpportunityFacts, ShiftLimits, SkillRequirement, evaluate,
        index::{OpportunityFilter, OpportunityIndex, VolunteerIndex},
        rank_opportunities, rank_volunteers,
    },
    opportunity::{MinAge, ShiftTime},
    organization::Coordinates,
    volunteer::{
        AvailabilityWindow, BirthDate, Causes, LanguageSkill, MaxDistanceKm, ProfileFields,
        SkillClaim, TimeOfDay, VolunteerLanguages, VolunteerProfile, VolunteerSkills, Weekday,
        WeeklyAvailability,
    },
    volunteering::{Cause, CefrLevel, SkillLevel},
};

const OPPORTUNITIES: usize = 10_000;
/// The skills of the taxonomy opportunities ask for.
const SKILLS: u64 = 12;
const LANGUAGES: [&str; 4] = ["pl", "en", "de", "uk"];
const TORUN: (f64, f64) = (53.0138, 18.5984);

/// A fixed pseudo-random sequence (SplitMix64), so every run measures the
/// same data.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// 0 to `n - 1`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// `a` to `b`.
    fn between(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-09-14T08:00:00Z")
        .expect("a valid time")
        .to_utc()
}

fn level(n: u64) -> SkillLevel {
    SkillLevel::new(n as i64).expect("1 to 3")
}

fn code(raw: &str) -> LanguageCode {
    LanguageCode::parse(raw).expect("an ISO 639-1 code")
}

/// Within about 17 km of Toruń's centre.
fn near_torun(dice: &mut Dice) -> Coordinates {
    Coordinates::new(
        TORUN.0 + dice.between(-0.15, 0.15),
        TORUN.1 + dice.between(-0.25, 0.25),
    )
    .expect("valid coordinates")
}

fn volunteer(birth: &str, dice: &mut Dice) -> VolunteerProfile<u64> {
    let today = now().date_naive();
    let window = |day, start: &str, end: &str| {
        AvailabilityWindow::new(
            day,
            TimeOfDay::parse_end(start).expect("a time"),
            TimeOfDay::parse_end(end).expect("a time"),
        )
        .expect("a window")
    };
    let mut windows: Vec<AvailabilityWindow> = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ]
    .into_iter()
    .map(|day| window(day, "16:00", "21:00"))
    .collect();
    windows.push(window(Weekday::Sat, "08:00", "16:00"));
    windows.push(window(Weekday::Sun, "10:00", "14:00"));
    let fields = ProfileFields {
        birth_date: Some(
            BirthDate::parse(birth, today).expect("a birth date at least 13 years ago"),
        ),
        home_city: None,
        home_country: None,
        home: Some(near_torun(dice)),
        max_distance_km: Some(MaxDistanceKm::new(20).expect("in range")),
        // Half the taxonomy, at every level.
        skills: VolunteerSkills::new(
            (0..SKILLS)
                .filter(|skill| skill % 2 == 0)
                .map(|skill| SkillClaim {
                    skill,
                    level: level(1 + dice.below(3)),
                })
                .collect(),
        )
        .expect("distinct skills"),
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
                code: code("uk"),
                level: CefrLevel::A2,
            },
        ])
        .expect("distinct languages"),
        availability: WeeklyAvailability::new(windows).expect("no overlaps"),
        causes: Causes::new(vec![Cause::Seniors, Cause::Animals, Cause::Education])
            .expect("distinct causes"),
        discoverable: true,
    };
    VolunteerProfile::restore(fields, None)
}

fn opportunity(dice: &mut Dice) -> OpportunityFacts<u64, u64> {
    let mut required_skills = Vec::new();
    let mut preferred_skills = Vec::new();
    let first = dice.below(SKILLS);
    for skill in (0..1 + dice.below(3)).map(|i| (first + i) % SKILLS) {
        let requirement = SkillRequirement {
            skill,
            min_level: level(1 + dice.below(2)),
        };
        if dice.chance(40) {
            required_skills.push(requirement);
        } else {
            preferred_skills.push(requirement);
        }
    }
    let first_language = dice.below(LANGUAGES.len() as u64) as usize;
    let languages = (0..dice.below(3) as usize)
        .map(|i| LanguageRequirement {
            code: code(LANGUAGES[(first_language + i) % LANGUAGES.len()]),
            min_level: CefrLevel::ALL[dice.below(4) as usize],
        })
        .collect();
    // Three shifts in the coming two months, between 07:00 and 21:00 UTC,
    // 2 to 5 hours long, soonest first.
    let mut starts: Vec<DateTime<Utc>> = (0..3)
        .map(|_| {
            let day = now().date_naive() + chrono::Days::new(1 + dice.below(60));
            let hour = 7 + dice.below(12) as u32;
            day.and_hms_opt(hour, 0, 0).expect("a time").and_utc()
        })
        .collect();
    starts.sort();
    let shifts = starts
        .into_iter()
        .enumerate()
        .map(|(i, starts_at)| OpenShift {
            id: dice.next() ^ i as u64,
            time: ShiftTime::new(
                starts_at,
                starts_at + TimeDelta::hours(2 + dice.below(4) as i64),
            )
            .expect("a valid shift"),
            has_free_place: dice.chance(90),
            signed_up: false,
        })
        .collect();
    let remote = dice.chance(10);
    OpportunityFacts {
        cause: Cause::ALL[dice.below(Cause::ALL.len() as u64) as usize],
        min_age: MinAge::new(if dice.chance(80) { 16 } else { 18 }).expect("in range"),
        remote,
        location: (!remote).then(|| near_torun(dice)),
        required_skills,
        preferred_skills,
        languages,
        shifts,
    }
}

fn matching(c: &mut Criterion) {
    let mut dice = Dice(2026);
    let ola = volunteer("1995-04-12", &mut dice);
    let opportunities: Vec<(u64, OpportunityFacts<u64, u64>)> = (0..OPPORTUNITIES as u64)
        .map(|id| (id, opportunity(&mut dice)))
        .collect();
    let matched = rank_opportunities(&ola, opportunities.iter().map(|(id, o)| (*id, o)), now());
    eprintln!(
        "{} of {OPPORTUNITIES} opportunities match the volunteer; best score {}",
        matched.len(),
        matched.first().map_or(0, |(_, found)| found.score)
    );
    let volunteers: Vec<VolunteerProfile<u64>> = (0..OPPORTUNITIES)
        .map(|i| {
            volunteer(
                if i % 5 == 0 {
                    "2010-01-01"
                } else {
                    "1990-07-01"
                },
                &mut dice,
            )
        })
        .collect();

    let mut group = c.benchmark_group("matching");
    group
        .sample_size(50)
        .measurement_time(Duration::from_secs(8));
    group.bench_function("rank 10 000 opportunities for one volunteer", |b| {
        b.iter(|| {
            rank_opportunities(
                black_box(&ola),
                black_box(&opportunities).iter().map(|(id, o)| (*id, o)),
                black_box(now()),
            )
        })
    });
    group.bench_function("rank 10 000 volunteers for one opportunity", |b| {
        let best = matched.first().map_or(0, |(id, _)| *id as usize);
        let (_, opportunity) = &opportunities[best];
        b.iter(|| {
            rank_volunteers(
                black_box(opportunity),
                black_box(&volunteers).iter().enumerate(),
                black_box(now()),
            )
        })
    });
    // The indexes the service ranks from: the same data, the first page
    // (21 results, as the API fetches one more than the page).
    let mut by_place = OpportunityIndex::new();
    for (id, facts) in &opportunities {
        by_place.upsert(*id, facts.clone());
    }
    group.bench_function(
        "best 21 of 10 000 opportunities for one volunteer (index)",
        |b| {
            b.iter(|| {
                by_place.best_for(
                    black_box(&ola),
                    &ShiftLimits::none(),
                    &OpportunityFilter::default(),
                    black_box(now()),
                    None,
                    21,
                )
            })
        },
    );
    let mut by_cell = VolunteerIndex::new(now().date_naive());
    for (key, volunteer) in volunteers.iter().enumerate() {
        by_cell.upsert(key, volunteer);
    }
    by_cell.shrink_to_fit();
    group.bench_function(
        "best 21 of 10 000 volunteers for one opportunity (index)",
        |b| {
            let best = matched.first().map_or(0, |(id, _)| *id as usize);
            let (_, opportunity) = &opportunities[best];
            b.iter(|| by_cell.best_for(black_box(opportunity), black_box(now()), None, 21))
        },
    );
    group.bench_function("evaluate one pair", |b| {
        let (_, opportunity) = &opportunities[matched.first().map_or(0, |(id, _)| *id as usize)];
        b.iter(|| evaluate(black_box(&ola), black_box(opportunity), black_box(now())))
    });
    group.finish();
}

criterion_group!(benches, matching);
criterion_main!(benches);
