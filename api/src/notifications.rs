//! Notifications: one row per event for its recipient. Recorded in the same
//! transaction as the event, so an event is never without its notification;
//! when the service sends e-mail, each recipient's e-mail goes into the
//! outbox in that same transaction, and the mail worker ([`mail`]) sends it
//! once the transaction has committed.
//!
//! The payload keeps the facts of the event (ids, names, titles, times);
//! texts are rendered from them in the reader's language by the domain.

pub mod handlers;
pub mod mail;
pub mod model;
pub mod outbox;
mod service;
pub mod store;

pub use handlers::configure;
pub use model::NotificationPayload;
pub use service::*;
