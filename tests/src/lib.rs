//! `TestApp`: a real HOP server on a free port, on a database of its own
//! cloned from a migrated template, with a client and helpers to make users.
//! Tests run in parallel and leave nothing behind.

pub mod browser;

use std::{sync::OnceLock, time::Duration};

use actix_web::{dev::ServerHandle, http::header::HeaderMap};
use diesel::{Connection, PgConnection, RunQueryDsl, sql_query};
use hop_api::{
    Application, Config,
    db::{self, MIGRATIONS_FINGERPRINT, quote_identifier},
};
use serde_json::{Value, json};
use uuid::Uuid;

pub const PASSWORD: &str = "correct horse battery staple";

pub fn base_database_url() -> String {
    let url = std::env::var("DATABASE_URL")
        .unwrap_or_else(|_| hop_api::config::DEFAULT_DATABASE_URL.to_owned());
    without_tls(&url)
}

/// The tests talk to a PostgreSQL on this machine: without TLS, so no
/// connection is in OpenSSL when the test process exits (its exit handlers
/// free OpenSSL's state under a pooled connection still working, which
/// crashed the process once after every test had passed).
/// For the same reason without GSSAPI: libpq asks Kerberos for credentials
/// on every connect otherwise, and its state is freed at exit too.
fn without_tls(raw: &str) -> String {
    let Ok(mut url) = url::Url::parse(raw) else {
        return raw.to_owned();
    };
    for (key, value) in [("sslmode", "disable"), ("gssencmode", "disable")] {
        if !url.query_pairs().any(|(present, _)| present == key) {
            url.query_pairs_mut().append_pair(key, value);
        }
    }
    url.into()
}

fn maintenance_connection() -> PgConnection {
    let (url, _) = db::maintenance_url(&base_database_url()).expect("DATABASE_URL is a URL");
    PgConnection::establish(&url).unwrap_or_else(|err| {
        panic!("cannot reach PostgreSQL at DATABASE_URL (run the tests with ./scripts/test): {err}")
    })
}

fn url_for(database: &str) -> String {
    let mut url = url::Url::parse(&base_database_url()).expect("DATABASE_URL is a URL");
    url.set_path(&format!("/{database}"));
    url.into()
}

/// The migrated template, built once per migration set. Building happens
/// under an advisory lock and under another name, renamed when complete,
/// so concurrent test processes never clone a half-migrated template.
fn template() -> &'static str {
    static TEMPLATE: OnceLock<String> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let name = format!("hop_template_{MIGRATIONS_FINGERPRINT}");
        let mut conn = maintenance_connection();
        sql_query("SELECT pg_advisory_lock(727274)")
            .execute(&mut conn)
            .expect("advisory lock");
        if !db::database_exists(&mut conn, &name).expect("query pg_database") {
            let building = format!("{name}_building");
            // Templates of older migration sets, and a build a crash left behind.
            for stale in databases_named_like(&mut conn, "hop_template_%") {
                drop_database(&mut conn, &stale);
            }
            sql_query(format!("CREATE DATABASE {}", quote_identifier(&building)))
                .execute(&mut conn)
                .expect("create template");
            {
                let mut template =
                    PgConnection::establish(&url_for(&building)).expect("connect to template");
                db::run_migrations(&mut template).expect("migrate template");
            }
            sql_query(format!(
                "ALTER DATABASE {} RENAME TO {}",
                quote_identifier(&building),
                quote_identifier(&name)
            ))
            .execute(&mut conn)
            .expect("rename template");
        }
        sql_query("SELECT pg_advisory_unlock(727274)")
            .execute(&mut conn)
            .expect("advisory unlock");
        name
    })
}

fn databases_named_like(conn: &mut PgConnection, pattern: &str) -> Vec<String> {
    #[derive(diesel::QueryableByName)]
    struct Name {
        #[diesel(sql_type = diesel::sql_types::Text)]
        datname: String,
    }
    sql_query("SELECT datname FROM pg_database WHERE datname LIKE $1")
        .bind::<diesel::sql_types::Text, _>(pattern)
        .load::<Name>(conn)
        .expect("list databases")
        .into_iter()
        .map(|row| row.datname)
        .collect()
}

