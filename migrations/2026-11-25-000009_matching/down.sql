DROP INDEX opportunities_languages_idx;
DROP INDEX volunteer_profiles_recent_idx;
DROP INDEX volunteer_profiles_skills_idx;
ALTER TABLE opportunities DROP COLUMN language_codes, DROP COLUMN required_skill_ids;
ALTER TABLE volunteer_profiles DROP COLUMN availability_days, DROP COLUMN language_codes, DROP COLUMN skill_ids;
DROP INDEX shifts_open_idx;
CREATE INDEX shifts_open_idx ON shifts (opportunity_id, starts_at)
    WHERE cancelled_at IS NULL AND confirmed_count < capacity;
CREATE INDEX volunteer_profiles_discoverable_idx ON volunteer_profiles (user_id) WHERE discoverable;
DROP INDEX volunteer_profiles_candidates_idx;
ALTER TABLE volunteer_profiles DROP COLUMN reach;
ALTER TABLE volunteer_profiles DROP COLUMN home_point;
