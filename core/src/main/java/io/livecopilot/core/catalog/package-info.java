/** The product catalog: immutable records of what is sold, and the one reader of catalog files (JSON and CSV). */
package io.livecopilot.core.catalog;
