DROP INDEX shifts_starts_idx;
CREATE INDEX shifts_starts_idx ON shifts (starts_at) WHERE cancelled_at IS NULL;
DROP INDEX opportunities_skills_idx;
ALTER TABLE opportunities DROP COLUMN skill_ids;
