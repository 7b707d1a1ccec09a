//! Places on earthdistance's sphere. Points and distances are computed in
//! Rust once per request and compared in SQL as chords (`cube_distance`),
//! which costs a fraction of `earth_distance`'s trigonometry per row.

use diesel::{dsl::sql, sql_types::Double};

/// The radius of earthdistance's sphere (`earth()`), in metres.
pub const EARTH_RADIUS: f64 = 6_378_168.0;

/// A point on earthdistance's sphere, as `ll_to_earth` makes it and as the
/// `place` column holds it: computed here once, not per row.
pub fn earth_point((lat, lon): (f64, f64)) -> [f64; 3] {
    let (lat, lon) = (lat.to_radians(), lon.to_radians());
    [
        EARTH_RADIUS * lat.cos() * lon.cos(),
        EARTH_RADIUS * lat.cos() * lon.sin(),
        EARTH_RADIUS * lat.sin(),
    ]
}

/// The straight line through the Earth between two points `metres` apart
/// along its surface: comparing chords compares distances, without a
/// trigonometric call per row.
pub fn chord(metres: f64) -> f64 {
    let angle = (metres / EARTH_RADIUS).clamp(0.0, std::f64::consts::PI);
    2.0 * EARTH_RADIUS * (angle / 2.0).sin()
}

/// `cube(ARRAY[x, y, z])` of the point, with bound parameters.
pub fn point_sql<ST: diesel::sql_types::SingleValue>(
    prefix: &str,
    point: [f64; 3],
    suffix: &str,
) -> diesel::expression::SqlLiteral<ST, impl diesel::query_builder::QueryFragment<diesel::pg::Pg>> {
    sql::<ST>(&format!("{prefix}cube(ARRAY["))
        .bind::<Double, _>(point[0])
        .sql(", ")
        .bind::<Double, _>(point[1])
        .sql(", ")
        .bind::<Double, _>(point[2])
        .sql(&format!("]::float8[]){suffix}"))
}
