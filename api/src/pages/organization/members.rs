//! `/manage/organizations/{id}/members`: the members and their roles, the
//! open invitations, inviting someone by e-mail (as the API's
//! `POST /organizations/{id}/members`: an invitation they accept), and
//! removing a member (owners only).

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use chrono::Utc;
use hop_domain::{organization::MemberRole, texts::id};
use maud::html;
use uuid::Uuid;

use super::{FieldErrors, Refusal, alert, parse_id, posted};
use crate::{
    db,
    organizations::{self, invitations, model::InviteMemberRequest},
    pages::{
        error::{OrPage, PageError},
        layout::{self, Input, csrf_field},
        session::{Visitor, see_other},
    },
    pagination::PageQuery,
    state::AppState,
};

const NOTICES: &[(&str, &str)] = &[
    ("invited", id::ORG_DONE_INVITED),
    ("removed", id::ORG_DONE_REMOVED),
];

/// The invitation form as typed, and a refusal.
#[derive(Default)]
struct Shown {
    email: String,
    role: String,
    errors: FieldErrors,
    alert: Option<String>,
}

async fn render(
    visitor: &Visitor,
    req: &HttpRequest,
    state: &AppState,
    organization: Uuid,
    shown: Shown,
    code: StatusCode,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let now = Utc::now();
    let (row, viewer, members, open) = db::run(&state.db, move |conn| {
        let (row, viewer) = organizations::for_members(conn, organization, user)?;
        let page = PageQuery {
            limit: Some(100),
            cursor: None,
        }
        .parse()?;
        let members = organizations::members(conn, organization, user, &page)?;
        let open = if viewer.can_manage_members() {
            let page = PageQuery {
                limit: Some(100),
                cursor: None,
            }
            .parse()?;
            invitations::of_organization(conn, organization, user, &page, now, |item| item)?.items
        } else {
            Vec::new()
        };
        Ok((row, viewer, members.items, open))
    })
    .await
    .or_page(visitor.lang)?;
    let tr = visitor.tr();
    let owner = viewer.can_manage_members();
    let title = tr.with(
        id::ORG_MEMBERS_TITLE,
        &[("organization", row.name.as_str().into())],
    );
    let base = format!("/manage/organizations/{}", row.id);
    let body = html! {
        (layout::notice(layout::done_notice(visitor, req, NOTICES)))
        h1 { (title) }
        p { a href=(base) { (tr.with(id::ORG_BACK_TO_ORGANIZATION, &[("organization", row.name.as_str().into())])) } }
        (alert(shown.alert.clone()))
        div.table-wrap {
            table {
                caption { (tr.t(id::ORG_MEMBERS_CAPTION)) }
                thead {
                    tr {
                        th scope="col" { (tr.t(id::ORG_MEMBER_NAME)) }
                        th scope="col" { (tr.t(id::ORG_MEMBER_EMAIL)) }
                        th scope="col" { (tr.t(id::ORG_MEMBER_ROLE)) }
                        @if owner { th scope="col" { (tr.t(id::ORG_SHIFT_ACTIONS)) } }
                    }
                }
                tbody {
                    @for member in &members {
                        tr {
                            th scope="row" { (member.display_name) }
                            td { (member.email) }
                            td { (tr.of(id::ORG_ROLE, member.role.as_str())) }
                            @if owner {
                                td {
                                    form.row-form method="post" action=(format!("{base}/members/{}/remove", member.user_id)) {
                                        (csrf_field(visitor))
                                        button.danger type="submit" { (tr.with(id::ORG_MEMBER_REMOVE, &[("name", member.display_name.as_str().into())])) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if owner {
            @if !open.is_empty() {
                h2 { (tr.t(id::ORG_INVITATIONS_OPEN)) }
                ul {
                    @for (invitation, _) in &open {
                        li { (invitation.email) " · " (tr.of(id::ORG_ROLE, invitation.role.as_str())) }
                    }
                }
            }
            h2 id="invite" { (tr.t(id::ORG_INVITE_TITLE)) }
            p { (tr.t(id::ORG_INVITE_LEAD)) }
            form.stack method="post" action=(format!("{base}/members")) novalidate {
                (csrf_field(visitor))
                (Input::new("email", tr.t(id::ORG_MEMBER_EMAIL), &shown.email).kind("email").required().error(shown.errors.get("email")).render())
                div.field {
                    label for="field-role" { (tr.t(id::ORG_MEMBER_ROLE)) }
                    select id="field-role" name="role"
                        aria-invalid=[shown.errors.get("role").map(|_| "true")]
                        aria-describedby=[shown.errors.get("role").map(|_| "field-role-error")] {
                        @for role in MemberRole::ALL.iter().rev() {
                            option value=(role.as_str()) selected[shown.role == role.as_str()] { (tr.of(id::ORG_ROLE, role.as_str())) }
                        }
                    }
                    @if let Some(error) = shown.errors.get("role") { p.error id="field-role-error" { (error) } }
                }
                div.actions { button type="submit" { (tr.t(id::ORG_INVITE_SUBMIT)) } }
            }
        }
    };
    Ok(visitor.html(code, layout::page(visitor, &title, body).into_string()))
}

async fn page(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let organization = parse_id(visitor.lang, &path)?;
    render(
        &visitor,
        &req,
        &state,
        organization,
        Shown::default(),
        StatusCode::OK,
    )
    .await
}

/// `POST /manage/organizations/{id}/members`: as the API's invitation.
async fn invite(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (form, user) = posted(&visitor, &req, &body)?;
    let organization = parse_id(visitor.lang, &path)?;
    let request = InviteMemberRequest {
        email: form.get("email").unwrap_or_default().trim().to_owned(),
        role: form.get("role").unwrap_or_default().to_owned(),
    };
    let outbox = state.email_outbox;
    let now = Utc::now();
    let invited = match request.parse() {
        Ok((email, role)) => {
            db::transaction(&state.db, move |conn| {
                invitations::invite(conn, outbox, organization, user, &email, role, now).map(drop)
            })
            .await
        }
        Err(error) => Err(error),
    };
    match invited {
        Ok(()) => Ok(see_other(&format!(
            "/manage/organizations/{organization}/members?done=invited"
        ))),
        Err(error) => {
            let refusal = Refusal::of(visitor.lang, error)?;
            let shown = Shown {
                email: request.email,
                role: request.role,
                alert: Some(refusal.alert),
                errors: refusal.fields,
            };
            render(&visitor, &req, &state, organization, shown, refusal.code).await
        }
    }
}

/// `POST /manage/organizations/{id}/members/{user_id}/remove`: as
/// `DELETE /organizations/{id}/members/{user_id}`.
async fn remove(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (_, user) = posted(&visitor, &req, &body)?;
    let (raw, member) = path.into_inner();
    let organization = parse_id(visitor.lang, &raw)?;
    let member = parse_id(visitor.lang, &member)?;
    let removed = db::transaction(&state.db, move |conn| {
        organizations::remove_member(conn, organization, user, member)
    })
    .await;
    match removed {
        // Who removed themselves no longer sees the organisation's pages.
        Ok(()) if member == user => Ok(see_other("/me/organizations")),
        Ok(()) => Ok(see_other(&format!(
            "/manage/organizations/{organization}/members?done=removed"
        ))),
        Err(error) => {
            let refusal = Refusal::of(visitor.lang, error)?;
            let shown = Shown {
                alert: Some(refusal.alert),
                ..Shown::default()
            };
            render(&visitor, &req, &state, organization, shown, refusal.code).await
        }
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/manage/organizations/{id}/members", web::get().to(page))
        .route("/manage/organizations/{id}/members", web::post().to(invite))
        .route(
            "/manage/organizations/{id}/members/{user_id}/remove",
            web::post().to(remove),
        );
}
