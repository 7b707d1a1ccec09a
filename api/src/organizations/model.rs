//! Bodies of the organisation endpoints and their parsing into domain values.

use chrono::{DateTime, Utc};
use hop_domain::{
    Email, InvalidValue,
    organization::{
        Address, Coordinates, Description, Krs, MemberRole, OrganizationKind, OrganizationName,
        Phone, RejectionReason, Website,
    },
    text::fold_for_search,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::store::{
    InvitationWithName, MemberRow, NewOrganizationRow, OrganizationChanges, OrganizationRow,
};
use crate::{error::ApiError, schemas, validation::FieldCheck};

#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"lat": 53.0138, "lon": 18.5984}))]
pub struct Location {
    /// Degrees, -90 to 90.
    pub lat: f64,
    /// Degrees, -180 to 180.
    pub lon: f64,
}

fn coordinates(check: &mut FieldCheck, location: Location) -> Option<Coordinates> {
    match Coordinates::new(location.lat, location.lon) {
        Ok(point) => Some(point),
        Err((part, err)) => {
            check.fail(&format!("location.{part}"), &err.message);
            None
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[schema(example = json!({
    "name": "Polska Akcja Humanitarna — Oddział Toruń",
    "description": "Humanitarian aid, refugee support and education.",
    "kind": "ngo",
    "contact_email": "torun@pah.org.pl",
    "contact_phone": "+48 56 611 00 00",
    "website": "https://pah.org.pl",
    "address": "ul. Szeroka 1, 87-100 Toruń",
    "location": {"lat": 53.0103, "lon": 18.6057},
    "krs": "0000136833"
}))]
pub struct CreateOrganizationRequest {
    /// 2 to 200 characters.
    #[schema(min_length = 2, max_length = 200)]
    pub name: String,
    /// Up to 5 000 characters.
    #[schema(min_length = 0, max_length = 5000)]
    pub description: Option<String>,
    /// `ngo`, `public`, `university`, `school` or `informal`.
    #[schema(value_type = schemas::OrganizationKind)]
    pub kind: String,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub website: Option<String>,
    #[schema(min_length = 1, max_length = 300)]
    pub address: Option<String>,
    pub location: Option<Location>,
    /// National Court Register number: 10 digits.
    pub krs: Option<String>,
}

impl CreateOrganizationRequest {
    pub fn parse(self) -> Result<NewOrganizationRow, ApiError> {
        let mut check = FieldCheck::default();
        let name = check.check("name", OrganizationName::parse(&self.name));
        let description = check.check(
            "description",
            Description::parse(self.description.as_deref().unwrap_or("")),
        );
        let kind = check.check("kind", OrganizationKind::parse(&self.kind));
        let contact_email = optional(
            &mut check,
            "contact_email",
            self.contact_email.as_deref(),
            |raw| Email::parse(raw).map(|email| email.as_str().to_owned()),
        );
        let contact_phone = optional(
            &mut check,
            "contact_phone",
            self.contact_phone.as_deref(),
            |raw| Phone::parse(raw).map(|phone| phone.as_str().to_owned()),
        );
        let website = optional(&mut check, "website", self.website.as_deref(), |raw| {
            Website::parse(raw).map(|site| site.as_str().to_owned())
        });
        let address = optional(&mut check, "address", self.address.as_deref(), |raw| {
            Address::parse(raw).map(|address| address.as_str().to_owned())
        });
        let krs = optional(&mut check, "krs", self.krs.as_deref(), |raw| {
            Krs::parse(raw).map(|krs| krs.as_str().to_owned())
        });
        let location = self
            .location
            .map(|location| coordinates(&mut check, location));
        let row = match (name, description, kind) {
            (Some(name), Some(description), Some(kind)) => Some(NewOrganizationRow {
                name_search: fold_for_search(name.as_str()),
                name: name.as_str().to_owned(),
                description: description.as_str().to_owned(),
                kind: kind.as_str(),
                contact_email,
                contact_phone,
                website,
                address,
                lat: location.flatten().map(Coordinates::lat),
                lon: location.flatten().map(Coordinates::lon),
                krs,
            }),
            _ => None,
        };
        check.finish(row)
    }
}

fn optional(
    check: &mut FieldCheck,
    field: &str,
    raw: Option<&str>,
    parse: impl FnOnce(&str) -> Result<String, InvalidValue>,
) -> Option<String> {
    raw.and_then(|raw| check.check(field, parse(raw)))
}

/// Fields to change; absent fields stay, `null` clears an optional one.
#[derive(Deserialize, ToSchema)]
#[schema(example = json!({"description": "Now also running a food bank.", "website": null}))]
pub struct UpdateOrganizationRequest {
    #[serde(default, deserialize_with = "crate::json::not_null")]
    #[schema(value_type = String)]
    #[schema(min_length = 2, max_length = 200)]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "crate::json::not_null")]
    #[schema(value_type = String)]
    #[schema(min_length = 0, max_length = 5000)]
    pub description: Option<String>,
    #[serde(default, deserialize_with = "crate::json::not_null")]
    #[schema(value_type = schemas::OrganizationKind)]
    pub kind: Option<String>,
    #[serde(default, deserialize_with = "crate::json::double_option")]
    #[schema(value_type = Option<String>)]
    pub contact_email: Option<Option<String>>,
    #[serde(default, deserialize_with = "crate::json::double_option")]
    #[schema(value_type = Option<String>)]
    pub contact_phone: Option<Option<String>>,
    #[serde(default, deserialize_with = "crate::json::double_option")]
    #[schema(value_type = Option<String>)]
    pub website: Option<Option<String>>,
    #[serde(default, deserialize_with = "crate::json::double_option")]
    #[schema(value_type = Option<String>)]
    #[schema(min_length = 1, max_length = 300)]
    pub address: Option<Option<String>>,
    #[serde(default, deserialize_with = "crate::json::double_option")]
    #[schema(value_type = Option<Location>)]
    pub location: Option<Option<Location>>,
    #[serde(default, deserialize_with = "crate::json::double_option")]
    #[schema(value_type = Option<String>)]
    pub krs: Option<Option<String>>,
    /// Not settable here: city staff verify or reject.
    #[serde(default)]
    #[schema(ignore)]
    pub status: Option<serde_json::Value>,
}

impl UpdateOrganizationRequest {
    pub fn parse(self, now: DateTime<Utc>) -> Result<OrganizationChanges, ApiError> {
        let mut check = FieldCheck::default();
        if self.status.is_some() {
            check.fail(
                "status",
                "cannot be changed here; city staff verify or reject organisations",
            );
        }
        let name = self
            .name
            .as_deref()
            .and_then(|raw| check.check("name", OrganizationName::parse(raw)));
        let mut changes = OrganizationChanges {
            name_search: name.as_ref().map(|name| fold_for_search(name.as_str())),
            name: name.map(|name| name.as_str().to_owned()),
            description: self
                .description
                .as_deref()
                .and_then(|raw| check.check("description", Description::parse(raw)))
                .map(|d| d.as_str().to_owned()),
            kind: self
                .kind
                .as_deref()
                .and_then(|raw| check.check("kind", OrganizationKind::parse(raw)))
                .map(OrganizationKind::as_str),
            contact_email: nullable(&mut check, "contact_email", self.contact_email, |raw| {
                Email::parse(raw).map(|email| email.as_str().to_owned())
            }),
            contact_phone: nullable(&mut check, "contact_phone", self.contact_phone, |raw| {
                Phone::parse(raw).map(|phone| phone.as_str().to_owned())
            }),
            website: nullable(&mut check, "website", self.website, |raw| {
                Website::parse(raw).map(|site| site.as_str().to_owned())
            }),
            address: nullable(&mut check, "address", self.address, |raw| {
                Address::parse(raw).map(|address| address.as_str().to_owned())
            }),
            krs: nullable(&mut check, "krs", self.krs, |raw| {
                Krs::parse(raw).map(|krs| krs.as_str().to_owned())
            }),
            updated_at: Some(now),
            ..OrganizationChanges::default()
        };
        match self.location {
            None => {}
            Some(None) => (changes.lat, changes.lon) = (Some(None), Some(None)),
            Some(Some(location)) => {
                if let Some(point) = coordinates(&mut check, location) {
                    (changes.lat, changes.lon) = (Some(Some(point.lat())), Some(Some(point.lon())));
                }
            }
        }
        check.finish(Some(changes))
    }
}

fn nullable(
    check: &mut FieldCheck,
    field: &str,
    raw: Option<Option<String>>,
    parse: impl FnOnce(&str) -> Result<String, InvalidValue>,
) -> Option<Option<String>> {
    match raw {
        None => None,
        Some(None) => Some(None),
        Some(Some(raw)) => check.check(field, parse(&raw)).map(Some),
    }
}

#[derive(Deserialize, ToSchema)]
#[schema(example = json!({"reason": "The KRS number does not match the organisation's name."}))]
pub struct RejectRequest {
    /// Shown to the organisation's members: 1 to 1 000 characters.
    #[schema(min_length = 1, max_length = 1000)]
    pub reason: String,
}

impl RejectRequest {
    pub fn parse(&self) -> Result<RejectionReason, ApiError> {
        RejectionReason::parse(&self.reason)
            .map_err(|err| ApiError::invalid_field("reason", err.message))
    }
}

#[derive(Deserialize, ToSchema)]
#[schema(example = json!({"email": "jan.kowalski@example.org", "role": "coordinator"}))]
pub struct InviteMemberRequest {
    /// The address to invite; it need not have an account yet.
    #[schema(min_length = 3)]
    pub email: String,
    /// `owner` or `coordinator`: the role the invitee gets on accepting.
    #[schema(value_type = schemas::MemberRole)]
    pub role: String,
}

impl InviteMemberRequest {
    pub fn parse(&self) -> Result<(Email, MemberRole), ApiError> {
        let mut check = FieldCheck::default();
        let email = check.check("email", Email::parse(&self.email));
        let role = check.check("role", MemberRole::parse(&self.role));
        check.finish(email.zip(role))
    }
}

/// An invitation to become a member. The same whether or not the address
/// has an account.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "3c5e7a9b-1d2f-4e6a-8b0c-2d4f6a8c0e1b",
    "organization_id": "5f0c8a4e-2b7d-4c1a-9e3f-6a8b0c1d2e3f",
    "organization_name": "Polska Akcja Humanitarna — Oddział Toruń",
    "email": "jan.kowalski@example.org",
    "role": "coordinator",
    "status": "pending",
    "invited_at": "2026-11-30T12:00:00Z",
    "expires_at": "2026-12-14T12:00:00Z"
}))]
pub struct Invitation {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub organization_name: String,
    /// The invited address, lower case.
    pub email: String,
    /// `owner` or `coordinator`: the role on accepting.
    #[schema(value_type = schemas::MemberRole)]
    pub role: String,
    /// `pending`, `accepted`, `declined`, `revoked` or `expired`.
    #[schema(value_type = schemas::InvitationStatus)]
    pub status: String,
    pub invited_at: DateTime<Utc>,
    /// After this the invitation can no longer be accepted.
    pub expires_at: DateTime<Utc>,
}

