package org.opencsc.performance;

import static org.opencsc.performance.Finding.ADOPTION;
import static org.opencsc.performance.Finding.CARERS;
import static org.opencsc.performance.Finding.CARE_LEAVERS;
import static org.opencsc.performance.Finding.CHILDREN_IN_CARE;
import static org.opencsc.performance.Finding.CHILDREN_SEEN;
import static org.opencsc.performance.Finding.FRONT_DOOR;
import static org.opencsc.performance.Finding.HOMELESS_YOUNG_PEOPLE;
import static org.opencsc.performance.Finding.MENTAL_HEALTH;
import static org.opencsc.performance.Finding.MISSING;
import static org.opencsc.performance.Finding.PRE_PROCEEDINGS;
import static org.opencsc.performance.Finding.PROTECTION_PLANS;
import static org.opencsc.performance.Finding.RECORDING;
import static org.opencsc.performance.Finding.SUSTAINED_PROGRESS;
import static org.opencsc.performance.Finding.TIMELY_HELP;
import static org.opencsc.performance.Measure.AT_MONTH_END;
import static org.opencsc.performance.Measure.AVERAGE_DAYS;
import static org.opencsc.performance.Measure.COUNT;
import static org.opencsc.performance.Measure.PER_10K;
import static org.opencsc.performance.Measure.PERCENT;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The indicators leaders and inspectors are shown, each with its definition written out as it is
 * counted. A child counts in the team that held them on the day the fact falls (or, where no team
 * did, the team whose allocation began nearest that day), so team figures add up to the authority's.
 */
