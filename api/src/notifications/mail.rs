//! Sending the outbox: a worker thread of its own claims due e-mails in
//! small batches, sends them over SMTP and records each outcome in the
//! transaction that holds the claim.
//!
//! An e-mail is marked sent only after the server accepted it, in the same
//! transaction as its claim: a crash between the server's "250 OK" and the
//! commit is the only way one is sent twice (and its `Message-ID`, made
//! from the outbox id, lets mail clients tell the copy). A stopped server
//! costs nothing but time: every failure schedules the next attempt with
//! exponential back-off. The worker never runs on the HTTP workers and
//! holds a database connection of its own.

use std::{
    sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError},
    thread::JoinHandle,
    time::Duration,
};

use diesel::Connection;
use lettre::{
    Message, SmtpTransport, Transport,
    message::{Mailbox, header::ContentType},
};
use secrecy::ExposeSecret;

use super::outbox::{self, Failure, OutboxRow};
use crate::{
    config::Config,
    db::{self, DbPool},
};

/// E-mails claimed and sent per transaction.
const BATCH_SIZE: i64 = 10;
/// How often the worker looks for due e-mails when the last look found few.
const POLL_INTERVAL: Duration = Duration::from_secs(1);
/// The longest pause after the database failed the worker.
const MAX_DATABASE_PAUSE: Duration = Duration::from_secs(60);
/// How long the SMTP server may take to answer before an attempt fails.
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

/// The SMTP connection and the sender.
pub struct Mailer {
    transport: SmtpTransport,
    from: Mailbox,
}

impl Mailer {
    /// The mailer `config` describes; `None` when no SMTP server is set.
    pub fn from_config(config: &Config) -> Result<Option<Self>, lettre::transport::smtp::Error> {
        let Some(url) = &config.mail.smtp_url else {
            return Ok(None);
        };
        let transport = SmtpTransport::from_url(url.expose_secret())?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        Ok(Some(Self {
            transport,
            from: config.mail.from.clone(),
        }))
    }

    /// The e-mail of an outbox row. Its `Message-ID` is made from the row's
    /// id, so a copy sent twice is recognisably the same message.
    pub fn message(&self, row: &OutboxRow) -> Result<Message, Failure> {
        let to: Mailbox = row
            .recipient
            .parse()
            .map_err(|err| Failure::Undeliverable(format!("recipient address: {err}")))?;
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(row.subject.as_str())
            .message_id(Some(format!("<{}@{}>", row.id, self.from.email.domain())))
            .header(ContentType::TEXT_PLAIN)
            .body(row.body.clone())
            .map_err(|err| Failure::Undeliverable(format!("message: {err}")))
    }

    fn send(&self, row: &OutboxRow) -> Result<(), Failure> {
        let message = self.message(row)?;
        self.transport.send(&message).map(drop).map_err(|err| {
            if err.is_permanent() {
                Failure::Permanent(err.to_string())
            } else {
                Failure::Transient(err.to_string())
            }
        })
    }
}

/// What the worker needs before it starts: the mailer and a pool of one
/// connection, kept apart from the requests' pool.
pub struct MailDelivery {
    mailer: Mailer,
    pool: DbPool,
}

impl MailDelivery {
    /// `None` when `config` sets no SMTP server.
    pub fn from_config(config: &Config) -> Result<Option<Self>, lettre::transport::smtp::Error> {
        let Some(mailer) = Mailer::from_config(config)? else {
            return Ok(None);
        };
        let mut own = config.clone();
        own.database.pool_size = 1;
        Ok(Some(Self {
            mailer,
            pool: db::pool(&own),
        }))
    }

    /// Starts the worker on a thread of its own.
    pub fn start(self) -> std::io::Result<MailWorker> {
        let (stop, stopped) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("hop-mail".into())
            .spawn(move || work(&self.mailer, &self.pool, &stopped))?;
        tracing::info!("mail worker started");
        Ok(MailWorker { stop, thread })
    }
}

/// The running worker. It stops when told to, or when this handle is
/// dropped; a batch in progress ends with the e-mail being sent.
pub struct MailWorker {
    stop: Sender<()>,
    thread: JoinHandle<()>,
}

impl MailWorker {
    /// Tells the worker to stop and waits for it, off the async workers.
    pub async fn stop(self) {
        let Self { stop, thread } = self;
        // A worker that has already ended no longer listens; that is fine.
        let _ = stop.send(());
        match actix_web::web::block(move || thread.join()).await {
            Ok(Ok(())) => tracing::info!("mail worker stopped"),
            Ok(Err(_)) => tracing::error!("mail worker panicked"),
            Err(err) => tracing::error!(error = %err, "cannot wait for the mail worker"),
        }
    }
}