impl Invitation {
    /// The body of `row` as it stands at `now`.
    pub fn at(now: DateTime<Utc>) -> impl Fn(InvitationWithName) -> Self {
        move |(row, organization_name)| Self {
            status: super::invitations::status_at(&row, now),
            id: row.id,
            organization_id: row.organization_id,
            organization_name,
            email: row.email,
            role: row.role,
            invited_at: row.created_at,
            expires_at: row.expires_at,
        }
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OrganizationListQuery {
    /// `ngo`, `public`, `university`, `school` or `informal`.
    #[param(value_type = Option<schemas::OrganizationKind>)]
    pub kind: Option<String>,
    /// Part of the name; case and accents are ignored (`torun` finds "Toruń").
    pub q: Option<String>,
    /// Staff only: `pending`, `verified` or `rejected` (default: all for staff, verified for everyone else).
    #[param(value_type = Option<schemas::OrganizationStatus>)]
    pub status: Option<String>,
    /// Items per page, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    #[param(pattern = "^[A-Za-z0-9_-]*$")]
    pub cursor: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "5f0c8a4e-2b7d-4c1a-9e3f-6a8b0c1d2e3f",
    "name": "Polska Akcja Humanitarna — Oddział Toruń",
    "description": "Humanitarian aid, refugee support and education.",
    "kind": "ngo",
    "status": "verified",
    "rejection_reason": null,
    "contact_email": "torun@pah.org.pl",
    "contact_phone": "+48 56 611 00 00",
    "website": "https://pah.org.pl",
    "address": "ul. Szeroka 1, 87-100 Toruń",
    "location": {"lat": 53.0103, "lon": 18.6057},
    "krs": "0000136833",
    "reviewed_at": "2026-11-20T09:30:00Z",
    "created_at": "2026-11-18T12:00:00Z",
    "updated_at": "2026-11-20T09:30:00Z"
}))]
pub struct Organization {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    #[schema(value_type = schemas::OrganizationKind)]
    pub kind: String,
    /// `pending`, `verified` or `rejected`.
    #[schema(value_type = schemas::OrganizationStatus)]
    pub status: String,
    /// Why city staff rejected it (rejected organisations only).
    #[schema(required = true)]
    pub rejection_reason: Option<String>,
    #[schema(required = true)]
    pub contact_email: Option<String>,
    #[schema(required = true)]
    pub contact_phone: Option<String>,
    #[schema(required = true)]
    pub website: Option<String>,
    #[schema(required = true)]
    pub address: Option<String>,
    #[schema(required = true)]
    pub location: Option<Location>,
    #[schema(required = true)]
    pub krs: Option<String>,
    #[schema(required = true)]
    pub reviewed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<OrganizationRow> for Organization {
    fn from(row: OrganizationRow) -> Self {
        Self {
            id: row.id,
            name: row.name,
            description: row.description,
            kind: row.kind,
            status: row.status,
            rejection_reason: row.rejection_reason,
            contact_email: row.contact_email,
            contact_phone: row.contact_phone,
            website: row.website,
            address: row.address,
            location: row.lat.zip(row.lon).map(|(lat, lon)| Location { lat, lon }),
            krs: row.krs,
            reviewed_at: row.reviewed_at,
            created_at: row.created_at,
            updated_at: row.updated_at,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "user_id": "0b9f7c1e-4d7a-4a55-9d0e-3c1b2a5e8f10",
    "display_name": "Ala Nowak",
    "email": "ala.nowak@example.org",
    "role": "owner",
    "joined_at": "2026-11-18T12:00:00Z"
}))]
pub struct Member {
    pub user_id: Uuid,
    pub display_name: String,
    pub email: String,
    /// `owner` or `coordinator`.
    #[schema(value_type = schemas::MemberRole)]
    pub role: String,
    pub joined_at: DateTime<Utc>,
}

impl From<MemberRow> for Member {
    fn from(row: MemberRow) -> Self {
        Self {
            user_id: row.user_id,
            display_name: row.display_name,
            email: row.email,
            role: row.role,
            joined_at: row.created_at,
        }
    }
}
