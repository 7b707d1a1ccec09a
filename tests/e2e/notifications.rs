use std::{
    net::{TcpListener, TcpStream},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use actix_web::http::Method;
use chrono::{DateTime, Utc};
use diesel::{
    QueryableByName, RunQueryDsl, sql_query,
    sql_types::{BigInt, Integer, Nullable, Text, Timestamptz},
};
use hop_domain::{i18n::Lang, notification::local_time_phrase};
use hop_tests::{TestApp, TestUser};
use serde_json::{Value, json};
use uuid::Uuid;

fn id(body: &Value) -> &str {
    body["id"].as_str().expect("id")
}

/// The caller's notifications page at `query` (e.g. `?unread=true`).
async fn notifications(app: &TestApp, user: &TestUser, query: &str) -> Value {
    let page = app
        .get(
            &format!("/api/v1/me/notifications{query}"),
            Some(&user.access_token),
        )
        .await;
    assert_eq!(page.status, 200, "{}", page.text());
    page.json()
}

fn kinds(page: &Value) -> Vec<&str> {
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|item| item["kind"].as_str().expect("kind"))
        .collect()
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    count: i64,
}

fn outbox_size(app: &TestApp) -> i64 {
    sql_query("SELECT count(*) AS count FROM email_outbox")
        .get_result::<Count>(&mut app.db())
        .unwrap()
        .count
}

#[actix_web::test]
async fn owners_hear_how_their_organisation_was_reviewed() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let staff = app.staff().await;
    let verified = app
        .verified_organization(&owner, &staff, "Polska Akcja Humanitarna Toruń")
        .await;
    let rejected = app.organization(&owner, "Fundacja Bez KRS").await;
    let reject = app
        .post_json_as(
            &format!("/api/v1/organizations/{}/reject", id(&rejected)),
            &json!({"reason": "The KRS number is missing."}),
            Some(&staff.access_token),
        )
        .await;
    assert_eq!(reject.status, 200, "{}", reject.text());

    let page = notifications(&app, &owner, "").await;
    assert_eq!(
        kinds(&page),
        ["organization_rejected", "organization_verified"],
        "newest first: {page}"
    );
    let [rejection, verification] = [&page["items"][0], &page["items"][1]];
    assert_eq!(verification["title"], "Organisation verified");
    assert_eq!(
        verification["body"],
        "The Volunteering Center has verified the organisation “Polska Akcja Humanitarna Toruń”. \
         You can now publish volunteering opportunities."
    );
    assert_eq!(verification["payload"]["organization_id"], verified["id"]);
    assert_eq!(verification["read_at"], Value::Null);
    assert!(
        rejection["body"]
            .as_str()
            .unwrap()
            .ends_with("Reason: The KRS number is missing."),
        "{rejection}"
    );
    assert_eq!(page["unread_count"], 2);
    assert_eq!(page["next_cursor"], Value::Null);

    // Staff reviewed but own nothing: nothing for them.
    assert_eq!(kinds(&notifications(&app, &staff, "").await).len(), 0);
    // Without an SMTP server nothing goes to the outbox.
    assert_eq!(outbox_size(&app), 0);
}

