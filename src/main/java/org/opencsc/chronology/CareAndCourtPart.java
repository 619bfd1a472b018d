package org.opencsc.chronology;

import static org.opencsc.chronology.Entries.entry;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.care.CareService;
import org.opencsc.care.EducationService;
import org.opencsc.care.HealthService;
import org.opencsc.care.MissingFromCareService;
import org.opencsc.child.Person;
import org.opencsc.chronology.SubjectAccessDocument.Entry;
import org.opencsc.chronology.SubjectAccessDocument.Section;
import org.opencsc.courts.CareProceedingsService;
import org.opencsc.courts.PreProceedingsService;
import org.opencsc.leavingcare.LeavingCareService;
import org.opencsc.permanence.AdoptionService;
import org.opencsc.permanence.PermanenceOrderService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Care (legal status, placements with the carers marked, care plans, reviews), missing episodes,
 * health and education, court, adoption and permanence (adopters and guardians marked), and
 * leaving care.
 */
@Component
@Order(5)
class CareAndCourtPart implements SubjectAccessPart {

    private final CareService care;
    private final MissingFromCareService missing;
    private final HealthService health;
    private final EducationService education;
    private final PreProceedingsService preProceedings;
    private final CareProceedingsService proceedings;
    private final AdoptionService adoption;
    private final PermanenceOrderService orders;
    private final LeavingCareService leavingCare;

    CareAndCourtPart(CareService care, MissingFromCareService missing, HealthService health, EducationService education,
                     PreProceedingsService preProceedings, CareProceedingsService proceedings, AdoptionService adoption,
                     PermanenceOrderService orders, LeavingCareService leavingCare) {
        this.care = care;
        this.missing = missing;
        this.health = health;
        this.education = education;
        this.preProceedings = preProceedings;
        this.proceedings = proceedings;
        this.adoption = adoption;
        this.orders = orders;
        this.leavingCare = leavingCare;
    }

    @Override
    public List<Section> sections(Person child) {
        var id = child.id();
        return List.of(new Section("Care", careEntries(id)),
                new Section("Missing episodes and return home interviews", missing.forPerson(id).stream()
                        .map(episode -> entry(Entries.words(episode.wentMissingAt()) + ": " + episode.kind().label())
                                .field("Returned", episode.returnedAt()).field("Reported to the police", episode.reportedToPolice())
                                .field("Interview offered", episode.rhiOfferedAt()).field("Interview accepted", episode.rhiAccepted())
                                .field("Interview completed", episode.rhiCompletedAt()).field("Interviewed by", episode.rhiBy())
                                .field("What the child said", episode.rhiFindings()).build())
                        .toList()),
                new Section("Health and education", healthAndEducation(id)),
                new Section("Court", courtEntries(id)),
                new Section("Adoption and permanence", permanenceEntries(id)),
                new Section("Leaving care", leavingCareEntries(id)));
    }

    private List<Entry> careEntries(long id) {
        var entries = new ArrayList<Entry>();
        for (var period : care.periods(id)) {
            entries.add(entry(Entries.words(period.startDate()) + ": became looked after").field("Ceased", period.endDate())
                    .field("Reason ceased", period.reasonCeasedLabel())
                    .field("Legal status", period.legalStatuses().stream()
                            .map(status -> Entries.words(status.from()) + ": " + period.legalStatusLabel(status.code())).toList())
                    .build());
            for (var placement : period.placements()) {
                entries.add(entry(Entries.words(placement.start()) + ": placement").field("Placement", placement.placeLabel())
                        .field("Provider", placement.providerLabel()).thirdParty("Carer", placement.carer(), "carer")
                        .thirdParty("Postcode", placement.postcode(), "carer's address").field("Ended", placement.end())
                        .field("Reason ended", placement.endReasonLabel()).field("Unplanned ending", placement.unplannedEnding()).build());
            }
            for (var plan : period.carePlans()) {
                entries.add(entry(Entries.words(plan.agreedDate()) + ": care plan").field("Permanence plan", plan.permanencePlan())
                        .field("Summary", plan.summary()).build());
            }
            for (var review : period.reviews()) {
                entries.add(entry(Entries.words(review.reviewDate()) + ": looked-after review").field("Reviewing officer", review.iro())
                        .field("How the child took part", review.participation()).field("Recommendations", review.recommendations()).build());
            }
        }
        return entries;
    }

