package org.opencsc.timescales;

import java.time.LocalDate;

/** A bank holiday in England and Wales, with where the date came from. */
public record BankHoliday(LocalDate day, String name, Source source) {

    public enum Source {
        /** Published by the government for a past year, one-off days included. */
        PUBLISHED,
        /** Worked out from the standing rules for a year nobody has published yet. */
        RULE,
        /** Added or kept by an administrator (a one-off day announced for the future, say). */
        ADMINISTRATOR
    }
}
