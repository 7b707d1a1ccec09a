ALTER TABLE applications DROP COLUMN revision;
ALTER TABLE shifts DROP COLUMN revision;
DROP TABLE calendar_tokens;
