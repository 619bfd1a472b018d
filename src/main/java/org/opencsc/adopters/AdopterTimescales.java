package org.opencsc.adopters;

import java.time.LocalDate;

/**
 * The adopters' timescales in the statutory guidance: stage one normally within 2 months of its
 * start, stage two within 4 months of the agency receiving the application, and at most 6 months
 * between the end of stage one and the application. They are calendar months: a stage that starts
 * on the 31st of a month is due on the last day of a shorter month (31 December to 28 February, or
 * 29 February in a leap year), as the date a month on is read in law.
 */
public final class AdopterTimescales {

    public static final int STAGE_ONE_MONTHS = 2;
    public static final int STAGE_TWO_MONTHS = 4;
    public static final int MAX_GAP_MONTHS = 6;
    /** How long before its due date a stage shows as due soon. */
    public static final int DUE_SOON_DAYS = 14;

    private AdopterTimescales() {
    }

    public static LocalDate stageOneDue(LocalDate started) {
        return started == null ? null : started.plusMonths(STAGE_ONE_MONTHS);
    }

    public static LocalDate stageTwoDue(LocalDate applicationReceived) {
        return applicationReceived == null ? null : applicationReceived.plusMonths(STAGE_TWO_MONTHS);
    }

    /** The last day the application may come after stage one ended without stage one being done again. */
    public static LocalDate latestApplication(LocalDate stageOneEnded) {
        return stageOneEnded.plusMonths(MAX_GAP_MONTHS);
    }
}
