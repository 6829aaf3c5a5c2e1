/** The command line: picocli verbs of spec/cli.md; the one place where the modules are wired together. */
package io.livecopilot.cli;
