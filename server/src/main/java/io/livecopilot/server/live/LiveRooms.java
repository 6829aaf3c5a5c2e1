package io.livecopilot.server.live;

import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.port.EventLog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The registry of live rooms: one {@link LiveRoom} per room id, made on first use. */
public final class LiveRooms {
    private final LiveParts parts;
    private final int recent;
    private final ConcurrentHashMap<String, LiveRoom> rooms = new ConcurrentHashMap<>();

    public LiveRooms(LiveParts parts) {
        this(parts, LiveRoom.DEFAULT_RECENT);
    }

    public LiveRooms(LiveParts parts, int recent) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.recent = recent;
    }

    /** The room, made when it does not exist yet. */
    public LiveRoom room(String room) {
        return rooms.computeIfAbsent(room, r -> new LiveRoom(r, parts, recent));
    }

    public Optional<LiveRoom> find(String room) {
        return Optional.ofNullable(rooms.get(room));
    }

    /** Feeds an event to its room. */
    public List<Reply> onEvent(LiveEvent e) {
        return room(e.room()).onEvent(e);
    }

    /**
     * Rebuilds every room of the log from its events (after a restart): the live metrics come back exactly as they
     * were. Returns the number of events read.
     */
    public long restore(EventLog log) {
        long n = 0;
        for (String r : log.rooms()) {
            LiveRoom room = room(r);
            long[] c = {0};
            log.read(r, e -> {
                room.restore(e);
                c[0]++;
            });
            n += c[0];
        }
        return n;
    }

    public List<String> names() {
        return List.copyOf(new TreeSet<>(rooms.keySet()));
    }

    public LiveParts parts() {
        return parts;
    }
}
