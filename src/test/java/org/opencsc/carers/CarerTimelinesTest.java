package org.opencsc.carers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The carers' dates on dated cases: reviews of approval, temporary approvals and their extension, private fostering visits. */
class CarerTimelinesTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theFirstReviewIsDueWithinAYearOfApprovalAndThenWithinAYearOfTheLast() {
        assertThat(ReviewSchedule.nextDue(d("2025-03-10"), List.of())).isEqualTo("2026-03-10");
        assertThat(ReviewSchedule.nextDue(d("2025-03-10"), List.of(d("2026-02-01")))).isEqualTo("2027-02-01");
        assertThat(ReviewSchedule.nextDue(d("2025-03-10"), List.of(d("2026-02-01"), d("2026-04-20")))).isEqualTo("2027-04-20");
        assertThat(ReviewSchedule.nextDue(null, List.of())).as("not approved yet").isNull();
    }

    @Test
    void aReviewOnTheDueDayIsOnTimeAndTheNextDayLate() {
        var due = ReviewSchedule.nextDue(d("2025-03-10"), List.of());
        assertThat(ReviewSchedule.onTime(due, d("2026-03-10"))).isTrue();
        assertThat(ReviewSchedule.onTime(due, d("2026-03-11"))).isFalse();
        assertThat(ReviewSchedule.standing(due, d("2026-03-10"))).isEqualTo(ReviewSchedule.Standing.DUE_SOON);
        assertThat(ReviewSchedule.standing(due, d("2026-03-11"))).isEqualTo(ReviewSchedule.Standing.LATE);
        assertThat(ReviewSchedule.standing(due, d("2026-01-13"))).as("56 days before").isEqualTo(ReviewSchedule.Standing.DUE_SOON);
        assertThat(ReviewSchedule.standing(due, d("2026-01-12"))).as("57 days before").isEqualTo(ReviewSchedule.Standing.NOT_DUE);
    }

    @Test
    void aYearFrom29FebruaryEndsOn28February() {
        var due = ReviewSchedule.nextDue(d("2024-02-29"), List.of());
        assertThat(due).isEqualTo("2025-02-28");
        assertThat(ReviewSchedule.onTime(due, d("2025-02-28"))).isTrue();
        assertThat(ReviewSchedule.onTime(due, d("2025-03-01"))).isFalse();
        assertThat(ReviewSchedule.nextDue(d("2023-03-01"), List.of(d("2024-02-29")))).as("reviewed on 29 February").isEqualTo("2025-02-28");
        assertThat(ReviewSchedule.nextDue(d("2027-02-28"), List.of())).as("into a leap year").isEqualTo("2028-02-28");
    }

    @Test
    void aTemporaryApprovalExpires16WeeksOnAndCanBeExtendedBy8WeeksAtMost() {
        assertThat(ApprovalTimeline.expiry(d("2026-03-02"))).isEqualTo("2026-06-22");
        assertThat(ApprovalTimeline.latestExtension(d("2026-03-02"))).isEqualTo("2026-08-17");
        assertThat(ApprovalTimeline.endsOn(d("2026-03-02"), null)).isEqualTo("2026-06-22");
        assertThat(ApprovalTimeline.endsOn(d("2026-03-02"), d("2026-07-20"))).isEqualTo("2026-07-20");
        assertThat(ApprovalTimeline.expiry(d("2024-02-29"))).as("across a leap day: 112 days").isEqualTo("2024-06-20");
    }

    @Test
    void aTemporaryApprovalShowsFourWeeksBeforeItExpiresAndIsPastExpiryTheDayAfter() {
        var ends = d("2026-06-22");
        assertThat(ApprovalTimeline.standing(ends, d("2026-05-24"))).isEqualTo(ApprovalTimeline.Standing.IN_FORCE);
        assertThat(ApprovalTimeline.standing(ends, d("2026-05-25"))).isEqualTo(ApprovalTimeline.Standing.EXPIRING_SOON);
        assertThat(ApprovalTimeline.standing(ends, d("2026-06-22"))).isEqualTo(ApprovalTimeline.Standing.EXPIRING_SOON);
        assertThat(ApprovalTimeline.standing(ends, d("2026-06-23"))).isEqualTo(ApprovalTimeline.Standing.EXPIRED);
    }

    @Test
    void privatelyFosteredChildrenAreVisitedSixWeeklyInTheFirstYearThenTwelveWeekly() {
        var start = d("2025-01-06");
        var first = d("2025-01-15");
        assertThat(PrivateFosteringVisits.nextDue(start, null, first, List.of())).as("no visit yet: the first").isEqualTo("2025-01-15");
        assertThat(PrivateFosteringVisits.nextDue(start, null, first, List.of(d("2025-02-10")))).isEqualTo("2025-03-24");
        assertThat(PrivateFosteringVisits.nextDue(start, null, first, List.of(d("2026-01-05")))).as("the last day of the first year").isEqualTo("2026-02-16");
        assertThat(PrivateFosteringVisits.nextDue(start, null, first, List.of(d("2026-01-06")))).as("the first anniversary").isEqualTo("2026-03-31");
        assertThat(PrivateFosteringVisits.nextDue(start, d("2025-06-01"), first, List.of())).as("ended").isNull();
        assertThat(PrivateFosteringVisits.overdue(d("2025-02-17"), d("2025-02-17"))).isFalse();
        assertThat(PrivateFosteringVisits.overdue(d("2025-02-17"), d("2025-02-18"))).isTrue();
    }
}
