//! SQL of the data rights: each section of an export, the statements of an
//! erasure, and the retention job's deletions.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::{
    prelude::*,
    sql_query,
    sql_types::{
        Array, BigInt, Bool, Date, Integer, Jsonb, Nullable, Text, Timestamptz, Uuid as SqlUuid,
    },
};
use hop_domain::erasure::OrganizationActivity;
use uuid::Uuid;

// ---------------------------------------------------------------- export

/// The rows of one export section, as PostgreSQL writes them in JSON.
#[derive(QueryableByName)]
struct Rows {
    #[diesel(sql_type = Jsonb)]
    rows: serde_json::Value,
}

/// The account itself (never the password hash).
pub const ACCOUNT: &str = "SELECT id, email, display_name, is_staff, preferred_language, \
     created_at, updated_at FROM users WHERE id = $1";

/// The profile, its lists nested.
pub const PROFILE: &str = "SELECT p.birth_date, p.home_city, p.home_country, \
     CASE WHEN p.home_lat IS NOT NULL \
          THEN jsonb_build_object('lat', p.home_lat, 'lon', p.home_lon) END AS home, \
     p.max_distance_km, p.causes, p.discoverable, p.guardian_consent, p.guardian_name, \
     p.guardian_consent_recorded_at, \
     coalesce((SELECT jsonb_agg(jsonb_build_object('skill_id', s.skill_id, 'slug', k.slug, 'level', s.level) \
                                ORDER BY k.slug) \
               FROM volunteer_skills s JOIN skills k ON k.id = s.skill_id \
               WHERE s.user_id = p.user_id), '[]') AS skills, \
     coalesce((SELECT jsonb_agg(jsonb_build_object('code', l.code, 'level', l.level) ORDER BY l.code) \
               FROM volunteer_languages l WHERE l.user_id = p.user_id), '[]') AS languages, \
     coalesce((SELECT jsonb_agg(jsonb_build_object( \
                   'weekday', (ARRAY['mon','tue','wed','thu','fri','sat','sun'])[a.weekday], \
                   'start', lpad((a.start_minute / 60)::text, 2, '0') || ':' || lpad((a.start_minute % 60)::text, 2, '0'), \
                   'end', lpad((a.end_minute / 60)::text, 2, '0') || ':' || lpad((a.end_minute % 60)::text, 2, '0')) \
                   ORDER BY a.weekday, a.start_minute) \
               FROM volunteer_availability a WHERE a.user_id = p.user_id), '[]') AS availability, \
     p.created_at, p.updated_at \
     FROM volunteer_profiles p WHERE p.user_id = $1";

pub const MEMBERSHIPS: &str = "SELECT m.organization_id, o.name AS organization_name, m.role, \
     m.created_at AS joined_at \
     FROM organization_members m JOIN organizations o ON o.id = m.organization_id \
     WHERE m.user_id = $1 ORDER BY m.created_at, m.organization_id";

/// Invitations are kept by address (one may wait for an account), so the
/// caller's are those to their address now.
pub const INVITATIONS: &str = "SELECT i.id, i.organization_id, o.name AS organization_name, \
     i.role, i.status, i.created_at, i.expires_at, i.closed_at \
     FROM organization_invitations i JOIN organizations o ON o.id = i.organization_id \
     JOIN users u ON u.id = $1 \
     WHERE i.email = lower(u.email) ORDER BY i.created_at, i.id";

pub const SIGN_UPS: &str = "SELECT a.id, a.shift_id, s.opportunity_id, op.title AS opportunity_title, \
     op.organization_id, s.starts_at, s.ends_at, a.status, a.pending_reason, a.rejection_reason, \
     a.minutes_attended, a.created_at, a.updated_at \
     FROM applications a JOIN shifts s ON s.id = a.shift_id \
     JOIN opportunities op ON op.id = s.opportunity_id \
     WHERE a.volunteer_id = $1 ORDER BY a.created_at, a.id";

