package org.opencsc.chronology;

import static org.opencsc.chronology.Entries.entry;

import java.util.List;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.Person;
import org.opencsc.child.RecordPartsService;
import org.opencsc.chronology.SubjectAccessDocument.Section;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The child's details, other names, addresses, family and network (each relative a third party),
 * professionals (their contact details marked), allocations and warnings.
 */
@Component
@Order(1)
class PersonalRecordPart implements SubjectAccessPart {

    private final RecordPartsService parts;
    private final ChildRecordService records;

    PersonalRecordPart(RecordPartsService parts, ChildRecordService records) {
        this.parts = parts;
        this.records = records;
    }

    @Override
    public List<Section> sections(Person child) {
        var summary = parts.summary(child.id());
        var details = entry(child.fullName())
                .field("LA child ID", child.laChildId()).field("Date of birth", child.dateOfBirth())
                .field("Expected date of birth", child.expectedDateOfBirth()).field("Date of death", child.dateOfDeath())
                .field("Sex", child.sex()).field("Gender identity", child.genderIdentity()).field("Ethnicity", child.ethnicity())
                .field("First language", child.firstLanguage()).field("Religion", child.religion())
                .field("Immigration status", child.immigrationStatus()).field("Unaccompanied asylum-seeking child", child.uasc())
                .field("Disabilities", child.disabilities()).field("UPN", child.upn()).field("Former UPN", child.formerUpn())
                .field("NHS number", child.nhsNumber()).field("Case status", child.caseStatus().label())
                .build();
        var otherNames = summary.otherNames().stream()
                .map(name -> entry(name.kind()).field("Name", name.givenName() + " " + name.familyName()).build()).toList();
        var addresses = summary.addresses().stream()
                .map(address -> entry(address.current() ? "Current address" : "Previous address")
                        .field("Address", List.of(nullToEmpty(address.line1()), nullToEmpty(address.line2()), nullToEmpty(address.town())))
                        .field("Postcode", address.postcode()).field("From", address.startDate()).field("To", address.endDate()).build())
                .toList();
        var family = parts.peopleTab(child.id()).relationships().stream()
                .map(relationship -> {
                    var reason = relationship.label().toLowerCase();
                    var restricted = records.visible(relationship.relatedPersonId()).restricted();
                    var related = entry(relationship.label())
                            .thirdParty("Name", relationship.relatedName(), reason)
                            .thirdParty("Date of birth", relationship.relatedDateOfBirth(), reason)
                            .field("Parental responsibility", relationship.parentalResponsibility())
                            .field("From", relationship.startDate()).field("To", relationship.endDate());
                    if (restricted) {
                        related.thirdParty("Their record", "Restricted to named users", reason + " (restricted record)");
                    }
                    return related.build();
                }).toList();
        var involvements = parts.involvementsTab(child.id());
        var professionals = involvements.involvements().stream()
                .map(involvement -> entry(involvement.role())
                        .field("Name", involvement.name()).field("Organisation", involvement.organisation())
                        .thirdParty("Phone", involvement.phone(), "professional contact details")
                        .thirdParty("Email", involvement.email(), "professional contact details")
                        .field("From", involvement.startDate()).field("To", involvement.endDate()).build())
                .toList();
        var allocations = involvements.allocations().stream()
                .map(allocation -> entry(allocation.teamName()).field("Worker", allocation.workerName())
                        .field("From", allocation.startDate()).field("To", allocation.endDate()).build())
                .toList();
        var warnings = summary.warnings().stream()
                .map(warning -> entry(warning.category()).field("Warning", warning.note()).field("From", warning.startDate())
                        .field("Review by", warning.reviewDate()).field("Ended", warning.endDate()).field("Recorded by", warning.recordedBy()).build())
                .toList();
        return List.of(new Section("Personal details", List.of(details)), new Section("Other names", otherNames),
                new Section("Addresses", addresses), new Section("Family and network", family),
                new Section("Professionals involved", professionals), new Section("Allocations", allocations),
                new Section("Warnings", warnings));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
