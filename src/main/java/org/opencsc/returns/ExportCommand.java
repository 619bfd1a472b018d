package org.opencsc.returns;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.opencsc.platform.ClockZone;
import org.opencsc.platform.Command;
import org.opencsc.platform.CommandLine;
import org.springframework.stereotype.Component;

/**
 * {@code export cin-census --collection-year 2026 --out DIR [--validate]}: writes a return for a
 * collection year without a running server, on the database the application uses. With
 * {@code --validate} the DfE rules are run first and their failures printed and written beside
 * the return; the exit code is 1 when any of them is an error.
 */
@Component
class ExportCommand implements Command {

    private final StatutoryReturns returns;

    ExportCommand(StatutoryReturns returns) {
        this.returns = returns;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export " + String.join("|", returns.names()) + " --collection-year YYYY --out DIR [--validate]";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) throws Exception {
        var line = CommandLine.parse(arguments, Set.of("validate"));
        if (line.words().size() != 1 || returns.named(line.words().getFirst()).isEmpty()) {
            System.err.println("Usage: java -jar opencsc.jar " + usage());
            return 2;
        }
        var statutoryReturn = returns.named(line.words().getFirst()).orElseThrow();
        CollectionYear year;
        try {
            year = line.flag("collection-year").map(CollectionYear::parse)
                    .orElseGet(() -> CollectionYear.latestEndedBy(LocalDate.now(ClockZone.UK)));
        } catch (IllegalArgumentException badYear) {
            System.err.println("--collection-year: " + badYear.getMessage());
            return 2;
        }
        var directory = Path.of(line.flag("out").orElse("returns")).toAbsolutePath();
        Files.createDirectories(directory);

        var errors = 0L;
        if (line.has("validate")) {
            var started = System.nanoTime();
            var failures = statutoryReturn.validate(year, ExportProgress.NONE);
            errors = failures.stream().filter(f -> f.severity() == Severity.ERROR).count();
            for (var failure : failures) {
                out.printf("%s %-5s %-6s %-12s %s: %s%n", failure.returnName(), failure.severity().label(), failure.code(),
                        failure.childReference() == null ? "" : failure.childReference(), failure.event(), failure.message());
            }
            var report = directory.resolve(statutoryReturn.name() + "-" + year.year() + "-validation.csv");
            try (var writer = Files.newBufferedWriter(report)) {
                RuleFailureCsv.write(failures, writer);
            }
            out.printf("%s %s: %d errors, %d queries (%d ms); listed in %s%n", statutoryReturn.title(), year.label(), errors,
                    failures.size() - errors, (System.nanoTime() - started) / 1_000_000, report);
        }
        var started = System.nanoTime();
        var files = statutoryReturn.export(year, directory, ExportProgress.NONE);
        returns.recordExport(statutoryReturn, year, files);
        out.printf("%s %s written in %d ms:%n", statutoryReturn.title(), year.label(), (System.nanoTime() - started) / 1_000_000);
        files.forEach(file -> out.println("  " + file));
        return errors > 0 ? 1 : 0;
    }
}
