package org.opencsc.courts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.child.ChildRecordService;
import org.opencsc.courts.CourtForms.ApplicationForm;
import org.opencsc.courts.CourtForms.ExtensionForm;
import org.opencsc.courts.CourtForms.HearingForm;
import org.opencsc.courts.CourtForms.OrderForm;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.NotFoundException;
import org.opencsc.platform.RecordChangedException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care proceedings and the other applications the council makes to the family court: the
 * application issued, hearings, extensions of the 26-week timetable (up to 8 weeks at a time),
 * interim orders, and the final order that concludes them. Each step is checked against the
 * application's dates; a final order and the conclusion are saved together.
 */
@Service
public class CareProceedingsService {

    private final CourtRepository repository;
    private final ChildRecordService records;
    private final AuditLog audit;
    private final Clock clock;

    CareProceedingsService(CourtRepository repository, ChildRecordService records, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The child's applications to court, newest first (the caller has read and logged the record). */
    @Transactional(readOnly = true)
    public List<CareProceedings> forPerson(long personId) {
        records.visible(personId);
        return repository.proceedingsFor(personId);
    }

    @Transactional(readOnly = true)
    public CareProceedings proceedings(long personId, long id) {
        records.visible(personId);
        return find(personId, id);
    }

    /** Every open application in the authority and those concluded since a day, for children the caller may see. */
    @Transactional(readOnly = true)
    List<CareProceedings> openOrConcludedSince(LocalDate since) {
        var all = repository.proceedingsOpenOrConcludedSince(since);
        var visible = records.visibleAmong(all.stream().map(CareProceedings::personId).toList());
        return all.stream().filter(p -> visible.contains(p.personId())).toList();
    }

    @Transactional
    public long apply(long personId, ApplicationForm form) {
        var child = records.visible(personId);
        var problems = new FieldProblems();
        var kind = problems.choice("kind", "Application", form.kind(), code -> Coded.fromCode(ApplicationKind.class, code), true);
        var issued = problems.date("issuedDate", "Date the application was issued", form.issuedDate(), true);
        var court = problems.text("court", "Court", form.court(), 200, true);
        var caseNumber = problems.text("caseNumber", "Case number", form.caseNumber(), 40, true);
        problems.notInFuture("issuedDate", "Date the application was issued", issued, today());
        if (child.dateOfBirth() != null) {
            problems.notBefore("issuedDate", "Date the application was issued", issued, "the child's date of birth", child.dateOfBirth());
        }
        var existing = repository.proceedingsFor(personId);
        existing.stream().filter(p -> p.open() && p.kind() == kind).findFirst().ifPresent(open -> problems.check(false, "kind",
                "An application for a " + kind.orderNamed() + " issued on " + FieldProblems.spoken(open.issuedDate())
                        + " is still open: record its final order first"));
        var pre = repository.preProceedingsFor(personId);
        Long fromPreProceedings = null;
        if (kind != null && kind.timeLimited()) {
            pre.stream().filter(PreProceedings::open).findFirst().ifPresent(open -> problems.check(false, "issuedDate",
                    "The child is in pre-proceedings from the letter of " + FieldProblems.spoken(open.letterDate())
                            + ": record the decision to issue proceedings first"));
            fromPreProceedings = pre.stream().filter(p -> p.decision() == PreProceedingsDecision.ISSUE && issued != null
                    && !p.endDate().isAfter(issued)).map(PreProceedings::id).findFirst().orElse(null);
        }
        problems.throwIfAny();
        var id = repository.insertProceedings(personId, kind, issued, court, caseNumber, fromPreProceedings, CurrentUser.username());
        audit.record(AuditAction.CREATE, personId, "Application issued on " + issued + ": " + kind.label() + ", " + court + " " + caseNumber);
        return id;
    }

    @Transactional
    public void hearing(long personId, long id, HearingForm form) {
        records.visible(personId);
        var proceedings = find(personId, id);
        var problems = new FieldProblems();
        var kind = problems.choice("kind", "Hearing", form.kind(), code -> Coded.fromCode(HearingKind.class, code), true);
        var date = problems.date("hearingDate", "Date of the hearing", form.hearingDate(), true);
        var outcome = problems.text("outcome", "Outcome", form.outcome(), 2000, false);
        problems.notBefore("hearingDate", "Date of the hearing", date, "the date the application was issued", proceedings.issuedDate());
        if (!proceedings.open()) {
            problems.check(date, d -> !d.isAfter(proceedings.concludedDate()), "hearingDate",
                    "Date of the hearing must not be after the proceedings concluded (" + FieldProblems.spoken(proceedings.concludedDate()) + ")");
        }
        problems.check(outcome == null || date == null || !date.isAfter(today()), "outcome", "A hearing listed for a later date has no outcome yet");
        problems.throwIfAny();
        repository.insertHearing(id, kind, date, outcome, CurrentUser.username());
        audit.record(AuditAction.CREATE, personId, kind.label() + " on " + date + " recorded (" + proceedings.caseNumber() + ")");
    }

    @Transactional
    public void extend(long personId, long id, ExtensionForm form) {
        records.visible(personId);
        var proceedings = find(personId, id);
        var problems = new FieldProblems();
        var granted = problems.date("grantedDate", "Date the extension was granted", form.grantedDate(), true);
        var weeks = weeks(form.weeks(), problems);
        var reason = problems.text("reason", "Why the court extended the timetable", form.reason(), 2000, true);
        problems.check(proceedings.kind().timeLimited(), "grantedDate", "An application for a " + proceedings.kind().orderNamed()
                + " has no 26-week time limit to extend");
        problems.check(proceedings.open(), "grantedDate", "The proceedings concluded on " + (proceedings.open() ? ""
                : FieldProblems.spoken(proceedings.concludedDate())) + ": there is no timetable left to extend");
        problems.notInFuture("grantedDate", "Date the extension was granted", granted, today());
        problems.notBefore("grantedDate", "Date the extension was granted", granted, "the date the application was issued", proceedings.issuedDate());
        problems.throwIfAny();
        repository.insertExtension(id, granted, weeks, reason, CurrentUser.username());
        audit.record(AuditAction.CREATE, personId, "Timetable extended by " + weeks + " weeks on " + granted + " (" + proceedings.caseNumber()
                + "): now due " + find(personId, id).dueDate());
    }

    private static Integer weeks(String typed, FieldProblems problems) {
        var text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            problems.add("weeks", "Enter how many weeks the court extended the timetable by");
            return null;
        }
        if (!text.matches("\\d{1,2}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > CourtTimetable.LONGEST_EXTENSION_WEEKS) {
            problems.add("weeks", "Weeks of the extension must be a whole number from 1 to 8: the court extends by up to 8 weeks at a time"
                    + " (Children Act 1989 s32(8)); record a longer delay as more than one extension");
            return null;
        }
        return Integer.parseInt(text);
    }

    /** An interim order, or a final order that concludes the proceedings in the same step. */
    @Transactional
    public void order(long personId, OrderForm form) {
        records.visible(personId);
        var problems = new FieldProblems();
        var all = repository.proceedingsFor(personId);
        if (all.isEmpty()) {
            problems.add("proceedings", "The child has no court proceedings: record the application before an order");
            problems.throwIfAny();
        }
        var proceedings = problems.choice("proceedings", "Proceedings", form.proceedings(), code -> all.stream()
                .filter(p -> String.valueOf(p.id()).equals(code)).findFirst(), true);
        var kind = problems.choice("kind", "Order", form.kind(), code -> Coded.fromCode(OrderKind.class, code), true);
        var date = problems.date("orderDate", "Date of the order", form.orderDate(), true);
        problems.notInFuture("orderDate", "Date of the order", date, today());
        if (proceedings != null) {
            proceedings.finalOrder().ifPresent(done -> problems.check(false, "proceedings", "The proceedings " + proceedings.caseNumber()
                    + " concluded on " + FieldProblems.spoken(done.orderDate()) + " with " + article(done.kind()) + ": no order can follow it"));
            problems.check(kind, k -> k.madeOn(proceedings.kind()), "kind", "A " + (kind == null ? "" : kind.label().toLowerCase())
                    + " is not made on an application for a " + proceedings.kind().orderNamed());
            problems.notBefore("orderDate", "Date of the order", date, "the date the application was issued", proceedings.issuedDate());
            var lastOrder = proceedings.orders().stream().map(CareProceedings.CourtOrder::orderDate).reduce((a, b) -> b);
            lastOrder.ifPresent(last -> problems.notBefore("orderDate", "Date of the order", date, "the previous order", last));
        }
        problems.throwIfAny();
        repository.insertOrder(proceedings.id(), kind, date, CurrentUser.username());
        if (kind.concludes() && !repository.conclude(proceedings.id(), date, proceedings.version())) {
            throw new RecordChangedException("The proceedings " + proceedings.caseNumber());
        }
        audit.record(AuditAction.CREATE, personId, kind.label() + " made on " + date + " (" + proceedings.caseNumber() + ")"
                + (kind.concludes() ? ": proceedings concluded" : ""));
    }

    private static String article(OrderKind kind) {
        var label = kind.label().toLowerCase();
        return kind == OrderKind.WITHDRAWN ? "the application withdrawn" : kind == OrderKind.NO_ORDER ? "no order" : ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    private CareProceedings find(long personId, long id) {
        return repository.findProceedings(personId, id).orElseThrow(() -> new NotFoundException("Proceedings " + id));
    }
}
