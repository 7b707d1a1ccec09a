//! Settings, read once from the environment at start-up and passed in.
//! A bad value stops the start with a message naming the variable.

use std::{net::SocketAddr, str::FromStr, time::Duration};

use argon2::password_hash::rand_core::{OsRng, RngCore};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use secrecy::{SecretBox, SecretString};

use crate::client_address::TrustedProxies;

/// The fewest bytes a configured `HOP_JWT_SECRET` may have (HS256 wants a
/// key at least as long as its 256-bit output).
pub const MIN_JWT_SECRET_BYTES: usize = 32;

/// The fewest bytes of `HOP_METRICS_TOKEN`.
pub const MIN_METRICS_TOKEN_BYTES: usize = 32;

pub const DEFAULT_DATABASE_URL: &str = "postgres://postgres:postgres@127.0.0.1:5432/hop";

pub const DEFAULT_MAIL_FROM: &str = "HOP Toruń <no-reply@hop.torun.pl>";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Environment {
    Development,
    Production,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub environment: Environment,
    /// Holds a password, so it is kept secret and never logged.
    pub database_url: SecretString,
    pub addr: SocketAddr,
    pub workers: usize,
    pub log_format: LogFormat,
    pub database: DatabaseConfig,
    /// A streaming replica for reads that may be slightly stale
    /// (`HOP_DATABASE_REPLICA_URL`); `None`: every read uses the primary.
    pub replica: Option<ReplicaConfig>,
    pub tokens: TokenConfig,
    pub login_limits: LoginLimits,
    pub registration_limits: RegistrationLimits,
    /// Argon2 hashes allowed to run at once; more wait, so logins cannot take
    /// every core away from other requests.
    pub hashing_concurrency: usize,
    /// Read the client address from `X-Forwarded-For` when the peer is one
    /// of `trusted_proxies` (`HOP_TRUST_FORWARDED_FOR`, which needs them).
    pub trust_forwarded_for: bool,
    /// The reverse proxies whose `X-Forwarded-For` is believed, walked from
    /// the right (`HOP_TRUSTED_PROXIES`); empty when forwarding is off.
    pub trusted_proxies: TrustedProxies,
    pub mail: MailConfig,
    /// Who may read `/metrics`: `HOP_METRICS_TOKEN` holders when it is set;
    /// otherwise anyone in development and no one in production.
    pub metrics_access: MetricsAccess,
    pub documents: DocumentsConfig,
    pub statistics: StatisticsConfig,
    pub retention: RetentionConfig,
}

/// The city's statistics.
#[derive(Debug, Clone)]
pub struct StatisticsConfig {
    /// How often the facts are gathered again (`HOP_STATS_REFRESH_SECS`);
    /// `None` (0): for every request, so answers show every change at once.
    pub refresh: Option<std::time::Duration>,
    /// Counts of fewer people are suppressed (`HOP_STATS_MIN_COUNT`).
    pub min_count: u64,
}

/// How long personal data that has served its purpose is kept before the
/// retention job (`privacy::retention`) deletes it.
#[derive(Debug, Clone)]
pub struct RetentionConfig {
    /// Refresh tokens after they expired or were revoked
    /// (`HOP_RETENTION_REFRESH_TOKEN_DAYS`): ended logins stay visible in
    /// the export and to an investigation that long.
    pub refresh_tokens: Duration,
    /// E-mails after they were sent, or given up on
    /// (`HOP_RETENTION_SENT_EMAIL_DAYS`).
    pub sent_emails: Duration,
    /// Notifications after they were read
    /// (`HOP_RETENTION_READ_NOTIFICATION_DAYS`); unread ones stay.
    pub read_notifications: Duration,
    /// Time between two passes of the job (`HOP_RETENTION_INTERVAL_SECS`).
    pub interval: Duration,
}

