-- The agreement rule reads, on every sign-up that is taken, the span of the
-- volunteer's confirmed and attended work: those sign-ups alone, by
-- volunteer, with their shifts, in the index (no heap visit for them).
CREATE INDEX applications_engaged_work_idx ON applications (volunteer_id, shift_id)
    WHERE status IN ('confirmed', 'attended');
