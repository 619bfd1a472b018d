package org.opencsc.care;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where a looked-after child lived and with whom, from its start to its end (null while it
 * lasts): SSDA903 PLACE and PLACE_PROVIDER codes, the carer, the placement's postcode and Ofsted
 * URN, how far it is from home, whether the carer is a connected person with temporary approval,
 * the day it was agreed as long-term, why it ended, and the fostering household it is with when
 * the carers are one of ours.
 */
public record Placement(long id, LocalDate start, LocalDate end, String place, String provider, String carer, String postcode, String urn,
                        BigDecimal distanceMiles, boolean temporaryApproval, LocalDate longTermFrom, String endReason, Boolean unplannedEnding,
                        Long carerHouseholdId) {

    /** A placement with no fostering household of ours named. */
    public Placement(long id, LocalDate start, LocalDate end, String place, String provider, String carer, String postcode, String urn,
                     BigDecimal distanceMiles, boolean temporaryApproval, LocalDate longTermFrom, String endReason, Boolean unplannedEnding) {
        this(id, start, end, place, provider, carer, postcode, urn, distanceMiles, temporaryApproval, longTermFrom, endReason, unplannedEnding, null);
    }

    /** A placement as the episode rules see it: the codes, the carer and the dates. */
    public static Placement of(LocalDate start, LocalDate end, String place, String provider, String carer, String postcode, String urn) {
        return new Placement(0, start, end, place, provider, carer, postcode, urn, null, false, null, null, null);
    }

    boolean coversDay(LocalDate day) {
        return !day.isBefore(start) && (end == null || day.isBefore(end));
    }

    /** The same carers: the same fostering household of ours, or the same carer named. */
    boolean sameCarersAs(Placement other) {
        if (carerHouseholdId != null && other.carerHouseholdId != null) {
            return carerHouseholdId.equals(other.carerHouseholdId);
        }
        return carer != null && other.carer != null && carer.strip().equalsIgnoreCase(other.carer.strip())
                && !place.startsWith("T") && !other.place.startsWith("T");
    }

    public boolean open() {
        return end == null;
    }

    public String placeLabel() {
        return org.opencsc.platform.Coded.fromCode(PlacementType.class, place).map(PlacementType::label).orElse(place);
    }

    public String providerLabel() {
        return provider == null ? null : org.opencsc.platform.Coded.fromCode(PlacementProvider.class, provider).map(PlacementProvider::label).orElse(provider);
    }

    public String endReasonLabel() {
        return endReason == null ? null : org.opencsc.platform.Coded.fromCode(PlacementChangeReason.class, endReason)
                .map(PlacementChangeReason::label).orElse(endReason);
    }
}
