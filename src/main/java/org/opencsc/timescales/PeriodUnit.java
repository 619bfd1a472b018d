package org.opencsc.timescales;

/** The units statutory timescales are written in. */
public enum PeriodUnit {
    WORKING_DAYS("working day", "working days"),
    DAYS("day", "days"),
    WEEKS("week", "weeks"),
    MONTHS("month", "months");

    private final String one;
    private final String many;

    PeriodUnit(String one, String many) {
        this.one = one;
        this.many = many;
    }

    public String label(int amount) {
        return amount == 1 ? one : many;
    }

    public String pluralLabel() {
        return many;
    }
}
