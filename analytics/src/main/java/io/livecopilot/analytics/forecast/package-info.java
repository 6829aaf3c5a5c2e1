/**
 * Demand forecasting: reads long CSV series ({@code series,timestamp,value}), detects each series' frequency and
 * seasonality, fits a pool of classical methods (naive, seasonal naive, SES, Holt, damped trend, Theta,
 * Holt-Winters, Croston/SBA/TSB for intermittent demand), chooses or combines them by rolling-origin
 * out-of-sample error, derives prediction intervals from the out-of-sample errors, and turns the forecast
 * distribution into stock advice (order-up-to level for a lead time and a service level).
 *
 * <p>Everything here is pure computation over arrays: no clock, no statics holding state, safe to run per key
 * inside a stream processor.
 */
package io.livecopilot.analytics.forecast;
