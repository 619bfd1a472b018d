package org.opencsc.performance;

/**
 * What inspectors found (DOMAIN.md section 1), in the words a leader would use, so that every
 * figure on a dashboard answers one of them.
 */
public enum Finding {
    FRONT_DOOR("Families tell their story once", "Contacts and referrals, and how many come back within a year"),
    TIMELY_HELP("Help without delay", "Assessments, section 47 enquiries and initial conferences within their timescales"),
    CHILDREN_SEEN("Children seen often enough", "Visits to children in need, on protection plans and in care, made when due"),
    PROTECTION_PLANS("Child protection plans that work", "Plans by category, repeat plans, plans lasting two years, core groups and reviews on time"),
    SUSTAINED_PROGRESS("Sustained progress, not drift", "Children whose plans run long without progress, and children referred again"),
    OVERSIGHT("Management oversight and grip", "Oversight recorded on each child's case at the local frequency"),
    PRE_PROCEEDINGS("Pre-proceedings tracked", "Pre-proceedings completed within the local timescale"),
    HOMELESS_YOUNG_PEOPLE("Homeless 16 and 17-year-olds", "Joint assessments completed within their timescale"),
    CHILDREN_IN_CARE("Children in care", "How many, reviewed on time, healthy, and in stable homes"),
    MISSING("Children missing from care", "Return home interviews within 72 hours of the child's return"),
    CARERS("Foster and family carers", "Annual reviews on time and connected-person approvals within their time limit"),
    MENTAL_HEALTH("Help with mental health", "How long children wait from referral to being seen"),
    RECORDING("Records kept up to date", "Case notes written up within the local standard"),
    QUALITY_ASSURANCE("An accurate picture from quality assurance", "Case audit grades, moderated"),
    ADOPTION("Children waiting for adoption", "The adoption scorecard: A1, A2 and A10"),
    CARE_LEAVERS("Care leavers", "In touch, in education, employment or training, and suitably accommodated");

    private final String title;
    private final String question;

    Finding(String title, String question) {
        this.title = title;
        this.question = question;
    }

    public String title() {
        return title;
    }

    public String question() {
        return question;
    }
}
