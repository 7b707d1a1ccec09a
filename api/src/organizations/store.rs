//! Organisations and their members in PostgreSQL.

use chrono::{DateTime, Utc};
use diesel::{
    dsl::sql,
    prelude::*,
    sql_types::{Bool, Text, Timestamptz},
};
use uuid::Uuid;

use crate::schema::{organization_invitations, organization_members, organizations, users};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = organizations, check_for_backend(diesel::pg::Pg))]
pub struct OrganizationRow {
    pub id: Uuid,
    pub name: String,
    pub name_search: String,
    pub description: String,
    pub kind: String,
    pub status: String,
    pub rejection_reason: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub website: Option<String>,
    pub address: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub krs: Option<String>,
    pub reviewed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = organizations)]
pub struct NewOrganizationRow {
    pub name: String,
    pub name_search: String,
    pub description: String,
    pub kind: &'static str,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub website: Option<String>,
    pub address: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub krs: Option<String>,
}

/// A partial update: `None` leaves a column as it is; `Some(None)` clears it.
#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = organizations)]
pub struct OrganizationChanges {
    pub name: Option<String>,
    pub name_search: Option<String>,
    pub description: Option<String>,
    pub kind: Option<&'static str>,
    pub contact_email: Option<Option<String>>,
    pub contact_phone: Option<Option<String>>,
    pub website: Option<Option<String>>,
    pub address: Option<Option<String>>,
    pub lat: Option<Option<f64>>,
    pub lon: Option<Option<f64>>,
    pub krs: Option<Option<String>>,
    pub updated_at: Option<DateTime<Utc>>,
}

pub fn insert(conn: &mut PgConnection, row: &NewOrganizationRow) -> QueryResult<OrganizationRow> {
    diesel::insert_into(organizations::table)
        .values(row)
        .returning(OrganizationRow::as_returning())
        .get_result(conn)
}

pub fn find(conn: &mut PgConnection, id: Uuid) -> QueryResult<Option<OrganizationRow>> {
    organizations::table
        .find(id)
        .select(OrganizationRow::as_select())
        .first(conn)
        .optional()
}

/// The names of the organisations `ids` (those that exist).
pub fn names_of(conn: &mut PgConnection, ids: &[Uuid]) -> QueryResult<Vec<(Uuid, String)>> {
    organizations::table
        .filter(organizations::id.eq_any(ids))
        .select((organizations::id, organizations::name))
        .load(conn)
}

/// Locks the organisation: member changes and reviews of one organisation
/// happen one at a time, so "the last owner" stays true while acting on it.
pub fn find_for_update(conn: &mut PgConnection, id: Uuid) -> QueryResult<Option<OrganizationRow>> {
    organizations::table
        .find(id)
        .select(OrganizationRow::as_select())
        .for_update()
        .first(conn)
        .optional()
}

pub fn update(
    conn: &mut PgConnection,
    id: Uuid,
    changes: &OrganizationChanges,
) -> QueryResult<OrganizationRow> {
    diesel::update(organizations::table.find(id))
        .set(changes)
        .returning(OrganizationRow::as_returning())
        .get_result(conn)
}

