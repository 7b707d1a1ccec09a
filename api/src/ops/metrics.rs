//! Prometheus metrics: requests by route template and status, latency, and
//! the database pool's use. Every label comes from a closed set (known
//! methods or `other`, route templates or `unmatched`, status codes), so no
//! request can add series of its own; and only those allowed read them.

use prometheus_client::{
    encoding::{EncodeLabelSet, text::encode},
    metrics::{
        counter::Counter,
        family::Family,
        gauge::Gauge,
        histogram::{Histogram, exponential_buckets},
    },
    registry::Registry,
};

use actix_web::http::Method;
use secrecy::ExposeSecret;
use sha2::{Digest, Sha256};

pub use crate::config::MetricsAccess;
use crate::db::{DbPool, health::Health};

/// What a reader of `/metrics` is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetricsReader {
    Allowed,
    /// A token is needed and the request has none or another.
    Unauthorized,
    /// The page is not served at all.
    Hidden,
}

impl MetricsAccess {
    /// `authorization` is the request's `Authorization` header, if any.
    pub fn reader(&self, authorization: Option<&str>) -> MetricsReader {
        match self {
            Self::Open => MetricsReader::Allowed,
            Self::Closed => MetricsReader::Hidden,
            Self::Token(expected) => {
                let presented = authorization
                    .and_then(|value| value.split_once(' '))
                    .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
                    .map(|(_, token)| token.trim());
                match presented {
                    Some(token) if same_secret(token, expected.expose_secret()) => {
                        MetricsReader::Allowed
                    }
                    _ => MetricsReader::Unauthorized,
                }
            }
        }
    }
}

/// Compares digests in time independent of where they differ, so timing
/// tells nothing about the token.
fn same_secret(presented: &str, expected: &str) -> bool {
    let presented = Sha256::digest(presented.as_bytes());
    let expected = Sha256::digest(expected.as_bytes());
    presented
        .iter()
        .zip(expected.iter())
        .fold(0u8, |differ, (a, b)| differ | (a ^ b))
        == 0
}

/// The label of a request's method: one of the methods HTTP defines, or
/// `other` for any invented one (each would otherwise be a new series).
pub fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        Method::TRACE => "TRACE",
        Method::CONNECT => "CONNECT",
        _ => "other",
    }
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: &'static str,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolLabels {
    pool: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: &'static str,
    route: String,
}

type HistogramFamily = Family<RouteLabels, Histogram, fn() -> Histogram>;

pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: HistogramFamily,
    pool: DbPool,
    pool_connections: Gauge,
    pool_idle: Gauge,
    pool_max: Gauge,
    /// The pools' breakers, each read at rendering; the lock keeps two
    /// renders from adding the same outages twice.
    breakers: std::sync::Mutex<Vec<Health>>,
    database_up: Family<PoolLabels, Gauge>,
    database_outages: Family<PoolLabels, Counter>,
    access: MetricsAccess,
}

