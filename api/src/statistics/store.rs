//! SQL of the statistics: gathering [`Facts`] from the database in one
//! consistent read.
//!
//! Per-person rows (volunteers, their hours and sign-ups) are streamed
//! through server-side cursors in batches, so no result set holds a
//! million rows at once, and each table is scanned once: hours and
//! sign-ups are grouped by person, cell and month in SQL and folded here
//! into the months each person has a fact in ([`Months`]) and the sums by
//! month. Everything else is aggregated by PostgreSQL to a few thousand
//! rows. Months are computed in SQL as `year * 12 + month - 1` (Warsaw's
//! calendar for times; `date_part`, not `extract`, whose numeric result
//! costs twice the time), as offsets from the window's first month.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

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
use crate::skills::store::SkillRow as TaxonomySkill;

/// The month of a date column, as an offset from the window's first
/// month (`first`, an integer written into the statement: cursors take
/// no parameters).
fn date_offset(date: &str, first: i32) -> String {
    format!("((date_part('year', {date}) * 12 + date_part('month', {date}))::int - 1 - {first})")
}

/// The month of a timestamp column in Warsaw, as an offset from `first`.
fn time_offset(time: &str, first: i32) -> String {
    date_offset(&format!("({time} AT TIME ZONE 'Europe/Warsaw')"), first)
}

/// The 0-based index of `column` among `names` (null when not there), so
/// rows carry a small integer rather than a string to allocate. The names
/// are the domain's own constants, written into the statement.
fn index_in<'a>(column: &str, names: impl Iterator<Item = &'a str>) -> String {
    let names: Vec<String> = names.map(|name| format!("'{name}'")).collect();
    format!(
        "(array_position(ARRAY[{}]::text[], {column}) - 1)",
        names.join(", ")
    )
}

/// Rows fetched from a cursor at a time.
const BATCH: usize = 50_000;

/// Runs `query` through a cursor, handing each batch of rows to `each`.
fn stream<Row: QueryableByName<diesel::pg::Pg> + 'static>(
    conn: &mut PgConnection,
    name: &str,
    query: &str,
    mut each: impl FnMut(Vec<Row>),
) -> QueryResult<()> {
    diesel::sql_query(format!("DECLARE {name} NO SCROLL CURSOR FOR {query}")).execute(conn)?;
    loop {
        let rows: Vec<Row> = diesel::sql_query(format!("FETCH {BATCH} FROM {name}")).load(conn)?;
        let last = rows.len() < BATCH;
        each(rows);
        if last {
            break;
        }
    }
    diesel::sql_query(format!("CLOSE {name}")).execute(conn)?;
    Ok(())
}

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

/// Counted minutes of one person, organisation, cause and month.
#[derive(QueryableByName)]
struct HoursRow {
    #[diesel(sql_type = Nullable<SqlUuid>)]
    volunteer_id: Option<Uuid>,
    #[diesel(sql_type = SqlUuid)]
    organization_id: Uuid,
    /// The cause's index in `Cause::ALL`; none outside an opportunity.
    #[diesel(sql_type = Nullable<Int4>)]
    cause: Option<i32>,
    #[diesel(sql_type = Int4)]
    month: i32,
    #[diesel(sql_type = BigInt)]
    minutes: i64,
}

/// Sign-ups of one person and status for shifts starting in one month.
#[derive(QueryableByName)]
struct SignupRow {
    #[diesel(sql_type = SqlUuid)]
    volunteer_id: Uuid,
    /// The status's index in `ApplicationStatus::ALL`.
    #[diesel(sql_type = Nullable<Int4>)]
    status: Option<i32>,
    #[diesel(sql_type = Int4)]
    month: i32,
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
    let skills: Vec<TaxonomySkill> = crate::schema::skills::table
        .select(TaxonomySkill::as_select())
        .order(crate::schema::skills::slug.asc())
        .load(conn)?;
    Ok(Labels {
        countries: distinct(conn, "home_country")?,
        cities: distinct(conn, "home_city")?,
        languages,
        organizations: named(conn, "SELECT id, name FROM organizations ORDER BY id")?,
        skill_labels: skills.iter().map(owned_labels).collect(),
        skills: skills.into_iter().map(|row| (row.id, row.slug)).collect(),
        causes: Cause::ALL
            .iter()
            .map(|cause| Some(*cause))
            .chain([None])
            .collect(),
    })
}

