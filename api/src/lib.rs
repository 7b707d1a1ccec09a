//! HOP's HTTP API: actix-web handlers, diesel persistence, authentication,
//! the OpenAPI document, and the pieces of the `hop` command.

pub mod accounts;
pub mod app;
pub mod applications;
pub mod auth;
pub mod client_address;
pub mod config;
pub mod content_language;
pub mod db;
pub mod earth;
pub mod error;
pub mod json;
pub mod matching;
pub mod notifications;
pub mod openapi;
pub mod opportunities;
pub mod ops;
pub mod organizations;
pub mod pagination;
pub mod query;
pub mod schema;
pub mod security_headers;
pub mod seed;
pub mod shifts;
pub mod skills;
pub mod state;
pub mod telemetry;
pub mod validation;
pub mod volunteers;

pub use app::Application;
pub use config::Config;
