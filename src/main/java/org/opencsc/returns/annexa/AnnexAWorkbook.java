package org.opencsc.returns.annexa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.opencsc.platform.SpreadsheetText;

/**
 * The Annex A workbook, written as it is filled: only a window of rows is held in memory and the
 * rest goes to a temporary file, so a large authority's lists do not grow the heap. Dates are real
 * date cells shown dd/mm/yyyy, as Ofsted's template has them; counts are numbers; answers are text.
 */
final class AnnexAWorkbook implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final CellStyle dateStyle;
    private final CellStyle headingStyle;
    private final SpreadsheetText.Cells text;

    AnnexAWorkbook() {
        // Plain temporary files: a few tens of megabytes of disk for the largest authority, where
        // compressing them and reading them back took more time than the database's queries.
        workbook.setCompressTempFiles(false);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        headingStyle = workbook.createCellStyle();
        var bold = workbook.createFont();
        bold.setBold(true);
        headingStyle.setFont(bold);
        text = new SpreadsheetText.Cells(workbook);
    }

    /** A list's sheet with its heading row; rows added to it are written in order. */
    ListSheet sheet(AnnexAList list) {
        var sheet = workbook.createSheet(list.sheetName());
        var heading = sheet.createRow(0);
        var headings = list.headings();
        for (int i = 0; i < headings.size(); i++) {
            var cell = heading.createCell(i);
            cell.setCellValue(headings.get(i));
            cell.setCellStyle(headingStyle);
        }
        sheet.createFreezePane(0, 1);
        return new ListSheet(list, sheet);
    }

    void writeTo(Path file) throws IOException {
        try (var out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** One list being written; each row must have a value, or null, for every heading. */
    final class ListSheet {

        private final AnnexAList list;
        private final Sheet sheet;
        private int next = 1;

        private ListSheet(AnnexAList list, Sheet sheet) {
            this.list = list;
            this.sheet = sheet;
        }

        void add(List<?> values) {
            if (values.size() != list.headings().size()) {
                throw new IllegalStateException(list.sheetName() + " has " + list.headings().size() + " columns but a row of " + values.size());
            }
            var row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                var value = values.get(i);
                if (value == null) {
                    continue;
                }
                var cell = row.createCell(i);
                switch (value) {
                    case LocalDate date -> {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    }
                    case Number number -> cell.setCellValue(number.doubleValue());
                    case Boolean answer -> cell.setCellValue(answer ? "Yes" : "No");
                    // Text (names and answers) stays exactly as Ofsted's template has it, and is quote prefixed where a
                    // spreadsheet would take it for a formula; dates and counts (negative ones too) stay real cells.
                    default -> text.text(cell, value.toString());
                }
            }
        }

        int rows() {
            return next - 1;
        }
    }
}
