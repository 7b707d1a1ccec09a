//! HTTP handlers of `/me/notifications`: the caller's own notifications only.

use actix_web::{HttpResponse, get, http::header, post, web};
use chrono::{DateTime, Utc};
use hop_domain::i18n::Lang;
use uuid::Uuid;

use super::model::{MarkedRead, Notification, NotificationListQuery, NotificationPage};
use crate::{
    auth::AuthUser,
    db,
    error::responses::Unauthorized,
    error::{ApiError, Problem},
    query::Query,
    state::AppState,
    validation::FieldCheck,
};

fn in_language(lang: Lang) -> (header::HeaderName, &'static str) {
    (header::CONTENT_LANGUAGE, lang.as_str())
}

/// The caller's notifications, newest first.
///
/// Titles and bodies are in the caller's preferred language (set with
/// `PATCH /me`), which `Content-Language` repeats. `unread=true` lists only
/// those not read yet; `unread_count` counts them on every page.
#[utoipa::path(
    tag = "notifications",
    operation_id = "list_my_notifications",
    security(("bearer" = [])),
    params(NotificationListQuery),
    responses(
        (status = 200, description = "A page of notifications", body = NotificationPage,
            headers(("Content-Language" = String, description = "The language of the texts"))),
        (status = 401, response = Unauthorized),
        (status = 422, description = "A parameter is invalid (`unread`, `limit`, `cursor`)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/me/notifications")]
pub async fn list(
    state: web::Data<AppState>,
    user: AuthUser,
    query: Query<NotificationListQuery>,
) -> Result<HttpResponse, ApiError> {
    let query = query.into_inner();
    let unread_only = query.unread.unwrap_or(false);
    let mut check = FieldCheck::default();
    let page = check.page::<(DateTime<Utc>, Uuid)>(query.limit, query.cursor);
    let page = check.finish(page)?;
    let (lang, body) = db::run(&state.db, move |conn| {
        let lang = super::language_of(conn, user.id)?;
        let rows = super::store::list(
            conn,
            user.id,
            unread_only,
            page.after.as_ref(),
            page.fetch_limit(),
        )?;
        let unread_count = super::store::unread_count(conn, user.id)?;
        let result = page.finish(rows, |row| (row.created_at, row.id), |row| row);
        Ok((
            lang,
            NotificationPage {
                items: result
                    .items
                    .into_iter()
                    .map(|row| Notification::render(row, lang))
                    .collect::<Result<_, _>>()?,
                next_cursor: result.next_cursor,
                unread_count,
            },
        ))
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(in_language(lang))
        .json(body))
}

/// Mark one of the caller's notifications read. Marking it again changes nothing.
#[utoipa::path(
    tag = "notifications",
    operation_id = "mark_notification_read",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The notification")),
    responses(
        (status = 200, description = "The notification, read", body = Notification,
            headers(("Content-Language" = String, description = "The language of the texts"))),
        (status = 401, response = Unauthorized),
        (status = 404, description = "No such notification of the caller's", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/me/notifications/{id}/read")]
pub async fn mark_read(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let (lang, notification) = db::run(&state.db, move |conn| {
        let row = super::store::mark_read(conn, id, user.id, Utc::now())?
            .ok_or_else(|| ApiError::NotFound("No notification with this id".into()))?;
        let lang = super::language_of(conn, user.id)?;
        Ok((lang, Notification::render(row, lang)?))
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(in_language(lang))
        .json(notification))
}

/// Mark all of the caller's notifications read.
#[utoipa::path(
    tag = "notifications",
    operation_id = "mark_all_notifications_read",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "How many were marked read", body = MarkedRead),
        (status = 401, response = Unauthorized),
    )
)]
#[post("/me/notifications/read-all")]
pub async fn mark_all_read(
    state: web::Data<AppState>,
    user: AuthUser,
) -> Result<web::Json<MarkedRead>, ApiError> {
    let marked = db::run(&state.db, move |conn| {
        Ok(super::store::mark_all_read(conn, user.id, Utc::now())?)
    })
    .await?;
    Ok(web::Json(MarkedRead {
        marked_read: u64::try_from(marked).unwrap_or(u64::MAX),
    }))
}

pub fn configure(cfg: &mut utoipa_actix_web::service_config::ServiceConfig<'_>) {
    cfg.service(list).service(mark_all_read).service(mark_read);
}
