//! The connection pool, migrations, and running queries off the async workers.

pub mod health;
pub mod replica;

use std::{sync::Arc, time::Duration};

use actix_web::web;
use diesel::{
    Connection, PgConnection, RunQueryDsl,
    connection::SimpleConnection,
    r2d2::{ConnectionManager, CustomizeConnection, Pool},
    sql_query,
};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};
use secrecy::ExposeSecret;

use tokio::sync::Semaphore;

use crate::{config::Config, error::ApiError};
use health::Health;

pub mod worker_reads;

pub type DbPool = Pool<ConnectionManager<PgConnection>>;
pub type DbConnection = PgConnection;

pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations");

/// Changes whenever any migration file changes; test templates are keyed by it.
pub const MIGRATIONS_FINGERPRINT: &str = env!("HOP_MIGRATIONS_FINGERPRINT");

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The pool, and a fair queue in front of it. r2d2 hands a freed connection
/// to whichever thread asks first, so under load some requests wait far
/// longer than others; the semaphore serves waiting requests in order and
/// keeps them off the blocking threads until a connection is theirs. The
/// breaker (`health`) answers for them while the database is known down.
#[derive(Clone)]
pub struct Database {
    pool: DbPool,
    permits: Arc<Semaphore>,
    acquire_timeout: Duration,
    health: Health,
    /// Where [`replica::read`] may send reads; `None` on the replica's own.
    replica: Option<Arc<replica::Replica>>,
}

impl Database {
    pub fn new(config: &Config) -> Self {
        let mut database = Self::with_pool(config, "primary", false);
        database.replica = replica::Replica::from_config(config).map(Arc::new);
        database
    }

    /// A pool of `config`'s database with its own breaker named `name`;
    /// `read_only`: every transaction of its sessions is read-only.
    fn with_pool(config: &Config, name: &'static str, read_only: bool) -> Self {
        let health = Health::new(
            name,
            config.database_url.expose_secret(),
            Box::new(SessionSettings::of(config, read_only)),
        );
        Self {
            pool: pool_builder(config, read_only)
                .error_handler(health.error_handler())
                .build_unchecked(manager(config)),
            permits: Arc::new(Semaphore::new(config.database.pool_size as usize)),
            acquire_timeout: config.database.acquire_timeout,
            health,
            replica: None,
        }
    }

    pub fn replica(&self) -> Option<&replica::Replica> {
        self.replica.as_deref()
    }

    pub fn pool(&self) -> &DbPool {
        &self.pool
    }

    pub fn health(&self) -> &Health {
        &self.health
    }
}

/// Builds the pool without connecting, so the service starts (and `/readyz`
/// can say 503) while the database is still down.
pub fn pool(config: &Config) -> DbPool {
    pool_builder(config, false).build_unchecked(manager(config))
}

fn manager(config: &Config) -> ConnectionManager<PgConnection> {
    ConnectionManager::new(with_connect_timeout(
        config.database_url.expose_secret(),
        config.database.acquire_timeout,
    ))
}

/// r2d2 retries a failed connect after a backoff of up to half its
/// connection timeout: kept short, the pool reconnects within half a second
/// of the database's return. Requests wait by their own deadline.
const POOL_CONNECTION_TIMEOUT: Duration = Duration::from_secs(1);

fn pool_builder(
    config: &Config,
    read_only: bool,
) -> diesel::r2d2::Builder<ConnectionManager<PgConnection>> {
    Pool::builder()
        .max_size(config.database.pool_size)
        .min_idle(Some(0))
        .connection_timeout(config.database.acquire_timeout.min(POOL_CONNECTION_TIMEOUT))
        // No `SELECT 1` before every checkout: it doubles the round trips of
        // short requests. A broken connection fails its query (503) and is
        // then dropped by the pool.
        .test_on_check_out(false)
        .connection_customizer(Box::new(SessionSettings::of(config, read_only)))
}

/// libpq waits for a TCP connection as long as the kernel does (minutes to a
/// black-holed host); bound it by the time a request may wait.
fn with_connect_timeout(url: &str, timeout: Duration) -> String {
    if url.contains("connect_timeout=") {
        return url.to_owned();
    }
    let separator = if url.contains('?') { '&' } else { '?' };
    format!(
        "{url}{separator}connect_timeout={}",
        timeout.as_secs().max(1)
    )
}

#[derive(Debug)]
struct SessionSettings {
    statement_timeout: Duration,
    read_only: bool,
}

impl SessionSettings {
    fn of(config: &Config, read_only: bool) -> Self {
        Self {
            statement_timeout: config.database.statement_timeout,
            read_only,
        }
    }
}

impl CustomizeConnection<PgConnection, diesel::r2d2::Error> for SessionSettings {
    fn on_acquire(&self, conn: &mut PgConnection) -> Result<(), diesel::r2d2::Error> {
        let mut settings = session_settings(self.statement_timeout);
        if self.read_only {
            // The replica's sessions: a write routed there by mistake fails
            // here, in tests against the primary too, not only in production.
            settings.push_str("; SET default_transaction_read_only = on");
        }
        conn.batch_execute(&settings)
            .map_err(diesel::r2d2::Error::QueryError)
    }
}

/// What every connection of the service sets when it opens.
fn session_settings(statement_timeout: Duration) -> String {
    format!(
        // No parallel workers: on two cores under concurrent requests they
        // only take CPU from other requests and lengthen the tail.
        "SET statement_timeout = {}; SET TIME ZONE 'UTC'; \
         SET max_parallel_workers_per_gather = 0",
        statement_timeout.as_millis(),
    )
}

