//! The city's statistics: facts gathered from the database on a schedule
//! and kept in memory (`snapshot`), answered per period as JSON or CSV
//! with every count of fewer than `min_count` people suppressed (rules in
//! `hop_domain::statistics`).

pub mod handlers;
pub mod model;
pub mod service;
pub mod snapshot;
pub(crate) mod store;

pub use handlers::configure;
pub use snapshot::{Statistics, keep_fresh};
