-- Each opportunity's needs as arrays, in the order the API lists them
-- (skills by id, languages by code), so that reading one opportunity whole
-- is one query with the opportunity row (GET /opportunities/{id}). Each
-- ARRAY(...) is an index range scan on the needs' primary keys.
CREATE VIEW opportunity_needs AS
SELECT o.id AS opportunity_id,
       ARRAY(SELECT s.skill_id FROM opportunity_skills s
             WHERE s.opportunity_id = o.id ORDER BY s.skill_id) AS skill_ids,
       ARRAY(SELECT s.min_level FROM opportunity_skills s
             WHERE s.opportunity_id = o.id ORDER BY s.skill_id) AS skill_levels,
       ARRAY(SELECT s.required FROM opportunity_skills s
             WHERE s.opportunity_id = o.id ORDER BY s.skill_id) AS skill_required,
       ARRAY(SELECT l.code FROM opportunity_languages l
             WHERE l.opportunity_id = o.id ORDER BY l.code) AS language_codes,
       ARRAY(SELECT l.min_level FROM opportunity_languages l
             WHERE l.opportunity_id = o.id ORDER BY l.code) AS language_levels
FROM opportunities o;
