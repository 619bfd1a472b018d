package org.opencsc.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.child.CaseEventKind.ASSESSMENT_COMPLETED;
import static org.opencsc.child.CaseEventKind.CASE_CLOSED;
import static org.opencsc.child.CaseEventKind.CONTACT_RECEIVED;
import static org.opencsc.child.CaseEventKind.CORE_GROUP;
import static org.opencsc.child.CaseEventKind.CP_PLAN_ENDED;
import static org.opencsc.child.CaseEventKind.CP_PLAN_STARTED;
import static org.opencsc.child.CaseEventKind.CP_VISIT;
import static org.opencsc.child.CaseEventKind.ICPC_HELD;
import static org.opencsc.child.CaseEventKind.ICPC_NOT_REQUIRED;
import static org.opencsc.child.CaseEventKind.MASH_DECISION;
import static org.opencsc.child.CaseEventKind.REFERRAL_RECEIVED;
import static org.opencsc.child.CaseEventKind.REVIEW_CONFERENCE;
import static org.opencsc.child.CaseEventKind.S47_STARTED;
import static org.opencsc.child.CaseEventKind.STRATEGY_DISCUSSION;

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
 * The rule table on dated journeys, with the published calendar from the database: Easter, Christmas,
 * the 2022 jubilee days, leap years, and the due day itself.
 */
@IntegrationTest
class StatutoryClocksIT {

    @Autowired
    WorkingDayCalendar calendar;

    private final List<CaseEvent> events = new ArrayList<>();

    private StatutoryClocksIT on(String date, CaseEventKind kind) {
        events.add(new CaseEvent(events.size() + 1, 1, kind, LocalDate.parse(date), "test", "test", Instant.EPOCH));
        return this;
    }

    private List<StatutoryClock> clocks(LocalStandards standards) {
        return new ClockRunner(standards, calendar).run(1, events);
    }

    private List<StatutoryClock> clocks() {
        return clocks(LocalStandards.defaults());
    }

    private List<StatutoryClock> clocks(StatutoryRule rule) {
        return clocks().stream().filter(c -> c.rule() == rule).toList();
    }

    private StatutoryClock only(StatutoryRule rule) {
        var found = clocks(rule);
        assertThat(found).as(rule.name()).hasSize(1);
        return found.getFirst();
    }

    @Test
    void anAssessmentIsDue45WorkingDaysAfterTheReferralAcrossChristmasAndNewYear() {
        on("2026-12-17", REFERRAL_RECEIVED);
        // Christmas Day (Fri), the Boxing Day substitute (Mon 28th) and New Year's Day 2027 are skipped.
        var clock = only(StatutoryRule.ASSESSMENT_DUE);
        assertThat(clock.startedOn()).isEqualTo("2026-12-17");
        assertThat(clock.dueOn()).isEqualTo("2027-02-23");
        assertThat(clock.running()).isTrue();
    }

    @Test
    void day45ItselfIsOnTimeAndTheDayAfterIsLate() {
        on("2026-12-17", REFERRAL_RECEIVED).on("2027-02-23", ASSESSMENT_COMPLETED);
        var met = only(StatutoryRule.ASSESSMENT_DUE);
        assertThat(met.metOn()).isEqualTo("2027-02-23");
        assertThat(met.metLate()).isFalse();

        events.clear();
        on("2026-12-17", REFERRAL_RECEIVED).on("2027-02-24", ASSESSMENT_COMPLETED);
        assertThat(only(StatutoryRule.ASSESSMENT_DUE).metLate()).isTrue();

        events.clear();
        on("2026-12-17", REFERRAL_RECEIVED);
        var running = only(StatutoryRule.ASSESSMENT_DUE);
        assertThat(running.overdueOn(LocalDate.parse("2027-02-23"))).isFalse();
        assertThat(running.overdueOn(LocalDate.parse("2027-02-24"))).isTrue();
        assertThat(running.daysOverdue(LocalDate.parse("2027-02-26"))).isEqualTo(3);
    }

    @Test
    void aMashDecisionOnTheThursdayBeforeEasterIsDueOnTheTuesdayAfter() {
        on("2026-04-02", CONTACT_RECEIVED).on("2026-04-07", MASH_DECISION);
        var clock = only(StatutoryRule.MASH_DECISION_DUE);
        assertThat(clock.dueOn()).isEqualTo("2026-04-07");
        assertThat(clock.metLate()).isFalse();
    }

    @Test
    void theIcpcRunsFromTheStrategyDiscussionNotTheStartOfTheEnquirySkippingTheJubileeDays() {
        on("2022-05-26", STRATEGY_DISCUSSION).on("2022-05-30", S47_STARTED);
        var clock = only(StatutoryRule.ICPC_DUE);
        assertThat(clock.startedOn()).isEqualTo("2022-05-26");
        // 2 and 3 June 2022 were one-off bank holidays for the Platinum Jubilee.
        assertThat(clock.dueOn()).isEqualTo("2022-06-20");
    }

