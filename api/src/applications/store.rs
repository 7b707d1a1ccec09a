//! Sign-ups (applications) in PostgreSQL.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::{
    dsl::sql,
    pg::sql_types::Range,
    prelude::*,
    sql_types::{Bool, Timestamptz},
};
use uuid::Uuid;

use crate::schema::{agreements, applications, opportunities, safeguarding_checks, shifts, users};

diesel::define_sql_function!(fn tstzrange(lower: Timestamptz, upper: Timestamptz) -> Range<Timestamptz>);

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = applications, check_for_backend(diesel::pg::Pg))]
pub struct ApplicationRow {
    pub id: Uuid,
    pub shift_id: Uuid,
    pub volunteer_id: Uuid,
    pub status: String,
    pub rejection_reason: Option<String>,
    pub minutes_attended: Option<i32>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Why a `pending` sign-up waits (`review`, `safeguarding`,
    /// `agreement-required`); null otherwise.
    pub pending_reason: Option<String>,
}

pub const LIVE: [&str; 3] = ["pending", "confirmed", "waitlisted"];

pub fn insert(
    conn: &mut PgConnection,
    shift: Uuid,
    volunteer: Uuid,
    status: &str,
    pending_reason: Option<&str>,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
) -> QueryResult<ApplicationRow> {
    diesel::insert_into(applications::table)
        .values((
            applications::shift_id.eq(shift),
            applications::volunteer_id.eq(volunteer),
            applications::status.eq(status),
            applications::pending_reason.eq(pending_reason),
            applications::shift_period.eq(tstzrange(starts_at, ends_at)),
        ))
        .returning(ApplicationRow::as_returning())
        .get_result(conn)
}

pub fn find(conn: &mut PgConnection, id: Uuid) -> QueryResult<Option<ApplicationRow>> {
    applications::table
        .find(id)
        .select(ApplicationRow::as_select())
        .first(conn)
        .optional()
}

/// A sign-up's new status; `pending_reason` says why when it is `pending`.
/// Every change raises the sign-up's revision, which calendar feeds add to
/// its event's `SEQUENCE` (`hop_domain::calendar::sign_up_sequence`).
pub fn set_status(
    conn: &mut PgConnection,
    id: Uuid,
    status: &str,
    pending_reason: Option<&str>,
    reason: Option<&str>,
    minutes_attended: Option<i32>,
    now: DateTime<Utc>,
) -> QueryResult<ApplicationRow> {
    diesel::update(applications::table.find(id))
        .set((
            applications::status.eq(status),
            applications::pending_reason.eq(pending_reason),
            applications::rejection_reason.eq(reason),
            applications::minutes_attended.eq(minutes_attended),
            applications::updated_at.eq(now),
            applications::revision.eq(applications::revision + 1),
        ))
        .returning(ApplicationRow::as_returning())
        .get_result(conn)
}

pub fn has_live(conn: &mut PgConnection, shift: Uuid, volunteer: Uuid) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        applications::table
            .filter(applications::shift_id.eq(shift))
            .filter(applications::volunteer_id.eq(volunteer))
            .filter(applications::status.eq_any(LIVE)),
    ))
    .get_result(conn)
}

/// Of `volunteers`, those holding a confirmed shift that overlaps the given
/// time (other than `shift` itself).
pub fn with_overlapping_confirmed(
    conn: &mut PgConnection,
    volunteers: &[Uuid],
    shift: Uuid,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
) -> QueryResult<Vec<Uuid>> {
    applications::table
        .filter(applications::volunteer_id.eq_any(volunteers))
        .filter(applications::status.eq("confirmed"))
        .filter(applications::shift_id.ne(shift))
        .filter(applications::shift_period.overlaps_with(tstzrange(starts_at, ends_at)))
        .select(applications::volunteer_id)
        .distinct()
        .load(conn)
}

/// Everyone with a live sign-up for the shift: they hear of its changes.
pub fn live_volunteers(conn: &mut PgConnection, shift: Uuid) -> QueryResult<Vec<Uuid>> {
    applications::table
        .filter(applications::shift_id.eq(shift))
        .filter(applications::status.eq_any(LIVE))
        .select(applications::volunteer_id)
        .load(conn)
}

