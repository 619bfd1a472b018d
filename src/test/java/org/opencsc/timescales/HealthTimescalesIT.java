package org.opencsc.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.child.CaseEventKind.BECAME_LOOKED_AFTER;
import static org.opencsc.child.CaseEventKind.CEASED_LOOKED_AFTER;
import static org.opencsc.child.CaseEventKind.DENTAL_CHECK;
import static org.opencsc.child.CaseEventKind.HEALTH_ASSESSMENT_5_OR_OVER;
import static org.opencsc.child.CaseEventKind.HEALTH_ASSESSMENT_UNDER_5;
import static org.opencsc.child.CaseEventKind.PLACEMENT_STARTED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.care.HealthService;
import org.opencsc.child.CaseEvent;
import org.opencsc.child.CaseEventKind;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A looked-after child's health clocks on dated journeys with the published calendar: the initial
 * health assessment in working days over the May bank holidays, reviews 6-monthly or 12-monthly
 * by the child's age at the last assessment (a 29 February birthday included), dental checks yearly.
 */
@IntegrationTest
class HealthTimescalesIT {

    @Autowired
    WorkingDayCalendar calendar;

    private final List<CaseEvent> events = new ArrayList<>();

    private HealthTimescalesIT on(String date, CaseEventKind kind) {
        events.add(new CaseEvent(events.size() + 1, 1, kind, LocalDate.parse(date), "test", "test", Instant.EPOCH));
        return this;
    }

    /** A health assessment of a child born on {@code born}, with the event the health feature puts on the journey. */
    private HealthTimescalesIT assessed(String date, String born) {
        return on(date, HealthService.assessmentEvent(LocalDate.parse(born), LocalDate.parse(date)));
    }

    private List<StatutoryClock> clocks(StatutoryRule rule) {
        var sorted = events.stream().sorted(Comparator.comparing(CaseEvent::date)).toList();
        return new ClockRunner(LocalStandards.defaults(), calendar).run(1, sorted).stream().filter(c -> c.rule() == rule)
                .sorted(Comparator.comparing(StatutoryClock::startedOn)).toList();
    }

    private StatutoryClock running(StatutoryRule rule) {
        var found = clocks(rule).stream().filter(StatutoryClock::running).toList();
        assertThat(found).as("running " + rule.name()).hasSize(1);
        return found.getFirst();
    }

    @Test
    void theInitialHealthAssessmentIsDue20WorkingDaysAfterBecomingLookedAfterOverTheMayBankHolidays() {
        // Early May bank holiday is Monday 4 May 2026, the spring bank holiday Monday 25 May.
        on("2026-04-27", BECAME_LOOKED_AFTER).on("2026-04-27", PLACEMENT_STARTED);
        assertThat(running(StatutoryRule.INITIAL_HEALTH_ASSESSMENT_DUE).dueOn()).isEqualTo("2026-05-27");

        assessed("2026-05-27", "2015-03-10");
        var met = clocks(StatutoryRule.INITIAL_HEALTH_ASSESSMENT_DUE).getFirst();
        assertThat(met.metOn()).isEqualTo("2026-05-27");
        assertThat(met.metLate()).as("the 20th working day itself is on time").isFalse();

        events.removeLast();
        assessed("2026-05-28", "2015-03-10");
        assertThat(clocks(StatutoryRule.INITIAL_HEALTH_ASSESSMENT_DUE).getFirst().metLate()).as("the 21st working day is late").isTrue();
    }

    @Test
    void aChildUnder5AtTheLastAssessmentIsNextDueIn6MonthsAndA5YearOldIn12() {
        on("2027-01-04", BECAME_LOOKED_AFTER).on("2027-01-04", PLACEMENT_STARTED);
        assessed("2027-06-14", "2022-06-15");
        assertThat(events.getLast().kind()).as("the day before the 5th birthday").isEqualTo(HEALTH_ASSESSMENT_UNDER_5);
        assertThat(running(StatutoryRule.HEALTH_ASSESSMENT_REVIEW_DUE).dueOn()).isEqualTo("2027-12-14");

        events.removeLast();
        assessed("2027-06-15", "2022-06-15");
        assertThat(events.getLast().kind()).as("the 5th birthday").isEqualTo(HEALTH_ASSESSMENT_5_OR_OVER);
        assertThat(running(StatutoryRule.HEALTH_ASSESSMENT_REVIEW_DUE).dueOn()).isEqualTo("2028-06-15");
    }

