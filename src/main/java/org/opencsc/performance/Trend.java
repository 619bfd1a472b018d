package org.opencsc.performance;

import java.time.YearMonth;
import java.util.List;

/**
 * One indicator over the months shown, for the authority or a team.
 *
 * @param months     one figure a month, oldest first (null where nothing fell in the month)
 * @param latest     the latest month's figure
 * @param lastYear   the figure over the last 12 months together (for a count, their total; for a
 *                   figure at a month's end, the latest)
 * @param comparison the national and comparator values entered, if any
 */
public record Trend(Indicator indicator, List<MonthFigure> months, Double latest, Double lastYear, Comparison comparison) {

    public record MonthFigure(YearMonth month, Double figure, long counted, long met) {
    }

    /** National and comparator values an administrator entered, with the period they are for. */
    public record Comparison(String period, Double national, Double comparator, String comparatorName) {
    }

    public String format(Double figure) {
        if (figure == null) {
            return "–";
        }
        var whole = figure == Math.rint(figure) && indicator.measure() != Measure.PERCENT && indicator.measure() != Measure.PER_10K;
        return (whole ? String.format("%,d", figure.longValue()) : String.format("%,.1f", figure)) + indicator.measure().unit();
    }

    public YearMonth latestMonth() {
        return months.getLast().month();
    }
}
