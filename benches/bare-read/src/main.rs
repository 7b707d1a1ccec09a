//! The reference for `hop`'s simple reads: the same JSON as
//! `GET /api/v1/opportunities/{id}` for an anonymous caller, from one
//! prepared query over tokio-postgres, with nothing else (no logging, no
//! metrics, no request ids, no security headers, no token parsing).
//!
//! `HOP_BARE_ADDR` (default 127.0.0.1:8081), `DATABASE_URL`, `HOP_WORKERS`
//! (default: the cores) and `HOP_DB_POOL_SIZE` (default: twice the cores,
//! as `hop`), split evenly across the workers.

use std::{
    sync::atomic::{AtomicUsize, Ordering},
    thread::available_parallelism,
};

use actix_web::{App, HttpResponse, HttpServer, web};
use chrono::{DateTime, Utc};
use serde::Serialize;
use tokio_postgres::{Client, NoTls, Statement};
use uuid::Uuid;

/// One query: the row, its skills and languages as arrays, in the order
/// `hop` lists them (skills by id, languages by code).
const QUERY: &str = "
SELECT o.id, o.organization_id, o.title, o.description, o.cause, o.status, o.min_age,
       o.requires_review, o.works_with_children, o.remote, o.address, o.lat, o.lon,
       o.published_at, o.created_at, o.updated_at,
       ARRAY(SELECT s.skill_id FROM opportunity_skills s WHERE s.opportunity_id = o.id ORDER BY s.skill_id),
       ARRAY(SELECT s.min_level FROM opportunity_skills s WHERE s.opportunity_id = o.id ORDER BY s.skill_id),
       ARRAY(SELECT s.required FROM opportunity_skills s WHERE s.opportunity_id = o.id ORDER BY s.skill_id),
       ARRAY(SELECT l.code FROM opportunity_languages l WHERE l.opportunity_id = o.id ORDER BY l.code),
       ARRAY(SELECT l.min_level FROM opportunity_languages l WHERE l.opportunity_id = o.id ORDER BY l.code)
FROM opportunities o
WHERE o.id = $1 AND o.status = 'published'";

/// A worker's connections, taken in turn (each pipelines its queries).
struct Connections {
    clients: Vec<(Client, Statement)>,
    next: AtomicUsize,
}

impl Connections {
    async fn open(url: &str, count: usize) -> Result<Self, tokio_postgres::Error> {
        let mut clients = Vec::with_capacity(count);
        for _ in 0..count {
            let (client, connection) = tokio_postgres::connect(url, NoTls).await?;
            actix_web::rt::spawn(async move {
                if let Err(err) = connection.await {
                    eprintln!("connection lost: {err}");
                }
            });
            let statement = client.prepare(QUERY).await?;
            clients.push((client, statement));
        }
        Ok(Self {
            clients,
            next: AtomicUsize::new(0),
        })
    }

    fn pick(&self) -> &(Client, Statement) {
        let turn = self.next.fetch_add(1, Ordering::Relaxed);
        &self.clients[turn % self.clients.len()]
    }
}

#[derive(Serialize)]
struct Location {
    lat: f64,
    lon: f64,
    address: Option<String>,
}

#[derive(Serialize)]
struct SkillNeed {
    skill_id: Uuid,
    min_level: i64,
}

#[derive(Serialize)]
struct LanguageNeed {
    code: String,
    min_level: String,
}

#[derive(Serialize)]
struct Opportunity {
    id: Uuid,
    organization_id: Uuid,
    title: String,
    description: String,
    cause: String,
    status: String,
    min_age: i16,
    requires_review: bool,
    works_with_children: bool,
    remote: bool,
    location: Option<Location>,
    required_skills: Vec<SkillNeed>,
    preferred_skills: Vec<SkillNeed>,
    languages: Vec<LanguageNeed>,
    published_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

fn opportunity(row: &tokio_postgres::Row) -> Opportunity {
    let lat: Option<f64> = row.get(11);
    let lon: Option<f64> = row.get(12);
    let skill_ids: Vec<Uuid> = row.get(16);
    let skill_levels: Vec<i16> = row.get(17);
    let skill_required: Vec<bool> = row.get(18);
    let codes: Vec<String> = row.get(19);
    let code_levels: Vec<String> = row.get(20);
    let needs = |required: bool| {
        skill_ids
            .iter()
            .zip(&skill_levels)
            .zip(&skill_required)
            .filter(|(_, is_required)| **is_required == required)
            .map(|((skill_id, level), _)| SkillNeed {
                skill_id: *skill_id,
                min_level: i64::from(*level),
            })
            .collect()
    };
    Opportunity {
        id: row.get(0),
        organization_id: row.get(1),
        title: row.get(2),
        description: row.get(3),
        cause: row.get(4),
        status: row.get(5),
        min_age: row.get(6),
        requires_review: row.get(7),
        works_with_children: row.get(8),
        remote: row.get(9),
        location: lat.zip(lon).map(|(lat, lon)| Location {
            lat,
            lon,
            address: row.get(10),
        }),
        required_skills: needs(true),
        preferred_skills: needs(false),
        languages: codes
            .into_iter()
            .zip(code_levels)
            .map(|(code, min_level)| LanguageNeed { code, min_level })
            .collect(),
        published_at: row.get(13),
        created_at: row.get(14),
        updated_at: row.get(15),
    }
}

async fn get(connections: web::Data<Connections>, id: web::Path<Uuid>) -> HttpResponse {
    let (client, statement) = connections.pick();
    match client.query_opt(statement, &[&id.into_inner()]).await {
        Ok(Some(row)) => HttpResponse::Ok().json(opportunity(&row)),
        Ok(None) => HttpResponse::NotFound().finish(),
        Err(err) => HttpResponse::ServiceUnavailable().body(err.to_string()),
    }
}

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .filter(|value| *value > 0)
        .unwrap_or(default)
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let cores = available_parallelism().map_or(1, usize::from);
    let workers = setting("HOP_WORKERS", cores);
    let per_worker = setting("HOP_DB_POOL_SIZE", 2 * cores).div_ceil(workers);
    let url = std::env::var("DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres:postgres@127.0.0.1:5432/hop".to_owned());
    let addr = std::env::var("HOP_BARE_ADDR").unwrap_or_else(|_| "127.0.0.1:8081".to_owned());
    HttpServer::new(move || {
        let url = url.clone();
        // Each worker runs its own single-threaded runtime; its connections live on it.
        App::new()
            .data_factory(move || {
                let url = url.clone();
                async move { Connections::open(&url, per_worker).await }
            })
            .route("/api/v1/opportunities/{id}", web::get().to(get))
    })
    .workers(workers)
    .bind(addr)?
    .run()
    .await
}
