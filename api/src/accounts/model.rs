use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// The caller's own account.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "0b9f7c1e-4d7a-4a55-9d0e-3c1b2a5e8f10",
    "email": "ala.nowak@example.org",
    "display_name": "Ala Nowak",
    "is_staff": false,
    "memberships": []
}))]
pub struct Me {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    /// City staff of the Volunteering Center.
    pub is_staff: bool,
    /// The organisations the account is a member of, with its role in each.
    pub memberships: Vec<Membership>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Membership {
    pub organization_id: Uuid,
    /// `owner` or `coordinator`.
    #[schema(example = "owner")]
    pub role: String,
}
