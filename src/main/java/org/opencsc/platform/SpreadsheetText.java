package org.opencsc.platform;

import java.util.Arrays;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text written into a spreadsheet the product exports, made safe from formula injection: a
 * spreadsheet program runs a cell that starts with {@code = + - @}, a tab or a carriage return as
 * a formula ({@code =HYPERLINK(...)} typed into a note's subject would become a link, or worse,
 * in the performance team's copy of a CSV). Every CSV and XLSX export goes through here.
 *
 * <ul>
 *   <li>CSV: such a text value gets a leading apostrophe (OWASP's advice), which the spreadsheet
 *       shows and a reader understands. Numbers and dates are written as they are: a negative
 *       number stays a number, never text.</li>
 *   <li>XLSX: a text cell is never a formula, but the program makes it one when the cell is
 *       edited; such a cell is marked "quote prefixed" (Excel's own apostrophe), which keeps the
 *       value exactly as it is, so a return's values are unchanged.</li>
 * </ul>
 *
 * Files whose every value is set by a specification, and read by a machine that would reject an
 * apostrophe (the SSDA903 CSVs of the DfE, or a CSV the database copies in), do not use it; each
 * says why where it writes.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** True when a spreadsheet program would read this text as a formula. */
    public static boolean risky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    /** A CSV value: text that would be a formula gets a leading apostrophe; anything else (numbers, dates, null) as it is. */
    public static Object csv(Object value) {
        return value instanceof CharSequence text && risky(text.toString()) ? "'" + text : value;
    }

    /** A CSV record's values, each through {@link #csv(Object)}. */
    public static Object[] csvRecord(Object... values) {
        return Arrays.stream(values).map(SpreadsheetText::csv).toArray();
    }

    /** Writes text cells into one workbook, marking those a spreadsheet would take for a formula. */
    public static final class Cells {

        private final Workbook workbook;
        private CellStyle quoted;

        public Cells(Workbook workbook) {
            this.workbook = workbook;
        }

        /** Sets the cell's text; a risky one is quote prefixed (styled on a copy of the cell's style). */
        public void text(Cell cell, String text) {
            cell.setCellValue(text);
            if (risky(text)) {
                if (quoted == null) {
                    // One style for every such cell (a workbook holds a limited number of styles).
                    quoted = workbook.createCellStyle();
                    quoted.setQuotePrefixed(true);
                }
                cell.setCellStyle(quoted);
            }
        }
    }
}
