package org.opencsc.child;

/**
 * The key events of a child's journey. Some open or close a strand of work, and the case status
 * is derived from those; the others (a visit, a core group) mark the steps that statutory
 * timescales are measured between. A child can be in several strands at once. They are declared
 * in the order of the process, which orders events recorded for the same day.
 */
public enum CaseEventKind {
    EARLY_HELP_STARTED("Early help started", CaseStatus.EARLY_HELP, true),
    EARLY_HELP_ENDED("Early help ended", CaseStatus.EARLY_HELP, false),
    CONTACT_RECEIVED("Contact received", null, false),
    MASH_DECISION("MASH+ decision made", null, false),
    REFERRAL_RECEIVED("Referral received", CaseStatus.REFERRAL, true),
    ASSESSMENT_STARTED("Assessment started", CaseStatus.ASSESSMENT, true),
    ASSESSMENT_COMPLETED("Assessment authorised", CaseStatus.ASSESSMENT, false),
    STRATEGY_DISCUSSION("Strategy discussion held", null, false),
    S47_STARTED("Section 47 enquiry started", null, false),
    ICPC_HELD("Initial child protection conference held", null, false),
    ICPC_NOT_REQUIRED("Section 47 ended: conference not required", null, false),
    CP_PLAN_STARTED("Child protection plan started", CaseStatus.CHILD_PROTECTION, true),
    CORE_GROUP("Core group met", null, false),
    CP_VISIT("Child protection visit: child seen", null, false),
    REVIEW_CONFERENCE("Review child protection conference held", null, false),
    CP_PLAN_ENDED("Child protection plan ended", CaseStatus.CHILD_PROTECTION, false),
    CIN_PLAN_STARTED("Child in need plan started", CaseStatus.CHILD_IN_NEED, true),
    CIN_REVIEW("Child in need plan reviewed", null, false),
    CIN_VISIT("Child in need visit: child seen", null, false),
    CIN_PLAN_ENDED("Child in need plan ended", CaseStatus.CHILD_IN_NEED, false),
    CASE_CLOSED("Case closed", CaseStatus.REFERRAL, false),
    BECAME_LOOKED_AFTER("Became looked after", CaseStatus.LOOKED_AFTER, true),
    PLACEMENT_STARTED("Placement started", null, false),
    TEMPORARY_PLACEMENT_STARTED("Placement started: temporary approval or with a parent on an interim care order (weekly visits)", null, false),
    LONG_TERM_PLACEMENT_AGREED("Placement agreed as long-term", null, false),
    CARE_PLAN_AGREED("Care plan agreed", null, false),
    CARE_REVIEW("Looked-after review held", null, false),
    CARE_VISIT("Statutory visit: child seen", null, false),
    HEALTH_ASSESSMENT_UNDER_5("Health assessment: child under 5 (next within 6 months)", null, false),
    HEALTH_ASSESSMENT_5_OR_OVER("Health assessment: child 5 or over (next within 12 months)", null, false),
    DENTAL_CHECK("Dental check", null, false),
    WENT_MISSING("Missing or away from placement", null, false),
    PEP_HELD("Personal education plan meeting held", null, false),
    CEASED_LOOKED_AFTER("Ceased to be looked after", CaseStatus.LOOKED_AFTER, false),
    CARE_LEAVER_SUPPORT_STARTED("Care leaver support started", CaseStatus.CARE_LEAVER, true),
    PATHWAY_PLAN("Pathway plan agreed or reviewed", null, false),
    CARE_LEAVER_SUPPORT_ENDED("Care leaver support ended", CaseStatus.CARE_LEAVER, false),
    // Last in the day: a manager's oversight looks at the day's work, and meets the clock its opening started.
    OVERSIGHT_RECORDED("Management oversight or supervision recorded", null, false);

    private final String label;
    private final CaseStatus strand;
    private final boolean opens;

    CaseEventKind(String label, CaseStatus strand, boolean opens) {
        this.label = label;
        this.strand = strand;
        this.opens = opens;
    }

    public String label() {
        return label;
    }

    /** The strand this event opens or closes, or null for a step within a strand. */
    public CaseStatus strand() {
        return strand;
    }

    public boolean opens() {
        return opens;
    }
}
