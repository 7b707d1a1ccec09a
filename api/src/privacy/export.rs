//! The export (GDPR art. 15 and 20): every section of what HOP holds about
//! a person, read in one snapshot, and the list that says which column of
//! which table each section covers, so a new table that names a person
//! cannot be left out unnoticed (e2e `privacy::export`).

use chrono::Utc;
use diesel::PgConnection;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use super::{model::*, store};
use crate::error::ApiError;

/// The most rows a section holds. No paging: an export is one consistent
/// snapshot of one person, and a person's data is small (ten years of a
/// shift a day is 3 650 sign-ups and as many hours; notifications, e-mails
/// and ended logins are purged by retention). The bound only keeps an
/// account gone wrong (a script, an attack) from taking the server's
/// memory; a section that reaches it is named in `truncated`.
pub const SECTION_LIMIT: usize = 20_000;

/// Each column that ties a row to a person, and the export section that
/// shows it. The e2e test reads every such column from the schema (foreign
/// keys to `users`, and names such as `user_id`, `*_by`, `email`) and
/// fails on one that is in neither this list nor [`NOT_EXPORTED`].
pub const EXPORTED: &[(&str, &str, &str)] = &[
    ("users", "id", "account"),
    ("users", "email", "account"),
    ("refresh_tokens", "user_id", "sessions"),
    ("web_sessions", "user_id", "sessions"),
    ("calendar_tokens", "user_id", "calendar_feed"),
    ("volunteer_profiles", "user_id", "volunteer_profile"),
    ("volunteer_skills", "user_id", "volunteer_profile"),
    ("volunteer_languages", "user_id", "volunteer_profile"),
    ("volunteer_availability", "user_id", "volunteer_profile"),
    ("organization_members", "user_id", "memberships"),
    ("organization_members", "added_by", "acts"),
    ("organization_invitations", "email", "invitations"),
    ("organization_invitations", "invited_by", "acts"),
    ("organizations", "reviewed_by", "acts"),
    ("opportunities", "created_by", "acts"),
    ("applications", "volunteer_id", "sign_ups"),
    ("hour_entries", "volunteer_id", "hours"),
    ("hour_entries", "decided_by", "acts"),
    ("agreements", "volunteer_id", "agreements"),
    ("agreements", "proposed_by", "acts"),
    ("agreements", "terminated_by", "acts"),
    ("certificates", "volunteer_id", "certificates"),
    ("certificates", "revoked_by", "acts"),
    ("opinions", "volunteer_id", "opinions"),
    ("opinions", "written_by", "acts"),
    ("safeguarding_checks", "volunteer_id", "safeguarding_checks"),
    ("safeguarding_checks", "recorded_by", "acts"),
    ("notifications", "recipient_id", "notifications"),
    ("email_outbox", "recipient", "emails"),
];

/// Columns that look personal but are not a person's data, with why.
pub const NOT_EXPORTED: &[(&str, &str, &str)] = &[(
    "organizations",
    "contact_email",
    "the organisation's public contact address, shown with the organisation; \
     erased with an organisation its sole owner leaves empty",
)];

/// Sections derived from several tables rather than one column.
pub const DERIVED: &[&str] = &["consents"];

/// Everything HOP holds about `person`, read in one repeatable-read,
/// read-only transaction: every section sees the same moment.
pub fn export(conn: &mut PgConnection, person: Uuid) -> Result<Export, ApiError> {
    conn.build_transaction()
        .repeatable_read()
        .read_only()
        .run(|conn| read(conn, person))
}

struct Reader<'c> {
    conn: &'c mut PgConnection,
    person: Uuid,
    truncated: Vec<String>,
}

impl Reader<'_> {
    fn rows<T: DeserializeOwned>(&mut self, name: &str, select: &str) -> Result<Vec<T>, ApiError> {
        let limit = i64::try_from(SECTION_LIMIT).unwrap_or(i64::MAX);
        let json = store::section(self.conn, select, self.person, limit + 1)?;
        let mut rows: Vec<T> = serde_json::from_value(json)
            .map_err(|err| ApiError::internal(format!("export section {name}: {err}")))?;
        if rows.len() > SECTION_LIMIT {
            rows.truncate(SECTION_LIMIT);
            self.truncated.push(name.to_owned());
        }
        Ok(rows)
    }
}

fn read(conn: &mut PgConnection, person: Uuid) -> Result<Export, ApiError> {
    let exported_at = Utc::now();
    let mut reader = Reader {
        conn,
        person,
        truncated: Vec::new(),
    };
    let account = reader
        .rows::<ExportAccount>("account", store::ACCOUNT)?
        .pop()
        .ok_or(ApiError::Unauthorized(
            "The account of this access token no longer exists",
        ))?;
    Ok(Export {
        format: EXPORT_FORMAT,
        exported_at,
        account,
        volunteer_profile: reader.rows("volunteer_profile", store::PROFILE)?.pop(),
        memberships: reader.rows("memberships", store::MEMBERSHIPS)?,
        invitations: reader.rows("invitations", store::INVITATIONS)?,
        sign_ups: reader.rows("sign_ups", store::SIGN_UPS)?,
        hours: reader.rows("hours", store::HOURS)?,
        agreements: reader.rows("agreements", store::AGREEMENTS)?,
        certificates: reader.rows("certificates", store::CERTIFICATES)?,
        opinions: reader.rows("opinions", store::OPINIONS)?,
        safeguarding_checks: reader.rows("safeguarding_checks", store::SAFEGUARDING_CHECKS)?,
        notifications: reader.rows("notifications", store::NOTIFICATIONS)?,
        emails: reader.rows("emails", store::EMAILS)?,
        consents: reader.rows("consents", store::CONSENTS)?,
        sessions: reader.rows("sessions", store::SESSIONS)?,
        calendar_feed: reader.rows("calendar_feed", store::CALENDAR_FEED)?.pop(),
        acts: reader.rows("acts", store::ACTS)?,
        truncated: reader.truncated,
    })
}
