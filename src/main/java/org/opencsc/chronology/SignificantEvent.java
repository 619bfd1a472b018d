package org.opencsc.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A significant event added by hand. The first version has no correction reason; each later
 * version of the same group says why it was corrected, and the earlier versions stay.
 */
public record SignificantEvent(long id, long personId, UUID eventGroup, int version, LocalDate eventDate, SignificantEventCategory category,
                               String whatHappened, String impact, String source, String recordedBy, Instant recordedAt,
                               String correctionReason) {

    public boolean corrected() {
        return version > 1;
    }
}
