package org.opencsc.child;

import java.time.Instant;
import java.time.LocalDate;

/** A key event of a child's journey, as recorded by the feature that owns the process. */
public record CaseEvent(long id, long personId, CaseEventKind kind, LocalDate date, String source, String recordedBy, Instant recordedAt) {
}