public enum Indicator {
    OVERSIGHT_ON_TIME(Finding.OVERSIGHT, PERCENT, Better.HIGHER, "Management oversight on time",
            "Of the management oversight or case supervision entries due in the month (at the local frequency: 20 working days for "
                    + "a child on a protection plan or looked after, 30 for other open cases), the share recorded by the day they were due."),
    AUDITS_GOOD_OR_BETTER(Finding.QUALITY_ASSURANCE, PERCENT, Better.HIGHER, "Case audits graded good or outstanding",
            "Of the case audits finalised in the month, the share whose grade (the moderated grade where a second auditor "
                    + "moderated it) was good or outstanding; this month's audits by grade beside it."),
    CONTACTS(FRONT_DOOR, COUNT, Better.NEITHER, "Contacts",
            "Contacts received in the month, by the date of the contact."),
    REFERRALS(FRONT_DOOR, COUNT, Better.NEITHER, "Referrals",
            "Referrals received in the month, by the referral date: each opens a child in need episode, as in the CIN census."),
    RE_REFERRALS(SUSTAINED_PROGRESS, PERCENT, Better.LOWER, "Re-referrals within 12 months",
            "Of the referrals received in the month, the share made within 12 months of the child's previous referral."),
    ASSESSMENTS_IN_45_DAYS(TIMELY_HELP, PERCENT, Better.HIGHER, "Assessments within 45 working days",
            "Of the assessments authorised in the month, the share authorised within 45 working days of the referral "
                    + "(the assessment clock, which a second referral during an assessment does not restart)."),
    SECTION_47_ENQUIRIES(TIMELY_HELP, COUNT, Better.NEITHER, "Section 47 enquiries",
            "Section 47 enquiries started in the month, as in the CIN census."),
    ICPCS_IN_15_DAYS(TIMELY_HELP, PERCENT, Better.HIGHER, "Initial conferences within 15 working days",
            "Of the initial child protection conferences held in the month, the share held by the target date: 15 working days "
                    + "after the strategy discussion where the section 47 enquiry started."),
    CP_PLANS_STARTED(PROTECTION_PLANS, COUNT, Better.NEITHER, "Child protection plans started",
            "Child protection plans that started in the month, by initial category of abuse."),
    CP_PLANS_BY_CATEGORY(PROTECTION_PLANS, AT_MONTH_END, Better.NEITHER, "Children on child protection plans",
            "Child protection plans open at the end of the month (started by then, not ended by then), by latest category of abuse."),
    REPEAT_CP_PLANS(PROTECTION_PLANS, PERCENT, Better.LOWER, "Repeat child protection plans",
            "Of the plans started in the month, the share that are the child's second or later plan, ever."),
    CP_PLANS_OVER_2_YEARS(PROTECTION_PLANS, PERCENT, Better.LOWER, "Plans ending after 2 years or more",
            "Of the child protection plans that ended in the month, the share that had lasted 2 years or more."),
    CORE_GROUPS_ON_TIME(PROTECTION_PLANS, PERCENT, Better.HIGHER, "Core groups on time",
            "Of the core groups due in the month (the first within 10 working days of the initial conference, then at the local "
                    + "frequency), the share held by the day they were due. One not yet held and not yet due is not counted."),
    CP_PLAN_QUALITY(PROTECTION_PLANS, PERCENT, Better.HIGHER, "Plans with outcomes and owned actions",
            "Of the child protection plans open at the end of the month, the share with the outcomes written and at least one "
                    + "action with an owner and a date."),
    CP_REVIEWS_ON_TIME(PROTECTION_PLANS, PERCENT, Better.HIGHER, "Review conferences on time",
            "Of the review conferences due in the month (the first within 3 months of the initial conference, then 6-monthly), "
                    + "the share held by the day they were due."),
    CP_VISITS_ON_TIME(CHILDREN_SEEN, PERCENT, Better.HIGHER, "Child protection visits on time",
            "Of the visits due in the month to children on child protection plans (at the local frequency), the share made, with "
                    + "the child seen, by the day they were due."),
    CIN_VISITS_ON_TIME(CHILDREN_SEEN, PERCENT, Better.HIGHER, "Child in need visits on time",
            "Of the visits due in the month to children on child in need plans (at the local frequency), the share made, with the "
                    + "child seen, by the day they were due."),
    CIN_REVIEWS_ON_TIME(SUSTAINED_PROGRESS, PERCENT, Better.HIGHER, "Child in need plan reviews on time",
            "Of the child in need plan reviews due in the month (at the local frequency), the share held by the day they were due."),
    CHILDREN_SEEN_ALONE(CHILDREN_SEEN, PERCENT, Better.HIGHER, "Children seen alone",
            "Of the visits in the month where the child was seen, the share where the child was also seen alone."),
    CHILDREN_IN_NEED(FRONT_DOOR, AT_MONTH_END, Better.NEITHER, "Children in need",
            "Children with a child in need episode open at the end of the month (referred by then, not closed by then), as the "
                    + "CIN census counts them at 31 March."),
    CHILDREN_IN_CARE_RATE(CHILDREN_IN_CARE, PER_10K, Better.NEITHER, "Children in care per 10,000",
            "Children looked after at the end of the month, per 10,000 children aged 0 to 17 in the authority (the population an "
                    + "administrator enters)."),
    CARE_REVIEWS_ON_TIME(CHILDREN_IN_CARE, PERCENT, Better.HIGHER, "Reviews of children in care on time",
            "Of the reviews due in the month (the first within 20 working days of becoming looked after, the second within 3 "
                    + "months, then 6-monthly), the share held by the day they were due."),
    CARE_VISITS_ON_TIME(CHILDREN_SEEN, PERCENT, Better.HIGHER, "Statutory visits to children in care on time",
            "Of the statutory visits due in the month (within a week of each placement, then as regulation 28 sets), the share "
                    + "made, with the child seen, by the day they were due."),
    THREE_OR_MORE_PLACEMENTS(CHILDREN_IN_CARE, PERCENT, Better.LOWER, "Three or more placements in 12 months",
            "Of the children looked after at the end of the month, the share who had 3 or more placements in the 12 months to "
                    + "that day."),
    LONG_TERM_STABILITY(CHILDREN_IN_CARE, PERCENT, Better.HIGHER, "Long-term placement stability",
            "Of the children under 16 at the end of the month who had been looked after for 2½ years or more, the share who had "
                    + "been in the same placement for 2 years or more."),
    DISRUPTION_MEETINGS(CHILDREN_IN_CARE, PERCENT, Better.HIGHER, "Disruption meetings after unplanned endings",
            "Of the placements that ended unplanned in the month, the share with a disruption meeting recorded, with what was learned."),
    PEPS_ON_TIME(CHILDREN_IN_CARE, PERCENT, Better.HIGHER, "Personal education plans on time",
            "Of the personal education plans due in the month (the first at the local standard after becoming looked after, "
                    + "then termly), the share held by the day they were due."),
    DENTAL_CHECKS_ON_TIME(CHILDREN_IN_CARE, PERCENT, Better.HIGHER, "Dental checks on time",
            "Of the dental checks due in the month (within 12 months of becoming looked after, then yearly), the share done by "
                    + "the day they were due."),
    HEALTH_ASSESSMENTS_ON_TIME(CHILDREN_IN_CARE, PERCENT, Better.HIGHER, "Health assessments on time",
            "Of the health assessments due in the month (initial within 20 working days of becoming looked after, then reviews "
                    + "6-monthly under 5 and yearly from 5), the share done by the day they were due."),
    RETURN_INTERVIEWS_IN_72_HOURS(MISSING, PERCENT, Better.HIGHER, "Return home interviews within 72 hours",
            "Of the children's returns from going missing in the month, the share whose return home interview was completed "
                    + "within 72 hours of their return."),
    FOSTER_CARER_REVIEWS_ON_TIME(CARERS, PERCENT, Better.HIGHER, "Foster carer reviews on time",
            "Of the approval reviews due in the month (the first within a year of approval, then at least yearly), the share "
                    + "held by the day they were due."),
    CONNECTED_APPROVALS_PAST_EXPIRY(CARERS, AT_MONTH_END, Better.LOWER, "Connected-person approvals past expiry",
            "Connected-person temporary approvals still open at the end of the month after the day they expired (16 weeks, or "
                    + "the extended date)."),
    MENTAL_HEALTH_WAIT(MENTAL_HEALTH, AVERAGE_DAYS, Better.LOWER, "Wait for mental health support",
            "Of the children first seen by a mental health service in the month, the average days from referral to being seen."),
    RECORDS_ON_TIME(RECORDING, PERCENT, Better.HIGHER, "Records written up on time",
            "Of the case notes about events in the month, the share finalised within 5 working days of the event."),
    PRE_PROCEEDINGS_IN_16_WEEKS(PRE_PROCEEDINGS, PERCENT, Better.HIGHER, "Pre-proceedings within 16 weeks",
            "Of the pre-proceedings that ended in the month, the share that ended within 16 weeks of the letter before proceedings."),
    HOMELESS_ASSESSMENTS_ON_TIME(HOMELESS_YOUNG_PEOPLE, PERCENT, Better.HIGHER, "Homeless young people's joint assessments on time",
            "Of the joint housing and children's services assessments due in the month, the share completed by the day they were due."),
    ADOPTION_A1(ADOPTION, AVERAGE_DAYS, Better.LOWER, "A1: entering care to moving in with the adoptive family",
            "Of the children adopted in the month, the average days from entering care to moving in with the adoptive family."),
    ADOPTION_A2(ADOPTION, AVERAGE_DAYS, Better.LOWER, "A2: court authority to match",
            "Of the children matched in the month, the average days from the court's authority to place to the match."),
    ADOPTION_A10(ADOPTION, AVERAGE_DAYS, Better.LOWER, "A10: entering care to moving in, adjusted for foster carer adoptions",
            "Of the children adopted in the month, the average days from entering care to moving in with the adoptive family, "
                    + "counting a child adopted by their foster carers as moving in on the day they were placed with them."),
    CARE_LEAVERS_IN_TOUCH(Finding.CARE_LEAVERS, PERCENT, Better.HIGHER, "Care leavers in touch",
            "Of the care leavers whose birthday contact fell in the month, the share the authority was in touch with."),
    CARE_LEAVERS_IN_EET(CARE_LEAVERS, PERCENT, Better.HIGHER, "Care leavers in education, employment or training",
            "Of the care leavers whose birthday contact fell in the month, the share in education, employment or training."),
    CARE_LEAVERS_SUITABLY_HOUSED(CARE_LEAVERS, PERCENT, Better.HIGHER, "Care leavers suitably accommodated",
            "Of the care leavers whose birthday contact fell in the month, the share whose accommodation was suitable.");

    /** Which way is good, for colouring a trend and for ranking teams. */
    public enum Better {
        HIGHER, LOWER, NEITHER
    }

    private final Finding finding;
    private final Measure measure;
    private final Better better;
    private final String title;
    private final String definition;

    Indicator(Finding finding, Measure measure, Better better, String title, String definition) {
        this.finding = finding;
        this.measure = measure;
        this.better = better;
        this.title = title;
        this.definition = definition;
    }

    public Finding finding() {
        return finding;
    }

    public Measure measure() {
        return measure;
    }

    public Better better() {
        return better;
    }

    public String title() {
        return title;
    }

    public String definition() {
        return definition;
    }

    /** The address form of the indicator: lower case with hyphens. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Facts about carers' households rather than children. */
    public boolean aboutHouseholds() {
        return finding == CARERS;
    }

    public static Optional<Indicator> fromSlug(String slug) {
        return Arrays.stream(values()).filter(i -> i.slug().equals(slug)).findFirst();
    }

    public static List<Indicator> answering(Finding finding) {
        return Arrays.stream(values()).filter(i -> i.finding == finding).toList();
    }
}
