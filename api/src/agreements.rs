//! Written volunteering agreements: proposed by an organisation, accepted
//! by the volunteer (a minor with a guardian's consent), terminated by
//! either side. The 30-day rule that asks for them lives in
//! `hop_domain::agreement` and is kept by every path that confirms a
//! sign-up (`crate::applications`).

pub mod handlers;
pub mod model;
pub(crate) mod service;
pub(crate) mod store;

pub use handlers::configure;