pub const HOURS: &str = "SELECT e.id, e.organization_id, o.name AS organization_name, \
     e.opportunity_id, e.application_id, e.work_date, e.minutes, e.description, e.status, \
     e.rejection_reason, e.corrects_id, e.decided_at, e.created_at \
     FROM hour_entries e JOIN organizations o ON o.id = e.organization_id \
     WHERE e.volunteer_id = $1 ORDER BY e.created_at, e.id";

pub const AGREEMENTS: &str = "SELECT g.id, g.organization_id, o.name AS organization_name, \
     g.scope, g.manner, g.place, g.starts_on, g.ends_on, g.hours_per_week, g.termination_terms, \
     g.insurance_statement, g.status, g.created_at, g.accepted_at, g.guardian_name, \
     g.guardian_consented_at, g.terminated_on, g.terminated_at \
     FROM agreements g JOIN organizations o ON o.id = g.organization_id \
     WHERE g.volunteer_id = $1 ORDER BY g.created_at, g.id";

pub const CERTIFICATES: &str = "SELECT c.id, c.code, c.organization_id, c.issued_at, c.language, \
     c.revoked_at, c.revocation_reason, c.facts, c.credential \
     FROM certificates c WHERE c.volunteer_id = $1 ORDER BY c.issued_at, c.id";

pub const OPINIONS: &str = "SELECT p.organization_id, o.name AS organization_name, p.body, p.updated_at \
     FROM opinions p JOIN organizations o ON o.id = p.organization_id \
     WHERE p.volunteer_id = $1 ORDER BY p.updated_at, p.organization_id";

pub const SAFEGUARDING_CHECKS: &str = "SELECT c.organization_id, o.name AS organization_name, \
     c.register_checked_at, c.certificate_held, c.recorded_at \
     FROM safeguarding_checks c JOIN organizations o ON o.id = c.organization_id \
     WHERE c.volunteer_id = $1 ORDER BY c.recorded_at, c.organization_id";

pub const NOTIFICATIONS: &str = "SELECT n.id, n.kind, n.payload, n.created_at, n.read_at \
     FROM notifications n WHERE n.recipient_id = $1 ORDER BY n.created_at, n.id";

pub const EMAILS: &str = "SELECT m.id, m.notification_id, m.recipient, m.subject, m.body, \
     m.attempts, m.created_at, m.sent_at, m.failed_at \
     FROM email_outbox m JOIN notifications n ON n.id = m.notification_id \
     WHERE n.recipient_id = $1 ORDER BY m.created_at, m.id";

/// Consents, from where each is recorded.
pub const CONSENTS: &str = "SELECT 'guardian-consent' AS kind, p.guardian_consent_recorded_at AS given_at, \
        NULL::uuid AS organization_id, NULL::uuid AS agreement_id, NULL::uuid AS invitation_id, \
        p.guardian_name \
     FROM volunteer_profiles p WHERE p.user_id = $1 AND p.guardian_consent \
     UNION ALL \
     SELECT 'discoverable', NULL, NULL, NULL, NULL, NULL \
     FROM volunteer_profiles p WHERE p.user_id = $1 AND p.discoverable \
     UNION ALL \
     SELECT 'agreement-accepted', g.accepted_at, g.organization_id, g.id, NULL, NULL \
     FROM agreements g WHERE g.volunteer_id = $1 AND g.accepted_at IS NOT NULL \
     UNION ALL \
     SELECT 'agreement-guardian-consent', g.guardian_consented_at, g.organization_id, g.id, NULL, \
        g.guardian_name \
     FROM agreements g WHERE g.volunteer_id = $1 AND g.guardian_consented_at IS NOT NULL \
     UNION ALL \
     SELECT 'invitation-accepted', i.closed_at, i.organization_id, NULL, i.id, NULL \
     FROM organization_invitations i JOIN users u ON u.id = $1 \
     WHERE i.email = lower(u.email) AND i.status = 'accepted' \
     ORDER BY given_at NULLS FIRST, kind";

