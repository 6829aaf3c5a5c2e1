/**
 * Analytics of live sessions: streaming metrics per room ({@link io.livecopilot.analytics.RoomMetrics}), the
 * per-minute timeline and product rows, and the bundled charting library ({@link io.livecopilot.analytics.Echarts}).
 */
package io.livecopilot.analytics;