    private List<Entry> healthAndEducation(long id) {
        var entries = new ArrayList<Entry>();
        var record = health.healthOf(id);
        record.assessments().forEach(a -> entries.add(entry(Entries.words(a.date()) + ": " + a.kind().label())
                .field("Assessed by", a.assessedBy()).field("Outcome", a.outcome()).build()));
        record.dentalChecks().forEach(d -> entries.add(entry(Entries.words(d.date()) + ": dental check").build()));
        record.immunisations().forEach(i -> entries.add(entry(Entries.words(i.date()) + ": immunisations").field("Up to date", i.upToDate()).build()));
        record.sdqs().forEach(s -> entries.add(entry(Entries.words(s.date()) + ": strengths and difficulties questionnaire")
                .field("Score", s.score()).field("Reason not completed", s.reason()).build()));
        var school = education.educationOf(id);
        school.schools().forEach(s -> entries.add(entry("School: " + s.name()).field("URN", s.urn()).field("From", s.from()).field("To", s.to()).build()));
        school.peps().forEach(p -> entries.add(entry(Entries.words(p.date()) + ": personal education plan meeting").field("School", p.school())
                .field("Targets", p.targets()).build()));
        return entries;
    }

    private List<Entry> courtEntries(long id) {
        var entries = new ArrayList<Entry>();
        for (var pre : preProceedings.forPerson(id)) {
            entries.add(entry("Pre-proceedings").field("Legal gateway meeting", pre.gatewayDate()).field("Letter before proceedings", pre.letterDate())
                    .field("Family group decision meeting", pre.fgdmDate()).field("Ended", pre.endDate()).field("Decision", pre.decision()).build());
            pre.meetings().forEach(m -> entries.add(entry(Entries.words(m.meetingDate()) + ": pre-proceedings meeting")
                    .field("Parents legally represented", m.parentsRepresented()).field("Summary", m.summary()).build()));
            pre.assessments().forEach(a -> entries.add(entry(Entries.words(a.commissionedDate()) + ": " + a.kind().label() + " commissioned")
                    .thirdParty("Who is assessed", a.subject(), "subject of an assessment").field("Received", a.receivedDate()).build()));
        }
        for (var application : proceedings.forPerson(id)) {
            entries.add(entry(Entries.words(application.issuedDate()) + ": " + application.kind().label()).field("Court", application.court())
                    .field("Case number", application.caseNumber()).field("Concluded", application.concludedDate()).build());
            application.hearings().forEach(h -> entries.add(entry(Entries.words(h.hearingDate()) + ": " + h.kind().label())
                    .field("Outcome", h.outcome()).build()));
            application.orders().forEach(o -> entries.add(entry(Entries.words(o.orderDate()) + ": " + o.kind().label()).build()));
        }
        return entries;
    }

    private List<Entry> permanenceEntries(long id) {
        var entries = new ArrayList<Entry>();
        for (var plan : adoption.plansOf(id)) {
            entries.add(entry(Entries.words(plan.decisionDate()) + ": decision that the child should be placed for adoption")
                    .field("Authority to place", plan.authorityToPlace()).field("Authority given", plan.authorityDate())
                    .field("Matched", plan.matchDate()).thirdParty("Adoptive family", plan.adoptiveFamily(), "adoptive family")
                    .field("Placed", plan.placedDate()).field("Adoption order", plan.orderDate())
                    .field("No longer placed", plan.ceasedDate()).field("Reason", plan.ceasedReason()).build());
        }
        for (var order : orders.ordersOf(id)) {
            entries.add(entry(Entries.words(order.orderDate()) + ": " + order.kind().label())
                    .thirdParty("Carers", order.carers(), "special guardians or carers").field("Support plan", order.supportPlan()).build());
        }
        return entries;
    }

    private List<Entry> leavingCareEntries(long id) {
        var record = leavingCare.leavingCare(id);
        var entries = new ArrayList<Entry>();
        for (var support : record.supports()) {
            entries.add(entry(Entries.words(support.startDate()) + ": leaving care support")
                    .field("Personal advisers", support.advisers().stream().map(a -> a.name() + " from " + Entries.words(a.from())).toList())
                    .field("Ended", support.endDate()).field("Reason ended", support.endReason()).build());
        }
        record.pathwayPlans().forEach(p -> entries.add(entry(Entries.words(p.planDate()) + ": pathway plan").field("Summary", p.summary()).build()));
        for (var birthday : record.birthdays()) {
            if (birthday.recorded() != null) {
                var contact = birthday.recorded();
                entries.add(entry(Entries.words(contact.contactDate()) + ": contact around the " + Summaries.ordinal(birthday.age()) + " birthday")
                        .field("In touch", contact.inTouch()).field("Activity", contact.activity()).field("Accommodation", contact.accommodation()).build());
            }
        }
        return entries;
    }
}
