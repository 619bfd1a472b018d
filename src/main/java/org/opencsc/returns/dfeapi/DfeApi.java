package org.opencsc.returns.dfeapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.ExportProgress;
import org.opencsc.returns.RuleFailure;
import org.opencsc.returns.StatutoryReturn;
import org.springframework.stereotype.Component;

/**
 * The DfE's daily children's social care data: the records of the children that changed since a
 * day, as JSON payloads checked against the DfE's schema, sent to its API when sending is switched
 * on ({@code opencsc.dfe-api.enabled}) and otherwise only written. The DfE publishes no
 * validation rules for it beyond the schema: validating lists each child whose record would not
 * meet it, and every payload written is checked against it.
 */
@Component
public class DfeApi implements StatutoryReturn {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final DfePayloads payloads;
    private final DfeApiSender sender;

    DfeApi(DfePayloads payloads, DfeApiSender sender) {
        this.payloads = payloads;
        this.sender = sender;
    }

    @Override
    public String name() {
        return "dfe-api";
    }

    @Override
    public String title() {
        return "DfE daily data";
    }

    /** For a collection year: every child whose record changed since the year began. */
    @Override
    public List<Path> export(CollectionYear year, Path directory, ExportProgress progress) throws IOException {
        return exportSince(year.start(), directory, progress);
    }

    /**
     * The children whose records changed on or after a day (the day of the last send, say): the
     * payload files, and when sending is on, a list of the receipts the DfE gave for them.
     */
    public List<Path> exportSince(LocalDate since, Path directory, ExportProgress progress) throws IOException {
        var files = new ArrayList<>(payloads.write(since, directory, progress));
        var sent = sender.send(files);
        if (!sent.isEmpty()) {
            var receipts = directory.resolve("dfe-api-since-" + FILE_DATE.format(since) + "-receipts.csv");
            try (var writer = Files.newBufferedWriter(receipts);
                 var printer = CSVFormat.DEFAULT.builder().setHeader("Payload", "Receipt").get().print(writer)) {
                for (var one : sent) {
                    printer.printRecord(org.opencsc.platform.SpreadsheetText.csvRecord(one.file().getFileName().toString(), one.receipt()));
                }
            }
            files.add(receipts);
        }
        return files;
    }

    /** The children changed since the year began whose records would not meet the DfE's schema, one failure each. */
    @Override
    public List<RuleFailure> validate(CollectionYear year, ExportProgress progress) {
        return validateSince(year.start(), progress);
    }

    public List<RuleFailure> validateSince(LocalDate since, ExportProgress progress) {
        return payloads.problems(since, progress);
    }
}
