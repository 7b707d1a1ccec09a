//! The read replica (`HOP_DATABASE_REPLICA_URL`): reads that may be a few
//! seconds stale (search, the matching index, statistics, public pages;
//! docs/architecture.md lists each endpoint) go to a PostgreSQL streaming
//! replica while it is within `HOP_REPLICA_MAX_LAG_SECS` of the primary.
//! Writes, and reads that must see the caller's own writes, use [`run`] on
//! the primary as before. Without a replica, [`read`] is [`run`].

use std::{
    collections::VecDeque,
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use diesel::{Connection, PgConnection, RunQueryDsl, connection::SimpleConnection, sql_query};
use prometheus_client::{
    encoding::EncodeLabelSet,
    metrics::{counter::Counter, family::Family, gauge::Gauge},
};
use secrecy::{ExposeSecret, SecretString};

use super::{Database, run, with_connect_timeout};
use crate::{config::Config, error::ApiError};

/// How often the lag is measured; also the measurement's resolution.
const MEASURE_EVERY: Duration = Duration::from_secs(1);
/// The lag probe gives up on a connection after this long, so a replica
/// that went away is noticed within a few measurements.
const PROBE_CONNECT_TIMEOUT: Duration = Duration::from_secs(2);
/// Positions of the primary remembered (one per measurement): a day's.
const SAMPLES_KEPT: usize = 86_400;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct PoolLabel {
    pool: &'static str,
}

/// What `/metrics` shows of the replica (registered by `ops::metrics`).
#[derive(Clone, Default)]
pub struct ReplicaMetrics {
    /// 1 while routed reads go to the replica.
    pub usable: Gauge,
    /// The last measured lag; while the replica cannot be measured, the
    /// last value stays and `usable` is 0.
    pub lag_seconds: Gauge<f64, AtomicU64>,
    /// Routed reads answered, by the pool that answered them.
    pub reads: Family<PoolLabel, Counter>,
}

pub struct Replica {
    database: Database,
    max_lag: Duration,
    usable: AtomicBool,
    metrics: ReplicaMetrics,
    primary_url: SecretString,
    replica_url: SecretString,
}

impl Replica {
    /// `None` without `HOP_DATABASE_REPLICA_URL`. Connects lazily, like the
    /// primary's pool: a replica that is down only keeps reads on the primary.
    pub(super) fn from_config(config: &Config) -> Option<Self> {
        let settings = config.replica.as_ref()?;
        let mut own = config.clone();
        own.database_url = settings.url.clone();
        own.database.pool_size = settings.pool_size;
        own.replica = None;
        Some(Self {
            database: Database::with_pool(&own, "replica", true),
            max_lag: settings.max_lag,
            usable: AtomicBool::new(false),
            metrics: ReplicaMetrics::default(),
            primary_url: with_connect_timeout(
                config.database_url.expose_secret(),
                PROBE_CONNECT_TIMEOUT,
            )
            .into(),
            replica_url: with_connect_timeout(settings.url.expose_secret(), PROBE_CONNECT_TIMEOUT)
                .into(),
        })
    }

    pub fn metrics(&self) -> &ReplicaMetrics {
        &self.metrics
    }

    /// The replica's own pool (read-only sessions).
    pub fn database(&self) -> &Database {
        &self.database
    }

    pub fn is_usable(&self) -> bool {
        self.usable.load(Ordering::Acquire)
    }

    fn set_usable(&self, usable: bool) {
        let was = self.usable.swap(usable, Ordering::AcqRel);
        self.metrics.usable.set(i64::from(usable));
        if was != usable {
            if usable {
                tracing::info!("reads that may be stale go to the replica again");
            } else {
                tracing::warn!("the replica is behind or unreachable: reads go to the primary");
            }
        }
    }

    fn count(&self, pool: &'static str) {
        self.metrics.reads.get_or_create(&PoolLabel { pool }).inc();
    }
}

/// Runs a read that may be slightly stale: on the replica while it is
/// usable, else on the primary. A read the replica fails for want of a
/// connection (it went down, or its pool is saturated), or cancels because
/// replay needed its rows, is run again on the primary, so a replica's
/// trouble never reaches the client; `work` is `Clone` for that second try.
pub async fn read<T, F>(database: &Database, work: F) -> Result<T, ApiError>
where
    F: FnOnce(&mut PgConnection) -> Result<T, ApiError> + Clone + Send + 'static,
    T: Send + 'static,
{
    let Some(replica) = database.replica.as_deref() else {
        return run(database, work).await;
    };
    if replica.is_usable() {
        match run(&replica.database, work.clone()).await {
            Err(err) if retry_on_primary(&err) => {
                tracing::warn!(error = %err, "a read failed on the replica; reading from the primary");
                if replica_unreachable(&err) {
                    // Until the next measurement says otherwise.
                    replica.set_usable(false);
                }
            }
            answered => {
                replica.count("replica");
                return answered;
            }
        }
    }
    replica.count("primary");
    run(database, work).await
}

/// A read's own answers (404, 422, …) stand; a failure may be the
/// replica's: no connection, a session ended by its shutdown (57P01), a
/// query cancelled for a conflict with recovery (40001), all of which the
/// error mapping files as 503 or 500. A read that fails on both pools
/// answers what the primary said.
fn retry_on_primary(err: &ApiError) -> bool {
    matches!(err, ApiError::Unavailable(_) | ApiError::Internal(_))
}

fn replica_unreachable(err: &ApiError) -> bool {
    matches!(err, ApiError::Unavailable(_)) || err.to_string().contains("connection")
}

/// How far the replica is behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lag {
    /// It has replayed what the primary had written this long ago.
    Within(Duration),
    /// It is behind every position of the primary measured so far, the
    /// oldest this long ago (so at least this far behind).
    Beyond(Duration),
}

