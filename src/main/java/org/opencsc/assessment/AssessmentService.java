package org.opencsc.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.opencsc.assessment.AssessmentForms.AuthoriseForm;
import org.opencsc.assessment.AssessmentForms.DetailsForm;
import org.opencsc.assessment.AssessmentForms.StartForm;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.Milestone;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.NotFoundException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single assessments: started against the open referral, never overlapping another, submitted
 * by the worker with the child seen and the factors found, and authorised by a manager. The
 * authorisation is what stops the 45-working-day clock.
 */
@Service
public class AssessmentService {

    static final String SOURCE = "assessment";

    private final AssessmentRepository repository;
    private final FrontDoorService frontDoor;
    private final ChildRecordService records;
    private final AuditLog audit;
    private final Clock clock;

    AssessmentService(AssessmentRepository repository, FrontDoorService frontDoor, ChildRecordService records, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.frontDoor = frontDoor;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long start(long personId, StartForm form) {
        records.visible(personId);
        var problems = new FieldProblems();
        var referral = frontDoor.openReferral(personId);
        problems.check(referral.isPresent(), "startDate", "Record a referral before starting an assessment: the child has no open referral");
        var start = problems.date("startDate", "Start date", form.startDate(), true);
        problems.notInFuture("startDate", "Start date", start, today());
        referral.ifPresent(r -> problems.notBefore("startDate", "Start date", start, "the referral", r.referralDate()));
        for (var other : repository.forPerson(personId)) {
            if (!other.authorised()) {
                problems.add("startDate", "The assessment started on " + FieldProblems.spoken(other.startDate())
                        + " is not finished: assessments must not overlap");
            } else {
                problems.after("startDate", "Start date", start, "the end of the assessment authorised", other.authorisedDate());
            }
        }
        problems.throwIfAny();
        var id = repository.insert(personId, referral.orElseThrow().id(), start, CurrentUser.username());
        records.recordMilestones(personId, SOURCE, id, List.of(new Milestone(CaseEventKind.ASSESSMENT_STARTED, start)));
        audit.record(AuditAction.CREATE, personId, "Started an assessment on " + start);
        return id;
    }

    /** Saves the assessment's content; with {@code submit}, checks it is complete and sends it to a manager. */
    @Transactional
    public void save(long personId, long assessmentId, DetailsForm form, boolean submit) {
        records.visible(personId);
        var assessment = assessment(personId, assessmentId);
        var problems = new FieldProblems();
        problems.check(!assessment.authorised(), "childSeenDate", "This assessment was authorised on "
                + (assessment.authorised() ? FieldProblems.spoken(assessment.authorisedDate()) : "") + " and can no longer change");
        var seen = problems.date("childSeenDate", "Date the child was seen", form.childSeenDate(), submit);
        problems.notInFuture("childSeenDate", "Date the child was seen", seen, today());
        frontDoor.referrals(personId).stream().filter(r -> r.id() == assessment.referralId()).findFirst()
                .ifPresent(r -> problems.notBefore("childSeenDate", "Date the child was seen", seen, "the referral", r.referralDate()));
        Boolean alone = null;
        if (form.seenAlone() != null && !form.seenAlone().isBlank()) {
            alone = Boolean.parseBoolean(form.seenAlone());
        } else if (submit && seen != null) {
            problems.add("seenAlone", "Select whether the child was seen alone");
        }
        var factors = new ArrayList<Factor>();
        for (var code : form.factors()) {
            problems.choice("factors", "Factors identified", code, c -> Coded.fromCode(Factor.class, c), false);
            Coded.fromCode(Factor.class, code).ifPresent(factors::add);
        }
        problems.check(!submit || !factors.isEmpty(), "factors", "Select the factors identified, or \"no factors identified\"");
        problems.check(factors.size() <= 1 || factors.stream().noneMatch(f -> f.code().equals(Factor.NO_FACTORS)), "factors",
                "\"No factors identified\" cannot be selected with other factors");
        var summary = problems.text("summary", "Analysis and summary", form.summary(), 20_000, submit);
        var outcome = problems.choice("outcome", "Outcome", form.outcome(), c -> Coded.fromCode(AssessmentOutcome.class, c), submit);
        problems.throwIfAny();
        var version = form.version() == null ? assessment.version() : form.version();
        if (!repository.update(assessmentId, version, seen, alone, factors, summary, outcome,
                submit ? today() : null, submit ? CurrentUser.username() : null)) {
            var changed = new FieldProblems();
            changed.add("summary", "Someone else saved this assessment after you opened it. What you typed is still here:"
                    + " copy it, open the assessment again to see their changes, then save");
            changed.throwIfAny();
        }
        audit.record(AuditAction.UPDATE, personId, submit ? "Submitted the assessment started " + assessment.startDate() + " for authorisation"
                : "Saved the assessment started " + assessment.startDate());
    }

    /** A manager authorises a submitted assessment: the end of the assessment for the census and the 45-day clock. */
    @Transactional
    public Assessment authorise(long personId, long assessmentId, AuthoriseForm form) {
        records.visible(personId);
        var assessment = assessment(personId, assessmentId);
        var problems = new FieldProblems();
        problems.check(assessment.awaitingAuthorisation(), "authorisedDate", assessment.authorised()
                ? "This assessment was already authorised on " + FieldProblems.spoken(assessment.authorisedDate())
                : "This assessment has not been submitted for authorisation");
        var date = problems.date("authorisedDate", "Date authorised", form.authorisedDate(), true);
        problems.notInFuture("authorisedDate", "Date authorised", date, today());
        problems.notBefore("authorisedDate", "Date authorised", date, "the start of the assessment", assessment.startDate());
        problems.notBefore("authorisedDate", "Date authorised", date, "the date the child was seen", assessment.childSeenDate());
        problems.throwIfAny();
        repository.authorise(assessmentId, date, CurrentUser.username());
        records.recordMilestones(personId, SOURCE, assessmentId, List.of(new Milestone(CaseEventKind.ASSESSMENT_STARTED, assessment.startDate()),
                new Milestone(CaseEventKind.ASSESSMENT_COMPLETED, date)));
        audit.record(AuditAction.UPDATE, personId, "Authorised the assessment started " + assessment.startDate());
        return assessment(personId, assessmentId);
    }

    @Transactional(readOnly = true)
    public Assessment assessment(long personId, long assessmentId) {
        records.visible(personId);
        return repository.find(personId, assessmentId).orElseThrow(() -> new NotFoundException("Assessment " + assessmentId));
    }

    @Transactional(readOnly = true)
    public List<Assessment> forPerson(long personId) {
        records.visible(personId);
        return repository.forPerson(personId);
    }

    /** Submitted assessments waiting for a manager, for these children. */
    @Transactional(readOnly = true)
    public List<Assessment> awaitingAuthorisation(Collection<Long> personIds) {
        return repository.awaitingAuthorisation(personIds);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
