//! The one pagination contract of every list: `limit` (1–100, default 20)
//! and an opaque `cursor` in; `items` and `next_cursor` out. Pages are
//! keyset-based: the cursor holds the sort key of the last item shown, so
//! page 1 000 costs what page 1 costs.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use utoipa::{IntoParams, ToSchema};

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
    pub cursor: Option<String>,
}

/// A validated page request: the limit and the decoded position after which
/// the page starts.
#[derive(Debug, Clone)]
pub struct PageRequest<K> {
    pub limit: i64,
    pub after: Option<K>,
}

impl PageQuery {
    pub fn parse<K: DeserializeOwned>(&self) -> Result<PageRequest<K>, ApiError> {
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

    /// The rows for a page of a ranking held in memory (best first): those
    /// after `after` in ranking order, at most the limit and one more, for
    /// [`PageRequest::finish`]. `position` places a row in the order as
    /// `after` does.
    pub fn rows_of_ranking<T, P: PartialOrd>(
        &self,
        ranked: Vec<T>,
        after: Option<P>,
        position: impl Fn(&T) -> P,
    ) -> Vec<T> {
        let skip = after.map_or(0, |after| {
            ranked
                .iter()
                .position(|row| position(row) > after)
                .unwrap_or(ranked.len())
        });
        ranked
            .into_iter()
            .skip(skip)
            .take(usize::try_from(self.fetch_limit()).unwrap_or(usize::MAX))
            .collect()
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

#[derive(Debug, Serialize, ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Pass as `cursor` for the next page; null on the last page.
    pub next_cursor: Option<String>,
}

fn encode_cursor<K: Serialize>(key: &K) -> String {
    // Serialising plain keys (strings, uuids, timestamps) cannot fail.
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(key).unwrap_or_default())
}

fn decode_cursor<K: DeserializeOwned>(cursor: &str) -> Result<K, String> {
    let bytes = URL_SAFE_NO_PAD
        .decode(cursor)
        .map_err(|_| "is not a cursor this API handed out".to_owned())?;
    serde_json::from_slice(&bytes).map_err(|_| "is not a cursor this API handed out".to_owned())
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

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