/// Certificates and the credentials they carry.
#[derive(Debug, Clone)]
pub struct DocumentsConfig {
    /// The address people reach the service at (`HOP_PUBLIC_URL`): the QR
    /// code of a certificate and its credential's ids point there.
    pub public_url: url::Url,
    /// The Ed25519 key that signs credentials (`HOP_SIGNING_KEY`: its 32-byte
    /// seed, base64url). Unset: HOP generates one once and keeps it in the
    /// database.
    pub signing_key: Option<std::sync::Arc<SecretBox<[u8; 32]>>>,
}
#[derive(Debug, Clone)]
pub struct MailConfig {
    /// The SMTP server (`HOP_SMTP_URL`), e.g. `smtp://127.0.0.1:2525`
    /// (plain), `smtp://user:pass@host:587?tls=required` (STARTTLS) or
    /// `smtps://user:pass@host` (TLS). `None`: no e-mail is written or sent.
    /// May hold a password, so it is kept secret.
    pub smtp_url: Option<SecretString>,
    /// The sender of every e-mail (`HOP_MAIL_FROM`).
    pub from: lettre::message::Mailbox,
}

impl MailConfig {
    pub fn enabled(&self) -> bool {
        self.smtp_url.is_some()
    }
}

/// Database connections when `HOP_DB_POOL_SIZE` is unset: twice this host's
/// cores plus two, the PostgreSQL wiki's starting point (the database
/// server's cores × 2 + disks; measured with both on one machine). More
/// connections than that only make queries share the CPU: on two cores, ten
/// connections gave cheap searches a p99 of 140–480 ms where six gave 10–16 ms,
/// while sign-ups, which wait on commits, kept their throughput
/// (docs/performance.md, "Pool size").
const MAX_POOL_SIZE: u32 = 1000;

fn default_pool_size(cores: usize) -> u32 {
    u32::try_from(cores.saturating_mul(2).saturating_add(2))
        .unwrap_or(u32::MAX)
        .min(MAX_POOL_SIZE)
}

#[derive(Debug, Clone)]
pub struct DatabaseConfig {
    pub pool_size: u32,
    /// How long a request waits for a connection before answering 503.
    pub acquire_timeout: Duration,
    pub statement_timeout: Duration,
}

/// The read replica (`db::replica`).
#[derive(Debug, Clone)]
pub struct ReplicaConfig {
    /// Holds a password, so it is kept secret and never logged.
    pub url: SecretString,
    /// Its own pool (`HOP_REPLICA_POOL_SIZE`), beside the primary's.
    pub pool_size: u32,
    /// Reads go to the primary while the replica is further behind than
    /// this (`HOP_REPLICA_MAX_LAG_SECS`).
    pub max_lag: Duration,
}

/// Where the key that signs access tokens came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretSource {
    /// `HOP_JWT_SECRET`, shared by every instance and kept across restarts.
    Configured,
    /// 256 random bits made at start-up because `HOP_JWT_SECRET` is unset:
    /// no secret written anywhere verifies a token, and tokens end at restart.
    Generated,
}

#[derive(Debug, Clone)]
pub struct TokenConfig {
    pub jwt_secret: SecretString,
    pub jwt_secret_source: SecretSource,
    pub issuer: String,
    pub audience: String,
    pub access_ttl: Duration,
    pub refresh_ttl: Duration,
}

#[derive(Debug, Clone)]
pub struct LoginLimits {
    pub window: Duration,
    /// Failures from one address against one account that lock the pair
    /// until the window ends.
    pub failures_per_account_and_address: u32,
    /// Failures against one account from all addresses after which each
    /// failure doubles a wait (not a lock; clean addresses are not held).
    pub failures_per_account: u32,
    /// Failures from one address against all accounts that lock it.
    pub failures_per_address: u32,
}

/// Registrations allowed per client address in a window.
#[derive(Debug, Clone)]
pub struct RegistrationLimits {
    pub per_address: u32,
    pub window: Duration,
}

