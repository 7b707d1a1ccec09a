//! Retention: personal data that has served its purpose is deleted on a
//! schedule (`HOP_RETENTION_*`): refresh tokens that expired or were
//! revoked, the pages' expired sign-ins, e-mails sent (or given up on), and notifications read, each
//! after its age; the attempt limits' windows (client addresses, e-mails)
//! once they have ended. One pass deletes in small batches, each its own short
//! transaction, so a purge never holds many locks or holds them long, and
//! skips rows a request holds. Each batch first takes an advisory lock
//! (1022) without waiting: across every instance one batch runs at a time,
//! and an instance that finds it taken leaves the pass to the other.

use chrono::{DateTime, Utc};
use diesel::{Connection, PgConnection, QueryResult};

use super::store;
use crate::{config::RetentionConfig, db::Database};

/// Rows deleted per transaction.
pub const BATCH: i32 = 500;

/// What one pass deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    pub refresh_tokens: usize,
    pub sent_emails: usize,
    pub read_notifications: usize,
    pub limit_windows: usize,
    /// Another instance held the job's lock: it does the rest.
    pub yielded: bool,
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    ExpiredRefreshTokens,
    RevokedRefreshTokens,
    ExpiredWebSessions,
    SentEmails,
    ReadNotifications,
    EndedLimitWindows,
}

const KINDS: [Kind; 6] = [
    Kind::ExpiredRefreshTokens,
    Kind::RevokedRefreshTokens,
    Kind::ExpiredWebSessions,
    Kind::SentEmails,
    Kind::ReadNotifications,
    Kind::EndedLimitWindows,
];

fn cutoff(now: DateTime<Utc>, age: std::time::Duration) -> DateTime<Utc> {
    now - chrono::Duration::from_std(age).unwrap_or(chrono::Duration::MAX)
}

/// One batch of `kind`, in its own transaction: `None` when another
/// instance holds the job's lock.
fn batch(
    conn: &mut PgConnection,
    kind: Kind,
    policy: &RetentionConfig,
    now: DateTime<Utc>,
) -> QueryResult<Option<usize>> {
    conn.transaction(|conn| {
        if !store::try_lock_retention(conn)? {
            return Ok(None);
        }
        let deleted = match kind {
            Kind::ExpiredRefreshTokens => store::purge_expired_refresh_tokens(
                conn,
                cutoff(now, policy.refresh_tokens),
                BATCH,
            )?,
            Kind::RevokedRefreshTokens => store::purge_revoked_refresh_tokens(
                conn,
                cutoff(now, policy.refresh_tokens),
                BATCH,
            )?,
            Kind::ExpiredWebSessions => {
                store::purge_expired_web_sessions(conn, cutoff(now, policy.refresh_tokens), BATCH)?
            }
            Kind::SentEmails => {
                store::purge_sent_emails(conn, cutoff(now, policy.sent_emails), BATCH)?
            }
            Kind::ReadNotifications => store::purge_read_notifications(
                conn,
                cutoff(now, policy.read_notifications),
                BATCH,
            )?,
            Kind::EndedLimitWindows => store::purge_ended_limit_windows(conn, now, BATCH)?,
        };
        Ok(Some(deleted))
    })
}

fn count(purged: &mut Purged, kind: Kind, deleted: usize) {
    match kind {
        Kind::ExpiredRefreshTokens | Kind::RevokedRefreshTokens | Kind::ExpiredWebSessions => {
            purged.refresh_tokens += deleted;
        }
        Kind::SentEmails => purged.sent_emails += deleted,
        Kind::ReadNotifications => purged.read_notifications += deleted,
        Kind::EndedLimitWindows => purged.limit_windows += deleted,
    }
}

/// One whole pass on one connection: `hop purge`, and tests.
pub fn purge(conn: &mut PgConnection, policy: &RetentionConfig) -> QueryResult<Purged> {
    let now = Utc::now();
    let mut purged = Purged::default();
    for kind in KINDS {
        loop {
            match batch(conn, kind, policy, now)? {
                None => {
                    purged.yielded = true;
                    return Ok(purged);
                }
                Some(deleted) => {
                    count(&mut purged, kind, deleted);
                    if deleted < BATCH as usize {
                        break;
                    }
                }
            }
        }
    }
    Ok(purged)
}

/// How long after start the first pass waits: start-up (the matching
/// index's load) comes first, and a server that restarts often still purges.
pub const FIRST_PASS_AFTER: std::time::Duration = std::time::Duration::from_secs(60);

/// Runs a pass every `policy.interval` while the server runs, the first
/// [`FIRST_PASS_AFTER`] start. Each batch takes a pooled connection of its
/// own and gives it back, so a long pass never holds one from requests.
pub async fn keep_within_retention(database: Database, policy: RetentionConfig) {
    let first = actix_web::rt::time::Instant::now() + FIRST_PASS_AFTER.min(policy.interval);
    let mut tick = actix_web::rt::time::interval_at(first, policy.interval);
    loop {
        tick.tick().await;
        let now = Utc::now();
        let mut purged = Purged::default();
        'pass: for kind in KINDS {
            loop {
                let policy = policy.clone();
                let done =
                    crate::db::run(&database, move |conn| Ok(batch(conn, kind, &policy, now)?))
                        .await;
                match done {
                    Ok(None) => {
                        purged.yielded = true;
                        break 'pass;
                    }
                    Ok(Some(deleted)) => {
                        count(&mut purged, kind, deleted);
                        if deleted < BATCH as usize {
                            break;
                        }
                    }
                    Err(err) => {
                        tracing::warn!(error = %err, "retention: cannot purge; next pass retries");
                        break 'pass;
                    }
                }
            }
        }
        if purged.refresh_tokens
            + purged.sent_emails
            + purged.read_notifications
            + purged.limit_windows
            > 0
        {
            tracing::info!(
                refresh_tokens = purged.refresh_tokens,
                sent_emails = purged.sent_emails,
                read_notifications = purged.read_notifications,
                limit_windows = purged.limit_windows,
                "retention: deleted personal data past its age"
            );
        }
    }
}
