/**
 * Key factors of a session: which coupons, segments, products, prices and moments moved clicks, conversion and GMV,
 * estimated by a ridge regression on the per-minute timeline with block-bootstrap intervals.
 */
package io.livecopilot.analytics.factor;
