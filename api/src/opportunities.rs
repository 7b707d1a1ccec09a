//! Opportunities: what organisations offer, from draft to published to closed.

pub mod handlers;
pub mod model;
pub mod search;
mod service;
pub mod store;

pub use handlers::configure;
pub use service::*;
