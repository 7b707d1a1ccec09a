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
use crate::schema::{opportunities, opportunity_languages, opportunity_skills, shifts};

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

/// Matches counted, at most, to tell a rare search from a common one (see
/// `search`): up to this many are found and sorted from the filters'
/// own indexes, in a few milliseconds whatever the table holds.
const RARE_MATCHES: i64 = 500;

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

/// What search remembers between requests (the assembly keeps one).
#[derive(Default)]
pub struct SearchCaches {
    pub density: DensityCache,
    pub words: CommonWords,
}

/// The lexemes PostgreSQL's statistics call most common in opportunities'
/// texts (`pg_stats.most_common_elems` of `search_document`), read at most
/// every five minutes. A one-word search whose prefix begins none of them
/// is rare enough to read through the text index at once; one that begins
/// one walks the order's index. Bounded: the statistics hold at most ten
/// times the statistics target of lexemes.
#[derive(Default)]
pub struct CommonWords {
    known: std::sync::Mutex<Option<(std::time::Instant, std::sync::Arc<Vec<String>>)>>,
}

impl CommonWords {
    const FRESH_FOR: std::time::Duration = std::time::Duration::from_secs(300);

    /// `None` while PostgreSQL has no statistics of the texts yet.
    fn lexemes(&self, conn: &mut PgConnection) -> QueryResult<Option<std::sync::Arc<Vec<String>>>> {
        let now = std::time::Instant::now();
        let cached = self
            .known
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .as_ref()
            .filter(|(at, _)| now.duration_since(*at) < Self::FRESH_FOR)
            .map(|(_, lexemes)| lexemes.clone());
        if let Some(lexemes) = cached {
            return Ok((!lexemes.is_empty()).then_some(lexemes));
        }
        #[derive(QueryableByName)]
        struct Stats {
            #[diesel(sql_type = diesel::sql_types::Array<Text>)]
            lexemes: Vec<String>,
        }
        let lexemes = std::sync::Arc::new(
            diesel::sql_query(
                "SELECT coalesce(most_common_elems::text::text[], '{}') AS lexemes FROM pg_stats \
                 WHERE schemaname = current_schema() AND tablename = 'opportunities' \
                   AND attname = 'search_document'",
            )
            .get_result::<Stats>(conn)
            .optional()?
            .map_or_else(Vec::new, |stats| stats.lexemes),
        );
        *self
            .known
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some((now, lexemes.clone()));
        Ok((!lexemes.is_empty()).then_some(lexemes))
    }
}

/// The published opportunities matching the first filter of `filter`
/// that matches at most [`RARE_MATCHES`] of them (a superset of the
/// search's matches), or `None` when no such filter is that rare. Each
/// filter is read through its own index and stops after one more than
/// that: skills, languages and windows from the index alone, the words
/// last (see below).
fn rare_filter_matches(
    conn: &mut PgConnection,
    common_words: &CommonWords,
    filter: &SearchFilter,
) -> QueryResult<Option<Vec<Uuid>>> {
    let cap = RARE_MATCHES + 1;
    let few =
        |ids: Vec<Uuid>| (ids.len() <= usize::try_from(RARE_MATCHES).unwrap_or(0)).then_some(ids);
    if let Some(skill) = filter.skill {
        let ids = opportunity_skills::table
            .filter(opportunity_skills::skill_id.eq(skill))
            .select(opportunity_skills::opportunity_id)
            .limit(cap)
            .load(conn)?;
        if let Some(ids) = few(ids) {
            return Ok(Some(ids));
        }
    }
    if let Some(language) = &filter.language {
        let ids = opportunity_languages::table
            .filter(opportunity_languages::code.eq(language))
            .select(opportunity_languages::opportunity_id)
            .limit(cap)
            .load(conn)?;
        if let Some(ids) = few(ids) {
            return Ok(Some(ids));
        }
    }
    if filter.from.is_some() || filter.to.is_some() {
        // Shifts in the window, by their start; an opportunity has several,
        // so a few times the cap of them are read and told apart here.
        let shifts_read = cap * SHIFTS_PER_OPPORTUNITY_READ;
        let mut window = shifts::table
            .filter(shifts::cancelled_at.is_null())
            .select(shifts::opportunity_id)
            .limit(shifts_read)
            .into_boxed();
        if let Some(from) = filter.from {
            window = window.filter(shifts::starts_at.ge(from));
        }
        if let Some(to) = filter.to {
            window = window.filter(shifts::starts_at.lt(to));
        }
        let mut ids: Vec<Uuid> = window.load(conn)?;
        if usize::try_from(shifts_read).is_ok_and(|read| ids.len() < read) {
            ids.sort_unstable();
            ids.dedup();
            if let Some(ids) = few(ids) {
                return Ok(Some(ids));
            }
        }
    }
    if let Some((prefixes, words)) = &filter.text {
        // The text index answers a rare word at once but pays for every
        // posting of a common one (7 ms for a word in 7 % of opportunities,
        // 15 ms for one in all), so a sample tells them apart first: the
        // 500 soonest opportunities, read along their index (under 1 ms).
        // One word is judged by the statistics alone (no query); several
        // may each be common yet rare together, which only a sample tells.
        let one_prefix = (!prefixes.contains('&')).then(|| prefixes.trim_end_matches(":*"));
        let statistics = match one_prefix {
            Some(_) => common_words.lexemes(conn)?,
            None => None,
        };
        let common = match (one_prefix, statistics) {
            (Some(prefix), Some(lexemes)) => {
                lexemes.iter().any(|lexeme| lexeme.starts_with(prefix))
            }
            _ => text_matches_in_sample(conn, prefixes, words)? >= COMMON_IN_SAMPLE,
        };
        if common {
            return Ok(None);
        }
        // Only the text index can answer a word: a table scan is ruled out
        // for this one query, whatever PostgreSQL guesses of the word.
        diesel::sql_query("SET LOCAL enable_seqscan = off").execute(conn)?;
        let ids = opportunities::table
            .filter(opportunities::status.eq("published"))
            .filter(
                sql::<Bool>("opportunities.search_document @@ (to_tsquery('simple', ")
                    .bind::<Text, _>(prefixes.clone())
                    .sql(") || plainto_tsquery('english', ")
                    .bind::<Text, _>(words.clone())
                    .sql("))"),
            )
            .select(opportunities::id)
            .limit(cap)
            .load(conn)?;
        diesel::sql_query("SET LOCAL enable_seqscan = on").execute(conn)?;
        if let Some(ids) = few(ids) {
            return Ok(Some(ids));
        }
    }
    Ok(None)
}

