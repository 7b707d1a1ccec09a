//! Collecting every invalid field of a request, so one answer names them all.

use chrono::{DateTime, Utc};
use hop_domain::{InvalidValue, bounds};

use crate::{
    error::{ApiError, FieldError},
    pagination::{CursorKey, PageQuery, PageRequest},
};

/// Collects every invalid field of a body, so one answer names them all.
#[derive(Default)]
pub struct FieldCheck(Vec<FieldError>);

impl FieldCheck {
    pub fn check<T>(&mut self, field: &str, parsed: Result<T, InvalidValue>) -> Option<T> {
        parsed
            .map_err(|err| self.0.push(FieldError::new(field, err.message)))
            .ok()
    }

    /// An optional time parameter, kept to the instants HOP accepts.
    pub fn instant(&mut self, field: &str, at: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
        at.and_then(|at| self.check(field, bounds::instant(at)))
    }

    pub fn fail(&mut self, field: &str, message: &str) {
        self.0.push(FieldError::new(field, message));
    }

    /// The page request of a list, its errors collected with the others.
    pub fn page<K: CursorKey>(
        &mut self,
        limit: Option<i64>,
        cursor: Option<String>,
    ) -> Option<PageRequest<K>> {
        match (PageQuery { limit, cursor }).parse() {
            Ok(page) => Some(page),
            Err(ApiError::Validation(errors)) => {
                self.0.extend(errors);
                None
            }
            Err(other) => {
                self.0.push(FieldError::new("query", other.to_string()));
                None
            }
        }
    }

    pub fn finish<T>(self, value: Option<T>) -> Result<T, ApiError> {
        match value {
            Some(value) if self.0.is_empty() => Ok(value),
            _ => Err(ApiError::Validation(self.0)),
        }
    }
}
