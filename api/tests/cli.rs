//! The `hop` command as an operator runs it.

use std::process::{Command, Output};

use diesel::{Connection, PgConnection, QueryableByName, RunQueryDsl, sql_query, sql_types::Bool};
use hop_api::db::{maintenance_url, quote_identifier};

fn hop(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_hop"));
    command
        .args(args)
        .env_remove("HOP_ADMIN_PASSWORD")
        .env("RUST_LOG", "warn");
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("hop runs")
}

fn text(output: &[u8]) -> String {
    String::from_utf8_lossy(output).into_owned()
}

#[test]
fn every_command_has_help() {
    for command in ["serve", "migrate", "openapi", "create-admin", "seed"] {
        let output = hop(&[command, "--help"], &[]);
        assert!(
            output.status.success(),
            "{command}: {}",
            text(&output.stderr)
        );
        assert!(text(&output.stdout).contains("Usage: hop"), "{command}");
    }
}

#[test]
fn the_checked_in_spec_is_what_hop_openapi_prints() {
    let output = hop(&["openapi"], &[]);
    assert!(output.status.success());
    let checked_in = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../openapi/openapi.json"
    ))
    .expect("openapi/openapi.json exists");
    assert!(
        text(&output.stdout) == checked_in,
        "openapi/openapi.json is stale: run `cargo run --bin hop -- openapi --write` and commit it"
    );
}

#[test]
fn a_bad_setting_stops_the_start_naming_the_variable() {
    let output = hop(&["migrate"], &[("HOP_DB_POOL_SIZE", "lots")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("HOP_DB_POOL_SIZE"),
        "{}",
        text(&output.stderr)
    );

    let output = hop(&["serve"], &[("HOP_ENV", "production")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("HOP_JWT_SECRET"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn a_short_secret_stops_the_start_in_development_too() {
    let output = hop(&["serve"], &[("HOP_JWT_SECRET", "too-short-a-secret")]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("HOP_JWT_SECRET"), "{stderr}");
    assert!(!stderr.contains("too-short-a-secret"), "{stderr}");
}

/// Compose must refuse to start without a secret rather than fall back to
/// one written in the file (`${HOP_JWT_SECRET:?…}`, never `:-`).
#[test]
fn compose_refuses_to_start_without_a_secret() {
    let compose = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../docker-compose.yml"
    ))
    .expect("docker-compose.yml exists");
    let setting = compose
        .lines()
        .map(str::trim)
        .find(|line| line.starts_with("HOP_JWT_SECRET:"))
        .expect("compose sets HOP_JWT_SECRET");
    assert!(
        setting.starts_with("HOP_JWT_SECRET: ${HOP_JWT_SECRET:?"),
        "{setting}"
    );
    // The database's password is not written here either.
    for line in compose.lines().map(str::trim) {
        if line.starts_with("POSTGRES_PASSWORD:") || line.starts_with("DATABASE_URL:") {
            assert!(line.contains("${POSTGRES_PASSWORD:?"), "{line}");
        }
    }
}

struct ScratchDatabase {
    url: String,
    name: String,
}

impl Drop for ScratchDatabase {
    fn drop(&mut self) {
        let (maintenance, _) = maintenance_url(&self.url).unwrap();
        if let Ok(mut conn) = PgConnection::establish(&maintenance) {
            let _ = sql_query(format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                quote_identifier(&self.name)
            ))
            .execute(&mut conn);
        }
    }
}

#[derive(QueryableByName)]
struct Flag {
    #[diesel(sql_type = Bool)]
    flag: bool,
}

#[test]
fn migrate_creates_the_database_and_create_admin_is_repeatable() {
    let base = std::env::var("DATABASE_URL")
        .unwrap_or_else(|_| hop_api::config::DEFAULT_DATABASE_URL.into());
    let mut url = url::Url::parse(&base).unwrap();
    let name = format!("hop_cli_{}", uuid::Uuid::new_v4().simple());
    url.set_path(&format!("/{name}"));
    let database = ScratchDatabase {
        url: url.to_string(),
        name,
    };
    let env = [("DATABASE_URL", database.url.as_str())];

    let migrated = hop(&["migrate"], &env);
    assert!(migrated.status.success(), "{}", text(&migrated.stderr));

    let args = [
        "create-admin",
        "--email",
        "Staff@Torun.example.org",
        "--display-name",
        "Ewa",
    ];
    let created = hop(
        &args,
        &[env[0], ("HOP_ADMIN_PASSWORD", "a long admin password")],
    );
    assert!(created.status.success(), "{}", text(&created.stderr));
    assert!(text(&created.stdout).contains("created as city staff"));
    let again = hop(
        &args,
        &[env[0], ("HOP_ADMIN_PASSWORD", "a long admin password")],
    );
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert!(text(&again.stdout).contains("already city staff"));

    let weak = hop(
        &[
            "create-admin",
            "--email",
            "x@torun.example.org",
            "--password",
            "short",
        ],
        &env,
    );
    assert!(!weak.status.success());
    assert!(
        text(&weak.stderr).contains("--password"),
        "{}",
        text(&weak.stderr)
    );

    let mut conn = PgConnection::establish(&database.url).unwrap();
    let staff: Flag = sql_query("SELECT bool_and(is_staff) AND count(*) = 1 AS flag FROM users")
        .get_result(&mut conn)
        .unwrap();
    assert!(staff.flag);
    drop(conn);

    let applied = |conn: &mut PgConnection| -> i64 {
        #[derive(QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            count: i64,
        }
        sql_query("SELECT count(*) AS count FROM __diesel_schema_migrations")
            .get_result::<Count>(conn)
            .unwrap()
            .count
    };
    let mut conn = PgConnection::establish(&database.url).unwrap();
    let before = applied(&mut conn);
    drop(conn);
    let reverted = hop(&["migrate", "--revert"], &env);
    assert!(reverted.status.success(), "{}", text(&reverted.stderr));
    let mut conn = PgConnection::establish(&database.url).unwrap();
    assert_eq!(
        applied(&mut conn),
        before - 1,
        "--revert undid exactly the last migration"
    );
}
