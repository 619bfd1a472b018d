package org.opencsc.permanence;

import org.opencsc.platform.DateParts;

/** What staff type about a child's adoption and the orders that end care. */
public final class PermanenceForms {

    private PermanenceForms() {
    }

    /** The agency decision maker's decision that the child should be placed for adoption. */
    public record DecisionForm(DateParts decisionDate) {
        public DecisionForm {
            decisionDate = DateParts.orEmpty(decisionDate);
        }
    }

    public record AuthorityForm(String authorityToPlace, DateParts authorityDate) {
        public AuthorityForm {
            authorityDate = DateParts.orEmpty(authorityDate);
        }
    }

    /** The match agreed with approved adopters; whether they are the child's foster carers decides the placement type. */
    public record MatchForm(DateParts matchDate, String family, String fosterCarers) {
        public MatchForm {
            matchDate = DateParts.orEmpty(matchDate);
        }
    }

    /** The child moves in with the adopters: the same fields as a move on the Care tab, the placement type and carer following from the match. */
    public record PlacedForm(DateParts moveDate, String endReason, String provider, String postcode, String distanceMiles) {
        public PlacedForm {
            moveDate = DateParts.orEmpty(moveDate);
        }
    }

    public record AdoptionOrderForm(DateParts orderDate, String consentDispensed) {
        public AdoptionOrderForm {
            orderDate = DateParts.orEmpty(orderDate);
        }
    }

    public record NoLongerPlacedForm(DateParts ceasedDate, String reason) {
        public NoLongerPlacedForm {
            ceasedDate = DateParts.orEmpty(ceasedDate);
        }
    }

    /** A special guardianship or child arrangements order that ends the child's care. */
    public record OrderForm(String kind, DateParts orderDate, String carers, String guardians, String supportPlan) {
        public OrderForm {
            orderDate = DateParts.orEmpty(orderDate);
        }
    }
}