/// Who may read `/metrics` (`HOP_METRICS_TOKEN`, `HOP_ENV`).
#[derive(Debug, Clone)]
pub enum MetricsAccess {
    /// Anyone: development without a token.
    Open,
    /// Requests with `Authorization: Bearer <token>`.
    Token(SecretString),
    /// No one (answered 404): production without a token.
    Closed,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{variable}: {message}")]
pub struct ConfigError {
    pub variable: &'static str,
    pub message: String,
}

fn documents_config<F: Fn(&str) -> Option<String>>(
    env: &Env<'_, F>,
    environment: Environment,
) -> Result<DocumentsConfig, ConfigError> {
    let public_url = match ((env.0)("HOP_PUBLIC_URL"), environment) {
        (Some(raw), _) => url::Url::parse(&raw)
            .ok()
            .filter(|url| matches!(url.scheme(), "http" | "https") && url.host().is_some())
            .ok_or_else(|| {
                ConfigError::new(
                    "HOP_PUBLIC_URL",
                    "must be an http(s) address, e.g. https://hop.torun.pl",
                )
            })?,
        (None, Environment::Production) => {
            return Err(ConfigError::new(
                "HOP_PUBLIC_URL",
                "must be set when HOP_ENV=production (certificates' QR codes point there)",
            ));
        }
        (None, Environment::Development) => {
            let addr = env.parsed("HOP_ADDR", SocketAddr::from(([127, 0, 0, 1], 8080)))?;
            url::Url::parse(&format!("http://{addr}"))
                .map_err(|err| ConfigError::new("HOP_ADDR", format!("makes no address: {err}")))?
        }
    };
    let signing_key = match (env.0)("HOP_SIGNING_KEY") {
        None => None,
        Some(raw) => {
            let seed = URL_SAFE_NO_PAD
                .decode(raw.trim().trim_end_matches('='))
                .ok()
                .and_then(|bytes| <[u8; 32]>::try_from(bytes).ok())
                .ok_or_else(|| {
                    ConfigError::new(
                        "HOP_SIGNING_KEY",
                        "must be 32 random bytes in base64url (e.g. `openssl rand 32 | basenc --base64url`)",
                    )
                })?;
            Some(std::sync::Arc::new(SecretBox::new(Box::new(seed))))
        }
    };
    Ok(DocumentsConfig {
        public_url,
        signing_key,
    })
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads the settings through `lookup`, so tests need not touch the
    /// process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let env = Env(&lookup);
        let environment = match env.string("HOP_ENV", "development")?.as_str() {
            "development" => Environment::Development,
            "production" => Environment::Production,
            other => {
                return Err(ConfigError::new(
                    "HOP_ENV",
                    format!("must be `development` or `production`, not `{other}`"),
                ));
            }
        };
        let log_format = match env.string("HOP_LOG_FORMAT", "text")?.as_str() {
            "text" => LogFormat::Text,
            "json" => LogFormat::Json,
            other => {
                return Err(ConfigError::new(
                    "HOP_LOG_FORMAT",
                    format!("must be `text` or `json`, not `{other}`"),
                ));
            }
        };

        let (jwt_secret, jwt_secret_source) = match (configured_secret(&env)?, environment) {
            (Some(secret), _) => (secret, SecretSource::Configured),
            (None, Environment::Production) => {
                return Err(ConfigError::new(
                    "HOP_JWT_SECRET",
                    "must be set when HOP_ENV=production (every instance must share it, \
                     and tokens must outlive a restart)",
                ));
            }
            (None, Environment::Development) => (random_secret(), SecretSource::Generated),
        };

        let metrics_access = match (env.0)("HOP_METRICS_TOKEN") {
            Some(token) if token.len() < MIN_METRICS_TOKEN_BYTES => {
                return Err(ConfigError::new(
                    "HOP_METRICS_TOKEN",
                    format!("must be at least {MIN_METRICS_TOKEN_BYTES} bytes long"),
                ));
            }
            Some(token) => MetricsAccess::Token(token.into()),
            None if environment == Environment::Production => MetricsAccess::Closed,
            None => MetricsAccess::Open,
        };

        let trust_forwarded_for = env.parsed("HOP_TRUST_FORWARDED_FOR", false)?;
        let trusted_proxies: TrustedProxies =
            env.parsed("HOP_TRUSTED_PROXIES", TrustedProxies::default())?;
        match (trust_forwarded_for, trusted_proxies.is_empty()) {
            (true, true) => {
                return Err(ConfigError::new(
                    "HOP_TRUSTED_PROXIES",
                    "must list the reverse proxies (addresses or CIDR ranges) \
                     when HOP_TRUST_FORWARDED_FOR=true",
                ));
            }
            (false, false) => {
                return Err(ConfigError::new(
                    "HOP_TRUST_FORWARDED_FOR",
                    "must be `true` for HOP_TRUSTED_PROXIES to have an effect",
                ));
            }
            _ => {}
        }

        let documents = documents_config(&env, environment)?;
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        Ok(Self {
            documents,
            environment,
            database_url: env.string("DATABASE_URL", DEFAULT_DATABASE_URL)?.into(),
            addr: env.parsed("HOP_ADDR", SocketAddr::from(([127, 0, 0, 1], 8080)))?,
            workers: env.ranged("HOP_WORKERS", cores, 1, 256)?,
            log_format,
            database: DatabaseConfig {
                pool_size: env.ranged(
                    "HOP_DB_POOL_SIZE",
                    default_pool_size(cores),
                    1,
                    MAX_POOL_SIZE,
                )?,
                acquire_timeout: Duration::from_millis(env.ranged(
                    "HOP_DB_ACQUIRE_TIMEOUT_MS",
                    5_000,
                    100,
                    60_000,
                )?),
                statement_timeout: Duration::from_millis(env.ranged(
                    "HOP_DB_STATEMENT_TIMEOUT_MS",
                    15_000,
                    100,
                    600_000,
                )?),
            },
            replica: replica_config(&env, cores)?,
            tokens: TokenConfig {
                jwt_secret,
                jwt_secret_source,
                issuer: env.string("HOP_JWT_ISSUER", "hop")?,
                audience: env.string("HOP_JWT_AUDIENCE", "hop-api")?,
                access_ttl: Duration::from_secs(env.ranged(
                    "HOP_ACCESS_TOKEN_TTL_SECS",
                    15 * 60,
                    10,
                    24 * 3600,
                )?),
                refresh_ttl: Duration::from_secs(env.ranged(
                    "HOP_REFRESH_TOKEN_TTL_SECS",
                    30 * 24 * 3600,
                    60,
                    365 * 24 * 3600,
                )?),
            },
            login_limits: LoginLimits {
                window: Duration::from_secs(env.ranged(
                    "HOP_LOGIN_WINDOW_SECS",
                    15 * 60,
                    1,
                    24 * 3600,
                )?),
                failures_per_account_and_address: env.ranged(
                    "HOP_LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS",
                    10,
                    1,
                    10_000,
                )?,
                failures_per_account: env.ranged(
                    "HOP_LOGIN_FAILURES_PER_ACCOUNT",
                    100,
                    1,
                    1_000_000,
                )?,
                failures_per_address: env.ranged(
                    "HOP_LOGIN_FAILURES_PER_ADDRESS",
                    500,
                    1,
                    1_000_000,
                )?,
            },
            registration_limits: RegistrationLimits {
                per_address: env.ranged("HOP_REGISTRATIONS_PER_ADDRESS", 200, 1, 1_000_000)?,
                window: Duration::from_secs(env.ranged(
                    "HOP_REGISTRATION_WINDOW_SECS",
                    3600,
                    1,
                    7 * 24 * 3600,
                )?),
            },
            hashing_concurrency: env.ranged("HOP_HASHING_CONCURRENCY", cores, 1, 256)?,
            trust_forwarded_for,
            trusted_proxies,
            mail: MailConfig {
                smtp_url: env.smtp_url("HOP_SMTP_URL")?,
                from: env.parsed(
                    "HOP_MAIL_FROM",
                    DEFAULT_MAIL_FROM.parse().map_err(|err| {
                        ConfigError::new("HOP_MAIL_FROM", format!("the default is invalid: {err}"))
                    })?,
                )?,
            },
            metrics_access,
            statistics: StatisticsConfig {
                refresh: match env.ranged("HOP_STATS_REFRESH_SECS", 300u64, 0, 86_400)? {
                    0 => None,
                    secs => Some(Duration::from_secs(secs)),
                },
                min_count: env.ranged(
                    "HOP_STATS_MIN_COUNT",
                    hop_domain::statistics::DEFAULT_MIN_COUNT,
                    2,
                    1000,
                )?,
            },
            retention: RetentionConfig {
                refresh_tokens: days(env.ranged(
                    "HOP_RETENTION_REFRESH_TOKEN_DAYS",
                    30,
                    1,
                    3650,
                )?),
                sent_emails: days(env.ranged("HOP_RETENTION_SENT_EMAIL_DAYS", 30, 1, 3650)?),
                read_notifications: days(env.ranged(
                    "HOP_RETENTION_READ_NOTIFICATION_DAYS",
                    180,
                    1,
                    3650,
                )?),
                interval: Duration::from_secs(env.ranged(
                    "HOP_RETENTION_INTERVAL_SECS",
                    3600,
                    60,
                    86_400,
                )?),
            },
        })
    }
}

