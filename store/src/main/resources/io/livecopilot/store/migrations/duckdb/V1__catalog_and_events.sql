-- The catalog is kept as the JSON of spec/catalog.md (one row per product, list order in "position").
CREATE TABLE shop (id INTEGER PRIMARY KEY, body VARCHAR NOT NULL);
CREATE TABLE products (id VARCHAR PRIMARY KEY, position INTEGER NOT NULL, body VARCHAR NOT NULL);
-- The event log: one row per event; "body" is the event's JSON line (spec/events.md), the other columns are
-- extracted for SQL (ts in epoch milliseconds; seq is the append order). No index: DuckDB's zone maps serve
-- range scans and an ART index would slow the appender.
CREATE TABLE events (
  seq BIGINT NOT NULL,
  room VARCHAR NOT NULL,
  ts BIGINT NOT NULL,
  type VARCHAR NOT NULL,
  user_id VARCHAR,
  product VARCHAR,
  order_id VARCHAR,
  amount DECIMAL(18, 2),
  body VARCHAR NOT NULL
);
