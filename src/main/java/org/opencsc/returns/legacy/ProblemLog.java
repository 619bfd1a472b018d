package org.opencsc.returns.legacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Where the import's problems go as they are found: written straight to the CSV report, so that a
 * set with millions of problems does not hold them in memory, or kept (a small set, a test), and
 * counted by reason either way. Children are saved on several threads, so every method is
 * synchronised.
 */
final class ProblemLog implements AutoCloseable {

    static final String[] COLUMNS = {"file", "row", "column", "value", "reason", "outcome"};

    private final CSVPrinter printer;
    private final List<ImportProblem> kept;
    private final Map<ProblemReason, Long> counts = new EnumMap<>(ProblemReason.class);

    private ProblemLog(CSVPrinter printer, List<ImportProblem> kept) {
        this.printer = printer;
        this.kept = kept;
    }

    static ProblemLog kept() {
        return new ProblemLog(null, new ArrayList<>());
    }

    static ProblemLog writingTo(Writer writer) throws IOException {
        return new ProblemLog(new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get()), null);
    }

    synchronized void add(ImportProblem problem) {
        counts.merge(problem.reason(), 1L, Long::sum);
        if (kept != null) {
            kept.add(problem);
            return;
        }
        try {
            write(printer, problem);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    static void write(CSVPrinter printer, ImportProblem problem) throws IOException {
        // The value is the previous system's, as it was: it may be anything, so it is made safe to open in a spreadsheet.
        printer.printRecord(org.opencsc.platform.SpreadsheetText.csvRecord(problem.file(), problem.row(), problem.column(), problem.value(),
                problem.reason().label(), problem.outcome()));
    }

    synchronized Map<ProblemReason, Long> byReason() {
        return new EnumMap<>(counts);
    }

    /** The problems kept (none when they were written as found). */
    synchronized List<ImportProblem> problems() {
        return kept == null ? List.of() : List.copyOf(kept);
    }

    @Override
    public synchronized void close() throws IOException {
        if (printer != null) {
            printer.close(true);
        }
    }
}
