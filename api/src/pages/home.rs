//! The front page: what HOP is, a search box, and where to go next.

use actix_web::{HttpRequest, HttpResponse, web};
use hop_domain::texts::id;
use maud::html;

use super::{layout, session::Visitor};

/// The notices the front page shows after a redirect.
const NOTICES: &[(&str, &str)] = &[
    ("signed-out", id::DONE_SIGNED_OUT),
    ("registered", id::DONE_REGISTERED),
    ("saved", id::DONE_SAVED),
];

async fn home(visitor: Visitor, req: HttpRequest) -> HttpResponse {
    let tr = visitor.tr();
    let title = tr.t(id::HOME_TITLE);
    let body = html! {
        (layout::notice(layout::done_notice(&visitor, &req, NOTICES)))
        h1 { (title) }
        p.lead { (tr.t(id::HOME_LEAD)) }
        form.filters method="get" action="/opportunities" role="search" {
            div.field {
                label for="home-q" { (tr.t(id::SEARCH_TEXT)) }
                input id="home-q" type="search" name="q";
            }
            div.field {
                label for="home-city" { (tr.t(id::SEARCH_NEAR_CITY)) }
                input id="home-city" type="text" name="near_city" autocomplete="address-level2";
            }
            div.actions { button type="submit" { (tr.t(id::SEARCH_SUBMIT)) } }
        }
        div.grid-2 {
            section.card {
                h2 { (tr.t(id::HOME_VOLUNTEERS)) }
                p { (tr.t(id::HOME_VOLUNTEERS_TEXT)) }
                @if visitor.user.is_some() {
                    a.button href="/me/matches" { (tr.t(id::NAV_FOR_YOU)) }
                } @else {
                    a.button href="/register" { (tr.t(id::NAV_REGISTER)) }
                }
            }
            section.card {
                h2 { (tr.t(id::HOME_ORGANIZATIONS)) }
                p { (tr.t(id::HOME_ORGANIZATIONS_TEXT)) }
                a.button.secondary href="/me/organizations" { (tr.t(id::NAV_ORGANIZATIONS)) }
            }
        }
    };
    visitor.ok(layout::page(&visitor, &title, body))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home));
}
