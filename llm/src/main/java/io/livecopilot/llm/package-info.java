/**
 * Chat models behind the core {@code ChatModel} port: the built-in offline composer, any OpenAI-compatible endpoint
 * (through LangChain4j) with deadlines and retries, and the fallback that answers with the built-in model when the
 * endpoint fails or is late.
 */
package io.livecopilot.llm;
