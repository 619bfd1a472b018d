package org.opencsc.homeless;

import static org.opencsc.platform.FieldProblems.spoken;

import java.time.LocalDate;
import java.util.Set;
import org.opencsc.child.Person;
import org.opencsc.platform.FieldProblems;

/**
 * What the joint guidance asks of a pathway as a whole, checked after every step so that a change
 * to one step cannot leave another out of order: a young person of 16 or 17 on the day they
 * presented, every step after the referral, a decline of section 20 only after independent advice,
 * and an outcome that follows from the young person's decision.
 */
final class PathwayRules {

    private static final Set<HousingDecision> HOUSING_DUTIES = Set.of(HousingDecision.PREVENTION_DUTY, HousingDecision.RELIEF_DUTY,
            HousingDecision.INTERIM_ACCOMMODATION, HousingDecision.MAIN_DUTY);

    private PathwayRules() {
    }

    static void check(HomelessPathway p, Person child, LocalDate today, FieldProblems problems) {
        presented(p, child, today, problems);
        assessed(p, today, problems);
        decided(p, today, problems);
        concluded(p, today, problems);
    }

    private static void presented(HomelessPathway p, Person child, LocalDate today, FieldProblems problems) {
        var presented = p.presentedDate();
        problems.notInFuture("presentedDate", "Date presented", presented, today);
        if (presented != null) {
            var age = child.ageOn(presented);
            problems.check(age != null, "presentedDate",
                    "Date presented: the young person's date of birth is not recorded; record it first, as the pathway is for 16 and 17-year-olds");
            problems.check(age == null || (age >= 16 && age < 18), "presentedDate", "Date presented (" + spoken(presented) + "): the young person was "
                    + age + " that day; the pathway is for young people of 16 or 17 on the day they present");
        }
        if (p.presentedTo() == PresentedTo.HOUSING) {
            problems.check(p.housingReferrer() != null, "housingReferrer", "Enter the housing officer or authority who referred the young person");
        }
        problems.notInFuture("referredDate", "Date referred to children's services", p.referredDate(), today);
        problems.notBefore("referredDate", "Date referred to children's services", p.referredDate(), "the day the young person presented", presented);
        if (p.emergencyNeeded()) {
            problems.check(p.emergencyKind() != null, "emergencyKind", "Select where the young person stayed that night");
            problems.check(p.emergencyDate() != null, "emergencyDate", "Enter the date emergency accommodation was provided");
        } else if (!problems.has("emergencyNeeded")) {
            problems.check(p.emergencyKind() == null, "emergencyKind",
                    "Where the young person stayed: leave it empty, as no emergency accommodation was needed that night");
            problems.check(p.emergencyDate() == null, "emergencyDate",
                    "Date emergency accommodation was provided: leave it empty, as none was needed that night");
        }
        problems.notInFuture("emergencyDate", "Date emergency accommodation was provided", p.emergencyDate(), today);
        problems.notBefore("emergencyDate", "Date emergency accommodation was provided", p.emergencyDate(), "the day the young person presented",
                presented);
    }

    private static void assessed(HomelessPathway p, LocalDate today, FieldProblems problems) {
        var referred = p.referredDate();
        problems.notInFuture("seenDate", "Date the young person was seen", p.seenDate(), today);
        problems.notBefore("seenDate", "Date the young person was seen", p.seenDate(), "the referral to children's services", referred);
        var started = p.assessmentStarted();
        problems.notInFuture("assessmentStarted", "Date the joint assessment started", started, today);
        problems.notBefore("assessmentStarted", "Date the joint assessment started", started, "the referral to children's services", referred);
        if (started != null) {
            problems.check(p.leadWorker() != null, "leadWorker", "Enter the lead worker for children's services");
            problems.check(p.housingOfficer() != null, "housingOfficer", "Enter the housing officer in the joint assessment");
        } else {
            problems.check(p.leadWorker() == null && p.housingOfficer() == null, "assessmentStarted", "Enter the date the joint assessment started");
        }
    }

    private static void decided(HomelessPathway p, LocalDate today, FieldProblems problems) {
        var advised = p.adviceDate();
        problems.notInFuture("adviceDate", "Date of the independent advice", advised, today);
        problems.notBefore("adviceDate", "Date of the independent advice", advised, "the referral to children's services", p.referredDate());
        problems.check(advised == null || p.adviceBy() != null, "adviceBy", "Enter who gave the independent advice");
        problems.check(advised != null || p.adviceBy() == null, "adviceDate", "Enter the date of the independent advice");
        var decided = p.decisionDate();
        problems.check(p.decision() == null || decided != null, "decisionDate", "Enter the date of the young person's decision");
        problems.check(decided == null || p.decision() != null, "decision", "Select the young person's decision about section 20");
        problems.notInFuture("decisionDate", "Date of the young person's decision", decided, today);
        problems.notBefore("decisionDate", "Date of the young person's decision", decided, "the referral to children's services", p.referredDate());
        if (p.decision() == Section20Decision.DECLINED) {
            problems.check(advised != null, "adviceDate", "Enter the date of the independent advice: a young person can decline section 20"
                    + " only once they have been told what being looked after would mean for them");
            problems.notBefore("decisionDate", "Date of the young person's decision", decided, "the independent advice", advised);
        }
    }

    private static void concluded(HomelessPathway p, LocalDate today, FieldProblems problems) {
        var completed = p.assessmentCompleted();
        problems.notInFuture("assessmentCompleted", "Date the assessment was completed", completed, today);
        problems.check(completed == null || p.assessmentStarted() != null, "assessmentCompleted",
                "Date the assessment was completed: record when the joint assessment started first");
        problems.notBefore("assessmentCompleted", "Date the assessment was completed", completed, "the start of the joint assessment",
                p.assessmentStarted());
        problems.check(completed == null || p.outcome() != null, "outcome", "Select the outcome of the assessment");
        problems.check(p.outcome() == null || completed != null, "assessmentCompleted", "Enter the date the assessment was completed");
        if (p.outcome() == PathwayOutcome.ACCOMMODATED_S20) {
            problems.check(p.decision() != null, "outcome", "Outcome: record the young person's decision about section 20 before the outcome"
                    + " 'accommodated under section 20'");
            problems.check(p.decision() == null || p.decision() == Section20Decision.ACCEPTED, "outcome", "Outcome: the young person's decision"
                    + " was '" + label(p.decision()) + "', so they cannot be accommodated under section 20");
        }
        if (p.outcome() == PathwayOutcome.DECLINED_S20_HOUSING) {
            problems.check(p.decision() == Section20Decision.DECLINED, "outcome", "Outcome: record the young person's decision to decline"
                    + " section 20, after independent advice, before this outcome");
            problems.check(HOUSING_DUTIES.contains(p.housingDecision()), "housingDecision",
                    "Select the duty housing accepted: a young person who declines section 20 is owed housing's duty");
        }
        var closed = p.closedDate();
        problems.notInFuture("closedDate", "Date the pathway closed", closed, today);
        problems.check(closed == null || p.outcome() != null, "closedDate", "Date the pathway closed: record the outcome before closing");
        problems.notBefore("closedDate", "Date the pathway closed", closed, "the completed assessment", completed);
    }

    private static String label(Section20Decision decision) {
        return decision == null ? "" : decision.label();
    }
}
