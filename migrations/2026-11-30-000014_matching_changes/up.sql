-- What changed for matching, so every `hop` instance keeps its in-memory
-- matching index in step with the database (docs/matching.md, "Retrieval").
-- Each row names one opportunity or volunteer to reload; `xid` is the
-- writing transaction, so a reader that remembers the oldest transaction
-- still running when it last looked (pg_snapshot_xmin) misses no change,
-- whatever order transactions commit in. A statement that changes many rows
-- at once (a bulk load) writes one `all` row instead: reload everything.
CREATE TABLE matching_changes (
    id bigserial PRIMARY KEY,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    subject text NOT NULL CONSTRAINT matching_changes_subject_valid
        CHECK (subject IN ('opportunity', 'volunteer', 'all')),
    subject_id uuid,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX matching_changes_xid_idx ON matching_changes (xid);
CREATE INDEX matching_changes_recorded_idx ON matching_changes (recorded_at);

-- Rows changed by one statement above which the index is reloaded whole.
CREATE FUNCTION matching_note(subject text, ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF cardinality(ids) > 5000 THEN
        INSERT INTO matching_changes (subject) VALUES ('all');
    ELSIF cardinality(ids) > 0 THEN
        INSERT INTO matching_changes (subject, subject_id)
        SELECT subject, id FROM (SELECT DISTINCT unnest(ids) AS id) changed;
    END IF;
END $$;

-- Opportunities: what matching reads of the row itself.
CREATE FUNCTION matching_note_opportunities() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM matching_note('opportunity', ARRAY(SELECT id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM matching_note('opportunity', ARRAY(SELECT id FROM old_rows));
    ELSE
        PERFORM matching_note('opportunity', ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o USING (id)
            WHERE (n.status, n.cause, n.min_age, n.remote, n.lat, n.lon)
                IS DISTINCT FROM (o.status, o.cause, o.min_age, o.remote, o.lat, o.lon)));
    END IF;
    RETURN NULL;
END $$;

-- Shifts added or removed.
CREATE FUNCTION matching_note_shifts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM matching_note('opportunity', ARRAY(SELECT opportunity_id FROM new_rows));
    ELSE
        PERFORM matching_note('opportunity', ARRAY(SELECT opportunity_id FROM old_rows));
    END IF;
    RETURN NULL;
END $$;

-- A shift changed: one row at a time, and only when its times, its
-- cancellation or whether a place is free change (the trigger's WHEN,
-- below), so the sign-ups that only count a place pay nothing.
CREATE FUNCTION matching_note_shift_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO matching_changes (subject, subject_id) VALUES ('opportunity', NEW.opportunity_id);
    IF NEW.opportunity_id IS DISTINCT FROM OLD.opportunity_id THEN
        INSERT INTO matching_changes (subject, subject_id) VALUES ('opportunity', OLD.opportunity_id);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER shifts_matching_update AFTER UPDATE ON shifts FOR EACH ROW
WHEN ((NEW.opportunity_id, NEW.starts_at, NEW.ends_at, NEW.cancelled_at)
        IS DISTINCT FROM (OLD.opportunity_id, OLD.starts_at, OLD.ends_at, OLD.cancelled_at)
      OR (NEW.confirmed_count < NEW.capacity) IS DISTINCT FROM (OLD.confirmed_count < OLD.capacity))
EXECUTE FUNCTION matching_note_shift_change();

-- Tables of an opportunity's needs: any change.
CREATE FUNCTION matching_note_opportunity_needs() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM matching_note('opportunity', ARRAY(SELECT opportunity_id FROM new_rows));
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM matching_note('opportunity', ARRAY(SELECT opportunity_id FROM old_rows));
    END IF;
    RETURN NULL;
END $$;

-- A volunteer's profile and its lists: any change.
CREATE FUNCTION matching_note_volunteers() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM matching_note('volunteer', ARRAY(SELECT user_id FROM new_rows));
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM matching_note('volunteer', ARRAY(SELECT user_id FROM old_rows));
    END IF;
    RETURN NULL;
END $$;

-- Transition tables allow one event per trigger: three triggers a table
-- (shifts' updates have their own, above).
DO $$
DECLARE
    watched record;
BEGIN
    FOR watched IN SELECT * FROM (VALUES
        ('opportunities', 'matching_note_opportunities'),
        ('shifts', 'matching_note_shifts'),
        ('opportunity_skills', 'matching_note_opportunity_needs'),
        ('opportunity_languages', 'matching_note_opportunity_needs'),
        ('volunteer_profiles', 'matching_note_volunteers'),
        ('volunteer_skills', 'matching_note_volunteers'),
        ('volunteer_languages', 'matching_note_volunteers'),
        ('volunteer_availability', 'matching_note_volunteers')) AS t(tab, fn)
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
            'FOR EACH STATEMENT EXECUTE FUNCTION %I()', watched.tab || '_matching_insert', watched.tab, watched.fn);
        IF watched.tab <> 'shifts' THEN
            EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                'FOR EACH STATEMENT EXECUTE FUNCTION %I()', watched.tab || '_matching_update', watched.tab, watched.fn);
        END IF;
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
            'FOR EACH STATEMENT EXECUTE FUNCTION %I()', watched.tab || '_matching_delete', watched.tab, watched.fn);
    END LOOP;
END $$;