/// Keeps the copied shift time of live sign-ups in step with the shift.
pub fn move_period(
    conn: &mut PgConnection,
    shift: Uuid,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
) -> QueryResult<usize> {
    diesel::update(
        applications::table
            .filter(applications::shift_id.eq(shift))
            .filter(applications::status.eq_any(LIVE)),
    )
    .set(applications::shift_period.eq(tstzrange(starts_at, ends_at)))
    .execute(conn)
}

/// A cancelled shift holds no one's time any more: its sign-ups keep their
/// status for the record, with an empty period that overlaps nothing.
pub fn release_period(conn: &mut PgConnection, shift: Uuid) -> QueryResult<usize> {
    diesel::update(applications::table.filter(applications::shift_id.eq(shift)))
        .set(applications::shift_period.eq(sql::<Range<Timestamptz>>("'empty'::tstzrange")))
        .execute(conn)
}

pub fn safeguarding_recorded(
    conn: &mut PgConnection,
    organization: Uuid,
    volunteer: Uuid,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        safeguarding_checks::table
            .filter(safeguarding_checks::organization_id.eq(organization))
            .filter(safeguarding_checks::volunteer_id.eq(volunteer)),
    ))
    .get_result(conn)
}

/// Which of `volunteers` the organisation has recorded its safeguarding
/// checks of.
pub fn safeguarded_among(
    conn: &mut PgConnection,
    organization: Uuid,
    volunteers: &[Uuid],
) -> QueryResult<Vec<Uuid>> {
    safeguarding_checks::table
        .filter(safeguarding_checks::organization_id.eq(organization))
        .filter(safeguarding_checks::volunteer_id.eq_any(volunteers))
        .select(safeguarding_checks::volunteer_id)
        .load(conn)
}

pub fn record_safeguarding(
    conn: &mut PgConnection,
    organization: Uuid,
    volunteer: Uuid,
    register_checked_at: DateTime<Utc>,
    recorded_by: Uuid,
) -> QueryResult<()> {
    diesel::insert_into(safeguarding_checks::table)
        .values((
            safeguarding_checks::organization_id.eq(organization),
            safeguarding_checks::volunteer_id.eq(volunteer),
            safeguarding_checks::register_checked_at.eq(register_checked_at),
            safeguarding_checks::certificate_held.eq(true),
            safeguarding_checks::recorded_by.eq(recorded_by),
        ))
        .on_conflict((
            safeguarding_checks::organization_id,
            safeguarding_checks::volunteer_id,
        ))
        .do_update()
        .set((
            safeguarding_checks::register_checked_at.eq(register_checked_at),
            safeguarding_checks::recorded_by.eq(recorded_by),
            safeguarding_checks::recorded_at.eq(diesel::dsl::now),
        ))
        .execute(conn)
        .map(drop)
}

/// Which live sign-ups a re-check of the place rules looks at.
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    /// Those on one shift (its day moved).
    Shift(Uuid),
    /// Those on an opportunity's shifts (its minimum age or work with
    /// children changed).
    Opportunity(Uuid),
    /// A volunteer's own (their birth date or a guardian's consent changed).
    Volunteer(Uuid),
}

impl Scope {
    fn condition(self) -> (&'static str, Uuid) {
        match self {
            Self::Shift(id) => ("s.id = $1", id),
            Self::Opportunity(id) => ("s.opportunity_id = $1", id),
            Self::Volunteer(id) => ("a.volunteer_id = $1", id),
        }
    }
}

