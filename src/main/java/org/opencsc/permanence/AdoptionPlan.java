package org.opencsc.permanence;

import java.time.LocalDate;
import org.opencsc.care.PlacementType;

/**
 * A child's adoption as recorded, one step after another: the agency decision that the child
 * should be placed for adoption, the authority to place, the match with adopters (and whether they
 * are the child's foster carers), the day the child moved in, and the adoption order; or the
 * decision that the child should no longer be placed, with its SSDA903 reason.
 */
public record AdoptionPlan(long id, long personId, LocalDate decisionDate, AuthorityToPlace authorityToPlace, LocalDate authorityDate,
                           LocalDate matchDate, Long adoptiveFamilyId, String adoptiveFamily, Boolean fosterCarerAdoption, LocalDate placedDate,
                           LocalDate orderDate, Boolean consentDispensed, LocalDate ceasedDate, NoLongerPlacedReason ceasedReason, int version) {

    public AdoptionStage stage() {
        if (ceasedDate != null) {
            return AdoptionStage.NO_LONGER_PLACED;
        }
        if (orderDate != null) {
            return AdoptionStage.ADOPTED;
        }
        if (placedDate != null) {
            return AdoptionStage.PLACED;
        }
        if (matchDate != null) {
            return AdoptionStage.MATCHED;
        }
        return authorityDate != null ? AdoptionStage.AUTHORISED : AdoptionStage.DECIDED;
    }

    public boolean inProgress() {
        return orderDate == null && ceasedDate == null;
    }

    /**
     * The SSDA903 placement type of the move to the adopters, which follows from what authorises it
     * and whether the adopters are the child's foster carers: A3 or A4 with consent, A5 or A6 with a
     * placement order.
     */
    public PlacementType adoptivePlacement() {
        var withFosterCarers = Boolean.TRUE.equals(fosterCarerAdoption);
        if (authorityToPlace == AuthorityToPlace.CONSENT) {
            return withFosterCarers ? PlacementType.A3 : PlacementType.A4;
        }
        return withFosterCarers ? PlacementType.A5 : PlacementType.A6;
    }

    AdoptionPlan withAuthority(AuthorityToPlace kind, LocalDate date) {
        return new AdoptionPlan(id, personId, decisionDate, kind, date, matchDate, adoptiveFamilyId, adoptiveFamily, fosterCarerAdoption, placedDate,
                orderDate, consentDispensed, ceasedDate, ceasedReason, version);
    }

    AdoptionPlan withMatch(LocalDate date, Long familyId, String family, boolean fosterCarers) {
        return new AdoptionPlan(id, personId, decisionDate, authorityToPlace, authorityDate, date, familyId, family, fosterCarers, placedDate,
                orderDate, consentDispensed, ceasedDate, ceasedReason, version);
    }

    AdoptionPlan withPlaced(LocalDate date) {
        return new AdoptionPlan(id, personId, decisionDate, authorityToPlace, authorityDate, matchDate, adoptiveFamilyId, adoptiveFamily,
                fosterCarerAdoption, date, orderDate, consentDispensed, ceasedDate, ceasedReason, version);
    }

    AdoptionPlan withOrder(LocalDate date, boolean dispensed) {
        return new AdoptionPlan(id, personId, decisionDate, authorityToPlace, authorityDate, matchDate, adoptiveFamilyId, adoptiveFamily,
                fosterCarerAdoption, placedDate, date, dispensed, ceasedDate, ceasedReason, version);
    }

    AdoptionPlan withCeased(LocalDate date, NoLongerPlacedReason reason) {
        return new AdoptionPlan(id, personId, decisionDate, authorityToPlace, authorityDate, matchDate, adoptiveFamilyId, adoptiveFamily,
                fosterCarerAdoption, placedDate, orderDate, consentDispensed, date, reason, version);
    }
}