#[actix_web::test]
async fn volunteers_hear_of_sign_ups_promotions_and_shift_changes() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let opportunity = app.published_opportunity(&owner, json!({})).await;
    let shift = app.shift(&owner, &opportunity, 48, 2, 1).await;
    let first = app.adult_volunteer().await;
    let second = app.adult_volunteer().await;
    let held = app.sign_up(&first, &shift).await.json();
    assert_eq!(held["status"], "confirmed");
    assert_eq!(
        app.sign_up(&second, &shift).await.json()["status"],
        "waitlisted"
    );

    let page = notifications(&app, &first, "").await;
    assert_eq!(kinds(&page), ["signup_confirmed"]);
    let confirmed = &page["items"][0];
    assert_eq!(confirmed["title"], "Sign-up confirmed");
    let body = confirmed["body"].as_str().unwrap();
    assert!(
        body.starts_with("Your sign-up for the shift “Food bank sorting” on ")
            && body.ends_with(" is confirmed."),
        "{body}"
    );
    assert_eq!(confirmed["payload"]["shift_id"], shift["id"]);
    assert_eq!(
        confirmed["payload"]["opportunity_title"],
        "Food bank sorting"
    );
    assert_eq!(
        kinds(&notifications(&app, &second, "").await),
        ["signup_waitlisted"]
    );

    let withdrawn = app
        .post_json_as(
            &format!("/api/v1/applications/{}/withdraw", id(&held)),
            &json!({}),
            Some(&first.access_token),
        )
        .await;
    assert_eq!(withdrawn.status, 200, "{}", withdrawn.text());
    assert_eq!(
        kinds(&notifications(&app, &second, "").await),
        ["signup_promoted", "signup_waitlisted"]
    );

    // Three days later, on the hour; shown in Toruń's time (the domain's
    // tests check that time itself).
    let later = (Utc::now() + chrono::TimeDelta::days(3)).timestamp();
    let starts = DateTime::from_timestamp(later - later % 3600, 0).unwrap();
    let moved = app
        .send_json(
            Method::PATCH,
            &format!("/api/v1/shifts/{}", id(&shift)),
            Some(&json!({"starts_at": starts, "ends_at": starts + chrono::TimeDelta::hours(2)})),
            Some(&owner.access_token),
        )
        .await;
    assert_eq!(moved.status, 200, "{}", moved.text());
    let page = notifications(&app, &second, "").await;
    assert_eq!(kinds(&page)[0], "shift_changed");
    let changed = &page["items"][0];
    assert_eq!(changed["title"], "Shift rescheduled");
    assert_eq!(
        changed["body"],
        format!(
            "The organisation has moved the shift “Food bank sorting” you signed up for. \
             It now starts {}.",
            local_time_phrase(starts, Lang::En)
        )
    );
    assert_eq!(changed["payload"]["starts_at"], json!(starts));
    // The one who withdrew is no longer told.
    assert_eq!(
        kinds(&notifications(&app, &first, "").await),
        ["signup_confirmed"]
    );

    let cancelled = app
        .send_json(
            Method::DELETE,
            &format!("/api/v1/shifts/{}", id(&shift)),
            None,
            Some(&owner.access_token),
        )
        .await;
    assert!(cancelled.status < 300, "{}", cancelled.text());
    assert_eq!(
        kinds(&notifications(&app, &second, "").await),
        [
            "shift_cancelled",
            "shift_changed",
            "signup_promoted",
            "signup_waitlisted"
        ]
    );
}

/// Makes `count` notifications for `user`: sign-ups for separate shifts.
async fn notified(app: &TestApp, owner: &TestUser, user: &TestUser, count: i64) {
    let opportunity = app.published_opportunity(owner, json!({})).await;
    for hours in 0..count {
        let shift = app.shift(owner, &opportunity, 24 + 3 * hours, 2, 5).await;
        assert_eq!(app.sign_up(user, &shift).await.status, 201);
    }
}