/// Runs `work` with a pooled connection on the blocking thread pool. Waiting
/// for a connection is bounded: a saturated database answers 503 within the
/// acquire timeout, never a hang; one known to be down at once.
pub async fn run<T, F>(database: &Database, work: F) -> Result<T, ApiError>
where
    F: FnOnce(&mut PgConnection) -> Result<T, ApiError> + Send + 'static,
    T: Send + 'static,
{
    database.health.admit()?;
    let permit = actix_web::rt::time::timeout(
        database.acquire_timeout,
        Arc::clone(&database.permits).acquire_owned(),
    )
    .await
    .map_err(|_| ApiError::unavailable("timed out waiting for a database connection"))?
    .map_err(ApiError::internal)?;
    // The outage may have begun while this request queued.
    database.health.admit()?;
    let pool = database.pool.clone();
    let health = database.health.clone();
    let acquire_timeout = database.acquire_timeout;
    web::block(move || {
        let _permit = permit;
        let mut conn = health.checkout(&pool, acquire_timeout)?;
        let done = work(&mut conn);
        if let Err(err) = &done {
            health.observe(err);
        }
        done
    })
    .await
    .map_err(ApiError::internal)?
}

/// Like [`run`], inside one transaction: any error rolls everything back.
pub async fn transaction<T, F>(database: &Database, work: F) -> Result<T, ApiError>
where
    F: FnOnce(&mut PgConnection) -> Result<T, ApiError> + Send + 'static,
    T: Send + 'static,
{
    run(database, |conn| conn.transaction(work)).await
}

pub fn run_migrations(conn: &mut PgConnection) -> Result<Vec<String>, BoxError> {
    Ok(conn
        .run_pending_migrations(MIGRATIONS)?
        .iter()
        .map(ToString::to_string)
        .collect())
}

pub fn revert_last_migration(conn: &mut PgConnection) -> Result<String, BoxError> {
    Ok(conn.revert_last_migration(MIGRATIONS)?.to_string())
}

pub fn revert_all_migrations(conn: &mut PgConnection) -> Result<Vec<String>, BoxError> {
    Ok(conn
        .revert_all_migrations(MIGRATIONS)?
        .iter()
        .map(ToString::to_string)
        .collect())
}

/// Splits a database URL into the URL of the server's `postgres` maintenance
/// database and the name of the database it names.
pub fn maintenance_url(database_url: &str) -> Result<(String, String), BoxError> {
    let mut url = url::Url::parse(database_url)?;
    let name = url.path().trim_start_matches('/').to_owned();
    if name.is_empty() {
        return Err("DATABASE_URL names no database".into());
    }
    url.set_path("/postgres");
    Ok((url.into(), name))
}

/// Creates the database `database_url` names when it does not exist yet.
/// Returns whether it was created.
pub fn create_database_if_missing(database_url: &str) -> Result<bool, BoxError> {
    let (maintenance, name) = maintenance_url(database_url)?;
    let mut conn = PgConnection::establish(&maintenance)?;
    if database_exists(&mut conn, &name)? {
        return Ok(false);
    }
    match sql_query(format!("CREATE DATABASE {}", quote_identifier(&name))).execute(&mut conn) {
        Ok(_) => Ok(true),
        // Another process created it between the check and the create.
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => Ok(false),
        Err(err) if database_exists(&mut conn, &name)? => {
            tracing::debug!(error = %err, "database appeared concurrently");
            Ok(false)
        }
        Err(err) => Err(err.into()),
    }
}

pub fn database_exists(conn: &mut PgConnection, name: &str) -> Result<bool, diesel::result::Error> {
    #[derive(diesel::QueryableByName)]
    struct Found {
        #[diesel(sql_type = diesel::sql_types::Bool)]
        found: bool,
    }
    let row: Found =
        sql_query("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1) AS found")
            .bind::<diesel::sql_types::Text, _>(name)
            .get_result(conn)?;
    Ok(row.found)
}

/// Quotes an SQL identifier (database names cannot be bound as parameters).
pub fn quote_identifier(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maintenance_url_keeps_credentials_and_names_the_database() {
        let (url, name) =
            maintenance_url("postgres://hop:s3cret@db.example:5433/hop_prod?sslmode=require")
                .unwrap();
        assert_eq!(
            url,
            "postgres://hop:s3cret@db.example:5433/postgres?sslmode=require"
        );
        assert_eq!(name, "hop_prod");
        assert!(maintenance_url("postgres://localhost").is_err());
    }

    #[test]
    fn connect_timeout_is_added_once() {
        let five = Duration::from_secs(5);
        assert_eq!(
            with_connect_timeout("postgres://h/db", five),
            "postgres://h/db?connect_timeout=5"
        );
        assert_eq!(
            with_connect_timeout("postgres://h/db?sslmode=disable", five),
            "postgres://h/db?sslmode=disable&connect_timeout=5"
        );
        assert_eq!(
            with_connect_timeout("postgres://h/db?connect_timeout=2", five),
            "postgres://h/db?connect_timeout=2"
        );
    }

    #[test]
    fn identifiers_are_quoted() {
        assert_eq!(quote_identifier("hop"), "\"hop\"");
        assert_eq!(quote_identifier("a\"b"), "\"a\"\"b\"");
    }
}
