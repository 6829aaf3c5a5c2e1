package io.livecopilot.server.live;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A room's outputs in order, each with an increasing id: a ring buffer of the recent ones (what a reconnecting SSE
 * client with {@code Last-Event-ID} is sent again) and the listeners that receive new ones as they are published.
 */
public final class RoomFeed {
    /** One output: its id in the room, its kind ({@code reply}, {@code questions}, …) and its JSON-ready data. */
    public record Item(long id, String event, Object data) {}

    /** What a reconnecting client missed: the items after its last id, and whether older items had already been dropped. */
    public record Since(List<Item> items, boolean gap) {}

    private final Item[] ring;
    private long next = 1; // id of the next item
    private final List<Consumer<Item>> listeners = new CopyOnWriteArrayList<>();

    public RoomFeed(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity: must be ≥ 1, was " + capacity);
        ring = new Item[capacity];
    }

    /**
     * Adds an output and gives it to every listener, in id order; returns it with its id. Listeners run under the
     * feed's lock and must only hand the item on (queue it), never block.
     */
    public synchronized Item publish(String event, Object data) {
        Item it = new Item(next++, event, data);
        ring[(int) (it.id() % ring.length)] = it;
        for (Consumer<Item> l : listeners) l.accept(it);
        return it;
    }

    /** The id of the last published item, 0 when none. */
    public synchronized long lastId() {
        return next - 1;
    }

    /** The items with id greater than {@code lastId} still in the buffer; {@code gap} when some were already dropped. */
    public synchronized Since since(long lastId) {
        long oldest = Math.max(1, next - ring.length);
        List<Item> out = new ArrayList<>();
        for (long id = Math.max(lastId + 1, oldest); id < next; id++) out.add(ring[(int) (id % ring.length)]);
        return new Since(out, lastId + 1 < oldest && lastId > 0);
    }

    /**
     * Registers a listener and returns what it missed after {@code lastId}, atomically: no item is both missed and
     * delivered, none is lost between the two.
     */
    public synchronized Since subscribe(long lastId, Consumer<Item> listener) {
        Since s = since(lastId);
        listeners.add(listener);
        return s;
    }

    public void unsubscribe(Consumer<Item> listener) {
        listeners.remove(listener);
    }

    public int subscribers() {
        return listeners.size();
    }
}
