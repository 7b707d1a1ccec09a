//! The OpenAPI document, generated from the same route registrations the
//! server uses, so the two cannot drift.

use actix_web::App;
use utoipa::{
    Modify, OpenApi,
    openapi::security::{Http, HttpAuthScheme, SecurityScheme},
};
use utoipa_actix_web::{AppExt, scope, service_config::ServiceConfig};

use crate::{
    accounts, applications, auth,
    error::{FieldError, Problem, responses},
    matching, notifications, opportunities, ops, organizations, schemas, shifts, skills,
    volunteers,
};

/// Where the API lives; operations endpoints sit outside it.
pub const API_PREFIX: &str = "/api/v1";
pub const SPEC_PATH: &str = "/api/v1/openapi.json";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "HOP — Toruń Volunteering Center API",
        description = "Matches volunteers with organisations that need help, and gives the city a live picture of volunteering.\n\nEvery error is `application/problem+json` (RFC 9457) with a stable `type`; invalid input is 422 with `errors`, each naming its `field`.",
        license(name = "MIT"),
    ),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Registration, login and tokens"),
        (name = "account", description = "The caller's own account"),
        (name = "volunteers", description = "The caller's volunteer profile: skills, languages, availability, causes"),
        (name = "organizations", description = "Organisations, their verification and members"),
        (name = "skills", description = "The skills taxonomy, labelled in pl, en, de, lt, lv and uk"),
        (name = "opportunities", description = "What organisations offer: drafts, publishing, closing"),
        (name = "shifts", description = "When an opportunity happens and how many it takes"),
        (name = "applications", description = "Sign-ups: applying, reviewing, waitlists, attendance"),
        (name = "matching", description = "The best opportunities for a volunteer and the best volunteers for an opportunity, each with its score and the reasons, factor by factor"),
        (name = "notifications", description = "What happened that concerns the caller, in their language; also sent by e-mail when the service has an SMTP server"),
        (name = "operations", description = "Health, readiness and metrics"),
    ),
    components(
        schemas(
            Problem,
            FieldError,
            // Closed sets that only query parameters name (utoipa collects
            // those of bodies by itself).
            schemas::SearchSort,
            schemas::ShiftTime,
            schemas::ApplicationStatus,
            schemas::OrganizationKind,
            schemas::OrganizationStatus,
            schemas::Cause,
            schemas::Lang,
            schemas::SkillCategory
        ),
        responses(
            responses::Unauthorized,
            responses::NotJson,
            responses::InvalidField,
            responses::InvalidParameter,
            responses::InvalidToken,
            responses::NotMember,
            responses::NotOwner,
            responses::OpportunityNotFound,
            responses::OrganizationNotFound,
            responses::NotStaff,
            responses::BodyTooLarge,
            responses::NotJsonMediaType
        )
    ),
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let mut scheme = Http::new(HttpAuthScheme::Bearer);
        scheme.bearer_format = Some("JWT".into());
        openapi
            .components
            .get_or_insert_with(Default::default)
            .add_security_scheme("bearer", SecurityScheme::Http(scheme));
    }
}

/// Every route of the service, registered once for the server, the spec
/// export and the tests.
pub fn routes(cfg: &mut ServiceConfig<'_>) {
    cfg.service(
        scope(API_PREFIX)
            .configure(auth::configure)
            .configure(accounts::configure)
            .configure(volunteers::configure)
            .configure(organizations::configure)
            .configure(opportunities::configure)
            .configure(shifts::configure)
            .configure(applications::configure)
            .configure(matching::configure)
            .configure(notifications::configure)
            .configure(skills::configure),
    )
    .configure(ops::configure);
}

pub fn spec() -> utoipa::openapi::OpenApi {
    let (_, mut spec) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .configure(routes)
        .split_for_parts();
    spec.info.version = env!("CARGO_PKG_VERSION").into();
    spec
}

/// The spec as checked in at `openapi/openapi.json`.
pub fn spec_json() -> Result<String, serde_json::Error> {
    Ok(spec().to_pretty_json()? + "\n")
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;

    fn refs<'a>(value: &'a Value, into: &mut Vec<&'a str>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(target)) = map.get("$ref") {
                    into.push(target);
                }
                map.values().for_each(|v| refs(v, into));
            }
            Value::Array(items) => items.iter().for_each(|v| refs(v, into)),
            _ => {}
        }
    }

    #[test]
    fn every_reference_in_the_spec_resolves() {
        let spec = serde_json::to_value(spec()).unwrap();
        let mut targets = Vec::new();
        refs(&spec, &mut targets);
        assert!(targets.len() > 100, "the spec refers to its components");
        for target in targets {
            let pointer = target
                .strip_prefix('#')
                .unwrap_or_else(|| panic!("{target} is not local"));
            assert!(spec.pointer(pointer).is_some(), "{target} does not resolve");
        }
    }
}
