//! The hottest reads, run on the request's own worker over asynchronous
//! connections. A query through [`super::run`] hops to the blocking pool
//! and back (two thread wake-ups and their context switches); for a read of
//! one row that hop cost more than the query. Each worker keeps a few
//! connections of its own and pipelines its requests' queries on them, as a
//! bare tokio-postgres service does (`benches/bare-read`). Writes and
//! transactions stay on the pool: this is for single-statement reads.

use std::{
    rc::Rc,
    sync::atomic::{AtomicUsize, Ordering},
    time::Duration,
};

use diesel_async::{AsyncConnection, AsyncPgConnection, SimpleAsyncConnection};
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::Mutex;

use crate::{config::Config, error::ApiError};

/// What each worker needs to open its connections (cloned into every worker).
#[derive(Clone)]
pub struct WorkerReadSettings {
    url: SecretString,
    connections: usize,
    acquire_timeout: Duration,
    statement_timeout: Duration,
}

impl WorkerReadSettings {
    /// The pool's size shared among the workers, at least one each.
    pub fn new(config: &Config) -> Self {
        let pool = usize::try_from(config.database.pool_size).unwrap_or(1);
        Self {
            url: super::with_connect_timeout(
                config.database_url.expose_secret(),
                config.database.acquire_timeout,
            )
            .into(),
            connections: pool.div_ceil(config.workers.max(1)).max(1),
            acquire_timeout: config.database.acquire_timeout,
            statement_timeout: config.database.statement_timeout,
        }
    }
}

/// One worker's connections, opened on first use and again after one
/// breaks. Not `Send`: it lives on its worker's thread.
pub struct WorkerReads {
    slots: Vec<Mutex<Option<Rc<AsyncPgConnection>>>>,
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

    /// Runs one read. A connection that fails (the server went away, a
    /// timeout) is dropped and reopened by a later request; a refusal the
    /// read itself decides (a 404) keeps it.
    pub async fn read<T>(
        &self,
        work: impl AsyncFnOnce(&AsyncPgConnection) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let turn = self.next.fetch_add(1, Ordering::Relaxed) % self.slots.len();
        let slot = &self.slots[turn];
        let connection = self.connection(slot).await?;
        let outcome = tokio::time::timeout(
            // The server ends a longer statement itself; this bounds a
            // connection that went silent.
            self.settings.statement_timeout + Duration::from_secs(1),
            work(&connection),
        )
        .await
        .unwrap_or_else(|_| Err(ApiError::unavailable("the database did not answer in time")));
        if let Err(err) = &outcome
            && actix_web::ResponseError::status_code(err).is_server_error()
        {
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
        slot: &Mutex<Option<Rc<AsyncPgConnection>>>,
    ) -> Result<Rc<AsyncPgConnection>, ApiError> {
        let unavailable = || ApiError::unavailable("timed out waiting for a database connection");
        tokio::time::timeout(self.settings.acquire_timeout, async {
            let mut current = slot.lock().await;
            if let Some(open) = current.as_ref() {
                return Ok(Rc::clone(open));
            }
            let open = Rc::new(self.open().await?);
            *current = Some(Rc::clone(&open));
            Ok(open)
        })
        .await
        .unwrap_or_else(|_| Err(unavailable()))
    }

    async fn open(&self) -> Result<AsyncPgConnection, ApiError> {
        let mut connection = AsyncPgConnection::establish(self.settings.url.expose_secret())
            .await
            .map_err(ApiError::unavailable)?;
        // The same session as the pool's connections (`super::SessionSettings`).
        connection
            .batch_execute(&super::session_settings(self.settings.statement_timeout))
            .await?;
        Ok(connection)
    }
}
