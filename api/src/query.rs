//! The query-string extractor every list uses. A parameter that does not
//! read as its type is a 422 naming that parameter (`remote`, `shift_id`),
//! like the handlers' own checks, rather than the whole query.

use std::future::{Ready, ready};

use actix_web::{FromRequest, HttpRequest, dev::Payload};
use hop_domain::bounds;
use serde::de::DeserializeOwned;

use crate::error::ApiError;

pub struct Query<T>(pub T);

impl<T> Query<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for Query<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: DeserializeOwned> FromRequest for Query<T> {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(parse(req.query_string()).map(Query))
    }
}

/// `query` (without the `?`) as `T`, or a 422 naming the parameter at fault.
pub fn parse<T: DeserializeOwned>(query: &str) -> Result<T, ApiError> {
    // PostgreSQL's text cannot hold NUL: refused here for every parameter of
    // every list, so none reaches the database.
    if let Some((name, _)) = form_urlencoded::parse(query.as_bytes())
        .find(|(name, value)| bounds::text(name).is_err() || bounds::text(value).is_err())
    {
        let field = match bounds::text(&name) {
            Ok(name) if !name.is_empty() => name.to_owned(),
            _ => "query".to_owned(),
        };
        return Err(ApiError::invalid_field(
            field,
            "must not contain the NUL character",
        ));
    }
    let parameters = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
    serde_path_to_error::deserialize(parameters).map_err(|err| {
        let field = match err.path().to_string() {
            path if path.is_empty() || path == "." => "query".to_owned(),
            path => path,
        };
        ApiError::invalid_field(field, format!("cannot be read: {}", err.inner()))
    })
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, Deserialize)]
    struct Filters {
        #[allow(dead_code)]
        remote: Option<bool>,
        #[allow(dead_code)]
        shift_id: Option<uuid::Uuid>,
    }

    fn field_of(query: &str) -> String {
        match parse::<Filters>(query) {
            Err(ApiError::Validation(errors)) => errors[0].field.clone(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_value_of_the_wrong_type_names_its_parameter() {
        assert_eq!(field_of("remote=maybe"), "remote");
        assert_eq!(field_of("remote=true&shift_id=42"), "shift_id");
        assert!(
            parse::<Filters>("remote=false&shift_id=67e55044-10b1-426f-9247-bb680e5fe0c8&other=1")
                .is_ok()
        );
        assert!(parse::<Filters>("").is_ok());
    }

    #[test]
    fn a_nul_character_is_refused_naming_its_parameter() {
        assert_eq!(field_of("q=a%00b"), "q");
        assert_eq!(field_of("remote=true&kind=%00"), "kind");
        assert_eq!(field_of("x%00y=1"), "query");
        assert!(parse::<Filters>("q=a%01b").is_ok());
    }
}
