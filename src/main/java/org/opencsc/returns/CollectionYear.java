package org.opencsc.returns;

import java.time.LocalDate;
import java.time.Month;

/**
 * A statutory collection year, named as the DfE names it: 2026 is 1 April 2025 to 31 March 2026
 * (the "2025/26" census), and its reference date is that 31 March.
 */
public record CollectionYear(int year) {

    public CollectionYear {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("A collection year is written as the year it ends in, such as 2026");
        }
    }

    /** The latest year that has ended on or before the given day. */
    public static CollectionYear latestEndedBy(LocalDate day) {
        var end = LocalDate.of(day.getYear(), Month.MARCH, 31);
        return new CollectionYear(day.isBefore(end) ? day.getYear() - 1 : day.getYear());
    }

    public static CollectionYear parse(String text) {
        try {
            return new CollectionYear(Integer.parseInt(text.strip()));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("A collection year is written as the year it ends in, such as 2026");
        }
    }

    public LocalDate start() {
        return LocalDate.of(year - 1, Month.APRIL, 1);
    }

    /** The last day of the year, 31 March: the census reference date. */
    public LocalDate end() {
        return LocalDate.of(year, Month.MARCH, 31);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start()) && !day.isAfter(end());
    }

    public CollectionYear previous() {
        return new CollectionYear(year - 1);
    }

    /** "2025/26", as the DfE guidance writes it. */
    public String label() {
        return (year - 1) + "/" + String.format("%02d", year % 100);
    }
}
