package org.opencsc.services;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A child's referral to another service and how long they waited: from the referral to the day
 * they were first seen, or to today while they still wait.
 */
public record ServiceReferral(long id, long personId, SupportService service, String provider, String reason, LocalDate referredDate,
                              LocalDate decisionDate, Boolean accepted, LocalDate firstSeen, LocalDate closedDate, int version) {

    /** Still waiting to be seen: not declined, not seen, not closed. */
    public boolean waiting() {
        return firstSeen == null && closedDate == null && !Boolean.FALSE.equals(accepted);
    }

    /** Days from the referral to the first appointment, or to {@code today} while the child waits; null when declined or closed unseen. */
    public Long daysWaited(LocalDate today) {
        if (firstSeen != null) {
            return ChronoUnit.DAYS.between(referredDate, firstSeen);
        }
        return waiting() ? ChronoUnit.DAYS.between(referredDate, today) : null;
    }

    /** Where the referral stands, as the page words it. */
    public String standing() {
        if (firstSeen != null) {
            return closedDate == null ? "Being seen" : "Closed";
        }
        if (Boolean.FALSE.equals(accepted)) {
            return "Declined";
        }
        if (closedDate != null) {
            return "Closed before being seen";
        }
        return Boolean.TRUE.equals(accepted) ? "Accepted: waiting to be seen" : "Waiting for a decision";
    }
}
