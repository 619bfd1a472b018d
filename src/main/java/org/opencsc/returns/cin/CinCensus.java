package org.opencsc.returns.cin;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.opencsc.platform.CurrentAuthority;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.ExportProgress;
import org.opencsc.returns.RuleFailure;
import org.opencsc.returns.StatutoryReturn;
import org.springframework.stereotype.Component;

/**
 * The children in need census: every child with a CIN episode open at some point in the
 * collection year, one CINdetails per episode, written as the DfE's XML. Restricted records are in
 * it like any other: the return is statutory.
 */
@Component
class CinCensus implements StatutoryReturn {

    static final String NAME = "cin-census";
    private static final String STEP = "Children in need";

    private final CinCensusRepository repository;
    private final CurrentAuthority authority;
    private final Clock clock;

    CinCensus(CinCensusRepository repository, CurrentAuthority authority, Clock clock) {
        this.repository = repository;
        this.authority = authority;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "CIN census";
    }

    @Override
    public List<Path> export(CollectionYear year, Path directory, ExportProgress progress) throws IOException {
        var file = directory.resolve("cin-census-" + authority.laCode() + "-" + year.year() + ".xml");
        try {
            write(year, file, progress);
        } catch (IOException | RuntimeException failed) {
            // Half a file, or one the DfE would refuse, must not be left where it could be sent.
            Files.deleteIfExists(file);
            throw failed;
        }
        return List.of(file);
    }

    private void write(CollectionYear year, Path file, ExportProgress progress) throws IOException {
        var check = new SchemaCheckAlongside(CinCensusSchema.current(), file.getFileName().toString());
        try (var out = new BufferedOutputStream(check.alongside(Files.newOutputStream(file)), 1 << 16);
             var writer = new CinCensusWriter(out, year, authority.laCode(), LocalDateTime.now(clock))) {
            var written = new long[1];
            repository.eachChild(year, child -> {
                try {
                    writer.write(child);
                } catch (XMLStreamException broken) {
                    throw new UncheckedIOException(new IOException(broken));
                }
                if (++written[0] % 1_000 == 0) {
                    progress.report(STEP, written[0], 0);
                }
            });
            progress.report(STEP, written[0], written[0]);
        } catch (XMLStreamException broken) {
            throw new IOException("Could not write " + file, broken);
        }
        check.awaitValid();
    }

    @Override
    public List<RuleFailure> validate(CollectionYear year, ExportProgress progress) {
        var failures = new ArrayList<RuleFailure>();
        var wholeReturn = new WholeReturnRules(year);
        var checked = new long[1];
        repository.eachChild(year, child -> {
            failures.addAll(CinCensusRules.check(child, year));
            wholeReturn.count(child);
            if (++checked[0] % 1_000 == 0) {
                progress.report(STEP, checked[0], 0);
            }
        });
        failures.addAll(wholeReturn.failures());
        failures.sort(Comparator.comparing(RuleFailure::severity).thenComparing(RuleFailure::code));
        return failures;
    }
}
