//! Searching published opportunities. Every filter is served by an index
//! (see migration 000007); the order is one of three keysets, so a deep
//! page costs what the first does.

use chrono::{DateTime, Utc};
use diesel::{
    dsl::sql,
    prelude::*,
    sql_types::{BigInt, Bool, Double, Nullable, Text, Timestamptz},
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::store::OpportunityRow;
use crate::earth::{chord, earth_point, point_sql};
use crate::schema::opportunities;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SearchOrder {
    /// By the next shift's start; only opportunities with an upcoming shift.
    Soonest,
    /// By distance from `near`.
    Distance,
    /// Newest published first.
    Newest,
}

/// Where a page ends: the sort key of its last item, tagged with the order
/// it belongs to. Times are whole microseconds, so comparisons are exact.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum SearchCursor {
    Soonest(i64, Uuid),
    Distance(f64, Uuid),
    Newest(i64, Uuid),
}

/// Times must be instants HOP accepts (the database multiplies an interval
/// by them); a distance is any number JSON can carry.
impl crate::pagination::CursorKey for SearchCursor {
    fn is_in_bounds(&self) -> bool {
        match *self {
            Self::Soonest(at, _) | Self::Newest(at, _) => {
                hop_domain::bounds::instant_from_micros(at).is_ok()
            }
            Self::Distance(chord, _) => chord.is_finite(),
        }
    }
}

impl SearchCursor {
    pub fn order(self) -> SearchOrder {
        match self {
            Self::Soonest(..) => SearchOrder::Soonest,
            Self::Distance(..) => SearchOrder::Distance,
            Self::Newest(..) => SearchOrder::Newest,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct SearchFilter {
    pub organization_id: Option<Uuid>,
    /// A `to_tsquery('simple', …)` of prefix terms, and the folded words for
    /// `plainto_tsquery('english', …)`.
    pub text: Option<(String, String)>,
    pub cause: Option<&'static str>,
    pub skill: Option<Uuid>,
    pub language: Option<String>,
    pub remote: Option<bool>,
    /// Latitude, longitude, radius in metres.
    pub near: Option<(f64, f64, f64)>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
    pub open: bool,
}

pub struct Found {
    pub row: OpportunityRow,
    pub cursor: SearchCursor,
}

fn micros(at: Option<DateTime<Utc>>) -> i64 {
    at.map_or(0, |at| at.timestamp_micros())
}

/// Opportunities read at one place when a page by distance ends among them.
const MAX_AT_ONE_PLACE: i64 = 10_000;

/// Nearest published opportunities examined to tell a dense area from a sparse one.
const DENSITY_PROBE: i64 = 200;

/// Whether at least [`DENSITY_PROBE`] published opportunities lie within the
/// radius: answered by the GiST index's nearest-first scan, in a few ms.
fn is_dense(conn: &mut PgConnection, (lat, lon, radius): (f64, f64, f64)) -> QueryResult<bool> {
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = BigInt)]
        count: i64,
    }
    let [x, y, z] = earth_point((lat, lon));
    let found: Count = diesel::sql_query(format!(
        "SELECT count(*) AS count FROM (SELECT place FROM opportunities \
           WHERE status = 'published' AND place IS NOT NULL \
           ORDER BY place <-> cube(ARRAY[$1, $2, $3]::float8[]) LIMIT {DENSITY_PROBE}) nearest \
         WHERE cube_distance(place, cube(ARRAY[$1, $2, $3]::float8[])) <= $4"
    ))
    .bind::<Double, _>(x)
    .bind::<Double, _>(y)
    .bind::<Double, _>(z)
    .bind::<Double, _>(chord(radius))
    .get_result(conn)?;
    Ok(found.count >= DENSITY_PROBE)
}

/// Remembers which areas are dense, so the probe runs once a minute per
/// area (rounded to about 1 km and 1 km of radius), not on every request.
/// Bounded: the least recently used areas are forgotten first.
pub struct DensityCache {
    areas: std::sync::Mutex<lru::LruCache<AreaKey, (bool, std::time::Instant)>>,
}

/// Latitude and longitude in hundredths of a degree, radius in km.
type AreaKey = (i32, i32, i32);

impl Default for DensityCache {
    fn default() -> Self {
        Self {
            areas: std::sync::Mutex::new(lru::LruCache::new(
                std::num::NonZeroUsize::new(10_000).unwrap_or(std::num::NonZeroUsize::MIN),
            )),
        }
    }
}

impl DensityCache {
    const FRESH_FOR: std::time::Duration = std::time::Duration::from_secs(60);

