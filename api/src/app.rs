//! Assembling the service: the actix application and server, with the
//! shared state (`state`) and each concept's own (search's caches, the
//! matching index) and background tasks. Imported by `main` only.

use std::{net::SocketAddr, sync::Arc};

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
    config::Config,
    db::Database,
    error::ApiError,
    json,
    notifications::mail::MailDelivery,
    openapi::{self, SPEC_PATH},
    ops::Metrics,
    security_headers,
    state::AppState,
    telemetry,
};

#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error(transparent)]
    State(#[from] crate::state::StateError),
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
    statistics: Arc<crate::statistics::Statistics>,
    erased_accounts: Arc<crate::auth::erased::ErasedAccounts>,
    retention: crate::config::RetentionConfig,
}

impl Application {
    /// Binds the listener and builds the server; nothing is served until
    /// [`Application::run`]. Does not migrate: `hop serve` does that first.
    pub fn build(config: &Config) -> Result<Self, BuildError> {
        let mail =
            MailDelivery::from_config(config).map_err(|err| BuildError::Mail(err.to_string()))?;
        let database = Database::new(config);
        let state_database = database.clone();
        let mut metrics = Metrics::new(database.pool().clone(), config.metrics_access.clone());
        metrics.watch(database.health().clone());
        if let Some(replica) = database.replica() {
            metrics = metrics.with_replica(replica.metrics());
            metrics.watch(replica.database().health().clone());
        }
        let metrics = web::Data::new(metrics);
        let state = web::Data::new(AppState::new(config, database.clone())?);
        let erased_accounts = state.erased_accounts.clone();
        erased_accounts.load(&database);
        // Each concept's own state, beside the shared one.
        let matching = crate::matching::index::MatchingIndex::loaded(&database);
        let matching_data = web::Data::from(matching.clone());
        let statistics = Arc::new(crate::statistics::Statistics::new(
            config.statistics.refresh,
            config.statistics.min_count,
        ));
        let statistics_data = web::Data::from(statistics.clone());
        let search_caches = web::Data::new(crate::opportunities::search::SearchCaches::default());
        let documents = web::Data::new(crate::certificates::Documents {
            public_url: config.documents.public_url.clone(),
            keys: crate::certificates::keys::Keys::new(&config.documents),
        });
        let feeds = web::Data::new(crate::calendar::Feeds {
            public_url: config.documents.public_url.clone(),
        });
        let worker_reads =
            crate::db::worker_reads::WorkerReadSettings::new(config, database.health().clone());
        let page_settings = web::Data::new(crate::pages::PageSettings::new(config));
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
                // Each worker its own: the connections live on its thread.
                .app_data(web::Data::new(crate::db::worker_reads::WorkerReads::new(
                    worker_reads.clone(),
                )))
                .app_data(matching_data.clone())
                .app_data(documents.clone())
                .app_data(statistics_data.clone())
                .app_data(feeds.clone())
                .app_data(search_caches.clone())
                .app_data(metrics.clone())
                .app_data(known_routes.clone())
                .app_data(json::payload_config())
                .app_data(web::PathConfig::default().error_handler(|err, _| {
                    ApiError::NotFound(format!("No resource at this path: {err}")).into()
                }))
                .route("/docs", web::get().to(docs_redirect))
                .app_data(page_settings.clone())
                .configure(crate::pages::configure)
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
            statistics,
            mail,
            erased_accounts,
            retention: config.retention.clone(),
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
        let replica =
            actix_web::rt::spawn(crate::db::replica::keep_measuring(self.database.clone()));
        // Ends with the server: the task is dropped when `run` returns.
        let refresher = actix_web::rt::spawn(crate::opportunities::keep_next_shifts_current(
            self.database.clone(),
        ));
        let statistics = actix_web::rt::spawn(crate::statistics::keep_fresh(
            self.database.clone(),
            self.statistics,
        ));
        let erased = actix_web::rt::spawn(crate::auth::erased::keep_current(
            self.database.clone(),
            self.erased_accounts,
        ));
        let retention = actix_web::rt::spawn(crate::privacy::retention::keep_within_retention(
            self.database.clone(),
            self.retention,
        ));
        let matching =
            actix_web::rt::spawn(crate::matching::keep_fresh(self.database, self.matching));
        let result = self.server.await;
        refresher.abort();
        replica.abort();
        statistics.abort();
        matching.abort();
        erased.abort();
        retention.abort();
        if let Some(worker) = mail_worker {
            worker.stop().await;
        }
        result
    }
}
