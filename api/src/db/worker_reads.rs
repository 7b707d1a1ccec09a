//! The hottest reads, run on the request's own worker over asynchronous
//! connections. A query through [`super::run`] hops to the blocking pool
//! and back (two thread wake-ups and their context switches), and diesel
//! builds its SQL and binds anew each time; for a read of one row that cost
//! more than the query. Each worker keeps a few tokio-postgres connections
//! of its own, prepares each statement once per connection and pipelines
//! its requests' queries, as a bare service does (`benches/bare-read`).
//! Writes and transactions stay on the pool: this is for single-statement
//! reads whose SQL lives in a store module.

use std::{
    cell::RefCell,
    collections::HashMap,
    rc::Rc,
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicUsize, Ordering},
    },
    time::Duration,
};

use secrecy::{ExposeSecret, SecretString};
use tokio::sync::Mutex;
use tokio_postgres::{NoTls, Row, Statement, types::ToSql};

use super::health::Health;
use crate::{config::Config, error::ApiError};

/// What each worker needs to open its connections (cloned into every worker).
#[derive(Clone)]
pub struct WorkerReadSettings {
    /// `None` when these connections cannot reach the database as
    /// `DATABASE_URL` asks (see [`plaintext_is_what_was_asked`]): the reads
    /// then go through the pool.
    url: Option<SecretString>,
    /// Set when the server refused these connections although the pool's
    /// get in (it insists on TLS, a password from the environment): from
    /// then on the reads go through the pool.
    refused: Arc<AtomicBool>,
    connections: usize,
    acquire_timeout: Duration,
    statement_timeout: Duration,
    /// The pool's breaker: the same database, so one judgement of whether
    /// it is down (these connections trip it too).
    health: Health,
}

impl WorkerReadSettings {
    /// The pool's size shared among the workers, at least one each.
    pub fn new(config: &Config, health: Health) -> Self {
        let pool = usize::try_from(config.database.pool_size).unwrap_or(1);
        let url = without_libpq_only_options(&super::with_connect_timeout(
            config.database_url.expose_secret(),
            config.database.acquire_timeout,
        ));
        let usable = url
            .parse::<tokio_postgres::Config>()
            .is_ok_and(|parsed| plaintext_is_what_was_asked(&parsed));
        if !usable {
            tracing::info!(
                "DATABASE_URL does not say the database is reached without TLS (sslmode=disable, \
                 or a loopback host): the hottest reads go through the pool"
            );
        }
        Self {
            url: usable.then(|| url.into()),
            refused: Arc::new(AtomicBool::new(false)),
            connections: pool.div_ceil(config.workers.max(1)).max(1),
            acquire_timeout: config.database.acquire_timeout,
            statement_timeout: config.database.statement_timeout,
            health,
        }
    }
}

/// These connections have no TLS (tokio-postgres without a TLS connector),
/// so they open only where plaintext is what libpq would use too, or is
/// harmless: `sslmode=disable`, or the default `prefer` to a loopback host.
/// Anything else (`require`, a remote host with `prefer`, whose pool
/// connections may well be encrypted) goes through the pool.
fn plaintext_is_what_was_asked(config: &tokio_postgres::Config) -> bool {
    use tokio_postgres::config::{Host, SslMode};
    match config.get_ssl_mode() {
        SslMode::Disable => true,
        SslMode::Prefer => {
            !config.get_hosts().is_empty()
                && config.get_hosts().iter().all(|host| match host {
                    Host::Tcp(name) => {
                        name == "localhost"
                            || name
                                .parse::<std::net::IpAddr>()
                                .is_ok_and(|address| address.is_loopback())
                    }
                    Host::Unix(_) => true,
                })
        }
        _ => false,
    }
}

