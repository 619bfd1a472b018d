package org.opencsc.timescales;

/**
 * Timescales each council sets for itself (DOMAIN.md marks them local). The defaults are common
 * practice; an administrator changes them on the timescales page, and every due date follows.
 */
public enum LocalStandard {
    CP_VISIT_FREQUENCY("Child protection visits", "How often a child on a child protection plan is visited", Timescale.workingDays(10)),
    CORE_GROUP_FREQUENCY("Core groups after the first", "How often the core group meets after its first meeting", Timescale.weeks(4)),
    CIN_VISIT_FREQUENCY("Child in need visits", "How often a child on a child in need plan is visited", Timescale.weeks(4)),
    CIN_REVIEW_FREQUENCY("Child in need plan reviews", "How often a child in need plan is reviewed", Timescale.months(3)),
    REASSESSMENT_PERIOD("Re-assessment", "How long an assessment stands before an open case is re-assessed", Timescale.months(6)),
    INITIAL_PEP("First personal education plan", "How soon after becoming looked after the first PEP is held", Timescale.workingDays(20)),
    PEP_REVIEW_FREQUENCY("Personal education plan reviews", "How often the PEP is reviewed (termly)", Timescale.months(4)),
    HOMELESS_JOINT_ASSESSMENT("Joint assessment of a homeless 16 or 17-year-old",
            "Working days from the referral to children's services to the end of the joint assessment with housing (45 at most)",
            Timescale.workingDays(10), Timescale.workingDays(45)),
    PRE_PROCEEDINGS_DURATION("Pre-proceedings", "How long pre-proceedings under the Public Law Outline should take from the letter before proceedings (PLO guidance 2023: 16 weeks)", Timescale.weeks(16)),
    FIRST_PRE_PROCEEDINGS_MEETING("First pre-proceedings meeting", "How soon after the letter before proceedings the first pre-proceedings meeting is held", Timescale.workingDays(10)),
    OVERSIGHT_PROTECTION_OR_CARE("Management oversight: child protection or looked after",
            "How often a manager records oversight or supervision of the case of a child on a child protection plan or looked after",
            Timescale.workingDays(20)),
    OVERSIGHT_CHILD_IN_NEED("Management oversight: other open cases",
            "How often a manager records oversight or supervision of any other open case (referral, assessment, child in need)",
            Timescale.workingDays(30));

    private final String label;
    private final String hint;
    private final Timescale defaultTimescale;
    private final Timescale maximum;

    LocalStandard(String label, String hint, Timescale defaultTimescale) {
        this(label, hint, defaultTimescale, null);
    }

    /** A standard the council may shorten but not lengthen past a national maximum, set in the maximum's unit. */
    LocalStandard(String label, String hint, Timescale defaultTimescale, Timescale maximum) {
        this.label = label;
        this.hint = hint;
        this.defaultTimescale = defaultTimescale;
        this.maximum = maximum;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    public Timescale defaultTimescale() {
        return defaultTimescale;
    }

    /** The national maximum, or null when the council is free to choose. */
    public Timescale maximum() {
        return maximum;
    }
}
