//! HOP's HTTP API: actix-web handlers, diesel persistence, authentication,
//! the OpenAPI document, and the pieces of the `hop` command.

pub(crate) mod accept_language;
pub mod accounts;
pub(crate) mod agreements;
pub(crate) mod app;
pub(crate) mod applications;
pub mod auth;
pub(crate) mod calendar;
pub mod certificates;
pub(crate) mod client_address;
pub mod config;
pub(crate) mod content_language;
pub mod db;
pub(crate) mod earth;
pub mod error;
pub(crate) mod hours;
pub(crate) mod json;
pub mod matching;
pub(crate) mod memory;
pub(crate) mod notifications;
pub mod openapi;
pub(crate) mod opportunities;
pub(crate) mod ops;
pub(crate) mod organizations;
pub(crate) mod pages;
pub(crate) mod pagination;
pub(crate) mod pdf;
pub mod privacy;
pub(crate) mod query;
pub(crate) mod schema;
pub(crate) mod schemas;
pub(crate) mod security_headers;
pub mod seed;
pub(crate) mod shifts;
pub(crate) mod skills;
pub(crate) mod state;
pub mod statistics;
pub mod telemetry;
pub(crate) mod validation;
pub(crate) mod volunteers;

pub use app::Application;
pub use config::Config;
/// One pass of the next-shift refresher, as the tests drive it.
pub use opportunities::refresh_next_shifts_once;
