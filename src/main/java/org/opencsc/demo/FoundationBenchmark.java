package org.opencsc.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.opencsc.platform.Command;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar opencsc.jar benchmark [small|large]}: loads the demo authority into an empty
 * database (timing the load), then signs in as sw1 over HTTP on loopback and measures search
 * and record pages, one user at a time and with many at once. Prints the numbers and writes
 * them to BENCHMARKS.md.
 */
@Component
class FoundationBenchmark implements Command {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int CONCURRENT_USERS = 20;

    record Child(long id, String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber, String postcode) {
    }

    record Result(String what, int users, int requests, double medianMs, double p95Ms, double maxMs, double perSecond) {
        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.0f |", what, users, requests, medianMs, p95Ms, maxMs, perSecond);
        }
    }

    private final DemoAuthorityGenerator generator;
    private final JdbcClient jdbc;
    private final ApplicationContext context;
    private final org.opencsc.timescales.TimescaleService timescales;

    private final org.opencsc.performance.IndicatorFacts indicators;
    private final SecurityBenchmark security;

    FoundationBenchmark(DemoAuthorityGenerator generator, JdbcClient jdbc, ApplicationContext context,
                        org.opencsc.timescales.TimescaleService timescales, org.opencsc.performance.IndicatorFacts indicators,
                        SecurityBenchmark security) {
        this.security = security;
        this.indicators = indicators;
        this.timescales = timescales;
        this.generator = generator;
        this.jdbc = jdbc;
        this.context = context;
    }

    @Override
    public String name() {
        return "benchmark";
    }

    @Override
    public String usage() {
        return "benchmark [small|large] [worklists|dashboards] [--opencsc.embedded-db.ephemeral=true --opencsc.demo=none]: load and measure"
                + " (with worklists: only the work lists and the re-derivation of due dates; with dashboards: only the performance pages"
                + " and the indicators' facts; benchmark security [small|large]: one hostile client's load against a signed-in user)";
    }

    @Override
    public boolean needsWebServer() {
        return true;
    }

    @Override
    public int run(List<String> arguments, PrintStream out) throws Exception {
        if (arguments.contains("security")) {
            return security.run(arguments.stream().filter(word -> !word.equals("security")).toList(), out);
        }
        var profile = DemoProfile.named(arguments.isEmpty() ? "large" : arguments.getFirst()).orElse(DemoProfile.LARGE);
        var lines = new ArrayList<String>();
        if (generator.authorityIsEmpty()) {
            var loads = new ArrayList<Double>();
            var summary = generator.load(profile, DemoAuthorityGenerator.DEFAULT_SEED);
            loads.add(summary.took().toMillis() / 1000.0);
            lines.add(String.format(Locale.ROOT, "Loaded the %s demo authority: %,d children (%,d looked after, %,d open cases), %,d people,"
                            + " %,d case events, %,d case notes in %.1f s (COPY, one transaction).", profile.name(), summary.children(),
                    summary.lookedAfter(), summary.openCases(), summary.people(), summary.rowsByTable().getOrDefault("case_event", 0),
                    summary.rowsByTable().getOrDefault("case_note", 0), loads.getFirst()));
        } else {
            lines.add("Measured on the authority already in the database (not loaded by this run).");
        }
        lines.forEach(out::println);

        var port = ((WebServerApplicationContext) context).getWebServer().getPort();
        var base = "http://localhost:" + port;
        if (arguments.contains("worklists")) {
            workLists(profile, base, out);
            return 0;
        }
        if (arguments.contains("dashboards")) {
            dashboards(profile, base, out);
            return 0;
        }
        var client = signIn(base, "sw1", "demo");
        var children = sample(200);
        var random = new SplittableRandom(1);
        Function<Child, String> partialName = c -> "/children?q=" + encode(c.familyName().substring(0, Math.min(4, c.familyName().length())));
        Function<Child, String> nameAndBirth = c -> "/children?q=" + encode(c.givenName() + " " + c.familyName() + " "
                + c.dateOfBirth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        Function<Child, String> nhs = c -> "/children?q=" + encode(c.nhsNumber());
        Function<Child, String> laChildId = c -> "/children?q=" + encode(org.opencsc.child.LaChildId.forRecord(c.id()));
        Function<Child, String> postcode = c -> "/children?postcode=" + encode(c.postcode().substring(0, c.postcode().length() - 2));
        Function<Child, String> record = c -> "/children/" + c.id();
        Function<Child, String> notes = c -> "/children/" + c.id() + "/notes";
        // The care tab of children in care: periods, episodes, placements, reviews, health, education, missing episodes.
        var inCare = sample(200, "p.case_status = 'LOOKED_AFTER'");
        Function<Child, String> careTab = c -> "/children/" + c.id() + "/care";

        // Warm the JIT and the database's caches before anything is counted.
        measure(client, base, children, random, "warm-up", 4, 400, partialName, record);

        var results = new ArrayList<Result>();
        for (int users : new int[] {1, CONCURRENT_USERS}) {
            int requests = users == 1 ? 200 : 1_000;
            results.add(measure(client, base, children, random, "Search: start of a family name", users, requests, partialName));
            results.add(measure(client, base, children, random, "Search: full name and date of birth", users, requests, nameAndBirth));
            results.add(measure(client, base, children, random, "Search: NHS number", users, requests, nhs));
            results.add(measure(client, base, children, random, "Search: LA child ID", users, requests, laChildId));
            results.add(measure(client, base, children, random, "Search: start of a postcode", users, requests, postcode));
            results.add(measure(client, base, children, random, "Child's record: summary tab", users, requests, record));
            results.add(measure(client, base, children, random, "Child's record: case notes tab", users, requests, notes));
            results.add(measure(client, base, inCare, random, "Looked-after child's care tab", users, requests, careTab));
        }
        out.println("| what | users | requests | median ms | p95 ms | max ms | requests/s |");
        results.forEach(r -> out.println(r.row()));
        write(profile, "foundation", lines, results);
        workLists(profile, base, out);
        return 0;
    }

    /**
     * Work lists: each of 50 staff signs in and asks for their own list again and again, pausing
     * between requests as people do (a random 0 to 2 seconds); then the same with no pause at
     * all, which measures the machine flat out. Then every due date in the authority is
     * re-derived from the events, five times.
     */
    private void workLists(DemoProfile profile, String base, PrintStream out) throws Exception {
        var lines = new ArrayList<String>();
        var recomputes = new double[5];
        for (int i = 0; i < recomputes.length; i++) {
            var recomputed = timescales.recomputeAll();
            recomputes[i] = recomputed.took().toMillis() / 1000.0;
            if (i == 0) {
                lines.add(String.format(Locale.ROOT, "Re-derived every statutory clock: %,d children, %,d events, %,d clocks.",
                        recomputed.children(), recomputed.events(), recomputed.clocks()));
            }
        }
        Arrays.sort(recomputes);
        lines.add(String.format(Locale.ROOT, "Re-deriving all due dates for the authority: median %.1f s of 5 runs (fastest %.1f s, slowest %.1f s).",
                recomputes[2], recomputes[0], recomputes[4]));
        var overdue = jdbc.sql("select count(*) from statutory_clock where met_on is null and due_on < current_date").query(Long.class).single();
        var running = jdbc.sql("select count(*) from statutory_clock where met_on is null").query(Long.class).single();
        lines.add(String.format(Locale.ROOT, "Statutory clocks running: %,d, of which overdue: %,d.", running, overdue));
        var workers = staffWith("SOCIAL_WORKER", 50);
        var managers = staffWith("TEAM_MANAGER", 50);
        var workerClients = new ArrayList<HttpClient>();
        for (var username : workers) {
            workerClients.add(signIn(base, username, "demo"));
        }
        // Fewer managers than 50 on any authority: each signs in more than once (a session per screen).
        var managerClients = new ArrayList<HttpClient>();
        for (int i = 0; i < 50 && !managers.isEmpty(); i++) {
            managerClients.add(signIn(base, managers.get(i % managers.size()), "demo"));
        }
        lines.add(String.format(Locale.ROOT, "%d social workers signed in, and %d team managers in 50 sessions (each manager's own team).",
                workers.size(), managers.size()));
        measureAsUsers(base, workerClients, "/work", 0, 400, "warm-up");
        measureAsUsers(base, managerClients, "/work/team", 0, 400, "warm-up");
        var results = new ArrayList<Result>();
        results.add(measureAsUsers(base, workerClients.subList(0, 1), "/work", 0, 200, "Worker's list, one user"));
        results.add(measureAsUsers(base, managerClients.subList(0, 1), "/work/team", 0, 200, "Team manager's overdue list, one user"));
        results.add(measureAsUsers(base, managerClients.subList(0, 1), "/work/reviews", 0, 200, "Reviews due across the authority (IRO's list), one user"));
        results.add(measureAsUsers(base, managerClients.subList(0, 1), "/work/placement-stability", 0, 50,
                "Placement stability of every child looked after, one user"));
        results.add(measureAsUsers(base, managerClients.subList(0, 1), "/work/adoption", 0, 100, "Adoptions in progress and the scorecard, one user"));
        results.add(measureAsUsers(base, managerClients.subList(0, 1), "/adopters", 0, 100, "Adoption team's list of adopters, one user"));
        results.add(measureAsUsers(base, managerClients.subList(0, 1), "/work/court", 0, 100, "Pre-proceedings and care proceedings trackers, one user"));
        results.add(measureAsUsers(base, managerClients.subList(0, 1), "/work/homeless-young-people", 0, 100,
                "Homeless 16 and 17-year-olds: open pathways and the year's figures, one user"));
        results.add(measureAsUsers(base, workerClients, "/work", 2_000, 1_000, "Worker's list, 50 users pausing 0-2 s"));
        results.add(measureAsUsers(base, managerClients, "/work/team", 2_000, 1_000, "Team manager's overdue list, 50 sessions pausing 0-2 s"));
        results.add(measureAsUsers(base, workerClients, "/work", 0, 1_000, "Worker's list, 50 users flat out"));
        results.add(measureAsUsers(base, managerClients, "/work/team", 0, 1_000, "Team manager's overdue list, 50 sessions flat out"));
        lines.forEach(out::println);
        out.println("| what | users | requests | median ms | p95 ms | max ms | requests/s |");
        results.forEach(r -> out.println(r.row()));
        write(profile, "worklists", lines, results);
    }

    /**
     * The performance pages as 20 heads of service at once, and what keeping their figures current
     * costs: deriving every fact afresh, and bringing a few hundred changed children up to date.
     */
    private void dashboards(DemoProfile profile, String base, PrintStream out) throws Exception {
        var lines = new ArrayList<String>();
        var rebuilds = new double[3];
        for (int i = 0; i < rebuilds.length; i++) {
            var started = System.nanoTime();
            indicators.rebuild();
            rebuilds[i] = (System.nanoTime() - started) / 1e9;
        }
        Arrays.sort(rebuilds);
        var facts = jdbc.sql("select count(*) from indicator_fact").query(Long.class).single();
        var sums = jdbc.sql("select count(*) from indicator_month").query(Long.class).single();
        lines.add(String.format(Locale.ROOT, "Deriving every indicator's facts afresh (after a load, a new month or new definitions): %,d facts"
                + " in %,d monthly sums, median %.1f s of 3 runs (fastest %.1f s, slowest %.1f s).", facts, sums, rebuilds[1], rebuilds[0], rebuilds[2]));
        for (int changed : new int[] {1, 100, 500}) {
            var times = new double[5];
            for (int i = 0; i < times.length; i++) {
                jdbc.sql("""
                                insert into indicator_stale (authority_id, subject_id)
                                select authority_id, id from person where kind = 'CHILD' and case_status <> 'CLOSED'
                                order by md5(id::text || :round) limit :changed
                                on conflict do nothing
                                """)
                        .param("round", String.valueOf(i)).param("changed", changed).update();
                var started = System.nanoTime();
                indicators.bringUpToDate();
                times[i] = (System.nanoTime() - started) / 1e6;
            }
            Arrays.sort(times);
            lines.add(String.format(Locale.ROOT, "Bringing the facts up to date after %,d open children's records changed: median %.0f ms of 5"
                    + " (fastest %.0f ms, slowest %.0f ms).", changed, times[2], times[0], times[4]));
        }
        var heads = new ArrayList<HttpClient>();
        for (int i = 0; i < CONCURRENT_USERS; i++) {
            heads.add(signIn(base, "hos1", "demo"));
        }
        var teams = jdbc.sql("select id from team where exists (select 1 from allocation a where a.team_id = team.id and a.end_date is null) order by id")
                .query(Long.class).list();
        var month = java.time.YearMonth.now();
        var drillDowns = new ArrayList<String>();
        for (var indicator : org.opencsc.performance.Indicator.values()) {
            drillDowns.add("/performance/indicators/" + indicator.slug() + "/children?month=" + month.minusMonths(1));
            drillDowns.add("/performance/indicators/" + indicator.slug() + "/children?month=" + month.minusMonths(1) + "&team=" + teams.get(
                    indicator.ordinal() % teams.size()));
        }
        var teamPages = teams.stream().map(id -> "/performance/teams/" + id).toList();
        var indicatorPages = java.util.Arrays.stream(org.opencsc.performance.Indicator.values())
                .map(i -> "/performance/indicators/" + i.slug()).toList();
        measurePaths(base, heads, List.of("/performance/service", "/performance/director"), 0, 200, "warm-up");
        measurePaths(base, heads, drillDowns, 0, 200, "warm-up");
        var results = new ArrayList<Result>();
        results.add(timed("Head of service: every finding by team, drawn afresh each time (the figures changed), one user", 1, 50, 0,
                (user, i) -> {
                    jdbc.sql("update indicator_build set version = version + 1").update();
                    return heads.getFirst().send(HttpRequest.newBuilder(URI.create(base + "/performance/service")).GET().build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                }));
        results.add(measurePaths(base, heads.subList(0, 1), List.of("/performance/service"), 0, 50, "Head of service: every finding by team, one user"));
        results.add(measurePaths(base, heads, List.of("/performance/service"), 0, 400, "Head of service: every finding by team"));
        results.add(measurePaths(base, heads, List.of("/performance/director"), 0, 400, "Director: the authority at a glance"));
        results.add(measurePaths(base, heads, teamPages, 0, 400, "Team manager: a team's indicators (every team in turn)"));
        results.add(measurePaths(base, heads, indicatorPages, 0, 400, "One indicator: trend, months and teams (every indicator in turn)"));
        results.add(measurePaths(base, heads, drillDowns, 0, 1_000, "Drill-down: the children behind a figure (every indicator, authority and team)"));
        lines.forEach(out::println);
        out.println("| what | users | requests | median ms | p95 ms | max ms | requests/s |");
        results.forEach(r -> out.println(r.row()));
        write(profile, "dashboards", lines, results);
    }

    /**
     * Staff of a role who hold cases, given the demo password so that they can sign in: only the
     * named demo sign-ins have one, and this runs on the benchmark's throw-away database.
     */
    private List<String> staffWith(String role, int limit) {
        var usernames = jdbc.sql("""
                        select u.username from staff_user u
                        where u.role = :role and u.team_id is not null
                          and exists (select 1 from allocation a where a.team_id = u.team_id and a.end_date is null
                                      and (:role <> 'SOCIAL_WORKER' or a.worker_id = u.id))
                        order by u.id limit :limit
                        """)
                .param("role", role)
                .param("limit", limit)
                .query(String.class)
                .list();
        jdbc.sql("""
                        update staff_user set password_hash = (select password_hash from staff_user where username = 'sw1')
                        where username = any(:usernames) and password_hash is null
                        """)
                .param("usernames", usernames.toArray(String[]::new))
                .update();
        return usernames;
    }

    /** Each client is one signed-in user asking for the same page, with a random pause of up to {@code maxPauseMs}. */
    private static Result measureAsUsers(String base, List<HttpClient> clients, String path, int maxPauseMs, int requests, String what)
            throws Exception {
        return measurePaths(base, clients, List.of(path), maxPauseMs, requests, what);
    }

    /** Each client asks for the paths in turn, pausing up to {@code maxPauseMs} before each. */
    private static Result measurePaths(String base, List<HttpClient> clients, List<String> paths, int maxPauseMs, int requests, String what)
            throws Exception {
        return timed(what, clients.size(), requests, maxPauseMs, (user, i) -> clients.get(user)
                .send(HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size()))).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @SafeVarargs
    private Result measure(HttpClient client, String base, List<Child> children, SplittableRandom random, String what, int users,
                           int requests, Function<Child, String>... paths) throws Exception {
        var seeds = random.split();
        var perUser = new SplittableRandom[users];
        for (int user = 0; user < users; user++) {
            perUser[user] = seeds.split();
        }
        return timed(what, users, requests, 0, (user, i) -> client.send(HttpRequest.newBuilder(URI.create(base
                + paths[i % paths.length].apply(children.get(perUser[user].nextInt(children.size()))))).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    /** One request by one user: answers the HTTP status. */
    private interface UserRequest {
        int send(int user, int request) throws IOException, InterruptedException;
    }

    /**
     * Sends the requests from that many users at once, each pausing up to {@code maxPauseMs}
     * (at random) before each request, and times each round trip.
     */
    private static Result timed(String what, int users, int requests, int maxPauseMs, UserRequest request) throws Exception {
        var timings = new double[requests];
        var next = new AtomicInteger();
        var failures = new AtomicInteger();
        var started = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int user = 0; user < users; user++) {
                var me = user;
                var pauses = new SplittableRandom(user);
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        if (maxPauseMs > 0) {
                            Thread.sleep(pauses.nextInt(maxPauseMs + 1));
                        }
                        var sent = System.nanoTime();
                        try {
                            if (request.send(me, i) != 200) {
                                failures.incrementAndGet();
                            }
                        } catch (IOException | InterruptedException failed) {
                            failures.incrementAndGet();
                        }
                        timings[i] = (System.nanoTime() - sent) / 1e6;
                    }
                    return null;
                });
            }
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        if (failures.get() > 0) {
            throw new IllegalStateException(what + ": " + failures.get() + " requests did not answer 200");
        }
        Arrays.sort(timings);
        return new Result(what, users, requests, percentile(timings, 0.5), percentile(timings, 0.95), timings[requests - 1], requests / seconds);
    }

    private static double percentile(double[] sorted, double share) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)];
    }

    private static HttpClient signIn(String base, String username, String password) throws IOException, InterruptedException {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        var page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        var token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        var form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        var signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("could not sign in as " + username);
        }
        return client;
    }

    /** Children sw1 may see, with what staff search them by. */
    private List<Child> sample(int size) {
        return sample(size, "true");
    }

    /** A repeatable sample of unrestricted children meeting a condition on the person ({@code p}). */
    private List<Child> sample(int size, String condition) {
        return jdbc.sql("""
                        select p.id, p.given_name, p.family_name, p.date_of_birth, p.nhs_number,
                               (select a.postcode from address a where a.person_id = p.id and a.end_date is null limit 1) as postcode
                        from person p
                        where p.kind = 'CHILD' and not p.restricted and p.nhs_number is not null and p.date_of_birth is not null and %s
                        order by md5(p.id::text) limit :size
                        """.formatted(condition))
                .param("size", size)
                .query((r, n) -> new Child(r.getLong("id"), r.getString("given_name"), r.getString("family_name"),
                        r.getObject("date_of_birth", LocalDate.class), r.getString("nhs_number"), r.getString("postcode")))
                .list();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void write(DemoProfile profile, String part, List<String> lines, List<Result> results) throws IOException {
        var who = part.equals("dashboards") ? "in 20 sessions of the head of service, hos1"
                : "as sw1, with every search and view written to the audit log";
        var section = new StringBuilder()
                .append("Measured ").append(LocalDate.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(Runtime.version().feature()).append(", embedded PostgreSQL, client and server on one machine")
                .append(" (times are round trips on loopback, ").append(who).append(").\n\n");
        lines.forEach(line -> section.append(line).append("\n\n"));
        section.append("| what | users | requests | median ms | p95 ms | max ms | requests/s |\n|---|---|---|---|---|---|---|\n");
        results.forEach(r -> section.append(r.row()).append('\n'));
        BenchmarkReport.replaceSection(part, profile, section.toString());
    }
}
