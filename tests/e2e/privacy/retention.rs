//! Retention: a pass deletes what is past its age, in batches, and keeps
//! everything younger; one instance at a time.

use diesel::{Connection, RunQueryDsl, sql_query, sql_types::Uuid as SqlUuid};
use hop_api::privacy::retention::{self, BATCH};
use hop_tests::TestApp;
use serde_json::Value;

use super::{app_with_outbox, rows};

fn run(app: &TestApp, statement: &str, person: uuid::Uuid) {
    sql_query(statement)
        .bind::<SqlUuid, _>(person)
        .execute(&mut app.db())
        .unwrap_or_else(|err| panic!("{statement}: {err}"));
}

/// The labels (`subject` of e-mails, `kind`-less payload `label` of
/// notifications, `family_id` note of tokens) still stored.
fn labels(app: &TestApp, select: &str) -> Vec<String> {
    let mut found: Vec<String> = rows(app, select)
        .iter()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect();
    found.sort();
    found
}

#[actix_web::test]
async fn a_pass_deletes_what_is_past_its_age_and_keeps_the_rest() {
    let app = app_with_outbox().await;
    let person = app.user().await;
    let id = person.id;
    // Refresh tokens (defaults: 30 days after expiry or revocation). Each
    // labelled by its `created_at` year, which nothing else reads.
    run(
        &app,
        "INSERT INTO refresh_tokens (user_id, family_id, token_hash, created_at, expires_at, used_at, revoked_at) \
         SELECT $1, gen_random_uuid(), sha256(gen_random_uuid()::text::bytea), \
                make_timestamptz(label, 1, 1, 0, 0, 0, 'UTC'), expires_at, used_at, revoked_at \
         FROM (VALUES \
           (2001, now() - interval '40 days', NULL::timestamptz, NULL::timestamptz), \
           (2002, now() + interval '5 days', now() - interval '50 days', now() - interval '40 days'), \
           (2011, now() - interval '1 day', NULL, NULL), \
           (2012, now() + interval '5 days', NULL, now() - interval '1 day'), \
           (2013, now() + interval '5 days', now() - interval '40 days', NULL) \
         ) AS t(label, expires_at, used_at, revoked_at)",
        id,
    );
    // Notifications (180 days after being read) and e-mails (30 days after
    // being sent or given up on).
    run(
        &app,
        "WITH made AS ( \
           INSERT INTO notifications (recipient_id, kind, payload, created_at, read_at) \
           SELECT $1, 'organization_verified', jsonb_build_object('label', label), created_at, read_at \
           FROM (VALUES \
             ('read-long-ago', now() - interval '300 days', now() - interval '200 days'), \
             ('read-lately', now() - interval '300 days', now() - interval '2 days'), \
             ('never-read', now() - interval '400 days', NULL::timestamptz) \
           ) AS t(label, created_at, read_at) \
           RETURNING id, payload->>'label' AS label) \
         INSERT INTO email_outbox (notification_id, recipient, subject, body, sent_at, failed_at) \
         SELECT made.id, 'ala@example.org', made.label || '/' || e.label, 'text', e.sent_at, e.failed_at \
         FROM made JOIN (VALUES \
             ('sent-long-ago', now() - interval '40 days', NULL::timestamptz), \
             ('failed-long-ago', NULL, now() - interval '40 days'), \
             ('sent-lately', now() - interval '2 days', NULL), \
             ('waiting', NULL, NULL) \
           ) AS e(label, sent_at, failed_at) ON made.label = 'never-read'",
        id,
    );

    let purged = retention::purge(&mut app.db(), &app.config.retention).expect("a pass");
    assert!(!purged.yielded);

    assert_eq!(
        labels(
            &app,
            "SELECT to_jsonb(extract(year FROM created_at)::int::text) AS row FROM refresh_tokens \
             WHERE extract(year FROM created_at) < 2020"
        ),
        ["2011", "2012", "2013"],
        "expired or revoked lately, or used but live, stay"
    );
    assert_eq!(
        labels(
            &app,
            "SELECT to_jsonb(payload->>'label') AS row FROM notifications WHERE payload ? 'label'"
        ),
        ["never-read", "read-lately"]
    );
    assert_eq!(
        labels(&app, "SELECT to_jsonb(subject) AS row FROM email_outbox"),
        ["never-read/sent-lately", "never-read/waiting"]
    );
    // The person's own login is untouched.
    let refreshed = app
        .post_json(
            "/api/v1/auth/refresh",
            &serde_json::json!({"refresh_token": person.refresh_token}),
        )
        .await;
    assert_eq!(refreshed.status, 200, "{}", refreshed.text());
}

#[actix_web::test]
async fn a_pass_goes_through_many_batches_and_yields_to_another_instance() {
    let app = TestApp::spawn().await;
    let person = app.user().await;
    let many = i64::from(BATCH) * 2 + 7;
    sql_query(
        "INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at) \
         SELECT $1, gen_random_uuid(), sha256(n::text::bytea), now() - interval '90 days' \
         FROM generate_series(1, $2) AS n",
    )
    .bind::<SqlUuid, _>(person.id)
    .bind::<diesel::sql_types::BigInt, _>(many)
    .execute(&mut app.db())
    .expect("old tokens");
    let stale = |app: &TestApp| {
        rows(
            app,
            "SELECT to_jsonb(count(*)) AS row FROM refresh_tokens \
             WHERE expires_at < now() - interval '60 days'",
        )[0]
        .as_i64()
        .expect("a count")
    };
    assert_eq!(stale(&app), many);

    // While another instance holds the job's lock, a pass leaves it to them.
    let mut other = app.db();
    other
        .transaction::<_, diesel::result::Error, _>(|other| {
            sql_query("SELECT pg_advisory_xact_lock(1022, 0)").execute(other)?;
            let purged = retention::purge(&mut app.db(), &app.config.retention).expect("a pass");
            assert!(purged.yielded);
            assert_eq!(purged.refresh_tokens, 0);
            assert_eq!(stale(&app), many);
            Ok(())
        })
        .expect("the other instance's transaction");

    let purged = retention::purge(&mut app.db(), &app.config.retention).expect("a pass");
    assert!(!purged.yielded);
    assert_eq!(stale(&app), 0, "every batch ran");
    // The person's own login stays.
    assert_eq!(
        app.post_json(
            "/api/v1/auth/refresh",
            &serde_json::json!({"refresh_token": person.refresh_token}),
        )
        .await
        .status,
        200
    );
}
