package org.opencsc.child;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A child's key events in date order, and what can be read from them. */
public record Journey(List<CaseEvent> events) {

    public Journey {
        events = List.copyOf(events);
    }

    /** The start of the strand the kind opens, if it is open now (say the start of a current CP plan). */
    public Optional<LocalDate> openSince(CaseEventKind opening) {
        LocalDate since = null;
        for (var event : events) {
            if (event.kind() == opening) {
                since = event.date();
            } else if (since != null && closes(event.kind(), opening)) {
                since = null;
            }
        }
        return Optional.ofNullable(since);
    }

    public Optional<LocalDate> last(CaseEventKind kind) {
        LocalDate last = null;
        for (var event : events) {
            if (event.kind() == kind) {
                last = event.date();
            }
        }
        return Optional.ofNullable(last);
    }

    private static boolean closes(CaseEventKind kind, CaseEventKind opening) {
        return !kind.opens() && kind.strand() != null && kind.strand() == opening.strand()
                || kind == CaseEventKind.CASE_CLOSED && opening.strand() != CaseStatus.LOOKED_AFTER
                && opening.strand() != CaseStatus.EARLY_HELP && opening.strand() != CaseStatus.CARE_LEAVER;
    }
}
