//! The use cases of the statistics: the snapshot for city staff, and the
//! period a query asks for, as the API's handlers and the city office's
//! pages both read them.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use hop_domain::statistics::{
    Month, Period,
    facts::{HoursGroup, VolunteerGroup},
};
use uuid::Uuid;

use super::{
    model::{
        self, GroupReader, Horizon, HourStats, Overview, SkillStats, StatsQuery, VolunteerStats,
    },
    snapshot::{Snapshot, Statistics},
};
use crate::{db, error::ApiError, organizations::require_staff, state::AppState};

/// The snapshot, for city staff only (403 for anyone else).
pub async fn staff_snapshot(
    state: &AppState,
    statistics: &Statistics,
    user: Uuid,
) -> Result<Arc<Snapshot>, ApiError> {
    db::run(&state.db, move |conn| require_staff(conn, user)).await?;
    statistics.current(&state.db).await
}

/// The month the snapshot was gathered in (Toruń's calendar).
pub fn current_month(snapshot: &Snapshot) -> Month {
    Month::of(hop_domain::signup::local_day(snapshot.as_of))
}

/// The period `from`–`to` (`YYYY-MM`, each defaulting as `horizon` says)
/// names, checked as every statistic's query is (422 naming the field).
pub fn period(
    snapshot: &Snapshot,
    from: Option<&str>,
    to: Option<&str>,
    horizon: Horizon,
) -> Result<Period, ApiError> {
    let query = StatsQuery {
        from: from.map(str::to_owned),
        to: to.map(str::to_owned),
        ..StatsQuery::default()
    };
    let request = query.parse(
        snapshot.facts.window,
        current_month(snapshot),
        horizon,
        false,
        None::<GroupReader<HoursGroup>>,
    )?;
    Ok(request.period)
}

/// What the city office's dashboard shows: the statistics of the past
/// period (`past`) and the skills of the one ahead (`ahead`), built by the
/// same model functions as the API's answers.
pub struct Dashboard {
    pub overview: Overview,
    pub ages: VolunteerStats,
    pub countries: VolunteerStats,
    pub hours: HourStats,
    pub skills: SkillStats,
}

/// Dashboards computed lately, by the snapshot they were computed from and
/// their periods: building one scans the facts five times (tens of
/// milliseconds at a million volunteers), and staff ask for the same few
/// periods again and again until the next gathering.
#[derive(Default)]
pub struct Dashboards(Mutex<Vec<(DashboardKey, Arc<Dashboard>)>>);

type DashboardKey = (DateTime<Utc>, Period, Period);

/// How many dashboards are kept (the most recent).
const DASHBOARDS_KEPT: usize = 8;

/// The dashboard of `snapshot` for `past` and `ahead`, from those computed
/// lately when there is one.
pub fn dashboard(
    statistics: &Statistics,
    snapshot: &Snapshot,
    past: Period,
    ahead: Period,
) -> Arc<Dashboard> {
    let key = (snapshot.as_of, past, ahead);
    let kept = |kept: &Vec<(DashboardKey, Arc<Dashboard>)>| {
        kept.iter()
            .find(|(known, _)| *known == key)
            .map(|(_, dashboard)| dashboard.clone())
    };
    let lock = || {
        statistics
            .dashboards
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    };
    if let Some(dashboard) = kept(&lock()) {
        return dashboard;
    }
    let min = statistics.min_count;
    let dashboard = Arc::new(Dashboard {
        overview: model::overview(snapshot, past, min),
        ages: model::volunteer_stats(snapshot, VolunteerGroup::AgeBand, past, min),
        countries: model::volunteer_stats(snapshot, VolunteerGroup::Country, past, min),
        hours: model::hour_stats(snapshot, HoursGroup::Month, past, min),
        skills: model::skill_stats(snapshot, ahead, min),
    });
    let mut kept = lock();
    // Only the current snapshot's are worth keeping.
    kept.retain(|((as_of, ..), _)| *as_of == snapshot.as_of);
    if kept.len() >= DASHBOARDS_KEPT {
        kept.remove(0);
    }
    kept.push((key, dashboard.clone()));
    dashboard
}

#[cfg(test)]
mod tests {
    use hop_domain::statistics::{Facts, Window, facts::Sizes};

    use super::*;
    use crate::statistics::snapshot::Labels;

    fn snapshot(as_of: DateTime<Utc>) -> Snapshot {
        let month = Month::of(hop_domain::signup::local_day(as_of));
        Snapshot {
            facts: Facts::new(Window::around(month), Sizes::default()),
            labels: Labels::default(),
            as_of,
        }
    }

    #[test]
    fn a_dashboard_is_computed_once_per_snapshot_and_period() {
        let statistics = Statistics::new(None, 5);
        let first = snapshot(Utc::now());
        let past = period(&first, None, None, Horizon::PastYear).unwrap();
        let ahead = period(&first, None, None, Horizon::NextYear).unwrap();
        let computed = dashboard(&statistics, &first, past, ahead);
        assert!(Arc::ptr_eq(
            &computed,
            &dashboard(&statistics, &first, past, ahead)
        ));
        let shorter = Period::within(past.to, past.to, first.facts.window).unwrap();
        let other = dashboard(&statistics, &first, shorter, ahead);
        assert!(!Arc::ptr_eq(&computed, &other));

        // A new gathering: computed again, and the old snapshot's let go.
        let second = snapshot(first.as_of + chrono::Duration::seconds(300));
        let again = dashboard(&statistics, &second, past, ahead);
        assert!(!Arc::ptr_eq(&computed, &again));
        assert_eq!(statistics.dashboards.0.lock().unwrap().len(), 1);
    }

    #[test]
    fn a_period_is_checked_as_the_apis_query_is() {
        let current = snapshot(Utc::now());
        let refused = |from, to| match period(&current, from, to, Horizon::PastYear) {
            Err(ApiError::Validation(errors)) => errors[0].field.clone(),
            other => panic!("{from:?}–{to:?}: {other:?}"),
        };
        assert_eq!(refused(Some("2026-13"), None), "from");
        assert_eq!(refused(Some("2026-12"), Some("2026-01")), "from");
        assert_eq!(refused(None, Some("1999-01")), "from");
        let month = current_month(&current).to_string();
        assert_eq!(refused(Some(month.as_str()), Some("2999-01")), "to");
    }
}