impl Metrics {
    pub fn new(pool: DbPool, access: MetricsAccess) -> Self {
        let mut registry = Registry::with_prefix("hop");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests answered, by route template and status",
            requests.clone(),
        );
        // 1 ms to about 16 s.
        let latency: HistogramFamily =
            Family::new_with_constructor(|| Histogram::new(exponential_buckets(0.001, 2.0, 15)));
        registry.register(
            "http_request_duration_seconds",
            "Time to answer HTTP requests, by route template",
            latency.clone(),
        );
        let pool_connections = Gauge::default();
        let pool_idle = Gauge::default();
        let pool_max = Gauge::default();
        registry.register(
            "db_pool_connections",
            "Open database connections",
            pool_connections.clone(),
        );
        registry.register(
            "db_pool_idle_connections",
            "Open database connections not in use",
            pool_idle.clone(),
        );
        registry.register(
            "db_pool_max_connections",
            "The most database connections the pool opens",
            pool_max.clone(),
        );
        let database_up = Family::<PoolLabels, Gauge>::default();
        registry.register(
            "db_up",
            "1 while the pool's database is taken to be up, 0 while its breaker answers 503",
            database_up.clone(),
        );
        let database_outages = Family::<PoolLabels, Counter>::default();
        registry.register(
            "db_outages",
            "Times the pool's breaker opened since the start",
            database_outages.clone(),
        );
        Self {
            registry,
            requests,
            latency,
            pool,
            pool_connections,
            pool_idle,
            pool_max,
            breakers: std::sync::Mutex::default(),
            database_up,
            database_outages,
            access,
        }
    }

    /// Shows `health`'s breaker, labelled by its pool's name.
    pub fn watch(&mut self, health: Health) {
        self.breakers
            .get_mut()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push(health);
    }

    /// Adds the read replica's gauges and counters (`db::replica`): only
    /// when one is configured, so without one the page is as before.
    pub fn with_replica(mut self, replica: &crate::db::replica::ReplicaMetrics) -> Self {
        self.registry.register(
            "replica_usable",
            "1 while reads that may be stale go to the read replica, 0 while they go to the primary",
            replica.usable.clone(),
        );
        self.registry.register(
            "replica_lag_seconds",
            "How far the read replica was behind the primary at the last measurement",
            replica.lag_seconds.clone(),
        );
        self.registry.register(
            "database_reads",
            "Reads that may be stale, by the pool that answered them",
            replica.reads.clone(),
        );
        self
    }

    pub fn access(&self) -> &MetricsAccess {
        &self.access
    }

    /// `route` is the matched template (`/api/v1/organizations/{id}`) or
    /// `unmatched`, never the raw path, and `method` is labelled by
    /// [`method_label`], so the number of series stays bounded.
    pub fn observe(&self, method: &Method, route: &str, status: u16, seconds: f64) {
        let method = method_label(method);
        self.requests
            .get_or_create(&RequestLabels {
                method,
                route: route.to_owned(),
                status,
            })
            .inc();
        self.latency
            .get_or_create(&RouteLabels {
                method,
                route: route.to_owned(),
            })
            .observe(seconds);
    }

    pub fn render(&self) -> Result<String, std::fmt::Error> {
        let state = self.pool.state();
        self.pool_connections.set(i64::from(state.connections));
        self.pool_idle.set(i64::from(state.idle_connections));
        self.pool_max.set(i64::from(self.pool.max_size()));
        let breakers = self
            .breakers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        for health in breakers.iter() {
            let labels = PoolLabels {
                pool: health.name(),
            };
            self.database_up
                .get_or_create(&labels)
                .set(i64::from(!health.is_down()));
            let outages = self.database_outages.get_or_create(&labels);
            outages.inc_by(health.outages().saturating_sub(outages.get()));
        }
        drop(breakers);
        let mut text = String::new();
        encode(&mut text, &self.registry)?;
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use diesel::{PgConnection, r2d2::ConnectionManager};

    use super::*;

    fn metrics(access: MetricsAccess) -> Metrics {
        // Never connects: rendering reads only the pool's counters.
        let pool = diesel::r2d2::Pool::builder().build_unchecked(
            ConnectionManager::<PgConnection>::new("postgres://nowhere/hop"),
        );
        Metrics::new(pool, access)
    }

    #[test]
    fn invented_methods_share_one_series() {
        let metrics = metrics(MetricsAccess::Open);
        metrics.observe(&Method::GET, "/healthz", 200, 0.001);
        let small = metrics.render().unwrap().len();
        for i in 0..3_000 {
            let invented = format!("INVENTED{i}{}", "X".repeat(1_000));
            let method = Method::from_bytes(invented.as_bytes()).unwrap();
            metrics.observe(&method, "unmatched", 404, 0.001);
        }
        let text = metrics.render().unwrap();
        assert!(
            !text.contains("INVENTED"),
            "invented methods are never labels"
        );
        assert!(
            text.contains(
                r#"hop_http_requests_total{method="other",route="unmatched",status="404"} 3000"#
            ),
            "{text}"
        );
        // One more series of each family, not three thousand.
        assert!(text.len() < small * 2 + 4_096, "{} bytes", text.len());
    }

    #[test]
    fn every_method_http_defines_keeps_its_name() {
        for name in [
            "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT",
        ] {
            assert_eq!(
                method_label(&Method::from_bytes(name.as_bytes()).unwrap()),
                name
            );
        }
        assert_eq!(method_label(&Method::from_bytes(b"get").unwrap()), "other");
    }

    #[test]
    fn a_token_guards_the_page_when_set() {
        let token = MetricsAccess::Token("0123456789abcdef0123456789abcdef".to_owned().into());
        assert_eq!(token.reader(None), MetricsReader::Unauthorized);
        assert_eq!(
            token.reader(Some("Bearer wrong")),
            MetricsReader::Unauthorized
        );
        assert_eq!(
            token.reader(Some("Basic 0123456789abcdef0123456789abcdef")),
            MetricsReader::Unauthorized
        );
        assert_eq!(
            token.reader(Some("Bearer 0123456789abcdef0123456789abcdef")),
            MetricsReader::Allowed
        );
        assert_eq!(MetricsAccess::Closed.reader(None), MetricsReader::Hidden);
        assert_eq!(MetricsAccess::Open.reader(None), MetricsReader::Allowed);
    }
}
