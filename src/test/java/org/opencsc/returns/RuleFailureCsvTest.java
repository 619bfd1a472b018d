package org.opencsc.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RuleFailureCsvTest {

    private static RuleFailure failure(String code, long personId, String reference, String event) {
        return new RuleFailure("cin-census", code, Severity.ERROR, "Rule " + code + " failed", personId, reference, event, "/children/" + personId);
    }

    @Test
    void aValueASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws Exception {
        var csv = new StringWriter();
        RuleFailureCsv.write(List.of(failure("8590", 1, "C0000001", "=HYPERLINK(\"http://evil.example\",\"Open\")"),
                failure("-1", 2, "@C2", "+Referral")), csv);
        List<CSVRecord> rows;
        try (var parser = CSVParser.parse(csv.toString(), CSVFormat.DEFAULT.builder().setHeader().get())) {
            rows = parser.getRecords();
        }
        assertThat(rows.get(0).get("Record")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Open\")");
        assertThat(rows.get(0).get("Child")).isEqualTo("C0000001");
        assertThat(rows.get(1).get("Rule")).isEqualTo("'-1");
        assertThat(rows.get(1).get("Child")).isEqualTo("'@C2");
        assertThat(rows.get(1).get("Record")).isEqualTo("'+Referral");
    }

    @Test
    void maskedFailuresSortTogetherAfterEveryOtherInTheReturnsOrder() {
        // In the return's order the masked child (Middleton) sat between Abbott and Zulu.
        var failures = new ArrayList<>(List.of(failure("100", 1, "ABBOTT", "Referral"), failure("100", 2, "MIDDLETON", "Referral").restricted(),
                failure("100", 3, "ZULU", "Referral"), failure("200", 4, "ABBOTT", "Plan"), failure("150", 5, "X", "Plan").restricted()));
        failures.sort(RuleFailure.maskedLast());
        assertThat(failures).extracting(RuleFailure::childReference).containsExactly("ABBOTT", "ZULU", "ABBOTT", "Restricted record", "Restricted record");
        assertThat(failures).extracting(RuleFailure::code).containsExactly("100", "100", "200", "100", "150");
    }
}
