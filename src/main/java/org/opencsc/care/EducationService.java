package org.opencsc.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.care.HealthForms.PepForm;
import org.opencsc.care.HealthForms.SchoolForm;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.Milestone;
import org.opencsc.platform.FieldProblems;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A looked-after child's education: the schools they attend and their personal education plan
 * meetings. A PEP meeting puts {@code PEP_HELD} on the journey, which meets the first PEP or the
 * PEP review clock and starts the next review (local standards).
 */
@Service
public class EducationService {

    static final String PEP = "pep";

    private final EducationRepository repository;
    private final CareRepository care;
    private final ChildRecordService records;
    private final AuditLog audit;
    private final Clock clock;

    EducationService(EducationRepository repository, CareRepository care, ChildRecordService records, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.care = care;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** The child's schools and PEPs (the caller has read and logged the record). */
    @Transactional(readOnly = true)
    public EducationRecord educationOf(long personId) {
        records.visible(personId);
        return read(personId);
    }

    /** The education record for a reader who has not opened the record: the view is logged. */
    @Transactional
    public EducationRecord viewEducation(long personId) {
        records.view(personId, "Viewed schools and personal education plans");
        return read(personId);
    }

    /**
     * A school the child attends from a day. A school recorded as current ends the one the child
     * attended before on the day before it starts, because a child moves from one school to the
     * next; a school recorded from the same day as another is kept alongside it (dual registration).
     */
    @Transactional
    public long recordSchool(long personId, SchoolForm form) {
        var child = records.visible(personId);
        var problems = new FieldProblems();
        var name = problems.text("schoolName", "School name", form.schoolName(), 200, true);
        var urn = problems.text("urn", "School URN", form.urn(), 6, false);
        problems.check(urn, u -> u.matches("\\d{6}"), "urn", "School URN must be the school's 6-digit unique reference number, like 100000");
        var today = LocalDate.now(clock);
        var from = problems.date("fromDate", "Date the child started at the school", form.fromDate(), true);
        problems.notInFuture("fromDate", "Date the child started at the school", from, today);
        problems.notBefore("fromDate", "Date the child started at the school", from, "the child's date of birth", child.dateOfBirth());
        var to = problems.date("toDate", "Date the child left the school", form.toDate(), false);
        problems.notInFuture("toDate", "Date the child left the school", to, today);
        problems.notBefore("toDate", "Date the child left the school", to, "the day they started there", from);
        problems.throwIfAny();
        var username = CurrentUser.username();
        var id = repository.insertSchool(personId, name, urn, from, to, username);
        var detail = new StringBuilder("School recorded from ").append(from).append(to == null ? "" : " to " + to);
        if (to == null) {
            for (var earlier : repository.schools(personId)) {
                if (earlier.id() != id && earlier.current() && earlier.from().isBefore(from)) {
                    repository.leaveSchool(earlier.id(), from.minusDays(1));
                    detail.append("; left the school before on ").append(from.minusDays(1));
                }
            }
        }
        audit.record(AuditAction.CREATE, personId, detail.toString());
        return id;
    }

    @Transactional
    public long recordPep(long personId, PepForm form) {
        var child = records.visible(personId);
        var problems = new FieldProblems();
        var date = problems.date("meetingDate", "Date of the PEP meeting", form.meetingDate(), true);
        problems.notInFuture("meetingDate", "Date of the PEP meeting", date, LocalDate.now(clock));
        problems.notBefore("meetingDate", "Date of the PEP meeting", date, "the child's date of birth", child.dateOfBirth());
        WhileLookedAfter.check(problems, "meetingDate", "Date of the PEP meeting", date, care.periods(personId));
        var school = problems.text("school", "School", form.school(), 200, true);
        var targets = problems.text("targets", "Description of the targets agreed", form.targets(), 4000, true);
        problems.throwIfAny();
        var id = repository.insertPep(personId, date, school, targets, CurrentUser.username());
        records.recordMilestones(personId, PEP, id, List.of(new Milestone(CaseEventKind.PEP_HELD, date)));
        audit.record(AuditAction.CREATE, personId, "PEP meeting on " + date);
        return id;
    }

    /** The school the child attends now, to fill in a PEP form. */
    @Transactional(readOnly = true)
    public String currentSchool(long personId) {
        records.visible(personId);
        return repository.schools(personId).stream().filter(EducationRecord.School::current).map(EducationRecord.School::name).findFirst().orElse(null);
    }

    private EducationRecord read(long personId) {
        return new EducationRecord(repository.schools(personId), repository.peps(personId));
    }
}
