package io.livecopilot.server.http;

import io.javalin.http.sse.SseClient;
import io.livecopilot.server.live.LiveRoom;
import io.livecopilot.server.live.RoomFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The SSE connections of every room. Each connection has its own queue, drained by a small shared pool, so that a slow
 * client never slows the live pipeline; a client that falls too far behind is disconnected and catches up from the
 * room's ring buffer when it reconnects with {@code Last-Event-ID}.
 */
public final class SseHub {
    private static final Logger LOG = LoggerFactory.getLogger(SseHub.class);

    /** Queued items past which a client is cut off (it reconnects and resumes from its last id). */
    static final int MAX_QUEUED = 4096;

    private final ExecutorService senders;
    private final Map<String, Set<Channel>> byRoom = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();

    public SseHub(ExecutorService senders) {
        this.senders = senders;
    }

    /** One client connection. */
    final class Channel implements Consumer<RoomFeed.Item> {
        final SseClient client;
        final LiveRoom room;
        final ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();
        final AtomicInteger size = new AtomicInteger();
        final AtomicBoolean scheduled = new AtomicBoolean();
        volatile boolean closed;

        Channel(SseClient client, LiveRoom room) {
            this.client = client;
            this.room = room;
        }

        @Override
        public void accept(RoomFeed.Item item) {
            offer(item);
        }

        void offer(Object item) {
            if (closed) return;
            if (size.incrementAndGet() > MAX_QUEUED) {
                LOG.info("SSE client of room {} is too slow; disconnecting it (it resumes with Last-Event-ID)", room.room());
                close();
                return;
            }
            queue.add(item);
            if (scheduled.compareAndSet(false, true)) senders.execute(this::drain);
        }

        private void drain() {
            try {
                Object o;
                while (!closed && (o = queue.poll()) != null) {
                    size.decrementAndGet();
                    if (client.terminated()) {
                        close();
                        return;
                    }
                    if (o instanceof RoomFeed.Item it) {
                        client.sendEvent(it.event(), Json.write(it.data()), Long.toString(it.id()));
                    } else if (o instanceof String comment) {
                        client.sendComment(comment);
                    }
                }
            } catch (RuntimeException e) {
                close();
            } finally {
                scheduled.set(false);
                if (!queue.isEmpty() && !closed && scheduled.compareAndSet(false, true)) senders.execute(this::drain);
            }
        }

        void close() {
            if (closed) return;
            closed = true;
            room.feed().unsubscribe(this);
            Set<Channel> set = byRoom.get(room.room());
            if (set != null) set.remove(this);
            open.decrementAndGet();
            try {
                client.close();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }

    /** Attaches a client to the room: sends what it missed after {@code lastId}, then every new output. */
    public void attach(SseClient client, LiveRoom room, long lastId) {
        Channel ch = new Channel(client, room);
        open.incrementAndGet();
        byRoom.computeIfAbsent(room.room(), r -> ConcurrentHashMap.newKeySet()).add(ch);
        client.onClose(ch::close);
        // subscribing and taking the backlog is atomic, and both go through the channel's queue: in order, no gap
        synchronized (room.feed()) {
            RoomFeed.Since missed = room.feed().subscribe(lastId, ch);
            if (missed.gap()) ch.offer(new RoomFeed.Item(room.feed().lastId(), "gap", Map.of("detail", "older outputs were dropped from the buffer; reload the room's state")));
            for (RoomFeed.Item it : missed.items()) ch.offer(it);
        }
        ch.offer("connected");
    }

    /** Sends an item to every client of the room without keeping it in the ring buffer (periodic snapshots). */
    public void broadcast(String room, String event, Object data, long id) {
        Set<Channel> set = byRoom.get(room);
        if (set == null || set.isEmpty()) return;
        RoomFeed.Item it = new RoomFeed.Item(id, event, data);
        for (Channel ch : set) ch.offer(it);
    }

    /** Sends a comment line (keep-alive) to every client. */
    public void ping() {
        for (Set<Channel> set : byRoom.values()) for (Channel ch : set) ch.offer("ping");
    }

    /** Rooms with at least one client. */
    public Set<String> activeRooms() {
        Set<String> s = new java.util.HashSet<>();
        byRoom.forEach((r, set) -> {
            if (!set.isEmpty()) s.add(r);
        });
        return s;
    }

    public int clients() {
        return open.get();
    }

    public void closeAll() {
        for (Set<Channel> set : byRoom.values()) for (Channel ch : Set.copyOf(set)) ch.close();
    }
}
