package org.opencsc.leavingcare;

import java.time.LocalDate;

/** A care leaver's pathway plan as agreed or reviewed on a day. */
public record PathwayPlan(long id, LocalDate planDate, String summary) {
}
