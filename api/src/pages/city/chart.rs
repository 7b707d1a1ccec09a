//! Bar charts as inline SVG drawn by the server: horizontal bars (their
//! labels stay readable on a phone), each with its value written beside it,
//! a second series hatched as well as coloured, and a suppressed cell drawn
//! as an empty dashed bar that says so. The chart is one image to assistive
//! technology (`role="img"` named by its `<title>`); the figures are in the
//! table beside it.

use hop_domain::texts::{FluentValue, id};
use maud::{Markup, html};

use crate::pages::i18n::Tr;

/// One series of bars (registered, active; supply, demand).
pub struct Series {
    pub name: String,
}

/// A bar: its length, and the text written beside it.
pub enum Bar {
    Shown {
        amount: f64,
        text: String,
    },
    /// Fewer people stand behind it than may be shown.
    Suppressed,
}

/// A row of the chart: its label and one bar per series.
pub struct Group {
    pub label: String,
    pub bars: Vec<Bar>,
}

pub struct BarChart {
    /// Unique on the page: the ids of the title and the hatching.
    pub id: &'static str,
    pub title: String,
    pub series: Vec<Series>,
    pub groups: Vec<Group>,
    /// The smallest count shown (for "fewer than …").
    pub min: u64,
}

// Drawn at about its own size beside its table, so its 14 px texts stay
// 14 px: a narrow picture, bars up to 220 units long.
const WIDTH: u32 = 480;
const LABEL_RIGHT: u32 = 150;
const BAR_LEFT: u32 = 158;
const BAR_MAX: f64 = 220.0;
const BAR_HEIGHT: u32 = 20;
const BAR_GAP: u32 = 4;
const GROUP_GAP: u32 = 16;
/// A line of the legend (one per series, so long names fit).
const LEGEND_LINE: u32 = 24;
const LABEL_CHARS: usize = 18;

fn short(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        label.to_owned()
    } else {
        let mut cut: String = label.chars().take(LABEL_CHARS - 1).collect();
        cut.push('…');
        cut
    }
}

impl BarChart {
    fn hatch_id(&self) -> String {
        format!("{}-hatch", self.id)
    }

    /// The fill of series `index`: the first solid, the others hatched.
    fn fill(&self, index: usize) -> Option<String> {
        (index > 0).then(|| format!("url(#{})", self.hatch_id()))
    }

