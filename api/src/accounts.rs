//! People's accounts: the caller's own view and the city-staff flag.

pub mod handlers;
pub mod model;
mod service;
pub mod store;

pub use handlers::configure;
pub use service::*;
