package org.opencsc.chronology;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.child.CaseEvent;

/**
 * The child's key events (the journey), read once. Many feature records do not keep who recorded
 * them, but the key event each wrote does: a line takes its "recorded by" from the key event of
 * the same source on the same day.
 */
record KeyEvents(long personId, List<CaseEvent> events, Map<String, String> recorders) {

    static KeyEvents of(long personId, List<CaseEvent> events) {
        var recorders = new HashMap<String, String>();
        for (var event : events) {
            recorders.putIfAbsent(event.source() + "|" + event.date(), event.recordedBy());
        }
        return new KeyEvents(personId, events, recorders);
    }

    String recordedBy(String source, LocalDate date) {
        return date == null ? "" : recorders.getOrDefault(source + "|" + date, "");
    }

    /** A page of the child's record: the link each line gives to where it came from. */
    String page(String path) {
        return "/children/" + personId + "/" + path;
    }
}