/// Logins: each refresh-token family of the API and each sign-in of the
/// pages, never a token's hash.
pub const SESSIONS: &str = "SELECT 'api' AS via, t.family_id, min(t.created_at) AS started_at, \
     max(t.used_at) AS last_refreshed_at, max(t.expires_at) AS expires_at, \
     max(t.revoked_at) AS revoked_at, count(*) - 1 AS refreshes, \
     bool_or(t.used_at IS NULL AND t.revoked_at IS NULL AND t.expires_at > now()) AS active \
     FROM refresh_tokens t WHERE t.user_id = $1 \
     GROUP BY t.family_id \
     UNION ALL SELECT 'pages', w.id, w.created_at, NULL, w.expires_at, NULL, 0::bigint, w.expires_at > now() \
     FROM web_sessions w WHERE w.user_id = $1 \
     ORDER BY 3, 2";

/// The calendar feed: when its token was made, never the token's digest.
pub const CALENDAR_FEED: &str = "SELECT c.created_at FROM calendar_tokens c WHERE c.user_id = $1";

/// What the caller did for organisations or as staff. These columns are
/// not indexed (nothing else looks a person's acts up): an export reads
/// those tables through, once, on a person's request.
pub const ACTS: &str = "SELECT 'hours-decided' AS kind, e.decided_at AS at, e.organization_id, \
        e.id AS subject_id FROM hour_entries e WHERE e.decided_by = $1 \
     UNION ALL SELECT 'agreement-proposed', g.created_at, g.organization_id, g.id \
        FROM agreements g WHERE g.proposed_by = $1 \
     UNION ALL SELECT 'agreement-terminated', g.terminated_at, g.organization_id, g.id \
        FROM agreements g WHERE g.terminated_by = $1 \
     UNION ALL SELECT 'opinion-written', p.updated_at, p.organization_id, p.volunteer_id \
        FROM opinions p WHERE p.written_by = $1 \
     UNION ALL SELECT 'certificate-revoked', c.revoked_at, c.organization_id, c.id \
        FROM certificates c WHERE c.revoked_by = $1 \
     UNION ALL SELECT 'safeguarding-recorded', s.recorded_at, s.organization_id, s.volunteer_id \
        FROM safeguarding_checks s WHERE s.recorded_by = $1 \
     UNION ALL SELECT 'member-invited', i.created_at, i.organization_id, i.id \
        FROM organization_invitations i WHERE i.invited_by = $1 \
     UNION ALL SELECT 'member-added', m.created_at, m.organization_id, m.user_id \
        FROM organization_members m WHERE m.added_by = $1 \
     UNION ALL SELECT 'opportunity-created', o.created_at, o.organization_id, o.id \
        FROM opportunities o WHERE o.created_by = $1 \
     UNION ALL SELECT 'organization-reviewed', o.reviewed_at, o.id, o.id \
        FROM organizations o WHERE o.reviewed_by = $1 \
     ORDER BY at NULLS FIRST, kind, subject_id";

/// Up to `limit` rows of the section `select` (whose `$1` is the person)
/// as JSON, in its order.
pub fn section(
    conn: &mut PgConnection,
    select: &str,
    person: Uuid,
    limit: i64,
) -> QueryResult<serde_json::Value> {
    let found: Rows = sql_query(format!(
        "SELECT coalesce(jsonb_agg(to_jsonb(s)), '[]'::jsonb) AS rows FROM ({select} LIMIT $2) s"
    ))
    .bind::<SqlUuid, _>(person)
    .bind::<BigInt, _>(limit)
    .get_result(conn)?;
    Ok(found.rows)
}

// --------------------------------------------------------------- erasure

/// The account locked for its erasure: its `erased_at` and e-mail
/// (`None`: no such account).
#[derive(QueryableByName)]
pub struct LockedAccount {
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub erased_at: Option<DateTime<Utc>>,
    #[diesel(sql_type = Text)]
    pub email: String,
}

