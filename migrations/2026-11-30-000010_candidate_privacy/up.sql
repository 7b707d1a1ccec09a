-- Candidates are found and ranked from the centre of the grid cell a home
-- lies in, never from the home itself, so that an organisation moving its
-- opportunity's place learns nothing finer than the cell (about 2 km
-- across). The cell is the domain's `matching::privacy::home_cell`: the
-- same IEEE operations on float8, so both agree to the bit.
DROP INDEX volunteer_profiles_candidates_idx;
ALTER TABLE volunteer_profiles DROP COLUMN home_point, DROP COLUMN reach;
ALTER TABLE volunteer_profiles
    ADD COLUMN home_cell_lat float8 GENERATED ALWAYS AS
        (least((floor(home_lat / 0.02::float8) + 0.5::float8) * 0.02::float8, 90::float8)) STORED,
    ADD COLUMN home_cell_lon float8 GENERATED ALWAYS AS
        (least((floor(home_lon / 0.03::float8) + 0.5::float8) * 0.03::float8, 180::float8)) STORED;
-- Generated columns cannot read each other: the cell is written out again.
ALTER TABLE volunteer_profiles
    ADD COLUMN home_point cube GENERATED ALWAYS AS (ll_to_earth(
        least((floor(home_lat / 0.02::float8) + 0.5::float8) * 0.02::float8, 90::float8),
        least((floor(home_lon / 0.03::float8) + 0.5::float8) * 0.03::float8, 180::float8))::cube) STORED,
    ADD COLUMN reach cube GENERATED ALWAYS AS (earth_box(ll_to_earth(
        least((floor(home_lat / 0.02::float8) + 0.5::float8) * 0.02::float8, 90::float8),
        least((floor(home_lon / 0.03::float8) + 0.5::float8) * 0.03::float8, 180::float8)),
        max_distance_km * 1000.0::float8)) STORED;
CREATE INDEX volunteer_profiles_candidates_idx ON volunteer_profiles USING gist (home_point)
    WHERE discoverable AND home_point IS NOT NULL;
