package org.opencsc.performance;

/** National and comparator values for one indicator, as typed. */
public record ComparisonForm(String indicator, String period, String national, String comparator, String comparatorName) {

    static ComparisonForm empty() {
        return new ComparisonForm(null, null, null, null, null);
    }
}