fn owned_labels(row: &TaxonomySkill) -> hop_domain::i18n::Labels<String> {
    let labels = row.labels();
    let mut owned = hop_domain::i18n::Labels::new(labels.pl().to_string(), labels.en().to_string());
    for (lang, label) in labels.iter() {
        if let Some(label) = label {
            owned.set(lang, label.to_string());
        }
    }
    owned
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
    // Every row of each cursor is read: plan for all of them (hash
    // aggregates), not for the first tenth (PostgreSQL's default for cursors).
    diesel::sql_query("SET LOCAL cursor_tuple_fraction = 1.0").execute(conn)?;
    // The first FETCH of a grouped cursor does all its grouping: the
    // requests' statement timeout would fail a gathering as data grows.
    diesel::sql_query("SET LOCAL statement_timeout = '10min'").execute(conn)?;
    let started = std::time::Instant::now();
    let stage = |name: &str| {
        tracing::debug!(
            stage = name,
            elapsed_ms = started.elapsed().as_millis() as u64,
            "statistics gathering"
        )
    };
    let labels = labels(conn)?;
    stage("labels");
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
    let registered = time_offset("p.created_at", first);
    stream::<VolunteerRow>(
        conn,
        "statistics_volunteers",
        &format!(
            "SELECT p.user_id, p.birth_date, p.erased_age_band, \
                    p.home_country, p.home_city, {registered} + {first} AS registered, \
                    p.language_codes AS languages \
             FROM volunteer_profiles p ORDER BY p.user_id"
        ),
        |rows| {
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
        },
    )?;
    stage("volunteers");
    let volunteer = |id: &Uuid| ids.binary_search(id).ok().map(|index| index as u32);

    // Hours: one scan, folded into the months of each person's cells and
    // the minutes of each month's cells.
    let work = date_offset("e.work_date", first);
    let mut people: FxHashMap<(u32, u32, u32), Months> = FxHashMap::default();
    let mut minutes: FxHashMap<(i32, u32, u32), u64> = FxHashMap::default();
    stream::<HoursRow>(
        conn,
        "statistics_hours",
        &format!(
            "SELECT e.volunteer_id, e.organization_id, {cause} AS cause, {work} AS month, \
                    sum(e.minutes)::bigint AS minutes \
             FROM hour_entries e LEFT JOIN opportunities op ON op.id = e.opportunity_id \
             WHERE {COUNTS} AND e.minutes > 0 \
               AND {work} BETWEEN 0 AND {last} \
             GROUP BY 1, 2, 3, 4",
            last = Window::MONTHS - 1,
            cause = index_in("op.cause", Cause::ALL.iter().map(|cause| cause.as_str())),
        ),
        |rows| {
            for row in rows {
                let Some(organization) = organizations.get(&row.organization_id).copied() else {
                    continue;
                };
                let cause = row.cause.map_or(no_cause, |index| index as u32);
                *minutes.entry((row.month, organization, cause)).or_default() += row.minutes as u64;
                // Hours of an account deleted before erasure kept it are
                // counted, but by no one.
                if let Some(person) = row.volunteer_id.as_ref().and_then(volunteer) {
                    *people.entry((person, organization, cause)).or_default() |=
                        window.bit(month_of(row.month));
                }
            }
        },
    )?;
    facts.hours_people = people
        .into_iter()
        .map(|((volunteer, organization, cause), months)| HoursOf {
            volunteer,
            organization,
            cause,
            months,
        })
        .collect();
    facts.minutes = minutes
        .into_iter()
        .map(|((month, organization, cause), minutes)| Minutes {
            month: month_of(month),
            organization,
            cause,
            minutes,
        })
        .collect();

    stage("hours");
    // Sign-ups: one scan, folded the same way.
    let start = time_offset("s.starts_at", first);
    let mut holders: FxHashMap<(u32, u8), Months> = FxHashMap::default();
    let mut signups: FxHashMap<(i32, u8), u64> = FxHashMap::default();
    stream::<SignupRow>(
        conn,
        "statistics_signups",
        &format!(
            "SELECT a.volunteer_id, {status} AS status, {start} AS month, count(*) AS count \
             FROM applications a JOIN shifts s ON s.id = a.shift_id \
             WHERE s.cancelled_at IS NULL AND {start} BETWEEN 0 AND {last} \
             GROUP BY 1, 2, 3",
            last = Window::MONTHS - 1,
            status = index_in(
                "a.status",
                ApplicationStatus::ALL.iter().map(|s| s.as_str())
            ),
        ),
        |rows| {
            for row in rows {
                let Some(status) = row
                    .status
                    .and_then(|index| u8::try_from(index).ok())
                    .filter(|index| usize::from(*index) < ApplicationStatus::ALL.len())
                else {
                    continue;
                };
                *signups.entry((row.month, status)).or_default() += row.count as u64;
                if let Some(person) = volunteer(&row.volunteer_id) {
                    *holders.entry((person, status)).or_default() |=
                        window.bit(month_of(row.month));
                }
            }
        },
    )?;
    facts.signup_people = holders
        .into_iter()
        .map(|((volunteer, status), months)| SignupsOf {
            volunteer,
            status: ApplicationStatus::ALL[usize::from(status)],
            months,
        })
        .collect();
    facts.signups = signups
        .into_iter()
        .map(|((month, status), count)| SignupCount {
            month: month_of(month),
            status: ApplicationStatus::ALL[usize::from(status)],
            count,
        })
        .collect();

    stage("signups");
    let places: Vec<PlacesRow> = diesel::sql_query(format!(
        "SELECT {start} AS month, sum(s.capacity)::bigint AS capacity, \
                sum(s.confirmed_count)::bigint AS confirmed \
         FROM shifts s WHERE s.cancelled_at IS NULL AND {start} BETWEEN 0 AND 127 GROUP BY 1"
    ))
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

    stage("rest");
    facts.finish();
    Ok((facts, labels))
}
