//! `/manage/organizations/{id}`: an organisation for its members: where it
//! stands with the city, its opportunities by status, and the way to its
//! members, hours and a new opportunity.

use actix_web::{HttpRequest, HttpResponse, web};
use hop_domain::{
    opportunity::OpportunityStatus,
    organization::OrganizationStatus,
    texts::{FluentValue, id},
};
use maud::html;

use super::{parse_id, status};
use crate::{
    db, opportunities, organizations,
    pages::{
        error::{OrPage, PageError},
        layout,
        session::Visitor,
    },
    state::AppState,
};

const NOTICES: &[(&str, &str)] = &[
    ("registered", id::ORG_DONE_REGISTERED),
    ("joined", id::ORG_DONE_JOINED),
];

async fn page(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let organization = parse_id(visitor.lang, &path)?;
    let (row, viewer, opportunities) = db::run(&state.db, move |conn| {
        let (row, viewer) = organizations::for_members(conn, organization, user)?;
        let opportunities = opportunities::of_organization(conn, organization, user)?;
        Ok((row, viewer, opportunities))
    })
    .await
    .or_page(visitor.lang)?;
    let tr = visitor.tr();
    let base = format!("/manage/organizations/{}", row.id);
    let body = html! {
        (layout::notice(layout::done_notice(&visitor, &req, NOTICES)))
        h1 { (row.name) }
        p {
            (tr.t(id::ORG_STATUS_LABEL)) " "
            (status(tr.of(id::ORG_STATUS, row.status.as_str()), &row.status))
        }
        @match OrganizationStatus::parse(&row.status) {
            Ok(OrganizationStatus::Pending) => p.lead { (tr.t(id::ORG_PENDING_NOTE)) },
            Ok(OrganizationStatus::Rejected) => p.lead {
                (tr.with(id::ORG_REJECTED_NOTE, &[("reason", FluentValue::from(row.rejection_reason.as_deref().unwrap_or("")))]))
            },
            _ => {},
        }
        nav aria-label=(tr.t(id::ORG_MANAGE_NAV)) {
            ul.actions {
                @if viewer.can_edit() {
                    li { a.button href=(format!("{base}/opportunities/new")) { (tr.t(id::ORG_NEW_OPPORTUNITY)) } }
                }
                li { a.button.secondary href=(format!("{base}/members")) { (tr.t(id::ORG_MEMBERS_LINK)) } }
                li { a.button.secondary href=(format!("{base}/hours")) { (tr.t(id::ORG_HOURS_LINK)) } }
            }
        }
        h2 { (tr.t(id::ORG_OPPORTUNITIES)) }
        @if opportunities.is_empty() {
            p { (tr.t(id::ORG_OPPORTUNITIES_NONE)) }
        }
        @for opportunity_status in OpportunityStatus::ALL {
            @let listed: Vec<_> = opportunities.iter().filter(|o| o.status == opportunity_status.as_str()).collect();
            @if !listed.is_empty() {
                section aria-labelledby=(format!("opportunities-{}", opportunity_status.as_str())) {
                    h3 id=(format!("opportunities-{}", opportunity_status.as_str())) {
                        (tr.of(id::ORG_OPPORTUNITIES_BY_STATUS, opportunity_status.as_str()))
                    }
                    ul {
                        @for opportunity in listed {
                            li { a href=(format!("/manage/opportunities/{}", opportunity.id)) { (opportunity.title) } }
                        }
                    }
                }
            }
        }
    };
    Ok(visitor.ok(layout::page(&visitor, &row.name, body)))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/manage/organizations/{id}", web::get().to(page));
}
