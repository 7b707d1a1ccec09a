-- Searching published opportunities at the scale of 100 000 opportunities
-- and 1 000 000 shifts: full text, distance, skills, languages, causes,
-- shift windows, and "soonest first".

CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

-- Title and description folded by the service (lower case, no diacritics),
-- indexed both as plain words (Polish has no stemmer here; prefix queries
-- catch its inflections) and as English stems.
ALTER TABLE opportunities ADD COLUMN search_text text NOT NULL DEFAULT '';
ALTER TABLE opportunities ADD COLUMN search_document tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', search_text) || to_tsvector('english', search_text)) STORED;

-- The start of the opportunity's next shift that has not started yet,
-- cached for "soonest first"; refreshed whenever its shifts change and,
-- once it has passed, by the service's periodic refresh.
ALTER TABLE opportunities ADD COLUMN next_shift_at timestamptz;

CREATE INDEX opportunities_search_idx ON opportunities USING gin (search_document);
CREATE INDEX opportunities_soonest_idx ON opportunities (next_shift_at, id) WHERE status = 'published';
CREATE INDEX opportunities_newest_idx ON opportunities (published_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX opportunities_cause_soonest_idx ON opportunities (cause, next_shift_at, id) WHERE status = 'published';
CREATE INDEX opportunities_location_idx ON opportunities USING gist (ll_to_earth(lat, lon))
    WHERE status = 'published' AND lat IS NOT NULL;
CREATE INDEX opportunity_languages_code_idx ON opportunity_languages (code, opportunity_id);
DROP INDEX opportunity_skills_skill_idx;
CREATE INDEX opportunity_skills_skill_idx ON opportunity_skills (skill_id, opportunity_id);
-- Shifts that can still take a volunteer.
CREATE INDEX shifts_open_idx ON shifts (opportunity_id, starts_at)
    WHERE cancelled_at IS NULL AND confirmed_count < capacity;
