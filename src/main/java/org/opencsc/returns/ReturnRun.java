package org.opencsc.returns;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One check or production of a return started from the performance team's page. It runs in the
 * background and reports its progress here, so the page can be left and come back to.
 */
public final class ReturnRun {

    public enum Purpose {
        CHECK("Check against the DfE rules"),
        PRODUCE("Produce the return");

        private final String label;

        Purpose(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String id;
    private final StatutoryReturn statutoryReturn;
    private final CollectionYear year;
    private final Purpose purpose;
    private final String startedBy;
    private final Instant startedAt;
    private final Path directory;
    private volatile String step = "Waiting to start";
    private volatile long done;
    private volatile long total;
    private volatile Instant finishedAt;
    private volatile List<Path> files = List.of();
    private volatile List<RuleFailure> failures = List.of();
    private volatile String failure;

    ReturnRun(String id, StatutoryReturn statutoryReturn, CollectionYear year, Purpose purpose, String startedBy,
              Instant startedAt, Path directory) {
        this.id = id;
        this.statutoryReturn = statutoryReturn;
        this.year = year;
        this.purpose = purpose;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.directory = directory;
    }

    ExportProgress progress() {
        return (step, done, total) -> {
            this.step = step;
            this.done = done;
            this.total = total;
        };
    }

    void finished(List<Path> files, List<RuleFailure> failures, Instant at) {
        this.files = List.copyOf(files);
        this.failures = List.copyOf(failures);
        this.step = "Finished";
        this.finishedAt = at;
    }

    void failed(String reason, Instant at) {
        this.failure = reason;
        this.step = "Stopped";
        this.finishedAt = at;
    }

    public String id() {
        return id;
    }

    public String returnTitle() {
        return statutoryReturn.title();
    }

    StatutoryReturn statutoryReturn() {
        return statutoryReturn;
    }

    public CollectionYear year() {
        return year;
    }

    public Purpose purpose() {
        return purpose;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    Path directory() {
        return directory;
    }

    public String step() {
        return step;
    }

    public long done() {
        return done;
    }

    public long total() {
        return total;
    }

    /** Whole per cent of the current step, or null when its size is not known. */
    public Integer percent() {
        return total <= 0 ? null : (int) Math.min(100, done * 100 / total);
    }

    public boolean running() {
        return finishedAt == null;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public List<Path> files() {
        return files;
    }

    public List<String> fileNames() {
        return files.stream().map(file -> file.getFileName().toString()).toList();
    }

    public Optional<Path> file(String name) {
        return files.stream().filter(file -> file.getFileName().toString().equals(name)).findFirst();
    }

    public List<RuleFailure> failures() {
        return failures;
    }

    public long errors() {
        return failures.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public long queries() {
        return failures.size() - errors();
    }

    /** Why the run stopped before finishing, if it did. */
    public String failure() {
        return failure;
    }
}
