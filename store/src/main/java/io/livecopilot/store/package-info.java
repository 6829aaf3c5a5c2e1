/** The stores behind the core ports: DuckDB embedded by default, PostgreSQL when configured; schema migrations. */
package io.livecopilot.store;
