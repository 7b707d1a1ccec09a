-- Volunteers' profiles: who they are (age, home, reach), what they offer
-- (skills, languages), when (weekly availability in Europe/Warsaw local
-- time) and what for (causes). Sign-up rules read `birth_date` and the
-- guardian's consent; matching filters on the indexed columns below.
-- The service validates everything first (ISO codes, the age limits, no
-- overlapping windows); the named constraints are the last line.

CREATE TABLE volunteer_profiles (
    user_id          uuid        PRIMARY KEY
        CONSTRAINT volunteer_profiles_user_exists REFERENCES users (id) ON DELETE CASCADE,
    birth_date       date
        CONSTRAINT volunteer_profiles_birth_date_range CHECK (birth_date >= DATE '1900-01-01'),
    home_city        text
        CONSTRAINT volunteer_profiles_home_city_length CHECK (char_length(home_city) BETWEEN 1 AND 100),
    -- ISO 3166-1 alpha-2, upper case.
    home_country     text
        CONSTRAINT volunteer_profiles_home_country_format CHECK (home_country ~ '^[A-Z]{2}$'),
    home_lat         double precision
        CONSTRAINT volunteer_profiles_home_lat_range CHECK (home_lat BETWEEN -90 AND 90),
    home_lon         double precision
        CONSTRAINT volunteer_profiles_home_lon_range CHECK (home_lon BETWEEN -180 AND 180),
    max_distance_km  smallint
        CONSTRAINT volunteer_profiles_max_distance_range CHECK (max_distance_km BETWEEN 0 AND 1000),
    causes           text[]      NOT NULL DEFAULT '{}'
        CONSTRAINT volunteer_profiles_causes_valid CHECK (causes <@ ARRAY[
            'children', 'seniors', 'disability', 'health', 'education', 'refugees', 'poverty',
            'animals', 'environment', 'culture', 'sport', 'community', 'emergency', 'human_rights']::text[]),
    -- Organisations may find the volunteer among an opportunity's candidates.
    discoverable     boolean     NOT NULL DEFAULT false,
    -- A minor's guardian consented; recorded with who gave it and when.
    guardian_consent boolean     NOT NULL DEFAULT false,
    guardian_name    text
        CONSTRAINT volunteer_profiles_guardian_name_length CHECK (char_length(guardian_name) BETWEEN 1 AND 200),
    guardian_consent_recorded_at timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT volunteer_profiles_home_pair CHECK ((home_lat IS NULL) = (home_lon IS NULL)),
    CONSTRAINT volunteer_profiles_guardian_consent_recorded CHECK (
        guardian_consent = (guardian_name IS NOT NULL)
        AND guardian_consent = (guardian_consent_recorded_at IS NOT NULL))
);

-- Candidates: discoverable volunteers who care about a cause.
CREATE INDEX volunteer_profiles_causes_idx ON volunteer_profiles USING gin (causes);
CREATE INDEX volunteer_profiles_discoverable_idx ON volunteer_profiles (user_id) WHERE discoverable;
-- Statistics by home country and city.
CREATE INDEX volunteer_profiles_home_idx ON volunteer_profiles (home_country, home_city);

CREATE TABLE volunteer_skills (
    user_id  uuid     NOT NULL
        CONSTRAINT volunteer_skills_profile_exists REFERENCES volunteer_profiles (user_id) ON DELETE CASCADE,
    -- Skills are deprecated, never deleted.
    skill_id uuid     NOT NULL
        CONSTRAINT volunteer_skills_skill_exists REFERENCES skills (id),
    -- 1 basic, 2 experienced, 3 expert.
    level    smallint NOT NULL
        CONSTRAINT volunteer_skills_level_range CHECK (level BETWEEN 1 AND 3),
    CONSTRAINT volunteer_skills_unique PRIMARY KEY (user_id, skill_id)
);

-- Volunteers with a skill at a level (matching; supply of a skill).
CREATE INDEX volunteer_skills_skill_level_idx ON volunteer_skills (skill_id, level);

CREATE TABLE volunteer_languages (
    user_id uuid NOT NULL
        CONSTRAINT volunteer_languages_profile_exists REFERENCES volunteer_profiles (user_id) ON DELETE CASCADE,
    -- ISO 639-1, lower case.
    code    text NOT NULL
        CONSTRAINT volunteer_languages_code_format CHECK (code ~ '^[a-z]{2}$'),
    -- CEFR; the names sort in level order, so `level >= 'B2'` means B2 or better.
    level   text NOT NULL
        CONSTRAINT volunteer_languages_level_valid CHECK (level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    CONSTRAINT volunteer_languages_unique PRIMARY KEY (user_id, code)
);

-- Volunteers who speak a language at a level (matching; statistics by language).
CREATE INDEX volunteer_languages_code_level_idx ON volunteer_languages (code, level);

-- Weekly windows in Europe/Warsaw local time, as minutes after midnight;
-- the service keeps a volunteer's windows of one weekday from overlapping.
CREATE TABLE volunteer_availability (
    user_id      uuid     NOT NULL
        CONSTRAINT volunteer_availability_profile_exists REFERENCES volunteer_profiles (user_id) ON DELETE CASCADE,
    -- ISO 8601: 1 Monday … 7 Sunday.
    weekday      smallint NOT NULL
        CONSTRAINT volunteer_availability_weekday_range CHECK (weekday BETWEEN 1 AND 7),
    start_minute smallint NOT NULL
        CONSTRAINT volunteer_availability_start_range CHECK (start_minute BETWEEN 0 AND 1439),
    -- 1440 is 24:00, the end of the day.
    end_minute   smallint NOT NULL
        CONSTRAINT volunteer_availability_end_range CHECK (end_minute BETWEEN 1 AND 1440),
    CONSTRAINT volunteer_availability_order CHECK (start_minute < end_minute),
    CONSTRAINT volunteer_availability_unique PRIMARY KEY (user_id, weekday, start_minute)
);

-- Volunteers available on a weekday around a shift's hours (matching).
CREATE INDEX volunteer_availability_weekday_idx ON volunteer_availability (weekday, start_minute, end_minute);