    @Test
    void anEnquiryThatNeedsNoConferenceStopsTheIcpcClock() {
        on("2023-05-04", STRATEGY_DISCUSSION).on("2023-05-04", S47_STARTED).on("2023-05-12", ICPC_NOT_REQUIRED);
        var clock = only(StatutoryRule.ICPC_DUE);
        // 8 May 2023 was the coronation bank holiday.
        assertThat(clock.dueOn()).isEqualTo("2023-05-26");
        assertThat(clock.metOn()).isEqualTo("2023-05-12");
    }

    @Test
    void aCaseClosedAtTheFrontDoorHasNoAssessmentDue() {
        on("2026-03-02", REFERRAL_RECEIVED).on("2026-03-03", CASE_CLOSED);
        assertThat(clocks(StatutoryRule.ASSESSMENT_DUE)).isEmpty();
    }

    @Test
    void aSecondReferralDuringAnAssessmentDoesNotRestartIt() {
        on("2026-03-02", REFERRAL_RECEIVED).on("2026-03-20", REFERRAL_RECEIVED);
        assertThat(only(StatutoryRule.ASSESSMENT_DUE).startedOn()).isEqualTo("2026-03-02");
    }

    @Test
    void reviewConferencesFallThreeMonthsAfterTheIcpcThenSixMonthlyInALeapYear() {
        on("2023-11-30", ICPC_HELD).on("2023-11-30", CP_PLAN_STARTED).on("2024-02-29", REVIEW_CONFERENCE);
        var first = only(StatutoryRule.FIRST_REVIEW_CONFERENCE_DUE);
        assertThat(first.dueOn()).isEqualTo("2024-02-29");
        assertThat(first.metOn()).isEqualTo("2024-02-29");
        var next = only(StatutoryRule.REVIEW_CONFERENCE_DUE);
        assertThat(next.startedOn()).isEqualTo("2024-02-29");
        assertThat(next.dueOn()).isEqualTo("2024-08-29");
    }

    @Test
    void sixMonthsFromTheEndOfAugustIsTheEndOfFebruary() {
        on("2024-08-31", CP_PLAN_STARTED).on("2024-08-31", REVIEW_CONFERENCE);
        assertThat(only(StatutoryRule.REVIEW_CONFERENCE_DUE).dueOn()).isEqualTo("2025-02-28");
    }

    @Test
    void theFirstCoreGroupIsDue10WorkingDaysAfterTheIcpcOverEaster() {
        on("2024-03-28", CP_PLAN_STARTED).on("2024-04-12", CORE_GROUP);
        var first = only(StatutoryRule.FIRST_CORE_GROUP_DUE);
        assertThat(first.dueOn()).isEqualTo("2024-04-15");
        assertThat(first.metLate()).isFalse();
        var next = only(StatutoryRule.CORE_GROUP_DUE);
        assertThat(next.dueOn()).isEqualTo("2024-05-10");
    }

    @Test
    void eachVisitStopsTheVisitClockAndStartsTheNextUntilThePlanEnds() {
        on("2026-01-05", CP_PLAN_STARTED).on("2026-01-16", CP_VISIT).on("2026-02-06", CP_VISIT);
        var visits = clocks(StatutoryRule.CP_VISIT_DUE);
        assertThat(visits).extracting(StatutoryClock::startedOn, StatutoryClock::dueOn, StatutoryClock::metOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-01-05"), LocalDate.parse("2026-01-19"), LocalDate.parse("2026-01-16")),
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-01-16"), LocalDate.parse("2026-01-30"), LocalDate.parse("2026-02-06")),
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-02-06"), LocalDate.parse("2026-02-20"), null));
        assertThat(visits.get(1).metLate()).isTrue();

        on("2026-02-10", CP_PLAN_ENDED);
        assertThat(clocks(StatutoryRule.CP_VISIT_DUE)).noneMatch(StatutoryClock::running);
    }

    @Test
    void aReviewConferenceThatEndsThePlanStartsNoFurtherReview() {
        on("2026-01-05", CP_PLAN_STARTED).on("2026-04-01", REVIEW_CONFERENCE).on("2026-04-01", CP_PLAN_ENDED);
        // The case stays open after the plan, so only management oversight still falls due.
        assertThat(clocks()).filteredOn(StatutoryClock::running).extracting(StatutoryClock::rule).containsExactly(StatutoryRule.OVERSIGHT_DUE);
        assertThat(only(StatutoryRule.FIRST_REVIEW_CONFERENCE_DUE).metOn()).isEqualTo("2026-04-01");
    }

    @Test
    void aLocalStandardChangesTheDueDates() {
        on("2026-01-05", CP_PLAN_STARTED);
        var weekly = LocalStandards.defaults().with(LocalStandard.CP_VISIT_FREQUENCY, Timescale.workingDays(5));
        var visit = clocks(weekly).stream().filter(c -> c.rule() == StatutoryRule.CP_VISIT_DUE).findFirst().orElseThrow();
        assertThat(visit.dueOn()).isEqualTo("2026-01-12");
        assertThat(only(StatutoryRule.CP_VISIT_DUE).dueOn()).isEqualTo("2026-01-19");
    }
}
