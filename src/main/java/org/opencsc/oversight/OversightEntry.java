package org.opencsc.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One management oversight or supervision entry on a child's case, as it was written: who held
 * it and when, the worker supervised (for supervision), what was considered and decided, whether
 * the plan is progressing, and the actions agreed.
 */
public record OversightEntry(long id, long personId, EntryKind kind, LocalDate heldOn, String heldBy, String heldByName, Long workerId,
                             String workerName, String considered, String decisions, PlanProgress progress, List<Action> actions,
                             String recordedBy, Instant recordedAt) {

    /** Something to be done after the discussion, by whom and by when. */
    public record Action(int position, String action, String owner, LocalDate dueBy) {
    }
}
