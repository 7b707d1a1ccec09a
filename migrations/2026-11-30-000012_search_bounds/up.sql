-- Searches whose filters each match many opportunities but together few
-- are answered by ANDing the filters' bitmaps (see `search` in
-- api/src/opportunities/search.rs). Every skill an opportunity names is held
-- in the row, like its languages, so a skill is one more GIN bitmap; the
-- child table stays the record and the service rewrites this column with it.
ALTER TABLE opportunities ADD COLUMN skill_ids uuid[] NOT NULL DEFAULT '{}';
UPDATE opportunities o SET skill_ids = coalesce((SELECT array_agg(skill_id ORDER BY skill_id)
    FROM opportunity_skills s WHERE s.opportunity_id = o.id), '{}');
CREATE INDEX opportunities_skills_idx ON opportunities USING gin (skill_ids)
    WHERE status = 'published';

-- A search's time window asks first which opportunities have shifts in it:
-- with the opportunity in the index, thousands of shifts are read from the
-- index alone.
DROP INDEX shifts_starts_idx;
CREATE INDEX shifts_starts_idx ON shifts (starts_at) INCLUDE (opportunity_id) WHERE cancelled_at IS NULL;