/// A live sign-up on a shift not yet started, with what the place rules
/// read about it.
#[derive(Debug, Clone, QueryableByName)]
pub struct LiveSignupRow {
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    pub id: Uuid,
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    pub shift_id: Uuid,
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    pub volunteer_id: Uuid,
    #[diesel(sql_type = diesel::sql_types::Text)]
    pub status: String,
    #[diesel(sql_type = Timestamptz)]
    pub starts_at: DateTime<Utc>,
    #[diesel(sql_type = diesel::sql_types::SmallInt)]
    pub min_age: i16,
    #[diesel(sql_type = Bool)]
    pub works_with_children: bool,
    #[diesel(sql_type = Bool)]
    pub has_profile: bool,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Date>)]
    pub birth_date: Option<NaiveDate>,
    #[diesel(sql_type = Bool)]
    pub guardian_consent: bool,
    #[diesel(sql_type = Bool)]
    pub safeguarding_recorded: bool,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Date>)]
    pub other_first_day: Option<NaiveDate>,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Date>)]
    pub other_last_day: Option<NaiveDate>,
    #[diesel(sql_type = Bool)]
    pub agreement_covers: bool,
}

/// The day a shift is on in Toruń, in SQL (`s` is the shift).
const LOCAL_DAY: &str = "(s.starts_at AT TIME ZONE 'Europe/Warsaw')::date";

/// The first and last start of `volunteer`'s confirmed or attended shifts
/// with the organisation `organization`, and the periods of their
/// agreements with it that hold `day` (accepted or not, terminated or not):
/// what the agreement rule reads (`hop_domain::agreement::Engagement`).
///
/// Two prepared statements, not one ad-hoc query: every sign-up asks this,
/// and planning a query each time cost a third of the sign-ups' throughput.
/// The agreements are locked (`FOR SHARE`) until the transaction ends, so
/// one accepted or terminated at the same moment waits for this sign-up,
/// and then sees it.
pub fn engagement(
    conn: &mut PgConnection,
    volunteer: Uuid,
    organization: Uuid,
    day: NaiveDate,
) -> QueryResult<Engagement> {
    let (first, last): (Option<DateTime<Utc>>, Option<DateTime<Utc>>) = applications::table
        .inner_join(shifts::table.inner_join(opportunities::table))
        .filter(applications::volunteer_id.eq(volunteer))
        .filter(opportunities::organization_id.eq(organization))
        .filter(applications::status.eq_any(["confirmed", "attended"]))
        .filter(shifts::cancelled_at.is_null())
        .select((
            diesel::dsl::min(shifts::starts_at),
            diesel::dsl::max(shifts::starts_at),
        ))
        .first(conn)?;
    let periods = agreements::table
        .filter(agreements::volunteer_id.eq(volunteer))
        .filter(agreements::organization_id.eq(organization))
        .filter(agreements::starts_on.le(day))
        .filter(agreements::ends_on.ge(day))
        .select(AgreementPeriod::as_select())
        .for_share()
        .load(conn)?;
    Ok(Engagement {
        span: first.zip(last),
        agreements: periods,
    })
}

/// What [`engagement`] reads: the first and last start of the confirmed
/// work, and the agreements whose period holds the day.
#[derive(Debug, Clone)]
pub struct Engagement {
    pub span: Option<(DateTime<Utc>, DateTime<Utc>)>,
    pub agreements: Vec<AgreementPeriod>,
}

/// An agreement's period and standing, as the rule reads it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = agreements, check_for_backend(diesel::pg::Pg))]
pub struct AgreementPeriod {
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub accepted_at: Option<DateTime<Utc>>,
    pub terminated_on: Option<NaiveDate>,
}

/// Takes, until the transaction ends, the advisory lock of one volunteer's
/// work with one organisation (the agreement rule's pair lock).
pub fn lock_engagement(
    conn: &mut PgConnection,
    volunteer: Uuid,
    organization: Uuid,
) -> QueryResult<()> {
    diesel::sql_query("SELECT pg_advisory_xact_lock(1017, hashtext($1::text || $2::text))")
        .bind::<diesel::sql_types::Uuid, _>(volunteer)
        .bind::<diesel::sql_types::Uuid, _>(organization)
        .execute(conn)
        .map(drop)
}

