package org.opencsc.care;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.child.CaseloadEntry;

/**
 * The authority's placement stability on a day: of the children looked after, how many had three
 * or more placements in the 12 months before; of those counted in the long-term measure (under 16,
 * looked after two and a half years or more), how many have lived with the same carers for two
 * years. Counts take in every child; the lists name only children the reader may see.
 */
public record PlacementStability(LocalDate day, int lookedAfter, int threeOrMorePlacements, int longTermCounted, int longTermStable,
                                 List<Child> threeOrMore, List<Child> notStable) {

    /** A child behind a figure: the placements in the year and since when they have been with their carers. */
    public record Child(CaseloadEntry child, long placementsInYear, LocalDate withCarersSince, LongTermStability stability) {
    }

    public Integer threeOrMorePercent() {
        return percent(threeOrMorePlacements, lookedAfter);
    }

    public Integer longTermStablePercent() {
        return percent(longTermStable, longTermCounted);
    }

    private static Integer percent(int part, int whole) {
        return whole == 0 ? null : Math.round(100f * part / whole);
    }
}
