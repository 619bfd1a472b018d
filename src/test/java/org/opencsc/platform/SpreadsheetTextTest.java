package org.opencsc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostropheInACsv() {
        for (var risky : new String[] {"=HYPERLINK(\"http://evil\",\"x\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(SpreadsheetText.csv(risky)).as(risky).isEqualTo("'" + risky);
        }
        assertThat(SpreadsheetText.csv("Referral of 03/05/2025")).isEqualTo("Referral of 03/05/2025");
        assertThat(SpreadsheetText.csv("")).isEqualTo("");
        assertThat(SpreadsheetText.csv(null)).isNull();
        assertThat(SpreadsheetText.csv(-5)).as("a negative number stays a number").isEqualTo(-5);
        assertThat(SpreadsheetText.csv(LocalDate.of(2025, 5, 3))).isEqualTo(LocalDate.of(2025, 5, 3));
    }

    @Test
    void aRiskyXlsxTextCellKeepsItsValueAndIsQuotePrefixed() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var workbook = new SXSSFWorkbook()) {
            var cells = new SpreadsheetText.Cells(workbook);
            var row = workbook.createSheet("List").createRow(0);
            cells.text(row.createCell(0), "=HYPERLINK(\"http://evil\",\"x\")");
            cells.text(row.createCell(1), "Plain");
            row.createCell(2).setCellValue(-5);
            workbook.write(out);
        }
        try (var read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var row = read.getSheetAt(0).getRow(0);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
            assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(-5);
        }
    }
}
