DROP TABLE notifications;
DROP TABLE skills;
DROP TABLE organization_members;
DROP TABLE organizations;
DROP EXTENSION IF EXISTS pg_trgm;
