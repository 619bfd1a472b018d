package org.opencsc.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.child.CaseEventKind.BECAME_LOOKED_AFTER;
import static org.opencsc.child.CaseEventKind.CARE_PLAN_AGREED;
import static org.opencsc.child.CaseEventKind.CARE_REVIEW;
import static org.opencsc.child.CaseEventKind.CARE_VISIT;
import static org.opencsc.child.CaseEventKind.CEASED_LOOKED_AFTER;
import static org.opencsc.child.CaseEventKind.LONG_TERM_PLACEMENT_AGREED;
import static org.opencsc.child.CaseEventKind.PLACEMENT_STARTED;
import static org.opencsc.child.CaseEventKind.TEMPORARY_PLACEMENT_STARTED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.child.CaseEvent;
import org.opencsc.child.CaseEventKind;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The looked-after child's clocks on dated journeys with the published calendar: the care plan
 * and first review in working days over Easter and Christmas, later reviews in months (a leap
 * day), and the regulation 28 visit intervals by kind of placement.
 */
@IntegrationTest
class CareTimescalesIT {

    @Autowired
    WorkingDayCalendar calendar;

    private final List<CaseEvent> events = new ArrayList<>();

    private CareTimescalesIT on(String date, CaseEventKind kind) {
        events.add(new CaseEvent(events.size() + 1, 1, kind, LocalDate.parse(date), "test", "test", Instant.EPOCH));
        return this;
    }

    private List<StatutoryClock> clocks(StatutoryRule rule) {
        var sorted = events.stream().sorted(java.util.Comparator.comparing(CaseEvent::date)).toList();
        return new ClockRunner(LocalStandards.defaults(), calendar).run(1, sorted).stream().filter(c -> c.rule() == rule)
                .sorted(java.util.Comparator.comparing(StatutoryClock::startedOn)).toList();
    }

    private StatutoryClock running(StatutoryRule rule) {
        var found = clocks(rule).stream().filter(StatutoryClock::running).toList();
        assertThat(found).as("running " + rule.name()).hasSize(1);
        return found.getFirst();
    }

    @Test
    void theFirstReviewIsDue20WorkingDaysAfterBecomingLookedAfterAcrossChristmas() {
        // Christmas Day 2026 is a Friday, Boxing Day's substitute Monday 28th, New Year's Day a Friday.
        on("2026-12-14", BECAME_LOOKED_AFTER).on("2026-12-14", PLACEMENT_STARTED);
        assertThat(running(StatutoryRule.FIRST_CARE_REVIEW_DUE).dueOn()).isEqualTo("2027-01-14");

        on("2027-01-14", CARE_REVIEW);
        var met = clocks(StatutoryRule.FIRST_CARE_REVIEW_DUE).getFirst();
        assertThat(met.metOn()).isEqualTo("2027-01-14");
        assertThat(met.metLate()).as("day 20 itself is on time").isFalse();

        events.removeLast();
        on("2027-01-15", CARE_REVIEW);
        assertThat(clocks(StatutoryRule.FIRST_CARE_REVIEW_DUE).getFirst().metLate()).as("day 21 is late").isTrue();
    }

    @Test
    void theSecondReviewIsDue3MonthsAfterTheFirstAndLaterOnes6MonthsAfterTheLast() {
        on("2023-11-01", BECAME_LOOKED_AFTER).on("2023-11-01", PLACEMENT_STARTED).on("2023-11-29", CARE_REVIEW);
        assertThat(clocks(StatutoryRule.FIRST_CARE_REVIEW_DUE).getFirst().dueOn()).isEqualTo("2023-11-29");
        // Three months from 29 November 2023 is the leap day.
        assertThat(running(StatutoryRule.CARE_REVIEW_DUE).dueOn()).isEqualTo("2024-02-29");

        on("2024-02-29", CARE_REVIEW);
        assertThat(running(StatutoryRule.CARE_REVIEW_DUE).dueOn()).isEqualTo("2024-08-29");

        on("2024-08-31", CARE_REVIEW);
        var reviews = clocks(StatutoryRule.CARE_REVIEW_DUE);
        assertThat(reviews.get(1).metLate()).as("2 days after the six months").isTrue();
        // Six months from 31 August is the last day of February.
        assertThat(running(StatutoryRule.CARE_REVIEW_DUE).dueOn()).isEqualTo("2025-02-28");
    }

    @Test
    void aSecondPeriodOfCareStartsItsReviewsAgainFrom20WorkingDays() {
        on("2024-01-08", BECAME_LOOKED_AFTER).on("2024-01-08", PLACEMENT_STARTED).on("2024-02-05", CARE_REVIEW).on("2024-05-01", CARE_REVIEW)
                .on("2024-06-03", CEASED_LOOKED_AFTER);
        assertThat(clocks(StatutoryRule.CARE_REVIEW_DUE).stream().filter(StatutoryClock::running)).as("ceasing care cancels the review").isEmpty();
        on("2025-03-03", BECAME_LOOKED_AFTER).on("2025-03-03", PLACEMENT_STARTED).on("2025-03-31", CARE_REVIEW);
        assertThat(running(StatutoryRule.CARE_REVIEW_DUE).dueOn()).as("the first review of the new period: 3 months").isEqualTo("2025-06-30");
    }

