package org.opencsc.demo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencsc.platform.ClockZone;
import org.opencsc.platform.Command;
import org.opencsc.platform.CommandLine;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.ExportProgress;
import org.opencsc.returns.Severity;
import org.opencsc.returns.StatutoryReturn;
import org.opencsc.returns.StatutoryReturns;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * {@code java -jar opencsc.jar benchmark-returns [small|large] [--runs 5] [--legacy DIR]}: on the
 * demo authority (loaded first if the database is empty), builds and validates each statutory
 * return several times for the latest collection year, then imports the legacy SSDA903 extract;
 * prints the median times and the peak heap of each and writes them to BENCHMARKS.md.
 */
@Component
class ReturnsBenchmark implements Command {

    record Measure(String what, double medianMs, double fastestMs, double slowestMs, double peakHeapMb, String outcome) {
        String row() {
            return String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %s |", what, medianMs, fastestMs, slowestMs, peakHeapMb, outcome);
        }
    }

    @FunctionalInterface
    interface Timed {
        String run() throws Exception;
    }

    private final DemoAuthorityGenerator generator;
    private final StatutoryReturns returns;
    private final List<Command> commands;

    ReturnsBenchmark(DemoAuthorityGenerator generator, StatutoryReturns returns, @Lazy List<Command> commands) {
        this.generator = generator;
        this.returns = returns;
        this.commands = commands;
    }

    @Override
    public String name() {
        return "benchmark-returns";
    }

    @Override
    public String usage() {
        return "benchmark-returns [small|large] [--runs N] [--legacy DIR] [--opencsc.embedded-db.ephemeral=true --opencsc.demo=none]:"
                + " time each return's build and validation, and the legacy import";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) throws Exception {
        var line = CommandLine.parse(arguments, Set.of());
        var profile = DemoProfile.named(line.words().isEmpty() ? "large" : line.words().getFirst()).orElse(DemoProfile.LARGE);
        int runs = Integer.parseInt(line.flag("runs").orElse("5"));
        var notes = new ArrayList<String>();
        if (generator.authorityIsEmpty()) {
            var summary = generator.load(profile, DemoAuthorityGenerator.DEFAULT_SEED);
            notes.add(String.format(Locale.ROOT, "On the %s demo authority: %,d children, %,d looked after (loaded in %.1f s).",
                    profile.name(), summary.children(), summary.lookedAfter(), summary.took().toMillis() / 1000.0));
        } else {
            notes.add("On the authority already in the database (not loaded by this run).");
        }
        var year = CollectionYear.latestEndedBy(LocalDate.now(ClockZone.UK));
        notes.add("Collection year " + year.label() + "; each figure is over " + runs + " runs after one warm-up run; peak heap is the"
                + " sum of the Java heap pools' peaks during a run (garbage not yet collected included), with the JVM's default heap.");
        notes.forEach(out::println);

        var measures = new ArrayList<Measure>();
        var scratch = Files.createTempDirectory("opencsc-benchmark-returns");
        try {
            for (StatutoryReturn statutoryReturn : returns.all()) {
                measures.add(measure(statutoryReturn.title() + ": build and check against its schema", runs, () -> {
                    var directory = Files.createDirectories(scratch.resolve(statutoryReturn.name()));
                    var files = statutoryReturn.export(year, directory, ExportProgress.NONE);
                    long bytes = 0;
                    for (Path file : files) {
                        bytes += Files.size(file);
                    }
                    return String.format(Locale.ROOT, "%d files, %,d KB", files.size(), bytes / 1024);
                }));
                measures.add(measure(statutoryReturn.title() + ": validation before sending", runs, () -> {
                    var failures = statutoryReturn.validate(year, ExportProgress.NONE);
                    var errors = failures.stream().filter(f -> f.severity() == Severity.ERROR).count();
                    return errors + " errors, " + (failures.size() - errors) + " queries";
                }));
            }
            var legacy = Path.of(line.flag("legacy").orElse("../shared/data/legacy-903-extract"));
            var importer = commands.stream().filter(c -> c.name().equals("import")).findFirst();
            if (importer.isPresent() && Files.isDirectory(legacy)) {
                var report = scratch.resolve("import-report.csv");
                Timed importOnce = () -> {
                    var printed = new ByteArrayOutputStream();
                    int exit = importer.get().run(List.of("ssda903", legacy.toString(), "--report", report.toString()), new PrintStream(printed, true));
                    // The line that counts the children is the outcome worth a row in the table.
                    return printed.toString().lines().filter(l -> l.contains("children imported")).findFirst()
                            .map(String::strip).orElse("exit " + exit);
                };
                // Only the first import finds the children new, so it is timed once, cold; the
                // runs after it measure what an idempotent re-import of the same files costs.
                measures.add(measure("Legacy SSDA903 import of " + legacy.getFileName() + ", first time", 1, false, importOnce));
                measures.add(measure("Legacy SSDA903 import of the same files again (nothing new)", runs, true, importOnce));
            }
        } finally {
            FileSystemUtils.deleteRecursively(scratch);
        }

        var table = new StringBuilder("| what | median ms | fastest ms | slowest ms | peak heap MB | outcome |\n|---|---|---|---|---|---|\n");
        measures.forEach(m -> table.append(m.row()).append('\n'));
        out.print(table);
        var section = new StringBuilder("Measured ").append(LocalDate.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(Runtime.version().feature()).append(", embedded PostgreSQL on the same machine.\n\n");
        notes.forEach(note -> section.append(note).append("\n\n"));
        section.append(table);
        BenchmarkReport.replaceSection("returns", profile, section.toString());
        return 0;
    }

    private static Measure measure(String what, int runs, Timed timed) throws Exception {
        return measure(what, runs, true, timed);
    }

    private static Measure measure(String what, int runs, boolean warmUp, Timed timed) throws Exception {
        var times = new double[runs];
        double peak = 0;
        String outcome = warmUp ? timed.run() : "";
        for (int i = 0; i < runs; i++) {
            System.gc();
            resetPeaks();
            long started = System.nanoTime();
            outcome = timed.run();
            times[i] = (System.nanoTime() - started) / 1e6;
            peak = Math.max(peak, peakHeapMb());
        }
        var sorted = times.clone();
        java.util.Arrays.sort(sorted);
        return new Measure(what, BenchmarkReport.median(times), sorted[0], sorted[runs - 1], peak, outcome);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double peakHeapMb() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
    }
}
