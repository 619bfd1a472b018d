package org.opencsc.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.opencsc.care.MissingEpisode.RhiStanding;
import org.opencsc.platform.ClockZone;

/** The return home interview is due within 72 hours of the return, to the minute, in real hours across a clock change. */
class MissingEpisodeTest {

    private static Instant uk(String local) {
        return LocalDateTime.parse(local).atZone(ClockZone.UK).toInstant();
    }

    private static MissingEpisode returned(String at, Boolean accepted, String completed) {
        return new MissingEpisode(1, 1, MissingKind.M, uk("2026-03-01T22:00"), uk(at), true, accepted == null ? null : uk(at).plusSeconds(3600),
                accepted, completed == null ? null : uk(completed), "RHI worker", "Findings", 0);
    }

    @Test
    void theInterviewIsDueAtTheSeventySecondHourAndOnTimeAtThatMinute() {
        var episode = returned("2026-03-02T10:00", true, "2026-03-05T10:00");
        assertThat(episode.rhiDueBy()).isEqualTo(uk("2026-03-05T10:00"));
        assertThat(episode.rhiStanding(uk("2026-03-06T00:00"))).isEqualTo(RhiStanding.COMPLETED_IN_TIME);
        assertThat(returned("2026-03-02T10:00", true, "2026-03-05T10:01").rhiStanding(uk("2026-03-06T00:00"))).isEqualTo(RhiStanding.COMPLETED_LATE);
    }

    @Test
    void anInterviewNotYetDoneIsDueUntilTheSeventySecondHourThenOverdue() {
        var episode = returned("2026-03-02T10:00", true, null);
        assertThat(episode.rhiStanding(uk("2026-03-05T10:00"))).isEqualTo(RhiStanding.DUE);
        assertThat(episode.rhiStanding(uk("2026-03-05T10:01"))).isEqualTo(RhiStanding.OVERDUE);
        assertThat(returned("2026-03-02T10:00", false, null).rhiStanding(uk("2026-03-09T10:00"))).isEqualTo(RhiStanding.DECLINED);
    }

    @Test
    void seventyTwoHoursAcrossTheSpringClockChangeEndAnHourLaterOnTheWallClock() {
        // British Summer Time began at 01:00 GMT on Sunday 29 March 2026.
        var episode = returned("2026-03-28T20:00", true, null);
        assertThat(MissingEpisode.shown(episode.rhiDueBy())).isEqualTo("31 Mar 2026, 21:00");
    }

    @Test
    void aChildStillMissingHasNoInterviewDue() {
        var missing = new MissingEpisode(1, 1, MissingKind.A, uk("2026-03-01T22:00"), null, false, null, null, null, null, null, 0);
        assertThat(missing.rhiDueBy()).isNull();
        assertThat(missing.rhiStanding(uk("2026-03-10T00:00"))).isEqualTo(RhiStanding.STILL_MISSING);
    }
}
