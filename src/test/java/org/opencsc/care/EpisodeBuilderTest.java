package org.opencsc.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.care.CareHistory.LegalStatusChange;
import org.opencsc.platform.InvalidInputException;

/** SSDA903 episodes derived from dated care histories. */
class EpisodeBuilderTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Placement placed(String start, String end, String place, String carer) {
        return Placement.of(d(start), end == null ? null : d(end), place, "PR1", carer, "NW1 1AA", null);
    }

    @Test
    void eachChangeOfStatusPlacementOrCarerStartsAnEpisodeWithItsReason() {
        var history = new CareHistory(d("2025-01-06"), d("2026-03-31"), "E11",
                List.of(new LegalStatusChange(d("2025-01-06"), "V2"), new LegalStatusChange(d("2025-02-10"), "C2"),
                        new LegalStatusChange(d("2025-06-02"), "C1"), new LegalStatusChange(d("2025-11-03"), "E1")),
                List.of(placed("2025-01-06", "2025-03-01", "U1", "carer-a"),
                        placed("2025-03-01", "2025-06-02", "U4", "carer-b"),
                        placed("2025-06-02", "2025-09-01", "U4", "carer-c"),
                        // The same carers move house: a new placement, the same carers.
                        placed("2025-09-01", "2025-11-03", "U4", "carer-c"),
                        placed("2025-11-03", "2026-03-31", "A5", "carer-c")));
        var episodes = EpisodeBuilder.episodes(history);
        assertThat(episodes).extracting(Episode::start, Episode::reasonNew, Episode::legalStatus, Episode::end, Episode::reasonEnded)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(d("2025-01-06"), ReasonNewEpisode.S, "V2", d("2025-02-10"), "X1"),
                        org.assertj.core.groups.Tuple.tuple(d("2025-02-10"), ReasonNewEpisode.L, "C2", d("2025-03-01"), "X1"),
                        org.assertj.core.groups.Tuple.tuple(d("2025-03-01"), ReasonNewEpisode.P, "C2", d("2025-06-02"), "X1"),
                        org.assertj.core.groups.Tuple.tuple(d("2025-06-02"), ReasonNewEpisode.T, "C1", d("2025-09-01"), "X1"),
                        org.assertj.core.groups.Tuple.tuple(d("2025-09-01"), ReasonNewEpisode.B, "C1", d("2025-11-03"), "X1"),
                        org.assertj.core.groups.Tuple.tuple(d("2025-11-03"), ReasonNewEpisode.U, "E1", d("2026-03-31"), "E11"));
    }

    @Test
    void aPeriodThatLastsHasAnOpenLastEpisodeWithNoReasonEnded() {
        var episodes = EpisodeBuilder.episodes(new CareHistory(d("2026-05-01"), null, null,
                List.of(new LegalStatusChange(d("2026-05-01"), "V2")), List.of(placed("2026-05-01", null, "U1", "carer-a"))));
        assertThat(episodes).hasSize(1);
        assertThat(episodes.getFirst().end()).isNull();
        assertThat(episodes.getFirst().reasonEnded()).isNull();
    }

    @Test
    void overlapsGapsAndAStatusBeforeThePeriodAreRefusedWithTheirDates() {
        var history = new CareHistory(d("2026-01-05"), null, null,
                List.of(new LegalStatusChange(d("2026-01-01"), "V2")),
                List.of(placed("2026-01-05", "2026-02-10", "U1", "carer-a"), placed("2026-02-01", "2026-03-01", "U4", "carer-b"),
                        placed("2026-03-09", null, "U4", "carer-b")));
        assertThatThrownBy(() -> EpisodeBuilder.episodes(history))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The legal status V2 (1 January 2026) must not be before the start of the period of care (5 January 2026)")
                .hasMessageContaining("The placement from 1 February 2026 overlaps the one before it, which ended on 10 February 2026")
                .hasMessageContaining("No placement from 1 March 2026 to 9 March 2026");
    }

    @Test
    void aPlacementAfterOneThatHasNotEndedOverlapsIt() {
        var history = new CareHistory(d("2026-01-05"), null, null, List.of(new LegalStatusChange(d("2026-01-05"), "C2")),
                List.of(placed("2026-01-05", null, "U1", "carer-a"), placed("2026-02-01", null, "U4", "carer-b")));
        assertThatThrownBy(() -> EpisodeBuilder.episodes(history))
                .hasMessageContaining("The placement from 1 February 2026 overlaps the one before it, which has not ended");
    }
}