impl Lag {
    fn seconds(self) -> f64 {
        match self {
            Self::Within(lag) | Self::Beyond(lag) => lag.as_secs_f64(),
        }
    }

    fn within(self, bound: Duration) -> bool {
        matches!(self, Self::Within(lag) if lag <= bound)
    }
}

/// Measures lag by WAL positions rather than by
/// `now() - pg_last_xact_replay_timestamp()`, which grows while the primary
/// is idle (nothing to replay is not lag), and rather than by a heartbeat
/// row, which would make every instance write every second. Each
/// measurement notes the primary's flushed position; the replica is as far
/// behind as the newest noted position it has replayed is old. Idle, the
/// replica has replayed the current one: lag 0. The resolution is the
/// interval between measurements.
#[derive(Debug, Default)]
pub struct LagTracker {
    /// (when, the primary's position then), oldest first.
    samples: VecDeque<(Instant, u64)>,
}

impl LagTracker {
    pub fn observe(&mut self, at: Instant, primary: u64, replayed: u64) -> Lag {
        self.samples.push_back((at, primary));
        if self.samples.len() > SAMPLES_KEPT {
            self.samples.pop_front();
        }
        match self.samples.iter().rposition(|&(_, lsn)| lsn <= replayed) {
            Some(reached) => {
                // Older positions are behind this one: no longer needed.
                self.samples.drain(..reached);
                Lag::Within(at.saturating_duration_since(self.samples[0].0))
            }
            None => Lag::Beyond(at.saturating_duration_since(self.samples[0].0)),
        }
    }
}

#[derive(diesel::QueryableByName)]
struct Position {
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::BigInt>)]
    lsn: Option<i64>,
}

/// The primary's WAL flushed so far (a replica cannot have more).
const PRIMARY_POSITION: &str =
    "SELECT pg_wal_lsn_diff(pg_current_wal_flush_lsn(), '0/0')::bigint AS lsn";
/// What the replica has replayed. A server not in recovery (tests point
/// the replica at the primary itself) has everything it has written.
pub const VIEW_POSITION: &str = "SELECT pg_wal_lsn_diff(CASE WHEN pg_is_in_recovery() \
     THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_flush_lsn() END, '0/0')::bigint AS lsn";

/// The WAL position of what `conn` sees (`None` on a standby that has
/// replayed nothing yet).
pub fn view_position(conn: &mut PgConnection) -> diesel::QueryResult<Option<u64>> {
    position(conn, VIEW_POSITION)
}

fn position(conn: &mut PgConnection, sql: &str) -> diesel::QueryResult<Option<u64>> {
    let row: Position = sql_query(sql).get_result(conn)?;
    Ok(row.lsn.and_then(|lsn| u64::try_from(lsn).ok()))
}

/// The lag probe's own connections: not from the pools, so a saturated
/// pool neither delays a measurement nor loses a connection to one.
struct Probe {
    primary: Option<PgConnection>,
    replica: Option<PgConnection>,
    tracker: LagTracker,
}

