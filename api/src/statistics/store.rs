//! SQL of the statistics: gathering [`Facts`] from the database in one
//! consistent read.
//!
//! Per-person rows (volunteers, their hours and sign-ups) are read in
//! sixteen slices of the id space, so no result set holds a million rows
//! at once; everything else is aggregated by PostgreSQL to a few thousand
//! rows. Months are computed in SQL as `year * 12 + month - 1` (Warsaw's
//! calendar for times), and the months a person has a fact in are folded
//! into two 64-bit masks (`bit_or`), the halves of a [`Months`].

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use diesel::{
    prelude::*,
    sql_types::{Array, BigInt, Date, Int4, Nullable, Text, Uuid as SqlUuid},
};
use hop_domain::{
    organization::{OrganizationKind, OrganizationStatus},
    signup::ApplicationStatus,
    statistics::{
        AgeBand, Facts, Month, Months, Window,
        facts::{HoursOf, Minutes, ShiftPlaces, SignupCount, SignupsOf, Sizes, SkillDemand},
    },
    volunteering::Cause,
};
use uuid::Uuid;

use super::snapshot::Labels;
use crate::hours::store::COUNTS;

/// The month of a date column, as an offset from the window's first month ($1).
fn date_offset(date: &str) -> String {
    format!("(extract(year FROM {date})::int * 12 + extract(month FROM {date})::int - 1 - $1)")
}

/// The month of a timestamp column in Warsaw, as an offset from $1.
fn time_offset(time: &str) -> String {
    date_offset(&format!("({time} AT TIME ZONE 'Europe/Warsaw')"))
}

/// The two halves of the months mask of the rows grouped.
fn masks(offset: &str) -> String {
    format!(
        "bit_or(CASE WHEN {offset} < 64 THEN 1::bigint << {offset} ELSE 0 END) AS low, \
         bit_or(CASE WHEN {offset} >= 64 THEN 1::bigint << ({offset} - 64) ELSE 0 END) AS high"
    )
}

fn months(low: i64, high: i64) -> Months {
    (Months::from(high as u64) << 64) | Months::from(low as u64)
}

/// The bounds of slice `slice` of 16 of the id space (the last is open).
fn slice_bounds(slice: u8) -> (Uuid, Option<Uuid>) {
    let bound = |first: u8| {
        let mut bytes = [0u8; 16];
        bytes[0] = first;
        Uuid::from_bytes(bytes)
    };
    (
        bound(slice << 4),
        (slice < 15).then(|| bound((slice + 1) << 4)),
    )
}

const SLICES: u8 = 16;

#[derive(QueryableByName)]
struct Label {
    #[diesel(sql_type = Nullable<Text>)]
    label: Option<String>,
}

#[derive(QueryableByName)]
struct Named {
    #[diesel(sql_type = SqlUuid)]
    id: Uuid,
    #[diesel(sql_type = Text)]
    name: String,
}

#[derive(QueryableByName)]
struct VolunteerRow {
    #[diesel(sql_type = SqlUuid)]
    user_id: Uuid,
    #[diesel(sql_type = Nullable<Date>)]
    birth_date: Option<NaiveDate>,
    #[diesel(sql_type = Nullable<Text>)]
    erased_age_band: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    home_country: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    home_city: Option<String>,
    #[diesel(sql_type = Int4)]
    registered: i32,
    #[diesel(sql_type = Array<Text>)]
    languages: Vec<String>,
}

#[derive(QueryableByName)]
struct HoursRow {
    #[diesel(sql_type = SqlUuid)]
    volunteer_id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    organization_id: Uuid,
    #[diesel(sql_type = Nullable<Text>)]
    cause: Option<String>,
    #[diesel(sql_type = BigInt)]
    low: i64,
    #[diesel(sql_type = BigInt)]
    high: i64,
}

#[derive(QueryableByName)]
struct SignupRow {
    #[diesel(sql_type = SqlUuid)]
    volunteer_id: Uuid,
    #[diesel(sql_type = Text)]
    status: String,
    #[diesel(sql_type = BigInt)]
    low: i64,
    #[diesel(sql_type = BigInt)]
    high: i64,
}

