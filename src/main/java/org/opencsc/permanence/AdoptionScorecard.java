package org.opencsc.permanence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The adoption scorecard for the authority: the average A1, A2 and A10 in days of the children
 * adopted in the three years to a day, as the scorecard averages them, with how many children each
 * average is taken over.
 */
public record AdoptionScorecard(LocalDate from, LocalDate to, int adopted, Average a1, Average a2, Average a10) {

    /** An average in days over a number of children; null days when there are none. */
    public record Average(Long days, int children, long threshold) {

        public boolean withinThreshold() {
            return days != null && days <= threshold;
        }
    }

    static AdoptionScorecard of(LocalDate from, LocalDate to, List<AdoptionMeasures> adopted) {
        return new AdoptionScorecard(from, to, adopted.size(), average(adopted, AdoptionMeasures::a1, AdoptionMeasures.A1_THRESHOLD),
                average(adopted, AdoptionMeasures::a2, AdoptionMeasures.A2_THRESHOLD),
                average(adopted, AdoptionMeasures::a10, AdoptionMeasures.A1_THRESHOLD));
    }

    private static Average average(List<AdoptionMeasures> adopted, Function<AdoptionMeasures, Long> measure, long threshold) {
        var days = adopted.stream().map(measure).filter(Objects::nonNull).toList();
        return new Average(days.isEmpty() ? null : Math.round(days.stream().mapToLong(Long::longValue).average().orElseThrow()), days.size(), threshold);
    }
}
