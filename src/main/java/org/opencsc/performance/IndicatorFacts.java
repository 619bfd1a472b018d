package org.opencsc.performance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import org.opencsc.security.AuditLog;
import org.opencsc.timescales.LocalStandard;
import org.opencsc.timescales.PeriodUnit;
import org.opencsc.timescales.Timescale;
import org.opencsc.timescales.TimescaleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the indicators' facts in step with the record, a child at a time (architecture decision
 * 26). Every audited change marks its child stale in the changing transaction; every few seconds
 * the stale children's facts are derived again and the monthly sums moved by the difference. The
 * passing of a day decides the facts that were waiting on it; a new month, new definitions or a
 * change to the clocks of the whole authority derive everything afresh.
 */
@Service
public class IndicatorFacts {

    /** How many months of facts about what is open at a month's end are kept: two years of trend and a year to compare. */
    static final int MONTHS_KEPT = 36;

    private static final int CHILDREN_AT_A_TIME = 500;
    private static final long HOUSEHOLDS = 0;
    private static final String FINGERPRINT = fingerprint();
    private static final Logger log = LoggerFactory.getLogger(IndicatorFacts.class);

    private final IndicatorRepository repository;
    private final TimescaleService timescales;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Object working = new Object();

    IndicatorFacts(IndicatorRepository repository, TimescaleService timescales, Clock clock, TransactionTemplate transactions) {
        this.repository = repository;
        this.timescales = timescales;
        this.clock = clock;
        this.transactions = transactions;
    }

    @EventListener
    void onRecordWritten(AuditLog.RecordWritten written) {
        repository.markStale(written.personId() == null ? HOUSEHOLDS : written.personId());
    }

    @EventListener
    void onClocksRecomputed(TimescaleService.ClocksRecomputed recomputed) {
        repository.saveBuild(new IndicatorBuild("", LocalDate.now(clock)));
    }

    /** Brings the facts up to date: what a scheduler calls every few seconds, and a test or command can call at once. */
    @Scheduled(fixedDelayString = "${opencsc.indicators.refresh-delay-ms:5000}", initialDelayString = "${opencsc.indicators.first-delay-ms:2000}")
    public void bringUpToDate() {
        synchronized (working) {
            try {
                transactions.executeWithoutResult(status -> {
                    var parameters = parameters();
                    var build = repository.build();
                    if (build.isEmpty() || !build.get().fingerprint().equals(FINGERPRINT)
                            || !YearMonth.from(build.get().builtFor()).equals(YearMonth.from(parameters.today()))) {
                        deriveAll(parameters);
                        return;
                    }
                    if (repository.decidePending(parameters.today()) > 0) {
                        repository.changed();
                    }
                });
                refreshStale();
            } catch (RuntimeException failure) {
                // The stale marks stay, so the next run tries again; one bad child must not stop the rest for ever.
                log.warn("Could not bring the performance indicators up to date", failure);
            }
        }
    }

    /** Derives every fact afresh (after the demo is loaded, or when the definitions change). */
    public void rebuild() {
        synchronized (working) {
            transactions.executeWithoutResult(status -> deriveAll(parameters()));
        }
    }

    private void deriveAll(IndicatorRepository.Parameters parameters) {
        var started = System.nanoTime();
        while (!repository.takeStale(CHILDREN_AT_A_TIME).isEmpty()) {
            // Everything is about to be derived, so the marks are already answered.
        }
        repository.rebuildAll(parameters);
        repository.saveBuild(new IndicatorBuild(FINGERPRINT, parameters.today()));
        log.info("Derived the performance indicators' facts in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void refreshStale() {
        while (true) {
            var more = transactions.execute(status -> {
                var stale = repository.takeStale(CHILDREN_AT_A_TIME);
                if (stale.isEmpty()) {
                    return false;
                }
                var parameters = parameters();
                var children = new ArrayList<Long>(stale);
                if (children.remove((Long) HOUSEHOLDS)) {
                    repository.refreshHouseholds(parameters);
                }
                if (!children.isEmpty()) {
                    repository.refreshChildren(children, parameters);
                }
                repository.changed();
                return true;
            });
            if (!Boolean.TRUE.equals(more)) {
                return;
            }
        }
    }

    private IndicatorRepository.Parameters parameters() {
        var standards = timescales.localStandards();
        return new IndicatorRepository.Parameters(LocalDate.now(clock), OffsetDateTime.now(clock), RECORDING_WORKING_DAYS,
                calendarDays(standards.get(LocalStandard.PRE_PROCEEDINGS_DURATION)),
                workingDays(standards.get(LocalStandard.HOMELESS_JOINT_ASSESSMENT), 10));
    }

    /** Case notes are to be finalised within 5 working days of the event (the recording standard on the indicator's page). */
    static final int RECORDING_WORKING_DAYS = 5;

    private static int calendarDays(Timescale timescale) {
        return switch (timescale.unit()) {
            case DAYS -> timescale.amount();
            case WEEKS -> timescale.amount() * 7;
            case MONTHS -> timescale.amount() * 30;
            case WORKING_DAYS -> timescale.amount() * 7 / 5;
        };
    }

    private static int workingDays(Timescale timescale, int otherwise) {
        return timescale.unit() == PeriodUnit.WORKING_DAYS ? timescale.amount() : otherwise;
    }

    private static String fingerprint() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var indicator : Indicator.values()) {
                digest.update(indicator.name().getBytes(StandardCharsets.UTF_8));
                digest.update(IndicatorFactSql.BY_INDICATOR.get(indicator).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
