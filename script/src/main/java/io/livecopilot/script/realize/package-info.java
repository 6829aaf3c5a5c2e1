/**
 * Writing segments: the phrase bank, the built-in offline writer that composes spoken Chinese from catalog facts
 * only, the LLM writer that sends each planned segment to a chat model behind the fact guard, and the ledger that
 * keeps every sentence of a script unique.
 */
package io.livecopilot.script.realize;
