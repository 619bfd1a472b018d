package org.opencsc.carers;

import org.opencsc.platform.DateParts;

/** What the fostering team types. */
public final class CarersForms {

    private CarersForms() {
    }

    /** A household and its approval: for a connected person, the approval date is the start of the temporary approval. */
    public record HouseholdForm(String name, String address, String postcode, DateParts approvalDate, String ageFrom, String ageTo,
                                String capacity, String terms) {
        public HouseholdForm {
            approvalDate = DateParts.orEmpty(approvalDate);
        }
    }

    public record ReviewForm(DateParts reviewDate, DateParts panelDate, String outcome, String notes) {
        public ReviewForm {
            reviewDate = DateParts.orEmpty(reviewDate);
            panelDate = DateParts.orEmpty(panelDate);
        }
    }

    /** The one extension of a temporary approval: asked for, the panel's view, the nominated officer's decision. */
    public record ExtensionForm(DateParts requestedDate, String extensionWeeks, DateParts panelViewDate, String panelView, DateParts decisionDate,
                                String decidedBy, String agreed) {
        public ExtensionForm {
            requestedDate = DateParts.orEmpty(requestedDate);
            panelViewDate = DateParts.orEmpty(panelViewDate);
            decisionDate = DateParts.orEmpty(decisionDate);
        }
    }

    /** Full approval or refusal of a connected person. */
    public record DecisionForm(DateParts decisionDate, String outcome) {
        public DecisionForm {
            decisionDate = DateParts.orEmpty(decisionDate);
        }
    }

    public record ArrangementForm(String carer, String address, String postcode, DateParts notificationDate, DateParts startDate) {
        public ArrangementForm {
            notificationDate = DateParts.orEmpty(notificationDate);
            startDate = DateParts.orEmpty(startDate);
        }
    }

    public record EndArrangementForm(DateParts endDate) {
        public EndArrangementForm {
            endDate = DateParts.orEmpty(endDate);
        }
    }

    public record VisitForm(DateParts visitDate, String childSeen, String seenAlone, String notes) {
        public VisitForm {
            visitDate = DateParts.orEmpty(visitDate);
        }
    }
}
