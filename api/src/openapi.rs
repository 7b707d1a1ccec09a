//! The OpenAPI document, generated from the same route registrations the
//! server uses, so the two cannot drift.

use actix_web::App;
use utoipa::{
    Modify, OpenApi,
    openapi::security::{Http, HttpAuthScheme, SecurityScheme},
};
use utoipa_actix_web::{AppExt, scope, service_config::ServiceConfig};

use crate::{
    accounts, agreements, applications, auth, calendar, certificates,
    error::{FieldError, Problem, responses},
    hours, matching, notifications, opportunities, ops, organizations, privacy, schemas, shifts,
    skills, statistics, volunteers,
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
    servers((url = "/", description = "The server this document is served from")),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Registration, login and tokens"),
        (name = "account", description = "The caller's own account"),
        (name = "privacy", description = "The caller's data rights: a copy of everything HOP holds about them (GDPR art. 15, 20) and erasure of their account (art. 17)"),
        (name = "volunteers", description = "The caller's volunteer profile: skills, languages, availability, causes"),
        (name = "organizations", description = "Organisations, their verification and members"),
        (name = "skills", description = "The skills taxonomy, labelled in pl, en, de, lt, lv and uk"),
        (name = "opportunities", description = "What organisations offer: drafts, publishing, closing"),
        (name = "shifts", description = "When an opportunity happens and how many it takes"),
        (name = "applications", description = "Sign-ups: applying, reviewing, waitlists, attendance"),
        (name = "agreements", description = "Written volunteering agreements: proposed, accepted (a minor with a guardian's consent), terminated; the 30-day rule"),
        (name = "certificates", description = "Certificates of approved work anyone can verify by code, signed Open Badges 3.0 credentials and their keys, and organisations' opinions"),
        (name = "hours", description = "The hours ledger: reported, recorded by attendance, approved or rejected once, corrected by new entries"),
        (name = "matching", description = "The best opportunities for a volunteer and the best volunteers for an opportunity, each with its score and the reasons, factor by factor"),
        (name = "calendar", description = "Calendar feeds (RFC 5545) to subscribe to: a volunteer's sign-ups and an organisation's shifts, opened by a personal token that can be rotated"),
        (name = "notifications", description = "What happened that concerns the caller, in their language; also sent by e-mail when the service has an SMTP server"),
        (name = "statistics", description = "The city's statistics over a period of months, as JSON or CSV, and the open data anyone may read; every count of fewer than five people is suppressed"),
        (name = "operations", description = "Health, readiness and metrics"),
    ),
    components(
        schemas(
            Problem,
            FieldError,
            // Closed sets that only query parameters name (utoipa collects
            // those of bodies by itself).
            schemas::SearchSort,
            schemas::StatsFormat,
            schemas::CsvDelimiter,
            schemas::VolunteerGrouping,
            schemas::HoursGrouping,
            schemas::HourStatus,
            schemas::LanguageCode,
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
            responses::NotJsonMediaType,
            responses::Unavailable
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
        let mut metrics = Http::new(HttpAuthScheme::Bearer);
        metrics.description = Some("`HOP_METRICS_TOKEN`, for `/metrics` only".into());
        openapi
            .components
            .get_or_insert_with(Default::default)
            .add_security_scheme("metrics_token", SecurityScheme::Http(metrics));
    }
}

/// Every route of the service, registered once for the server, the spec
/// export and the tests.
pub fn routes(cfg: &mut ServiceConfig<'_>) {
    cfg.service(
        scope(API_PREFIX)
            .configure(auth::configure)
            .configure(accounts::configure)
            .configure(privacy::configure)
            .configure(volunteers::configure)
            .configure(organizations::configure)
            .configure(opportunities::configure)
            .configure(shifts::configure)
            .configure(applications::configure)
            .configure(hours::configure)
            .configure(agreements::configure)
            .configure(certificates::configure)
            .configure(calendar::configure)
            .configure(matching::configure)
            .configure(notifications::configure)
            .configure(skills::configure)
            .configure(statistics::configure),
    )
    .configure(ops::configure)
    .configure(certificates::configure_well_known);
}

