//! The use cases of the statistics: the snapshot for city staff, and the
//! period a query asks for, as the API's handlers and the city office's
//! pages both read them.

use std::sync::Arc;

use hop_domain::statistics::{Month, Period, facts::HoursGroup};
use uuid::Uuid;

use super::{
    model::{GroupReader, Horizon, StatsQuery},
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