/// `gssencmode` is libpq's alone (tokio-postgres never encrypts with GSS
/// and refuses options it does not know); dropped, it changes nothing here.
/// Cut out as text: re-encoding the query would turn the spaces of other
/// values (`options=-c%20…`) into `+`, which tokio-postgres keeps.
fn without_libpq_only_options(raw: &str) -> String {
    let Some((base, query)) = raw.split_once('?') else {
        return raw.to_owned();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| !pair.starts_with("gssencmode="))
        .collect();
    if kept.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{}", kept.join("&"))
    }
}

/// One open connection and the statements prepared on it.
pub struct ReadConnection {
    client: tokio_postgres::Client,
    prepared: RefCell<HashMap<&'static str, Statement>>,
    /// The breaker's count of outages when this connection opened: one
    /// that lived through an outage may be dead without knowing it yet.
    outages_at_open: u64,
}

impl ReadConnection {
    /// At most one row of `sql` (a constant of a store module).
    pub async fn query_opt(
        &self,
        sql: &'static str,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Option<Row>, ApiError> {
        let statement = self.statement(sql).await?;
        self.client
            .query_opt(&statement, params)
            .await
            .map_err(|err| {
                if err.as_db_error().is_some() {
                    // Say, "cached plan must not change result type" after
                    // a migration: prepared again by the next request.
                    self.prepared.borrow_mut().remove(sql);
                }
                query_error(err)
            })
    }

    async fn statement(&self, sql: &'static str) -> Result<Statement, ApiError> {
        let known = self.prepared.borrow().get(sql).cloned();
        if let Some(statement) = known {
            return Ok(statement);
        }
        let statement = self.client.prepare(sql).await.map_err(query_error)?;
        self.prepared.borrow_mut().insert(sql, statement.clone());
        Ok(statement)
    }
}

/// A lost connection or a cancelled statement is the database being
/// unavailable (503); anything else the server refuses is our bug (500).
fn query_error(err: tokio_postgres::Error) -> ApiError {
    // 57014: query_canceled (the statement timeout).
    let cancelled = err
        .code()
        .is_some_and(|code| code == &tokio_postgres::error::SqlState::QUERY_CANCELED);
    if err.is_closed() || err.as_db_error().is_none() || cancelled {
        ApiError::unavailable(err)
    } else {
        ApiError::internal(err)
    }
}

/// A value a read could not decode: the schema and the code disagree.
pub fn decode_error(err: tokio_postgres::Error) -> ApiError {
    ApiError::internal(err)
}

/// One worker's connections, opened on first use and again after one
/// breaks. Not `Send`: it lives on its worker's thread.
pub struct WorkerReads {
    slots: Vec<Mutex<Option<Rc<ReadConnection>>>>,
    next: AtomicUsize,
    settings: WorkerReadSettings,
}

impl WorkerReads {
    pub fn new(settings: WorkerReadSettings) -> Self {
        Self {
            slots: (0..settings.connections)
                .map(|_| Mutex::new(None))
                .collect(),
            next: AtomicUsize::new(0),
            settings,
        }
    }

    /// Whether reads can go this way; otherwise callers use the pool.
    pub fn is_enabled(&self) -> bool {
        self.settings.url.is_some() && !self.settings.refused.load(Ordering::Relaxed)
    }

    /// Runs one read. A connection that fails (the server went away, a
    /// timeout) is dropped and reopened by a later request; a refusal the
    /// read itself decides (a 404) keeps it.
    pub async fn read<T>(
        &self,
        work: impl AsyncFnOnce(&ReadConnection) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        self.settings.health.admit()?;
        let turn = self.next.fetch_add(1, Ordering::Relaxed) % self.slots.len();
        let slot = &self.slots[turn];
        let connection = self.connection(slot).await?;
        let outcome = tokio::time::timeout(
            // The server ends a longer statement itself; this bounds a
            // connection that went silent.
            self.settings.statement_timeout + Duration::from_secs(1),
            work(&connection),
        )
        .await;
        let timed_out = outcome.is_err();
        let outcome = outcome
            .unwrap_or_else(|_| Err(ApiError::unavailable("the database did not answer in time")));
        // A statement the server cancelled (its timeout) leaves the
        // connection sound; a closed one, or one that went silent, is not.
        let broken = connection.client.is_closed() || timed_out;
        if connection.client.is_closed() {
            self.settings.health.trip(&"a read connection was closed");
        }
        if broken {
            let mut current = slot.lock().await;
            if current
                .as_ref()
                .is_some_and(|open| Rc::ptr_eq(open, &connection))
            {
                *current = None;
            }
        }
        outcome
    }

