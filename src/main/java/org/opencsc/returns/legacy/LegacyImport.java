package org.opencsc.returns.legacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import org.opencsc.care.PastCareService;
import org.opencsc.child.ChildRecordService;
import org.opencsc.permanence.AdoptionService;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.returns.legacy.LegacyStaging.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a council's SSDA903 CSV set: every row of every file is staged first (streamed, a
 * block at a time), then the children are built from the staged rows one at a time, each saved
 * in its own transaction through the child and care modules, or refused whole. A child the
 * import brought in before is left as it is, so importing the same set again changes nothing.
 * Each child's statutory clocks are derived with the child, in its transaction.
 */
@Service
class LegacyImport {

    private static final Logger log = LoggerFactory.getLogger(LegacyImport.class);
    private static final int BLOCK = 500;
    /** Rows copied at once into a set staged for the first time. */
    private static final int COPY_BLOCK = 5_000;
    private static final int IMPORTED = 0;
    private static final int BEFORE = 1;
    private static final int REFUSED = 2;
    /** Children built and saved at once: saving is mostly waiting for the database. */
    private static final int WORKERS = 4;
    /** Notes on values the records have no certain place for: the staged row keeps them. */
    private static final java.util.Set<ProblemReason> KEPT = java.util.EnumSet.of(ProblemReason.NOT_LOOKED_AFTER_ALL_YEAR, ProblemReason.VALUE_KEPT,
            ProblemReason.PREVIOUS_PERMANENCE_KEPT);

    private final LegacyStaging staging;
    private final ChildRecordService records;
    private final PastCareService pastCare;
    private final AdoptionService adoption;
    private final LegacySchema schema = LegacySchema.published();
    private final TransactionTemplate eachChild;
    private final TransactionTemplate reading;

