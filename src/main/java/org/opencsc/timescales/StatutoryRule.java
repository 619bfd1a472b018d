package org.opencsc.timescales;

import static org.opencsc.child.CaseEventKind.ASSESSMENT_COMPLETED;
import static org.opencsc.child.CaseEventKind.BECAME_LOOKED_AFTER;
import static org.opencsc.child.CaseEventKind.CARE_PLAN_AGREED;
import static org.opencsc.child.CaseEventKind.CARE_REVIEW;
import static org.opencsc.child.CaseEventKind.CARE_VISIT;
import static org.opencsc.child.CaseEventKind.CASE_CLOSED;
import static org.opencsc.child.CaseEventKind.CEASED_LOOKED_AFTER;
import static org.opencsc.child.CaseEventKind.CIN_PLAN_ENDED;
import static org.opencsc.child.CaseEventKind.CIN_PLAN_STARTED;
import static org.opencsc.child.CaseEventKind.CIN_REVIEW;
import static org.opencsc.child.CaseEventKind.CIN_VISIT;
import static org.opencsc.child.CaseEventKind.CONTACT_RECEIVED;
import static org.opencsc.child.CaseEventKind.CORE_GROUP;
import static org.opencsc.child.CaseEventKind.CP_PLAN_ENDED;
import static org.opencsc.child.CaseEventKind.CP_PLAN_STARTED;
import static org.opencsc.child.CaseEventKind.CP_VISIT;
import static org.opencsc.child.CaseEventKind.DENTAL_CHECK;
import static org.opencsc.child.CaseEventKind.HEALTH_ASSESSMENT_5_OR_OVER;
import static org.opencsc.child.CaseEventKind.HEALTH_ASSESSMENT_UNDER_5;
import static org.opencsc.child.CaseEventKind.ICPC_HELD;
import static org.opencsc.child.CaseEventKind.ICPC_NOT_REQUIRED;
import static org.opencsc.child.CaseEventKind.MASH_DECISION;
import static org.opencsc.child.CaseEventKind.OVERSIGHT_RECORDED;
import static org.opencsc.child.CaseEventKind.PATHWAY_PLAN;
import static org.opencsc.child.CaseEventKind.CARE_LEAVER_SUPPORT_ENDED;
import static org.opencsc.child.CaseEventKind.PEP_HELD;
import static org.opencsc.child.CaseEventKind.PLACEMENT_STARTED;
import static org.opencsc.child.CaseEventKind.REFERRAL_RECEIVED;
import static org.opencsc.child.CaseEventKind.REVIEW_CONFERENCE;
import static org.opencsc.child.CaseEventKind.S47_STARTED;
import static org.opencsc.child.CaseEventKind.STRATEGY_DISCUSSION;
import static org.opencsc.child.CaseEventKind.TEMPORARY_PLACEMENT_STARTED;

import java.util.EnumSet;
import java.util.Set;
import org.opencsc.child.CaseEventKind;

/**
 * The statutory and local timescales, as one table: what starts each clock, what stops it, what
 * makes it no longer apply, and how long it runs. Due dates, work lists and overdue lists are
 * all derived from the child's key events by these rows and nothing else.
 *
 * <p>A clock starts on a start event unless one is already running (so a second referral during
 * an assessment does not restart the 45 days), and is measured from the latest {@code countFrom}
 * event on or before it when one is given (the ICPC runs from the strategy discussion where the
 * section 47 started). Events of one day are taken in the order of the process (the order of
 * {@link CaseEventKind}); each stops its clocks and then starts its own, so a contact decided the
 * same day is met that day and a visit stops the running visit clock and starts the next one.
 * Cancellations come last in the day: a review conference that ends the plan starts no further
 * review. A few rules restart their clock on an event (a new placement restarts the visit clock
 * at one week, whatever was due before), and a few run for a period that depends on where the
 * child is ({@link VaryingTimescale}).
 */
