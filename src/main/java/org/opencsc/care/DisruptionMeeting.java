package org.opencsc.care;

import java.time.LocalDate;

/** The meeting held after a placement ended unplanned: who came and what was learned. */
public record DisruptionMeeting(long id, long placementId, LocalDate meetingDate, String attendees, String learning) {
}
