package org.opencsc.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A benchmark's section of BENCHMARKS.md, between markers named by the part and the demo
 * profile, so that each run replaces its own numbers and leaves the rest of the file alone.
 */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    static void replaceSection(String part, DemoProfile profile, String body) throws IOException {
        var file = Path.of("BENCHMARKS.md");
        var start = "<!-- " + part + ":" + profile.name() + ":start -->";
        var end = "<!-- " + part + ":" + profile.name() + ":end -->";
        var section = start + "\n" + body + end;
        var text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        var from = text.indexOf(start);
        var to = text.indexOf(end);
        text = from >= 0 && to > from ? text.substring(0, from) + section + text.substring(to + end.length())
                : text.stripTrailing() + "\n\n" + section + "\n";
        Files.writeString(file, text);
    }

    static double median(double[] values) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