    @Test
    void theCarePlanIsDue10WorkingDaysAfterTheFirstPlacementOverEaster() {
        on("2026-03-30", BECAME_LOOKED_AFTER).on("2026-03-30", PLACEMENT_STARTED);
        // Good Friday 3 April and Easter Monday 6 April 2026 are not working days.
        assertThat(running(StatutoryRule.CARE_PLAN_DUE).dueOn()).isEqualTo("2026-04-15");
        on("2026-03-30", CARE_PLAN_AGREED);
        assertThat(clocks(StatutoryRule.CARE_PLAN_DUE).getFirst().metOn()).as("a plan agreed before the placement counts from day one")
                .isEqualTo("2026-03-30");
    }

    @Test
    void aChildIsVisitedWithinAWeekOfAPlacementThen6WeeklyThen3MonthlyOnceALongTermPlacementHasLastedAYear() {
        on("2026-03-02", BECAME_LOOKED_AFTER).on("2026-03-02", PLACEMENT_STARTED);
        assertThat(running(StatutoryRule.STATUTORY_VISIT_DUE).dueOn()).isEqualTo("2026-03-09");
        on("2026-03-09", CARE_VISIT);
        assertThat(clocks(StatutoryRule.STATUTORY_VISIT_DUE).getFirst().metLate()).as("the 7th day itself is on time").isFalse();
        assertThat(running(StatutoryRule.STATUTORY_VISIT_DUE).dueOn()).isEqualTo("2026-04-20");

        on("2026-09-01", LONG_TERM_PLACEMENT_AGREED).on("2027-03-01", CARE_VISIT);
        assertThat(running(StatutoryRule.STATUTORY_VISIT_DUE).dueOn()).as("still in the placement's first year").isEqualTo("2027-04-12");
        on("2027-03-02", CARE_VISIT);
        assertThat(running(StatutoryRule.STATUTORY_VISIT_DUE).dueOn()).as("a year on, long-term: 3 months").isEqualTo("2027-06-02");
    }

    @Test
    void withoutALongTermAgreementVisitsStay6WeeklyAfterTheFirstYear() {
        on("2026-03-02", BECAME_LOOKED_AFTER).on("2026-03-02", PLACEMENT_STARTED).on("2027-03-02", CARE_VISIT);
        assertThat(running(StatutoryRule.STATUTORY_VISIT_DUE).dueOn()).isEqualTo("2027-04-13");
    }

    @Test
    void aTemporaryConnectedPersonPlacementIsVisitedWeeklyUntilTheFirstReviewThen4Weekly() {
        on("2026-05-04", BECAME_LOOKED_AFTER).on("2026-05-04", TEMPORARY_PLACEMENT_STARTED).on("2026-05-08", CARE_VISIT);
        assertThat(running(StatutoryRule.STATUTORY_VISIT_DUE).dueOn()).isEqualTo("2026-05-15");
        on("2026-05-20", CARE_REVIEW).on("2026-05-21", CARE_VISIT);
        assertThat(running(StatutoryRule.STATUTORY_VISIT_DUE).dueOn()).isEqualTo("2026-06-18");
    }

    @Test
    void aMoveRestartsTheVisitClockAtOneWeekAndTheOldDueDateIsNotCountedAsMet() {
        on("2026-01-05", BECAME_LOOKED_AFTER).on("2026-01-05", PLACEMENT_STARTED).on("2026-01-09", CARE_VISIT).on("2026-02-02", PLACEMENT_STARTED);
        var visits = clocks(StatutoryRule.STATUTORY_VISIT_DUE);
        assertThat(visits).extracting(StatutoryClock::startedOn, StatutoryClock::dueOn, StatutoryClock::metOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-01-05"), LocalDate.parse("2026-01-12"), LocalDate.parse("2026-01-09")),
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-02-02"), LocalDate.parse("2026-02-09"), null));
    }

    @Test
    void ceasingToBeLookedAfterEndsTheVisitAndReviewClocks() {
        on("2026-01-05", BECAME_LOOKED_AFTER).on("2026-01-05", PLACEMENT_STARTED).on("2026-01-20", CEASED_LOOKED_AFTER);
        assertThat(clocks(StatutoryRule.STATUTORY_VISIT_DUE)).isEmpty();
        assertThat(clocks(StatutoryRule.FIRST_CARE_REVIEW_DUE)).isEmpty();
    }
}
