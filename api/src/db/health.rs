//! Whether a database is known to be down: a circuit breaker a pool carries.
//!
//! While the database is up, requests take connections as always. Once it
//! is known to be down (a connect error, a connection the server closed),
//! the breaker opens: requests answer 503 at once without touching the
//! pool, and a background thread tries a fresh connection every
//! [`PROBE_INTERVAL`] until one succeeds, which closes the breaker again.
//! A slow query, a saturated pool or a constraint error never opens it.
//!
//! Connections idle in the pool through an outage are dead, and diesel
//! calls a connection broken (so r2d2 drops it) only after a query on it
//! failed: each would fail the first request after the return and open
//! the breaker again. They are checked once before their next use instead
//! (a ping, only after an outage) and replaced in their pool slot when dead.

use std::{
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use diesel::{
    Connection, PgConnection,
    r2d2::{ConnectionManager, CustomizeConnection, HandleError, PooledConnection, R2D2Connection},
    result::{DatabaseErrorKind, Error as DieselError},
};

use crate::error::ApiError;

/// How often a down database is tried again.
pub const PROBE_INTERVAL: Duration = Duration::from_millis(250);

/// How long a probe waits for the server to accept a connection: a
/// black-holed host must not stretch the interval between probes.
pub const PROBE_CONNECT_TIMEOUT: Duration = Duration::from_secs(1);

/// How long a request waits for a connection between two looks at the
/// breaker: an outage found meanwhile ends its wait within this.
const CHECKOUT_SLICE: Duration = Duration::from_millis(50);

pub type Pooled = PooledConnection<ConnectionManager<PgConnection>>;

/// The cause of the 503 answered while the breaker is open. Not logged per
/// request: the transition was, once.
#[derive(Debug, thiserror::Error)]
#[error("the database is known to be down")]
pub struct KnownDown;

/// Whether `err` says the connection to the server is gone (the server
/// closed it, or it could not be written to), as opposed to a query the
/// server refused.
pub fn lost_connection(err: &DieselError) -> bool {
    match err {
        DieselError::DatabaseError(
            DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
            _,
        ) => true,
        DieselError::RollbackErrorOnCommit { commit_error, .. } => lost_connection(commit_error),
        _ => false,
    }
}

/// The state machine alone: up or down, and how many outages have begun.
#[derive(Debug, Default)]
pub struct Breaker {
    down: AtomicBool,
    outages: AtomicU64,
    since: Mutex<Option<Instant>>,
}

impl Breaker {
    pub fn is_down(&self) -> bool {
        self.down.load(Ordering::Acquire)
    }

    /// Outages begun so far: a connection last seen working in an earlier
    /// one is checked before it is used again.
    pub fn outages(&self) -> u64 {
        self.outages.load(Ordering::Acquire)
    }

    /// Opens the breaker; true only for the call that opened it.
    pub fn trip(&self, now: Instant) -> bool {
        if self
            .down
            .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
            .is_err()
        {
            return false;
        }
        self.outages.fetch_add(1, Ordering::AcqRel);
        *self.since.lock().unwrap_or_else(|e| e.into_inner()) = Some(now);
        true
    }

    /// Closes the breaker; the outage's length only for the call that
    /// closed it.
    pub fn recover(&self, now: Instant) -> Option<Duration> {
        let since = self.since.lock().unwrap_or_else(|e| e.into_inner()).take();
        self.down
            .compare_exchange(true, false, Ordering::AcqRel, Ordering::Acquire)
            .ok()
            .map(|_| since.map_or(Duration::ZERO, |since| now.duration_since(since)))
    }
}

/// The outage generation a pooled connection was last seen working in.
struct SeenIn(u64);

/// A database's breaker, and how to connect to it for probes and
/// replacements. Cheap to clone; one per pool.
#[derive(Clone)]
pub struct Health(Arc<Inner>);

struct Inner {
    /// The pool's name in logs and metrics (`primary`, `replica`).
    name: &'static str,
    breaker: Breaker,
    /// With a short connect timeout.
    url: String,
    session: Box<dyn CustomizeConnection<PgConnection, diesel::r2d2::Error>>,
}

impl std::fmt::Debug for Health {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Health")
            .field("name", &self.0.name)
            .field("down", &self.0.breaker.is_down())
            .finish()
    }
}

