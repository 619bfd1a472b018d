package org.opencsc.returns;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.opencsc.platform.SpreadsheetText;

/** The validation failures as a spreadsheet-friendly CSV, for the performance team to work through. */
public final class RuleFailureCsv {

    private static final String[] HEADINGS = {"Return", "Rule", "Type", "Child", "Record", "Message", "Link"};

    private RuleFailureCsv() {
    }

    public static void write(List<RuleFailure> failures, Writer writer) throws IOException {
        try (var printer = CSVFormat.DEFAULT.builder().setHeader(HEADINGS).get().print(writer)) {
            for (var failure : failures) {
                printer.printRecord(SpreadsheetText.csvRecord(failure.returnName(), failure.code(), failure.severity().label(),
                        failure.childReference(), failure.event(), failure.message(), failure.link()));
            }
        }
    }
}
