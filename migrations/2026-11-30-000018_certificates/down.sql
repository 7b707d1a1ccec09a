DROP TABLE certificates;
DROP TABLE opinions;
DROP TABLE signing_keys;
