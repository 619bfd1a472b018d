package org.opencsc.chronology;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A child's chronology as asked for: the lines that pass the filter, out of how many in all. */
public record Chronology(List<ChronologyLine> lines, int total, Set<Strand> strands, LocalDate from, LocalDate to) {

    public boolean filtered() {
        return !strands.isEmpty() || from != null || to != null;
    }
}
