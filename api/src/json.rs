//! The JSON body extractor every handler uses. It answers problem+json for
//! each way a body can be wrong: not JSON (415), too large (413), not parsable
//! (400), or parsable but of the wrong shape (422, naming the field).

use std::{future::Future, pin::Pin};

use actix_web::{
    FromRequest, HttpMessage, HttpRequest,
    dev::Payload,
    error::PayloadError,
    web::{Bytes, PayloadConfig},
};
use serde::de::DeserializeOwned;
use serde_json::error::Category;

use hop_domain::bounds;

use crate::error::{ApiError, FieldError};

/// The largest request body the API reads.
pub const BODY_LIMIT: usize = 64 * 1024;

pub fn payload_config() -> PayloadConfig {
    PayloadConfig::new(BODY_LIMIT)
}

pub struct JsonBody<T>(pub T);

impl<T> JsonBody<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for JsonBody<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let is_json = matches!(
            req.mime_type(),
            Ok(Some(mime)) if mime.subtype() == mime::JSON || mime.suffix() == Some(mime::JSON)
        );
        let bytes = Bytes::from_request(req, payload);
        Box::pin(async move {
            if !is_json {
                return Err(ApiError::UnsupportedMediaType);
            }
            let bytes = bytes
                .await
                .map_err(|err| match err.as_error::<PayloadError>() {
                    Some(PayloadError::Overflow) => ApiError::PayloadTooLarge { limit: BODY_LIMIT },
                    _ => ApiError::MalformedJson("the body could not be read".into()),
                })?;
            parse(&bytes).map(JsonBody)
        })
    }
}

pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    // Syntax first, over the whole body: a body that is not JSON is a 400
    // even when its start already has the wrong shape.
    let value = serde_json::from_slice::<serde_json::Value>(bytes)
        .map_err(|err| ApiError::MalformedJson(without_position(&err)))?;
    // PostgreSQL's text cannot hold NUL: refused here for every field of
    // every body, so none reaches the database.
    if let Some(field) = nul_at(&value, None) {
        return Err(ApiError::invalid_field(
            field,
            "must not contain the NUL character",
        ));
    }
    // Every body of this API is an object. serde would also fill a struct
    // from an array of its fields in order, which no client means.
    if !value.is_object() {
        return Err(ApiError::invalid_field("body", "must be a JSON object"));
    }
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(&mut deserializer).map_err(shape_error)
}

/// For PATCH bodies: tells a field that is absent (`None`, keep the value)
/// from one that is `null` (`Some(None)`, clear it). Use with
/// `#[serde(default, deserialize_with = "crate::json::double_option")]`.
pub fn double_option<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    T: serde::Deserialize<'de>,
    D: serde::Deserializer<'de>,
{
    serde::Deserialize::deserialize(deserializer).map(Some)
}

/// For PATCH bodies: a field that may be left out (keep the value) but has
/// nothing to clear, so `null` is a 422 naming it rather than a silent no-op.
/// Use with `#[serde(default, deserialize_with = "crate::json::not_null")]`
/// and a non-nullable `value_type`.
pub fn not_null<'de, T, D>(deserializer: D) -> Result<Option<T>, D::Error>
where
    T: serde::Deserialize<'de>,
    D: serde::Deserializer<'de>,
{
    match <Option<T> as serde::Deserialize>::deserialize(deserializer)? {
        Some(value) => Ok(Some(value)),
        None => Err(serde::de::Error::custom(
            "cannot be null: leave it out to keep it (a text is emptied with \"\" where it may be empty)",
        )),
    }
}

/// The path (as [`serde_path_to_error`] writes it) of the first string in
/// `value` that holds a NUL character; a key holding one names its object.
fn nul_at(value: &serde_json::Value, path: Option<&str>) -> Option<String> {
    let here = || path.unwrap_or("body").to_owned();
    match value {
        serde_json::Value::String(text) => bounds::text(text).err().map(|_| here()),
        serde_json::Value::Array(items) => items.iter().enumerate().find_map(|(index, item)| {
            nul_at(item, Some(&format!("{}[{index}]", path.unwrap_or(""))))
        }),
        serde_json::Value::Object(fields) => fields.iter().find_map(|(key, item)| {
            if bounds::text(key).is_err() {
                return Some(here());
            }
            let inner = match path {
                Some(path) => format!("{path}.{key}"),
                None => key.clone(),
            };
            nul_at(item, Some(&inner))
        }),
        _ => None,
    }
}

fn shape_error(err: serde_path_to_error::Error<serde_json::Error>) -> ApiError {
    let path = err.path().to_string();
    let inner = err.into_inner();
    match inner.classify() {
        Category::Data => {
            let message = without_position(&inner);
            // serde reports a missing field at its parent's path.
            if let Some(name) = message
                .strip_prefix("missing field `")
                .and_then(|rest| rest.strip_suffix('`'))
            {
                let field = if path == "." {
                    name.to_owned()
                } else {
                    format!("{path}.{name}")
                };
                return ApiError::Validation(vec![FieldError::new(field, "is required")]);
            }
            let field = if path == "." { "body".to_owned() } else { path };
            ApiError::Validation(vec![FieldError::new(field, message)])
        }
        Category::Syntax | Category::Eof | Category::Io => {
            ApiError::MalformedJson(without_position(&inner))
        }
    }
}

fn without_position(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Body {
        email: String,
        nested: Option<Nested>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Nested {
        level: u8,
    }

    fn fields(err: ApiError) -> Vec<FieldError> {
        match err {
            ApiError::Validation(errors) => errors,
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn syntax_errors_are_malformed_json() {
        for raw in [
            "{",
            "not json",
            "{\"email\": }",
            "{\"email\":\"a\"} trailing",
        ] {
            assert!(
                matches!(
                    parse::<Body>(raw.as_bytes()),
                    Err(ApiError::MalformedJson(_))
                ),
                "{raw}"
            );
        }
    }

    #[test]
    fn shape_errors_name_the_field() {
        let errors = fields(parse::<Body>(br#"{"nested": null}"#).unwrap_err());
        assert_eq!(errors, vec![FieldError::new("email", "is required")]);

        let errors = fields(parse::<Body>(br#"{"email": 5}"#).unwrap_err());
        assert_eq!(errors[0].field, "email");
        assert!(
            errors[0].message.contains("expected a string"),
            "{}",
            errors[0].message
        );

        let errors =
            fields(parse::<Body>(br#"{"email": "a", "nested": {"level": 300}}"#).unwrap_err());
        assert_eq!(errors[0].field, "nested.level");

        let errors = fields(parse::<Body>(b"[]").unwrap_err());
        assert_eq!(errors[0].field, "body");
    }

    #[test]
    fn a_nul_character_anywhere_is_refused_naming_its_field() {
        let nul = |raw: &str| fields(parse::<serde_json::Value>(raw.as_bytes()).unwrap_err());
        assert_eq!(nul(r#"{"email": "a\u0000b"}"#)[0].field, "email");
        assert_eq!(
            nul(r#"{"skills": [{"level": 1}, {"name": "\u0000"}]}"#)[0].field,
            "skills[1].name"
        );
        assert_eq!(nul(r#"{"nested": {"x\u0000": 1}}"#)[0].field, "nested");
        assert_eq!(nul(r#""\u0000""#)[0].field, "body");
        assert_eq!(nul(r#"["ok", "\u0000"]"#)[0].field, "[1]");
        assert!(parse::<serde_json::Value>(br#"{"email": "a\u0001b"}"#).is_ok());
        assert!(nul(r#"{"email": "x\u0000"}"#)[0].message.contains("NUL"));
    }
}
