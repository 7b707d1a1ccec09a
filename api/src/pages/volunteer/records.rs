//! The volunteer's records: hours (`GET/POST /me/hours`, as the API's
//! `hours::service::{hours_of, report}`), agreements to accept (`GET
//! /me/agreements`, `POST /me/agreements/{id}/accept` as `POST
//! /agreements/{id}/accept`), and certificates of approved work (`GET
//! /me/certificates`, `GET /me/certificates/{organization_id}.pdf`).

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, http::header, web};
use chrono::{DateTime, NaiveDate, Utc};
use hop_domain::{
    i18n::Lang,
    notification::duration,
    texts::{FluentValue, id},
};
use maud::html;
use uuid::Uuid;

use super::{invalid_fields, refusal, refused, shift_time, table_head};
use crate::{
    agreements::{self, model::AcceptAgreementRequest},
    applications::{self, store::ListFilter},
    certificates::{self, Documents},
    db,
    hours::{
        self,
        model::{MyHours, ReportHoursRequest},
    },
    organizations,
    pages::{
        error::{OrPage, PageError},
        form::{FormData, parse_id},
        i18n::Tr,
        layout::{self, Input, csrf_field},
        session::{Visitor, see_other},
    },
    pagination::PageRequest,
    state::AppState,
    validation::FieldCheck,
};

type Key = (DateTime<Utc>, Uuid);

/// The page of a list the address asks for (`?cursor=`).
fn page_of(req: &HttpRequest, lang: Lang) -> Result<PageRequest<Key>, PageError> {
    let query = FormData::from_query(req.query_string().as_bytes());
    let mut check = FieldCheck::default();
    let page = check.page::<Key>(None, query.text("cursor").map(str::to_owned));
    check.finish(page).or_page(lang)
}

fn minutes_text(tr: Tr, minutes: i64) -> String {
    duration(u32::try_from(minutes.max(0)).unwrap_or(u32::MAX), tr.lang())
}

// Hours.

/// What the report form holds, as typed.
#[derive(Default)]
struct ReportForm {
    target: String,
    work_date: String,
    hours: String,
    description: String,
}

/// What the hours can be reported for: the volunteer's sign-ups whose
/// shift has started, and the organisations of their sign-ups (work
/// outside a shift), as (value, text).
fn targets(
    tr: Tr,
    rows: &[applications::store::ApplicationSummaryRow],
    names: &HashMap<Uuid, String>,
) -> Vec<(String, String)> {
    let now = Utc::now();
    let mut options: Vec<(String, String)> = rows
        .iter()
        .filter(|row| row.starts_at <= now && row.cancelled_at.is_none())
        .filter(|row| {
            ["confirmed", "attended", "no_show"].contains(&row.application.status.as_str())
        })
        .map(|row| {
            (
                format!("application:{}", row.application.id),
                format!(
                    "{} – {}",
                    row.opportunity_title,
                    shift_time(tr, row.starts_at, row.ends_at)
                ),
            )
        })
        .collect();
    let mut organizations: Vec<(&Uuid, &String)> = names.iter().collect();
    organizations.sort_by(|a, b| a.1.cmp(b.1));
    for (organization, name) in organizations {
        options.push((
            format!("organization:{organization}"),
            tr.with(
                id::VOL_HOURS_OUTSIDE_SHIFT,
                &[("organization", FluentValue::from(name.as_str()))],
            ),
        ));
    }
    options
}

