package io.livecopilot.server.ingest;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.port.EventLog;
import io.livecopilot.server.live.LiveRooms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Durable ingest: events are appended to the event log first (group commit: one writer thread appends the batches
 * of many requests at once) and only then folded into the live rooms, on a second thread, in order.
 *
 * <p>The future of {@link #submit} completes when the events are durable, which is when the API answers 202. The
 * number of events taken but not yet folded in is bounded: past {@code capacity} a submit is refused with an
 * {@link OverloadedException} (503 with Retry-After) instead of dropping anything.
 */
public final class EventIngestor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventIngestor.class);

    private record Pending(List<LiveEvent> events, CompletableFuture<Void> done) {}

    private final EventLog log;
    private final LiveRooms rooms;
    private final long capacity;
    private final int maxBatch;
    private final BlockingQueue<Pending> toWrite = new LinkedBlockingQueue<>();
    private final BlockingQueue<List<LiveEvent>> toFold = new LinkedBlockingQueue<>();
    private final AtomicLong pending = new AtomicLong();
    private final Object progress = new Object();
    private long appended; // guarded by progress
    private long folded;   // guarded by progress
    private final AtomicLong batches = new AtomicLong();
    private final Thread writer;
    private final Thread folder;
    private volatile boolean closed;

    /**
     * @param capacity most events taken and not yet folded into the rooms
     * @param maxBatch most events appended in one write
     */
    public EventIngestor(EventLog log, LiveRooms rooms, long capacity, int maxBatch) {
        this.log = log;
        this.rooms = rooms;
        this.capacity = capacity;
        this.maxBatch = maxBatch;
        writer = new Thread(this::writeLoop, "ingest-writer");
        folder = new Thread(this::foldLoop, "ingest-live");
        writer.setDaemon(true);
        folder.setDaemon(true);
        writer.start();
        folder.start();
    }

    /** The most events one submit may carry. */
    public long maxPerSubmit() {
        return capacity;
    }

    /**
     * Takes the events; the future completes when they are durable in the log (or fails when the log failed).
     *
     * @throws OverloadedException when the queue is full; nothing was taken
     */
    public CompletableFuture<Void> submit(List<LiveEvent> events) {
        if (closed) throw LiveCopilotException.unavailable("the server is shutting down", null);
        if (events.isEmpty()) return CompletableFuture.completedFuture(null);
        if (events.size() > capacity) {
            throw LiveCopilotException.badInput("events: at most " + capacity + " in one request, was " + events.size());
        }
        long n = events.size();
        long now = pending.addAndGet(n);
        if (now > capacity) {
            pending.addAndGet(-n);
            throw new OverloadedException("ingest queue full (" + (now - n) + " events waiting, capacity " + capacity + "); nothing was taken, retry", 1);
        }
        CompletableFuture<Void> f = new CompletableFuture<>();
        toWrite.add(new Pending(List.copyOf(events), f));
        return f;
    }

    /** Waits until every event made durable before this call has been folded into the live rooms (read-your-writes). */
    public void awaitLive(long timeoutMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (progress) {
            long target = appended;
            while (folded < target) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) return;
                try {
                    progress.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Events taken and not yet folded into the rooms. */
    public long pending() {
        return pending.get();
    }

    /** Events made durable so far by this process. */
    public long appended() {
        synchronized (progress) {
            return appended;
        }
    }

    /** Number of writes to the log (each one group-commits one or more requests). */
    public long batches() {
        return batches.get();
    }

    private void writeLoop() {
        List<Pending> group = new ArrayList<>();
        List<LiveEvent> all = new ArrayList<>();
        while (!closed || !toWrite.isEmpty()) {
            try {
                Pending first = toWrite.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                group.clear();
                all.clear();
                group.add(first);
                all.addAll(first.events());
                Pending more;
                while (all.size() < maxBatch && (more = toWrite.poll()) != null) {
                    group.add(more);
                    all.addAll(more.events());
                }
                try {
                    log.append(all);
                    batches.incrementAndGet();
                } catch (RuntimeException e) {
                    LOG.error("event log append failed for {} events", all.size(), e);
                    pending.addAndGet(-all.size());
                    LiveCopilotException err = e instanceof LiveCopilotException lce && lce.retriable() ? lce
                            : LiveCopilotException.unavailable("the event log could not store the events: " + e.getMessage(), e);
                    for (Pending p : group) p.done().completeExceptionally(err);
                    continue;
                }
                synchronized (progress) {
                    appended += all.size();
                }
                toFold.add(List.copyOf(all));
                for (Pending p : group) p.done().complete(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void foldLoop() {
        while (!closed || !toFold.isEmpty() || writer.isAlive()) {
            try {
                List<LiveEvent> batch = toFold.poll(200, TimeUnit.MILLISECONDS);
                if (batch == null) continue;
                for (LiveEvent e : batch) {
                    try {
                        rooms.onEvent(e);
                    } catch (RuntimeException ex) {
                        LOG.warn("live processing of a {} event of room {} failed: {}", e.type().wire(), e.room(), ex.toString());
                    }
                }
                pending.addAndGet(-batch.size());
                synchronized (progress) {
                    folded += batch.size();
                    progress.notifyAll();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops taking events, finishes what was taken and stops the threads. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(10_000);
            folder.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
