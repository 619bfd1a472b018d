package org.opencsc.care;

import java.time.LocalDate;

/**
 * An SSDA903 episode: a stretch of a period of care with one legal status and one placement. It
 * starts for a reason (RNE) and ends with a reason (REC: X1 when the next episode starts the
 * same day; the period's reason ceased on the last; none while it lasts).
 */
public record Episode(LocalDate start, LocalDate end, ReasonNewEpisode reasonNew, String legalStatus, Placement placement, String reasonEnded) {
}
