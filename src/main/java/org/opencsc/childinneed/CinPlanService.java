package org.opencsc.childinneed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.Milestone;
import org.opencsc.childinneed.CinForms.EndForm;
import org.opencsc.childinneed.CinForms.PlanForm;
import org.opencsc.childinneed.CinForms.ReviewForm;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.NotFoundException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.protection.CpPlanStarted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Child in need plans: started within the open referral, reviewed, and ended; never overlapping. */
@Service
public class CinPlanService {

    static final String PLAN = "cin_plan";

    private final CinPlanRepository repository;
    private final FrontDoorService frontDoor;
    private final ChildRecordService records;
    private final AuditLog audit;
    private final Clock clock;

    CinPlanService(CinPlanRepository repository, FrontDoorService frontDoor, ChildRecordService records, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.frontDoor = frontDoor;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CinPlan> forPerson(long personId) {
        records.visible(personId);
        return repository.forPerson(personId);
    }

    @Transactional
    public long start(long personId, PlanForm form) {
        records.visible(personId);
        var problems = new FieldProblems();
        var referral = frontDoor.openReferral(personId);
        problems.check(referral.isPresent(), "startDate", "Record a referral first: the child has no open referral");
        var start = problems.date("startDate", "Start date", form.startDate(), true);
        problems.notInFuture("startDate", "Start date", start, today());
        referral.ifPresent(r -> problems.notBefore("startDate", "Start date", start, "the referral", r.referralDate()));
        for (var other : repository.forPerson(personId)) {
            if (other.open()) {
                problems.add("startDate", "The child in need plan that started on " + FieldProblems.spoken(other.startDate())
                        + " is still open: plans must not overlap");
            } else {
                problems.after("startDate", "Start date", start, "the end of the plan that ended", other.endDate());
            }
        }
        records.journeyOf(personId).openSince(CaseEventKind.CP_PLAN_STARTED).ifPresent(cp -> problems.add("startDate",
                "The child is on a child protection plan that started on " + FieldProblems.spoken(cp) + ": end it at a review conference first"));
        var outcomes = problems.text("outcomes", "What the plan will achieve (outcomes)", form.outcomes(), 20_000, true);
        problems.throwIfAny();
        var id = repository.insert(personId, referral.orElseThrow().id(), start, outcomes, CurrentUser.username());
        records.recordMilestones(personId, PLAN, id, List.of(new Milestone(CaseEventKind.CIN_PLAN_STARTED, start)));
        audit.record(AuditAction.CREATE, personId, "Started a child in need plan on " + start);
        return id;
    }

    /** Records a review; a decision to step down ends the plan that day. */
    @Transactional
    public void review(long personId, long planId, ReviewForm form) {
        records.visible(personId);
        var plan = plan(personId, planId);
        var problems = new FieldProblems();
        problems.check(plan.open(), "reviewDate", "This plan ended on " + (plan.endDate() == null ? "" : FieldProblems.spoken(plan.endDate())));
        var date = problems.date("reviewDate", "Date of the review", form.reviewDate(), true);
        problems.notInFuture("reviewDate", "Date of the review", date, today());
        problems.after("reviewDate", "Date of the review", date, "the start of the plan", plan.startDate());
        var decision = problems.choice("decision", "Decision", form.decision(), code -> Coded.fromCode(CinReviewDecision.class, code), true);
        var progress = problems.text("progress", "Progress against the plan", form.progress(), 4000, true);
        problems.throwIfAny();
        var id = repository.insertReview(personId, planId, date, decision, progress, CurrentUser.username());
        records.recordMilestones(personId, "cin_review", id, List.of(new Milestone(CaseEventKind.CIN_REVIEW, date)));
        if (decision == CinReviewDecision.STEP_DOWN) {
            endPlan(personId, plan, date);
        }
        audit.record(AuditAction.CREATE, personId, "Reviewed the child in need plan on " + date + ": " + decision.label());
    }

    @Transactional
    public void end(long personId, long planId, EndForm form) {
        records.visible(personId);
        var plan = plan(personId, planId);
        var problems = new FieldProblems();
        problems.check(plan.open(), "endDate", "This plan ended on " + (plan.endDate() == null ? "" : FieldProblems.spoken(plan.endDate())));
        var end = problems.date("endDate", "End date", form.endDate(), true);
        problems.notInFuture("endDate", "End date", end, today());
        problems.notBefore("endDate", "End date", end, "the start of the plan", plan.startDate());
        problems.throwIfAny();
        endPlan(personId, plan, end);
        audit.record(AuditAction.UPDATE, personId, "Ended the child in need plan of " + plan.startDate() + " on " + end);
    }

    /** Stepping up to child protection ends the child in need plan the day the CP plan starts. */
    @EventListener
    void onCpPlanStarted(CpPlanStarted started) {
        repository.forPerson(started.personId()).stream()
                .filter(plan -> plan.open() && !plan.startDate().isAfter(started.startDate()))
                .forEach(plan -> endPlan(started.personId(), plan, started.startDate()));
    }

    private void endPlan(long personId, CinPlan plan, LocalDate end) {
        repository.end(plan.id(), end);
        records.recordMilestones(personId, PLAN, plan.id(), List.of(new Milestone(CaseEventKind.CIN_PLAN_STARTED, plan.startDate()),
                new Milestone(CaseEventKind.CIN_PLAN_ENDED, end)));
    }

    @Transactional(readOnly = true)
    public CinPlan plan(long personId, long planId) {
        records.visible(personId);
        return repository.forPerson(personId).stream().filter(p -> p.id() == planId).findFirst()
                .orElseThrow(() -> new NotFoundException("Plan " + planId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
