//! The web pages, in a real browser (Chromium over WebDriver) and over
//! plain HTTP for what a browser hides (cookies' flags, refusals).

mod account;
mod city;
mod forms;
mod organization;
mod sessions;
mod volunteer;
