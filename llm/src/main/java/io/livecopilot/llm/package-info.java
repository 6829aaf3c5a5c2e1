/**
 * Chat models behind the core {@code ChatModel} port — the built-in offline composer, any OpenAI-compatible endpoint
 * (through LangChain4j) with deadlines, retries and fallback — and {@code FactGuard}, which checks every generated
 * text against the catalog before anyone sees it.
 */
package io.livecopilot.llm;
