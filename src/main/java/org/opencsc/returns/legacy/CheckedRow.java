package org.opencsc.returns.legacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A staged row with every value checked against its column in the schema: dates read (dd/mm/yyyy,
 * or yyyy-mm-dd converted and reported; a two-digit year is refused because its century is not
 * certain), codes matched (a spelled-out label or a spreadsheet's "1.0" converted, as listed in
 * {@link #CERTAIN}), and each problem noted with its column.
 */
final class CheckedRow {

    private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2}");
    private static final Pattern WHOLE = Pattern.compile("\\d+");
    /** A whole number a spreadsheet wrote with a decimal point ("1.0"): the same number, certainly. */
    private static final Pattern SPREADSHEET_WHOLE = Pattern.compile("(\\d+)\\.0+");
    /**
     * Old spellings whose current code is certain, by column: sex as M or F before the 1 and 2 of
     * the header. Codes that were split (OC3 activity F3 and P3, reason ceased E4 and E1) are not
     * here: which of the new codes applies cannot be known.
     */
    static final Map<String, Map<String, String>> CERTAIN = Map.of("SEX", Map.of("M", "1", "F", "2"));

    private final StagedRow staged;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final List<ImportProblem> problems;
    private boolean errors;

    private CheckedRow(StagedRow staged, List<ImportProblem> problems) {
        this.staged = staged;
        this.problems = problems;
    }

    /** Checks every column of the row's file, adding what is wrong to {@code problems}. */
    static CheckedRow check(StagedRow staged, List<LegacyColumn> columns, List<ImportProblem> problems) {
        var row = new CheckedRow(staged, problems);
        var unreadable = staged.unreadable();
        if (unreadable != null) {
            row.problem(null, staged.fields().get(StagedRow.LINE), unreadable);
            return row;
        }
        for (var column : columns) {
            row.read(column);
        }
        return row;
    }

    /** A date as the schema has it (dd/mm/yyyy) or unambiguous (yyyy-mm-dd); null for anything else. */
    static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        var uk = UK_DATE.matcher(value.strip());
        var iso = ISO_DATE.matcher(value.strip());
        try {
            if (uk.matches()) {
                return LocalDate.of(Integer.parseInt(uk.group(3)), Integer.parseInt(uk.group(2)), Integer.parseInt(uk.group(1)));
            }
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
        } catch (DateTimeException notADay) {
            return null;
        }
        return null;
    }

    StagedRow staged() {
        return staged;
    }

    LegacyFile file() {
        return staged.file();
    }

    int number() {
        return staged.row();
    }

    boolean hasErrors() {
        return errors;
    }

    /** The checked value (a code as the current list has it), or null when blank or wrong. */
    String value(String column) {
        return values.get(column);
    }

    LocalDate date(String column) {
        return dates.get(column);
    }

    /** Notes a problem found with this row while building the child. */
    void problem(String column, String value, ProblemReason reason) {
        errors |= reason.error();
        problems.add(new ImportProblem(staged.file().fileName(), staged.row(), column, value, reason, null));
    }

    private void read(LegacyColumn column) {
        var raw = staged.fields().get(column.name());
        if (raw == null && !staged.fields().containsKey(column.name())) {
            if (!column.blankAllowed()) {
                problem(column.name(), null, ProblemReason.MISSING_COLUMN);
            }
            return;
        }
        var value = raw == null ? "" : raw.strip();
        if (value.indexOf('\uFFFD') >= 0) {
            problem(column.name(), value, ProblemReason.NOT_UTF8);
            return;
        }
        if (value.isEmpty()) {
            if (!column.blankAllowed()) {
                problem(column.name(), value, ProblemReason.BLANK);
            }
            return;
        }
        switch (column.kind()) {
            case DATE -> readDate(column.name(), value);
            case CODE -> readCode(column, value);
            case NUMBER -> readNumber(column.name(), value);
            case TEXT -> values.put(column.name(), value);
        }
    }

    private void readDate(String column, String value) {
        var date = parseDate(value);
        if (date != null) {
            dates.put(column, date);
            if (ISO_DATE.matcher(value).matches()) {
                problem(column, value, ProblemReason.DATE_CONVERTED);
            }
        } else if (TWO_DIGIT_YEAR.matcher(value).matches()) {
            problem(column, value, ProblemReason.TWO_DIGIT_YEAR);
        } else {
            problem(column, value, ProblemReason.NOT_A_DATE);
        }
    }

    private void readCode(LegacyColumn column, String value) {
        var upper = value.toUpperCase(Locale.ROOT);
        if (column.codes().contains(upper)) {
            values.put(column.name(), upper);
            return;
        }
        var spreadsheet = SPREADSHEET_WHOLE.matcher(value);
        var converted = column.codeForLabel().get(upper);
        if (converted == null && spreadsheet.matches() && column.codes().contains(spreadsheet.group(1))) {
            converted = spreadsheet.group(1);
        }
        if (converted == null) {
            converted = CERTAIN.getOrDefault(column.name(), Map.of()).get(upper);
        }
        if (converted != null && column.codes().contains(converted)) {
            values.put(column.name(), converted);
            problem(column.name(), value, ProblemReason.CODE_CONVERTED);
        } else {
            problem(column.name(), value, ProblemReason.UNKNOWN_CODE);
        }
    }

    private void readNumber(String column, String value) {
        var spreadsheet = SPREADSHEET_WHOLE.matcher(value);
        if (WHOLE.matcher(value).matches()) {
            values.put(column, value);
        } else if (spreadsheet.matches()) {
            values.put(column, spreadsheet.group(1));
            problem(column, value, ProblemReason.CODE_CONVERTED);
        } else {
            problem(column, value, ProblemReason.NOT_A_NUMBER);
        }
    }
}
