package org.opencsc.leavingcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.care.CareHistory.LegalStatusChange;
import org.opencsc.care.CarePeriod;

/** Care leaver categories on dated histories: 13 weeks since 14 (the 91st day itself), after 16, short breaks, ages 16 to 25. */
class CareLeaverCategoryTest {

    private static final LocalDate BORN = LocalDate.parse("2009-05-10");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static CarePeriod period(String start, String end, LegalStatusChange... statuses) {
        return new CarePeriod(1, 1, d(start), end == null ? null : d(end), end == null ? null : "E4A", List.of(statuses), List.of(), List.of(), List.of(), 0);
    }

    private static LegalStatusChange status(String from, String code) {
        return new LegalStatusChange(d(from), code);
    }

    @Test
    void aChildBecomesEligibleOnTheNinetyFirstDayLookedAfterSinceFourteenOnceSixteen() {
        var periods = List.of(period("2025-03-01", null, status("2025-03-01", "C2")));
        // 1 March to 30 May 2025 is 91 days, the 16th birthday (10 May 2025) falling within it.
        assertThat(CareLeaverCategory.firstEligibleDay(BORN, periods)).isEqualTo("2025-05-30");
        assertThat(CareLeaverCategory.on(BORN, periods, d("2025-05-29"))).isEqualTo(CareLeaverCategory.NOT_A_CARE_LEAVER);
        assertThat(CareLeaverCategory.on(BORN, periods, d("2025-05-30"))).isEqualTo(CareLeaverCategory.ELIGIBLE);
    }

    @Test
    void timeInCareBeforeFourteenAndShortBreaksDoNotCount() {
        var periods = List.of(period("2020-01-06", null, status("2020-01-06", "C2"), status("2023-03-01", "V3"), status("2025-06-02", "V2")));
        // Care before the 14th birthday (10 May 2023) does not count, nor the short breaks from then to 2 June 2025.
        assertThat(CareLeaverCategory.firstEligibleDay(BORN, periods)).isEqualTo(d("2025-06-02").plusDays(90));
    }

    @Test
    void anEligibleChildWhoLeavesCareIsRelevantThenFormerRelevantUntilTwentyFive() {
        var periods = List.of(period("2024-09-02", "2026-01-12", status("2024-09-02", "C2")));
        assertThat(CareLeaverCategory.on(BORN, periods, d("2025-12-01"))).isEqualTo(CareLeaverCategory.ELIGIBLE);
        assertThat(CareLeaverCategory.on(BORN, periods, d("2026-01-12"))).isEqualTo(CareLeaverCategory.RELEVANT);
        assertThat(CareLeaverCategory.on(BORN, periods, d("2027-05-10"))).as("the 18th birthday").isEqualTo(CareLeaverCategory.FORMER_RELEVANT);
        assertThat(CareLeaverCategory.on(BORN, periods, d("2035-05-09"))).as("the day before 26").isEqualTo(CareLeaverCategory.FORMER_RELEVANT);
        assertThat(CareLeaverCategory.on(BORN, periods, d("2035-05-10"))).as("26").isEqualTo(CareLeaverCategory.NOT_A_CARE_LEAVER);
    }

    @Test
    void aYoungPersonLookedAfterAfterSixteenButNotForThirteenWeeksIsQualifying() {
        var periods = List.of(period("2025-07-01", "2025-08-15", status("2025-07-01", "V2")));
        assertThat(CareLeaverCategory.firstEligibleDay(BORN, periods)).isNull();
        assertThat(CareLeaverCategory.on(BORN, periods, d("2025-07-10"))).as("looked after, not yet a care leaver").isEqualTo(CareLeaverCategory.NOT_A_CARE_LEAVER);
        assertThat(CareLeaverCategory.on(BORN, periods, d("2025-09-01"))).isEqualTo(CareLeaverCategory.QUALIFYING);
        assertThat(CareLeaverCategory.on(BORN, periods, d("2028-01-01"))).isEqualTo(CareLeaverCategory.QUALIFYING);
    }

    @Test
    void aChildWhoLeftCareBeforeSixteenIsNotACareLeaver() {
        var periods = List.of(period("2023-06-01", "2025-04-30", status("2023-06-01", "C2")));
        assertThat(CareLeaverCategory.on(BORN, periods, d("2026-01-01"))).isEqualTo(CareLeaverCategory.NOT_A_CARE_LEAVER);
        assertThat(CareLeaverCategory.on(BORN, List.of(), d("2026-01-01"))).isEqualTo(CareLeaverCategory.NOT_A_CARE_LEAVER);
    }

    @Test
    void aBirthdayContactCountsFromThreeMonthsBeforeToOneMonthAfterALeapDayBirthday() {
        var contact = new BirthdayContact(17, LocalDate.parse("2008-02-29").plusYears(17), null);
        assertThat(contact.birthday()).isEqualTo("2025-02-28");
        assertThat(contact.windowOpens()).isEqualTo("2024-11-28");
        assertThat(contact.windowCloses()).isEqualTo("2025-03-28");
        assertThat(contact.inWindow(d("2025-03-28"))).isTrue();
        assertThat(contact.inWindow(d("2025-03-29"))).isFalse();
        assertThat(contact.standing(d("2025-03-29"))).isEqualTo("Missed");
        assertThat(contact.standing(d("2024-11-27"))).isEqualTo("Upcoming");
    }
}
