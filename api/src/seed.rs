//! Synthetic data for demonstrations and benchmarks (`hop seed`): plausible
//! organisations of Toruń and its partner cities. Deterministic, so two runs
//! with the same numbers give the same data set.

use std::io::Write;

use chrono::{DateTime, Duration as TimeDelta, NaiveDate, Utc};
use diesel::{pg::CopyFormat, prelude::*, sql_query};
use hop_domain::text::fold_for_search;
use uuid::Uuid;

use crate::{
    organizations::store::NewOrganizationRow,
    schema::{
        opportunities, opportunity_languages, opportunity_skills, organizations, shifts, users,
        volunteer_availability, volunteer_languages, volunteer_profiles, volunteer_skills,
    },
};

const FORMS: &[&str] = &[
    "Fundacja",
    "Stowarzyszenie",
    "Klub",
    "Koło",
    "Towarzystwo",
    "Centrum",
    "Bank",
    "Spółdzielnia Socjalna",
];
const CAUSES: &[&str] = &[
    "Pomocy Dzieciom",
    "Seniorów",
    "Ochrony Zwierząt",
    "Ekologiczne",
    "Kultury",
    "Sportu",
    "Edukacji",
    "Pomocy Uchodźcom",
    "Zdrowia",
    "Żywności",
    "Osób z Niepełnosprawnościami",
    "Wolontariatu",
];
const PLACES: &[(&str, f64, f64)] = &[
    ("Toruń", 53.0138, 18.5984),
    ("Bydgoszcz", 53.1235, 18.0084),
    ("Chełmża", 53.1847, 18.6047),
    ("Göttingen", 51.5413, 9.9158),
    ("Klaipėda", 55.7033, 21.1443),
    ("Kaunas", 54.8985, 23.9036),
    ("Daugavpils", 55.8714, 26.5161),
];
const KINDS: &[&str] = &[
    "ngo",
    "ngo",
    "ngo",
    "public",
    "university",
    "school",
    "informal",
];

/// A small deterministic generator (SplitMix64): no seed data depends on
/// the platform or on a random source.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        // `items` is never empty: every caller passes a constant table.
        items[(self.next() % items.len() as u64) as usize]
    }

    fn jitter(&mut self) -> f64 {
        (self.next() % 2_000) as f64 / 20_000.0 - 0.05
    }
}

/// How much to add.
#[derive(Debug, Clone, Copy, Default)]
pub struct SeedSize {
    pub organizations: usize,
    pub opportunities: usize,
    pub shifts_per_opportunity: usize,
    pub volunteers: usize,
    /// Entries of the hours ledger, on the volunteers and opportunities there.
    pub hours: usize,
    /// Sign-ups of the volunteers there for upcoming shifts.
    pub signups: usize,
}

/// What was added.
#[derive(Debug, Default)]
pub struct Seeded {
    pub organizations: usize,
    pub opportunities: usize,
    pub shifts: usize,
    pub volunteers: usize,
    pub hours: usize,
    pub signups: usize,
}

/// Adds a data set of `size`. Opportunities go to verified organisations
/// (those added now, or those already there); every seeded volunteer's
/// password is the one `password_hash` was made from (`hop seed` uses
/// `seed-password`), hashed once by the caller.
pub fn seed(
    conn: &mut PgConnection,
    size: SeedSize,
    password_hash: &str,
    now: DateTime<Utc>,
) -> Result<Seeded, Box<dyn std::error::Error + Send + Sync>> {
    let mut seeded = Seeded {
        organizations: organizations(conn, size.organizations)?,
        ..Seeded::default()
    };
    if size.opportunities > 0 {
        let hosts: Vec<Uuid> = organizations::table
            .filter(organizations::status.eq("verified"))
            .select(organizations::id)
            .order_by(organizations::id)
            .load(conn)?;
        if hosts.is_empty() {
            return Err(
                "opportunities need verified organisations: add some with --organizations".into(),
            );
        }
        let skills: Vec<Uuid> = crate::schema::skills::table
            .filter(crate::schema::skills::deprecated.eq(false))
            .select(crate::schema::skills::id)
            .order_by(crate::schema::skills::slug)
            .load(conn)?;
        (seeded.opportunities, seeded.shifts) = opportunities(conn, &hosts, &skills, size, now)?;
        crate::opportunities::store::refresh_matching_columns(conn, None)?;
    }
    if size.volunteers > 0 {
        let skills: Vec<Uuid> = crate::schema::skills::table
            .select(crate::schema::skills::id)
            .order_by(crate::schema::skills::slug)
            .load(conn)?;
        seeded.volunteers = volunteers(conn, &skills, size.volunteers, password_hash)?;
        crate::volunteers::store::refresh_matching_columns(conn, None)?;
    }
    if size.hours > 0 {
        seeded.hours = hours(conn, size.hours)?;
    }
    if size.signups > 0 {
        seeded.signups = signups(conn, size.signups)?;
    }
    Ok(seeded)
}

