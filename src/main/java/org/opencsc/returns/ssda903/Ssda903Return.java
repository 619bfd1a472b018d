package org.opencsc.returns.ssda903;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.ExportProgress;
import org.opencsc.returns.RuleFailure;
import org.opencsc.returns.SchemaViolationException;
import org.opencsc.returns.Severity;
import org.opencsc.returns.StatutoryReturn;
import org.springframework.stereotype.Component;

/**
 * The SSDA903 children looked after return: the DfE's CSV files and the same return as XML,
 * each checked against its published schema, and the DfE's validation rules, some of which
 * compare with last year's return, built again from the same records.
 */
@Component
class Ssda903Return implements StatutoryReturn {

    static final String NAME = "ssda903";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Ssda903Return.class);

    private final Ssda903Builder builder;
    private final ColumnSchema schema = ColumnSchema.published();
    private final List<Rule> rules = Rule.all();

    Ssda903Return(Ssda903Builder builder) {
        this.builder = builder;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "SSDA903 children looked after";
    }

    @Override
    public List<Path> export(CollectionYear year, Path directory, ExportProgress progress) throws IOException {
        var started = System.nanoTime();
        var children = builder.build(year);
        LOG.info("SSDA903 {}: {} children built in {} ms", year.label(), children.size(), (System.nanoTime() - started) / 1_000_000);
        var files = new ArrayList<Path>();
        var step = 0;
        for (var file : Ssda903File.values()) {
            progress.report("Writing " + file.fileName(), step++, Ssda903File.values().length + 1);
            var path = directory.resolve(file.fileName());
            // Not through SpreadsheetText: the DfE's validator reads every value exactly as the SSDA903 specification
            // sets it, and an apostrophe would fail it. No value here can start with = + - @, a tab or a return: every
            // column is a DfE code, a date (dd/mm/yyyy), a number of no sign, a postcode or the LA child ID, which the
            // record refuses when it starts with one of those (PersonForm).
            try (var printer = CSVFormat.DEFAULT.builder().setHeader(file.columns().toArray(String[]::new)).get().print(Files.newBufferedWriter(path))) {
                for (var child : children) {
                    for (var row : (Iterable<List<String>>) file.rows(child)::iterator) {
                        printer.printRecord(row);
                    }
                }
            }
            check(file, path);
            files.add(path);
            LOG.debug("{} written and checked at {} ms", file.fileName(), (System.nanoTime() - started) / 1_000_000);
        }
        progress.report("Writing " + Ssda903Xml.FILE_NAME, step, Ssda903File.values().length + 1);
        var xml = directory.resolve(Ssda903Xml.FILE_NAME);
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(xml)); var writer = Ssda903Xml.start(out)) {
            for (var child : children) {
                writer.write(child);
            }
        } catch (XMLStreamException unwritable) {
            throw new IOException("Could not write " + xml, unwritable);
        }
        LOG.debug("{} written at {} ms", Ssda903Xml.FILE_NAME, (System.nanoTime() - started) / 1_000_000);
        Ssda903Xml.check(xml, year);
        LOG.debug("{} checked against the year's CLA schema at {} ms", Ssda903Xml.FILE_NAME, (System.nanoTime() - started) / 1_000_000);
        files.add(xml);
        return files;
    }

    /** Reads a written file back against the published column schema: its columns, then each row's form. */
    private void check(Ssda903File file, Path path) throws IOException {
        try (var parser = CSVParser.parse(path, java.nio.charset.StandardCharsets.UTF_8, CSVFormat.DEFAULT.builder().setHeader().get())) {
            if (!parser.getHeaderNames().equals(schema.columnNames(file.table()))) {
                throw new SchemaViolationException(NAME, file.fileName() + " has columns " + parser.getHeaderNames() + ", not "
                        + schema.columnNames(file.table()), null);
            }
            for (var record : parser) {
                var problem = schema.problem(file.table(), record.toList());
                if (problem != null) {
                    throw new SchemaViolationException(NAME, file.fileName() + " line " + parser.getCurrentLineNumber() + ": " + problem, null);
                }
            }
        }
    }

    @Override
    public List<RuleFailure> validate(CollectionYear year, ExportProgress progress) {
        var children = builder.build(year);
        progress.report("Building " + year.previous().label() + " to compare with", 0, children.size());
        var context = ReturnYear.of(year, schema, builder.build(year.previous()));
        return validate(children, context, progress);
    }

    /** The rules over children already built: errors first, then by child and rule. */
    List<RuleFailure> validate(List<LookedAfterChild> children, ReturnYear context, ExportProgress progress) {
        var failures = new ArrayList<RuleFailure>();
        var done = 0;
        for (var child : children) {
            for (var rule : rules) {
                rule.check().test(child, context).forEach(fired -> failures.add(new RuleFailure(NAME, rule.code(), rule.severity(), rule.message(),
                        child.personId(), child.child(), fired.event(), fired.link())));
            }
            progress.report("Validating", ++done, children.size());
        }
        failures.sort(Comparator.comparing((RuleFailure f) -> f.severity() == Severity.ERROR ? 0 : 1));
        return failures;
    }
}
