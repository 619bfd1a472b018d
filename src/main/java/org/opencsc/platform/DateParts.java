package org.opencsc.platform;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date as typed into the three boxes of a GOV.UK date input. In the JSON API the same field is
 * an ISO date string, read through {@link #fromIso} so that both are checked by the same rules.
 */
@io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "date", example = "2026-03-05")
public record DateParts(String day, String month, String year) {

    public static final DateParts EMPTY = new DateParts("", "", "");

    public static DateParts of(LocalDate date) {
        return date == null ? EMPTY
                : new DateParts(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
    }

    /** From an API's ISO date (2015-04-03); anything else reads as "must be a real date". */
    @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
    public static DateParts fromIso(String iso) {
        if (iso == null || iso.isBlank()) {
            return EMPTY;
        }
        var parts = iso.strip().split("-");
        return parts.length == 3 ? new DateParts(parts[2], parts[1], parts[0]) : new DateParts("?", "?", "?");
    }

    public static DateParts orEmpty(DateParts parts) {
        return parts == null ? EMPTY : parts;
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /**
     * The date, or a problem in the words of the GOV.UK date input pattern, naming the field.
     * Blank gives null with no problem; whether the date is required is the caller's rule.
     */
    public LocalDate read(String field, String label, FieldProblems problems) {
        if (isBlank()) {
            return null;
        }
        if (blank(day) || blank(month) || blank(year)) {
            var missing = blank(day) ? "day" : blank(month) ? "month" : "year";
            problems.add(field, label + " must include a " + missing);
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (year.strip().length() != 4) {
                problems.add(field, label + " must include a year with 4 numbers");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException notADate) {
            problems.add(field, label + " must be a real date");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
