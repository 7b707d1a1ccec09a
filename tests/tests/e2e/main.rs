//! End-to-end tests: HTTP against a real server and a real PostgreSQL.

mod account;
mod applications;
mod auth_login;
mod auth_register;
mod auth_tokens;
mod authorization;
mod errors;
mod matching;
mod migrations;
mod notifications;
mod operations;
mod opportunities;
mod opportunity_search;
mod organization_members;
mod organizations;
mod security_headers;
mod shifts;
mod skills;
mod volunteer_profile;
