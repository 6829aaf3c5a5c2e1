package io.livecopilot.store;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.port.EventLog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Records events in an {@link EventLog} off the caller's thread: the caller adds events, full batches go through a
 * bounded queue to one writer thread that appends them. When the queue is full the caller waits (bounded memory).
 * {@link #close()} appends what is left and returns once every event is durable, or throws the writer's failure.
 */
public final class BatchingEventWriter implements AutoCloseable {
    private static final List<LiveEvent> END = new ArrayList<>();

    private final EventLog log;
    private final int batchSize;
    private final BlockingQueue<List<LiveEvent>> queue;
    private final Thread writer;
    private volatile RuntimeException failure;
    private List<LiveEvent> current;
    private volatile long written;
    private boolean closed;

    /**
     * @param batchSize  events per append
     * @param queuedBatches batches that may wait for the writer before {@link #add} blocks
     */
    public BatchingEventWriter(EventLog log, int batchSize, int queuedBatches) {
        if (batchSize < 1) throw LiveCopilotException.badInput("batchSize: must be ≥ 1, was " + batchSize);
        if (queuedBatches < 1) throw LiveCopilotException.badInput("queuedBatches: must be ≥ 1, was " + queuedBatches);
        this.log = log;
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(queuedBatches);
        this.current = new ArrayList<>(batchSize);
        this.writer = new Thread(this::drain, "event-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    public BatchingEventWriter(EventLog log) {
        this(log, 10_000, 16);
    }

    /** Queues one event; blocks only when the writer is {@code queuedBatches} batches behind. */
    public void add(LiveEvent e) {
        if (closed) throw new IllegalStateException("writer closed");
        current.add(e);
        if (current.size() >= batchSize) flushBatch();
    }

    private void flushBatch() {
        if (current.isEmpty()) return;
        RuntimeException f = failure;
        if (f != null) throw f;
        try {
            queue.put(current);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw LiveCopilotException.unavailable("interrupted while queueing events for the store", ie);
        }
        current = new ArrayList<>(batchSize);
    }

    private void drain() {
        try {
            while (true) {
                List<LiveEvent> batch = queue.take();
                if (batch == END) return;
                if (failure != null) continue; // keep draining so that the producer never blocks forever
                try {
                    log.append(batch);
                    written += batch.size();
                } catch (RuntimeException e) {
                    failure = e instanceof LiveCopilotException ? e : LiveCopilotException.unavailable("cannot append events: " + e.getMessage(), e);
                }
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    /** Events appended so far (exact after {@link #close()}). */
    public long written() {
        return written;
    }

    /** Appends every queued event and waits for the writer; throws when an append failed. */
    @Override
    public void close() {
        if (closed) return;
        flushBatch();
        closed = true;
        try {
            queue.put(END);
            writer.join();
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw LiveCopilotException.unavailable("interrupted while waiting for the store writer", ie);
        }
        if (failure != null) throw failure;
    }
}
