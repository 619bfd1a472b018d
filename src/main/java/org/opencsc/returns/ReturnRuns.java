package org.opencsc.returns;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.opencsc.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * The returns being checked or produced from the page. One runs at a time, in the background,
 * as whoever started it (so the audit log names them); the latest few are kept with their files
 * until the application stops.
 */
@Service
public class ReturnRuns {

    private static final Logger log = LoggerFactory.getLogger(ReturnRuns.class);
    private static final int KEPT = 20;

    private final StatutoryReturns returns;
    private final Clock clock;
    private final Path workspace;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("returns").daemon().factory());
    private final Map<String, ReturnRun> runs = new LinkedHashMap<>();

    ReturnRuns(StatutoryReturns returns, Clock clock) throws IOException {
        this.returns = returns;
        this.clock = clock;
        this.workspace = Files.createTempDirectory("opencsc-returns");
    }

    public synchronized ReturnRun start(StatutoryReturn statutoryReturn, CollectionYear year, ReturnRun.Purpose purpose) {
        var id = UUID.randomUUID().toString();
        var directory = workspace.resolve(id);
        var run = new ReturnRun(id, statutoryReturn, year, purpose, CurrentUser.username(), clock.instant(), directory);
        runs.put(id, run);
        forgetOldRuns();
        worker.execute(new DelegatingSecurityContextRunnable(() -> carryOut(run)));
        return run;
    }

    public synchronized Optional<ReturnRun> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** The latest first. */
    public synchronized List<ReturnRun> recent() {
        var latest = new ArrayList<>(runs.values());
        latest.sort(Comparator.comparing(ReturnRun::startedAt).reversed());
        return latest;
    }

    private void carryOut(ReturnRun run) {
        var statutoryReturn = run.statutoryReturn();
        try {
            var failures = statutoryReturn.validate(run.year(), run.progress());
            List<Path> files = List.of();
            if (run.purpose() == ReturnRun.Purpose.PRODUCE) {
                Files.createDirectories(run.directory());
                files = statutoryReturn.export(run.year(), run.directory(), run.progress());
                returns.recordExport(statutoryReturn, run.year(), files);
            }
            run.finished(files, failures, clock.instant());
        } catch (IOException | RuntimeException fault) {
            log.error("{} {} stopped", statutoryReturn.title(), run.year().label(), fault);
            run.failed(fault instanceof SchemaViolationException ? fault.getMessage()
                    : "Something went wrong in the system while building the return; the details are in the application's log", clock.instant());
        }
    }

    private void forgetOldRuns() {
        while (runs.size() > KEPT) {
            var oldest = runs.values().iterator().next();
            if (oldest.running()) {
                return;
            }
            runs.remove(oldest.id());
            FileSystemUtils.deleteRecursively(oldest.directory().toFile());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        try {
            FileSystemUtils.deleteRecursively(workspace);
        } catch (IOException cannotTidy) {
            throw new UncheckedIOException(cannotTidy);
        }
    }
}
