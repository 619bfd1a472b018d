package org.opencsc.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A trend drawn as SVG on the server: no script, prints as it shows, and a screen reader gets the
 * figures from the table that goes with it.
 */
public record TrendChart(int width, int height, String line, List<Dot> dots, List<Label> xLabels, List<Label> yLabels,
                         Double nationalY, Double comparatorY) {

    public record Dot(double x, double y) {
    }

    public record Label(double x, double y, String text) {
    }

    private static final int LEFT = 48;
    private static final int RIGHT = 30;
    private static final int TOP = 10;
    private static final int BOTTOM = 26;

    public static TrendChart of(Trend trend, int width, int height) {
        var figures = trend.months().stream().map(Trend.MonthFigure::figure).filter(Objects::nonNull).toList();
        var comparison = trend.comparison();
        double top = figures.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (comparison != null) {
            top = Math.max(top, Math.max(orZero(comparison.national()), orZero(comparison.comparator())));
        }
        top = niceCeiling(top);
        var plotWidth = width - LEFT - RIGHT;
        var plotHeight = height - TOP - BOTTOM;
        var count = trend.months().size();
        var step = count > 1 ? (double) plotWidth / (count - 1) : 0;
        var line = new StringBuilder();
        var dots = new ArrayList<Dot>();
        var xLabels = new ArrayList<Label>();
        for (int i = 0; i < count; i++) {
            var month = trend.months().get(i);
            var x = LEFT + i * step;
            if (month.figure() != null) {
                var y = TOP + plotHeight * (1 - month.figure() / top);
                line.append(line.isEmpty() ? "" : " ").append(round(x)).append(',').append(round(y));
                if (i == count - 1) {
                    // Only the latest month is marked: a dot a month would double the page for no more meaning.
                    dots.add(new Dot(round(x), round(y)));
                }
            }
            if (i % 6 == (count - 1) % 6) {
                xLabels.add(new Label(round(x), height - 8, month.month().getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
                        java.util.Locale.UK) + " " + String.valueOf(month.month().getYear()).substring(2)));
            }
        }
        var yLabels = List.of(new Label(LEFT - 6, TOP + 4, trend.format(top)), new Label(LEFT - 6, TOP + plotHeight + 4, trend.format(0.0)));
        return new TrendChart(width, height, line.toString(), dots, xLabels, yLabels,
                comparison == null || comparison.national() == null ? null : round(TOP + plotHeight * (1 - comparison.national() / top)),
                comparison == null || comparison.comparator() == null ? null : round(TOP + plotHeight * (1 - comparison.comparator() / top)));
    }

    /** A small line for a table cell. */
    public static String sparkline(Trend trend, int width, int height) {
        var figures = trend.months().stream().map(Trend.MonthFigure::figure).toList();
        double top = niceCeiling(figures.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(1));
        var step = figures.size() > 1 ? (double) (width - 2) / (figures.size() - 1) : 0;
        var points = new StringBuilder();
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i) != null) {
                points.append(points.isEmpty() ? "" : " ").append(round(1 + i * step)).append(',')
                        .append(round(1 + (height - 2) * (1 - figures.get(i) / top)));
            }
        }
        return points.toString();
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return width - RIGHT;
    }

    public int plotBottom() {
        return height - BOTTOM;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    private static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        var magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (var step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
