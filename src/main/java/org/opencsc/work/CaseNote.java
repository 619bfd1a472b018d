package org.opencsc.work;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A case note. Drafts belong to their author until finalised; a finalised note never changes,
 * and a correction is a new version of the same note with who made it and why.
 */
public record CaseNote(
        long id,
        long personId,
        UUID noteGroup,
        int version,
        NoteKind kind,
        String subject,
        String body,
        LocalDate occurredOn,
        boolean draft,
        String author,
        String authorName,
        Instant createdAt,
        Instant lastSavedAt,
        Instant finalisedAt,
        String correctionReason) {

    /** Days between the event and the note being finalised: late recording shows up here. */
    public long daysToRecord(ZoneId zone) {
        var recorded = finalisedAt == null ? LocalDate.now(zone) : LocalDate.ofInstant(finalisedAt, zone);
        return Math.max(0, ChronoUnit.DAYS.between(occurredOn, recorded));
    }

    public boolean corrected() {
        return version > 1;
    }
}
