package org.opencsc.returns.annexa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Ofsted's eleven Annex A lists: the sheet name, the column headings in the order Ofsted's
 * template has them, and how far back each list looks from the day it is drawn up. Lists about
 * the front door and protection cover the six months before that day; children in care, adoption
 * and adopters the twelve months before it; care leavers are those who are care leavers on the day.
 */
enum AnnexAList {
    CONTACTS(1, 6, child(false), List.of("Date of Contact", "Contact Source")),
    EARLY_HELP(2, 6, child(false), List.of("Assessment start date", "Assessment completion date", "Organisation completing assessment")),
    REFERRALS(3, 6, child(false), List.of("Date of referral", "Referral Source", "Referral NFA?", "Number of Referrals in Last 12 Months",
            "Allocated Team", "Allocated Worker")),
    ASSESSMENTS(4, 6, child(true), List.of("Continuous Assessment Start Date", "Child Seen During Continuous Assessment",
            "Continuous Assessment Date of Authorisation", "Was the child assessed as requiring LA children's social care support?",
            "Allocated Team", "Allocated Worker")),
    SECTION_47(5, 6, child(true), List.of("Strategy discussion initiating Section 47 Enquiry Start Date",
            "Was an Initial Child Protection Conference deemed unnecessary?", "Date of Initial Child Protection Conference",
            "Did the Initial Child Protection Conference Result in a Child Protection Plan", "Number of Section 47 Enquiries in the last 12 months",
            "Number of ICPCs in the last 12 months", "Allocated Team", "Allocated Worker")),
    CHILDREN_IN_NEED(6, 6, child(true), List.of("CIN Start Date", "Primary Need Code", "Date Child Was Last Seen", "CIN Closure Date",
            "Reason for Closure", "Case Status", "Allocated Team", "Allocated Worker")),
    CHILD_PROTECTION(7, 6, child(true), List.of("Child Protection Plan Start Date", "Initial Category of Abuse", "Latest Category of Abuse",
            "Date of the Last Statutory Visit", "Was the Child Seen Alone?", "Date of latest review conference", "Child Protection Plan End Date",
            "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
            "Number of Previous Child Protection Plans", "Allocated Team", "Allocated Worker")),
    CHILDREN_IN_CARE(8, 12, List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
            "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", "Does the Child have a Disability"),
            List.of("Date Started to be Looked After", "Child's Category of Need",
                    "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
                    "Start date of current legal status", "Child's Legal Status", "Date of Latest Statutory Review", "Date of Last Social Work Visit",
                    "What is the permanence plan for this child?", "Date of Last IRO Visit / Contact to the Child", "Date of Last Health Assessment",
                    "Date of Last Dental Check", "Number of Placements in the Last 12 months", "Date Ceased to be Looked After",
                    "Reason Ceased to be Looked After", "Start Date of Most Recent Placement", "Placement Type", "Placement Provider",
                    "Placement postcode", "URN of Placement", "Placement Location", "LA of Placement",
                    "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
                    "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
                    "Was the child offered a Return Interview after their last missing episode (Y/N)?",
                    "Did the child accept a Return Interview after their last missing episode (Y/N)?", "Allocated Team", "Allocated Worker")),
    CARE_LEAVERS(9, 0, child(true), List.of("Allocated Team", "Allocated Worker", "Eligibility Category", "LA in Touch", "Type of Accommodation",
            "Suitability of Accommodation", "Activity Status")),
    ADOPTION(10, 12, List.of("Child Unique ID", "Family identifier", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
            "Does the Child have a Disability"),
            List.of("Date the Child Entered Care", "Date of Decision that Child Should be Placed for Adoption", "Date of Placement Order",
                    "Date of Matching Child and Prospective Adopters", "Date Placed for Adoption", "Date of Adoption Order",
                    "Date of Decision that Child Should No Longer be Placed for Adoption", "Reason Why Child No Longer Placed for Adoption",
                    "Date the child was placed for fostering in FFA or concurrent planning placement")),
    ADOPTERS(11, 12, List.of(), List.of("Individual adopter identifier", "Family identifier", "Gender", "Ethnicity", "Disability",
            "Is the (prospective) adopter fostering for adoption?", "Date enquiry received", "Date Stage 1 started", "Date Stage 1 ended",
            "Date Stage 2 started", "Date Stage 2 ended", "Date application submitted", "Date application approved",
            "Date adopter matched with child(ren)", "Date child/children placed with adopter(s)", "No. of children placed",
            "Date of Adoption Order", "Date of leaving adoption process", "Reason for leaving adoption process"));

    private final int number;
    private final int monthsBack;
    private final List<String> headings;

    AnnexAList(int number, int monthsBack, List<String> childHeadings, List<String> ownHeadings) {
        this.number = number;
        this.monthsBack = monthsBack;
        var all = new ArrayList<>(childHeadings);
        all.addAll(ownHeadings);
        this.headings = List.copyOf(all);
    }

    private static List<String> child(boolean disability) {
        var headings = new ArrayList<>(List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)"));
        if (disability) {
            headings.add("Does the Child have a Disability");
        }
        return headings;
    }

    String sheetName() {
        return "List " + number;
    }

    List<String> headings() {
        return headings;
    }

    /**
     * The first day the list covers: six months before a day of 31 March starts on 1 October, so
     * the list covers six whole months ending on that day. A list of those who are something on the
     * day (care leavers) starts on the day itself.
     */
    LocalDate firstDay(LocalDate asAt) {
        return asAt.minusMonths(monthsBack).plusDays(monthsBack == 0 ? 0 : 1);
    }
}
