//! The use cases of notifications: what a handler calls after parsing
//! and authorising (load, decide with the domain's rules, write, notify).

use super::{model::NotificationPayload, store};
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use hop_domain::{
    i18n::Lang,
    notification::{self, Facts},
};
use uuid::Uuid;

pub use hop_domain::notification::NotificationKind;

use super::store::NewEmail;
use crate::{accounts, error::ApiError, state::EmailOutbox};

/// The facts a payload records, for the texts. Facts it lacks stay `None`.
pub fn facts(payload: &serde_json::Value) -> Facts<'_> {
    let text = |key: &str| payload.get(key).and_then(serde_json::Value::as_str);
    Facts {
        organization_name: text("organization_name"),
        opportunity_title: text("opportunity_title"),
        shift_starts_at: text("starts_at")
            .and_then(|raw| DateTime::parse_from_rfc3339(raw).ok())
            .map(|at| at.with_timezone(&Utc)),
        reason: text("reason"),
        work_date: text("work_date").and_then(|raw| raw.parse().ok()),
        minutes: payload
            .get("minutes")
            .and_then(serde_json::Value::as_u64)
            .and_then(|minutes| u32::try_from(minutes).ok()),
    }
}

/// A stored language code (the column's check admits only the six).
pub(super) fn stored_language(code: &str) -> Lang {
    Lang::parse(code).unwrap_or(Lang::DEFAULT)
}

/// The language `user` reads notifications in.
pub fn language_of(conn: &mut PgConnection, user: Uuid) -> Result<Lang, ApiError> {
    let code = accounts::store::preferred_language(conn, user)?.ok_or(ApiError::Unauthorized(
        "The account of this access token no longer exists",
    ))?;
    Ok(stored_language(&code))
}

/// Records a notification of `kind` for each of `recipients`, in the
/// caller's transaction, and — when the service sends e-mail — its e-mail
/// in the outbox, written in each recipient's language.
pub fn record(
    conn: &mut PgConnection,
    outbox: EmailOutbox,
    recipients: &[Uuid],
    kind: NotificationKind,
    payload: &NotificationPayload,
) -> QueryResult<usize> {
    // Serialising a struct of ids, strings and times cannot fail.
    let payload = &serde_json::to_value(payload).unwrap_or_default();
    if recipients.is_empty() {
        return Ok(0);
    }
    let recorded = store::insert(conn, recipients, kind.as_str(), payload)?;
    if outbox == EmailOutbox::Off {
        return Ok(recorded.len());
    }
    let addressees: HashMap<Uuid, store::MailRecipient> = store::mail_recipients(conn, recipients)?
        .into_iter()
        .map(|person| (person.user_id, person))
        .collect();
    if !addressees.is_empty() {
        let facts = facts(payload);
        let emails: Vec<NewEmail> = recorded
            .iter()
            .filter_map(|(notification_id, recipient)| {
                let person = addressees.get(recipient)?;
                let text = notification::render_email(
                    kind,
                    &facts,
                    stored_language(&person.preferred_language),
                );
                Some(NewEmail {
                    notification_id: *notification_id,
                    recipient: person.email.clone(),
                    subject: text.title,
                    body: text.body,
                })
            })
            .collect();
        store::enqueue(conn, &emails)?;
    }
    Ok(recorded.len())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn payloads_give_their_facts() {
        let payload = json!({
            "shift_id": Uuid::nil(),
            "opportunity_title": "Sortowanie darów",
            "starts_at": "2026-12-05T08:00:00Z",
        });
        let facts = facts(&payload);
        assert_eq!(facts.opportunity_title, Some("Sortowanie darów"));
        assert_eq!(
            facts.shift_starts_at.map(|at| at.to_rfc3339()),
            Some("2026-12-05T08:00:00+00:00".into())
        );
        assert_eq!(facts.organization_name, None);

        let organization = json!({"organization_name": "PAH Toruń", "reason": null});
        assert_eq!(
            super::facts(&organization),
            Facts {
                organization_name: Some("PAH Toruń"),
                ..Facts::default()
            }
        );
        assert_eq!(
            super::facts(&json!({"starts_at": "yesterday"})),
            Facts::default()
        );
    }
}