/// `count` entries of the hours ledger in runs of twelve per volunteer
/// (about one seeded volunteer in five has hours when there are five times
/// as many volunteers as runs), four per opportunity, over the past year;
/// one in ten waits for a decision, the rest are approved.
fn hours(conn: &mut PgConnection, count: usize) -> QueryResult<usize> {
    diesel::sql_query(
        "WITH v AS (SELECT array_agg(id ORDER BY id) AS ids FROM users \
                    WHERE email LIKE '%@seed.hop.example'), \
              o AS (SELECT array_agg(id ORDER BY id) AS ids, \
                           array_agg(organization_id ORDER BY id) AS orgs \
                    FROM opportunities WHERE status = 'published') \
         INSERT INTO hour_entries (volunteer_id, organization_id, opportunity_id, work_date, \
                                   minutes, description, status, decided_at, created_at) \
         SELECT v.ids[1 + ((g / 12) * 7919) % cardinality(v.ids)], \
                o.orgs[1 + ((g / 4) * 104729) % cardinality(o.ids)], \
                o.ids[1 + ((g / 4) * 104729) % cardinality(o.ids)], \
                current_date - ((g * 37) % 365)::int, \
                30 + (g * 53) % 210, '', \
                CASE WHEN g % 10 = 0 THEN 'pending' ELSE 'approved' END, \
                CASE WHEN g % 10 = 0 THEN NULL ELSE now() END, \
                now() - ((g * 37) % 365) * interval '1 day' \
         FROM generate_series(0, $1 - 1) g, v, o \
         WHERE cardinality(v.ids) > 0 AND cardinality(o.ids) > 0",
    )
    .bind::<diesel::sql_types::BigInt, _>(count as i64)
    .execute(conn)
}

/// `count` sign-ups (at most one per seeded volunteer, so none overlap)
/// for upcoming shifts of published opportunities: in each shift the first
/// to come take the free places and the rest wait; one in ten waits for
/// review and one in twenty has withdrawn. The shifts' counts follow.
/// `picked` is materialised: inlined, the planner carried the two id
/// arrays into the window's sort and filled the disk.
fn signups(conn: &mut PgConnection, count: usize) -> QueryResult<usize> {
    let added = diesel::sql_query(
        "WITH v AS (SELECT array_agg(id ORDER BY id) AS ids FROM users \
                    WHERE email LIKE '%@seed.hop.example'), \
              s AS (SELECT array_agg(sh.id ORDER BY sh.id) AS ids FROM shifts sh \
                    JOIN opportunities o ON o.id = sh.opportunity_id AND o.status = 'published' \
                    WHERE sh.cancelled_at IS NULL AND sh.starts_at > now()), \
              picked AS MATERIALIZED ( \
                SELECT g, v.ids[1 + (g * 7919) % cardinality(v.ids)] AS volunteer_id, \
                       s.ids[1 + (g * 104729) % cardinality(s.ids)] AS shift_id \
                FROM generate_series(0, $1 - 1) g, v, s \
                WHERE g < cardinality(v.ids) AND cardinality(s.ids) > 0), \
              ranked AS ( \
                SELECT p.*, sh.starts_at, sh.ends_at, sh.capacity - sh.confirmed_count AS free, \
                       row_number() OVER (PARTITION BY p.shift_id, p.g % 10 > 1 \
                                          ORDER BY p.g) AS place \
                FROM picked p JOIN shifts sh ON sh.id = p.shift_id) \
         INSERT INTO applications (shift_id, volunteer_id, status, pending_reason, shift_period) \
         SELECT shift_id, volunteer_id, \
                CASE WHEN g % 20 = 0 THEN 'withdrawn' WHEN g % 10 IN (0, 1) THEN 'pending' \
                     WHEN place <= free THEN 'confirmed' ELSE 'waitlisted' END, \
                CASE WHEN g % 20 <> 0 AND g % 10 IN (0, 1) THEN 'review' END, \
                tstzrange(starts_at, ends_at) \
         FROM ranked \
         ON CONFLICT DO NOTHING",
    )
    .bind::<diesel::sql_types::BigInt, _>(count as i64)
    .execute(conn)?;
    diesel::sql_query(
        "UPDATE shifts s SET confirmed_count = c.confirmed, waitlist_count = c.waitlisted \
         FROM (SELECT shift_id, count(*) FILTER (WHERE status = 'confirmed') AS confirmed, \
                      count(*) FILTER (WHERE status = 'waitlisted') AS waitlisted \
               FROM applications GROUP BY shift_id) c \
         WHERE s.id = c.shift_id \
           AND (s.confirmed_count, s.waitlist_count) IS DISTINCT FROM (c.confirmed, c.waitlisted)",
    )
    .execute(conn)?;
    Ok(added)
}