async fn hours_page(
    visitor: &Visitor,
    req: &HttpRequest,
    state: &AppState,
    form: &ReportForm,
    errors: &[String],
    alert: Option<String>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let lang = visitor.lang;
    let tr = visitor.tr();
    let page = page_of(req, lang)?;
    let (mine, sign_ups, names): (MyHours, _, HashMap<Uuid, String>) =
        db::run(&state.db, move |conn| {
            let mine = hours::service::hours_of(conn, user, None, &page)?;
            let sign_ups = applications::store::list(
                conn,
                &ListFilter {
                    opportunity: None,
                    volunteer: Some(user),
                    shift: None,
                    status: None,
                    upcoming: None,
                    now: Utc::now(),
                },
                None,
                100,
            )?;
            let organizations: Vec<Uuid> = sign_ups.iter().map(|row| row.organization_id).collect();
            let names = organizations::store::names_of(conn, &organizations)?
                .into_iter()
                .collect();
            Ok((mine, sign_ups, names))
        })
        .await
        .or_page(lang)?;
    let options = targets(tr, &sign_ups, &names);
    let error = |field: &str| {
        errors
            .iter()
            .any(|wrong| wrong == field)
            .then(|| tr.of(id::VOL_HOURS_ERROR, field))
    };
    let target_error = error("target");
    let title = tr.t(id::VOL_HOURS_TITLE);
    let body = html! {
        (layout::notice(layout::done_notice(visitor, req, &[("reported", id::VOL_HOURS_REPORTED)])))
        @if let Some(alert) = &alert { div.alert role="alert" { (alert) } }
        h1 { (title) }
        dl.grid-2 {
            div { dt { (tr.t(id::VOL_HOURS_APPROVED)) } dd { (minutes_text(tr, mine.totals.approved_minutes)) } }
            div { dt { (tr.t(id::VOL_HOURS_PENDING)) } dd { (minutes_text(tr, mine.totals.pending_minutes)) } }
        }
        @if !mine.totals.by_organization.is_empty() {
            div.table-wrap {
                table {
                    caption { (tr.t(id::VOL_HOURS_BY_ORGANIZATION)) }
                    (table_head(tr, &[(id::VOL_COLUMN_ORGANIZATION, false), (id::VOL_COLUMN_TIME, true)]))
                    tbody {
                        @for row in &mine.totals.by_organization {
                            tr { th scope="row" { (row.organization_name) } td.num { (minutes_text(tr, row.minutes)) } }
                        }
                    }
                }
            }
        }
        h2 { (tr.t(id::VOL_HOURS_ENTRIES)) }
        @if mine.items.is_empty() {
            p { (tr.t(id::VOL_HOURS_NONE)) }
        } @else {
            div.table-wrap {
                table {
                    caption { (tr.t(id::VOL_HOURS_ENTRIES)) }
                    (table_head(tr, &[(id::VOL_COLUMN_DAY, false), (id::VOL_COLUMN_ORGANIZATION, false), (id::VOL_COLUMN_OPPORTUNITY, false), (id::VOL_COLUMN_TIME, true), (id::VOL_COLUMN_STATUS, false)]))
                    tbody {
                        @for entry in &mine.items {
                            tr {
                                th scope="row" { (entry.work_date) }
                                td { (entry.organization.name) }
                                td { @if let Some(opportunity) = &entry.opportunity { (opportunity.title) } @else { (entry.description) } }
                                td.num { (minutes_text(tr, i64::from(entry.minutes))) }
                                td {
                                    span class=(format!("status-{}", entry.status)) { (tr.of(id::VOL_HOURS_STATUS, entry.status.as_str())) }
                                    @if let Some(reason) = &entry.rejection_reason { br; (reason) }
                                }
                            }
                        }
                    }
                }
            }
            @if let Some(cursor) = &mine.next_cursor {
                nav.pager aria-label=(tr.t(id::VOL_PAGES)) { a href=(format!("/me/hours?cursor={cursor}")) { (tr.t(id::VOL_NEXT_PAGE)) } }
            }
        }
        h2 id="report-heading" { (tr.t(id::VOL_HOURS_REPORT)) }
        @if options.is_empty() {
            p { (tr.t(id::VOL_HOURS_NOTHING_TO_REPORT)) }
        } @else {
            @if !errors.is_empty() { div.alert role="alert" { (tr.t(id::VOL_FIX_FIELDS)) } }
            form.stack method="post" action="/me/hours" aria-labelledby="report-heading" novalidate {
                (csrf_field(visitor))
                div.field {
                    label for="field-target" { (tr.t(id::VOL_HOURS_FOR)) }
                    select id="field-target" name="target" required
                        aria-invalid=[target_error.as_ref().map(|_| "true")]
                        aria-describedby=[target_error.as_ref().map(|_| "field-target-error")] {
                        @for (value, text) in &options { option value=(value) selected[*value == form.target] { (text) } }
                    }
                    @if let Some(message) = &target_error { p.error id="field-target-error" { (message) } }
                }
                (Input::new("work_date", tr.t(id::VOL_HOURS_DAY), &form.work_date).kind("date").hint(tr.t(id::VOL_HOURS_DAY_HINT)).error(error("work_date")).render())
                (Input::new("hours", tr.t(id::VOL_HOURS_AMOUNT), &form.hours).kind("number").required().hint(tr.t(id::VOL_HOURS_AMOUNT_HINT)).error(error("minutes")).render())
                (Input::new("description", tr.t(id::VOL_HOURS_DESCRIPTION), &form.description).kind("textarea").error(error("description")).render())
                div.actions { button type="submit" { (tr.t(id::VOL_HOURS_SUBMIT)) } }
            }
        }
    };
    Ok(visitor.html(status, layout::page(visitor, &title, body).into_string()))
}