/// Opportunities read to tell a common word from a rare one, and how many
/// of them must match for it to count as common (0.6 %: its page is then
/// found within a few thousand rows of the walk).
const TEXT_SAMPLE: i64 = 500;
const COMMON_IN_SAMPLE: i64 = 3;

/// How many of the [`TEXT_SAMPLE`] soonest published opportunities match
/// the words.
fn text_matches_in_sample(
    conn: &mut PgConnection,
    prefixes: &str,
    words: &str,
) -> QueryResult<i64> {
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = BigInt)]
        count: i64,
    }
    let found: Count = diesel::sql_query(format!(
        "SELECT count(*) AS count FROM (SELECT search_document FROM opportunities \
           WHERE status = 'published' AND next_shift_at IS NOT NULL \
           ORDER BY next_shift_at, id LIMIT {TEXT_SAMPLE}) sample \
         WHERE search_document @@ (to_tsquery('simple', $1) || plainto_tsquery('english', $2))"
    ))
    .bind::<Text, _>(prefixes)
    .bind::<Text, _>(words)
    .get_result(conn)?;
    Ok(found.count)
}

/// Shifts of one opportunity read, at most, per opportunity a window may
/// name before it counts as common.
const SHIFTS_PER_OPPORTUNITY_READ: i64 = 10;

