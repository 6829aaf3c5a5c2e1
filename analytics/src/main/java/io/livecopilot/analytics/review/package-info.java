/**
 * The post-live review (复盘) of a session: headline metrics against the room's history, the funnel, the timeline,
 * the product ranking, the key factors, the comments digest and suggestions in plain Chinese; as JSON or as one
 * self-contained HTML page with charts.
 */
package io.livecopilot.analytics.review;
