/** Learning phrasing from the user's own past scripts and transcripts: openers, transitions, calls to action, thanks. */
package io.livecopilot.script.learn;
