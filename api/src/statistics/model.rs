//! The statistics' queries and answers: JSON with named schemas, and the
//! same tables as CSV. Every count behind which fewer than `min_count`
//! people stand is published as suppressed (`hop_domain::statistics`).

use chrono::{DateTime, Utc};
use hop_domain::statistics::{
    AgeBand, Cell, Cells, Month, Period, PeriodError, Published, Window, facts, publication,
    suppress,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::snapshot::Snapshot;
use crate::{error::ApiError, schemas, validation::FieldCheck};
use hop_domain::InvalidValue;

/// Reads what a statistic groups by (a domain closed set's `parse`).
pub type GroupReader<G> = fn(&str) -> Result<G, InvalidValue>;

/// The period and format every statistic takes, and what two of them
/// group by: read from one of the query types below.
#[derive(Debug, Default)]
pub struct StatsQuery {
    pub from: Option<String>,
    pub to: Option<String>,
    pub format: Option<String>,
    pub delimiter: Option<String>,
    pub group_by: Option<String>,
}

/// Declares a statistic's query type (its parameters as the spec lists
/// them, with `group_by` as a required closed set where given), read into
/// a [`StatsQuery`].
macro_rules! stats_query {
    ($(#[$meta:meta])* $name:ident $(, group_by = $grouping:ty)?) => {
        $(#[$meta])*
        #[derive(Debug, Deserialize, IntoParams)]
        #[into_params(parameter_in = Query)]
        pub struct $name {
            $(
                /// What to group by.
                #[param(required = true, value_type = $grouping)]
                pub group_by: Option<String>,
            )?
            /// The first month of the period, `YYYY-MM` (default: eleven
            /// months before the current one; for skills, the current one).
            #[param(pattern = "^[0-9]{4}-[0-9]{2}$", example = "2026-01")]
            pub from: Option<String>,
            /// The last month of the period, inclusive (default: the current
            /// one; for skills, eleven months after it).
            #[param(pattern = "^[0-9]{4}-[0-9]{2}$", example = "2026-12")]
            pub to: Option<String>,
            /// `csv` answers CSV, as `Accept: text/csv` does.
            #[param(value_type = Option<schemas::StatsFormat>)]
            pub format: Option<String>,
            /// The CSV separator (default `comma`).
            #[param(value_type = Option<schemas::CsvDelimiter>)]
            pub delimiter: Option<String>,
        }

        impl From<$name> for StatsQuery {
            fn from(query: $name) -> Self {
                Self {
                    group_by: stats_query!(@group query $($grouping)?),
                    from: query.from,
                    to: query.to,
                    format: query.format,
                    delimiter: query.delimiter,
                }
            }
        }
    };
    (@group $query:ident $grouping:ty) => { $query.group_by };
    (@group $query:ident) => { None };
}

stats_query!(
    /// A period of months and a format.
    PeriodQuery
);
stats_query!(
    /// What volunteers are grouped by, a period and a format.
    VolunteerStatsQuery, group_by = schemas::VolunteerGrouping
);
stats_query!(
    /// What hours are grouped by, a period and a format.
    HoursStatsQuery, group_by = schemas::HoursGrouping
);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv { delimiter: u8 },
}

/// Which default period a statistic has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Horizon {
    /// The last twelve months, the current one included.
    PastYear,
    /// The current month and the eleven after it (open places are ahead).
    NextYear,
}

/// A parsed query.
#[derive(Debug, Clone, Copy)]
pub struct StatsRequest<G> {
    pub period: Period,
    pub format: Format,
    pub group_by: G,
}

fn month(check: &mut FieldCheck, field: &'static str, raw: Option<&str>) -> Option<Option<Month>> {
    match raw {
        None => Some(None),
        Some(raw) => check.check(field, Month::parse(raw)).map(Some),
    }
}

impl StatsQuery {
    /// `group_by` read by `group`: `Ok(None)` for a statistic that takes none.
    pub fn parse<G>(
        &self,
        window: Window,
        current: Month,
        horizon: Horizon,
        wants_csv: bool,
        group: Option<GroupReader<G>>,
    ) -> Result<StatsRequest<Option<G>>, ApiError> {
        let mut check = FieldCheck::default();
        let from = month(&mut check, "from", self.from.as_deref());
        let to = month(&mut check, "to", self.to.as_deref());
        let delimiter = match self.delimiter.as_deref() {
            None | Some("comma") => Some(b','),
            Some("semicolon") => Some(b';'),
            Some(_) => {
                check.fail("delimiter", "must be `comma` or `semicolon`");
                None
            }
        };
        let format = match self.format.as_deref() {
            Some("csv") => Some(true),
            Some("json") => Some(false),
            None => Some(wants_csv),
            Some(_) => {
                check.fail("format", "must be `json` or `csv`");
                None
            }
        };
        let group_by = match (group, self.group_by.as_deref()) {
            (None, _) => Some(None),
            (Some(read), None) => {
                // The reader's own refusal names the values.
                let values = read("").err().map(|err| err.message).unwrap_or_default();
                check.fail("group_by", &format!("is required and {values}"));
                None
            }
            (Some(read), Some(raw)) => check.check("group_by", read(raw)).map(Some),
        };
        check.finish(Some(()))?;
        let (default_from, default_to) = match horizon {
            Horizon::PastYear => (current.plus(-11), current),
            Horizon::NextYear => (current, current.plus(11)),
        };
        let (from, to) = (
            from.flatten().unwrap_or(default_from),
            to.flatten().unwrap_or(default_to),
        );
        let period = Period::within(from, to, window).map_err(|err| match err {
            PeriodError::Reversed => ApiError::invalid_field("from", "must not be after `to`"),
            PeriodError::OutsideWindow { .. } => {
                let field = if window.contains(from) { "to" } else { "from" };
                ApiError::invalid_field(field, err.to_string())
            }
        })?;
        let format = match (format, delimiter) {
            (Some(true), Some(delimiter)) => Format::Csv { delimiter },
            _ => Format::Json,
        };
        Ok(StatsRequest {
            period,
            format,
            group_by: group_by.flatten(),
        })
    }
}

/// A count as published: `value` is null and `suppressed` true when fewer
/// than `min_count` people stand behind it (or it would give such a count
/// away by subtraction from a total).
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct Count {
    #[schema(minimum = 0)]
    pub value: Option<u64>,
    pub suppressed: bool,
}

/// Hours as published: suppressed with the people who worked them.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct Hours {
    /// Hours, to a tenth.
    #[schema(minimum = 0)]
    pub value: Option<f64>,
    pub suppressed: bool,
}

