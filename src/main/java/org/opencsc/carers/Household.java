package org.opencsc.carers;

import java.time.LocalDate;
import java.util.List;

/**
 * A fostering household: who they are, where, whether foster carers or connected persons, their
 * approval and its terms (the ages and number of children), the reviews of that approval and,
 * for connected persons, the temporary approval.
 */
public record Household(long id, String name, String address, String postcode, CarerKind kind, HouseholdStatus status, LocalDate approvalDate,
                        int ageFrom, int ageTo, int capacity, String terms, List<HouseholdReview> reviews, TemporaryApproval temporaryApproval,
                        int version) {

    /** The day the next review of the approval is due by; null unless fully approved. */
    public LocalDate nextReviewDue() {
        return status == HouseholdStatus.APPROVED ? ReviewSchedule.nextDue(approvalDate, reviews.stream().map(HouseholdReview::reviewDate).toList()) : null;
    }

    public ReviewSchedule.Standing reviewStanding(LocalDate today) {
        return ReviewSchedule.standing(nextReviewDue(), today);
    }

    /** The words that say on what basis a child lives here. */
    public String legalBasis() {
        if (status == HouseholdStatus.TEMPORARY && temporaryApproval != null) {
            return "Connected person (temporary approval until " + org.opencsc.platform.FieldProblems.spoken(temporaryApproval.endsOn()) + ")";
        }
        if (kind == CarerKind.CONNECTED_PERSON) {
            return status == HouseholdStatus.APPROVED ? "Connected person (approved foster carers)" : "Connected person (" + status.label().toLowerCase() + ")";
        }
        return status == HouseholdStatus.APPROVED ? "Foster carers (approved)" : "Foster carers (" + status.label().toLowerCase() + ")";
    }

    public String ageRange() {
        return ageFrom + " to " + ageTo;
    }
}
