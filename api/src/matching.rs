//! Matching, both directions: a volunteer's best opportunities
//! (`GET /me/matches`) and an opportunity's best volunteers
//! (`GET /opportunities/{id}/candidates`). The files, in the order a
//! request meets them: `handlers` (routes), `service` (rank from the index,
//! present a page), `load` (stored rows as the engine's values), `index`
//! (the in-memory indexes and how they follow the database), `store` (SQL),
//! `model` (bodies); `recall` measures the answers against the exhaustive
//! ranking (`hop recall`).

pub mod handlers;
pub mod index;
mod load;
pub mod model;
pub mod recall;
mod service;
pub mod store;

pub use handlers::configure;
pub use index::keep_fresh;
pub use service::{candidates_of, catch_up, matches_of};