/// `FOR NO KEY UPDATE`: two erasures of one account wait for each other,
/// while rows that merely refer to it (a foreign key's `KEY SHARE`) are
/// still written meanwhile, so nobody else's request waits or deadlocks.
pub fn lock_account(conn: &mut PgConnection, person: Uuid) -> QueryResult<Option<LockedAccount>> {
    sql_query("SELECT erased_at, email FROM users WHERE id = $1 FOR NO KEY UPDATE")
        .bind::<SqlUuid, _>(person)
        .get_result(conn)
        .optional()
}

/// The person's memberships, `(organisation, role)`, by organisation: the
/// order their organisations are locked in.
pub fn memberships(conn: &mut PgConnection, person: Uuid) -> QueryResult<Vec<(Uuid, String)>> {
    use crate::schema::organization_members as m;
    m::table
        .filter(m::user_id.eq(person))
        .select((m::organization_id, m::role))
        .order(m::organization_id)
        .load(conn)
}

#[derive(QueryableByName)]
struct ActivityRow {
    #[diesel(sql_type = BigInt)]
    other_owners: i64,
    #[diesel(sql_type = BigInt)]
    other_coordinators: i64,
    #[diesel(sql_type = Bool)]
    has_records: bool,
}

/// What `organization` has besides `person`. Read under the
/// organisation's lock, so it holds until the erasure commits.
pub fn activity(
    conn: &mut PgConnection,
    organization: Uuid,
    person: Uuid,
) -> QueryResult<OrganizationActivity> {
    let row: ActivityRow = sql_query(
        "SELECT \
           (SELECT count(*) FROM organization_members m \
            WHERE m.organization_id = $1 AND m.user_id <> $2 AND m.role = 'owner') AS other_owners, \
           (SELECT count(*) FROM organization_members m \
            WHERE m.organization_id = $1 AND m.user_id <> $2 AND m.role = 'coordinator') AS other_coordinators, \
           (EXISTS (SELECT 1 FROM opportunities WHERE organization_id = $1) \
            OR EXISTS (SELECT 1 FROM hour_entries WHERE organization_id = $1) \
            OR EXISTS (SELECT 1 FROM agreements WHERE organization_id = $1) \
            OR EXISTS (SELECT 1 FROM certificates WHERE organization_id = $1) \
            OR EXISTS (SELECT 1 FROM opinions WHERE organization_id = $1) \
            OR EXISTS (SELECT 1 FROM safeguarding_checks WHERE organization_id = $1) \
            OR EXISTS (SELECT 1 FROM organization_invitations \
                       WHERE organization_id = $1 AND status = 'pending')) AS has_records",
    )
    .bind::<SqlUuid, _>(organization)
    .bind::<SqlUuid, _>(person)
    .get_result(conn)?;
    let count = |n: i64| u32::try_from(n).unwrap_or(u32::MAX);
    Ok(OrganizationActivity {
        other_owners: count(row.other_owners),
        other_coordinators: count(row.other_coordinators),
        has_records: row.has_records,
    })
}

#[derive(QueryableByName)]
struct BirthDate {
    #[diesel(sql_type = Nullable<Date>)]
    birth_date: Option<NaiveDate>,
}

/// The profile's birth date, the profile locked (`None`: no profile).
pub fn lock_profile(
    conn: &mut PgConnection,
    person: Uuid,
) -> QueryResult<Option<Option<NaiveDate>>> {
    Ok(
        sql_query("SELECT birth_date FROM volunteer_profiles WHERE user_id = $1 FOR NO KEY UPDATE")
            .bind::<SqlUuid, _>(person)
            .get_result::<BirthDate>(conn)
            .optional()?
            .map(|row| row.birth_date),
    )
}

/// What erasing one account writes.
pub struct Erasure<'a> {
    pub person: Uuid,
    /// The address it had, to find the invitations sent to it.
    pub email: &'a str,
    pub placeholder_email: &'a str,
    pub name: &'a str,
    pub guardian: &'a str,
    /// The profile's age band from now on (`None`: no profile).
    pub age_band: Option<&'a str>,
    /// Organisations the person leaves empty: their contact data goes.
    pub left_empty: &'a [Uuid],
    pub now: DateTime<Utc>,
}