/// A page of the search; run it in a transaction (the distance order sets
/// a planner setting for the transaction only).
pub fn search(
    conn: &mut PgConnection,
    density: &DensityCache,
    common_words: &CommonWords,
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
    let keys_query = |scan: Scan<'_>| {
        let ordered = scan.among.is_none();
        let mut query = opportunities::table
            .filter(opportunities::status.eq("published"))
            .select((
                opportunities::id,
                opportunities::next_shift_at,
                opportunities::published_at,
                chord_sql(),
            ))
            .limit(scan.limit)
            .into_boxed();
        if let Some(among) = scan.among {
            query = query.filter(opportunities::id.eq_any(among.to_vec()));
        }

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
            // Held in the row (migration 000012): a GIN bitmap to AND with others.
            query = query.filter(
                sql::<Bool>("opportunities.skill_ids @> ARRAY[")
                    .bind::<diesel::sql_types::Uuid, _>(skill)
                    .sql("]::uuid[]"),
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
            _ if !ordered => {
                if order == SearchOrder::Soonest {
                    query = query.filter(opportunities::next_shift_at.is_not_null());
                }
                query
            }
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
                query
                    .filter(sql::<Bool>("opportunities.place IS NOT NULL"))
                    .order_by(chord_sql().asc())
            }
        };
        if let Some(other) = scan.at_place_of {
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

    let by_distance_then_id = |keys: &mut Vec<Key>| {
        keys.sort_by(|(a, _, _, da), (b, _, _, db)| {
            da.partial_cmp(db)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.cmp(b))
        });
    };
    // A word, language, skill or time window may match almost nothing, and
    // PostgreSQL cannot tell (a word it has not seen is priced like a common
    // one): walking an ordered index in hope of a page would then read the
    // whole table (100 ms alone, 25 req/s at 16 clients for a nonsense
    // word). So each such filter is first asked, through its own index, for
    // at most RARE_MATCHES + 1 opportunities (under a millisecond for a rare
    // one, a few for the commonest word). The first that has no more holds
    // every match: the other filters are checked on those rows and the page
    // is sorted and cut here, in the same keyset order the walk gives. When
    // every such filter is common, a page lies within about limit ÷ the
    // share of matches of the walk, and PostgreSQL plans it as before (an
    // index in order, or a bitmap AND of the text, skills and languages).
    if let Some(few) = rare_filter_matches(conn, common_words, filter)? {
        if few.is_empty() {
            // A filter that matches nothing: nothing more to ask.
            return Ok(Vec::new());
        }
        let all: Vec<Key> = keys_query(Scan {
            among: Some(&few),
            ..Scan::page(RARE_MATCHES)
        })
        .load(conn)?;
        let keys = page_in_memory(all, order, after, limit);
        return rows_of(conn, keys, order);
    }

    // Otherwise the page's keys come from walking the order's index.
    if order == SearchOrder::Distance {
        // The GiST index answers the box and streams nearest first in one
        // scan. PostgreSQL prices the box at a fixed small share of the
        // rows, so with a cursor's condition on top it chose a bitmap of the
        // whole box and a sort instead: 46 ms for a second page near Toruń,
        // 0.4 ms this way. Local to the search's transaction.
        diesel::sql_query("SET LOCAL enable_bitmapscan = off").execute(conn)?;
    }
    let mut keys: Vec<Key> = keys_query(Scan::page(limit)).load(conn)?;
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
            let group: Vec<Key> = keys_query(Scan {
                at_place_of: Some(probe),
                ..Scan::page(MAX_AT_ONE_PLACE)
            })
            .load(conn)?;
            keys.extend(group.into_iter().filter(|key| !known.contains(&key.0)));
            by_distance_then_id(&mut keys);
            keys.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        }
    }
    rows_of(conn, keys, order)
}

/// What one read of the search's keys covers.
#[derive(Clone, Copy)]
struct Scan<'a> {
    /// Only those at the same place as this opportunity.
    at_place_of: Option<Uuid>,
    limit: i64,
    /// Only these, in no order.
    among: Option<&'a [Uuid]>,
}

impl Scan<'_> {
    fn page(limit: i64) -> Self {
        Self {
            at_place_of: None,
            limit,
            among: None,
        }
    }
}

/// Where `key` stands in `order`.
fn cursor_of(key: &Key, order: SearchOrder) -> SearchCursor {
    match order {
        SearchOrder::Soonest => SearchCursor::Soonest(micros(key.1), key.0),
        SearchOrder::Newest => SearchCursor::Newest(micros(key.2), key.0),
        SearchOrder::Distance => SearchCursor::Distance(key.3.unwrap_or(f64::MAX), key.0),
    }
}

/// The key of a match: id, next shift, publication, chord to `near`.
type Key = (
    Uuid,
    Option<DateTime<Utc>>,
    Option<DateTime<Utc>>,
    Option<f64>,
);

/// The page after `after` of all the matches `keys`, in `order`'s keyset
/// order: what the index walk answers, from keys already read.
fn page_in_memory(
    mut keys: Vec<Key>,
    order: SearchOrder,
    after: Option<SearchCursor>,
    limit: i64,
) -> Vec<Key> {
    let position = |key: &Key| cursor_of(key, order);
    let compare = |a: &SearchCursor, b: &SearchCursor| -> std::cmp::Ordering {
        match (a, b) {
            (SearchCursor::Soonest(a, x), SearchCursor::Soonest(b, y)) => (a, x).cmp(&(b, y)),
            // Newest first: the later publication, then the larger id.
            (SearchCursor::Newest(a, x), SearchCursor::Newest(b, y)) => (b, y).cmp(&(a, x)),
            (SearchCursor::Distance(a, x), SearchCursor::Distance(b, y)) => {
                a.total_cmp(b).then(x.cmp(y))
            }
            _ => std::cmp::Ordering::Equal,
        }
    };
    keys.sort_by(|a, b| compare(&position(a), &position(b)));
    keys.into_iter()
        .filter(|key| {
            after.is_none_or(|after| compare(&position(key), &after) == std::cmp::Ordering::Greater)
        })
        .take(usize::try_from(limit).unwrap_or(usize::MAX))
        .collect()
}

/// The rows of the page's keys, in the keys' order, with their cursors.
fn rows_of(conn: &mut PgConnection, keys: Vec<Key>, order: SearchOrder) -> QueryResult<Vec<Found>> {
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
