package org.opencsc.homeless;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The authority's figures for young people who presented as homeless in the last 12 months: how
 * many presented, how many were accommodated under section 20, declined it, or returned home, and
 * the median working days from referral to the completed joint assessment. Restricted children
 * are counted, as no child can be told apart in a count.
 */
public record PathwayFigures(LocalDate from, long presented, long accommodatedS20, long declinedS20, long returnedHome, long assessed,
                             Double medianWorkingDaysToAssessment) {

    static LocalDate yearStart(LocalDate today) {
        return today.minusYears(1).plusDays(1);
    }

    static PathwayFigures of(List<HomelessPathway> pathways, Function<HomelessPathway, PathwayTimeline> timeline, LocalDate today) {
        var from = yearStart(today);
        var year = pathways.stream().filter(p -> !p.presentedDate().isBefore(from)).toList();
        var days = year.stream().filter(p -> p.assessmentCompleted() != null).mapToInt(p -> timeline.apply(p).workingDaysElapsed()).sorted().toArray();
        Double median = days.length == 0 ? null
                : days.length % 2 == 1 ? (double) days[days.length / 2] : (days[days.length / 2 - 1] + days[days.length / 2]) / 2.0;
        return new PathwayFigures(from, year.size(), count(year, PathwayOutcome.ACCOMMODATED_S20),
                year.stream().filter(p -> p.decision() == Section20Decision.DECLINED).count(), count(year, PathwayOutcome.RETURNED_HOME),
                days.length, median);
    }

    private static long count(List<HomelessPathway> pathways, PathwayOutcome outcome) {
        return pathways.stream().filter(p -> p.outcome() == outcome).count();
    }
}