impl Probe {
    fn measure(&mut self, replica: &Replica) -> Result<Lag, String> {
        let at = Instant::now();
        // The primary first: a replica read later has had more time.
        let primary = probe(&mut self.primary, &replica.primary_url, PRIMARY_POSITION)
            .map_err(|err| format!("primary: {err}"))?;
        let replayed = probe(&mut self.replica, &replica.replica_url, VIEW_POSITION)
            .map_err(|err| format!("replica: {err}"))?;
        Ok(self.tracker.observe(at, primary, replayed))
    }
}

/// A position read on `slot`'s connection, (re)connecting as needed; a
/// connection that failed is dropped so the next measurement reconnects.
fn probe(slot: &mut Option<PgConnection>, url: &SecretString, sql: &str) -> Result<u64, String> {
    let conn = match slot {
        Some(conn) => conn,
        None => {
            let mut conn =
                PgConnection::establish(url.expose_secret()).map_err(|e| e.to_string())?;
            conn.batch_execute("SET statement_timeout = 2000")
                .map_err(|e| e.to_string())?;
            slot.insert(conn)
        }
    };
    match position(conn, sql) {
        Ok(Some(lsn)) => Ok(lsn),
        Ok(None) => Err("has replayed nothing yet".into()),
        Err(err) => {
            *slot = None;
            Err(err.to_string())
        }
    }
}

/// Measures the replica's lag every [`MEASURE_EVERY`] while the server runs
/// and routes reads by it. Reads start on the primary until the first
/// measurement. Returns at once without a replica.
pub async fn keep_measuring(database: Database) {
    let Some(replica) = database.replica.clone() else {
        return;
    };
    let mut tick = actix_web::rt::time::interval(MEASURE_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut probe = Probe {
        primary: None,
        replica: None,
        tracker: LagTracker::default(),
    };
    loop {
        tick.tick().await;
        let measuring = Arc::clone(&replica);
        let Ok((back, measured)) = tokio::task::spawn_blocking(move || {
            let measured = probe.measure(&measuring);
            (probe, measured)
        })
        .await
        else {
            tracing::error!("the replica's lag probe panicked; reads stay on the primary");
            replica.set_usable(false);
            return;
        };
        probe = back;
        match measured {
            Ok(lag) => {
                replica.metrics.lag_seconds.set(lag.seconds());
                replica.set_usable(lag.within(replica.max_lag));
            }
            Err(err) => {
                if replica.is_usable() {
                    tracing::warn!(error = %err, "cannot measure the replica's lag");
                }
                replica.set_usable(false);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_idle_primary_is_no_lag() {
        let mut tracker = LagTracker::default();
        let start = Instant::now();
        for second in 0..30 {
            let at = start + Duration::from_secs(second);
            assert_eq!(tracker.observe(at, 500, 500), Lag::Within(Duration::ZERO));
        }
    }

    #[test]
    fn lag_is_the_age_of_the_newest_position_replayed() {
        let mut tracker = LagTracker::default();
        let start = Instant::now();
        let at = |second| start + Duration::from_secs(second);
        // Writing 100 bytes a second, replay stopped at 250 after second 2.
        assert_eq!(tracker.observe(at(0), 0, 0), Lag::Within(Duration::ZERO));
        assert_eq!(
            tracker.observe(at(1), 100, 100),
            Lag::Within(Duration::ZERO)
        );
        assert_eq!(
            tracker.observe(at(2), 200, 200),
            Lag::Within(Duration::ZERO)
        );
        for second in 3..15 {
            let lag = tracker.observe(at(second), second * 100, 250);
            assert_eq!(lag, Lag::Within(Duration::from_secs(second - 2)));
        }
        assert!(
            !tracker
                .observe(at(15), 1500, 250)
                .within(Duration::from_secs(10))
        );
        // Replay resumes and catches up: lag ends at once.
        assert_eq!(
            tracker.observe(at(16), 1600, 1600),
            Lag::Within(Duration::ZERO)
        );
        // Close behind under steady writes: one interval.
        assert_eq!(
            tracker.observe(at(17), 1700, 1650),
            Lag::Within(Duration::from_secs(1))
        );
    }

    #[test]
    fn a_replica_behind_everything_measured_is_not_within_any_bound() {
        let mut tracker = LagTracker::default();
        let start = Instant::now();
        let first = tracker.observe(start, 1_000, 10);
        assert_eq!(first, Lag::Beyond(Duration::ZERO));
        assert!(!first.within(Duration::from_secs(10)));
        let later = tracker.observe(start + Duration::from_secs(4), 1_100, 20);
        assert_eq!(later, Lag::Beyond(Duration::from_secs(4)));
    }
}