public enum StatutoryRule {
    MASH_DECISION_DUE("MASH+ decision", "Within 1 working day of the contact",
            EnumSet.of(CONTACT_RECEIVED), null, EnumSet.of(MASH_DECISION), EnumSet.noneOf(CaseEventKind.class),
            Timescale.workingDays(1), null),
    ASSESSMENT_DUE("Assessment authorised", "Working Together 2023: within 45 working days of the referral",
            EnumSet.of(REFERRAL_RECEIVED), null, EnumSet.of(ASSESSMENT_COMPLETED), EnumSet.of(CASE_CLOSED),
            Timescale.workingDays(45), null),
    ICPC_DUE("Initial child protection conference", "Within 15 working days of the strategy discussion where the section 47 started",
            EnumSet.of(S47_STARTED), STRATEGY_DISCUSSION, EnumSet.of(ICPC_HELD, ICPC_NOT_REQUIRED), EnumSet.of(CASE_CLOSED),
            Timescale.workingDays(15), null),
    FIRST_CORE_GROUP_DUE("First core group", "Within 10 working days of the initial conference",
            EnumSet.of(CP_PLAN_STARTED), null, EnumSet.of(CORE_GROUP), EnumSet.of(CP_PLAN_ENDED, CASE_CLOSED),
            Timescale.workingDays(10), null),
    CORE_GROUP_DUE("Core group", "Local standard, after the first core group",
            EnumSet.of(CORE_GROUP), null, EnumSet.of(CORE_GROUP), EnumSet.of(CP_PLAN_ENDED, CASE_CLOSED),
            null, LocalStandard.CORE_GROUP_FREQUENCY),
    CP_VISIT_DUE("Child protection visit", "Local standard, from the start of the plan and then from each visit where the child was seen",
            EnumSet.of(CP_PLAN_STARTED, CP_VISIT), null, EnumSet.of(CP_VISIT), EnumSet.of(CP_PLAN_ENDED, CASE_CLOSED),
            null, LocalStandard.CP_VISIT_FREQUENCY),
    FIRST_REVIEW_CONFERENCE_DUE("First review conference", "Within 3 months of the initial conference",
            EnumSet.of(CP_PLAN_STARTED), null, EnumSet.of(REVIEW_CONFERENCE), EnumSet.of(CP_PLAN_ENDED, CASE_CLOSED),
            Timescale.months(3), null),
    REVIEW_CONFERENCE_DUE("Review conference", "At most 6 months after the previous review",
            EnumSet.of(REVIEW_CONFERENCE), null, EnumSet.of(REVIEW_CONFERENCE), EnumSet.of(CP_PLAN_ENDED, CASE_CLOSED),
            Timescale.months(6), null),
    CIN_REVIEW_DUE("Child in need plan review", "Local standard, from the start of the plan and then from each review",
            EnumSet.of(CIN_PLAN_STARTED, CIN_REVIEW), null, EnumSet.of(CIN_REVIEW), EnumSet.of(CIN_PLAN_ENDED, CASE_CLOSED),
            null, LocalStandard.CIN_REVIEW_FREQUENCY),
    CIN_VISIT_DUE("Child in need visit", "Local standard, from the start of the plan and then from each visit where the child was seen",
            EnumSet.of(CIN_PLAN_STARTED, CIN_VISIT), null, EnumSet.of(CIN_VISIT), EnumSet.of(CIN_PLAN_ENDED, CASE_CLOSED),
            null, LocalStandard.CIN_VISIT_FREQUENCY),
    REASSESSMENT_DUE("Re-assessment", "Local standard, from the last authorised assessment while the case stays open; conferences review the assessment of a child on a CP plan",
            EnumSet.of(ASSESSMENT_COMPLETED), null, EnumSet.of(ASSESSMENT_COMPLETED), EnumSet.of(CASE_CLOSED, BECAME_LOOKED_AFTER, CP_PLAN_STARTED),
            null, LocalStandard.REASSESSMENT_PERIOD),
    INITIAL_PEP_DUE("First personal education plan", "Local standard, from becoming looked after",
            EnumSet.of(BECAME_LOOKED_AFTER), null, EnumSet.of(PEP_HELD), EnumSet.of(CEASED_LOOKED_AFTER),
            null, LocalStandard.INITIAL_PEP),
    PEP_REVIEW_DUE("Personal education plan review", "Local standard, from the last PEP",
            EnumSet.of(PEP_HELD), null, EnumSet.of(PEP_HELD), EnumSet.of(CEASED_LOOKED_AFTER),
            null, LocalStandard.PEP_REVIEW_FREQUENCY),
    CARE_PLAN_DUE("Care plan", "Care Planning Regulations 2010: before the first placement or within 10 working days of it",
            EnumSet.of(BECAME_LOOKED_AFTER), null, EnumSet.of(CARE_PLAN_AGREED), EnumSet.of(CEASED_LOOKED_AFTER),
            Timescale.workingDays(10), null),
    FIRST_CARE_REVIEW_DUE("First review of a looked-after child", "Care Planning Regulations 2010: within 20 working days of becoming looked after",
            EnumSet.of(BECAME_LOOKED_AFTER), null, EnumSet.of(CARE_REVIEW), EnumSet.of(CEASED_LOOKED_AFTER),
            Timescale.workingDays(20), null),
    CARE_REVIEW_DUE("Review of a looked-after child", "Care Planning Regulations 2010: the second within 3 months of the first, then at most 6-monthly",
            EnumSet.of(CARE_REVIEW), EnumSet.of(CARE_REVIEW), EnumSet.noneOf(CaseEventKind.class), EnumSet.of(CEASED_LOOKED_AFTER),
            new CareReviewInterval()),
    STATUTORY_VISIT_DUE("Statutory visit to a looked-after child", "Care Planning Regulations 2010, regulation 28, from each placement and each visit where the child was seen",
            EnumSet.of(PLACEMENT_STARTED, TEMPORARY_PLACEMENT_STARTED, CARE_VISIT), EnumSet.of(CARE_VISIT),
            EnumSet.of(PLACEMENT_STARTED, TEMPORARY_PLACEMENT_STARTED), EnumSet.of(CEASED_LOOKED_AFTER),
            new StatutoryVisitInterval()),
    PATHWAY_PLAN_REVIEW_DUE("Pathway plan review", "Care Leavers (England) Regulations 2010: reviewed at least every 6 months",
            EnumSet.of(PATHWAY_PLAN), null, EnumSet.of(PATHWAY_PLAN), EnumSet.of(CARE_LEAVER_SUPPORT_ENDED),
            Timescale.months(6), null),
    INITIAL_HEALTH_ASSESSMENT_DUE("Initial health assessment", "Statutory guidance, Promoting the health and well-being of looked-after children (2015): within 20 working days of becoming looked after",
            EnumSet.of(BECAME_LOOKED_AFTER), null, EnumSet.of(HEALTH_ASSESSMENT_UNDER_5, HEALTH_ASSESSMENT_5_OR_OVER), EnumSet.of(CEASED_LOOKED_AFTER),
            Timescale.workingDays(20), null),
    HEALTH_ASSESSMENT_REVIEW_DUE("Review health assessment", "Statutory guidance, Promoting the health and well-being of looked-after children (2015): at most 6-monthly before the child's 5th birthday, then at most 12-monthly, by the child's age at the last assessment",
            EnumSet.of(HEALTH_ASSESSMENT_UNDER_5, HEALTH_ASSESSMENT_5_OR_OVER), EnumSet.of(HEALTH_ASSESSMENT_UNDER_5, HEALTH_ASSESSMENT_5_OR_OVER),
            EnumSet.noneOf(CaseEventKind.class), EnumSet.of(CEASED_LOOKED_AFTER), new HealthReviewInterval()),
    DENTAL_CHECK_DUE("Dental check", "Statutory guidance, Promoting the health and well-being of looked-after children (2015): at least every 12 months, from becoming looked after and then from each check",
            EnumSet.of(BECAME_LOOKED_AFTER, DENTAL_CHECK), null, EnumSet.of(DENTAL_CHECK), EnumSet.of(CEASED_LOOKED_AFTER),
            Timescale.months(12), null),
    OVERSIGHT_DUE("Management oversight", "Local standards, from the case opening (referral, plan or care) and then from each oversight or supervision recorded",
            EnumSet.of(REFERRAL_RECEIVED, CIN_PLAN_STARTED, CP_PLAN_STARTED, BECAME_LOOKED_AFTER, OVERSIGHT_RECORDED), EnumSet.of(OVERSIGHT_RECORDED),
            EnumSet.noneOf(CaseEventKind.class), EnumSet.of(CASE_CLOSED, CEASED_LOOKED_AFTER), new OversightInterval());

