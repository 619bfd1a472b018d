package org.opencsc.chronology;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opencsc.child.ChildRecordService;
import org.opencsc.chronology.ChronologyForms.EventForm;
import org.opencsc.chronology.ChronologyForms.Filter;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.NotFoundException;
import org.opencsc.platform.RecordChangedException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's chronology: the key events of their life generated from the record itself (never
 * typed twice), with the detail each feature holds, and the significant events a worker adds by
 * hand. One read per part of the record, whatever the number of events.
 */
@Service
public class ChronologyService {

    private final ChildRecordService records;
    private final List<RecordLines> parts;
    private final SignificantEventRepository events;
    private final AuditLog audit;
    private final Clock clock;

    ChronologyService(ChildRecordService records, List<RecordLines> parts, SignificantEventRepository events, AuditLog audit, Clock clock) {
        this.records = records;
        this.parts = parts;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every line, in date order (the caller has read and logged the record). */
    @Transactional(readOnly = true)
    public List<ChronologyLine> lines(long personId) {
        var key = KeyEvents.of(personId, records.journey(personId));
        var lines = new ArrayList<ChronologyLine>();
        var described = new HashSet<String>();
        for (var part : parts) {
            described.addAll(part.describes());
            lines.addAll(part.linesFor(key));
        }
        lines.addAll(KeyEventLines.undescribed(key, described));
        for (var event : events.current(personId)) {
            lines.add(new ChronologyLine(event.eventDate(), Strand.SIGNIFICANT_EVENT, "Significant event: " + event.category().label(),
                    Summaries.oneLine(event.whatHappened()), event.recordedBy(), key.page("chronology/events/" + event.id()), event.id(),
                    event.corrected()));
        }
        lines.sort(Comparator.comparing(ChronologyLine::date).thenComparing(ChronologyLine::strand));
        return lines;
    }

    /** The lines that pass the filter; a filter date that is not a date is refused, naming the field. */
    @Transactional(readOnly = true)
    public Chronology chronology(long personId, Filter filter) {
        var problems = new FieldProblems();
        var from = problems.date("from", "From date", filter.from(), false);
        var to = problems.date("to", "To date", filter.to(), false);
        problems.notBefore("to", "To date", to, "the from date", from);
        Set<Strand> strands = EnumSet.noneOf(Strand.class);
        for (var code : filter.strands()) {
            Coded.fromCode(Strand.class, code).ifPresentOrElse(strands::add, () -> problems.add("strands", "Select a part of the record from the list"));
        }
        problems.throwIfAny();
        var all = lines(personId);
        var shown = all.stream()
                .filter(line -> strands.isEmpty() || strands.contains(line.strand()))
                .filter(line -> from == null || !line.date().isBefore(from))
                .filter(line -> to == null || !line.date().isAfter(to))
                .toList();
        return new Chronology(shown, all.size(), strands, from, to);
    }

    /** The latest version of a significant event. */
    @Transactional(readOnly = true)
    public SignificantEvent event(long personId, long eventId) {
        records.visible(personId);
        var event = find(personId, eventId);
        return events.versions(personId, event.eventGroup()).getFirst();
    }

    /** A significant event and its earlier versions, newest first. */
    @Transactional(readOnly = true)
    public List<SignificantEvent> history(long personId, long eventId) {
        records.visible(personId);
        return events.versions(personId, find(personId, eventId).eventGroup());
    }

    /** Every version of every significant event, for a subject access export. */
    @Transactional(readOnly = true)
    public List<SignificantEvent> allVersions(long personId) {
        records.visible(personId);
        return events.allVersions(personId);
    }

    @Transactional
    public long add(long personId, EventForm form) {
        records.visible(personId);
        var checked = check(form, false);
        var id = events.insert(personId, UUID.randomUUID(), 1, checked.date(), checked.category(), checked.whatHappened(), checked.impact(),
                checked.source(), CurrentUser.username(), null);
        audit.record(AuditAction.CREATE, personId, "Added a significant event to the chronology: " + checked.category().label() + " on " + checked.date());
        return id;
    }

    /** A correction is a new version with the reason; the earlier version stays. */
    @Transactional
    public long correct(long personId, long eventId, EventForm form) {
        var latest = event(personId, eventId);
        var checked = check(form, true);
        long id;
        try {
            id = events.insert(personId, latest.eventGroup(), latest.version() + 1, checked.date(), checked.category(), checked.whatHappened(),
                    checked.impact(), checked.source(), CurrentUser.username(), checked.correctionReason());
        } catch (DuplicateKeyException correctedMeanwhile) {
            throw new RecordChangedException("The significant event");
        }
        audit.record(AuditAction.CORRECT, personId, "Corrected a significant event (version " + (latest.version() + 1) + ")");
        return id;
    }

    private record Checked(LocalDate date, SignificantEventCategory category, String whatHappened, String impact, String source,
                           String correctionReason) {
    }

    /** An event may come before the child's birth (a parent's history that shaped it), but not after today. */
    private Checked check(EventForm form, boolean correction) {
        var problems = new FieldProblems();
        var date = problems.date("eventDate", "Date of the event", form.eventDate(), true);
        problems.notInFuture("eventDate", "Date of the event", date, today());
        var category = problems.choice("category", "Category", form.category(), code -> Coded.fromCode(SignificantEventCategory.class, code), true);
        var what = problems.text("whatHappened", "What happened", form.whatHappened(), 2000, true);
        var impact = problems.text("impact", "Impact on the child", form.impact(), 2000, true);
        var source = problems.text("source", "Source of the information", form.source(), 200, true);
        var reason = correction ? problems.text("correctionReason", "Reason for the correction", form.correctionReason(), 500, true) : null;
        problems.throwIfAny();
        return new Checked(date, category, what, impact, source, reason);
    }

    private SignificantEvent find(long personId, long eventId) {
        return events.find(personId, eventId).orElseThrow(() -> new NotFoundException("Significant event " + eventId));
    }
}