pub fn set_review(
    conn: &mut PgConnection,
    id: Uuid,
    status: &str,
    reason: Option<&str>,
    reviewer: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<OrganizationRow> {
    diesel::update(organizations::table.find(id))
        .set((
            organizations::status.eq(status),
            organizations::rejection_reason.eq(reason),
            organizations::reviewed_by.eq(reviewer),
            organizations::reviewed_at.eq(now),
            organizations::updated_at.eq(now),
        ))
        .returning(OrganizationRow::as_returning())
        .get_result(conn)
}

pub struct ListFilter {
    /// `None`: every status (staff only).
    pub status: Option<&'static str>,
    pub kind: Option<&'static str>,
    /// Folded for search; matched anywhere in the folded name.
    pub name_contains: Option<String>,
}

/// A page ordered by (folded name, id), starting after `after`.
pub fn list(
    conn: &mut PgConnection,
    filter: &ListFilter,
    after: Option<&(String, Uuid)>,
    limit: i64,
) -> QueryResult<Vec<OrganizationRow>> {
    let mut query = organizations::table
        .select(OrganizationRow::as_select())
        .order_by((organizations::name_search, organizations::id))
        .limit(limit)
        .into_boxed();
    if let Some(status) = filter.status {
        query = query.filter(organizations::status.eq(status));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(organizations::kind.eq(kind));
    }
    if let Some(fragment) = &filter.name_contains {
        query =
            query.filter(organizations::name_search.like(format!("%{}%", escape_like(fragment))));
    }
    if let Some((name, id)) = after {
        // A row comparison, so the index range starts at the cursor: page
        // 1 000 costs what page 1 costs.
        query = query.filter(
            sql::<Bool>("(organizations.name_search, organizations.id) > (")
                .bind::<Text, _>(name.clone())
                .sql(", ")
                .bind::<diesel::sql_types::Uuid, _>(*id)
                .sql(")"),
        );
    }
    query.load(conn)
}

/// The organisations reviewed most recently (verified or rejected), the
/// latest first.
pub fn recently_reviewed(conn: &mut PgConnection, limit: i64) -> QueryResult<Vec<OrganizationRow>> {
    organizations::table
        .select(OrganizationRow::as_select())
        .filter(organizations::status.ne("pending"))
        .filter(organizations::reviewed_at.is_not_null())
        .order_by((organizations::reviewed_at.desc(), organizations::id))
        .limit(limit)
        .load(conn)
}

fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

pub fn role_of(
    conn: &mut PgConnection,
    organization: Uuid,
    user: Uuid,
) -> QueryResult<Option<String>> {
    organization_members::table
        .find((organization, user))
        .select(organization_members::role)
        .first(conn)
        .optional()
}

pub fn add_member(
    conn: &mut PgConnection,
    organization: Uuid,
    user: Uuid,
    role: &str,
    added_by: Option<Uuid>,
) -> QueryResult<MemberRow> {
    diesel::insert_into(organization_members::table)
        .values((
            organization_members::organization_id.eq(organization),
            organization_members::user_id.eq(user),
            organization_members::role.eq(role),
            organization_members::added_by.eq(added_by),
        ))
        .execute(conn)?;
    find_member(conn, organization, user)
}

pub fn remove_member(
    conn: &mut PgConnection,
    organization: Uuid,
    user: Uuid,
) -> QueryResult<usize> {
    diesel::delete(organization_members::table.find((organization, user))).execute(conn)
}

pub fn owners(conn: &mut PgConnection, organization: Uuid) -> QueryResult<Vec<Uuid>> {
    organization_members::table
        .filter(organization_members::organization_id.eq(organization))
        .filter(organization_members::role.eq("owner"))
        .select(organization_members::user_id)
        .load(conn)
}

/// Everyone who acts for the organisation (owners and coordinators).
pub fn member_ids(conn: &mut PgConnection, organization: Uuid) -> QueryResult<Vec<Uuid>> {
    organization_members::table
        .filter(organization_members::organization_id.eq(organization))
        .select(organization_members::user_id)
        .load(conn)
}

#[derive(Debug, Clone, Queryable)]
pub struct MemberRow {
    pub user_id: Uuid,
    pub role: String,
    pub created_at: DateTime<Utc>,
    pub display_name: String,
    pub email: String,
}

type MemberColumns = (
    organization_members::user_id,
    organization_members::role,
    organization_members::created_at,
    users::display_name,
    users::email,
);

const MEMBER_COLUMNS: MemberColumns = (
    organization_members::user_id,
    organization_members::role,
    organization_members::created_at,
    users::display_name,
    users::email,
);

fn find_member(conn: &mut PgConnection, organization: Uuid, user: Uuid) -> QueryResult<MemberRow> {
    organization_members::table
        .inner_join(users::table)
        .filter(organization_members::organization_id.eq(organization))
        .filter(organization_members::user_id.eq(user))
        .select(MEMBER_COLUMNS)
        .first(conn)
}

/// Members in the order they joined, a page after `after`.
pub fn members(
    conn: &mut PgConnection,
    organization: Uuid,
    after: Option<&(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> QueryResult<Vec<MemberRow>> {
    let mut query = organization_members::table
        .inner_join(users::table)
        .filter(organization_members::organization_id.eq(organization))
        .select(MEMBER_COLUMNS)
        .order_by((
            organization_members::created_at,
            organization_members::user_id,
        ))
        .limit(limit)
        .into_boxed();
    if let Some((joined, user)) = after {
        query = query.filter(
            sql::<Bool>("(organization_members.created_at, organization_members.user_id) > (")
                .bind::<Timestamptz, _>(*joined)
                .sql(", ")
                .bind::<diesel::sql_types::Uuid, _>(*user)
                .sql(")"),
        );
    }
    query.load(conn)
}

/// The organisations `user` belongs to, with the role in each.
pub fn memberships_of(conn: &mut PgConnection, user: Uuid) -> QueryResult<Vec<(Uuid, String)>> {
    organization_members::table
        .filter(organization_members::user_id.eq(user))
        .select((
            organization_members::organization_id,
            organization_members::role,
        ))
        .order_by(organization_members::created_at)
        .load(conn)
}

/// The organisations `user` belongs to, with the role in each, in the
/// order they joined.
pub fn memberships_with_organizations(
    conn: &mut PgConnection,
    user: Uuid,
) -> QueryResult<Vec<(OrganizationRow, String)>> {
    organization_members::table
        .inner_join(organizations::table)
        .filter(organization_members::user_id.eq(user))
        .select((OrganizationRow::as_select(), organization_members::role))
        .order_by((organization_members::created_at, organizations::id))
        .load(conn)
}

diesel::define_sql_function!(fn lower(value: Text) -> Text);

/// Whether the account with `normalized_email` is a member of `organization`.
pub fn is_member_by_email(
    conn: &mut PgConnection,
    organization: Uuid,
    normalized_email: &str,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        organization_members::table
            .inner_join(users::table)
            .filter(organization_members::organization_id.eq(organization))
            .filter(lower(users::email).eq(normalized_email)),
    ))
    .get_result(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = organization_invitations, check_for_backend(diesel::pg::Pg))]
pub struct InvitationRow {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub email: String,
    pub role: String,
    pub status: String,
    pub invited_by: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// An invitation with the name of its organisation, as bodies show it.
pub type InvitationWithName = (InvitationRow, String);

pub struct NewInvitation<'a> {
    pub organization: Uuid,
    pub email: &'a str,
    pub role: &'a str,
    pub invited_by: Uuid,
    pub now: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// Closes the open invitations of `organization` to `email` that ran out
/// before `now`, so a new one can be made.
pub fn close_expired_invitations(
    conn: &mut PgConnection,
    organization: Uuid,
    email: &str,
    now: DateTime<Utc>,
) -> QueryResult<usize> {
    diesel::update(
        organization_invitations::table
            .filter(organization_invitations::organization_id.eq(organization))
            .filter(organization_invitations::email.eq(email))
            .filter(organization_invitations::status.eq("pending"))
            .filter(organization_invitations::expires_at.le(now)),
    )
    .set((
        organization_invitations::status.eq("expired"),
        organization_invitations::closed_at.eq(now),
    ))
    .execute(conn)
}

pub fn insert_invitation(
    conn: &mut PgConnection,
    new: &NewInvitation<'_>,
) -> QueryResult<InvitationRow> {
    diesel::insert_into(organization_invitations::table)
        .values((
            organization_invitations::organization_id.eq(new.organization),
            organization_invitations::email.eq(new.email),
            organization_invitations::role.eq(new.role),
            organization_invitations::invited_by.eq(new.invited_by),
            organization_invitations::created_at.eq(new.now),
            organization_invitations::expires_at.eq(new.expires_at),
        ))
        .returning(InvitationRow::as_returning())
        .get_result(conn)
}

pub fn find_invitation(conn: &mut PgConnection, id: Uuid) -> QueryResult<Option<InvitationRow>> {
    organization_invitations::table
        .find(id)
        .select(InvitationRow::as_select())
        .first(conn)
        .optional()
}

/// Locks the invitation. Take the organisation's lock first
/// ([`find_for_update`]), as every change of members does.
pub fn find_invitation_for_update(
    conn: &mut PgConnection,
    id: Uuid,
) -> QueryResult<Option<InvitationRow>> {
    organization_invitations::table
        .find(id)
        .select(InvitationRow::as_select())
        .for_update()
        .first(conn)
        .optional()
}

/// Closes an invitation as `status` (accepted, declined, revoked).
pub fn close_invitation(
    conn: &mut PgConnection,
    id: Uuid,
    status: &str,
    now: DateTime<Utc>,
) -> QueryResult<InvitationRow> {
    diesel::update(organization_invitations::table.find(id))
        .set((
            organization_invitations::status.eq(status),
            organization_invitations::closed_at.eq(now),
        ))
        .returning(InvitationRow::as_returning())
        .get_result(conn)
}

/// Whose open invitations to list: an organisation's, or an address's.
pub enum InvitationsOf<'a> {
    Organization(Uuid),
    Email(&'a str),
}

/// Open invitations (pending, not expired at `now`), oldest first, a page
/// after `after`, each with its organisation's name.
pub fn open_invitations(
    conn: &mut PgConnection,
    of: InvitationsOf<'_>,
    now: DateTime<Utc>,
    after: Option<&(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> QueryResult<Vec<InvitationWithName>> {
    let mut query = organization_invitations::table
        .inner_join(organizations::table)
        .filter(organization_invitations::status.eq("pending"))
        .filter(organization_invitations::expires_at.gt(now))
        .select((InvitationRow::as_select(), organizations::name))
        .order_by((
            organization_invitations::created_at,
            organization_invitations::id,
        ))
        .limit(limit)
        .into_boxed();
    query = match of {
        InvitationsOf::Organization(id) => {
            query.filter(organization_invitations::organization_id.eq(id))
        }
        InvitationsOf::Email(email) => query.filter(organization_invitations::email.eq(email)),
    };
    if let Some((created, id)) = after {
        query = query.filter(
            sql::<Bool>("(organization_invitations.created_at, organization_invitations.id) > (")
                .bind::<Timestamptz, _>(*created)
                .sql(", ")
                .bind::<diesel::sql_types::Uuid, _>(*id)
                .sql(")"),
        );
    }
    query.load(conn)
}
