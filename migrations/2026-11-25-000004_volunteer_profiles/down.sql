DROP TABLE volunteer_availability;
DROP TABLE volunteer_languages;
DROP TABLE volunteer_skills;
DROP TABLE volunteer_profiles;
