package org.opencsc.work;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.assessment.Assessment;
import org.opencsc.assessment.AssessmentOutcome;
import org.opencsc.care.CarePeriod;
import org.opencsc.childinneed.CinPlan;
import org.opencsc.frontdoor.Contact;
import org.opencsc.frontdoor.Referral;
import org.opencsc.platform.FieldProblems;
import org.opencsc.protection.ProtectionRecords.ChildProtection;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.Permission;

/**
 * The steps the process offers next, worked out from where the child is: when one step ends the
 * next is a link at the top of the journey, so that a worker follows the process rather than
 * hunting for the form.
 */
final class NextSteps {

    record Step(String label, String href) {
    }

    private NextSteps() {
    }

    static List<Step> offer(long child, Integer age, List<Contact> contacts, List<Referral> referrals, List<Assessment> assessments,
                            ChildProtection protection, List<CinPlan> cinPlans, java.util.Optional<CarePeriod> care) {
        var steps = new ArrayList<Step>();
        var user = CurrentUser.get();
        var base = "/children/" + child;
        var canWork = user.can(Permission.CASE_WORK);
        steps.add(new Step("Referrals to services (mental health and others) and waiting times", base + "/service-referrals"));
        if (age != null && (age == 16 || age == 17)) {
            steps.add(new Step("Homeless pathway: a 16 or 17-year-old who presents as homeless", base + "/homeless-pathways"));
        }
        steps.add(new Step("Court and pre-proceedings", base + "/court"));
        care.ifPresent(period -> {
            steps.add(new Step("Record a statutory visit", base + "/visits/new?type=CLA"));
            steps.add(new Step("Record a looked-after review", base + "/care/" + period.id() + "/reviews/new"));
            steps.add(new Step("Placements, care plan and missing episodes", base + "/care"));
        });
        contacts.stream().filter(Contact::awaitingDecision).forEach(contact -> steps.add(new Step(
                "Record the MASH+ decision on the contact of " + FieldProblems.spoken(contact.contactDate()),
                base + "/contacts/" + contact.id() + "/decision")));
        var open = referrals.stream().filter(Referral::open).findFirst();
        if (open.isEmpty()) {
            steps.add(new Step("Record a contact", base + "/contacts/new"));
            return canWork ? steps : List.of();
        }
        var current = assessments.stream().filter(a -> !a.authorised()).findFirst();
        current.ifPresent(a -> {
            if (a.awaitingAuthorisation() && user.can(Permission.AUTHORISE)) {
                steps.add(new Step("Authorise the assessment submitted on " + FieldProblems.spoken(a.submittedDate()),
                        base + "/assessments/" + a.id() + "/authorise"));
            } else if (!a.awaitingAuthorisation()) {
                steps.add(new Step("Continue the assessment started on " + FieldProblems.spoken(a.startDate()), base + "/assessments/" + a.id()));
            }
        });
        var cpPlan = protection.openPlan();
        var cinPlan = cinPlans.stream().filter(CinPlan::open).findFirst();
        var enquiry = protection.openEnquiry();
        var lastOutcome = assessments.stream().filter(Assessment::authorised).findFirst().map(Assessment::outcome).orElse(null);
        enquiry.ifPresent(e -> {
            steps.add(new Step("Record the initial child protection conference (target " + FieldProblems.spoken(e.icpcTargetDate()) + ")",
                    base + "/enquiries/" + e.id() + "/conference"));
            steps.add(new Step("End the section 47 enquiry: no conference needed", base + "/enquiries/" + e.id() + "/no-conference"));
        });
        cpPlan.ifPresent(plan -> {
            steps.add(new Step("Record a child protection visit", base + "/visits/new?type=CP"));
            steps.add(new Step("Record a core group meeting", base + "/cp-plans/" + plan.id() + "/core-groups/new"));
            steps.add(new Step("Record a review conference", base + "/cp-plans/" + plan.id() + "/reviews/new"));
            steps.add(new Step("Add outcomes and actions to the plan", base + "/cp-plans/" + plan.id()));
        });
        cinPlan.ifPresent(plan -> {
            steps.add(new Step("Record a child in need visit", base + "/visits/new?type=CIN"));
            steps.add(new Step("Review the child in need plan", base + "/cin-plans/" + plan.id() + "/reviews/new"));
            steps.add(new Step("End the child in need plan", base + "/cin-plans/" + plan.id() + "/end"));
            if (current.isEmpty()) {
                steps.add(new Step("Start an updated assessment", base + "/assessments/new"));
            }
        });
        if (current.isEmpty() && lastOutcome == null) {
            steps.add(new Step("Start an assessment", base + "/assessments/new"));
        }
        if (cpPlan.isEmpty() && cinPlan.isEmpty() && enquiry.isEmpty() && lastOutcome != null && lastOutcome != AssessmentOutcome.NO_FURTHER_ACTION) {
            steps.add(new Step("Start a child in need plan", base + "/cin-plans/new"));
        }
        if (enquiry.isEmpty() && cpPlan.isEmpty()) {
            steps.add(new Step("Record a strategy discussion", base + "/strategy-discussions/new"));
        }
        if (cpPlan.isEmpty() && cinPlan.isEmpty() && enquiry.isEmpty()) {
            if (lastOutcome == AssessmentOutcome.CONTINUE_EXISTING_PLAN || lastOutcome == AssessmentOutcome.CIN_PLAN) {
                steps.add(new Step("Start an assessment", base + "/assessments/new"));
            }
            steps.add(new Step("Close the case", base + "/close"));
        }
        steps.add(new Step("Record a contact", base + "/contacts/new"));
        return canWork ? steps.stream().distinct().toList()
                : steps.stream().filter(s -> s.href().endsWith("/authorise")).toList();
    }
}
