DROP INDEX volunteer_profiles_candidates_idx;
ALTER TABLE volunteer_profiles
    DROP COLUMN home_point, DROP COLUMN reach, DROP COLUMN home_cell_lat, DROP COLUMN home_cell_lon;
ALTER TABLE volunteer_profiles ADD COLUMN home_point cube
    GENERATED ALWAYS AS (ll_to_earth(home_lat, home_lon)::cube) STORED;
ALTER TABLE volunteer_profiles ADD COLUMN reach cube
    GENERATED ALWAYS AS (earth_box(ll_to_earth(home_lat, home_lon), max_distance_km * 1000.0::float8)) STORED;
CREATE INDEX volunteer_profiles_candidates_idx ON volunteer_profiles USING gist (home_point)
    WHERE discoverable AND home_point IS NOT NULL;
