package org.opencsc.chronology;

import static org.opencsc.chronology.Entries.entry;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.assessment.AssessmentService;
import org.opencsc.child.Person;
import org.opencsc.childinneed.CinPlanService;
import org.opencsc.chronology.SubjectAccessDocument.Section;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.frontdoor.ReferralSource;
import org.opencsc.protection.ProtectionService;
import org.opencsc.services.ServiceReferralService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Contacts (what a member of the public told the front door is marked), referrals, assessments,
 * strategy discussions, enquiries, conferences, child protection and child in need plans (who
 * attended meetings and who owns actions are marked), and referrals to other services.
 */
@Component
@Order(4)
class HelpAndProtectionPart implements SubjectAccessPart {

    /** Contacts from individuals other than the child: a relative, an acquaintance, a stranger. */
    private static final List<ReferralSource> MEMBERS_OF_THE_PUBLIC = List.of(ReferralSource.S1A, ReferralSource.S1B, ReferralSource.S1D);

    private final FrontDoorService frontDoor;
    private final AssessmentService assessments;
    private final ProtectionService protection;
    private final CinPlanService cinPlans;
    private final ServiceReferralService serviceReferrals;

    HelpAndProtectionPart(FrontDoorService frontDoor, AssessmentService assessments, ProtectionService protection, CinPlanService cinPlans,
                          ServiceReferralService serviceReferrals) {
        this.frontDoor = frontDoor;
        this.assessments = assessments;
        this.protection = protection;
        this.cinPlans = cinPlans;
        this.serviceReferrals = serviceReferrals;
    }

    @Override
    public List<Section> sections(Person child) {
        var id = child.id();
        var contacts = frontDoor.contacts(id).stream().map(contact -> {
            var fromThePublic = MEMBERS_OF_THE_PUBLIC.contains(contact.source());
            var entry = entry(Entries.words(contact.contactDate()) + ": contact").field("Source", contact.source());
            if (fromThePublic) {
                entry.thirdParty("What was reported", contact.reason(), "information from a member of the public (" + contact.source().label() + ")");
            } else {
                entry.field("What was reported", contact.reason());
            }
            return entry.field("MASH+ decision", contact.decision()).field("Decided", contact.decisionDate())
                    .field("Reason for the decision", contact.decisionReason()).field("Recorded by", contact.recordedBy()).build();
        }).toList();
        var referrals = frontDoor.referrals(id).stream()
                .map(referral -> entry(Entries.words(referral.referralDate()) + ": " + (referral.reReferral() ? "re-referral" : "referral"))
                        .field("Source", referral.source()).field("Primary need", referral.primaryNeed())
                        .field("Closed", referral.closureDate()).field("Reason for closure", referral.closureReason())
                        .field("No further action", referral.nfa()).build())
                .toList();
        var assessed = assessments.forPerson(id).stream()
                .map(assessment -> entry(Entries.words(assessment.startDate()) + ": assessment")
                        .field("Child seen", assessment.childSeenDate()).field("Seen alone", assessment.seenAlone())
                        .field("Factors", assessment.factors()).field("Summary", assessment.summary()).field("Outcome", assessment.outcome())
                        .field("Authorised", assessment.authorisedDate()).field("Authorised by", assessment.authorisedBy()).build())
                .toList();
        return List.of(new Section("Contacts", contacts), new Section("Referrals", referrals), new Section("Assessments", assessed),
                new Section("Child protection", protectionEntries(id)), new Section("Child in need plans", cinEntries(id)),
                new Section("Referrals to other services", serviceReferrals.forPerson(id).stream()
                        .map(referral -> entry(Entries.words(referral.referredDate()) + ": " + referral.service().label())
                                .field("Provider", referral.provider()).field("Reason", referral.reason()).field("Where it stands", referral.standing())
                                .build())
                        .toList()));
    }

    private List<SubjectAccessDocument.Entry> protectionEntries(long id) {
        var record = protection.forPerson(id);
        var entries = new ArrayList<SubjectAccessDocument.Entry>();
        for (var discussion : record.strategyDiscussions()) {
            entries.add(entry(Entries.words(discussion.discussionDate()) + ": strategy discussion")
                    .thirdParty("Attendees", discussion.attendees(), "meeting attendees").field("Decision", discussion.decision())
                    .field("Rationale", discussion.rationale()).build());
        }
        for (var enquiry : record.enquiries()) {
            entries.add(entry(Entries.words(enquiry.startDate()) + ": section 47 enquiry").field("Ended", enquiry.endDate())
                    .field("Outcome", enquiry.outcome()).build());
        }
        for (var conference : record.initialConferences()) {
            entries.add(entry(Entries.words(conference.conferenceDate()) + ": initial child protection conference")
                    .field("Chair", conference.chair()).field("Decision", conference.decision()).build());
        }
        for (var plan : record.plans()) {
            entries.add(entry(Entries.words(plan.startDate()) + ": child protection plan").field("Initial category", plan.initialCategory())
                    .field("Latest category", plan.latestCategory()).field("Outcomes", plan.outcomes()).field("Ended", plan.endDate())
                    .field("Reason ended", plan.endReason()).build());
            for (var action : plan.actions()) {
                entries.add(entry("Plan action: " + action.action()).thirdParty("Owner", action.owner(), "owner of a plan action")
                        .field("Due", action.dueDate()).field("Done", action.doneDate()).build());
            }
            for (var coreGroup : plan.coreGroups()) {
                entries.add(entry(Entries.words(coreGroup.meetingDate()) + ": core group")
                        .thirdParty("Attendees", coreGroup.attendees(), "meeting attendees").field("Progress", coreGroup.progress()).build());
            }
            for (var review : plan.reviews()) {
                entries.add(entry(Entries.words(review.conferenceDate()) + ": review child protection conference")
                        .field("Chair", review.chair()).field("Decision", review.decision()).build());
            }
        }
        return entries;
    }

    private List<SubjectAccessDocument.Entry> cinEntries(long id) {
        var entries = new ArrayList<SubjectAccessDocument.Entry>();
        for (var plan : cinPlans.forPerson(id)) {
            entries.add(entry(Entries.words(plan.startDate()) + ": child in need plan").field("Outcomes", plan.outcomes())
                    .field("Ended", plan.endDate()).build());
            for (var review : plan.reviews()) {
                entries.add(entry(Entries.words(review.reviewDate()) + ": child in need review").field("Decision", review.decision())
                        .field("Progress", review.progress()).build());
            }
        }
        return entries;
    }
}
