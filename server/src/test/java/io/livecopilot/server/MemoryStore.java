package io.livecopilot.server;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.port.CatalogStore;
import io.livecopilot.core.port.EventLog;
import io.livecopilot.core.port.Store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/** A store in memory for the server's fast tests (the real stores have their own contract tests). */
final class MemoryStore implements Store, CatalogStore, EventLog {
    private Catalog catalog = Catalog.EMPTY;
    private final List<LiveEvent> events = new ArrayList<>();
    volatile RuntimeException failAppends;
    volatile java.util.concurrent.CountDownLatch gate;

    @Override public CatalogStore catalog() { return this; }
    @Override public EventLog events() { return this; }
    @Override public String describe() { return "memory"; }
    @Override public void close() {}

    @Override public synchronized Catalog load() { return catalog; }
    @Override public synchronized void upsert(Catalog c) { catalog = catalog.merge(c); }
    @Override public synchronized void clear() { catalog = Catalog.EMPTY; }

    @Override
    public void append(List<? extends LiveEvent> batch) {
        if (failAppends != null) throw failAppends;
        if (gate != null) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        appendNow(batch);
    }

    private synchronized void appendNow(List<? extends LiveEvent> batch) {
        events.addAll(batch);
    }

    @Override
    public void read(String room, Consumer<LiveEvent> sink) {
        read(room, Long.MIN_VALUE, Long.MAX_VALUE, sink);
    }

    @Override
    public void read(String room, long fromTs, long toTs, Consumer<LiveEvent> sink) {
        List<LiveEvent> copy;
        synchronized (this) {
            copy = events.stream().filter(e -> e.room().equals(room) && e.ts() >= fromTs && e.ts() < toTs)
                    .sorted(Comparator.comparingLong(LiveEvent::ts)).toList();
        }
        copy.forEach(sink);
    }

    @Override
    public synchronized List<String> rooms() {
        TreeSet<String> s = new TreeSet<>();
        for (LiveEvent e : events) s.add(e.room());
        return List.copyOf(s);
    }

    @Override
    public synchronized long count(String room) {
        return events.stream().filter(e -> e.room().equals(room)).count();
    }

    @Override
    public List<SessionInfo> sessions(String room, long gapMillis) {
        List<SessionInfo> out = new ArrayList<>();
        long start = 0, end = 0, n = 0;
        List<LiveEvent> all = new ArrayList<>();
        read(room, all::add);
        for (LiveEvent e : all) {
            if (n > 0 && e.ts() - end > gapMillis) {
                out.add(new SessionInfo(room, start, end, n));
                n = 0;
            }
            if (n == 0) start = e.ts();
            end = e.ts();
            n++;
        }
        if (n > 0) out.add(new SessionInfo(room, start, end, n));
        return out;
    }
}
