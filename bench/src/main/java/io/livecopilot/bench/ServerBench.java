package io.livecopilot.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load test of a running server on localhost (bench/load/server-load.sh starts one and reads its RSS):
 * events per second accepted over HTTP with the latency of each 202, then SSE fan-out — {@code --sse} clients on one
 * room, probe comments posted one by one, and the time from each POST to its arrival at every client.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.livecopilot.bench.ServerBench --url http://127.0.0.1:7070 --token T</pre>
 */
public final class ServerBench {
    private ServerBench() {}

    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", "http://127.0.0.1:7070");
        String token = arg(args, "--token", System.getenv("LIVECOPILOT_TOKEN"));
        int events = Integer.parseInt(arg(args, "--events", "200000"));
        int chunk = Integer.parseInt(arg(args, "--chunk", "1000"));
        int posters = Integer.parseInt(arg(args, "--posters", "4"));
        int sse = Integer.parseInt(arg(args, "--sse", "100"));
        int probes = Integer.parseInt(arg(args, "--probes", "200"));
        if (!url.startsWith("http://127.0.0.1") && !url.startsWith("http://localhost")) {
            throw new IllegalArgumentException("--url: this load test only runs against localhost, was " + url);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ingest(client, url, token, events, chunk, posters);
        if (sse > 0) fanOut(client, url, token, sse, probes);
    }

