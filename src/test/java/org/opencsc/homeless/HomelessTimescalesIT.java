package org.opencsc.homeless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.security.Role;
import org.opencsc.security.TestStaff;
import org.opencsc.timescales.LocalStandard;
import org.opencsc.timescales.LocalStandards;
import org.opencsc.timescales.Timescale;
import org.opencsc.timescales.TimescaleService;
import org.opencsc.timescales.TimescaleService.StandardForm;
import org.opencsc.timescales.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pathway's timeline on dated examples, with the published bank holidays: seen the same
 * working day as the referral, the joint assessment due 10 working days after it by default.
 * August 2026: the bank holiday is Monday 31 August.
 */
@IntegrationTest
class HomelessTimescalesIT {

    private static final Timescale TEN = LocalStandards.defaults().get(LocalStandard.HOMELESS_JOINT_ASSESSMENT);

    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    TimescaleService timescales;
    @Autowired
    TestStaff staff;

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private static HomelessPathway referred(String presented, String at, String referred, String completed) {
        return HomelessPathway.unsaved(1).presented(LocalDate.parse(presented), LocalTime.parse(at), PresentedTo.HOUSING, "Housing options",
                LocalDate.parse(referred), false, null, null).concluded(completed == null ? null : LocalDate.parse(completed), null, null, null);
    }

    private PathwayTimeline timeline(HomelessPathway pathway, String today) {
        return PathwayTimeline.of(pathway, TEN, calendar, LocalDate.parse(today));
    }

    @Test
    void theDefaultIsTenWorkingDaysAndTheBankHolidayDoesNotCount() {
        assertThat(TEN).isEqualTo(Timescale.workingDays(10));
        var thursday = referred("2026-08-20", "10:00", "2026-08-20", null);
        assertThat(timeline(thursday, "2026-08-20").assessmentDue()).as("Thu 20 Aug + 10 working days, skipping Mon 31 Aug").isEqualTo("2026-09-04");
    }

    @Test
    void completedOnTheDueDayIsOnTimeAndTheDayAfterIsLate() {
        var onTheDay = timeline(referred("2026-08-20", "10:00", "2026-08-20", "2026-09-04"), "2026-09-10");
        assertThat(onTheDay.assessmentLate()).isFalse();
        assertThat(onTheDay.standing()).isEqualTo("Completed on time");
        assertThat(onTheDay.workingDaysElapsed()).isEqualTo(10);
        var dayAfter = timeline(referred("2026-08-20", "10:00", "2026-08-20", "2026-09-07"), "2026-09-10");
        assertThat(dayAfter.assessmentLate()).isTrue();
        assertThat(dayAfter.standing()).isEqualTo("Completed late");
        assertThat(dayAfter.workingDaysElapsed()).as("the weekend between does not count").isEqualTo(11);
    }

    @Test
    void stillOpenItIsDueTodayOnTheDayAndLateTheWorkingDayAfter() {
        var open = referred("2026-08-20", "10:00", "2026-08-20", null);
        assertThat(timeline(open, "2026-08-28").standing()).isEqualTo("Due in 4 working days");
        assertThat(timeline(open, "2026-09-04").standing()).isEqualTo("Due today");
        assertThat(timeline(open, "2026-09-04").assessmentLate()).isFalse();
        assertThat(timeline(open, "2026-09-05").standing()).as("Saturday: late, though no working day has passed").isEqualTo("Late by 0 working days");
        assertThat(timeline(open, "2026-09-07").standing()).isEqualTo("Late by 1 working day");
        assertThat(timeline(open, "2026-09-07").workingDaysElapsed()).isEqualTo(11);
    }

    @Test
    void aReferralAtTheWeekendIsSeenAndCountedFromMonday() {
        var saturday = timeline(referred("2026-08-22", "14:00", "2026-08-22", null), "2026-08-22");
        assertThat(saturday.seenBy()).isEqualTo("2026-08-24");
        assertThat(saturday.assessmentDue()).as("Mon 24 Aug is the first of the 10; Mon 31 Aug does not count").isEqualTo("2026-09-07");
    }

    @Test
    void theYoungPersonIsSeenTheSameWorkingDayUnlessTheyPresentedAfterOfficeHoursOrOnABankHoliday() {
        assertThat(timeline(referred("2026-08-21", "16:59", "2026-08-21", null), "2026-08-21").seenBy()).isEqualTo("2026-08-21");
        assertThat(timeline(referred("2026-08-21", "17:00", "2026-08-21", null), "2026-08-21").seenBy()).as("Friday evening: Monday")
                .isEqualTo("2026-08-24");
        assertThat(timeline(referred("2026-08-20", "21:00", "2026-08-21", null), "2026-08-21").seenBy())
                .as("referred by housing the next morning: that day").isEqualTo("2026-08-21");
        assertThat(timeline(referred("2026-08-31", "11:00", "2026-08-31", null), "2026-08-31").seenBy()).as("bank holiday").isEqualTo("2026-09-01");
        var notSeen = referred("2026-08-21", "11:00", "2026-08-21", null);
        assertThat(timeline(notSeen, "2026-08-21").seenLate()).isFalse();
        assertThat(timeline(notSeen, "2026-08-24").seenLate()).isTrue();
        var seenMonday = notSeen.assessed(LocalDate.parse("2026-08-24"), null, null, null);
        assertThat(timeline(seenMonday, "2026-08-25").seenLate()).isTrue();
    }

    @Test
    void theCouncilMayShortenTheStandardButNotSetItPastTheNational45WorkingDays() {
        assertThat(PathwayTimeline.of(referred("2026-08-20", "10:00", "2026-08-20", null), Timescale.workingDays(5), calendar,
                LocalDate.parse("2026-08-20")).assessmentDue()).isEqualTo("2026-08-27");
        TestStaff.signInAs(staff.create(Role.ADMINISTRATOR));
        assertThatThrownBy(() -> timescales.changeStandard(new StandardForm("HOMELESS_JOINT_ASSESSMENT", "46", "WORKING_DAYS")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Joint assessment of a homeless 16 or 17-year-old must be at most 45 working days, the national maximum");
        assertThatThrownBy(() -> timescales.changeStandard(new StandardForm("HOMELESS_JOINT_ASSESSMENT", "2", "WEEKS")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Joint assessment of a homeless 16 or 17-year-old is counted in working days");
        assertThat(timescales.localStandards().get(LocalStandard.HOMELESS_JOINT_ASSESSMENT)).isEqualTo(TEN);
    }
}