fn drop_database(conn: &mut PgConnection, name: &str) {
    sql_query(format!(
        "DROP DATABASE IF EXISTS {} WITH (FORCE)",
        quote_identifier(name)
    ))
    .execute(conn)
    .unwrap_or_else(|err| panic!("drop database {name}: {err}"));
}

/// A database of one test's own, dropped when the test ends (also on panic).
pub struct TestDatabase {
    pub name: String,
    pub url: String,
}

impl TestDatabase {
    /// A clone of the migrated template.
    pub fn migrated() -> Self {
        let template = template();
        let name = format!("hop_test_{}", Uuid::new_v4().simple());
        sql_query(format!(
            "CREATE DATABASE {} TEMPLATE {}",
            quote_identifier(&name),
            quote_identifier(template)
        ))
        .execute(&mut maintenance_connection())
        .expect("clone the template");
        Self {
            url: url_for(&name),
            name,
        }
    }

    /// An empty database, for testing migrations themselves.
    pub fn empty() -> Self {
        let name = format!("hop_test_{}", Uuid::new_v4().simple());
        sql_query(format!("CREATE DATABASE {}", quote_identifier(&name)))
            .execute(&mut maintenance_connection())
            .expect("create database");
        Self {
            url: url_for(&name),
            name,
        }
    }

    pub fn connect(&self) -> PgConnection {
        PgConnection::establish(&self.url).expect("connect to the test database")
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        drop_database(&mut maintenance_connection(), &self.name);
    }
}

/// Settings for a test server: a free port, one worker, a small pool.
pub fn test_config(database_url: &str) -> Config {
    let database_url = database_url.to_owned();
    Config::from_lookup(|name| match name {
        "DATABASE_URL" => Some(database_url.clone()),
        "HOP_ADDR" => Some("127.0.0.1:0".into()),
        "HOP_WORKERS" => Some("1".into()),
        "HOP_DB_POOL_SIZE" => Some("4".into()),
        "HOP_HASHING_CONCURRENCY" => Some("2".into()),
        // Statistics gathered for every request: each test sees its own changes.
        "HOP_STATS_REFRESH_SECS" => Some("0".into()),
        _ => None,
    })
    .expect("test configuration is valid")
}

pub struct TestApp {
    pub address: String,
    pub client: awc::Client,
    pub config: Config,
    handle: ServerHandle,
    // Declared last: dropped after the server is told to stop.
    pub database: Option<TestDatabase>,
}

impl TestApp {
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    /// Spawns with settings adjusted by `adjust` (limits, lifetimes, …).
    pub async fn spawn_with(adjust: impl FnOnce(&mut Config)) -> Self {
        let database = TestDatabase::migrated();
        let mut config = test_config(&database.url);
        adjust(&mut config);
        Self::start(config, Some(database))
    }

    /// A second server on the same database as another (a restart, or a
    /// second instance); the database stays the first one's.
    pub async fn spawn_on(config: Config) -> Self {
        Self::start(config, None)
    }

    /// A server whose database cannot be reached: nothing listens on port 1.
    pub async fn spawn_without_database() -> Self {
        let mut config = test_config("postgres://postgres:postgres@127.0.0.1:1/hop");
        config.database.acquire_timeout = Duration::from_secs(1);
        Self::start(config, None)
    }

    fn start(config: Config, database: Option<TestDatabase>) -> Self {
        let app = Application::build(&config).expect("the application builds");
        let address = format!("http://{}", app.addr());
        let handle = app.handle();
        actix_web::rt::spawn(app.run());
        let client = awc::Client::builder()
            .timeout(Duration::from_secs(30))
            .disable_redirects()
            .finish();
        Self {
            address,
            client,
            config,
            handle,
            database,
        }
    }

