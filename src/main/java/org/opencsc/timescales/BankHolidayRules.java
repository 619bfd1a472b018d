package org.opencsc.timescales;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The standing rules for bank holidays in England and Wales, for years not yet published:
 * New Year's Day, Good Friday, Easter Monday, the early May and spring bank holidays, the summer
 * bank holiday, Christmas Day and Boxing Day, with a substitute weekday when a fixed date falls
 * at a weekend. One-off days (a jubilee, a state funeral) cannot be foreseen: an administrator
 * adds them.
 */
public final class BankHolidayRules {

    private BankHolidayRules() {
    }

    public static List<BankHoliday> forYear(int year) {
        var days = new ArrayList<BankHoliday>();
        days.add(rule(newYear(year), "New Year's Day" + (newYear(year).getDayOfMonth() == 1 ? "" : " (substitute day)")));
        var easter = easterSunday(year);
        days.add(rule(easter.minusDays(2), "Good Friday"));
        days.add(rule(easter.plusDays(1), "Easter Monday"));
        days.add(rule(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), "Early May bank holiday"));
        days.add(rule(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Spring bank holiday"));
        days.add(rule(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Summer bank holiday"));
        days.addAll(christmas(year));
        return days;
    }

    private static BankHoliday rule(LocalDate day, String name) {
        return new BankHoliday(day, name, BankHoliday.Source.RULE);
    }

    /** At a weekend, New Year's Day moves to the Monday after. */
    private static LocalDate newYear(int year) {
        var day = LocalDate.of(year, Month.JANUARY, 1);
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /**
     * Christmas on a Saturday: both move to Monday 27 and Tuesday 28. On a Sunday: Boxing Day
     * stays on Monday 26 and Christmas moves to Tuesday 27. Boxing Day alone on a Saturday
     * (Christmas on a Friday) moves to Monday 28.
     */
    private static List<BankHoliday> christmas(int year) {
        var christmas = LocalDate.of(year, Month.DECEMBER, 25);
        return switch (christmas.getDayOfWeek()) {
            case SATURDAY -> List.of(rule(christmas.plusDays(2), "Christmas Day (substitute day)"),
                    rule(christmas.plusDays(3), "Boxing Day (substitute day)"));
            case SUNDAY -> List.of(rule(christmas.plusDays(1), "Boxing Day"), rule(christmas.plusDays(2), "Christmas Day (substitute day)"));
            case FRIDAY -> List.of(rule(christmas, "Christmas Day"), rule(christmas.plusDays(3), "Boxing Day (substitute day)"));
            default -> List.of(rule(christmas, "Christmas Day"), rule(christmas.plusDays(1), "Boxing Day"));
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
