//! The one pagination contract of every list: `limit` (1–100, default 20)
//! and an opaque `cursor` in; `items` and `next_cursor` out. Pages are
//! keyset-based: the cursor holds the sort key of the last item shown, so
//! page 1 000 costs what page 1 costs.

use std::borrow::Cow;

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, Utc};
use hop_domain::bounds;
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use utoipa::{
    IntoParams, ToSchema,
    openapi::{
        Ref, RefOr, Schema,
        schema::{ArrayBuilder, ObjectBuilder, SchemaType, Type},
    },
};
use uuid::Uuid;

use crate::error::ApiError;

pub const DEFAULT_LIMIT: i64 = 20;
pub const MAX_LIMIT: i64 = 100;

/// The query parameters every list takes (flattened into its own query).
#[derive(Debug, Clone, Default, Deserialize, IntoParams)]
pub struct PageQuery {
    /// Items per page, 1–100.
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    #[param(pattern = "^[A-Za-z0-9_-]*$")]
    pub cursor: Option<String>,
}

/// A validated page request: the limit and the decoded position after which
/// the page starts.
#[derive(Debug, Clone)]
pub struct PageRequest<K> {
    pub limit: i64,
    pub after: Option<K>,
}

/// A key a cursor may hold: it says whether a decoded value is one the API
/// could have handed out, so a forged cursor is refused as invalid input
/// before any of it reaches the database.
pub trait CursorKey: DeserializeOwned {
    fn is_in_bounds(&self) -> bool;
}

impl CursorKey for Uuid {
    fn is_in_bounds(&self) -> bool {
        true
    }
}

/// Text keys (folded names, slugs): no NUL, and no longer than any stored.
impl CursorKey for String {
    fn is_in_bounds(&self) -> bool {
        self.chars().count() <= MAX_TEXT_KEY && bounds::text(self).is_ok()
    }
}

impl CursorKey for DateTime<Utc> {
    fn is_in_bounds(&self) -> bool {
        bounds::instant(*self).is_ok()
    }
}

/// Scores of an in-memory ranking: never sent to the database.
impl CursorKey for u8 {
    fn is_in_bounds(&self) -> bool {
        true
    }
}

/// Positions in an in-memory ranking: never sent to the database.
impl CursorKey for i64 {
    fn is_in_bounds(&self) -> bool {
        true
    }
}

impl<A: CursorKey, B: CursorKey> CursorKey for (A, B) {
    fn is_in_bounds(&self) -> bool {
        self.0.is_in_bounds() && self.1.is_in_bounds()
    }
}

impl<A: CursorKey, B: CursorKey, C: CursorKey> CursorKey for (A, B, C) {
    fn is_in_bounds(&self) -> bool {
        self.0.is_in_bounds() && self.1.is_in_bounds() && self.2.is_in_bounds()
    }
}

/// The longest text a cursor key holds (names are at most 200 characters).
const MAX_TEXT_KEY: usize = 1000;

impl PageQuery {
    pub fn parse<K: CursorKey>(&self) -> Result<PageRequest<K>, ApiError> {
        let limit = self.limit.unwrap_or(DEFAULT_LIMIT);
        let limit_error = (!(1..=MAX_LIMIT).contains(&limit)).then(|| {
            crate::error::FieldError::new("limit", format!("must be between 1 and {MAX_LIMIT}"))
        });
        let after = match self.cursor.as_deref() {
            None | Some("") => Ok(None),
            Some(cursor) => decode_cursor(cursor).map(Some),
        };
        match (limit_error, after) {
            (None, Ok(after)) => Ok(PageRequest { limit, after }),
            (limit_error, after) => Err(ApiError::Validation(
                limit_error
                    .into_iter()
                    .chain(
                        after
                            .err()
                            .map(|message| crate::error::FieldError::new("cursor", message)),
                    )
                    .collect(),
            )),
        }
    }
}

impl<K> PageRequest<K> {
    /// Rows to fetch: one more than the page, to learn whether another follows.
    pub fn fetch_limit(&self) -> i64 {
        self.limit + 1
    }

