package org.opencsc.timescales;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.opencsc.child.CaseEvent;
import org.opencsc.child.CaseEventsChanged;
import org.opencsc.child.ChildRecordService;
import org.opencsc.platform.FieldProblems;
import org.opencsc.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Due dates for every child, derived from their key events by the rule table. A change to a
 * child's events re-derives that child's clocks in the same transaction; a change to a local
 * standard or the calendar re-derives the whole authority's.
 */
@Service
public class TimescaleService {

    private static final int COPY_BLOCK = 20_000;

    private final StatutoryClockRepository clocks;
    private final LocalStandardRepository standards;
    private final WorkingDayCalendar calendar;
    private final ChildRecordService records;
    private final Clock clock;

    TimescaleService(StatutoryClockRepository clocks, LocalStandardRepository standards, WorkingDayCalendar calendar,
                     ChildRecordService records, Clock clock, org.springframework.context.ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.clocks = clocks;
        this.standards = standards;
        this.calendar = calendar;
        this.records = records;
        this.clock = clock;
    }

    private final org.springframework.context.ApplicationEventPublisher publisher;

    /** Every clock of the authority was derived afresh (a rule, a local standard or the calendar changed). */
    public record ClocksRecomputed() {
    }

    /** What a recompute of the whole authority did. */
    public record Recomputed(int children, int events, int clocks, Duration took) {
    }

    public record StandardForm(String standard, String amount, String unit) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The due date a rule gives for a clock starting on a day, with the local standards as they stand. */
    @Transactional(readOnly = true)
    public LocalDate dueDate(StatutoryRule rule, LocalDate start) {
        return rule.timescale(standards.load()).dueFrom(start, calendar);
    }

    @EventListener
    void onCaseEventsChanged(CaseEventsChanged changed) {
        var runner = new ClockRunner(standards.load(), calendar);
        clocks.replaceForPerson(changed.personId(), runner.run(changed.personId(), records.eventsToDeriveFrom(changed.personId())));
    }

    /** Every clock of one child, met and running, soonest due first (the caller has checked they may see the child). */
    @Transactional(readOnly = true)
    public List<StatutoryClock> clocksFor(long personId) {
        return clocks.forPerson(personId);
    }

    /** Running clocks for these children. */
    @Transactional(readOnly = true)
    public List<StatutoryClock> running(Collection<Long> personIds) {
        return clocks.running(personIds);
    }

    @Transactional(readOnly = true)
    public List<StatutoryClock> overdue(Collection<Long> personIds, int limit, int offset) {
        return clocks.overdue(personIds, today(), limit, offset);
    }

    /** Reviews of looked-after children and child protection review conferences: what an IRO or CP chair holds. */
    public static final java.util.Set<StatutoryRule> CHAIRED_REVIEWS = java.util.EnumSet.of(StatutoryRule.FIRST_CARE_REVIEW_DUE,
            StatutoryRule.CARE_REVIEW_DUE, StatutoryRule.FIRST_REVIEW_CONFERENCE_DUE, StatutoryRule.REVIEW_CONFERENCE_DUE);

    /** Reviews and review conferences due by a day across the authority, overdue first, a page at a time. */
    @Transactional(readOnly = true)
    public List<StatutoryClock> reviewsDueBy(LocalDate until, int limit, int offset) {
        return clocks.dueBy(CHAIRED_REVIEWS, until, limit, offset);
    }

    @Transactional(readOnly = true)
    public long countOverdue(Collection<Long> personIds) {
        return clocks.countOverdue(personIds, today());
    }

    /** Re-derives every clock of every child in the authority from their events. */
    @Transactional
    public Recomputed recomputeAll() {
        var started = System.nanoTime();
        var runner = new ClockRunner(standards.load(), calendar);
        clocks.deleteAll();
        var block = new ArrayList<StatutoryClock>(COPY_BLOCK + 64);
        var child = new ArrayList<CaseEvent>();
        int[] tally = new int[3];
        records.forEachEvent(event -> {
            if (!child.isEmpty() && child.getFirst().personId() != event.personId()) {
                runChild(runner, child, block, tally);
            }
            child.add(event);
            tally[1]++;
        });
        runChild(runner, child, block, tally);
        clocks.copy(block);
        tally[2] += block.size();
        clocks.markDerivedBy(RuleTableFingerprint.current());
        publisher.publishEvent(new ClocksRecomputed());
        return new Recomputed(tally[0], tally[1], tally[2], Duration.ofNanos(System.nanoTime() - started));
    }

    /** Derives every clock again if they were derived by another version of the rule table; empty if they were not. */
    @Transactional
    public java.util.Optional<Recomputed> rederiveIfRulesChanged() {
        if (RuleTableFingerprint.current().equals(clocks.derivedBy())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(recomputeAll());
    }

    private void runChild(ClockRunner runner, List<CaseEvent> child, List<StatutoryClock> block, int[] tally) {
        if (child.isEmpty()) {
            return;
        }
        block.addAll(runner.run(child.getFirst().personId(), child));
        child.clear();
        tally[0]++;
        if (block.size() >= COPY_BLOCK) {
            clocks.copy(block);
            tally[2] += block.size();
            block.clear();
        }
    }

    @Transactional(readOnly = true)
    public LocalStandards localStandards() {
        return standards.load();
    }

    /** Changes a local standard and re-derives every due date that follows it. */
    @Transactional
    public Recomputed changeStandard(StandardForm form) {
        var problems = new FieldProblems();
        var standard = problems.choice("standard", "Local standard", form.standard(), code -> java.util.Arrays.stream(LocalStandard.values())
                .filter(s -> s.name().equals(code)).findFirst(), true);
        var unit = problems.choice("unit", "Unit", form.unit(), code -> java.util.Arrays.stream(PeriodUnit.values())
                .filter(u -> u.name().equals(code)).findFirst(), true);
        Integer amount = null;
        var typed = form.amount() == null ? "" : form.amount().strip();
        if (typed.isEmpty()) {
            problems.add("amount", "Enter how many");
        } else if (!typed.matches("\\d{1,3}") || Integer.parseInt(typed) < 1 || Integer.parseInt(typed) > 366) {
            problems.add("amount", "How many must be a whole number from 1 to 366");
        } else {
            amount = Integer.parseInt(typed);
        }
        if (standard != null && standard.maximum() != null && unit != null && amount != null) {
            var maximum = standard.maximum();
            problems.check(unit == maximum.unit(), "unit", standard.label() + " is counted in " + maximum.unit().label(2));
            problems.check(unit != maximum.unit() || amount <= maximum.amount(), "amount",
                    standard.label() + " must be at most " + maximum + ", the national maximum");
        }
        problems.throwIfAny();
        standards.save(standard, new Timescale(amount, unit), CurrentUser.username());
        return recomputeAll();
    }
}
