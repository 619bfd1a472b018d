package org.opencsc.frontdoor;

import java.time.LocalDate;

/** A contact about a child, and the MASH+ decision on it once made. */
public record Contact(long id, long personId, LocalDate contactDate, ReferralSource source, String reason,
                      LocalDate decisionDate, MashDecision decision, String decisionReason, String decidedBy, Long referralId,
                      String recordedBy) {

    public boolean awaitingDecision() {
        return decision == null;
    }
}
