package org.opencsc.timescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import org.opencsc.child.CaseEvent;
import org.opencsc.child.CaseEventKind;

/**
 * Runs one child's key events through the rule table and gives every clock they started, met or
 * still running. Clocks that a later event made no longer apply (an assessment clock when the
 * case closed at the front door) are dropped: they were never due.
 */
final class ClockRunner {

    private final LocalStandards standards;
    private final WorkingDayCalendar calendar;

    ClockRunner(LocalStandards standards, WorkingDayCalendar calendar) {
        this.standards = standards;
        this.calendar = calendar;
    }

    /** The events must be one child's, in date order. */
    List<StatutoryClock> run(long personId, List<CaseEvent> events) {
        var finished = new ArrayList<StatutoryClock>();
        var running = new EnumMap<StatutoryRule, StatutoryClock>(StatutoryRule.class);
        var latest = new EnumMap<CaseEventKind, LocalDate>(CaseEventKind.class);
        int from = 0;
        while (from < events.size()) {
            var day = events.get(from).date();
            int to = from;
            while (to < events.size() && events.get(to).date().equals(day)) {
                latest.put(events.get(to).kind(), day);
                to++;
            }
            var sameDay = new ArrayList<>(events.subList(from, to));
            // Within a day, events are taken in the order of the process (a contact before its decision).
            sameDay.sort(Comparator.comparing(CaseEvent::kind));
            for (var event : sameDay) {
                for (var rule : StatutoryRule.values()) {
                    var clock = running.get(rule);
                    if (clock != null && rule.isStoppedBy(event.kind())) {
                        finished.add(new StatutoryClock(personId, rule, clock.startedOn(), clock.dueOn(), day));
                        running.remove(rule);
                    } else if (clock != null && rule.isRestartedBy(event.kind())) {
                        // Replaced, not met: what was due before no longer applies once the child has moved.
                        running.remove(rule);
                    }
                }
                for (var rule : StatutoryRule.values()) {
                    if (!running.containsKey(rule) && rule.isStartedBy(event.kind())) {
                        var start = rule.countFrom() == null ? day : latest.getOrDefault(rule.countFrom(), day);
                        var timescale = rule.timescale(standards, event.kind(), day, events.subList(0, to));
                        running.put(rule, new StatutoryClock(personId, rule, start, timescale.dueFrom(start, calendar), null));
                    }
                }
            }
            for (var event : sameDay) {
                running.keySet().removeIf(rule -> rule.isCancelledBy(event.kind()));
            }
            from = to;
        }
        finished.addAll(running.values());
        return finished;
    }
}