/// Sign-ups of `volunteer` with `organization` that wait for an agreement,
/// on shifts not yet started, as (sign-up, shift) in shift order.
pub fn awaiting_agreement(
    conn: &mut PgConnection,
    volunteer: Uuid,
    organization: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<Vec<(Uuid, Uuid)>> {
    applications::table
        .inner_join(shifts::table.inner_join(opportunities::table))
        .filter(applications::volunteer_id.eq(volunteer))
        .filter(opportunities::organization_id.eq(organization))
        .filter(applications::status.eq("pending"))
        .filter(applications::pending_reason.eq("agreement-required"))
        .filter(shifts::starts_at.gt(now))
        .filter(shifts::cancelled_at.is_null())
        .order((shifts::id, applications::id))
        .select((applications::id, shifts::id))
        .load(conn)
}

/// An accepted agreement of `volunteer` with `organization` covers `day`
/// (its period, ended early when terminated), as a subquery.
fn covered_sql(volunteer: &str, organization: &str, day: &str) -> String {
    format!(
        "SELECT 1 FROM agreements g          WHERE g.volunteer_id = {volunteer} AND g.organization_id = {organization}            AND g.accepted_at IS NOT NULL AND g.starts_on <= {day}            AND {day} <= LEAST(g.ends_on, COALESCE(g.terminated_on, g.ends_on))"
    )
}

/// Live sign-ups in `scope` (only `status` when given) on shifts neither
/// cancelled nor started by `now`, in arrival order. Lock the shifts first.
pub fn live_signups(
    conn: &mut PgConnection,
    scope: Scope,
    status: Option<&str>,
    now: DateTime<Utc>,
) -> QueryResult<Vec<LiveSignupRow>> {
    let (condition, id) = scope.condition();
    diesel::sql_query(format!(
        "SELECT a.id, a.shift_id, a.volunteer_id, a.status, s.starts_at, o.min_age, \
                o.works_with_children, p.user_id IS NOT NULL AS has_profile, p.birth_date, \
                coalesce(p.guardian_consent, false) AS guardian_consent, \
                EXISTS (SELECT 1 FROM safeguarding_checks c \
                        WHERE c.organization_id = o.organization_id \
                          AND c.volunteer_id = a.volunteer_id) AS safeguarding_recorded, \
                w.first_day AS other_first_day, w.last_day AS other_last_day, \
                EXISTS ({covered}) AS agreement_covers \
         FROM applications a \
         JOIN shifts s ON s.id = a.shift_id \
         JOIN opportunities o ON o.id = s.opportunity_id \
         LEFT JOIN volunteer_profiles p ON p.user_id = a.volunteer_id \
         LEFT JOIN LATERAL ( \
             SELECT min((s2.starts_at AT TIME ZONE 'Europe/Warsaw')::date) AS first_day, \
                    max((s2.starts_at AT TIME ZONE 'Europe/Warsaw')::date) AS last_day \
             FROM applications a2 \
             JOIN shifts s2 ON s2.id = a2.shift_id \
             JOIN opportunities o2 ON o2.id = s2.opportunity_id \
             WHERE a2.volunteer_id = a.volunteer_id AND o2.organization_id = o.organization_id \
               AND a2.status IN ('confirmed', 'attended') AND s2.cancelled_at IS NULL \
               AND a2.id <> a.id) w ON true \
         WHERE {condition} AND a.status = ANY($2) \
           AND s.cancelled_at IS NULL AND s.starts_at > $3 \
         ORDER BY a.created_at, a.id",
        covered = covered_sql("a.volunteer_id", "o.organization_id", LOCAL_DAY),
    ))
    .bind::<diesel::sql_types::Uuid, _>(id)
    .bind::<diesel::sql_types::Array<diesel::sql_types::Text>, _>(
        status.map_or_else(|| LIVE.to_vec(), |status| vec![status]),
    )
    .bind::<Timestamptz, _>(now)
    .load(conn)
}

/// Locks, in one order (by id) so concurrent re-checks cannot deadlock, the
/// shifts not yet started that hold live sign-ups in `scope`.
pub fn lock_shifts_of(
    conn: &mut PgConnection,
    scope: Scope,
    now: DateTime<Utc>,
) -> QueryResult<Vec<Uuid>> {
    #[derive(QueryableByName)]
    struct Locked {
        #[diesel(sql_type = diesel::sql_types::Uuid)]
        id: Uuid,
    }
    let (condition, id) = scope.condition();
    let locked: Vec<Locked> = diesel::sql_query(format!(
        "SELECT id FROM shifts WHERE id IN ( \
             SELECT s.id FROM applications a JOIN shifts s ON s.id = a.shift_id \
             WHERE {condition} AND a.status = ANY($2) \
               AND s.cancelled_at IS NULL AND s.starts_at > $3) \
         ORDER BY id FOR UPDATE"
    ))
    .bind::<diesel::sql_types::Uuid, _>(id)
    .bind::<diesel::sql_types::Array<diesel::sql_types::Text>, _>(LIVE.to_vec())
    .bind::<Timestamptz, _>(now)
    .load(conn)?;
    Ok(locked.into_iter().map(|row| row.id).collect())
}

/// What the sign-up rules need from the volunteer's profile: birth date and
/// guardian consent. `None` when there is no profile.
pub fn volunteer_facts(
    conn: &mut PgConnection,
    volunteer: Uuid,
) -> QueryResult<Option<(Option<NaiveDate>, bool)>> {
    #[derive(QueryableByName)]
    struct Facts {
        #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Date>)]
        birth_date: Option<NaiveDate>,
        #[diesel(sql_type = Bool)]
        guardian_consent: bool,
    }
    diesel::sql_query(
        "SELECT birth_date, guardian_consent FROM volunteer_profiles WHERE user_id = $1",
    )
    .bind::<diesel::sql_types::Uuid, _>(volunteer)
    .get_result::<Facts>(conn)
    .optional()
    .map(|facts| facts.map(|f| (f.birth_date, f.guardian_consent)))
}

/// A sign-up with the shift and opportunity it is for.
#[derive(Debug, Clone, Queryable)]
pub struct ApplicationSummaryRow {
    pub application: ApplicationRow,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub cancelled_at: Option<DateTime<Utc>>,
    pub opportunity_id: Uuid,
    pub opportunity_title: String,
    pub organization_id: Uuid,
    /// When the volunteer erased their account.
    pub volunteer_erased_at: Option<DateTime<Utc>>,
}

pub struct ListFilter {
    pub opportunity: Option<Uuid>,
    pub volunteer: Option<Uuid>,
    pub shift: Option<Uuid>,
    pub status: Option<&'static str>,
    /// `Some(true)`: shifts not yet ended; `Some(false)`: ended ones.
    pub upcoming: Option<bool>,
    pub now: DateTime<Utc>,
}

/// Sign-ups with their summaries, newest first, a page after `after`.
pub fn list(
    conn: &mut PgConnection,
    filter: &ListFilter,
    after: Option<&(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> QueryResult<Vec<ApplicationSummaryRow>> {
    let mut query = applications::table
        .inner_join(shifts::table.inner_join(opportunities::table))
        .inner_join(users::table)
        .select((
            ApplicationRow::as_select(),
            shifts::starts_at,
            shifts::ends_at,
            shifts::cancelled_at,
            opportunities::id,
            opportunities::title,
            opportunities::organization_id,
            users::erased_at,
        ))
        .order_by((applications::created_at.desc(), applications::id.desc()))
        .limit(limit)
        .into_boxed();
    if let Some(opportunity) = filter.opportunity {
        query = query.filter(shifts::opportunity_id.eq(opportunity));
    }
    if let Some(volunteer) = filter.volunteer {
        query = query.filter(applications::volunteer_id.eq(volunteer));
    }
    if let Some(shift) = filter.shift {
        query = query.filter(applications::shift_id.eq(shift));
    }
    if let Some(status) = filter.status {
        query = query.filter(applications::status.eq(status));
    }
    match filter.upcoming {
        Some(true) => query = query.filter(shifts::ends_at.gt(filter.now)),
        Some(false) => query = query.filter(shifts::ends_at.le(filter.now)),
        None => {}
    }
    if let Some((created, id)) = after {
        query = query.filter(
            sql::<Bool>("(applications.created_at, applications.id) < (")
                .bind::<Timestamptz, _>(*created)
                .sql(", ")
                .bind::<diesel::sql_types::Uuid, _>(*id)
                .sql(")"),
        );
    }
    query.load(conn)
}
