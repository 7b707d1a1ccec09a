DROP TABLE safeguarding_checks;
DROP TABLE applications;
DROP TABLE shifts;
DROP TABLE opportunity_languages;
DROP TABLE opportunity_skills;
DROP TABLE opportunities;
DROP EXTENSION IF EXISTS btree_gist;
