DROP TABLE limit_windows;
