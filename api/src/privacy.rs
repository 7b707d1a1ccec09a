//! A person's data rights (GDPR): the export of everything HOP holds about
//! them (art. 15 and 20), the erasure of their account (art. 17), and the
//! retention job that deletes what has served its purpose (art. 5(1)(e)).
//! What each kind of data is held for, how long, and where it is erased:
//! `docs/compliance.md`.

pub mod erasure;
pub mod export;
pub mod handlers;
pub mod model;
pub mod retention;
pub(crate) mod store;

pub use handlers::configure;