/// Erases the person's identity and what is about them alone, keeping the
/// facts statistics count (see `hop_domain::erasure`). Every statement is
/// by the person's id (or address), each served by an index.
pub fn erase(conn: &mut PgConnection, erasure: &Erasure<'_>) -> QueryResult<()> {
    let person = erasure.person;
    // No password hash verifies against this (it is no PHC string), and
    // nobody finds the account by its e-mail any more.
    sql_query(
        "UPDATE users SET email = $2, display_name = $3, password_hash = '!erased', \
                is_staff = false, erased_at = $4, updated_at = $4 WHERE id = $1",
    )
    .bind::<SqlUuid, _>(person)
    .bind::<Text, _>(erasure.placeholder_email)
    .bind::<Text, _>(erasure.name)
    .bind::<Timestamptz, _>(erasure.now)
    .execute(conn)?;
    if let Some(band) = erasure.age_band {
        // Kept: the row, skills, languages, city and country (statistics
        // count them). Gone: birth date (its band stays), home, reach,
        // causes, availability, the guardian's name (their consent and its
        // time stay on record), and being found as a candidate.
        sql_query(
            "UPDATE volunteer_profiles SET birth_date = NULL, erased_age_band = $2, \
                    home_lat = NULL, home_lon = NULL, max_distance_km = NULL, causes = '{}', \
                    discoverable = false, availability_days = 0, \
                    guardian_name = CASE WHEN guardian_consent THEN $3 END, updated_at = $4 \
             WHERE user_id = $1",
        )
        .bind::<SqlUuid, _>(person)
        .bind::<Text, _>(band)
        .bind::<Text, _>(erasure.guardian)
        .bind::<Timestamptz, _>(erasure.now)
        .execute(conn)?;
        sql_query("DELETE FROM volunteer_availability WHERE user_id = $1")
            .bind::<SqlUuid, _>(person)
            .execute(conn)?;
    }
    // Invitations before memberships: one being accepted right now is
    // waited for, and the membership it makes is then deleted too.
    sql_query("DELETE FROM organization_invitations WHERE email = lower($1)")
        .bind::<Text, _>(erasure.email)
        .execute(conn)?;
    for statement in [
        "DELETE FROM organization_members WHERE user_id = $1",
        // Every login ends at once.
        "DELETE FROM refresh_tokens WHERE user_id = $1",
        "DELETE FROM web_sessions WHERE user_id = $1",
        // So does the calendar feed: its address stops answering.
        "DELETE FROM calendar_tokens WHERE user_id = $1",
        // Their e-mails go with them (ON DELETE CASCADE).
        "DELETE FROM notifications WHERE recipient_id = $1",
        "DELETE FROM opinions WHERE volunteer_id = $1",
        // What they wrote of their work; the minutes stay.
        "UPDATE hour_entries SET description = '' WHERE volunteer_id = $1 AND description <> ''",
    ] {
        sql_query(statement)
            .bind::<SqlUuid, _>(person)
            .execute(conn)?;
    }
    sql_query(
        "UPDATE agreements SET guardian_name = $2 WHERE volunteer_id = $1 AND guardian_name IS NOT NULL",
    )
    .bind::<SqlUuid, _>(person)
    .bind::<Text, _>(erasure.guardian)
    .execute(conn)?;
    if !erasure.left_empty.is_empty() {
        sql_query(
            "UPDATE organizations SET contact_email = NULL, contact_phone = NULL, updated_at = $2 \
             WHERE id = ANY($1)",
        )
        .bind::<Array<SqlUuid>, _>(erasure.left_empty)
        .bind::<Timestamptz, _>(erasure.now)
        .execute(conn)?;
    }
    Ok(())
}

// ------------------------------------------------------------- retention

