//! The dashboard's sections: each statistic as a chart, its figures as a
//! table beside it, and its CSV link; counts hidden by the suppression said
//! in words ("fewer than 5").

use hop_domain::{
    statistics::Period,
    texts::{FluentValue, id},
};
use maud::{Markup, html};

use super::{
    chart::{Bar, BarChart, Group, Series},
    decimal, month,
};
use crate::{
    pages::i18n::Tr,
    statistics::{
        model::{self, Count, Hours, VolunteerStats},
        snapshot::Snapshot,
    },
};

/// A count as a reader sees it: the number, or "fewer than 5".
fn count_text(tr: Tr, count: &Count, min: u64) -> String {
    match count.value {
        Some(value) => value.to_string(),
        None => suppressed(tr, min),
    }
}

fn suppressed(tr: Tr, min: u64) -> String {
    tr.with(id::CITY_SUPPRESSED, &[("min", FluentValue::from(min))])
}

fn hours_text(tr: Tr, hours: &Hours, min: u64) -> String {
    match hours.value {
        Some(value) => decimal(tr, value),
        None => suppressed(tr, min),
    }
}

fn count_bar(tr: Tr, count: &Count, min: u64) -> Bar {
    match count.value {
        Some(value) => Bar::Shown {
            amount: value as f64,
            text: count_text(tr, count, min),
        },
        None => Bar::Suppressed,
    }
}

fn period_text(tr: Tr, period: Period) -> String {
    let text = tr.with(
        id::CITY_PERIOD,
        &[
            ("from", FluentValue::from(month(tr, period.from))),
            ("to", FluentValue::from(month(tr, period.to))),
        ],
    );
    tr.with(id::CITY_PERIOD_OF, &[("period", FluentValue::from(text))])
}

/// At most this many rows in a chart and its table (the largest); the CSV
/// has them all.
const CHART_ROWS: usize = 15;

/// A chart's figures as a table: the rows' labels (under the first
/// heading) and values, and the total last.
struct Figures {
    headings: Vec<String>,
    rows: Vec<(String, Vec<String>)>,
    total: Option<Vec<String>>,
}

impl Figures {
    fn render(&self, tr: Tr, chart: &BarChart) -> Markup {
        let row = |label: &str, values: &[String]| {
            html! {
                tr {
                    th scope="row" { (label) }
                    @for value in values { td.num { (value) } }
                }
            }
        };
        html! {
            table {
                caption id=(format!("{}-caption", chart.id)) { (chart.title) }
                thead {
                    tr {
                        @for (index, heading) in self.headings.iter().enumerate() {
                            @if index == 0 { th scope="col" { (heading) } }
                            @else { th.num scope="col" { (heading) } }
                        }
                    }
                }
                tbody { @for (label, values) in &self.rows { (row(label, values)) } }
                @if let Some(total) = &self.total {
                    tfoot { (row(&tr.t(id::CITY_TOTAL), total)) }
                }
            }
        }
    }
}

/// One statistic: its heading, chart, table and CSV link.
fn section(
    tr: Tr,
    chart: &BarChart,
    (lead, all): (Option<String>, usize),
    period: Period,
    download: String,
    figures: Figures,
) -> Markup {
    let heading = format!("{}-heading", chart.id);
    html! {
        section.stat aria-labelledby=(heading) {
            h2 id=(heading) { (chart.title) }
            @if let Some(lead) = lead { p { (lead) } }
            p.muted { (period_text(tr, period)) }
            @if all > chart.groups.len() {
                p {
                    (tr.with(id::CITY_TOP_ROWS, &[
                        ("shown", FluentValue::from(chart.groups.len())),
                        ("all", FluentValue::from(all)),
                    ]))
                }
            }
            div.stat-body {
                div.stat-chart { (chart.render(tr)) }
                // Wider than a phone: a region the keyboard can scroll.
                div.table-wrap tabindex="0" role="region" aria-labelledby=(format!("{}-caption", chart.id)) {
                    (figures.render(tr, chart))
                }
            }
            p {
                a href=(download) {
                    (tr.with(id::CITY_CSV_LINK, &[("chart", FluentValue::from(chart.title.as_str()))]))
                }
            }
        }
    }
}

