use chrono::{DateTime, Utc};
use hop_domain::{DisplayName, i18n::Lang};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::store::AccountChanges;
use crate::{error::ApiError, schemas, validation::FieldCheck};

/// The caller's own account.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "0b9f7c1e-4d7a-4a55-9d0e-3c1b2a5e8f10",
    "email": "ala.nowak@example.org",
    "display_name": "Ala Nowak",
    "is_staff": false,
    "preferred_language": "uk",
    "memberships": []
}))]
pub struct Me {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    /// City staff of the Volunteering Center.
    pub is_staff: bool,
    /// The language of notifications and e-mails: `pl`, `en`, `de`, `lt`, `lv` or `uk`.
    #[schema(value_type = schemas::Lang)]
    pub preferred_language: String,
    /// The organisations the account is a member of, with its role in each.
    pub memberships: Vec<Membership>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Membership {
    pub organization_id: Uuid,
    /// `owner` or `coordinator`.
    #[schema(value_type = schemas::MemberRole, example = "owner")]
    pub role: String,
}

/// Changes to the caller's own account; absent fields stay as they are.
#[derive(Debug, Deserialize, ToSchema)]
#[schema(example = json!({"display_name": "Olena Kovalenko", "preferred_language": "uk"}))]
pub struct UpdateMeRequest {
    /// 1 to 100 characters.
    #[serde(default, deserialize_with = "crate::json::not_null")]
    #[schema(value_type = String)]
    #[schema(min_length = 1, max_length = 100)]
    pub display_name: Option<String>,
    /// The language of notifications and e-mails: `pl`, `en`, `de`, `lt`, `lv` or `uk`.
    #[serde(default, deserialize_with = "crate::json::not_null")]
    #[schema(value_type = schemas::Lang)]
    pub preferred_language: Option<String>,
}

impl UpdateMeRequest {
    pub fn parse(&self, now: DateTime<Utc>) -> Result<AccountChanges, ApiError> {
        let mut check = FieldCheck::default();
        let display_name = self
            .display_name
            .as_deref()
            .and_then(|raw| check.check("display_name", DisplayName::parse(raw)));
        let preferred_language = self
            .preferred_language
            .as_deref()
            .and_then(|raw| check.check("preferred_language", Lang::parse(raw)));
        check.finish(Some(AccountChanges {
            display_name: display_name.map(|name| name.as_str().to_owned()),
            preferred_language: preferred_language.map(Lang::as_str),
            updated_at: Some(now),
        }))
    }
}
