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
}
