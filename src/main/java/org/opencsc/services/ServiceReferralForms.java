package org.opencsc.services;

import org.opencsc.platform.DateParts;

/** What staff type about a referral to another service. */
public final class ServiceReferralForms {

    private ServiceReferralForms() {
    }

    public record ReferralForm(String service, String provider, DateParts referredDate, String reason) {
        public ReferralForm {
            referredDate = DateParts.orEmpty(referredDate);
        }
    }

    /** What has happened since: the service's decision, the first appointment, the close; each optional. */
    public record ProgressForm(String accepted, DateParts decisionDate, DateParts firstSeen, DateParts closedDate) {
        public ProgressForm {
            decisionDate = DateParts.orEmpty(decisionDate);
            firstSeen = DateParts.orEmpty(firstSeen);
            closedDate = DateParts.orEmpty(closedDate);
        }
    }
}
