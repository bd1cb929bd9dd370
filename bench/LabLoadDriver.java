import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small load driver for POST /api/simulations against a running app: logs in like a browser,
 * reads the CSRF token from the page's meta tags, then sends the given programs round-robin from
 * several clients and prints latency percentiles. See docs/benchmarks.md.
 *
 * <p>java bench/LabLoadDriver.java BASE_URL CLIENTS REQUESTS_PER_CLIENT program.py...
 */
public class LabLoadDriver {

    private static final Pattern ENGINE_MICROS = Pattern.compile("\"elapsedMicros\":(\\d+)");
    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_header)?)\" content=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        int perClient = Integer.parseInt(args[2]);
        List<String> bodies = new ArrayList<>();
        for (String file : Arrays.copyOfRange(args, 3, args.length)) {
            bodies.add("{\"code\":" + json(Files.readString(Path.of(file))) + "}");
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            results.add(pool.submit(() -> client(base, bodies, perClient, offset)));
        }
        List<Long> all = new ArrayList<>();
        List<Long> engine = new ArrayList<>();
        for (Future<long[]> f : results) {
            long[] r = f.get();
            for (int i = 0; i < r.length; i += 2) {
                all.add(r[i]);
                engine.add(r[i + 1]);
            }
        }
        pool.shutdown();
        report("round trip", all, clients);
        report("engine (stats.elapsedMicros)", engine, clients);
    }

    static void report(String what, List<Long> nanos, int clients) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%s: requests %d, clients %d: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", what,
                sorted.length, clients, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    static long[] client(String base, List<String> bodies, int count, int offset) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String[] csrf = csrf(http, base + "/login");
        String form = "username=" + enc("learner@example.com") + "&password=" + enc("learner-pass-2026") + "&_csrf=" + enc(csrf[1]);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302 || !login.headers().firstValue("Location").orElse("").endsWith("/my")) {
            throw new IllegalStateException("login failed: " + login.statusCode() + " " + login.headers().map());
        }
        csrf = csrf(http, base + "/my");
        int warmUp = Math.max(10, count / 10);
        long[] times = new long[2 * count]; // round trip, then the engine's own time, per request
        for (int i = -warmUp; i < count; i++) {
            String body = bodies.get(Math.floorMod(i + offset, bodies.size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/simulations"))
                    .header("Content-Type", "application/json").header(csrf[0], csrf[1])
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            if (i >= 0) {
                Matcher micros = ENGINE_MICROS.matcher(response.body());
                times[2 * i] = elapsed;
                times[2 * i + 1] = micros.find() ? Long.parseLong(micros.group(1)) * 1000 : 0;
            }
        }
        return times;
    }

    static String[] csrf(HttpClient http, String page) throws Exception {
        String html = http.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString()).body();
        String header = null, token = null;
        Matcher m = META.matcher(html);
        while (m.find()) {
            if (m.group(1).equals("_csrf")) token = m.group(2); else header = m.group(2);
        }
        if (token == null) throw new IllegalStateException("no CSRF meta tags on " + page);
        return new String[]{header == null ? "X-XSRF-TOKEN" : header, token};
    }

    static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return out.append('"').toString();
    }
}