    /// Cuts the fetched rows to the page and makes the cursor of the next
    /// one from the last row's key.
    pub fn finish<R, T, KeyFn, MapFn>(&self, mut rows: Vec<R>, key: KeyFn, map: MapFn) -> Page<T>
    where
        KeyFn: Fn(&R) -> K,
        MapFn: FnMut(R) -> T,
        K: Serialize,
    {
        let limit = usize::try_from(self.limit).unwrap_or(usize::MAX);
        let next_cursor = if rows.len() > limit {
            rows.truncate(limit);
            rows.last().map(|row| encode_cursor(&key(row)))
        } else {
            None
        };
        Page {
            items: rows.into_iter().map(map).collect(),
            next_cursor,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Pass as `cursor` for the next page; null on the last page.
    pub next_cursor: Option<String>,
}

/// The schema of `Page<T>` is written by hand because utoipa's derive
/// inlines a copy of `T`'s schema into every page (utoipa issue #1586):
/// generated clients then get a `PageSkillItemsItem` type instead of
/// `Skill`. Here the items are a `$ref` to `T`'s own schema.
impl<T: ToSchema> utoipa::__dev::ComposeSchema for Page<T> {
    fn compose(_inlined: Vec<RefOr<Schema>>) -> RefOr<Schema> {
        ObjectBuilder::new()
            .property(
                "items",
                ArrayBuilder::new().items(Ref::from_schema_name(T::name())),
            )
            .required("items")
            .property(
                "next_cursor",
                ObjectBuilder::new()
                    .schema_type(SchemaType::from_iter([Type::String, Type::Null]))
                    .description(Some(
                        "Pass as `cursor` for the next page; null on the last page.",
                    )),
            )
            .required("next_cursor")
            .into()
    }
}

impl<T: ToSchema> ToSchema for Page<T> {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Page")
    }

    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        schemas.push((T::name().into_owned(), T::schema()));
        T::schemas(schemas);
    }
}

fn encode_cursor<K: Serialize>(key: &K) -> String {
    // Serialising plain keys (strings, uuids, timestamps) cannot fail.
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(key).unwrap_or_default())
}

fn decode_cursor<K: CursorKey>(cursor: &str) -> Result<K, String> {
    let refused = || "is not a cursor this API handed out".to_owned();
    let bytes = URL_SAFE_NO_PAD.decode(cursor).map_err(|_| refused())?;
    let key: K = serde_json::from_slice(&bytes).map_err(|_| refused())?;
    key.is_in_bounds().then_some(key).ok_or_else(refused)
}

#[cfg(test)]
mod tests {
    use super::*;

    type Key = (String, Uuid);

    #[test]
    fn limits_outside_1_to_100_and_bad_cursors_are_refused() {
        for limit in [0, -1, 101] {
            let query = PageQuery {
                limit: Some(limit),
                cursor: None,
            };
            assert!(query.parse::<Key>().is_err(), "{limit}");
        }
        let query = PageQuery {
            limit: None,
            cursor: Some("garbage!".into()),
        };
        match query.parse::<Key>() {
            Err(ApiError::Validation(errors)) => assert_eq!(errors[0].field, "cursor"),
            other => panic!("{other:?}"),
        }
        let both = PageQuery {
            limit: Some(0),
            cursor: Some("x".into()),
        };
        match both.parse::<Key>() {
            Err(ApiError::Validation(errors)) => assert_eq!(errors.len(), 2),
            other => panic!("{other:?}"),
        }
    }

    fn cursor_of(key: &serde_json::Value) -> PageQuery {
        PageQuery {
            limit: None,
            cursor: Some(URL_SAFE_NO_PAD.encode(serde_json::to_vec(key).unwrap())),
        }
    }

    /// A decoded key is one the API could have handed out, or the answer is
    /// a 422 naming `cursor`: never a panic, never a value out of bounds.
    fn decodes_in_bounds<K: CursorKey>(query: &PageQuery) -> Result<Option<K>, String> {
        match query.parse::<K>() {
            Ok(page) => {
                let key = page.after;
                if key.as_ref().is_some_and(|key| !key.is_in_bounds()) {
                    return Err("out of bounds".into());
                }
                Ok(key)
            }
            Err(ApiError::Validation(errors)) if errors[0].field == "cursor" => Ok(None),
            Err(other) => Err(format!("{other:?}")),
        }
    }

