//! Accounts' credentials: registration, login, token refresh and logout.

pub mod erased;
pub mod extractor;
pub mod handlers;
pub mod limiter;
pub mod model;
pub mod password;
pub mod service;
pub mod sessions;
pub mod store;
pub mod tokens;

pub use extractor::{AuthUser, MaybeAuthUser};

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(handlers::register)
        .service(handlers::login)
        .service(handlers::refresh)
        .service(handlers::logout);
}
