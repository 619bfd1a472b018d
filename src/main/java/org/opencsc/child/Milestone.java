package org.opencsc.child;

import java.time.LocalDate;

/** A key event a feature record puts on the child's journey: what happened, and when. */
public record Milestone(CaseEventKind kind, LocalDate date) {
}
