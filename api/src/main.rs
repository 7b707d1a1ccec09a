//! The `hop` command: serve the API, migrate the database, export the
//! OpenAPI document, create city-staff accounts, seed data, purge data
//! past its retention age.

use std::{path::PathBuf, process::ExitCode};

use clap::{Parser, Subcommand};
use diesel::{Connection, PgConnection};
use hop_api::{
    Application, Config,
    accounts::{self, StaffGrant},
    auth::password::PasswordHasher,
    config::SecretSource,
    db, openapi, telemetry,
};
use hop_domain::{DisplayName, Email, Password};
use secrecy::ExposeSecret;

#[derive(Parser)]
#[command(
    name = "hop",
    version,
    about = "HOP, the Toruń Volunteering Center API"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Apply pending migrations, then serve the API until SIGINT or SIGTERM.
    Serve {
        /// Serve without migrating first.
        #[arg(long)]
        no_migrate: bool,
    },
    /// Create the database named in DATABASE_URL when missing, then apply pending migrations.
    Migrate {
        /// Revert the last applied migration instead.
        #[arg(long)]
        revert: bool,
    },
    /// Print the OpenAPI document.
    Openapi {
        /// Write it to openapi/openapi.json (or --path) instead of printing it.
        #[arg(long)]
        write: bool,
        #[arg(long, default_value = "openapi/openapi.json", requires = "write")]
        path: PathBuf,
    },
    /// Create a city-staff account, or make an existing account staff. Safe to run twice.
    CreateAdmin {
        #[arg(long)]
        email: String,
        /// Used only when the account is created; an existing password is kept.
        #[arg(long, env = "HOP_ADMIN_PASSWORD", hide_env_values = true)]
        password: String,
        #[arg(long, default_value = "City staff")]
        display_name: String,
    },
    /// Fill the database with synthetic data for demonstrations and benchmarks.
    Seed {
        /// Organisations to add (about 80 % verified, 15 % pending, 5 % rejected).
        #[arg(long, default_value_t = 0)]
        organizations: usize,
        /// Published opportunities to add, spread over the verified organisations.
        #[arg(long, default_value_t = 0)]
        opportunities: usize,
        /// Shifts of each added opportunity, over the next 90 days.
        #[arg(long, default_value_t = 10)]
        shifts_per_opportunity: usize,
        /// Volunteers to add, each with an account (password `seed-password`) and a profile.
        #[arg(long, default_value_t = 0)]
        volunteers: usize,
        /// Entries of the hours ledger to add, on the seeded volunteers and published
        /// opportunities there: runs of 12 per volunteer, 90 % approved.
        #[arg(long, default_value_t = 0)]
        hours: usize,
        /// Sign-ups to add, at most one per seeded volunteer, for upcoming shifts:
        /// places filled in order, then the waitlist; 10 % pending, 5 % withdrawn.
        #[arg(long, default_value_t = 0)]
        signups: usize,
    },
    /// Delete, once, the personal data past its retention age
    /// (HOP_RETENTION_*): expired or revoked refresh tokens, sent e-mails,
    /// read notifications. `hop serve` does the same every
    /// HOP_RETENTION_INTERVAL_SECS.
    Purge,
    /// Retire the key that signs certificates' credentials and make a new
    /// one (kept in the database). Credentials signed before still verify:
    /// the retired key stays in /.well-known/jwks.json. Running instances
    /// sign with the new key once restarted.
    RotateSigningKey,
    /// Compare the matches and candidates served with the exhaustive
    /// ranking of the same data (every opportunity, every volunteer scored),
    /// for a random sample, and print the recall figures.
    Recall {
        /// Volunteers whose matches are compared, each under five filters.
        #[arg(long, default_value_t = 200)]
        volunteers: usize,
        /// Published opportunities whose candidates are compared.
        #[arg(long, default_value_t = 200)]
        opportunities: usize,
        /// Draws the sample: the same seed draws the same rows.
        #[arg(long, default_value = "hop")]
        seed: String,
    },
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

