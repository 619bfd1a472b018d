package org.opencsc.returns.legacy;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.opencsc.platform.Command;
import org.opencsc.platform.CommandLine;
import org.springframework.stereotype.Component;

/**
 * {@code import ssda903 DIR [--report FILE] [--set NAME]}: brings a council's SSDA903 CSV set from
 * its previous system into the records, without a running server, on the database the
 * application uses. The set is known by its directory's name unless named; importing it again
 * changes nothing. Exit code 0 when every child was imported, 1 when some were refused.
 */
@Component
class ImportCommand implements Command {

    private final LegacyImport legacyImport;

    ImportCommand(LegacyImport legacyImport) {
        this.legacyImport = legacyImport;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import ssda903 DIR [--report FILE] [--set NAME]";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) throws Exception {
        var line = CommandLine.parse(arguments, Set.of());
        if (line.words().size() != 2 || !line.words().getFirst().equals("ssda903")) {
            System.err.println("Usage: java -jar opencsc.jar " + usage());
            return 2;
        }
        var directory = Path.of(line.words().get(1)).toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            System.err.println(directory + " is not a directory holding the SSDA903 CSV files");
            return 2;
        }
        var set = line.flag("set").orElse(directory.getFileName().toString());
        var file = Path.of(line.flag("report").orElse("ssda903-import-" + set + ".csv")).toAbsolutePath();
        ImportReport report;
        // Problems go to the report file as they are found: a large set can have millions.
        try (var writer = Files.newBufferedWriter(file); var problems = ProblemLog.writingTo(writer)) {
            report = legacyImport.run(directory, set, problems);
        }
        report.print(out);
        out.println("  every problem listed in " + file);
        return report.refused() > 0 ? 1 : 0;
    }
}
