package org.opencsc.protection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.Milestone;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.frontdoor.Referral;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.NotFoundException;
import org.opencsc.protection.ProtectionForms.CoreGroupForm;
import org.opencsc.protection.ProtectionForms.InitialConferenceForm;
import org.opencsc.protection.ProtectionForms.NoConferenceForm;
import org.opencsc.protection.ProtectionForms.PlanForm;
import org.opencsc.protection.ProtectionForms.ReviewConferenceForm;
import org.opencsc.protection.ProtectionForms.StrategyForm;
import org.opencsc.protection.ProtectionRecords.ChildProtection;
import org.opencsc.protection.ProtectionRecords.CpPlan;
import org.opencsc.protection.ProtectionRecords.Enquiry;
import org.opencsc.protection.ProtectionRecords.StrategyDiscussion;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.timescales.StatutoryRule;
import org.opencsc.timescales.TimescaleService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Child protection: strategy discussions, section 47 enquiries, initial and review conferences,
 * plans (with their outcomes and actions) and core groups. Every date is checked against the
 * step it follows, and each record puts its key events on the child's journey, from which the
 * statutory clocks are derived.
 */
@Service
public class ProtectionService {

    private final ProtectionRepository repository;
    private final FrontDoorService frontDoor;
    private final ChildRecordService records;
    private final TimescaleService timescales;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProtectionService(ProtectionRepository repository, FrontDoorService frontDoor, ChildRecordService records, TimescaleService timescales,
                      AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.frontDoor = frontDoor;
        this.records = records;
        this.timescales = timescales;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ChildProtection forPerson(long personId) {
        records.visible(personId);
        return load(personId);
    }

    /** Everything at once, for a caller that has already checked the record may be seen. */
    private ChildProtection load(long personId) {
        var conferences = repository.conferences(personId);
        return new ChildProtection(repository.strategyDiscussions(personId), repository.enquiries(personId),
                conferences.stream().filter(ProtectionRecords.Conference::initial).toList(), repository.plans(personId, conferences));
    }

    /** Records a strategy discussion; a decision to enquire starts the section 47 and its ICPC clock. */
    @Transactional
    public long recordStrategyDiscussion(long personId, StrategyForm form) {
        records.visible(personId);
        var problems = new FieldProblems();
        var referral = openReferral(personId, problems, "discussionDate");
        var date = problems.date("discussionDate", "Date of the strategy discussion", form.discussionDate(), true);
        problems.notInFuture("discussionDate", "Date of the strategy discussion", date, today());
        referral.ifPresent(r -> problems.notBefore("discussionDate", "Date of the strategy discussion", date, "the referral", r.referralDate()));
        var attendees = problems.text("attendees", "Who took part", form.attendees(), 2000, true);
        var decision = problems.choice("decision", "Decision", form.decision(), code -> Coded.fromCode(StrategyDecision.class, code), true);
        var rationale = problems.text("rationale", "Reasons for the decision", form.rationale(), 4000, true);
        LocalDate s47Start = null;
        if (decision == StrategyDecision.SECTION_47) {
            s47Start = problems.date("s47StartDate", "Start of the section 47 enquiry", form.s47StartDate(), true);
            problems.notInFuture("s47StartDate", "Start of the section 47 enquiry", s47Start, today());
            problems.notBefore("s47StartDate", "Start of the section 47 enquiry", s47Start, "the strategy discussion", date);
            load(personId).openEnquiry().ifPresent(open -> problems.add("decision",
                    "The section 47 enquiry that started on " + FieldProblems.spoken(open.startDate()) + " is still open: end it before starting another"));
        }
        problems.throwIfAny();
        var username = CurrentUser.username();
        var id = repository.insertStrategyDiscussion(personId, referral.orElseThrow().id(), date, attendees, decision, rationale, username);
        records.recordMilestones(personId, "strategy_discussion", id, List.of(new Milestone(CaseEventKind.STRATEGY_DISCUSSION, date)));
        if (s47Start != null) {
            var enquiryId = repository.insertEnquiry(personId, id, s47Start, timescales.dueDate(StatutoryRule.ICPC_DUE, date), username);
            records.recordMilestones(personId, "s47_enquiry", enquiryId, List.of(new Milestone(CaseEventKind.S47_STARTED, s47Start)));
        }
        audit.record(AuditAction.CREATE, personId, "Recorded a strategy discussion of " + date + ": " + decision.label());
        return id;
    }

    /**
     * Corrects a strategy discussion. A new date moves the ICPC target of the enquiry it started
     * and, through the child's events, every due date that depends on it.
     */
    @Transactional
    public void correctStrategyDiscussion(long personId, long discussionId, StrategyForm form) {
        records.visible(personId);
        var protection = load(personId);
        var existing = discussionIn(protection, discussionId);
        var problems = new FieldProblems();
        var date = problems.date("discussionDate", "Date of the strategy discussion", form.discussionDate(), true);
        problems.notInFuture("discussionDate", "Date of the strategy discussion", date, today());
        frontDoor.referrals(personId).stream().filter(r -> r.id() == existing.referralId()).findFirst()
                .ifPresent(r -> problems.notBefore("discussionDate", "Date of the strategy discussion", date, "the referral", r.referralDate()));
        var enquiry = protection.enquiries().stream().filter(e -> e.strategyDiscussionId() == discussionId).findFirst();
        enquiry.ifPresent(e -> {
            problems.notBefore("discussionDate", "The start of the section 47 enquiry", e.startDate(), "the strategy discussion", date);
            protection.initialConferences().stream().filter(c -> c.s47Id() != null && c.s47Id() == e.id()).findFirst()
                    .ifPresent(c -> problems.notBefore("discussionDate", "The initial conference", c.conferenceDate(), "the strategy discussion", date));
        });
        var attendees = problems.text("attendees", "Who took part", form.attendees(), 2000, true);
        var rationale = problems.text("rationale", "Reasons for the decision", form.rationale(), 4000, true);
        problems.throwIfAny();
        repository.updateStrategyDiscussion(discussionId, date, attendees, rationale);
        enquiry.ifPresent(e -> repository.moveIcpcTarget(e.id(), timescales.dueDate(StatutoryRule.ICPC_DUE, date)));
        records.recordMilestones(personId, "strategy_discussion", discussionId, List.of(new Milestone(CaseEventKind.STRATEGY_DISCUSSION, date)));
        audit.record(AuditAction.UPDATE, personId, "Corrected the strategy discussion of " + existing.discussionDate()
                + (existing.discussionDate().equals(date) ? "" : ": now " + date));
    }

    /** Ends a section 47 enquiry that needs no conference: the ICPC clock stops and the census records "ICPC not required". */
    @Transactional
    public void endWithoutConference(long personId, long enquiryId, NoConferenceForm form) {
        records.visible(personId);
        var enquiry = enquiryIn(load(personId), enquiryId);
        var problems = new FieldProblems();
        problems.check(enquiry.open(), "endDate", "This enquiry ended on " + (enquiry.endDate() == null ? "" : FieldProblems.spoken(enquiry.endDate())));
        var end = problems.date("endDate", "Date the enquiry ended", form.endDate(), true);
        problems.notInFuture("endDate", "Date the enquiry ended", end, today());
        problems.notBefore("endDate", "Date the enquiry ended", end, "its start", enquiry.startDate());
        problems.text("reason", "Why no conference is needed", form.reason(), 2000, true);
        problems.throwIfAny();
        repository.endEnquiry(enquiryId, end, "NO_CONFERENCE");
        records.recordMilestones(personId, "s47_enquiry", enquiryId, List.of(new Milestone(CaseEventKind.S47_STARTED, enquiry.startDate()),
                new Milestone(CaseEventKind.ICPC_NOT_REQUIRED, end)));
        audit.record(AuditAction.UPDATE, personId, "Ended the section 47 enquiry of " + enquiry.startDate() + " with no conference");
    }

    /** Holds the initial conference for an enquiry; a decision for a plan starts the plan that day. */
    @Transactional
    public long holdInitialConference(long personId, long enquiryId, InitialConferenceForm form) {
        records.visible(personId);
        var protection = load(personId);
        var enquiry = enquiryIn(protection, enquiryId);
        var strategy = discussionIn(protection, enquiry.strategyDiscussionId());
        var problems = new FieldProblems();
        problems.check(enquiry.open(), "conferenceDate", "This enquiry ended on " + (enquiry.endDate() == null ? "" : FieldProblems.spoken(enquiry.endDate())));
        var date = problems.date("conferenceDate", "Date of the conference", form.conferenceDate(), true);
        problems.notInFuture("conferenceDate", "Date of the conference", date, today());
        problems.notBefore("conferenceDate", "Date of the conference", date, "the strategy discussion", strategy.discussionDate());
        problems.notBefore("conferenceDate", "Date of the conference", date, "the start of the section 47 enquiry", enquiry.startDate());
        var chair = problems.text("chair", "Chair", form.chair(), 120, true);
        var decision = problems.choice("decision", "Decision", form.decision(), code -> Coded.fromCode(InitialConferenceDecision.class, code), true);
        CategoryOfAbuse category = null;
        if (decision == InitialConferenceDecision.PLAN) {
            category = problems.choice("category", "Category of abuse", form.category(), code -> Coded.fromCode(CategoryOfAbuse.class, code), true);
            protection.openPlan().ifPresent(open -> problems.add("decision",
                    "The child protection plan that started on " + FieldProblems.spoken(open.startDate()) + " is still open: plans must not overlap"));
            for (var earlier : protection.plans()) {
                if (!earlier.open()) {
                    problems.after("conferenceDate", "Date of the conference", date, "the end of the plan that ended", earlier.endDate());
                }
            }
        }
        problems.throwIfAny();
        var username = CurrentUser.username();
        var conferenceId = repository.insertConference(personId, "INITIAL", enquiryId, null, date, chair, decision.name(), username);
        repository.endEnquiry(enquiryId, date, "CONFERENCE");
        records.recordMilestones(personId, "cp_conference", conferenceId, List.of(new Milestone(CaseEventKind.ICPC_HELD, date)));
        if (category != null) {
            var planId = repository.insertPlan(personId, strategy.referralId(), date, category, username);
            repository.linkConferenceToPlan(conferenceId, planId);
            records.recordMilestones(personId, "cp_plan", planId, List.of(new Milestone(CaseEventKind.CP_PLAN_STARTED, date)));
            events.publishEvent(new CpPlanStarted(personId, date));
        }
        audit.record(AuditAction.CREATE, personId, "Initial child protection conference of " + date + ": " + decision.label());
        return conferenceId;
    }

    /** The plan's outcomes, and an action with its owner and date when one is given. */
    @Transactional
    public void updatePlan(long personId, long planId, PlanForm form) {
        records.visible(personId);
        var plan = planIn(load(personId), planId);
        var problems = new FieldProblems();
        var outcomes = problems.text("outcomes", "What must change for the child (outcomes)", form.outcomes(), 20_000, false);
        var action = problems.text("action", "Action", form.action(), 1000, false);
        var owner = problems.text("owner", "Who will do it", form.owner(), 120, action != null);
        var due = problems.date("actionDueDate", "Date the action is due", form.actionDueDate(), action != null);
        problems.notBefore("actionDueDate", "Date the action is due", due, "the start of the plan", plan.startDate());
        problems.check(action != null || (owner == null && due == null), "action", "Enter the action, or leave its owner and date blank");
        problems.throwIfAny();
        repository.updateOutcomes(planId, outcomes);
        if (action != null) {
            repository.insertAction(planId, action, owner, due, CurrentUser.username());
        }
        audit.record(AuditAction.UPDATE, personId, "Updated the child protection plan of " + plan.startDate() + (action != null ? ": added an action" : ""));
    }

    @Transactional
    public long recordCoreGroup(long personId, long planId, CoreGroupForm form) {
        records.visible(personId);
        var plan = planIn(load(personId), planId);
        var problems = new FieldProblems();
        var date = problems.date("meetingDate", "Date of the meeting", form.meetingDate(), true);
        problems.notInFuture("meetingDate", "Date of the meeting", date, today());
        problems.notBefore("meetingDate", "Date of the meeting", date, "the start of the plan", plan.startDate());
        if (plan.endDate() != null) {
            problems.notBefore("meetingDate", "The end of the plan", plan.endDate(), "the meeting", date);
        }
        var attendees = problems.text("attendees", "Who took part", form.attendees(), 2000, true);
        var progress = problems.text("progress", "Progress against the plan", form.progress(), 4000, true);
        problems.throwIfAny();
        var id = repository.insertCoreGroup(personId, planId, date, attendees, progress, CurrentUser.username());
        records.recordMilestones(personId, "core_group", id, List.of(new Milestone(CaseEventKind.CORE_GROUP, date)));
        audit.record(AuditAction.CREATE, personId, "Recorded a core group of " + date);
        return id;
    }

    /** Holds a review conference: the plan continues (perhaps under a new category) or ends that day. */
    @Transactional
    public long holdReviewConference(long personId, long planId, ReviewConferenceForm form) {
        records.visible(personId);
        var plan = planIn(load(personId), planId);
        var problems = new FieldProblems();
        problems.check(plan.open(), "conferenceDate", "This plan ended on " + (plan.endDate() == null ? "" : FieldProblems.spoken(plan.endDate())));
        var date = problems.date("conferenceDate", "Date of the review conference", form.conferenceDate(), true);
        problems.notInFuture("conferenceDate", "Date of the review conference", date, today());
        // The census refuses a plan that starts and ends on the same day, so a review is always later.
        problems.after("conferenceDate", "Date of the review conference", date, "the start of the plan", plan.startDate());
        plan.reviews().stream().reduce((a, b) -> b).ifPresent(last ->
                problems.after("conferenceDate", "Date of the review conference", date, "the last review", last.conferenceDate()));
        var chair = problems.text("chair", "Chair", form.chair(), 120, true);
        var decision = problems.choice("decision", "Decision", form.decision(), code -> Coded.fromCode(ReviewDecision.class, code), true);
        var latest = problems.choice("latestCategory", "Category of abuse", form.latestCategory(), code -> Coded.fromCode(CategoryOfAbuse.class, code), false);
        PlanEndReason endReason = null;
        if (decision == ReviewDecision.END) {
            endReason = problems.choice("endReason", "Reason the plan ends", form.endReason(), code -> Coded.fromCode(PlanEndReason.class, code), true);
        }
        problems.throwIfAny();
        var id = repository.insertConference(personId, "REVIEW", null, planId, date, chair, decision.name(), CurrentUser.username());
        var ends = decision == ReviewDecision.END;
        repository.reviewPlan(planId, latest, ends ? date : null, endReason);
        records.recordMilestones(personId, "cp_conference", id, List.of(new Milestone(CaseEventKind.REVIEW_CONFERENCE, date)));
        var planEvents = new ArrayList<Milestone>(List.of(new Milestone(CaseEventKind.CP_PLAN_STARTED, plan.startDate())));
        if (ends) {
            planEvents.add(new Milestone(CaseEventKind.CP_PLAN_ENDED, date));
        }
        records.recordMilestones(personId, "cp_plan", planId, planEvents);
        audit.record(AuditAction.CREATE, personId, "Review child protection conference of " + date + ": " + decision.label());
        return id;
    }

    @Transactional(readOnly = true)
    public CpPlan plan(long personId, long planId) {
        records.visible(personId);
        return planIn(load(personId), planId);
    }

    @Transactional(readOnly = true)
    public Enquiry enquiry(long personId, long enquiryId) {
        records.visible(personId);
        return enquiryIn(load(personId), enquiryId);
    }

    @Transactional(readOnly = true)
    public StrategyDiscussion strategyDiscussion(long personId, long discussionId) {
        records.visible(personId);
        return discussionIn(load(personId), discussionId);
    }

    private static CpPlan planIn(ChildProtection protection, long planId) {
        return protection.plans().stream().filter(p -> p.id() == planId).findFirst()
                .orElseThrow(() -> new NotFoundException("Plan " + planId));
    }

    private static Enquiry enquiryIn(ChildProtection protection, long enquiryId) {
        return protection.enquiries().stream().filter(e -> e.id() == enquiryId).findFirst()
                .orElseThrow(() -> new NotFoundException("Enquiry " + enquiryId));
    }

    private static StrategyDiscussion discussionIn(ChildProtection protection, long discussionId) {
        return protection.strategyDiscussions().stream().filter(d -> d.id() == discussionId).findFirst()
                .orElseThrow(() -> new NotFoundException("Strategy discussion " + discussionId));
    }

    private java.util.Optional<Referral> openReferral(long personId, FieldProblems problems, String field) {
        var referral = frontDoor.openReferral(personId);
        problems.check(referral.isPresent(), field, "Record a referral first: the child has no open referral");
        return referral;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
