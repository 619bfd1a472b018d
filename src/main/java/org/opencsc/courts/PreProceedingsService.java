package org.opencsc.courts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.child.ChildRecordService;
import org.opencsc.courts.CourtForms.AssessmentForm;
import org.opencsc.courts.CourtForms.DecisionForm;
import org.opencsc.courts.CourtForms.FamilyGroupForm;
import org.opencsc.courts.CourtForms.MeetingForm;
import org.opencsc.courts.CourtForms.ReportForm;
import org.opencsc.courts.CourtForms.StartForm;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.NotFoundException;
import org.opencsc.platform.RecordChangedException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.timescales.TimescaleService;
import org.opencsc.timescales.WorkingDayCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pre-proceedings under the Public Law Outline, step by step: started from the legal gateway
 * decision with the letter before proceedings, meetings with the parents and their lawyers,
 * assessments commissioned and their reports received, the family group decision-making meeting,
 * and the decision that ends it. Each step is checked against what is already recorded.
 */
@Service
public class PreProceedingsService {

    private final CourtRepository repository;
    private final ChildRecordService records;
    private final AuditLog audit;
    private final TimescaleService timescales;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    PreProceedingsService(CourtRepository repository, ChildRecordService records, AuditLog audit, TimescaleService timescales,
                          WorkingDayCalendar calendar, Clock clock) {
        this.repository = repository;
        this.records = records;
        this.audit = audit;
        this.timescales = timescales;
        this.calendar = calendar;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The child's pre-proceedings, newest first (the caller has read and logged the record). */
    @Transactional(readOnly = true)
    public List<PreProceedings> forPerson(long personId) {
        records.visible(personId);
        return timed(repository.preProceedingsFor(personId));
    }

    @Transactional(readOnly = true)
    public PreProceedings preProceedings(long personId, long id) {
        records.visible(personId);
        return timed(List.of(find(personId, id))).getFirst();
    }

    /** Every open pre-proceedings in the authority and those ended since a day, for children the caller may see. */
    @Transactional(readOnly = true)
    List<PreProceedings> openOrEndedSince(LocalDate since) {
        var all = repository.preProceedingsOpenOrEndedSince(since);
        var visible = records.visibleAmong(all.stream().map(PreProceedings::personId).toList());
        return timed(all.stream().filter(p -> visible.contains(p.personId())).toList());
    }

    @Transactional
    public long start(long personId, StartForm form) {
        var child = records.visible(personId);
        var problems = new FieldProblems();
        var today = today();
        var gateway = problems.date("gatewayDate", "Date of the legal gateway meeting", form.gatewayDate(), true);
        var letter = problems.date("letterDate", "Date of the letter before proceedings", form.letterDate(), true);
        problems.notInFuture("gatewayDate", "Date of the legal gateway meeting", gateway, today);
        problems.notInFuture("letterDate", "Date of the letter before proceedings", letter, today);
        if (child.dateOfBirth() != null) {
            problems.notBefore("gatewayDate", "Date of the legal gateway meeting", gateway, "the child's date of birth", child.dateOfBirth());
        }
        problems.notBefore("letterDate", "Date of the letter before proceedings", letter, "the legal gateway meeting", gateway);
        repository.preProceedingsFor(personId).stream().filter(PreProceedings::open).findFirst().ifPresent(open -> problems.add("letterDate",
                "The child is already in pre-proceedings from the letter of " + FieldProblems.spoken(open.letterDate())
                        + ": record the decision that ends them before starting again"));
        repository.preProceedingsFor(personId).stream().filter(p -> !p.open() && letter != null && !letter.isAfter(p.endDate())).findFirst()
                .ifPresent(ended -> problems.check(false, "letterDate", "Date of the letter before proceedings (" + FieldProblems.spoken(letter)
                        + ") must be after the end of the previous pre-proceedings (" + FieldProblems.spoken(ended.endDate()) + ")"));
        problems.throwIfAny();
        var id = repository.insertPreProceedings(personId, gateway, letter, CurrentUser.username());
        audit.record(AuditAction.CREATE, personId, "Pre-proceedings started: letter before proceedings of " + letter);
        return id;
    }

    @Transactional
    public void meeting(long personId, long id, MeetingForm form) {
        records.visible(personId);
        var pre = find(personId, id);
        var problems = new FieldProblems();
        var date = problems.date("meetingDate", "Date of the meeting", form.meetingDate(), true);
        var represented = problems.yesNo("parentsRepresented", "Select whether the parents had their lawyers with them", form.parentsRepresented());
        var summary = problems.text("summary", "What was agreed", form.summary(), 2000, false);
        problems.notBefore("meetingDate", "Date of the meeting", date, "the letter before proceedings", pre.letterDate());
        if (!pre.open()) {
            problems.check(date, d -> !d.isAfter(pre.endDate()), "meetingDate", "Date of the meeting must not be after the end of pre-proceedings ("
                    + FieldProblems.spoken(pre.endDate()) + ")");
        }
        problems.check(summary == null || date == null || !date.isAfter(today()), "summary", "A meeting arranged for a later date has no outcome yet");
        problems.throwIfAny();
        repository.insertMeeting(id, date, represented, summary, CurrentUser.username());
        audit.record(AuditAction.CREATE, personId, "Pre-proceedings meeting of " + date + " recorded");
    }

    @Transactional
    public long commission(long personId, long id, AssessmentForm form) {
        records.visible(personId);
        var pre = find(personId, id);
        var problems = new FieldProblems();
        mustBeOpen(pre, "kind", problems);
        var kind = problems.choice("kind", "Assessment", form.kind(), code -> Coded.fromCode(AssessmentKind.class, code), true);
        var subject = problems.text("subject", "Who is assessed", form.subject(), 200, true);
        var commissioned = problems.date("commissionedDate", "Date commissioned", form.commissionedDate(), true);
        var due = problems.date("dueDate", "Date the report is due", form.dueDate(), true);
        problems.notInFuture("commissionedDate", "Date commissioned", commissioned, today());
        problems.notBefore("commissionedDate", "Date commissioned", commissioned, "the legal gateway meeting", pre.gatewayDate());
        problems.after("dueDate", "Date the report is due", due, "the date commissioned", commissioned);
        problems.throwIfAny();
        var assessment = repository.insertAssessment(id, kind, subject, commissioned, due, CurrentUser.username());
        audit.record(AuditAction.CREATE, personId, kind.label() + " commissioned on " + commissioned + ", report due " + due);
        return assessment;
    }

    @Transactional
    public void receiveReport(long personId, long id, long assessmentId, ReportForm form) {
        records.visible(personId);
        var pre = find(personId, id);
        var assessment = pre.assessments().stream().filter(a -> a.id() == assessmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Assessment " + assessmentId));
        var problems = new FieldProblems();
        var received = problems.date("receivedDate", "Date the report was received", form.receivedDate(), true);
        problems.notInFuture("receivedDate", "Date the report was received", received, today());
        problems.notBefore("receivedDate", "Date the report was received", received, "the date commissioned", assessment.commissionedDate());
        problems.check(assessment.outstanding(), "receivedDate", "The report was already received on "
                + (assessment.receivedDate() == null ? "" : FieldProblems.spoken(assessment.receivedDate())));
        problems.throwIfAny();
        if (!repository.receiveReport(assessmentId, received, assessment.version())) {
            throw new RecordChangedException("The " + assessment.kind().label().toLowerCase());
        }
        audit.record(AuditAction.UPDATE, personId, assessment.kind().label() + " report received on " + received);
    }

    @Transactional
    public void familyGroup(long personId, long id, FamilyGroupForm form) {
        records.visible(personId);
        var pre = find(personId, id);
        var problems = new FieldProblems();
        var offered = problems.yesNo("offered", "Select whether a family group decision-making meeting was offered", form.offered());
        var held = problems.date("heldDate", "Date the meeting was held", form.heldDate(), false);
        problems.check(held == null || !Boolean.FALSE.equals(offered), "heldDate", "A meeting that was not offered has no date: answer yes, or leave the date empty");
        problems.notInFuture("heldDate", "Date the meeting was held", held, today());
        problems.notBefore("heldDate", "Date the meeting was held", held, "the legal gateway meeting", pre.gatewayDate());
        problems.throwIfAny();
        if (!repository.recordFamilyGroup(id, offered, held, pre.version())) {
            throw new RecordChangedException("The pre-proceedings");
        }
        audit.record(AuditAction.UPDATE, personId, "Family group decision-making: " + (offered ? "offered" : "not offered")
                + (held == null ? "" : ", held on " + held));
    }

    @Transactional
    public void decide(long personId, long id, DecisionForm form) {
        records.visible(personId);
        var pre = find(personId, id);
        var problems = new FieldProblems();
        mustBeOpen(pre, "decision", problems);
        var decision = problems.choice("decision", "Decision", form.decision(), code -> Coded.fromCode(PreProceedingsDecision.class, code), true);
        var end = problems.date("endDate", "Date of the decision", form.endDate(), true);
        problems.notInFuture("endDate", "Date of the decision", end, today());
        problems.notBefore("endDate", "Date of the decision", end, "the letter before proceedings", pre.letterDate());
        if (end != null && !problems.has("endDate")) {
            problems.check(!pre.heldBy(end).isEmpty(), "endDate", "No pre-proceedings meeting is recorded on or before "
                    + FieldProblems.spoken(end) + ": record the meeting with the parents before the decision");
            pre.meetings().stream().map(PreProceedings.Meeting::meetingDate).filter(d -> d.isAfter(end)).findFirst().ifPresent(d ->
                    problems.check(false, "endDate", "Date of the decision (" + FieldProblems.spoken(end) + ") must not be before the meeting of "
                            + FieldProblems.spoken(d)));
        }
        problems.throwIfAny();
        if (!repository.endPreProceedings(id, end, decision, pre.version())) {
            throw new RecordChangedException("The pre-proceedings");
        }
        audit.record(AuditAction.UPDATE, personId, "Pre-proceedings ended on " + end + ": " + decision.label());
    }

    /** A problem on the field when the pre-proceedings have already ended: nothing more is added to them but meetings. */
    private static void mustBeOpen(PreProceedings pre, String field, FieldProblems problems) {
        problems.check(pre.open(), field, "These pre-proceedings ended on " + (pre.open() ? "" : FieldProblems.spoken(pre.endDate()) + " ("
                + pre.decision().label().toLowerCase() + ")") + ": start new pre-proceedings instead");
    }

    private List<PreProceedings> timed(List<PreProceedings> found) {
        var standards = timescales.localStandards();
        return found.stream().map(p -> new PreProceedings(p.id(), p.personId(), p.gatewayDate(), p.letterDate(), p.fgdmOffered(), p.fgdmDate(),
                p.endDate(), p.decision(), p.version(), p.meetings(), p.assessments(),
                CourtTimetable.preProceedingsTarget(p.letterDate(), standards, calendar),
                CourtTimetable.firstMeetingDue(p.letterDate(), standards, calendar))).toList();
    }

    private PreProceedings find(long personId, long id) {
        return repository.findPreProceedings(personId, id).orElseThrow(() -> new NotFoundException("Pre-proceedings " + id));
    }
}