    async fn connection(
        &self,
        slot: &Mutex<Option<Rc<ReadConnection>>>,
    ) -> Result<Rc<ReadConnection>, ApiError> {
        tokio::time::timeout(self.settings.acquire_timeout, async {
            let mut current = slot.lock().await;
            if let Some(open) = current.as_ref()
                && !open.client.is_closed()
                && open.outages_at_open == self.settings.health.outages()
            {
                return Ok(Rc::clone(open));
            }
            let open = Rc::new(self.open().await?);
            *current = Some(Rc::clone(&open));
            Ok(open)
        })
        .await
        .unwrap_or_else(|_| {
            Err(ApiError::unavailable(
                "timed out waiting for a database connection",
            ))
        })
    }

    async fn open(&self) -> Result<ReadConnection, ApiError> {
        let outages_at_open = self.settings.health.outages();
        let Some(url) = &self.settings.url else {
            return Err(ApiError::internal(
                "worker reads are off for this DATABASE_URL",
            ));
        };
        let (client, connection) = match tokio_postgres::connect(url.expose_secret(), NoTls).await {
            Ok(opened) => opened,
            Err(err) if err.as_db_error().is_some() => {
                // A server answered and refused (TLS required, no password
                // here): not an outage. The pool reads instead.
                if !self.settings.refused.swap(true, Ordering::Relaxed) {
                    tracing::warn!(
                        error = %err,
                        "the database refused the worker's read connections: \
                         the hottest reads go through the pool"
                    );
                }
                return Err(ApiError::unavailable(err));
            }
            Err(err) => {
                // No server answered: the database is down.
                self.settings.health.trip(&err);
                return Err(ApiError::unavailable(err));
            }
        };
        // Drives the socket on this worker until the client is dropped or
        // the server goes away (then the client reports itself closed).
        actix_web::rt::spawn(async move {
            if let Err(err) = connection.await {
                tracing::warn!(error = %err, "a read connection ended");
            }
        });
        // The same session as the pool's connections.
        client
            .batch_execute(&super::session_settings(self.settings.statement_timeout))
            .await
            .map_err(query_error)?;
        Ok(ReadConnection {
            client,
            prepared: RefCell::new(HashMap::new()),
            outages_at_open,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_libpq_only_options_are_dropped_and_the_rest_kept_as_written() {
        assert_eq!(
            without_libpq_only_options(
                "postgres://u:p@h:5432/db?sslmode=disable&gssencmode=disable&connect_timeout=5"
            ),
            "postgres://u:p@h:5432/db?sslmode=disable&connect_timeout=5"
        );
        assert_eq!(
            without_libpq_only_options("postgres://h/db?gssencmode=disable"),
            "postgres://h/db"
        );
        let spaced = "postgres://h/db?options=-c%20search_path%3Dhop&application_name=a%20b";
        assert_eq!(without_libpq_only_options(spaced), spaced);
    }

    #[test]
    fn plaintext_only_where_libpq_would_use_it_or_it_stays_on_this_machine() {
        let asks = |url: &str| plaintext_is_what_was_asked(&url.parse().unwrap());
        assert!(asks("postgres://u:p@127.0.0.1:5432/hop"));
        assert!(asks("postgres://u:p@localhost/hop"));
        assert!(asks("postgres://u:p@db.example/hop?sslmode=disable"));
        assert!(!asks("postgres://u:p@db.example/hop"));
        assert!(!asks("postgres://u:p@127.0.0.1/hop?sslmode=require"));
    }
}
