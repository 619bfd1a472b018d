package org.opencsc.returns.legacy;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What an import did: children imported (now or by an earlier run of the same set), refused,
 * rows per file by outcome, problems counted by reason, and the problems themselves when they
 * were kept rather than written as they were found.
 */
record ImportReport(String set, int imported, int alreadyImported, int refused, Map<String, Map<LegacyStaging.Outcome, Long>> rowsByFile,
                    Map<ProblemReason, Long> byReason, List<ImportProblem> problems, Timing timing) {

    /** How long staging the rows, and building and saving the children with their clocks, took. */
    record Timing(Duration staging, Duration children) {

        Duration total() {
            return staging.plus(children);
        }
    }

    ImportReport {
        rowsByFile = Map.copyOf(rowsByFile);
        byReason = Map.copyOf(byReason);
        problems = List.copyOf(problems);
    }

    void print(PrintStream out) {
        out.printf("SSDA903 set %s imported in %d ms (rows staged in %d ms, children built and saved with their due dates in %d ms)%n", set,
                timing.total().toMillis(), timing.staging().toMillis(), timing.children().toMillis());
        out.printf("  children imported: %d (%d now, %d by an earlier import), refused: %d%n", imported + alreadyImported, imported,
                alreadyImported, refused);
        out.println("  rows per file:");
        new TreeMap<>(rowsByFile).forEach((file, outcomes) -> out.printf("    %-26s %6d  %s%n", file,
                outcomes.values().stream().mapToLong(Long::longValue).sum(), outcomes));
        out.println("  problems by reason:");
        byReason.entrySet().stream().sorted(Map.Entry.<ProblemReason, Long>comparingByValue().reversed())
                .forEach(entry -> out.printf("    %6d  %-5s %s (%s)%n", entry.getValue(), entry.getKey().error() ? "error" : "note",
                        entry.getKey().label(), entry.getKey().name()));
    }

    /** Writes the problems kept (an import that wrote them as it found them has none kept). */
    void writeCsv(Writer writer) throws IOException {
        try (var printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(ProblemLog.COLUMNS).get())) {
            for (var problem : problems) {
                ProblemLog.write(printer, problem);
            }
        }
    }
}
