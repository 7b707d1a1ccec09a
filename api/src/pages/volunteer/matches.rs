//! `GET /me/matches`: "for you", the volunteer's best matches as `GET
//! /me/matches` ranks them (`matching::matches_of`), each with its score and
//! the reasons factor by factor, in the page's language.

use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use hop_domain::{
    texts::{FluentValue, id},
    volunteering::Cause,
};
use maud::html;

use super::{shift_time, table_head};
use crate::{
    db,
    error::ApiError,
    matching::{self, index::MatchingIndex, model::MatchesQuery},
    pages::{
        error::{OrPage, PageError},
        form::FormData,
        layout,
        session::Visitor,
    },
    state::AppState,
};

async fn matches(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    index: web::Data<MatchingIndex>,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let lang = visitor.lang;
    let tr = visitor.tr();
    let form = FormData::from_query(req.query_string().as_bytes());
    let cause = form.text("cause").unwrap_or_default().to_owned();
    let query = MatchesQuery {
        cause: (!cause.is_empty()).then(|| cause.clone()),
        remote: None,
        from: None,
        to: None,
        lang: Some(lang.as_str().to_owned()),
        limit: None,
        cursor: form.text("cursor").map(str::to_owned),
    };
    let parsed = query.parse(None).or_page(lang)?;
    let since = std::time::Instant::now();
    let index = index.into_inner();
    matching::catch_up(&state.db, &index, since)
        .await
        .or_page(lang)?;
    let found = db::run(&state.db, move |conn| {
        matching::matches_of(
            conn,
            &index,
            user,
            &parsed.filter,
            &parsed.page,
            parsed.lang,
            Utc::now(),
        )
    })
    .await;
    // No profile or no birth date yet: the page says what to do instead.
    let (page, missing) = match found {
        Ok(page) => (Some(page), None),
        Err(ApiError::Conflict { kind, .. }) => (None, Some(tr.of(id::VOL_MATCHES_MISSING, kind))),
        Err(error) => return Err(PageError::Api { lang, error }),
    };
    let title = tr.t(id::VOL_MATCHES_TITLE);
    let body = html! {
        h1 { (title) }
        p.lead { (tr.t(id::VOL_MATCHES_LEAD)) }
        form.filters method="get" action="/me/matches" {
            div.field {
                label for="field-cause" { (tr.t(id::VOL_FILTER_CAUSE)) }
                select id="field-cause" name="cause" {
                    option value="" selected[cause.is_empty()] { (tr.t(id::VOL_ANY)) }
                    @for option in Cause::ALL {
                        option value=(option.as_str()) selected[option.as_str() == cause] { (tr.of(id::VOL_CAUSE, option.as_str())) }
                    }
                }
            }
            div.actions { button type="submit" { (tr.t(id::VOL_FILTER_APPLY)) } }
        }
        @if let Some(missing) = &missing {
            div.alert role="alert" { p { (missing) } p { a href="/me/profile" { (tr.t(id::VOL_GO_TO_PROFILE)) } } }
        }
        @if let Some(page) = &page {
            @if page.items.is_empty() {
                p { (tr.t(id::VOL_MATCHES_NONE)) " " a href="/me/profile" { (tr.t(id::VOL_GO_TO_PROFILE)) } }
            } @else {
                ol.cards {
                    @for (position, item) in page.items.iter().enumerate() {
                        @let heading = format!("match-{position}");
                        li.card aria-labelledby=(heading) {
                            h2 id=(heading) { a href=(format!("/opportunities/{}", item.opportunity.id)) { (item.opportunity.title) } }
                            p { strong { (tr.with(id::VOL_SCORE, &[("score", FluentValue::from(item.score))])) } }
                            @if let Some(shift) = item.shifts.first() {
                                p { (shift_time(tr, shift.starts_at, shift.ends_at)) }
                            }
                            table {
                                caption { (tr.t(id::VOL_REASONS)) }
                                (table_head(tr, &[(id::VOL_COLUMN_FACTOR, false), (id::VOL_COLUMN_WHY, false), (id::VOL_COLUMN_POINTS, true)]))
                                tbody {
                                    @for reason in &item.reasons {
                                        tr {
                                            th scope="row" { (tr.of(id::VOL_FACTOR, reason.factor)) }
                                            td { (reason.detail) }
                                            td.num { (reason.points) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                @if let Some(cursor) = &page.next_cursor {
                    @let mut next = form_urlencoded::Serializer::new(String::new());
                    @let next = {
                        if !cause.is_empty() { next.append_pair("cause", &cause); }
                        next.append_pair("cursor", cursor).finish()
                    };
                    nav.pager aria-label=(tr.t(id::VOL_PAGES)) {
                        a href=(format!("/me/matches?{next}")) { (tr.t(id::VOL_NEXT_PAGE)) }
                    }
                }
            }
        }
    };
    Ok(visitor.ok(layout::page(&visitor, &title, body)))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/me/matches", web::get().to(matches));
}