async fn hours_list(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    hours_page(
        &visitor,
        &req,
        &state,
        &ReportForm::default(),
        &[],
        None,
        StatusCode::OK,
    )
    .await
}

/// The API's body from the form, or the fields the page finds wrong.
fn report_request(form: &ReportForm) -> Result<ReportHoursRequest, Vec<String>> {
    let mut wrong = Vec::new();
    let (application_id, organization_id) = match form.target.split_once(':') {
        Some(("application", raw)) => (Uuid::parse_str(raw).ok(), None),
        Some(("organization", raw)) => (None, Uuid::parse_str(raw).ok()),
        _ => (None, None),
    };
    if application_id.is_none() && organization_id.is_none() {
        wrong.push("target".to_owned());
    }
    let work_date = match form.work_date.as_str() {
        "" => None,
        raw => NaiveDate::parse_from_str(raw, "%Y-%m-%d")
            .map_err(|_| wrong.push("work_date".to_owned()))
            .ok(),
    };
    let minutes = match form.hours.replace(',', ".").parse::<f64>() {
        Ok(hours) if hours.is_finite() && hours > 0.0 && hours <= 24.0 => {
            (hours * 60.0).round() as i64
        }
        _ => {
            wrong.push("minutes".to_owned());
            0
        }
    };
    if !wrong.is_empty() {
        return Err(wrong);
    }
    Ok(ReportHoursRequest {
        application_id,
        organization_id,
        corrects_id: None,
        work_date,
        minutes,
        description: (!form.description.is_empty()).then(|| form.description.clone()),
    })
}