/// Takes, for the rest of the transaction, the retention job's lock: one
/// batch at a time across every instance. `false`: another holds it.
pub fn try_lock_retention(conn: &mut PgConnection) -> QueryResult<bool> {
    #[derive(QueryableByName)]
    struct Locked {
        #[diesel(sql_type = Bool)]
        locked: bool,
    }
    // 1022 names the retention job among the service's advisory locks.
    Ok(
        sql_query("SELECT pg_try_advisory_xact_lock(1022, 0) AS locked")
            .get_result::<Locked>(conn)?
            .locked,
    )
}

/// Deletes up to `limit` rows of `table` whose `key` is before `cutoff`,
/// oldest first, passing over rows another transaction holds.
fn delete_before(
    conn: &mut PgConnection,
    table: &str,
    key: &str,
    filter: &str,
    cutoff: DateTime<Utc>,
    limit: i32,
) -> QueryResult<usize> {
    sql_query(format!(
        "DELETE FROM {table} WHERE id IN (\
            SELECT id FROM {table} WHERE {filter} AND {key} < $1 \
            ORDER BY {key} LIMIT $2 FOR UPDATE SKIP LOCKED)"
    ))
    .bind::<Timestamptz, _>(cutoff)
    .bind::<Integer, _>(limit)
    .execute(conn)
}

/// Attempt-limit windows that ended before `now`: they limit nothing more.
pub fn purge_ended_limit_windows(
    conn: &mut PgConnection,
    now: DateTime<Utc>,
    limit: i32,
) -> QueryResult<usize> {
    sql_query(
        "DELETE FROM limit_windows WHERE (scope, key) IN (\
            SELECT scope, key FROM limit_windows WHERE ends_at < $1 \
            ORDER BY ends_at LIMIT $2 FOR UPDATE SKIP LOCKED)",
    )
    .bind::<Timestamptz, _>(now)
    .bind::<Integer, _>(limit)
    .execute(conn)
}

/// Refresh tokens that expired before `cutoff`. A used token is kept until
/// then: presenting it again ends its whole login (theft detection).
pub fn purge_expired_refresh_tokens(
    conn: &mut PgConnection,
    cutoff: DateTime<Utc>,
    limit: i32,
) -> QueryResult<usize> {
    delete_before(conn, "refresh_tokens", "expires_at", "true", cutoff, limit)
}

/// The pages' sign-ins that expired before `cutoff`.
pub fn purge_expired_web_sessions(
    conn: &mut PgConnection,
    cutoff: DateTime<Utc>,
    limit: i32,
) -> QueryResult<usize> {
    delete_before(conn, "web_sessions", "expires_at", "true", cutoff, limit)
}

/// Refresh tokens revoked before `cutoff` (their login was ended).
pub fn purge_revoked_refresh_tokens(
    conn: &mut PgConnection,
    cutoff: DateTime<Utc>,
    limit: i32,
) -> QueryResult<usize> {
    delete_before(
        conn,
        "refresh_tokens",
        "revoked_at",
        "revoked_at IS NOT NULL",
        cutoff,
        limit,
    )
}

/// E-mails sent, or given up on, before `cutoff`; the notification stays.
pub fn purge_sent_emails(
    conn: &mut PgConnection,
    cutoff: DateTime<Utc>,
    limit: i32,
) -> QueryResult<usize> {
    delete_before(
        conn,
        "email_outbox",
        "coalesce(sent_at, failed_at)",
        "(sent_at IS NOT NULL OR failed_at IS NOT NULL)",
        cutoff,
        limit,
    )
}

/// Notifications read before `cutoff` (with their e-mails); unread ones stay.
pub fn purge_read_notifications(
    conn: &mut PgConnection,
    cutoff: DateTime<Utc>,
    limit: i32,
) -> QueryResult<usize> {
    delete_before(
        conn,
        "notifications",
        "read_at",
        "read_at IS NOT NULL",
        cutoff,
        limit,
    )
}