#[actix_web::test]
async fn notifications_page_filter_and_get_marked_read() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let volunteer = app.adult_volunteer().await;
    notified(&app, &owner, &volunteer, 5).await;

    // Pages of two, newest first, without gaps or repeats.
    let mut seen = Vec::new();
    let mut query = "?limit=2".to_owned();
    loop {
        let page = notifications(&app, &volunteer, &query).await;
        assert!(page["items"].as_array().unwrap().len() <= 2);
        assert_eq!(page["unread_count"], 5);
        seen.extend(page["items"].as_array().unwrap().iter().map(|item| {
            (
                item["created_at"].as_str().unwrap().to_owned(),
                id(item).to_owned(),
            )
        }));
        match page["next_cursor"].as_str() {
            Some(cursor) => query = format!("?limit=2&cursor={cursor}"),
            None => break,
        }
    }
    assert_eq!(seen.len(), 5);
    let mut sorted = seen.clone();
    sorted.sort_by(|a, b| {
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        (at(&b.0), &b.1).cmp(&(at(&a.0), &a.1))
    });
    assert_eq!(seen, sorted, "newest first");

    let first = seen[0].1.clone();
    let marked = app
        .post_json_as(
            &format!("/api/v1/me/notifications/{first}/read"),
            &json!({}),
            Some(&volunteer.access_token),
        )
        .await;
    assert_eq!(marked.status, 200, "{}", marked.text());
    let read_at = marked.json()["read_at"].clone();
    assert!(read_at.is_string(), "{}", marked.text());
    // Again: still read, at the first time.
    let again = app
        .post_json_as(
            &format!("/api/v1/me/notifications/{first}/read"),
            &json!({}),
            Some(&volunteer.access_token),
        )
        .await;
    assert_eq!(again.json()["read_at"], read_at);

    let unread = notifications(&app, &volunteer, "?unread=true").await;
    assert_eq!(unread["items"].as_array().unwrap().len(), 4);
    assert_eq!(unread["unread_count"], 4);
    assert!(
        unread["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|item| id(item) != first)
    );
    assert_eq!(
        notifications(&app, &volunteer, "?unread=false").await["items"]
            .as_array()
            .unwrap()
            .len(),
        5
    );

    let all = app
        .post_json_as(
            "/api/v1/me/notifications/read-all",
            &json!({}),
            Some(&volunteer.access_token),
        )
        .await;
    assert_eq!(all.status, 200, "{}", all.text());
    assert_eq!(all.json()["marked_read"], 4);
    let unread = notifications(&app, &volunteer, "?unread=true").await;
    assert_eq!(unread["items"], json!([]));
    assert_eq!(unread["unread_count"], 0);
    let everything = notifications(&app, &volunteer, "").await;
    assert!(
        everything["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|item| item["read_at"].is_string())
    );
}

#[actix_web::test]
async fn notifications_are_their_recipients_alone() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let volunteer = app.adult_volunteer().await;
    let stranger = app.adult_volunteer().await;
    notified(&app, &owner, &volunteer, 1).await;
    let theirs = notifications(&app, &volunteer, "").await["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    assert_eq!(notifications(&app, &stranger, "").await["items"], json!([]));
    app.post_json_as(
        &format!("/api/v1/me/notifications/{theirs}/read"),
        &json!({}),
        Some(&stranger.access_token),
    )
    .await
    .assert_problem(404, "not-found");
    app.post_json_as(
        &format!("/api/v1/me/notifications/{}/read", Uuid::new_v4()),
        &json!({}),
        Some(&volunteer.access_token),
    )
    .await
    .assert_problem(404, "not-found");
    // The stranger's read-all leaves the volunteer's alone.
    let all = app
        .post_json_as(
            "/api/v1/me/notifications/read-all",
            &json!({}),
            Some(&stranger.access_token),
        )
        .await;
    assert_eq!(all.json()["marked_read"], 0);
    assert_eq!(notifications(&app, &volunteer, "").await["unread_count"], 1);

    app.get("/api/v1/me/notifications", None)
        .await
        .assert_problem(401, "unauthorized");
    app.post_json(
        &format!("/api/v1/me/notifications/{theirs}/read"),
        &json!({}),
    )
    .await
    .assert_problem(401, "unauthorized");
    app.post_json("/api/v1/me/notifications/read-all", &json!({}))
        .await
        .assert_problem(401, "unauthorized");

    for query in [
        "?limit=0",
        "?limit=101",
        "?cursor=garbage!",
        "?unread=maybe",
    ] {
        let response = app
            .get(
                &format!("/api/v1/me/notifications{query}"),
                Some(&volunteer.access_token),
            )
            .await;
        response.assert_problem(422, "validation");
    }
}

#[actix_web::test]
async fn texts_are_in_the_readers_language() {
    let app = TestApp::spawn().await;
    let owner = app.user().await;
    let volunteer = app.adult_volunteer().await;

    let me = app
        .get("/api/v1/me", Some(&volunteer.access_token))
        .await
        .json();
    assert_eq!(me["preferred_language"], "en");
    let changed = app
        .send_json(
            Method::PATCH,
            "/api/v1/me",
            Some(&json!({"preferred_language": "uk", "display_name": "  Олена Коваленко "})),
            Some(&volunteer.access_token),
        )
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text());
    assert_eq!(changed.json()["preferred_language"], "uk");
    assert_eq!(changed.json()["display_name"], "Олена Коваленко");
    assert_eq!(
        app.get("/api/v1/me", Some(&volunteer.access_token))
            .await
            .json()["preferred_language"],
        "uk"
    );

    notified(&app, &owner, &volunteer, 1).await;
    let page = app
        .get("/api/v1/me/notifications", Some(&volunteer.access_token))
        .await;
    assert_eq!(page.header("content-language"), Some("uk"));
    let item = &page.json()["items"][0];
    assert_eq!(item["title"], "Заявку підтверджено");
    let body = item["body"].as_str().unwrap();
    assert!(
        body.starts_with("Вашу заявку на зміну «Food bank sorting» у ")
            && body.ends_with(" підтверджено."),
        "{body}"
    );

    // Old notifications follow a change of language.
    app.send_json(
        Method::PATCH,
        "/api/v1/me",
        Some(&json!({"preferred_language": "pl"})),
        Some(&volunteer.access_token),
    )
    .await;
    let page = notifications(&app, &volunteer, "").await;
    assert_eq!(page["items"][0]["title"], "Zgłoszenie potwierdzone");

    let refused = app
        .send_json(
            Method::PATCH,
            "/api/v1/me",
            Some(&json!({"preferred_language": "fr", "display_name": ""})),
            Some(&volunteer.access_token),
        )
        .await;
    refused.assert_invalid_fields(&["display_name", "preferred_language"]);
    app.send_json(
        Method::PATCH,
        "/api/v1/me",
        Some(&json!({"preferred_language": "de"})),
        None,
    )
    .await
    .assert_problem(401, "unauthorized");
}

