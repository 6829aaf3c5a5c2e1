-- Same schema as the embedded store (see migrations/duckdb), in PostgreSQL types.
CREATE TABLE shop (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE products (id TEXT PRIMARY KEY, position INTEGER NOT NULL, body TEXT NOT NULL);
CREATE TABLE events (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  room TEXT NOT NULL,
  ts BIGINT NOT NULL,
  type TEXT NOT NULL,
  user_id TEXT,
  product TEXT,
  order_id TEXT,
  amount NUMERIC(18, 2),
  body TEXT NOT NULL
);
CREATE INDEX events_room_ts ON events (room, ts, seq);
