package org.opencsc.chronology;

import java.util.List;
import org.opencsc.platform.DateParts;

/** What staff type on the chronology's pages. */
public final class ChronologyForms {

    private ChronologyForms() {
    }

    /** A significant event; the correction reason is asked for only when correcting one. */
    public record EventForm(DateParts eventDate, String category, String whatHappened, String impact, String source, String correctionReason) {
        public EventForm {
            eventDate = DateParts.orEmpty(eventDate);
        }

        static EventForm of(SignificantEvent event) {
            return new EventForm(DateParts.of(event.eventDate()), event.category().code(), event.whatHappened(), event.impact(), event.source(), null);
        }
    }

    /** Which lines to show: strands of the record (none ticked shows all) and a date range, each end optional. */
    public record Filter(List<String> strands, DateParts from, DateParts to) {
        public Filter {
            strands = strands == null ? List.of() : List.copyOf(strands);
            from = DateParts.orEmpty(from);
            to = DateParts.orEmpty(to);
        }

        public static Filter everything() {
            return new Filter(List.of(), DateParts.EMPTY, DateParts.EMPTY);
        }
    }
}
