package org.opencsc.adopters;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of Ofsted's Annex A list 11 (adopters): a prospective adopter with their family's
 * journey. Gender, ethnicity and disability are the codes staff chose from; the stage dates are
 * those of the family, stage one and two ending when the family left during them.
 */
public record AnnexAAdopter(long adopterId, long familyId, String gender, String ethnicity, String disability, boolean fosteringForAdoption,
                            LocalDate enquiry, LocalDate stageOneStarted, LocalDate stageOneEnded, LocalDate stageTwoStarted, LocalDate stageTwoEnded,
                            LocalDate applicationSubmitted, LocalDate approved, LocalDate matched, LocalDate placed, Integer childrenPlaced,
                            LocalDate adoptionOrder, LocalDate leftProcess, String leavingReason) {

    static List<AnnexAAdopter> of(AdoptiveFamily family) {
        var placed = family.childrenPlaced();
        return family.adopters().stream().map(a -> new AnnexAAdopter(a.id(), family.id(), a.sex().code(), a.ethnicity().code(), a.disability().label(),
                family.fosteringForAdoptionOn() != null, family.enquiryOn(), family.stageOneStartedOn(), family.stageOneEnded(), family.applicationOn(),
                family.stageTwoEnded(), family.applicationOn(), family.approvedOn(), family.matchedOn(), family.placedOn(), placed == 0 ? null : placed,
                family.adoptionOrderOn(), family.leftOn(), family.leftReason() == null ? null : family.leftReason().label())).toList();
    }
}