/// The replica's settings, read only when `HOP_DATABASE_REPLICA_URL` is
/// set (setting only the others is a mistake worth stopping for).
fn replica_config<F: Fn(&str) -> Option<String>>(
    env: &Env<'_, F>,
    cores: usize,
) -> Result<Option<ReplicaConfig>, ConfigError> {
    let Some(url) = (env.0)("HOP_DATABASE_REPLICA_URL") else {
        for dependent in ["HOP_REPLICA_POOL_SIZE", "HOP_REPLICA_MAX_LAG_SECS"] {
            if (env.0)(dependent).is_some() {
                return Err(ConfigError::new(
                    dependent,
                    "has no effect without HOP_DATABASE_REPLICA_URL",
                ));
            }
        }
        return Ok(None);
    };
    if url.trim().is_empty() {
        return Err(ConfigError::new(
            "HOP_DATABASE_REPLICA_URL",
            "is set but empty",
        ));
    }
    // The message never repeats the URL: it may hold a password.
    if url::Url::parse(url.trim()).map_or(true, |parsed| {
        !matches!(parsed.scheme(), "postgres" | "postgresql")
    }) {
        return Err(ConfigError::new(
            "HOP_DATABASE_REPLICA_URL",
            "must be a postgres:// URL",
        ));
    }
    Ok(Some(ReplicaConfig {
        url: url.trim().to_owned().into(),
        // Half the primary's default: the replica only serves reads.
        pool_size: env.ranged(
            "HOP_REPLICA_POOL_SIZE",
            u32::try_from(cores + 1)
                .unwrap_or(MAX_POOL_SIZE)
                .min(MAX_POOL_SIZE),
            1,
            MAX_POOL_SIZE,
        )?,
        max_lag: Duration::from_secs(env.ranged("HOP_REPLICA_MAX_LAG_SECS", 10, 2, 3600)?),
    }))
}