async fn report(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (data, user) = FormData::signed_in(&visitor, &req, &body, |_| "/me/hours".into())?;
    let text = |name: &str| data.text(name).unwrap_or_default().to_owned();
    let form = ReportForm {
        target: text("target"),
        work_date: text("work_date"),
        hours: text("hours"),
        description: text("description"),
    };
    let outcome = match report_request(&form) {
        Err(fields) => Err(fields),
        Ok(request) => {
            let parsed = request.parse();
            let reported = match parsed {
                Ok(report) => {
                    db::transaction(&state.db, move |conn| {
                        hours::service::report(conn, user, &report, Utc::now())
                    })
                    .await
                }
                Err(error) => Err(error),
            };
            match reported {
                Ok(_) => return Ok(see_other("/me/hours?done=reported")),
                Err(error) => match (invalid_fields(&error), refusal(visitor.tr(), &error)) {
                    (Some(fields), _) => Err(fields
                        .into_iter()
                        .map(|field| match field.as_str() {
                            "application_id" | "organization_id" | "corrects_id" => {
                                "target".to_owned()
                            }
                            _ => field,
                        })
                        .collect()),
                    (None, Some(alert)) => Ok(alert),
                    (None, None) => {
                        return Err(PageError::Api {
                            lang: visitor.lang,
                            error,
                        });
                    }
                },
            }
        }
    };
    match outcome {
        Err(fields) => {
            hours_page(
                &visitor,
                &req,
                &state,
                &form,
                &fields,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Ok(alert) => {
            hours_page(
                &visitor,
                &req,
                &state,
                &form,
                &[],
                Some(alert),
                StatusCode::CONFLICT,
            )
            .await
        }
    }
}

// Agreements.

async fn agreements_page(
    visitor: &Visitor,
    req: &HttpRequest,
    state: &AppState,
    alert: Option<String>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let lang = visitor.lang;
    let tr = visitor.tr();
    let page = page_of(req, lang)?;
    let listed = db::run(&state.db, move |conn| {
        agreements::service::agreements_of(conn, Some(user), None, &page)
    })
    .await
    .or_page(lang)?;
    let title = tr.t(id::VOL_AGREEMENTS_TITLE);
    let body = html! {
        (layout::notice(layout::done_notice(visitor, req, &[("accepted", id::VOL_AGREEMENT_ACCEPTED)])))
        @if let Some(alert) = &alert { div.alert role="alert" { (alert) } }
        h1 { (title) }
        p.lead { (tr.t(id::VOL_AGREEMENTS_LEAD)) }
        @if listed.items.is_empty() {
            p { (tr.t(id::VOL_AGREEMENTS_NONE)) }
        }
        @for agreement in &listed.items {
            @let heading = format!("agreement-{}", agreement.id);
            section.card aria-labelledby=(heading) {
                h2 id=(heading) { (agreement.organization.name.clone().unwrap_or_default()) }
                p { span class=(format!("status-{}", agreement.status)) { (tr.of(id::VOL_AGREEMENT_STATUS, agreement.status.as_str())) } }
                dl {
                    dt { (tr.t(id::VOL_AGREEMENT_SCOPE)) } dd { (agreement.scope) }
                    dt { (tr.t(id::VOL_AGREEMENT_PLACE)) } dd { (agreement.place) }
                    dt { (tr.t(id::VOL_AGREEMENT_PERIOD)) }
                    dd { (tr.with(id::VOL_AGREEMENT_PERIOD_VALUE, &[("from", FluentValue::from(agreement.starts_on.to_string())), ("until", FluentValue::from(agreement.ends_on.to_string())), ("hours", FluentValue::from(agreement.hours_per_week))])) }
                    dt { (tr.t(id::VOL_AGREEMENT_TERMINATION)) } dd { (agreement.termination_terms) }
                    @if let Some(insurance) = &agreement.insurance_statement { dt { (tr.t(id::VOL_AGREEMENT_INSURANCE)) } dd { (insurance) } }
                }
                @if agreement.status == "proposed" {
                    @let prefix = format!("agreement-{}", agreement.id);
                    form.stack method="post" action=(format!("/me/agreements/{}/accept", agreement.id)) {
                        (csrf_field(visitor))
                        fieldset {
                            legend { (tr.t(id::VOL_GUARDIAN_LEGEND)) }
                            p.hint { (tr.t(id::VOL_AGREEMENT_GUARDIAN_HINT)) }
                            div.field {
                                label.check for=(format!("{prefix}-consent")) {
                                    input id=(format!("{prefix}-consent")) type="checkbox" name="guardian_consent" value="true";
                                    (tr.t(id::VOL_GUARDIAN_CONSENT))
                                }
                            }
                            div.field {
                                label for=(format!("{prefix}-guardian")) { (tr.t(id::VOL_GUARDIAN_NAME)) }
                                input id=(format!("{prefix}-guardian")) type="text" name="guardian_name" autocomplete="off";
                            }
                        }
                        div.actions { button type="submit" aria-describedby=(heading) { (tr.t(id::VOL_AGREEMENT_ACCEPT)) } }
                    }
                }
            }
        }
        @if let Some(cursor) = &listed.next_cursor {
            nav.pager aria-label=(tr.t(id::VOL_PAGES)) { a href=(format!("/me/agreements?cursor={cursor}")) { (tr.t(id::VOL_NEXT_PAGE)) } }
        }
    };
    Ok(visitor.html(status, layout::page(visitor, &title, body).into_string()))
}

async fn agreements_list(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    agreements_page(&visitor, &req, &state, None, StatusCode::OK).await
}

async fn accept_agreement(
    visitor: Visitor,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (form, volunteer) =
        FormData::signed_in(&visitor, &req, &body, |_| "/me/agreements".into())?;
    let agreement = parse_id(visitor.lang, &path)?;
    let request = AcceptAgreementRequest {
        guardian_name: form.text("guardian_name").map(str::to_owned),
        guardian_consent: form.checked("guardian_consent").then_some(true),
    };
    let accepted = match request.parse() {
        Ok(guardian) => {
            let outbox = state.email_outbox;
            db::transaction(&state.db, move |conn| {
                agreements::service::accept(
                    conn,
                    outbox,
                    agreement,
                    volunteer,
                    guardian.as_ref(),
                    Utc::now(),
                )
            })
            .await
        }
        Err(error) => Err(error),
    };
    match accepted {
        Ok(_) => Ok(see_other("/me/agreements?done=accepted")),
        Err(error) => {
            let alert = match (refusal(visitor.tr(), &error), invalid_fields(&error)) {
                (Some(alert), _) => alert,
                (None, Some(_)) => visitor.tr().t(id::VOL_AGREEMENT_GUARDIAN_INVALID),
                (None, None) => {
                    return Err(PageError::Api {
                        lang: visitor.lang,
                        error,
                    });
                }
            };
            let status = if matches!(error, crate::error::ApiError::Conflict { .. }) {
                StatusCode::CONFLICT
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            agreements_page(&visitor, &req, &state, Some(alert), status).await
        }
    }
}

// Certificates.

async fn certificates_page(
    visitor: &Visitor,
    state: &AppState,
    alert: Option<String>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let lang = visitor.lang;
    let tr = visitor.tr();
    let first = PageRequest {
        limit: 1,
        after: None,
    };
    let mine = db::run(&state.db, move |conn| {
        hours::service::hours_of(conn, user, None, &first)
    })
    .await
    .or_page(lang)?;
    let title = tr.t(id::VOL_CERTIFICATES_TITLE);
    let body = html! {
        @if let Some(alert) = &alert { div.alert role="alert" { (alert) } }
        h1 { (title) }
        p.lead { (tr.t(id::VOL_CERTIFICATES_LEAD)) }
        @if mine.totals.by_organization.is_empty() {
            p { (tr.t(id::VOL_CERTIFICATES_NONE)) " " a href="/me/hours" { (tr.t(id::VOL_HOURS_TITLE)) } }
        } @else {
            div.table-wrap {
                table {
                    caption { (tr.t(id::VOL_CERTIFICATES_CAPTION)) }
                    (table_head(tr, &[(id::VOL_COLUMN_ORGANIZATION, false), (id::VOL_HOURS_APPROVED, true), (id::VOL_COLUMN_CERTIFICATE, false)]))
                    tbody {
                        @for row in &mine.totals.by_organization {
                            tr {
                                th scope="row" { (row.organization_name) }
                                td.num { (minutes_text(tr, row.minutes)) }
                                td { a href=(format!("/me/certificates/{}.pdf", row.organization_id)) { (tr.with(id::VOL_CERTIFICATE_DOWNLOAD, &[("organization", FluentValue::from(row.organization_name.as_str()))])) } }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(visitor.html(status, layout::page(visitor, &title, body).into_string()))
}

async fn certificates_list(
    visitor: Visitor,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    certificates_page(&visitor, &state, None, StatusCode::OK).await
}

async fn certificate_pdf(
    visitor: Visitor,
    state: web::Data<AppState>,
    documents: web::Data<Documents>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let user = visitor.require_user()?.id;
    let organization = match path.strip_suffix(".pdf") {
        Some(raw) => parse_id(visitor.lang, raw)?,
        None => parse_id(visitor.lang, "")?,
    };
    let issued = certificates::service::issue_document(
        &state.db,
        documents.into_inner(),
        user,
        organization,
        true,
    )
    .await;
    match issued {
        Ok((row, Some(pdf))) => Ok(HttpResponse::Ok()
            .content_type("application/pdf")
            .insert_header((
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"certificate-{}.pdf\"", row.code),
            ))
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(pdf)),
        Ok((_, None)) => Err(PageError::internal(
            "a certificate was drawn without its PDF",
        )),
        Err(error) => {
            let alert = refused(&visitor, error)?;
            certificates_page(&visitor, &state, Some(alert), StatusCode::CONFLICT).await
        }
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/me/hours", web::get().to(hours_list))
        .route("/me/hours", web::post().to(report))
        .route("/me/agreements", web::get().to(agreements_list))
        .route(
            "/me/agreements/{id}/accept",
            web::post().to(accept_agreement),
        )
        .route("/me/certificates", web::get().to(certificates_list))
        .route("/me/certificates/{name}", web::get().to(certificate_pdf));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_names_what_it_is_for_and_its_time_in_minutes() {
        let form = ReportForm {
            target: format!("organization:{}", Uuid::nil()),
            hours: "2,5".into(),
            ..ReportForm::default()
        };
        let request = report_request(&form).expect("valid");
        assert_eq!(request.minutes, 150);
        assert_eq!(request.organization_id, Some(Uuid::nil()));
        let wrong = ReportForm {
            target: "nothing".into(),
            hours: "0".into(),
            work_date: "5.12.2026".into(),
            ..ReportForm::default()
        };
        assert_eq!(
            report_request(&wrong).err(),
            Some(vec![
                "target".to_owned(),
                "work_date".to_owned(),
                "minutes".to_owned()
            ])
        );
    }
}
