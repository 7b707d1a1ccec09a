-- A volunteer may ask to correct an approved entry (pending until a member
-- decides), and a rejected request must not block the next one. So an
-- entry has at most one approved correction (the chain never forks) and
-- at most one waiting; rejected ones are kept for the record.
DROP INDEX hour_entries_corrects_idx;
CREATE UNIQUE INDEX hour_entries_approved_correction_idx ON hour_entries (corrects_id)
    WHERE status = 'approved';
CREATE UNIQUE INDEX hour_entries_pending_correction_idx ON hour_entries (corrects_id)
    WHERE status = 'pending';
CREATE INDEX hour_entries_corrects_idx ON hour_entries (corrects_id);

-- A sign-up has one chain of hours: one first entry (the organisation's
-- attendance or the volunteer's report) that is not rejected; every later
-- change corrects it.
CREATE UNIQUE INDEX hour_entries_application_chain_idx ON hour_entries (application_id)
    WHERE corrects_id IS NULL AND status <> 'rejected';