fn days(count: u64) -> Duration {
    Duration::from_secs(count * 24 * 3600)
}

/// `HOP_JWT_SECRET` when set, checked for length whatever the environment.
fn configured_secret<F: Fn(&str) -> Option<String>>(
    env: &Env<'_, F>,
) -> Result<Option<SecretString>, ConfigError> {
    let Some(secret) = (env.0)("HOP_JWT_SECRET") else {
        return Ok(None);
    };
    if secret.len() < MIN_JWT_SECRET_BYTES {
        // The message never repeats the value.
        return Err(ConfigError::new(
            "HOP_JWT_SECRET",
            format!(
                "must be at least {MIN_JWT_SECRET_BYTES} bytes long (e.g. `openssl rand -base64 48`)"
            ),
        ));
    }
    Ok(Some(secret.into()))
}

/// 256 bits from the operating system, for a process whose tokens need
/// to verify nowhere else and outlive nothing.
fn random_secret() -> SecretString {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes).into()
}

impl ConfigError {
    fn new(variable: &'static str, message: impl Into<String>) -> Self {
        Self {
            variable,
            message: message.into(),
        }
    }
}

struct Env<'a, F: Fn(&str) -> Option<String>>(&'a F);

impl<F: Fn(&str) -> Option<String>> Env<'_, F> {
    fn string(&self, variable: &'static str, default: &str) -> Result<String, ConfigError> {
        match (self.0)(variable) {
            None => Ok(default.to_owned()),
            Some(value) if value.trim().is_empty() => {
                Err(ConfigError::new(variable, "is set but empty"))
            }
            Some(value) => Ok(value),
        }
    }

    fn parsed<T: FromStr>(&self, variable: &'static str, default: T) -> Result<T, ConfigError>
    where
        T::Err: std::fmt::Display,
    {
        match (self.0)(variable) {
            None => Ok(default),
            Some(value) => value
                .trim()
                .parse()
                .map_err(|err| ConfigError::new(variable, format!("cannot read `{value}`: {err}"))),
        }
    }

    /// An optional SMTP URL, checked the way the mail worker will use it.
    /// The message never repeats the URL: it may hold a password.
    fn smtp_url(&self, variable: &'static str) -> Result<Option<SecretString>, ConfigError> {
        let Some(url) = (self.0)(variable) else {
            return Ok(None);
        };
        let url = url.trim();
        if url.is_empty() {
            return Err(ConfigError::new(variable, "is set but empty"));
        }
        lettre::SmtpTransport::from_url(url).map_err(|err| {
            ConfigError::new(
                variable,
                format!(
                    "must be an SMTP URL such as smtp://127.0.0.1:2525, \
                     smtp://user:password@host:587?tls=required or smtps://user:password@host \
                     ({err})"
                ),
            )
        })?;
        Ok(Some(url.to_owned().into()))
    }

    fn ranged<T>(
        &self,
        variable: &'static str,
        default: T,
        min: T,
        max: T,
    ) -> Result<T, ConfigError>
    where
        T: FromStr + PartialOrd + std::fmt::Display + Copy,
        T::Err: std::fmt::Display,
    {
        let value = self.parsed(variable, default)?;
        if value < min || value > max {
            return Err(ConfigError::new(
                variable,
                format!("must be between {min} and {max}, not {value}"),
            ));
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use secrecy::ExposeSecret;

    use super::*;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|name| vars.get(name).cloned())
    }

    #[test]
    fn defaults_work_on_a_developer_machine() {
        let config = config(&[]).unwrap();
        assert_eq!(config.database_url.expose_secret(), DEFAULT_DATABASE_URL);
        assert_eq!(config.addr.to_string(), "127.0.0.1:8080");
        assert_eq!(config.tokens.access_ttl, Duration::from_secs(900));
        assert_eq!(
            config.tokens.refresh_ttl,
            Duration::from_secs(30 * 24 * 3600)
        );
        assert_eq!(config.log_format, LogFormat::Text);
    }

    /// Secrets published in this repository's history: none may sign a token.
    const PUBLISHED_SECRETS: [&str; 2] = [
        "hop-development-secret-never-use-in-production",
        "hop-local-development-only-jwt-secret-change-me",
    ];

    #[test]
    fn an_unset_secret_is_random_per_process_never_one_from_the_repository() {
        let first = config(&[]).unwrap().tokens;
        let second = config(&[]).unwrap().tokens;
        assert_eq!(first.jwt_secret_source, SecretSource::Generated);
        let first = first.jwt_secret.expose_secret().to_owned();
        assert_ne!(first, second.jwt_secret.expose_secret());
        assert!(first.len() >= MIN_JWT_SECRET_BYTES);
        assert!(!PUBLISHED_SECRETS.contains(&first.as_str()));
    }

    #[test]
    fn production_wants_a_secret_of_its_own() {
        let err = config(&[("HOP_ENV", "production")]).unwrap_err();
        assert_eq!(err.variable, "HOP_JWT_SECRET");
        let ok = config(&[
            ("HOP_ENV", "production"),
            ("HOP_JWT_SECRET", "0123456789abcdef0123456789abcdef"),
            ("HOP_PUBLIC_URL", "https://hop.torun.pl"),
        ])
        .unwrap();
        assert_eq!(ok.tokens.jwt_secret_source, SecretSource::Configured);
    }

    #[test]
    fn documents_know_their_public_address_and_take_a_32_byte_key() {
        let development = config(&[("HOP_ADDR", "127.0.0.1:9090")]).unwrap();
        assert_eq!(
            development.documents.public_url.as_str(),
            "http://127.0.0.1:9090/"
        );
        assert!(development.documents.signing_key.is_none());
        let err = config(&[
            ("HOP_ENV", "production"),
            ("HOP_JWT_SECRET", "0123456789abcdef0123456789abcdef"),
        ])
        .unwrap_err();
        assert_eq!(err.variable, "HOP_PUBLIC_URL");
        for bad in ["hop.torun.pl", "ftp://hop.torun.pl", "https://"] {
            let err = config(&[("HOP_PUBLIC_URL", bad)]).unwrap_err();
            assert_eq!(err.variable, "HOP_PUBLIC_URL", "{bad}");
        }
        let seed = URL_SAFE_NO_PAD.encode([7u8; 32]);
        let keyed = config(&[("HOP_SIGNING_KEY", seed.as_str())]).unwrap();
        assert_eq!(
            keyed.documents.signing_key.map(|key| *key.expose_secret()),
            Some([7u8; 32])
        );
        for bad in ["", "short", &URL_SAFE_NO_PAD.encode([7u8; 31])] {
            let err = config(&[("HOP_SIGNING_KEY", bad)]).unwrap_err();
            assert_eq!(err.variable, "HOP_SIGNING_KEY", "{bad}");
        }
    }

    #[test]
    fn forwarded_addresses_need_the_proxies_named() {
        let err = config(&[("HOP_TRUST_FORWARDED_FOR", "true")]).unwrap_err();
        assert_eq!(err.variable, "HOP_TRUSTED_PROXIES");
        let err = config(&[("HOP_TRUSTED_PROXIES", "10.0.0.0/8")]).unwrap_err();
        assert_eq!(err.variable, "HOP_TRUST_FORWARDED_FOR");
        let err = config(&[
            ("HOP_TRUST_FORWARDED_FOR", "true"),
            ("HOP_TRUSTED_PROXIES", "10.0.0.0/33"),
        ])
        .unwrap_err();
        assert_eq!(err.variable, "HOP_TRUSTED_PROXIES");
        let ok = config(&[
            ("HOP_TRUST_FORWARDED_FOR", "true"),
            ("HOP_TRUSTED_PROXIES", "10.0.0.0/8, 2001:db8::1"),
        ])
        .unwrap();
        assert!(ok.trusted_proxies.trusts("10.1.1.1".parse().unwrap()));
        assert!(config(&[]).unwrap().trusted_proxies.is_empty());
    }

    #[test]
    fn metrics_are_not_public_in_production() {
        let development = config(&[]).unwrap();
        assert!(matches!(development.metrics_access, MetricsAccess::Open));
        let production = config(&[
            ("HOP_ENV", "production"),
            ("HOP_JWT_SECRET", "0123456789abcdef0123456789abcdef"),
            ("HOP_PUBLIC_URL", "https://hop.torun.pl"),
        ])
        .unwrap();
        assert!(matches!(production.metrics_access, MetricsAccess::Closed));
        let token = config(&[("HOP_METRICS_TOKEN", "0123456789abcdef0123456789abcdef")]).unwrap();
        assert!(matches!(token.metrics_access, MetricsAccess::Token(_)));
        let err = config(&[("HOP_METRICS_TOKEN", "short")]).unwrap_err();
        assert_eq!(err.variable, "HOP_METRICS_TOKEN");
    }

    #[test]
    fn a_short_secret_is_refused_in_every_environment() {
        for environment in ["development", "production"] {
            let err = config(&[("HOP_ENV", environment), ("HOP_JWT_SECRET", "short-secret")])
                .unwrap_err();
            assert_eq!(err.variable, "HOP_JWT_SECRET", "{environment}");
            assert!(!err.to_string().contains("short-secret"), "{err}");
        }
        let err = config(&[("HOP_JWT_SECRET", &"x".repeat(MIN_JWT_SECRET_BYTES - 1))]).unwrap_err();
        assert_eq!(err.variable, "HOP_JWT_SECRET");
        assert!(config(&[("HOP_JWT_SECRET", &"x".repeat(MIN_JWT_SECRET_BYTES))]).is_ok());
    }

    #[test]
    fn a_bad_value_names_its_variable() {
        for (variable, value) in [
            ("HOP_ADDR", "not-an-address"),
            ("HOP_DB_POOL_SIZE", "0"),
            ("HOP_DB_POOL_SIZE", "ten"),
            ("HOP_LOG_FORMAT", "xml"),
            ("HOP_ENV", "staging"),
            ("HOP_ACCESS_TOKEN_TTL_SECS", "-5"),
            ("HOP_TRUST_FORWARDED_FOR", "maybe"),
            ("DATABASE_URL", " "),
        ] {
            let err = config(&[(variable, value)]).unwrap_err();
            assert_eq!(err.variable, variable, "{value}");
            assert!(err.to_string().starts_with(variable));
        }
    }

    #[test]
    fn mail_is_off_by_default_and_checked_when_set() {
        let defaults = config(&[]).unwrap();
        assert!(!defaults.mail.enabled());
        assert_eq!(defaults.mail.from.to_string(), DEFAULT_MAIL_FROM);

        let on = config(&[
            ("HOP_SMTP_URL", "smtp://127.0.0.1:2525"),
            ("HOP_MAIL_FROM", "Centrum Wolontariatu <cw@torun.example>"),
        ])
        .unwrap();
        assert!(on.mail.enabled());
        assert_eq!(on.mail.from.email.to_string(), "cw@torun.example");
        for url in [
            "smtps://hop:s3cret@mail.example",
            "smtp://hop:s3cret@mail.example:587?tls=required",
        ] {
            assert!(config(&[("HOP_SMTP_URL", url)]).is_ok(), "{url}");
        }

        for (variable, value) in [
            ("HOP_SMTP_URL", "http://mail.example"),
            ("HOP_SMTP_URL", "not a url"),
            ("HOP_SMTP_URL", "smtp://mail.example?tls=sometimes"),
            ("HOP_SMTP_URL", ""),
            ("HOP_MAIL_FROM", "nobody"),
            ("HOP_MAIL_FROM", "HOP <no-reply@>"),
        ] {
            let err = config(&[(variable, value)]).unwrap_err();
            assert_eq!(err.variable, variable, "{value}");
        }
        let err = config(&[("HOP_SMTP_URL", "ftp://hop:s3cret@mail.example")]).unwrap_err();
        assert!(!err.to_string().contains("s3cret"), "{err}");
    }

    #[test]
    fn the_replica_is_optional_and_its_settings_need_it() {
        assert!(config(&[]).unwrap().replica.is_none());
        let set = config(&[
            (
                "HOP_DATABASE_REPLICA_URL",
                "postgres://hop:s3cret@replica:5432/hop",
            ),
            ("HOP_REPLICA_MAX_LAG_SECS", "3"),
            ("HOP_REPLICA_POOL_SIZE", "2"),
        ])
        .unwrap()
        .replica
        .unwrap();
        assert_eq!(set.max_lag, Duration::from_secs(3));
        assert_eq!(set.pool_size, 2);
        let default_lag = config(&[("HOP_DATABASE_REPLICA_URL", "postgres://replica/hop")])
            .unwrap()
            .replica
            .unwrap()
            .max_lag;
        assert_eq!(default_lag, Duration::from_secs(10));
        for (vars, variable) in [
            (
                vec![("HOP_REPLICA_MAX_LAG_SECS", "3")],
                "HOP_REPLICA_MAX_LAG_SECS",
            ),
            (
                vec![("HOP_DATABASE_REPLICA_URL", "mysql://replica/hop")],
                "HOP_DATABASE_REPLICA_URL",
            ),
            (
                vec![
                    ("HOP_DATABASE_REPLICA_URL", "postgres://replica/hop"),
                    ("HOP_REPLICA_MAX_LAG_SECS", "0"),
                ],
                "HOP_REPLICA_MAX_LAG_SECS",
            ),
        ] {
            let err = config(&vars).unwrap_err();
            assert_eq!(err.variable, variable);
            assert!(!err.message.contains("replica/hop"), "{}", err.message);
        }
    }

    #[test]
    fn retention_has_bounded_ages() {
        let defaults = config(&[]).unwrap().retention;
        assert_eq!(defaults.refresh_tokens, Duration::from_secs(30 * 86_400));
        assert_eq!(defaults.sent_emails, Duration::from_secs(30 * 86_400));
        assert_eq!(
            defaults.read_notifications,
            Duration::from_secs(180 * 86_400)
        );
        assert_eq!(defaults.interval, Duration::from_secs(3600));
        let set = config(&[("HOP_RETENTION_READ_NOTIFICATION_DAYS", "7")]).unwrap();
        assert_eq!(
            set.retention.read_notifications,
            Duration::from_secs(7 * 86_400)
        );
        for (variable, value) in [
            ("HOP_RETENTION_REFRESH_TOKEN_DAYS", "0"),
            ("HOP_RETENTION_SENT_EMAIL_DAYS", "3651"),
            ("HOP_RETENTION_READ_NOTIFICATION_DAYS", "soon"),
            ("HOP_RETENTION_INTERVAL_SECS", "59"),
        ] {
            let err = config(&[(variable, value)]).unwrap_err();
            assert_eq!(err.variable, variable, "{value}");
        }
    }

    #[test]
    fn json_logs_and_custom_lifetimes_are_read() {
        let config = config(&[
            ("HOP_LOG_FORMAT", "json"),
            ("HOP_ACCESS_TOKEN_TTL_SECS", "60"),
            ("HOP_ADDR", "0.0.0.0:9000"),
        ])
        .unwrap();
        assert_eq!(config.log_format, LogFormat::Json);
        assert_eq!(config.tokens.access_ttl, Duration::from_secs(60));
        assert_eq!(config.addr.port(), 9000);
    }
}
