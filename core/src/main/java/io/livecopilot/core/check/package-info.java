/** Results of checking generated or written text before viewers see it: advertising-law words, facts, contacts, markup. */
package io.livecopilot.core.check;