    private final String label;
    private final String basis;
    private final Set<CaseEventKind> starts;
    private final CaseEventKind countFrom;
    private final Set<CaseEventKind> stops;
    private final Set<CaseEventKind> cancels;
    private final Set<CaseEventKind> restarts;
    private final Timescale fixed;
    private final LocalStandard localStandard;
    private final VaryingTimescale varying;

    StatutoryRule(String label, String basis, Set<CaseEventKind> starts, CaseEventKind countFrom, Set<CaseEventKind> stops,
                  Set<CaseEventKind> cancels, Timescale fixed, LocalStandard localStandard) {
        this(label, basis, starts, countFrom, stops, EnumSet.noneOf(CaseEventKind.class), cancels, fixed, localStandard, null);
    }

    StatutoryRule(String label, String basis, Set<CaseEventKind> starts, Set<CaseEventKind> stops, Set<CaseEventKind> restarts,
                  Set<CaseEventKind> cancels, VaryingTimescale varying) {
        this(label, basis, starts, null, stops, restarts, cancels, null, null, varying);
    }

    StatutoryRule(String label, String basis, Set<CaseEventKind> starts, CaseEventKind countFrom, Set<CaseEventKind> stops,
                  Set<CaseEventKind> restarts, Set<CaseEventKind> cancels, Timescale fixed, LocalStandard localStandard, VaryingTimescale varying) {
        this.label = label;
        this.basis = basis;
        this.starts = starts;
        this.countFrom = countFrom;
        this.stops = stops;
        this.restarts = restarts;
        this.cancels = cancels;
        this.fixed = fixed;
        this.localStandard = localStandard;
        this.varying = varying;
    }

