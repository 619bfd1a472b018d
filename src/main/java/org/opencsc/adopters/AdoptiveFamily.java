package org.opencsc.adopters;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A prospective adoptive family (one or two adopters) and the dates of its journey: enquiry,
 * stage one (from the registration of interest accepted to the decision to proceed), the
 * application that starts stage two, the panel and the agency decision maker's approval,
 * fostering for adoption, the children matched with them, or the day they left and why.
 */
public record AdoptiveFamily(long id, String name, FastTrack fastTrack, LocalDate enquiryOn, LocalDate stageOneStartedOn, LocalDate stageOneEndedOn,
                             LocalDate applicationOn, LocalDate panelOn, LocalDate approvedOn, LocalDate fosteringForAdoptionOn, LocalDate leftOn,
                             LeavingReason leftReason, String leftNotes, List<Adopter> adopters, List<AdopterMatch> matches, int version) {

    public FamilyStage stage() {
        if (leftOn != null) {
            return FamilyStage.LEFT;
        }
        if (approvedOn != null) {
            var current = currentMatches();
            if (current.isEmpty()) {
                return FamilyStage.APPROVED;
            }
            if (current.stream().allMatch(m -> m.orderOn() != null)) {
                return FamilyStage.ADOPTED;
            }
            return current.stream().anyMatch(m -> m.placedOn() != null) ? FamilyStage.PLACED : FamilyStage.MATCHED;
        }
        if (applicationOn != null) {
            return FamilyStage.STAGE_TWO;
        }
        if (stageOneEndedOn != null) {
            return FamilyStage.BETWEEN_STAGES;
        }
        return stageOneStartedOn != null ? FamilyStage.STAGE_ONE : FamilyStage.ENQUIRY;
    }

    /** The stage the family was in when it left (or is in now). */
    public FamilyStage stageReached() {
        return leftOn == null ? stage() : new AdoptiveFamily(id, name, fastTrack, enquiryOn, stageOneStartedOn, stageOneEndedOn, applicationOn, panelOn,
                approvedOn, fosteringForAdoptionOn, null, null, null, adopters, matches, version).stage();
    }

    /** The children matched with the family now: every match that did not end, those adopted included. */
    public List<AdopterMatch> currentMatches() {
        return matches.stream().filter(m -> m.endedOn() == null).toList();
    }

    public List<AdopterMatch> openMatches() {
        return matches.stream().filter(AdopterMatch::open).toList();
    }

    /** Stage one ends with the decision to proceed, or when the family leaves during it. */
    public LocalDate stageOneEnded() {
        if (stageOneStartedOn == null) {
            return null;
        }
        return stageOneEndedOn != null ? stageOneEndedOn : leftOn;
    }

    /** Stage two starts when the agency receives the application and ends with the decision maker's approval, or when the family leaves. */
    public LocalDate stageTwoEnded() {
        if (applicationOn == null) {
            return null;
        }
        return approvedOn != null ? approvedOn : leftOn;
    }

    public StageClock stageOne(LocalDate today) {
        return StageClock.of(stageOneStartedOn, AdopterTimescales.stageOneDue(stageOneStartedOn), stageOneEnded(), today);
    }

    public StageClock stageTwo(LocalDate today) {
        return StageClock.of(applicationOn, AdopterTimescales.stageTwoDue(applicationOn), stageTwoEnded(), today);
    }

    /** The day the family was matched with the child or children they have now (the latest match). */
    public LocalDate matchedOn() {
        return currentMatches().stream().map(AdopterMatch::matchedOn).max(Comparator.naturalOrder()).orElse(null);
    }

    public LocalDate placedOn() {
        return currentMatches().stream().map(AdopterMatch::placedOn).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /** How many children of the current match live with the family (Annex A: No. of children placed). */
    public int childrenPlaced() {
        return (int) currentMatches().stream().filter(m -> m.placedOn() != null).count();
    }

    public LocalDate adoptionOrderOn() {
        return currentMatches().stream().map(AdopterMatch::orderOn).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /** Days since approval for a family approved and not matched; null otherwise. */
    public Long daysWaiting(LocalDate today) {
        return stage() == FamilyStage.APPROVED ? ChronoUnit.DAYS.between(approvedOn, today) : null;
    }

    /** The latest date recorded on the journey: a later step may not come before it. */
    LocalDate lastStep() {
        return Stream.concat(Stream.of(enquiryOn, stageOneStartedOn, stageOneEndedOn, applicationOn, panelOn, approvedOn, fosteringForAdoptionOn),
                        matches.stream().flatMap(m -> Stream.of(m.matchedOn(), m.placedOn(), m.orderOn(), m.endedOn())))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
    }
}