    LegacyImport(LegacyStaging staging, ChildRecordService records, PastCareService pastCare, AdoptionService adoption,
                 PlatformTransactionManager transactions) {
        this.adoption = adoption;
        this.staging = staging;
        this.records = records;
        this.pastCare = pastCare;
        this.eachChild = new TransactionTemplate(transactions);
        this.eachChild.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** Imports a set, keeping its problems in the report (a small set, a test). */
    ImportReport run(Path directory, String set) throws IOException {
        return run(directory, set, ProblemLog.kept());
    }

    /** Imports a set, giving every problem to {@code problems} as it is found. */
    ImportReport run(Path directory, String set, ProblemLog problems) throws IOException {
        var started = System.nanoTime();
        var fresh = !staging.hasRows(set);
        for (var file : LegacyFile.values()) {
            stageFile(directory, set, file, fresh, problems);
        }
        staging.analyse();
        var staged = System.nanoTime();
        var tally = new AtomicIntegerArray(3);
        var builder = new ChildBuilder(schema, pastCare, staging.collectionYearEnd(set));
        var refused = new ArrayList<String>();
        var inFlight = new Semaphore(WORKERS * 4);
        var failure = new AtomicReference<RuntimeException>();
        var workers = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(WORKERS));
        try {
            // Children are independent, each its own transaction: a few are built and saved at once while the
            // next are read, and no more than a few dozen children's rows are in memory at any time.
            reading.executeWithoutResult(status -> staging.forEachChild(set, next -> {
                inFlight.acquireUninterruptibly();
                workers.execute(() -> {
                    try {
                        int outcome;
                        try {
                            outcome = settle(set, builder.build(next.child(), next.rows()), next.importedPerson(), problems);
                        } catch (RuntimeException unforeseen) {
                            // Something about this child's rows that no check foresaw: the child is refused, the import goes on.
                            log.warn("SSDA903 child {} of {} refused: {}", next.child(), set, unforeseen.toString(), unforeseen);
                            var first = next.rows().getFirst();
                            problems.add(new ImportProblem(first.file().fileName(), first.row(), null, unforeseen.toString(),
                                    ProblemReason.RECORD_REFUSED, ImportProblem.CHILD_REFUSED));
                            outcome = REFUSED;
                        }
                        tally.incrementAndGet(outcome);
                        if (outcome == REFUSED) {
                            synchronized (refused) {
                                refused.add(next.child());
                                if (refused.size() >= BLOCK) {
                                    markRefused(set, refused);
                                }
                            }
                        }
                    } catch (RuntimeException databaseGone) {
                        failure.compareAndSet(null, databaseGone);
                    } finally {
                        inFlight.release();
                    }
                });
            }));
        } finally {
            workers.shutdown();
            awaitQuietly(workers);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        markRefused(set, refused);
        var built = System.nanoTime();
        return new ImportReport(set, tally.get(IMPORTED), tally.get(BEFORE), tally.get(REFUSED), staging.outcomesByFile(set), problems.byReason(), problems.problems(),
                new ImportReport.Timing(Duration.ofNanos(staged - started), Duration.ofNanos(built - staged)));
    }

    private static void awaitQuietly(ExecutorService workers) {
        try {
            if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IllegalStateException("The import's children were not all saved within an hour");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", interrupted);
        }
    }

    private void stageFile(Path directory, String set, LegacyFile file, boolean fresh, ProblemLog problems) throws IOException {
        var block = fresh ? COPY_BLOCK : BLOCK;
        java.util.function.BiConsumer<List<StagedRow>, Outcome> stage = fresh
                ? (rows, outcome) -> staging.copy(set, rows, outcome)
                : (rows, outcome) -> staging.stage(set, rows, outcome);
        var path = directory.resolve(file.fileName());
        if (!Files.isRegularFile(path)) {
            problems.add(new ImportProblem(file.fileName(), 0, null, null, ProblemReason.FILE_NOT_SENT, ImportProblem.LEFT_OUT));
            return;
        }
        var attributed = new ArrayList<StagedRow>(BLOCK);
        var rejected = new ArrayList<StagedRow>();
        var rows = new SetReader(file, schema.columns(file), problems).read(path, (row, hasChild) -> {
            if (hasChild) {
                attributed.add(row);
            } else {
                SetReader.reportUnattributed(row, problems);
                rejected.add(row);
            }
            if (attributed.size() >= block) {
                stage.accept(attributed, Outcome.STAGED);
                attributed.clear();
            }
            if (rejected.size() >= block) {
                stage.accept(rejected, Outcome.REJECTED);
                rejected.clear();
            }
        });
        stage.accept(attributed, Outcome.STAGED);
        stage.accept(rejected, Outcome.REJECTED);
        if (!file.applied() && rows > 0) {
            problems.add(new ImportProblem(file.fileName(), 0, null, rows + " rows", ProblemReason.FILE_NOT_APPLIED, ImportProblem.KEPT));
        }
    }

    /** Saves or refuses one child ({@code before}: the record an earlier import made); the answer is 0 imported now, 1 imported before, 2 refused. */
    private int settle(String set, LegacyChild child, Long before, ProblemLog problems) {
        if (before != null) {
            // Brought in by an earlier import: left as it is, whatever the set now says about them.
            eachChild.executeWithoutResult(status -> markImported(set, child, before, true));
            return report(child.problems(), problems, child.refused() ? ImportProblem.IMPORTED_BEFORE : null, BEFORE);
        }
        if (child.refused()) {
            return refuse(child.problems(), problems);
        }
        try {
            eachChild.executeWithoutResult(status -> {
                staging.commitWithoutWaiting();
                var personId = records.create(child.person());
                pastCare.record(personId, child.dateOfBirth(), child.periods(), child.missing(), child.health(), "the SSDA903 set " + set);
                adoption.recordPast(personId, child.adoptionDecisions());
                staging.recordImported(child.child(), personId, set);
                markImported(set, child, personId, false);
            });
        } catch (DataAccessException refusedByTheDatabase) {
            // A value the checks let through but a constraint of the records does not: the child is refused, the import goes on.
            var all = new ArrayList<>(child.problems());
            all.add(problem(child.firstRow(), null, refusedByTheDatabase.getMostSpecificCause().getMessage(), ProblemReason.RECORD_REFUSED));
            return refuse(all, problems);
        } catch (InvalidInputException refused) {
            var all = new ArrayList<>(child.problems());
            // The child module refuses an LA child ID another record has: a record typed in before the import, not one it made.
            refused.problems().all().forEach(p -> all.add(p.field().equals("laChildId")
                    ? problem(child.firstRow(), "CHILD", child.child(), ProblemReason.LA_CHILD_ID_TAKEN)
                    : problem(child.firstRow(), null, p.message(), ProblemReason.RECORD_REFUSED)));
            return refuse(all, problems);
        }
        return report(child.problems(), problems, null, IMPORTED);
    }

    private void markImported(String set, LegacyChild child, long personId, boolean before) {
        staging.commitWithoutWaiting();
        staging.imported(set, child.child(), personId, child.keptRows(), before);
    }

    private void markRefused(String set, List<String> children) {
        eachChild.executeWithoutResult(status -> {
            staging.commitWithoutWaiting();
            staging.refuse(set, children);
        });
        children.clear();
    }

    /** Reports a refused child; their rows are marked refused a block of children at a time. */
    private static int refuse(List<ImportProblem> found, ProblemLog problems) {
        return report(found, problems, ImportProblem.CHILD_REFUSED, REFUSED);
    }

    /** Adds a child's problems to the report; {@code errorOutcome} is what became of a child with errors (null: imported). */
    private static int report(List<ImportProblem> found, ProblemLog problems, String errorOutcome, int answer) {
        for (var problem : found) {
            String outcome;
            if (errorOutcome != null) {
                outcome = errorOutcome;
            } else if (KEPT.contains(problem.reason())) {
                outcome = ImportProblem.KEPT;
            } else if (problem.reason() == ProblemReason.DATE_CONVERTED || problem.reason() == ProblemReason.CODE_CONVERTED
                    || problem.reason() == ProblemReason.RNE_DIFFERS || problem.reason() == ProblemReason.STARTED_BEFORE_EXTRACT) {
                outcome = ImportProblem.CONVERTED;
            } else {
                outcome = ImportProblem.LEFT_OUT;
            }
            problems.add(problem.withOutcome(outcome));
        }
        return answer;
    }

    private static ImportProblem problem(CheckedRow row, String column, String value, ProblemReason reason) {
        return new ImportProblem(row.file().fileName(), row.number(), column, value, reason, null);
    }
}