// --- E-mail through a real SMTP server --------------------------------------

/// Python's aiosmtpd on a port of ours, storing what it receives in a
/// maildir. `scripts/test` installs aiosmtpd (`pip install aiosmtpd`).
struct SmtpServer {
    child: Child,
}

fn python() -> String {
    std::env::var("HOP_TEST_PYTHON").unwrap_or_else(|_| "python3".into())
}

/// aiosmtpd with a handler that waits `argv[3]` seconds before it accepts
/// each message.
const SLOW_SMTP: &str = "
import asyncio, sys, threading
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox

class Slow(Mailbox):
    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(float(sys.argv[3]))
        return await super().handle_DATA(server, session, envelope)

Controller(Slow(sys.argv[2]), hostname='127.0.0.1', port=int(sys.argv[1])).start()
threading.Event().wait()
";

impl SmtpServer {
    fn start(port: u16, maildir: &Path) -> Self {
        let mut command = Command::new(python());
        command
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(maildir);
        Self::spawn(command, port)
    }

    /// A server that takes `delay` to accept each message.
    fn start_slow(port: u16, maildir: &Path, delay: Duration) -> Self {
        let mut command = Command::new(python());
        command
            .args(["-c", SLOW_SMTP, &port.to_string()])
            .arg(maildir)
            .arg(delay.as_secs_f64().to_string());
        Self::spawn(command, port)
    }