impl Count {
    fn shown_with(cell: Cell, value: u64) -> Self {
        match cell {
            Cell::Shown(_) => Self {
                value: Some(value),
                suppressed: false,
            },
            Cell::Suppressed => Self {
                value: None,
                suppressed: true,
            },
        }
    }

    fn people(cell: Cell) -> Self {
        match cell {
            Cell::Shown(people) => Self::shown_with(cell, people),
            Cell::Suppressed => Self::shown_with(cell, 0),
        }
    }
}

fn hours_of(minutes: u64) -> f64 {
    (minutes as f64 / 6.0).round() / 10.0
}

impl Hours {
    fn shown_with(cell: Cell, minutes: u64) -> Self {
        match cell {
            Cell::Shown(_) => Self {
                value: Some(hours_of(minutes)),
                suppressed: false,
            },
            Cell::Suppressed => Self {
                value: None,
                suppressed: true,
            },
        }
    }
}

/// Whole months, both included.
#[derive(Debug, Serialize, ToSchema)]
pub struct StatsPeriod {
    #[schema(example = "2026-01")]
    pub from: String,
    #[schema(example = "2026-12")]
    pub to: String,
}

impl From<Period> for StatsPeriod {
    fn from(period: Period) -> Self {
        Self {
            from: period.from.to_string(),
            to: period.to.to_string(),
        }
    }
}