/// A stream of ids unique to one kind of row and one seed run.
fn seed_id(kind: u64, run: u64, index: usize) -> Uuid {
    Uuid::from_u64_pair((kind << 48) | (run & 0xFFFF_FFFF_FFFF), index as u64)
}

const TITLES: &[(&str, &str)] = &[
    ("Sortowanie darów w banku żywności", "poverty"),
    ("Pomoc w odrabianiu lekcji", "children"),
    ("Spacery z psami ze schroniska", "animals"),
    ("Odwiedziny u seniorów", "seniors"),
    ("Sprzątanie brzegów Wisły", "environment"),
    ("Punkt pomocy dla uchodźców", "refugees"),
    ("Obsługa festiwalu Bella Skyway", "culture"),
    ("Wsparcie biegu charytatywnego", "sport"),
    ("Food bank sorting shift", "poverty"),
    ("English conversation club", "education"),
    ("Warsztaty komputerowe dla seniorów", "seniors"),
    ("Zbiórka krwi na Starówce", "health"),
    ("Asystent osoby z niepełnosprawnością", "disability"),
    ("Festyn sąsiedzki na Bydgoskim Przedmieściu", "community"),
];
const LANGUAGES: &[&str] = &["pl", "en", "uk", "de", "lt", "lv", "ru", "es"];
const LEVELS: &[&str] = &["A2", "B1", "B2", "C1"];
const CITIES: &[(&str, &str, f64, f64)] = &[
    ("Toruń", "PL", 53.0138, 18.5984),
    ("Toruń", "PL", 53.0138, 18.5984),
    ("Toruń", "PL", 53.0138, 18.5984),
    ("Bydgoszcz", "PL", 53.1235, 18.0084),
    ("Chełmża", "PL", 53.1847, 18.6047),
    ("Göttingen", "DE", 51.5413, 9.9158),
    ("Klaipėda", "LT", 55.7033, 21.1443),
    ("Kaunas", "LT", 54.8985, 23.9036),
    ("Daugavpils", "LV", 55.8714, 26.5161),
    ("Kyiv", "UA", 50.4501, 30.5234),
];
const CAUSE_NAMES: &[&str] = &[
    "children",
    "seniors",
    "disability",
    "health",
    "education",
    "refugees",
    "poverty",
    "animals",
    "environment",
    "culture",
    "sport",
    "community",
    "emergency",
    "human_rights",
];

