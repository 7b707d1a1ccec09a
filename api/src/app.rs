//! Assembling the service: shared state, the actix application and server.

use std::{
    net::{IpAddr, SocketAddr},
    sync::Arc,
    time::Duration,
};

use actix_web::{
    App, HttpRequest, HttpResponse, HttpServer,
    dev::{ResourceDef, Server, ServerHandle},
    http::{Method, header},
    middleware::from_fn,
    web,
};
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::SwaggerUi;

use crate::{
    auth::{
        limiter::{LoginLimiter, RegistrationLimiter},
        password::PasswordHasher,
        sessions::SessionPolicy,
        tokens::AccessTokens,
    },
    client_address::{self, TrustedProxies},
    config::Config,
    db::Database,
    error::ApiError,
    json,
    notifications::mail::MailDelivery,
    openapi::{self, SPEC_PATH},
    ops::Metrics,
    security_headers, telemetry,
};

/// What every handler shares. Built once, from the configuration.
pub struct AppState {
    pub db: Database,
    pub hasher: Arc<PasswordHasher>,
    pub access_tokens: AccessTokens,
    pub refresh_ttl: Duration,
    pub login_limiter: LoginLimiter,
    pub registration_limiter: RegistrationLimiter,
    /// Empty when `X-Forwarded-For` is not read.
    pub trusted_proxies: TrustedProxies,
    pub search_density: crate::opportunities::search::DensityCache,
    pub search_words: crate::opportunities::search::CommonWords,
    pub matching: Arc<crate::matching::index::MatchingIndex>,
}

impl AppState {
    pub fn new(config: &Config, db: Database) -> Result<Self, BuildError> {
        // Loaded before serving, so the first requests find it warm; when
        // the database cannot be reached, the first request that can loads it.
        let matching = Arc::new(crate::matching::index::MatchingIndex::empty());
        let loaded = db
            .pool()
            .get()
            .map_err(|err| err.to_string())
            .and_then(|mut conn| {
                matching
                    .catch_up(&mut conn, std::time::Instant::now())
                    .map_err(|err| err.to_string())
            });
        if let Err(err) = loaded {
            tracing::warn!(error = %err, "the matching index will be loaded once the database answers");
        }
        Ok(Self {
            db,
            hasher: Arc::new(
                PasswordHasher::new(config.hashing_concurrency)
                    .map_err(|err| BuildError::Hasher(err.to_string()))?,
            ),
            access_tokens: AccessTokens::new(&config.tokens),
            refresh_ttl: config.tokens.refresh_ttl,
            login_limiter: LoginLimiter::new(&config.login_limits),
            registration_limiter: RegistrationLimiter::new(&config.registration_limits),
            trusted_proxies: if config.trust_forwarded_for {
                config.trusted_proxies.clone()
            } else {
                TrustedProxies::default()
            },
            search_density: Default::default(),
            search_words: Default::default(),
            matching,
        })
    }

    /// The client's address, for limits keyed by address: the peer, or
    /// when the peer is a trusted proxy, the nearest untrusted hop of
    /// `X-Forwarded-For`.
    pub fn client_address(&self, req: &HttpRequest) -> Option<IpAddr> {
        let forwarded: Vec<&str> = req
            .headers()
            .get_all(header::X_FORWARDED_FOR)
            .filter_map(|value| value.to_str().ok())
            .collect();
        client_address::client_address(
            req.peer_addr().map(|addr| addr.ip()),
            &forwarded,
            &self.trusted_proxies,
        )
    }

    pub fn session_policy(&self) -> SessionPolicy<'_> {
        SessionPolicy {
            access_tokens: &self.access_tokens,
            refresh_ttl: self.refresh_ttl,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("cannot set up password hashing: {0}")]
    Hasher(String),
    #[error("cannot set up e-mail delivery (HOP_SMTP_URL): {0}")]
    Mail(String),
}

/// The paths the API serves and the methods each allows, taken from the
/// OpenAPI document, so an unknown method on a known path is a 405.
pub struct KnownRoutes(Vec<(ResourceDef, Vec<Method>)>);

impl KnownRoutes {
    pub fn from_spec(spec: &utoipa::openapi::OpenApi) -> Self {
        let routes = spec
            .paths
            .paths
            .iter()
            .map(|(path, item)| {
                let methods = [
                    (Method::GET, item.get.is_some()),
                    (Method::PUT, item.put.is_some()),
                    (Method::POST, item.post.is_some()),
                    (Method::DELETE, item.delete.is_some()),
                    (Method::PATCH, item.patch.is_some()),
                ]
                .into_iter()
                .filter_map(|(method, present)| present.then_some(method))
                .collect();
                (ResourceDef::new(path.as_str()), methods)
            })
            .collect();
        Self(routes)
    }

