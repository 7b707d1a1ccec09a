//! `/me/organizations`: the organisations I belong to, the invitations
//! waiting for my answer, and registering a new organisation (it waits for
//! the city's verification).

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use chrono::Utc;
use hop_domain::{organization::OrganizationKind, texts::id};
use maud::html;

use super::{FieldErrors, Refusal, alert, id_and_action, posted, status};
use crate::{
    db,
    organizations::{
        self, invitations, model::CreateOrganizationRequest, store::InvitationWithName,
    },
    pages::{
        error::{OrPage, PageError},
        form::FormData,
        layout::{self, Input, csrf_field},
        session::{Visitor, see_other},
    },
    pagination::PageQuery,
    state::AppState,
};

const NOTICES: &[(&str, &str)] = &[("declined", id::ORG_DONE_INVITATION_DECLINED)];

/// The registration form as typed, with what is wrong with it.
#[derive(Default)]
struct Registration {
    name: String,
    description: String,
    kind: String,
    contact_email: String,
    contact_phone: String,
    website: String,
    address: String,
    krs: String,
    errors: FieldErrors,
    alert: Option<String>,
    /// An answer to an invitation that was refused.
    invitation_alert: Option<String>,
}

impl Registration {
    fn from_form(form: &FormData) -> Self {
        let value = |name| form.get(name).unwrap_or_default().to_owned();
        Self {
            name: value("name"),
            description: value("description"),
            kind: value("kind"),
            contact_email: value("contact_email"),
            contact_phone: value("contact_phone"),
            website: value("website"),
            address: value("address"),
            krs: value("krs"),
            ..Self::default()
        }
    }

    fn request(form: &FormData) -> CreateOrganizationRequest {
        let optional = |name| form.text(name).map(str::to_owned);
        CreateOrganizationRequest {
            name: form.get("name").unwrap_or_default().to_owned(),
            description: optional("description"),
            kind: form.get("kind").unwrap_or_default().to_owned(),
            contact_email: optional("contact_email"),
            contact_phone: optional("contact_phone"),
            website: optional("website"),
            address: optional("address"),
            location: None,
            krs: optional("krs"),
        }
    }
}

async fn render(
    visitor: &Visitor,
    req: &HttpRequest,
    state: &AppState,
    form: &Registration,
    code: StatusCode,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let now = Utc::now();
    let (memberships, invitations) = db::run(&state.db, move |conn| {
        let memberships = organizations::memberships(conn, user)?;
        let page = PageQuery {
            limit: Some(100),
            cursor: None,
        }
        .parse()?;
        let invitations = invitations::of_caller(conn, user, &page, now, |item| item)?;
        Ok((memberships, invitations.items))
    })
    .await
    .or_page(visitor.lang)?;
    let tr = visitor.tr();
    let title = tr.t(id::ORG_MINE_TITLE);
    let body = html! {
        (layout::notice(layout::done_notice(visitor, req, NOTICES)))
        h1 { (title) }
        (alert(form.invitation_alert.clone()))
        section aria-labelledby="my-organizations" {
            h2 id="my-organizations" { (tr.t(id::ORG_MINE_MEMBERSHIPS)) }
            @if memberships.is_empty() {
                p { (tr.t(id::ORG_MINE_NONE)) }
            } @else {
                ul.cards {
                    @for (organization, role) in &memberships {
                        li.card {
                            h3 { a href=(format!("/manage/organizations/{}", organization.id)) { (organization.name) } }
                            p {
                                (tr.t(id::ORG_ROLE_LABEL)) " "
                                (tr.of(id::ORG_ROLE, role.as_str()))
                            }
                            p {
                                (tr.t(id::ORG_STATUS_LABEL)) " "
                                (status(tr.of(id::ORG_STATUS, organization.status.as_str()), &organization.status))
                            }
                        }
                    }
                }
            }
        }
        @if !invitations.is_empty() {
            section aria-labelledby="my-invitations" {
                h2 id="my-invitations" { (tr.t(id::ORG_MINE_INVITATIONS)) }
                ul.cards {
                    @for (invitation, organization) in &invitations {
                        (invitation_card(visitor, invitation, organization))
                    }
                }
            }
        }
        section aria-labelledby="register-organization" {
            h2 id="register-organization" { (tr.t(id::ORG_REGISTER_TITLE)) }
            p { (tr.t(id::ORG_REGISTER_LEAD)) }
            (alert(form.alert.clone()))
            form.stack method="post" action="/me/organizations" novalidate {
                (csrf_field(visitor))
                (Input::new("name", tr.t(id::ORG_FIELD_NAME), &form.name).required().autocomplete("organization").error(form.errors.get("name")).render())
                div.field {
                    label for="field-kind" { (tr.t(id::ORG_FIELD_KIND)) }
                    select id="field-kind" name="kind" required
                        aria-invalid=[form.errors.get("kind").map(|_| "true")]
                        aria-describedby=[form.errors.get("kind").map(|_| "field-kind-error")] {
                        @for kind in OrganizationKind::ALL {
                            option value=(kind.as_str()) selected[form.kind == kind.as_str()] { (tr.of(id::ORG_KIND, kind.as_str())) }
                        }
                    }
                    @if let Some(error) = form.errors.get("kind") { p.error id="field-kind-error" { (error) } }
                }
                (Input::new("description", tr.t(id::ORG_FIELD_DESCRIPTION), &form.description).kind("textarea").error(form.errors.get("description")).render())
                (Input::new("contact_email", tr.t(id::ORG_FIELD_CONTACT_EMAIL), &form.contact_email).kind("email").autocomplete("email").error(form.errors.get("contact_email")).render())
                (Input::new("contact_phone", tr.t(id::ORG_FIELD_CONTACT_PHONE), &form.contact_phone).kind("tel").autocomplete("tel").error(form.errors.get("contact_phone")).render())
                (Input::new("website", tr.t(id::ORG_FIELD_WEBSITE), &form.website).kind("url").autocomplete("url").error(form.errors.get("website")).render())
                (Input::new("address", tr.t(id::ORG_FIELD_ADDRESS), &form.address).autocomplete("street-address").error(form.errors.get("address")).render())
                (Input::new("krs", tr.t(id::ORG_FIELD_KRS), &form.krs).hint(tr.t(id::ORG_FIELD_KRS_HINT)).error(form.errors.get("krs")).render())
                div.actions { button type="submit" { (tr.t(id::ORG_REGISTER_SUBMIT)) } }
            }
        }
    };
    Ok(visitor.html(code, layout::page(visitor, &title, body).into_string()))
}

