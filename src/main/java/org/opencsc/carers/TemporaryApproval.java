package org.opencsc.carers;

import java.time.LocalDate;

/**
 * A connected person's temporary approval: its start and first expiry (16 weeks on), the one
 * extension that may follow (asked for on a day, the panel's view, the nominated officer's
 * decision and the extended expiry), and the full approval or refusal that ends it.
 */
public record TemporaryApproval(long id, LocalDate start, LocalDate expiresOn, LocalDate extensionRequested, LocalDate panelViewDate,
                                String panelView, LocalDate decisionDate, String decidedBy, Boolean extensionAgreed, LocalDate extendedTo,
                                ApprovalOutcome outcome, LocalDate outcomeDate) {

    /** The day the temporary approval ends (the extended expiry when there is one). */
    public LocalDate endsOn() {
        return ApprovalTimeline.endsOn(start, extendedTo);
    }

    public boolean extensionDecided() {
        return decisionDate != null;
    }

    public boolean decided() {
        return outcome != null;
    }

    public ApprovalTimeline.Standing standing(LocalDate today) {
        return ApprovalTimeline.standing(endsOn(), today);
    }
}
