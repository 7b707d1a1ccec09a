//! The attempt limits' windows in PostgreSQL (`limit_windows`), shared by
//! every instance. Times are the database's clock, one for all instances.

use chrono::{DateTime, Utc};
use diesel::{
    prelude::*,
    sql_query,
    sql_types::{Array, Double, Integer, Text, Timestamptz},
};
use hop_domain::attempts::Window;

/// Which limit a window belongs to; the `scope` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    LoginPair,
    LoginAddress,
    LoginAccount,
    RegistrationAddress,
}

impl Scope {
    const ALL: [Self; 4] = [
        Self::LoginPair,
        Self::LoginAddress,
        Self::LoginAccount,
        Self::RegistrationAddress,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::LoginPair => "login_pair",
            Self::LoginAddress => "login_address",
            Self::LoginAccount => "login_account",
            Self::RegistrationAddress => "registration_address",
        }
    }

    fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|scope| scope.as_str() == raw)
    }
}

/// Windows found or moved on, with the database's clock when it was read.
#[derive(Debug, Clone, Default)]
pub struct Found {
    pub windows: Vec<(Scope, Window)>,
    /// `None` when nothing was found.
    pub now: Option<DateTime<Utc>>,
}

impl Found {
    pub fn get(&self, scope: Scope) -> Option<Window> {
        self.windows
            .iter()
            .find(|(found, _)| *found == scope)
            .map(|(_, window)| *window)
    }
}

#[derive(QueryableByName)]
struct WindowRow {
    #[diesel(sql_type = Text)]
    scope: String,
    #[diesel(sql_type = Timestamptz)]
    ends_at: DateTime<Utc>,
    #[diesel(sql_type = Integer)]
    count: i32,
    #[diesel(sql_type = Timestamptz)]
    last_at: DateTime<Utc>,
    #[diesel(sql_type = Timestamptz)]
    now: DateTime<Utc>,
}

fn found(rows: Vec<WindowRow>) -> Found {
    let now = rows.first().map(|row| row.now);
    let windows = rows
        .into_iter()
        .filter_map(|row| {
            Some((
                Scope::parse(&row.scope)?,
                Window {
                    ends_at: row.ends_at,
                    count: u32::try_from(row.count).unwrap_or(0),
                    last_at: row.last_at,
                },
            ))
        })
        .collect();
    Found { windows, now }
}

/// Sorted by scope, then key: every statement locks rows in one order, so
/// two concurrent upserts never wait on each other in a cycle.
fn columns(keys: &[(Scope, &str)]) -> (Vec<&'static str>, Vec<String>) {
    let mut keys = keys.to_vec();
    keys.sort_unstable();
    keys.into_iter()
        .map(|(scope, key)| (scope.as_str(), key.to_owned()))
        .unzip()
}

/// The stored windows of `keys`: one statement, one primary-key probe per key.
pub fn windows(conn: &mut PgConnection, keys: &[(Scope, &str)]) -> QueryResult<Found> {
    let (scopes, keys) = columns(keys);
    sql_query(
        "SELECT w.scope, w.ends_at, w.count, w.last_at, now() AS now \
         FROM unnest($1::text[], $2::text[]) AS k(scope, key) \
         JOIN limit_windows w ON w.scope = k.scope AND w.key = k.key",
    )
    .bind::<Array<Text>, _>(scopes)
    .bind::<Array<Text>, _>(keys)
    .load(conn)
    .map(found)
}

/// Counts one attempt against each of `keys` in one atomic upsert: the SQL
/// form of [`Window::counted`] (a window still open counts one more, an
/// ended one starts again at one). Returns the windows as they now are.
pub fn count_attempt(
    conn: &mut PgConnection,
    keys: &[(Scope, &str)],
    length: std::time::Duration,
) -> QueryResult<Found> {
    let (scopes, keys) = columns(keys);
    sql_query(
        "INSERT INTO limit_windows AS w (scope, key, ends_at, count, last_at) \
         SELECT k.scope, k.key, now() + make_interval(secs => $3), 1, now() \
         FROM unnest($1::text[], $2::text[]) AS k(scope, key) \
         ON CONFLICT (scope, key) DO UPDATE SET \
           ends_at = CASE WHEN w.ends_at > now() THEN w.ends_at ELSE EXCLUDED.ends_at END, \
           count = CASE WHEN w.ends_at > now() THEN least(w.count, 2147483646) + 1 ELSE 1 END, \
           last_at = now() \
         RETURNING w.scope, w.ends_at, w.count, w.last_at, now() AS now",
    )
    .bind::<Array<Text>, _>(scopes)
    .bind::<Array<Text>, _>(keys)
    .bind::<Double, _>(length.as_secs_f64())
    .load(conn)
    .map(found)
}

/// Forgets the window of one key.
pub fn forget(conn: &mut PgConnection, scope: Scope, key: &str) -> QueryResult<()> {
    sql_query("DELETE FROM limit_windows WHERE scope = $1 AND key = $2")
        .bind::<Text, _>(scope.as_str())
        .bind::<Text, _>(key)
        .execute(conn)
        .map(drop)
}
