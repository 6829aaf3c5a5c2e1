/** Exporting scripts: the JSON of spec/cli.md, Markdown for reading, and a teleprompter HTML page with timings. */
package io.livecopilot.script.export;
