package org.opencsc.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.care.CareHistory.LegalStatusChange;

/** Placement stability: the placements a child had during the 12 months, the one they were already in included. */
class CarePeriodTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static CarePeriod with(Placement... placements) {
        return new CarePeriod(1, 1, placements[0].start(), null, null, List.of(new LegalStatusChange(placements[0].start(), "C2")),
                List.of(placements), List.of(), List.of(), 0);
    }

    @Test
    void aChildSettledInOnePlacementForTwoYearsHadOnePlacementInTheYear() {
        assertThat(with(Placement.of(d("2024-09-01"), null, "U4", "PR1", "Ms Khan", null, null)).placementsInYearTo(d("2026-11-30"))).isEqualTo(1);
    }

    @Test
    void thePlacementTheChildWasInAYearAgoCountsWithTheMovesSince() {
        var period = with(Placement.of(d("2024-01-08"), d("2026-01-12"), "U4", "PR1", "Ms Khan", null, null),
                Placement.of(d("2026-01-12"), d("2026-06-01"), "K2", "PR4", "Oak House", null, "SC123456"),
                Placement.of(d("2026-06-01"), null, "U6", "PR1", "Mr and Mrs Obi", null, null));
        assertThat(period.placementsInYearTo(d("2026-11-30"))).isEqualTo(3);
        // A placement that ended on the day a year before is outside the year.
        assertThat(with(Placement.of(d("2024-01-08"), d("2025-11-30"), "U4", "PR1", "Ms Khan", null, null),
                Placement.of(d("2025-11-30"), null, "U6", "PR1", "Mr and Mrs Obi", null, null)).placementsInYearTo(d("2026-11-30"))).isEqualTo(1);
    }

    private static final LocalDate UNDER_16 = LocalDate.parse("2015-05-01");

    @Test
    void twoYearsWithTheSameCarersOnTheDayItselfIsStableAndTheDayBeforeIsNot() {
        var period = with(Placement.of(d("2023-01-10"), d("2024-03-01"), "U6", "PR1", "Mr and Mrs Obi", null, null),
                Placement.of(d("2024-03-01"), null, "U4", "PR1", "Ms Khan", null, null));
        assertThat(period.withSameCarersSince(d("2026-03-01"))).isEqualTo("2024-03-01");
        assertThat(period.stabilityOn(d("2026-03-01"), UNDER_16)).isEqualTo(LongTermStability.STABLE);
        assertThat(period.stabilityOn(d("2026-02-28"), UNDER_16)).isEqualTo(LongTermStability.UNSTABLE);
        assertThat(period.stabilityOn(d("2025-07-09"), UNDER_16)).as("looked after a day short of two and a half years").isEqualTo(LongTermStability.NOT_COUNTED);
        assertThat(period.stabilityOn(d("2025-07-10"), UNDER_16)).as("two and a half years to the day").isEqualTo(LongTermStability.UNSTABLE);
        assertThat(period.stabilityOn(d("2026-03-01"), d("2010-03-01"))).as("16 that day").isEqualTo(LongTermStability.NOT_COUNTED);
        assertThat(period.stabilityOn(d("2026-03-01"), d("2010-03-02"))).as("16 the next day").isEqualTo(LongTermStability.STABLE);
    }

    @Test
    void fosterCarersBecomingAdoptersIsNoMoveButARespiteBreakIs() {
        var adoptedByCarers = with(Placement.of(d("2023-01-10"), d("2025-06-02"), "U4", "PR1", "Ms Khan", null, null),
                Placement.of(d("2025-06-02"), null, "A5", "PR1", "ms khan ", null, null));
        assertThat(adoptedByCarers.withSameCarersSince(d("2026-03-01"))).isEqualTo("2023-01-10");
        var respite = with(Placement.of(d("2023-01-10"), d("2025-06-02"), "U4", "PR1", "Ms Khan", null, null),
                Placement.of(d("2025-06-02"), d("2025-06-06"), "T4", "PR1", "Ms Khan", null, null),
                Placement.of(d("2025-06-06"), null, "U4", "PR1", "Ms Khan", null, null));
        assertThat(respite.withSameCarersSince(d("2026-03-01"))).isEqualTo("2025-06-06");
        assertThat(respite.stabilityOn(d("2026-03-01"), UNDER_16)).isEqualTo(LongTermStability.UNSTABLE);
    }

    @Test
    void aChildPlacedForAdoptionCountsThePlacementBeforeWithIt() {
        var period = with(Placement.of(d("2023-01-10"), d("2024-01-02"), "U6", "PR1", "Mr and Mrs Obi", null, null),
                Placement.of(d("2024-01-02"), d("2025-09-01"), "U4", "PR1", "Ms Khan", null, null),
                Placement.of(d("2025-09-01"), null, "A6", "PR1", "Okafor family", null, null));
        assertThat(period.stabilityOn(d("2026-01-02"), UNDER_16)).as("Ms Khan's from 2 January 2024, then the adopters").isEqualTo(LongTermStability.STABLE);
        assertThat(period.stabilityOn(d("2026-01-01"), UNDER_16)).isEqualTo(LongTermStability.UNSTABLE);
        var fostered = with(Placement.of(d("2023-01-10"), d("2024-01-02"), "U6", "PR1", "Mr and Mrs Obi", null, null),
                Placement.of(d("2024-01-02"), d("2025-09-01"), "U4", "PR1", "Ms Khan", null, null),
                Placement.of(d("2025-09-01"), null, "U4", "PR1", "Mr Dean", null, null));
        assertThat(fostered.stabilityOn(d("2026-01-02"), UNDER_16)).as("a foster move gets no such credit").isEqualTo(LongTermStability.UNSTABLE);
    }
}