    fn is_dense(&self, conn: &mut PgConnection, near: (f64, f64, f64)) -> QueryResult<bool> {
        let (lat, lon, radius) = near;
        let key = (
            (lat * 100.0).round() as i32,
            (lon * 100.0).round() as i32,
            (radius / 1000.0).round() as i32,
        );
        let now = std::time::Instant::now();
        let cached = self
            .areas
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .get(&key)
            .filter(|(_, at)| now.duration_since(*at) < Self::FRESH_FOR)
            .map(|(dense, _)| *dense);
        if let Some(dense) = cached {
            return Ok(dense);
        }
        let dense = is_dense(conn, near)?;
        self.areas
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .put(key, (dense, now));
        Ok(dense)
    }
}

/// A page of the search; run it in a transaction (the distance order sets
/// a planner setting for the transaction only).
pub fn search(
    conn: &mut PgConnection,
    density: &DensityCache,
    filter: &SearchFilter,
    order: SearchOrder,
    after: Option<SearchCursor>,
    limit: i64,
) -> QueryResult<Vec<Found>> {
    // PostgreSQL estimates the GiST box at a fixed, small share of the rows,
    // so around Toruń, where a third of them are, it would fetch tens of
    // thousands of rows through the box to sort them. Where the area is
    // dense the box selects little anyway: leaving it out lets the planner
    // walk the soonest (or newest, or a skill's) index and filter by distance,
    // finding a page in a few rows.
    let dense = match filter.near {
        Some(near) if order != SearchOrder::Distance => density.is_dense(conn, near)?,
        _ => false,
    };
    let point = earth_point(filter.near.map_or((0.0, 0.0), |(lat, lon, _)| (lat, lon)));
    // The chord to the place: ordered like the distance, and what the GiST
    // index streams nearest-first.
    let chord_sql = || point_sql::<Nullable<Double>>("(opportunities.place <-> ", point, ")");
    // The page's keys first, from columns the indexes hold (index-only
    // scans), then the rows of just that page. `at_place_of`: only those at
    // the same place as that opportunity (see the distance order below).
    let keys_query = |at_place_of: Option<Uuid>, limit: i64| {
        let mut query = opportunities::table
            .filter(opportunities::status.eq("published"))
            .select((
                opportunities::id,
                opportunities::next_shift_at,
                opportunities::published_at,
                chord_sql(),
            ))
            .limit(limit)
            .into_boxed();

        if let Some(organization) = filter.organization_id {
            query = query.filter(opportunities::organization_id.eq(organization));
        }
        if let Some((prefixes, words)) = &filter.text {
            query = query.filter(
                sql::<Bool>("opportunities.search_document @@ (to_tsquery('simple', ")
                    .bind::<Text, _>(prefixes.clone())
                    .sql(") || plainto_tsquery('english', ")
                    .bind::<Text, _>(words.clone())
                    .sql("))"),
            );
        }
        if let Some(cause) = filter.cause {
            query = query.filter(opportunities::cause.eq(cause));
        }
        if let Some(remote) = filter.remote {
            query = query.filter(opportunities::remote.eq(remote));
        }
        if let Some(skill) = filter.skill {
            query = query.filter(
            sql::<Bool>("EXISTS (SELECT 1 FROM opportunity_skills s WHERE s.opportunity_id = opportunities.id AND s.skill_id = ")
                .bind::<diesel::sql_types::Uuid, _>(skill)
                .sql(")"),
        );
        }
        if let Some(language) = &filter.language {
            query = query.filter(
                sql::<Bool>("opportunities.language_codes @> ARRAY[")
                    .bind::<Text, _>(language.clone())
                    .sql("]"),
            );
        }
        if let Some((_, _, radius)) = filter.near {
            // Also what makes the partial GiST index usable.
            query = query.filter(sql::<Bool>("opportunities.place IS NOT NULL"));
            let within = chord(radius);
            if !dense {
                // The box is what the GiST index answers; the distance trims its corners.
                query = query.filter(
                    point_sql::<Bool>("cube_enlarge(", point, ", ")
                        .bind::<Double, _>(within)
                        .sql(", 3) @> opportunities.place"),
                );
            }
            query = query.filter(
                point_sql::<Bool>("cube_distance(opportunities.place, ", point, ") <= ")
                    .bind::<Double, _>(within),
            );
        }
        if filter.from.is_some() || filter.to.is_some() {
            query = query.filter(
            sql::<Bool>("EXISTS (SELECT 1 FROM shifts w WHERE w.opportunity_id = opportunities.id AND w.cancelled_at IS NULL AND w.starts_at >= coalesce(")
                .bind::<Nullable<Timestamptz>, _>(filter.from)
                .sql(", '-infinity') AND w.starts_at < coalesce(")
                .bind::<Nullable<Timestamptz>, _>(filter.to)
                .sql(", 'infinity'))"),
        );
        }
        if filter.open {
            query = query.filter(sql::<Bool>(
            "EXISTS (SELECT 1 FROM shifts f WHERE f.opportunity_id = opportunities.id \
             AND f.cancelled_at IS NULL AND f.confirmed_count < f.capacity AND f.starts_at > now())",
        ));
        }

        query = match order {
            SearchOrder::Soonest => {
                query = query.filter(opportunities::next_shift_at.is_not_null());
                if let Some(SearchCursor::Soonest(at, id)) = after {
                    query = query.filter(
                    sql::<Bool>("(opportunities.next_shift_at, opportunities.id) > (timestamptz 'epoch' + interval '1 microsecond' * ")
                        .bind::<BigInt, _>(at)
                        .sql(", ")
                        .bind::<diesel::sql_types::Uuid, _>(id)
                        .sql(")"),
                );
                }
                query.order_by((opportunities::next_shift_at, opportunities::id))
            }
            SearchOrder::Newest => {
                if let Some(SearchCursor::Newest(at, id)) = after {
                    query = query.filter(
                    sql::<Bool>("(opportunities.published_at, opportunities.id) < (timestamptz 'epoch' + interval '1 microsecond' * ")
                        .bind::<BigInt, _>(at)
                        .sql(", ")
                        .bind::<diesel::sql_types::Uuid, _>(id)
                        .sql(")"),
                );
                }
                query.order_by((opportunities::published_at.desc(), opportunities::id.desc()))
            }
            SearchOrder::Distance => {
                if let Some(SearchCursor::Distance(after_chord, id)) = after {
                    query = query.filter(
                        point_sql::<Bool>(
                            "((opportunities.place <-> ",
                            point,
                            "), opportunities.id) > (",
                        )
                        .bind::<Double, _>(after_chord)
                        .sql(", ")
                        .bind::<diesel::sql_types::Uuid, _>(id)
                        .sql(")"),
                    );
                }
                // Nearest first by the index alone (a tie-breaker would stop the
                // index from streaming); ties are put in id order below.
                query.order_by(chord_sql().asc())
            }
        };
        if let Some(other) = at_place_of {
            // `=` on cubes (the same point) is answered by the GiST index on places.
            query = query.filter(
                sql::<Bool>(
                    "opportunities.place = (SELECT t.place FROM opportunities t WHERE t.id = ",
                )
                .bind::<diesel::sql_types::Uuid, _>(other)
                .sql(")"),
            );
        }
        query
    };

    type Key = (
        Uuid,
        Option<DateTime<Utc>>,
        Option<DateTime<Utc>>,
        Option<f64>,
    );
    let by_distance_then_id = |keys: &mut Vec<Key>| {
        keys.sort_by(|(a, _, _, da), (b, _, _, db)| {
            da.partial_cmp(db)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.cmp(b))
        });
    };
    if order == SearchOrder::Distance {
        // The GiST index answers the box and streams nearest first in one
        // scan. PostgreSQL prices the box at a fixed small share of the
        // rows, so with a cursor's condition on top it chose a bitmap of the
        // whole box and a sort instead: 46 ms for a second page near Toruń,
        // 0.4 ms this way. Local to the search's transaction.
        diesel::sql_query("SET LOCAL enable_bitmapscan = off").execute(conn)?;
    }
    let mut keys: Vec<Key> = keys_query(None, limit).load(conn)?;
    if order == SearchOrder::Distance {
        by_distance_then_id(&mut keys);
        // The index returns equal distances (one address, several
        // opportunities) in no set order. When the fetch ends inside such a
        // group, the rest of it may hold smaller ids that the next page's
        // cursor would pass over: the whole group is read, and the page is
        // cut in id order.
        let cut_inside_a_group = match keys.as_slice() {
            [.., last, probe] => {
                usize::try_from(limit).is_ok_and(|limit| keys.len() == limit) && last.3 == probe.3
            }
            _ => false,
        };
        if let Some(probe) = keys.last().filter(|_| cut_inside_a_group).map(|key| key.0) {
            let known: std::collections::HashSet<Uuid> = keys.iter().map(|key| key.0).collect();
            let group: Vec<Key> = keys_query(Some(probe), MAX_AT_ONE_PLACE).load(conn)?;
            keys.extend(group.into_iter().filter(|key| !known.contains(&key.0)));
            by_distance_then_id(&mut keys);
            keys.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        }
    }
    let ids: Vec<Uuid> = keys.iter().map(|(id, ..)| *id).collect();
    let mut rows: std::collections::HashMap<Uuid, OpportunityRow> = opportunities::table
        .filter(opportunities::id.eq_any(&ids))
        .select(OpportunityRow::as_select())
        .load(conn)?
        .into_iter()
        .map(|row| (row.id, row))
        .collect();
    // A row gone between the two reads (deleted meanwhile) is left out.
    Ok(keys
        .into_iter()
        .filter_map(|(id, next_shift_at, published_at, chord)| {
            let cursor = match order {
                SearchOrder::Soonest => SearchCursor::Soonest(micros(next_shift_at), id),
                SearchOrder::Newest => SearchCursor::Newest(micros(published_at), id),
                SearchOrder::Distance => SearchCursor::Distance(chord.unwrap_or(f64::MAX), id),
            };
            rows.remove(&id).map(|row| Found { row, cursor })
        })
        .collect())
}