    fn allowed(&self, path: &str) -> Option<&[Method]> {
        self.0
            .iter()
            .find(|(def, _)| def.is_match(path))
            .map(|(_, methods)| methods.as_slice())
    }
}

async fn unmatched(
    req: HttpRequest,
    routes: web::Data<KnownRoutes>,
) -> Result<HttpResponse, ApiError> {
    Err(match routes.allowed(req.path()) {
        Some(allowed) => ApiError::MethodNotAllowed {
            allowed: allowed.to_vec(),
        },
        None => ApiError::NotFound(format!("No resource at {}", req.path())),
    })
}

async fn docs_redirect() -> HttpResponse {
    HttpResponse::PermanentRedirect()
        .insert_header((header::LOCATION, "/docs/"))
        .finish()
}

pub struct Application {
    server: Server,
    addr: SocketAddr,
    database: Database,
    /// Sends the e-mail outbox while the server runs (when SMTP is set).
    mail: Option<MailDelivery>,
    matching: Arc<crate::matching::index::MatchingIndex>,
}

impl Application {
    /// Binds the listener and builds the server; nothing is served until
    /// [`Application::run`]. Does not migrate: `hop serve` does that first.
    pub fn build(config: &Config) -> Result<Self, BuildError> {
        let mail =
            MailDelivery::from_config(config).map_err(|err| BuildError::Mail(err.to_string()))?;
        let database = Database::new(config);
        let state_database = database.clone();
        let metrics = web::Data::new(Metrics::new(
            database.pool().clone(),
            config.metrics_access.clone(),
        ));
        let state = web::Data::new(AppState::new(config, database)?);
        let matching = state.matching.clone();
        let spec = openapi::spec();
        let known_routes = web::Data::new(KnownRoutes::from_spec(&spec));
        let bind_error = |source| BuildError::Bind {
            addr: config.addr,
            source,
        };
        let listener = std::net::TcpListener::bind(config.addr).map_err(bind_error)?;
        let addr = listener.local_addr().map_err(bind_error)?;

        let server = HttpServer::new(move || {
            // The spec's own path lies inside the `/api/v1` scope, so it is
            // registered before the scope claims the prefix.
            App::new()
                .service(SwaggerUi::new("/docs/{_:.*}").url(SPEC_PATH, spec.clone()))
                .into_utoipa_app()
                .configure(openapi::routes)
                .into_app()
                .app_data(state.clone())
                .app_data(metrics.clone())
                .app_data(known_routes.clone())
                .app_data(json::payload_config())
                .app_data(web::PathConfig::default().error_handler(|err, _| {
                    ApiError::NotFound(format!("No resource at this path: {err}")).into()
                }))
                .route("/docs", web::get().to(docs_redirect))
                .default_service(web::to(unmatched))
                .wrap(from_fn(telemetry::observe))
                // Outermost: also on the answers `observe` rewrites as problems.
                .wrap(from_fn(security_headers::add))
        })
        .workers(config.workers)
        .shutdown_timeout(30)
        .listen(listener)
        .map_err(bind_error)?
        .run();
        Ok(Self {
            server,
            addr,
            database: state_database,
            matching,
            mail,
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn handle(&self) -> ServerHandle {
        self.server.handle()
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests in flight.
    /// The mail worker, when e-mail is on, runs alongside and stops after
    /// the server (finishing the e-mail it is sending).
    pub async fn run(self) -> std::io::Result<()> {
        let mail_worker = self.mail.map(MailDelivery::start).transpose()?;
        // Ends with the server: the task is dropped when `run` returns.
        let refresher = actix_web::rt::spawn(refresh_next_shifts(self.database.clone()));
        let matching =
            actix_web::rt::spawn(crate::matching::keep_fresh(self.database, self.matching));
        let result = self.server.await;
        refresher.abort();
        matching.abort();
        if let Some(worker) = mail_worker {
            worker.stop().await;
        }
        result
    }
}

/// Every minute, moves on the cached "next shift" of opportunities whose
/// next shift has started, so "soonest first" never shows a past shift.
async fn refresh_next_shifts(database: Database) {
    let mut tick = actix_web::rt::time::interval(Duration::from_secs(60));
    loop {
        tick.tick().await;
        loop {
            let refreshed = crate::db::run(&database, |conn| {
                Ok(crate::opportunities::store::refresh_lapsed_next_shifts(
                    conn,
                )?)
            })
            .await;
            match refreshed {
                Ok(count) => {
                    if count > 0 {
                        tracing::debug!(count, "refreshed next shifts");
                    }
                    // A short batch means nothing lapsed is left; a full one
                    // goes on, each batch its own short statement.
                    if (count as i64) < crate::opportunities::store::NEXT_SHIFT_REFRESH_BATCH {
                        break;
                    }
                }
                Err(err) => {
                    tracing::warn!(error = %err, "cannot refresh next shifts");
                    break;
                }
            }
        }
    }
}
