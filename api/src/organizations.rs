//! Organisations: registration, staff verification, members.

pub mod handlers;
pub mod invitations;
pub mod model;
mod service;
pub mod store;

pub use handlers::configure;
pub use service::*;
