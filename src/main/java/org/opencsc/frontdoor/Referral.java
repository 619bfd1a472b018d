package org.opencsc.frontdoor;

import java.time.LocalDate;

/**
 * A referral, which opens a CIN episode (the census's CINdetails) until the case closes. A
 * re-referral is one within 12 months of the child's previous referral: worked out, never typed.
 */
public record Referral(long id, long personId, Long contactId, LocalDate referralDate, ReferralSource source, PrimaryNeed primaryNeed,
                       boolean reReferral, Long previousReferralId, boolean nfa, LocalDate closureDate, ClosureReason closureReason,
                       String recordedBy) {

    public boolean open() {
        return closureDate == null;
    }
}