    static void ingest(HttpClient client, String url, String token, int events, int chunk, int posters) throws Exception {
        List<String> bodies = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        long t0 = 1_795_867_200_000L;
        String[] kinds = {"enter", "comment", "like", "comment", "product_click", "enter", "pay", "leave"};
        for (int i = 0; i < events; i++) {
            String u = "u" + (i * 7919 % 50_000);
            String k = kinds[i % kinds.length];
            sb.append("{\"ts\":").append(t0 + i * 20L).append(",\"room\":\"load\",\"type\":\"").append(k).append("\",\"user\":\"").append(u).append('"');
            switch (k) {
                case "comment" -> sb.append(",\"text\":\"3号链接多少钱，能便宜点吗\"");
                case "product_click" -> sb.append(",\"product\":\"P0").append(i % 9 + 1).append('"');
                case "pay" -> sb.append(",\"order_id\":\"o").append(i).append("\",\"amount\":\"129.00\"");
                default -> { }
            }
            sb.append("}\n");
            if ((i + 1) % chunk == 0 || i == events - 1) {
                bodies.add(sb.toString());
                sb.setLength(0);
            }
        }
        ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>(bodies);
        List<Long> lat = Collections.synchronizedList(new ArrayList<>());
        AtomicLong retries = new AtomicLong(), accepted = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(posters);
        long start = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int p = 0; p < posters; p++) {
            fs.add(pool.submit(() -> {
                String body;
                while ((body = pending.poll()) != null) {
                    while (true) {
                        long s = System.nanoTime();
                        HttpResponse<String> r = client.send(post(url + "/api/rooms/load/events", token, body), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 202) {
                            lat.add(System.nanoTime() - s);
                            Matcher m = Pattern.compile("\"accepted\":(\\d+)").matcher(r.body());
                            if (m.find()) accepted.addAndGet(Long.parseLong(m.group(1)));
                            break;
                        }
                        if (r.statusCode() == 503 || r.statusCode() == 429) {
                            retries.incrementAndGet();
                            Thread.sleep(1000L * Integer.parseInt(r.headers().firstValue("Retry-After").orElse("1")));
                            continue;
                        }
                        throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) f.get();
        double secs = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "ingest: %d events accepted in %.2f s = %.0f events/s (%d requests of %d, %d posters, %d retried after 503/429)%n",
                accepted.get(), secs, accepted.get() / secs, bodies.size(), chunk, posters, retries.get());
        System.out.println("ingest 202 latency ms: " + percentiles(lat));
        // the live pipeline (metrics + assistant) runs behind the durable append: wait until it has every event
        long enters = 0;
        for (int i = 0; i < events; i++) if (kinds[i % kinds.length].equals("enter")) enters++;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        Pattern pv = Pattern.compile("\"pv\":(\\d+)");
        while (System.nanoTime() < deadline) {
            HttpResponse<String> m = client.send(HttpRequest.newBuilder(URI.create(url + "/api/rooms/load/metrics"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher mm = pv.matcher(m.body());
            if (m.statusCode() == 200 && mm.find() && Long.parseLong(mm.group(1)) >= enters) break;
            Thread.sleep(200);
        }
        double live = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "live pipeline (metrics + assistant) caught up %.2f s after the first request = %.0f events/s end to end%n",
                live, events / live);
    }

    static void fanOut(HttpClient client, String url, String token, int clients, int probes) throws Exception {
        String room = "fan" + System.currentTimeMillis();
        Pattern probe = Pattern.compile("probe-(\\d+)-(\\d+)");
        List<Long> lat = Collections.synchronizedList(new ArrayList<>());
        AtomicLong delivered = new AtomicLong();
        CountDownLatch connected = new CountDownLatch(clients);
        CountDownLatch done = new CountDownLatch(clients);
        // the room must exist before clients attach: one enter
        client.send(post(url + "/api/rooms/" + room + "/events", token, "{\"ts\":1795867200000,\"room\":\"" + room + "\",\"type\":\"enter\",\"user\":\"u0\"}"),
                HttpResponse.BodyHandlers.ofString());
        for (int c = 0; c < clients; c++) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url + "/api/rooms/" + room + "/stream"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
            client.sendAsync(req, HttpResponse.BodyHandlers.ofLines()).thenAccept(resp -> {
                int[] seen = {0};
                boolean[] counted = {false};
                resp.body().forEach(line -> {
                    if (!counted[0]) {
                        counted[0] = true;
                        connected.countDown();
                    }
                    if (line.startsWith("data:")) {
                        Matcher m = probe.matcher(line);
                        if (m.find()) {
                            lat.add(System.nanoTime() - Long.parseLong(m.group(2)));
                            delivered.incrementAndGet();
                            if (++seen[0] == probes) done.countDown();
                        }
                    }
                });
            });
        }
        if (!connected.await(30, TimeUnit.SECONDS)) System.out.println("sse: only " + (clients - connected.getCount()) + " clients connected");
        long start = System.nanoTime();
        for (int i = 0; i < probes; i++) {
            long now = System.nanoTime();
            String ev = "{\"ts\":" + (1_795_867_200_000L + 1000L + i) + ",\"room\":\"" + room + "\",\"type\":\"comment\",\"user\":\"p" + i
                    + "\",\"text\":\"probe-" + i + "-" + now + "\"}";
            HttpResponse<String> r = client.send(post(url + "/api/rooms/" + room + "/events", token, ev), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 202) throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
            Thread.sleep(20);
        }
        boolean all = done.await(60, TimeUnit.SECONDS);
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "sse fan-out: %d clients, %d probe comments, %d of %d deliveries in %.2f s (%s)%n",
                clients, probes, delivered.get(), (long) clients * probes, secs, all ? "all delivered" : "INCOMPLETE");
        System.out.println("sse POST-to-client latency ms: " + percentiles(lat));
        System.exit(0);
    }

    static HttpRequest post(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    static String percentiles(List<Long> nanos) {
        long[] a;
        synchronized (nanos) {
            a = nanos.stream().mapToLong(Long::longValue).toArray();
        }
        if (a.length == 0) return "no samples";
        Arrays.sort(a);
        return String.format(Locale.ROOT, "n=%d p50=%.1f p90=%.1f p99=%.1f max=%.1f", a.length, a[a.length / 2] / 1e6,
                a[(int) (a.length * 0.9)] / 1e6, a[Math.min(a.length - 1, (int) (a.length * 0.99))] / 1e6, a[a.length - 1] / 1e6);
    }

    static String arg(String[] args, String name, String dflt) {
        for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
        return dflt;
    }
}