    pub fn db(&self) -> PgConnection {
        self.database
            .as_ref()
            .expect("this app has a database")
            .connect()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> TestResponse {
        let mut request = self.client.get(self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        TestResponse::read(request.send().await.expect("GET is sent")).await
    }

    /// A GET with extra request headers (`Accept-Language`, …).
    pub async fn get_with_headers(
        &self,
        path: &str,
        token: Option<&str>,
        headers: &[(&str, &str)],
    ) -> TestResponse {
        let mut request = self.client.get(self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        for &(name, value) in headers {
            request = request.insert_header((name, value));
        }
        TestResponse::read(request.send().await.expect("GET is sent")).await
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> TestResponse {
        self.post_json_as(path, body, None).await
    }

    pub async fn post_json_as(
        &self,
        path: &str,
        body: &Value,
        token: Option<&str>,
    ) -> TestResponse {
        let mut request = self.client.post(self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        TestResponse::read(request.send_json(body).await.expect("POST is sent")).await
    }

    /// Sends `body` as is, with the given content type.
    pub async fn post_raw(&self, path: &str, content_type: &str, body: Vec<u8>) -> TestResponse {
        let request = self
            .client
            .post(self.url(path))
            .insert_header(("content-type", content_type));
        TestResponse::read(request.send_body(body).await.expect("POST is sent")).await
    }

    pub async fn register(&self, email: &str, password: &str, display_name: &str) -> TestResponse {
        self.post_json(
            "/api/v1/auth/register",
            &json!({"email": email, "password": password, "display_name": display_name}),
        )
        .await
    }

    pub async fn login(&self, email: &str, password: &str) -> TestResponse {
        self.post_json(
            "/api/v1/auth/login",
            &json!({"email": email, "password": password}),
        )
        .await
    }

    /// A login through a reverse proxy that sent `X-Forwarded-For: forwarded_for`
    /// (the test server sees 127.0.0.1 as the peer).
    pub async fn login_forwarded(
        &self,
        email: &str,
        password: &str,
        forwarded_for: &str,
    ) -> TestResponse {
        let request = self
            .client
            .post(self.url("/api/v1/auth/login"))
            .insert_header(("x-forwarded-for", forwarded_for));
        TestResponse::read(
            request
                .send_json(&json!({"email": email, "password": password}))
                .await
                .expect("POST is sent"),
        )
        .await
    }

    /// A registration through a reverse proxy that sent
    /// `X-Forwarded-For: forwarded_for`.
    pub async fn register_forwarded(&self, email: &str, forwarded_for: &str) -> TestResponse {
        let request = self
            .client
            .post(self.url("/api/v1/auth/register"))
            .insert_header(("x-forwarded-for", forwarded_for));
        TestResponse::read(
            request
                .send_json(&json!({"email": email, "password": PASSWORD, "display_name": "Ala"}))
                .await
                .expect("POST is sent"),
        )
        .await
    }

    /// A test app behind a trusted reverse proxy at 127.0.0.1, so requests
    /// choose their client address with `X-Forwarded-For`.
    pub async fn spawn_behind_proxy(adjust: impl FnOnce(&mut Config)) -> Self {
        Self::spawn_with(|config| {
            config.trust_forwarded_for = true;
            config.trusted_proxies = "127.0.0.1/32, ::1".parse().expect("proxies");
            adjust(config);
        })
        .await
    }

    /// A registered, logged-in user with a unique e-mail.
    pub async fn user(&self) -> TestUser {
        self.user_named("Test Volunteer").await
    }

    /// A registered, logged-in user with a unique e-mail and `display_name`.
    pub async fn user_named(&self, display_name: &str) -> TestUser {
        let email = format!("volunteer-{}@example.org", Uuid::new_v4().simple());
        let registered = self.register(&email, PASSWORD, display_name).await;
        assert_eq!(registered.status, 201, "register: {}", registered.text());
        let tokens = self.login(&email, PASSWORD).await;
        assert_eq!(tokens.status, 200, "login: {}", tokens.text());
        let tokens = tokens.json();
        TestUser {
            id: registered.json()["id"]
                .as_str()
                .expect("id")
                .parse()
                .expect("uuid"),
            email,
            access_token: tokens["access_token"]
                .as_str()
                .expect("access_token")
                .to_owned(),
            refresh_token: tokens["refresh_token"]
                .as_str()
                .expect("refresh_token")
                .to_owned(),
        }
    }
}

impl TestApp {
    /// A logged-in city-staff user (granted as `hop create-admin` does).
    pub async fn staff(&self) -> TestUser {
        let user = self.user().await;
        let email = hop_domain::Email::parse(&user.email).expect("valid e-mail");
        let name = hop_domain::DisplayName::parse("City staff").expect("valid name");
        hop_api::accounts::grant_staff(&mut self.db(), &email, &name, || Ok(String::new()))
            .expect("grant staff");
        user
    }

    pub async fn send_json(
        &self,
        method: actix_web::http::Method,
        path: &str,
        body: Option<&Value>,
        token: Option<&str>,
    ) -> TestResponse {
        let mut request = self.client.request(method, self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = match body {
            Some(body) => request.send_json(body).await,
            None => request.send().await,
        };
        TestResponse::read(response.expect("request is sent")).await
    }

    /// Registers an organisation owned by `owner`; returns its body.
    pub async fn organization(&self, owner: &TestUser, name: &str) -> Value {
        let response = self
            .post_json_as(
                "/api/v1/organizations",
                &json!({"name": name, "kind": "ngo", "description": "Helping in Toruń"}),
                Some(&owner.access_token),
            )
            .await;
        assert_eq!(
            response.status,
            201,
            "create organisation: {}",
            response.text()
        );
        response.json()
    }

    /// Makes `member` a member of `organization` with `role` the only way
    /// there is: `owner` invites their address, they accept. Returns the
    /// accepted invitation.
    pub async fn invite_and_accept(
        &self,
        owner: &TestUser,
        organization: &Value,
        member: &TestUser,
        role: &str,
    ) -> Value {
        let invited = self.invite(owner, organization, &member.email, role).await;
        assert_eq!(invited.status, 202, "invite: {}", invited.text());
        let accepted = self
            .post_json_as(
                &format!(
                    "/api/v1/invitations/{}/accept",
                    invited.json()["id"].as_str().expect("id")
                ),
                &json!({}),
                Some(&member.access_token),
            )
            .await;
        assert_eq!(accepted.status, 200, "accept: {}", accepted.text());
        accepted.json()
    }

    /// `owner` invites `email` to `organization` as `role`.
    pub async fn invite(
        &self,
        owner: &TestUser,
        organization: &Value,
        email: &str,
        role: &str,
    ) -> TestResponse {
        self.post_json_as(
            &format!(
                "/api/v1/organizations/{}/members",
                organization["id"].as_str().expect("id")
            ),
            &json!({"email": email, "role": role}),
            Some(&owner.access_token),
        )
        .await
    }

    /// Registers an organisation owned by `owner` and has staff verify it.
    pub async fn verified_organization(
        &self,
        owner: &TestUser,
        staff: &TestUser,
        name: &str,
    ) -> Value {
        let organization = self.organization(owner, name).await;
        let path = format!(
            "/api/v1/organizations/{}/verify",
            organization["id"].as_str().expect("id")
        );
        let verified = self
            .post_json_as(&path, &json!({}), Some(&staff.access_token))
            .await;
        assert_eq!(verified.status, 200, "verify: {}", verified.text());
        verified.json()
    }
}

impl TestApp {
    /// A logged-in volunteer with a profile (birth date, guardian consent),
    /// written straight to the database: the sign-up tests need only these.
    pub async fn volunteer(
        &self,
        birth_date: chrono::NaiveDate,
        guardian_consent: bool,
    ) -> TestUser {
        let user = self.user().await;
        sql_query(
            "INSERT INTO volunteer_profiles (user_id, birth_date, guardian_consent, guardian_name, guardian_consent_recorded_at) \
             VALUES ($1, $2, $3, CASE WHEN $3 THEN 'Anna Kowalska' END, CASE WHEN $3 THEN now() END)",
        )
        .bind::<diesel::sql_types::Uuid, _>(user.id)
        .bind::<diesel::sql_types::Date, _>(birth_date)
        .bind::<diesel::sql_types::Bool, _>(guardian_consent)
        .execute(&mut self.db())
        .expect("insert a volunteer profile");
        user
    }

    /// An adult volunteer with a profile.
    pub async fn adult_volunteer(&self) -> TestUser {
        self.volunteer(
            chrono::NaiveDate::from_ymd_opt(1990, 5, 17).expect("a date"),
            false,
        )
        .await
    }

    /// Creates an opportunity from `body` (merged over sensible defaults)
    /// for `organization`; returns its body.
    pub async fn opportunity(&self, owner: &TestUser, organization: &Value, body: Value) -> Value {
        let mut full = json!({
            "title": "Food bank sorting",
            "cause": "poverty",
            "location": {"lat": 53.0103, "lon": 18.6057, "address": "ul. Szeroka 1, Toruń"}
        });
        if let (Some(full), Some(extra)) = (full.as_object_mut(), body.as_object()) {
            full.extend(extra.clone());
        }
        let path = format!(
            "/api/v1/organizations/{}/opportunities",
            organization["id"].as_str().expect("id")
        );
        let created = self
            .post_json_as(&path, &full, Some(&owner.access_token))
            .await;
        assert_eq!(
            created.status,
            201,
            "create opportunity: {}",
            created.text()
        );
        created.json()
    }

    /// A verified organisation with a published opportunity made from `body`.
    pub async fn published_opportunity(&self, owner: &TestUser, body: Value) -> Value {
        let staff = self.staff().await;
        let organization = self
            .verified_organization(owner, &staff, "Bank Żywności Toruń")
            .await;
        let opportunity = self.opportunity(owner, &organization, body).await;
        self.publish(owner, &opportunity).await
    }

    /// A shift of the opportunity starting `starts_in_hours` from now.
    pub async fn shift(
        &self,
        owner: &TestUser,
        opportunity: &Value,
        starts_in_hours: i64,
        hours: i64,
        capacity: i64,
    ) -> Value {
        let starts = chrono::Utc::now() + chrono::TimeDelta::hours(starts_in_hours);
        let ends = starts + chrono::TimeDelta::hours(hours);
        self.shift_at(owner, opportunity, starts, ends, capacity)
            .await
    }

    /// Publishes `opportunity` (a draft of a verified organisation); returns its body.
    pub async fn publish(&self, owner: &TestUser, opportunity: &Value) -> Value {
        let path = format!(
            "/api/v1/opportunities/{}/publish",
            opportunity["id"].as_str().expect("id")
        );
        let published = self
            .post_json_as(&path, &json!({}), Some(&owner.access_token))
            .await;
        assert_eq!(published.status, 200, "publish: {}", published.text());
        published.json()
    }

    /// A shift of the opportunity from `starts_at` to `ends_at`.
    pub async fn shift_at(
        &self,
        owner: &TestUser,
        opportunity: &Value,
        starts_at: chrono::DateTime<chrono::Utc>,
        ends_at: chrono::DateTime<chrono::Utc>,
        capacity: i64,
    ) -> Value {
        let body = json!({"starts_at": starts_at, "ends_at": ends_at, "capacity": capacity});
        let path = format!(
            "/api/v1/opportunities/{}/shifts",
            opportunity["id"].as_str().expect("id")
        );
        let created = self
            .post_json_as(&path, &body, Some(&owner.access_token))
            .await;
        assert_eq!(created.status, 201, "create shift: {}", created.text());
        created.json()
    }

    /// The id of the seeded skill with `slug`.
    pub async fn skill_id(&self, slug: &str) -> String {
        let page = self
            .get("/api/v1/skills?limit=100&include_deprecated=true", None)
            .await
            .json();
        page["items"]
            .as_array()
            .expect("items")
            .iter()
            .find(|skill| skill["slug"] == slug)
            .and_then(|skill| skill["id"].as_str())
            .unwrap_or_else(|| panic!("no seeded skill {slug}"))
            .to_owned()
    }

    /// Writes `user`'s volunteer profile with `PUT /me/volunteer-profile`;
    /// returns its body.
    pub async fn put_volunteer_profile(&self, user: &TestUser, body: &Value) -> Value {
        let saved = self
            .send_json(
                actix_web::http::Method::PUT,
                "/api/v1/me/volunteer-profile",
                Some(body),
                Some(&user.access_token),
            )
            .await;
        assert_eq!(saved.status, 200, "put profile: {}", saved.text());
        saved.json()
    }

    /// `POST /applications/{id}/{action}` (`accept`, `reject`, `withdraw`,
    /// `attendance`) by `user` with `body`.
    pub async fn decide(
        &self,
        user: &TestUser,
        application: &Value,
        action: &str,
        body: &Value,
    ) -> TestResponse {
        let path = format!(
            "/api/v1/applications/{}/{action}",
            application["id"].as_str().expect("id")
        );
        self.post_json_as(&path, body, Some(&user.access_token))
            .await
    }

    /// `member` records the organisation's safeguarding checks of
    /// `volunteer`, dated yesterday.
    pub async fn record_safeguarding(
        &self,
        member: &TestUser,
        organization_id: &str,
        volunteer: Uuid,
    ) -> TestResponse {
        let checked_at = chrono::Utc::now() - chrono::TimeDelta::days(1);
        self.send_json(
            actix_web::http::Method::PUT,
            &format!("/api/v1/organizations/{organization_id}/safeguarding/{volunteer}"),
            Some(&json!({"register_checked_at": checked_at, "criminal_record_certificate": true})),
            Some(&member.access_token),
        )
        .await
    }

    /// `user`'s notifications, newest first (up to 100).
    pub async fn notifications_of(&self, user: &TestUser) -> Vec<Value> {
        let page = self
            .get(
                "/api/v1/me/notifications?limit=100",
                Some(&user.access_token),
            )
            .await;
        assert_eq!(page.status, 200, "notifications: {}", page.text());
        page.json()["items"].as_array().expect("items").clone()
    }

    pub async fn sign_up(&self, volunteer: &TestUser, shift: &Value) -> TestResponse {
        let path = format!(
            "/api/v1/shifts/{}/applications",
            shift["id"].as_str().expect("id")
        );
        self.post_json_as(&path, &json!({}), Some(&volunteer.access_token))
            .await
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        // Stop accepting at once; the database is force-dropped right after.
        drop(self.handle.stop(false));
    }
}

pub struct TestUser {
    pub id: Uuid,
    pub email: String,
    pub access_token: String,
    pub refresh_token: String,
}

pub struct TestResponse {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl TestResponse {
    pub async fn read<S>(mut response: awc::ClientResponse<S>) -> Self
    where
        S: futures_core::Stream<Item = Result<actix_web::web::Bytes, awc::error::PayloadError>>
            + Unpin,
    {
        let body = response
            .body()
            .limit(16 * 1024 * 1024)
            .await
            .expect("body is read");
        Self {
            status: response.status().as_u16(),
            headers: response.headers().clone(),
            body: body.to_vec(),
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|err| panic!("not JSON ({err}): {}", self.text()))
    }

    /// Asserts a problem+json answer of `status` and `problem_type` (the part
    /// after `urn:hop:problem:`), and returns its body.
    #[track_caller]
    pub fn assert_problem(&self, status: u16, problem_type: &str) -> Value {
        assert_eq!(
            self.status,
            status,
            "unexpected status; body: {}",
            self.text()
        );
        assert_eq!(
            self.header("content-type"),
            Some("application/problem+json"),
            "body: {}",
            self.text()
        );
        let body = self.json();
        assert_eq!(
            body["type"],
            format!("urn:hop:problem:{problem_type}"),
            "body: {body}"
        );
        assert_eq!(body["status"], status);
        assert!(
            body["title"].as_str().is_some_and(|t| !t.is_empty()),
            "title: {body}"
        );
        assert!(
            body["detail"].as_str().is_some_and(|d| !d.is_empty()),
            "detail: {body}"
        );
        body
    }

    /// Asserts a 422 naming exactly `fields`, in order.
    #[track_caller]
    pub fn assert_invalid_fields(&self, fields: &[&str]) {
        let body = self.assert_problem(422, "validation");
        let named: Vec<&str> = body["errors"]
            .as_array()
            .expect("errors")
            .iter()
            .map(|error| error["field"].as_str().expect("field"))
            .collect();
        assert_eq!(named, fields, "body: {body}");
    }
}
