package org.opencsc.child;

/**
 * The key events of a child's journey from which the case status is derived. Each kind opens
 * or closes one strand of work; a child can be in several strands at once.
 */
public enum CaseEventKind {
    EARLY_HELP_STARTED(CaseStatus.EARLY_HELP, true),
    EARLY_HELP_ENDED(CaseStatus.EARLY_HELP, false),
    REFERRAL_RECEIVED(CaseStatus.REFERRAL, true),
    CASE_CLOSED(CaseStatus.REFERRAL, false),
    ASSESSMENT_STARTED(CaseStatus.ASSESSMENT, true),
    ASSESSMENT_COMPLETED(CaseStatus.ASSESSMENT, false),
    CIN_PLAN_STARTED(CaseStatus.CHILD_IN_NEED, true),
    CIN_PLAN_ENDED(CaseStatus.CHILD_IN_NEED, false),
    CP_PLAN_STARTED(CaseStatus.CHILD_PROTECTION, true),
    CP_PLAN_ENDED(CaseStatus.CHILD_PROTECTION, false),
    BECAME_LOOKED_AFTER(CaseStatus.LOOKED_AFTER, true),
    CEASED_LOOKED_AFTER(CaseStatus.LOOKED_AFTER, false),
    CARE_LEAVER_SUPPORT_STARTED(CaseStatus.CARE_LEAVER, true),
    CARE_LEAVER_SUPPORT_ENDED(CaseStatus.CARE_LEAVER, false);

    private final CaseStatus strand;
    private final boolean opens;

    CaseEventKind(CaseStatus strand, boolean opens) {
        this.strand = strand;
        this.opens = opens;
    }

    public CaseStatus strand() {
        return strand;
    }

    public boolean opens() {
        return opens;
    }
}
