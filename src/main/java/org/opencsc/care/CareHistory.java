package org.opencsc.care;

import java.time.LocalDate;
import java.util.List;

/**
 * What is recorded about one period of care: when it started and ended (with the SSDA903 reason
 * ceased), the legal statuses in force, and the placements, each with its carer. Episodes are
 * derived from this, never typed.
 */
public record CareHistory(LocalDate periodStart, LocalDate periodEnd, String reasonCeased, List<LegalStatusChange> legalStatuses,
                          List<Placement> placements) {

    /** A legal status (SSDA903 LS code) in force from a day until the next change. */
    public record LegalStatusChange(LocalDate from, String code) {
    }

    public CareHistory {
        legalStatuses = List.copyOf(legalStatuses);
        placements = List.copyOf(placements);
    }
}
