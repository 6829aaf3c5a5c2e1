/**
 * The script studio: plans a live session's run of show for chosen products, realizes it as spoken Chinese from
 * catalog facts (built-in phrase bank or an LLM behind the fact guard), checks it against the catalog and the
 * Advertising Law, scores it, and exports it as JSON, Markdown or a teleprompter page.
 */
package io.livecopilot.script;
