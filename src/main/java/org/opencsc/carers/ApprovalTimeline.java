package org.opencsc.carers;

import java.time.LocalDate;

/**
 * The dates of a connected person's temporary approval (Fostering Services Regulations 2011,
 * regulations 24 and 25): it expires 16 weeks after it starts (the same weekday 16 weeks on),
 * and may be extended once, by up to 8 weeks from that expiry.
 */
public final class ApprovalTimeline {

    public static final int TEMPORARY_WEEKS = 16;
    public static final int MAX_EXTENSION_WEEKS = 8;
    /** How far ahead of expiry a temporary approval shows on the fostering team's list. */
    public static final int EXPIRING_SOON_WEEKS = 4;

    private ApprovalTimeline() {
    }

    public static LocalDate expiry(LocalDate start) {
        return start.plusWeeks(TEMPORARY_WEEKS);
    }

    /** The latest an extension may run to. */
    public static LocalDate latestExtension(LocalDate start) {
        return expiry(start).plusWeeks(MAX_EXTENSION_WEEKS);
    }

    /** The day the approval ends: the extended expiry when extended, else the first one. */
    public static LocalDate endsOn(LocalDate start, LocalDate extendedTo) {
        return extendedTo != null ? extendedTo : expiry(start);
    }

    /** Where a temporary approval that ends on a day stands today. */
    public static Standing standing(LocalDate endsOn, LocalDate today) {
        if (today.isAfter(endsOn)) {
            return Standing.EXPIRED;
        }
        return today.plusWeeks(EXPIRING_SOON_WEEKS).isBefore(endsOn) ? Standing.IN_FORCE : Standing.EXPIRING_SOON;
    }

    public enum Standing {
        IN_FORCE("In force", "govuk-tag--green"),
        EXPIRING_SOON("Expires within 4 weeks", "govuk-tag--yellow"),
        EXPIRED("Past expiry", "govuk-tag--red");

        private final String label;
        private final String tagClass;

        Standing(String label, String tagClass) {
            this.label = label;
            this.tagClass = tagClass;
        }

        public String label() {
            return label;
        }

        public String tagClass() {
            return tagClass;
        }
    }
}
