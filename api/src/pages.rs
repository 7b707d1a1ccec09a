//! The web pages: HTML rendered by the server for volunteers, organisations
//! and the city office, in the six languages, on the same services and
//! domain rules as the API (never by calling the API over HTTP). Every page
//! works without JavaScript; htmx, when it loads, updates some in place.
//!
//! Each page module parses its form, calls a service, and renders with
//! [`layout`]; texts come from the `pages` Fluent files through [`i18n`].

pub(crate) mod assets;
pub(crate) mod auth;
pub(crate) mod city;
pub(crate) mod csrf;
pub(crate) mod error;
pub(crate) mod form;
pub(crate) mod home;
pub(crate) mod i18n;
pub(crate) mod layout;
pub(crate) mod organization;
pub(crate) mod session;
pub(crate) mod store;
pub(crate) mod volunteer;

use actix_web::web;

pub use session::PageSettings;

/// Form bodies the pages accept: a profile with every field filled is a few
/// kilobytes, so 64 KiB bounds what a stranger can make the server hold.
pub const FORM_LIMIT: usize = 64 * 1024;

/// The pages' routes. Registered after the API's scope, before the
/// default service.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.app_data(web::PayloadConfig::new(FORM_LIMIT));
    assets::configure(cfg);
    home::configure(cfg);
    auth::configure(cfg);
    organization::configure(cfg);
    volunteer::configure(cfg);
    city::configure(cfg);
}