/// Volunteers by `group`: registered and active, a chart and a table.
pub(super) fn volunteers(
    tr: Tr,
    stats: &VolunteerStats,
    (chart_id, title, label_heading): (&'static str, String, String),
    label: impl Fn(Option<&str>) -> String,
    (download, largest_first): (String, bool),
    period: Period,
) -> Markup {
    let min = stats.min_count;
    let mut rows: Vec<&model::VolunteerGroupRow> = stats.rows.iter().collect();
    if largest_first {
        // Suppressed groups (no value) last.
        rows.sort_by_key(|row| std::cmp::Reverse(row.volunteers.value));
        rows.truncate(CHART_ROWS);
    }
    let labels: Vec<String> = rows.iter().map(|row| label(row.group.as_deref())).collect();
    let chart = BarChart {
        id: chart_id,
        title,
        series: vec![
            Series {
                name: tr.t(id::CITY_REGISTERED),
            },
            Series {
                name: tr.t(id::CITY_ACTIVE),
            },
        ],
        groups: rows
            .iter()
            .zip(&labels)
            .map(|(row, label)| Group {
                label: label.clone(),
                bars: vec![
                    count_bar(tr, &row.volunteers, min),
                    count_bar(tr, &row.active, min),
                ],
            })
            .collect(),
        min,
    };
    let figures = Figures {
        headings: vec![
            label_heading,
            tr.t(id::CITY_REGISTERED),
            tr.t(id::CITY_ACTIVE),
        ],
        rows: rows
            .iter()
            .zip(labels)
            .map(|(row, label)| {
                let values = vec![
                    count_text(tr, &row.volunteers, min),
                    count_text(tr, &row.active, min),
                ];
                (label, values)
            })
            .collect(),
        total: Some(vec![
            count_text(tr, &stats.total.volunteers, min),
            count_text(tr, &stats.total.active, min),
        ]),
    };
    if stats.rows.is_empty() {
        return empty(tr, &chart.title, period, id::CITY_NO_DATA);
    }
    section(
        tr,
        &chart,
        (None, stats.rows.len()),
        period,
        download,
        figures,
    )
}

/// A statistic with nothing in its period: its heading and a sentence.
fn empty(tr: Tr, title: &str, period: Period, message: &str) -> Markup {
    html! {
        section.stat {
            h2 { (title) }
            p.muted { (period_text(tr, period)) }
            p { (tr.t(message)) }
        }
    }
}

pub(super) fn hours(tr: Tr, stats: &model::HourStats, download: String, period: Period) -> Markup {
    let min = stats.min_count;
    let title = tr.t(id::CITY_HOURS_TITLE);
    if stats.rows.is_empty() {
        return empty(tr, &title, period, id::CITY_NO_DATA);
    }
    let chart = BarChart {
        id: "chart-hours",
        title,
        series: vec![Series {
            name: tr.t(id::CITY_HOURS),
        }],
        groups: stats
            .rows
            .iter()
            .map(|row| Group {
                label: row_month(tr, row.group.as_deref()).unwrap_or_default(),
                bars: vec![match row.hours.value {
                    Some(value) => Bar::Shown {
                        amount: value,
                        text: decimal(tr, value),
                    },
                    None => Bar::Suppressed,
                }],
            })
            .collect(),
        min,
    };
    let figures = Figures {
        headings: vec![
            tr.t(id::CITY_HOURS_MONTH),
            tr.t(id::CITY_HOURS),
            tr.t(id::CITY_HOURS_PEOPLE),
        ],
        rows: stats
            .rows
            .iter()
            .zip(&chart.groups)
            .map(|(row, group)| {
                let values = vec![
                    hours_text(tr, &row.hours, min),
                    count_text(tr, &row.volunteers, min),
                ];
                (group.label.clone(), values)
            })
            .collect(),
        total: Some(vec![
            hours_text(tr, &stats.total.hours, min),
            count_text(tr, &stats.total.volunteers, min),
        ]),
    };
    section(
        tr,
        &chart,
        (None, stats.rows.len()),
        period,
        download,
        figures,
    )
}

/// `YYYY-MM` in the reader's words.
fn row_month(tr: Tr, group: Option<&str>) -> Option<String> {
    hop_domain::statistics::Month::parse(group?)
        .ok()
        .map(|m| month(tr, m))
}

fn percent(tr: Tr, rate: f64) -> String {
    tr.with(
        id::CITY_PERCENT,
        &[(
            "value",
            FluentValue::from(decimal(tr, (rate * 1000.0).round() / 10.0)),
        )],
    )
}

pub(super) fn fill_rate(
    tr: Tr,
    overview: &model::Overview,
    download: String,
    period: Period,
) -> Markup {
    let fill = &overview.fill_rate;
    let min = overview.min_count;
    let title = tr.t(id::CITY_FILL_TITLE);
    if fill.capacity == 0 {
        return empty(tr, &title, period, id::CITY_FILL_NONE);
    }
    let rate = fill
        .rate
        .map_or_else(|| suppressed(tr, min), |rate| percent(tr, rate));
    let chart = BarChart {
        id: "chart-fill",
        title,
        series: vec![Series {
            name: tr.t(id::CITY_FILL_CAPACITY),
        }],
        groups: vec![
            Group {
                label: tr.t(id::CITY_FILL_CAPACITY),
                bars: vec![Bar::Shown {
                    amount: fill.capacity as f64,
                    text: fill.capacity.to_string(),
                }],
            },
            Group {
                label: tr.t(id::CITY_FILL_CONFIRMED),
                bars: vec![match fill.confirmed.value {
                    Some(value) => Bar::Shown {
                        amount: value as f64,
                        text: format!("{value} ({rate})"),
                    },
                    None => Bar::Suppressed,
                }],
            },
        ],
        min,
    };
    let figures = Figures {
        headings: vec![tr.t(id::CITY_MEASURE), tr.t(id::CITY_VALUE)],
        rows: vec![
            (
                tr.t(id::CITY_FILL_CAPACITY),
                vec![fill.capacity.to_string()],
            ),
            (
                tr.t(id::CITY_FILL_CONFIRMED),
                vec![count_text(tr, &fill.confirmed, min)],
            ),
            (tr.t(id::CITY_FILL_RATE), vec![rate]),
        ],
        total: None,
    };
    section(
        tr,
        &chart,
        (Some(tr.t(id::CITY_FILL_LEAD)), 2),
        period,
        download,
        figures,
    )
}

pub(super) fn skills(
    tr: Tr,
    snapshot: &Snapshot,
    stats: &model::SkillStats,
    download: String,
    period: Period,
) -> Markup {
    let min = stats.min_count;
    let title = tr.t(id::CITY_SKILLS_TITLE);
    if stats.rows.is_empty() {
        return empty(tr, &title, period, id::CITY_SKILLS_NONE);
    }
    let labels = &snapshot.labels;
    let name = |skill: &model::SkillRow| {
        labels
            .skills
            .iter()
            .position(|(id, _)| *id == skill.skill_id)
            .and_then(|index| labels.skill_labels.get(index))
            .map_or_else(
                || skill.slug.clone(),
                |label| label.pick_text(tr.lang()).1.clone(),
            )
    };
    // The largest shortages (the rows come largest first).
    let rows = &stats.rows[..stats.rows.len().min(CHART_ROWS)];
    let names: Vec<String> = rows.iter().map(name).collect();
    let chart = BarChart {
        id: "chart-skills",
        title,
        series: vec![
            Series {
                name: tr.t(id::CITY_SKILLS_SUPPLY),
            },
            Series {
                name: tr.t(id::CITY_SKILLS_DEMAND),
            },
        ],
        groups: rows
            .iter()
            .zip(&names)
            .map(|(row, name)| Group {
                label: name.clone(),
                bars: vec![
                    count_bar(tr, &row.supply, min),
                    Bar::Shown {
                        amount: row.demand as f64,
                        text: row.demand.to_string(),
                    },
                ],
            })
            .collect(),
        min,
    };
    let figures = Figures {
        headings: vec![
            tr.t(id::CITY_SKILL),
            tr.t(id::CITY_SKILLS_SUPPLY),
            tr.t(id::CITY_SKILLS_DEMAND),
            tr.t(id::CITY_SKILLS_GAP),
        ],
        rows: rows
            .iter()
            .zip(names)
            .map(|(row, name)| {
                let gap = row
                    .gap
                    .map_or_else(|| suppressed(tr, min), |gap| gap.to_string());
                (
                    name,
                    vec![
                        count_text(tr, &row.supply, min),
                        row.demand.to_string(),
                        gap,
                    ],
                )
            })
            .collect(),
        total: None,
    };
    section(
        tr,
        &chart,
        (Some(tr.t(id::CITY_SKILLS_LEAD)), stats.rows.len()),
        period,
        download,
        figures,
    )
}

pub(super) fn glance(tr: Tr, overview: &model::Overview) -> Markup {
    let min = overview.min_count;
    let fill = overview
        .fill_rate
        .rate
        .map_or_else(|| suppressed(tr, min), |rate| percent(tr, rate));
    let figures = [
        (
            tr.t(id::CITY_GLANCE_REGISTERED),
            count_text(tr, &overview.volunteers.volunteers, min),
        ),
        (
            tr.t(id::CITY_GLANCE_ACTIVE),
            count_text(tr, &overview.volunteers.active, min),
        ),
        (
            tr.t(id::CITY_GLANCE_HOURS),
            hours_text(tr, &overview.hours.hours, min),
        ),
        (tr.t(id::CITY_GLANCE_FILL), fill),
    ];
    html! {
        section aria-labelledby="glance-heading" {
            h2 id="glance-heading" { (tr.t(id::CITY_GLANCE)) }
            dl.figures {
                @for (label, value) in figures {
                    div { dt { (label) } dd { (value) } }
                }
            }
        }
    }
}