#[derive(QueryableByName)]
struct MinutesRow {
    #[diesel(sql_type = Int4)]
    month: i32,
    #[diesel(sql_type = SqlUuid)]
    organization_id: Uuid,
    #[diesel(sql_type = Nullable<Text>)]
    cause: Option<String>,
    #[diesel(sql_type = BigInt)]
    minutes: i64,
}

#[derive(QueryableByName)]
struct MonthStatusRow {
    #[diesel(sql_type = Int4)]
    month: i32,
    #[diesel(sql_type = Text)]
    status: String,
    #[diesel(sql_type = BigInt)]
    count: i64,
}

#[derive(QueryableByName)]
struct PlacesRow {
    #[diesel(sql_type = Int4)]
    month: i32,
    #[diesel(sql_type = BigInt)]
    capacity: i64,
    #[diesel(sql_type = BigInt)]
    confirmed: i64,
}

#[derive(QueryableByName)]
struct SkillRow {
    #[diesel(sql_type = Int4)]
    month: i32,
    #[diesel(sql_type = SqlUuid)]
    skill_id: Uuid,
    #[diesel(sql_type = BigInt)]
    places: i64,
}

#[derive(QueryableByName)]
struct KeyCount {
    #[diesel(sql_type = Nullable<Text>)]
    key: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    other: Option<String>,
    #[diesel(sql_type = BigInt)]
    count: i64,
}

#[derive(QueryableByName)]
struct IdCount {
    #[diesel(sql_type = SqlUuid)]
    id: Uuid,
    #[diesel(sql_type = BigInt)]
    count: i64,
}

fn distinct(conn: &mut PgConnection, column: &str) -> QueryResult<Vec<Option<String>>> {
    Ok(diesel::sql_query(format!(
        "SELECT DISTINCT {column} AS label FROM volunteer_profiles ORDER BY 1"
    ))
    .load::<Label>(conn)?
    .into_iter()
    .map(|row| row.label)
    .collect())
}

fn named(conn: &mut PgConnection, sql: &str) -> QueryResult<Vec<(Uuid, String)>> {
    Ok(diesel::sql_query(sql)
        .load::<Named>(conn)?
        .into_iter()
        .map(|row| (row.id, row.name))
        .collect())
}

/// Every label a fact can have, read before the facts themselves.
fn labels(conn: &mut PgConnection) -> QueryResult<Labels> {
    let mut languages: Vec<String> = diesel::sql_query(
        "SELECT DISTINCT unnest(language_codes) AS label FROM volunteer_profiles ORDER BY 1",
    )
    .load::<Label>(conn)?
    .into_iter()
    .filter_map(|row| row.label)
    .collect();
    languages.dedup();
    Ok(Labels {
        countries: distinct(conn, "home_country")?,
        cities: distinct(conn, "home_city")?,
        languages,
        organizations: named(conn, "SELECT id, name FROM organizations ORDER BY id")?,
        skills: named(conn, "SELECT id, slug AS name FROM skills ORDER BY slug")?,
        causes: Cause::ALL
            .iter()
            .map(|cause| Some(*cause))
            .chain([None])
            .collect(),
    })
}

fn index_of<T: Eq + std::hash::Hash + Clone>(items: &[T]) -> HashMap<T, u32> {
    items
        .iter()
        .enumerate()
        .map(|(index, item)| (item.clone(), index as u32))
        .collect()
}

