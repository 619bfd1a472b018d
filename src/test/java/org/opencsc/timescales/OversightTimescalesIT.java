package org.opencsc.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.child.CaseEventKind.ASSESSMENT_COMPLETED;
import static org.opencsc.child.CaseEventKind.BECAME_LOOKED_AFTER;
import static org.opencsc.child.CaseEventKind.CASE_CLOSED;
import static org.opencsc.child.CaseEventKind.CEASED_LOOKED_AFTER;
import static org.opencsc.child.CaseEventKind.CIN_PLAN_STARTED;
import static org.opencsc.child.CaseEventKind.CP_PLAN_STARTED;
import static org.opencsc.child.CaseEventKind.OVERSIGHT_RECORDED;
import static org.opencsc.child.CaseEventKind.REFERRAL_RECEIVED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.child.CaseEvent;
import org.opencsc.child.CaseEventKind;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The management oversight clock on dated journeys with the published calendar: from the case
 * opening and each oversight, at the local frequency for where the child is, over Easter and the
 * May bank holidays, and no longer once the case closes.
 */
@IntegrationTest
class OversightTimescalesIT {

    @Autowired
    WorkingDayCalendar calendar;

    private final List<CaseEvent> events = new ArrayList<>();
    private LocalStandards standards = LocalStandards.defaults();

    private OversightTimescalesIT on(String date, CaseEventKind kind) {
        events.add(new CaseEvent(events.size() + 1, 1, kind, LocalDate.parse(date), "test", "test", Instant.EPOCH));
        return this;
    }

    private List<StatutoryClock> clocks() {
        var sorted = events.stream().sorted(Comparator.comparing(CaseEvent::date)).toList();
        return new ClockRunner(standards, calendar).run(1, sorted).stream().filter(c -> c.rule() == StatutoryRule.OVERSIGHT_DUE)
                .sorted(Comparator.comparing(StatutoryClock::startedOn)).toList();
    }

    private List<StatutoryClock> running() {
        return clocks().stream().filter(StatutoryClock::running).toList();
    }

    @Test
    void aReferralStartsOversightDueIn30WorkingDaysAcrossBothMayBankHolidays() {
        // Early May bank holiday is Monday 4 May 2026, the spring bank holiday Monday 25 May.
        on("2026-05-01", REFERRAL_RECEIVED);
        assertThat(running()).singleElement().satisfies(clock -> {
            assertThat(clock.startedOn()).isEqualTo("2026-05-01");
            assertThat(clock.dueOn()).isEqualTo("2026-06-16");
        });
    }

    @Test
    void onAChildProtectionPlanOversightIsDue20WorkingDaysAfterTheLastOverEasterAndTheDueDayItselfIsOnTime() {
        on("2026-02-02", REFERRAL_RECEIVED).on("2026-02-20", ASSESSMENT_COMPLETED).on("2026-03-20", CP_PLAN_STARTED).on("2026-03-20", OVERSIGHT_RECORDED);
        var first = clocks().getFirst();
        assertThat(first.metOn()).as("the clock the referral started is met by the oversight").isEqualTo("2026-03-20");
        assertThat(first.metLate()).as("30 working days from 2 February ran out on 16 March").isTrue();
        // Good Friday 3 April and Easter Monday 6 April 2026 are not working days.
        assertThat(running()).singleElement().satisfies(clock -> assertThat(clock.dueOn()).isEqualTo("2026-04-21"));

        on("2026-04-21", OVERSIGHT_RECORDED);
        assertThat(clocks().get(1).metLate()).as("day 20 itself is on time").isFalse();
        assertThat(running()).singleElement().satisfies(clock -> assertThat(clock.dueOn()).isEqualTo("2026-05-20"));

        events.removeLast();
        on("2026-04-22", OVERSIGHT_RECORDED);
        assertThat(clocks().get(1).metLate()).as("day 21 is late").isTrue();
    }

    @Test
    void aChildInNeedIsOverseenAt30WorkingDaysAndALookedAfterChildAt20() {
        on("2026-01-05", REFERRAL_RECEIVED).on("2026-02-02", CIN_PLAN_STARTED).on("2026-02-02", OVERSIGHT_RECORDED);
        assertThat(running()).singleElement().satisfies(clock -> assertThat(clock.dueOn()).isEqualTo(calendar.addWorkingDays(LocalDate.parse("2026-02-02"), 30)));

        events.clear();
        on("2026-06-01", BECAME_LOOKED_AFTER);
        assertThat(running()).as("becoming looked after opens the case").singleElement()
                .satisfies(clock -> assertThat(clock.dueOn()).isEqualTo(calendar.addWorkingDays(LocalDate.parse("2026-06-01"), 20)));
        on("2026-09-01", CEASED_LOOKED_AFTER);
        assertThat(running()).as("ceasing care ends it").isEmpty();
    }

    @Test
    void closingTheCaseStopsOversightFallingDueAndANewReferralStartsItAgain() {
        on("2026-01-05", REFERRAL_RECEIVED).on("2026-01-20", CASE_CLOSED);
        assertThat(running()).isEmpty();
        assertThat(clocks()).as("a clock cancelled by the closure was never due").isEmpty();
        on("2026-03-02", REFERRAL_RECEIVED);
        assertThat(running()).singleElement().satisfies(clock -> assertThat(clock.startedOn()).isEqualTo("2026-03-02"));
    }

    @Test
    void theFrequencyIsALocalStandard() {
        standards = standards.with(LocalStandard.OVERSIGHT_CHILD_IN_NEED, Timescale.workingDays(10));
        on("2026-05-01", REFERRAL_RECEIVED);
        // Ten working days after Friday 1 May, with Monday 4 May a bank holiday.
        assertThat(running()).singleElement().satisfies(clock -> assertThat(clock.dueOn()).isEqualTo("2026-05-18"));
        assertThat(StatutoryRule.OVERSIGHT_DUE.period(standards)).contains("10 working days").contains("20 working days");
    }
}
