//! The skills taxonomy: the skills volunteers offer and opportunities ask
//! for, labelled in six languages and kept by city staff.

pub mod handlers;
pub mod model;
mod service;
pub mod store;

pub use handlers::configure;
use service::{not_found, require_staff};
