//! Synthetic data for demonstrations and benchmarks (`hop seed`): plausible
//! organisations of Toruń and its partner cities. Deterministic, so two runs
//! with the same numbers give the same data set.

use diesel::{prelude::*, sql_query};
use hop_domain::text::fold_for_search;

use crate::{organizations::store::NewOrganizationRow, schema::organizations};

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
        items[(self.next() % items.len() as u64) as usize]
    }

    fn jitter(&mut self) -> f64 {
        (self.next() % 2_000) as f64 / 20_000.0 - 0.05
    }
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