impl Health {
    /// `url` is the database's; `session` prepares a new connection as the
    /// pool's customizer does.
    pub fn new(
        name: &'static str,
        url: &str,
        session: Box<dyn CustomizeConnection<PgConnection, diesel::r2d2::Error>>,
    ) -> Self {
        Self(Arc::new(Inner {
            name,
            breaker: Breaker::default(),
            url: super::with_connect_timeout(url, PROBE_CONNECT_TIMEOUT),
            session,
        }))
    }

    pub fn name(&self) -> &'static str {
        self.0.name
    }

    pub fn is_down(&self) -> bool {
        self.0.breaker.is_down()
    }

    pub fn outages(&self) -> u64 {
        self.0.breaker.outages()
    }

    /// The pool's error handler: r2d2 reports each failed connect to it.
    pub fn error_handler(&self) -> Box<dyn HandleError<diesel::r2d2::Error>> {
        Box::new(TripOnConnectError(self.clone()))
    }

    /// 503 at once while the database is known to be down.
    pub fn admit(&self) -> Result<(), ApiError> {
        if self.is_down() {
            return Err(ApiError::unavailable(KnownDown));
        }
        Ok(())
    }

    /// Opens the breaker when `err` says the connection was lost.
    pub fn observe(&self, err: &ApiError) {
        if let ApiError::Unavailable(cause) = err
            && let Some(diesel) = cause.downcast_ref::<DieselError>()
            && lost_connection(diesel)
        {
            self.trip(diesel);
        }
    }

    /// Opens the breaker (logged once per outage) and starts probing.
    pub fn trip(&self, cause: &dyn std::fmt::Display) {
        if !self.0.breaker.trip(Instant::now()) {
            return;
        }
        tracing::warn!(
            pool = self.0.name,
            error = %cause,
            "database down: answering 503 at once until a probe connects"
        );
        let weak = Arc::downgrade(&self.0);
        let spawned = std::thread::Builder::new()
            .name(format!("hop-probe-{}", self.0.name))
            .spawn(move || probe_until_up(&weak));
        if let Err(err) = spawned {
            // Without a prober nothing would close the breaker: stay closed
            // and let requests find out for themselves.
            tracing::error!(error = %err, "cannot start the database probe");
            self.0.breaker.recover(Instant::now());
        }
    }

    /// A connection from `pool` within `timeout`, one known to work if an
    /// outage began since it was last used. Gives up (503) as soon as the
    /// breaker opens, however long the timeout.
    pub fn checkout(&self, pool: &super::DbPool, timeout: Duration) -> Result<Pooled, ApiError> {
        let deadline = Instant::now() + timeout;
        loop {
            self.admit()?;
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(ApiError::unavailable(
                    "timed out waiting for a database connection",
                ));
            }
            // A failed connect meanwhile has tripped the breaker through the
            // error handler; the next look sees it.
            if let Ok(conn) = pool.get_timeout(left.min(CHECKOUT_SLICE)) {
                return self.vetted(conn);
            }
        }
    }

    fn vetted(&self, mut conn: Pooled) -> Result<Pooled, ApiError> {
        let outages = self.outages();
        let seen = PooledConnection::extensions(&conn)
            .get::<SeenIn>()
            .map(|seen| seen.0);
        if seen == Some(outages) {
            return Ok(conn);
        }
        // Unseen before any outage: new, nothing to check.
        if (seen.is_some() || outages > 0) && conn.ping().is_err() {
            // Dropping it would take the request's turn: a fresh one takes
            // its slot.
            *conn = self.connect().map_err(|err| {
                self.trip(&err);
                ApiError::unavailable(err)
            })?;
        }
        PooledConnection::extensions_mut(&mut conn).insert(SeenIn(outages));
        Ok(conn)
    }

    fn connect(&self) -> Result<PgConnection, diesel::r2d2::Error> {
        let mut conn =
            PgConnection::establish(&self.0.url).map_err(diesel::r2d2::Error::ConnectionError)?;
        self.0.session.on_acquire(&mut conn)?;
        Ok(conn)
    }
}

fn probe_until_up(weak: &std::sync::Weak<Inner>) {
    loop {
        let Some(inner) = weak.upgrade() else { return };
        if !inner.breaker.is_down() {
            return;
        }
        let health = Health(inner);
        if health.connect().is_ok() {
            if let Some(outage) = health.0.breaker.recover(Instant::now()) {
                tracing::info!(
                    pool = health.0.name,
                    down_ms = u64::try_from(outage.as_millis()).unwrap_or(u64::MAX),
                    "database up again: serving"
                );
            }
            return;
        }
        drop(health);
        std::thread::sleep(PROBE_INTERVAL);
    }
}

