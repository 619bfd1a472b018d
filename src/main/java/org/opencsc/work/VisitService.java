package org.opencsc.work;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.Milestone;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Visits to children: the record of a child seen (and seen alone), which stops the visit clocks. */
@Service
public class VisitService {

    private final VisitRepository repository;
    private final ChildRecordService records;
    private final AuditLog audit;
    private final Clock clock;

    VisitService(VisitRepository repository, ChildRecordService records, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long record(long personId, VisitForm form) {
        var child = records.visible(personId);
        var problems = new FieldProblems();
        var kind = problems.choice("kind", "Kind of visit", form.kind(), code -> Coded.fromCode(VisitKind.class, code), true);
        var date = problems.date("visitDate", "Date of the visit", form.visitDate(), true);
        problems.notInFuture("visitDate", "Date of the visit", date, LocalDate.now(clock));
        if (child.dateOfBirth() != null) {
            problems.notBefore("visitDate", "Date of the visit", date, "the child's date of birth", child.dateOfBirth());
        }
        var seen = problems.yesNo("childSeen", "Select whether the child was seen", form.childSeen());
        var alone = Boolean.TRUE.equals(seen) ? problems.yesNo("seenAlone", "Select whether the child was seen alone", form.seenAlone()) : Boolean.FALSE;
        var observations = problems.text("observations", "What you saw and heard", form.observations(), 4000, true);
        problems.throwIfAny();
        var id = repository.insert(personId, kind, date, seen, alone, observations, CurrentUser.username());
        if (seen && kind.seenEvent() != null) {
            records.recordMilestones(personId, "visit", id, List.of(new Milestone(kind.seenEvent(), date)));
        }
        audit.record(AuditAction.CREATE, personId, "Recorded a " + kind.label().toLowerCase() + " on " + date + (seen ? "" : " (child not seen)"));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Visit> recent(long personId) {
        records.visible(personId);
        return repository.forPerson(personId, 20);
    }

    /** Every visit, newest first: for a subject access export. */
    @Transactional(readOnly = true)
    public List<Visit> all(long personId) {
        records.visible(personId);
        return repository.forPerson(personId, Integer.MAX_VALUE);
    }

    @Transactional(readOnly = true)
    public Map<Long, LastSeen> lastSeen(Collection<Long> personIds) {
        return repository.lastSeen(personIds);
    }
}
