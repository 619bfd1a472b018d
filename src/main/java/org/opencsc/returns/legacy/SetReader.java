package org.opencsc.returns.legacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Reads one file of the set a line at a time, so that a file of any size is never held in memory
 * and a line whose quoting is broken costs that line only. Bytes that are not UTF-8 become U+FFFD
 * and are reported against their column; a byte order mark and Windows line ends are taken off.
 * SSDA903 values never span lines, so a line is a row.
 */
final class SetReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(false).get();

    private final LegacyFile file;
    private final List<LegacyColumn> columns;
    private final ProblemLog problems;

    SetReader(LegacyFile file, List<LegacyColumn> columns, ProblemLog problems) {
        this.file = file;
        this.columns = columns;
        this.problems = problems;
    }

    /**
     * Gives each row of the file to {@code row} with whether it can be attributed to a child;
     * problems with the header (a missing or unknown column) are noted once, against row 1.
     * Returns the number of rows read.
     */
    int read(Path path, BiConsumer<StagedRow, Boolean> row) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (var reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder), 1 << 16)) {
            var headerLine = reader.readLine();
            if (headerLine == null) {
                return 0;
            }
            if (headerLine.startsWith("\uFEFF")) {
                headerLine = headerLine.substring(1);
            }
            var header = header(headerLine);
            int number = 1;
            int rows = 0;
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                rows++;
                var staged = stage(line, number, header);
                row.accept(staged, staged.child() != null);
            }
            return rows;
        }
    }

    private List<String> header(String line) throws IOException {
        List<String> names;
        try {
            names = parse(line).stream().map(name -> name.strip().toUpperCase(Locale.ROOT)).toList();
        } catch (IOException | RuntimeException broken) {
            problems.add(new ImportProblem(file.fileName(), 1, null, line, ProblemReason.BROKEN_QUOTING, ImportProblem.ROW_REJECTED));
            return List.of();
        }
        var known = new HashSet<String>();
        for (var column : columns) {
            known.add(column.name());
            if (!names.contains(column.name())) {
                problems.add(new ImportProblem(file.fileName(), 1, column.name(), null, ProblemReason.MISSING_COLUMN,
                        column.blankAllowed() ? ImportProblem.LEFT_OUT : "every row of the file refused"));
            }
        }
        for (var name : names) {
            if (!known.contains(name)) {
                problems.add(new ImportProblem(file.fileName(), 1, name, null, ProblemReason.UNKNOWN_COLUMN, ImportProblem.LEFT_OUT));
            }
        }
        return names;
    }

    private StagedRow stage(String line, int number, List<String> header) {
        List<String> values;
        try {
            values = parse(line);
        } catch (IOException | RuntimeException broken) {
            return unreadable(line, number, ProblemReason.BROKEN_QUOTING);
        }
        if (values.size() != header.size()) {
            return unreadable(line, number, ProblemReason.WRONG_FIELD_COUNT);
        }
        var fields = new LinkedHashMap<String, String>();
        for (int i = 0; i < header.size(); i++) {
            fields.putIfAbsent(header.get(i), values.get(i));
        }
        return new StagedRow(file, number, childOf(fields.get("CHILD")), fields);
    }

    /**
     * A row that could not be split into its values keeps its text; it still belongs to its child
     * when the first value (CHILD, first in every file) can be read, quotes and all, so that child
     * is refused rather than imported without it.
     */
    private StagedRow unreadable(String line, int number, ProblemReason reason) {
        var fields = new HashMap<String, String>();
        fields.put(StagedRow.LINE, line);
        fields.put(StagedRow.UNREADABLE, reason.name());
        var comma = line.indexOf(',');
        var first = (comma < 0 ? line : line.substring(0, comma)).replace("\"", "");
        return new StagedRow(file, number, childOf(first), fields);
    }

    private static String childOf(String value) {
        if (value == null || value.isBlank() || value.indexOf('\uFFFD') >= 0) {
            return null;
        }
        return value.strip();
    }

    private static List<String> parse(String line) throws IOException {
        try (var parser = CSVParser.parse(line, FORMAT)) {
            var records = parser.getRecords();
            if (records.size() != 1) {
                throw new IOException("not one row");
            }
            return new ArrayList<>(records.getFirst().toList());
        }
    }

    /** The problems of a row that could not be given to a child: reported with the row, which is kept. */
    static void reportUnattributed(StagedRow row, ProblemLog problems) {
        var reason = row.unreadable();
        problems.add(new ImportProblem(row.file().fileName(), row.row(), reason == null ? "CHILD" : null,
                reason == null ? row.fields().get("CHILD") : row.fields().get(StagedRow.LINE),
                reason == null ? (row.fields().getOrDefault("CHILD", "").indexOf('\uFFFD') >= 0 ? ProblemReason.NOT_UTF8 : ProblemReason.BLANK) : reason,
                ImportProblem.ROW_REJECTED));
    }
}
