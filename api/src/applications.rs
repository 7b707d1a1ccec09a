//! Sign-ups: volunteers apply for shifts; organisations review them and
//! confirm attendance. Every change runs in one transaction holding the
//! shift's row lock, and the shift's counts are recounted from the rows.

pub mod handlers;
pub mod model;
mod service;
pub mod store;

pub use handlers::configure;
pub use service::*;
