package org.opencsc.care;

import java.time.Duration;
import java.time.Instant;

/**
 * A time the child was missing or away from where they should be, and the return home interview
 * offered when they came back. The interview is due within 72 hours of the return, to the
 * minute: a return at 10:00 on Monday is due by 10:00 on Thursday.
 */
public record MissingEpisode(long id, long personId, MissingKind kind, Instant wentMissingAt, Instant returnedAt, boolean reportedToPolice,
                             Instant rhiOfferedAt, Boolean rhiAccepted, Instant rhiCompletedAt, String rhiBy, String rhiFindings, int version) {

    public static final Duration RHI_WITHIN = Duration.ofHours(72);

    public boolean returned() {
        return returnedAt != null;
    }

    /** The last moment the return home interview is on time; null while the child is still missing. */
    public Instant rhiDueBy() {
        return returnedAt == null ? null : returnedAt.plus(RHI_WITHIN);
    }

    /** Where the interview stands at a moment. */
    public RhiStanding rhiStanding(Instant now) {
        if (returnedAt == null) {
            return RhiStanding.STILL_MISSING;
        }
        if (rhiCompletedAt != null) {
            return rhiCompletedAt.isAfter(rhiDueBy()) ? RhiStanding.COMPLETED_LATE : RhiStanding.COMPLETED_IN_TIME;
        }
        if (Boolean.FALSE.equals(rhiAccepted)) {
            return RhiStanding.DECLINED;
        }
        return now.isAfter(rhiDueBy()) ? RhiStanding.OVERDUE : RhiStanding.DUE;
    }

    private static final java.time.format.DateTimeFormatter SHOWN =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.UK).withZone(org.opencsc.platform.ClockZone.UK);

    /** A moment of the episode as a page shows it, in UK time; empty when not recorded. */
    public static String shown(Instant moment) {
        return moment == null ? "" : SHOWN.format(moment);
    }

    /** What the return home interview's state is called on the record, and the tag it wears. */
    public enum RhiStanding {
        STILL_MISSING("Still missing", "govuk-tag--red"),
        DUE("Interview due", "govuk-tag--yellow"),
        OVERDUE("Interview overdue", "govuk-tag--red"),
        DECLINED("Interview offered and declined", "govuk-tag--grey"),
        COMPLETED_IN_TIME("Interview within 72 hours", "govuk-tag--green"),
        COMPLETED_LATE("Interview after 72 hours", "govuk-tag--orange");

        private final String label;
        private final String tagClass;

        RhiStanding(String label, String tagClass) {
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
