package org.opencsc.work;

import java.time.LocalDate;

/** When a child was last seen by their worker, and last seen alone. */
public record LastSeen(long personId, LocalDate seen, LocalDate seenAlone) {
}
