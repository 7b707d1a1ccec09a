//! Calendar feeds (RFC 5545; the rules and the writer are
//! `hop_domain::calendar`): a personal token per account, made or rotated
//! with `POST /me/calendar-token` and stored as its SHA-256 only; the
//! volunteer's sign-ups at `/me/calendar.ics` and an organisation's shifts
//! at `/organizations/{id}/calendar.ics`, each with `?token=`.

pub mod handlers;
pub mod model;
pub(crate) mod service;
pub(crate) mod store;

pub use handlers::{Feeds, configure};