/// Volunteers of one group.
#[derive(Debug, Serialize, ToSchema)]
pub struct VolunteerGroupRow {
    /// The age band (`under-18` … `65-plus`, `unknown`), country code, city
    /// or language code; null when not given.
    pub group: Option<String>,
    /// Registered by the period's end.
    pub volunteers: Count,
    /// With a confirmed or attended sign-up, or counted hours, in the period.
    pub active: Count,
    /// The cities each named by fewer than `min_count` volunteers, together
    /// and without their names (`group` null).
    pub merged: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VolunteerTotals {
    pub volunteers: Count,
    pub active: Count,
}

/// Volunteers by a group. For `language` a volunteer is in each language
/// they speak, so groups overlap and the total counts each person once.
#[derive(Debug, Serialize, ToSchema)]
pub struct VolunteerStats {
    pub as_of: DateTime<Utc>,
    pub period: StatsPeriod,
    /// Counts of fewer people than this are suppressed.
    pub min_count: u64,
    #[schema(value_type = schemas::VolunteerGrouping)]
    pub group_by: &'static str,
    pub rows: Vec<VolunteerGroupRow>,
    pub total: VolunteerTotals,
}

/// Counted hours of one month, organisation or cause.
#[derive(Debug, Serialize, ToSchema)]
pub struct HoursRow {
    /// The month (`YYYY-MM`), the organisation's name, or the cause (null:
    /// work outside any opportunity).
    pub group: Option<String>,
    /// The organisation, when grouped by organisation.
    pub organization_id: Option<Uuid>,
    pub hours: Hours,
    /// People who worked them.
    pub volunteers: Count,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HoursTotals {
    pub hours: Hours,
    pub volunteers: Count,
}

/// Approved hours (after corrections) worked in the period, by a group.
#[derive(Debug, Serialize, ToSchema)]
pub struct HourStats {
    pub as_of: DateTime<Utc>,
    pub period: StatsPeriod,
    pub min_count: u64,
    #[schema(value_type = schemas::HoursGrouping)]
    pub group_by: &'static str,
    pub rows: Vec<HoursRow>,
    pub total: HoursTotals,
}

/// One skill's supply against its demand.
#[derive(Debug, Serialize, ToSchema)]
pub struct SkillRow {
    pub skill_id: Uuid,
    pub slug: String,
    /// Volunteers who have the skill now.
    pub supply: Count,
    /// Places still open, in shifts starting in the period, of published
    /// opportunities that require the skill.
    #[schema(minimum = 0)]
    pub demand: u64,
    /// `demand` minus `supply` (positive: missing people); null when the
    /// supply is suppressed.
    pub gap: Option<i64>,
}

/// Skills supply against demand, the largest gap first.
#[derive(Debug, Serialize, ToSchema)]
pub struct SkillStats {
    pub as_of: DateTime<Utc>,
    pub period: StatsPeriod,
    pub min_count: u64,
    pub rows: Vec<SkillRow>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrganizationCount {
    #[schema(value_type = schemas::OrganizationKind)]
    pub kind: &'static str,
    #[schema(value_type = schemas::OrganizationStatus)]
    pub status: &'static str,
    /// Organisations are not people: their counts are not suppressed.
    #[schema(minimum = 0)]
    pub count: u64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CauseCount {
    #[schema(value_type = schemas::Cause)]
    pub cause: &'static str,
    #[schema(minimum = 0)]
    pub count: u64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SignupStatusCount {
    #[schema(value_type = schemas::ApplicationStatus)]
    pub status: &'static str,
    pub signups: Count,
    /// Volunteers with such a sign-up.
    pub volunteers: Count,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FillRate {
    /// Places of the shifts (not cancelled) starting in the period.
    #[schema(minimum = 0)]
    pub capacity: u64,
    pub confirmed: Count,
    /// `confirmed / capacity`, 0 to 1; null when suppressed or no places.
    pub rate: Option<f64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Overview {
    pub as_of: DateTime<Utc>,
    pub period: StatsPeriod,
    pub min_count: u64,
    pub volunteers: VolunteerTotals,
    pub organizations: Vec<OrganizationCount>,
    /// Published opportunities by cause.
    pub opportunities: Vec<CauseCount>,
    /// Sign-ups for shifts starting in the period, by status.
    pub signups: Vec<SignupStatusCount>,
    pub signups_total: Count,
    pub fill_rate: FillRate,
    /// Approved hours worked in the period.
    pub hours: HoursTotals,
}

/// One month of the open data's hours.
#[derive(Debug, Serialize, ToSchema)]
pub struct MonthHours {
    #[schema(example = "2026-03")]
    pub month: String,
    pub hours: Hours,
    pub volunteers: Count,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct KindCount {
    #[schema(value_type = schemas::OrganizationKind)]
    pub kind: &'static str,
    #[schema(minimum = 0)]
    pub count: u64,
}

/// The open data: what the city publishes, suppressed like every statistic.
#[derive(Debug, Serialize, ToSchema)]
pub struct PublicOverview {
    pub as_of: DateTime<Utc>,
    pub period: StatsPeriod,
    pub min_count: u64,
    /// Verified organisations by kind.
    pub organizations: Vec<KindCount>,
    /// Published opportunities by cause.
    pub opportunities: Vec<CauseCount>,
    /// Approved hours by month over the last twelve months.
    pub hours: Vec<MonthHours>,
    pub hours_total: HoursTotals,
}

fn label(value: Option<&str>) -> Option<String> {
    value.map(str::to_owned)
}

/// Volunteers by `group` in the period, suppressed.
pub fn volunteer_stats(
    snapshot: &Snapshot,
    group: facts::VolunteerGroup,
    period: Period,
    min: u64,
) -> VolunteerStats {
    let table =
        publication::merge_small_groups(snapshot.facts.volunteers(group, period), group, min);
    let cells = group.cells();
    let all: Vec<u64> = table.rows.iter().map(|row| row.all).collect();
    let active: Vec<u64> = table.rows.iter().map(|row| row.active).collect();
    let all = suppress(&all, table.all, cells, min);
    let active = suppress(&active, table.active, cells, min);
    let labels = &snapshot.labels;
    let rows = table
        .rows
        .iter()
        .enumerate()
        .map(|(index, row)| {
            let key = row.key as usize;
            VolunteerGroupRow {
                group: match group {
                    facts::VolunteerGroup::AgeBand => {
                        AgeBand::ALL.get(key).map(|band| band.as_str().to_owned())
                    }
                    facts::VolunteerGroup::Country => {
                        label(labels.countries.get(key).and_then(|c| c.as_deref()))
                    }
                    facts::VolunteerGroup::City if row.key == publication::MERGED => None,
                    facts::VolunteerGroup::City => {
                        label(labels.cities.get(key).and_then(|c| c.as_deref()))
                    }
                    facts::VolunteerGroup::Language => labels.languages.get(key).cloned(),
                },
                volunteers: Count::people(all.cells[index]),
                active: Count::people(active.cells[index]),
                merged: row.key == publication::MERGED,
            }
        })
        .collect();
    VolunteerStats {
        as_of: snapshot.as_of,
        period: period.into(),
        min_count: min,
        group_by: group.as_str(),
        rows,
        total: VolunteerTotals {
            volunteers: Count::people(all.total),
            active: Count::people(active.total),
        },
    }
}

/// Hours by `group` in the period: a cell shows its hours only with its
/// people, and one hidden month or organisation is never alone.
pub fn hour_stats(
    snapshot: &Snapshot,
    group: facts::HoursGroup,
    period: Period,
    min: u64,
) -> HourStats {
    let table = snapshot.facts.hours(group, period);
    let people: Vec<u64> = table.rows.iter().map(|row| row.people).collect();
    let published = suppress(&people, table.people, Cells::Partition, min);
    let labels = &snapshot.labels;
    let window = snapshot.facts.window;
    let rows = table
        .rows
        .iter()
        .zip(&published.cells)
        .map(|(row, cell)| {
            let key = row.key as usize;
            let (group_label, organization_id) = match group {
                facts::HoursGroup::Month => (Some(window.month(row.key).to_string()), None),
                facts::HoursGroup::Organization => labels
                    .organizations
                    .get(key)
                    .map_or((None, None), |(id, name)| (Some(name.clone()), Some(*id))),
                facts::HoursGroup::Cause => (
                    labels
                        .causes
                        .get(key)
                        .copied()
                        .flatten()
                        .map(|cause| cause.as_str().to_owned()),
                    None,
                ),
            };
            HoursRow {
                group: group_label,
                organization_id,
                hours: Hours::shown_with(*cell, row.minutes),
                volunteers: Count::people(*cell),
            }
        })
        .collect();
    HourStats {
        as_of: snapshot.as_of,
        period: period.into(),
        min_count: min,
        group_by: group.as_str(),
        rows,
        total: HoursTotals {
            hours: Hours::shown_with(published.total, table.minutes),
            volunteers: Count::people(published.total),
        },
    }
}

pub fn skill_stats(snapshot: &Snapshot, period: Period, min: u64) -> SkillStats {
    let counts = snapshot.facts.skills(period);
    let supply: Vec<u64> = counts.iter().map(|row| row.supply).collect();
    // Everyone counted once: a total only bounds the overlapping cells.
    let published = suppress(&supply, u64::MAX, Cells::Overlapping, min);
    let mut rows: Vec<SkillRow> = counts
        .iter()
        .zip(&published.cells)
        .filter_map(|(row, cell)| {
            let (id, slug) = snapshot.labels.skills.get(row.skill as usize)?;
            Some(SkillRow {
                skill_id: *id,
                slug: slug.clone(),
                supply: Count::people(*cell),
                demand: row.demand,
                gap: cell.shown().map(|supply| row.demand as i64 - supply as i64),
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        b.gap
            .unwrap_or(i64::MIN)
            .cmp(&a.gap.unwrap_or(i64::MIN))
            .then_with(|| a.slug.cmp(&b.slug))
    });
    SkillStats {
        as_of: snapshot.as_of,
        period: period.into(),
        min_count: min,
        rows,
    }
}

pub fn overview(snapshot: &Snapshot, period: Period, min: u64) -> Overview {
    let facts = &snapshot.facts;
    let all = facts.registered_by(period);
    let active = facts.active_in(period);
    let signups = facts.signups(period);
    let people: Vec<u64> = signups.rows.iter().map(|row| row.people).collect();
    let published: Published = suppress(&people, signups.people, Cells::Partition, min);
    let fill = facts.fill(period);
    let fill_cell = publication::fill(&fill, &signups, &published, min);
    let hours = facts.hours(facts::HoursGroup::Month, period);
    let hours_cell = publication::people(hours.people, min);
    let mut organizations: Vec<OrganizationCount> = facts
        .organizations
        .iter()
        .map(|(kind, status, count)| OrganizationCount {
            kind: kind.as_str(),
            status: status.as_str(),
            count: *count,
        })
        .collect();
    organizations.sort_by_key(|row| (row.kind, row.status));
    Overview {
        as_of: snapshot.as_of,
        period: period.into(),
        min_count: min,
        volunteers: VolunteerTotals {
            volunteers: Count::people(publication::people(all, min)),
            active: Count::people(publication::people(active, min)),
        },
        organizations,
        opportunities: opportunities_by_cause(snapshot),
        signups: signups
            .rows
            .iter()
            .zip(&published.cells)
            .map(|(row, cell)| SignupStatusCount {
                status: row.status.as_str(),
                signups: Count::shown_with(*cell, row.signups),
                volunteers: Count::people(*cell),
            })
            .collect(),
        signups_total: Count::shown_with(published.total, signups.signups),
        fill_rate: FillRate {
            capacity: fill.capacity,
            confirmed: Count::shown_with(fill_cell, fill.confirmed),
            rate: (fill_cell != Cell::Suppressed && fill.capacity > 0)
                .then(|| fill.confirmed as f64 / fill.capacity as f64),
        },
        hours: HoursTotals {
            hours: Hours::shown_with(hours_cell, hours.minutes),
            volunteers: Count::people(hours_cell),
        },
    }
}

fn opportunities_by_cause(snapshot: &Snapshot) -> Vec<CauseCount> {
    let mut rows: Vec<CauseCount> = snapshot
        .facts
        .opportunities
        .iter()
        .filter_map(|(cause, count)| {
            let cause = snapshot
                .labels
                .causes
                .get(*cause as usize)
                .copied()
                .flatten()?;
            Some(CauseCount {
                cause: cause.as_str(),
                count: *count,
            })
        })
        .collect();
    rows.sort_by_key(|row| row.cause);
    rows
}

pub fn public_overview(snapshot: &Snapshot, period: Period, min: u64) -> PublicOverview {
    let hours = hour_stats(snapshot, facts::HoursGroup::Month, period, min);
    let mut organizations: Vec<KindCount> = snapshot
        .facts
        .organizations
        .iter()
        .filter(|(_, status, _)| *status == hop_domain::organization::OrganizationStatus::Verified)
        .map(|(kind, _, count)| KindCount {
            kind: kind.as_str(),
            count: *count,
        })
        .collect();
    organizations.sort_by_key(|row| row.kind);
    PublicOverview {
        as_of: snapshot.as_of,
        period: period.into(),
        min_count: min,
        organizations,
        opportunities: opportunities_by_cause(snapshot),
        hours: hours
            .rows
            .into_iter()
            .map(|row| MonthHours {
                month: row.group.unwrap_or_default(),
                hours: row.hours,
                volunteers: row.volunteers,
            })
            .collect(),
        hours_total: hours.total,
    }
}

/// A table as CSV (RFC 4180): UTF-8 with a byte-order mark, so Excel in a
/// Polish locale reads `Toruń` right, a header row, suppressed cells as
/// `<min`.
pub struct CsvTable {
    pub header: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

impl CsvTable {
    pub fn write(&self, delimiter: u8) -> Result<Vec<u8>, ApiError> {
        let mut out = "\u{feff}".as_bytes().to_vec();
        {
            let mut writer = csv::WriterBuilder::new()
                .delimiter(delimiter)
                .terminator(csv::Terminator::CRLF)
                .from_writer(&mut out);
            writer
                .write_record(&self.header)
                .map_err(ApiError::internal)?;
            for row in &self.rows {
                if delimiter == b';' {
                    // Semicolons are for Excel in a Polish locale, which
                    // reads `6.5` as a date: decimals get a comma there.
                    let row = row.iter().map(|cell| decimal_comma(cell).into_owned());
                    writer.write_record(row).map_err(ApiError::internal)?;
                } else {
                    writer.write_record(row).map_err(ApiError::internal)?;
                }
            }
            writer.flush().map_err(ApiError::internal)?;
        }
        Ok(out)
    }
}

/// A text people typed (a city, an organisation's name) as a CSV cell: one
/// that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, a tab
/// or a carriage return first) is written after an apostrophe, as OWASP's
/// advice on CSV injection says, so opening the file runs nothing.
fn text_cell(text: Option<&str>) -> String {
    let text = text.unwrap_or_default();
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// `cell` with a decimal comma when it is a decimal number (`6.5` → `6,5`).
fn decimal_comma(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.contains('.') && cell.parse::<f64>().is_ok() {
        cell.replace('.', ",").into()
    } else {
        cell.into()
    }
}

fn count_text(count: &Count, min: u64) -> String {
    count
        .value
        .map_or_else(|| format!("<{min}"), |v| v.to_string())
}

fn hours_text(hours: &Hours, min: u64) -> String {
    hours
        .value
        .map_or_else(|| format!("<{min}"), |v| v.to_string())
}

impl VolunteerStats {
    pub fn csv(&self) -> CsvTable {
        let min = self.min_count;
        let mut rows: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|row| {
                vec![
                    if row.merged {
                        format!("(each under {min})")
                    } else {
                        text_cell(row.group.as_deref())
                    },
                    count_text(&row.volunteers, min),
                    count_text(&row.active, min),
                ]
            })
            .collect();
        rows.push(vec![
            "total".into(),
            count_text(&self.total.volunteers, min),
            count_text(&self.total.active, min),
        ]);
        CsvTable {
            header: vec![self.group_by, "volunteers", "active"],
            rows,
        }
    }
}

impl HourStats {
    pub fn csv(&self) -> CsvTable {
        let min = self.min_count;
        let mut rows: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|row| {
                vec![
                    text_cell(row.group.as_deref()),
                    row.organization_id
                        .map(|id| id.to_string())
                        .unwrap_or_default(),
                    hours_text(&row.hours, min),
                    count_text(&row.volunteers, min),
                ]
            })
            .collect();
        rows.push(vec![
            "total".into(),
            String::new(),
            hours_text(&self.total.hours, min),
            count_text(&self.total.volunteers, min),
        ]);
        CsvTable {
            header: vec![self.group_by, "organization_id", "hours", "volunteers"],
            rows,
        }
    }
}

impl SkillStats {
    pub fn csv(&self) -> CsvTable {
        let min = self.min_count;
        CsvTable {
            header: vec!["skill", "skill_id", "supply", "demand", "gap"],
            rows: self
                .rows
                .iter()
                .map(|row| {
                    vec![
                        row.slug.clone(),
                        row.skill_id.to_string(),
                        count_text(&row.supply, min),
                        row.demand.to_string(),
                        row.gap.map(|gap| gap.to_string()).unwrap_or_default(),
                    ]
                })
                .collect(),
        }
    }
}

impl Overview {
    /// The overview's tables as one long table: section, group, measure, value.
    pub fn csv(&self) -> CsvTable {
        let min = self.min_count;
        let mut rows = vec![
            vec![
                "volunteers".into(),
                String::new(),
                "registered".into(),
                count_text(&self.volunteers.volunteers, min),
            ],
            vec![
                "volunteers".into(),
                String::new(),
                "active".into(),
                count_text(&self.volunteers.active, min),
            ],
        ];
        for row in &self.organizations {
            rows.push(vec![
                "organizations".into(),
                format!("{}/{}", row.kind, row.status),
                "count".into(),
                row.count.to_string(),
            ]);
        }
        for row in &self.opportunities {
            rows.push(vec![
                "opportunities".into(),
                row.cause.into(),
                "published".into(),
                row.count.to_string(),
            ]);
        }
        for row in &self.signups {
            rows.push(vec![
                "signups".into(),
                row.status.into(),
                "signups".into(),
                count_text(&row.signups, min),
            ]);
        }
        rows.push(vec![
            "signups".into(),
            "total".into(),
            "signups".into(),
            count_text(&self.signups_total, min),
        ]);
        rows.push(vec![
            "fill_rate".into(),
            String::new(),
            "capacity".into(),
            self.fill_rate.capacity.to_string(),
        ]);
        rows.push(vec![
            "fill_rate".into(),
            String::new(),
            "confirmed".into(),
            count_text(&self.fill_rate.confirmed, min),
        ]);
        rows.push(vec![
            "fill_rate".into(),
            String::new(),
            "rate".into(),
            self.fill_rate
                .rate
                .map_or_else(|| format!("<{min}"), |rate| format!("{rate:.4}")),
        ]);
        rows.push(vec![
            "hours".into(),
            String::new(),
            "hours".into(),
            hours_text(&self.hours.hours, min),
        ]);
        rows.push(vec![
            "hours".into(),
            String::new(),
            "volunteers".into(),
            count_text(&self.hours.volunteers, min),
        ]);
        CsvTable {
            header: vec!["section", "group", "measure", "value"],
            rows,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolon_csv_writes_decimal_commas_and_leaves_text_alone() {
        let table = CsvTable {
            header: vec!["group", "hours"],
            rows: vec![
                vec!["Toruń".into(), "6.5".into()],
                vec!["ul. Szeroka 1.5".into(), "12".into()],
            ],
        };
        let written = String::from_utf8(table.write(b';').unwrap()).unwrap();
        assert_eq!(
            written,
            "\u{feff}group;hours\r\nToruń;6,5\r\nul. Szeroka 1.5;12\r\n"
        );
        let commas = String::from_utf8(table.write(b',').unwrap()).unwrap();
        assert!(commas.contains("Toruń,6.5\r\n"), "{commas}");
    }
}