    #[test]
    fn forged_cursors_with_extreme_or_nul_values_are_refused() {
        let id = Uuid::nil();
        for key in [
            serde_json::json!(["-262143-01-01T00:00:00Z", id]),
            serde_json::json!(["+262142-12-31T23:59:59Z", id]),
            serde_json::json!(["1899-12-31T23:59:59Z", id]),
        ] {
            assert!(
                cursor_of(&key).parse::<(DateTime<Utc>, Uuid)>().is_err(),
                "{key}"
            );
        }
        assert!(
            cursor_of(&serde_json::json!(["2026-11-30T12:00:00Z", id]))
                .parse::<(DateTime<Utc>, Uuid)>()
                .is_ok()
        );
        assert!(
            cursor_of(&serde_json::json!(["a\u{0}b", id]))
                .parse::<(String, Uuid)>()
                .is_err()
        );
        assert!(
            cursor_of(&serde_json::json!("x".repeat(MAX_TEXT_KEY + 1)))
                .parse::<String>()
                .is_err()
        );
    }

    proptest::proptest! {
        /// A distance in a cursor comes back to the very bit: paging by
        /// distance compares it for equality with the database's.
        #[test]
        fn a_float_in_a_cursor_decodes_to_the_same_bits(chord in proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL | proptest::num::f64::ZERO, id in proptest::prelude::any::<u128>()) {
            let key = (chord, Uuid::from_u128(id));
            let bytes = URL_SAFE_NO_PAD.decode(encode_cursor(&key)).unwrap();
            let back: (f64, Uuid) = serde_json::from_slice(&bytes).unwrap();
            proptest::prop_assert_eq!(back.0.to_bits(), chord.to_bits());
            proptest::prop_assert_eq!(back.1, key.1);
        }

        #[test]
        fn any_bytes_as_a_cursor_never_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..200)) {
            let query = PageQuery { limit: None, cursor: Some(URL_SAFE_NO_PAD.encode(&bytes)) };
            proptest::prop_assert!(decodes_in_bounds::<(DateTime<Utc>, Uuid)>(&query).is_ok());
            proptest::prop_assert!(decodes_in_bounds::<(String, Uuid)>(&query).is_ok());
            proptest::prop_assert!(decodes_in_bounds::<String>(&query).is_ok());
            proptest::prop_assert!(decodes_in_bounds::<(u8, i64, Uuid)>(&query).is_ok());
        }

        #[test]
        fn any_text_as_a_cursor_never_panics(raw in "\\PC{0,80}") {
            let query = PageQuery { limit: None, cursor: Some(raw) };
            proptest::prop_assert!(decodes_in_bounds::<(DateTime<Utc>, Uuid)>(&query).is_ok());
            proptest::prop_assert!(decodes_in_bounds::<(String, Uuid)>(&query).is_ok());
        }

        #[test]
        fn a_time_in_a_cursor_decodes_only_within_the_accepted_years(
            secs in DateTime::<Utc>::MIN_UTC.timestamp()..=DateTime::<Utc>::MAX_UTC.timestamp(),
        ) {
            let at = DateTime::from_timestamp(secs, 0).unwrap();
            let query = cursor_of(&serde_json::json!([at, Uuid::nil()]));
            let decoded = query.parse::<(DateTime<Utc>, Uuid)>();
            proptest::prop_assert_eq!(decoded.is_ok(), bounds::instant(at).is_ok());
        }

        #[test]
        fn text_in_a_cursor_decodes_only_without_nul(text in "[a-z\\x00]{0,20}") {
            let query = cursor_of(&serde_json::json!([text, Uuid::nil()]));
            proptest::prop_assert_eq!(query.parse::<(String, Uuid)>().is_ok(), !text.contains('\0'));
        }
    }

    #[test]
    fn a_page_cursor_round_trips_to_the_last_key() {
        let request = PageQuery {
            limit: Some(2),
            cursor: None,
        }
        .parse::<Key>()
        .unwrap();
        let rows: Vec<Key> = (0..3)
            .map(|i| (format!("n{i}"), Uuid::from_u128(i)))
            .collect();
        let page = request.finish(rows, Clone::clone, |row| row.0);
        assert_eq!(page.items, vec!["n0", "n1"]);
        let next = PageQuery {
            limit: Some(2),
            cursor: page.next_cursor,
        }
        .parse::<Key>()
        .unwrap();
        assert_eq!(next.after, Some(("n1".to_owned(), Uuid::from_u128(1))));

        let last = next.finish(
            vec![("n2".to_owned(), Uuid::from_u128(2))],
            Clone::clone,
            |row| row.0,
        );
        assert_eq!(last.next_cursor, None);
    }
}
