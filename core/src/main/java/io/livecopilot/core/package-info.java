/** The heart of LiveCopilot: money, the root exception and its error table; records and ports live in sub-packages. */
package io.livecopilot.core;
