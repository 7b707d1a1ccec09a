//! The hours ledger: every minute of volunteering, as entries decided once
//! (rules in `hop_domain::hours`). Attendance recorded by an organisation
//! writes approved entries; a volunteer's report waits for a member's
//! decision; a change of either is a correction.

pub mod handlers;
pub mod model;
pub(crate) mod service;
pub(crate) mod store;

pub use handlers::configure;
