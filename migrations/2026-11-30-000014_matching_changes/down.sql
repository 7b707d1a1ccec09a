DO $$
DECLARE
    tab text;
BEGIN
    FOREACH tab IN ARRAY ARRAY['opportunities', 'shifts', 'opportunity_skills', 'opportunity_languages',
        'volunteer_profiles', 'volunteer_skills', 'volunteer_languages', 'volunteer_availability']
    LOOP
        EXECUTE format('DROP TRIGGER %I ON %I', tab || '_matching_insert', tab);
        EXECUTE format('DROP TRIGGER %I ON %I', tab || '_matching_update', tab);
        EXECUTE format('DROP TRIGGER %I ON %I', tab || '_matching_delete', tab);
    END LOOP;
END $$;
DROP FUNCTION matching_note_volunteers();
DROP FUNCTION matching_note_opportunity_needs();
DROP FUNCTION matching_note_shift_change();
DROP FUNCTION matching_note_shifts();
DROP FUNCTION matching_note_opportunities();
DROP FUNCTION matching_note(text, uuid[]);
DROP TABLE matching_changes;
