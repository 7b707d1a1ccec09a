//! Volunteers' profiles: who they are (age, home, reach), what they offer
//! (skills, languages), when (weekly availability) and what for (causes).
//! Only the volunteer sees and changes their own.

pub mod handlers;
pub mod model;
pub mod parse;
mod service;
pub mod store;

pub use handlers::configure;
pub use service::*;