fn main() -> ExitCode {
    limit_heap_arenas();
    let cli = Cli::parse();
    if let Command::Openapi { write, path } = &cli.command {
        return report(export_openapi(*write, path));
    }
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(err) => {
            eprintln!("hop: configuration error: {err}");
            return ExitCode::from(2);
        }
    };
    let _log_writer = telemetry::init_logging(config.log_format);
    report(match cli.command {
        Command::Serve { no_migrate } => serve(&config, !no_migrate),
        Command::Migrate { revert } => migrate(&config, revert),
        Command::CreateAdmin {
            email,
            password,
            display_name,
        } => create_admin(&config, &email, password, &display_name),
        Command::Seed {
            organizations,
            opportunities,
            shifts_per_opportunity,
            volunteers,
            hours,
            signups,
        } => seed(
            &config,
            hop_api::seed::SeedSize {
                organizations,
                opportunities,
                shifts_per_opportunity,
                volunteers,
                hours,
                signups,
            },
        ),
        Command::Recall {
            volunteers,
            opportunities,
            seed,
        } => recall(&config, volunteers, opportunities, &seed),
        Command::RotateSigningKey => rotate_signing_key(&config),
        Command::Purge => purge(&config),
        Command::Openapi { .. } => Ok(()),
    })
}

fn report(result: Result<(), BoxError>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("hop: {err}");
            ExitCode::FAILURE
        }
    }
}

/// glibc gives threads that allocate at the same time heaps of their own
/// (up to eight per core), each keeping what it freed: with the matching
/// index's loading on one thread and requests on many, that is a hundred
/// megabytes resident for nothing. Two heaps serve two cores.
fn limit_heap_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes the allocator's tuning; called first
    // thing in main, before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

fn serve(config: &Config, migrate_first: bool) -> Result<(), BoxError> {
    if config.tokens.jwt_secret_source == SecretSource::Generated {
        tracing::warn!(
            "HOP_JWT_SECRET is not set: tokens are signed with a random key made at start-up. \
             They end when the process restarts and no other instance accepts them. \
             Set HOP_JWT_SECRET (at least 32 bytes, e.g. `openssl rand -base64 48`) before real use."
        );
    }
    if migrate_first {
        migrate(config, false)?;
    }
    actix_web::rt::System::new().block_on(async {
        let app = Application::build(config)?;
        tracing::info!(addr = %app.addr(), docs = %format!("http://{}/docs/", app.addr()), "serving HOP");
        app.run().await?;
        tracing::info!("stopped");
        Ok(())
    })
}

fn rotate_signing_key(config: &Config) -> Result<(), BoxError> {
    if config.documents.signing_key.is_some() {
        return Err(
            "HOP_SIGNING_KEY is set: rotate by setting a new key there and restarting".into(),
        );
    }
    let mut conn = PgConnection::establish(config.database_url.expose_secret())
        .map_err(|err| format!("cannot connect to the database: {err}"))?;
    let kid = hop_api::certificates::keys::rotate(&mut conn).map_err(|err| err.to_string())?;
    tracing::info!(%kid, "a new signing key is active; the previous one stays published");
    Ok(())
}

fn purge(config: &Config) -> Result<(), BoxError> {
    let mut conn = PgConnection::establish(config.database_url.expose_secret())
        .map_err(|err| format!("cannot connect to the database: {err}"))?;
    let purged = hop_api::privacy::retention::purge(&mut conn, &config.retention)?;
    println!(
        "hop purge: deleted {} refresh tokens, {} sent e-mails, {} read notifications, \
         {} ended limit windows{}",
        purged.refresh_tokens,
        purged.sent_emails,
        purged.read_notifications,
        purged.limit_windows,
        if purged.yielded {
            " (another instance was purging; it does the rest)"
        } else {
            ""
        }
    );
    Ok(())
}

fn migrate(config: &Config, revert: bool) -> Result<(), BoxError> {
    let url = config.database_url.expose_secret();
    if db::create_database_if_missing(url)
        .map_err(|err| format!("cannot create the database: {err}"))?
    {
        tracing::info!("created the database");
    }
    let mut conn = PgConnection::establish(url)
        .map_err(|err| format!("cannot connect to the database: {err}"))?;
    if revert {
        let reverted = db::revert_last_migration(&mut conn)?;
        tracing::info!(migration = %reverted, "reverted");
    } else {
        let applied = db::run_migrations(&mut conn)?;
        tracing::info!(count = applied.len(), migrations = ?applied, "migrations applied");
    }
    Ok(())
}

