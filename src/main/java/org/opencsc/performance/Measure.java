package org.opencsc.performance;

/** How an indicator's facts make its figure. */
public enum Measure {
    /** How many happened in the month. */
    COUNT,
    /** Of those that fell in the month, the share that met the standard. */
    PERCENT,
    /** How many there were at the month's end. */
    AT_MONTH_END,
    /** How many there were at the month's end, per 10,000 of the authority's children. */
    PER_10K,
    /** The average number of days, over those that fell in the month. */
    AVERAGE_DAYS;

    /** The figure from a month's sums, or null where there is nothing to show. */
    public Double figure(long counted, long met, long days, Integer population) {
        return switch (this) {
            case COUNT, AT_MONTH_END -> (double) counted;
            case PERCENT -> counted == 0 ? null : Math.round(met * 1000.0 / counted) / 10.0;
            case PER_10K -> population == null || population == 0 ? null : Math.round(counted * 100000.0 / population) / 10.0;
            case AVERAGE_DAYS -> counted == 0 ? null : (double) Math.round((double) days / counted);
        };
    }

    public String unit() {
        return switch (this) {
            case COUNT, AT_MONTH_END -> "";
            case PERCENT -> "%";
            case PER_10K -> " per 10,000";
            case AVERAGE_DAYS -> " days";
        };
    }
}
