package org.opencsc.frontdoor;

import org.opencsc.platform.DateParts;

/** What staff type at the front door, as typed (dates as three boxes, codes as strings). */
public final class FrontDoorForms {

    private FrontDoorForms() {
    }

    public record ContactForm(DateParts contactDate, String source, String reason) {
        public ContactForm {
            contactDate = DateParts.orEmpty(contactDate);
        }
    }

    public record DecisionForm(DateParts decisionDate, String decision, String reason, String primaryNeed) {
        public DecisionForm {
            decisionDate = DateParts.orEmpty(decisionDate);
        }
    }

    public record ClosureForm(DateParts closureDate, String closureReason) {
        public ClosureForm {
            closureDate = DateParts.orEmpty(closureDate);
        }
    }
}
