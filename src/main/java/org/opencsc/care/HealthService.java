package org.opencsc.care;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.opencsc.care.HealthForms.AssessmentForm;
import org.opencsc.care.HealthForms.DentalCheckForm;
import org.opencsc.care.HealthForms.ImmunisationsForm;
import org.opencsc.care.HealthForms.SdqForm;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.Milestone;
import org.opencsc.child.Person;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A looked-after child's health: the initial and review health assessments, dental checks,
 * whether immunisations are up to date, and strengths and difficulties questionnaires. Each is
 * dated within a period of care. Assessments and dental checks go on the child's journey, from
 * which their statutory clocks are derived; an assessment's event says whether the child was
 * under 5 that day, because that decides whether the next is due in 6 months or 12.
 */
@Service
public class HealthService {

    static final String ASSESSMENT = "health_assessment";
    static final String DENTAL = "dental_check";

    private final HealthRepository repository;
    private final CareRepository care;
    private final ChildRecordService records;
    private final AuditLog audit;
    private final Clock clock;

    HealthService(HealthRepository repository, CareRepository care, ChildRecordService records, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.care = care;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** The child's health record (the caller has read and logged the record). */
    @Transactional(readOnly = true)
    public HealthRecord healthOf(long personId) {
        records.visible(personId);
        return read(personId);
    }

    /** The health record for a reader who has not opened the record: the view is logged. */
    @Transactional
    public HealthRecord viewHealth(long personId) {
        records.view(personId, "Viewed health assessments, dental checks, immunisations and SDQs");
        return read(personId);
    }

    /**
     * The journey event for a health assessment on {@code date}: under 5 or 5 and over, by the
     * child's age that day. A child born on 29 February turns 5 on 1 March in a common year, as
     * {@link Period} counts it. A child whose date of birth is not known is taken as under 5, so
     * the next assessment is asked for sooner rather than later.
     */
    public static CaseEventKind assessmentEvent(LocalDate dateOfBirth, LocalDate date) {
        return dateOfBirth != null && Period.between(dateOfBirth, date).getYears() >= 5
                ? CaseEventKind.HEALTH_ASSESSMENT_5_OR_OVER : CaseEventKind.HEALTH_ASSESSMENT_UNDER_5;
    }

    @Transactional
    public long recordAssessment(long personId, AssessmentForm form) {
        var child = records.visible(personId);
        var problems = new FieldProblems();
        var kind = problems.choice("kind", "Kind of health assessment", form.kind(), code -> Coded.fromCode(HealthAssessmentKind.class, code), true);
        var date = checkedDate(problems, child, "assessmentDate", "Date of the health assessment", form.assessmentDate(), personId);
        if (kind == HealthAssessmentKind.INITIAL && date != null && !problems.has("assessmentDate")) {
            var periodStart = periodStart(personId, date);
            repository.assessments(personId).stream()
                    .filter(a -> a.kind() == HealthAssessmentKind.INITIAL && periodStart != null && !a.date().isBefore(periodStart))
                    .findFirst()
                    .ifPresent(initial -> problems.add("kind", "The initial health assessment of this period of care was on "
                            + FieldProblems.spoken(initial.date()) + ": select review health assessment"));
        }
        var by = problems.text("assessedBy", "Assessor's name and service", form.assessedBy(), 120, true);
        var outcome = problems.text("outcome", "Outcome and health plan", form.outcome(), 4000, true);
        problems.throwIfAny();
        var id = repository.insertAssessment(personId, kind, date, by, outcome, CurrentUser.username());
        records.recordMilestones(personId, ASSESSMENT, id, List.of(new Milestone(assessmentEvent(child.dateOfBirth(), date), date)));
        audit.record(AuditAction.CREATE, personId, kind.label() + " on " + date);
        return id;
    }

    @Transactional
    public long recordDentalCheck(long personId, DentalCheckForm form) {
        var child = records.visible(personId);
        var problems = new FieldProblems();
        var date = checkedDate(problems, child, "checkDate", "Date of the dental check", form.checkDate(), personId);
        problems.throwIfAny();
        var id = repository.insertDentalCheck(personId, date, CurrentUser.username());
        records.recordMilestones(personId, DENTAL, id, List.of(new Milestone(CaseEventKind.DENTAL_CHECK, date)));
        audit.record(AuditAction.CREATE, personId, "Dental check on " + date);
        return id;
    }

    @Transactional
    public long recordImmunisations(long personId, ImmunisationsForm form) {
        var child = records.visible(personId);
        var problems = new FieldProblems();
        var date = checkedDate(problems, child, "recordedDate", "Date the immunisations were checked", form.recordedDate(), personId);
        var upToDate = problems.yesNo("upToDate", "Select whether the child's immunisations are up to date", form.upToDate());
        problems.throwIfAny();
        var id = repository.insertImmunisations(personId, date, upToDate, CurrentUser.username());
        audit.record(AuditAction.CREATE, personId, "Immunisations " + (upToDate ? "up to date" : "not up to date") + " on " + date);
        return id;
    }

    @Transactional
    public long recordSdq(long personId, SdqForm form) {
        var child = records.visible(personId);
        var problems = new FieldProblems();
        var date = checkedDate(problems, child, "sdqDate", "Date of the SDQ", form.sdqDate(), personId);
        var typed = form.score() == null ? "" : form.score().strip();
        var reason = problems.choice("reason", "Reason no SDQ was completed", form.reason(), code -> Coded.fromCode(SdqReason.class, code), false);
        Integer score = null;
        if (!typed.isEmpty()) {
            score = typed.matches("\\d{1,2}") ? Integer.valueOf(typed) : null;
            problems.check(score != null && score <= 40, "score", "Total score must be a whole number from 0 to 40");
            problems.check(reason == null, "reason", "Enter a total score or select why no SDQ was completed, not both");
        } else {
            problems.check(reason != null || problems.has("reason"), "score", "Enter the total score, or select why no SDQ was completed");
        }
        problems.throwIfAny();
        var id = repository.insertSdq(personId, date, score, reason, CurrentUser.username());
        audit.record(AuditAction.CREATE, personId, "SDQ on " + date + ": " + (score != null ? "score " + score : "not completed (" + reason.code() + ")"));
        return id;
    }

    private LocalDate checkedDate(FieldProblems problems, Person child, String field, String label, org.opencsc.platform.DateParts parts, long personId) {
        var date = problems.date(field, label, parts, true);
        problems.notInFuture(field, label, date, LocalDate.now(clock));
        problems.notBefore(field, label, date, "the child's date of birth", child.dateOfBirth());
        WhileLookedAfter.check(problems, field, label, date, care.periods(personId));
        return date;
    }

    /** The start of the period of care that {@code date} falls in. */
    private LocalDate periodStart(long personId, LocalDate date) {
        return care.periods(personId).stream().filter(p -> !date.isBefore(p.startDate()) && (p.open() || !date.isAfter(p.endDate())))
                .map(CarePeriod::startDate).findFirst().orElse(null);
    }

    private HealthRecord read(long personId) {
        return new HealthRecord(repository.assessments(personId), repository.dentalChecks(personId), repository.immunisations(personId),
                repository.sdqs(personId));
    }
}
