//! The hours ledger: every minute of volunteering, as entries decided once
//! (rules in `hop_domain::hours`). Attendance recorded by an organisation
//! writes approved entries; a change of attendance is a correction.

pub(crate) mod service;
pub(crate) mod store;
