package io.livecopilot.server.auth;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per caller (token name or address): {@code perSecond} requests a second on average, bursts up to
 * {@code burst}. Wall-clock time is right here: it limits requests, not room state.
 */
public final class RateLimiter {
    private final double perSecond;
    private final double burst;
    private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();

    public RateLimiter(double perSecond, double burst) {
        if (perSecond <= 0 || burst < 1) throw new IllegalArgumentException("perSecond > 0 and burst ≥ 1 required");
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /**
     * Takes one request from the caller's bucket: 0 when allowed, otherwise the seconds to wait before trying again.
     */
    public long tryAcquire(String key, long nowNanos) {
        if (buckets.size() > 100_000) buckets.clear(); // a flood of distinct keys must not grow memory without bound
        double[] b = buckets.computeIfAbsent(key, k -> new double[] {burst, nowNanos});
        synchronized (b) {
            double elapsed = (nowNanos - b[1]) / 1e9;
            b[0] = Math.min(burst, b[0] + Math.max(0, elapsed) * perSecond);
            b[1] = nowNanos;
            if (b[0] >= 1) {
                b[0] -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - b[0]) / perSecond);
        }
    }
}
