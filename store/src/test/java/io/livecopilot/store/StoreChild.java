package io.livecopilot.store;

import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.port.Store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child process for the crash and lock tests: {@code append FILE} appends batches forever and prints the total
 * after each append returned; {@code hold FILE} opens the store and waits.
 */
public final class StoreChild {
    public static void main(String[] args) throws Exception {
        try (Store s = DuckDbStore.openFile(Path.of(args[1]))) {
            if (args[0].equals("hold")) {
                System.out.println("open");
                System.out.flush();
                Thread.sleep(60_000);
                return;
            }
            long total = 0;
            for (int b = 0; ; b++) {
                List<LiveEvent> batch = new ArrayList<>();
                for (int i = 0; i < 500; i++) batch.add(new LiveEvent.Like(1_795_867_200_000L + total + i, "crash", "u" + i, 1));
                s.events().append(batch);
                total += batch.size();
                System.out.println("appended " + total);
                System.out.flush();
            }
        }
    }
}
