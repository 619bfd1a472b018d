package org.opencsc.returns;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.springframework.stereotype.Service;

/** The returns the system can produce, by name, and the audit of each one sent out of it. */
@Service
public class StatutoryReturns {

    /** The order staff see them in. */
    private static final List<String> ORDER = List.of("cin-census", "ssda903", "annex-a", "dfe-api");

    private final List<StatutoryReturn> returns;
    private final AuditLog audit;

    StatutoryReturns(org.springframework.beans.factory.ObjectProvider<StatutoryReturn> returns, AuditLog audit) {
        this.returns = returns.stream()
                .sorted(java.util.Comparator.comparingInt(r -> ORDER.indexOf(r.name()) < 0 ? ORDER.size() : ORDER.indexOf(r.name())))
                .toList();
        this.audit = audit;
    }

    public List<StatutoryReturn> all() {
        return returns;
    }

    public List<String> names() {
        return returns.stream().map(StatutoryReturn::name).toList();
    }

    public Optional<StatutoryReturn> named(String name) {
        return returns.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /**
     * A return holds every child's record for the year, so producing one is logged as an export
     * of them all: one line naming the return and its files, not one per child.
     */
    void recordExport(StatutoryReturn statutoryReturn, CollectionYear year, List<Path> files) {
        audit.record(AuditAction.EXPORT, null, statutoryReturn.title() + " " + year.label() + ": "
                + files.stream().map(file -> file.getFileName().toString()).collect(Collectors.joining(", ")));
    }
}
