-- The minute's refresher looks for opportunities whose next shift has started,
-- in every status. Without this index it read the whole table each minute
-- (100 000 rows, ~110 ms of a core at the seeded scale) to find a handful.
CREATE INDEX opportunities_next_shift_idx ON opportunities (next_shift_at);
