DROP INDEX opportunities_soonest_idx;
CREATE INDEX opportunities_soonest_idx ON opportunities (next_shift_at, id) WHERE status = 'published';
DROP INDEX opportunities_place_idx;
CREATE INDEX opportunities_location_idx ON opportunities USING gist (ll_to_earth(lat, lon))
    WHERE status = 'published' AND lat IS NOT NULL;
ALTER TABLE opportunities DROP COLUMN place;
