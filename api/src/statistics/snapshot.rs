//! The statistics as of one moment: facts gathered from the database and
//! kept in memory, answered from there in a few milliseconds, and gathered
//! again on a schedule (`HOP_STATS_REFRESH_SECS`). Every answer says when
//! its facts were gathered (`as_of`).

use std::{
    sync::{Arc, RwLock},
    time::Duration,
};

use chrono::{DateTime, Utc};
use hop_domain::{statistics::Facts, volunteering::Cause};
use uuid::Uuid;

use crate::{db::Database, error::ApiError};

/// What the facts' keys stand for.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    /// `None`: not given.
    pub countries: Vec<Option<String>>,
    pub cities: Vec<Option<String>>,
    pub languages: Vec<String>,
    pub organizations: Vec<(Uuid, String)>,
    /// Every cause, then `None` for hours outside any opportunity.
    pub causes: Vec<Option<Cause>>,
    /// (id, slug)
    pub skills: Vec<(Uuid, String)>,
    /// Each skill's labels in the six languages, in the order of `skills`.
    pub skill_labels: Vec<hop_domain::i18n::Labels<String>>,
}

#[derive(Debug)]
pub struct Snapshot {
    pub facts: Facts,
    pub labels: Labels,
    pub as_of: DateTime<Utc>,
}

/// How long a request waits for the first gathering after a start.
pub const FIRST_GATHERING_WAIT: Duration = Duration::from_secs(30);

/// The current snapshot, shared by the workers.
pub struct Statistics {
    current: RwLock<Option<Arc<Snapshot>>>,
    /// One gathering at a time; requests that find no snapshot wait for it.
    gathering: tokio::sync::Mutex<()>,
    /// `None`: gathered for every request (`HOP_STATS_REFRESH_SECS=0`,
    /// tests), so an answer always shows the latest change.
    pub refresh: Option<Duration>,
    pub min_count: u64,
    /// The city office's dashboards computed lately (`service::dashboard`).
    pub(super) dashboards: super::service::Dashboards,
}

impl Statistics {
    pub fn new(refresh: Option<Duration>, min_count: u64) -> Self {
        Self {
            current: RwLock::new(None),
            gathering: tokio::sync::Mutex::new(()),
            refresh,
            min_count,
            dashboards: super::service::Dashboards::default(),
        }
    }

    fn held(&self) -> Option<Arc<Snapshot>> {
        self.current
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// The snapshot to answer from. On a schedule, requests never gather
    /// (a stranger asking the open data could otherwise make the server
    /// gather again and again): before the first gathering has finished
    /// they wait for it, at most [`FIRST_GATHERING_WAIT`], then get 503
    /// with `Retry-After`. Without a schedule (tests) each request gathers.
    pub async fn current(&self, database: &Database) -> Result<Arc<Snapshot>, ApiError> {
        if self.refresh.is_none() {
            let _gathering = self.gathering.lock().await;
            return self.gather(database).await;
        }
        if let Some(snapshot) = self.held() {
            return Ok(snapshot);
        }
        // The first gathering holds the lock until it is done.
        let _ = actix_web::rt::time::timeout(FIRST_GATHERING_WAIT, self.gathering.lock()).await;
        self.held().ok_or_else(|| {
            ApiError::unavailable("the statistics are still being gathered; try again shortly")
        })
    }

    async fn gather(&self, database: &Database) -> Result<Arc<Snapshot>, ApiError> {
        let started = std::time::Instant::now();
        // Aggregates of everyone: the replica's, when there is one.
        let snapshot = crate::db::replica::read(database, |conn| {
            let now = Utc::now();
            conn.build_transaction()
                .repeatable_read()
                .read_only()
                .run(|conn| super::store::gather(conn, now))
                .map(|(facts, labels)| Snapshot {
                    facts,
                    labels,
                    as_of: now,
                })
                .map_err(ApiError::from)
        })
        .await?;
        tracing::info!(
            elapsed_ms = started.elapsed().as_millis() as u64,
            volunteers = snapshot.facts.volunteers_gathered(),
            heap_mb = snapshot.facts.heap_bytes() / (1 << 20),
            "gathered the statistics"
        );
        let snapshot = Arc::new(snapshot);
        *self
            .current
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(snapshot.clone());
        // The gathering's batches and maps, and the facts replaced, are
        // freed: give the pages back.
        crate::memory::release_freed_memory();
        Ok(snapshot)
    }

    /// Seconds until the held snapshot is replaced (for `Cache-Control`).
    pub fn max_age(&self, snapshot: &Snapshot) -> u64 {
        self.refresh.map_or(0, |refresh| {
            let age = (Utc::now() - snapshot.as_of).num_seconds().max(0) as u64;
            refresh.as_secs().saturating_sub(age)
        })
    }
}

/// Gathers the statistics at start-up and then every refresh interval;
/// a failed gathering keeps the last snapshot and is tried at the next tick.
pub async fn keep_fresh(database: Database, statistics: Arc<Statistics>) {
    let Some(refresh) = statistics.refresh else {
        return;
    };
    let mut tick = actix_web::rt::time::interval(refresh);
    // A gathering longer than the interval is followed by a full interval,
    // never by gatherings back to back.
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let _gathering = statistics.gathering.lock().await;
        if let Err(err) = statistics.gather(&database).await {
            tracing::warn!(error = %err, "cannot gather the statistics");
        }
    }
}
