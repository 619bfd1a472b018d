package org.opencsc.leavingcare;

import java.time.LocalDate;
import java.util.List;

/** Leaving care support from a day (to a day, with why it ended), with the personal advisers in turn. */
public record CareLeaverSupport(long id, LocalDate startDate, LocalDate endDate, SupportEndReason endReason, List<Adviser> advisers, int version) {

    /** A personal adviser from a day until the next. */
    public record Adviser(String name, LocalDate from) {
    }

    public CareLeaverSupport {
        advisers = List.copyOf(advisers);
    }

    public boolean open() {
        return endDate == null;
    }

    /** The adviser now, or null if none has been named. */
    public String currentAdviser() {
        return advisers.isEmpty() ? null : advisers.getLast().name();
    }
}
