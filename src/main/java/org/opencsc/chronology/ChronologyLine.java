package org.opencsc.chronology;

import java.time.LocalDate;

/**
 * One line of a child's chronology: when, what, a one-line summary, who recorded it and where on
 * the record it came from. A line added by hand carries its significant event's id (to correct it)
 * and whether it has been corrected.
 */
public record ChronologyLine(LocalDate date, Strand strand, String event, String summary, String recordedBy, String link,
                             Long significantEventId, boolean corrected) {

    static ChronologyLine generated(LocalDate date, Strand strand, String event, String summary, String recordedBy, String link) {
        return new ChronologyLine(date, strand, event, summary == null ? "" : summary, recordedBy == null ? "" : recordedBy, link, null, false);
    }

    public boolean byHand() {
        return significantEventId != null;
    }
}