#[derive(Debug)]
struct TripOnConnectError(Health);

impl HandleError<diesel::r2d2::Error> for TripOnConnectError {
    fn handle_error(&self, error: diesel::r2d2::Error) {
        let down = match &error {
            diesel::r2d2::Error::ConnectionError(_) => true,
            diesel::r2d2::Error::QueryError(err) => lost_connection(err),
        };
        if down {
            self.0.trip(&error);
        } else {
            tracing::warn!(pool = self.0.name(), error = %error, "preparing a new database connection failed");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_breaker_opens_and_closes_once_per_outage() {
        let breaker = Breaker::default();
        let start = Instant::now();
        assert!(!breaker.is_down());
        assert_eq!(breaker.recover(start), None, "closed: nothing to close");
        assert!(breaker.trip(start));
        assert!(!breaker.trip(start), "a second trip is the same outage");
        assert!(breaker.is_down());
        assert_eq!(breaker.outages(), 1);
        let back = start + Duration::from_millis(700);
        assert_eq!(breaker.recover(back), Some(Duration::from_millis(700)));
        assert_eq!(breaker.recover(back), None);
        assert!(!breaker.is_down());
        assert!(breaker.trip(back));
        assert_eq!(breaker.outages(), 2, "each outage is counted");
    }

    fn database_error(kind: DatabaseErrorKind, message: &str) -> DieselError {
        DieselError::DatabaseError(kind, Box::new(message.to_owned()))
    }

    #[test]
    fn only_a_lost_connection_opens_it() {
        use DatabaseErrorKind::*;
        let closed = database_error(
            ClosedConnection,
            "server closed the connection unexpectedly",
        );
        assert!(lost_connection(&closed));
        assert!(lost_connection(&database_error(
            UnableToSendCommand,
            "no connection to the server"
        )));
        assert!(lost_connection(&DieselError::RollbackErrorOnCommit {
            rollback_error: Box::new(database_error(UnableToSendCommand, "no connection")),
            commit_error: Box::new(closed),
        }));
        assert!(!lost_connection(&database_error(
            UniqueViolation,
            "duplicate key"
        )));
        assert!(!lost_connection(&database_error(
            Unknown,
            "canceling statement due to statement timeout"
        )));
        assert!(!lost_connection(&DieselError::NotFound));
    }

    fn nowhere() -> Health {
        #[derive(Debug)]
        struct Nothing;
        impl CustomizeConnection<PgConnection, diesel::r2d2::Error> for Nothing {}
        // Nothing listens on port 1: every probe fails at once.
        Health::new(
            "test",
            "postgres://postgres@127.0.0.1:1/hop",
            Box::new(Nothing),
        )
    }

    #[test]
    fn a_lost_connection_trips_and_requests_are_refused_at_once() {
        let health = nowhere();
        health.observe(&ApiError::unavailable(
            "timed out waiting for a database connection",
        ));
        health.observe(&ApiError::internal("anything else"));
        assert!(!health.is_down(), "a timeout alone is not an outage");
        health.observe(&ApiError::unavailable(database_error(
            DatabaseErrorKind::ClosedConnection,
            "server closed the connection unexpectedly",
        )));
        assert!(health.is_down());
        let started = Instant::now();
        let refused = health.admit().unwrap_err();
        assert!(started.elapsed() < Duration::from_millis(10));
        assert!(matches!(refused, ApiError::Unavailable(cause) if cause.is::<KnownDown>()));
        std::thread::sleep(PROBE_INTERVAL * 2);
        assert!(health.is_down(), "probes of a dead address keep it open");
    }

    #[test]
    fn an_open_breaker_never_waits_for_the_pool() {
        let health = nowhere();
        let pool = diesel::r2d2::Pool::builder()
            .max_size(1)
            .connection_timeout(Duration::from_secs(1))
            .error_handler(health.error_handler())
            .build_unchecked(ConnectionManager::new(
                "postgres://postgres@127.0.0.1:1/hop",
            ));
        let started = Instant::now();
        // The pool's first connect fails, which trips the breaker; the wait
        // ends there, long before its own timeout.
        assert!(health.checkout(&pool, Duration::from_secs(30)).is_err());
        assert!(health.is_down());
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "{:?}",
            started.elapsed()
        );
    }
}