fn recall(
    config: &Config,
    volunteers: usize,
    opportunities: usize,
    seed: &str,
) -> Result<(), BoxError> {
    let mut conn = PgConnection::establish(config.database_url.expose_secret())?;
    let started = std::time::Instant::now();
    let index = hop_api::matching::index::MatchingIndex::empty();
    index.catch_up(&mut conn, started)?;
    let loaded = started.elapsed();
    let now = chrono::Utc::now();
    let (matches, candidates) = hop_api::matching::recall::measure(
        &mut conn,
        &index,
        volunteers,
        opportunities,
        seed,
        now,
    )?;
    println!(
        "hop recall: index loaded in {loaded:.1?}, compared in {:.1?}",
        started.elapsed() - loaded
    );
    println!(
        "| direction | cases | ids (mean) | ids (least) | scores (mean) | scores (least) | page 2 = exhaustive 21–40 |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    for (direction, figures) in [
        ("GET /me/matches", matches),
        ("GET /opportunities/{id}/candidates", candidates),
    ] {
        println!(
            "| `{direction}` | {} | {:.4} | {:.4} | {:.4} | {:.4} | {} of {} |",
            figures.cases,
            figures.ids_mean,
            figures.ids_least,
            figures.scores_mean,
            figures.scores_least,
            figures.second_pages_equal,
            figures.cases
        );
    }
    Ok(())
}

fn seed(config: &Config, size: hop_api::seed::SeedSize) -> Result<(), BoxError> {
    migrate(config, false)?;
    let mut conn = PgConnection::establish(config.database_url.expose_secret())?;
    let started = std::time::Instant::now();
    // One hash for every seeded account: hashing a million would take hours.
    let password = Password::parse("seed-password".into()).map_err(|err| err.to_string())?;
    let hash = PasswordHasher::new(1)
        .and_then(|hasher| hasher.hash_now(&password))
        .map_err(|err| err.to_string())?;
    let seeded =
        conn.transaction(|conn| hop_api::seed::seed(conn, size, &hash, chrono::Utc::now()))?;
    // Outside the transaction: statistics for the planner, and hint bits and
    // the visibility map set now rather than by the first benchmark. The
    // matching columns are written after the COPY, leaving a dead copy of
    // every profile and opportunity: FULL compacts those two tables, or the
    // planner prices their scans at twice the pages (text search then
    // sorted thousands of rows instead of walking the soonest index).
    diesel::RunQueryDsl::execute(
        diesel::sql_query("VACUUM (FULL, ANALYZE) opportunities, volunteer_profiles"),
        &mut conn,
    )?;
    diesel::RunQueryDsl::execute(diesel::sql_query("VACUUM ANALYZE"), &mut conn)?;
    println!(
        "hop seed: added {} organisations, {} opportunities, {} shifts, {} volunteers, {} hours entries, {} sign-ups in {:.1?}",
        seeded.organizations,
        seeded.opportunities,
        seeded.shifts,
        seeded.volunteers,
        seeded.hours,
        seeded.signups,
        started.elapsed()
    );
    Ok(())
}

fn export_openapi(write: bool, path: &PathBuf) -> Result<(), BoxError> {
    let json = openapi::spec_json()?;
    if write {
        std::fs::write(path, json)
            .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
        eprintln!("wrote {}", path.display());
    } else {
        print!("{json}");
    }
    Ok(())
}

fn create_admin(
    config: &Config,
    email: &str,
    password: String,
    display_name: &str,
) -> Result<(), BoxError> {
    let email = Email::parse(email).map_err(|err| format!("--email {err}"))?;
    let password = Password::parse(password).map_err(|err| format!("--password {err}"))?;
    let display_name =
        DisplayName::parse(display_name).map_err(|err| format!("--display-name {err}"))?;
    let mut conn = PgConnection::establish(config.database_url.expose_secret()).map_err(|err| {
        format!("cannot connect to the database (run `hop migrate` first?): {err}")
    })?;
    let hasher = PasswordHasher::new(1).map_err(|err| err.to_string())?;
    let grant = accounts::grant_staff(&mut conn, &email, &display_name, || {
        hasher
            .hash_now(&password)
            .map_err(|err| hop_api::error::ApiError::internal(err.to_string()))
    })
    .map_err(|err| format!("cannot grant staff: {err}"))?;
    println!(
        "{email}: {}",
        match grant {
            StaffGrant::Created => "created as city staff",
            StaffGrant::Promoted => "is now city staff (password unchanged)",
            StaffGrant::AlreadyStaff => "was already city staff (nothing changed)",
        }
    );
    Ok(())
}
