//! `/manage/opportunities/{id}/candidates`: the discoverable volunteers who
//! fit an opportunity best, with their score and its reasons, ranked as
//! `GET /opportunities/{id}/candidates` ranks them (`matching::candidates_for`).

use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use hop_domain::texts::{FluentValue, id};
use maud::html;

use super::parse_id;
use crate::{
    db,
    error::ApiError,
    matching::{self, index::MatchingIndex},
    opportunities,
    pages::{
        error::{OrPage, PageError},
        form::FormData,
        layout,
        session::Visitor,
    },
    pagination::PageQuery,
    state::AppState,
};

async fn page(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    index: web::Data<MatchingIndex>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let opportunity = parse_id(visitor.lang, &path)?;
    let query = FormData::from_query(req.query_string().as_bytes());
    let page = PageQuery {
        limit: Some(20),
        cursor: query.text("cursor").map(str::to_owned),
    }
    .parse()
    .or_page(visitor.lang)?;
    let lang = visitor.lang;
    let since = std::time::Instant::now();
    let index = index.into_inner();
    matching::catch_up(&state.db, &index, since)
        .await
        .or_page(lang)?;
    let (row, found) = db::run(&state.db, move |conn| {
        let (row, _) = opportunities::for_members(conn, opportunity, user)?;
        // A member refused here belongs to an organisation the city has not
        // verified yet: it sees no candidates until then.
        match matching::candidates_for(conn, &index, opportunity, user, &page, lang, Utc::now()) {
            Ok(found) => Ok((row, Some(found))),
            Err(ApiError::Forbidden(_)) => Ok((row, None)),
            Err(error) => Err(error),
        }
    })
    .await
    .or_page(lang)?;
    let tr = visitor.tr();
    let title = tr.with(
        id::ORG_CANDIDATES_TITLE,
        &[("title", row.title.as_str().into())],
    );
    let body = html! {
        h1 { (title) }
        p { a href=(format!("/manage/opportunities/{}", row.id)) { (tr.with(id::ORG_BACK_TO_OPPORTUNITY, &[("title", row.title.as_str().into())])) } }
        p.lead { (tr.t(id::ORG_CANDIDATES_LEAD)) }
        @match &found {
            None => p { (tr.t(id::ORG_CANDIDATES_UNVERIFIED)) },
            Some(found) if found.items.is_empty() => p { (tr.t(id::ORG_CANDIDATES_NONE)) },
            Some(found) => {
                ol.cards {
                    @for candidate in &found.items {
                        li.card {
                            h2 { (candidate.display_name) }
                            p {
                                strong { (tr.with(id::ORG_CANDIDATE_SCORE, &[("score", FluentValue::from(candidate.score))])) }
                                " · " (tr.with(id::ORG_CANDIDATE_AGE, &[("band", candidate.age_band.into())]))
                                @if candidate.signed_up { " · " (tr.t(id::ORG_CANDIDATE_SIGNED_UP)) }
                            }
                            table {
                                caption { (tr.with(id::ORG_CANDIDATE_REASONS, &[("name", candidate.display_name.as_str().into())])) }
                                thead {
                                    tr {
                                        th scope="col" { (tr.t(id::ORG_REASON_FACTOR)) }
                                        th.num scope="col" { (tr.t(id::ORG_REASON_POINTS)) }
                                        th scope="col" { (tr.t(id::ORG_REASON_DETAIL)) }
                                    }
                                }
                                tbody {
                                    @for reason in &candidate.reasons {
                                        tr {
                                            th scope="row" { (tr.of(id::ORG_FACTOR, reason.factor)) }
                                            td.num { (reason.points) }
                                            td { (reason.detail) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                @if let Some(cursor) = &found.next_cursor {
                    p.pager { a href=(format!("?cursor={cursor}")) { (tr.t(id::ORG_CANDIDATES_MORE)) } }
                }
            }
        }
    };
    Ok(visitor.ok(layout::page(&visitor, &title, body)))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/manage/opportunities/{id}/candidates", web::get().to(page));
}
