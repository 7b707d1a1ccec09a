//! Shifts: when an opportunity happens and how many it takes. Changing one
//! tells everyone signed up; cancelling keeps every sign-up for the record.

pub mod handlers;
pub mod model;
mod service;
pub mod store;

pub use handlers::configure;
pub use service::*;
