/** Chat models and the guard that checks every generated text against the catalog before anyone sees it. */
package io.livecopilot.llm;
