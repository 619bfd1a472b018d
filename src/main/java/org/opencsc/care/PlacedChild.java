package org.opencsc.care;

import java.time.LocalDate;

/** A child living with a fostering household now: whose placement, since when, of what kind. */
public record PlacedChild(long householdId, long personId, LocalDate since, String place, boolean temporaryApproval) {
}
