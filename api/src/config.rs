//! Settings, read once from the environment at start-up and passed in.
//! A bad value stops the start with a message naming the variable.

use std::{net::SocketAddr, str::FromStr, time::Duration};

use secrecy::{ExposeSecret, SecretString};

/// The secret a developer's machine signs tokens with when none is set.
/// Production refuses to start with it.
pub const DEVELOPMENT_JWT_SECRET: &str = "hop-development-secret-never-use-in-production";

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
    pub tokens: TokenConfig,
    pub login_limits: LoginLimits,
    /// Argon2 hashes allowed to run at once; more wait, so logins cannot take
    /// every core away from other requests.
    pub hashing_concurrency: usize,
    /// Take the client address from `X-Forwarded-For` (only behind a proxy
    /// that sets it; otherwise clients could choose their own address).
    pub trust_forwarded_for: bool,
    pub mail: MailConfig,
}

/// E-mail delivery of notifications.
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

#[derive(Debug, Clone)]
pub struct DatabaseConfig {
    pub pool_size: u32,
    /// How long a request waits for a connection before answering 503.
    pub acquire_timeout: Duration,
    pub statement_timeout: Duration,
}

#[derive(Debug, Clone)]
pub struct TokenConfig {
    pub jwt_secret: SecretString,
    pub issuer: String,
    pub audience: String,
    pub access_ttl: Duration,
    pub refresh_ttl: Duration,
}

#[derive(Debug, Clone)]
pub struct LoginLimits {
    pub window: Duration,
    pub failures_per_account: u32,
    pub failures_per_address: u32,
    /// Accounts and addresses remembered at most, each; the oldest are
    /// forgotten first, so memory stays bounded whatever is tried.
    pub tracked_keys: usize,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{variable}: {message}")]
pub struct ConfigError {
    pub variable: &'static str,
    pub message: String,
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

        let jwt_secret = env.string("HOP_JWT_SECRET", DEVELOPMENT_JWT_SECRET)?;
        if environment == Environment::Production {
            if jwt_secret == DEVELOPMENT_JWT_SECRET {
                return Err(ConfigError::new(
                    "HOP_JWT_SECRET",
                    "must be set to a secret of your own when HOP_ENV=production",
                ));
            }
            if jwt_secret.len() < 32 {
                return Err(ConfigError::new(
                    "HOP_JWT_SECRET",
                    "must be at least 32 bytes long when HOP_ENV=production",
                ));
            }
        }

        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        Ok(Self {
            environment,
            database_url: env.string("DATABASE_URL", DEFAULT_DATABASE_URL)?.into(),
            addr: env.parsed("HOP_ADDR", SocketAddr::from(([127, 0, 0, 1], 8080)))?,
            workers: env.ranged("HOP_WORKERS", cores, 1, 256)?,
            log_format,
            database: DatabaseConfig {
                pool_size: env.ranged("HOP_DB_POOL_SIZE", 10, 1, 1000)?,
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
            tokens: TokenConfig {
                jwt_secret: jwt_secret.into(),
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
                failures_per_account: env.ranged(
                    "HOP_LOGIN_FAILURES_PER_ACCOUNT",
                    10,
                    1,
                    10_000,
                )?,
                failures_per_address: env.ranged(
                    "HOP_LOGIN_FAILURES_PER_ADDRESS",
                    500,
                    1,
                    1_000_000,
                )?,
                tracked_keys: env.ranged("HOP_LOGIN_TRACKED_KEYS", 100_000, 100, 10_000_000)?,
            },
            hashing_concurrency: env.ranged("HOP_HASHING_CONCURRENCY", cores, 1, 256)?,
            trust_forwarded_for: env.parsed("HOP_TRUST_FORWARDED_FOR", false)?,
            mail: MailConfig {
                smtp_url: env.smtp_url("HOP_SMTP_URL")?,
                from: env.parsed(
                    "HOP_MAIL_FROM",
                    DEFAULT_MAIL_FROM.parse().map_err(|err| {
                        ConfigError::new("HOP_MAIL_FROM", format!("the default is invalid: {err}"))
                    })?,
                )?,
            },
        })
    }

    pub fn uses_development_secret(&self) -> bool {
        self.tokens.jwt_secret.expose_secret() == DEVELOPMENT_JWT_SECRET
    }
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
        assert!(config.uses_development_secret());
    }

    #[test]
    fn production_refuses_the_development_secret() {
        let err = config(&[("HOP_ENV", "production")]).unwrap_err();
        assert_eq!(err.variable, "HOP_JWT_SECRET");
        let err = config(&[("HOP_ENV", "production"), ("HOP_JWT_SECRET", "short")]).unwrap_err();
        assert_eq!(err.variable, "HOP_JWT_SECRET");
        let ok = config(&[
            ("HOP_ENV", "production"),
            ("HOP_JWT_SECRET", "0123456789abcdef0123456789abcdef"),
        ])
        .unwrap();
        assert!(!ok.uses_development_secret());
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