    pub fn render(&self, tr: Tr) -> Markup {
        let legend = self.series.len() > 1;
        let top = if legend {
            self.series.len() as u32 * LEGEND_LINE + 8
        } else {
            4
        };
        let bars_per_group = self.series.len().max(1) as u32;
        let group_height = bars_per_group * BAR_HEIGHT + (bars_per_group - 1) * BAR_GAP;
        let groups = self.groups.len() as u32;
        let height = top + groups * group_height + groups.saturating_sub(1) * GROUP_GAP + 8;
        let largest = self
            .groups
            .iter()
            .flat_map(|group| &group.bars)
            .filter_map(|bar| match bar {
                Bar::Shown { amount, .. } => Some(*amount),
                Bar::Suppressed => None,
            })
            .fold(0.0_f64, f64::max);
        let scale = if largest > 0.0 {
            BAR_MAX / largest
        } else {
            0.0
        };
        let title_id = format!("{}-title", self.id);
        let suppressed = tr.with(id::CITY_SUPPRESSED, &[("min", FluentValue::from(self.min))]);
        html! {
            svg.chart role="img" aria-labelledby=(title_id) viewBox=(format!("0 0 {WIDTH} {height}"))
                xmlns="http://www.w3.org/2000/svg" {
                title id=(title_id) {
                    (tr.with(id::CITY_CHART_NAME, &[("chart", FluentValue::from(self.title.as_str()))]))
                }
                defs {
                    pattern id=(self.hatch_id()) patternUnits="userSpaceOnUse" width="6" height="6"
                        patternTransform="rotate(45)" {
                        rect.hatch-ground width="6" height="6" {}
                        line.hatch-line x1="0" y1="0" x2="0" y2="6" {}
                    }
                }
                @if legend {
                    @for (index, series) in self.series.iter().enumerate() {
                        @let y = 4 + index as u32 * LEGEND_LINE;
                        rect class=(format!("series series-{index}")) x=(BAR_LEFT) y=(y) width="18" height="18"
                            fill=[self.fill(index)] {}
                        text x=(BAR_LEFT + 26) y=(y + 9) dominant-baseline="middle" { (series.name) }
                    }
                }
                @for (row, group) in self.groups.iter().enumerate() {
                    @let y0 = top + row as u32 * (group_height + GROUP_GAP);
                    text.label x=(LABEL_RIGHT) y=(y0 + group_height / 2) text-anchor="end"
                        dominant-baseline="middle" { (short(&group.label)) }
                    @for (index, bar) in group.bars.iter().enumerate() {
                        @let y = y0 + index as u32 * (BAR_HEIGHT + BAR_GAP);
                        @let middle = y + BAR_HEIGHT / 2;
                        @match bar {
                            Bar::Shown { amount, text } => {
                                @let length = (amount * scale).max(if *amount > 0.0 { 2.0 } else { 0.0 });
                                rect class=(format!("series series-{index}")) x=(BAR_LEFT) y=(y)
                                    width=(format!("{length:.1}")) height=(BAR_HEIGHT) fill=[self.fill(index)] {}
                                text x=(format!("{:.1}", f64::from(BAR_LEFT) + length + 6.0)) y=(middle)
                                    dominant-baseline="middle" { (text) }
                            }
                            Bar::Suppressed => {
                                rect.suppressed x=(BAR_LEFT) y=(y) width="24" height=(BAR_HEIGHT) {}
                                text.suppressed-text x=(BAR_LEFT + 30) y=(middle) dominant-baseline="middle" {
                                    (suppressed)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use hop_domain::i18n::Lang;

    use super::*;

    fn chart(groups: Vec<Group>) -> String {
        BarChart {
            id: "chart-test",
            title: "Volunteers".into(),
            series: vec![
                Series {
                    name: "Registered".into(),
                },
                Series {
                    name: "Active".into(),
                },
            ],
            groups,
            min: 5,
        }
        .render(Tr(Lang::En))
        .into_string()
    }

    #[test]
    fn bars_are_as_long_as_their_values_and_say_them() {
        let svg = chart(vec![
            Group {
                label: "Toruń".into(),
                bars: vec![
                    Bar::Shown {
                        amount: 40.0,
                        text: "40".into(),
                    },
                    Bar::Shown {
                        amount: 10.0,
                        text: "10".into(),
                    },
                ],
            },
            Group {
                label: "Kaunas".into(),
                bars: vec![
                    Bar::Shown {
                        amount: 20.0,
                        text: "20".into(),
                    },
                    Bar::Suppressed,
                ],
            },
        ]);
        assert!(
            svg.starts_with(
                "<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-test-title\""
            ),
            "{svg}"
        );
        assert!(
            svg.contains("<title id=\"chart-test-title\">Volunteers: bar chart."),
            "{svg}"
        );
        // The largest value fills the bar's room; the others in proportion.
        assert!(svg.contains("width=\"220.0\""), "{svg}");
        assert!(svg.contains("width=\"110.0\""), "{svg}");
        assert!(svg.contains("width=\"55.0\""), "{svg}");
        for text in [
            ">40<",
            ">10<",
            ">20<",
            ">Toruń<",
            ">Kaunas<",
            ">Registered<",
            ">Active<",
        ] {
            assert!(svg.contains(text), "{text} in {svg}");
        }
        // A hidden count is drawn empty and says why, not by colour alone.
        assert!(svg.contains("class=\"suppressed\""), "{svg}");
        assert!(svg.contains(">fewer than 5<"), "{svg}");
        // The second series is hatched.
        assert!(svg.contains("fill=\"url(#chart-test-hatch)\""), "{svg}");
    }

    #[test]
    fn long_labels_are_shortened_and_nothing_shown_draws_no_bar() {
        let svg = chart(vec![Group {
            label: "Stowarzyszenie Przyjaciół Torunia".into(),
            bars: vec![Bar::Suppressed, Bar::Suppressed],
        }]);
        assert!(svg.contains(">Stowarzyszenie Pr…<"), "{svg}");
        assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
    }
}
