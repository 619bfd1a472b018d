package org.opencsc.carers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.carers.CarersForms.ArrangementForm;
import org.opencsc.carers.CarersForms.EndArrangementForm;
import org.opencsc.carers.CarersForms.VisitForm;
import org.opencsc.child.ChildRecordService;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.NotFoundException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.timescales.WorkingDayCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Privately fostered children: the notification of the arrangement, its start and end, and the
 * visits to the child (the first within 7 working days of the notification, then at most
 * 6-weekly in the first year and at most 12-weekly after).
 */
@Service
public class PrivateFosteringService {

    private final CarersRepository repository;
    private final ChildRecordService records;
    private final AuditLog audit;
    private final Clock clock;
    private final WorkingDayCalendar calendar;

    PrivateFosteringService(CarersRepository repository, ChildRecordService records, AuditLog audit, Clock clock, WorkingDayCalendar calendar) {
        this.calendar = calendar;
        this.repository = repository;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** The child's arrangements, oldest first (the caller has opened and logged the record). */
    @Transactional(readOnly = true)
    public List<PrivateFostering> arrangements(long personId) {
        records.visible(personId);
        return arrangementsOf(personId);
    }

    /** The child's arrangements for a reader who has not opened the record: the view is logged. */
    @Transactional
    public List<PrivateFostering> viewArrangements(long personId) {
        records.view(personId, "Viewed private fostering");
        return arrangementsOf(personId);
    }

    @Transactional(readOnly = true)
    public PrivateFostering arrangement(long personId, long arrangementId) {
        records.visible(personId);
        return find(personId, arrangementId);
    }

    /** A privately fostered child: name, whose visit is overdue, what was due. */
    public record Overdue(long personId, String name, PrivateFostering arrangement) {
    }

    /** Open arrangements whose visit is overdue today, for children the signed-in user may see. */
    @Transactional(readOnly = true)
    public List<Overdue> overdueVisits() {
        var overdue = dated(repository.openArrangements()).stream().filter(a -> a.visitOverdue(today())).toList();
        var visible = records.visibleAmong(overdue.stream().map(PrivateFostering::personId).toList());
        return overdue.stream().filter(a -> visible.contains(a.personId()))
                .map(a -> new Overdue(a.personId(), records.visible(a.personId()).fullName(), a))
                .sorted(java.util.Comparator.comparing(o -> o.arrangement().nextVisitDue())).toList();
    }

    @Transactional
    public long notify(long personId, ArrangementForm form) {
        var child = records.visible(personId);
        var problems = new FieldProblems();
        var carer = problems.text("carer", "Private foster carer", form.carer(), 200, true);
        var address = problems.text("address", "Address where the child lives", form.address(), 300, true);
        var postcode = problems.postcode("postcode", "Postcode", form.postcode(), false);
        var notified = problems.date("notificationDate", "Date the council was notified", form.notificationDate(), true);
        problems.notInFuture("notificationDate", "Date the council was notified", notified, today());
        var start = problems.date("startDate", "Date the arrangement started", form.startDate(), true);
        problems.notInFuture("startDate", "Date the arrangement started", start, today());
        if (child.dateOfBirth() != null) {
            problems.notBefore("startDate", "Date the arrangement started", start, "the child's date of birth", child.dateOfBirth());
        }
        for (var earlier : repository.arrangementsOf(personId)) {
            if (earlier.open()) {
                problems.add("startDate", "The child has been privately fostered by " + earlier.carer() + " since "
                        + FieldProblems.spoken(earlier.start()) + ": record the end of that arrangement first");
            } else {
                problems.notBefore("startDate", "Date the arrangement started", start, "the end of the last arrangement", earlier.end());
            }
        }
        problems.throwIfAny();
        var id = repository.insertArrangement(personId, carer, address, postcode, notified, start, CurrentUser.username());
        audit.record(AuditAction.CREATE, personId, "Private fostering notified on " + notified + ", started " + start);
        return id;
    }

    @Transactional
    public long visit(long personId, long arrangementId, VisitForm form) {
        records.visible(personId);
        var arrangement = find(personId, arrangementId);
        var problems = new FieldProblems();
        var date = problems.date("visitDate", "Date of the visit", form.visitDate(), true);
        problems.notInFuture("visitDate", "Date of the visit", date, today());
        problems.notBefore("visitDate", "Date of the visit", date, "the start of the arrangement", arrangement.start());
        if (!arrangement.open()) {
            problems.check(date == null || !date.isAfter(arrangement.end()), "visitDate", "Date of the visit (" + (date == null ? "" : FieldProblems.spoken(date))
                    + ") must not be after the arrangement ended (" + FieldProblems.spoken(arrangement.end()) + ")");
        }
        var seen = problems.yesNo("childSeen", "Select whether the child was seen", form.childSeen());
        Boolean alone = false;
        if (seen == null || seen) {
            alone = problems.yesNo("seenAlone", "Select whether the child was seen alone", form.seenAlone());
        }
        var notes = problems.text("notes", "What was seen and heard", form.notes(), 4000, false);
        problems.throwIfAny();
        var id = repository.insertVisit(arrangementId, personId, date, seen, alone, notes, CurrentUser.username());
        audit.record(AuditAction.CREATE, personId, "Private fostering visit on " + date + (seen ? alone ? " (seen alone)" : " (seen, not alone)" : " (not seen)"));
        return id;
    }

    @Transactional
    public void end(long personId, long arrangementId, EndArrangementForm form) {
        records.visible(personId);
        var arrangement = find(personId, arrangementId);
        var problems = new FieldProblems();
        problems.check(arrangement.open(), "endDate", "This arrangement ended on " + (arrangement.open() ? "" : FieldProblems.spoken(arrangement.end())));
        var end = problems.date("endDate", "Date the arrangement ended", form.endDate(), true);
        problems.notInFuture("endDate", "Date the arrangement ended", end, today());
        problems.after("endDate", "Date the arrangement ended", end, "its start", arrangement.start());
        problems.throwIfAny();
        repository.endArrangement(arrangementId, end);
        audit.record(AuditAction.UPDATE, personId, "Private fostering arrangement ended on " + end);
    }

    private List<PrivateFostering> arrangementsOf(long personId) {
        return dated(repository.arrangementsOf(personId));
    }

    /**
     * The arrangements with their first visit's due day, counted on the working-day calendar from
     * the notification, or from the start of an arrangement notified before it began.
     */
    private List<PrivateFostering> dated(List<PrivateFostering> arrangements) {
        return arrangements.stream().map(a -> a.withFirstVisitDue(calendar.addWorkingDays(
                a.start().isAfter(a.notificationDate()) ? a.start() : a.notificationDate(), PrivateFosteringVisits.FIRST_VISIT_WORKING_DAYS))).toList();
    }

    private PrivateFostering find(long personId, long arrangementId) {
        return arrangementsOf(personId).stream().filter(a -> a.id() == arrangementId).findFirst()
                .orElseThrow(() -> new NotFoundException("Private fostering arrangement " + arrangementId));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
