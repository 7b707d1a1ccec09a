//! Certificates of volunteering (art. 44 sec. 4 of the act on volunteering)
//! that anyone can verify: issued from the approved hours, frozen, signed
//! as Open Badges 3.0 credentials, revocable by the organisation; and the
//! organisation's opinion (sec. 5) that they may state.

mod credential;
pub mod handlers;
pub mod keys;
pub mod model;
pub(crate) mod service;
pub(crate) mod store;

pub use handlers::{Documents, configure, configure_well_known};