fn stop_requested(stopped: &Receiver<()>) -> bool {
    !matches!(stopped.try_recv(), Err(TryRecvError::Empty))
}

fn work(mailer: &Mailer, pool: &DbPool, stopped: &Receiver<()>) {
    let mut database_failures = 0u32;
    loop {
        let pause = match send_due(mailer, pool, stopped) {
            Ok(claimed) => {
                database_failures = 0;
                if claimed == BATCH_SIZE as usize {
                    Duration::ZERO
                } else {
                    POLL_INTERVAL
                }
            }
            Err(err) => {
                database_failures = database_failures.saturating_add(1);
                let pause = POLL_INTERVAL
                    .saturating_mul(2u32.saturating_pow(database_failures.min(6)))
                    .min(MAX_DATABASE_PAUSE);
                tracing::warn!(error = %err, retry_in = ?pause, "mail worker cannot reach the outbox");
                pause
            }
        };
        match stopped.recv_timeout(pause) {
            Err(RecvTimeoutError::Timeout) => {}
            Ok(()) | Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

type WorkerError = Box<dyn std::error::Error + Send + Sync>;

/// Claims one batch of due e-mails, sends them, and records each outcome;
/// returns how many were claimed.
fn send_due(mailer: &Mailer, pool: &DbPool, stopped: &Receiver<()>) -> Result<usize, WorkerError> {
    let mut conn = pool.get()?;
    let claimed = conn.transaction(|conn| {
        let due = outbox::claim_due(conn, BATCH_SIZE)?;
        for row in &due {
            if stop_requested(stopped) {
                // The rest stay due; committing releases them.
                break;
            }
            let attempts = row.attempts.saturating_add(1);
            match mailer.send(row) {
                Ok(()) => {
                    outbox::mark_sent(conn, row.id, attempts)?;
                    tracing::debug!(outbox_id = %row.id, attempts, "e-mail sent");
                }
                Err(failure) => {
                    let retry = outbox::retry_after(attempts, &failure);
                    outbox::record_failure(conn, row.id, attempts, &failure, retry)?;
                    match retry {
                        Some(retry) => tracing::warn!(
                            outbox_id = %row.id, attempts, retry_in = ?retry,
                            error = failure.message(), "e-mail not sent; will retry"
                        ),
                        None => tracing::error!(
                            outbox_id = %row.id, attempts,
                            error = failure.message(), "e-mail not sent; given up"
                        ),
                    }
                }
            }
        }
        Ok::<_, diesel::result::Error>(due.len())
    })?;
    Ok(claimed)
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;

    fn mailer() -> Mailer {
        let config = crate::config::Config::from_lookup(|name| match name {
            "HOP_SMTP_URL" => Some("smtp://127.0.0.1:2525".into()),
            "HOP_MAIL_FROM" => Some("Centrum Wolontariatu <cw@torun.example>".into()),
            _ => None,
        })
        .unwrap();
        Mailer::from_config(&config).unwrap().unwrap()
    }

    fn row(recipient: &str) -> OutboxRow {
        OutboxRow {
            id: Uuid::from_u128(7),
            recipient: recipient.into(),
            subject: "Zgłoszenie potwierdzone".into(),
            body: "Twoje zgłoszenie na zmianę „Sortowanie” zostało potwierdzone.".into(),
            attempts: 0,
        }
    }

    #[test]
    fn messages_carry_sender_recipient_subject_and_a_stable_id() {
        let message = mailer().message(&row("ala@example.org")).unwrap();
        let text = String::from_utf8(message.formatted()).unwrap();
        assert!(
            text.contains("From: \"Centrum Wolontariatu\" <cw@torun.example>"),
            "{text}"
        );
        assert!(text.contains("To: ala@example.org"), "{text}");
        assert!(
            text.contains("Message-ID: <00000000-0000-0000-0000-000000000007@torun.example>"),
            "{text}"
        );
        assert!(
            text.contains("Content-Type: text/plain; charset=utf-8"),
            "{text}"
        );
        // Non-ASCII subjects are encoded (RFC 2047), never sent raw.
        assert!(text.contains("Subject: =?utf-8?"), "{text}");
        assert_eq!(message.envelope().to()[0].to_string(), "ala@example.org");
    }

    #[test]
    fn an_address_no_server_accepts_is_undeliverable() {
        assert!(matches!(
            mailer().message(&row("not an address")),
            Err(Failure::Undeliverable(_))
        ));
    }

    #[test]
    fn no_smtp_url_means_no_mailer() {
        let config = crate::config::Config::from_lookup(|_| None).unwrap();
        assert!(Mailer::from_config(&config).unwrap().is_none());
        assert!(MailDelivery::from_config(&config).unwrap().is_none());
    }
}
