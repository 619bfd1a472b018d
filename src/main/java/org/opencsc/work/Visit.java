package org.opencsc.work;

import java.time.LocalDate;

/** A visit to the child: whether they were seen, and seen alone. */
public record Visit(long id, long personId, VisitKind kind, LocalDate visitDate, boolean childSeen, boolean seenAlone, String observations,
                    String recordedBy) {
}
