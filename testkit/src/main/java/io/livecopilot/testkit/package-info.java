/** Shared test helpers and the contract tests that every implementation of a core port passes. */
package io.livecopilot.testkit;