    @Test
    void aChildBornOn29FebruaryIs5On1MarchInACommonYear() {
        on("2024-09-02", BECAME_LOOKED_AFTER).on("2024-09-02", PLACEMENT_STARTED);
        assessed("2025-02-28", "2020-02-29");
        assertThat(events.getLast().kind()).isEqualTo(HEALTH_ASSESSMENT_UNDER_5);
        assertThat(running(StatutoryRule.HEALTH_ASSESSMENT_REVIEW_DUE).dueOn()).isEqualTo("2025-08-28");

        events.removeLast();
        assessed("2025-03-01", "2020-02-29");
        assertThat(events.getLast().kind()).isEqualTo(HEALTH_ASSESSMENT_5_OR_OVER);
        assertThat(running(StatutoryRule.HEALTH_ASSESSMENT_REVIEW_DUE).dueOn()).isEqualTo("2026-03-01");
    }

    @Test
    void aReviewAssessmentOnItsDueDayIsOnTimeAndTheDayAfterLate() {
        on("2027-01-04", BECAME_LOOKED_AFTER).on("2027-01-04", PLACEMENT_STARTED);
        assessed("2027-01-20", "2024-05-01").assessed("2027-07-20", "2024-05-01");
        var first = clocks(StatutoryRule.HEALTH_ASSESSMENT_REVIEW_DUE).getFirst();
        assertThat(first.dueOn()).isEqualTo("2027-07-20");
        assertThat(first.metLate()).as("the due day itself").isFalse();

        events.removeLast();
        assessed("2027-07-21", "2024-05-01");
        assertThat(clocks(StatutoryRule.HEALTH_ASSESSMENT_REVIEW_DUE).getFirst().metLate()).as("the day after").isTrue();
        assertThat(running(StatutoryRule.HEALTH_ASSESSMENT_REVIEW_DUE).dueOn()).as("6 months from the late one").isEqualTo("2028-01-21");
    }

    @Test
    void aDentalCheckIsDueWithin12MonthsOfBecomingLookedAfterAndThenOfEachCheck() {
        on("2026-01-05", BECAME_LOOKED_AFTER).on("2026-01-05", PLACEMENT_STARTED);
        assertThat(running(StatutoryRule.DENTAL_CHECK_DUE).dueOn()).isEqualTo("2027-01-05");
        on("2026-06-01", DENTAL_CHECK);
        assertThat(clocks(StatutoryRule.DENTAL_CHECK_DUE).getFirst().metOn()).isEqualTo("2026-06-01");
        assertThat(running(StatutoryRule.DENTAL_CHECK_DUE).dueOn()).isEqualTo("2027-06-01");
        assertThat(StatutoryRule.DENTAL_CHECK_DUE.basis()).startsWith("Statutory guidance");
    }

    @Test
    void ceasingToBeLookedAfterEndsTheHealthAndDentalClocks() {
        on("2026-01-05", BECAME_LOOKED_AFTER).on("2026-01-05", PLACEMENT_STARTED);
        assessed("2026-01-20", "2015-01-01").on("2026-02-02", CEASED_LOOKED_AFTER);
        assertThat(clocks(StatutoryRule.HEALTH_ASSESSMENT_REVIEW_DUE)).isEmpty();
        assertThat(clocks(StatutoryRule.DENTAL_CHECK_DUE)).isEmpty();
        assertThat(clocks(StatutoryRule.INITIAL_HEALTH_ASSESSMENT_DUE)).extracting(StatutoryClock::metOn).containsExactly(LocalDate.parse("2026-01-20"));
    }
}
