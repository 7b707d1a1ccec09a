DROP TABLE hour_entries;
