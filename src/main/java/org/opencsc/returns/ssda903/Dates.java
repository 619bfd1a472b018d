package org.opencsc.returns.ssda903;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as the SSDA903 writes them: dd/mm/yyyy, blank when there is none. */
final class Dates {

    static final DateTimeFormatter DFE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Dates() {
    }

    static String format(LocalDate date) {
        return date == null ? "" : DFE.format(date);
    }
}
