//! End-to-end tests: HTTP against a real server and a real PostgreSQL.

mod account;
mod auth_login;
mod auth_register;
mod auth_tokens;
mod errors;
mod migrations;
mod operations;
mod organization_members;
mod organizations;
mod skills;
