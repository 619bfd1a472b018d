package org.opencsc.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar opencsc.jar benchmark security [small|large]}: what one hostile client on the
 * same machine costs everybody else. A signed-in social worker loads pages one after another,
 * first with the server idle, then for {@value #LOAD_SECONDS} seconds while one client sends, as
 * fast as {@value #ATTACKER_CONNECTIONS} connections allow (and at most {@value #MAX_ATTACK_REQUESTS}
 * requests), anonymous form posts, wrong passwords to the sign-in form, and API calls with a
 * wrong password (HTTP Basic) or a wrong token. The heap is sampled after each garbage
 * collection. Prints the numbers and writes them to BENCHMARKS.md.
 */
@Component
class SecurityBenchmark {

    static final int LOAD_SECONDS = 60;
    static final int ATTACKER_CONNECTIONS = 4;
    static final int MAX_ATTACK_REQUESTS = 100_000;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final DemoAuthorityGenerator generator;
    private final JdbcClient jdbc;
    private final ApplicationContext context;

    SecurityBenchmark(DemoAuthorityGenerator generator, JdbcClient jdbc, ApplicationContext context) {
        this.generator = generator;
        this.jdbc = jdbc;
        this.context = context;
    }

    /** What the hostile client sends, in turn. */
    enum Attack {
        FORM_POST("Anonymous form post (a new child's details, no session, no token)"),
        WRONG_PASSWORD_SIGN_IN("Wrong password on the sign-in form (username admin)"),
        WRONG_PASSWORD_API("API call with HTTP Basic and a wrong password"),
        WRONG_TOKEN_API("API call with a wrong Bearer token");

        final String description;

        Attack(String description) {
            this.description = description;
        }
    }

    int run(List<String> arguments, PrintStream out) throws Exception {
        var profile = arguments.stream().map(DemoProfile::named).flatMap(java.util.Optional::stream).findFirst().orElse(DemoProfile.SMALL);
        var notes = new ArrayList<String>();
        if (generator.authorityIsEmpty()) {
            var summary = generator.load(profile, DemoAuthorityGenerator.DEFAULT_SEED);
            notes.add(String.format(Locale.ROOT, "On the %s demo authority: %,d children (loaded in %.1f s).", profile.name(),
                    summary.children(), summary.took().toMillis() / 1000.0));
        } else {
            notes.add("On the authority already in the database (not loaded by this run).");
        }
        var base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        var user = signIn(base, "sw1", "demo");
        var children = jdbc.sql("select id from person where kind = 'CHILD' and not restricted order by md5(id::text) limit 50")
                .query(Long.class).list();
        var pages = new ArrayList<String>();
        children.forEach(id -> pages.add("/children/" + id));
        pages.add("/work");
        pages.add("/children?q=smi");

        // Warm the JIT and the database's caches first, so that idle is not measured on cold code.
        pageTimes(user, base, pages, 3_000, null);
        var idle = pageTimes(user, base, pages, 300, null);
        var sessionsBefore = sessions();

        var heapStart = heapAfterFullCollection();
        var samples = new ConcurrentSkipListMap<Long, Double>();
        var stop = new AtomicBoolean();
        var statuses = new ConcurrentHashMap<Attack, Map<String, LongAdder>>();
        var sent = new AtomicInteger();
        var started = System.nanoTime();
        var deadline = started + Duration.ofSeconds(LOAD_SECONDS).toNanos();
        double[] underLoad;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            pool.submit(() -> {
                while (!stop.get()) {
                    samples.put((System.nanoTime() - started) / 1_000_000_000L, heapAfterLastCollection());
                    Thread.sleep(1_000);
                }
                return null;
            });
            // One client: one HttpClient whose sign-in attempts keep one session (for the form's token),
            // and posts that carry no cookie at all, as a script would.
            var attacker = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
            var anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            var token = csrfToken(attacker, base);
            for (int connection = 0; connection < ATTACKER_CONNECTIONS; connection++) {
                pool.submit(() -> {
                    var random = new java.util.SplittableRandom(sent.get());
                    for (int i = sent.getAndIncrement(); i < MAX_ATTACK_REQUESTS && System.nanoTime() < deadline; i = sent.getAndIncrement()) {
                        var attack = Attack.values()[i % Attack.values().length];
                        String status;
                        try {
                            status = send(attack, i, random, base, attacker, anonymous, token);
                        } catch (IOException failed) {
                            status = "no answer";
                        }
                        statuses.computeIfAbsent(attack, a -> new ConcurrentHashMap<>()).computeIfAbsent(status, s -> new LongAdder()).increment();
                    }
                    return null;
                });
            }
            underLoad = pageTimes(user, base, pages, 100_000, deadline);
            stop.set(true);
        }
        var loadSeconds = (System.nanoTime() - started) / 1e9;
        var sessionsAfter = sessions();
        var heapEnd = heapAfterFullCollection();
        Thread.sleep(5_000);
        var idleAfter = pageTimes(user, base, pages, 300, null);
        var heapMax = samples.values().stream().mapToDouble(Double::doubleValue).max().orElse(heapEnd);

        var idleMedian = BenchmarkReport.median(idle);
        var loadMedian = BenchmarkReport.median(underLoad);
        var lines = new ArrayList<>(notes);
        lines.add(String.format(Locale.ROOT, "sw1's pages (50 children's records, the work list, a search), one at a time: idle median %.1f ms"
                        + " (p95 %.1f ms, %d pages); under load median %.1f ms (p95 %.1f ms, %d pages): %.2fx idle.",
                idleMedian, percentile(idle, 0.95), idle.length, loadMedian, percentile(underLoad, 0.95), underLoad.length, loadMedian / idleMedian));
        var idleAfterMedian = BenchmarkReport.median(idleAfter);
        lines.add(String.format(Locale.ROOT, "Idle again after the load: median %.1f ms (p95 %.1f ms), so under load was %.2fx this idle too."
                        + " Open sessions: %s before the load, %s after it.",
                idleAfterMedian, percentile(idleAfter, 0.95), loadMedian / idleAfterMedian, sessionsBefore, sessionsAfter));
        var total = statuses.values().stream().flatMap(m -> m.values().stream()).mapToLong(LongAdder::sum).sum();
        lines.add(String.format(Locale.ROOT, "The hostile client sent %,d requests in %.0f s over %d connections (%.0f a second).",
                total, loadSeconds, ATTACKER_CONNECTIONS, total / loadSeconds));
        lines.add(String.format(Locale.ROOT, "Heap used after garbage collection: %.0f MB before the load, at most %.0f MB during it (sampled each"
                + " second after the latest collection), %.0f MB after it (after a full collection); %s.", heapStart, heapMax, heapEnd,
                heapEnd - heapStart > 32 ? "it grew by " + Math.round(heapEnd - heapStart) + " MB and is held (sessions last 30 minutes)"
                        : "flat"));
        var table = new StringBuilder("| request | sent | answers (HTTP status: count) |\n|---|---|---|\n");
        for (var attack : Attack.values()) {
            var counts = new TreeMap<String, Long>();
            statuses.getOrDefault(attack, Map.of()).forEach((status, count) -> counts.put(status, count.sum()));
            table.append(String.format(Locale.ROOT, "| %s | %,d | %s |%n", attack.description, counts.values().stream().mapToLong(Long::longValue).sum(),
                    String.join(", ", counts.entrySet().stream().map(e -> e.getKey() + ": " + String.format(Locale.ROOT, "%,d", e.getValue())).toList())));
        }
        var heapTimeline = new StringBuilder();
        samples.forEach((second, mb) -> {
            if (second % 10 == 0) {
                heapTimeline.append(heapTimeline.isEmpty() ? "" : ", ").append(second).append(" s: ").append(Math.round(mb)).append(" MB");
            }
        });
        lines.add("Heap after the latest collection, every 10 s of the load: " + heapTimeline + ".");
        lines.forEach(out::println);
        out.print(table);

        var section = new StringBuilder()
                .append("Measured ").append(LocalDate.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(Runtime.version().feature()).append(", maximum heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB, embedded PostgreSQL, client and server on one machine"
                        + " (loopback).\n\n");
        lines.forEach(line -> section.append(line).append("\n\n"));
        section.append(table);
        BenchmarkReport.replaceSection("security", profile, section.toString());
        return 0;
    }

    private static String send(Attack attack, int i, java.util.SplittableRandom random, String base, HttpClient attacker, HttpClient anonymous,
                            String csrf) throws IOException, InterruptedException {
        var request = switch (attack) {
            case FORM_POST -> HttpRequest.newBuilder(URI.create(base + "/children/new"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("kind=CHILD&givenName=" + "A".repeat(200) + i + "&familyName=" + "B".repeat(200)
                            + "&notes=" + "x".repeat(1_500))).build();
            case WRONG_PASSWORD_SIGN_IN -> HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=guess-" + i + "&_csrf=" + encode(csrf))).build();
            case WRONG_PASSWORD_API -> HttpRequest.newBuilder(URI.create(base + "/api/children?q=smith"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:guess-" + i).getBytes(StandardCharsets.UTF_8)))
                    .GET().build();
            case WRONG_TOKEN_API -> HttpRequest.newBuilder(URI.create(base + "/api/children?q=smith"))
                    .header("Authorization", "Bearer ocsc_" + String.format("%016x", random.nextLong()) + "x".repeat(27))
                    .GET().build();
        };
        var client = attack == Attack.FORM_POST ? anonymous : attacker;
        var response = client.send(request, HttpResponse.BodyHandlers.discarding());
        // Where a redirect goes tells apart a checked password (?error) from a refusal before any check (?error&locked).
        var location = response.headers().firstValue("Location").map(to -> " to " + to.replaceFirst("^https?://[^/]+", "")).orElse("");
        return response.statusCode() + location;
    }

    /** Loads the pages in turn, one at a time, until the count or the deadline; the times in ms. */
    private static double[] pageTimes(HttpClient user, String base, List<String> pages, int count, Long deadline) throws Exception {
        var times = new ArrayList<Double>();
        for (int i = 0; i < count && (deadline == null || System.nanoTime() < deadline); i++) {
            var sent = System.nanoTime();
            var status = user.send(HttpRequest.newBuilder(URI.create(base + pages.get(i % pages.size()))).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                throw new IllegalStateException(pages.get(i % pages.size()) + " answered " + status + " to the signed-in user");
            }
            times.add((System.nanoTime() - sent) / 1e6);
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double percentile(double[] values, double share) {
        var sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)];
    }

    /** Sessions the server holds (Tomcat's count), or "unknown" on another server. */
    private String sessions() {
        if (((WebServerApplicationContext) context).getWebServer() instanceof org.springframework.boot.tomcat.TomcatWebServer tomcat) {
            var total = 0L;
            for (var child : tomcat.getTomcat().getHost().findChildren()) {
                if (child instanceof org.apache.catalina.Context web && web.getManager() != null) {
                    total += web.getManager().getActiveSessions();
                }
            }
            return String.format(Locale.ROOT, "%,d", total);
        }
        return "unknown";
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

    /** Heap in use just after the most recent garbage collection, in MB: what is still held, not garbage waiting. */
    private static double heapAfterLastCollection() {
        return heapPools().stream().mapToLong(pool -> pool.getCollectionUsage() == null ? 0 : pool.getCollectionUsage().getUsed()).sum()
                / (1024.0 * 1024.0);
    }

    private static double heapAfterFullCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    private static String csrfToken(HttpClient client, String base) throws IOException, InterruptedException {
        var page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        var token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        return token.group(1);
    }

    private static HttpClient signIn(String base, String username, String password) throws IOException, InterruptedException {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        var form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrfToken(client, base));
        var signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("could not sign in as " + username);
        }
        return client;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
