//! The e-mail outbox as the mail worker sees it: claiming what is due,
//! recording each attempt, and when to try again.

use std::time::Duration;

use diesel::{
    dsl::{now, sql},
    prelude::*,
    sql_types::{Double, Timestamptz},
};
use uuid::Uuid;

use crate::schema::email_outbox;

/// The wait after the first failed attempt; it doubles with each failure.
pub const FIRST_RETRY: Duration = Duration::from_secs(1);
/// The longest wait between two attempts.
pub const MAX_RETRY: Duration = Duration::from_secs(15 * 60);
/// Attempts after which a message the server refuses for good (5xx) is
/// given up: about three hours, long enough to fix a misconfiguration.
pub const PERMANENT_FAILURES_TOLERATED: i32 = 20;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = email_outbox, check_for_backend(diesel::pg::Pg))]
pub struct OutboxRow {
    pub id: Uuid,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i32,
}

/// Why an attempt failed, as far as what to do next is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The server or the network may do better later (unreachable, 4xx).
    Transient(String),
    /// The server refused the message (5xx); it may be misconfigured.
    Permanent(String),
    /// The message cannot be built (say, an address no server accepts).
    Undeliverable(String),
}

impl Failure {
    pub fn message(&self) -> &str {
        match self {
            Self::Transient(message) | Self::Permanent(message) | Self::Undeliverable(message) => {
                message
            }
        }
    }
}

/// When to try again after the `attempts`-th failed attempt: 1 s, 2 s, 4 s,
/// … up to 15 minutes. `None`: give up.
pub fn retry_after(attempts: i32, failure: &Failure) -> Option<Duration> {
    match failure {
        Failure::Undeliverable(_) => None,
        Failure::Permanent(_) if attempts >= PERMANENT_FAILURES_TOLERATED => None,
        Failure::Transient(_) | Failure::Permanent(_) => {
            let doublings = u32::try_from(attempts.saturating_sub(1)).unwrap_or(0);
            Some(
                2u32.checked_pow(doublings)
                    .and_then(|factor| FIRST_RETRY.checked_mul(factor))
                    .map_or(MAX_RETRY, |delay| delay.min(MAX_RETRY)),
            )
        }
    }
}

/// Locks up to `limit` e-mails that are due, the longest waiting first,
/// skipping those another worker holds. The locks last until the caller's
/// transaction ends, which is when what happened to each is recorded.
pub fn claim_due(conn: &mut PgConnection, limit: i64) -> QueryResult<Vec<OutboxRow>> {
    email_outbox::table
        .filter(email_outbox::sent_at.is_null())
        .filter(email_outbox::failed_at.is_null())
        .filter(email_outbox::next_attempt_at.le(now))
        .order_by(email_outbox::next_attempt_at)
        .limit(limit)
        .select(OutboxRow::as_select())
        .for_update()
        .skip_locked()
        .load(conn)
}

fn clock() -> diesel::expression::SqlLiteral<Timestamptz> {
    sql::<Timestamptz>("clock_timestamp()")
}

pub fn mark_sent(conn: &mut PgConnection, id: Uuid, attempts: i32) -> QueryResult<usize> {
    diesel::update(email_outbox::table.find(id))
        .set((
            email_outbox::sent_at.eq(clock().nullable()),
            email_outbox::attempts.eq(attempts),
            email_outbox::last_error.eq(None::<String>),
        ))
        .execute(conn)
}

/// Records a failed attempt: due again after `retry`, or given up.
pub fn record_failure(
    conn: &mut PgConnection,
    id: Uuid,
    attempts: i32,
    failure: &Failure,
    retry: Option<Duration>,
) -> QueryResult<usize> {
    let row = email_outbox::table.find(id);
    let error = (
        email_outbox::attempts.eq(attempts),
        email_outbox::last_error.eq(failure.message()),
    );
    match retry {
        Some(retry) => diesel::update(row)
            .set((
                error,
                email_outbox::next_attempt_at.eq(sql::<Timestamptz>(
                    "clock_timestamp() + make_interval(secs => ",
                )
                .bind::<Double, _>(retry.as_secs_f64())
                .sql(")")),
            ))
            .execute(conn),
        None => diesel::update(row)
            .set((error, email_outbox::failed_at.eq(clock().nullable())))
            .execute(conn),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn transient() -> Failure {
        Failure::Transient("connection refused".into())
    }

    #[test]
    fn retries_back_off_exponentially_up_to_fifteen_minutes() {
        let delays: Vec<u64> = (1..=12)
            .map(|attempts| retry_after(attempts, &transient()).unwrap().as_secs())
            .collect();
        assert_eq!(delays, [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
        assert_eq!(retry_after(i32::MAX, &transient()), Some(MAX_RETRY));
        assert_eq!(retry_after(0, &transient()), Some(FIRST_RETRY));
    }

    #[test]
    fn a_stopped_server_is_waited_for_however_long() {
        assert_eq!(retry_after(10_000, &transient()), Some(MAX_RETRY));
    }

    #[test]
    fn refusals_are_retried_for_a_while_and_broken_messages_not_at_all() {
        let refused = Failure::Permanent("550 no such user".into());
        assert_eq!(retry_after(1, &refused), Some(FIRST_RETRY));
        assert!(retry_after(PERMANENT_FAILURES_TOLERATED - 1, &refused).is_some());
        assert_eq!(retry_after(PERMANENT_FAILURES_TOLERATED, &refused), None);
        assert_eq!(
            retry_after(1, &Failure::Undeliverable("bad address".into())),
            None
        );
    }
}