/// Everything the statistics count, read in one REPEATABLE READ
/// transaction (the caller's) so every table agrees with the others.
pub fn gather(conn: &mut PgConnection, now: DateTime<Utc>) -> QueryResult<(Facts, Labels)> {
    let today = hop_domain::signup::local_day(now);
    let window = Window::around(Month::of(today));
    let first = window.first().ordinal();
    let labels = labels(conn)?;
    let sizes = Sizes {
        countries: labels.countries.len() as u32,
        cities: labels.cities.len() as u32,
        languages: labels.languages.len() as u32,
        organizations: labels.organizations.len() as u32,
        causes: labels.causes.len() as u32,
        skills: labels.skills.len() as u32,
    };
    let mut facts = Facts::new(window, sizes);
    let countries = index_of(&labels.countries);
    let cities = index_of(&labels.cities);
    let languages = index_of(&labels.languages);
    let organizations: HashMap<Uuid, u32> = labels
        .organizations
        .iter()
        .enumerate()
        .map(|(index, (id, _))| (*id, index as u32))
        .collect();
    let skills: HashMap<Uuid, u32> = labels
        .skills
        .iter()
        .enumerate()
        .map(|(index, (id, _))| (*id, index as u32))
        .collect();
    let no_cause = sizes.causes - 1;
    let cause_of = |cause: Option<&str>| {
        cause
            .and_then(|cause| Cause::parse(cause).ok())
            .and_then(|cause| Cause::ALL.iter().position(|c| *c == cause))
            .map_or(no_cause, |index| index as u32)
    };
    let month_of = |offset: i32| window.month(offset as u32);

    // Volunteers, in id order: `ids` is then sorted for the lookups below.
    let mut ids: Vec<Uuid> = Vec::new();
    let registered = time_offset("p.created_at");
    for slice in 0..SLICES {
        let (from, to) = slice_bounds(slice);
        let rows: Vec<VolunteerRow> = diesel::sql_query(format!(
            "SELECT p.user_id, p.birth_date, NULL::text AS erased_age_band, \
                    p.home_country, p.home_city, {registered} + $1 AS registered, \
                    p.language_codes AS languages \
             FROM volunteer_profiles p \
             WHERE p.user_id >= $2 AND ($3::uuid IS NULL OR p.user_id < $3) \
             ORDER BY p.user_id"
        ))
        .bind::<Int4, _>(first)
        .bind::<SqlUuid, _>(from)
        .bind::<Nullable<SqlUuid>, _>(to)
        .load(conn)?;
        for row in rows {
            let band = row
                .erased_age_band
                .as_deref()
                .and_then(AgeBand::parse)
                .unwrap_or_else(|| AgeBand::of(row.birth_date, today));
            let spoken: Vec<u32> = row
                .languages
                .iter()
                .filter_map(|code| languages.get(code).copied())
                .collect();
            facts.add_volunteer(
                band,
                countries.get(&row.home_country).copied().unwrap_or(0),
                cities.get(&row.home_city).copied().unwrap_or(0),
                Month::from_ordinal(row.registered),
                &spoken,
            );
            ids.push(row.user_id);
        }
    }
    let volunteer = |id: &Uuid| ids.binary_search(id).ok().map(|index| index as u32);

    let work = date_offset("e.work_date");
    let start = time_offset("s.starts_at");
    for slice in 0..SLICES {
        let (from, to) = slice_bounds(slice);
        let hours: Vec<HoursRow> = diesel::sql_query(format!(
            "SELECT e.volunteer_id, e.organization_id, op.cause, {masks} \
             FROM hour_entries e LEFT JOIN opportunities op ON op.id = e.opportunity_id \
             WHERE e.volunteer_id >= $2 AND ($3::uuid IS NULL OR e.volunteer_id < $3) \
               AND {COUNTS} AND {work} BETWEEN 0 AND 127 \
             GROUP BY 1, 2, 3",
            masks = masks(&work),
        ))
        .bind::<Int4, _>(first)
        .bind::<SqlUuid, _>(from)
        .bind::<Nullable<SqlUuid>, _>(to)
        .load(conn)?;
        facts
            .hours_people
            .extend(hours.into_iter().filter_map(|row| {
                Some(HoursOf {
                    volunteer: volunteer(&row.volunteer_id)?,
                    organization: *organizations.get(&row.organization_id)?,
                    cause: cause_of(row.cause.as_deref()),
                    months: months(row.low, row.high),
                })
            }));
        let signups: Vec<SignupRow> = diesel::sql_query(format!(
            "SELECT a.volunteer_id, a.status, {masks} \
             FROM applications a JOIN shifts s ON s.id = a.shift_id \
             WHERE a.volunteer_id >= $2 AND ($3::uuid IS NULL OR a.volunteer_id < $3) \
               AND {start} BETWEEN 0 AND 127 \
             GROUP BY 1, 2",
            masks = masks(&start),
        ))
        .bind::<Int4, _>(first)
        .bind::<SqlUuid, _>(from)
        .bind::<Nullable<SqlUuid>, _>(to)
        .load(conn)?;
        facts
            .signup_people
            .extend(signups.into_iter().filter_map(|row| {
                Some(SignupsOf {
                    volunteer: volunteer(&row.volunteer_id)?,
                    status: ApplicationStatus::parse(&row.status).ok()?,
                    months: months(row.low, row.high),
                })
            }));
    }

    let minutes: Vec<MinutesRow> = diesel::sql_query(format!(
        "SELECT {work} AS month, e.organization_id, op.cause, sum(e.minutes)::bigint AS minutes \
         FROM hour_entries e LEFT JOIN opportunities op ON op.id = e.opportunity_id \
         WHERE {COUNTS} AND {work} BETWEEN 0 AND 127 \
         GROUP BY 1, 2, 3"
    ))
    .bind::<Int4, _>(first)
    .load(conn)?;
    facts.minutes = minutes
        .into_iter()
        .filter_map(|row| {
            Some(Minutes {
                month: month_of(row.month),
                organization: *organizations.get(&row.organization_id)?,
                cause: cause_of(row.cause.as_deref()),
                minutes: row.minutes as u64,
            })
        })
        .collect();

    let signups: Vec<MonthStatusRow> = diesel::sql_query(format!(
        "SELECT {start} AS month, a.status, count(*) AS count \
         FROM applications a JOIN shifts s ON s.id = a.shift_id \
         WHERE {start} BETWEEN 0 AND 127 GROUP BY 1, 2"
    ))
    .bind::<Int4, _>(first)
    .load(conn)?;
    facts.signups = signups
        .into_iter()
        .filter_map(|row| {
            Some(SignupCount {
                month: month_of(row.month),
                status: ApplicationStatus::parse(&row.status).ok()?,
                count: row.count as u64,
            })
        })
        .collect();

    let places: Vec<PlacesRow> = diesel::sql_query(format!(
        "SELECT {start} AS month, sum(s.capacity)::bigint AS capacity, \
                sum(s.confirmed_count)::bigint AS confirmed \
         FROM shifts s WHERE s.cancelled_at IS NULL AND {start} BETWEEN 0 AND 127 GROUP BY 1"
    ))
    .bind::<Int4, _>(first)
    .load(conn)?;
    facts.shifts = places
        .into_iter()
        .map(|row| ShiftPlaces {
            month: month_of(row.month),
            capacity: row.capacity as u64,
            confirmed: row.confirmed as u64,
        })
        .collect();

    let supply: Vec<IdCount> = diesel::sql_query(
        "SELECT skill_id AS id, count(*) AS count FROM volunteer_skills GROUP BY 1",
    )
    .load(conn)?;
    for row in supply {
        if let Some(index) = skills.get(&row.id) {
            facts.skill_supply[*index as usize] = row.count as u64;
        }
    }
    let demand: Vec<SkillRow> = diesel::sql_query(format!(
        "SELECT {start} AS month, os.skill_id, \
                sum(greatest(s.capacity - s.confirmed_count, 0))::bigint AS places \
         FROM shifts s \
         JOIN opportunities o ON o.id = s.opportunity_id AND o.status = 'published' \
         JOIN opportunity_skills os ON os.opportunity_id = o.id AND os.required \
         WHERE s.cancelled_at IS NULL AND {start} BETWEEN 0 AND 127 GROUP BY 1, 2"
    ))
    .bind::<Int4, _>(first)
    .load(conn)?;
    facts.skill_demand = demand
        .into_iter()
        .filter_map(|row| {
            Some(SkillDemand {
                month: month_of(row.month),
                skill: *skills.get(&row.skill_id)?,
                places: row.places as u64,
            })
        })
        .collect();

    let organizations: Vec<KeyCount> = diesel::sql_query(
        "SELECT kind AS key, status AS other, count(*) AS count FROM organizations GROUP BY 1, 2",
    )
    .load(conn)?;
    facts.organizations = organizations
        .into_iter()
        .filter_map(|row| {
            Some((
                OrganizationKind::parse(row.key.as_deref()?).ok()?,
                OrganizationStatus::parse(row.other.as_deref()?).ok()?,
                row.count as u64,
            ))
        })
        .collect();
    let opportunities: Vec<KeyCount> = diesel::sql_query(
        "SELECT cause AS key, NULL::text AS other, count(*) AS count FROM opportunities \
         WHERE status = 'published' GROUP BY 1",
    )
    .load(conn)?;
    facts.opportunities = opportunities
        .into_iter()
        .map(|row| (cause_of(row.key.as_deref()), row.count as u64))
        .collect();

    facts.finish();
    Ok((facts, labels))
}