    public String label() {
        return label;
    }

    public String basis() {
        return basis;
    }

    public Set<CaseEventKind> starts() {
        return EnumSet.copyOf(starts);
    }

    public CaseEventKind countFrom() {
        return countFrom;
    }

    public Set<CaseEventKind> stops() {
        return EnumSet.copyOf(stops);
    }

    public Set<CaseEventKind> cancels() {
        return cancels.isEmpty() ? EnumSet.noneOf(CaseEventKind.class) : EnumSet.copyOf(cancels);
    }

    /** The local standard this rule follows, or null for a fixed statutory period. */
    public LocalStandard localStandard() {
        return localStandard;
    }

    /** The period of a clock that {@code startedBy} starts on {@code day}, given the child's events up to that day. */
    Timescale timescale(LocalStandards standards, CaseEventKind startedBy, java.time.LocalDate day, java.util.List<org.opencsc.child.CaseEvent> soFar) {
        return varying != null ? varying.on(standards, startedBy, day, soFar) : timescale(standards);
    }

    /** The one period of a fixed or local rule; null for a rule whose period depends on the child's events. */
    public Timescale timescale(LocalStandards standards) {
        return varying != null ? null : localStandard == null ? fixed : standards.get(localStandard);
    }

    /** The period in words, as the rules page shows it. */
    public String period(LocalStandards standards) {
        return varying != null ? varying.describe(standards) : timescale(standards).toString();
    }

    /** Events that replace a running clock with a new one (a new placement restarts the visit clock). */
    public Set<CaseEventKind> restarts() {
        return restarts.isEmpty() ? EnumSet.noneOf(CaseEventKind.class) : EnumSet.copyOf(restarts);
    }

    boolean isRestartedBy(CaseEventKind kind) {
        return restarts.contains(kind);
    }

    boolean isStartedBy(CaseEventKind kind) {
        return starts.contains(kind);
    }

    boolean isStoppedBy(CaseEventKind kind) {
        return stops.contains(kind);
    }

    boolean isCancelledBy(CaseEventKind kind) {
        return cancels.contains(kind);
    }
}