pub fn spec() -> utoipa::openapi::OpenApi {
    let (_, mut spec) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .configure(routes)
        .split_for_parts();
    spec.info.version = env!("CARGO_PKG_VERSION").into();
    declare_public_operations(&mut spec);
    declare_common_answers(&mut spec);
    declare_empty_as_absent(&mut spec);
    link_main_flows(&mut spec);
    spec
}

/// What a created resource leads to, as OpenAPI links: organisation →
/// opportunity → shift → sign-up, an invitation to its revocation, and a
/// calendar token to its feed.
/// Clients and schemathesis's stateful phase follow them with the new
/// resource's `id`.
const FLOWS: &[(&str, &str, &[&str])] = &[
    (
        "create_organization",
        "201",
        &[
            "get_organization",
            "update_organization",
            "create_opportunity",
            "verify_organization",
            "list_organization_members",
            "invite_organization_member",
        ],
    ),
    (
        "create_opportunity",
        "201",
        &[
            "get_opportunity",
            "update_opportunity",
            "publish_opportunity",
            "create_shift",
            "list_shifts",
        ],
    ),
    (
        "create_shift",
        "201",
        &["sign_up_for_shift", "update_shift", "cancel_shift"],
    ),
    (
        "sign_up_for_shift",
        "201",
        &[
            "accept_application",
            "reject_application",
            "withdraw_application",
        ],
    ),
    ("report_hours", "201", &["approve_hours", "reject_hours"]),
    (
        "propose_agreement",
        "201",
        &["get_agreement", "accept_agreement", "terminate_agreement"],
    ),
    // A calendar token opens the caller's feed.
    ("rotate_calendar_token", "200", &["get_my_calendar"]),
    // An invitation is not a membership: it leads to its revocation (and,
    // for the invitee, to accepting or declining it), not to a member.
    (
        "invite_organization_member",
        "202",
        &["revoke_organization_invitation"],
    ),
];

/// Where each link's parameters come from: every target takes the new
/// resource's `id`, but an invitation's revocation names the organisation
/// (the request's `id`) and the invitation, and a feed takes the token.
fn link_parameters(target: &str) -> &'static [(&'static str, &'static str)] {
    match target {
        "revoke_organization_invitation" => &[
            ("id", "$request.path.id"),
            ("invitation_id", "$response.body#/id"),
        ],
        "get_my_calendar" => &[("token", "$response.body#/token")],
        _ => &[("id", "$response.body#/id")],
    }
}

fn link_main_flows(spec: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::{RefOr, link::LinkBuilder};

    for (source, status, targets) in FLOWS {
        let response = spec
            .paths
            .paths
            .values_mut()
            .flat_map(operations_mut)
            .find(|operation| operation.operation_id.as_deref() == Some(*source))
            .and_then(|operation| operation.responses.responses.get_mut(*status));
        let Some(RefOr::T(response)) = response else {
            continue;
        };
        for target in *targets {
            let link = link_parameters(target)
                .iter()
                .fold(
                    LinkBuilder::new().operation_id(*target),
                    |link, (name, value)| link.parameter(*name, *value),
                )
                .build();
            response.links.insert((*target).to_owned(), RefOr::T(link));
        }
    }
}

/// What every operation may answer besides its own responses, added here
/// once rather than written on each: 503 with `Retry-After` when the
/// database is down (not `/healthz`, which does not use it); 400, 413 and 415
/// for a body that is not JSON, too large, or of another media type; and the
/// `X-Request-Id` header on every answer.
fn declare_common_answers(spec: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::{Ref, RefOr, header::HeaderBuilder, schema::Type};

    let shared = |name: &str| RefOr::Ref(Ref::from_response_name(name));
    let request_id = HeaderBuilder::new()
        .schema(Some(
            utoipa::openapi::ObjectBuilder::new().schema_type(Type::String),
        ))
        .description(Some(
            "The request's id, kept from the request's own `X-Request-Id` when sane; in the logs",
        ))
        .build();
    let with_request_id = |response: &mut RefOr<utoipa::openapi::Response>| {
        if let RefOr::T(response) = response {
            response
                .headers
                .insert("X-Request-Id".into(), RefOr::T(request_id.clone()));
        }
    };
    for (path, item) in spec.paths.paths.iter_mut() {
        for operation in operations_mut(item) {
            let responses = &mut operation.responses.responses;
            // Neither reads the database.
            if path != "/healthz" && path != "/metrics" {
                responses
                    .entry("503".into())
                    .or_insert_with(|| shared("Unavailable"));
            }
            if operation.request_body.is_some() {
                responses
                    .entry("400".into())
                    .or_insert_with(|| shared("NotJson"));
                responses
                    .entry("413".into())
                    .or_insert_with(|| shared("BodyTooLarge"));
                responses
                    .entry("415".into())
                    .or_insert_with(|| shared("NotJsonMediaType"));
            }
            responses.values_mut().for_each(with_request_id);
        }
    }
    if let Some(components) = spec.components.as_mut() {
        components.responses.values_mut().for_each(with_request_id);
    }
}

