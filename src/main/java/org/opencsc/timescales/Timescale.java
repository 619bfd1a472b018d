package org.opencsc.timescales;

import java.time.LocalDate;

/** A period such as "45 working days" or "3 months", and the day it runs out from a start. */
public record Timescale(int amount, PeriodUnit unit) {

    public static Timescale workingDays(int amount) {
        return new Timescale(amount, PeriodUnit.WORKING_DAYS);
    }

    public static Timescale days(int amount) {
        return new Timescale(amount, PeriodUnit.DAYS);
    }

    public static Timescale weeks(int amount) {
        return new Timescale(amount, PeriodUnit.WEEKS);
    }

    public static Timescale months(int amount) {
        return new Timescale(amount, PeriodUnit.MONTHS);
    }

    /**
     * The due date: the Nth working day after the start, or the same day N days, weeks or months
     * on (a month from 31 January is the last day of February, as the courts count it).
     */
    public LocalDate dueFrom(LocalDate start, WorkingDayCalendar calendar) {
        return switch (unit) {
            case WORKING_DAYS -> calendar.addWorkingDays(start, amount);
            case DAYS -> start.plusDays(amount);
            case WEEKS -> start.plusWeeks(amount);
            case MONTHS -> start.plusMonths(amount);
        };
    }

    @Override
    public String toString() {
        return amount + " " + unit.label(amount);
    }
}