    fn spawn(mut command: Command, port: u16) -> Self {
        let available = Command::new(python())
            .args(["-c", "import aiosmtpd"])
            .status()
            .is_ok_and(|status| status.success());
        assert!(
            available,
            "the SMTP test needs Python's aiosmtpd: `pip install aiosmtpd` (scripts/test installs it)"
        );
        let mut child = command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("aiosmtpd starts");
        let deadline = Instant::now() + Duration::from_secs(15);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Some(status) = child.try_wait().expect("aiosmtpd's status") {
                panic!("aiosmtpd exited: {status}");
            }
            assert!(
                Instant::now() < deadline,
                "aiosmtpd did not listen on {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Self { child }
    }

    fn stop(mut self) {
        self.kill();
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A maildir path that does not exist yet (aiosmtpd makes it), removed at the end.
struct Maildir(PathBuf);

impl Maildir {
    fn new() -> Self {
        Self(std::env::temp_dir().join(format!("hop-smtp-{}", Uuid::new_v4().simple())))
    }

    /// Every message received so far.
    fn messages(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(self.0.join("new")) else {
            return Vec::new();
        };
        entries
            .flatten()
            .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
            .collect()
    }
}

impl Drop for Maildir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port()
}

#[derive(QueryableByName, Debug)]
struct OutboxEntry {
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    id: Uuid,
    #[diesel(sql_type = Text)]
    recipient: String,
    #[diesel(sql_type = Text)]
    subject: String,
    #[diesel(sql_type = Integer)]
    attempts: i32,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    sent_at: Option<DateTime<Utc>>,
    #[diesel(sql_type = Nullable<Text>)]
    last_error: Option<String>,
}

fn outbox(app: &TestApp) -> Vec<OutboxEntry> {
    sql_query(
        "SELECT id, recipient, subject, attempts, sent_at, last_error \
         FROM email_outbox ORDER BY created_at, id",
    )
    .load(&mut app.db())
    .unwrap()
}

/// Polls `check` until it holds, for at most 20 seconds.
async fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting until {what}");
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn verify(app: &TestApp, owner: &TestUser, staff: &TestUser, name: &str) {
    app.verified_organization(owner, staff, name).await;
}

#[actix_web::test]
async fn e_mails_reach_a_real_smtp_server_and_wait_out_its_outage() {
    let port = free_port();
    let maildir = Maildir::new();
    let smtp = SmtpServer::start(port, &maildir.0);
    let app = TestApp::spawn_with(|config| {
        config.mail.smtp_url = Some(format!("smtp://127.0.0.1:{port}").into());
    })
    .await;
    let owner = app.user().await;
    let staff = app.staff().await;

    verify(&app, &owner, &staff, "Bank Żywności w Toruniu").await;
    eventually("the first e-mail arrives", || maildir.messages().len() == 1).await;
    let mail = &maildir.messages()[0];
    assert!(
        mail.contains(&format!("X-RcptTo: {}", owner.email)),
        "{mail}"
    );
    assert!(mail.contains(&format!("To: {}", owner.email)), "{mail}");
    assert!(mail.contains("Subject: Organisation verified"), "{mail}");
    assert!(mail.contains("X-MailFrom: no-reply@hop.torun.pl"), "{mail}");
    let first = &outbox(&app)[0];
    assert!(
        mail.contains(&format!("Message-ID: <{}@hop.torun.pl>", first.id)),
        "{mail}"
    );
    assert_eq!(first.recipient, owner.email);
    eventually("the first e-mail is marked sent", || {
        outbox(&app)[0].sent_at.is_some()
    })
    .await;
    assert_eq!(outbox(&app)[0].attempts, 1);

    // The server stops; the next event's e-mail waits in the outbox.
    smtp.stop();
    verify(&app, &owner, &staff, "Fundacja Dzieciom").await;
    eventually("a failed attempt is recorded", || {
        outbox(&app).get(1).is_some_and(|entry| entry.attempts > 0)
    })
    .await;
    let waiting = &outbox(&app)[1];
    assert_eq!(waiting.sent_at, None, "{waiting:?}");
    assert!(waiting.last_error.is_some(), "{waiting:?}");
    assert_eq!(maildir.messages().len(), 1);

    // Back on the same port: the e-mail goes out on a later attempt.
    let _smtp = SmtpServer::start(port, &maildir.0);
    eventually("the held e-mail arrives", || maildir.messages().len() == 2).await;
    let waiting_id = outbox(&app)[1].id;
    assert!(
        maildir
            .messages()
            .iter()
            .any(|mail| mail.contains(&format!("Message-ID: <{waiting_id}@hop.torun.pl>"))),
        "the second e-mail is the one that waited"
    );
    eventually("the held e-mail is marked sent", || {
        outbox(&app)[1].sent_at.is_some()
    })
    .await;
    assert!(outbox(&app)[1].attempts >= 2);

    // Each e-mail is written in its recipient's language.
    let olena = app.user().await;
    app.send_json(
        Method::PATCH,
        "/api/v1/me",
        Some(&json!({"preferred_language": "uk"})),
        Some(&olena.access_token),
    )
    .await;
    verify(&app, &olena, &staff, "Fundacja Ukraińska").await;
    let entries = outbox(&app);
    let hers = entries
        .iter()
        .find(|entry| entry.recipient == olena.email)
        .expect("her e-mail is in the outbox");
    assert_eq!(hers.subject, "Організацію підтверджено");
    eventually("her e-mail arrives", || maildir.messages().len() == 3).await;
}

/// The `Message-ID`s of the messages received, sorted.
fn message_ids(maildir: &Maildir) -> Vec<String> {
    let mut ids: Vec<String> = maildir
        .messages()
        .iter()
        .filter_map(|mail| {
            mail.lines()
                .find_map(|line| line.strip_prefix("Message-ID: ").map(str::to_owned))
        })
        .collect();
    ids.sort();
    ids
}

#[actix_web::test]
async fn two_instances_send_each_e_mail_once_even_when_sending_is_slow() {
    let port = free_port();
    let maildir = Maildir::new();
    // Each message takes longer than a worker's poll: the other worker
    // looks for due e-mails while the first still holds its batch.
    let _smtp = SmtpServer::start_slow(port, &maildir.0, Duration::from_millis(600));
    let a = TestApp::spawn_with(|config| {
        config.mail.smtp_url = Some(format!("smtp://127.0.0.1:{port}").into());
    })
    .await;
    let _b = TestApp::spawn_on(a.config.clone()).await;
    let person = a.user().await;
    // More than one batch (10), all due at once.
    let count = 14;
    sql_query(
        "WITH made AS ( \
           INSERT INTO notifications (recipient_id, kind, payload) \
           SELECT $1, 'organization_verified', '{}'::jsonb FROM generate_series(1, $2) \
           RETURNING id) \
         INSERT INTO email_outbox (notification_id, recipient, subject, body) \
         SELECT id, 'ala@example.org', 'Organisation verified', 'text' FROM made",
    )
    .bind::<diesel::sql_types::Uuid, _>(person.id)
    .bind::<Integer, _>(count)
    .execute(&mut a.db())
    .unwrap();

    eventually("every e-mail is marked sent", || {
        outbox(&a).iter().all(|entry| entry.sent_at.is_some())
    })
    .await;
    // Whatever a second send would add has had time to arrive.
    actix_web::rt::time::sleep(Duration::from_secs(2)).await;
    let entries = outbox(&a);
    assert_eq!(entries.len(), count as usize);
    assert!(
        entries.iter().all(|entry| entry.attempts == 1),
        "{entries:?}"
    );
    let mut expected: Vec<String> = entries
        .iter()
        .map(|entry| format!("<{}@hop.torun.pl>", entry.id))
        .collect();
    expected.sort();
    assert_eq!(message_ids(&maildir), expected, "each e-mail once");
}

#[actix_web::test]
async fn bad_paging_of_notifications_is_named() {
    let app = TestApp::spawn().await;
    let volunteer = app.user().await;
    for (query, field) in [
        ("?limit=0", "limit"),
        ("?limit=101", "limit"),
        ("?cursor=garbage!", "cursor"),
    ] {
        app.get(
            &format!("/api/v1/me/notifications{query}"),
            Some(&volunteer.access_token),
        )
        .await
        .assert_invalid_fields(&[field]);
    }
}

#[actix_web::test]
async fn an_unread_filter_that_is_not_a_boolean_is_named() {
    let app = TestApp::spawn().await;
    let volunteer = app.user().await;
    app.get(
        "/api/v1/me/notifications?unread=maybe",
        Some(&volunteer.access_token),
    )
    .await
    .assert_invalid_fields(&["unread"]);
}
