package org.opencsc.courts;

import java.util.List;

/**
 * The managers' trackers across the authority: pre-proceedings and care proceedings open now, and
 * those that ended in the last 12 months with the weeks each took and the median.
 */
public record CourtTrackers(List<Tracked<PreProceedings>> openPreProceedings, List<Tracked<PreProceedings>> endedPreProceedings,
                            Double medianPreProceedingsWeeks, List<Tracked<CareProceedings>> openProceedings,
                            List<Tracked<CareProceedings>> concludedProceedings, Double medianProceedingsWeeks) {

    /** One child's case on a tracker, with the child's name. */
    public record Tracked<T>(long personId, String name, T record) {
    }

    /** The median of whole weeks, or null when there are none. */
    static Double median(List<Long> weeks) {
        if (weeks.isEmpty()) {
            return null;
        }
        var sorted = weeks.stream().sorted().toList();
        var middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle).doubleValue() : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