/// An operation that names no security requirement is public: say so with
/// `security: []`, so a client generator does not guess.
fn declare_public_operations(spec: &mut utoipa::openapi::OpenApi) {
    for item in spec.paths.paths.values_mut() {
        for operation in operations_mut(item) {
            operation.security.get_or_insert_with(Vec::new);
        }
    }
}

/// The spec as checked in at `openapi/openapi.json`.
pub fn spec_json() -> Result<String, serde_json::Error> {
    Ok(spec().to_pretty_json()? + "\n")
}

/// Query parameters whose empty value counts as not given (`?lang=` picks
/// the language from `Accept-Language`; `?category=` lists every category):
/// their schema admits `""` beside the named set.
const EMPTY_MEANS_ABSENT: &[&str] = &["lang", "category"];

fn declare_empty_as_absent(spec: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::{
        ObjectBuilder, RefOr,
        path::ParameterIn,
        schema::{AnyOfBuilder, Type},
    };

    for item in spec.paths.paths.values_mut() {
        for operation in operations_mut(item) {
            let parameters = operation.parameters.iter_mut().flatten();
            let inline = parameters.filter_map(|parameter| match parameter {
                RefOr::T(parameter) => Some(parameter),
                RefOr::Ref(_) => None,
            });
            for parameter in inline.filter(|p| {
                p.parameter_in == ParameterIn::Query
                    && EMPTY_MEANS_ABSENT.contains(&p.name.as_str())
            }) {
                if let Some(named) = parameter.schema.take() {
                    let empty = ObjectBuilder::new()
                        .schema_type(Type::String)
                        .max_length(Some(0));
                    parameter.schema = Some(AnyOfBuilder::new().item(named).item(empty).into());
                }
            }
        }
    }
}

/// Every operation of a path, to complete them all alike.
fn operations_mut(
    item: &mut utoipa::openapi::PathItem,
) -> impl Iterator<Item = &mut utoipa::openapi::path::Operation> {
    [
        &mut item.get,
        &mut item.put,
        &mut item.post,
        &mut item.delete,
        &mut item.options,
        &mut item.head,
        &mut item.patch,
        &mut item.trace,
    ]
    .into_iter()
    .flatten()
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

    #[test]
    fn every_flow_is_linked_to_operations_that_exist() {
        let spec = serde_json::to_value(spec()).unwrap();
        let operations: Vec<&str> = spec["paths"]
            .as_object()
            .unwrap()
            .values()
            .flat_map(|item| item.as_object().unwrap().values())
            .filter_map(|operation| operation["operationId"].as_str())
            .collect();
        let mut links = 0;
        for item in spec["paths"].as_object().unwrap().values() {
            for operation in item.as_object().unwrap().values() {
                for response in operation["responses"].as_object().unwrap().values() {
                    for link in response["links"]
                        .as_object()
                        .into_iter()
                        .flat_map(|l| l.values())
                    {
                        let target = link["operationId"].as_str().unwrap();
                        assert!(operations.contains(&target), "{target} is no operation");
                        links += 1;
                    }
                }
            }
        }
        let expected: usize = FLOWS.iter().map(|(_, _, targets)| targets.len()).sum();
        assert_eq!(links, expected, "every flow's source operation was found");
    }
}
