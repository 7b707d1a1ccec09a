//! End-to-end tests: HTTP against a real server and a real PostgreSQL.

mod account;
mod agreements;
mod applications;
mod auth_login;
mod auth_register;
mod auth_tokens;
mod authorization;
mod calendar;
mod certificates;
mod errors;
mod hours;
mod invitations;
mod matching;
mod migrations;
mod notifications;
mod odd_input;
mod operations;
mod opportunities;
mod opportunity_search;
mod organization_members;
mod organizations;
mod place_rules;
mod security_headers;
mod shifts;
mod skills;
mod volunteer_profile;
