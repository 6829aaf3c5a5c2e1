/** The ports: what the core needs from the outside world (stores, models), implemented in other modules. */
package io.livecopilot.core.port;