fn invitation_card(
    visitor: &Visitor,
    invitation: &organizations::store::InvitationRow,
    organization: &str,
) -> maud::Markup {
    let tr = visitor.tr();
    html! {
        li.card {
            h3 { (organization) }
            p { (tr.t(id::ORG_ROLE_LABEL)) " " (tr.of(id::ORG_ROLE, invitation.role.as_str())) }
            div.actions {
                form.inline method="post" action=(format!("/me/invitations/{}/accept", invitation.id)) {
                    (csrf_field(visitor))
                    button type="submit" { (tr.with(id::ORG_INVITATION_ACCEPT, &[("organization", organization.into())])) }
                }
                form.inline method="post" action=(format!("/me/invitations/{}/decline", invitation.id)) {
                    (csrf_field(visitor))
                    button.secondary type="submit" { (tr.with(id::ORG_INVITATION_DECLINE, &[("organization", organization.into())])) }
                }
            }
        }
    }
}

async fn page(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let form = Registration {
        kind: OrganizationKind::Ngo.as_str().to_owned(),
        ..Registration::default()
    };
    render(&visitor, &req, &state, &form, StatusCode::OK).await
}

/// `POST /me/organizations`: as `POST /organizations`.
async fn register(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (form, user) = posted(&visitor, &req, &body)?;
    let created = match Registration::request(&form).parse() {
        Ok(row) => {
            db::transaction(&state.db, move |conn| {
                organizations::create(conn, user, &row)
            })
            .await
        }
        Err(error) => Err(error),
    };
    match created {
        Ok(organization) => Ok(see_other(&format!(
            "/manage/organizations/{}?done=registered",
            organization.id
        ))),
        Err(error) => {
            let refusal = Refusal::of(visitor.lang, error)?;
            let page = Registration {
                alert: Some(refusal.alert),
                errors: refusal.fields,
                ..Registration::from_form(&form)
            };
            render(&visitor, &req, &state, &page, refusal.code).await
        }
    }
}

/// `POST /me/invitations/{id}/accept|decline`: as the API's answer to an
/// invitation.
async fn answer(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (_, user) = posted(&visitor, &req, &body)?;
    let (invitation, accept) = id_and_action(
        visitor.lang,
        path.into_inner(),
        &[("accept", true), ("decline", false)],
    )?;
    let now = Utc::now();
    let answered: Result<InvitationWithName, _> = db::transaction(&state.db, move |conn| {
        invitations::answer(conn, invitation, user, accept, now)
    })
    .await;
    match answered {
        Ok((row, _)) if accept => Ok(see_other(&format!(
            "/manage/organizations/{}?done=joined",
            row.organization_id
        ))),
        Ok(_) => Ok(see_other("/me/organizations?done=declined")),
        Err(error) => {
            let refusal = Refusal::of(visitor.lang, error)?;
            let page = Registration {
                kind: OrganizationKind::Ngo.as_str().to_owned(),
                invitation_alert: Some(refusal.alert),
                ..Registration::default()
            };
            render(&visitor, &req, &state, &page, refusal.code).await
        }
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/me/organizations", web::get().to(page))
        .route("/me/organizations", web::post().to(register))
        .route("/me/invitations/{id}/{action}", web::post().to(answer));
}