fn csv_text(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

fn io_error(err: std::io::Error) -> diesel::result::Error {
    diesel::result::Error::SerializationError(Box::new(err))
}

/// Published opportunities, each with skills, languages and shifts spread
/// over the next 90 days (mostly daytime, some across midnight).
fn opportunities(
    conn: &mut PgConnection,
    hosts: &[Uuid],
    skills: &[Uuid],
    size: SeedSize,
    now: DateTime<Utc>,
) -> QueryResult<(usize, usize)> {
    let run = now.timestamp_micros() as u64;
    let count = size.opportunities;
    let per = size.shifts_per_opportunity;
    let today = now.date_naive();
    let shift_times = move |index: usize, shift: usize| {
        let mut sequence = Sequence((index as u64) << 20 | shift as u64);
        let day = today + TimeDelta::days(1 + (sequence.next() % 90) as i64);
        let start_hour = [8, 9, 10, 14, 16, 18, 22][(sequence.next() % 7) as usize];
        let hours = [2, 3, 4, 6][(sequence.next() % 4) as usize];
        let starts = day
            .and_hms_opt(start_hour, 0, 0)
            .unwrap_or_default()
            .and_utc()
            - TimeDelta::hours(1);
        (
            starts,
            starts + TimeDelta::hours(hours),
            [1, 2, 5, 10, 20][(sequence.next() % 5) as usize],
        )
    };
    let written = diesel::copy_from(opportunities::table)
        .from_raw_data(
            (
                opportunities::id,
                opportunities::organization_id,
                opportunities::title,
                opportunities::description,
                opportunities::cause,
                opportunities::status,
                opportunities::min_age,
                opportunities::requires_review,
                opportunities::works_with_children,
                opportunities::remote,
                opportunities::address,
                opportunities::lat,
                opportunities::lon,
                opportunities::search_text,
                opportunities::published_at,
                opportunities::next_shift_at,
            ),
            move |out: &mut dyn Write| {
                let mut sequence = Sequence(run ^ 0x0A0B);
                for index in 0..count {
                    let (title, cause) = sequence.pick(TITLES);
                    let (city, _, lat, lon) = sequence.pick(CITIES);
                    let remote = sequence.next().is_multiple_of(10);
                    let title = format!("{title} #{}", index + 1);
                    let description = format!("Wolontariat w mieście {city}: {title}. Volunteering in {city}.");
                    let min_age = [13, 16, 16, 18, 18, 18][(sequence.next() % 6) as usize];
                    let children = cause == "children" && sequence.next().is_multiple_of(2);
                    let next = (0..per).map(|shift| shift_times(index, shift).0).filter(|at| *at > now).min();
                    let (address, lat, lon) = if remote {
                        (String::new(), String::new(), String::new())
                    } else {
                        (
                            csv_text(&format!("ul. Przykładowa {}, {city}", index % 300 + 1)),
                            (lat + sequence.jitter()).to_string(),
                            (lon + sequence.jitter()).to_string(),
                        )
                    };
                    writeln!(
                        out,
                        "{},{},{},{},{cause},published,{min_age},{},{children},{remote},{address},{lat},{lon},{},{},{}",
                        seed_id(2, run, index),
                        hosts[index % hosts.len()],
                        csv_text(&title),
                        csv_text(&description),
                        sequence.next().is_multiple_of(8),
                        csv_text(&fold_for_search(&format!("{title} {description}"))),
                        now.to_rfc3339(),
                        next.map(|at| at.to_rfc3339()).unwrap_or_default(),
                    ).map_err(io_error)?;
                }
                Ok::<_, diesel::result::Error>(())
            },
        )
        .with_format(CopyFormat::Csv)
        .execute(conn)?;

    if !skills.is_empty() {
        let skills = skills.to_vec();
        diesel::copy_from(opportunity_skills::table)
            .from_raw_data(opportunity_skills::table, move |out: &mut dyn Write| {
                let mut sequence = Sequence(run ^ 0x5C11);
                for index in 0..count {
                    let first = (sequence.next() % skills.len() as u64) as usize;
                    for (offset, required) in [(0, true), (7, false)] {
                        if sequence.next().is_multiple_of(3) {
                            continue;
                        }
                        let skill = skills[(first + offset) % skills.len()];
                        writeln!(
                            out,
                            "{},{skill},{},{required}",
                            seed_id(2, run, index),
                            1 + sequence.next() % 3
                        )
                        .map_err(io_error)?;
                    }
                }
                Ok::<_, diesel::result::Error>(())
            })
            .with_format(CopyFormat::Csv)
            .execute(conn)?;
    }
    diesel::copy_from(opportunity_languages::table)
        .from_raw_data(opportunity_languages::table, move |out: &mut dyn Write| {
            let mut sequence = Sequence(run ^ 0x1A46);
            for index in 0..count {
                let language = if sequence.next().is_multiple_of(2) {
                    "pl"
                } else {
                    sequence.pick(LANGUAGES)
                };
                writeln!(
                    out,
                    "{},{language},{}",
                    seed_id(2, run, index),
                    sequence.pick(LEVELS)
                )
                .map_err(io_error)?;
            }
            Ok::<_, diesel::result::Error>(())
        })
        .with_format(CopyFormat::Csv)
        .execute(conn)?;
    let shift_count = diesel::copy_from(shifts::table)
        .from_raw_data(
            (
                shifts::id,
                shifts::opportunity_id,
                shifts::starts_at,
                shifts::ends_at,
                shifts::capacity,
            ),
            move |out: &mut dyn Write| {
                for index in 0..count {
                    for shift in 0..per {
                        let (starts, ends, capacity) = shift_times(index, shift);
                        writeln!(
                            out,
                            "{},{},{},{},{capacity}",
                            seed_id(3, run, index * per + shift),
                            seed_id(2, run, index),
                            starts.to_rfc3339(),
                            ends.to_rfc3339()
                        )
                        .map_err(io_error)?;
                    }
                }
                Ok::<_, diesel::result::Error>(())
            },
        )
        .with_format(CopyFormat::Csv)
        .execute(conn)?;
    Ok((written, shift_count))
}

/// Volunteers: an account and a profile each, with skills, languages and
/// weekly availability; ages 13 to 80, most between 19 and 35 (students).
fn volunteers(
    conn: &mut PgConnection,
    skills: &[Uuid],
    count: usize,
    password_hash: &str,
) -> QueryResult<usize> {
    let run = Utc::now().timestamp_micros() as u64;
    let hash = password_hash.to_owned();
    let written = diesel::copy_from(users::table)
        .from_raw_data(
            (
                users::id,
                users::email,
                users::display_name,
                users::password_hash,
            ),
            move |out: &mut dyn Write| {
                for index in 0..count {
                    writeln!(
                        out,
                        "{},volunteer{index}.{run:x}@seed.hop.example,Wolontariusz {index},{}",
                        seed_id(4, run, index),
                        csv_text(&hash)
                    )
                    .map_err(io_error)?;
                }
                Ok::<_, diesel::result::Error>(())
            },
        )
        .with_format(CopyFormat::Csv)
        .execute(conn)?;
    diesel::copy_from(volunteer_profiles::table)
        .from_raw_data(
            (
                volunteer_profiles::user_id,
                volunteer_profiles::birth_date,
                volunteer_profiles::home_city,
                volunteer_profiles::home_country,
                volunteer_profiles::home_lat,
                volunteer_profiles::home_lon,
                volunteer_profiles::max_distance_km,
                volunteer_profiles::causes,
                volunteer_profiles::discoverable,
            ),
            move |out: &mut dyn Write| {
                let mut sequence = Sequence(run ^ 0x7E0);
                let born_by = NaiveDate::from_ymd_opt(2007, 1, 1).unwrap_or_default();
                for index in 0..count {
                    let (city, country, lat, lon) = sequence.pick(CITIES);
                    let age_days = match sequence.next() % 10 {
                        0 => 365 * 13 + sequence.next() % (365 * 5),
                        1..=6 => 365 * 19 + sequence.next() % (365 * 16),
                        _ => 365 * 35 + sequence.next() % (365 * 45),
                    };
                    let birth =
                        born_by + TimeDelta::days(365 * 18) - TimeDelta::days(age_days as i64);
                    let causes: Vec<&str> = (0..1 + sequence.next() % 3)
                        .map(|_| sequence.pick(CAUSE_NAMES))
                        .collect::<std::collections::BTreeSet<_>>()
                        .into_iter()
                        .collect();
                    writeln!(
                        out,
                        "{},{birth},{},{country},{},{},{},\"{{{}}}\",{}",
                        seed_id(4, run, index),
                        csv_text(city),
                        lat + sequence.jitter() * 4.0,
                        lon + sequence.jitter() * 4.0,
                        [5, 10, 15, 25, 50, 100][(sequence.next() % 6) as usize],
                        causes.join(","),
                        !sequence.next().is_multiple_of(4),
                    )
                    .map_err(io_error)?;
                }
                Ok::<_, diesel::result::Error>(())
            },
        )
        .with_format(CopyFormat::Csv)
        .execute(conn)?;
    if !skills.is_empty() {
        let skills = skills.to_vec();
        diesel::copy_from(volunteer_skills::table)
            .from_raw_data(volunteer_skills::table, move |out: &mut dyn Write| {
                let mut sequence = Sequence(run ^ 0x5C1);
                for index in 0..count {
                    let first = (sequence.next() % skills.len() as u64) as usize;
                    for offset in 0..(1 + sequence.next() % 3) as usize {
                        let skill = skills[(first + offset * 11) % skills.len()];
                        writeln!(
                            out,
                            "{},{skill},{}",
                            seed_id(4, run, index),
                            1 + sequence.next() % 3
                        )
                        .map_err(io_error)?;
                    }
                }
                Ok::<_, diesel::result::Error>(())
            })
            .with_format(CopyFormat::Csv)
            .execute(conn)?;
    }
    diesel::copy_from(volunteer_languages::table)
        .from_raw_data(volunteer_languages::table, move |out: &mut dyn Write| {
            let mut sequence = Sequence(run ^ 0x1A4);
            for index in 0..count {
                let id = seed_id(4, run, index);
                writeln!(
                    out,
                    "{id},pl,{}",
                    ["B1", "C1", "C2", "C2"][(sequence.next() % 4) as usize]
                )
                .map_err(io_error)?;
                let other = sequence.pick(&LANGUAGES[1..]);
                writeln!(out, "{id},{other},{}", sequence.pick(LEVELS)).map_err(io_error)?;
            }
            Ok::<_, diesel::result::Error>(())
        })
        .with_format(CopyFormat::Csv)
        .execute(conn)?;
    diesel::copy_from(volunteer_availability::table)
        .from_raw_data(volunteer_availability::table, move |out: &mut dyn Write| {
            let mut sequence = Sequence(run ^ 0xA7A1);
            for index in 0..count {
                let id = seed_id(4, run, index);
                let first_day = 1 + sequence.next() % 7;
                for day in 0..(1 + sequence.next() % 3) {
                    let weekday = (first_day + day * 2 - 1) % 7 + 1;
                    let start = [8 * 60, 9 * 60, 14 * 60, 17 * 60][(sequence.next() % 4) as usize];
                    let length = [180, 240, 360][(sequence.next() % 3) as usize];
                    writeln!(out, "{id},{weekday},{start},{}", start + length).map_err(io_error)?;
                }
            }
            Ok::<_, diesel::result::Error>(())
        })
        .with_format(CopyFormat::Csv)
        .execute(conn)?;
    Ok(written)
}

/// Adds `count` organisations: about 80 % verified, 15 % pending, 5 % rejected.
pub fn organizations(conn: &mut PgConnection, count: usize) -> QueryResult<usize> {
    let mut sequence = Sequence(0x0048_4F50);
    let mut inserted = 0;
    let rows: Vec<(NewOrganizationRow, &'static str)> = (0..count)
        .map(|i| {
            let (city, lat, lon) = sequence.pick(PLACES);
            let name = format!(
                "{} {} {} nr {}",
                sequence.pick(FORMS),
                sequence.pick(CAUSES),
                city,
                i + 1
            );
            let status = match sequence.next() % 20 {
                0 => "rejected",
                1..=3 => "pending",
                _ => "verified",
            };
            let row = NewOrganizationRow {
                name_search: fold_for_search(&name),
                description: format!("Wolontariat w mieście {city}."),
                kind: sequence.pick(KINDS),
                contact_email: Some(format!("kontakt{}@example.org", i + 1)),
                contact_phone: None,
                website: None,
                address: Some(format!("ul. Przykładowa {}, {city}", i % 200 + 1)),
                lat: Some(lat + sequence.jitter()),
                lon: Some(lon + sequence.jitter()),
                krs: None,
                name,
            };
            (row, status)
        })
        .collect();
    for chunk in rows.chunks(1_000) {
        let ids: Vec<uuid::Uuid> = diesel::insert_into(organizations::table)
            .values(chunk.iter().map(|(row, _)| row).collect::<Vec<_>>())
            .returning(organizations::id)
            .get_results(conn)?;
        for (id, (_, status)) in ids.iter().zip(chunk) {
            if *status != "pending" {
                let reason = (*status == "rejected").then_some("Brak wpisu w KRS.");
                diesel::update(organizations::table.find(id))
                    .set((
                        organizations::status.eq(*status),
                        organizations::rejection_reason.eq(reason),
                    ))
                    .execute(conn)?;
            }
        }
        inserted += ids.len();
    }
    sql_query("ANALYZE organizations").execute(conn)?;
    Ok(inserted)
}
