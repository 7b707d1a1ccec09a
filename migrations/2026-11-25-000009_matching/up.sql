-- Matching prunes in the database before the engine scores in Rust.
-- A volunteer's home as earthdistance's point (for nearest-first scans of
-- candidates) and the box their travel distance reaches (a cheap per-row
-- test that the opportunity's place may be within reach; the engine then
-- checks the exact distance). Both are computed when the profile is written.
ALTER TABLE volunteer_profiles ADD COLUMN home_point cube
    GENERATED ALWAYS AS (ll_to_earth(home_lat, home_lon)::cube) STORED;
ALTER TABLE volunteer_profiles ADD COLUMN reach cube
    GENERATED ALWAYS AS (earth_box(ll_to_earth(home_lat, home_lon), max_distance_km * 1000.0::float8)) STORED;

-- Candidates of an opportunity: discoverable volunteers, nearest first.
CREATE INDEX volunteer_profiles_candidates_idx ON volunteer_profiles USING gist (home_point)
    WHERE discoverable AND home_point IS NOT NULL;
DROP INDEX volunteer_profiles_discoverable_idx;

-- A volunteer's matches read the next few open shifts of each opportunity
-- considered, with their end, from the index alone.
DROP INDEX shifts_open_idx;
CREATE INDEX shifts_open_idx ON shifts (opportunity_id, starts_at) INCLUDE (ends_at)
    WHERE cancelled_at IS NULL AND confirmed_count < capacity;

-- What matching tests on every row it walks, held in the row itself: the
-- skills and languages of a profile and the ISO weekdays (bit n for day n)
-- it has windows on; the required skills and the languages of an
-- opportunity. The child tables stay the record; the service rewrites
-- these with them (see the `refresh_matching_columns` statements in the
-- volunteers' and opportunities' stores).
ALTER TABLE volunteer_profiles
    ADD COLUMN skill_ids uuid[] NOT NULL DEFAULT '{}',
    ADD COLUMN language_codes text[] NOT NULL DEFAULT '{}',
    ADD COLUMN availability_days smallint NOT NULL DEFAULT 0;
ALTER TABLE opportunities
    ADD COLUMN required_skill_ids uuid[] NOT NULL DEFAULT '{}',
    ADD COLUMN language_codes text[] NOT NULL DEFAULT '{}';

UPDATE volunteer_profiles p SET
    skill_ids = coalesce((SELECT array_agg(skill_id ORDER BY skill_id) FROM volunteer_skills s WHERE s.user_id = p.user_id), '{}'),
    language_codes = coalesce((SELECT array_agg(code ORDER BY code) FROM volunteer_languages l WHERE l.user_id = p.user_id), '{}'),
    availability_days = coalesce((SELECT bit_or(1 << weekday) FROM volunteer_availability a WHERE a.user_id = p.user_id), 0);
UPDATE opportunities o SET
    required_skill_ids = coalesce((SELECT array_agg(skill_id ORDER BY skill_id) FROM opportunity_skills s WHERE s.opportunity_id = o.id AND s.required), '{}'),
    language_codes = coalesce((SELECT array_agg(code ORDER BY code) FROM opportunity_languages l WHERE l.opportunity_id = o.id), '{}');

-- Candidates of remote work (no place to be near): by a required skill,
-- or else the most recently updated profiles first.
CREATE INDEX volunteer_profiles_skills_idx ON volunteer_profiles USING gin (skill_ids) WHERE discoverable;
CREATE INDEX volunteer_profiles_recent_idx ON volunteer_profiles (updated_at DESC) WHERE discoverable;

-- Search by language: with the text index, a bitmap AND of two GIN indexes
-- fetches only the rows that have both (a frequent word with `de`: 466
-- rows instead of 7 200).
CREATE INDEX opportunities_languages_idx ON opportunities USING gin (language_codes)
    WHERE status = 'published';
